"""THIRTIETH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 30), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_29.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_29.py only (printed up to its
closing triple quote, for the format description, the provenance wording
and the labelling conventions; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (it is spent; those lines
are its docstring) and its last three lines (two snippets, for the file
format; none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of that
file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  The only test run was
test_locked_sets.py; ruff was run on this file and on that test file.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a therapists'
consultation group - private practice, NHS, renal, prison, hospice, care
home and EAP settings in the US, UK, Ireland, Canada, Australia and
Aotearoa New Zealand, and international colleagues and clients (Nigeria,
Ghana, South Africa, India, Bangladesh, Afghanistan, Iran, Kazakhstan,
Uzbekistan, Japan, Korea, Vietnam, the Philippines, Tonga, Hawai'i,
Iceland, Norway, Sweden, the Netherlands, Germany, France, Quebec, Spain,
Portugal, Poland, Ukraine, Greece, Turkey, Mexico, Peru, Colombia and
Argentina, and migrants from them): formal referral notes, rushed
lower-case chat, asides, abbreviations, one-liners and longer posts.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set30work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries and duplicate spans, measured the clean density and wrote this
file.  Before the overlap checks, six cities or a county that had been
written outside spans in identifier snippets (clients' cities in
addresses, a client's home city, a car's city plate and a province-wide
question naming a city) were reworded to a country or a province, six
second, unlabelled mentions of a client's first name were replaced by a
pronoun, one snippet that had put a title inside a name span was
rewritten with a single name and no title, and one muddled sentence about
an e-mail sender was rewritten.  In the clean snippets two small cities
(a company's head office and a community centre's location) were removed,
two event dates with a day number were reworded to a month or season, and
two book attributions the author was not sure of were replaced by real,
published books by their authors.  Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 30 values in the first round
(1 date, 8 ages over 89, 4 names given a second surname, 3 places given a
qualifier, 2 faxes, 1 IP address, 4 account numbers - an IBAN, a sort
code, a BSB and a cheque number -, 1 licence, 1 vehicle plate, 4 postal
codes and 1 PO box), then 2 ages and 1 ZIP code, then 1 ZIP code (made a
ZIP+4); three age phrasings that read awkwardly were then rephrased, and
two of those and then one more collided and were rephrased again.  A
read-through of the capitalised words outside spans in the identifier
snippets found no remaining person or place.

Settings (chosen to differ from set 29's): stillbirth, miscarriage and
perinatal loss, military spouses and deployment, farmers and drought
(sheep, dairy, deer, market gardens, culls, repossession), clergy and
ministry burnout and clergy spouses, gambling and self-exclusion,
esports players, casters, swatting and team houses, ballet and dance
(RED-S, diabulimia, studio scandals), pilots, aircrew, air traffic
controllers and aeromedical reviews, nursing homes, care homes and the
very old (life review, wartime memories, capacity, financial abuse,
stopping dialysis), foster care and kinship care, prisons, probation
and reentry, deafness, sign language and interpreters, hearing loss and
cochlear implants, stammering, bariatric surgery and transfer addiction,
haemodialysis and home dialysis, organ donation and transplant, men with
eating disorders and jockeys wasting, climate anxiety and doxxed
activists, PhD students and supervisors, musicians (focal dystonia,
tinnitus, stage fright, touring), translators and interpreters with
vicarious trauma, sex work, polyamory and triads, adoption reunions and
DNA matches, cults and high-control groups, FIFO and oil-rig workers,
drone pilots, taxi and truck drivers, surfers and a shark attack,
zoombombing, ransomware, telehealth logins and misdirected faxes; with
local identifier formats for US social security numbers, UK National
Insurance numbers, a Canadian SIN, a New Zealand IRD number, an
Australian tax file number, an Irish PPS number, a Spanish NIE and an
Aadhaar number (ssn), hospital numbers, MRNs, chart, patient, URN, UHID
and booking numbers, an NHS number and an NHI (medical_record), Medicaid,
Medicare, Tricare, Bupa, Blue Cross, OHIP, VHI, Southern Cross, Aetna,
Medibank, Manulife and Star Health numbers (health_plan), a victims'
compensation claim, an IBAN, a sort code and account number, a court
case number, a BSB and account, a workers' comp claim, a student loan
account, an EAP case, a cheque, an insurance claim, a practice account
and a bookmaker account (account), LPC, LMFT, BACP, CORU, AHPRA, HCPC,
CRPO, NMC, pharmacist, NCNZ, ADI and PCO numbers (licence), US, UK,
New Zealand, Swedish, Spanish, Dutch, taxi, learner, French, Tennessee,
Norwegian and South African plates (vehicle), an insulin pump, a
pacemaker, a cochlear implant processor, a curfew tag, a CPAP machine, a
hearing aid, a home dialysis machine, a prosthetic leg, a VNS implant, a
CGM, a power chair, a Fitbit and an AAC tablet (device), addresses
written the local way (flats, a unit, an apartment, a suite, a PO box, a
rural route box, a rural delivery address, an Irish house name, a
Bangladeshi house-road-sector address, a German floor address, a French
and a Quebec address, an Icelandic and a Nigerian address) with US ZIP
and ZIP+4 codes, UK and Irish (Eircode) postcodes, Canadian, Australian,
New Zealand, French, German, Icelandic, Bangladeshi and Nigerian postal
codes, IPv4 (public, private and CGNAT) and IPv6 (documentation and
link-local) addresses, shortened and full URLs, and phone and fax
numbers in local and international formats.

348 snippets, 196 with identifiers and 152 clean (lengths 142-252
characters).  Every pattern category appears at least 12 times (the test
requires 12): date 13, age_over_89 13, phone 14, fax 13, email 12, url
12, ip_address 12, ssn 12, medical_record 12, health_plan 13, account 15,
licence 12, vehicle 13, device 13, street_address 19, zip_code 19; with
197 names and 196 places smaller than a state (the test requires 197 and
196).
Names: Irish and Irish-language, English, Scottish, Welsh, Cornish,
American, African American, Navajo and Lakota, Québécois, Māori, Tongan,
Samoan, Native Hawaiian, Aboriginal Australian, Yoruba, Igbo, Edo, Akan,
Zulu, Sotho, Ndebele, Ethiopian or Eritrean, Senegalese, Afghan (Pashto and
Dari), Pakistani, Bangladeshi, Punjabi, Tamil, Malayalam, Marathi,
Persian, Turkish, Arabic, Kazakh, Uzbek, Japanese, Korean, Vietnamese,
Filipino, Greek, Ukrainian, Russian, Polish, Norwegian, Icelandic,
Swedish, Dutch, German, French, Spanish, Portuguese, Brazilian, Mexican,
Peruvian (Quechua) and Colombian names; lower-case chat, hyphenated and
multi-part names, names before a possessive, two names in one snippet,
and titles (Mrs, Rev., Captain) outside spans.
Places: invented towns, villages, suburbs, a colonia, barrios, an Indian
sector, Irish townlands, a Welsh farm district, a sheep station, a
ranch commune and a cult compound, schools, an academy of dance, colleges,
a university boat club and halls, maternity and renal units, hospitals
and wards, an infirmary, hospices, clinics, an audiology department, an
aeromedical centre, nursing homes, care homes and a care village,
sheltered housing, bases and forts, prisons, a jail annex, a halfway
house and approved premises, a reporting centre, a casino, a bar, a
dance studio and a dance house, a recording studio, a crew base, a
control tower, a railway station, a roundabout, and places
after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names with doses, scales and questionnaires, therapy models and
their founders, cited authors and books (real, published works only),
trials, diagnoses, weekdays, months, seasons and holidays (never a
person's date), professional bodies, regulators, charities, insurers
and payers, billing codes, EHR, telehealth and wellbeing apps, trainings
and conferences (one named in a city: the poster's own conference,
never a client's location; a university and a UN office carry a city
in their names), states, provinces and countries,
nationalities, religions and languages, sentence-initial words, and
common words that are also names (Good Grief, Open Arms, Happiness
Trap, Blue Star Families) used in a non-name way; some are plainer chat
with few capitals.  Nothing in a clean snippet identifies a client, and
no private person is named.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1206 in the 152 clean snippets, a mean of 7.9 per clean snippet
(median 8, minimum 0, maximum 20); counting only words with at least one
lower-case letter (no all-capitals acronyms such as CBT or PHQ-9) the
mean is 6.4.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real districts and suburbs are used only as places; the other
named clinics, care homes, workplaces and settlements are invented.  Real
public figures, authors and therapy founders appear only in clean
snippets, as the authors of models and books, and are not labelled.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text=text, expected=list(expected))


LOCKED30_CASES: list[EvalCase] = [
    C("hi all, new referral: Oluwaseun Adebanjo-Reyes, 34, stillbirth at 38 weeks on 14th of February, 2026, delivered at Marlowe Vale Maternity Unit. partner isn't coping either. anyone run couples work after perinatal loss that doesn't feel like a protocol?", ('name', 'Oluwaseun Adebanjo-Reyes'), ('date', '14th of February, 2026'), ('place', 'Marlowe Vale Maternity Unit')),
    C('military spouse, husband deployed since 09/03/2025. Keziah Mbatha-Orr lives in base housing at Fort Calder Ridge and says the spouse coffee mornings make the loneliness worse. ideas for isolation work that isn\'t just "join things"?', ('date', '09/03/2025'), ('name', 'Keziah Mbatha-Orr'), ('place', 'Fort Calder Ridge')),
    C("Farmer, 58, Gwilym Pryce-Haddon, lost most of the flock in the drought; the bank's repossession hearing is set for March 3rd, 2026. He farms out past Cwm Eithinog and won't drive into town for sessions. Is phone work ok with suicidality this high?", ('name', 'Gwilym Pryce-Haddon'), ('date', 'March 3rd, 2026'), ('place', 'Cwm Eithinog')),
    C("clergy burnout consult - Rev. Tobias Ekwueme-Lind resigned from the parish at St Brannoc's, Holloway Fen after the complaint letter dated 2025-11-17. he feels he's lost his vocation and his house in one go. where do I even start?", ('name', 'Tobias Ekwueme-Lind'), ('place', "St Brannoc's, Holloway Fen"), ('date', '2025-11-17')),
    C('gambling relapse: Darragh Ó Floinnáin lost the deposit for the flat on the slots at the Carrigmore Quay casino the night of 7 November 2025. he self-excluded in the summer but they let him in. how do you hold shame without colluding?', ('name', 'Darragh Ó Floinnáin'), ('place', 'Carrigmore Quay casino'), ('date', '7 November 2025')),
    C('17yo pro gamer, Minh-Quân Trịnh Vo, signed to a team house in Westbury Heights and dropped out of school on 12 Jan 2026. plays 14 hrs a day, parents want me to "fix the addiction". not sure that\'s the frame at all?', ('name', 'Minh-Quân Trịnh Vo'), ('place', 'Westbury Heights'), ('date', '12 Jan 2026')),
    C("Anastasiya Horobets-Lund, 19, corps de ballet at the Ostrova Academy of Dance, weighed weekly by staff; says her last period was Aug 2 2025. she's terrified that if she tells anyone she'll lose her contract. safeguarding duty here for an adult?", ('name', 'Anastasiya Horobets-Lund'), ('place', 'Ostrova Academy of Dance'), ('date', 'Aug 2 2025')),
    C("Captain Rhys Tallamy-Boase self-grounded after telling his AME about the depression; his medical review is on the 22nd of April 2026 at the Haverleigh aeromedical centre. He asks if I'll write to the regulator. what do you put in a letter like that?", ('name', 'Rhys Tallamy-Boase'), ('date', 'the 22nd of April 2026'), ('place', 'Haverleigh aeromedical centre')),
    C('daughter wants a consult about her mum, Inês Barbosa Leitão, who moved into Rosewick Gardens nursing home on 1/10/2025 and has stopped eating. staff say "settling in". how long before you\'d call that something else?', ('name', 'Inês Barbosa Leitão'), ('place', 'Rosewick Gardens nursing home'), ('date', '1/10/2025')),
    C("foster placement for Jayden Okonkwo-Pryor, 11, started 5th December 2025 with carers in Aldergate East - third move this year. he's charming with me and trashing the house at night. attachment-focused work while the placement is this shaky?", ('name', 'Jayden Okonkwo-Pryor'), ('date', '5th December 2025'), ('place', 'Aldergate East')),
    C("reentry case: Marcus Delacroix-Wynne came out of Stonebrook Correctional Facility on June 30, 2025 after 14 years. can't work a phone, panics in supermarkets, sleeps on the floor. anyone with prison release experience want to think with me?", ('name', 'Marcus Delacroix-Wynne'), ('place', 'Stonebrook Correctional Facility'), ('date', 'June 30, 2025')),
    C("Deaf client, BSL first language, Siobhán Kearney-Dolan. the interpreter cancelled on 28.10.2025 for the third time and she'd travelled in from Ballyhannon Cross for nothing. how do others secure interpreters reliably?", ('name', 'Siobhán Kearney-Dolan'), ('date', '28.10.2025'), ('place', 'Ballyhannon Cross')),
    C('Hemi Tautahi-Rangi has been on haemodialysis three times a week at the Te Awa Renal Satellite unit since 17 July 2024 and says the chair is where he does his "real thinking". bedside sessions - has anyone done therapy on a dialysis ward?', ('name', 'Hemi Tautahi-Rangi'), ('place', 'Te Awa Renal Satellite unit'), ('date', '17 July 2024')),
    C('Mrs Jagir Kaur Sandhu, ninety-one and seven weeks, widowed last spring, lives with her son in Hanwell Cross and has started saying she\'s "waiting to be collected". not clearly depressed. is this just where she is?', ('name', 'Jagir Kaur Sandhu'), ('age_over_89', 'ninety-one and seven weeks'), ('place', 'Hanwell Cross')),
    C("referral for Wilhelmina Achterberg-Snel, who turns 97 on her next birthday; she's been a resident at Huize Lindeboom for six years and wants to talk about a baby she gave up in 1946. first time she's ever told anyone.", ('name', 'Wilhelmina Achterberg-Snel'), ('age_over_89', '97 on her next birthday'), ('place', 'Huize Lindeboom')),
    C("my oldest client ever: Teodoro Villanueva Cruz, aged one hundred and two, still lives alone above the old shop in Barrio San Lázaro Alto. grandson worries about him; he worries about the grandson. who's the client here honestly", ('name', 'Teodoro Villanueva Cruz'), ('age_over_89', 'aged one hundred and two'), ('place', 'Barrio San Lázaro Alto')),
    C('quick one - life review with Eunice Ashworth-Bray (94 years and 5 months of age) keeps circling back to the mill in Oakenshaw Bottoms where her brother died. she gets very tired after 30 min. shorter sessions or more of them?', ('name', 'Eunice Ashworth-Bray'), ('age_over_89', '94 years and 5 months of age'), ('place', 'Oakenshaw Bottoms')),
    C('Oddvar Halvorsen Bakke, a man of 96, still does his own logging on the farm outside Vikstranda; his son wants him assessed for capacity after he gave away the forest. he seems perfectly clear to me. how do you stay out of the family fight?', ('name', 'Oddvar Halvorsen Bakke'), ('age_over_89', 'a man of 96'), ('place', 'Vikstranda')),
    C('nursing home staff asked me to see Gertrude Oyelaran-Fisk, turning 99 in March, at Brackenhurst Lodge because she "shouts at night". she told me she\'s reliving the Blitz. trauma work this late in life - yes or no?', ('name', 'Gertrude Oyelaran-Fisk'), ('age_over_89', 'turning 99 in March'), ('place', 'Brackenhurst Lodge')),
    C('Ahmad Zia Noorzai is around 93 according to his papers, though he says nobody really knows. lives with his granddaughter in Kilnbrook Estate and talks about Afghanistan all day. grief for a country - anyone have good reading?', ('name', 'Ahmad Zia Noorzai'), ('age_over_89', 'around 93'), ('place', 'Kilnbrook Estate')),
    C("dad of a colleague - Kazimierz Wróblewski-Nowak, ninety-eight come the winter, moved from Zielonka Dolna to live with her and won't speak English at home. she wants him to see someone in Polish. any Polish-speaking therapists in the group?", ('name', 'Kazimierz Wróblewski-Nowak'), ('age_over_89', 'ninety-eight come the winter'), ('place', 'Zielonka Dolna')),
    C('Mabel Thistlewood, one hundred and one years old, asked the activities coordinator at Larkspur Court care home for "someone to talk to about dying". coordinator referred her to me. honestly moved. any reading on existential work with the very old?', ('name', 'Mabel Thistlewood'), ('age_over_89', 'one hundred and one years old'), ('place', 'Larkspur Court care home')),
    C("Sione Fifita Havili, ninety-one years and counting, is the church elder everyone in Mangere Bridge East defers to, and his family say he's stopped going. he tells me God has gone quiet. I'm not Christian - should I refer to a chaplain or stay?", ('name', 'Sione Fifita Havili'), ('age_over_89', 'ninety-one years and counting'), ('place', 'Mangere Bridge East')),
    C('consult: Rosalind Achebe-Kerr is ninety-five, going on ninety-six, lives in sheltered housing at Whitlow Green, and her grandson has moved in "to help" and now manages her bank card. elder financial abuse or am I jumping?', ('name', 'Rosalind Achebe-Kerr'), ('age_over_89', 'ninety-five, going on ninety-six'), ('place', 'Whitlow Green')),
    C('Fumiko Takeuchi Ishida, age 100, widow of a pilot, lives in the retirement flats at Kamiyama-chō Heights and is having vivid dreams of the war. her daughter interprets. how do you do trauma work through a family interpreter?', ('name', 'Fumiko Takeuchi Ishida'), ('age_over_89', 'age 100'), ('place', 'Kamiyama-chō Heights')),
    C('Henrietta Blomqvist-Ayre (92-and-a-good-bit, her words) wants to stop her dialysis at Farrowdale Infirmary and asked me to tell her kids. is that my job, and if so how?', ('name', 'Henrietta Blomqvist-Ayre'), ('age_over_89', '92-and-a-good-bit'), ('place', 'Farrowdale Infirmary')),
    C("new client Chidinma Eze-Halloran, esports caster, getting abuse in chat. her number is 07723 418 906 if anyone from the creators' network wants to reach out to her directly - she said fine. lives in Brinkley Vale and is scared to stream from home now.", ('name', 'Chidinma Eze-Halloran'), ('phone', '07723 418 906'), ('place', 'Brinkley Vale')),
    C("can someone cover Lorcan Mac Giolla Rua tomorrow? dairy farmer from Drumcashel, milk price crash, drinking. his mobile is 087 614 2290 - text first, he doesn't answer unknown numbers in the milking parlour.", ('name', 'Lorcan Mac Giolla Rua'), ('place', 'Drumcashel'), ('phone', '087 614 2290')),
    C("Pita Whakaruru lost his kids' uncle to suicide on the station out past Rangitoto Flat. his wife asked me to call her on 027 485 3316 before sessions. is that ok with him present? feels triangular.", ('name', 'Pita Whakaruru'), ('place', 'Rangitoto Flat'), ('phone', '027 485 3316')),
    C('couples consult, poly triad: Ezra Lindqvist-Mora, Talia Benhamou and a third partner. He texts me at all hours from (503) 882-1947. they all live together in Sellwood Terrace. boundaries advice for triad therapy?', ('name', 'Ezra Lindqvist-Mora'), ('name', 'Talia Benhamou'), ('phone', '(503) 882-1947'), ('place', 'Sellwood Terrace')),
    C("adoption reunion went badly - Bronagh Tully-Ashe met her birth mother in a hotel in Kilmacanogue Bridge and the mother left after 20 minutes. her out-of-hours crisis line is her GP's on +353 45 867 213. how do you hold that kind of second rejection?", ('name', 'Bronagh Tully-Ashe'), ('place', 'Kilmacanogue Bridge'), ('phone', '+353 45 867 213')),
    C("ex-cult member Caleb Ostrander-Finch, raised in the commune at Harrowgate Springs Ranch, just left at 24. has no ID, no bank account. his case worker's line is 541-227-0863. where do people even start with cult recovery?", ('name', 'Caleb Ostrander-Finch'), ('place', 'Harrowgate Springs Ranch'), ('phone', '541-227-0863')),
    C('stammering client Nkosinathi Dube-Hartley, 29, avoids phones entirely; practises calling my office line and the speech therapist at Kingsmead Fluency Centre on 0161 496 2730. anyone combined ACT with stammering therapy?', ('name', 'Nkosinathi Dube-Hartley'), ('place', 'Kingsmead Fluency Centre'), ('phone', '0161 496 2730')),
    C('Yerlan Abenov, 44, bariatric surgery 18 months ago, lost 60kg, now drinking heavily. his surgeon in Almaly District clinic gave me his mobile +7 701 384 5162 for liaison. transfer addiction - how common is it really?', ('name', 'Yerlan Abenov'), ('place', 'Almaly District clinic'), ('phone', '+7 701 384 5162')),
    C("paediatric kidney transplant family: Liliana Ferreira Gomes's mum is the donor, surgery at Hospital Santa Clara de Vilanova. mum keeps calling me from +351 912 447 083 between appointments. how to hold the donor parent's fear too?", ('name', 'Liliana Ferreira Gomes'), ('place', 'Hospital Santa Clara de Vilanova'), ('phone', '+351 912 447 083')),
    C("men's eating disorder group: Callum Birtwistle dropped out after week two, lives with his dad above the gym in Ainsdale Moss. dad rang me on 07911 302 584 asking what he did wrong. anyone have resources for fathers?", ('name', 'Callum Birtwistle'), ('place', 'Ainsdale Moss'), ('phone', '07911 302 584')),
    C("climate anxiety, 22, Saoirse Ní Bhriain-Cogan, stopped her PhD fieldwork on the glacier and moved back to Gortnamona. she asked me to ring her mother on 091 552 718 because she can't say it herself. I'm reluctant. thoughts?", ('name', 'Saoirse Ní Bhriain-Cogan'), ('place', 'Gortnamona'), ('phone', '091 552 718')),
    C("PhD student Arjun Venkataraman Iyer, year 5, supervisor hasn't replied in 7 months. lives in the grad halls at Penhallow College. the department's out-of-hours welfare number is 01223 960 417 - it goes to voicemail. who do you escalate to?", ('name', 'Arjun Venkataraman Iyer'), ('place', 'Penhallow College'), ('phone', '01223 960 417')),
    C('musician client, Thandiwe Mokoena-Vance, session violinist, focal dystonia in her bow hand. her agent at Ribbonwood Studios phones me on 020 7946 0382 for "updates". I\'ve said no twice. how firm do you get?', ('name', 'Thandiwe Mokoena-Vance'), ('place', 'Ribbonwood Studios'), ('phone', '020 7946 0382')),
    C("interpreter vicarious trauma: Ghulam Haidar Rahimi interprets asylum interviews at the Larchfield reporting centre. wants sessions by phone on 07482 615 093 so his family don't see him come in. any issues with phone-only for VT?", ('name', 'Ghulam Haidar Rahimi'), ('place', 'Larchfield reporting centre'), ('phone', '07482 615 093')),
    C("sex work and safety: Valentina Ruiz Ocampo works independently out of a flat in Cheltham Wharf. the GP's surgery insists on faxing her STI results - fax is 0117 496 0851 - and she's terrified someone at the practice knows her. how do you advocate here?", ('name', 'Valentina Ruiz Ocampo'), ('place', 'Cheltham Wharf'), ('fax', '0117 496 0851')),
    C("fax from the prison healthcare team about Dwayne Okafor-Mills went to my old practice number (312) 738-0462 instead of the new one. he's at Redcliffe Hollow Penitentiary and the letter had his whole history. what do I do about a misdirected fax?", ('name', 'Dwayne Okafor-Mills'), ('fax', '(312) 738-0462'), ('place', 'Redcliffe Hollow Penitentiary')),
    C("insurer wants the pre-auth for Laleh Farahani Moqaddam faxed to 1-866-402-7719 by Friday. she's a flight attendant based out of Ridgemont Crossing, panic attacks on landing. does anyone still have a working fax machine lol", ('name', 'Laleh Farahani Moqaddam'), ('fax', '1-866-402-7719'), ('place', 'Ridgemont Crossing')),
    C("Ruairí Breathnach's GP in Lisdoonan only accepts referrals by fax, number is 065 708 3412. he's a farmer whose herd was culled for TB. anyone know an e-fax service that's GDPR compliant?", ('name', 'Ruairí Breathnach'), ('place', 'Lisdoonan'), ('fax', '065 708 3412')),
    C("bariatric psych assessment for Precious Ndlovu-Carter - surgeon's office in Elmhurst Park wants it faxed to (718) 663-2047. she's a nurse on nights and eats in the car. how thorough do your pre-surgery assessments go?", ('name', 'Precious Ndlovu-Carter'), ('place', 'Elmhurst Park'), ('fax', '(718) 663-2047')),
    C('the renal unit fax for Tevita Lolohea\'s transplant work-up is +64 9 630 4172. he\'s a rugby coach from Otara Heights and his brother is donating. the form asks me whether the donor is "freely consenting" - help?', ('name', 'Tevita Lolohea'), ('fax', '+64 9 630 4172'), ('place', 'Otara Heights')),
    C("Maud Ellingsworth's nursing home at Pennywell Rise faxed her DNR paperwork to my office by mistake - their fax 01904 273 655 is one digit off a hospice's. she's my client for grief. do I return it, shred it, report it?", ('name', 'Maud Ellingsworth'), ('place', 'Pennywell Rise'), ('fax', '01904 273 655')),
    C('adoption agency wants my report on Soo-ah Bergström Park, adopted from Korea in the 80s, now searching for her birth family; she lives in Hägerby Strand. agency fax +46 8 555 203 19. should I be sending clinical detail at all?', ('name', 'Soo-ah Bergström Park'), ('place', 'Hägerby Strand'), ('fax', '+46 8 555 203 19')),
    C("foster carer Lerato Khumalo-Penn asked me to fax the therapy summary for the child in her care to the social work office in Marston Reach on 0300 555 0716. the child hasn't consented, she's 14. who decides?", ('name', 'Lerato Khumalo-Penn'), ('place', 'Marston Reach'), ('fax', '0300 555 0716')),
    C("pilot peer support: Dariusz Kowalczyk-Reid's AME asked for my letter by fax on +44 1293 555 408. he's based at the Copthorne Vale crew base and terrified of losing his licence. what to include re: fitness to fly?", ('name', 'Dariusz Kowalczyk-Reid'), ('fax', '+44 1293 555 408'), ('place', 'Copthorne Vale')),
    C('musician with hearing loss, Marisol Echeverría Luna, the audiology department at Clínica del Rosal only sends reports by fax to +34 915 550 827. she reads lips and hates video sessions. best format for her?', ('name', 'Marisol Echeverría Luna'), ('place', 'Clínica del Rosal'), ('fax', '+34 915 550 827')),
    C("Festus Amankwah-Boateng's probation officer in Harlow Bridge faxes his licence conditions to me from 01279 555 934 every month without asking him. he's a reentry client and furious. advice on pushing back?", ('name', 'Festus Amankwah-Boateng'), ('place', 'Harlow Bridge'), ('fax', '01279 555 934')),
    C('clergy spouse: the client is the pastor\'s wife, Abena Addo-Wright, who co-runs the church in Thornbury Lees; the elders\' board faxed me "concerns" from 0121 555 0672. I haven\'t replied. thoughts?', ('name', 'Abena Addo-Wright'), ('place', 'Thornbury Lees'), ('fax', '0121 555 0672')),
    C('new ED referral, 24-year-old man, Tomasz Wiśniewski-Hale, rower at Camberford University boat club. he wrote to me himself from tomasz.wh.rowing@protonmail.com after his coach pushed him. Any specialist groups for male athletes?', ('name', 'Tomasz Wiśniewski-Hale'), ('place', 'Camberford University boat club'), ('email', 'tomasz.wh.rowing@protonmail.com')),
    C('Niamh Ó Ceallaigh-Byrne from Knockbrack is a sign language interpreter with VT; she asked me to send worksheets to niamh.ocb.isl@gmail.com rather than the agency address. fine, right?', ('name', 'Niamh Ó Ceallaigh-Byrne'), ('place', 'Knockbrack'), ('email', 'niamh.ocb.isl@gmail.com')),
    C('gambling client Kwabena Asante-Lowe forwards me his bank statements from kwab.asante.lowe88@outlook.com as "accountability". he\'s from Peckham Rye Vale. is that helpful or am I becoming his bank?', ('name', 'Kwabena Asante-Lowe'), ('email', 'kwab.asante.lowe88@outlook.com'), ('place', 'Peckham Rye Vale')),
    C('Fiifi Mensah-Okoro, jockey, 22, wasting to make weight at the yard in Lambourn Downs End. his agent keeps emailing fmensah.jockey@yahoo.co.uk with meal plans he copies me into. ED risk obviously. how to raise it?', ('name', 'Fiifi Mensah-Okoro'), ('place', 'Lambourn Downs End'), ('email', 'fmensah.jockey@yahoo.co.uk')),
    C('Rangi Parata-Hughes emailed me at midnight from rangi.ph.shearing@xtra.co.nz - shearing gang boss, drought, bank on his back, farm near Waipuna Station. said "just so someone knows". I rang him at 7am. he\'s ok. what else should I have done?', ('name', 'Rangi Parata-Hughes'), ('email', 'rangi.ph.shearing@xtra.co.nz'), ('place', 'Waipuna Station')),
    C('military spouse group - one member, Brittany Oyelowo-Hayes, posted her personal address britt.hayes.milspouse@icloud.com in the shared chat and now others from Camp Ardmore are DMing her. how do you manage boundaries in peer groups?', ('name', 'Brittany Oyelowo-Hayes'), ('email', 'britt.hayes.milspouse@icloud.com'), ('place', 'Camp Ardmore')),
    C('PhD student Lucía Paredes Quispe emails me drafts of her thesis chapters at lparedesq@phd.ardenvale.ac.uk asking if they\'re "good enough". she\'s at Ardenvale Hall. perfectionism but also exploitation by supervisor - where to start?', ('name', 'Lucía Paredes Quispe'), ('email', 'lparedesq@phd.ardenvale.ac.uk'), ('place', 'Ardenvale Hall')),
    C('esports coach emailed me about a player, Jae-won Seo, from coach.mako@vortexgg.gg. the team house is in Northcliffe Bay. coach wants weekly reports. player is 18. no, right?', ('name', 'Jae-won Seo'), ('email', 'coach.mako@vortexgg.gg'), ('place', 'Northcliffe Bay')),
    C("perinatal loss: Hollie Brackenbury set up a memorial email forbabyarlo2025@gmail.com and asked me to write to her baby there. she's in Ashby Lynch. I don't know how to answer this.", ('name', 'Hollie Brackenbury'), ('email', 'forbabyarlo2025@gmail.com'), ('place', 'Ashby Lynch')),
    C("organ donor family: Dmitri Sokolov-Ivers's son's organs went to four people; one recipient's family wrote via the coordinator at donorfamilies@westmarch-transplant.org.uk. he lives in Pemberton Heath. helping him decide whether to reply.", ('name', 'Dmitri Sokolov-Ivers'), ('email', 'donorfamilies@westmarch-transplant.org.uk'), ('place', 'Pemberton Heath')),
    C("ballet teacher Adaeze Nwosu-Clarke sent her students' parents my email and the studio's, studio@pirouettehouse-kenwick.co.uk, after a pupil collapsed. studio is in Kenwick Parade. now 6 families want appointments. conflict of interest?", ('name', 'Adaeze Nwosu-Clarke'), ('email', 'studio@pirouettehouse-kenwick.co.uk'), ('place', 'Kenwick Parade')),
    C('cult exit: Miriam Halloway-Stroud left the group at Bethel Meadows compound last year; her mother still inside set up miriamcomehome@proton.me and emails her daily. she wants to block it and feels guilty. thoughts?', ('name', 'Miriam Halloway-Stroud'), ('place', 'Bethel Meadows compound'), ('email', 'miriamcomehome@proton.me')),
    C('Chukwuemeka Obiora, long-haul truck driver, posts his sleep diaries on a shared doc at https://docs.google.com/document/d/1xQvTk9LmZp2rW8aHnB4c/edit and sends me the link weekly. depot is in Thrapston Gate. good idea or privacy mess?', ('name', 'Chukwuemeka Obiora'), ('url', 'https://docs.google.com/document/d/1xQvTk9LmZp2rW8aHnB4c/edit'), ('place', 'Thrapston Gate')),
    C('climate activist client Freya Holmqvist-Dunn was doxxed - her home in Lowther Mill is on a forum at forum.crudeoilwatch.net/t/freya-hd-address. police not interested. support ideas for online harassment?', ('name', 'Freya Holmqvist-Dunn'), ('place', 'Lowther Mill'), ('url', 'forum.crudeoilwatch.net/t/freya-hd-address')),
    C("Sunita Raghunathan's daughter started a fundraiser for her dialysis travel at gofund.me/sunita-renal-kovalam with her photo and the name of the clinic in Kovalam Junction. she is mortified. can I help her say no to her kid?", ('name', 'Sunita Raghunathan'), ('url', 'gofund.me/sunita-renal-kovalam'), ('place', 'Kovalam Junction')),
    C('a client of mine, Jean-Baptiste Moreau-Ndiaye, a cellist, found reviews of his concerts at www.klassikforum.fr/jb-moreau-ndiaye calling him "finished". he lives near Saint-Aubin-des-Vignes. performance anxiety - anyone use ACT with musicians?', ('name', 'Jean-Baptiste Moreau-Ndiaye'), ('url', 'www.klassikforum.fr/jb-moreau-ndiaye'), ('place', 'Saint-Aubin-des-Vignes')),
    C('foster youth Destinee Marchbanks, 16, runs a TikTok at tiktok.com/@destinee.in.care and posts about her placements in Greywell Park by name. social worker wants me to "talk her out of it". it\'s her story though?', ('name', 'Destinee Marchbanks'), ('url', 'tiktok.com/@destinee.in.care'), ('place', 'Greywell Park')),
    C("prison chaplain Ibrahim Olawale-Sterne asked me to look at his blog https://chaplainsnotes.blog/olawale-sterne where he writes about men at HMP Blackmoor Fen - no names but very identifiable. he's burnt out. consult on his supervision?", ('name', 'Ibrahim Olawale-Sterne'), ('url', 'https://chaplainsnotes.blog/olawale-sterne'), ('place', 'HMP Blackmoor Fen')),
    C("Kerensa Trevithick, surf instructor, near-drowning, now avoids the beach at Porthcarrow. her friend posted the rescue video at youtu.be/Kp3vXq9Lm2s and it got 2M views. how do you treat trauma that's viral?", ('name', 'Kerensa Trevithick'), ('place', 'Porthcarrow'), ('url', 'youtu.be/Kp3vXq9Lm2s')),
    C('new polyamory client Ozan Yıldırım-Keller shared his relationship agreement doc at notion.so/ozan-yk/our-agreement-v4 and asked for my edits. he lives in Kreuzfeld-Ost. not my role? or is it?', ('name', 'Ozan Yıldırım-Keller'), ('url', 'notion.so/ozan-yk/our-agreement-v4'), ('place', 'Kreuzfeld-Ost')),
    C("bereaved dad Ashkan Rostami Vafa built a memorial site for his stillborn daughter at www.rememberingsoraya-rv.org and asked the unit at Harrowfield General to link it. they refused. he's raging. thoughts?", ('name', 'Ashkan Rostami Vafa'), ('url', 'www.rememberingsoraya-rv.org'), ('place', 'Harrowfield General')),
    C("Colm Ó Duibhir's gambling forum posts at https://www.betfreehub.ie/members/colm-od say he's been clean 90 days; he told me he bet last week. he lives in Ballinacurra West. do I bring the forum up?", ('name', 'Colm Ó Duibhir'), ('url', 'https://www.betfreehub.ie/members/colm-od'), ('place', 'Ballinacurra West')),
    C('Jessamine Oduya, 31, a pole dance instructor and sex worker, had her website jessamine-oduya-studio.co.uk reported and taken down. the studio is in Halewood Arches. income gone overnight. practical plus emotional support?', ('name', 'Jessamine Oduya'), ('url', 'jessamine-oduya-studio.co.uk'), ('place', 'Halewood Arches')),
    C('one more link issue: Bethan Gwynfor-Ellis\'s ex is posting about her ballet school at https://pastebin.com/raw/qL7vNw3K with her class times at the studio in Llanfarian Cross. she\'s 17. police say it\'s "civil". who else do I contact?', ('name', 'Bethan Gwynfor-Ellis'), ('url', 'https://pastebin.com/raw/qL7vNw3K'), ('place', 'Llanfarian Cross')),
    C("esports client Haruto Kanzaki-Bell got swatted during a stream; the team's security log shows the login came from 81.174.229.63. he lives with his mum in Fenwick Common and won't stream now. trauma or just sensible?", ('name', 'Haruto Kanzaki-Bell'), ('ip_address', '81.174.229.63'), ('place', 'Fenwick Common')),
    C("portal weirdness - someone logged into Guadalupe Itzel Navarro's telehealth account from 203.118.47.92, which isn't her. she's a sex worker in Colonia Las Jacarandas and has reason to fear a stalker. how do I tell her without panicking her?", ('name', 'Guadalupe Itzel Navarro'), ('ip_address', '203.118.47.92'), ('place', 'Colonia Las Jacarandas')),
    C('clinic wifi logs flagged 10.42.118.7 as the device that accessed Conall Mac Aodha\'s notes after hours. he\'s a priest in Ballyrush and the receptionist is in his parish. IT says "probably nothing". I\'m not so sure.', ('ip_address', '10.42.118.7'), ('name', 'Conall Mac Aodha'), ('place', 'Ballyrush')),
    C("Marguerite Okonjo-Lavelle's ex-husband emailed her a screenshot showing her home IP 86.152.33.214 - she's a military spouse in Tidworth Vale and he was army IT. coercive control, tech abuse. safety planning advice?", ('name', 'Marguerite Okonjo-Lavelle'), ('ip_address', '86.152.33.214'), ('place', 'Tidworth Vale')),
    C('gambling app sent Shaun Pettigrew-Ako a "welcome back" bonus even though he self-excluded; their support admitted it matched his IP 92.40.181.156 to a new account. he\'s from Kirkby Moorside End. regulatory complaint worth it?', ('name', 'Shaun Pettigrew-Ako'), ('ip_address', '92.40.181.156'), ('place', 'Kirkby Moorside End')),
    C('ransomware at the bariatric clinic in Eastwick Fields - attacker IP 185.231.96.142 in the notice. my client Ayesha Siddiqui-Frost is sure her before-photos are on the dark web. how to work with that fear when it might be true?', ('place', 'Eastwick Fields'), ('ip_address', '185.231.96.142'), ('name', 'Ayesha Siddiqui-Frost')),
    C('Lachlan McKinnon-Tui, drone pilot for a mining firm out of Carnarvon Flats, thinks his employer monitors his home network; he showed me router logs with 2001:db8:4f2a:1c::9e hitting his laptop. paranoia or reasonable? hard to tell.', ('name', 'Lachlan McKinnon-Tui'), ('place', 'Carnarvon Flats'), ('ip_address', '2001:db8:4f2a:1c::9e')),
    C("zoombombing: someone joined my group for stammering adults and shouted slurs. the host log showed 49.182.77.210. one member, Declan Ferriter-Obi from Rathkeevan, hasn't spoken since. repair ideas?", ('ip_address', '49.182.77.210'), ('name', 'Declan Ferriter-Obi'), ('place', 'Rathkeevan')),
    C("Farrukh Tashkentova thinks her ex-partner is reading her messages; her phone shows a login from 100.72.14.231 - she lives in the student block at Mossley Hall. I'm out of my depth on tech. anyone?", ('name', 'Farrukh Tashkentova'), ('ip_address', '100.72.14.231'), ('place', 'Mossley Hall')),
    C("musician Tiago Carvalho Reis got a threatening DM and the venue traced it to 177.43.208.15. he plays nights at Bar Lusitânia on Rua Alta and now won't go on stage. exposure therapy vs. genuine threat - how to tell?", ('name', 'Tiago Carvalho Reis'), ('ip_address', '177.43.208.15'), ('place', 'Bar Lusitânia on Rua Alta')),
    C("hospice IT told me the login to Augustina Mbeki-Shaw's family portal came from fe80::a3b1:6f2e:9c04:11d7 - an internal device. she's a nurse at St Ita's Hospice, Carrowkeel and the patient was her own father. conflict much?", ('name', 'Augustina Mbeki-Shaw'), ('ip_address', 'fe80::a3b1:6f2e:9c04:11d7'), ('place', "St Ita's Hospice, Carrowkeel")),
    C('Kristian Aaland-Moe, oil rig worker, asked me to whitelist his home IP 158.36.204.88 because the platform VPN blocks the telehealth app. he lives in Sandnesvik between rotations. is that a thing I can even do?', ('name', 'Kristian Aaland-Moe'), ('ip_address', '158.36.204.88'), ('place', 'Sandnesvik')),
    C('reentry client Tyrell Washington-Ames, 41, needs his SSN 512-38-7704 for every job application and freezes when asked for it - it was his inmate ID for years at Coldwater Ridge prison. small thing but huge. anyone seen this?', ('name', 'Tyrell Washington-Ames'), ('ssn', '512-38-7704'), ('place', 'Coldwater Ridge prison')),
    C("bank froze Mariam Yusufzai's account because her NI number JT 48 27 61 C came up on a fraud list. she's an interpreter in Heaton Norris Lane and thinks the agency leaked it. stress is sky high. practical plus clinical ideas?", ('name', 'Mariam Yusufzai'), ('ssn', 'JT 48 27 61 C'), ('place', 'Heaton Norris Lane')),
    C("Pierre-Luc Gagnon-Tremblay, dairy farmer, lost his SIN card with number 284 619 053 on it while at the auction in Saint-Ours-du-Lac. he's convinced it's a sign he's failing. catastrophising about everything since the drought. ideas?", ('name', 'Pierre-Luc Gagnon-Tremblay'), ('ssn', '284 619 053'), ('place', 'Saint-Ours-du-Lac')),
    C("foster care file for Kaia Rewiti-Shaw includes her IRD number 093-114-826, sent to me unredacted by the agency in Papatoetoe North. she's 15. what do I do with it?", ('name', 'Kaia Rewiti-Shaw'), ('ssn', '093-114-826'), ('place', 'Papatoetoe North')),
    C('Graham Oyeyemi-Nash read his full SSN 431 92 6618 aloud in group - he\'s a vet tech from Lindale Crossing doing our gambling group and wanted to "prove he\'s real". what do you do in the moment?', ('name', 'Graham Oyeyemi-Nash'), ('ssn', '431 92 6618'), ('place', 'Lindale Crossing')),
    C("Aoife Ní Mhurchú-Kelly's PPS number 7392158TA was on the form the clinic in Cloonbeg emailed her employer. she's a PhD student already paranoid about her supervisor. breach - how to support?", ('name', 'Aoife Ní Mhurchú-Kelly'), ('ssn', '7392158TA'), ('place', 'Cloonbeg')),
    C("Australian client Jarrah Coleman-Nguyen, FIFO pilot, gave me his TFN 481 296 375 thinking I needed it for billing. he lives out at Yallingup Rise. I've deleted it. do I need to tell him?", ('name', 'Jarrah Coleman-Nguyen'), ('ssn', '481 296 375'), ('place', 'Yallingup Rise')),
    C("Bianca Ferraz Albuquerque's NIE X-4718263-K was on the photo of her residence card she posted to the polyamory group's chat. she lives in Barrio de la Alameda Baja. group admin asked me if we should delete it.", ('name', 'Bianca Ferraz Albuquerque'), ('ssn', 'X-4718263-K'), ('place', 'Barrio de la Alameda Baja')),
    C("translator client Rahul Deshpande-Orme pasted his Aadhaar number 5831 4072 6619 into a session chat by mistake; he's from Kothrud Sector 9 and worried about fraud. Doxy chat - does it store?", ('name', 'Rahul Deshpande-Orme'), ('ssn', '5831 4072 6619'), ('place', 'Kothrud Sector 9')),
    C("new client Keisha Abernathy-Cole, dancer, insurance needs her SSN: 218-04-9367. she's in the company housing at Larchmont Studios. I never ask for SSNs - is it needed for superbills?", ('name', 'Keisha Abernathy-Cole'), ('ssn', '218-04-9367'), ('place', 'Larchmont Studios')),
    C("prison healthcare letter lists Efosa Igbinedion's SSN as 605 11 4283 and his old address in Greenbriar Flats. he's been out a year and applying for housing. should I redact before giving him a copy?", ('name', 'Efosa Igbinedion'), ('ssn', '605 11 4283'), ('place', 'Greenbriar Flats')),
    C("UK student loans sent Rowan Fairbrother's NI number NY 61 03 88 B to the wrong university - he's a PhD at Kingsbridge Quay campus with OCD, fixated on identity theft now. ERP feels a bit tricky when the threat is real.", ('name', 'Rowan Fairbrother'), ('ssn', 'NY 61 03 88 B'), ('place', 'Kingsbridge Quay campus')),
    C("hospital number for Zinhle Masondo is RWH-8841207 - she's having her second bariatric revision at Radcliffe Wells Hospital and asked me to send my letter straight to the surgeon. what do you say about emotional readiness?", ('name', 'Zinhle Masondo'), ('medical_record', 'RWH-8841207'), ('place', 'Radcliffe Wells Hospital')),
    C("Ciarán Ó Laoire is on the transplant list at St Malachy's Hospital, Drumcar, MRN MCH 0772914. he's a farmer and says he'll lose the farm if he's away a week. how do you work with ambivalence about a transplant?", ('name', 'Ciarán Ó Laoire'), ('place', "St Malachy's Hospital, Drumcar"), ('medical_record', 'MCH 0772914')),
    C("consult: the dialysis unit at Hollinsbrook keeps sending me Oksana Hrytsenko-Beck's notes with her chart number HB-DIAL-04418 on every page. she's a piano teacher. anxiety ramped since starting. meh, group thoughts?", ('place', 'Hollinsbrook'), ('name', 'Oksana Hrytsenko-Beck'), ('medical_record', 'HB-DIAL-04418')),
    C("Lewin Okwuosa-Petrie, 27, male ED inpatient at Beechfield Unit, Marlow Heath, patient ID BF/23/11604. he's asking me to advocate for weekend leave. team says no. where do I stand as the outpatient therapist?", ('name', 'Lewin Okwuosa-Petrie'), ('place', 'Beechfield Unit, Marlow Heath'), ('medical_record', 'BF/23/11604')),
    C("perinatal: Rosaleen Garvey-Imoh's NHS number 485 772 6193 was on the bereavement leaflet they handed her at Ashdown Maternity Wing. tiny thing but she felt like a number not a mum. repair with the unit?", ('name', 'Rosaleen Garvey-Imoh'), ('medical_record', '485 772 6193'), ('place', 'Ashdown Maternity Wing')),
    C("Hoang Thi Lan Phuong's MRN 0048812736 is on the discharge letter from the nursing home at Eastvale Terrace - she's 88, I'm seeing her son for carer strain. can I even hold her letter?", ('name', 'Hoang Thi Lan Phuong'), ('medical_record', '0048812736'), ('place', 'Eastvale Terrace')),
    C('hearing clinic file for Grainne Costigan-Oyo - chart no. AUD-550917 at Kildrum Audiology. she lost her hearing at 40 and says she\'s "no longer in the world". Deaf community or hearing therapist - what fits?', ('name', 'Grainne Costigan-Oyo'), ('medical_record', 'AUD-550917'), ('place', 'Kildrum Audiology')),
    C("NHI ZKT4821 belongs to Manaia Tuhiwai-Grant, who's on the renal ward at Whangārei Harbourside Hospital. her whānau asked me to come in. how do you do family meetings on a ward?", ('medical_record', 'ZKT4821'), ('name', 'Manaia Tuhiwai-Grant'), ('place', 'Whangārei Harbourside Hospital')),
    C("Siddharth Nambiar-Lowe, pilot, UHID UH2025-118473 at the Mayur Vihar cardiac centre, was told he'll never fly commercial again after his MI. identity loss is huge. thoughts?", ('name', 'Siddharth Nambiar-Lowe'), ('medical_record', 'UH2025-118473'), ('place', 'Mayur Vihar cardiac centre')),
    C("Bridget Ogunleye-Hart's chart number at Greystone Psychiatric, Ward 4 is GS-4-2290183. she's a midwife admitted after her own stillbirth. I'm seeing her on leave days. coordinate how?", ('name', 'Bridget Ogunleye-Hart'), ('place', 'Greystone Psychiatric, Ward 4'), ('medical_record', 'GS-4-2290183')),
    C("jail health record for Reuben Castellanos-Ibe lists booking MRN CCJ-19-662047 from Cole County Jail annex. he's a new client, 33, wants his records before he sees me. fair?", ('name', 'Reuben Castellanos-Ibe'), ('medical_record', 'CCJ-19-662047'), ('place', 'Cole County Jail annex')),
    C("URN UR 3319206 - Matilda Kingsley-Tupou's file from the bariatric service at Mount Felton Private came to me unsolicited. she's a client for body image. use it or return it?", ('medical_record', 'UR 3319206'), ('name', 'Matilda Kingsley-Tupou'), ('place', 'Mount Felton Private')),
    C('Medicaid denied the dialysis transport for Lavonne Pritchett-Obi, ID MCD 7720194318. she lives out past Sulphur Branch and misses one session in three. the depression is partly just logistics. advocacy ideas?', ('name', 'Lavonne Pritchett-Obi'), ('health_plan', 'MCD 7720194318'), ('place', 'Sulphur Branch')),
    C("Kofi Antwi-Barclay's Medicare number 2953 81046 1 got him bumped to a different psychologist at Wattle Grove clinic without asking. he's a FIFO worker and hates repeating his story. how to fix continuity?", ('name', 'Kofi Antwi-Barclay'), ('health_plan', '2953 81046 1'), ('place', 'Wattle Grove clinic')),
    C('Tricare ID TRC 0938 4471 22 for Shelby Ruiz-Oakes, army spouse at Fort Whitcombe. they want a new diagnosis code each quarter. grief after miscarriage - what code are people using honestly?', ('health_plan', 'TRC 0938 4471 22'), ('name', 'Shelby Ruiz-Oakes'), ('place', 'Fort Whitcombe')),
    C('Bupa membership BP-84217763 for Imogen Tennant-Ashe, ballet dancer, covers 8 sessions at Covent Mews clinic. she needs more like 40 for the ED. anyone had luck with an exception request?', ('health_plan', 'BP-84217763'), ('name', 'Imogen Tennant-Ashe'), ('place', 'Covent Mews clinic')),
    C("Blue Cross member ID XJQ 481 072 553 - Dakota Runningwater-Yellowhorse's claim for my sessions keeps bouncing. he's a ranch hand near Pryor Gap and the drought cost him his job. pro bono in the meantime?", ('health_plan', 'XJQ 481 072 553'), ('name', 'Dakota Runningwater-Yellowhorse'), ('place', 'Pryor Gap')),
    C('OHIP number 4721-886-413-BK for Mathieu Beaulieu-Okafor, PhD candidate at Collège Saint-Anselme; he wants psychiatry covered but the wait is 11 months. therapy bridging while he waits - how to structure?', ('health_plan', '4721-886-413-BK'), ('name', 'Mathieu Beaulieu-Okafor'), ('place', 'Collège Saint-Anselme')),
    C("VHI policy VH 66102785 covers Orla Keohane-Mbeki for 10 sessions. she's a nurse at the Ardnagree Nursing Home after two residents died in a week. moral injury in care homes - any good reading?", ('health_plan', 'VH 66102785'), ('name', 'Orla Keohane-Mbeki'), ('place', 'Ardnagree Nursing Home')),
    C("Southern Cross member SC-8830145-02 is Nikau Whaanga-Reid's; he's a deer farmer from Ōtaki Forks and the plan won't cover psychology without a GP letter. how do other NZ folks handle it?", ('health_plan', 'SC-8830145-02'), ('name', 'Nikau Whaanga-Reid'), ('place', 'Ōtaki Forks')),
    C("Aetna member ID W2918847305 for Roya Kazemi-Blake, flight instructor, anxiety after a student's crash near Hollister Field. Aetna wants session notes. how little can I send?", ('health_plan', 'W2918847305'), ('name', 'Roya Kazemi-Blake'), ('place', 'Hollister Field')),
    C('Medibank number MB 4413 9927 6 for Kalani Akana-Brooks, surfer, shark attack survivor, living in Coolangatta Point Heights. the plan wants progress reports every 6 sessions. is that normal?', ('health_plan', 'MB 4413 9927 6'), ('name', 'Kalani Akana-Brooks'), ('place', 'Coolangatta Point Heights')),
    C('Manulife plan MLF 22-7091-5584 for Olamide Adesanya-Roy, music teacher at Westmount Heights Collegiate, covers $500 a year total. nobody heals in 3 sessions. sliding scale or refer?', ('health_plan', 'MLF 22-7091-5584'), ('name', 'Olamide Adesanya-Roy'), ('place', 'Westmount Heights Collegiate')),
    C("Star Health policy SH/2025/4418730 for Meenakshi Sundaram-Pillai, caring for her husband on dialysis in Velachery East; the policy excludes outpatient mental health. anyone know Indian insurers that don't?", ('health_plan', 'SH/2025/4418730'), ('name', 'Meenakshi Sundaram-Pillai'), ('place', 'Velachery East')),
    C("Medicaid ID AZM-30018-4721 for Yazzie Begaye-Tso, 19, foster youth aging out in Chinle Wash. his plan ends at 21 and he's just starting to trust me. how do people handle the cliff?", ('health_plan', 'AZM-30018-4721'), ('name', 'Yazzie Begaye-Tso'), ('place', 'Chinle Wash')),
    C("victims' comp claim VC-2025-118407 for Precious Obi-Langley, assaulted at the club where she dances in Marlborough Arches. the board wants my notes. how much detail do you give comp boards?", ('account', 'VC-2025-118407'), ('name', 'Precious Obi-Langley'), ('place', 'Marlborough Arches')),
    C('gambling client Sean Cafferkey-Doyle asked me to hold his debit card and bank account IE64 BOFI 9037 2281 6640 19 details "for safekeeping". he\'s a farm contractor in Kilcolgan Bridge. absolutely not, but how do I say it kindly?', ('name', 'Sean Cafferkey-Doyle'), ('account', 'IE64 BOFI 9037 2281 6640 19'), ('place', 'Kilcolgan Bridge')),
    C('Gurpreet Singh Mangat, truck driver, wants his deposit refunded from my old practice account - sort code 30-96-27, acct 61834207. he lives in Hounslow West End. bookkeeping nightmare. has anyone dealt with refunds after moving practices?', ('name', 'Gurpreet Singh Mangat'), ('account', '30-96-27'), ('account', '61834207'), ('place', 'Hounslow West End')),
    C("court case number 2025-FC-007182 - custody for Amara Nwachukwu-Blaine's kids; she's a military spouse at Fort Larkin and the ex wants my records. subpoena advice?", ('account', '2025-FC-007182'), ('name', 'Amara Nwachukwu-Blaine'), ('place', 'Fort Larkin')),
    C("BSB 633-058 account 1047 3358 is where Bindi Carmody-Yates wants me to pay back the overcharge. she's an Aboriginal health worker in Kurrajong Flats East. what's the etiquette for refunds?", ('account', '633-058'), ('account', '1047 3358'), ('name', 'Bindi Carmody-Yates'), ('place', 'Kurrajong Flats East')),
    C("workers' comp claim WC-4471902-NSW for Hamish Lowrie-Tamati, pilot who ejected from an ag plane over Narromine South. insurer's case manager rings weekly. how do you protect the work?", ('account', 'WC-4471902-NSW'), ('name', 'Hamish Lowrie-Tamati'), ('place', 'Narromine South')),
    C("Dervla Mulqueen's student loan account SLC 8827 4411 09 is in arrears and she's quit her PhD at Trinity Fields College. shame is massive. how do you work with debt shame?", ('name', 'Dervla Mulqueen'), ('account', 'SLC 8827 4411 09'), ('place', 'Trinity Fields College')),
    C("EAP case EAP-883107 - Ngozi Ilesanmi-Park, air traffic controller at Bramley Moor tower, after a near miss. EAP gives 6 sessions. thoughts on what's realistic?", ('account', 'EAP-883107'), ('name', 'Ngozi Ilesanmi-Park'), ('place', 'Bramley Moor tower')),
    C("Rafael Domínguez Saavedra, croupier, asked me to write to his bank about IBAN ES91 2100 0418 4502 0005 1332 because his wife is draining it for gambling. he's in Barrio del Carmen de Arriba. not my role, right?", ('name', 'Rafael Domínguez Saavedra'), ('account', 'ES91 2100 0418 4502 0005 1332'), ('place', 'Barrio del Carmen de Arriba')),
    C("cheque no. 0083926 from Winifred Olusola-Hale's daughter bounced - she paid for her mum's sessions at Sunnyhurst Care Village. my client doesn't know. do I raise it?", ('account', '0083926'), ('name', 'Winifred Olusola-Hale'), ('place', 'Sunnyhurst Care Village')),
    C('claim ref CLM-77204185 - life insurance for Tadhg Ó Súilleabháin-Crowe\'s wife, who died by suicide on the farm in Inchigeelagh Upper. insurer wants my view on "pre-existing depression". I saw HIM, not her. what do I say?', ('account', 'CLM-77204185'), ('name', 'Tadhg Ó Súilleabháin-Crowe'), ('place', 'Inchigeelagh Upper')),
    C("practice account PRX-20419 under Leilani Kahananui-Apo's name still shows an unpaid balance from when she was in foster care in Waiʻanae Kai. she's 19 now. write it off?", ('account', 'PRX-20419'), ('name', 'Leilani Kahananui-Apo'), ('place', 'Waiʻanae Kai')),
    C('new gambling client Olusegun Bamidele-Cross, 38, has 14 bookmaker accounts; his Bet365 account B365-44718320 was re-opened after exclusion. he lives in Eccleston Park. how do you work with the industry side?', ('name', 'Olusegun Bamidele-Cross'), ('account', 'B365-44718320'), ('place', 'Eccleston Park')),
    C("Harriet Longshaw-Abiola's LPC license is LPC 71822 - she's a colleague in Bellmont Hills asking for supervision after her own client died. can I supervise someone I know socially?", ('name', 'Harriet Longshaw-Abiola'), ('licence', 'LPC 71822'), ('place', 'Bellmont Hills')),
    C('peer consult for a colleague: Farhan Chowdhury-Reyes, LMFT #124907, in Glenhaven Oaks, had a complaint from a polyamorous client alleging bias. board review pending. support ideas?', ('name', 'Farhan Chowdhury-Reyes'), ('licence', '#124907'), ('place', 'Glenhaven Oaks')),
    C('BACP membership 00483715 - Gwenllian Rhys-Ojo is a counsellor in Aberdaron Fach who burnt out doing farm crisis work. she wants a peer group. anyone in Wales?', ('licence', '00483715'), ('name', 'Gwenllian Rhys-Ojo'), ('place', 'Aberdaron Fach')),
    C('Eoghan Ó Dálaigh, CORU reg PS027714, is a psychologist in Newtown Forbes Mill who was a client of mine years ago and now wants consultation. dual relationship?', ('name', 'Eoghan Ó Dálaigh'), ('licence', 'PS027714'), ('place', 'Newtown Forbes Mill')),
    C("AHPRA number PSY0002284419 for Priya Balasubramanian, who works in the prison at Hakea Downs. she was assaulted. she's asked me for therapy. her employer will pay. tricky?", ('licence', 'PSY0002284419'), ('name', 'Priya Balasubramanian'), ('place', 'Hakea Downs')),
    C("HCPC PYL 041873 - Ifeoma Chukwu-Barrett, practitioner psychologist in Wolverton Mill, lost a client to suicide and is under review. anyone been through a coroner's inquest as the therapist?", ('licence', 'PYL 041873'), ('name', 'Ifeoma Chukwu-Barrett'), ('place', 'Wolverton Mill')),
    C('Mélanie Bouchard-Asante (CRPO 0097361), a colleague in Vanier Heights is asking if anyone takes referrals for Deaf clients who sign LSQ. any leads?', ('name', 'Mélanie Bouchard-Asante'), ('licence', '0097361'), ('place', 'Vanier Heights')),
    C("NMC PIN 14B2819E - Cormac Ellison-Adu, mental health nurse at Foxhollow Ward, got a fitness to practise referral after a restraint. he's my client. how do I support without being a character witness?", ('licence', '14B2819E'), ('name', 'Cormac Ellison-Adu'), ('place', 'Foxhollow Ward')),
    C('pharmacist reg PH2208817 - Samira Haddad-Kerr runs the pharmacy in Ebbw Cross and found out a regular, a gambler, was stealing from the till. she feels betrayed. vicarious guilt?', ('licence', 'PH2208817'), ('name', 'Samira Haddad-Kerr'), ('place', 'Ebbw Cross')),
    C("Lindiwe Sithole-Grant's NCNZ number is NC 472891; she's a dialysis nurse in Kaikōura Bridge with compassion fatigue. offering her reduced fee. any ethical concerns?", ('name', 'Lindiwe Sithole-Grant'), ('licence', 'NC 472891'), ('place', 'Kaikōura Bridge')),
    C("ADI licence ADI 508214 - Bartholomew Osei-Frank, driving instructor in Rothwell Haigh, had a learner crash and die. he can't get back in a car. graded exposure when the loss is real?", ('licence', 'ADI 508214'), ('name', 'Bartholomew Osei-Frank'), ('place', 'Rothwell Haigh')),
    C("PCO number PCO 1178340 for Natasha Oyibo-Frey, her taxi licence in Millbrook Lanes, was suspended after a passenger complaint. she's a single mum and it's her income. crisis support ideas?", ('licence', 'PCO 1178340'), ('name', 'Natasha Oyibo-Frey'), ('place', 'Millbrook Lanes')),
    C("Kerry-Ann Fontaine-Oduya, military spouse, saw her husband's old truck, plate 8KTR 442, parked outside the house in Fort Hamblin village while he's meant to be deployed. she's spiralling. reality-testing vs. validating?", ('name', 'Kerry-Ann Fontaine-Oduya'), ('vehicle', '8KTR 442'), ('place', 'Fort Hamblin village')),
    C('farmer client Elwyn Pugh-Marsden had his quad bike reg CX19 WLP stolen from the yard at Bryn Gwenallt and it tipped him over - third theft this year. rural crime trauma, anyone?', ('name', 'Elwyn Pugh-Marsden'), ('vehicle', 'CX19 WLP'), ('place', 'Bryn Gwenallt')),
    C("reentry: DeShawn Fulbright-Okoye got stopped in his cousin's car, plate 7GHK 193, two days after release to Ashwood Terrace halfway house. parole violation risk. he's not sleeping. thoughts?", ('name', 'DeShawn Fulbright-Okoye'), ('vehicle', '7GHK 193'), ('place', 'Ashwood Terrace halfway house')),
    C("Ngaire Tapsell-Moore's ex parks his ute (LKM492) outside her kids' school in Kaiwaka Heights every morning. protection order pending. she's frozen. safety plan plus trauma work?", ('name', 'Ngaire Tapsell-Moore'), ('vehicle', 'LKM492'), ('place', 'Kaiwaka Heights')),
    C('pilot Gustav Lindahl-Okeke\'s car (ABC 42F - Swedish plate) was keyed with "coward" after he refused to fly in the storm; he lives in Sjövik Norra. moral injury from the other direction. interesting case, thoughts?', ('name', 'Gustav Lindahl-Okeke'), ('vehicle', 'ABC 42F'), ('place', 'Sjövik Norra')),
    C("musician Rosalía Quintero Valdés sleeps in her tour van, plate 4827 KJX, parked behind the venue in Barrio de San Telmo Bajo. she's exhausted and drinking. harm reduction approach?", ('name', 'Rosalía Quintero Valdés'), ('vehicle', '4827 KJX'), ('place', 'Barrio de San Telmo Bajo')),
    C("interpreter Dawit Tesfaye-Holm was followed home by a car with plate KV-482-RT after a court job in Bijlmer Oost. the defendant's family? he doesn't want to report. how do you work with that?", ('name', 'Dawit Tesfaye-Holm'), ('vehicle', 'KV-482-RT'), ('place', 'Bijlmer Oost')),
    C("taxi driver client Mohammed Al-Sayegh Rowe, plate TX 83152, assaulted by a passenger on the rank at Pendleford Station. can't face night shifts. income anxiety + trauma. ideas?", ('name', 'Mohammed Al-Sayegh Rowe'), ('vehicle', 'TX 83152'), ('place', 'Pendleford Station')),
    C("Briony Ashcombe-Taiwo's learner plate car (LN23 RZK) was rear-ended on her third lesson near Thorncliffe roundabout; she's 17, with a stammer, and now won't leave the house. where to begin?", ('name', 'Briony Ashcombe-Taiwo'), ('vehicle', 'LN23 RZK'), ('place', 'Thorncliffe roundabout')),
    C("Jean-Marc Olawuyi-Faure, French plate GK-417-PZ, drives from Villeneuve-sur-Lèze every week for sessions. long drive, he's a cheesemaker whose herd was culled. telehealth vs. in person for him?", ('name', 'Jean-Marc Olawuyi-Faure'), ('vehicle', 'GK-417-PZ'), ('place', 'Villeneuve-sur-Lèze')),
    C('Tennessee plate 9F3-R27 - Tucker Beauchamp-Ayers was in the crash that killed his bandmate near Cedar Hollow Bend. he was driving. survivor guilt off the scale. any good reading on driver guilt?', ('vehicle', '9F3-R27'), ('name', 'Tucker Beauchamp-Ayers'), ('place', 'Cedar Hollow Bend')),
    C("Norwegian plate EL 48291, Ingrid Solheim-Adeyemi's electric car was smashed up by someone from the cult she left near Fjellhaug Gard. she's sure they'll come back. risk assessment help?", ('vehicle', 'EL 48291'), ('name', 'Ingrid Solheim-Adeyemi'), ('place', 'Fjellhaug Gard')),
    C("Bongani Zulu-Pearson's South African plate CA 418-992 - his car was hijacked outside the dialysis clinic in Goodwood Estate and he's now too scared to go. missed 3 sessions. medically dangerous. ideas?", ('name', 'Bongani Zulu-Pearson'), ('vehicle', 'CA 418-992'), ('place', 'Goodwood Estate')),
    C('insulin pump serial MMT-780G-NG4418273H belongs to Seren Probert-Ajayi, a ballet student at Rhosneigr Academy, who keeps disconnecting it before class to lose weight. diabulimia - who do I call first?', ('device', 'MMT-780G-NG4418273H'), ('name', 'Seren Probert-Ajayi'), ('place', 'Rhosneigr Academy')),
    C("Aleksander Nowicki-Bray's pacemaker (serial PJN 884102 S) was recalled and he's a pilot grounded at Fairoaks Heath. health anxiety is through the roof. how do you do exposure when the device really did fail?", ('name', 'Aleksander Nowicki-Bray'), ('device', 'PJN 884102 S'), ('place', 'Fairoaks Heath')),
    C("cochlear implant processor no. CP1150-4418723 - Meredith Okafor-Lyle, 9, lost it at school in Chilcote Green and won't go back. parents want me to see her. play therapy with a newly implanted Deaf kid?", ('device', 'CP1150-4418723'), ('name', 'Meredith Okafor-Lyle'), ('place', 'Chilcote Green')),
    C("Kobina Ansah-Holt wears a curfew tag, device ID EMS-27-0041883, since release to Mapledene Approved Premises; he says it beeps at 3am and he can't sleep. advocacy or just clinical?", ('name', 'Kobina Ansah-Holt'), ('device', 'EMS-27-0041883'), ('place', 'Mapledene Approved Premises')),
    C('CPAP machine serial AS11-22187346 - Uzma Qureshi-Hale, a truck dispatcher in Birchfield Cross, says she feels suffocated in the mask and takes it off. CBT for CPAP intolerance - anyone?', ('device', 'AS11-22187346'), ('name', 'Uzma Qureshi-Hale'), ('place', 'Birchfield Cross')),
    C("Tomás Ó Raghallaigh's hearing aid, serial PHN-88041273, was stolen at the mart in Ballyjamesduff East. he's an old farmer who stopped going out without it. isolation spiral. practical steps?", ('name', 'Tomás Ó Raghallaigh'), ('device', 'PHN-88041273'), ('place', 'Ballyjamesduff East')),
    C('dialysis machine at home, serial NxStage 4478-1129, for Kaveh Rahimzadeh, 52, in Lynwood Heath; his wife runs it and resents it. carer burnout in home dialysis - thoughts?', ('device', 'NxStage 4478-1129'), ('name', 'Kaveh Rahimzadeh'), ('place', 'Lynwood Heath')),
    C("Ottilie Barraclough's prosthetic leg, serial OB-C-Leg4-117382, is part of the workers' comp claim from the farm accident at Holme Carr Farm. she's a jockey-turned-farmer and grieving both. where to focus?", ('name', 'Ottilie Barraclough'), ('device', 'OB-C-Leg4-117382'), ('place', 'Holme Carr Farm')),
    C("VNS implant model SenTiva 1000 SN 48821 - Chiamaka Ugwu-Sheridan, PhD student in Hollowmere, thinks it's recording her thoughts. psychosis or anxiety with a very literal device? need second opinions.", ('device', 'SenTiva 1000 SN 48821'), ('name', 'Chiamaka Ugwu-Sheridan'), ('place', 'Hollowmere')),
    C('CGM sensor G7-44810927 for Benedict Akinola-Ware, esports player, 20, who alarms every night because he games through his hypos. he lives in Dunmore Rise. harm reduction ideas for T1D + gaming?', ('device', 'G7-44810927'), ('name', 'Benedict Akinola-Ware'), ('place', 'Dunmore Rise')),
    C("power chair serial PMD-Q6-998217 - Aroha Kereama-Doyle was stuck at home in Ōhau Valley for three weeks when it broke. she's furious at the service. validation and then what?", ('device', 'PMD-Q6-998217'), ('name', 'Aroha Kereama-Doyle'), ('place', 'Ōhau Valley')),
    C("Fitbit ID FB512-00844719 - Hyun-woo Baek-Sutton's ballet company tracks dancers' steps and heart rate through it at Northgate Dance House. he finds it surveilling. is that legit workplace monitoring?", ('device', 'FB512-00844719'), ('name', 'Hyun-woo Baek-Sutton'), ('place', 'Northgate Dance House')),
    C('AAC tablet serial TD-I13-77482 belongs to Fionnuala Brennan-Okeke, 24, non-speaking autistic, at Glenmoy Residential Service; staff keep taking it away as "consequences". safeguarding?', ('device', 'TD-I13-77482'), ('name', 'Fionnuala Brennan-Okeke'), ('place', 'Glenmoy Residential Service')),
    C('Yusuf Demirci-Holt moved in with his sister at Flat 3, 27 Ridley Lane, Shawford Green, SO21 4QT, after the gambling debts took the house. post goes there now. how do you help someone rebuild from zero?', ('name', 'Yusuf Demirci-Holt'), ('street_address', 'Flat 3, 27 Ridley Lane'), ('place', 'Shawford Green'), ('zip_code', 'SO21 4QT')),
    C("please send letters for Abigail Nwankwo-Sharpe to 1184 Cottonwood Drive, Prairie Hollow, KS 67510 - she's a farmer's widow who doesn't use email. drought, loss of husband, loss of farm. 3 in one. hmm.", ('name', 'Abigail Nwankwo-Sharpe'), ('street_address', '1184 Cottonwood Drive'), ('place', 'Prairie Hollow'), ('zip_code', '67510')),
    C('Tamati Pohatu-Lewis now lives at 14B Kauri Street, Ōtorohanga West 3988, after release. his parole officer wants confirmation he attends. what do you send?', ('name', 'Tamati Pohatu-Lewis'), ('street_address', '14B Kauri Street'), ('place', 'Ōtorohanga West'), ('zip_code', '3988')),
    C("Élodie Marchand-Owusu gave her new address as 8 rue des Tanneurs, 69005 Lyon-Saint-Just, and wants sessions in French. she's a sex worker who moved after a raid. any French-speaking therapists?", ('name', 'Élodie Marchand-Owusu'), ('street_address', '8 rue des Tanneurs'), ('zip_code', '69005'), ('place', 'Lyon-Saint-Just')),
    C("foster family address for Tyler Ashgrove-Mbeki is 42 Wenlock Close, Hilltop Bassett, B33 9RD. birth mum turned up there. placement in crisis. what's my role as his therapist?", ('name', 'Tyler Ashgrove-Mbeki'), ('street_address', '42 Wenlock Close'), ('place', 'Hilltop Bassett'), ('zip_code', 'B33 9RD')),
    C("Moana Faleolo-Hart is staying at Unit 6/19 Banksia Parade, Tarragindi Ridge QLD 4121 after leaving her partner. she's pregnant after two losses. perinatal anxiety plus DV. priorities?", ('name', 'Moana Faleolo-Hart'), ('street_address', 'Unit 6/19 Banksia Parade'), ('place', 'Tarragindi Ridge'), ('zip_code', '4121')),
    C("Padraig Ó Fearghail asked me to post his letter to Carraig Lodge, Cnoc na Sceach, Ballinamuck Upper, N39 K4X2. house name only, no number - he's a retired priest with burnout who won't use email. will that arrive?", ('name', 'Padraig Ó Fearghail'), ('street_address', 'Carraig Lodge, Cnoc na Sceach'), ('place', 'Ballinamuck Upper'), ('zip_code', 'N39 K4X2')),
    C('Naledi Mahlangu-Pryce, 26, PhD in climate science, now lives at Apartment 11C, 300 Halsted Row, Lakeview Commons, IL 60691, after her field station closed. eco-grief - reading recs?', ('name', 'Naledi Mahlangu-Pryce'), ('street_address', 'Apartment 11C, 300 Halsted Row'), ('place', 'Lakeview Commons'), ('zip_code', '60691')),
    C("Anwar Hossain Talukder's address in the referral is House 27, Road 4, Sector 11, Uttara Model Town East, Bangladesh 1230 - he's a translator I see online, working nights for a UK agency. sleep disruption plus VT. thoughts?", ('name', 'Anwar Hossain Talukder'), ('street_address', 'House 27, Road 4, Sector 11'), ('place', 'Uttara Model Town East'), ('zip_code', '1230')),
    C("Cressida Vane-Okonkwo moved her ballet studio to Suite 4, 61 Market Walk, Wyndham Cross, WR14 2NE after her student's eating disorder came out in the press. shame and the business. where do you start?", ('name', 'Cressida Vane-Okonkwo'), ('street_address', 'Suite 4, 61 Market Walk'), ('place', 'Wyndham Cross'), ('zip_code', 'WR14 2NE')),
    C("Dominik Hartmann-Oyelaran lives at Lindenstraße 42, 3. OG, 04315 Leipzig-Volkmarsdorf - he's a DJ with tinnitus and suicidal thoughts. German-speaking therapist needed. any in the network?", ('name', 'Dominik Hartmann-Oyelaran'), ('street_address', 'Lindenstraße 42, 3. OG'), ('zip_code', '04315'), ('place', 'Leipzig-Volkmarsdorf')),
    C("new reentry referral: Lamont Bythewood-Hale, housing at 2219 N. Crestline Ave, Apt 2, Maple Heights South, OH 44128-3905. he wants in-person only. I'm fully virtual. refer out or travel?", ('name', 'Lamont Bythewood-Hale'), ('street_address', '2219 N. Crestline Ave, Apt 2'), ('place', 'Maple Heights South'), ('zip_code', '44128-3905')),
    C("Theodora Papadakis-Reid sends mail to PO Box 70913, Kalamunda Ridge WA 6076 because she doesn't trust the cult members who still live on her old street. hypervigilance that's actually earned. how to work?", ('name', 'Theodora Papadakis-Reid'), ('street_address', 'PO Box 70913'), ('place', 'Kalamunda Ridge'), ('zip_code', '6076')),
    C("Akosua Frimpong-Lyle is at Flat 9, Wharfside House, 4 Cooper's Row, Lower Quayfield, BS1 6WT - she's a foster carer of 20 years whose last placement alleged abuse. investigation ongoing. carer support?", ('name', 'Akosua Frimpong-Lyle'), ('street_address', "Flat 9, Wharfside House, 4 Cooper's Row"), ('place', 'Lower Quayfield'), ('zip_code', 'BS1 6WT')),
    C('farmworker Rigoberto Alcántar Mejía gave his address as Rural Route 3, Box 117, Tierra Buena, CA 95991. heat stress, drought layoffs, immigration fear. how do you even begin?', ('name', 'Rigoberto Alcántar Mejía'), ('street_address', 'Rural Route 3, Box 117'), ('place', 'Tierra Buena'), ('zip_code', '95991')),
    C('Sigrún Þórsdóttir-Vale lives at Hafnargata 17, 235 Reykjanesbær-Ásbrú - pilot, lost her first officer in a crash. Icelandic-speaking clinicians anyone?', ('name', 'Sigrún Þórsdóttir-Vale'), ('street_address', 'Hafnargata 17'), ('zip_code', '235'), ('place', 'Reykjanesbær-Ásbrú')),
    C("Chinonso Eze-Hamilton's postal code in the referral is 100271 - 12 Adeola Odeku Close, Victoria Island Annex, Nigeria. she's a musician with stage fright. I see her online. any issues with cross-border?", ('name', 'Chinonso Eze-Hamilton'), ('zip_code', '100271'), ('street_address', '12 Adeola Odeku Close'), ('place', 'Victoria Island Annex')),
    C('Isabeau Lavigne-Mbatha, 4500 rue Saint-Denis, app. 3, Plateau-Mont-Royal Est, QC H2J 2L3 - sex worker, safety threats from a client. wants therapy in French. any Quebec clinicians with experience?', ('name', 'Isabeau Lavigne-Mbatha'), ('street_address', '4500 rue Saint-Denis, app. 3'), ('place', 'Plateau-Mont-Royal Est'), ('zip_code', 'H2J 2L3')),
    C("Whetu Hohaia-Crane gave her address as RD 2, 88 Tawa Road, Pukekohe Hill 2678; she's a market gardener whose crop failed. she's stopped eating too. farm crisis + ED?", ('name', 'Whetu Hohaia-Crane'), ('street_address', 'RD 2, 88 Tawa Road'), ('place', 'Pukekohe Hill'), ('zip_code', '2678')),
    C("anyone using the Perinatal Grief Scale alongside the EPDS after stillbirth? our unit switched from Word to the Sands bereavement pathway in January and I'm not sure the PGS adds much beyond what the PHQ-9 already tells us."),
    C("for military spouses I keep coming back to Pauline Boss's Ambiguous Loss and the Military OneSource materials. has anyone tried the FOCUS program from UCLA, or is it mostly run through Tricare-funded family centers now?"),
    C('reading group pick for March: The Body Keeps the Score by Bessel van der Kolk versus What Happened to You? by Bruce Perry and Oprah Winfrey. I vote Perry, honestly. Thoughts before Friday?'),
    C('farm stress training update: the Rural Mental Health Project is running a free Mental Health First Aid course on Zoom in February, and the National Farmers Union is co-badging it. worth it for those of us who see farmers on Medicare Advantage plans.'),
    C("clergy burnout - the Duke Clergy Health Initiative papers are the best data I've found, plus the Lilly Endowment's Thriving in Ministry reports. anyone know UK equivalents from the Church of England or the Methodist Conference?"),
    C('For gambling disorder I use the PGSI at intake and the GamCare workbook, and I refer to GamAnon for family members. Does anyone use naltrexone liaison with GPs, or is that still rare in NHS practice outside the National Problem Gambling Clinic?'),
    C('esports question: the ESA and the BEF both have player welfare guidance now, and Riot published a wellbeing toolkit in October. has anyone used the Gaming Disorder criteria from ICD-11 with actual pro players?'),
    C("ballet and dance: IADMS has a good position statement on RED-S, and the Royal Ballet's Healthcare Suite publishes some of its screening. I pair that with the EDE-Q and the SCOFF. any dancers' therapists here?"),
    C('pilot mental health: after Germanwings, EASA changed the rules and the FAA followed with its own Mental Health Aviation Rulemaking Committee. the HIMS program is the main route back for pilots on SSRIs like Zoloft or Lexapro in the US.'),
    C("nursing home staff training: we're rolling out the Namaste Care programme and the DICE approach for behaviour, with the Cohen-Mansfield Agitation Inventory as baseline. CQC inspection is in April so management is keen. anyone evaluated it?"),
    C("foster care reading: Dan Hughes on DDP and Kim Golding's Nurturing Attachments are my go-tos, plus the Fostering Network's guidance. does anyone use Theraplay with teens, or is it really for under 10s?"),
    C("prison and reentry work - the Prison Reform Trust and the Howard League both have solid reports, and Shadd Maruna's Making Good is still the best book on desistance. has anyone used the Good Lives Model outside a forensic service?"),
    C('Deaf mental health: SignHealth runs BSL therapy and the Deaf Mental Health Charter came out last spring. for ASL in the US, Gallaudet and the ADARA conference are the places to look. any Deaf-led supervision groups here?'),
    C("stammering: the British Stammering Association (STAMMA) and the Stuttering Foundation both have therapist guides. I've started combining ACT with the Camperdown Program. has anyone read Joseph Sheehan's iceberg model lately?"),
    C('bariatric assessments: I use the BES, the AUDIT and the PHQ-9 pre-surgery, and the BAPS guidance plus the ASMBS recommendations from 2016. anyone tracking alcohol use after Roux-en-Y versus sleeve gastrectomy?'),
    C('dialysis and depression - the KDQOL-36 and the BDI-II are standard in our renal unit, and Kidney Care UK funds a psychosocial worker on Tuesdays. sertraline is the usual choice, per the CAST trial, though results were disappointing.'),
    C('organ donation: NHS Blood and Transplant has a donor family care service, and the Donor Family Network runs Memorial Day events in September. for living donors, the BTS guidelines require an independent assessment. anyone do those?'),
    C('men with eating disorders - Men Get Eating Disorders Too and Beat both run groups, and the MBDQ and the EDE-Q with male norms are worth knowing. muscle dysmorphia overlaps with anabolic steroid use a lot. what screens do you use?'),
    C("climate anxiety: Caroline Hickman's survey in The Lancet Planetary Health is the one everyone cites. the Climate Psychology Alliance runs Climate Cafés monthly and the Good Grief Network has a 10-step program. any clinicians running groups?"),
    C('PhD students: the Vitae survey and the Wellcome report on research culture are grim reading. our Graduate School uses Big White Wall, now Togetherall, plus the UCU hardship fund. supervisors rarely get training. ideas for what helps?'),
    C("musicians: Help Musicians UK runs Music Minds Matter, and the BAPAM clinics do performance health assessments. propranolol is everywhere in orchestras. I like Don Greene's Performance Success for the CBT side. thoughts?"),
    C("interpreters and VT: the ITI and the NRPSI both recommend supervision now, and the Red T charter covers conflict-zone interpreters. Laurie Anne Pearlman's work on vicarious trauma is still where I start. anyone do group supervision for them?"),
    C("sex work - the English Collective of Prostitutes, SWARM and National Ugly Mugs are where I point clients for safety, and Juno Mac and Molly Smith's Revolting Prostitutes is essential reading for therapists. thoughts on the Nordic model debate?"),
    C("polyamory: Kathy Labriola's workbook and Jessica Fern's Polysecure are the two books my clients bring in. the AASECT directory lists kink- and poly-aware therapists, and the Kink Clinical Practice Guidelines came out in 2019."),
    C("adoption reunions: Nancy Verrier's The Primal Wound is controversial but clients love it; PAC-UK and the Adoption Search Reunion site are good UK resources. the Adoption and Children Act 2002 governs access. any adoptees in the group?"),
    C("cult recovery: Steven Hassan's BITE Model and Alexandra Stein's Terror, Love and Brainwashing are both useful. the ICSA conference is in July, online this year. has anyone used Janja Lalich's work in therapy directly?"),
    C("CBT-E for men: Christopher Fairburn's Overcoming Binge Eating has a male-neutral tone, and NICE guideline NG69 recommends CBT-ED or MANTRA for adults. anyone adapting MANTRA for male clients?"),
    C('Just a scheduling note: the Tuesday case review moves to Thursday for Thanksgiving week, and the December one is cancelled for Hanukkah and Christmas. January restarts on the 2nd Monday. Zoom link unchanged.'),
    C('CPD alert: the BPS Division of Counselling Psychology conference is in June, and the UKCP and BACP are co-hosting a webinar on AI note-taking tools like Heidi and Upheal in May. anyone tried those apps with GDPR in mind?'),
    C('For anyone billing Medicare Part B: CPT 90837 versus 90834, and the new G-codes for caregiver training. Optum and UnitedHealthcare keep auditing 90837. What are people documenting to justify the 60 minutes?'),
    C("Deafblind clients: Sense and Deafblind UK both have guidance on tactile signing and haptics. I'm reading Helen Keller's The World I Live In for context. any therapists who've worked through a Protactile interpreter?"),
    C("Rural therapists: the Farm Safety Foundation's Mind Your Head week is in February, and the Royal Agricultural Benevolent Institution funds counselling. Yellow Wellies has a decent toolkit too. worth sharing with GP surgeries."),
    C("Grief theory refresher: Stroebe and Schut's Dual Process Model, Worden's Tasks of Mourning and Klass's Continuing Bonds. I still find Kübler-Ross over-taught. Which do you actually use in perinatal loss, if any?"),
    C("Hi all, I'm presenting at the EMDR Europe conference in Lisbon in June on EMDR for birth trauma, using the City Birth Trauma Scale and the IES-R as outcomes. Any feedback on the slides before Wednesday?"),
    C('military families: Combat Stress, SSAFA and the Army Families Federation are the UK routes; in Canada, the MFRC and Veterans Affairs; in the US, Give an Hour and Blue Star Families. which actually responds fast?'),
    C("The Skills for Psychological Recovery manual from the National Center for PTSD is free. I've been using it with drought-affected farmers alongside Psychological First Aid from the WHO. Works better than CPT for this group, IMO."),
    C("Gambling harm: the Gambling Commission's new affordability checks started in August, and GamStop self-exclusion now covers most UK operators. for the US, the NCPG helpline. anyone seen GambleAware's new treatment standards?"),
    C("Male clergy and sexual misconduct allegations: the Churches' Child Protection Advisory Service (thirtyone:eight) and the Catholic Safeguarding Standards Agency publish guidance. For therapists seeing accused clergy, is it forensic work or not?"),
    C("Dance medicine: One Dance UK's Healthier Dancer Programme, the NIDMS clinics and the ABT's wellness program all do screening. I'd love a Dance Psychology SIG in the BPS. anyone interested?"),
    C("Aviation again: Project Wingman in Australia, ALPA's Pilot Peer Support in the US, and BALPA in the UK. the Civil Aviation Authority lets pilots fly on some SSRIs now. Anyone written a report for a CAA medical?"),
    C("Care homes: the Alzheimer's Society's Fix Dementia Care campaign and the My Home Life programme are worth knowing. the Mental Capacity Act and DoLS, soon LPS, dominate our referrals. Anyone done a Best Interests meeting lately?"),
    C("quick poll: who's using the Edinburgh Postnatal Depression Scale with fathers? the PHQ-9 misses a lot in dads after perinatal loss, and the Gottman Institute's material feels too generic. happy to hear what works."),
    C("does anyone have a good handout on propranolol for musicians? clients get it from their GP, take 40mg before every gig, and nobody ever talks about the rebound. I'd like something from BAPAM or the Royal College of Music."),
    C('end of year admin: Medicaid renewals, the CAQH re-attestation and the NPI update are all due before the end of December. I always forget one. anyone have a checklist for solo practice?'),
    C("my supervisor recommended Irvin Yalom's Staring at the Sun for a client facing organ rejection. I found it too much for him. what else would you give someone on a transplant list who's frightened of dying?"),
    C("the kidney dialysis psychology SIG meets on the second Wednesday of each month on Teams. this month it's the KDQOL and shared decision-making about conservative care. DM me for the invite if you work in renal."),
    C("re the question about esports yesterday - the WHO's gaming disorder criteria say functional impairment over 12 months, and most pro players don't meet them. the problem is more often sleep, RSI and isolation than addiction."),
    C('honest question: is anyone still using the Beck Hopelessness Scale? our service dropped it for the Columbia (C-SSRS) in March and I miss having a number for hopelessness with farmers in the drought.'),
    C("For clients in sex work, I find Motivational Interviewing works far better than anything prescriptive. Miller and Rollnick's 4th edition has a nice chapter on autonomy. and National Ugly Mugs has a reporting app."),
    C("Bit of a vent: the Ministry of Defence changed the referral form for spouses again and it now wants consent in triplicate. Veterans' UK say it's the DMS. does anyone know who actually owns this form?"),
    C("I ran a six-week ACT group for PhD students using The Happiness Trap by Russ Harris. attendance dropped in week four (deadline season). Next time I'm running it in June. anyone else run groups for doctoral students?"),
    C("for cult survivors, the Complex PTSD criteria in ICD-11 fit better than DSM-5 PTSD. I pair Judith Herman's Trauma and Recovery with Pete Walker's book on C-PTSD. any thoughts on phase-based versus direct processing?"),
    C("Reminder: the Association of Child Psychotherapists' annual conference is online on a Saturday in November, with a keynote on foster care and the Adverse Childhood Experiences debate. CPD certificate included."),
    C('heads up - BetterHelp and Talkspace are advertising heavily to pilots on Instagram. ALPA has warned that notes from those platforms can reach the FAA during a medical. something to tell aviation clients early.'),
    C("does anyone use the Stuttering Severity Instrument (SSI-4) themselves, or only the SLT? I'm co-working with a speech therapist and we're using the OASES for impact. curious how others split the work."),
    C('loving the new edition of Motivational Interviewing in Health Care. chapter 9 on dialysis adherence is excellent, and it pairs well with the NICE guidance on shared decision-making (NG197).'),
    C("for Deaf clients: please don't use Google Meet auto-captions as a substitute for an interpreter. SignLive and InterpretersLive are the UK services; in the US, VRS through Sorenson or Purple. NHS England has a BSL policy now."),
    C('if you see male clients with binge eating, lisdexamfetamine (Vyvanse in the US, Elvanse here) is licensed for BED in America but not the UK. Interesting conversations with psychiatrists about that one.'),
    C("For grief after a miscarriage, the Miscarriage Association and Tommy's both have good leaflets, and Petals does specialist counselling. in Australia, Red Nose and Pink Elephants. Which do you give first?"),
    C("re climate distress: Joanna Macy's The Work That Reconnects and Renee Lertzman's Environmental Melancholia are lovely. I'd avoid the doom-heavy Instagram accounts with clients who are already ruminating."),
    C('CPT question: has anyone used Cognitive Processing Therapy with prison officers? the VA manual by Resick, Monson and Chard works, but the moral injury element needs the Moral Injury Outcome Scale too.'),
    C("I'm doing a talk for the Royal College of Nursing on compassion fatigue in care homes. slides cover the ProQOL, Figley's model and the Schwartz Rounds. anything you'd add?"),
    C("If anyone's going to the BABCP conference in July, I'm presenting on CBT for bariatric patients with binge eating, using the BES and the Yale Food Addiction Scale. Would love friendly faces in the room."),
    C("organ donor families sometimes get letters from recipients through the NHSBT donor family care team months later. Anyone have a framework for supporting families through that? I've used Worden plus narrative therapy."),
    C("I've been reading about Sign Language interpreters in mental health - the Register of Sign Language Interpreters (RSLI) and NRCPD both require supervision now. the ASLI also runs CPD on trauma."),
    C("is anyone trained in Compassion Focused Therapy for body image? Paul Gilbert's materials and Ken Goss's CFT-E protocol are what I've got. our ED service uses it with men and it seems to land better than CBT-E."),
    C('Poly-friendly resources please? I have More Than Two by Franklin Veaux and Eve Rickert, and Polysecure. clients also like the Multiamory podcast. anything UK-specific?'),
    C("reentry housing: in the US, HUD has rules about criminal records and Section 8, and the ACLU has a guide. in the UK, Nacro and St Giles Trust help. It's the practical stuff that drives the relapse, honestly."),
    C("Adoption competence: the C.A.S.E. Adoption Competency Training is worth the money. Betsy Keefer and Jayne Schooler's Telling the Truth to Your Adopted or Foster Child is the book I lend most."),
    C("gambling and sports betting ads: the Betting and Gaming Council's whistle-to-whistle ban is leaky. My clients see DraftKings and FanDuel everywhere in the NFL season. any resources on ad-triggered cravings?"),
    C('Update from the Australian Psychological Society: Medicare Better Access sessions back to 10 per year from January. the Mental Health Care Plan still needs a GP. Anyone seeing FIFO workers via Open Arms?'),
    C("Tiny win today: a client on dialysis said the Headspace app's sleep stories help more than the zopiclone. I'll take it. anyone else recommending Calm or Insight Timer for renal patients?"),
    C("what's everyone using for outcome measures in private practice? I've got CORE-10 and the GAD-7 in SimplePractice, but the Outcome Rating Scale by Scott Miller is quicker. clients seem to prefer it."),
    C('for aviation clients I lean on the Nightmare Disorder Index and the ISI, plus Imagery Rehearsal Therapy from Barry Krakow. prazosin is out of favour since the 2018 VA trial. thoughts?'),
    C("Does anyone know if Kaiser Permanente still contracts out therapy for Medi-Cal patients in California? I've had three calls this week and no idea what to tell people."),
    C('thinking about the ethics of seeing fellow clergy. the ACA Code of Ethics and the AAMFT code both allow it with care, but the UKCP is vaguer. how do you handle it when you attend the same Diocesan synod?'),
    C("book rec for therapists new to working with the very old: Mary Pipher's Another Country and Atul Gawande's Being Mortal. Also the Gerontological Society of America has good free webinars."),
    C("we started a peer group for therapists with chronic illness - lots of us on dialysis waiting lists, Crohn's, lupus or MS. Sundays, on Discord. Message me if you'd like in."),
    C("re foster care training: the Solihull Approach online course is cheap and good, and the Fostering Network's Skills to Foster is what most local authorities use. Kinship carers get much less. Any good kinship resources?"),
    C('Ramadan starts in February next year - please remember fasting clients on lithium or dialysis need medical liaison. The Muslim Council of Britain and the BIMA publish guidance for clinicians.'),
    C("for men's body image work, Roberto Olivardia's The Adonis Complex is dated but still helpful, and the Muscle Dysmorphic Disorder Inventory is free. the DSM-5-TR lists muscle dysmorphia under BDD."),
    C('ugh, the Psychology Today directory changed its layout again and my profile lost the Medicaid badge. Anyone else? customer support are friendly but slow.'),
    C("re translators: the Institute of Translation and Interpreting's wellbeing guide plus Jemina Napier's research at Heriot-Watt are good starting points. The CIOL's ethics code is silent on trauma. That needs fixing."),
    C("I've been asked to run a workshop on polyamory for the local Relate centre staff. planning to use the Gottman Sound Relationship House, Jessica Fern's HEART model and some AASECT case studies. too much?"),
    C('for gambling clients, the Bet Blocker and Gamban apps are free now via GamCare. I ask clients to install one in session on Android or iPhone. Good results. anyone seen bypasses?'),
    C('re the ballet thread: the Royal Academy of Dance and the Imperial Society of Teachers of Dancing both have safeguarding leads now. and Dance Psychology Lab at the University of Wolverhampton publishes research.'),
    C('Interesting paper in JAMA Psychiatry last month on psilocybin for anorexia. tiny sample, open label, but the Compass Pathways trial is next. Has anyone had clients ask about psychedelic retreats in the Netherlands?'),
    C("rural telehealth: Doxy.me is fine on slow connections, Zoom isn't. for farmers in Nebraska or Montana I switch to audio-only and bill with modifier 93 under Medicare. thoughts?"),
    C('reflection from supervision today: Winnicott\'s "good enough" mother keeps coming up with perinatal loss clients who feel they failed. I\'ve been using Kristin Neff\'s Self-Compassion scale alongside. Helpful so far.'),
    C('Does anyone have experience with the Sexual Assault Referral Centres for sex workers? NHS England funds them, but the Home Office guidance is confusing. the ISVA role seems to vary.'),
    C("Academic mental health: Student Minds' University Mental Health Charter and the Nightline network are good. For PhD researchers, Vitae and the UKRI's new wellbeing funding. Any evaluation data yet?"),
    C('Lunch-and-learn on Wednesday: "Sleep after stroke" with the Stroke Association. We\'ll cover CBT-I, melatonin and the Pittsburgh Sleep Quality Index. Teams link in the calendar.'),
    C('If your client is a jockey, the Professional Jockeys Association and Racing Welfare both fund counselling. The British Horseracing Authority changed weighing rules in 2023. wasting is still widespread.'),
    C("quick ethics q: is it ok to accept a thank-you card from a client who's a musician and signed a copy of her Decca album? BACP says gifts need thought. Feels fine to me but flagging."),
    C("Advice for a newbie: which trauma training would you do first - EMDR through the EMDR Association, Sensorimotor Psychotherapy from Pat Ogden's institute, or Somatic Experiencing by Peter Levine? budget for one."),
    C("I'm seeing more burnout in hospice chaplains since COVID. the Association of Hospice and Palliative Care Chaplains has a supervision scheme, and Marie Curie funds reflective practice. Anyone linked in?"),
    C("re stillbirth, please read Joanne Cacciatore's Bearing the Unbearable if you haven't. She founded the MISS Foundation. Her critique of the DSM's bereavement exclusion is important too."),
    C('the Lancet Commission on Dementia says hearing loss is the biggest modifiable risk factor. I now ask every older client about hearing aids and refer to the NHS audiology service or Specsavers. small change.'),
    C("For trans clients seeking bariatric surgery, the WPATH Standards of Care 8 and the ASMBS guidelines don't talk to each other. Has anyone done a combined readiness assessment? how did you structure the letter?"),
    C("prison work: the Samaritans' Listener scheme and the ACCT process in HMPPS are what I see most. In Scotland, the Talk to Me strategy. Anyone supervise prison listeners?"),
    C("new to the group - I'm a CBT therapist working with Deaf adults via SignHealth and the BSL Health Access service. Glad to share anything on BSL-adapted PHQ-9 and GAD-7 versions."),
    C('does anyone else find the word "closure" unhelpful with adoptive families? I\'ve stopped using it. clients seem to breathe easier when we talk about living alongside the questions instead.'),
    C("plainer question than usual: how do you all end sessions with clients who cry right at the end? I keep running over by ten minutes and then I'm late for the next one."),
    C('sorry for the delay on the rota, I had Covid last week. Monday and Tuesday slots for peer consult are open again. sign up on the shared sheet.'),
    C('Has anyone tried Internal Family Systems with clients leaving high-control religious groups? Richard Schwartz\'s No Bad Parts is popular, but I worry the "parts" language echoes cult talk about a false self.'),
    C('small reflection: my farming clients never say "depressed". they say "flat", "worn out", "not right". I\'ve started mirroring their words instead of the PHQ-9 wording and the work moved.'),
    C("DBT skills for sex workers: Marsha Linehan's distress tolerance handouts translate well, but the interpersonal effectiveness module needs tweaking. the DEAR MAN script assumes safety that isn't always there."),
    C('gentle reminder that the consultation group is closed over Christmas and New Year. back on the first Thursday in January. look after yourselves.'),
    C("is a dialysis chair an ok place for therapy? our renal unit has curtains, that's it. I've been doing short check-ins instead of full sessions and keeping anything heavy for the phone."),
    C("For Tamil-speaking clients, the Tamil Nadu Government's Manam clinics and the Banyan in India do good work. in the UK, the Tamil Community Centre runs a carers group."),
    C("Has anyone worked with Lewy body dementia and hallucinations? The Lewy Body Society's guide is good, and NICE NG97 says avoid haloperidol. families are often terrified by the visions."),
    C('Genuinely asking: do people use the term "esports addiction" with families, or avoid it? I\'ve found "problematic gaming" lands better, and the Internet Gaming Disorder Scale is short.'),
    C('therapy for aircrew after a crash investigation: the AAIB report timing matters. clients often wait months, and the final report retraumatises. I try to plan ahead for publication week.'),
    C("supervision thought: when clients bring religious doubt, I stay curious and don't push. my own Catholic upbringing makes me want to reassure, so I notice that and step back."),
    C("Does the group have views on weighing clients in ED work? CBT-E uses open weighing, MANTRA is looser. With men, I've had more dropouts around weighing than with women."),
    C("climate anxiety groups: the Climate Psychology Alliance has a handbook, and Extinction Rebellion's Wellbeing team runs regenerative culture circles. some clients come from protests with real trauma after arrests."),
    C('a note on language: I\'ve stopped writing "committed suicide" in letters, per the Samaritans media guidelines and the APA style guide. small thing, but families notice.'),
    C('ok this is niche, but does anyone do therapy in Makaton or with Widgit symbols? I have a learning-disabled client in a supported living service who uses both. the SLT is on leave until March.'),
    C('for musicians with tinnitus: the British Tinnitus Association and Tinnitus UK have CBT self-help, and Action on Hearing Loss (now RNID) has a helpline. Tinnitus Retraining Therapy is mixed evidence.'),
    C('Question about recording sessions for supervision in the US: HIPAA allows it with consent, but some Medicaid plans want it stated in the informed consent form. Does the APA Trust have a template?'),
    C('Interpreting ethics: I never use family members to interpret, per the NHS England guidance and the Royal College of Psychiatrists. But in crisis, with no Language Line available, what do you do?'),
    C("we're starting a reading circle on Frantz Fanon's The Wretched of the Earth and bell hooks' All About Love. Fortnightly, Sunday evenings, online. Everyone welcome."),
    C('for clinicians treating gambling in Canada: the CAMH Problem Gambling Institute and ConnexOntario are good, and Responsible Gambling Council resources too. Loto-Québec funds some treatment in Quebec.'),
    C('not sure where to post this, but the new Ofsted framework mentions therapeutic support for children in care, and several Local Authorities are cutting it anyway. angry and tired.'),
    C('Another thought on stammering: the Lidcombe Program is for under 6s, so for teens I use the Camperdown or just ACT. The McGuire Programme is popular but controversial. Thoughts?'),
    C("I'm drowning in letters for PIP assessments this month. The DWP forms ask the same thing six ways. anyone have a template paragraph for functional impact of PTSD?"),
    C('Does anyone have a good Spanish-language version of the PCL-5? The VA has one, but clients from Mexico and Colombia find the wording odd. Same for the Portuguese one with Brazilian clients.'),
    C("hi, first post. I'm an occupational therapist in a care home setting, doing a Postgraduate Diploma in CBT. Any advice on supervision for someone straddling OT and therapy?"),
    C('for kinship carers: Kinship (formerly Grandparents Plus) runs peer support groups, and the Family Rights Group has a helpline. Grandparents raising grandchildren after addiction deaths are so under-supported.'),
    C('question for the aviation people: if a pilot client discloses suicidal thoughts, what are the reporting rules under the EASA Part-MED? I know the FAA rules but not the European ones.'),
    C("I just finished the Sensorimotor Psychotherapy Level 1 training. Pat Ogden's Trauma and the Body is dense but worth it. Keen to hear from anyone using it with dancers or athletes."),
    C('for nursing home residents with depression, the Geriatric Depression Scale and the Cornell Scale for Depression in Dementia are my staples. mirtazapine at 15mg is common, but the HTA-SADD trial found no benefit over placebo. Discuss?'),
    C("Quick survey for the Military Spouse SIG: do you use the PCL-5, the DASS-21 or the K10? The Department of Veterans Affairs prefers the PCL-5, but Open Arms in Australia uses the K10. We're trying to harmonise."),
    C("re organ donation: the Human Tissue Authority requires an Independent Assessor for living donors, and the British Transplantation Society's guidelines say psychosocial assessment is mandatory. Who here does them for the NHS?"),
    C('for perinatal loss in Jewish families, the Chevra Kadisha and Jewish Bereavement Counselling Service understand the rituals. Muslim families may want the Gardens of Peace cemetery team involved. useful to know before Shiva or Janazah.'),
    C("Is anyone using the Trauma Resiliency Model or the Community Resiliency Model with farmers? Elaine Miller-Karas's book is accessible, and the CRM app (iChill) is free on iOS and Android."),
    C('Esports and anxiety: I\'ve had good results with ACT and Russ Harris\'s ACT Made Simple, plus sleep work from Colleen Carney\'s Quiet Your Mind and Get to Sleep. Gamers respond to the "values as a build" metaphor.'),
    C("ballet dancers and perfectionism: Paul Hewitt and Gordon Flett's Perfectionism book and the Frost Multidimensional Perfectionism Scale are my starting points. Tracey Wade's CBT for perfectionism trial in Australia is promising."),
    C('For clergy in the Church of Scotland, the Ministries Council has a confidential counselling service through Validium. Baptist ministers can ask their regional association. Anglicans go through their Diocese.'),
    C('re deafness and mental health: the Deaf version of the PHQ-9 in ASL, validated at Gallaudet University, and the BSL version by Rogers and colleagues at Manchester. both free to download.'),
    C('bariatric and alcohol: the LABS-2 study found AUD increases after Roux-en-Y gastric bypass. I now give every patient the AUDIT-C at 12 and 24 months. any BOMSS guidance on this from the UK side?'),
    C('Kidney Research UK and the National Kidney Federation both fund peer support. For depression on dialysis, the ASCEND trial compared sertraline with CBT. Any renal psychologists want to start a journal club in April?'),
    C("EMDR for men with eating disorders - has anyone tried the Shapiro protocol with a flash-forward target, or the DeTUR model from Popky? I'm thinking about body-image triggers at the gym."),
    C("I finally read Robin Wall Kimmerer's Braiding Sweetgrass on the advice of a climate-anxious client. Lovely. Also Per Espen Stoknes's What We Think About When We Try Not to Think About Global Warming."),
    C('Supervision for therapists working in prisons: HMPPS offers very little. The Forensic Psychotherapy Society and the IAFP both run reflective groups. Any Scottish Prison Service people here?'),
    C("academia: Tara Brabazon's YouTube videos for PhD students are surprisingly therapeutic, and Inger Mewburn's The Thesis Whisperer blog. I recommend both alongside Kristin Neff for self-criticism."),
    C("For musicians' performance anxiety, Dianna Kenny's Psychology of Music Performance Anxiety (Oxford University Press) is the definitive text. She developed the K-MPAI too. Anyone used it with singers?"),
    C('re interpreter wellbeing, the Conference Interpreting Service and AIIC both have guides, and the UN Office at Geneva ran a survey on vicarious trauma among interpreters. Sad reading but important.'),
    C('sex work and the law differs hugely: New Zealand decriminalised in 2003, Sweden and Ireland use the Nordic model, and Nevada licenses brothels. Our ethics training rarely covers this. Worth a session at the next CPD day?'),
    C("polyamory and attachment: I like Sue Johnson's EFT for triads, adapted carefully, and the Poly Counseling Network in the US. The BACP's GSRD guidance mentions consensual non-monogamy now."),
    C("adoption reunion via DNA testing: Ancestry and 23andMe are causing surprise reunions. Betty Jean Lifton's Journey of the Adopted Self is still the classic. Clients often arrive a week after a match, in shock."),
    C("cult recovery and faith: Daniel Shaw's Traumatic Narcissism covers the leader's psychology. the Family Survival Trust in the UK and the ICSA in the US support families. I'd add the Open Minds Foundation."),
]

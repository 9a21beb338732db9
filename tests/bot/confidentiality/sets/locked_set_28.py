"""TWENTY-EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 28), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_27.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_27.py only (printed up to its
closing triple quote, for the format description, the provenance wording
and the labelling conventions; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (it is spent; those lines
are its docstring) and its last three lines (two snippets, for the file
format; none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of that
file), the [tool.ruff] section of pyproject.toml, and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  The only test run was test_locked_sets.py.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a therapists'
consultation group - about two thirds everyday private practice in the US,
UK, Canada, Australia, Ireland and Aotearoa New Zealand, about one third
international colleagues and clients (Nigeria, Ghana, Kenya, Ethiopia,
South Africa, India, Japan, the Philippines, Oman, Afghanistan, Russia,
Norway, Germany, the Netherlands, Poland, Czechia, Serbia, France,
Portugal, Tonga, Samoa, Mexico, Argentina and Chile, a Lakota reservation
town, and migrants from them): formal referral notes, rushed lower-case
chat, typos and self-corrections, quoted speech, abbreviations, one-liners
and longer posts.  Nothing was composed by a script: the author wrote the
snippets in plain text files outside the repository with the planted spans
marked inline, and a script (also kept outside the repository) only
stripped the marks into the expected lists, checked lengths, token
boundaries and duplicate spans, and wrote this file.  Before any overlap
check, cities, counties and regions that had been written outside spans
(eight of them, posters' and clients') were reworded away, one was made
part of a labelled place, an unlabelled age over 89 was reworded, and
titles (Dr, Mr, Uncle, SSgt, Lieutenant) were moved outside the name
spans.  Overlap with the other sets was
resolved by renaming only this set's planted values, with a filter that
imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only; 61 values were renamed that
way in three rounds (39, 14 and 8): 33 ages over 89 (the short forms had
all been used; the final forms are longer phrasings), 9 names (made
double-barrelled or given a surname), 9 places (real suburbs and a real
hospital replaced by invented ones) and 10 numbers (a date, a fax, an IP
address twice, a SIN, an NHS number, a BSB, an IBAN and two ZIP/postcodes).
One further age was reworded for a cleaner span.  A read-through of the
capitalised words outside spans in the identifier snippets found no
remaining person or place.

Settings (chosen to differ from set 27's): perinatal and postnatal
depression, postpartum psychosis and perinatal OCD, miscarriage,
stillbirth and pregnancy loss, IVF and fertility counselling, gambling
disorder and debt, gaming disorder, early intervention in psychosis,
bipolar disorder and IPSRT, farmers and rural isolation, herd loss and
drought, pilots losing their medical, nurses, inquests and professional
registration, hoarding and council evictions, musicians and tinnitus,
cult exit, very old age (driving, elder financial abuse, coming out in a
care home, interpreters, life review, stopping insulin, dementia shame),
stammering, insomnia and CBT-I, Deaf and deafened clients, amputation in
veterans, epilepsy and VNS, diabulimia, cochlear implants, AAC, power
chairs, curfew tags, carjackings of ride-share drivers, lorry and bus
crashes, stalking and tech abuse, adoption reunion, priests and nuns
leaving religious life, LGBTQ+ clients abroad, DV and pets, fundraisers,
blogs, podcasts, review sites and TikTok, portal log-ins and ransomware,
misdirected faxes and letters, benefits and disability letters (SSA, PIP,
NDIS), EAP, student loans, workers' compensation and victim compensation,
licence lapses and board complaints; with local identifier formats for US
social security numbers and an ITIN, a Canadian SIN, UK National Insurance
numbers, an Irish PPS number, an Australian tax file number and a South
African ID number (ssn), hospital, NHS, NHI, URN, UHID, chart, clinic and
patient-ID numbers and MRNs (medical_record), Medicare, Aetna, OHIP, NDIS,
Bupa, Medicaid, Blue Cross, Southern Cross, VHI, Tricare, Medi-Cal CIN and
Manulife numbers (health_plan), sort-code, BSB, IBAN, ACC, EAP, court case,
student-loan, student, workers' comp, victim compensation, insurance claim
and cheque numbers (account), LPC, LMFT, CORU, HCPC, AHPRA, CRPO, BACP,
Washington, NMC, NISCC, California psychology and driving instructor
licences (licence), UK, New Zealand, Californian, Irish, Ontario,
Victorian, Dutch and South African plates, a ride-share plate and a taxi
plate (vehicle), a CGM, an insulin pump, a cochlear implant, a hearing
aid, a curfew tag, a pacemaker, a Fitbit, a prosthetic knee, a CPAP
machine, a VNS, an AAC tablet and a power chair (device), addresses
written the local way (flats, units, suites, a house name, a PO box, an
Indian cross-and-block address) with US ZIP codes, UK and Irish
(Eircode) postcodes, Canadian, Australian, New Zealand, Indian and French
postal codes, IPv4 (public, private and CGNAT) and IPv6 addresses,
shortened and full URLs, and phone and fax numbers in local and
international formats.

331 snippets, 195 with identifiers and 136 clean (lengths 110-267
characters).  Every pattern category appears at least 12 times (the test
requires 12): date 13, age_over_89 13, phone 13, fax 12, email 13, url 12,
ip_address 12, ssn 12, medical_record 12, health_plan 12, account 13,
licence 12, vehicle 12, device 12, street_address 12, zip_code 18; with
196 names and 197 places smaller than a state (the test requires 196 and
197).
Names: Irish and Irish-language, English, Scottish, Welsh, Cornish,
American, African American, Lakota-style, Québécois, Māori, Tongan,
Samoan, Aboriginal Australian, Yoruba, Igbo, Akan, Kikuyu, Luo, Zulu,
Sotho, Ethiopian, Afghan, Omani, Tamil, Malayalam,
Filipino, Japanese, Chinese-English, Russian, Polish, Czech, Serbian,
German, Dutch, Norwegian, Swedish, Danish, Italian, Portuguese, French,
Mexican, Argentinian and Chilean names; lower-case chat names, a nickname
in quotes inside a full name, initials, a first name alone,
hyphenated and multi-part names, couples named together, names before a
possessive, and titles outside spans.
Places: towns, villages, suburbs, neighbourhoods, estates, stages and
blocks, a colonia, a reservation crossing, schools, halls of residence, a
convent, a parish church, hospitals, wards, annexes, a mother-and-baby
unit, a sleep lab, clinics, surgeries and health centres, a hospice area,
care homes and a nursing home, a military garrison and a fort, an
aerodrome, a quarry, a lookout, a retail park, a music venue, a driving
school, a community hub and a children's centre, invented towns and
facilities, lower-case towns, and places after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names with doses, scales and tests, therapy models and their
founders, cited authors and books (with and without "by", possessives,
parentheses, years), diagnoses, weekdays, months and seasons (never a
person's date), measurements, professional bodies, regulators, charities,
insurers and payers, billing codes, EHR, telehealth and wellbeing apps,
trainings and conferences (a few named in cities: the poster's conference
or training, never a client's location), states, provinces and
countries, holidays and observances, nationalities, religions and
languages, sentence-initial words, and common words that are also names
(Circle of Security, Tree of Life, Happiness Trap, Blue Cross, Good Grief
Trust) used in a non-name way.  Nothing in a clean snippet identifies a
client.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1238 in the 136 clean snippets, a mean of 9.1 per clean snippet
(median 9, minimum 4, maximum 16); counting only words with
at least one lower-case letter (no all-capitals acronyms such as CBT or
PHQ-9) the mean is 7.9.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real towns, districts and villages are used only as places; the
other named clinics, care homes, workplaces and settlements are invented.
Real public figures, authors and therapy founders appear only in clean
snippets, as the authors of models and books, and are not labelled.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    return EvalCase(text, list(expected))


LOCKED28_CASES: list[EvalCase] = [
    # --- with identifiers ---
    C('Referral: Keziah Ondrejka, 34, postnatal depression after an emergency section at Harrowgate Vale Maternity on 16 February 2025. EPDS 19 at her six-week check. Any perinatal colleagues with space in the evenings?', ('name', 'Keziah Ondrejka'), ('place', 'Harrowgate Vale Maternity'), ('date', '16 February 2025')),
    C('quick one - client ruairi mcelhinney says his gambling started the night of 3rd of June 2023 when he won big at the bookies in Drumshanbo Cross. now 40k in debt. anyone done GamCare-style work alongside CBT?', ('name', 'ruairi mcelhinney'), ('date', '3rd of June 2023'), ('place', 'Drumshanbo Cross')),
    C("Couple I'm seeing, Tamati Herewini-Blake and Inès Carvalho-Blake, lost a pregnancy at 19 weeks; the anniversary is 9/11/2024 and they want a session that day at my rooms in Kaiwhenua Heights. Thoughts on ritual in grief work?", ('name', 'Tamati Herewini-Blake'), ('name', 'Inès Carvalho-Blake'), ('date', '9/11/2024'), ('place', 'Kaiwhenua Heights')),
    C("Need a second opinion. Priyamvada Sethuraman was discharged from the early intervention team at Lakemoor Psychosis Service on Jan 27, 2025 and nobody told her GP. She's asking me to coordinate - is that within scope for a private therapist?", ('name', 'Priyamvada Sethuraman'), ('place', 'Lakemoor Psychosis Service'), ('date', 'Jan 27, 2025')),
    C("farmer client, Wendell Pruszynski, lost the whole herd to TB testing on 2024-08-19. lives out past Copperhollow Flats, won't come into town. any rural folk doing phone sessions for this kind of thing?", ('name', 'Wendell Pruszynski'), ('date', '2024-08-19'), ('place', 'Copperhollow Flats')),
    C('Supervision question: my client Yusra Al-Kindi wants a letter for the tribunal confirming she attended every Tuesday from 5 March 2024 onwards at the Wynstan Street Practice. Can I confirm attendance without a diagnosis in it?', ('name', 'Yusra Al-Kindi'), ('date', '5 March 2024'), ('place', 'the Wynstan Street Practice')),
    C("IVF failed again for Clodagh Fennessy-Ward, fourth round, transfer was on the 22nd of October at Beaconfield Fertility Clinic. she's furious and flat in turns. recommendations for fertility counselling reading?", ('name', 'Clodagh Fennessy-Ward'), ('date', 'the 22nd of October'), ('place', 'Beaconfield Fertility Clinic')),
    C('Client Oluwaseun Adebanjo-Price (pilot, grounded) lost his medical on Nov. 4th, 2024 after disclosing panic attacks to the AME at Stanwick Aerodrome. he feels punished for honesty. anyone worked with aviation regs and anxiety?', ('name', 'Oluwaseun Adebanjo-Price'), ('date', 'Nov. 4th, 2024'), ('place', 'Stanwick Aerodrome')),
    C("My nurse client Ligaya Dumaguete had the incident at St Ultan's Ward 7B on 17.09.2024 - a patient died on her shift and the coroner's inquest is pending. She wants to know if our notes can be subpoenaed. UK context.", ('name', 'Ligaya Dumaguete'), ('place', "St Ultan's Ward 7B"), ('date', '17.09.2024')),
    C("Hoarding case: Bartholomew Quennell, the council gave him until 31 January 2026 to clear the house in Little Pettingham or face eviction. He's pleading for us to write to them. How do people balance advocacy and therapy?", ('name', 'Bartholomew Quennell'), ('date', '31 January 2026'), ('place', 'Little Pettingham')),
    C('Musician client, Saoirse Ní Fhloinn-Breathnach, tinnitus got much worse after the gig at the Crane Lane Vaults on Saturday 12 April 2025. ENT says nothing to do. Any CBT for tinnitus people here?', ('name', 'Saoirse Ní Fhloinn-Breathnach'), ('place', 'the Crane Lane Vaults'), ('date', 'Saturday 12 April 2025')),
    C('hey all, Dmitri Volkonsky-Ruiz (former cult member) wants to mark the day he left the compound near Sierra Pinta Ranch - July 8 2019 - as a second birthday. lovely idea but triggers his family. how would you handle it?', ('name', 'Dmitri Volkonsky-Ruiz'), ('place', 'Sierra Pinta Ranch'), ('date', 'July 8 2019')),
    C("Grandmother client, Euphemia Strachan, is ninety-three and three months and still driving to her sessions from Kilbarchan Mains. Her son wants me to tell the DVLA. I'm not sure that's my role - UK colleagues?", ('name', 'Euphemia Strachan'), ('age_over_89', 'ninety-three and three months'), ('place', 'Kilbarchan Mains')),
    C('Referral for elder abuse concerns: Mr Ignatius Mbeki-Ofori is 96 and three months, lives with a nephew in Eastbury Fold, and told me the nephew takes his pension. Safeguarding route in Ontario?', ('name', 'Ignatius Mbeki-Ofori'), ('age_over_89', '96 and three months'), ('place', 'Eastbury Fold')),
    C('new client - Rosalind Penhaligon, aged 91 and a half, widowed in the spring, referred from Treloweth Surgery. sharp as a tack, wants to talk about her first husband not the second. any good life review frameworks?', ('name', 'Rosalind Penhaligon'), ('age_over_89', 'aged 91 and a half'), ('place', 'Treloweth Surgery')),
    C("Hamidullah Qaderi-Nazari's ninety-second birthday is next week and his daughters in Northmead Gardens are planning a big party; he's terrified of the crowd since the stroke. ideas for a graded approach that respects his pace?", ('name', 'Hamidullah Qaderi-Nazari'), ('age_over_89', 'ninety-second birthday'), ('place', 'Northmead Gardens')),
    C('Consult: LGBTQ+ elder, Cornelius "Neil" Abernathy-Shaw, 94 yrs and 2 months, came out last year at his care home, Willowmere Lodge. Staff are awkward. Would anyone be up for a joint training?', ('name', 'Cornelius "Neil" Abernathy-Shaw'), ('age_over_89', '94 yrs and 2 months'), ('place', 'Willowmere Lodge')),
    C('hi, my client Benedita Rocha is ninety-seven and a quarter and speaks only Portuguese; interpreter from the Vila Nova Community Hub is booked but unreliable. anyone know good practice for grief work via interpreter with very old clients?', ('name', 'Benedita Rocha'), ('age_over_89', 'ninety-seven and a quarter'), ('place', 'the Vila Nova Community Hub')),
    C("Referral: Agnieszka Wróblewska-Dunne, aged 90 and a bit, hoarding and loneliness, lives alone above the old chemist in Ballykinlar Street... sorry, that's the area of Castlewellan Row. Anyone local?", ('name', 'Agnieszka Wróblewska-Dunne'), ('age_over_89', 'aged 90 and a bit'), ('place', 'Ballykinlar Street'), ('place', 'Castlewellan Row')),
    C('Uncle Tevita Fakatava is 95 and eleven months and the family in Ōtara East want him to do grief counselling after Aunty passed; he says he just wants to fish. am I pathologising? Pasifika colleagues please', ('name', 'Tevita Fakatava'), ('age_over_89', '95 and eleven months'), ('place', 'Ōtara East')),
    C('Wrapping up with Lorcan Heffernan, 98 and three-quarters, at Brookvale Nursing Home. He asked if he can write me a letter for after he dies. Has anyone accepted something like that?', ('name', 'Lorcan Heffernan'), ('age_over_89', '98 and three-quarters'), ('place', 'Brookvale Nursing Home')),
    C('Ugh, the hospice in Crossgar Meadows referred Philippa Stanbridge-Hale (92 yrs and change) for "anxiety about dying" but she\'s actually worried about her cat. practical problem first?', ('place', 'Crossgar Meadows'), ('name', 'Philippa Stanbridge-Hale'), ('age_over_89', '92 yrs and change')),
    C("Hi team - Kwabena Osei-Tutu is 93 and four months, a retired headmaster, in respite at Kingsworth Grange. Mild dementia, big shame about forgetting. Any CST or reminiscence resources you'd recommend?", ('name', 'Kwabena Osei-Tutu'), ('age_over_89', '93 and four months'), ('place', 'Kingsworth Grange')),
    C("Zuleikha Haqqani, 90-yr-old widow in Fenwick Hollow, wants to stop her insulin and her GP is alarmed. she's not depressed, just tired. ethical thoughts on capacity vs risk?", ('name', 'Zuleikha Haqqani'), ('age_over_89', '90-yr-old'), ('place', 'Fenwick Hollow')),
    C("If anyone can take Fionnuala Garvey - gambling relapse, lives in Tullyvarra - she said I could share her mobile, 087 614 2293, for a direct intro. She'd prefer a woman, evenings.", ('name', 'Fionnuala Garvey'), ('place', 'Tullyvarra'), ('phone', '087 614 2293')),
    C('client Jarrah Mulhall from Wattle Creek Downs keeps ringing me at home on (07) 4123 8876 - how did he get my landline?? rural practice, everyone knows everyone. boundary advice pls', ('name', 'Jarrah Mulhall'), ('place', 'Wattle Creek Downs'), ('phone', '(07) 4123 8876')),
    C("Urgent: Marguerite Lapointe-Ouellet left a voicemail from +1 514 832 0917 saying she's at the bridge in Saint-Aubert-des-Prés. Police called. Debrief later - just shaking now.", ('name', 'Marguerite Lapointe-Ouellet'), ('phone', '+1 514 832 0917'), ('place', 'Saint-Aubert-des-Prés')),
    C("Referring Tobiah Weintraub for CBT-I; sleep clinic at Mount Carmel Sleep Centre says call the coordinator on (617) 555-0148 ext 22. He's a shift-working paramedic so mornings only.", ('name', 'Tobiah Weintraub'), ('place', 'Mount Carmel Sleep Centre'), ('phone', '(617) 555-0148')),
    C("gaming disorder, 19yo, kofi asante-bellamy, parents in Harlow Mead want him out of his room. mum's number is 07700 938 114 if anyone nearby has capacity. he's agreed to one chat", ('name', 'kofi asante-bellamy'), ('place', 'Harlow Mead'), ('phone', '07700 938 114')),
    C("Hi all, a colleague in Takapuna West - Hinemoa Tipene - is setting up a perinatal peer group. Her work cell is 021 448 7730. She asked me to share, it's free for mums under 12 months postpartum.", ('place', 'Takapuna West'), ('name', 'Hinemoa Tipene'), ('phone', '021 448 7730')),
    C('My client Gustavo Ibarra-Lemos in Colonia Las Brisas texts me from +52 33 1987 4410 at 3am with long messages about his divorce. WhatsApp boundaries for international clients?', ('name', 'Gustavo Ibarra-Lemos'), ('place', 'Colonia Las Brisas'), ('phone', '+52 33 1987 4410')),
    C('Does anyone know the stammering therapist Dr Wilhelmina Achterberg? The number I have, 020 7946 3381, rings out. My client in Lower Hamworth is keen.', ('name', 'Wilhelmina Achterberg'), ('phone', '020 7946 3381'), ('place', 'Lower Hamworth')),
    C("Please call Nnamdi Okafor-Reyes back on (403) 555 2719 - he's the father of the teen I'm seeing in Silverthorn Ridge, wants an update I can't give without consent. Script suggestions?", ('name', 'Nnamdi Okafor-Reyes'), ('phone', '(403) 555 2719'), ('place', 'Silverthorn Ridge')),
    C("fyi the crisis number for the farmers' group in Glenbrae is 1800 457 223, run by Ailsa McCorquodale. a few of you asked last week", ('place', 'Glenbrae'), ('phone', '1800 457 223'), ('name', 'Ailsa McCorquodale')),
    C('Client Sunniva Haraldsen moved back to Kvitfjell Bygd and wants to continue by phone on +47 912 44 583. Norwegian licensure - do I need anything to keep seeing her?', ('name', 'Sunniva Haraldsen'), ('place', 'Kvitfjell Bygd'), ('phone', '+47 912 44 583')),
    C("Desmond Ugwu-Hartley gave his sister's number 0412 907 336 as emergency contact but she lives in Kalgoorlie Rise and he lives two hours away. Is it worth asking for someone closer?", ('name', 'Desmond Ugwu-Hartley'), ('phone', '0412 907 336'), ('place', 'Kalgoorlie Rise')),
    C("The GP at Ashcombe Medical Centre wants my report on Leontyne Amadi faxed, not emailed - fax 01632 960 447. It's 2025, who still has a fax?", ('place', 'Ashcombe Medical Centre'), ('name', 'Leontyne Amadi'), ('fax', '01632 960 447')),
    C('Sending the discharge summary for Cathal Brennock to the psychiatrist at Ardnagreevagh House; their fax is (091) 558 214. Anyone had faxes go astray with them before?', ('name', 'Cathal Brennock'), ('place', 'Ardnagreevagh House'), ('fax', '(091) 558 214')),
    C("Misdirected fax - report on Temperance Oyelaran went to (212) 555-0147 instead of the clinic in Brightwater Landing. Whose breach is it, mine or the recipient's?", ('name', 'Temperance Oyelaran'), ('fax', '(212) 555-0147'), ('place', 'Brightwater Landing')),
    C('pls double-check: insurer wants records for Matías Quiroga faxed to 1-888-555-0176, clinic is in Pinecrest Hollow. sounds legit? feels phishy', ('name', 'Matías Quiroga'), ('fax', '1-888-555-0176'), ('place', 'Pinecrest Hollow')),
    C("Our practice in Wexcombe Parva just got a fax meant for Beatrix Omondi-Lang's oncologist - +44 1632 960 882 was the sender. Do I return it or shred?", ('place', 'Wexcombe Parva'), ('name', 'Beatrix Omondi-Lang'), ('fax', '+44 1632 960 882')),
    C("Takumi Hasegawa-Brent asked his EAP to fax my notes to his new therapist in Maple Bluff Junction at (608) 555-0122. I'd rather send a summary. norms?", ('name', 'Takumi Hasegawa-Brent'), ('place', 'Maple Bluff Junction'), ('fax', '(608) 555-0122')),
    C("Fax from the court about Imelda Faulkner-Roe came through on our old line 03 9555 0164 at the Brunswick Vale rooms. I don't even work Tuesdays there. How are people handling legacy fax numbers?", ('name', 'Imelda Faulkner-Roe'), ('fax', '03 9555 0164'), ('place', 'Brunswick Vale')),
    C('Referral form says return by fax to (02) 9555 0137, attention Kirra Whitlock, at Coogee Heights Community Health. Will they take an encrypted email instead?', ('fax', '(02) 9555 0137'), ('name', 'Kirra Whitlock'), ('place', 'Coogee Heights Community Health')),
    C("Ebenezer Mensah-Cole's GP faxed a referral to 0161 496 0729 - which is my old practice in Cheadle Bank. They forwarded it but a week late. he's in crisis now. sigh.", ('name', 'Ebenezer Mensah-Cole'), ('fax', '0161 496 0729'), ('place', 'Cheadle Bank')),
    C('Tribunal panel wants a signed letter re Ottoline Farquharson faxed to 028 9555 0381. Client lives in Ballyhornan Glen. Should I cc her?', ('name', 'Ottoline Farquharson'), ('fax', '028 9555 0381'), ('place', 'Ballyhornan Glen')),
    C("Quick q: psych at the Riverside Annex faxed me Ngaio Whitcombe's med list from 09 555 0173 but half the page is black. is it ok to ring and ask them to read it out?", ('place', 'the Riverside Annex'), ('name', 'Ngaio Whitcombe'), ('fax', '09 555 0173')),
    C('Old fax cover sheet from (416) 555-0188 still lists Pavlina Horáková as our contact at Cabbagetown Mews Clinic. She left in 2022. Is that a problem?', ('fax', '(416) 555-0188'), ('name', 'Pavlina Horáková'), ('place', 'Cabbagetown Mews Clinic')),
    C("Rhiannon Pugh-Evans from Llanfair Ddu emailed me from rhi.pughevans84@gmail.com asking if I'd see her whole family. Family therapy isn't my thing - referrals in Wales?", ('name', 'Rhiannon Pugh-Evans'), ('place', 'Llanfair Ddu'), ('email', 'rhi.pughevans84@gmail.com')),
    C("Can someone reach out to Alejandro Bustamante at a.bustamante@corvidlaw.mx? He's a lawyer in San Telmo Viejo looking for an English-speaking therapist for his son.", ('name', 'Alejandro Bustamante'), ('email', 'a.bustamante@corvidlaw.mx'), ('place', 'San Telmo Viejo')),
    C("fwd'ing an inquiry from Ngozi Chukwuemeka-Hale - ngozi.ch.hale@outlook.co.uk - perinatal anxiety, lives in Beckenham Rise. I'm full till spring", ('name', 'Ngozi Chukwuemeka-Hale'), ('email', 'ngozi.ch.hale@outlook.co.uk'), ('place', 'Beckenham Rise')),
    C("My client Leif Ostergaard set up leif.farmerhelp@protonmail.com to talk to other farmers in Grønnedal Vest about suicide. Should I worry about him becoming everyone's helper?", ('name', 'Leif Ostergaard'), ('email', 'leif.farmerhelp@protonmail.com'), ('place', 'Grønnedal Vest')),
    C("Mairéad Ó Súilleabháin wrote to my work inbox from mosuilleabhain@ulsterwell.ie asking for her records. she's in Bunbeg Strand. SAR timelines in Ireland?", ('name', 'Mairéad Ó Súilleabháin'), ('email', 'mosuilleabhain@ulsterwell.ie'), ('place', 'Bunbeg Strand')),
    C("client's ex keeps emailing ME - Carlton Ashby-Fyfe, c.ashbyfyfe@hotmail.com. they live in Harbourside Crescent estate. block? reply once? ugh", ('name', 'Carlton Ashby-Fyfe'), ('email', 'c.ashbyfyfe@hotmail.com'), ('place', 'Harbourside Crescent')),
    C('Referral from Dr Anjali Raghunathan (anjali.r@prakritiminds.in) for a family from Bengaluru Whitefield who are moving to Wolverton Park. Son has selective mutism. Any UK SLT-linked therapists?', ('name', 'Anjali Raghunathan'), ('email', 'anjali.r@prakritiminds.in'), ('place', 'Bengaluru Whitefield'), ('place', 'Wolverton Park')),
    C('Hi all - Solomon Tesfaye at Addis Hope Clinic is collecting case studies on refugee resettlement; contact stesfaye.research@addishope.org if interested. Ethics approval is in place.', ('name', 'Solomon Tesfaye'), ('place', 'Addis Hope Clinic'), ('email', 'stesfaye.research@addishope.org')),
    C('Bronwen Haverford sent her journal as an attachment to bhaverford.writes@icloud.com... which is apparently her shared family account in Marsden Ferry. risk?', ('name', 'Bronwen Haverford'), ('email', 'bhaverford.writes@icloud.com'), ('place', 'Marsden Ferry')),
    C("I'm trying to reach Tomasz Zieliński about a joint case; he's at Gdańsk Oliwa Counselling Rooms and his email is t.zielinski@oliwaterapia.pl. No reply for a month. Anyone know him?", ('name', 'Tomasz Zieliński'), ('place', 'Gdańsk Oliwa Counselling Rooms'), ('email', 't.zielinski@oliwaterapia.pl')),
    C('New inquiry: Dakota Yellowhorse, dakota.yh@tribalhealthmail.org, lives near Eagle Butte Crossing and wants someone who understands boarding school trauma. Indigenous colleagues?', ('name', 'Dakota Yellowhorse'), ('email', 'dakota.yh@tribalhealthmail.org'), ('place', 'Eagle Butte Crossing')),
    C("Precious Dlamini-Shabalala asked me to send the worksheet to precious.dlamini99@yahoo.co.za - she's in Umlazi Section K and data is expensive. Any lighter formats you use?", ('name', 'Precious Dlamini-Shabalala'), ('email', 'precious.dlamini99@yahoo.co.za'), ('place', 'Umlazi Section K')),
    C("Ottilie Marchbanks started a blog about her IVF journey at https://ottiliewaits.wordpress.com and mentions our sessions in Chorlton Vale. She hasn't named me but it's close. Do I say anything?", ('name', 'Ottilie Marchbanks'), ('url', 'https://ottiliewaits.wordpress.com'), ('place', 'Chorlton Vale')),
    C("client benji oyelowo posted his gambling relapse on reddit.com/u/benjibets_ldn - he's from Thamesmead North and wants me to read it. I'm uneasy about reading clients' socials.", ('name', 'benji oyelowo'), ('url', 'reddit.com/u/benjibets_ldn'), ('place', 'Thamesmead North')),
    C("Our local parent group in Riverbend Terrace shared a GoFundMe for Hollis Trevanion's stillbirth memorial: https://gofund.me/9c2a71fe. It names me as her therapist. Ask to remove?", ('place', 'Riverbend Terrace'), ('name', 'Hollis Trevanion'), ('url', 'https://gofund.me/9c2a71fe')),
    C("Aurelio Santangelo reviewed me on www.ratemytherapist.co.uk/reviews/84412 and disclosed his diagnosis in the review. practice in Sandybrook. can I reply without confirming he's a client??", ('name', 'Aurelio Santangelo'), ('url', 'www.ratemytherapist.co.uk/reviews/84412'), ('place', 'Sandybrook')),
    C('Heads up - a former client, Wairimu Kamau-Jensen, has a podcast at https://anchor.fm/wairimu-unfiltered where she discusses our work at the Karen Road Clinic. Fine legally? Feels odd.', ('name', 'Wairimu Kamau-Jensen'), ('url', 'https://anchor.fm/wairimu-unfiltered'), ('place', 'the Karen Road Clinic')),
    C("Finnegan Doolally's mum sent me tiktok.com/@finnthegamer22 and says this shows he's addicted to gaming. He's 14 and lives in Knocknacarra Park. Do I look at it in session with him?", ('name', 'Finnegan Doolally'), ('url', 'tiktok.com/@finnthegamer22'), ('place', 'Knocknacarra Park')),
    C('Hi, the adoption reunion group in Tawa Springs is listed at https://reunionkin.nz/tawa and run by Moana Rangihuna. Has anyone referred there? Mixed reviews.', ('place', 'Tawa Springs'), ('url', 'https://reunionkin.nz/tawa'), ('name', 'Moana Rangihuna')),
    C("Kasimir Lindqvist set up a fundraiser https://www.justgiving.com/page/kasimir-climbs4mind for his brother who died by suicide near Stenhouse Quarry. He wants me to share it. I won't, but how to say no kindly?", ('name', 'Kasimir Lindqvist'), ('url', 'https://www.justgiving.com/page/kasimir-climbs4mind'), ('place', 'Stenhouse Quarry')),
    C('Telehealth link for Adaeze Nwosu-Pryce (https://doxy.me/drhalloranrooms) got shared in her family WhatsApp in Gbagada Phase 2. Do I need a new room link?', ('name', 'Adaeze Nwosu-Pryce'), ('url', 'https://doxy.me/drhalloranrooms'), ('place', 'Gbagada Phase 2')),
    C("Lachlan Bairstow emailed me a link to his self-published memoir bit.ly/LachyFloodYear about the flood in Gundagai Flats. There's a whole chapter about therapy. Thoughts?", ('name', 'Lachlan Bairstow'), ('url', 'bit.ly/LachyFloodYear'), ('place', 'Gundagai Flats')),
    C("client's sister made a facebook page facebook.com/JusticeForMarlow about Marlow Pettigrew's case against the hospital in Eastleigh Common. client horrified. any advice on takedowns?", ('url', 'facebook.com/JusticeForMarlow'), ('name', 'Marlow Pettigrew'), ('place', 'Eastleigh Common')),
    C('Resource from Dr Sabine Kowalczyk: https://perinatal-peers.de/ressourcen - but it lists her private clinic in Prenzlauer Hof. Should I share with German-speaking clients?', ('name', 'Sabine Kowalczyk'), ('url', 'https://perinatal-peers.de/ressourcen'), ('place', 'Prenzlauer Hof')),
    C("Weird one: Idris Fairweather says someone logged into his patient portal from 81.174.203.66 while he was in Horsforth Grange. He's convinced it's his ex. How do we document this?", ('name', 'Idris Fairweather'), ('ip_address', '81.174.203.66'), ('place', 'Horsforth Grange')),
    C("the telehealth platform flagged a login for Caoimhe Devaney's account from 203.11.76.219. she's in Ballinteer Woods and says it wasn't her. who do I report to?", ('name', 'Caoimhe Devaney'), ('ip_address', '203.11.76.219'), ('place', 'Ballinteer Woods')),
    C('IT says my session with Hemi Paraone was recorded by a device at 192.168.14.207 on the client\'s home network in Ōpōtiki Flats. He says his nephew was "testing". Next step?', ('name', 'Hemi Paraone'), ('ip_address', '192.168.14.207'), ('place', 'Ōpōtiki Flats')),
    C('Client Yevgenia Sokolova in Vyborg Bay connects via VPN, IP 185.117.92.4. Jurisdiction for telehealth is murky. Does VPN change where she "is"?', ('name', 'Yevgenia Sokolova'), ('place', 'Vyborg Bay'), ('ip_address', '185.117.92.4')),
    C("Got an abusive email about Percival Oduya from 2001:db8:4f2a::1c. He's a gay man in Kisumu Milimani and I'm scared for him. Any safety planning resources for LGBTQ clients in Kenya?", ('name', 'Percival Oduya'), ('ip_address', '2001:db8:4f2a::1c'), ('place', 'Kisumu Milimani')),
    C("Zoom logs show a second participant on Hortense Delacroix-Bain's call from 10.44.7.213. She lives with her husband in Outremont Gardens. DV screen done twice, negative. trust her?", ('name', 'Hortense Delacroix-Bain'), ('ip_address', '10.44.7.213'), ('place', 'Outremont Gardens')),
    C("our EHR audit: Bashir Rahimi's file opened from 172.22.18.90 - that's the Kingsmere Road Annex wifi, not my rooms. who's got access???", ('name', 'Bashir Rahimi'), ('ip_address', '172.22.18.90'), ('place', 'Kingsmere Road Annex')),
    C('Ransomware note came from 45.83.120.211 referencing Ellery Cavendish-Moss by name. practice is in Wimbledon Chase. police or ICO first?', ('ip_address', '45.83.120.211'), ('name', 'Ellery Cavendish-Moss'), ('place', 'Wimbledon Chase')),
    C("Ruth Abernethy-Kaur reported her account was accessed from 100.72.15.8 - a mobile carrier range - while she was at Linlithgow Bridge. Could just be her phone? I'm not techy", ('name', 'Ruth Abernethy-Kaur'), ('ip_address', '100.72.15.8'), ('place', 'Linlithgow Bridge')),
    C('Client Faisal Al-Harthi keeps getting kicked from sessions; his router in Al Khuwair Gardens shows as 94.58.12.177 and the platform is blocking it as suspicious. any workaround?', ('name', 'Faisal Al-Harthi'), ('place', 'Al Khuwair Gardens'), ('ip_address', '94.58.12.177')),
    C("For the breach report - Kalinda Brightwater's notes were downloaded at 198.51.100.82 from what looks like the Dubbo Wellness Hub shared computer. Who holds liability?", ('name', 'Kalinda Brightwater'), ('ip_address', '198.51.100.82'), ('place', 'the Dubbo Wellness Hub')),
    C("Stalker check: my client Verity Tolhurst found her ex's IP 2a02:c7f:9e3b:a100::7 in the headers of anonymous emails. She lives in Saltdean Rise. Should I see the evidence?", ('name', 'Verity Tolhurst'), ('ip_address', '2a02:c7f:9e3b:a100::7'), ('place', 'Saltdean Rise')),
    C("Disability claim for Jolene Haskett needs her SSN, 418-62-0937, on my letter - she's in Pikeville Hollow and the SSA office is 2 hours away. Should it be on the letter or separate?", ('name', 'Jolene Haskett'), ('ssn', '418-62-0937'), ('place', 'Pikeville Hollow')),
    C('Reginald Ashworth-Bey wrote his social 532 71 4408 on the intake form "just in case". I don\'t want it. Shred and tell him? practice in Oak Terrace Heights', ('name', 'Reginald Ashworth-Bey'), ('ssn', '532 71 4408'), ('place', 'Oak Terrace Heights')),
    C("UK: Gwendolyn Akintola's NI number QZ 48 31 72 C is on the DWP form she wants me to sign. She's in Peckham Rye Lane... I mean near there. Do therapists sign these?", ('name', 'Gwendolyn Akintola'), ('ssn', 'QZ 48 31 72 C'), ('place', 'Peckham Rye Lane')),
    C("Canadian colleagues - Étienne Beauregard gave me his SIN 046 812 735 for a receipt. I don't need it, do I? Practice is in Sainte-Foy Haute-Ville.", ('name', 'Étienne Beauregard'), ('ssn', '046 812 735'), ('place', 'Sainte-Foy Haute-Ville')),
    C("Siobhán Kirwan's PPS number, 7421368TA, was printed on the referral from the clinic in Portlaoise Heath. Is that normal in Ireland? Seems excessive.", ('name', 'Siobhán Kirwan'), ('ssn', '7421368TA'), ('place', 'Portlaoise Heath')),
    C("client malakai tupou read out his tax file number 459 832 716 on a recorded session (we record for his own review). he's in Logan Reserve. delete the recording?", ('name', 'malakai tupou'), ('ssn', '459 832 716'), ('place', 'Logan Reserve')),
    C('For the ITIN application Xiomara Villacorta asked me to confirm identity - her ITIN is 912-78-4530. She lives in Pilsen East and works cash jobs. am I the right person?', ('name', 'Xiomara Villacorta'), ('ssn', '912-78-4530'), ('place', 'Pilsen East')),
    C('Bogdan Ilić put his social security number 387-49-2261 into the chat box "by mistake" during telehealth. He\'s in Lakewood Pines. Is chat logged in Doxy?', ('name', 'Bogdan Ilić'), ('ssn', '387-49-2261'), ('place', 'Lakewood Pines')),
    C('Paperwork for Thandiwe Mokoena-Reid: her SA ID number 8807150398086 is on the asylum letter. Moving from Soweto Jabavu to the UK. Who should hold that letter?', ('name', 'Thandiwe Mokoena-Reid'), ('ssn', '8807150398086'), ('place', 'Soweto Jabavu')),
    C("Hi, Cormac Delahunty sent a photo of his NI card (JT 72 58 14 A) to prove he's over 18 for the online group. Practice in Portobello Quay. overkill?", ('name', 'Cormac Delahunty'), ('ssn', 'JT 72 58 14 A'), ('place', 'Portobello Quay')),
    C("Winona Hightower's SSN 271-84-6093 is in the PDF the school in Fort Laramie Bend sent me. This is a mess - who do I notify?", ('name', 'Winona Hightower'), ('ssn', '271-84-6093'), ('place', 'Fort Laramie Bend')),
    C('Help: Hamza Chaudhry-Bell gave me his NINO PE 61 37 90 B for a PIP report. Lives in Sparkbrook Green. What do others charge for PIP letters?', ('name', 'Hamza Chaudhry-Bell'), ('ssn', 'PE 61 37 90 B'), ('place', 'Sparkbrook Green')),
    C("Discharge from Rosehill Mother and Baby Unit for Amaris Coldwell, hospital number RMB-448217. Follow-up with me weekly; she'd like a perinatal peer too. Ideas, anyone?", ('place', 'Rosehill Mother and Baby Unit'), ('name', 'Amaris Coldwell'), ('medical_record', 'RMB-448217')),
    C("The psych ward sent Thaddeus Ekwueme's notes with MRN 00739142 but the date of birth is wrong. It's St Brigid's Unit. Do I correct it or send back?", ('name', 'Thaddeus Ekwueme'), ('medical_record', '00739142'), ('place', "St Brigid's Unit")),
    C("NHS number 943 618 2207 belongs to Philomena Ruddock, referred from Crawley Down Surgery for postnatal OCD. I'll take her but wanted to flag the long wait", ('medical_record', '943 618 2207'), ('name', 'Philomena Ruddock'), ('place', 'Crawley Down Surgery')),
    C("Tui Walker-Ngata NHI ZKT4829, referral from Waitākere Hospital Ward 9 after an overdose. Kaupapa Māori service preferred - who's got space?", ('name', 'Tui Walker-Ngata'), ('medical_record', 'ZKT4829'), ('place', 'Waitākere Hospital Ward 9')),
    C('chart # MR-2291764 for Rosario Delgado-Ortiz from Mercy Valley Hospital - they want my notes to go "into the chart". I\'d rather send a letter. usual practice?', ('medical_record', 'MR-2291764'), ('name', 'Rosario Delgado-Ortiz'), ('place', 'Mercy Valley Hospital')),
    C("Patient ID PT0583216 on the bipolar clinic referral for Evander Maclachlan from Cairnbrae Hospital. He's stable on lithium, wants IPSRT. anyone trained?", ('medical_record', 'PT0583216'), ('name', 'Evander Maclachlan'), ('place', 'Cairnbrae Hospital')),
    C("URN URN 7716543 on the letter for Kyah Lambourne from Bellarine Shores Health - she's 16, with early psychosis. Who's doing CBTp with youth down there?", ('medical_record', 'URN 7716543'), ('name', 'Kyah Lambourne'), ('place', 'Bellarine Shores Health')),
    C("The Hospital number H4471938 keeps appearing on Bartosz Nowicki's letters from Ealing Park Clinic. Fine, but they cc'd his employer. That's a breach, right?", ('medical_record', 'H4471938'), ('name', 'Bartosz Nowicki'), ('place', 'Ealing Park Clinic')),
    C("Oyinkansola Bamgbose, MRN 40922871, referred by Obalende Maternity Annex colleague for postpartum psychosis follow-up now that she's moved to the UK. First time I'm doing this - tips?", ('name', 'Oyinkansola Bamgbose'), ('medical_record', '40922871'), ('place', 'Obalende Maternity Annex')),
    C('UHID UH20245517 - Raghav Menon-Pillai - from Kochi Amrita Block C. He is moving to Canada and asked for continuity. anyone Malayalam-speaking?', ('medical_record', 'UH20245517'), ('name', 'Raghav Menon-Pillai'), ('place', 'Kochi Amrita Block C')),
    C('clinic number CN-558-0913 for Genevieve Toussaint at Greenwood Eating Disorder Clinic... sorry wrong channel, but also does anyone have capacity?', ('medical_record', 'CN-558-0913'), ('name', 'Genevieve Toussaint'), ('place', 'Greenwood Eating Disorder Clinic')),
    C('Hiroshi Tanabe-Kurosawa (hospital record K-2024-07718) from Setagaya Minami Hospital: interpreter needed, hikikomori, 28. Japanese-speaking therapists in England?', ('name', 'Hiroshi Tanabe-Kurosawa'), ('medical_record', 'K-2024-07718'), ('place', 'Setagaya Minami Hospital')),
    C('Medicare number 2953 48172 1 for Tallulah Brannigan - MHCP referral from Mudgee Creek Medical. 10 sessions, GP wants a review at 6. Anyone doing perinatal work out that way?', ('health_plan', '2953 48172 1'), ('name', 'Tallulah Brannigan'), ('place', 'Mudgee Creek Medical')),
    C("Insurance won't pay for Dwight Okoro-Sanders - Aetna member ID W284719306. He's in Brook Haven Township. anyone had luck appealing for gambling disorder dx?", ('name', 'Dwight Okoro-Sanders'), ('health_plan', 'W284719306'), ('place', 'Brook Haven Township')),
    C("OHIP 5584-219-663-KT - Lucienne Gagné, Orléans Ridge, needs a psychiatrist for a bipolar med review. I'm the therapist only. Colleagues nearby?", ('health_plan', '5584-219-663-KT'), ('name', 'Lucienne Gagné'), ('place', 'Orléans Ridge')),
    C('NDIS participant 431 882 917, Jayden Tuhiwai-Scott, in Elizabeth Grove: plan review coming and they want my report on psychosocial disability. Template?', ('health_plan', '431 882 917'), ('name', 'Jayden Tuhiwai-Scott'), ('place', 'Elizabeth Grove')),
    C('Bupa member BUP 7731 8820 14 for Harriet Quaintance - she\'s in Moseley Village. Bupa wants a "treatment plan" - how detailed are people being?', ('health_plan', 'BUP 7731 8820 14'), ('name', 'Harriet Quaintance'), ('place', 'Moseley Village')),
    C("Medicaid ID NY 81447203K for Shanice Holloway-Diaz - she's in Mott Haven East. Was told her plan won't cover telehealth from out of state. true?", ('health_plan', 'NY 81447203K'), ('name', 'Shanice Holloway-Diaz'), ('place', 'Mott Haven East')),
    C('Blue Cross ID XQJ902744518 - Mortimer Hale-Bancroft of Lakeshore Pointe - claims keep bouncing back for CPT 90837. Modifier issue??', ('health_plan', 'XQJ902744518'), ('name', 'Mortimer Hale-Bancroft'), ('place', 'Lakeshore Pointe')),
    C("Southern Cross member SC 4471 2289 - Aperahama Hohaia from Whakatū Rise. They'll cover 8 sessions for anxiety. Anyone know if they cover gaming disorder?", ('health_plan', 'SC 4471 2289'), ('name', 'Aperahama Hohaia'), ('place', 'Whakatū Rise')),
    C('VHI number VHI 50837219 for Róisín Callaghan-Beatty in Castleknock Demesne. She wants me to claim for her - do VHI accept claims direct from psychotherapists?', ('health_plan', 'VHI 50837219'), ('name', 'Róisín Callaghan-Beatty'), ('place', 'Castleknock Demesne')),
    C('Tricare ID 1049382716 - SSgt Marcus Delacruz - at Fort Redhawk. He wants off-base therapy but Tricare network is tiny here. Any providers near the base?', ('health_plan', '1049382716'), ('name', 'Marcus Delacruz'), ('place', 'Fort Redhawk')),
    C('Medi-Cal CIN 91827364C for Lupita Estrada-Ng in Boyle Heights East. County says she has to go through the plan. Anyone know the referral route?', ('health_plan', '91827364C'), ('name', 'Lupita Estrada-Ng'), ('place', 'Boyle Heights East')),
    C("Manulife plan MLF 60072281-03 for Anouk Vandermeer - she's in Kitsilano Point and wants receipts under a different name (maiden). allowed?", ('health_plan', 'MLF 60072281-03'), ('name', 'Anouk Vandermeer'), ('place', 'Kitsilano Point')),
    C('Account number 41-22-87 30917726 is on the invoice Florian Eckhardt forwarded to his employer in Hatfield Peverel. The sort code is mine! Panic?', ('account', '41-22-87 30917726'), ('name', 'Florian Eckhardt'), ('place', 'Hatfield Peverel')),
    C("Aroha Whaanga ACC claim ACC 4418293-KT - sensitive claims. She's in Kaiti Hill. anyone know how long ACC takes to approve now?", ('name', 'Aroha Whaanga'), ('account', 'ACC 4418293-KT'), ('place', 'Kaiti Hill')),
    C('EAP case number EAP-2025-118473 for Griselda Pomeroy from the bank in Canary Wharf South. 6 sessions, burnout. They want progress reports - how much do you share?', ('account', 'EAP-2025-118473'), ('name', 'Griselda Pomeroy'), ('place', 'Canary Wharf South')),
    C('court case FAM 24/0871 - Cyprian Agbaje custody matter in Woolwich Common. The guardian asked me for a report. I said no. Was that right?', ('account', 'FAM 24/0871'), ('name', 'Cyprian Agbaje'), ('place', 'Woolwich Common')),
    C("Student loan account SLC 8847216093 - Nell Garbutt-Price of Heslington Quarter wants a letter saying she's unwell enough to defer. Is that a therapist thing?", ('account', 'SLC 8847216093'), ('name', 'Nell Garbutt-Price'), ('place', 'Heslington Quarter')),
    C("Workers' comp claim WC-7713-0942 for Darnell Fitzgerald-Kwan, roofer in Cedar Flats. Adjuster wants weekly notes. anyone pushed back?", ('account', 'WC-7713-0942'), ('name', 'Darnell Fitzgerald-Kwan'), ('place', 'Cedar Flats')),
    C("BSB 063-587 acc 1047 2281 - Wren Ashbury paid into my old account in Carlton Vale North. Refund it or wait? She's a gambling client so money stuff is charged", ('account', '063-587'), ('account', '1047 2281'), ('name', 'Wren Ashbury'), ('place', 'Carlton Vale North')),
    C("Victim compensation claim VC-24-559201 for Loveday Chirwa after the assault at Gateshead Quays. The assessor wants my notes. Who's done CICA reports?", ('account', 'VC-24-559201'), ('name', 'Loveday Chirwa'), ('place', 'Gateshead Quays')),
    C("student number s2291476 - Callum O'Dwyer-Hyde from Jordanstown Halls. Uni wants confirmation he's in therapy for extenuating circumstances.", ('account', 's2291476'), ('name', "Callum O'Dwyer-Hyde"), ('place', 'Jordanstown Halls')),
    C("IBAN IE29 AIBK 9311 5287 6401 93 - Sorcha Nic Giolla paid me with someone else's account. She lives in Glasnevin North. Do I ask?", ('account', 'IE29 AIBK 9311 5287 6401 93'), ('name', 'Sorcha Nic Giolla'), ('place', 'Glasnevin North')),
    C('Insurance claim CLM-88041726 for Boniface Wanjiru after the car crash on the bypass at Thika Road Junction. Insurer asking if PTSD is "pre-existing". help', ('account', 'CLM-88041726'), ('name', 'Boniface Wanjiru'), ('place', 'Thika Road Junction')),
    C("Cheque number 004219 from Aldous Penberthy bounced. He's a retired vicar in St Mawgan Green and mortified. Waive the fee?", ('account', '004219'), ('name', 'Aldous Penberthy'), ('place', 'St Mawgan Green')),
    C('My own LPC licence LPC 18842 is showing "lapsed" and Brielle Thackeray from my supervision group in Birchwood Falls said hers did too. Board website glitch?', ('licence', 'LPC 18842'), ('name', 'Brielle Thackeray'), ('place', 'Birchwood Falls')),
    C('Complaint against Horatio Venn, LMFT LMFT 104392, practice in Sausalito Cove. Client asked me to help file it. Do I?', ('name', 'Horatio Venn'), ('licence', 'LMFT 104392'), ('place', 'Sausalito Cove')),
    C("Referring to a colleague - Oonagh Fitzmaurice, CORU reg PSY021447, in Ranelagh Triangle. She's great with perinatal loss", ('name', 'Oonagh Fitzmaurice'), ('licence', 'PSY021447'), ('place', 'Ranelagh Triangle')),
    C("Supervisor's HCPC number PYL 39284 needs to go on the insurer form - Dr Ambrose Kettering, Headingley Rise. Is that usual?", ('licence', 'PYL 39284'), ('name', 'Ambrose Kettering'), ('place', 'Headingley Rise')),
    C("Mei-Ling Cartwright's AHPRA number PSY0002287456 was on her letterhead; she practises in Kew Junction. Is it normal to share your AHPRA number with clients?", ('name', 'Mei-Ling Cartwright'), ('licence', 'PSY0002287456'), ('place', 'Kew Junction')),
    C("Interstate client - my CRPO number CRPO #009281. Ishaan Kapadia (supervisee) thinks I can't see someone in Gatineau Parc on it. right?", ('licence', 'CRPO #009281'), ('name', 'Ishaan Kapadia'), ('place', 'Gatineau Parc')),
    C("BACP member no. 00837412 - Juniper Halloway - used my supervisor's number on her website in Frome Vale. Awkward convo. Support?", ('licence', '00837412'), ('name', 'Juniper Halloway'), ('place', 'Frome Vale')),
    C("The driving instructor who triggered Gideon Marsh-Ochieng's panic has licence ADI 558291 - he's at Bexley Heath Road School of Motoring. Client wants to complain. Role?", ('name', 'Gideon Marsh-Ochieng'), ('licence', 'ADI 558291'), ('place', 'Bexley Heath Road School of Motoring')),
    C("Washington licence LH60841227 - Dr Marisol Tapia - expired while she was on leave in Yakima Heights. She's still seeing clients. Mandatory report?", ('licence', 'LH60841227'), ('name', 'Marisol Tapia'), ('place', 'Yakima Heights')),
    C('Nursing registration NMC 94I2837E for Tegan Llewellyn, the nurse client I see from Morriston Bank. She fears the NMC will strike her off after rehab. realistic?', ('licence', 'NMC 94I2837E'), ('name', 'Tegan Llewellyn'), ('place', 'Morriston Bank')),
    C('Kofi Boateng-Lisle, NISCC reg NISCC 7720145, social worker in Newtownabbey Glen, wants supervision from me. Cross-discipline supervision - ok?', ('name', 'Kofi Boateng-Lisle'), ('licence', 'NISCC 7720145'), ('place', 'Newtownabbey Glen')),
    C('California psych licence PSY 31874 - Dr Linnea Sjöberg in Mission Terrace. Client says she broke confidentiality at a party. Board complaint?', ('licence', 'PSY 31874'), ('name', 'Linnea Sjöberg'), ('place', 'Mission Terrace')),
    C("Cressida Pemberton's ex keeps parking outside my rooms in Bramhall Village - silver Audi, reg KX19 HBN. She's terrified. I've logged it. Police now?", ('name', 'Cressida Pemberton'), ('place', 'Bramhall Village'), ('vehicle', 'KX19 HBN')),
    C('client Tavita Leiataua-Simanu drives an uber, plate LKW482, and was carjacked in Ōtāhuhu Creek last month. flashbacks when passengers sit behind him. EMDR?', ('name', 'Tavita Leiataua-Simanu'), ('vehicle', 'LKW482'), ('place', 'Ōtāhuhu Creek')),
    C("Beaumont Achebe saw the van that hit his daughter - plate 7JKP 214 - parked near Lakeview Elementary again. He's obsessing. Safety vs rumination?", ('name', 'Beaumont Achebe'), ('vehicle', '7JKP 214'), ('place', 'Lakeview Elementary')),
    C('Irish reg 221-KY-4093 belongs to the man Eibhlín Mahony says followed her from Tralee Bay Retail Park. Do I encourage her to report or trust her pace?', ('vehicle', '221-KY-4093'), ('name', 'Eibhlín Mahony'), ('place', 'Tralee Bay Retail Park')),
    C('Stalking: Nadira Baksh reports a black SUV, Ontario plate CDRK 518, outside her work in Etobicoke Lakeshore. Safety plan template anyone?', ('name', 'Nadira Baksh'), ('vehicle', 'CDRK 518'), ('place', 'Etobicoke Lakeshore')),
    C('My client Barnaby Oakes is a bus driver; the car that crashed into his bus in Headington Hill was OU21 XFP. Court case soon. Prep for testimony?', ('name', 'Barnaby Oakes'), ('place', 'Headington Hill'), ('vehicle', 'OU21 XFP')),
    C("Kahurangi Tamatea lost her licence after the crash in Te Puke Fields; her car JTF219 is impounded. she's spiraling about shame. thoughts?", ('name', 'Kahurangi Tamatea'), ('place', 'Te Puke Fields'), ('vehicle', 'JTF219')),
    C("Client Josefina Arriagada's husband tracks her car - a blue Corolla, Victorian plate 1XT 9RW - from Dandenong Fields. Tech safety resources in Aus?", ('name', 'Josefina Arriagada'), ('vehicle', '1XT 9RW'), ('place', 'Dandenong Fields')),
    C('Rutger van Beek - truck driver, lorry BX-742-LP, hit a cyclist near Zeewolde Oost. Dutch colleagues, any trauma groups for professional drivers?', ('name', 'Rutger van Beek'), ('vehicle', 'BX-742-LP'), ('place', 'Zeewolde Oost')),
    C('A taxi, plate TX 4471, dropped Amara Onyekachi at the wrong place in Rathgar Mews Lower and she got lost - dementia progressing. Carer support?', ('vehicle', 'TX 4471'), ('name', 'Amara Onyekachi'), ('place', 'Rathgar Mews Lower')),
    C("Lieutenant Fergus Carrow's motorcycle, plate CA 8ZLT331, was found at Half Moon Overlook. He's okay, in hospital. Debrief for me pls, I'm rattled", ('name', 'Fergus Carrow'), ('vehicle', 'CA 8ZLT331'), ('place', 'Half Moon Overlook')),
    C("The car GP 4417 ND - South African reg - keeps showing up outside Lindiwe Khumalo's flat in Melville Ridge Flats. She's asking me to help her get a protection order.", ('vehicle', 'GP 4417 ND'), ('name', 'Lindiwe Khumalo'), ('place', 'Melville Ridge Flats')),
    C("Perpetua Onwuachi wears a CGM, serial SN 3MH0218847, and the app shares data with her ex-husband in Chiswick Mall. she's scared to change it. tech-abuse advice?", ('name', 'Perpetua Onwuachi'), ('device', 'SN 3MH0218847'), ('place', 'Chiswick Mall')),
    C('Insulin pump MiniMed 780G serial NG2847193H for Reuben Kalinowski - he keeps disconnecting it to lose weight. Diabulimia specialists near Stoke Newington Green?', ('device', 'MiniMed 780G serial NG2847193H'), ('name', 'Reuben Kalinowski'), ('place', 'Stoke Newington Green')),
    C("Adebayo Ferreira has a cochlear implant, device ID CI-632-88210, and struggles with telehealth audio. He's in Kentish Town West. captioning apps?", ('name', 'Adebayo Ferreira'), ('device', 'CI-632-88210'), ('place', 'Kentish Town West')),
    C('Hearing aid serial PHK-20944713 - Sinéad Cafferkey, deafened adult in Claremorris Heath, wants therapy about identity loss. anyone BSL or ISL fluent?', ('device', 'PHK-20944713'), ('name', 'Sinéad Cafferkey'), ('place', 'Claremorris Heath')),
    C("Thelonius Grant wears an ankle tag, EM tag 40871-B, and can't leave Parkside Estate after 7pm. Sessions are 6-7. Can we do telehealth legally?", ('name', 'Thelonius Grant'), ('device', 'EM tag 40871-B'), ('place', 'Parkside Estate')),
    C("pacemaker serial PM4219087 - Ingrid Solberg-Hayes - keeps checking her pulse. health anxiety. she's in Whitby Abbeyfields. interoceptive exposure with a pacemaker - safe?", ('device', 'serial PM4219087'), ('name', 'Ingrid Solberg-Hayes'), ('place', 'Whitby Abbeyfields')),
    C("Oswin Greatorex's Fitbit FB-5074-2291-X is linked to his wife's phone. She sees his heart rate during sessions in Sedgefield Close. Privacy chat?", ('name', 'Oswin Greatorex'), ('device', 'FB-5074-2291-X'), ('place', 'Sedgefield Close')),
    C('Prosthetic leg Genium X3 SN 88211074 - Caleb Whitford-Nyambura, amputee after IED, at Catterick Garrison Lines. Phantom pain and shame. anyone with veterans?', ('device', 'Genium X3 SN 88211074'), ('name', 'Caleb Whitford-Nyambura'), ('place', 'Catterick Garrison Lines')),
    C('client Elowen Treharne was given a CPAP AirSense 11 serial 23154887201 from Penzance Sleep Lab and takes it off every night. sleep anxiety?', ('name', 'Elowen Treharne'), ('device', 'AirSense 11 serial 23154887201'), ('place', 'Penzance Sleep Lab')),
    C('Rafferty Munro-Odu got a VNS implant, model SenTiva 1000 SN 70445, at Queen Elizabeth Neurosciences for epilepsy. Mood changes since. anyone seen that?', ('name', 'Rafferty Munro-Odu'), ('device', 'SenTiva 1000 SN 70445'), ('place', 'Queen Elizabeth Neurosciences')),
    C("tablet AAC device ID TD-I13-59021 for Wiremu Paewai-Tomoana who's non-speaking - the school in Hāwera Central keeps it locked. advocacy tips?", ('device', 'AAC device ID TD-I13-59021'), ('name', 'Wiremu Paewai-Tomoana'), ('place', 'Hāwera Central')),
    C('Anneliese Brandt uses a wheelchair, Permobil M3 SN 7821004, which broke on the bus at Neukölln Süd. She missed 3 sessions. Cancellation fee - no, right?', ('name', 'Anneliese Brandt'), ('device', 'Permobil M3 SN 7821004'), ('place', 'Neukölln Süd')),
    C("Please send the referral for Persephone Adjei to 14 Cranmore Terrace, Lisburn Road Quarter, BT9 6HQ - she doesn't have email access. Perinatal anxiety.", ('name', 'Persephone Adjei'), ('street_address', '14 Cranmore Terrace'), ('place', 'Lisburn Road Quarter'), ('zip_code', 'BT9 6HQ')),
    C('Hezekiah Moody lives at 2287 Old Mill Pike, Dunmore Hollow, KY 40317. Rural, no broadband, wants phone sessions. Anyone licensed in Kentucky?', ('name', 'Hezekiah Moody'), ('street_address', '2287 Old Mill Pike'), ('place', 'Dunmore Hollow'), ('zip_code', '40317')),
    C('New address for Ottavia Bellucci: Flat 3, 41 Kingsdown Parade, Cotham Vale, BS6 5UD. Forward her invoices there please.', ('name', 'Ottavia Bellucci'), ('street_address', 'Flat 3, 41 Kingsdown Parade'), ('place', 'Cotham Vale'), ('zip_code', 'BS6 5UD')),
    C('Te Ao Marama Kereama moved to 9 Pōhutukawa Drive, Whakatāne East 3120. needs a new therapist nearby. any recs?', ('name', 'Te Ao Marama Kereama'), ('street_address', '9 Pōhutukawa Drive'), ('place', 'Whakatāne East'), ('zip_code', '3120')),
    C('Client Benedikt Auerbach asked me to post his letter to Unit 12, 58 Ferntree Gully Road, Oakleigh Heights VIC 3166. Courier or post for sensitive letters?', ('name', 'Benedikt Auerbach'), ('street_address', 'Unit 12, 58 Ferntree Gully Road'), ('place', 'Oakleigh Heights'), ('zip_code', '3166')),
    C('Aoibheann Mullarkey - The Old Forge, Carrowkeel, Ballymote Lower F56 X2T8. She wants paper letters only, no email or portal. fine by everyone?', ('name', 'Aoibheann Mullarkey'), ('street_address', 'The Old Forge, Carrowkeel'), ('place', 'Ballymote Lower'), ('zip_code', 'F56 X2T8')),
    C("Intake from Wilbur Tennant-Osei, Suite 4, 1180 Bloor Street West, Dufferin Grove, ON M6H 1M8. He's an accountant with gambling debts. Gamblers Anonymous link?", ('name', 'Wilbur Tennant-Osei'), ('street_address', 'Suite 4, 1180 Bloor Street West'), ('place', 'Dufferin Grove'), ('zip_code', 'M6H 1M8')),
    C('Lakshmi Venkataraman-Iyer - No. 27, 3rd Cross, Jayanagar 4th Block, Banashankari Stage 2 560011 - parents want sessions for her in India after she returns. ethics of cross-border?', ('name', 'Lakshmi Venkataraman-Iyer'), ('street_address', 'No. 27, 3rd Cross, Jayanagar 4th Block'), ('place', 'Banashankari Stage 2'), ('zip_code', '560011')),
    C("Home visit address: PO Box 417, Tumbarumba Creek NSW 2653 - for Clancy O'Rourke-Bell, farmer, drought. Is a PO box ok for the letter?", ('street_address', 'PO Box 417'), ('place', 'Tumbarumba Creek'), ('zip_code', '2653'), ('name', "Clancy O'Rourke-Bell")),
    C("Marisela Quintanilla - 3301 W Alameda Ave, Apt 2B, Barelas, NM 87104. She's moving out of her abuser's house. Any DV shelters that take pets?", ('name', 'Marisela Quintanilla'), ('street_address', '3301 W Alameda Ave, Apt 2B'), ('place', 'Barelas'), ('zip_code', '87104')),
    C("Letter for Cuthbert Ellingham to Rose Cottage, Mill Lane, Great Snoring, NR21 0HP. Very elderly but won't tell me his age. Hoarding assessment next week.", ('name', 'Cuthbert Ellingham'), ('street_address', 'Rose Cottage, Mill Lane'), ('place', 'Great Snoring'), ('zip_code', 'NR21 0HP')),
    C("Harlow Jennings - 77 Vine Street, Devonport Marina 0624. She's asked me to come to her house for sessions because of agoraphobia. Home-visit safety?", ('name', 'Harlow Jennings'), ('street_address', '77 Vine Street'), ('place', 'Devonport Marina'), ('zip_code', '0624')),
    C("zip 97214 keeps auto-filling on my intake form - it's hollis grieve's old address in Buckman Heights. He moved after the fire. Can I scrub it from the EHR history?", ('zip_code', '97214'), ('name', 'hollis grieve'), ('place', 'Buckman Heights')),
    C('Agathe Moreau-Diallo lives in Belleville Haut, code postal 75020, and wants English-speaking therapy online while she studies. Any French-registered folk?', ('name', 'Agathe Moreau-Diallo'), ('place', 'Belleville Haut'), ('zip_code', '75020')),
    C("Postcode CF24 3DL was on the envelope the court sent about Dafydd Rhys-Morgan - he's in Adamsdown Yard now. They sent it to my rooms. do I open?", ('zip_code', 'CF24 3DL'), ('name', 'Dafydd Rhys-Morgan'), ('place', 'Adamsdown Yard')),
    C("Eircode D07 K2P4 - Ciarán Mac Lochlainn in Stoneybatter Mews. The referral portal won't accept Eircodes. Anyone else hit this?", ('zip_code', 'D07 K2P4'), ('name', 'Ciarán Mac Lochlainn'), ('place', 'Stoneybatter Mews')),
    C('postcode 4868 = Edge Hill Cairns - Yindi Moreton wants a First Nations therapist up there. any names I can pass on?', ('zip_code', '4868'), ('place', 'Edge Hill Cairns'), ('name', 'Yindi Moreton')),
    C('Bertrand Okonjo gave postal code T2N 1N4 in Hillhurst Sunnyside but the insurer says mismatch with their record. Fix or leave?', ('name', 'Bertrand Okonjo'), ('zip_code', 'T2N 1N4'), ('place', 'Hillhurst Sunnyside')),
    C('my client from porthcawl sands, gwyneth bevan, only uses her first name online and hates when colleagues use her full name in referrals. good habits for peers?', ('place', 'porthcawl sands'), ('name', 'gwyneth bevan')),
    C('ok so marcus "moose" oyelaran from the Fishponds Estate missed again - third no-show. he\'s gaming till 5am. nudge or discharge?', ('name', 'marcus "moose" oyelaran'), ('place', 'the Fishponds Estate')),
    C("J.P. Delacourt is a priest at St Columba's, Drumcondra and wants therapy quietly. He says the bishop reads his diary. Boundaries with religious clients?", ('name', 'J.P. Delacourt'), ('place', "St Columba's, Drumcondra")),
    C("Just had Ngaire Pōmare from Paekākāriki Hill cry in session about her whānau feud and I cried too. is it ok? feel like I've blown it", ('name', 'Ngaire Pōmare'), ('place', 'Paekākāriki Hill')),
    C("A. K. Mwangi-Harris, postpartum, wants sessions at the Lavington Green Children's Centre with baby present. Anyone done baby-in-room therapy?", ('name', 'A. K. Mwangi-Harris'), ('place', "the Lavington Green Children's Centre")),
    C("Asking for Tomasina Ruiz-Ebbesen: she's left Holy Trinity Convent, Wexmoor after 18 years and needs someone who understands religious life. DM me", ('name', 'Tomasina Ruiz-Ebbesen'), ('place', 'Holy Trinity Convent, Wexmoor')),
    C("Supervisee Ibukunoluwa Ajayi got a threat from a client's partner at Southfields Counselling Rooms on Monday 3 November 2025. Police report done. Support ideas?", ('name', 'Ibukunoluwa Ajayi'), ('place', 'Southfields Counselling Rooms'), ('date', 'Monday 3 November 2025')),
    C('Leopold Wyndham-Asante at Kirkstall Forge Flats asked me to call his GP on 0113 496 0582 about his lithium levels. Do you phone GPs directly for clients?', ('name', 'Leopold Wyndham-Asante'), ('place', 'Kirkstall Forge Flats'), ('phone', '0113 496 0582')),
    C('My client Fenella Strathdee (94 and a quarter) from Comrie Brae emailed from fenella.strathdee1931@btinternet.com - typed it all herself! Love. Anyway: grief question', ('name', 'Fenella Strathdee'), ('age_over_89', '94 and a quarter'), ('place', 'Comrie Brae'), ('email', 'fenella.strathdee1931@btinternet.com')),
    # --- clean ---
    C('Anyone using the Edinburgh Postnatal Depression Scale alongside the GAD-7 in private practice? My Tuesday perinatal clinic has started asking about Sertraline in breastfeeding and I keep pointing to the LactMed database and the Royal College of Psychiatrists leaflet.'),
    C("Reading group this month: Daniel Stern's The Motherhood Constellation (1995) and Winnicott's Babies and Their Mothers. Anyone want to join on Thursday evenings over Zoom or Microsoft Teams?"),
    C("Has anyone done the Circle of Security Parenting training with Cooper, Hoffman and Powell's team? There's a cohort in Melbourne in March and another online via the Australian Association for Infant Mental Health."),
    C("Quick pharm question: Zuranolone (Zurzuvae) for postpartum depression - any of the US folks seeing clients on it? The FDA approved it in August 2023 and I'm curious how it sits with weekly CBT."),
    C('Gambling folks - do you use the PGSI (Problem Gambling Severity Index) or the SOGS? GamCare and GambleAware in the UK have moved to PGSI, and the NHS National Problem Gambling Clinic uses it at intake too.'),
    C("Naltrexone 50 mg for gambling urges - evidence is modest but Grant and Kim's trials are decent. Anyone coordinating with a psychiatrist on this, or is it still mostly a GP conversation in Ireland?"),
    C("Recommend Jon Kabat-Zinn's Full Catastrophe Living for chronic pain clients, or is it too long? I usually go for Vidyamala Burch's Living Well with Pain and Illness, which Breathworks built their course on."),
    C('Training alert: ACT for Psychosis Recovery with Eric Morris and Joe Oliver, online on Wednesdays through October. The British Psychological Society lists it for CPD. Anyone been?'),
    C("Insomnia folks: do you use the ISI (Insomnia Severity Index) or the PSQI at baseline? I do CBT-I from Perlis and Jungquist's manual, and Sleepio or Sleepstation for the in-between weeks."),
    C('Melatonin 2 mg prolonged-release (Circadin) is what most GPs here prescribe for over-55s; Zopiclone 7.5 mg for short bursts. How do you handle a client who wants to taper both during CBT-I?'),
    C('I keep recommending "Quiet" by Susan Cain to shy teens and their parents. Then I recommend Ross Greene\'s The Explosive Child to the same parents a month later. Any better pairing?'),
    C('New to Jane App after years on SimplePractice. The Stripe integration is nice but the Telehealth module drops on Safari. Does anyone use Cliniko or Power Diary in Australia instead?'),
    C('Tinnitus: the Tinnitus Handicap Inventory and the Tinnitus Functional Index - which do you prefer? Tinnitus UK runs a support line on Mondays and the British Tinnitus Association book list is still handy.'),
    C("For gaming disorder I've been using the IGDS9-SF and the ICD-11 criteria, plus Kimberly Young's CBT-IA model. The WHO added it in 2019. Anyone running groups for parents?"),
    C("Hoarding question: Frost and Steketee's Buried in Treasures workbook, or the Clutter Image Rating alone? The Saving Inventory-Revised takes forever with older clients on a Friday afternoon."),
    C("Lithium levels between 0.6 and 0.8 mmol/L are what our Bipolar UK leaflet says. My client's psychiatrist wants Lamotrigine added instead of upping Quetiapine. Does IPSRT fit around that?"),
    C('The Interpersonal and Social Rhythm Therapy manual by Ellen Frank is great but dense. Anyone got a simpler Social Rhythm Metric sheet they use with clients over WhatsApp or Signal?'),
    C('PSA: the Australian Psychological Society conference is in Brisbane in September, and the NZ Psychological Society one is in Wellington in August. Any perinatal streams worth going to?'),
    C("Is the Hospital Anxiety and Depression Scale (HADS) still worth using in oncology settings? Macmillan Cancer Support likes it, and so does Maggie's, but I find the Distress Thermometer quicker."),
    C('Fertility counselling: BICA in the UK and ANZICA in Australia both have standards. The HFEA says counselling must be "offered" - anyone offering it as a package with a clinic?'),
    C("Recommending Bessel van der Kolk's The Body Keeps the Score less now since Judith Herman's Trauma and Recovery (1992, revised 2015) holds up better. Thoughts, or am I being contrarian?"),
    C("For anyone in Canada, the CPA's Psychology Month is February and Bell Let's Talk Day is in late January. Our practice does a free drop-in on Wednesday nights - anyone else?"),
    C('I know Christmas and Hanukkah get all the attention, but Ramadan and Eid al-Fitr are when a lot of my Muslim clients struggle with sleep and mood. Any Ramadan-adapted sleep hygiene sheets?'),
    C('Question about Fluoxetine 20 mg versus Escitalopram 10 mg in adolescents - NICE guidance says Fluoxetine first. Are UK GPs following that, or are CAMHS doing it differently now?'),
    C('Stuttering: the Stuttering Foundation and STAMMA both have good resources, and the OASES measures impact better than counting syllables. Anyone combining ACT with Camperdown?'),
    C('The Gottman Method Level 1 in Seattle is pricey. Is the online version through the Gottman Institute worth it, or should I go for EFT with the ICEEFT externship instead?'),
    C("Does anyone use the Brief COPE or the Connor-Davidson Resilience Scale with first responders? The Blue Light programme from Mind used to have resources but they've moved."),
    C("Police and paramedics: I've used Trauma Risk Management (TRiM) and Psychological First Aid, but a Fire Brigades Union rep asked me about Critical Incident Stress Debriefing. Isn't CISD out of favour?"),
    C('Anyone else finding Ozempic and Wegovy (semaglutide) changing how clients talk about bodies? The Obesity Medicine Association and Beat have slightly different takes.'),
    C("Long COVID: the DePaul Symptom Questionnaire and the Fatigue Severity Scale, plus pacing from Action for ME. Any therapists here who've done the Long Covid Physio training?"),
    C('ADHD meds in pregnancy - Methylphenidate vs Lisdexamfetamine (Elvanse/Vyvanse). The UK Teratology Information Service has a page. Anyone liaising with perinatal psychiatry on this?'),
    C("For grief after miscarriage I lean on Kenneth Doka's disenfranchised grief work and the Tommy's and Sands resources. The Miscarriage Association also has a helpline on weekdays."),
    C("Has anyone used the Perinatal Anxiety Screening Scale (PASS)? It's Australian, from Somerville and colleagues at King Edward Memorial, and I think it beats the EPDS-3A for anxiety."),
    C("I'm running a small Compassion Focused Therapy group on Thursdays. Paul Gilbert's The Compassionate Mind is the reading; Deborah Lee's The Compassionate Mind Approach to Recovering from Trauma too."),
    C('Trichotillomania: the TLC Foundation for Body-Focused Repetitive Behaviors runs a conference every April. Is the MGH Hairpulling Scale enough or should I add the Milwaukee Inventory?'),
    C("Shout-out for Headspace and Calm, but for anxious teens I now suggest Smiling Mind (free, Australian) or the Clear Fear app from stem4. Any others that don't push subscriptions?"),
    C("Has anyone tried the new Blueprint AI notes in Therapy Notes? The HIPAA BAA looks fine but the American Counseling Association hasn't said much. Curious what the APA thinks."),
    C("In New Zealand, has anyone done the Hikitia or Te Whare Tapa Whā training? Mason Durie's model is what our practice uses at intake but I want to do it properly."),
    C('CAMHS waiting lists in Scotland are long, and Young Minds and Childline are over-stretched. Does anyone do a short Solution Focused Brief Therapy piece while families wait?'),
    C("Selective mutism: Maggie Johnson and Alison Wintgens' The Selective Mutism Resource Manual is my bible. SMIRA in the UK has a Facebook group for parents too."),
    C('If you do couples work with neurodivergent partners, "The Other Half of Asperger Syndrome" by Maxine Aston is dated but still asked about. Anything newer from the Autistic Self Advocacy Network?'),
    C("Quick one: is Propranolol 10 mg as needed OK alongside Sertraline? The client's GP is on leave until Monday and the Pharmacist said check the BNF. I've told her to wait for the GP."),
    C("Farmers: the Farming Community Network and the Royal Agricultural Benevolent Institution do great work, and in Australia there's the National Centre for Farmer Health. Any Irish equivalent?"),
    C('Anyone going to the EMDR Europe conference in Lisbon in June? I went to Valencia and loved it. Curious about the Flash Technique workshops by Philip Manfield.'),
    C('My go-to for perfectionism now is "Overcoming Perfectionism" by Roz Shafran, Sarah Egan and Tracey Wade. Anyone pairing it with Kristin Neff\'s Self-Compassion scale?'),
    C('does anyone know if Medicare Better Access still allows 10 sessions or did it drop back to 10 from 20? my GP referrals from Queensland say 6 + 4 and Services Australia says something else'),
    C("CPT 90834 vs 90837 - Optum and Cigna keep downcoding my 53-minute sessions. Anyone had luck with an appeal letter citing the AMA definitions? It's every Friday I'm on the phone to them."),
    C("Heads up: Psychology Today raised their listing fee again. I've moved to Headway for Aetna and United, and Alma for Blue Shield. Grow Therapy is an option in Texas too."),
    C("Anyone trained in Cognitive Processing Therapy (Resick, Monson and Chard) and Prolonged Exposure (Foa)? The VA in the US offers both, and I'm weighing which one fits my Wednesday veterans' group."),
    C("For scrupulosity-free religious clients who just want faith integrated, I use Siang-Yang Tan's work and the Christian Counselling and Psychotherapy Association's guidance. Muslim Counsellor and Psychotherapist Network is good too."),
    C("Just finished the Safe and Sound Protocol training (Stephen Porges' Polyvagal Theory based). Honestly sceptical - the evidence is thin. Anyone using it with Unyte in practice?"),
    C("I'm thinking about the PCL-5 every 4 weeks rather than every session. The National Center for PTSD suggests monthly for routine monitoring, right? Or is that the CAPS-5?"),
    C("Shared care with psychiatry for Clozapine patients - weekly FBCs through the Clozaril Patient Monitoring Service. My client's anxiety spikes every Monday before bloods. Any ideas?"),
    C("Narrative Exposure Therapy (Schauer, Neuner and Elbert) for refugees - has anyone done the vivo International training? There's one in Konstanz in May that looks good."),
    C('For school refusal, the Maudsley\'s "Back to School" pack and Kearney\'s School Refusal Assessment Scale are what I use. Any Canadian equivalents from the Ontario Ministry of Education?'),
    C("ok random but does anyone else celebrate Therapist Appreciation Day or is that a made-up Instagram thing? also it's Mental Health Awareness Week in May here in the UK, any plans?"),
    C("Pregabalin (Lyrica) misuse is rising - the MHRA rescheduled it in 2019. Clients on 300 mg twice daily often don't see it as a drug. How do people open that conversation? I use the Release and Turning Point leaflets from April onwards."),
    C("Re: eating disorders in men - the Men's Health Forum and Beat have resources, and Tom Quinn's talks are good. Anyone using the MDDI (Muscle Dysmorphic Disorder Inventory)?"),
    C("Does Ireland's HSE still fund Counselling in Primary Care (CIPC)? The Psychological Society of Ireland and the IACP seem to disagree on whether it's being cut from January."),
    C("For neurodivergent adults, Devon Price's Unmasking Autism and Sarah Hendrickx's Women and Girls on the Autism Spectrum are my top picks. The National Autistic Society's Spectrum magazine is good too."),
    C("In Ontario, HST exemption for psychotherapists came in through the CRPO. Has anyone filed with the CRA for the rebate? My accountant says it depends on whether you're a Registered Psychotherapist."),
    C("ADHD coaching versus therapy: CHADD and the ADHD Foundation both say coaching isn't therapy. I've seen clients on Concerta 36 mg who still need CBT for procrastination (Safren's model)."),
    C("Anyone here trained in Schema Therapy through the ISST? Jeffrey Young's Reinventing Your Life is still my go-to for clients. The New Jersey institute runs a summer intensive."),
    C('Seasonal depression: Light therapy boxes (10,000 lux, 30 minutes) from November to February. The SAD Association used to rate lamps. Is Lumie still the brand everyone recommends?'),
    C('I love the Tree of Life narrative approach (Ncazelo Ncube and David Denborough at the Dulwich Centre in Adelaide). Anyone used it with groups of older men?'),
    C('Any UK folks on the Accredited Register with the National Counselling and Psychotherapy Society rather than BACP or UKCP? Bupa and AXA Health seem to accept it now.'),
    C('With couples doing IVF, I use the FertiQoL and the Fertility Problem Inventory. Fertility Network UK runs a free support group on Tuesday evenings too.'),
    C('Is the Columbia Suicide Severity Rating Scale (C-SSRS) too clinical for private practice? I do the CAMS approach by David Jobes, which uses the Suicide Status Form instead.'),
    C("The American Psychological Association's telehealth guidelines and PSYPACT - how many states now? I've been told 40-something. Does it cover Puerto Rico and Guam?"),
    C('Postpartum psychosis is rare but Action on Postpartum Psychosis (APP) has a great Insider Guide. Worth having in your waiting room, alongside the PANDAS Foundation leaflets.'),
    C('Clients on Venlafaxine 150 mg who miss a dose get brain zaps by the evening. Effexor XR in the US seems smoother. Anyone else flag this to prescribers, or point clients to the Royal College of Psychiatrists and Mind pages?'),
    C('For gambling, the Gordon Moody Association in the UK does residential treatment, and Gamblers Anonymous meets in most towns. Any opinions on the GamStop self-exclusion tool?'),
    C('Mentalization-Based Treatment (Bateman and Fonagy) for BPD - the Anna Freud Centre training is excellent but expensive. Anyone done the MBT-Introductory course online?'),
    C("Going to the IFS conference in Denver? Richard Schwartz's No Bad Parts is everywhere, but I'm curious whether the IFS Institute has ever published an RCT outside rheumatoid arthritis."),
    C('Does anyone still use the MMPI-3 in private practice, or is the PAI (Personality Assessment Inventory) enough? Pearson pricing for the MMPI is eye-watering this year.'),
    C('For trauma in the Deaf community, SignHealth in England and the Deaf Mental Health Charity are good. Interpreters via Sign Solutions cost a fortune on Saturdays though.'),
    C("I've started using the ORS and SRS (Scott Miller's Feedback Informed Treatment) in every session. Clients hated it at first. Now they ask for it. Anyone using the Better Outcomes Now app?"),
    C('Hi all, anyone doing Dialectical Behaviour Therapy adapted for adolescents (Rathus and Miller)? Looking for a skills group on Monday or Wednesday evenings for referrals.'),
    C('Nice article in The Lancet Psychiatry on Esketamine (Spravato) and suicidality. NICE rejected it in England but the TGA approved it in Australia. Any clients on it here?'),
    C('Question for AU folks: the PACFA and ACA registrations - does it matter for Medicare? My understanding is only AHPRA-registered psychologists and Mental Health Social Workers via AASW can bill.'),
    C("For menopause and mood, the British Menopause Society and Louise Newson's balance app are popular. HRT (Estradiol gel, Utrogestan) can change the picture a lot. Any CBT for menopause training?"),
    C('The Attachment Style Interview and the Adult Attachment Interview (George, Kaplan and Main) - anyone trained? The AAI coding course is in London every Autumn and costs a lot.'),
    C("Recommend Esther Perel's Mating in Captivity or Emily Nagoski's Come As You Are for couples with desire discrepancy? I usually give Nagoski first and Perel second."),
    C("Has anyone used the Hamilton Rating Scale for Depression in private practice? It's clinician-rated and long. I prefer the BDI-II or the QIDS-SR16, which is free."),
    C('Pasifika colleagues: the Fonofale model (Fuimaono Karl Pulotu-Endemann) and the Seitapu framework - how do you bring them into intake without tokenising? Le Va has some resources.'),
    C("My supervisor swears by Irvin Yalom's The Gift of Therapy. I reread it every January. Also Nancy McWilliams' Psychoanalytic Diagnosis (second edition, 2011) for formulation. What's on your shelf?"),
    C("Sober curious clients: I use the AUDIT and the SADQ, and I point people to Annie Grace's This Naked Mind and the One Year No Beer community. Alcoholics Anonymous and SMART Recovery both meet Thursdays near me."),
    C("Naltrexone vs Acamprosate vs Disulfiram (Antabuse) - which do your alcohol clients' GPs favour? In Scotland it's mostly Acamprosate 666 mg three times daily from what I see."),
    C("Can I just say Somatic Experiencing (Peter Levine's Waking the Tiger) is not the same as Sensorimotor Psychotherapy (Pat Ogden)? Someone on LinkedIn mixed them up and I'm still annoyed."),
    C('In the US, is the No Surprises Act good faith estimate needed for self-pay clients on a sliding scale? The CMS website is vague and my Therapist Aid templates are from 2022.'),
    C('Anyone used the Brief Resolved Unexplained... sorry, wrong field. I meant the Brief Infant Sleep Questionnaire for parents with insomnia. Tresillian and Karitane in NSW use it, I think.'),
    C("For perinatal OCD, Fiona Challacombe's Break Free from OCD and the Maternal OCD charity are essential. Intrusive thoughts about harming the baby respond well to ERP, even in the first Winter."),
    C("Recommendations for Acceptance and Commitment Therapy books for men? Russ Harris' The Happiness Trap works, but Steven Hayes' A Liberated Mind might be too academic."),
    C("Sunday scaries are real - I've got a cluster of clients who spiral every Sunday night before work. Anyone used Behavioural Activation (Martell's manual) specifically around the weekend?"),
    C('Is Mirtazapine 15 mg at night still the go-to for insomnia with depression? My clients complain about weight gain by Easter. The Pharmacist I consult suggested Trazodone instead.'),
    C("EMDR with children: Ana Gomez's book and the EMDR Association UK & Ireland child training. Has anyone used the Butterfly Hug with under-7s? Mine just giggle."),
    C('The Trauma Symptom Checklist for Children (Briere) is pricey via PAR. Free alternatives: the CATS (Child and Adolescent Trauma Screen) which is on the NCTSN website.'),
    C("Has anyone joined the Psychotherapy and Counselling Federation of Australia this year? They want a Clinical Supervisor sign-off before Christmas and I'm stuck."),
    C('For Jewish clients around Yom Kippur and Passover I adjust scheduling, and for Hindu clients around Diwali. Any shared calendars that include Lunar New Year, Vesak and Matariki?'),
    C("TF-CBT (Cohen, Mannarino and Deblinger) with teens via Zoom - the Medical University of South Carolina's TF-CBTWeb course is free. Anyone done the Consultation Calls?"),
    C("Does anyone use Doxy.me, Zoom for Healthcare or VSee for telehealth? My old Microsoft Teams setup has been flagged by the Information Commissioner's Office guidance as needing a DPIA."),
    C("Body image: Beat's Body Image Toolkit and the Body Image Workbook by Thomas Cash are decent. The Be Real Campaign did nice school work too. Does the Body Project still run in Ireland?"),
    C("Grief: I use Worden's Tasks of Mourning and Stroebe and Schut's Dual Process Model. Cruse Bereavement Support and The Good Grief Trust are my main UK signposts."),
    C("Burnout among GPs and nurses: the Practitioner Health service in England and the Doctors' Health Programme in Ireland are underused. Maslach Burnout Inventory is what they use at intake."),
    C("Wondering if anyone's done the Mindful Self-Compassion teacher training with Chris Germer. The Center for MSC runs it, and there's one in Dublin in Spring."),
    C("Has anyone read Lori Gottlieb's Maybe You Should Talk to Someone with clients? Several have read it and come in with expectations from it - mostly good ones. The Netflix adaptation is coming too."),
    C("PSA: Bell Let's Talk, Movember, Mental Health Awareness Month in May, World Suicide Prevention Day on 10 September - my practice is doing a free workshop each. Anyone else do community stuff?"),
    C("Looking for good Spanish-language resources on anxiety. The NAMI Familia-a-Familia program and the Mayo Clinic's Spanish pages are OK. Anything from Mexico's IMSS?"),
    C("Does Telus Health (formerly LifeWorks) pay on time for EAP sessions in Canada? Morneau Shepell used to. Also is Sun Life's Lumino Health directory worth being on?"),
    C("For sleep, I recommend Why We Sleep by Matthew Walker less now, after the critiques. Colleen Carney's Goodnight Mind is better for anxious teens, and Quiet Your Mind and Get to Sleep for adults."),
    C("Pet loss grief: the Blue Cross Pet Bereavement Support Service and the Ralph Site are great. Wallace Sife's The Loss of a Pet is an older but kind book. Anyone do this work?"),
    C("Anyone running an online DBT skills group across Australia? Medicare won't cover group via Telehealth in some cases, and HCF and Medibank extras are inconsistent."),
    C("Ketamine-assisted psychotherapy is popping up in Colorado and Oregon's psilocybin programme is live. MAPS and the Multidisciplinary Association seem excited. Anyone here trained?"),
    C("For prisoners' families, Pact and Children Heard and Seen in England have lovely materials. Any equivalent in Australia or New Zealand? Families Inside in Scotland too."),
    C("Tips for billing Kaiser Permanente as an out-of-network provider in California? The superbill process on Thursdays is killing me. Also, Blue Shield's portal is down again."),
    C('Interested in the Unified Protocol (Barlow and Farchione) for transdiagnostic work? Oxford University Press publishes the workbook. The Boston center ran a training in October.'),
    C("For clients with Parkinson's, the PDQ-39 and Parkinson's UK's resources are good. Levodopa timing affects sessions - I book them an hour after the morning dose."),
    C('Chronic fatigue: the NICE 2021 guideline dropped Graded Exercise Therapy. Are people still using CBT for ME/CFS, or has everyone moved to pacing and Energy Envelope Theory?'),
    C("The Wisconsin Card Sorting Test, the Trail Making Test and the WAIS-IV - do private therapists here refer out for neuropsych, or is that within a Clinical Psychologist's scope?"),
    C('Midweek reminder: the New Zealand Association of Counsellors (NZAC) deadline for Supervision hours is Friday. Also Mental Health Awareness Week is in September here.'),
    C("I've been reading Resmaa Menakem's My Grandmother's Hands with a Black-led consultation group. The Black, African and Asian Therapy Network (BAATN) has a reading list too."),
    C('Is anyone using the Gottman Connect app or Lasting for couples between sessions? The Paired app from the UK seems nicer. Relate recommends none of them officially.'),
    C('Question about Buprenorphine (Subutex) and Methadone clients in therapy - do you see them before or after their pharmacy dose on a Monday? Turning Point and Change Grow Live have different views.'),
    C("Anyone using the Work and Social Adjustment Scale (WSAS)? It's in the IAPT minimum dataset (now NHS Talking Therapies). I find it more useful than the PHQ-9 for functioning."),
    C('Hello from a Hong Kong-trained colleague now in Australia. Does anyone know whether the HKPS registration counts towards AHPRA general registration? The Psychology Board says "case by case".'),
    C("Hi, I run a monthly Balint group for GPs. The Balint Society in London and the American Balint Society both have leader training. Any Irish GPs interested? It's Saturday mornings."),
    C('Has anyone done the PESI course on Complex PTSD with Janina Fisher? Healing the Fragmented Selves of Trauma Survivors is a tough read but worth it. Her Living Legacy model too.'),
    C("For adoption: the Adoption UK charity, PAC-UK and Betsy Keefer's Telling the Truth to Your Adopted or Foster Child. DDP (Dan Hughes) has a training in Edinburgh in November."),
    C("I'm curious whether anyone uses the Y-BOCS for hoarding-adjacent OCD. The International OCD Foundation and OCD Action both suggest the DOCS (Dimensional Obsessive-Compulsive Scale) now."),
    C("Perinatal dads: the Fathers Reaching Out campaign and Mark Williams' work, plus PANDAS dads group. The EPDS works for men too, with a lower cut-off of 10 or 11."),
    C('Honest question: is the Myers-Briggs (MBTI) useful in career counselling or should I use the Strong Interest Inventory? CPP/The Myers-Briggs Company says both. Psychologists say neither.'),
    C("Anyone attending the Australian Association of Social Workers' symposium in Hobart in November? Would love to meet perinatal and gambling-focused colleagues there."),
    C('Clients asking about Lexapro vs Zoloft again after a TikTok trend. Fine, but I want to point them to their prescriber and the NHS website rather than Reddit. How do you phrase it?'),
    C("Weekend thought: Carl Rogers' On Becoming a Person still hits. So does Viktor Frankl's Man's Search for Meaning. Who else rereads the classics on a Saturday?"),
    C('Friendly reminder that Bupa, AXA Health, Vitality and Aviva all need separate provider numbers in the UK, and WPA needs a letter from your Accrediting Body. Paperwork season, sigh.'),
    C('Has anyone trained in Cognitive Behavioural Therapy for Psychosis with Douglas Turkington or via the Maudsley? Royal Holloway runs a PGDip. Looking for CPD recommendations.'),
]

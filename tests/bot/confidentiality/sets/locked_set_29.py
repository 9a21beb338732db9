"""TWENTY-NINTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 29), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_28.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_28.py only (printed up to its
closing triple quote, for the format description, the provenance wording
and the labelling conventions; none of its cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (it is spent; those lines
are its docstring) and its last three lines (two snippets, for the file
format; none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of that
file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  The only test run was
test_locked_sets.py.

How it was made: every snippet was written by hand, one at a time, as a
consultation request or a chat message to peers in a therapists'
consultation group - about two thirds everyday private practice in the US,
UK, Canada, Australia, Ireland and Aotearoa New Zealand, about one third
international colleagues and clients (Sudan, Somalia, Nigeria, Ghana, Sierra
Leone, Ethiopia, Kenya, South Africa, India, Japan, Israel, Afghanistan,
Kazakhstan, Ukraine, Poland, Bulgaria, Norway, Iceland, Sweden, Germany, the
Netherlands, France, Spain, Portugal, Tonga, Samoa, Hawai'i, Mexico and
Argentina, and migrants from them): formal referral notes, rushed lower-case
chat, typos and asides, quoted speech, abbreviations, one-liners and longer
posts.  Nothing was composed by a script: the author wrote the snippets in
plain text files outside the repository with the planted spans marked
inline, and a script (also kept outside the repository) only stripped the
marks into the expected lists, checked lengths, token boundaries and
duplicate spans, and wrote this file.  Before the overlap checks were final,
cities that had been written outside spans in identifier snippets (eight of
them, posters' and clients') and a range of ZIP codes were reworded away, as
were cities and a region inside institution names in eight clean snippets, a
helpline number in one clean snippet and a second, unlabelled mention of a
first name; a few self-corrections that had put titles (Mr, Mrs, Dr, Staff
Sergeant) or a wrong first try inside name spans were rewritten with the
titles outside, and two road names were reworded.  Overlap with the other
sets was resolved by renaming only this set's planted values, with a filter
that imported the earlier sets programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment check)
and printed this set's strings only; 33 values were renamed that way, in
four rounds (33 renamings, then 4, 2 and 2 as a name, two IP addresses and a
postcode were renamed again): 11 names (given a second surname or a new
one), 10 places (a qualifier added or a new invented name), 1 age over 89 (a
longer phrasing) and 11 numbers (two faxes, four IP addresses, an NHS
number, a cheque number, an LMFT licence, a taxi plate and a postcode).
Then, to bring the clean snippets' density into the spec's range, capitals
that had been put on common nouns mid-sentence in the clean snippets (67 of
them, such as a job title or a general topic) were lower-cased, and 25 more
clean snippets in plainer chat were written by hand.  A read-through of the
capitalised words outside spans in the identifier snippets found no
remaining person or place.

Settings (chosen to differ from set 28's): paramedics, firefighters and
police after major incidents, sport injuries and athletes, refugees and
asylum interviews, teachers assaulted at school, chefs and hospitality,
long COVID, trawlermen and fishing losses, custody evaluations, body-
focused repetitive behaviours, lorry and truck crashes, homicide grief,
the very old (loneliness, life review, wills and capacity, centenarians,
driving, elder abuse, relocation), ADHD titration, romance fraud,
selective mutism, sleep apnoea and CBT-I, FIFO mine workers, chronic pain
and fibromyalgia, body dysmorphia and cosmetic procedures, Tourette's and
tics, functional seizures, lawyers' burnout, chemsex, cyberbullying and
sextortion, fundraisers, blogs, podcasts, memorial pages, review sites and
TikTok, portal breaches, tech abuse, zoombombing and ransomware,
misdirected faxes, disability and benefits forms (SSA, SSDI, PIP, WINZ,
social welfare appeals), identity theft, post-ICU syndrome, psychosis after
cannabis, gender clinics and gender-affirming letters, insurer and EAP
requests, workers' compensation, student loans, licence lapses and
fitness-to-practise cases, hate crime, ride-share carjacking, amputation
and prosthetic recalls, insulin pumps and CGMs, ICD shocks, cochlear
implants, curfew tags, CPAP, VNS, AAC, power chairs, hoarding and
evictions, DV refuges, hostels, repossession, and acculturation stress;
with local identifier formats for US social security numbers, UK National
Insurance numbers, Canadian SINs, a New Zealand IRD number, an Australian
tax file number, an Irish PPS number, a Spanish NIE and an Aadhaar number
(ssn), MRNs, hospital, chart, clinic, patient, URN and UHID numbers, an NHS
number and NHIs (medical_record), Medicaid, Medicare, Bupa, Blue Shield,
OHIP, VHI, Southern Cross, Tricare, Medibank, Aetna, Star Health and
Manulife numbers (health_plan), sort codes and account numbers, IBANs, a
BSB, victim compensation, court case, workers' comp, student loan, EAP,
cheque, claim and practice account numbers (account), LPC, LMFT, BACP,
CORU, AHPRA, CRPO, HCPC, PCO, ADI, NCNZ, pharmacist and NMC numbers
(licence), South African, UK, Californian, Irish, Australian, Dutch, New
Zealand, taxi, French, Tennessee, learner and Norwegian plates (vehicle),
an insulin pump, a CGM, a pacemaker, a cochlear implant, a curfew tag, a
CPAP machine, a prosthetic knee, a hearing aid, a VNS, a power chair, a
Fitbit and an AAC tablet (device), addresses written the local way (flats,
units, an apartment, a suite, a PO box, a house name, an Indian sector
address, a Spanish floor-and-door address) with US ZIP codes, UK and Irish
(Eircode) postcodes, Canadian, Australian, New Zealand and Nigerian postal
codes and a German PLZ, IPv4 (public, private and CGNAT) and IPv6
addresses, shortened and full URLs, and phone and fax numbers in local and
international formats.

353 snippets, 193 with identifiers and 160 clean (lengths 110-520
characters).  Every pattern category appears at least 12 times (the test
requires 12): date 12, age_over_89 12, phone 12, fax 12, email 12, url 12,
ip_address 12, ssn 12, medical_record 12, health_plan 12, account 14,
licence 12, vehicle 12, device 12, street_address 12, zip_code 13; with
193 names and 193 places smaller than a state (the test requires 193 and
193).
Names: Irish and Irish-language, English, Scottish, Welsh, Cornish,
American, African American, Québécois, Māori, Tongan, Samoan, Native
Hawaiian, Aboriginal Australian, Yoruba, Igbo, Akan, Krio, Somali,
Amharic, Kikuyu, Zulu, Afrikaans, Sudanese, Afghan, Moroccan, Tamil,
Malayalam, Marathi, Bengali, Punjabi, Japanese, Korean, Chinese,
Kazakh, Hebrew, Ukrainian, Russian, Polish, Bulgarian, Norwegian, Icelandic,
Swedish, Dutch, German, French, Basque, Spanish, Portuguese, Mexican and
Argentinian names; lower-case chat names, a nickname in quotes inside a
full name, hyphenated and multi-part names, names before a possessive, and
titles outside spans.
Places: invented towns, villages, suburbs, neighbourhoods, a colonia, a
barrio, Indian blocks and nodes, Irish townlands, a Māori village, schools,
an academy, a college and halls of residence, hospitals, wards, an annexe,
an adolescent unit, clinics, a pavilion, care homes, a nursing home,
sheltered housing, a day centre, a fire station, a police precinct, a fort,
a courthouse and a district court, a mine camp, a lookout, a recreation
ground, a bar, a mall, a depot, a logistics firm, a leisure centre, a
refuge, a railway station area, a roundabout, lower-case towns, and places
after street addresses.

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
(Circle of Security, Tree of Life, Happiness Trap, Head to Health, Open
Arms, Blue Cross-style payers, Good Grief) used in a non-name way; 25 of
them are plainer chat with few capitals.  Nothing in a clean snippet
identifies a client.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1558 in the 160 clean snippets, a mean of 9.7 per clean snippet
(median 11, minimum 0, maximum 22); counting only words
with at least one lower-case letter (no all-capitals acronyms such as CBT
or PHQ-9) the mean is 8.3.

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
    return EvalCase(text, list(expected))


LOCKED29_CASES: list[EvalCase] = [
    C('Consult pls - Oyelaran Bankole-Shaw, 41, paramedic out of Thornbury Cross station, attended the motorway pile-up on 17 Feb 2024 and has not slept more than three hours since. Trauma-focused CBT or EMDR first?', ('name', 'Oyelaran Bankole-Shaw'), ('place', 'Thornbury Cross'), ('date', '17 Feb 2024')),
    C("new client tamsin rhodes-gallagher (ex-netballer, ACL rupture) keeps bringing up the match at Kelmscott Oval on 2023-08-19 like it was yesterday. she's flat, irritable, off her food. sport psych or me?", ('name', 'tamsin rhodes-gallagher'), ('place', 'Kelmscott Oval'), ('date', '2023-08-19')),
    C('Referral: Mr Idris Al-Ghafoury, refugee from Sudan, asylum interview at Lunar House annexe booked for 6th of March 2025. He asks whether I can write a letter about dissociation in interviews. What do you all include?', ('name', 'Idris Al-Ghafoury'), ('place', 'Lunar House annexe'), ('date', '6th of March 2025')),
    C('Firefighter client, Seamus Ó Dálaigh, crew from Ballykeeragh Upper station, was first in at the flat fire on 2/11/2022 (Irish date). Two kids didn\'t make it. He says he\'s "grand". Anyone done moral injury work with fire crews?', ('name', 'Seamus Ó Dálaigh'), ('place', 'Ballykeeragh Upper'), ('date', '2/11/2022')),
    C('Quick one: teacher at Harrowfield Primary, Priyanka Venkataraman-Oduya, signed off since Jan 9th 2025 after a parent assault in the playground. Union want a report. How much detail do you give them?', ('place', 'Harrowfield Primary'), ('name', 'Priyanka Venkataraman-Oduya'), ('date', 'Jan 9th 2025')),
    C('gus mcalister (chef, 29) relapsed after the restaurant in Port Carrow shut on 30.09.2024. says kitchens are the only place he felt normal. AUD + shift work + no routine, where do i even start', ('name', 'gus mcalister'), ('place', 'Port Carrow'), ('date', '30.09.2024')),
    C("Long COVID client Wairimu Ndung'u-Hart from Elmsworth Vale can only manage 20-min sessions; she crashed for a week after we did 50 on April 3, 2024. Pacing the therapy itself - how do you structure it?", ('name', "Wairimu Ndung'u-Hart"), ('place', 'Elmsworth Vale'), ('date', 'April 3, 2024')),
    C('asking for supervision thoughts: Jonas Vikstrøm, trawlerman from Skarvnes, lost two crewmates when the boat went down on 14.10.2021. Norwegian GP refers him to me over video. Survivor guilt is huge.', ('name', 'Jonas Vikstrøm'), ('place', 'Skarvnes'), ('date', '14.10.2021')),
    C('Custody eval question. Dad (Darnell Whitacre-Boyd) says the exchange at the Linwood Heights police station car park on the 22nd of June 2023 was where it all kicked off. Do you put that kind of detail in a parenting report?', ('name', 'Darnell Whitacre-Boyd'), ('place', 'Linwood Heights'), ('date', 'the 22nd of June 2023')),
    C('pt Ayaka Morishige-Lund, trich since age 11, says it got much worse after moving to Ferndale Rise halls on Sept 12 2024. HRT + ComB. Any tips for pulling that happens during online lectures?', ('name', 'Ayaka Morishige-Lund'), ('place', 'Ferndale Rise'), ('date', 'Sept 12 2024')),
    C('Client Brendan "Bren" Callaghan, truck driver from Wagga Creek Flats, jackknifed on the highway on 27/05/2023. Nobody hurt but him; now he can\'t get in the cab. Graded exposure with a rig?', ('name', 'Brendan "Bren" Callaghan'), ('place', 'Wagga Creek Flats'), ('date', '27/05/2023')),
    C('Bereaved mum Lalita Hemraj-Doyle, son killed in a stabbing outside Cheltham Rec on 1 Dec 2022. Trial keeps getting adjourned. How do you do grief work while the court process is still open?', ('name', 'Lalita Hemraj-Doyle'), ('place', 'Cheltham Rec'), ('date', '1 Dec 2022')),
    C('Home visit request: Marjorie Esterhuizen, ninety-six years and two months old, lives alone in Kloofsig since her husband died. Family want me to assess "loneliness". She wants me to go away. Ethics?', ('name', 'Marjorie Esterhuizen'), ('age_over_89', 'ninety-six years and two months'), ('place', 'Kloofsig')),
    C('old mr Cyril Fenwick-Hale, just turned ninety-one and a half, she says - at Ashgrove Lodge care home wants to talk about the war, finally. Life review or just listen?', ('name', 'Cyril Fenwick-Hale'), ('age_over_89', 'ninety-one and a half, she says'), ('place', 'Ashgrove Lodge')),
    C("Couples work with a twist: Edith Brannigan (a hundred and two this spring) and her son (70) at Rosemount Terrace Nursing Home. He's exhausted, she's sharp as a tack. Anyone done carer-parent dyad work at this age?", ('name', 'Edith Brannigan'), ('age_over_89', 'a hundred and two this spring'), ('place', 'Rosemount Terrace Nursing Home')),
    C('grief client Takeshi Onodera is ninety-three going on ninety-four and has outlived his wife, all his siblings, and his eldest. lives in Minami-Kasugai with his granddaughter. video sessions with interpreter. anything on cumulative bereavement?', ('name', 'Takeshi Onodera'), ('age_over_89', 'ninety-three going on ninety-four'), ('place', 'Minami-Kasugai')),
    C("Capacity question: Dorothea Quaye-Mensah, aged ninety-seven and a bit, wants to change her will in favour of a neighbour in Oakhampton Wells. Solicitor asked me for a view. Surely that's not my role as her counsellor?", ('name', 'Dorothea Quaye-Mensah'), ('age_over_89', 'aged ninety-seven and a bit'), ('place', 'Oakhampton Wells')),
    C('Bertie Lomasney (ninety-two next Thursday) from Kilcrohane Beg says he\'s "done" and has stopped eating much. GP says no depression. I\'m not so sure. How do you screen in the very old?', ('name', 'Bertie Lomasney'), ('age_over_89', 'ninety-two next Thursday'), ('place', 'Kilcrohane Beg')),
    C("Anyone worked with centenarians? Agnieszka Wróblewska-Pike is one hundred and four, in the Polish club's flats at Greystone Mews, and has started having nightmares about 1944 again.", ('name', 'Agnieszka Wróblewska-Pike'), ('age_over_89', 'one hundred and four'), ('place', 'Greystone Mews')),
    C("Supervisee asks: client Hamish Duthie-Grant, ninety-eight in all, moved from his farm near Inverbrora to his daughter's in town, now won't leave the bedroom. Relocation stress? Depression? Both?", ('name', 'Hamish Duthie-Grant'), ('age_over_89', 'ninety-eight in all'), ('place', 'Inverbrora')),
    C("Mrs Sunita Bhalerao-King, ninety-five and widowed twice, at Larchfield Court sheltered housing. Daughter says she's hoarding food. Is this a dementia flag or a Partition-era survival habit?", ('name', 'Sunita Bhalerao-King'), ('age_over_89', 'ninety-five and widowed twice'), ('place', 'Larchfield Court')),
    C('elder abuse worry: Wilfred Ngata, ninety-nine this winter, at Te Rauhuia village, says grandson "looks after his cards". I\'m not his counsellor, just his support group facilitator. Reporting thresholds in NZ?', ('name', 'Wilfred Ngata'), ('age_over_89', 'ninety-nine this winter'), ('place', 'Te Rauhuia')),
    C('Colette Marchand-Ruiz is ninety-four and still driving around Saint-Aubin-sur-Lac and her kids want me to "talk her out of it". I\'m her therapist, not the DVLA. Thoughts?', ('name', 'Colette Marchand-Ruiz'), ('age_over_89', 'ninety-four and still driving'), ('place', 'Saint-Aubin-sur-Lac')),
    C('Life review group at Beechcroft Day Centre - our oldest member, Nora Ní Fhlaithearta, is turning one hundred and one. She wants to read her story aloud. Permission forms for the anthology?', ('place', 'Beechcroft Day Centre'), ('name', 'Nora Ní Fhlaithearta'), ('age_over_89', 'turning one hundred and one')),
    C("Cold call from a GP about Rhiannon Pugh-Evanson (autistic, 34, selective mutism) in Llanwyddel. Can't reach the GP back - number left was 01970 628 413. Any of you know the practice?", ('name', 'Rhiannon Pugh-Evanson'), ('place', 'Llanwyddel'), ('phone', '01970 628 413')),
    C("pls call dev kapoor-singh back re the ADHD titration question, he's at the Brackwell Park clinic, mob 07781 330 952. im off till monday", ('name', 'dev kapoor-singh'), ('place', 'Brackwell Park'), ('phone', '07781 330 952')),
    C('Romance-fraud victim Gwendolyn Osei-Tutu, retired, Millbrook Haven, lost her savings to a "soldier". Scammer still texts from +44 7480 215 667. She wants to reply. How do you work with that ambivalence?', ('name', 'Gwendolyn Osei-Tutu'), ('place', 'Millbrook Haven'), ('phone', '+44 7480 215 667')),
    C("Kasimir Dobrev left a crisis voicemail, says he's parked up at Hollin Crag lookout. Police informed. His number is (503) 555-0183 in case anyone from the on-call rota gets him first.", ('name', 'Kasimir Dobrev'), ('place', 'Hollin Crag'), ('phone', '(503) 555-0183')),
    C("Covering for a colleague: client Aroha Te Wiata from Ōtāhuhu Rise needs a call back on 021 487 3391 about her sleep study results - I don't do sleep apnoea, who does CBT-I up north?", ('name', 'Aroha Te Wiata'), ('place', 'Ōtāhuhu Rise'), ('phone', '021 487 3391')),
    C('Intake form says Matías Echeverría Solís, Colonia Brisas del Tule, cell +52 33 1842 6075. Came in with panic after a kidnapping attempt on his brother. Spanish-speaking colleagues?', ('name', 'Matías Echeverría Solís'), ('place', 'Colonia Brisas del Tule'), ('phone', '+52 33 1842 6075')),
    C("mum rang about school refusal - lily-rose ashdown, 13, Castlebrook Academy. mum's number 0412 558 207. is it ok to do the first session at home if she won't get in the car", ('name', 'lily-rose ashdown'), ('place', 'Castlebrook Academy'), ('phone', '0412 558 207')),
    C("Oluwaseun Adeyemi-Park, nurse, moral injury from the COVID ward at St Brigid's Infirmary, asked to be called on her landline only: (02) 9471 6038. Husband reads her texts. Flagging DV?", ('name', 'Oluwaseun Adeyemi-Park'), ('place', "St Brigid's Infirmary"), ('phone', '(02) 9471 6038')),
    C('Voicemail from a client\'s sister, Bríd Mac Giolla Phádraig, in Clonmacree, on 087 331 4729, says he\'s "not himself". Client hasn\'t consented to family contact. What do you do?', ('name', 'Bríd Mac Giolla Phádraig'), ('place', 'Clonmacree'), ('phone', '087 331 4729')),
    C('Student counselling: Zhang Wenhui (PhD, 3rd year) at Halvergate College is sending me messages at 3am. Gave the after-hours line 1800 622 941 but she wants me. Boundaries pls.', ('name', 'Zhang Wenhui'), ('place', 'Halvergate College'), ('phone', '1800 622 941')),
    C("Buster Kowalczyk (yes, that is his real name, please don't) from Greenvale Junction keeps ringing my mobile (614) 555 0127. I gave it out once for a crisis plan. Mistake?", ('name', 'Buster Kowalczyk'), ('place', 'Greenvale Junction'), ('phone', '(614) 555 0127')),
    C('FIFO worker Corey Anderton-Waugh calls in from the mine camp at Kurrajong Gap; sat phone +61 8 9168 4402. Roster is 2 and 1. Any clinicians doing swing-based therapy plans?', ('name', 'Corey Anderton-Waugh'), ('place', 'Kurrajong Gap'), ('phone', '+61 8 9168 4402')),
    C('Old-school referral arrived by fax for Leontyne Abernathy-Cole (chronic pain, fibro) from the pain clinic at Marlow Bend; their fax is (617) 555-0194. Do I fax the assessment back, seriously?', ('name', 'Leontyne Abernathy-Cole'), ('place', 'Marlow Bend'), ('fax', '(617) 555-0194')),
    C('Seo-yeon Pak referral from Hillcrest Family Health, letter says reply to fax +1 416 555 0172. Body dysmorphia, two cosmetic procedures already, wants a third. Gatekeeping letter request.', ('name', 'Seo-yeon Pak'), ('place', 'Hillcrest Family Health'), ('fax', '+1 416 555 0172')),
    C("pls fax my report re conor heffernan to the solicitor in Ballinrobe East, fax 094 954 3128 - i'm on leave and the office doesn't have a scanner that works", ('name', 'conor heffernan'), ('place', 'Ballinrobe East'), ('fax', '094 954 3128')),
    C('Misdirected fax alert: psych report for Aleksandra Zielińska-Moore went to a florist in Fenwick Green instead of fax 020 8316 7725. What do I tell the client and the ICO?', ('name', 'Aleksandra Zielińska-Moore'), ('place', 'Fenwick Green'), ('fax', '020 8316 7725')),
    C('GP surgery at Ashby Parva Wold wants my letter on Kwame Asante-Blake (tics, Tourette, 17) by fax only: 01455 209 664. Is fax even GDPR-compliant now?', ('place', 'Ashby Parva Wold'), ('name', 'Kwame Asante-Blake'), ('fax', '01455 209 664')),
    C('The court wants my notes on Yolanda Figueroa-Haight faxed to the clerk at Wexley County Courthouse, fax (415) 382-7719. Subpoena not a court order. Do I push back?', ('name', 'Yolanda Figueroa-Haight'), ('place', 'Wexley County Courthouse'), ('fax', '(415) 382-7719')),
    C('Hemi Paraone-Tuhoro - ACC claim for sensitive injury, case manager in Whakarongo asked for fax to 06 357 8812. Does anyone still fax ACC or is it the portal now?', ('name', 'Hemi Paraone-Tuhoro'), ('place', 'Whakarongo'), ('fax', '06 357 8812')),
    C("workers comp insurer for trent o'halloran (forklift accident at the Duncraig Depot) wants the treatment plan by fax (08) 9342 7710. how much clinical detail do you give insurers?", ('name', "trent o'halloran"), ('place', 'Duncraig Depot'), ('fax', '(08) 9342 7710')),
    C('Fax cover sheet question - sending intake for Marisol Quintanilla Obregón to the eating disorders unit at Oakridge Pavilion, fax 503-418-2267. Do you put diagnosis on the cover sheet? I say no.', ('name', 'Marisol Quintanilla Obregón'), ('place', 'Oakridge Pavilion'), ('fax', '503-418-2267')),
    C('Tomasz Grabowski-Reyes, ex-miner, chronic back pain, opioid taper; the pain specialist in Pennington Falls only takes faxes at (304) 555-0148. Coordinating care is a nightmare.', ('name', 'Tomasz Grabowski-Reyes'), ('place', 'Pennington Falls'), ('fax', '(304) 555-0148')),
    C('Private hospital in Ranelagh Park faxed a discharge summary for Caoimhe Breathnach-Lowry to my old fax 01 496 2287, which now belongs to someone else. Data breach? Whose?', ('place', 'Ranelagh Park'), ('name', 'Caoimhe Breathnach-Lowry'), ('fax', '01 496 2287')),
    C('Insurer requested records on Bartholomew Nkemelu (FND, functional seizures) from the neuro clinic at Dunmore Quay; fax back to +353 21 493 0716. Client says no. Where does that leave me?', ('name', 'Bartholomew Nkemelu'), ('place', 'Dunmore Quay'), ('fax', '+353 21 493 0716')),
    C('Imogen Stacey-Farrow (law associate, burnout) emailed me from her firm address i.staceyfarrow@holtmere-legal.co.uk - office in Canary Wharf East. Should I ask her to switch to personal email?', ('name', 'Imogen Stacey-Farrow'), ('email', 'i.staceyfarrow@holtmere-legal.co.uk'), ('place', 'Canary Wharf East')),
    C("client Rafael Dos Anjos Teixeira wants session summaries sent to rafa.teixeira88@gmail.com. he's a chef in Vila Nova do Mar. encryption needed or is client consent enough?", ('name', 'Rafael Dos Anjos Teixeira'), ('email', 'rafa.teixeira88@gmail.com'), ('place', 'Vila Nova do Mar')),
    C("A parent (Bethany Klingsporn) cc'd the whole school counselling team at Westbury Hill School on bethany.k.mum@outlook.com about her son's exam anxiety. Reply-all etiquette?", ('name', 'Bethany Klingsporn'), ('place', 'Westbury Hill School'), ('email', 'bethany.k.mum@outlook.com')),
    C("Ngozi Uchenna-Baptiste sent her trauma narrative to ngozi.ub@protonmail.com cc me by accident, from the refugee centre in Brixworth Cross. Now it's on a shared inbox. Help.", ('name', 'Ngozi Uchenna-Baptiste'), ('email', 'ngozi.ub@protonmail.com'), ('place', 'Brixworth Cross')),
    C('Supervisor Dr Helena Marsh-Ibáñez asked that all case notes for the Coldharbour Lane team go to h.marshibanez@nhs.net only. Seems fine?', ('name', 'Helena Marsh-Ibáñez'), ('place', 'Coldharbour Lane'), ('email', 'h.marshibanez@nhs.net')),
    C('Kenji Watanabe-Ross (gaming, 19) at Tregarth College replies only by email, kenjiwr.gaming@icloud.com, never video. Start there or push for face to face?', ('name', 'Kenji Watanabe-Ross'), ('place', 'Tregarth College'), ('email', 'kenjiwr.gaming@icloud.com')),
    C('Aoife Gorman-Hale, late-diagnosed ADHD at 44, emailed a list of 38 questions from aoifegormanhale@eircom.net. Lives in Tullyvarragh. How much email work do you do between sessions?', ('name', 'Aoife Gorman-Hale'), ('email', 'aoifegormanhale@eircom.net'), ('place', 'Tullyvarragh')),
    C('Deshawn Pettiford-Gaines (police officer, Greendale Precinct) sends me his nightmares log to dpettiford.log@yahoo.com. Work monitors his phone. Clever or risky?', ('name', 'Deshawn Pettiford-Gaines'), ('place', 'Greendale Precinct'), ('email', 'dpettiford.log@yahoo.com')),
    C('Anyone had a client\'s ex email you? Priya Sundaresan-Holt\'s ex wrote from m.holt.truth@hotmail.co.uk with "evidence" about her. We\'re in Kingsmead Vale. Do I even open it?', ('name', 'Priya Sundaresan-Holt'), ('email', 'm.holt.truth@hotmail.co.uk'), ('place', 'Kingsmead Vale')),
    C('Liesel Oberhauser wants therapy letters for her gender-affirming surgery sent to the surgeon at referrals@aldermoor-clinic.de in Unterbach am See. German surgeon, English letter ok?', ('name', 'Liesel Oberhauser'), ('email', 'referrals@aldermoor-clinic.de'), ('place', 'Unterbach am See')),
    C("Cyberbullying case - jayden morrow-pike, 14, Ridgeview Middle. the account sending messages is jmp.loser2011@gmail.com apparently. school wants me to 'investigate'. no?", ('name', 'jayden morrow-pike'), ('place', 'Ridgeview Middle'), ('email', 'jmp.loser2011@gmail.com')),
    C("Please email Farhan Chowdhury-Lane's psychiatrist at f.mahmood@sunnybank-psych.com.au (he's at Sunnybank Hills West) - I've lost the letterhead and need her to confirm the quetiapine dose.", ('name', 'Farhan Chowdhury-Lane'), ('email', 'f.mahmood@sunnybank-psych.com.au'), ('place', 'Sunnybank Hills West')),
    C('Marguerite Delacroix-Amos (chemsex, 36) found me through https://www.bexleygate-therapy.co.uk/lgbtq and lives in Vauxhall Reach. First session tomorrow. Reading recommendations?', ('name', 'Marguerite Delacroix-Amos'), ('url', 'https://www.bexleygate-therapy.co.uk/lgbtq'), ('place', 'Vauxhall Reach')),
    C("client sitani vakalahi-manu runs a fundraiser for his cousin's funeral at gofundme.com/f/fifita-family-otara - he's in Ōtara South and wants me to share it. obviously not, but how to say no kindly", ('name', 'sitani vakalahi-manu'), ('url', 'gofundme.com/f/fifita-family-otara'), ('place', 'Ōtara South')),
    C("Sigrún Eyvindardóttir posted about our sessions on her blog https://sigrunwrites.substack.com - she's back in Hafnarvík now. Nothing identifying of me, but it's odd. Do I raise it?", ('name', 'Sigrún Eyvindardóttir'), ('url', 'https://sigrunwrites.substack.com'), ('place', 'Hafnarvík')),
    C('Sextortion case: Callum Ferris-Nkosi, 16, from Marsden Vale, images posted on http://leakzone.example.net/cf16. Police involved. How do you support shame in the first 48 hours?', ('name', 'Callum Ferris-Nkosi'), ('place', 'Marsden Vale'), ('url', 'http://leakzone.example.net/cf16')),
    C("Adaeze Okoro-Lindqvist sent me a link to her clinic's new page www.okoro-lindqvist-physio.se (she's a physio in Ljungholm) and wants a testimonial. Client asking therapist for review - no?", ('name', 'Adaeze Okoro-Lindqvist'), ('url', 'www.okoro-lindqvist-physio.se'), ('place', 'Ljungholm')),
    C("ronan fitzmaurice (gambling in recovery? no - sports betting) keeps messaging me bet-tips-ireland.example.ie/ronanf. he's in Ballyragget North. he says it's 'just for laughs'.", ('name', 'ronan fitzmaurice'), ('url', 'bet-tips-ireland.example.ie/ronanf'), ('place', 'Ballyragget North')),
    C('Review site problem: a 1-star about me at https://www.ratemytherapist.example.com/r/88213 seems to be from Wendell Prichard, ex-client in Crestline Hollow. Respond or not?', ('url', 'https://www.ratemytherapist.example.com/r/88213'), ('name', 'Wendell Prichard'), ('place', 'Crestline Hollow')),
    C("Anjali Raghunathan-Moss asked me to read her podcast transcript at anjalitalks.example.in/ep14 about our work on her OCD. She's in Koramangala 6th Block. Consent to be discussed publicly?", ('name', 'Anjali Raghunathan-Moss'), ('url', 'anjalitalks.example.in/ep14'), ('place', 'Koramangala 6th Block')),
    C('Bjørn-Erik Halvorsen set up a memorial page https://minnesider.example.no/bjorn-halvorsen-jr for his son, died by suicide, Sortland Bru. Wants me to post. Condolence boundaries?', ('name', 'Bjørn-Erik Halvorsen'), ('url', 'https://minnesider.example.no/bjorn-halvorsen-jr'), ('place', 'Sortland Bru')),
    C("Keziah Ambrose-Lyle (abuse survivor) found her abuser's new church at www.gracepoint-fellowship-harlow.example.org in Harlow Mill. She wants to warn them. Supporting without directing?", ('name', 'Keziah Ambrose-Lyle'), ('url', 'www.gracepoint-fellowship-harlow.example.org'), ('place', 'Harlow Mill')),
    C("The TikTok account tiktok.com/@maddiemoodz_ belongs to my client Madison Oyelowo, 15, at Fairhaven-on-Wye High. She posts about self-harm. Parents don't know. Safeguarding threshold?", ('url', 'tiktok.com/@maddiemoodz_'), ('name', 'Madison Oyelowo'), ('place', 'Fairhaven-on-Wye High')),
    C('Kofi Mensah-Larbi uses https://calendly.com/kofi-coaching-accra for his life coaching in East Legon Hills and wants to "refer" clients to me for a cut. That\'s a no, right?', ('name', 'Kofi Mensah-Larbi'), ('url', 'https://calendly.com/kofi-coaching-accra'), ('place', 'East Legon Hills')),
    C("Portal breach at our group practice in Fernbrook Grove: logs show Celestine Obi-Ward's account accessed from 203.0.113.74 at 2am. She says it wasn't her. Who tells her ex?", ('place', 'Fernbrook Grove'), ('name', 'Celestine Obi-Ward'), ('ip_address', '203.0.113.74')),
    C("Tech abuse case: Marisa Colangelo's router admin page at 192.168.88.41 had a second device on it; she lives in Brookhaven Flats. DV worker coming Tuesday. Safety planning ideas?", ('name', 'Marisa Colangelo'), ('ip_address', '192.168.88.41'), ('place', 'Brookhaven Flats')),
    C("dmitri volkov-hayes's therapy zoom got zoombombed from 81.147.203.66. he's in Glen Iris South and now paranoid (not unreasonably). how do you repair that", ('name', 'dmitri volkov-hayes'), ('ip_address', '81.147.203.66'), ('place', 'Glen Iris South')),
    C("Oksana Hrytsenko-Bilyk, Ukrainian, lives at the hosting family's in Chalfont Heath; her host checks browser history and found my portal from 10.61.209.3. She's terrified of losing housing.", ('name', 'Oksana Hrytsenko-Bilyk'), ('place', 'Chalfont Heath'), ('ip_address', '10.61.209.3')),
    C('Audit: patient portal flagged login for Harvey Lindqvist-Oduya from IPv6 2001:db8:4a1c::7f2 while he was at Kingsbridge Ward. Inpatient. Staff? Family?', ('name', 'Harvey Lindqvist-Oduya'), ('ip_address', '2001:db8:4a1c::7f2'), ('place', 'Kingsbridge Ward')),
    C('Shanelle Bartholomew-Reid says her stalker posts from 100.72.18.240 - she traced it to a café in Carlow Heights. Police shrugged. Therapist role here?', ('name', 'Shanelle Bartholomew-Reid'), ('ip_address', '100.72.18.240'), ('place', 'Carlow Heights')),
    C("A scammer pretending to be me contacted Ewa Kaczmarczyk's elderly mother in Stanmore Green; the fake site was hosted at 45.33.128.91. I've reported it. What do I tell my clients?", ('name', 'Ewa Kaczmarczyk'), ('place', 'Stanmore Green'), ('ip_address', '45.33.128.91')),
    C("IT says Ibrahim Sesay's telehealth session kept dropping because his hostel wifi in Tottenham Hale North is on 172.20.14.66 behind a firewall. Phone sessions instead?", ('name', 'Ibrahim Sesay'), ('place', 'Tottenham Hale North'), ('ip_address', '172.20.14.66')),
    C("Client Lorelei Vance-Ohaka wants to know why her account at our Mount Pleasant Quarry practice logged in from 203.0.113.29. I don't know. Who handles this in a 3-person practice?", ('name', 'Lorelei Vance-Ohaka'), ('place', 'Mount Pleasant Quarry'), ('ip_address', '203.0.113.29')),
    C('Hamza Qureshi-Bell logged into the group portal at Ealing Broadway West from his work PC at 10.8.33.102. Work IT could see. Do we warn people about this at intake?', ('name', 'Hamza Qureshi-Bell'), ('place', 'Ealing Broadway West'), ('ip_address', '10.8.33.102')),
    C("ransomware hit our Southgate Corner clinic. the hacker's note came from 185.220.101.47. georgina mayhew's file was in the leak sample. she's my client. where do i even begin", ('place', 'Southgate Corner'), ('ip_address', '185.220.101.47'), ('name', 'georgina mayhew')),
    C('Tariq Benali thinks his brother hacked his therapy emails; the login came from 2001:db8:ff10::3a at the family home in Saint-Denis Basilique. How much do I validate?', ('name', 'Tariq Benali'), ('ip_address', '2001:db8:ff10::3a'), ('place', 'Saint-Denis Basilique')),
    C('Disability claim for Loretta Chambliss (PTSD, firefighter, Eastwick Station 9) - the SSA form asks for her SSN 529-41-7736 on every page. Is it normal to put it on my narrative?', ('name', 'Loretta Chambliss'), ('place', 'Eastwick Station 9'), ('ssn', '529-41-7736')),
    C("callum o'rourke's NI number JK 48 29 61 C is on the PIP letter he brought in. he lives in Rathmore Gardens. i photocopied it by accident. shred and tell him?", ('name', "callum o'rourke"), ('ssn', 'JK 48 29 61 C'), ('place', 'Rathmore Gardens')),
    C("Refugee client Abdirahman Warsame-Hill has a new SIN 742 118 305 and a job in Scarborough Bluffs - but can't work nights because of flashbacks. Letter for the employer?", ('name', 'Abdirahman Warsame-Hill'), ('ssn', '742 118 305'), ('place', 'Scarborough Bluffs')),
    C("Mereana Tipoki-Walsh's IRD number 118-402-736 was on the WINZ form she asked me to co-sign. She's in Kaikōura Flat. I'm not co-signing, right?", ('name', 'Mereana Tipoki-Walsh'), ('ssn', '118-402-736'), ('place', 'Kaikōura Flat')),
    C("TFN 459 728 613 of Jarrah Whitfield ended up in my notes from a Centrelink letter. He's a FIFO worker from Bunbury East. Redact from the record?", ('ssn', '459 728 613'), ('name', 'Jarrah Whitfield'), ('place', 'Bunbury East')),
    C('Siobhán de Búrca needs a report for a social welfare appeal; PPS 8426193TA. Lives in Knocknagree Cross. How strongly do you write "unable to work"?', ('name', 'Siobhán de Búrca'), ('ssn', '8426193TA'), ('place', 'Knocknagree Cross')),
    C('Identity theft victim Gregory Ashcombe (someone used SSN 612-09-4438) is spiralling. Lives in Stony Brook Landing. Anxiety about the paperwork is the main thing. CBT?', ('name', 'Gregory Ashcombe'), ('ssn', '612-09-4438'), ('place', 'Stony Brook Landing')),
    C("fatima zahra el idrissi showed me her residence card with NIE Y4829176K - she's in Barrio del Carmen Alto. asylum case. do i note it?", ('name', 'fatima zahra el idrissi'), ('ssn', 'Y4829176K'), ('place', 'Barrio del Carmen Alto')),
    C("Aadhaar 4821 6603 9174 of Rohini Kulkarni-Bose appeared in a document she shared on screen. She's in Baner Gaon. I told her to close it. Anything else I should do?", ('ssn', '4821 6603 9174'), ('name', 'Rohini Kulkarni-Bose'), ('place', 'Baner Gaon')),
    C('A client (Mykhailo Savchuk) put his SIN 918-226-504 in the intake form free-text. He works at a farm near Steinbach North. Do you delete or keep and secure?', ('name', 'Mykhailo Savchuk'), ('ssn', '918-226-504'), ('place', 'Steinbach North')),
    C("Bronwen Atherley's NINO TC 71 03 58 B is on the DWP work capability letter. Lives in Pontyclun Uchaf. Advocacy or therapy first?", ('name', 'Bronwen Atherley'), ('ssn', 'TC 71 03 58 B'), ('place', 'Pontyclun Uchaf')),
    C('Olu Fashola-Grant (sickle cell, chronic pain) asked me to help with SSDI; SSN 331-82-6067. Hyde Park South address. Is helping with forms outside scope?', ('name', 'Olu Fashola-Grant'), ('ssn', '331-82-6067'), ('place', 'Hyde Park South')),
    C("Ingrid Sørbø-Kaplan's MRN MRN 40718823 at Riverside Memorial shows the wrong diagnosis (BPD instead of C-PTSD). She wants it changed. How do you correct another clinician's dx?", ('name', 'Ingrid Sørbø-Kaplan'), ('medical_record', 'MRN 40718823'), ('place', 'Riverside Memorial')),
    C('referral for marcus de silva, hospital no H0783342 at Northfield General. post-ICU PTSD after covid. any post intensive care syndrome resources?', ('name', 'marcus de silva'), ('medical_record', 'H0783342'), ('place', 'Northfield General')),
    C("NHS number 472 918 6620 for Winifred Sheringham on the discharge letter from Cuckfield Ward. Perinatal isn't my area but she asked for me. Hmm.", ('medical_record', '472 918 6620'), ('name', 'Winifred Sheringham'), ('place', 'Cuckfield Ward')),
    C("Rangi Parata's NHI ZAB4471 on the referral from Tokoroa Central. Cannabis-induced psychosis, now 6 months clean. Relapse prevention?", ('name', 'Rangi Parata'), ('medical_record', 'ZAB4471'), ('place', 'Tokoroa Central')),
    C('Patient ID PT-00592817 for Elif Yıldırım-Cole at the sleep clinic in Merton Park Road - CBT-I referral. Anyone using the Sleepio app alongside?', ('medical_record', 'PT-00592817'), ('name', 'Elif Yıldırım-Cole'), ('place', 'Merton Park Road')),
    C('Declan Moriarty-Ng\'s chart no. CH-228190 at Mater Misericordiae Annexe says "non-compliant". He\'s autistic and missed appointments because of the phone system. Advocacy?', ('name', 'Declan Moriarty-Ng'), ('medical_record', 'CH-228190'), ('place', 'Mater Misericordiae Annexe')),
    C("URN URN 7793104 - Tilly Haversham, 17, admitted to Banksia Adolescent Unit. Anorexia. I'm the outpatient therapist. How do I stay involved while she's inpatient?", ('medical_record', 'URN 7793104'), ('name', 'Tilly Haversham'), ('place', 'Banksia Adolescent Unit')),
    C('Clinic number CN 55281-B for Olufemi Bakare-Strand from the gender clinic at Charing Lea. Waiting list 5 years. What can I offer meanwhile?', ('medical_record', 'CN 55281-B'), ('name', 'Olufemi Bakare-Strand'), ('place', 'Charing Lea')),
    C('UHID UHID 302284916 of Arvind Menon-Pillai is on his discharge summary from Kowdiar Hills hospital. Alcohol withdrawal seizures. Referred to me for relapse prevention.', ('medical_record', 'UHID 302284916'), ('name', 'Arvind Menon-Pillai'), ('place', 'Kowdiar Hills')),
    C("Hayley Stokes-Ibe's hospital number RX4417209 at Queen Adelaide Hospital - she wants me to request her full records for her complaint. Do therapists do that?", ('name', 'Hayley Stokes-Ibe'), ('medical_record', 'RX4417209'), ('place', 'Queen Adelaide Hospital')),
    C('Benedikt Auer (tinnitus no - vestibular migraine) referral, patient number PN-4410287 from the ENT clinic at Kirchheim Süd. Health anxiety is the real issue.', ('name', 'Benedikt Auer'), ('medical_record', 'PN-4410287'), ('place', 'Kirchheim Süd')),
    C('Kahurangi Rameka from Hikurangi Flats - hospital NHI HNK8302 - had her third overdose. Crisis team discharged her same day. DBT-informed ideas?', ('name', 'Kahurangi Rameka'), ('place', 'Hikurangi Flats'), ('medical_record', 'HNK8302')),
    C("Latoya Grimshaw-Reed's Medicaid ID MCD 77120394 got rejected for our telehealth claims. She's in East Ferriday. Anyone know the workaround for audio-only codes?", ('name', 'Latoya Grimshaw-Reed'), ('health_plan', 'MCD 77120394'), ('place', 'East Ferriday')),
    C('medicare number 2953 41870 1 for wal thompson-yunupingu from Galiwinku Crossing - mental health care plan. can i bill for the interpreter time too?', ('health_plan', '2953 41870 1'), ('name', 'wal thompson-yunupingu'), ('place', 'Galiwinku Crossing')),
    C("Harriet Oyeyemi-Clarke's Bupa membership BUP-9918273 only covers 8 sessions. She lives in Hampton Wick Green. Chronic pain work takes longer. Ideas?", ('name', 'Harriet Oyeyemi-Clarke'), ('health_plan', 'BUP-9918273'), ('place', 'Hampton Wick Green')),
    C('Blue Shield member ID XEH448291736 for Jorge Alcántara-Fry (Mission Terrace Flats) - prior auth for IOP denied. Peer-to-peer tips?', ('health_plan', 'XEH448291736'), ('name', 'Jorge Alcántara-Fry'), ('place', 'Mission Terrace Flats')),
    C("Anneliese Brandt-Okafor's OHIP 6648-217-390-KT got flagged at intake. She's in Port Credit Village. Does OHIP cover psychotherapy for eating disorders via the hospital program?", ('name', 'Anneliese Brandt-Okafor'), ('health_plan', '6648-217-390-KT'), ('place', 'Port Credit Village')),
    C("VHI policy VHI 0428817 for Pádraig Mac an tSaoi from Béal an Mhuirthead - they'll pay for 6 sessions. Depression after redundancy at the plant.", ('health_plan', 'VHI 0428817'), ('name', 'Pádraig Mac an tSaoi'), ('place', 'Béal an Mhuirthead')),
    C("sione havili-moore's southern cross membership SX 4417702-01 - he's in Māngere Bridge North. insurer wants progress notes. how much do you share?", ('name', 'sione havili-moore'), ('health_plan', 'SX 4417702-01'), ('place', 'Māngere Bridge North')),
    C('Tricare number TRC 99812440 for Danielle Kimbrough-Ortiz, military spouse at Fort Carrington. Deployment cycle stress. Anyone contracted with Tricare?', ('health_plan', 'TRC 99812440'), ('name', 'Danielle Kimbrough-Ortiz'), ('place', 'Fort Carrington')),
    C('Moana Leaupepe - Medibank member MB 3301 8842 7 - lives in Logan Reserve Downs. Gap fee confusion; she thinks therapy is free. Awkward money talk tips?', ('name', 'Moana Leaupepe'), ('health_plan', 'MB 3301 8842 7'), ('place', 'Logan Reserve Downs')),
    C('Aetna member W228419773 - Clementine Ashworth-Yoon, law student, Morningside Heights East. Out of network superbill question.', ('health_plan', 'W228419773'), ('name', 'Clementine Ashworth-Yoon'), ('place', 'Morningside Heights East')),
    C("Ravi Chandrasekhar's Star Health policy SH/2024/88127 - he's in Jayanagar 4th T Block. Does any Indian insurer cover outpatient therapy yet?", ('name', 'Ravi Chandrasekhar'), ('health_plan', 'SH/2024/88127'), ('place', 'Jayanagar 4th T Block')),
    C('Zofia Nowak-Brennan - Manulife plan ML 40417-2298 via her employer in Westdale Village. $500 cap per year. Brief therapy or refer to the EAP?', ('name', 'Zofia Nowak-Brennan'), ('health_plan', 'ML 40417-2298'), ('place', 'Westdale Village')),
    C("Client Ambrose Kinsella wants to pay by bank transfer, sort code 40-22-17 account 81739204. He's in Harpenden Heath. Do you take transfers or card only?", ('name', 'Ambrose Kinsella'), ('account', '40-22-17'), ('account', '81739204'), ('place', 'Harpenden Heath')),
    C("Mahlet Tesfaye-Bond had her savings stolen in a romance scam - IBAN GB29 NWBK 6016 1331 9268 19 sent in one go. She's in Woolwich Riverside. Shame is through the roof.", ('name', 'Mahlet Tesfaye-Bond'), ('account', 'GB29 NWBK 6016 1331 9268 19'), ('place', 'Woolwich Riverside')),
    C('victim comp claim no VC-2023-441870 for shaquille dempsey (assaulted outside Keppel Street Bar). they want my report by friday. how much history do i include', ('account', 'VC-2023-441870'), ('name', 'shaquille dempsey'), ('place', 'Keppel Street Bar')),
    C("BSB 062-184 acc 1049 2273 for Fergus Lachlan-Beattie - he overpaid and wants a refund. He's in Thornlie Heights. Admin question really.", ('account', '062-184'), ('account', '1049 2273'), ('name', 'Fergus Lachlan-Beattie'), ('place', 'Thornlie Heights')),
    C("Ximena Calderón Parra owes 6 sessions; her account no with us ACC-30719 from our Bella Vista office. She's lost her job. Pro bono or pause?", ('name', 'Ximena Calderón Parra'), ('account', 'ACC-30719'), ('place', 'Bella Vista')),
    C("Court case 2024/FL/01873 - Eamon Traynor's custody hearing at Drumcondra District Court next month. He wants me to testify. I'm his therapist, not an expert witness.", ('account', '2024/FL/01873'), ('name', 'Eamon Traynor'), ('place', 'Drumcondra District Court')),
    C('Workers comp claim WC 19-337742 - Josefina Lumbera, cleaner, fell at Westpoint Mall. Insurer IME called her "malingering". How do you respond to that kind of report?', ('account', 'WC 19-337742'), ('name', 'Josefina Lumbera'), ('place', 'Westpoint Mall')),
    C("Hugh Trelawney-Bassi's student loan account SLC 889012734K is in arrears and he's panicking. He's at uni in Penryn Quays. Money anxiety - CBT or practical help first?", ('name', 'Hugh Trelawney-Bassi'), ('account', 'SLC 889012734K'), ('place', 'Penryn Quays')),
    C('EAP case no EAP-77319-Q for Nkechi Olatunji-Rhys at Bridgewater Logistics. Company wants to know attendance. I only confirm attendance with consent, right?', ('account', 'EAP-77319-Q'), ('name', 'Nkechi Olatunji-Rhys'), ('place', 'Bridgewater Logistics')),
    C("Lucien Bertrand-Oyo paid with cheque no 0074193 which bounced. He's in Rue Chaptal Quarter. Is it ok to discuss fees in session?", ('name', 'Lucien Bertrand-Oyo'), ('account', '0074193'), ('place', 'Rue Chaptal Quarter')),
    C('Insurance claim CLM-8840213 for Beatriz Monteiro-Fyfe, car crash at Cavendish Roundabout. Insurer wants whether she "has PTSD" yes/no. I hate those forms.', ('account', 'CLM-8840213'), ('name', 'Beatriz Monteiro-Fyfe'), ('place', 'Cavendish Roundabout')),
    C('Kairat Abenov sends fees from Kazakhstan; account KZ86 125K ZT50 0410 0100 in Almaly District. Any tax or cross-border issues for UK therapists?', ('name', 'Kairat Abenov'), ('account', 'KZ86 125K ZT50 0410 0100'), ('place', 'Almaly District')),
    C("Supervision question: my supervisee's licence LPC 0174429 lapsed last month and she saw Tobias Renner-Kay at our Lakewood Commons office anyway. What now?", ('licence', 'LPC 0174429'), ('name', 'Tobias Renner-Kay'), ('place', 'Lakewood Commons')),
    C('Esperanza Villalobos Treviño (LMFT LMFT 127930) is leaving our practice in Chula Vista Heights and taking clients. Non-compete in therapy - is that even a thing?', ('name', 'Esperanza Villalobos Treviño'), ('licence', 'LMFT 127930'), ('place', 'Chula Vista Heights')),
    C('BACP membership BACP 00782154 - mine - was used on a fake profile offering EMDR in Leighton Brook. One of my clients, Paulette Ogunbiyi, booked with them. Help.', ('licence', 'BACP 00782154'), ('place', 'Leighton Brook'), ('name', 'Paulette Ogunbiyi')),
    C("Gráinne Tobin's CORU registration CORU SW041887 was cited in a complaint about my client's care in Athenry West. I'm a witness. Anyone been through a CORU hearing?", ('name', 'Gráinne Tobin'), ('licence', 'CORU SW041887'), ('place', 'Athenry West')),
    C('AHPRA registration PSY0002184712 of the psych who saw Kirra Thompson-Yates at Mandurah Quays - she says he was inappropriate. I want to report. Process?', ('licence', 'PSY0002184712'), ('name', 'Kirra Thompson-Yates'), ('place', 'Mandurah Quays')),
    C('Matthieu Lavoie-Chen, CRPO CRPO #009418, is closing his Plateau Mont-Royal Est practice and handing files to me. Record transfer consent?', ('name', 'Matthieu Lavoie-Chen'), ('licence', 'CRPO #009418'), ('place', 'Plateau Mont-Royal Est')),
    C('HCPC number PYL38821 of the assessing psychologist in Newbold Verdon is on the EHCP report for Ollie Fairbairn, 9. Parents disagree with the report. My role?', ('licence', 'PYL38821'), ('place', 'Newbold Verdon'), ('name', 'Ollie Fairbairn')),
    C('kwabena owusu-darko drives taxis and his PCO licence PCO 228104 is under review after a panic attack at the wheel in Lewisham Reach. he needs a letter', ('name', 'kwabena owusu-darko'), ('licence', 'PCO 228104'), ('place', 'Lewisham Reach')),
    C('The driving instructor Rosalind Hargreaves has ADI licence ADI 509117 and panic attacks since a pupil crashed near Carleton Moor. DVSA fitness question.', ('name', 'Rosalind Hargreaves'), ('licence', 'ADI 509117'), ('place', 'Carleton Moor')),
    C("Wiremu Tautahi's nursing licence (NCNZ NCNZ 211847) suspended pending a health assessment - he works at Hāwera Community Ward. Alcohol. Therapy as part of his return plan?", ('name', 'Wiremu Tautahi'), ('licence', 'NCNZ 211847'), ('place', 'Hāwera Community Ward')),
    C('Pilar Etxeberria-Dunn, pharmacist, licence RPh 44172 in Ocean Beach Flats, diverting opioids and ashamed. Mandatory reporting for therapists in California?', ('name', 'Pilar Etxeberria-Dunn'), ('licence', 'RPh 44172'), ('place', 'Ocean Beach Flats')),
    C('NMC PIN NMC 09K2281E belongs to Chiamaka Eze-Hartley, midwife at Elm Ward, Broadgate. Fitness to practise referral. How do therapists support through that?', ('licence', 'NMC 09K2281E'), ('name', 'Chiamaka Eze-Hartley'), ('place', 'Elm Ward, Broadgate')),
    C('Larissa Booysen saw the car that hit her son - CA 418-902 - in the Bellville Junction mall car park today. She froze. How to ground her next session?', ('name', 'Larissa Booysen'), ('vehicle', 'CA 418-902'), ('place', 'Bellville Junction')),
    C("Road rage incident: Jermaine Fludd's car, plate LK19 XVT, was followed home to Thamesmead Quay. He's now hypervigilant and won't drive. Exposure hierarchy?", ('name', 'Jermaine Fludd'), ('vehicle', 'LK19 XVT'), ('place', 'Thamesmead Quay')),
    C("ride-share driver amir rezaei-blum, carjacked in Northgate Plaza - his car was 8KZT247 (California). got it back but he won't sit in it. sell it?", ('name', 'amir rezaei-blum'), ('place', 'Northgate Plaza'), ('vehicle', '8KZT247')),
    C("Colm Ó Murchú's van 221-D-38817 was vandalised with slurs outside his house in Finglas Cross. He's furious and depressed. Hate crime trauma resources?", ('name', 'Colm Ó Murchú'), ('vehicle', '221-D-38817'), ('place', 'Finglas Cross')),
    C('Stalker case: Tegan Hollis-Marr keeps seeing plate 1XYZ 442 near her work at Joondalup Gardens. Police want a statement. Should I note it?', ('name', 'Tegan Hollis-Marr'), ('vehicle', '1XYZ 442'), ('place', 'Joondalup Gardens')),
    C('Henrik Ossendrijver (Dutch) has a lorry BX-472-K that he crashed on the motorway near Bodegraven Noord. Moral injury - the other driver died. Video sessions.', ('name', 'Henrik Ossendrijver'), ('vehicle', 'BX-472-K'), ('place', 'Bodegraven Noord')),
    C("Aisha Bello-Nwosu's ex's car, rego ZZX 284, has been outside the Papatoetoe Heights refuge. She's safe inside. Trauma symptoms spike each time. Advice?", ('name', 'Aisha Bello-Nwosu'), ('vehicle', 'ZZX 284'), ('place', 'Papatoetoe Heights')),
    C('Taxi plate TX 8306 belongs to Osman Kargbo, who lost his mum and now drives all night around Granby Toxteth. Grief avoidance through work?', ('vehicle', 'TX 8306'), ('name', 'Osman Kargbo'), ('place', 'Granby Toxteth')),
    C("Delphine Aubert's plate FR-208-QK was ANPR-flagged by mistake and she was stopped at gunpoint outside Lyon Vaise Gare. Acute stress. Anyone French-speaking?", ('name', 'Delphine Aubert'), ('vehicle', 'FR-208-QK'), ('place', 'Lyon Vaise Gare')),
    C("Client Garrett Whiteley says his truck (TN 7YH-3304) was the one on the news after the crash in Cookeville Mills. He wasn't charged. Guilt and shame. Help.", ('name', 'Garrett Whiteley'), ('vehicle', 'TN 7YH-3304'), ('place', 'Cookeville Mills')),
    C("Manaaki Pohatu - learner driver, plate LRN882 - hit a pedestrian near Rotorua Lakefront. The pedestrian was ok. He's not. Youth trauma ideas?", ('name', 'Manaaki Pohatu'), ('vehicle', 'LRN882'), ('place', 'Rotorua Lakefront')),
    C("Sunniva Berg-Tanaka's Tesla EL 44198 was keyed with her deadname in the Grünerløkka car park. Trans client. Minority stress framing?", ('name', 'Sunniva Berg-Tanaka'), ('vehicle', 'EL 44198'), ('place', 'Grünerløkka')),
    C("Harrison Achterberg's insulin pump (serial SN 7T-44198-X) alarmed mid-session at our Clapham Old Town office. Diabulimia history. Do I ask to see readings?", ('name', 'Harrison Achterberg'), ('device', 'SN 7T-44198-X'), ('place', 'Clapham Old Town')),
    C('CGM serial 4H7K2Q9MZP - Tuilagi Faleolo shows me his readings on his phone every session. He lives in Porirua Cannons Creek Rise. Type 1 + depression. Helpful or avoidance?', ('device', '4H7K2Q9MZP'), ('name', 'Tuilagi Faleolo'), ('place', 'Porirua Cannons Creek Rise')),
    C("Eleanor Whitcombe-Dey's pacemaker ID PM-882041-MDT is on the cardiac rehab letter from Harefield Lane. ICD shock anxiety. Anyone done exposure to shocks?", ('name', 'Eleanor Whitcombe-Dey'), ('device', 'PM-882041-MDT'), ('place', 'Harefield Lane')),
    C("cochlear implant serial CI-3307718 for noa ben-haim, late-deafened, in Florentin Yafo. she's grieving her hearing. interpreter or captions?", ('device', 'CI-3307718'), ('name', 'noa ben-haim'), ('place', 'Florentin Yafo')),
    C("Curfew tag EM-TAG 55120 on Reuben Mcateer's ankle - he's in Ballymacash. He's ashamed to come to groups. Can I see him at home?", ('device', 'EM-TAG 55120'), ('name', 'Reuben Mcateer'), ('place', 'Ballymacash')),
    C("Yasmin Haddad-Price uses a CPAP machine (device no RS11-3384427) and is anxious it'll fail overnight. She's in Ruislip Gardens. Health anxiety or real risk?", ('name', 'Yasmin Haddad-Price'), ('device', 'RS11-3384427'), ('place', 'Ruislip Gardens')),
    C("Brock Lindemann's prosthetic knee, serial GK-0098271, was recalled. He's a veteran from Fort Drum Village. The recall triggered amputation grief again.", ('name', 'Brock Lindemann'), ('device', 'GK-0098271'), ('place', 'Fort Drum Village')),
    C("Hearing aid serial HA 7720-915K belongs to Maeve Concannon - she lost it at our Salthill Promenade office. Small thing but she's distraught. Do I pay?", ('device', 'HA 7720-915K'), ('name', 'Maeve Concannon'), ('place', 'Salthill Promenade')),
    C("Isidore Mbeki-Hall's VNS device (VNS 106-448821) makes his voice change during sessions. Epilepsy + depression. He's in Woodstock Lower. How do you work with that?", ('name', 'Isidore Mbeki-Hall'), ('device', 'VNS 106-448821'), ('place', 'Woodstock Lower')),
    C('Power chair serial PC-44U-28810 was damaged at the Grange Road Leisure Centre - Shona MacLeod-Iqbal has been housebound since. Disability grief. Advocacy?', ('device', 'PC-44U-28810'), ('place', 'Grange Road Leisure Centre'), ('name', 'Shona MacLeod-Iqbal')),
    C("Fitbit FB 9922817A data shows Dominic Thackeray sleeps 3h a night. He's a junior doctor at Whitmore Infirmary. He shares the graphs. Useful in therapy?", ('device', 'FB 9922817A'), ('name', 'Dominic Thackeray'), ('place', 'Whitmore Infirmary')),
    C("Phoebe Nakamura-Sloane's AAC tablet (asset no AAC-24-00917) was taken by school staff as punishment at Greenacre Special School. Nonspeaking autistic teen. Fury.", ('name', 'Phoebe Nakamura-Sloane'), ('device', 'AAC-24-00917'), ('place', 'Greenacre Special School')),
    C('Osric Pennywhistle is hoarding and the council have given notice at 14 Tannery Row, Hebden Mill. Eviction in 4 weeks. Compassion-focused approach to clearing?', ('name', 'Osric Pennywhistle'), ('street_address', '14 Tannery Row'), ('place', 'Hebden Mill')),
    C('home visit for lupe faleafa at Unit 3, 22 Moana Crescent, Otahuhu West. she has agoraphobia. safety plan for going alone?', ('name', 'lupe faleafa'), ('street_address', 'Unit 3, 22 Moana Crescent'), ('place', 'Otahuhu West')),
    C("Please note Cecily Waverley's new address after fleeing DV: Flat 6, 19 Rosebery Walk, Southsea Common. Keep it off the shared calendar.", ('name', 'Cecily Waverley'), ('street_address', 'Flat 6, 19 Rosebery Walk'), ('place', 'Southsea Common')),
    C("Thandiwe Mahlangu moved from 48 Vilakazi Lane in Orlando East Extension to her aunt's. Grief after her brother's murder. South African colleagues on culturally adapted grief?", ('name', 'Thandiwe Mahlangu'), ('street_address', '48 Vilakazi Lane'), ('place', 'Orlando East Extension')),
    C("The letter for Augustin Ferreira-Lowe needs to go to PO Box 1182, Taupō Central. He's homeless and uses a PO box. What else can I do?", ('name', 'Augustin Ferreira-Lowe'), ('street_address', 'PO Box 1182'), ('place', 'Taupō Central')),
    C('Kieran Ashdown-Mba lives at Apt 4B, 311 Linden Avenue, Park Slope North. Neighbour reported "screaming" - nightmares. Police came. Now he\'s scared to sleep.', ('name', 'Kieran Ashdown-Mba'), ('street_address', 'Apt 4B, 311 Linden Avenue'), ('place', 'Park Slope North')),
    C('Anyone know the hostel at 27 Cobden Street, Kirkdale Vale? Client Bernadette Foyle is being discharged there. Is it wet or dry?', ('street_address', '27 Cobden Street'), ('place', 'Kirkdale Vale'), ('name', 'Bernadette Foyle')),
    C("Ranjit Sandhu-Beck asked me to visit at House 112, Sector 7 Main Road, Kharghar Node. His father won't let him leave. OCD with family accommodation. Culturally sensitive approach?", ('name', 'Ranjit Sandhu-Beck'), ('street_address', 'House 112, Sector 7 Main Road'), ('place', 'Kharghar Node')),
    C('meg o\'dwyer\'s house "Ashling, Cooldrinagh Road" in Leixlip Demesne is being repossessed. she\'s 60 and lost everything to her son\'s gambling debts. grief & shame', ('name', "meg o'dwyer"), ('street_address', 'Ashling, Cooldrinagh Road'), ('place', 'Leixlip Demesne')),
    C("Percival Amankwah wants letters sent to Suite 210, 4400 Harbour Drive, Bayview Point. It's his lawyer's. Client asking to redirect clinical letters - ok?", ('name', 'Percival Amankwah'), ('street_address', 'Suite 210, 4400 Harbour Drive'), ('place', 'Bayview Point')),
    C("Hollie Renwick's new flat at 2/17 Kauri Street, Sandringham Heights is above a bar. Noise + PTSD. Housing letter?", ('name', 'Hollie Renwick'), ('street_address', '2/17 Kauri Street'), ('place', 'Sandringham Heights')),
    C('Joaquín Esparza Vidal lives at Calle del Olivo 41, 2º B in Barrio San Telmo Alto. Argentine student, homesick, acculturation stress.', ('name', 'Joaquín Esparza Vidal'), ('street_address', 'Calle del Olivo 41, 2º B'), ('place', 'Barrio San Telmo Alto')),
    C("Roxanne Delgado-Pierce is in ZIP 97212 (Irvington Park) and our group's grant covers only a few ZIPs. Can I still see her pro bono?", ('name', 'Roxanne Delgado-Pierce'), ('zip_code', '97212'), ('place', 'Irvington Park')),
    C('Alistair Hepburn-Oyewo moved to Morningside Braids, EH10 6QZ. Panic after a mugging. Any Scottish colleagues for in-person?', ('name', 'Alistair Hepburn-Oyewo'), ('place', 'Morningside Braids'), ('zip_code', 'EH10 6QZ')),
    C('Tui Ranginui postcode 3015 - Melton Heights - outside our catchment. Bulk-billing options for a uni student with psychosis symptoms?', ('name', 'Tui Ranginui'), ('zip_code', '3015'), ('place', 'Melton Heights')),
    C('Adriana Popescu-Hale, Portobello Quays, D08 X2F4 - the intake form address is wrong and letters are going astray. GDPR issue?', ('name', 'Adriana Popescu-Hale'), ('place', 'Portobello Quays'), ('zip_code', 'D08 X2F4')),
    C("Callista Vandermeer's address in Westboro Village, K1Y 2T9. She wants to see someone in person. Ontario referrals for OCD ERP?", ('name', 'Callista Vandermeer'), ('place', 'Westboro Village'), ('zip_code', 'K1Y 2T9')),
    C('Obafemi Lawal-Stuart lives in Ikoyi Bourdillon, 101233. Nigerian banker, panic disorder, sessions at 6am his time. Is it ok to work with someone in Nigeria from the UK?', ('name', 'Obafemi Lawal-Stuart'), ('place', 'Ikoyi Bourdillon'), ('zip_code', '101233')),
    C('Postcode LS6 3QH, Headingley Fold - Frankie Wetherall\'s student house. Her housemates are "watching" her eat. Anorexia recovery + student living?', ('zip_code', 'LS6 3QH'), ('place', 'Headingley Fold'), ('name', 'Frankie Wetherall')),
    C('Sina Aumua\'s mail goes to Mangere Town Centre, 2587. Church leaders want to "help" with her depression. Collaborate or hold boundary?', ('name', 'Sina Aumua'), ('place', 'Mangere Town Centre'), ('zip_code', '2587')),
    C("ZIP 60647-3312 for Beatrix Kowalski-Ruiz in Logan Square West. Insurer says her address doesn't match. Anyone dealt with Illinois Medicaid address mismatches?", ('zip_code', '60647-3312'), ('name', 'Beatrix Kowalski-Ruiz'), ('place', 'Logan Square West')),
    C("Florian Weidinger lives in Sendling-Westpark, 81373. He's a trainee doctor with burnout; video sessions, German/English mix.", ('name', 'Florian Weidinger'), ('place', 'Sendling-Westpark'), ('zip_code', '81373')),
    C('Nalani Kahananui is at Kaimukī Heights, 96816. Native Hawaiian client, intergenerational trauma. Anyone using Hoʻoponopono-informed practice?', ('name', 'Nalani Kahananui'), ('place', 'Kaimukī Heights'), ('zip_code', '96816')),
    C("Postcode 6210 for Kylie Massaro in Mandurah Lakes. She's a FIFO partner, lonely and drinking. Group options around there?", ('zip_code', '6210'), ('name', 'Kylie Massaro'), ('place', 'Mandurah Lakes')),
    C('Bashir Hotak, Afghan interpreter, lives in Hounslow Heath West, TW4 5RT. ARAP relocation; moral injury about colleagues left behind.', ('name', 'Bashir Hotak'), ('place', 'Hounslow Heath West'), ('zip_code', 'TW4 5RT')),
    C("Anyone using the Fibromyalgia Impact Questionnaire alongside the PHQ-9 and GAD-7? I've got a chronic pain client on Duloxetine 60 mg and Pregabalin, doing ACT from Hayes's Get Out of Your Mind and Into Your Life, and the scores aren't moving. Worth adding the Pain Catastrophizing Scale?"),
    C("Recommendations for Long COVID and fatigue? I've read Bateman Horne Center materials and the NICE guideline NG206 but my client's GP in Ontario keeps suggesting Graded Exercise Therapy, which the ME Association says is harmful. How do you push back politely?"),
    C('Quick poll: who here still uses SimplePractice versus Jane App or TherapyNotes? Our group in Victoria is switching over in January and Practice Better looked nice but the Medicare billing integration seemed clunky.'),
    C("Reading group this month is Bessel van der Kolk's The Body Keeps the Score again, but I'd like to balance it with Janina Fisher (Healing the Fragmented Selves of Trauma Survivors) and Deb Dana's Polyvagal Theory in Therapy. Thoughts on which chapters pair well?"),
    C('PSA: the EMDR International Association conference in Denver has early bird pricing until Friday. Also the EMDR Association UK & Ireland has a Level 2 training in March with Dr. Roger Solomon doing a masterclass. Not affiliated, just sharing.'),
    C("Has anyone found Sertraline and Propranolol together problematic for performance anxiety in athletes? My client's sports physician in Queensland prescribed both before the national trials, and the World Anti-Doping Agency list flags beta blockers in some sports."),
    C("For late-diagnosed ADHD in women, I keep recommending Sari Solden's Women with Attention Deficit Disorder and the ADDitude webinars. Elvanse and Concerta shortages in the NHS are making titration a nightmare this Winter though."),
    C("Looking for CBT-I resources beyond Sleepio and the CBT-i Coach app from the VA. The Insomnia Severity Index is my main measure. Do people use Colin Espie's Overcoming Insomnia as bibliotherapy or is Gregg Jacobs's Say Good Night to Insomnia better?"),
    C("Tourette's question. CBIT (Comprehensive Behavioral Intervention for Tics) training from the Tourette Association of America or Tourettes Action in the UK - which did folks do? I'm seeing more functional tic-like behaviours since TikTok and want to be careful."),
    C("Body dysmorphic disorder reading: Katharine Phillips's The Broken Mirror and Veale and Willson's Overcoming Body Image Problems. Anyone also using the BDD-YBOCS and the Appearance Anxiety Inventory? Clients seeking Botox and fillers every few months."),
    C("Climate anxiety is coming up constantly after the floods. I've been drawing on Joanna Macy's Active Hope, the Climate Psychology Alliance resources and Caroline Hickman's work. Any Australian colleagues with a Good Grief style group for eco-distress?"),
    C("Moral injury reading list? I have Shay's Achilles in Vietnam, Litz et al. (2009) on Adaptive Disclosure, and the Moral Injury Outcome Scale. Working with ICU nurses after COVID. Also wondering about Compassion Focused Therapy from Paul Gilbert."),
    C('Gender-affirming letters: WPATH Standards of Care Version 8 no longer requires two letters for some procedures, but insurers like Cigna and UnitedHealthcare still ask. How are US colleagues handling this? Is the AusPATH guidance any different?'),
    C("Opinions on Naltrexone versus Acamprosate for AUD alongside therapy? My Canadian colleagues say Gabapentin is used off-label too. I'm doing MI from Miller and Rollnick and CRAFT with families, following the SAMHSA TIP 35."),
    C("Trichotillomania question - anyone trained with the TLC Foundation for Body-Focused Repetitive Behaviors? Their conference is in October. I'm using the Massachusetts General Hospital Hairpulling Scale and N-Acetylcysteine came up from the GP."),
    C("Selective mutism in adults is so under-resourced. I'm using the SMIRA charity materials and Maggie Johnson's Selective Mutism Resource Manual, adapted. Sliding-in technique for an adult? Anyone in Scotland or Wales doing this?"),
    C("Chemsex and GHB withdrawal is not something I feel equipped for. Is the 56 Dean Street resource list still current? Also looking at David Stuart's work and the Terrence Higgins Trust guidance. PrEP adherence comes up too."),
    C('Monday vent. Spent three hours on the phone to Optum and Anthem about prior auth for Intensive outpatient. The CPT code 90837 keeps getting downcoded to 90834. Are others seeing this since the new year with BCBS too?'),
    C("Grief after homicide: I've found the Homicide Research Working Group papers and the SAMM (Support After Murder and Manslaughter) charity useful. Also Rynearson's Restorative Retelling. Anyone trained in it through the Virginia Mason program?"),
    C('For firefighter PTSD, has anyone used the PCL-5 with the CAPS-5 follow-up, or just the Life Events Checklist? The IAFF Center of Excellence has a residential program. Also, is Prolonged Exposure from Edna Foa better tolerated than CPT from Patricia Resick in first responders?'),
    C("Reading suggestion: Gabor Maté's In the Realm of Hungry Ghosts for clinicians new to addiction work, and Johann Hari's Chasing the Scream for a policy lens. Then the Sinclair Method for Naltrexone, though Alcohol Change UK has mixed views."),
    C("Trauma-informed yoga training (TCTSY from the Center for Trauma and Embodiment at JRI) - worth it? I'm a counsellor in Manitoba and our CCPA CEU budget is small. Also considering Sensorimotor Psychotherapy Level 1."),
    C('Wednesday question: who uses the Outcome Rating Scale and Session Rating Scale (Miller and Duncan) routinely? Our NHS Talking Therapies service mandates PHQ-9, GAD-7 and WSAS, and the ORS feels redundant but clients like it more.'),
    C("Anyone using the Safe and Sound Protocol from Stephen Porges with autistic adults? I've heard mixed things on the Autistic Self Advocacy Network boards. Also Damian Milton's Double Empathy Problem should be required reading for everyone in this group."),
    C("School refusal - the term Emotionally Based School Avoidance (EBSA) is now used by most councils in England. Square Pegs by Fran Morgan and Ellie Costello is good. Anyone got SPACE (Eli Lebowitz's program from Yale) training?"),
    C("Just finished the Gottman Level 2 and loved it, but I'm wondering about EFT (Sue Johnson's Hold Me Tight) for affair recovery versus Gottman's Atone-Attune-Attach. Also Esther Perel's The State of Affairs. Which do you lean on?"),
    C("PSA: Lamotrigine and oral contraceptives interact - a client's levels dropped after starting Yasmin. psychiatrist caught it. Also Carbamazepine reduces contraceptive effectiveness. Just a reminder for those of us who aren't prescribers."),
    C('Anyone trained in the Unified Protocol (Barlow et al., Oxford University Press)? I find it works well for mixed anxiety and depression, better than separate CBT protocols. Also the Yale-Brown Obsessive Compulsive Scale seems too narrow for some.'),
    C("Kleptomania is rare in my practice. The Kleptomania Symptom Assessment Scale and Jon Grant's work at the University of Chicago are what I've found. Naltrexone again. Any CBT protocols that aren't just for Gambling Disorder?"),
    C('For eating disorders in male athletes, the Muscle Dysmorphic Disorder Inventory and the EDE-Q are my go-tos. Also Beat (the UK charity) has male-specific resources, and the NEDA Helpline in the US closed, sadly. Anyone on the ANZAED register?'),
    C("Thinking of doing Internal Family Systems Level 1 through the IFS Institute. It's pricey and the waitlist is long. Richard Schwartz's No Bad Parts is on my shelf. Do ACA or APA accept it for CE credits?"),
    C('Heads-up that the Mental Health Coalition and Mind both put out new guidance for Mental Health Awareness Week in May. Also World Suicide Prevention Day is September 10th every year, and R U OK? Day in Australia is in September too.'),
    C("Supervision dilemma, no client detail: supervisee keeps citing Irvin Yalom's The Gift of Therapy to justify self-disclosure. I'd point to the BACP Ethical Framework and the ACA Code of Ethics. Any other readings on self-disclosure?"),
    C("Has anyone read Lori Gottlieb's Maybe You Should Talk to Someone with a client? A few clients brought it in after the Netflix series news. Curious whether it opens up conversations about therapy or just sets expectations strangely."),
    C('Question about Ketamine-Assisted Psychotherapy: the Polaris Insight Center and the MAPS training seem most cited. Spravato (Esketamine) via REMS clinics is another route. Anyone integrating it with IFS or ACT in Oregon or Colorado?'),
    C("Book club pick for December: Thomas Joiner's Why People Die by Suicide and then David Jobes's CAMS framework. The Columbia Suicide Severity Rating Scale is what our Trust uses, but CAMS feels more collaborative. Opinions?"),
    C("Does anyone know whether Medicare Australia's Better Access still allows 20 sessions or has it gone back to 10? The APS says 10 from January. And the GP Mental Health Treatment Plan needs a review after six."),
    C("Using DBT Skills for emotion dysregulation in adolescents: Rathus and Miller's DBT Skills Manual for Adolescents plus the Linehan Institute materials. Also Radically Open DBT from Thomas Lynch for over-controlled teens. Which do you prefer?"),
    C("Tuesday reflection: the Adverse Childhood Experiences questionnaire gets overused. Felitti and Anda never intended it as a screening tool for individuals. The CDC site says as much. I'd rather use the Childhood Trauma Questionnaire or just a good clinical interview."),
    C('Anyone using the Headspace or Calm apps as homework? I prefer Insight Timer (free) and the Smiling Mind app here in New Zealand. The Mental Health Foundation recommends a few too. Also the Te Whare Tapa Whā model from Sir Mason Durie for framing.'),
    C("Returned from the BABCP conference - brilliant keynote on CBT for Psychosis from the Maudsley team. Also a session on the Hearing Voices Network approach which contrasted nicely. Anyone else there? Next year it's in Glasgow in July."),
    C("Medication question: my client was switched from Vyvanse to Adderall XR by her psychiatrist and now reports insomnia and irritability. I know it's not my lane, but should I flag the Epworth Sleepiness Scale results to the prescriber?"),
    C('FIFO families: Lifeline, Beyond Blue and MATES in Construction all have resources. The Western Australian Mental Health Commission funded a study in 2019. Anyone using the Emotionally Focused approach with couples on a 2:1 roster?'),
    C("I love Kristin Neff's Self-Compassion Scale alongside Paul Gilbert's Compassionate Mind Training. For perfectionism, Tracey Wade's Overcoming Perfectionism (Shafran, Egan and Wade) is solid. Anyone use the Frost Multidimensional Perfectionism Scale?"),
    C("Looking for a Welsh-speaking therapist directory - the BACP one doesn't filter by language well. Also Irish-language (Gaeilge) therapists via the IACP? Clients want therapy in their first language and I think they deserve that."),
    C("Ramadan starts soon - anyone have guidance on adjusting Lithium or Sertraline dosing for fasting clients? I know the Muslim Council of Britain and the Royal College of psychiatrists put out something. I'll defer to prescribers but want to be informed."),
    C("Cognitive Processing Therapy question: the Stuck Points log works better for my clients than the ABC worksheets. Resick, Monson and Chard's manual (Guilford, 2017) is my bible. Anyone adapted CPT for refugees with interpreters?"),
    C("The Australian Psychological Society, PACFA and ACA all have different CPD rules. I'm registered with AHPRA but also a PACFA member. How many hours do you log? Do Zoom webinars from the Black Dog Institute count?"),
    C('Vent: Psychology Today profiles are getting flooded with Lyra and Alma ads. Also Headway and Rula are offering in-network credentialing but the reimbursement rates are poor. Is anyone in Texas happy with Headway?'),
    C("For dissociation, the DES-II and the MID (Multidimensional Inventory of Dissociation) from Paul Dell. ISSTD's Guidelines for Treating DID in Adults (2011) are still relevant. Their online training is excellent. Phase-oriented treatment, per Herman."),
    C("Thoughts on the Wellbeing Economy Alliance? Off-topic but some of us in Scotland are involved. Also the Scottish Government's Mental Health Strategy 2023 mentions peer support a lot. Is it being funded?"),
    C("Anyone running Circle of Security Parenting groups? I'm doing Hoffman, Cooper and Powell's COS-P eight-week course in the Autumn. Also Dan Siegel's Parenting from the Inside Out pairs well. Any cultural adaptations for Pasifika families?"),
    C('Hoarding disorder: the Clutter Image Rating Scale and Saving Inventory-Revised from Frost and Steketee. Buried in Treasures is the workbook. The Hoarding Disorders UK charity does training too. Do councils actually fund this?'),
    C('Had an interesting consult on Selective Serotonin Reuptake Inhibitors and emotional blunting. The Oxford Questionnaire on the Emotional Side-Effects of Antidepressants (OQuESA) exists. Anyone use it? Also Vortioxetine supposedly blunts less.'),
    C("Thinking about Schema Therapy training through the ISST. Jeffrey Young's Reinventing Your Life is client-friendly. Arntz and Jacob's book is more clinical. Anyone done the advanced certification? Costs and time commitment?"),
    C('The Ontario Psychotherapy Act requires CRPO registration, but the College of Psychologists and Behaviour Analysts of Ontario is separate. Is anyone dual-registered? Confused about quality assurance program requirements for December.'),
    C('Guidance on Lisdexamfetamine shortages - the Department of Health and Social Care issued a Medicine Supply Notification. ADHD UK and the ADHD Foundation both posted updates. Clients are rationing. How are you handling the distress?'),
    C('Best resources for Hikikomori-style withdrawal? The Japanese literature (Saitō Tamaki) is interesting. In the UK, Young Minds and the Mix have some resources. Motivational Interviewing and Behavioural Activation, slowly, online first.'),
    C("Anyone trained in Acceptance and Commitment Therapy via ACBS? The World Conference is in July. I've done Russ Harris's online courses and read The Happiness Trap. For chronic pain, Vowles and McCracken's work is the evidence base."),
    C("Is Lexapro (Escitalopram) better tolerated than Zoloft for GAD in teenagers? I know the FDA black box warning applies to both. The family's Paediatrician and the CAMHS psychiatrist disagree. I'm only the therapist but I'm asked constantly."),
    C("Re: Veterans - the VA's PTSD Coach app, Combat Stress in the UK, and Open Arms in Australia are great for clients. Also Wounded Warrior Project and Help for Heroes. Anyone familiar with the new Op COURAGE pathway in England?"),
    C("Resources on disenfranchised grief: Kenneth Doka's work is the classic. Also Pauline Boss on Ambiguous Loss. I'm using the Prolonged Grief Disorder criteria from DSM-5-TR and the PG-13-R. Any ICD-11 differences worth noting?"),
    C('Sharing a good one: the Anxiety Canada MindShift app is free and aligned with CBT. Also BounceBack from the Canadian Mental Health Association. Kids Help Phone too. I use them for clients waiting on the OHIP-funded programs.'),
    C("Has anyone used the Columbia Protocol with autistic adults? The ASQ (Ask Suicide-Screening Questions) from NIMH was validated in paediatric settings. Autistica in the UK says standard tools miss risk. Autistica's Suicide Prevention report is a good read."),
    C('Wondering about Prazosin for trauma nightmares - the VA/DoD guideline downgraded it in 2017 after the Raskind trial. Imagery Rehearsal Therapy (Krakow) seems to be recommended instead. Anyone trained in IRT or ERRT?'),
    C('For chronic pain, I recommend Explain Pain by Butler and Moseley and the Curable app. Pain Reprocessing Therapy from Alan Gordon (The Way Out) is having a moment. Any skeptics? The Colorado back pain trial is promising but small.'),
    C("Quick: do any of you use Doxy.me or Zoom for Healthcare? Our Irish practice uses Coviu but clients complain. Also, is WhatsApp ok for appointment reminders under GDPR? The Data Protection Commission hasn't been clear."),
    C('Holiday season reminder: Christmas, Hanukkah, Diwali and New Year all bring up grief. Cruse Bereavement Support has a great Christmas leaflet. Also Samaritans is open 24/7 in the UK and Ireland.'),
    C("Group question: anyone familiar with the Enhanced CBT-E for eating disorders from Christopher Fairburn? I'm doing the CREDO online training. Also MANTRA from Schmidt and Treasure at King's College for Anorexia Nervosa. Which for adults?"),
    C('The EMDR Europe standards committee changed the accreditation hours. Also EMDRIA now requires 50 consultation hours for Certification. Anyone on both? I trained in Belgium with an approved trainer; does that transfer to Canada?'),
    C("Reading Resmaa Menakem's My Grandmother's Hands with our consultation group, then Kenneth Hardy's work on racial trauma. Our practice in Georgia is also reviewing the APA's Racial and Ethnic Trauma guidelines. Recommendations welcome."),
    C("Polyvagal skeptics, unite: Paul Grossman's critique and the Journal of Psychophysiology papers question Porges's claims. I still find Deb Dana's Rhythm of Regulation useful clinically. Can we use a metaphor if the physiology is shaky?"),
    C("Has anyone done the Pesso Boyden System Psychomotor training? It's niche. Also Hakomi from Ron Kurtz. I'm looking for body-oriented methods that aren't Somatic Experiencing, which has a long Peter Levine waitlist in Europe."),
    C('Wednesday check-in: who else is seeing Medicare Advantage plans deny teletherapy for rural clients? Humana, Aetna and Kaiser all changed policies. The American Counseling Association has a letter template. Worth sending to Congress?'),
    C("Trying to learn more about Te Ao Māori approaches - Hui Process by Lacey et al. and the Meihana Model. Any Pākehā therapists doing Tikanga training through Te Rau Ora? I'd like to be more culturally safe."),
    C('Looking at Motivational Interviewing (Miller and Rollnick, 4th edition, Guilford 2023). The MITI coding is intense. Anyone a MINT member? Their Forum is in Europe this year, I think Amsterdam or Lisbon.'),
    C('Fluoxetine or Sertraline for Premenstrual Dysphoric Disorder? I know they can be used luteal-phase only. The IAPMD has great resources and the Carolina Premenstrual Assessment Scoring System (C-PASS) for diagnosis. Helpful for a cyclical depression picture.'),
    C('Anyone know if the BPS Division of Clinical Psychology updated their guidance on formulation? The Power Threat Meaning Framework from Johnstone and Boyle is divisive. I like it for Psychosis but some NHS teams hate it.'),
    C("Clozapine monitoring and therapy - my client's clinic moved the bloods to Thursdays, which clashes with our sessions. Not a big deal, but does anyone know if the Clozapine Patient Monitoring Service allows Saturday bloods?"),
    C("For Scrupulosity, I like Jonathan Abramowitz's Exposure Therapy for Anxiety and the Penn Inventory of Scrupulosity. Catholic and Muslim clients respond differently. The International OCD Foundation has faith-specific fact sheets too."),
    C("Anyone else attend the IACP AGM in November? Also the PSI (Psychological Society of Ireland) wants statutory registration through CORU faster. The Mental Health Reform charity had a good briefing. Do you think it'll happen by 2026?"),
    C("Sharing: the Compassionate Friends and the Lullaby Trust for bereaved parents, Winston's Wish and Child Bereavement UK for children. Also Sands for stillbirth. Grief Encounter too. I keep this list pinned in our Google Drive."),
    C("For adolescents with OCD, I use March and Mulle's OCD in Children and Adolescents, plus the CY-BOCS. Fluvoxamine came up from the psychiatrist. Families like Tamar Chansky's Freeing Your Child from Obsessive-Compulsive Disorder."),
    C("Insurance rant: Cigna's new Evernorth platform rejected my credentialing three times. Magellan and Beacon are merging into Carelon. CAQH needed re-attestation again. Does anyone have a good billing service? I'm in Pennsylvania."),
    C('Thinking about the AAMFT Annual Conference. Also the Psychotherapy Networker Symposium in Washington DC every March is fun. Any recommended workshops for couples work with neurodivergent partners?'),
    C("Sunday thought: Viktor Frankl's Man's Search for Meaning comes up so often with clients facing chronic illness. Also Irvin Yalom's Staring at the Sun for death anxiety. existential therapists here - Emmy van Deurzen's work?"),
    C('Recommendations for a clinical supervisor who knows Narrative Therapy (Michael White and David Epston)? The Dulwich Centre has online training. Tree of Life methodology from Ncazelo Ncube is lovely for group work with refugees.'),
    C("Has anyone used Spravato or Zuranolone (Zurzuvae) alongside therapy? The FDA approved Zurzuvae for Postpartum Depression in 2023 but I hear insurers are slow. I'm in Massachusetts and mostly see Medicaid clients."),
    C("For Trichotillomania and Dermatillomania, the SkinPick and StopPulling apps are decent. ComB from Charles Mansueto is my model. Also Fred Penzel's Compulsive Hair Pulling is old but good. Anyone tried Habit Reversal Training via Telehealth?"),
    C('PSA from our Trust: the new EHR (SystmOne migrating to RiO) goes live on Monday the 3rd. Expect chaos. Also Cerner and Epic users - how do you record safeguarding flags without the whole team seeing the clinical notes?'),
    C("Looking for a DBT-informed group in British Columbia for young adults. Foundry BC has some options. Also the Kelty Mental Health Resource Centre. My client's on the PharmaCare plan, so Sertraline is covered. Any group therapy covered too?"),
    C("Reading Jonathan Haidt's The Anxious Generation with some skepticism. Candice Odgers's Nature review critiques it. Sonia Livingstone at LSE has more nuanced work. What do you say to parents asking about smartphone bans?"),
    C('The NICE guideline CG90 for depression was replaced by NG222 in 2022. Anyone notice changes in Talking Therapies? The Group CBT and Guided Self-Help steps are more prominent, but Counselling for Depression is still there.'),
    C("Does anyone use the WHO-5 Well-Being Index? It's short and free, translated into Arabic, Farsi, Dari, Pashto and Tigrinya, which helps with our refugee clients. Also the Refugee Health Screener-15 (RHS-15). Both good."),
    C("Question on Buprenorphine (Suboxone, Sublocade) and therapy attendance: our MAT program in Kentucky requires weekly counselling. SAMHSA removed the X-waiver in 2023. Has that changed who's prescribing?"),
    C('Asking for perinatal colleagues - no, actually, for paternal depression. The Edinburgh Postnatal Depression Scale was validated for fathers too. Also the PANDAS Foundation and the Dad Matters project. Good books for new dads?'),
    C("Is anyone using Ecotherapy or Wilderness Therapy in practice? The Nature Connection Handbook and the Wildlife Trusts' Thirty Days Wild in June are nice homework. Insurance won't pay for walk-and-talk though."),
    C("Late-diagnosed autistic women: Sarah Hendrickx's Women and Girls on the Autism Spectrum, Devon Price's Unmasking Autism and the RAADS-R. The Autism Diagnostic Observation Schedule (ADOS-2) misses masking. Does anyone use the CAT-Q?"),
    C('Medication question from a curious non-prescriber: is Bupropion (Wellbutrin) used for ADHD in Canada? Strattera (Atomoxetine) seems common too. Health Canada approved Qelbree? My clients ask me and I send them back to their psychiatrist.'),
    C("Workshop alert: Janina Fisher is doing Trauma-Informed Stabilization Treatment (TIST) online in February. Also Pat Ogden's Sensorimotor Psychotherapy Institute has a new Level 1 cohort in April. Any reviews?"),
    C("Does the American Psychological Association's Ethics Code allow bartering? I'm in rural Montana and clients offer beef, firewood and eggs. The ACA Code of Ethics (2014) has section A.10.e. I'd love thoughts."),
    C("Reflecting on Carl Rogers's On Becoming a Person after a tricky week. Also Rogers's Six Necessary and Sufficient Conditions (1957). Person-Centred colleagues in the BAPCA - do you still read Mearns and Thorne's Person-Centred Counselling in Action?"),
    C("Resources for Firefighters' families: the Fire Fighters Charity in the UK, the NVFC Share the Load program in the US, and Fortem Australia. Also the book Warrior's Guide to Insomnia? No, wrong book. Anyway, Fortem is great."),
    C("Question for Australian colleagues: does the NDIS fund psychosocial recovery coaches and therapy at the same time? The NDIA planner said no. I'm a counsellor, not a psychologist, so Medicare won't cover me either. Ugh."),
    C('Mindfulness-Based Cognitive Therapy (Segal, Williams and Teasdale) or MBSR (Jon Kabat-Zinn)? For recurrent depression, MBCT has NICE backing. The Oxford Mindfulness Centre and the Centre for Mindfulness Research and Practice both train.'),
    C('For grief in Muslim families, the Muslim Bereavement Support Service and Muslim Youth Helpline are helpful. Janazah customs shape the timeline. Also Eid can be hard after a death. Anyone recommend a book on Islamic perspectives on grief?'),
    C("Has anyone done Accelerated Resolution Therapy (ART)? Laney Rosenzweig's model. It's popular with military clients in the US. The Rising Tide Foundation funds some training. The evidence base is thin compared to EMDR or PE though."),
    C("Friday fun: favourite therapy podcast? I like Therapist Uncensored, the Science of Psychotherapy and the Psychologists Off the Clock team. Also Esther Perel's Where Should We Begin. Any Irish or Kiwi ones?"),
    C("Couples and Porn: I use Gottman's research plus Emily Nagoski's Come as You Are. The Kinsey Institute has good data. Sex addiction as a diagnosis isn't in DSM-5-TR but Compulsive Sexual Behaviour Disorder is in ICD-11. Thoughts?"),
    C('For Tinnitus-related distress, CBT for Tinnitus from the British Tinnitus Association, now Tinnitus UK. Also Tinnitus Retraining Therapy from Jastreboff. The Tinnitus Handicap Inventory is my measure. Audiologists and I share clients.'),
    C('Anyone seeing more gabapentinoid misuse? The MHRA reclassified Pregabalin and Gabapentin as Class C in April 2019. Clients sometimes mix them with Methadone. How do you raise it without losing rapport?'),
    C("Teachers' burnout: Education Support in the UK runs a free helpline. The Maslach Burnout Inventory is a good measure. Also the NASUWT and NEU wellbeing resources. In Ireland, the INTO has a Wellbeing programme via Spectrum.Life."),
    C('For Hispanic and Latino clients, the Latinx Therapists Action Network and the Therapy for Latinx directory are good. Spanish-language Behavioural Activation materials from the University of Washington? Also the Mexican Psychological Society has resources.'),
    C('Question on the Hamilton Rating Scale for Depression (HAM-D) vs the Montgomery-Åsberg (MADRS) - do any therapists use either, or just the psychiatrists? The QIDS-SR is quicker. The BDI-II costs money through Pearson.'),
    C("PSA: World Mental Health Day is October 10th, Mental Health Awareness Month in the US is May, and Men's Health Week in June. Also Black History Month (February in the US, October in the UK). Plan those newsletters."),
    C("Any tips on the Burns Depression Checklist vs the PHQ-9 for Feeling Good groups? David Burns's TEAM-CBT workshops are intense but useful. His Feeling Great book came out in 2020. Anyone in the Feeling Good Institute certification track?"),
    C('Noticing more clients on Ozempic and Wegovy (Semaglutide) reporting mood changes. The EMA reviewed suicidality signals in 2023. eating disorder colleagues are worried too. Is anyone screening with the SCOFF before GLP-1s start?'),
    C("The Lancet Psychiatry Commission on Youth Mental Health (2024) is worth reading. Patrick McGorry's headspace model in Australia, Jigsaw in Ireland and Foundry in Canada are cited. Are the UK Early Support Hubs similar?"),
    C('Mood tracking apps: Daylio, Bearable and eMoods for Bipolar. Clients bring them in on Thursdays and we review. Anyone worried about privacy since the Flo period-app case with the FTC? I tell clients to check settings.'),
    C('I use the Camberwell Assessment of Need in our community team, and the HoNOS for outcome. Our NHS Trust replaced Paris with SystmOne last Spring. clinical notes templates are awful. Does anyone have a good template for risk?'),
    C("Supervision group, Thursday 7pm GMT on Teams. This week: Rollo May's The Courage to Create and Ernest Becker's The Denial of Death. Also bring cases on existential anxiety (no identifying details please, as per the BACP Ethical Framework)."),
    C("Anyone in Queensland using the Head to Health centres? The Commonwealth funds them, Primary Health Networks run them. Medicare doesn't apply. It's helpful for clients who can't afford a gap fee, especially after Christmas."),
    C("Has anyone used the Clinical Outcomes in Routine Evaluation (CORE-10 and CORE-OM)? Our counselling service in Northern Ireland uses CORE Net. The Young Person's version (YP-CORE) is good for teenagers. Free too."),
    C("Thinking about Emotionally Focused Individual Therapy (EFIT), Sue Johnson's later work. The ICEEFT runs externships. Also Leslie Greenberg's Emotion-Focused Therapy is different - Greenberg's school versus Johnson's school. Confusing naming!"),
    C("On Valproate: the MHRA's new rules mean men under 55 also need two specialists to initiate. Clients with Bipolar are anxious. Mind and Bipolar UK both have explainers. I'm a therapist, so I just signpost."),
    C("Trauma in Interpreters: the Institute of Translation and Interpreting and the Chartered Institute of Linguists both mention vicarious trauma. Any supervision models for interpreters we co-work with? Also the Refugee Council's guidance."),
    C("Anyone read Nadine Burke Harris's The Deepest Well or Judith Herman's Truth and Repair (2023)? Herman's Trauma and Recovery is still the classic. I'm running a Saturday reading group on justice and trauma."),
    C('For Bipolar, IPSRT from Ellen Frank is great, and the Bipolar UK peer support line. Lithium levels get checked every three months. The Social Rhythm Metric is useful homework. Anyone using the Altman Self-Rating Mania Scale?'),
    C('Thinking of joining the UKCP as well as the BACP. The UKCP Psychotherapist register is more Psychodynamic-leaning. Does the Professional Standards Authority accredit both? Any difference to clients or employers?'),
    C('Our group practice just signed with Owl Health for measurement-based care. The Joint Commission wants standardized measures. Any one use Greenspace or Blueprint instead? The AI note-taker add-ons (Upheal, Mentalyc) worry me re HIPAA.'),
    C('Does anyone use Solution-Focused Brief Therapy (de Shazer and Berg) in schools? The Miracle Question works well with year 9s. The UKASFP and the SFBTA both run training. BRIEF in the UK does a certificate too.'),
    C('The Journal of Traumatic Stress published a meta-analysis in January showing Written Exposure Therapy (Sloan and Marx) is noninferior to CPT. Five sessions. Anyone trained? The National Center for PTSD offers free training.'),
    C('For clients on Lithium, Ibuprofen and Naproxen raise levels. Also ACE Inhibitors and Thiazides. Not our area but worth knowing. I tell clients to ask their pharmacist. The Medicines and Healthcare products Regulatory Agency has a patient card.'),
    C('Any Kiwi colleagues using the Puāwaitanga service or Aunty Dee app? Also Mana Ake in schools. Whānau-centred models like Te Whare Tapa Whā make intake so much richer.'),
    C("Thinking about vicarious trauma after a heavy month. Laurie Anne Pearlman and Karen Saakvitne's Trauma and the Therapist is my go-to, plus the ProQOL. Also Headington Institute resources. What keeps you going in November?"),
    C("quick q - anyone else find the PHQ-9 useless with chronic pain clients? half the items are about fatigue and sleep which the pain explains anyway. i've started leaning on the PEG scale instead. thoughts?"),
    C("does anyone do walk-and-talk sessions in winter? i'm in Scotland and it's dark by four. clients love it in June but by November we're both soaked. considering just stopping until spring."),
    C('Small win to share: a client who has been avoiding driving since a crash did a ten-minute drive on Sunday, on her own. Graded exposure really does work when you go slowly enough. Made my week.'),
    C("how do you all handle clients who want to text between sessions? i've got a policy in my intake paperwork but people don't read it. I use a practice phone on Signal, switched off at six."),
    C('Does anyone have a good script for ending therapy with someone who doesn\'t want to end? I\'ve used the idea of a "pause" rather than an ending, with a check-in in three months. Curious what works for others.'),
    C("Feeling a bit flat after a heavy Thursday - three trauma clients back to back. Reminder to self and all: schedule gaps, eat lunch, and don't do notes in the car park. Who else is booking their own therapy this month?"),
    C("Genuine question: how long do your intake sessions run? mine are 75 minutes but the insurer only pays for 60. I've been absorbing the difference. Is it worth charging privately for the extra fifteen minutes?"),
    C("sliding scale question. how do you decide who gets the reduced fee without asking for payslips? i ask people to self-select and trust them, but a colleague thinks that's naive."),
    C("Anyone else get anxious before their own supervision? Twenty years in and I still rehearse what to say. My supervisor is lovely, it's just the exposure of being seen. Parallel process with clients, probably."),
    C('For first responders who hate talking, I sometimes start with a timeline on paper rather than a conversation. Drawing the shift, what happened when. It lowers the stakes. Anyone else use visual methods like this?'),
    C('had a client fall asleep in session today. not rude, just exhausted - night shifts. we laughed about it. made me wonder how many of my clients are chronically sleep deprived and we never ask properly.'),
    C("How do people write progress notes that are useful but not a liability? I've gone minimal since GDPR - presentation, intervention, plan, risk. Occasionally a quote. Is anyone still writing long process notes?"),
    C("Reminder that the group's peer consultation is the second Tuesday of the month now, not the first. Bring one case each, anonymised, and a question you actually want help with rather than a case summary."),
    C("Does anyone else find telehealth harder for couples work? Two people on one small screen, one of them always half out of frame. I've started asking couples to use a laptop on a table rather than a phone."),
    C('Curious how people respond when a client asks "do you think I\'m crazy?" I used to reassure. Now I get curious about what crazy would mean to them. It usually opens up shame in a useful way.'),
    C("When do you decide a client needs a higher level of care? I'm struggling with someone whose self-harm is stable but chronic. Weekly outpatient feels thin, but an inpatient stay would probably make things worse."),
    C("I keep noticing how much grief shows up in anxiety referrals. The referral says panic, the story says loss. Anyone else routinely ask about bereavement at intake even when it isn't the presenting problem?"),
    C('Therapists who work from home: how do you keep the space separate? I have a small room with a door and a white-noise machine outside it. Still feels odd when the washing machine starts mid-session.'),
    C("is it normal to feel guilty raising fees? haven't changed mine in four years and costs have gone up loads. planning a small increase in January with two months' notice. how did others word it?"),
    C("Looking back at my first year in practice I'd tell myself: fewer clients, more supervision, and stop saying yes to every referral. What would you all tell your newly qualified selves?"),
    C("Client asked whether I'd read a poem she wrote about her depression. I said yes and we read it together. Beautiful session. Do others invite creative writing into talk therapy, or keep it separate?"),
    C("For people who run groups: how many no-shows before you remove someone? I've got a rolling anxiety group and two members have missed three in a row. Don't want to be punitive, but the group notices."),
    C('ok who else had the power go out mid-session today. storm took the wifi down, switched to phone, client was brilliant about it. reminder to have a backup plan written into consent forms.'),
    C('Anyone use a simple feedback question at the end of each session, like "what was most useful today?" It\'s not a validated measure but clients say things they\'d never say on the ORS. It\'s changed how I plan.'),
    C("Thinking about the ethics of googling clients. I don't, as a rule, unless there's a risk issue. A supervisee argued it's public information. Where do you all land, and has your professional body said anything?"),
]

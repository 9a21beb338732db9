"""THIRTY-THIRD LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 33), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_32.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_32.py only (printed up to its
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
consultation group, in the US, UK (England, Wales, Scotland, Northern
Ireland), Ireland, Canada and Quebec, Australia, Aotearoa New Zealand,
South Africa, Zimbabwe, Greece, India, Pakistan, Singapore, the Philippines,
Kenya, Nigeria, Ghana, Ethiopia, Eritrea, Germany, Switzerland, France,
Belgium, Spain, Portugal and the Azores, Italy, the Netherlands, Sweden,
Norway, Denmark, Finland, Iceland, Latvia, Poland, Romania, Hungary,
Serbia, Ukraine, Turkey, Iran, Oman, Lebanon, Israel, Kazakhstan,
Vietnam, Japan, Korea, Brazil, Mexico, Colombia, Peru, Bolivia,
Argentina, Trinidad, Hawaii, Samoa and Tonga: formal referral notes,
rushed lower-case chat (four snippets write the names and places in lower
case), asides with false starts, abbreviations and one-liners.  Nothing
was composed by a script: the author wrote the snippets in plain text
files outside the repository with the planted spans marked inline, and a
script (also kept outside the repository, in /tmp/set33work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density and wrote this file.  While writing, identifier snippets were
reworded as follows: five real cities and an island that stood outside
any span beside the invented place (one of them, a capital, in a false
start) were cut; a real city a client had returned from was replaced by
its country and one where a relative lived by "abroad"; a false start
that named a real hospital and a real capital was cut to the invented
annex; a renal unit named like a real hospital was given an invented
name; month or season mentions tied to a
client (an insolvency month, a benefit end month, a widowing season) and
a holiday restating a labelled death date were removed; a second bare
mention of a client's first name was replaced by a pronoun; an age over
89 left outside any span and a "90-year-old" in a closing question were
rephrased.  In a last review, a flock number labelled as an account
became a farm loan account, an aside calling a health plan number a
national ID number was cut, a wrongly named card issuer was cut, a place
span holding a real street name and one written like a road were given
other invented places, an ambiguous "MS" (a Senedd member) was written
out, a language was matched to the client's region and a doubled word in
a place phrase was cut.  In the clean snippets a city named for a
charity's service was removed, and seventeen attributions or resources the author was not
sure of (a charity's name, a research attribution, a ministry's
guideline given to a society, a community association, a succession
programme and a guide, a parenting course, a helpline's weekday, a
podcast and a clinician's work, a charity's name, an organisation said
to have closed, a newsletter, a leaflet and a programme title, a
manual's title, a training calendar and a professional college) were
replaced by ones the author was sure of or made vaguer; a duplicated
organisation name and a weekday that clashed with a holiday were
corrected.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 91 values in the first round
(41 names, 33 places, 3 dates, 11 ages over 89, an IP address, a zip code
and a Spanish IBAN; names were given rarer surnames, places were replaced
by other invented places or made longer and more particular, e-mails and
URLs holding a renamed client's name were changed with it), with the
replacement ages picked from a few candidate phrasings that the filter
checked, printing only ok or clash for each; then 2 places, renamed again;
the last pass, after four more snippets were added, found nothing.

Settings (chosen to differ from set 32's): couples therapy after
infidelity and emotional affairs, sex therapy (vaginismus, erectile
difficulties after prostatectomy, low desire after cancer), postpartum
psychosis, postnatal OCD and depression, fathers' mental health,
stillbirth and neonatal loss, twins and triplets and twin loss, school
refusal, home-schooling, gifted and twice-exceptional children,
dyslexia, autism assessment waiting lists, PDA, ARFID, gaming disorder,
online gambling and sports betting, pokies, crypto losses and a Ponzi
app, debt, insolvency and bankruptcy, divorce and co-parenting apps,
step-families, late-life divorce, widowhood, romance scams in the very
old, loneliness and men's sheds, retirement, dementia caregivers,
Lewy body, frontotemporal and vascular dementia, stroke rehab and
aphasia, brain injury, epilepsy and epilepsy surgery, MS, lupus,
endometriosis, PCOS, chronic fatigue, diabetes, sleep apnoea, cochlear
implants, dialysis, long-term unemployment, redundancy, small business
owners, farm succession, fishermen, miners, pilots, nurses,
physiotherapists, dentists and social workers under stress, taxi and
HGV drivers, returning overseas Filipino workers and refugees; with
local identifier formats for a US social security number, a Finnish
henkilötunnus, a Nigerian NIN, a New Zealand IRD number, an Aadhaar
number, a UK National Insurance number, a South African ID number, an
Irish PPSN, an Italian codice fiscale, a Latvian personas kods, a
Ukrainian RNOKPP, a Swiss AHV number, a Peruvian DNI, a French social
security number and a Turkish TC kimlik number (ssn), NHS numbers,
hospital, PAS and neonatal file numbers and MRNs from England, Wales,
Kenya, Israel, Nigeria, Australia, Pakistan, India, Singapore, Finland
and the US (medical_record),
Turkish supplementary, Southern Cross, Texas Medicaid, NFZ, NHIS,
Discovery, VHI, Techniker, Bupa, PhilHealth, Community Services Card,
Aetna and AOK numbers (health_plan), a farm loan, a BIM grant, a
workers' compensation claim, Brazilian, Irish, South African, Scottish,
Tongan and Spanish bank accounts, a day-centre account, a Swedish debt
case, a payday loan, an ATO payment plan and a stokvel (account), a
fishing vessel licence, a UK driving licence (twice), NMC, HPCSA, CORU,
KDA, Mexican cédula, Icelandic, forklift, pilot, private hire and
fishing permit numbers (licence), New Zealand (two), Polish, UK (two),
Kazakh, US, Swedish (two), Romanian and Vietnamese plates, an Irish
caravan's registration and a Ghanaian boat's (vehicle), a home dialysis machine, a VNS, an insulin pump (two),
a cochlear processor, a GPS watch IMEI, a CPAP, an ICD, a suction
machine, a laptop, a seizure alert watch, a power chair, an AAC tablet
and a hearing aid (device), addresses written the local way (an Irish
townland road, New Zealand streets and roads, a Spanish calle with
floor, Scottish flats and a car park, a Swiss strasse, an Islamabad
house and street, a UK close and flat, a Belgian rue with boîte, an
Australian unit, a German allee, a Hungarian utca, a Philippine purok
and sitio, a Dutch kerkweg and a Quebec rue) with an eircode, UK
postcodes, New Zealand, Spanish, Swiss, Pakistani, Belgian, Australian,
German, Hungarian, Philippine, Dutch and Quebec postal codes, IPv4
(public, private) and IPv6 (documentation and public) addresses, full
URLs (social profiles, fundraisers, a memorial page, a blog, a
newsletter, a shed's members page and a photo album) and phone and fax
numbers in local and international formats.

367 snippets, 211 with identifiers and 156 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 19, age_over_89 14, phone 13, fax 13, email 14, url 13,
ip_address 13, ssn 15, medical_record 13, health_plan 13, account 13,
licence 13, vehicle 13, device 14, street_address 18, zip_code 17; with
213 names and 211 places smaller than a state (the test requires 213 and
211).
Names: Tongan, Samoan, Māori, Native Hawaiian, Aboriginal Australian,
Navajo, Ojibwe, Yoruba, Igbo, Edo, Akan, Kikuyu,
Kalenjin and Luo, Congolese, Ethiopian and Eritrean, Somali, Zulu,
Swazi, Sotho, Ndebele and Shona, Afrikaans, Arab (Omani,
Lebanese, Algerian-French), Turkish, Persian, Afghan, Pakistani,
Bengali, Punjabi, Marathi, Tamil, Kazakh, Vietnamese, Chinese
(Singaporean), Japanese, Korean, Filipino, Polish, Romanian, Serbian,
Hungarian, Latvian, Ukrainian, Russian, Finnish, Swedish, Norwegian,
Danish, Icelandic, Dutch, Flemish, German and Swiss, French and
Québécois, Italian, Spanish and Basque, Galician, Portuguese and Azorean,
Brazilian, Mexican, Colombian, Bolivian (Aymara), Peruvian (Quechua),
Argentine, Trinidadian (Indo-Caribbean), Ashkenazi, Sephardi and Israeli
Jewish, Irish Traveller, Irish and Irish-language, Scottish and Gaelic,
Welsh and English names; lower-case names, hyphenated and multi-part
names, names before a possessive, two names in one snippet.
Places: invented towns, villages, suburbs, settlements, reserves,
estates, extensions and blocks, barangays and a sitio, colonias, barrios,
a Korean dong, a Japanese chō and ku, Vietnamese wards, Indian colonies
and lanes, Polish city districts, a Turkish lise, a Tongan
lane, a halting site, farms, a steading and a pier, hospitals, neonatal,
rehab, renal and neuro units, a perinatal unit, a memory clinic and a
pain clinic, care homes, nursing homes, almshouses, frail care and a
sykehjem, schools (junior high, basisschool, ysgol, gakuen, remedial,
day school and a technical campus), a men's shed, a memorial hall, a
surf shop, a depot, a shaft canteen, a market lane, and places after
street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only),
guidelines and acts, diagnoses, weekdays, months and holidays (religious
and national festivals included; never a person's date), professional
bodies, regulators, charities, helplines, insurers and payers, EAP
providers, billing codes, EHR, telehealth and wellbeing apps,
universities, conferences, states, countries, nationalities, religions
and languages, and sentence-initial words; a few are plainer chat with
few capitals.  Nothing in a clean snippet identifies a client, and no
private person or place smaller than a state is named.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1416 in the 156 clean snippets, a mean of 9.1 per clean snippet
(median 9, minimum 1, maximum 19); counting only words with at least
one lower-case letter (no all-capitals acronyms such as CBT or PHQ-9) the
mean is 7.5.

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
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, *expected: tuple[str, str]) -> EvalCase:
    """One snippet and its planted (category, substring) pairs; a clean snippet has none."""
    return EvalCase(text, list(expected))


LOCKED33_CASES: list[EvalCase] = [
    C("couples work q: Tevita Havili-Lolohea found out about his wife's affair on 16 March 2026 and since then he's been sleeping in the ute outside their place in Kanimbla Heights. how do you pace disclosure sessions when one partner is this flooded?", ('name', 'Tevita Havili-Lolohea'), ('date', '16 March 2026'), ('place', 'Kanimbla Heights')),
    C('Referral for sex therapy: Ngozi Adeyemi-Okafor, 34, vaginismus since her wedding on 3 June 2023, GP at Ikorodu Road Family Clinic tried dilators without much support. Husband supportive but anxious. Thoughts on sensate focus timing?', ('name', 'Ngozi Adeyemi-Okafor'), ('date', '3 June 2023'), ('place', 'Ikorodu Road Family Clinic')),
    C("postpartum psychosis case - Siobhán Ní Dhuibhir was admitted to the mother and baby unit at St Fintan's Perinatal Unit on 9 August 2026, baby is 11 days old. I'm seeing dad for support. what do fathers usually need in week one?", ('name', 'Siobhán Ní Dhuibhir'), ('place', "St Fintan's Perinatal Unit"), ('date', '9 August 2026')),
    C('Arjun Thirunavukkarasu lost twins at 22 weeks on 27/01/2026; he keeps saying he\'s "not the one who was pregnant". Partner is at Kovalam Nagar with her mother. Any reading for fathers after neonatal loss?', ('name', 'Arjun Thirunavukkarasu'), ('date', '27/01/2026'), ('place', 'Kovalam Nagar')),
    C("School refusal, 14 y/o Mahala Yazzie, hasn't been in to Red Mesa Junior High since October 6, 2025. Mum works nights at the casino. Is graded exposure realistic when the bus ride is 70 minutes each way?", ('name', 'Mahala Yazzie'), ('place', 'Red Mesa Junior High'), ('date', 'October 6, 2025')),
    C('home-schooled 11 yo, Ilse Vandersteen, parents pulled her from De Klimop Basisschool after bullying; dad rang me from +32 478 56 21 94 asking whether I can see her at home. boundaries question really', ('name', 'Ilse Vandersteen'), ('place', 'De Klimop Basisschool'), ('phone', '+32 478 56 21 94')),
    C('gifted 9 year old Kazuki Morimoto, dyslexia only just picked up at Hinode Gakuen International School, mum reachable on 090-4712-8836. He melts down over spelling tests and calls himself stupid. twice-exceptional resources?', ('name', 'Kazuki Morimoto'), ('place', 'Hinode Gakuen International School'), ('phone', '090-4712-8836')),
    C("Autism assessment waitlist is 26 months here. Oisín Mac Giolla Bhríde's parents asked me to write a letter to Ballyrourke CAMHS - their number is (065) 682 4419. Has anyone had success with letters speeding anything up?", ('name', 'Oisín Mac Giolla Bhríde'), ('place', 'Ballyrourke CAMHS'), ('phone', '(065) 682 4419')),
    C("PDA-profile kid, Rhiannon Pryce-Evans, 8, at Ysgol Cwm Teg - the demand-avoidance is extreme and school use sticker charts. Mum's mobile 07839 402 118. How do I talk to SENCo without it sounding like I'm blaming them?", ('name', 'Rhiannon Pryce-Evans'), ('place', 'Ysgol Cwm Teg'), ('phone', '07839 402 118')),
    C("ARFID referral: Dawit Gebreyohannes-Alemu, 16, eats 6 safe foods, weight dropping. Paed at Mekdela Children's Hospital outpatients, fax referrals to +251 11 552 3187. Anyone used CBT-AR with teens who also have autism?", ('name', 'Dawit Gebreyohannes-Alemu'), ('place', "Mekdela Children's Hospital"), ('fax', '+251 11 552 3187')),
    C("gaming disorder - Min-jun Hwang (19) dropped out of uni, 14h a day on one MMO, lives above his parents' shop in Seomyeon-dong. his mum emails me daily from hwang.okja.shop@naver.com, how do I handle that?", ('name', 'Min-jun Hwang'), ('place', 'Seomyeon-dong'), ('email', 'hwang.okja.shop@naver.com')),
    C("online gambling, Ruairí McGlinchey, lost about 40k on in-play betting, wife found out through the joint account. he's in Carndonagh. fax from his GP came through from 074 937 2261 with bloods. where to start, shame or money?", ('name', 'Ruairí McGlinchey'), ('place', 'Carndonagh'), ('fax', '074 937 2261')),
    C("crypto losses: Farhan Talukder-Mia, 28, lost his house deposit in a rug pull, living with his parents in Tower Hamlets' Wapping Lane estate. He sent his exchange history to my work email farhan.c.1997@outlook.com - should I even look at it?", ('name', 'Farhan Talukder-Mia'), ('place', "Tower Hamlets' Wapping Lane estate"), ('email', 'farhan.c.1997@outlook.com')),
    C('debt and bankruptcy: Maria Luísa Bettencourt runs a bakery in Vila Franca do Campo, declared insolvent this year. She wrote from mlbettencourt.padaria@sapo.pt asking if we can do sessions in Portuguese. I can, but is the dual relationship with her cousin an issue?', ('name', 'Maria Luísa Bettencourt'), ('place', 'Vila Franca do Campo'), ('email', 'mlbettencourt.padaria@sapo.pt')),
    C('co-parenting app conflict - Jaxon Whiteley screenshots every OurFamilyWizard message and brings them to session. ex lives in Burleigh Waters, kids go between. his lawyer sent an email from mkrause@krauseandpartnersfamilylaw.com.au asking for my notes. do I have to?', ('name', 'Jaxon Whiteley'), ('place', 'Burleigh Waters'), ('email', 'mkrause@krauseandpartnersfamilylaw.com.au')),
    C("step-family: Zainab Al-Rashidi moved in with her new husband and his three teenagers in Al Khuwair 33. eldest stepdaughter won't speak to her. She found me via https://www.instagram.com/zainab.rashidi.coaching. thoughts on Papernow's work here?", ('name', 'Zainab Al-Rashidi'), ('place', 'Al Khuwair 33'), ('url', 'https://www.instagram.com/zainab.rashidi.coaching')),
    C("late-life divorce, Hendrik Aalbers, 71, wife left after 46 years, he's in a rented flat in Zuidlaren. Daughter set up a fundraiser for his legal costs at https://gofund.me/aalbers-hendrik-scheiding, which he finds humiliating. Grief or adjustment framework?", ('name', 'Hendrik Aalbers'), ('place', 'Zuidlaren'), ('url', 'https://gofund.me/aalbers-hendrik-scheiding')),
    C("widowhood group - Eileen Gallacher (82) hasn't missed a week at the Drumchapel Memorial Hall group but barely speaks. her son posted her story on https://www.facebook.com/groups/drumchapelwidows/posts/88412093. I'm uneasy about that post, am I overreacting?", ('name', 'Eileen Gallacher'), ('place', 'Drumchapel Memorial Hall'), ('url', 'https://www.facebook.com/groups/drumchapelwidows/posts/88412093')),
    C('men\'s shed loneliness: Wiremu Karauria-Hohaia, 68, widower, only leaves the house for the shed in Mangaokewa Junction. the shed\'s booking page https://mangaokewamensshed.org.nz/members/wkhohaia lists him as "lead carver". Could the shed be the intervention?', ('name', 'Wiremu Karauria-Hohaia'), ('place', 'Mangaokewa Junction'), ('url', 'https://mangaokewamensshed.org.nz/members/wkhohaia')),
    C('retirement adjustment - Gérard Lemaître retired from the railway in Saint-Pierre-des-Corps and is drinking at lunch every day now. his wife sent photos from a shared album https://photos.app.goo.gl/Lm7Qp2ZxWv4bRt9a8. not sure why. Motivational interviewing first?', ('name', 'Gérard Lemaître'), ('place', 'Saint-Pierre-des-Corps'), ('url', 'https://photos.app.goo.gl/Lm7Qp2ZxWv4bRt9a8')),
    C("dementia caregiver - Rosa Inés Cárdenas cares for her husband with Lewy body dementia in Colonia Las Acacias; he's now hallucinating soldiers. The carers' portal logged her on from 189.203.44.117. She's so exhausted she cried through our whole call.", ('name', 'Rosa Inés Cárdenas'), ('place', 'Colonia Las Acacias'), ('ip_address', '189.203.44.117')),
    C("FTD - Ian McCrindle, 58, behavioural variant, wife Morag McCrindle says he's spending thousands online. their router logs show purchases from 86.142.19.203 at 3am. They live in Auchenbrae. how do I support her without it becoming about him?", ('name', 'Ian McCrindle'), ('name', 'Morag McCrindle'), ('ip_address', '86.142.19.203'), ('place', 'Auchenbrae')),
    C('stroke rehab, Fatma Yıldırım, 61, aphasic after left MCA stroke, at Kadıköy Rehabilitasyon Merkezi. The tablet app we use for her picture-communication logs from 10.44.7.212 on the ward wifi, IT asked me why. How much can therapy do with expressive aphasia?', ('name', 'Fatma Yıldırım'), ('place', 'Kadıköy Rehabilitasyon Merkezi'), ('ip_address', '10.44.7.212')),
    C('brain injury: Kofi Asante-Bediako fell from scaffolding in Tema Community 22 Annex and has a frontal injury; wife says he\'s a "different man". His headway login keeps flagging 2001:db8:4c2a::19. Any resources on ambiguous loss after TBI?', ('name', 'Kofi Asante-Bediako'), ('place', 'Tema Community 22 Annex'), ('ip_address', '2001:db8:4c2a::19')),
    C("epilepsy - Leilani Kealamakia-Pua had a tonic-clonic at work at Hale Kula Surf Shop and now won't leave home. Her SSN on the disability form is 562-71-4408, she wants me to check the form. Is that within my role?", ('name', 'Leilani Kealamakia-Pua'), ('place', 'Hale Kula Surf Shop'), ('ssn', '562-71-4408')),
    C("MS newly diagnosed: Anneli Virtanen, 31, Hervanta, henkilötunnus 140395-412K on her referral which I didn't need. she's terrified of the wheelchair. what helped your MS clients with anticipatory grief?", ('name', 'Anneli Virtanen'), ('place', 'Hervanta'), ('ssn', '140395-412K')),
    C('lupus and depression - Adaeze Nwachukwu-Obi, 27, NIN 48102937561, referred from Enugu Rheumatology Annex. flares every time exams come. ACT? or is that too neat for chronic illness?', ('name', 'Adaeze Nwachukwu-Obi'), ('ssn', '48102937561'), ('place', 'Enugu Rheumatology Annex')),
    C("endometriosis pain, Tayla Runciman, 23, off work from the salon in Morningside Crescent, Ōtaki. IRD number 112-458-903 was on the ACC form she brought. She's furious at being told it's anxiety. Validation vs pain psych?", ('name', 'Tayla Runciman'), ('place', 'Morningside Crescent, Ōtaki'), ('ssn', '112-458-903')),
    C("PCOS and body image: Priyanka Deshpande, Aadhaar 4821 7730 6154 on the intake (I'll redact). lives in Karvenagar Lane 11. Insulin, weight, hirsutism and a mother-in-law commenting constantly. where do you start?", ('name', 'Priyanka Deshpande'), ('ssn', '4821 7730 6154'), ('place', 'Karvenagar Lane 11')),
    C('chronic fatigue - Eilidh NicLeòid-Rennie, 44, housebound in Breasclete. NI number JT 48 21 93 C needed for her PIP letter. Graded exercise is off the table, pacing only. any therapists doing this well over video?', ('name', 'Eilidh NicLeòid-Rennie'), ('place', 'Breasclete'), ('ssn', 'JT 48 21 93 C')),
    C("long-term unemployment: Thabo Mashigo-Rantsho, ID 8807125839084, 37, from Tembisa Extension 25, retrenched from the mine 3 years ago. His wife now earns everything. masculinity and shame - resources that aren't American?", ('name', 'Thabo Mashigo-Rantsho'), ('ssn', '8807125839084'), ('place', 'Tembisa Extension 25')),
    C('redundancy after 29 years, Brian Kavanagh, PPSN 6294817TA, lives in Killenard Cross. He still puts on a suit every morning and drives to a car park. how gently do you challenge that?', ('name', 'Brian Kavanagh'), ('ssn', '6294817TA'), ('place', 'Killenard Cross')),
    C("small business owner, Chiara Bellomo, codice fiscale BLLCHR79M52F839L, her trattoria in Borgo Sant'Eusebio closed after the flood. panic attacks when the phone rings. crisis work or trauma work first?", ('name', 'Chiara Bellomo'), ('ssn', 'BLLCHR79M52F839L'), ('place', "Borgo Sant'Eusebio")),
    C("farm succession fight - Gwilym Pugh (63) won't hand over the farm at Tyddyn Llwyd, son is threatening to leave. SIN isn't relevant here - sorry, wrong client. Farm loan account FL-712483-GP on his letter from the bank. Family therapy with farmers?", ('name', 'Gwilym Pugh'), ('place', 'Tyddyn Llwyd'), ('account', 'FL-712483-GP')),
    C('fisherman, Seán Ó Flaithearta, lost his deckhand overboard off Carraig an Róin in the storm. His Bord Iascaigh Mhara grant account BIM-GR-2025-04417 was frozen pending the investigation. survivor guilt + money stress.', ('name', 'Seán Ó Flaithearta'), ('place', 'Carraig an Róin'), ('account', 'BIM-GR-2025-04417')),
    C('miner with PTSD after a rockfall at Kalgoorlie\'s Boulder shaft: Daniel Tjapaltjarri, workers comp claim WC-8847-2026-KAL. wants yarning sessions not "sitting in a room". Anyone with experience?', ('place', "Kalgoorlie's Boulder shaft"), ('name', 'Daniel Tjapaltjarri'), ('account', 'WC-8847-2026-KAL')),
    C('Juliana Ferraz Moreira, 38, lost R$ 90 mil in an online sports betting app. Her Nubank account 0001 / 74839201-6 was emptied in a week. She lives in Vila Clementino Alta. Any Portuguese-language GA groups?', ('name', 'Juliana Ferraz Moreira'), ('account', '0001 / 74839201-6'), ('place', 'Vila Clementino Alta')),
    C("caregiver burnout: Nguyễn Thị Hằng looks after her father with vascular dementia in Phường 7, Quận 3. The day-centre account DC-HCM-20931 is in arrears and she's ashamed. how to bring money up gently?", ('name', 'Nguyễn Thị Hằng'), ('place', 'Phường 7, Quận 3'), ('account', 'DC-HCM-20931')),
    C("divorce + bankruptcy: Lars-Erik Holmqvist filed for skuldsanering, case KFM 2026-118473, lives alone in Gamlestaden. He's started saying the kids would be better off with the insurance. risk assessment thoughts welcome.", ('name', 'Lars-Erik Holmqvist'), ('account', 'KFM 2026-118473'), ('place', 'Gamlestaden')),
    C('Imogen Thistlethwaite, sex therapy referral, erectile difficulties in her husband after prostatectomy; she wants to come alone. Their clinic is Harrowgate Urology Suite, her hospital number is RHG4412987. couples or individual?', ('name', 'Imogen Thistlethwaite'), ('place', 'Harrowgate Urology Suite'), ('medical_record', 'RHG4412987')),
    C("postnatal OCD, Amani Wanjiru, MRN KNH/PN/2026/04471, intrusive thoughts of harming the baby. She's at Kileleshwa Ridgeview Court with her sister. She hasn't told her husband. ERP with postpartum mums - how do you start?", ('name', 'Amani Wanjiru'), ('medical_record', 'KNH/PN/2026/04471'), ('place', 'Kileleshwa Ridgeview Court')),
    C("stillbirth, Rachel Abramovitz - baby born sleeping at 38 weeks at Beit Shalva Maternity Wing, file BSM-0993182. she's asking about a Jewish burial and the rabbi hasn't called back. how to support without overstepping?", ('name', 'Rachel Abramovitz'), ('place', 'Beit Shalva Maternity Wing'), ('medical_record', 'BSM-0993182')),
    C("triplets, NICU: Olamide Bankole and her husband have three in Lekki Neonatal Unit, one with NEC. hospital number LNU/26/0347. she says she can't love them all equally. is that something to normalise?", ('name', 'Olamide Bankole'), ('place', 'Lekki Neonatal Unit'), ('medical_record', 'LNU/26/0347')),
    C('Jarrah Wallaby-Hayes, 15, gaming disorder + school refusal, PAS number WTH88412370 from Wagga Base Hospital adolescent ward. dad is fly-in fly-out. where to even begin?', ('name', 'Jarrah Wallaby-Hayes'), ('medical_record', 'WTH88412370'), ('place', 'Wagga Base Hospital')),
    C("Lewy body - Bernard Chukwuemeka Obi, 79, NHS number 485 337 2216, in Hollyfield Grange Care Home. His wife visits daily and he sometimes thinks she's an impostor. Capgras in DLB - how to support her?", ('name', 'Bernard Chukwuemeka Obi'), ('medical_record', '485 337 2216'), ('place', 'Hollyfield Grange Care Home')),
    C("epilepsy surgery workup: Hina Qureshi, hospital no. SKM-00-441-872 at Shaukat Memorial Neuro Centre. Her fiancé's family are asking if she can have children. Can we talk about disclosure in marriages here?", ('name', 'Hina Qureshi'), ('medical_record', 'SKM-00-441-872'), ('place', 'Shaukat Memorial Neuro Centre')),
    C("Couples therapy after an emotional affair: Mehmet Karagöz and his wife, both teachers at Çamlıtepe Anadolu Lisesi. She wants me to bill their SGK supplementary policy TSS-4471-882031. I'm not sure couples work is covered, does anyone know?", ('name', 'Mehmet Karagöz'), ('place', 'Çamlıtepe Anadolu Lisesi'), ('health_plan', 'TSS-4471-882031')),
    C("Aroha Ngata-Whitu, 29, postpartum depression, Southern Cross member number SC 7739 2048 15, lives in Raglan's Whāingaroa Flats. Baby has reflux and she hasn't slept more than two hours in months. IPT or CBT?", ('name', 'Aroha Ngata-Whitu'), ('health_plan', 'SC 7739 2048 15'), ('place', "Raglan's Whāingaroa Flats")),
    C("Medicaid ID TX 517 448 902 - Dolores Quintanilla, 44, caregiver for her mother with FTD in Las Milpas Colonia Nueve. She's asking if family therapy sessions can be billed under her mom's plan. who knows Texas Medicaid rules here?", ('health_plan', 'TX 517 448 902'), ('name', 'Dolores Quintanilla'), ('place', 'Las Milpas Colonia Nueve')),
    C('retired miner Stanisław Wróblewski, black lung, NFZ card PL-NFZ 84072913455, lives in Bieruń Stary. grief for his body and his mates. anyone done group work with miners?', ('name', 'Stanisław Wróblewski'), ('health_plan', 'PL-NFZ 84072913455'), ('place', 'Bieruń Stary')),
    C('Chidinma Ezeokonkwo-Ani, 33, NHIS enrolment NHIS/LAG/0048817263, endometriosis and infertility, from Surulere Phase 2. Her mother-in-law has started bringing up a second wife. culturally-informed ideas please.', ('name', 'Chidinma Ezeokonkwo-Ani'), ('health_plan', 'NHIS/LAG/0048817263'), ('place', 'Surulere Phase 2')),
    C("Discovery Health member DH 418 773 0092: Lindiwe Dube, 52, lupus flare and her husband just filed for divorce. They have a house in Bryanston East. She can't afford private sessions once the benefit runs out.", ('health_plan', 'DH 418 773 0092'), ('name', 'Lindiwe Dube'), ('place', 'Bryanston East')),
    C("sex therapy - Tomás Ó Riain and his husband, low desire after a cancer diagnosis. VHI plan VHI 22017845 B covers 8 sessions. they live in Blackrock's Newtown Park. how do you adapt sensate focus for two men?", ('name', 'Tomás Ó Riain'), ('health_plan', 'VHI 22017845 B'), ('place', "Blackrock's Newtown Park")),
    C("Yuki Takahashi-Brandt, 41, chronic fatigue, Techniker Krankenkasse Versichertennummer T418573920, lives in Ottensen. She's lost her job as a translator. Pacing plus ACT, or just pacing?", ('name', 'Yuki Takahashi-Brandt'), ('health_plan', 'T418573920'), ('place', 'Ottensen')),
    C("Bupa Australia Bupa 88120473-02, Connor Fitzpatrick-Byrne, 17, online gambling on his brother's account, lives in Narrabundah. parents found out via the bank. should I see them together first?", ('health_plan', 'Bupa 88120473-02'), ('name', 'Connor Fitzpatrick-Byrne'), ('place', 'Narrabundah')),
    C('PhilHealth PIN 12-050387441-9: Marites Bautista-Lumbao, OFW returned from Saudi Arabia after her employer withheld pay, now in Barangay Malabañas Norte. Panic attacks at night. any Filipino therapists here doing online work?', ('health_plan', 'PIN 12-050387441-9'), ('name', 'Marites Bautista-Lumbao'), ('place', 'Barangay Malabañas Norte')),
    C('Kiri Parata, 16, school refusal + self-harm, IRD on the form but her Community Services Card is CSC 4439 0217 88. lives at Waiōtahe Beach settlement. How do you engage whānau when the kid asks you not to?', ('name', 'Kiri Parata'), ('health_plan', 'CSC 4439 0217 88'), ('place', 'Waiōtahe Beach settlement')),
    C("occupational health for a fishing crew: skipper Angus Mackinnon, fishing licence FVL-BCK-04412, boat out of Glasnacardoch Pier. He's drinking on the boat since his deckhand drowned. Am I obliged to report?", ('name', 'Angus Mackinnon'), ('licence', 'FVL-BCK-04412'), ('place', 'Glasnacardoch Pier')),
    C("HGV driver Kwame Owusu-Ansah, licence OWUSU712094KA9LJ, epilepsy diagnosis means he's lost his job at the Crick Gateway depot. The DVLA letter broke him. loss of identity - ideas?", ('name', 'Kwame Owusu-Ansah'), ('licence', 'OWUSU712094KA9LJ'), ('place', 'Crick Gateway depot')),
    C("Dragana Stojiljković, nurse, NMC PIN 19H4472E, works at Ashcroft Lodge Care Home. She's under investigation for a medication error and not sleeping. Should I be writing a letter for her hearing?", ('name', 'Dragana Stojiljković'), ('licence', '19H4472E'), ('place', 'Ashcroft Lodge Care Home')),
    C('Rangi Hetaraka, 55, lost his commercial fishing permit FP 83217 and his boat in a bankruptcy. lives in Waitangi Bay Road settlement. depression, whakamā. Any Māori practitioners free for supervision?', ('name', 'Rangi Hetaraka'), ('licence', 'FP 83217'), ('place', 'Waitangi Bay Road settlement')),
    C("Fire-service candidate, Niamh Doherty-Walsh, driving licence DOHER851206NM9CX, from Sion Mills Lower. PCOS and an eating disorder history; she's scared it'll come out in the medical. advice about what she needs to disclose?", ('name', 'Niamh Doherty-Walsh'), ('licence', 'DOHER851206NM9CX'), ('place', 'Sion Mills Lower')),
    C('taxi driver Ashkan Rahimi, private hire licence PHD/2019/44871, Gipton Approach. Lost his brother to Covid, now gambling on slots online. Persian-speaking therapist available anywhere?', ('name', 'Ashkan Rahimi'), ('licence', 'PHD/2019/44871'), ('place', 'Gipton Approach')),
    C("Mariana Ochoa Figueroa, nurse in Colonia Jardines del Valle, cédula profesional 11483902. She's the sole carer for her father after his stroke and now her own BP is through the roof. respite options in Mexico?", ('name', 'Mariana Ochoa Figueroa'), ('place', 'Colonia Jardines del Valle'), ('licence', '11483902')),
    C("Oluwaseun Akinwande-Fagbemi, physiotherapist, HPCSA number PT 0193847 - sorry, meant to say she's South African-registered, working in Sea Point. Burnout after a patient suicide. Supervisor is her ex-husband. boundary mess.", ('name', 'Oluwaseun Akinwande-Fagbemi'), ('licence', 'PT 0193847'), ('place', 'Sea Point')),
    C("Björn Hrafnkelsson, 62, truck driver licence IS-B 1908623549, lost his licence after a seizure; lives in Hveragerði. He's furious and won't accept the epilepsy diagnosis. Denial or grief?", ('name', 'Björn Hrafnkelsson'), ('licence', 'IS-B 1908623549'), ('place', 'Hveragerði')),
    C('dentist Hye-jin Yoon, license KDA 38841, closing her practice in Bundang-gu Jeongja-dong. Burnout, debt and a lawsuit. She says she\'s "just tired". how hard to push on suicidality with professionals?', ('name', 'Hye-jin Yoon'), ('licence', 'KDA 38841'), ('place', 'Bundang-gu Jeongja-dong')),
    C('forklift licence HRW-LF-009214 - Teodor Ionescu, warehouse worker in Corby, injured his back, now off work 14 months. his wife wants couples therapy "to make him get up". thoughts?', ('licence', 'HRW-LF-009214'), ('name', 'Teodor Ionescu'), ('place', 'Corby')),
    C("Emeka Okonkwo-Davis, pilot, licence UK.FCL.ATPL.A.447218 grounded after disclosing depression. lives in Copthorne Bank. He's terrified the CAA will find out more. confidentiality limits for pilots?", ('name', 'Emeka Okonkwo-Davis'), ('licence', 'UK.FCL.ATPL.A.447218'), ('place', 'Copthorne Bank')),
    C('Sina Faleolo, 24, crypto losses, keeps showing me his car - a white Hilux rego KLT 482 - as "the only thing I have left". lives in Favona Heights. Family wants him to sell. any Samoan-speaking counsellors?', ('name', 'Sina Faleolo'), ('vehicle', 'KLT 482'), ('place', 'Favona Heights')),
    C("Wojciech Zieliński's ex-wife keeps parking her car (WZ 3829K) outside his flat in Ursynów during handovers. Co-parenting app is full of abuse. Does this stay in his therapy or go to the court?", ('name', 'Wojciech Zieliński'), ('vehicle', 'WZ 3829K'), ('place', 'Ursynów')),
    C('Farmer Hamish Stoddart - tractor plate SN71 OKD came up in the insurance claim after his accident on the hill at Glenshee Mains. He keeps replaying it. EMDR ok with farmers, or too "soft"?', ('name', 'Hamish Stoddart'), ('vehicle', 'SN71 OKD'), ('place', 'Glenshee Mains')),
    C("Aigerim Zhumabekova, 35, says her husband tracks her car (777 ABK 02) with an app. They live in Medeu district's Koktobe. She wants couples therapy, I'm thinking safety plan first. agree?", ('name', 'Aigerim Zhumabekova'), ('vehicle', '777 ABK 02'), ('place', "Medeu district's Koktobe")),
    C("Darnell Pettigrew, 45, fathers' group, his truck 7HKD219 was repossessed in front of his kids in East Oakmont. Shame is huge. Men's group or individual?", ('name', 'Darnell Pettigrew'), ('vehicle', '7HKD219'), ('place', 'East Oakmont')),
    C('Post-stroke driving: Gretchen Lindqvist-Ahlberg keeps driving the Volvo (MLT 28E) even though the neuro told her not to, around Bjärred. daughter wants me to "tell her". Not my job? or is it?', ('name', 'Gretchen Lindqvist-Ahlberg'), ('vehicle', 'MLT 28E'), ('place', 'Bjärred')),
    C("the caravan GH-2941-21 outside the traveller site at Cloonfad Halting Site belongs to Patrick Joyce, who's been my client since his brother's suicide. Council wants to move them. How do I support without advocacy mission creep?", ('vehicle', 'GH-2941-21'), ('place', 'Cloonfad Halting Site'), ('name', 'Patrick Joyce')),
    C("Tavita Aumua-Sapolu, 58, on home dialysis, the machine NxStage SN 00447182 alarms at night and his wife won't sleep. Living in East Tamaki Rise. caregiver anxiety - any tips?", ('name', 'Tavita Aumua-Sapolu'), ('device', 'NxStage SN 00447182'), ('place', 'East Tamaki Rise')),
    C('Halina Kowalczyk, 74, has a vagus nerve stimulator VNS SN 21147783 for epilepsy and says it "talks to her". GP thinks dementia, family in Ealing\'s Pitshanger. what\'s the differential here?', ('name', 'Halina Kowalczyk'), ('device', 'VNS SN 21147783'), ('place', "Ealing's Pitshanger")),
    C('Jonah Ben-David, 13, insulin pump serial 8H-44729Q keeps being removed at school at Hillel Day School North. Diabetes + school refusal. family therapy?', ('name', 'Jonah Ben-David'), ('device', 'serial 8H-44729Q'), ('place', 'Hillel Day School North')),
    C("my client Keira Dunleavy's cochlear implant processor CP1150 SN 4471098 was lost on the bus; she's been isolated in Clonaslee for a month. deaf identity and loneliness - anyone BSL/ISL fluent?", ('name', 'Keira Dunleavy'), ('device', 'CP1150 SN 4471098'), ('place', 'Clonaslee')),
    C('Pieter Venter, 66, with FTD, has a GPS tracker watch IMEI 358472093314265 because he wanders from Rietvallei Estate. His wife hates it. Any ethics reading on tracking people with dementia?', ('name', 'Pieter Venter'), ('device', 'IMEI 358472093314265'), ('place', 'Rietvallei Estate')),
    C('Afua Mensah, CPAP ResMed AirSense 23161447829 - she refuses to wear it because her husband says she looks like a monster. lives in Dansoman Control Estate. Body image in sleep apnoea - anyone?', ('name', 'Afua Mensah'), ('device', 'ResMed AirSense 23161447829'), ('place', 'Dansoman Control Estate')),
    C("Ravi Ganesamoorthy, ICD implanted, device Medtronic SN PZK482119S. Had a shock at his daughter's wedding and now won't leave Kilpauk Garden Colony. cardiac anxiety treatment - CBT protocols?", ('name', 'Ravi Ganesamoorthy'), ('device', 'Medtronic SN PZK482119S'), ('place', 'Kilpauk Garden Colony')),
    C("Liliana Zamora's son has a tracheostomy and the suction machine Laerdal LSU 78115604 is failing. She lives in Barrio La Candelaria. Caregiver burnout, any Spanish-speaking groups?", ('name', 'Liliana Zamora'), ('device', 'Laerdal LSU 78115604'), ('place', 'Barrio La Candelaria')),
    C("home visit request: Agnes Mulvihill, 93 years of age, recently widowed, lives alone at 14 Cnoc na Gréine, Ballinrobe Road, Ballindine, eircode F12 X7K4. Daughter abroad worries she's stopped eating. Late-life grief or early dementia?", ('name', 'Agnes Mulvihill'), ('age_over_89', '93 years of age'), ('street_address', '14 Cnoc na Gréine, Ballinrobe Road'), ('place', 'Ballindine'), ('zip_code', 'F12 X7K4')),
    C('Tahu Matekuare lives at 27 Kōwhai Street, Taraire Hill 0405, and his twin brother died in a quad bike crash. He keeps setting two places at dinner. twin loss resources?', ('name', 'Tahu Matekuare'), ('street_address', '27 Kōwhai Street'), ('place', 'Taraire Hill'), ('zip_code', '0405')),
    C("postpartum psychosis follow-up: Lucía Echeverría Goñi, Calle Zapatería 18, 3º izq, 31001 Pamplona. Husband Iñaki Arrizabalaga is struggling more than she is now. fathers' support groups in Spain?", ('name', 'Lucía Echeverría Goñi'), ('street_address', 'Calle Zapatería 18, 3º izq'), ('zip_code', '31001'), ('place', 'Pamplona'), ('name', 'Iñaki Arrizabalaga')),
    C('co-parenting handover point keeps changing - Callum Prentice says his ex wants the Tesco car park, Cowdenbeath Road now instead of his flat at 4/2 Briarhill Court, Lumphinnans KY5 9QH. is mediation worth suggesting?', ('name', 'Callum Prentice'), ('street_address', 'Tesco car park, Cowdenbeath Road'), ('street_address', '4/2 Briarhill Court'), ('place', 'Lumphinnans'), ('zip_code', 'KY5 9QH')),
    C("farming family: Thomas Wüthrich and his son, farm at Hinterdorfstrasse 62, 3532 Zäziwil. Succession, the son is gay and hasn't told his father. Where do I start?", ('name', 'Thomas Wüthrich'), ('street_address', 'Hinterdorfstrasse 62'), ('zip_code', '3532'), ('place', 'Zäziwil')),
    C("Ayesha Siddiqa Malik, House 41, Street 7, F-10/2, Islamabad's Markaz area - sorry, she lives near there. Gaming disorder in her son, husband blames her. postal code 44000 on the referral. thoughts?", ('name', 'Ayesha Siddiqa Malik'), ('street_address', 'House 41, Street 7, F-10/2'), ('place', "Islamabad's Markaz area"), ('zip_code', '44000')),
    C('dementia caregiver Mavis Oyelaran-Hughes, ninety-one years of age herself, caring for her husband, 94 and three-quarters, in their bungalow at 9 Rowan Close, Conniburrow Green MK13 8EL. Social services say she\'s "coping". is she?', ('name', 'Mavis Oyelaran-Hughes'), ('age_over_89', 'ninety-one years of age'), ('age_over_89', '94 and three-quarters'), ('street_address', '9 Rowan Close'), ('place', 'Conniburrow Green'), ('zip_code', 'MK13 8EL')),
    C("Jean-Baptiste Kabongo, lives Rue des Vignerons 12, boîte 3, 1080 Molenbeek's Karreveld. Redundancy after 20 years at the port, now drinking. He wants sessions in Lingala - any leads in Belgium?", ('name', 'Jean-Baptiste Kabongo'), ('street_address', 'Rue des Vignerons 12, boîte 3'), ('zip_code', '1080'), ('place', "Molenbeek's Karreveld")),
    C("Roimata Peneha, 8 Hinemoa Road, Putāruru Hills 3420, widowed at 34 with three kids. Her husband's sawmill mates keep dropping round. grief and small towns - any thoughts?", ('name', 'Roimata Peneha'), ('street_address', '8 Hinemoa Road'), ('place', 'Putāruru Hills'), ('zip_code', '3420')),
    C("Kalinda Namatjira-Ross, 42, Unit 3, 19 Stuart Terrace, Alice Springs' Gillen 0870. Endometriosis and a hysterectomy that didn't help. wants a female Aboriginal counsellor. anyone know of one?", ('name', 'Kalinda Namatjira-Ross'), ('street_address', 'Unit 3, 19 Stuart Terrace'), ('place', "Alice Springs' Gillen"), ('zip_code', '0870')),
    C('Stefan Krämer, Lindenallee 4, 88212 Ravensburg, lost his transport business after the flood. Insolvency and his wife just left. crisis plan first, obviously, but then?', ('name', 'Stefan Krämer'), ('street_address', 'Lindenallee 4'), ('zip_code', '88212'), ('place', 'Ravensburg')),
    C("Esperanza Colque Mamani, 96 y.o., lives with her grandson in Villa Tunari; he's worried she's lonely since her husband died. Does anyone do Quechua-language grief work?", ('name', 'Esperanza Colque Mamani'), ('age_over_89', '96 y.o.'), ('place', 'Villa Tunari')),
    C("Thomas O'Sullivan-Hegarty, ninety, as of last week, at Glenbeigh Nursing Home, still grieving his wife, sees her in the chair. Lewy body or grief hallucination? nursing staff want to medicate.", ('name', "Thomas O'Sullivan-Hegarty"), ('age_over_89', 'ninety, as of last week'), ('place', 'Glenbeigh Nursing Home')),
    C('Hazel Brightwater, a widowed nonagenarian of 92, lives at Little Elmsworth Almshouses, has been giving money to a man she met on Facebook. Daughter wants therapy to "make her see sense". Romance scams in very elderly clients?', ('name', 'Hazel Brightwater'), ('age_over_89', 'nonagenarian of 92'), ('place', 'Little Elmsworth Almshouses')),
    C("Kwabena Boateng, 91 by his own count, retired cocoa farmer in Konongo Zongo, won't leave his room since the farm was sold. Grandson rings me. is therapy even the right frame?", ('name', 'Kwabena Boateng'), ('age_over_89', '91 by his own count'), ('place', 'Konongo Zongo')),
    C('Inger-Lise Haugland, 97 years of age, in Sola sykehjem, started talking about her first husband who drowned in 1952. staff ask if she needs "counselling". thoughts on reminiscence work?', ('name', 'Inger-Lise Haugland'), ('age_over_89', '97 years of age'), ('place', 'Sola sykehjem')),
    C("men's shed referral: Alastair Drummond-Hay, 92 years young as he says, still turns bowls at the Kinross Road Shed. His son died last month.", ('name', 'Alastair Drummond-Hay'), ('age_over_89', '92 years young'), ('place', 'Kinross Road Shed')),
    C('Matilde Ferrante, 95 and fiercely independent, her twin sister died last winter; she lives in Casa di Riposo San Lorenzo and refuses to eat. twin loss at her age - anyone seen this?', ('name', 'Matilde Ferrante'), ('age_over_89', '95 and fiercely independent'), ('place', 'Casa di Riposo San Lorenzo')),
    C('Bertha Ndlovu, 99 and still sharp, in Emthonjeni Frail Care after a stroke; her great-grandson asks if therapy could help her "say goodbye" to her home. ideas welcome.', ('name', 'Bertha Ndlovu'), ('age_over_89', '99 and still sharp'), ('place', 'Emthonjeni Frail Care')),
    C("Chae-won Im, 94 by Korean reckoning, widowed, lives with her son in Jamsil 5-dong. He says she's talking to her late husband at night and he's scared. grief or dementia?", ('name', 'Chae-won Im'), ('age_over_89', '94 by Korean reckoning'), ('place', 'Jamsil 5-dong')),
    C('Miriam Goldfarb, ninety-eight and a half, at Sunnyvale Hebrew Home, lost her son to cancer; staff worry she isn\'t grieving "properly". any Jewish grief rituals I should know for this stage?', ('name', 'Miriam Goldfarb'), ('age_over_89', 'ninety-eight and a half'), ('place', 'Sunnyvale Hebrew Home')),
    C("Raymond Tuilagi, 90 y.o., in Papatoetoe Villas, refuses his hearing aids and is lonely. His granddaughter asked for a men's group. Can someone his age join a shed?", ('name', 'Raymond Tuilagi'), ('age_over_89', '90 y.o.'), ('place', 'Papatoetoe Villas')),
    C("infidelity discovered via a shared iPad: Benedikt Hoffmann-Stolz says the affair ended on 2 November 2025 but his wife found messages dated later. They're in Kleinmachnow. Gottman's atonement phase, or is that premature?", ('name', 'Benedikt Hoffmann-Stolz'), ('date', '2 November 2025'), ('place', 'Kleinmachnow')),
    C("Ifeoma Nwankwo-Ibe had an emergency hysterectomy after a postpartum haemorrhage on 17/04/2026 at Abakaliki Mission Hospital. She can't look at the baby. trauma or PND first?", ('name', 'Ifeoma Nwankwo-Ibe'), ('date', '17/04/2026'), ('place', 'Abakaliki Mission Hospital')),
    C("fathers' group: Mohammed Al-Amin Barakzai became a dad on 5 September 2026, baby in Kingsmead Neonatal; he's the one who's not sleeping, not mum. How do we screen dads?", ('name', 'Mohammed Al-Amin Barakzai'), ('date', '5 September 2026'), ('place', 'Kingsmead Neonatal')),
    C("neonatal loss - Ana Paula Guimarães's son lived for four hours on 12 de março de 2026 at Maternidade Santa Clara do Ipiranga. She wants to do something on the anniversary. ritual suggestions?", ('name', 'Ana Paula Guimarães'), ('date', '12 de março de 2026'), ('place', 'Maternidade Santa Clara do Ipiranga')),
    C("Thuy Duong Pham says her son's autism assessment at Footscray Child Development Service was booked for 19 February 2027 - 19 months wait. She's started paying privately on a credit card. how to help with the guilt?", ('name', 'Thuy Duong Pham'), ('place', 'Footscray Child Development Service'), ('date', '19 February 2027')),
    C("Kalani Kamakea-Ohelo lost his job at the resort in Kapaʻa on January 8, 2026 and hasn't told his wife; he drives to the beach every morning. redundancy + secrecy - couples or individual?", ('name', 'Kalani Kamakea-Ohelo'), ('place', 'Kapaʻa'), ('date', 'January 8, 2026')),
    C("the divorce was finalised on 30.06.2026 and Jelena Marković now shares the kids with her ex through a co-parenting app that he uses to send 60 messages a day. She's in Novi Beograd Blok 70a. thoughts on parallel parenting?", ('date', '30.06.2026'), ('name', 'Jelena Marković'), ('place', 'Novi Beograd Blok 70a')),
    C("Niklas Åberg's wife died on 21 June 2025 at their summer house on Möja. He's 52, two teenagers. The anniversary is coming. what do you do for anniversary reactions in dads?", ('name', 'Niklas Åberg'), ('date', '21 June 2025'), ('place', 'Möja')),
    C("Parisa Moradi, 26, PCOS and infertility; her IVF transfer is booked for Tuesday 13 January 2026 at Royan Fertility Clinic Karaj branch. Her mother keeps asking. Where's the line between support and intrusion?", ('name', 'Parisa Moradi'), ('date', 'Tuesday 13 January 2026'), ('place', 'Royan Fertility Clinic Karaj branch')),
    C("Bongani Khumalo, 40, retrenched from the coal mine on 2 March 2026, lives in Ermelo's Wesselton. Hasn't slept properly since. group work with mineworkers - anyone done this in SA?", ('name', 'Bongani Khumalo'), ('date', '2 March 2026'), ('place', "Ermelo's Wesselton")),
    C('lupus flare after her daughter\'s wedding on 22 May 2026 - Marisol Apaza says she\'s "paying for the happiness". lives in El Alto\'s Villa Adela. chronic illness and meaning - ideas?', ('date', '22 May 2026'), ('name', 'Marisol Apaza'), ('place', "El Alto's Villa Adela")),
    C('Tadhg Ó Murchú was made redundant from the creamery on the 4th of December 2025, Mitchelstown. His father worked there 40 years too. identity loss - how do you work with it?', ('name', 'Tadhg Ó Murchú'), ('date', 'the 4th of December 2025'), ('place', 'Mitchelstown')),
    C("stroke on 13/11/2025 - Yolanda Herrera Vásquez, aphasia, husband now her carer in Colonia Buenos Aires Norte. He's started drinking. Would you see him alone?", ('date', '13/11/2025'), ('name', 'Yolanda Herrera Vásquez'), ('place', 'Colonia Buenos Aires Norte')),
    C('Tjarra Hampton, 12, homeschooled since she was expelled from Ngukurr Community School on 14 August 2025. Mum wants her back in. anxiety about re-entry - ideas?', ('name', 'Tjarra Hampton'), ('place', 'Ngukurr Community School'), ('date', '14 August 2025')),
    C('Osagie Ehigiator, 34, lost ₦6m in a Ponzi app, his phone is +234 803 447 2910 and he calls at all hours. lives in GRA Phase 2. boundaries with a client in crisis?', ('name', 'Osagie Ehigiator'), ('phone', '+234 803 447 2910'), ('place', 'GRA Phase 2')),
    C("Ximena Paredes, dad with MS in Colonia Roma Sur, she's 17 and his main carer. her number +52 55 4182 3907. young carers in Mexico - any organisation?", ('name', 'Ximena Paredes'), ('place', 'Colonia Roma Sur'), ('phone', '+52 55 4182 3907')),
    C("Evander Fairweather, 67, farmer, succession row with his daughter. rang me from the landline 01873 811 462 at Pen-y-Fan Farm, Llanthony. he's not on email. phone sessions ok?", ('name', 'Evander Fairweather'), ('phone', '01873 811 462'), ('place', 'Pen-y-Fan Farm, Llanthony')),
    C("Siddharth Iyer (online gambling, 31) gave his work phone +65 9184 3372 as the only contact; he's in Tampines North. I don't want to leave voicemails at work. any thoughts?", ('name', 'Siddharth Iyer'), ('phone', '+65 9184 3372'), ('place', 'Tampines North')),
    C('Wambui Kariuki, co-parenting dispute; ex insists on calls to 0722 481 906 only. Kids in Runda Estate. the app they use keeps crashing. anyone used TalkingParents in Kenya?', ('name', 'Wambui Kariuki'), ('phone', '0722 481 906'), ('place', 'Runda Estate')),
    C("crisis line: Jannik Søndergaard, 45, fisherman, calling from +45 21 73 48 19 in Thyborøn. He's going out alone in bad weather deliberately. do I call the coastguard?", ('name', 'Jannik Søndergaard'), ('phone', '+45 21 73 48 19'), ('place', 'Thyborøn')),
    C("Nomvula Mthembu-Zondo phoned from 082 447 3195 about her husband, a stroke survivor in Pietermaritzburg's Northdale. He's hitting her since the stroke. how to hold both?", ('name', 'Nomvula Mthembu-Zondo'), ('phone', '082 447 3195'), ('place', "Pietermaritzburg's Northdale")),
    C("Hannah Rosenblum, widowed at 38, her sister's number (914) 362-7745 is her emergency contact; she's in Larchmont Gardens. Is it OK to use the sister as the safety-plan person?", ('name', 'Hannah Rosenblum'), ('phone', '(914) 362-7745'), ('place', 'Larchmont Gardens')),
    C('Viliami Kauhalalalo, 33, church minister, gambling on the pokies; his church office number is 09 263 4417, Māngere Lawn. Shame in faith communities - ideas?', ('name', 'Viliami Kauhalalalo'), ('phone', '09 263 4417'), ('place', 'Māngere Lawn')),
    C('Ewa Nowicka-Baran\'s GP faxed her bloods from +48 22 645 19 77 — she has hypothyroidism and was diagnosed with "depression". lives in Bemowo. should I push for endocrine review?', ('name', 'Ewa Nowicka-Baran'), ('fax', '+48 22 645 19 77'), ('place', 'Bemowo')),
    C('the fax from Rosehill Memory Clinic ((02) 9687 3310) about Gordon Blakiston arrived - frontotemporal dementia confirmed. His wife wants couple sessions before he loses insight. good idea?', ('place', 'Rosehill Memory Clinic'), ('fax', '(02) 9687 3310'), ('name', 'Gordon Blakiston')),
    C("Yasmin Abou Jaoude, 30, lupus nephritis, nephrology at Mazraa Renal Unit faxed her results from +961 1 830 442. She's planning a wedding and a possible dialysis start. how to hold both?", ('name', 'Yasmin Abou Jaoude'), ('place', 'Mazraa Renal Unit'), ('fax', '+961 1 830 442')),
    C("PSA - the Oakenshaw Surgery fax 01924 830 517 is back; Lorraine Battersby's referral for post-redundancy depression came through it this morning. Just flagging for anyone else waiting.", ('place', 'Oakenshaw Surgery'), ('fax', '01924 830 517'), ('name', 'Lorraine Battersby')),
    C("Dmitri Bezrukavnikov's neurologist at Hamilton General Neuro faxed me on 905-521-7784, two-page summary of his epilepsy. He wants to stop meds before his daughter's wedding. not my call, but how to support?", ('name', 'Dmitri Bezrukavnikov'), ('place', 'Hamilton General Neuro'), ('fax', '905-521-7784')),
    C('fax referrals to +44 28 7034 1170 for Causeway Pain Clinic - Orla McShane, endometriosis, 26, is waiting 14 months. anyone know a faster route?', ('fax', '+44 28 7034 1170'), ('place', 'Causeway Pain Clinic'), ('name', 'Orla McShane')),
    C("Olumide Adegbite-Ashafa, 52, a fisherman's widow; the coastal health post in Badagry Marina faxed her history from 01-774 2931. She's not speaking much. Yoruba-speaking therapists anyone?", ('name', 'Olumide Adegbite-Ashafa'), ('place', 'Badagry Marina'), ('fax', '01-774 2931')),
    C("Caoimhe Ní Fhlatharta-Keane sent her PCOS diary to caoimhe.nfk.pcos@gmail.com - i.e. to herself, cc me - and now asks what I think of it. She's in Na Forbacha Thiar. Do you comment on food diaries as a non-dietitian?", ('name', 'Caoimhe Ní Fhlatharta-Keane'), ('email', 'caoimhe.nfk.pcos@gmail.com'), ('place', 'Na Forbacha Thiar')),
    C('Hamza Benali, 22, sports-betting, emailed me from hamza.benali.fcb@hotmail.fr at 4am with his bank statements. lives in Quartier des Minguettes. how do you handle after-hours email?', ('name', 'Hamza Benali'), ('email', 'hamza.benali.fcb@hotmail.fr'), ('place', 'Quartier des Minguettes')),
    C("Teresa Villanueva-Ortiz's sister wrote to tere.villanueva.ortiz@yahoo.com.mx, not to me, to ask if she can come to a family session. She lives in San Pedro Garza García's Valle Oriente. thoughts on sisters in bereavement work?", ('name', 'Teresa Villanueva-Ortiz'), ('email', 'tere.villanueva.ortiz@yahoo.com.mx'), ('place', "San Pedro Garza García's Valle Oriente")),
    C('Gaurav Malhotra (farm succession in Punjab, lives in Phagwara Sharki) uses gauravmalhotra.kheti@rediffmail.com. His brothers want him to sell. in-family mediation - anyone trained?', ('name', 'Gaurav Malhotra'), ('place', 'Phagwara Sharki'), ('email', 'gauravmalhotra.kheti@rediffmail.com')),
    C("Kaja Wiśniewska, divorce + a step-family of five in Wilanów Wysoki; her new partner emails me from piotr.zaremba84@wp.pl wanting to join. i haven't got her consent. reply or not?", ('name', 'Kaja Wiśniewska'), ('place', 'Wilanów Wysoki'), ('email', 'piotr.zaremba84@wp.pl')),
    C("Rowan Pemberton-Achebe, 15, dyslexia + gaming disorder; his mum emails from t.pemberton.achebe@btinternet.com with long lists. they're in Hockley Heath. parent guidance sessions - how often?", ('name', 'Rowan Pemberton-Achebe'), ('email', 't.pemberton.achebe@btinternet.com'), ('place', 'Hockley Heath')),
    C('fax from Whanganui Rehab Ward 4 came in on 06 348 1127 re Hemi Tawhiri, TBI after a logging accident. He wants to go back to the bush. how do you weigh risk against identity?', ('place', 'Whanganui Rehab Ward 4'), ('fax', '06 348 1127'), ('name', 'Hemi Tawhiri')),
    C("Marguerite Tremblay-Gagnon, aidante for her husband with Parkinson's dementia, Saint-Jérôme's Lafontaine sector. The CLSC faxed her file from 450 432-8819. she's at the end of her rope. respite in Quebec?", ('name', 'Marguerite Tremblay-Gagnon'), ('place', "Saint-Jérôme's Lafontaine sector"), ('fax', '450 432-8819')),
    C("Priya Ramcharan's psychiatrist at the Petit Valley Annex faxed from 1-868-637-4410. postpartum psychosis, now stable. relapse planning for the next pregnancy?", ('name', 'Priya Ramcharan'), ('place', 'Petit Valley Annex'), ('fax', '1-868-637-4410')),
    C("Alejandro Vidal Soler, MS, sent his neurologist's letter by fax from +34 963 48 21 07 at Hospital Comarcal de Vinalesa. He's a chef and his hands are going. career grief ideas?", ('name', 'Alejandro Vidal Soler'), ('fax', '+34 963 48 21 07'), ('place', 'Hospital Comarcal de Vinalesa')),
    C("Senait Gebremedhin, 37, endometriosis, writes to me at senait.gm.asmara@gmail.com from Kifisia. she's an Eritrean refugee and her pain is dismissed everywhere. advocacy or therapy?", ('name', 'Senait Gebremedhin'), ('email', 'senait.gm.asmara@gmail.com'), ('place', 'Kifisia')),
    C('Liam Ó Dónaill, 19, online poker. his college counsellor at Letterkenny Technical Campus wrote from j.boylan@ltc-student.ie asking to share notes. do you share?', ('name', 'Liam Ó Dónaill'), ('place', 'Letterkenny Technical Campus'), ('email', 'j.boylan@ltc-student.ie')),
    C("Hiroshi Oikawa-Sato, a fisherman after the typhoon, wrote to oikawa.hiroshi.gyogyo@docomo.ne.jp... that's his address, he forwarded it. He lost his boat at Ōfunato Minato. survivors' guilt again.", ('name', 'Hiroshi Oikawa-Sato'), ('email', 'oikawa.hiroshi.gyogyo@docomo.ne.jp'), ('place', 'Ōfunato Minato')),
    C('Tiihu Kahukura-Reed, 31, tiihu.kr@xtra.co.nz, lost her dad at the freezing works in Frasertown Bridge. grief and anger at the company. whānau hui or one-to-one?', ('name', 'Tiihu Kahukura-Reed'), ('email', 'tiihu.kr@xtra.co.nz'), ('place', 'Frasertown Bridge')),
    C('Mthunzi Dlamini\'s daughter set up https://www.backabuddy.co.za/mthunzi-dlamini-stroke after his stroke. He\'s furious at being "a charity case". lives in KwaDukuza\'s Shakaville. pride and disability, ideas?', ('name', 'Mthunzi Dlamini'), ('url', 'https://www.backabuddy.co.za/mthunzi-dlamini-stroke'), ('place', "KwaDukuza's Shakaville")),
    C("Rebecca Okoro-Lindqvist posts about her postpartum psychosis recovery at https://rebeccarecovers.substack.com/p/week-12. She's from Hässelby Strand. Is it okay for me to read it? she sent the link.", ('name', 'Rebecca Okoro-Lindqvist'), ('url', 'https://rebeccarecovers.substack.com/p/week-12'), ('place', 'Hässelby Strand')),
    C('Tomasz Szczepankiewicz, miner, the union memorial page https://www.gornicy-pamieci.pl/tomasz-szczepankiewicz-1971 was made by mistake - he survived. lives in Knurów Szczygłowice. how do you process that?', ('name', 'Tomasz Szczepankiewicz'), ('url', 'https://www.gornicy-pamieci.pl/tomasz-szczepankiewicz-1971'), ('place', 'Knurów Szczygłowice')),
    C("Lemalu Fa'amoe asked me to watch his YouTube https://youtube.com/@lemalu_faamoe_fishing where he talks about losing his boat. lives in Apia's Vaitele. sharing public content in therapy - yes or no?", ('name', "Lemalu Fa'amoe"), ('url', 'https://youtube.com/@lemalu_faamoe_fishing'), ('place', "Apia's Vaitele")),
    C("Ingrid Tjøstheim's dementia blog https://huskeliste.no/ingrid-tjostheim/dagbok documents her husband's FTD in detail; she lives in Figgjo Bru. I worry about his dignity. raise it or not?", ('name', 'Ingrid Tjøstheim'), ('url', 'https://huskeliste.no/ingrid-tjostheim/dagbok'), ('place', 'Figgjo Bru')),
    C("Ricardo Mendes Pacheco, 48, crypto collapse, his LinkedIn https://www.linkedin.com/in/ricardo-mendes-pacheco-cfa still says CEO. He's in Cascais' Birre. denial or hope?", ('name', 'Ricardo Mendes Pacheco'), ('url', 'https://www.linkedin.com/in/ricardo-mendes-pacheco-cfa'), ('place', "Cascais' Birre")),
    C("Chloé Dufresne runs a TikTok about endometriosis https://www.tiktok.com/@chloe.endo.dufresne, followers ask her for advice and she's drowning. She's in Villeurbanne's Gratte-Ciel. boundaries for patient influencers?", ('name', 'Chloé Dufresne'), ('url', 'https://www.tiktok.com/@chloe.endo.dufresne'), ('place', "Villeurbanne's Gratte-Ciel")),
    C('Emmanuel Kwarteng-Amoako, small shop owner in Kaneshie Market Lane, bankrupt; his creditors post on https://www.facebook.com/kwarteng.emmanuel.trading. public shaming and suicide risk, ideas?', ('name', 'Emmanuel Kwarteng-Amoako'), ('place', 'Kaneshie Market Lane'), ('url', 'https://www.facebook.com/kwarteng.emmanuel.trading')),
    C("Agnieszka Lewandowska, home-schooling mum, logs into the telehealth from 83.24.117.209 and I can see it's a library in Sopot Kamienny Potok. She says home isn't safe. next steps?", ('name', 'Agnieszka Lewandowska'), ('ip_address', '83.24.117.209'), ('place', 'Sopot Kamienny Potok')),
    C("Daniyar Seitkali connected from 95.56.214.33 while claiming to be in Boralday; he's been gambling in a casino. should I mention it?", ('name', 'Daniyar Seitkali'), ('ip_address', '95.56.214.33'), ('place', 'Boralday')),
    C("our practice portal flagged Ruth Achieng Otieno's log-in from 197.232.61.18 - she's in Kisumu's Milimani and her ex-husband may have her password. co-parenting with a controlling ex - what do you do?", ('name', 'Ruth Achieng Otieno'), ('ip_address', '197.232.61.18'), ('place', "Kisumu's Milimani")),
    C('Isaac Mizrahi-Levy, 16, gaming, dad found his router logs (his PC is 192.168.1.213). Family in Ramat Aviv Gimmel. dad wants me to "set limits". how do you keep the teen\'s trust?', ('name', 'Isaac Mizrahi-Levy'), ('ip_address', '192.168.1.213'), ('place', 'Ramat Aviv Gimmel')),
    C("Lorcan Devlin's Zoom kept dropping; the IT log showed 2a02:8084:6a1:9f00::3b, his farm in Drumquin. sessions by phone instead - worse?", ('name', 'Lorcan Devlin'), ('ip_address', '2a02:8084:6a1:9f00::3b'), ('place', 'Drumquin')),
    C('Sakura Endo, 39, remote worker, her VPN exit 153.207.88.142 made the EHR lock her out. lives in Kichijōji Higashichō 3-chōme. chronic fatigue and work-from-home isolation.', ('name', 'Sakura Endo'), ('ip_address', '153.207.88.142'), ('place', 'Kichijōji Higashichō 3-chōme')),
    C('Ahmad Zia Sultanzoi, taxi driver, uses the clinic wifi (172.16.40.88) in the waiting room at Fairfield Heights Health Hub to gamble. front desk noticed. what now?', ('name', 'Ahmad Zia Sultanzoi'), ('ip_address', '172.16.40.88'), ('place', 'Fairfield Heights Health Hub')),
    C("Graciela Benítez's telehealth login came from 201.216.77.54 (her daughter's house in Barrio Parque Chas). Lewy body in her husband, she's exhausted. can we do sessions from there?", ('name', 'Graciela Benítez'), ('ip_address', '201.216.77.54'), ('place', 'Barrio Parque Chas')),
    C('Kristaps Ozoliņš, 44, fisherman, SSN? no - personas kods 150981-11472, lives in Pāvilosta. depression after the quota cuts. any Latvian-speaking colleagues?', ('name', 'Kristaps Ozoliņš'), ('ssn', '150981-11472'), ('place', 'Pāvilosta')),
    C("Oksana Bilokon, refugee carer for her mum with dementia, Ukrainian RNOKPP 3172408561 on the benefits form; they're in Kraków's Prądnik Czerwony. Should I help with forms at all?", ('name', 'Oksana Bilokon'), ('ssn', '3172408561'), ('place', "Kraków's Prądnik Czerwony")),
    C('Rahel Berhane-Schmid, AHV-Nr. 756.4831.2297.05, chronic fatigue, lives in Wallisellen. IV insurance is pushing her back to work. letters for insurers - how much do you write?', ('name', 'Rahel Berhane-Schmid'), ('ssn', '756.4831.2297.05'), ('place', 'Wallisellen')),
    C("Juan Pablo Quispe Huamán, DNI 47283915, miner from Cerro de Pasco's Champamarca, lead exposure and depression. wife and kids are sick too. I feel powerless.", ('name', 'Juan Pablo Quispe Huamán'), ('ssn', '47283915'), ('place', "Cerro de Pasco's Champamarca")),
    C("Nadia Bouzid, numéro de sécurité sociale 2 85 03 69 123 457 22 on the form. postpartum OCD, she lives in Vaulx-en-Velin's Mas du Taureau. ERP with a newborn at home?", ('name', 'Nadia Bouzid'), ('ssn', '2 85 03 69 123 457 22'), ('place', "Vaulx-en-Velin's Mas du Taureau")),
    C("Hakan Kırbaşoğlu, TC kimlik 48219736504, redundancy from the car plant in Gemlik. Wife pregnant with twins. fathers' anxiety - ideas?", ('name', 'Hakan Kırbaşoğlu'), ('ssn', '48219736504'), ('place', 'Gemlik')),
    C("Gabriel Nakamura-Silva, 35, owes on a payday loan account LN-55201873 and his co-parent uses it in their app fights. lives in Liberdade's Baixada do Glicério. debt counselling alongside therapy?", ('name', 'Gabriel Nakamura-Silva'), ('account', 'LN-55201873'), ('place', "Liberdade's Baixada do Glicério")),
    C("small business: Shabnam Karimi's salon in Parramatta's Harris Park went under; her ATO payment plan ref PP-9921 4470 388 is what keeps her up at night. shame + money - any good frameworks?", ('name', 'Shabnam Karimi'), ('place', "Parramatta's Harris Park"), ('account', 'PP-9921 4470 388')),
    C("Dermot Loughnane, 58, redundancy package paid into AIB 93-12-44 / 48120937, he's afraid to touch it. lives in Nenagh. financial anxiety in older men - ideas?", ('name', 'Dermot Loughnane'), ('account', 'AIB 93-12-44 / 48120937'), ('place', 'Nenagh')),
    C("Nokuthula Mahlangu, stokvel treasurer, the group's FNB account 62 8841 73092 was emptied by her ex. she's in Soshanguve Block VV. betrayal trauma outside couples?", ('name', 'Nokuthula Mahlangu'), ('account', '62 8841 73092'), ('place', 'Soshanguve Block VV')),
    C("Duncan Ferrier, farm succession; the partnership account Clydesdale 82-61-07 10447219 is in both his and his son's names. Kirkmichael Farm Steading. family meeting or mediation?", ('name', 'Duncan Ferrier'), ('account', 'Clydesdale 82-61-07 10447219'), ('place', 'Kirkmichael Farm Steading')),
    C("fisherman Tevaki Moengangongo - his boat loan at the ANZ Tonga 2288147-001 was called in after the cyclone, he's in Kolofo'ou. deep despair, family ashamed. Tongan church support or not?", ('name', 'Tevaki Moengangongo'), ('account', 'ANZ Tonga 2288147-001'), ('place', "Kolofo'ou")),
    C("Marta Salgado Rey is paying her late husband's online gambling debts; the account ES76 2100 0418 4502 0093 7716 is in her name now. She's in Ourense's O Couto. widowhood plus betrayal. thoughts?", ('name', 'Marta Salgado Rey'), ('account', 'ES76 2100 0418 4502 0093 7716'), ('place', "Ourense's O Couto")),
    C('Arnav Kulkarni, 15, gifted and school refusing, MRN KEM-P-2026-118340 from Wadia Adolescent Clinic. parents say "he\'s just lazy". how to reframe for family?', ('name', 'Arnav Kulkarni'), ('medical_record', 'KEM-P-2026-118340'), ('place', 'Wadia Adolescent Clinic')),
    C("Zhou Mingyu, 42, Lewy body in her father; his chart SGH-88412907-Z at Bukit Merah Geriatric Day Ward. she's an only child and feels trapped. filial piety and burnout?", ('name', 'Zhou Mingyu'), ('medical_record', 'SGH-88412907-Z'), ('place', 'Bukit Merah Geriatric Day Ward')),
    C("Tanui Kipchumba, marathoner with a TBI, file MTRH/TBI/0471 at Eldoret Neuro Annex. depression as he can't run. identity work ideas?", ('name', 'Tanui Kipchumba'), ('medical_record', 'MTRH/TBI/0471'), ('place', 'Eldoret Neuro Annex')),
    C('Siân Llewellyn-Harries, MRN BCU-W-7739210, endometriosis surgery cancelled 3 times at Ysbyty Glan Conwy. She wants me to write to her Senedd member. Is that my job?', ('name', 'Siân Llewellyn-Harries'), ('medical_record', 'BCU-W-7739210'), ('place', 'Ysbyty Glan Conwy')),
    C("Abdirahman Gedi-Farah, hospital number NMH 00-48-2217, stroke at 44, lives in Cedar-Riverside's Towers. Wife doesn't want him to know the prognosis. family secrets + illness?", ('name', 'Abdirahman Gedi-Farah'), ('medical_record', 'NMH 00-48-2217'), ('place', "Cedar-Riverside's Towers")),
    C("Emilia Korhonen's neonatal file TAYS-NEO-26-0447 - her twin daughters born at 25 weeks at Kaukajärvi Neonatal. one survived. how to hold grief and joy together?", ('name', 'Emilia Korhonen'), ('medical_record', 'TAYS-NEO-26-0447'), ('place', 'Kaukajärvi Neonatal')),
    C('Jamal Whitaker-Boyd, 44, Aetna member W284 517 3309 - redundancy from the auto plant in Lordstown Heights. EAP has run out. anyone take Aetna for grief work?', ('name', 'Jamal Whitaker-Boyd'), ('health_plan', 'W284 517 3309'), ('place', 'Lordstown Heights')),
    C("Renate Eberl, AOK Bayern A847219305, caregiver for husband with FTD in Freising's Lerchenfeld. Pflegegrad assessment next week. how to prep her?", ('name', 'Renate Eberl'), ('health_plan', 'A847219305'), ('place', "Freising's Lerchenfeld")),
    C('Siaosi Talataina - his car HWN 732 was towed from outside the casino in Penrose Gardens and his wife found out about the gambling. couples therapy now?', ('name', 'Siaosi Talataina'), ('vehicle', 'HWN 732'), ('place', 'Penrose Gardens')),
    C('Alina Constantinescu, her ex follows her car (B 217 RLX) to the co-parenting handovers in Drumul Taberei. safety plan for handovers?', ('name', 'Alina Constantinescu'), ('vehicle', 'B 217 RLX'), ('place', 'Drumul Taberei')),
    C("Mattias Nyberg's truck KFX 83C - he's a long-haul driver with MS, lives in Kiruna's Lombolo, his employer doesn't know. disclosure at work?", ('name', 'Mattias Nyberg'), ('vehicle', 'KFX 83C'), ('place', "Kiruna's Lombolo")),
    C('Dinh Van Long, motorbike plate 59-T2 418.62 - he crashed it drunk after losing his bakery in Phường Tân Định. TBI + shame.', ('name', 'Dinh Van Long'), ('vehicle', '59-T2 418.62'), ('place', 'Phường Tân Định')),
    C("Yaw Frimpong, commercial fisherman, boat reg ACC 2214 F lost off Elmina's Bantoma landing. His crew's families blame him. ideas?", ('name', 'Yaw Frimpong'), ('vehicle', 'ACC 2214 F'), ('place', "Elmina's Bantoma landing")),
    C("Harriet Moorcroft, her late husband's car YK19 PWN still sits in the drive in Thornton-le-Dale. she won't sell it.", ('name', 'Harriet Moorcroft'), ('vehicle', 'YK19 PWN'), ('place', 'Thornton-le-Dale')),
    C('Kaito Shimizu, 17, gaming disorder, his mum hid his laptop ThinkPad SN PF3XK7Q1, he trashed his room in Sumiyoshi-ku Nagai. family work ideas?', ('name', 'Kaito Shimizu'), ('device', 'ThinkPad SN PF3XK7Q1'), ('place', 'Sumiyoshi-ku Nagai')),
    C("Branwen Tudor, epilepsy, seizure alert watch Embrace2 SN E2-4472183 alerts her mum in Llanfair Caereinion. She's 24 and wants independence. balancing safety and autonomy?", ('name', 'Branwen Tudor'), ('device', 'Embrace2 SN E2-4472183'), ('place', 'Llanfair Caereinion')),
    C("Dariusz Malinowski, MS, power chair Permobil M3 SN 31-884172 broke and he's stuck at home in Zabłocie Dolne. isolation spiralling. advocacy?", ('name', 'Dariusz Malinowski'), ('device', 'Permobil M3 SN 31-884172'), ('place', 'Zabłocie Dolne')),
    C('Kamala Rajendran, insulin pump Omnipod PDM 44A-77192, gestational diabetes turned type 2, postpartum depression. lives in Thirumangalam Lake View Colony. anyone using CBT for diabetes distress?', ('name', 'Kamala Rajendran'), ('device', 'Omnipod PDM 44A-77192'), ('place', 'Thirumangalam Lake View Colony')),
    C('Tiaan Botha, 11, with autism, uses an AAC tablet Grid Pad SN 2207-8841 at Meerhof Remedial School. the school took it away as "punishment". what can I do?', ('name', 'Tiaan Botha'), ('device', 'Grid Pad SN 2207-8841'), ('place', 'Meerhof Remedial School')),
    C("Fergus Ahern, hearing aid Phonak SN 2319A4771, retired farmer in Castletownroche, isolated since his wife died. men's shed?", ('name', 'Fergus Ahern'), ('device', 'Phonak SN 2319A4771'), ('place', 'Castletownroche')),
    C("Laila Nazari lives at Flat 6, 22 Mafeking Road, Custom House Lower E16 4NS. PTSD + a toddler, husband's deported. where do I even start?", ('name', 'Laila Nazari'), ('street_address', 'Flat 6, 22 Mafeking Road'), ('place', 'Custom House Lower'), ('zip_code', 'E16 4NS')),
    C('Hirini Walker, 112 Tūī Crescent, Flaxmere Village East 4175. Lost his job at the cannery; wife with lupus. stress cascade. ideas?', ('name', 'Hirini Walker'), ('street_address', '112 Tūī Crescent'), ('place', 'Flaxmere Village East'), ('zip_code', '4175')),
    C("Orsolya Farkas, Kossuth Lajos utca 17, 7400 Kaposvár, late-life divorce at 68 after discovering her husband's second family. shock and humiliation - where to begin?", ('name', 'Orsolya Farkas'), ('street_address', 'Kossuth Lajos utca 17'), ('zip_code', '7400'), ('place', 'Kaposvár')),
    C('Manuel Tupaz, Purok 4, Sitio Malinis, Barangay Tagbac, 5000. father of six, fisherman, back injury. Hiligaynon-speaking therapist anyone?', ('name', 'Manuel Tupaz'), ('street_address', 'Purok 4, Sitio Malinis'), ('place', 'Barangay Tagbac'), ('zip_code', '5000')),
    C("Arie de Bruijn, Kerkweg 33, 3911 LK Rhenen, farmer; son won't take over the dairy. grief for the farm?", ('name', 'Arie de Bruijn'), ('street_address', 'Kerkweg 33'), ('zip_code', '3911 LK'), ('place', 'Rhenen')),
    C('Geneviève Ouellet, 412 rue des Érables, Saint-Lambert-de-Lauzon G0S 2W0, widow at 49, husband died in a logging accident. anniversary next month.', ('name', 'Geneviève Ouellet'), ('street_address', '412 rue des Érables'), ('place', 'Saint-Lambert-de-Lauzon'), ('zip_code', 'G0S 2W0')),
    C("Saoirse Kinsella, social worker, CORU registration SW029914, burnout after a child death review in Gorey. she's asking if she should leave the profession. supervision or therapy issue?", ('name', 'Saoirse Kinsella'), ('licence', 'SW029914'), ('place', 'Gorey')),
    C("Tawanda Chiweshe, gambling on his phone at work, the mine's IT traced it to 41.220.18.93 at the Zvishavane Shaft 4 canteen. he's facing a disciplinary. write a letter?", ('name', 'Tawanda Chiweshe'), ('ip_address', '41.220.18.93'), ('place', 'Zvishavane Shaft 4 canteen')),
    C('quick one - taini morningstar (ojibwe, 19) dropped out of college after the autism dx came through, back home on wabaseemoong north reserve road. she only talks to me over discord. is text therapy ok for now?', ('name', 'taini morningstar'), ('place', 'wabaseemoong north reserve road')),
    C("ugh, bogdan lazarescu's ex changed the handover to the petrol station at dumbrava noua again without telling him, via the co-parenting app. he's spiralling. how do you keep sessions from becoming court prep?", ('name', 'bogdan lazarescu'), ('place', 'dumbrava noua')),
    C("mele vaipulu messaged at 11pm, her dad's dementia is worse and she's alone with him in ha'apai lane, nuku'alofa east. caregiver crisis, no respite anywhere. any tongan-speaking counsellors?", ('name', 'mele vaipulu'), ('place', "ha'apai lane, nuku'alofa east")),
    C('sorry for the lower case, typing one-handed with a baby - lior ben-shimon (dad, postpartum anxiety) asked if he can bring the twins to session at ramat hanadiv family centre. would you say yes?', ('name', 'lior ben-shimon'), ('place', 'ramat hanadiv family centre')),
    C("For infidelity work I lean on Gottman's Atone, Attune, Attach model and Esther Perel's The State of Affairs, but with clients who are Catholic the Ramadan-style fasting metaphor a colleague used fell flat. Anyone mixing EFT with Perel?"),
    C('sex therapy question: does anyone use the Female Sexual Function Index alongside the PHQ-9 at intake, or is that overkill for a first session on Zoom? my AASECT supervisor says FSFI only after rapport.'),
    C('Postpartum psychosis resources that actually helped families I work with: Action on Postpartum Psychosis, the Royal College of Psychiatrists leaflet and the NICE CG192 guideline on antenatal and postnatal mental health. Anything similar in Canada or Australia?'),
    C("Dads screening: we've started giving the EPDS to fathers as well as mothers at the six-week check. Has anyone seen validation data for the Edinburgh scale in men, or do you prefer the GAD-7 and PHQ-9 for dads?"),
    C("For neonatal loss, the Sands guidelines and the Perinatal Grief Scale are my go-to. I'd love recommendations for anything written in Spanish or Tagalog - families on our NICU ask and I have only English leaflets from Tommy's."),
    C('twins group starting in September: we use the Twins Trust booklets and a bit of Circle of Security. parents of triplets keep asking about sleep - anyone know the Multiple Births Foundation material?'),
    C("School refusal: I follow Kearney's School Refusal Assessment Scale (SRAS-R) and the Anxiety and Depression Association of America pages for parents. Does anyone combine it with SPACE by Eli Lebowitz?"),
    C("Home-schooling families often arrive after an EHCP fight with the Local Authority. I've found the IPSEA guidance and the SEND Code of Practice helpful to understand, though I'm not an advocate. Thoughts on where our role ends?"),
    C("Gifted kids and perfectionism - I use The Gifted Kids' Survival Guide with parents and some Unified Protocol for Children worksheets. SENG in the US have good webinars in March and October."),
    C('Dyslexia and self-esteem: the British Dyslexia Association and the International Dyslexia Association both have family guides. Does anyone use the Rosenberg Self-Esteem Scale with Year 6 children, or is the Piers-Harris better?'),
    C('Autism assessment waiting lists on the NHS are brutal. While families wait, I point them to the National Autistic Society, the ADOS-2 explainer from Autistica and the Right to Choose pathway. Any private providers you trust in Wales?'),
    C("PDA Society resources are good, but I'm wary of the label in clinic letters. Does anyone use the EDA-Q, or does your CAMHS team refuse to recognise it until the DSM-5-TR catches up?"),
    C('ARFID: CBT-AR by Thomas and Eddy is my main protocol, with the Nine Item ARFID Screen and the PARDI interview. Has anyone got access to the PARDI training through Oxford or Harvard this year?'),
    C("Gaming disorder is in ICD-11 but not DSM-5-TR, and insurers like Aetna and Cigna won't reimburse under that code. What are you billing under - F63.0 or an anxiety code? asking for a friend."),
    C('Online gambling: GamCare, GamStop and the Gordon Moody residential programme are the UK basics. In Australia I use Gambling Help Online and BetStop. The Problem Gambling Severity Index is quick at intake.'),
    C("crypto losses are the new gambling. I've started using the Financial Anxiety Scale with the PGSI and reading Brad Klontz's Mind Over Money. Any Reddit-free support groups to recommend?"),
    C("Debt and bankruptcy: StepChange, National Debtline and Citizens Advice in the UK; MABS in Ireland; and the Money and Mental Health Policy Institute's research. Do you ask about debt on intake forms now?"),
    C('co-parenting apps: OurFamilyWizard, TalkingParents and AppClose all have their fans. Any of you been subpoenaed for OurFamilyWizard-related notes in Family Court? my PI insurer (Balens) had a good helpline.'),
    C("Step-families: Patricia Papernow's Surviving and Thriving in Stepfamily Relationships is still the best. I also use the Stepfamily Foundation worksheets. Christmas and Easter are flashpoints in almost every family I see."),
    C('Late-life divorce ("grey divorce") - any research beyond the Pew Research Center data and the AARP surveys? I\'ve got a couple of clients in their 70s referred by Relate and I want something evidence-based.'),
    C("Widowhood: the Dual Process Model by Stroebe and Schut, Worden's tasks and the Inventory of Complicated Grief are my frame. Cruse Bereavement Support in England and WAY Widowed and Young are where I refer."),
    C("Men's Sheds Association in the UK and the Australian Men's Shed Association both have loneliness evaluations. Has anyone used the UCLA Loneliness Scale or the De Jong Gierveld Scale in a shed setting?"),
    C("Retirement adjustment: I've been using Schlossberg's Transition Model and a bit of ACT from Russ Harris's The Happiness Trap. Any good retirement workshops from Age UK or AARP you rate?"),
    C("Dementia caregivers: the Zarit Burden Interview, the START programme from UCL and the Savvy Caregiver model. In the US the Alzheimer's Association helpline on weekends is a lifesaver for families."),
    C('Lewy body dementia and hallucinations - the Lewy Body Society and the LBDA both have carer guides. Quetiapine and rivastigmine come up a lot; I always tell families to talk to the neurologist, not me.'),
    C("Frontotemporal dementia carers need different support than Alzheimer's carers. The AFTD in the US and Rare Dementia Support in the UK run Zoom groups on Thursdays. The Cambridge Behavioural Inventory is useful for carers to fill in."),
    C("Stroke rehab psychology: I use the Stroke Aphasic Depression Questionnaire and the Hospital Anxiety and Depression Scale. The Stroke Association's Life After Stroke grants are worth knowing about."),
    C("Brain injury: Headway, the Mayo-Portland Adaptability Inventory and the Brain Injury Association of America. Pauline Boss's Ambiguous Loss is gold for families. Does anyone do CBT adapted for TBI via Zoom?"),
    C('Epilepsy and anxiety - the NDDI-E is quick and validated. Epilepsy Action and the Epilepsy Foundation both have mental health pages. Levetiracetam ("Keppra rage") is a common theme with my clients\' families.'),
    C('MS and depression: the MS Society, the National MS Society and the MS Trust all have pages on low mood. I use the Beck Depression Inventory-II with care because fatigue inflates the scores. Any tips on the Fatigue Severity Scale?'),
    C('Lupus and mental health: the Lupus Foundation of America and LUPUS UK are great. Hydroxychloroquine, prednisolone and mycophenolate all come up in sessions. Has anyone used the LupusQoL with clients?'),
    C('Endometriosis UK and the Endometriosis Foundation of America have patient guides. I find the EHP-30 useful, and Pain Reprocessing Therapy by Alan Gordon interesting but controversial for endo. Thoughts?'),
    C("PCOS and disordered eating: Verity in the UK and PCOS Challenge in the US. Metformin and Inositol come up a lot, and the EDE-Q at intake catches a lot. Any HAES-aligned dietitians you'd recommend on the BDA register?"),
    C('Chronic fatigue / ME/CFS: after NICE NG206 in October 2021, graded exercise is out. I follow the ME Association and Action for M.E. and use the Chalder Fatigue Scale cautiously. Pacing apps like Visible are helpful.'),
    C("Long-term unemployment: Jahoda's latent deprivation model explains a lot. I'm using Behavioural Activation and the Work and Social Adjustment Scale with clients referred by the Jobcentre Plus and Remploy."),
    C('Redundancy counselling in Ireland - Intreo and the Citizens Information Board are essential, plus the EAP via Spectrum.Life or Laya. Anyone working with the Redundancy Payments Scheme deadline stress?'),
    C("Small business owners after the pandemic: the Federation of Small Businesses runs a helpline with Health Assured, and in Australia there's NewAccess for Small Business Owners via Beyond Blue. Good?"),
    C("Farm succession: the Farming Community Network, RABI and the Farm Safety Foundation's Yellow Wellies campaign. In Australia, the Rural Financial Counselling Service and the RFDS mental health teams are brilliant."),
    C("Fishermen: the Fishermen's Mission, Seafarers UK and ISWAN's SeafarerHelp line are where I refer in Britain. The Kessler K10 has been used with seafarers in some published research. Thoughts on doing sessions over Starlink?"),
    C("Miners' mental health: the Mates in Mining programme in Australia and the Chamber of Mines' wellness clinics in South Africa. FIFO workers and the DASS-21 is what I use, but the Sunday-night fly-out is the real issue."),
    C("anyone been to the AAMFT conference this year? the sessions on Emotionally Focused Therapy for affairs by Sue Johnson's trainees were packed. the ICEEFT certification route looks long though."),
    C("Quick poll: who uses SimplePractice vs TherapyNotes vs Jane App for couples billing? SimplePractice won't let me split a CPT 90847 claim between two Blue Cross members without a workaround."),
    C('For erectile difficulties I coordinate with the GP about Sildenafil and Tadalafil, and use the IIEF-5 at intake. The Sexual Advice Association and COSRT directories are good for UK referrals. Any better questionnaire for couples?'),
    C('Reading recommendations for new fathers: The Expectant Father by Armin Brott and the Postpartum Support International dads page. PSI also run free online chats for dads in English and Spanish.'),
    C("Perinatal OCD: Fiona Challacombe's Break Free from OCD and the Maternal OCD charity. I use the Y-BOCS and DOCS. Sertraline is the usual SSRI choice during breastfeeding in my experience, but that's for the psychiatrist."),
    C("Lactation and SSRIs - the LactMed database from the NIH and the Breastfeeding Network's drug factsheets are what our perinatal psychiatrist uses. Don't advise on meds yourselves, obviously."),
    C('PMDD is another one - IAPMD and the DRSP daily rating chart. Fluoxetine in luteal phase dosing is something the GP decides, but clients often ask me about Yaz and Drospirenone.'),
    C('Neonatal loss in Muslim families - the Muslim Bereavement Support Service and the MBRRACE-UK reports on ethnic disparities. Eid and Ramadan anniversaries are often harder than the due date.'),
    C("Jewish families after stillbirth: the Chevra Kadisha practices vary a lot between Orthodox and Reform communities. I found Rabbi Maurice Lamm's The Jewish Way in Death and Mourning helpful as background."),
    C("autism assessment waiting list here is 2+ years on the NHS. Does anyone use the AQ-10 or the RAADS-R while adults wait, or does that just create expectations the Trust can't meet?"),
    C('Selective mutism is often confused with PDA or school refusal. SMIRA and the Selective Mutism Resource Manual by Maggie Johnson and Alison Wintgens are what I recommend to SENCOs.'),
    C('Gaming: the Internet Gaming Disorder Scale (IGDS9-SF) and the Game Quitters community. Fortnite, Roblox and Valorant come up constantly in my sessions with Year 8 and Year 9 boys.'),
    C("For gambling-related suicide, the Gambling with Lives charity and the Samaritans' guidance are sobering reading. Does anyone screen with the Columbia Suicide Severity Rating Scale at every session for gamblers?"),
    C('Anyone trained in Financial Therapy with the Financial Therapy Association? Their Certified Financial Therapist-I credential looks interesting for debt clients, and the Journal of Financial Therapy is open access.'),
    C("Divorce: I use Constance Ahrons' The Good Divorce and John Gottman's Four Horsemen with co-parents. court-ordered co-parenting classes are common in the US; Separated Parents Information Programme in England."),
    C("The Cafcass guidance on parental alienation changed, and judges in the Family Court are more sceptical. I'm careful about any letter I write. Does anyone run this past their BACP supervisor first?"),
    C('grey divorce + pensions: the Money and Pensions Service and Pension Wise are good for UK clients. My clients in their late 60s tend to grieve the marriage and the retirement plan at the same time.'),
    C("Widowers are underserved. I recommend Men's Sheds, the Good Grief Trust and C.S. Lewis's A Grief Observed. The Cruse helpline is open on weekends too. Anyone run a group specifically for men?"),
    C('Loneliness: the Campaign to End Loneliness measurement tool and the Silver Line from Age UK. The Marmot Review on health inequalities is worth a read for anyone working with older men in deprived areas.'),
    C("Retirement from farming is a huge identity loss. The Irish Farmers' Association and Teagasc run succession workshops, and Macra has resources for young farmers too. Has anyone sat in on one with a client?"),
    C('For Lewy body carers I use the Neuropsychiatric Inventory (NPI-Q) to track hallucinations and the Caregiver Strain Index. Donepezil and Rivastigmine patches are common; avoid Haloperidol is the mantra.'),
    C("FTD carers: The Cambridge Behavioural Inventory, the FRS and the AFTD's Partners in FTD Care newsletter. Many carers tell me the GP first thought it was a midlife crisis or Bipolar Disorder."),
    C("Aphasia-friendly therapy: the Stroke Association's Aphasia Friendly resources, Talking Mats and the Aphasia Institute's Supported Conversation for Adults with Aphasia (SCA). Worth the training."),
    C('TBI and anger: I use the State-Trait Anger Expression Inventory and CBT adapted from the Headway manuals. Propranolol is sometimes prescribed for agitation by neuropsychiatry - I just liaise.'),
    C('Functional seizures (PNES/dissociative seizures) - neurosymptoms.org by Jon Stone and the FND Hope charity. CBT for FND based on the CODES trial is my main approach, though results were mixed.'),
    C("MS fatigue: the MS Society's Fatigue Management course and the FACETS programme. I use the Modified Fatigue Impact Scale. Ocrelizumab infusion days are often when clients cancel, so I book around them."),
    C("Lupus brain fog is real - I point clients to the Lupus Foundation of America's Cognitive Dysfunction page and the Hopkins Lupus Center. Pacing and Acceptance and Commitment Therapy go well together."),
    C('Endometriosis: Pelvic Pain Support Network and Endometriosis Australia. Visanne, Zoladex and Ryeqo come up a lot. The Pain Catastrophizing Scale is useful, but I explain it doesn\'t mean "it\'s in your head".'),
    C('PCOS: the Monash University international PCOS guideline (2023) includes a section on depression and anxiety screening. Useful to show GPs who dismiss it. Metformin, Spironolactone and the Pill all come up.'),
    C('Long Covid and ME/CFS overlap a lot. Long Covid Support and the ME Association both have employer guides. The DePaul Symptom Questionnaire is what the specialist clinics use in my area.'),
    C('Redundancy: the Holmes and Rahe Stress Scale is old, but clients like seeing it. I combine it with Compassion Focused Therapy by Paul Gilbert for the shame piece.'),
    C("Rural mental health: the National Rural Health Alliance, Farmer Health and the Ifarmwell app in Australia; the Do More Agriculture Foundation in Canada; Farm Aid's hotline in the US."),
    C('For fishermen in Ireland, BIM and the Irish South and West Fish Producers Organisation have welfare contacts. Pieta House and the Samaritans are the crisis options.'),
    C("Miners and PTSD: the PCL-5 plus the AUDIT because alcohol is everywhere in camp life. The Black Dog Institute's FIFO research is the best I've found."),
    C('Quick one: is the CORE-10 or the ORS/SRS (Scott Miller) better for a brief EAP model? Our provider, TELUS Health, now wants outcome measures on every session.'),
    C('For Korean-American clients the Korean version of the PHQ-9 and the K-MDQ are validated. Chuseok and Seollal are often hard for families estranged after a divorce.'),
    C("In Japan, the Ministry of Health, Labour and Welfare's hikikomori guidelines from 2010 are worth reading. Obon is a key time for grief in Japanese families."),
    C('Vietnamese families after a death often hold a 49-day ceremony and a 100-day ceremony. Vietnamese community associations in Victoria and New South Wales can be helpful. Tết is a flashpoint too.'),
    C("For Filipino OFW families, the OWWA reintegration programme and PhilHealth's mental health package (Konsulta) are worth knowing. Christmas season runs from September in the Philippines, so grief hits early."),
    C('Māori models like Te Whare Tapa Whā by Mason Durie and the Meihana Model help me work with whānau. Matariki is a time many of my clients bring up loved ones who have died.'),
    C('does anyone else find the Gottman Relationship Checkup worth the fee? couples in my practice like the report, but the Sound Relationship House language feels very American to my clients from Scotland and Ireland.'),
    C('Discernment Counseling by Bill Doherty is my default when one partner is leaning out after an affair. The Doherty Relationship Institute runs online training. Anyone done it?'),
    C("Integrative Behavioral Couple Therapy (Christensen and Jacobson) vs EFT for infidelity - any research comparing them? I've read Reconcilable Differences and liked it more than Hold Me Tight for some couples."),
    C('Sex therapy reading list I give supervisees: Come As You Are by Emily Nagoski, Mating in Captivity by Esther Perel, and The New Male Sexuality by Bernie Zilbergeld. Plus the PLISSIT model by Jack Annon.'),
    C('Vaginismus: I work with pelvic floor physios on the Pelvic Obstetric and Gynaecological Physiotherapy (POGP) register. Dilator sets from Amielle or Intimate Rose come up often. CBT plus sensate focus is my approach.'),
    C("Postpartum psychosis and Lithium - our perinatal team follows the Royal College guidance and the Maudsley Prescribing Guidelines. I'm not a prescriber, but families ask me constantly about breastfeeding on Lithium."),
    C("Mother and Baby Units: NHS England funds them, and in Scotland and Wales it's different. Anyone know whether the HSE in Ireland has opened one yet? The Perinatal Mental Health Model of Care mentioned it."),
    C("Paternal postnatal depression - the work by Paul Ramchandani and James Paulson's meta-analysis in JAMA are the key papers. DadPad and the Fathers Network Scotland are practical resources."),
    C("Twin-to-twin transfusion syndrome loss: TAMBA is now Twins Trust, and the Lone Twin Network is still active. Parents often say no one acknowledges the surviving twin's twin-ness. Any reading?"),
    C("Rainbow babies after loss - the Pregnancy After Loss Support website and the Miscarriage Association. Christmas and Mother's Day are flashpoints. I use the PGS and sometimes the PHQ-9."),
    C('School refusal and EBSNA: the Educational Psychology teams have guidance in some areas, but Square Peg and Not Fine in School are the parent-led groups. Thoughts on how to stay neutral with schools?'),
    C('Flexi-schooling and Elective Home Education: the Department for Education guidance from April 2019 is the latest I know. Education Otherwise is useful for parents. I stay out of the legal side.'),
    C('2e kids (twice exceptional): the Davidson Institute and SENG have good parent guides. I use the BRIEF-2 with the school psychologist and the SCAS for anxiety.'),
    C("Dyscalculia and dyslexia often co-occur with ADHD. Nessy, Toe by Toe and Lexia Core5 come up in my sessions a lot. Parents tell me Ofsted doesn't care about any of it."),
    C('For autistic adults newly diagnosed, Autistic UK and the Autistic Self Advocacy Network (ASAN) help. I also like Unmasking Autism by Devon Price and Divergent Mind by Jenara Nerenberg.'),
    C("PDA and ARFID together is common in my caseload. The PDA Society's Helpful Approaches, the Low Demand Parenting book by Amanda Diekman and Beat's ARFID resources are my toolkit."),
    C("Beat's helpline and the Royal College of Psychiatrists' MEED guidance (Medical Emergencies in Eating Disorders) from May 2022 are essential. Does anyone use the SCOFF in primary care or is it too crude?"),
    C("gaming and gambling overlap: loot boxes in FIFA Ultimate Team and Counter-Strike skins gambling. The Gambling Commission and GambleAware have a parents' guide. Anyone seeing Stake.com in their teen clients?"),
    C("For sports betting clients I use Gamban and BetBlocker on devices, plus Nancy Petry's cognitive-behavioural work on Pathological Gambling. The GA (Gamblers Anonymous) meetings on Zoom are busy on Sunday nights."),
    C("Crypto trauma: the Financial Conduct Authority's ScamSmart and Action Fraud for UK clients; the FBI's IC3 for US clients. Shame is the clinical issue, not the money. Any good papers on it?"),
    C('Bankruptcy stress - in Canada, Licensed Insolvency Trustees are required to offer two counselling sessions under the Bankruptcy and Insolvency Act. Has anyone partnered with a trustee to deliver them?'),
    C("Debt and suicide - the Royal College of Psychiatrists and Money and Mental Health's Debt and Mental Health Evidence Form (DMHEF) is important to know. GPs often charge for it, which is obscene."),
    C("step-parent burnout is real. Wednesday Martin's Stepmonster is controversial but clients relate. Papernow's Stepfamily Architecture metaphor helps too. Any UK groups still running?"),
    C('Divorce support groups: DivorceCare is faith-based (Christian), Rebuilding by Bruce Fisher is secular. I also mention Gingerbread for single parents in England and One Family in Ireland.'),
    C("Late-life widowhood and money: the Department for Work and Pensions' Bereavement Support Payment has a 21-month claim window now. The Money Helper site is good. Clients aged 70+ often don't know."),
    C("Men's Sheds Cymru and the Irish Men's Sheds Association both published evaluations on loneliness. In New Zealand the Menzshed network is big too. Any qualitative research you'd cite?"),
    C("Retirement blues: I like Ken Dychtwald's What Retirees Want, and the PERMA model by Martin Seligman. Some clients find volunteering with the RNLI or St John Ambulance saves them."),
    C("Dementia: the Alzheimer's Society's Dementia Connect line and Admiral Nurses from Dementia UK are the UK staples. In Australia, Dementia Australia's National Dementia Helpline is open on weekdays."),
    C("Anyone using Cognitive Stimulation Therapy (CST) by Aimee Spector? Our memory clinic runs it on Tuesdays and Thursdays. Relatives have asked me if it helps with Lewy body as well as Alzheimer's."),
    C('For FTD, behaviour changes are often mistaken for Depression or Bipolar Disorder. The Frontotemporal Dementia Support Group and Rare Dementia Support do great work. Trazodone and Citalopram come up.'),
    C("Post-stroke depression: NICE guideline NG236 (2023) recommends psychological support. The Stroke Association's My Stroke Guide and Different Strokes for younger survivors are where I point people."),
    C("Brain injury and relationships - Headway's leaflets on relationships and the family work at BIRT. I also use the Mayo-Portland with families, though it's long."),
    C("Epilepsy and memory: Lamotrigine and Topiramate side effects are often in the room. Young Epilepsy and SUDEP Action are good charities. The Liverpool Seizure Severity Scale is one I've seen used."),
    C("MS: the MS Society's guides and the MS Trust's Fatigue pages. Tysabri and Ocrevus come up in sessions. Does anyone use the MSIS-29 as a routine outcome?"),
    C('Lupus, POTS and Ehlers-Danlos often arrive together. The EDS Society, POTS UK and LUPUS UK all have mental health pages. Midodrine and Fludrocortisone come up, and the GAD-7 is usually sky-high.'),
    C("Endometriosis and sex: dyspareunia is often the thing nobody asks about. I use the FSFI, refer to POGP physios and point people to the Pelvic Pain Foundation of Australia and Endometriosis UK's sex and relationships page."),
    C('PCOS weight stigma is rampant. Health at Every Size by Linda Bacon and Intuitive Eating by Tribole and Resch are my go-tos, alongside the Verity leaflets and the Monash guideline summary.'),
    C("ME/CFS: the Workwell Foundation's pacing guides and the Bateman Horne Center are great. I use the Chalder Fatigue Scale and the SF-36 sometimes, but the DSQ-2 is more specific."),
    C("Long-term unemployment in young adults: the Prince's Trust, Shaw Trust and the Restart Scheme. I use Motivational Interviewing by Miller and Rollnick and sometimes Behavioural Activation worksheets from Psychology Tools."),
    C('Redundancy: Acas has guidance on the consultation process and Unite the Union has member support. The Work and Social Adjustment Scale and the WEMWBS are my outcome measures.'),
    C("Small business owners in Canada: the CFIB has a mental health toolkit and Wellness Together Canada was free until April 2024. For Quebec clients, Info-Social 811 is the line I give out. Any francophone EAPs you'd recommend?"),
    C("Farmers in New Zealand: the Rural Support Trust, Farmstrong and the Federated Farmers' wellbeing pages. The Kessler K10 is what the PHO uses. Fieldays in June is where I've seen the Rural Support people."),
    C('Farm stress in the US - the Farm Aid hotline, AgriSafe and the Farm and Ranch Stress Assistance Network funded by the USDA. Rural clients on Medicare often have no telehealth access at all.'),
    C("For fishermen in Norway and Iceland, I've no idea what exists beyond the Red Cross. Does anyone know the Norwegian Fishermen's Association (Norges Fiskarlag) welfare side, or anything similar in Iceland?"),
    C("Mining communities in South Africa: SADAG's helplines, the Chamber of Mines' TB and HIV programmes, and the NUM. I use the SRQ-20 because it's validated in several African languages."),
    C('Kenya: the Kenya Association of Professional Counsellors and Befrienders Kenya; the NHIF transition to SHIF has been a mess for mental health cover. Anyone billing SHA yet?'),
    C('Nigeria: the Mentally Aware Nigeria Initiative (MANI) and the Nigerian Psychological Association. Most of my clients pay out of pocket, and HMOs like Hygeia rarely cover therapy. Thoughts?'),
    C('India: Tele-MANAS (14416) and iCall from TISS are the free lines I share. Vandrevala Foundation too. Diwali and Holi are hard for clients estranged from family after a divorce.'),
    C("Singapore: the Institute of Mental Health's Mental Health Helpline, the SOS hotline and the Singapore Association for Mental Health. MediSave can be used for some outpatient psychiatric care, not much for counselling."),
    C('Philippines: the NCMH Crisis Hotline and the Philippine Mental Health Association. The Mental Health Act of 2018 (RA 11036) helped. Anyone accepting HMOs like Maxicare or Intellicare for therapy?'),
    C('Germany: getting a Kassensitz is nearly impossible, so many clients use the Kostenerstattungsverfahren. The Techniker Krankenkasse and AOK handle it differently. The Psychotherapeutenkammer has guidance.'),
    C('France: Mon Soutien Psy reimburses a set number of sessions through the Assurance Maladie. Psychologists complain about the fee. Any of you in the scheme? And does the CNIL have rules on WhatsApp with clients?'),
    C("Spain: the Colegio Oficial de la Psicología and the Seguridad Social's long waits. Sanitas and Adeslas cover a few sessions. Semana Santa is when I see a lot of family conflict in my Catholic clients."),
    C('Italy: the Bonus Psicologo from INPS was oversubscribed. The Ordine degli Psicologi has a code of ethics on online work. Ferragosto in August is a classic time for divorces to be announced, weirdly.'),
    C("Netherlands: the GGZ waiting lists, the POH-GGZ at the huisarts and the Zorgverzekeringswet. Mind Korrelatie is the national line I mention. Sinterklaas and King's Day are big family stressors."),
    C("Sweden: 1177 Vårdguiden is where clients start, and Mind's Självmordslinjen for crisis. I use the MADRS-S a lot because it's standard in Swedish primary care. Midsommar is brutal for the bereaved."),
    C('Brazil: the CVV (188), the SUS CAPS network and the Conselho Federal de Psicologia rules on online therapy (e-Psi registration). Carnaval is when a lot of my clients relapse with gambling.'),
    C('Mexico: Línea de la Vida and the IMSS mental health services. Licensing runs through the Cédula Profesional from the SEP. Día de Muertos is a powerful time for grief work.'),
    C('Japan: TELL Lifeline for English speakers, Inochi no Denwa in Japanese. The Japanese Psychological Association and Certified Public Psychologist (Kōnin Shinrishi) licence since 2018. Golden Week is a common relapse time.'),
    C('Korea: the 1393 suicide prevention line and the Korean Counseling Psychological Association. Clients rarely use the NHIS for therapy because of stigma around the F-code on their records.'),
    C('Australia: Better Access gives 10 Medicare-rebated sessions with a Mental Health Treatment Plan from a GP. Lifeline, Beyond Blue and 13YARN for First Nations clients. NAIDOC Week is coming up.'),
    C("Ireland: the HSE's National Counselling Service and the Counselling in Primary Care scheme (CIPC) for medical card holders. Pieta and Samaritans for crisis. The IACP and PSI are the professional bodies."),
    C('UK: NHS Talking Therapies (formerly IAPT) waiting lists, plus the BACP, UKCP and BPS registers. Shout 85258 is a text line teens like. Ramadan and Diwali are worth keeping in mind when booking.'),
    C('South Africa: SADAG, Lifeline SA and the HPCSA rules. Medical aids like Discovery and Bonitas cover a set number of PMB sessions. Heritage Day and Christmas are hard for some bereaved clients.'),
    C('honestly just need to vent. three cancellations today, two no-shows, and the EHR crashed twice. going to make tea and do my notes. anyone else having a week like this?'),
    C('quick q - does anyone have a template for a Consent to Release Information form that covers co-parenting apps? ours was written before they existed and our lawyer is on holiday till January.'),
    C("reminder that the peer consultation call moves to Wednesday next week because of Thanksgiving in the US. bring one case each, keep it anonymised as always, and we'll do the Balint-style format."),
    C('thanks all for the help on the ARFID case last month. the Nine Item ARFID Screen plus a referral to the dietitian worked, and the family are engaging. will update in the spring.'),
    C("supervision question: how do you handle your own grief when a client dies? I had my first client death last month and I've been avoiding the file. my supervisor suggested the IFS parts work, which helped a bit."),
    C('Is anyone running a group on Microsoft Teams vs Zoom? Our NHS Trust insists on Teams and the breakout rooms are a nightmare for a DBT skills group. The DBT-Linehan Board of Certification has online guidance.'),
    C('Has anyone tried the Headspace for Work or Calm Business licences through their EAP? My clients in banking get them free from Lyra Health and Spring Health, but rarely use them. Worth recommending?'),
    C('For sleep issues in new parents I recommend CBT-I via Sleepio or the Sleepstation app where the NHS offers it. The Insomnia Severity Index is the measure. Melatonin is a GP conversation, not mine.'),
    C("a thought for Monday: so many of our clients this year are carers. the Carers Trust, Carers UK and Carers Week in June are worth knowing, and the Carer's Allowance rules changed in April. I'm exhausted just reading them."),
    C("For Roma and Traveller clients, the Traveller Movement and Friends, Families and Travellers in England, and Pavee Point in Ireland, are the organisations I'd contact. The Traveller Counselling Service does good work too."),
    C('Jewish community resources: Jewish Care and Norwood in the UK, the JCC network in the US. Shiva, Shloshim and Yahrzeit are worth understanding. Passover and Rosh Hashanah bring grief up for many.'),
    C("Pacific clients: the Fonofale model by Fuimaono Karl Pulotu-Endemann and Le Va's resources in Aotearoa. Church and aiga are central. White Sunday in October is a big day in Samoan families."),
]

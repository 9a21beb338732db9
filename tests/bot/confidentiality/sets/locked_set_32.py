"""THIRTY-SECOND LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 32), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not run
the guard, bench/guard_eval.py or any test that imports or runs the guard,
did not read git log messages, bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py,
tests/bot/confidentiality/test_deterministic.py, or diffs of any commit, and
did not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_31.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_31.py only (printed up to its
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
South Africa, India, Singapore, the Philippines, Kenya, Nigeria, Ghana,
Germany, Austria, France, Belgium, Spain, Italy, Portugal, Brazil, Mexico,
Peru, Chile, Poland, Czechia, Serbia, Bosnia, Croatia, Hungary, Ukraine,
Turkey, Iran, Oman, Lebanon, Bangladesh, Japan, Korea, Hong Kong, Fiji,
Tonga, Sweden, Norway, Denmark, Finland, Iceland, the Netherlands and
Trinidad: formal referral notes, rushed lower-case chat, asides with false
starts, abbreviations and one-liners.  Nothing was composed by a script:
the author wrote the snippets in plain text files outside the repository
with the planted spans marked inline, and a script (also kept outside the
repository, in /tmp/set32work/) only stripped the marks into the expected
lists, checked lengths, token boundaries, duplicate spans and duplicate
snippets, measured the clean density and wrote this file.  While writing,
identifier snippets were reworded as follows: six false starts that had
named a real hospital or a real town beside the invented one (and one
that named a real town outside any span) were cut to the invented place;
a false start that put a title (Mr) in a name span was cut to the name; a
passport number was replaced by a driving licence; an unlabelled city
beside a call centre was replaced by its state; one age span that began
with an adjective was rephrased; one client was rewritten as a Roma man.
In the clean snippets three cities (a conference's, a hospital's and a
training team's) and a named high secure hospital were removed, and
sixteen attributions or resources the author was not sure of (apps, a
charity's product, a protocol, an organisation, a journal, a rule, a
billing code, a book's authors, a guideline's wording, a funder) were
replaced by ones the author was sure of or made vaguer.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 5 values in the first round (3
places, 1 name and 1 Kenyan postal code), then, as further batches were
added, 2 (a postal code and a name), 4 (a postal code - its replacement was
picked from a few candidates that the filter checked, printing only yes or
no for each -, 2 places and a name), 2 (a name and a date, given a weekday
and a year), 3 (a date likewise, a place and a name) and 1 age over 89 (a
bare ninety-something phrasing collided and was given a longer, more
particular phrasing); the last pass found nothing.

Settings (chosen to differ from set 31's): school counsellors (secondary,
primary, international and Nigerian schools), university counselling
centres and international students, EAP contracts (call centres, bus
drivers, plants and depots), hospice bereavement groups and bereaved
parents, NICU parents and grandparents, paediatric oncology, transplant
waiting lists (liver, kidney, heart, lungs, LVADs), spinal cord injury
rehab, burns units, domestic abuse perpetrator programmes, probation and
approved premises, youth justice, child protection court work, parental
alienation claims, family mediation, elder mediation, disaster response
(floods, wildfires, earthquakes, a tsunami drill, a landslide),
humanitarian aid workers, journalists covering war, diplomats and their
families, police dispatchers, 911, 999 and 000 call handlers, lifeguards,
mountain rescue volunteers and a dog handler, funeral directors,
embalmers and a celebrant, coroners' officers and inquests, forensic
psychiatry and secure units, sexual assault referral centres, human
trafficking, modern slavery and labour exploitation of care workers and
seasonal workers; with local identifier formats for US social security
numbers, a Finnish personal identity code, a Nigerian BVN and NIN, a South
African ID number, an Aadhaar number, an Irish PPSN, a Canadian SIN, a
Spanish DNI, a Mexican IMSS number, a New Zealand IRD number, an
Icelandic kennitala and a UK National Insurance number (ssn), NICU,
UNOS, IHS, SARC and UMJ file numbers, hospital numbers, MRNs and NHIs
(medical_record), OHIP, VHI, Medicaid, Southern Cross, Cigna, VZP, NHIF,
Bonitas, Discovery, AIA, OSHC, Kaiser and Danish health insurance numbers
(health_plan), EAP case references, probation and court case numbers, a
police crime reference, a workers' compensation claim, a flood recovery
payment, a union number, an employee ID, a student ID, a credit union
account and a Japanese bank account (account), GMC, GPhC, HCPC, NMBI,
SWE, SAPS, lifeguard, Polish psychologist, Pennsylvania funeral director
and certificate of sponsorship numbers and a Peruvian driving licence
(licence), UK, French, Indian, Polish, Norwegian, Ghanaian,
Fijian, Hawaiian, New Zealand, Australian and UN plates (vehicle), a
sip-and-puff chair, a pacemaker, an electronic tag, an ALS monitor, an
environmental control unit, a phone IMEI, a CPAP machine, a phrenic
pacer, an infusion pump, an apnoea monitor, an LVAD controller, a
compression garment sensor, a wheelchair and an AAC tablet (device),
addresses written the local way (a Mexican camino, a UK flat, a Kenyan
hostel plot, a Nigerian close, a Zimbabwean road, a Norwegian veien, US
roads, a Quebec avenue, a Ghanaian flat, German streets, a New Zealand
road, a Tongan lot, a Trinidadian avenue, a UK trading estate unit and a
Croatian ulica) with a US ZIP code, UK postcodes, Norwegian, Mexican,
Kenyan, Quebec, Ghanaian digital, German, Croatian and New Zealand postal
codes, IPv4 (public, private) and IPv6 (documentation and public)
addresses, full URLs (memorial pages, fundraisers, social profiles,
portals and drives) and phone and fax numbers in local and international
formats.

358 snippets, 204 with identifiers and 154 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 18, age_over_89 13, phone 17, fax 14, email 16, url 14,
ip_address 14, ssn 14, medical_record 15, health_plan 14, account 15,
licence 14, vehicle 15, device 15, street_address 23, zip_code 15; with
208 names and 207 places smaller than a state (the test requires 208 and
207).
Names: Māori, Tongan, Samoan, Fijian, Native Hawaiian, Aboriginal
Australian, Lakota, Anishinaabe and other Indigenous American, Yoruba,
Igbo, Edo, Akan, Dagomba, Kikuyu and Luo, Congolese, Somali, Sierra
Leonean, Zulu, Swazi, Ndebele, Sotho and Tswana, Moroccan, Algerian,
Omani, Lebanese, Turkish, Persian, Afghan, Pashtun and Pakistani,
Bengali and Bangladeshi, Punjabi, Hindi, Marathi, Tamil, Malayali,
Nepali, Malay, Singaporean Chinese, Cantonese, Vietnamese, Japanese,
Korean, Filipino, Polish, Czech, Serbian, Bosnian, Albanian, Ukrainian,
Russian, Romanian Roma, Hungarian, Norwegian, Swedish, Danish, Finnish,
Icelandic, Dutch and Afrikaans, Austrian, French and Québécois,
Belgian, Italian, Spanish, Basque, Portuguese and Brazilian, Mexican
(Nahuatl), Peruvian (Quechua and Aymara), Chilean, Argentine, Colombian,
Dominican, Trinidadian, Jamaican, Ashkenazi and Sephardi Jewish, Irish
and Irish-language, Scottish Gaelic, Welsh and English names; lower-case
chat, hyphenated and multi-part names, patronymic-style Icelandic names,
names before a possessive, two names in one snippet.
Places: invented towns, villages, suburbs, townlands, barangays,
colonias, barrios, township extensions and sections, estates and phases,
Indian sectors and blocks, a Hong Kong terrace, a Japanese chō, a
mahallesi, reserves and settlements, a camp, hospitals, children's
units, neonatal, renal, spinal, burns and haematology units, secure
units and hospitals, a SARC and a medico-judicial unit, hospices and care
homes, lodges, schools, colleges and academies, halls and student
housing, a courthouse, approved premises, a control room and ambulance
and fire stations, a surf beach, a cove, ridges, a weir and a quay, a
funeral home, a car wash, a sawmill, a container depot, orchards, a tech
park, a pharmacy, a wharf road, and places after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only),
guidelines and acts, diagnoses, weekdays, months and holidays (religious
festivals included; never a person's date), professional bodies,
regulators, charities, NGOs, insurers and payers, EAP providers, billing
codes, EHR, practice management, telehealth and wellbeing apps,
universities, conferences, states, countries, nationalities, religions
and languages, sentence-initial words, and scale names that contain a
city or a university (Copenhagen, Pittsburgh, Columbia, Stanford,
DUNDRUM); some are plainer chat with few capitals.  Nothing in a clean
snippet identifies a client, and no private person or place smaller than
a state is named.
Capitalised-word density, computed by the author's own script on this
file: words starting with a capital letter that are not the first word
of the snippet or of a sentence (after . ! or ?, skipping opening quotes
and brackets), excluding the pronoun I and its contractions, number
1303 in the 154 clean snippets, a mean of 8.5 per clean snippet
(median 9, minimum 0, maximum 18); counting only words with at least one
lower-case letter (no all-capitals acronyms such as CBT or PHQ-9) the
mean is 7.3.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real districts, suburbs and streets are used only as places;
the other named clinics, care homes, workplaces and settlements are
invented.  Real public figures, authors and therapy founders appear only
in clean snippets, as the authors of models and books, and are not
labelled.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, expected: list[tuple[str, str]] | None = None) -> EvalCase:
    return EvalCase(text, list(expected or []))


LOCKED32_CASES: list[EvalCase] = [
    C("school counsellor here, need a sense check. year 9 girl Mereana Tuhiwai-Rangi at Kōwhai Ridge College disclosed that her stepdad films her, and her mum's number on file is 021 448 7093. do I ring mum first or Oranga Tamariki?", [('name', 'Mereana Tuhiwai-Rangi'), ('place', 'Kōwhai Ridge College'), ('phone', '021 448 7093')]),
    C('Uni counselling centre question: a PhD student, Oluwaseun Adebanjo-Kolade, emailed me from seun.kolade.phd@mailbox-north.ac.uk at 2am saying he has "a plan for after viva". He lives in halls at Brackenmoor Court. What\'s your threshold for calling campus security?', [('name', 'Oluwaseun Adebanjo-Kolade'), ('email', 'seun.kolade.phd@mailbox-north.ac.uk'), ('place', 'Brackenmoor Court')]),
    C("EAP contract dilemma - the employer's HR wants attendance confirmation for Piripi Horomona, case ref EAP-NZ-558201, and he hasn't consented. The plant is in Te Awaroa Flats. Am I right that I just refuse?", [('name', 'Piripi Horomona'), ('account', 'EAP-NZ-558201'), ('place', 'Te Awaroa Flats')]),
    C("Hospice bereavement group: widow Dolores Ybarra-Quintanilla keeps bringing her husband's ashes to sessions in a biscuit tin. She was born 14 March 1941 and lives alone at 22 Camino de los Sauces Villa Esperanza 64820. Others are uncomfortable. Thoughts?", [('name', 'Dolores Ybarra-Quintanilla'), ('date', '14 March 1941'), ('street_address', '22 Camino de los Sauces'), ('place', 'Villa Esperanza'), ('zip_code', '64820')]),
    C("NICU parent support - dad Thabo Mokoena-Dlamini has asked me to write to his employer in Kwa-Mthethwa Extension 4; baby's NICU number is NIC-2231847. Is it ok to put the number in a letter to an employer? I feel like no.", [('name', 'Thabo Mokoena-Dlamini'), ('place', 'Kwa-Mthethwa Extension 4'), ('medical_record', 'NIC-2231847')]),
    C("paeds onc consult: 8yo Anahera Whaitiri on the ward at Ōtaraua Children's, refusing port access. mum wants me in the room at 7:30 on 3 Feb for the next one. any play therapy tips for needle phobia mid-chemo?", [('name', 'Anahera Whaitiri'), ('place', "Ōtaraua Children's"), ('date', '7:30 on 3 Feb')]),
    C("transplant waiting list - Bartholomew Okonkwo-Reyes has been on the liver list for 19 months, UNOS number UNOS-7740213-L, and he relapsed on alcohol once at his cousin's in Pine Hollow Crossing. He's terrified of telling the team. How do I hold this?", [('name', 'Bartholomew Okonkwo-Reyes'), ('medical_record', 'UNOS-7740213-L'), ('place', 'Pine Hollow Crossing')]),
    C('Spinal cord injury rehab - Siosaia Fifita Taumoepeau, 23, C5 complete after a rugby tackle, uses a sip-and-puff chair with serial SIP-PF-0097731 that keeps failing, and the failure triggers panic. Ward is Larkhill Spinal Unit. Anyone done exposure work with device-failure panic?', [('name', 'Siosaia Fifita Taumoepeau'), ('device', 'SIP-PF-0097731'), ('place', 'Larkhill Spinal Unit')]),
    C("burns unit: Gurpreet Kaur Bhullar, 34, 40% TBSA after a kitchen fire in Sector 71 Mohali Heights. Her husband keeps calling the ward on +91 98140 27753 asking what she's told us. I'm worried about DV. How would you approach this?", [('name', 'Gurpreet Kaur Bhullar'), ('place', 'Sector 71 Mohali Heights'), ('phone', '+91 98140 27753')]),
    C('DAPP group facilitator question. A man in my group, Wojciech Zarębski-Nowak, probation ref PRB-WM-4471902, told the group his partner "knows what happens if she calls anyone". He lives at Flat 3, 41 Ferncliff Terrace, Oldbury Vale B69 9QT. I need to share this with the probation officer today, right?', [('name', 'Wojciech Zarębski-Nowak'), ('account', 'PRB-WM-4471902'), ('street_address', 'Flat 3, 41 Ferncliff Terrace'), ('place', 'Oldbury Vale'), ('zip_code', 'B69 9QT')]),
    C('probation officer asked me for a report on Declan Ó Murchú, DOB 02/09/1987, for a breach hearing. he\'s been attending every session in Ballykeeran Cross. can I say just "attended" and nothing about content?', [('name', 'Declan Ó Murchú'), ('date', '02/09/1987'), ('place', 'Ballykeeran Cross')]),
    C('youth justice: 15yo Kaiah Blackbird-Running from Standing Pine Settlement has an intensive supervision order and her case worker texted me from (605) 338-2914 asking whether she "seems gang-involved". What do I say to that?', [('name', 'Kaiah Blackbird-Running'), ('place', 'Standing Pine Settlement'), ('phone', '(605) 338-2914')]),
    C("Child protection court work - I've been asked to give evidence in ZW23C00871 about Precious Ncube, 6, who lives with her gran at 118 Msasa Road, Hillside East. The gran's solicitor is hostile. How do you prepare for cross-examination?", [('account', 'ZW23C00871'), ('name', 'Precious Ncube'), ('street_address', '118 Msasa Road'), ('place', 'Hillside East')]),
    C("parental alienation claim: dad's lawyer has sent me the kids' school report from St Brendan's National School, Kilcolgan, and dad (Cathal Mac Giolla Phádraig) insists the mother coached them. I've only seen the children twice. What should my report even say?", [('place', "St Brendan's National School, Kilcolgan"), ('name', 'Cathal Mac Giolla Phádraig')]),
    C("Family mediation - couple, Ingrid Solbakken and Ravi Chandrasekaran, splitting a house at Solbergveien 14B 0683 Nordre Grefsen. She's cc'd her lawyer on everything from ingrid.solbakken@postkasse.no. Is mediation even still appropriate?", [('name', 'Ingrid Solbakken'), ('name', 'Ravi Chandrasekaran'), ('street_address', 'Solbergveien 14B'), ('zip_code', '0683'), ('place', 'Nordre Grefsen'), ('email', 'ingrid.solbakken@postkasse.no')]),
    C('elder mediation: three siblings fighting over whether mum, Maria das Graças Toledo, 93 and still doing her own banking, should move from her flat in Vila Caiçara Alta. One sibling wants me to do a capacity opinion. Not my role, right?', [('name', 'Maria das Graças Toledo'), ('age_over_89', '93 and still doing her own banking'), ('place', 'Vila Caiçara Alta')]),
    C("Disaster response: after the floods in Lower Wirrabri I'm seeing a farmer, Lachlan McCrindle-Sorensen, whose whole herd drowned. The council's recovery payment ref is FLD-REC-2290417. He won't fill in the forms. Practical or therapeutic first?", [('place', 'Lower Wirrabri'), ('name', 'Lachlan McCrindle-Sorensen'), ('account', 'FLD-REC-2290417')]),
    C('wildfire evacuee group - Xochitl Ramírez Anaya lost her house at 4419 Manzanita Ridge Rd, Alder Flat 95959, and is living in a FEMA trailer. She asked me to write a letter for her insurer. What have people written?', [('name', 'Xochitl Ramírez Anaya'), ('street_address', '4419 Manzanita Ridge Rd'), ('place', 'Alder Flat'), ('zip_code', '95959')]),
    C("earthquake response team: Yusuf Demirtaş Karaca, search and rescue volunteer, can't stop hearing tapping sounds. He's back home in Yeşilova Mahallesi. His team coordinator can be reached at koordinator.demirtas@kurtarma-gonullu.org.tr. Do I loop them in?", [('name', 'Yusuf Demirtaş Karaca'), ('place', 'Yeşilova Mahallesi'), ('email', 'koordinator.demirtas@kurtarma-gonullu.org.tr')]),
    C("humanitarian aid worker on R&R: Amara Nwosu-Fitzgerald, 31, back from a field hospital, sleeps with a go-bag. She's staying with her sister at 9 Kestrel Mews, Ashgrove Park BS7 8LH. She wants EMDR but flies out again in 5 weeks. Is it safe to start?", [('name', 'Amara Nwosu-Fitzgerald'), ('street_address', '9 Kestrel Mews'), ('place', 'Ashgrove Park'), ('zip_code', 'BS7 8LH')]),
    C("war journalist client - Dmytro Kovalchuk-Bilous uses Signal only, and his editor insists on a fitness-to-deploy note sent to desk.safety@frontline-wire.example.net. I've seen him 4 times. Do I write it?", [('name', 'Dmytro Kovalchuk-Bilous'), ('email', 'desk.safety@frontline-wire.example.net')]),
    C("Diplomat's spouse, Hyun-woo Seo Baek, posted with the embassy to a hardship post, now back in Seocho Riverside Heights. He says the security office logs his calls from 203.198.47.112 and won't talk by video. Ideas for working with surveillance anxiety that is partly real?", [('name', 'Hyun-woo Seo Baek'), ('place', 'Seocho Riverside Heights'), ('ip_address', '203.198.47.112')]),
    C('police dispatcher: Shannon Te Rangi-Walters took the call where a toddler drowned in Waiapu Bend and now freezes whenever the console beeps. her shift supervisor is on 07 862 4410. Any dispatcher-specific trauma protocols?', [('name', 'Shannon Te Rangi-Walters'), ('place', 'Waiapu Bend'), ('phone', '07 862 4410')]),
    C('999 call handler, Rhiannon Pryce-Llewellyn, has been off since a call from a man who then jumped from the bridge at Pontarddu Weir. Occupational health sent her referral from 01792 603 118 (yes, a fax). How are others doing call-handler PTSD?', [('name', 'Rhiannon Pryce-Llewellyn'), ('place', 'Pontarddu Weir'), ('fax', '01792 603 118')]),
    C("000 call taker in Queensland asked for help with Kirrily Anderson-Nguyen's return to work plan; she's on WorkCover claim WC-QLD-61184270. the centre is in Boondall Heights. Graded exposure to headsets?", [('name', 'Kirrily Anderson-Nguyen'), ('account', 'WC-QLD-61184270'), ('place', 'Boondall Heights')]),
    C("lifeguard, 19, Tane Paewai-Morrison, did CPR on a kid at Mokotua Beach who didn't make it. The surf club has emailed me from captain@mokotuasurfclub.example.nz asking if he can patrol this weekend. I said I'd think about it.", [('name', 'Tane Paewai-Morrison'), ('place', 'Mokotua Beach'), ('email', 'captain@mokotuasurfclub.example.nz')]),
    C("mountain rescue volunteer Eilidh MacRae-Grant recovered two climbers' bodies on Sgùrr na Fhèidh in January. She's a GP in Inverbreckie, licence GMC 7604183. She wants anonymity from the practice. Any advice?", [('name', 'Eilidh MacRae-Grant'), ('place', 'Sgùrr na Fhèidh'), ('place', 'Inverbreckie'), ('licence', 'GMC 7604183')]),
    C('funeral director, Abimbola Ogundipe-Hart, runs Ogundipe & Hart Funeral Care and prepared her own nephew after a stabbing. She keeps saying "I did his hair". Grief or trauma work first?', [('name', 'Abimbola Ogundipe-Hart'), ('place', 'Ogundipe & Hart Funeral Care')]),
    C("embalmer question - Mirko Hadžić has been embalming since 1998 and started having intrusive images after a child case in Donja Luka Polje. his employer's fax is +387 33 718 204. Has anyone got work with deathcare staff?", [('name', 'Mirko Hadžić'), ('place', 'Donja Luka Polje'), ('fax', '+387 33 718 204')]),
    C("coroner's officer Aileen Duggan-Fahy has attended 40 suicides this year around Carraigín Quay. Her union number is FRS-UN-00382611 and she wants me to send a letter to the union rep. Any template?", [('name', 'Aileen Duggan-Fahy'), ('place', 'Carraigín Quay'), ('account', 'FRS-UN-00382611')]),
    C("Forensic psychiatry consult. Patient Craig Stonehouse-Pyke in the medium secure unit at Hawthorn Lodge MSU, hospital number HL-004471-F, says he's stopped his clozapine and wants a therapy session without staff present. What's the protocol in your units?", [('name', 'Craig Stonehouse-Pyke'), ('place', 'Hawthorn Lodge MSU'), ('medical_record', 'HL-004471-F')]),
    C("SARC counsellor: Nokuthula Zwane was assaulted at a party in Pennyfield Gardens. The police reference is CRN-44-210937-24. She doesn't want to give evidence. How do I support that choice without pushing?", [('name', 'Nokuthula Zwane'), ('place', 'Pennyfield Gardens'), ('account', 'CRN-44-210937-24')]),
    C('human trafficking case: Marisol Huamán Quispe was brought over on a domestic worker visa and kept in a house at 27 Wycliffe Gardens, Lowford Heath RH11 0PX. Her Peruvian driving licence was Q48102763. The Salvation Army caseworker wants a trauma report.', [('name', 'Marisol Huamán Quispe'), ('street_address', '27 Wycliffe Gardens'), ('place', 'Lowford Heath'), ('zip_code', 'RH11 0PX'), ('licence', 'Q48102763')]),
    C('modern slavery: car wash worker Arben Krasniqi Lleshi, 24, found at Sparkle Hand Car Wash, Wednesford. He gave us his phone 07700 914 388 but says his "boss" pays the bill. Safe to text him?', [('name', 'Arben Krasniqi Lleshi'), ('place', 'Sparkle Hand Car Wash, Wednesford'), ('phone', '07700 914 388')]),
    C('labour exploitation of care workers - Maricel Dela Peña Aquino, a carer on a sponsorship visa at Meadowcroft Care Home, says her employer took £6,000 "recruitment fees" and holds her BRP. NI number SX 41 72 88 C. Who do I signpost to?', [('name', 'Maricel Dela Peña Aquino'), ('place', 'Meadowcroft Care Home'), ('ssn', 'SX 41 72 88 C')]),
    C('pacific island seasonal worker, Vaea Lolohea Tupou, on an RSE contract at Tahuna Orchards, showing classic depression. his IRD number is 118-406-293. the contractor wants to know if he\'s "fit to pick". ugh.', [('name', 'Vaea Lolohea Tupou'), ('place', 'Tahuna Orchards'), ('ssn', '118-406-293')]),
    C("school counsellor in Singapore - P6 boy Muhammad Irfan bin Zulkarnain from Bukit Teratai Primary says he'll jump if he fails PSLE. Mum's email is zulkarnain.fam88@singmail.com.sg. We ring parents by default here, but he begged me not to.", [('name', 'Muhammad Irfan bin Zulkarnain'), ('place', 'Bukit Teratai Primary'), ('email', 'zulkarnain.fam88@singmail.com.sg')]),
    C('Uni counselling: a Kenyan grad student, Wanjiru Njoroge Kamau, has been sending money home and is behind on rent at Room 14, Mzizi Hostel, Plot 209 Kileleshwa Lane, Kileleshwa Kati, 00604. Her scholarship is suspended. Crisis or practical help first?', [('name', 'Wanjiru Njoroge Kamau'), ('street_address', 'Room 14, Mzizi Hostel, Plot 209 Kileleshwa Lane'), ('place', 'Kileleshwa Kati'), ('zip_code', '00604')]),
    C('EAP counsellor: employee Ferhat Benali, SIN 046 781 352, on short-term disability through the Sun Life plan at the depot in Saint-Romuald-Est. The employer keeps phoning. Any script for redirecting them?', [('name', 'Ferhat Benali'), ('ssn', '046 781 352'), ('place', 'Saint-Romuald-Est')]),
    C("NICU: mum Chiamaka Eze-Onwuka expressed milk for 6 weeks for a baby who died on November 19th. She's now at home at 3 Adeola Close, Ogudu GRA. Her husband says she sleeps with the pump. Gentle approach to this?", [('name', 'Chiamaka Eze-Onwuka'), ('date', 'November 19th'), ('street_address', '3 Adeola Close'), ('place', 'Ogudu GRA')]),
    C('paeds oncology - Liam Ó Conghaile, 11, relapsed ALL, has been told by his mum he\'s "getting better". His file number at Ardnacrusha Children\'s Unit is ACU-117362. How do I talk to mum?', [('name', 'Liam Ó Conghaile'), ('place', "Ardnacrusha Children's Unit"), ('medical_record', 'ACU-117362')]),
    C('burns unit, face grafts: Nasrin Karimi Tehrani avoids all mirrors, and her brother drives her to clinic in his taxi, plate LK68 XPW. she lives in Hollingbury Rise. body image work this early?', [('name', 'Nasrin Karimi Tehrani'), ('vehicle', 'LK68 XPW'), ('place', 'Hollingbury Rise')]),
    C("SCI: Gabriel Mbemba-Lukusa uses a power chair and his environmental control unit, model ECU-Possum-558214, lets him open his own door. The landlord at Apt 12, 80 Quarry Street, Halton Reach wants to remove it. Advocacy isn't my role but...", [('name', 'Gabriel Mbemba-Lukusa'), ('device', 'ECU-Possum-558214'), ('street_address', 'Apt 12, 80 Quarry Street'), ('place', 'Halton Reach')]),
    C("youth justice worker shared a https://yjs-northmead.example.gov.uk/referral/JK-20491 link for Jaylen Okafor-Smith's referral. I don't think I should click on a shared referral link from a personal email. Am I being precious?", [('url', 'https://yjs-northmead.example.gov.uk/referral/JK-20491'), ('name', 'Jaylen Okafor-Smith')]),
    C('child protection: Leilani Kealoha-Pākī, 9, in foster care in Waiʻōpae Gardens, told me in play that "uncle" drives a red truck, plate HI NKR 552. Is this a disclosure I must pass to CWS today?', [('name', 'Leilani Kealoha-Pākī'), ('place', 'Waiʻōpae Gardens'), ('vehicle', 'HI NKR 552')]),
    C("mediation: separated parents Zsófia Berkes and Tamás Vörös-Halmi swap the kids at a McDonald's car park in Kispest Ligeti. She's recorded him on her phone. Is recording at handovers something you raise in mediation?", [('name', 'Zsófia Berkes'), ('name', 'Tamás Vörös-Halmi'), ('place', 'Kispest Ligeti')]),
    C('hospice: Mohammed Al-Harthy, 91 years and eleven months, says he wants to die in Wadi Bani Sibah not here. The family want me to persuade him otherwise. Whose side am I on?', [('name', 'Mohammed Al-Harthy'), ('age_over_89', '91 years and eleven months'), ('place', 'Wadi Bani Sibah')]),
    C("bereaved parents group at Marram Point Hospice: Siân Trefor-Hughes asked me to email her son's memorial page https://www.forevermissed.example.com/rhodri-trefor-hughes to the group. Posting a dead child's page in group - ok or not?", [('place', 'Marram Point Hospice'), ('name', 'Siân Trefor-Hughes'), ('url', 'https://www.forevermissed.example.com/rhodri-trefor-hughes')]),
    C("disaster response: tsunami drill triggered Losaline Vake Havili, who lost her father in 2009. She's in a hostel at Lot 7 Fanga'uta Road, Sopu Lagoon. Ideas for culturally grounded stabilisation?", [('name', 'Losaline Vake Havili'), ('street_address', "Lot 7 Fanga'uta Road"), ('place', 'Sopu Lagoon')]),
    C('aid worker client Ibrahim Jalloh Sesay got an email from his org\'s HR at hr.wellbeing@crossborder-relief.example.org stating he\'s "not cleared for field". He wants me to appeal. Is that an advocacy ask I take?', [('name', 'Ibrahim Jalloh Sesay'), ('email', 'hr.wellbeing@crossborder-relief.example.org')]),
    C("journalist who covered the siege, Olena Marchenko-Horvath, says her laptop's IP 185.44.217.90 was targeted. She's staying in Podil Riverside and uses burner numbers. How much do I document in my notes?", [('name', 'Olena Marchenko-Horvath'), ('ip_address', '185.44.217.90'), ('place', 'Podil Riverside')]),
    C("911 dispatcher Deshawn Whitfield-Harrow listened to an officer die on the radio. He's on leave, and his department health plan ID is CIGNA-U44718209. The PD psych wants him back on the board. Rushing it?", [('name', 'Deshawn Whitfield-Harrow'), ('health_plan', 'CIGNA-U44718209')]),
    C('lifeguard supervisor Inés Calderón Vidal, 27, at Playa Laguna Chica - drowned child, and parents blaming her in the press. The town hall wants her to speak. Her DNI is 48271093-L. How do you prepare someone for that?', [('name', 'Inés Calderón Vidal'), ('place', 'Playa Laguna Chica'), ('ssn', '48271093-L')]),
    C("mountain rescue dog handler Torbjørn Haugland lost his dog on a callout near Skarvheimen Hytte. He's grieving the dog more than any person. Valid grief work obviously, but any reading suggestions?", [('name', 'Torbjørn Haugland'), ('place', 'Skarvheimen Hytte')]),
    C("funeral directors' assistant Priya Ramaswamy Iyer collects bodies at night in a private ambulance, plate KA 05 MN 4417. She started hearing her own phone ring in the hearse. She lives in Basavanagudi Second Block. Hypnopompic or trauma?", [('name', 'Priya Ramaswamy Iyer'), ('vehicle', 'KA 05 MN 4417'), ('place', 'Basavanagudi Second Block')]),
    C("coroner's officer: Graham Tewksbury has a pacemaker, serial MDT-PM-2093371, and since a case where a body's pacemaker fired during removal he's been checking his own pulse constantly. he's in Fosswick. Health anxiety or PTSD?", [('name', 'Graham Tewksbury'), ('device', 'MDT-PM-2093371'), ('place', 'Fosswick')]),
    C('forensic: Leroy Antoine Baptiste was released on a CTO to 52 Frangipani Avenue, Diego Martin Heights. His community team email is cmht.westcoast@health-tt.example.org. Can I share my risk formulation with them?', [('name', 'Leroy Antoine Baptiste'), ('street_address', '52 Frangipani Avenue'), ('place', 'Diego Martin Heights'), ('email', 'cmht.westcoast@health-tt.example.org')]),
    C('SARC: Aisling Nic Dhonnacha, 19, wants to know if her SANE exam notes (ref SARC-GAL-24-0519) can be sent to her GP in Cloonagh Beg. Do SARCs usually disclose to GPs without consent?', [('name', 'Aisling Nic Dhonnacha'), ('medical_record', 'SARC-GAL-24-0519'), ('place', 'Cloonagh Beg')]),
    C('trafficking survivor Esther Achieng Odhiambo is living in a safe house at Plot 48, Jacaranda Lane, Manyatta Ndogo. Her NHIF card NHIF-2018440376 is held by the trafficker. How do I help her get a new one without exposing her?', [('name', 'Esther Achieng Odhiambo'), ('street_address', 'Plot 48, Jacaranda Lane'), ('place', 'Manyatta Ndogo'), ('health_plan', 'NHIF-2018440376')]),
    C("Hospice bereavement referral came by fax from (02) 6284 1907 for Beryl Hutchence-Oake, aged ninety-four and a half, whose son died before her. She's at Wattle Grove Lodge in Yarralumla Flats. Anyone seen parents over 90 outliving children in grief groups?", [('fax', '(02) 6284 1907'), ('name', 'Beryl Hutchence-Oake'), ('age_over_89', 'aged ninety-four and a half'), ('place', 'Wattle Grove Lodge'), ('place', 'Yarralumla Flats')]),
    C('elder mediation again - Agnieszka Wróblewska-Lis, ninety-six this Candlemas, is in Dom Seniora pod Lipami and her two sons disagree about selling her flat. one wants me to "assess her wishes". fax from their notary: +48 22 614 30 87. not my job surely?', [('name', 'Agnieszka Wróblewska-Lis'), ('age_over_89', 'ninety-six this Candlemas'), ('place', 'Dom Seniora pod Lipami'), ('fax', '+48 22 614 30 87')]),
    C("Funeral celebrant friend referred Hemi Ngata-Pōtae, widowed at 42. The referral came on letterhead from Rangiuru Funeral Services with fax 07 573 9902. I didn't know anyone still faxed. He wants to talk about the tangi.", [('name', 'Hemi Ngata-Pōtae'), ('place', 'Rangiuru Funeral Services'), ('fax', '07 573 9902')]),
    C('transplant clinic sends everything by fax - (416) 340-7713 - and I just got a psych clearance request for Anjali Mukherjee-Dasgupta, health card OHIP 4827-551-903-KT, kidney list. Do people do these clearances without seeing the patient twice?', [('fax', '(416) 340-7713'), ('name', 'Anjali Mukherjee-Dasgupta'), ('health_plan', 'OHIP 4827-551-903-KT')]),
    C("SCI unit: Rauri Ó Ceallacháin's occupational health form came from +353 61 482 905. He's a farmer from Knockaderry Upper with a T10 injury and his VHI number is VHI 5520918374. He asks if he can still run the farm. How do you hold hope vs realism?", [('name', 'Rauri Ó Ceallacháin'), ('fax', '+353 61 482 905'), ('place', 'Knockaderry Upper'), ('health_plan', 'VHI 5520918374')]),
    C('probation fax, 0161 872 4409, asking for my "risk view" on Jermaine Addo-Bekoe. I\'ve told them twice I only do therapy. The probation office is in Cheetham Brook. Do I reply or ignore?', [('fax', '0161 872 4409'), ('name', 'Jermaine Addo-Bekoe'), ('place', 'Cheetham Brook')]),
    C("forensic: court requested records for Stefan Lindqvist Åberg via fax +46 8 615 22 90. He's at Rättspsykiatriska kliniken Norrvik, patient number RPK-88103-S. In Sweden do we need his consent? I think the court order overrides.", [('name', 'Stefan Lindqvist Åberg'), ('fax', '+46 8 615 22 90'), ('place', 'Rättspsykiatriska kliniken Norrvik'), ('medical_record', 'RPK-88103-S')]),
    C("coroner's court faxed a request for my notes on Moana Tangitū Pere, who died at Whakarewa Point. The fax number was 09 916 4472. I'm frozen about what I'm obliged to send.", [('name', 'Moana Tangitū Pere'), ('place', 'Whakarewa Point'), ('fax', '09 916 4472')]),
    C("care worker exploitation: the agency that employs Rosemarie Bautista Villanueva faxes her rota from +63 2 8527 4411. She sends half her pay to Barangay San Isidro Labrador. She's exhausted and suicidal. Where do I start?", [('name', 'Rosemarie Bautista Villanueva'), ('fax', '+63 2 8527 4411'), ('place', 'Barangay San Isidro Labrador')]),
    C("child protection fax, (08) 9222 5014, from the department with a subpoena for Jarrah Pitjara-Williams's sessions; he's 13 and living with his aunty in Marnda Creek. What do people send?", [('fax', '(08) 9222 5014'), ('name', 'Jarrah Pitjara-Williams'), ('place', 'Marnda Creek')]),
    C('SARC referral via fax 028 9044 1983 for Orla McCausland, 22, assaulted in Glenmona Park. Her date of attendance was 5 August 2024. Has anyone had a SARC fax referral in NI recently?', [('fax', '028 9044 1983'), ('name', 'Orla McCausland'), ('place', 'Glenmona Park'), ('date', '5 August 2024')]),
    C("NICU psychology: Ngozi Uchenna Obi's premature twins - one died. She's born 3rd May 1996, on the ward at Evelyn Marsh Neonatal Unit. Her Medicaid ID is MCD-TX-882041577. Should I offer grief work while the other twin is still in NICU?", [('name', 'Ngozi Uchenna Obi'), ('date', 'born 3rd May 1996'), ('place', 'Evelyn Marsh Neonatal Unit'), ('health_plan', 'MCD-TX-882041577')]),
    C("Paeds oncology: mum of Iker Goikoetxea Arregi, 4, neuroblastoma, tells me she's researching clinics abroad and sent a link https://clinica-esperanza-oncologia.example.com/pacientes/iker-goiko. I don't want to shut her down. How do you talk about unproven treatments?", [('name', 'Iker Goikoetxea Arregi'), ('url', 'https://clinica-esperanza-oncologia.example.com/pacientes/iker-goiko')]),
    C('transplant: Pita Sopoaga Leiataua received a heart from a 19-year-old and keeps saying he has "the kid\'s feelings". Health plan Southern Cross SC-77021483, lives in Māngere Bridge Rise. Any literature on identity after transplant? (not asking for psych diagnosis)', [('name', 'Pita Sopoaga Leiataua'), ('health_plan', 'Southern Cross SC-77021483'), ('place', 'Māngere Bridge Rise')]),
    C("burns unit debrief - nurse Fatima-Zahra Bennani El Ouazzani cared for a 6yo boy who died, and the boy's dad keeps ringing her mobile +33 6 41 82 95 03. She works at Centre des Brûlés de Saint-Aubin-les-Forges. How do we protect her?", [('name', 'Fatima-Zahra Bennani El Ouazzani'), ('phone', '+33 6 41 82 95 03'), ('place', 'Centre des Brûlés de Saint-Aubin-les-Forges')]),
    C('EAP: manager wants a report on Karthik Subramanian Venkatesh, emp ID EMP-INF-2093381, because he cried in a standup. The office is in Whitefield Crescent Tech Park. The EAP contract says aggregate data only. Correct?', [('name', 'Karthik Subramanian Venkatesh'), ('account', 'EMP-INF-2093381'), ('place', 'Whitefield Crescent Tech Park')]),
    C("uni counselling: Rosa Quispe Mamani's student ID is STU-20419873, and registry has sent her withdrawal form to my inbox by accident. She's in Glenhaven Halls. I should just return it and say nothing, yes?", [('name', 'Rosa Quispe Mamani'), ('account', 'STU-20419873'), ('place', 'Glenhaven Halls')]),
    C("School counsellor - Destiny-Rose Marangoni, year 11, shows me texts from an older man, his number 0412 337 904. She's at Coolabah Heights High. I'm mandated. Just want to check how others tell the student before reporting.", [('name', 'Destiny-Rose Marangoni'), ('phone', '0412 337 904'), ('place', 'Coolabah Heights High')]),
    C('DV perpetrator programme - Brendan Kilcoyne wants me to sign a letter for the family court saying he\'s "completed the programme". He missed 6 of 24. His court file is FC-2024-KIL-3317. Thoughts?', [('name', 'Brendan Kilcoyne'), ('account', 'FC-2024-KIL-3317')]),
    C("probation: Tuilagi Faleolo Mata'afa has an electronic tag, serial EM-TAG-4417290, that keeps vibrating at night and waking his baby. He lives in Ōtara East Heights. The tag company won't fix it. Anyone had tag-related sleep problems come up?", [('name', "Tuilagi Faleolo Mata'afa"), ('device', 'EM-TAG-4417290'), ('place', 'Ōtara East Heights')]),
    C("youth justice: Kyrie Adebayo-Lawson, 16, sends me voice notes from +44 7911 208 554 at 3am. He's on bail to 14 Marlowe House, Brecon Estate, Northwick Green N17 6RB. Do I reply outside hours?", [('name', 'Kyrie Adebayo-Lawson'), ('phone', '+44 7911 208 554'), ('street_address', '14 Marlowe House, Brecon Estate'), ('place', 'Northwick Green'), ('zip_code', 'N17 6RB')]),
    C('parental alienation: mum Svetlana Petrenko Ivanova wants me to testify that her son\'s refusal is "alienation by the father". Her son\'s school is Gimnazija Kralja Tomislava Dolac. I\'ve never met the father. I\'m going to decline, right?', [('name', 'Svetlana Petrenko Ivanova'), ('place', 'Gimnazija Kralja Tomislava Dolac')]),
    C("family mediation: Hamid Rahimi Noorzai won't sit in the same room as his ex-wife. They live 2 streets apart at 61 Lindenhof Allee and 7 Birkenweg, Neu-Hainfeld 63452. Shuttle mediation?", [('name', 'Hamid Rahimi Noorzai'), ('street_address', '61 Lindenhof Allee'), ('street_address', '7 Birkenweg'), ('place', 'Neu-Hainfeld'), ('zip_code', '63452')]),
    C("disaster response: after the landslide in Upper Koroipita, Salote Vuniwaqa Naidu is sleeping in her car, plate FJ LS 438. She won't go to the evacuation centre. What's a trauma-informed way to approach this?", [('place', 'Upper Koroipita'), ('name', 'Salote Vuniwaqa Naidu'), ('vehicle', 'FJ LS 438')]),
    C('wildfire firefighter Cody Larrabee-Whitehorse has an ALS monitor, serial ZOLL-X-AR19-40563, he carried during the Dixie-type fire. He now has intrusive sounds of it. His crew base is Cedar Flats Station. Hotshots and trauma groups?', [('name', 'Cody Larrabee-Whitehorse'), ('device', 'ZOLL-X-AR19-40563'), ('place', 'Cedar Flats Station')]),
    C("flood volunteer Ngaire Houkamau, whose house at 12 Tuturau Road, Mataura South 9712, filled with silt. She's 90-odd and living alone, the council says. Not my client, a relative's neighbour. Who do I call?", [('name', 'Ngaire Houkamau'), ('street_address', '12 Tuturau Road'), ('place', 'Mataura South'), ('zip_code', '9712'), ('age_over_89', '90-odd and living alone')]),
    C("aid worker back from a cholera outbreak: Nicolás Barreto Ferreyra. His employer's wellbeing portal is https://wellbeing.medicos-sin-frontera.example.org/staff/nbarreto, and they want me to log sessions there. Privacy concerns?", [('name', 'Nicolás Barreto Ferreyra'), ('url', 'https://wellbeing.medicos-sin-frontera.example.org/staff/nbarreto')]),
    C("journalist client Ayşe Güneş Yıldırım: she was detained at the border and her phone's IMEI IMEI 35-209784-553061-2 was logged. She lives in Kadıköy Moda Sahili. She's asking whether the state can read my notes if she emails me.", [('name', 'Ayşe Güneş Yıldırım'), ('device', 'IMEI 35-209784-553061-2'), ('place', 'Kadıköy Moda Sahili')]),
    C("diplomat's child, Ananya Krishnamurthy, 14, moved 5 countries in 9 years, now in Kensington Gore Mansions... it's an embassy flat. The school counsellor's email is counsellor.ks4@internationalschool-kg.example.org. Third culture kid grief?", [('name', 'Ananya Krishnamurthy'), ('place', 'Kensington Gore Mansions'), ('email', 'counsellor.ks4@internationalschool-kg.example.org')]),
    C("police dispatcher Bronwyn Tapsell drives her own car, plate NZ KQT384, past the crash site on the way home in Te Kūiti Road End. She can't stop. Is route change avoidance or self-care?", [('name', 'Bronwyn Tapsell'), ('vehicle', 'NZ KQT384'), ('place', 'Te Kūiti Road End')]),
    C("999 call handler Gareth Bevan-Rees's union rep emailed me at work from gbevanrees.unison@cymru-mail.example.co.uk. He's based at Llanwerydd Control Room. I don't want to get in the middle of his grievance.", [('name', 'Gareth Bevan-Rees'), ('email', 'gbevanrees.unison@cymru-mail.example.co.uk'), ('place', 'Llanwerydd Control Room')]),
    C("lifeguard: Kahu Rāwiri Tamatea's licence, SLSNZ-LG-40992, is up for renewal and the club wants a psych sign-off. He's from Ōhope Spit. It's not a psych role. What do I say?", [('name', 'Kahu Rāwiri Tamatea'), ('licence', 'SLSNZ-LG-40992'), ('place', 'Ōhope Spit')]),
    C('Mountain rescue: Bryn Pugh-Harries crashed his own team Land Rover, reg CX14 BRN, on the way to a callout in Cwm Llwyd. Nobody hurt, but guilt. Moral injury framing?', [('name', 'Bryn Pugh-Harries'), ('vehicle', 'CX14 BRN'), ('place', 'Cwm Llwyd')]),
    C("embalmer Joaquín Villalobos Ruiz at Funeraria San Judas Tadeo, Colonia Las Palmas prepared victims of a bus crash. His IMSS number is 62-88-91-0413-7. He's asking whether he can claim for trauma.", [('name', 'Joaquín Villalobos Ruiz'), ('place', 'Funeraria San Judas Tadeo, Colonia Las Palmas'), ('ssn', '62-88-91-0413-7')]),
    C("Forensic psych: Aleksander Kowalczyk-Madej in Oddział Sądowy Brzezinka, MRN OSB-20-11873, wants therapy but only in Polish. I'm learning. Interpreter or refer?", [('name', 'Aleksander Kowalczyk-Madej'), ('place', 'Oddział Sądowy Brzezinka'), ('medical_record', 'OSB-20-11873')]),
    C('SARC: Tiarnan Mac Eochagáin, 17, male survivor, wants to report but not via the local station in Dromcollogher Bridge. He emailed from tiarnan.mac.e@gaelmail.ie. Options in Ireland for reporting elsewhere?', [('name', 'Tiarnan Mac Eochagáin'), ('place', 'Dromcollogher Bridge'), ('email', 'tiarnan.mac.e@gaelmail.ie')]),
    C("modern slavery NRM referral: Dumitru Căldăraru Stanciu, a Romanian Roma man, worked on a cannabis farm at Unit 4, Holloway Trading Estate, Felstead Marsh CM7 2QS. His phone was taken. The police officer's direct line is 01245 452 781. Therapeutic priorities?", [('name', 'Dumitru Căldăraru Stanciu'), ('street_address', 'Unit 4, Holloway Trading Estate'), ('place', 'Felstead Marsh'), ('zip_code', 'CM7 2QS'), ('phone', '01245 452 781')]),
    C("trafficking: Blessing Osagie Igbinedion, 20, has an NIN NIN 71290834451 that her madam used to open bank accounts. She's housed in Ikeja Oregun Estate. Do I document the NIN?", [('name', 'Blessing Osagie Igbinedion'), ('ssn', 'NIN 71290834451'), ('place', 'Ikeja Oregun Estate')]),
    C("care worker on a tied visa: Jonathan Kamau Mwangi's employer at Brambles Residential Home, Wexley threatened to report him to the Home Office. His COS number COS-J7K2-9T4W-118 is with them. Where do I start?", [('name', 'Jonathan Kamau Mwangi'), ('place', 'Brambles Residential Home, Wexley'), ('licence', 'COS-J7K2-9T4W-118')]),
    C('school counsellor: Kayden Lumière Tshibangu, P4, says his dad hits him with a phone charger. School records show the family at 29 Avenue des Tilleuls, Sainte-Gudule-Nord H2R 3K1. Is this a DPJ call today? I think yes.', [('name', 'Kayden Lumière Tshibangu'), ('street_address', '29 Avenue des Tilleuls'), ('place', 'Sainte-Gudule-Nord'), ('zip_code', 'H2R 3K1')]),
    C('uni counselling: international student Nguyen Thi Thu Trang has been sent an ominous email from an "immigration agent" at visa-compliance@gov-au-immigration.example.com, demanding fees. Scam, clearly. How do I help her manage the panic?', [('name', 'Nguyen Thi Thu Trang'), ('email', 'visa-compliance@gov-au-immigration.example.com')]),
    C('EAP: Hine Marino-Tautahi, bus driver, saw a pedestrian killed at Ōnekawa Roundabout. The EAP case ref is EAP-TRV-448109. Company wants her back in 2 weeks.', [('name', 'Hine Marino-Tautahi'), ('place', 'Ōnekawa Roundabout'), ('account', 'EAP-TRV-448109')]),
    C('hospice: Rahul Venkataraman Pillai, 39, MND, wants me to record goodbye videos for his kids to a shared drive at https://drive.pillai-family.example.in/goodbyes. Is that a therapist role?', [('name', 'Rahul Venkataraman Pillai'), ('url', 'https://drive.pillai-family.example.in/goodbyes')]),
    C('NICU dad Sione Tau\'alupe Moala works nights at the port in Otahuhu Wharf Road and visits the NICU at 4am. His NHI is NHI ZKR4471. Staff say he\'s "not engaging". How do we support shift-working parents?', [('name', "Sione Tau'alupe Moala"), ('place', 'Otahuhu Wharf Road'), ('medical_record', 'NHI ZKR4471')]),
    C("Paeds oncology: Sarah Goldfarb Mizrahi's son died on Yom Kippur 2023... sorry, on 25 September 2023. She's Orthodox and the shiva ended but the family says she hasn't eaten. Sit with it or escalate?", [('name', 'Sarah Goldfarb Mizrahi'), ('date', 'Yom Kippur 2023'), ('date', '25 September 2023')]),
    C('transplant coordinator passed on a query from Milan Novotný Krejčí, listed for lungs, who wants his insurer number VZP 7810221943 kept out of any psych letters. He lives in Horní Lhotka. Reasonable?', [('name', 'Milan Novotný Krejčí'), ('health_plan', 'VZP 7810221943'), ('place', 'Horní Lhotka')]),
    C("SCI: Akosua Boatemaa Mensah got her new wheelchair, serial QK-Q700-2291837, but it doesn't fit through the doors at Flat 8, 12 Adwoa Gardens, East Legon Extension GA-489-2231. She's furious. Practical problems in therapy?", [('name', 'Akosua Boatemaa Mensah'), ('device', 'QK-Q700-2291837'), ('street_address', 'Flat 8, 12 Adwoa Gardens'), ('place', 'East Legon Extension'), ('zip_code', 'GA-489-2231')]),
    C('burns survivor peer group: Rangi Walker-Tahana wants to share his GoFundMe https://gofund.example.com/rangi-burns-recovery in group chat. Self-promotion or support?', [('name', 'Rangi Walker-Tahana'), ('url', 'https://gofund.example.com/rangi-burns-recovery')]),
    C("DAPP: a participant's partner, Leanne Birchall, phoned the office on 01942 710 338 to say he's been texting her from 86.14.203.77 pretending to be his brother. Partner safety worker is off. What now?", [('name', 'Leanne Birchall'), ('phone', '01942 710 338'), ('ip_address', '86.14.203.77')]),
    C("probation: Kwabena Asare-Frimpong is on a sex offender treatment programme in Harrowfield Approved Premises, CRN CRN-X441902. He says he's been sexually abused in there. Safeguarding for adults, who?", [('name', 'Kwabena Asare-Frimpong'), ('place', 'Harrowfield Approved Premises'), ('account', 'CRN-X441902')]),
    C("youth justice: Tayla-Jade Roberts's Instagram https://instagram.com/tayla.jade.ridgeway has photos with weapons. The YOT worker wants me to look. Should a therapist look at client socials?", [('name', 'Tayla-Jade Roberts'), ('url', 'https://instagram.com/tayla.jade.ridgeway')]),
    C('child protection court: the guardian ad litem Mbali Khumalo-Sithole emailed my work address from m.khumalo@family-advocate-za.example.org asking for my session notes on a 5yo. Does a GAL have a right to notes in SA?', [('name', 'Mbali Khumalo-Sithole'), ('email', 'm.khumalo@family-advocate-za.example.org')]),
    C("telehealth with a war correspondent: Yaroslav Melnyk-Tkachenko says his sessions keep dropping and his VPN exit is 91.207.58.144. He's in a hotel in Obolon Naberezhna. Should I switch to phone even though it's less secure?", [('name', 'Yaroslav Melnyk-Tkachenko'), ('ip_address', '91.207.58.144'), ('place', 'Obolon Naberezhna')]),
    C("IT flagged a login to our practice portal from 41.203.66.219 using the account of client Adaeze Nnamdi-Okoro, who lives in Abule Egba Phase 2. She says it wasn't her. Do I have to tell her the IP? Do I report a breach?", [('ip_address', '41.203.66.219'), ('name', 'Adaeze Nnamdi-Okoro'), ('place', 'Abule Egba Phase 2')]),
    C('Uni counselling: a student, Lukas Brandstätter, keeps submitting anonymous "concern" forms about his flatmate from 10.44.118.207 on campus wifi. IT traced it. He lives at Studentenheim Lindengrund. Is it my business?', [('name', 'Lukas Brandstätter'), ('ip_address', '10.44.118.207'), ('place', 'Studentenheim Lindengrund')]),
    C('EAP: HR forwarded me a screenshot of "threatening" posts by Obinna Chukwuemeka Eze with the log showing IP 102.89.34.170. He\'s at the Apapa Container Depot. I\'m an EAP counsellor, not an investigator!', [('name', 'Obinna Chukwuemeka Eze'), ('ip_address', '102.89.34.170'), ('place', 'Apapa Container Depot')]),
    C('school counsellor: a Year 8, Maddison Tuala-Brightwater, is being cyberbullied; the school IT says the messages came from 2001:db8:4a1c:7e::3f, a home in Kealba Downs. The parents want me at the meeting with the other family. No?', [('name', 'Maddison Tuala-Brightwater'), ('ip_address', '2001:db8:4a1c:7e::3f'), ('place', 'Kealba Downs')]),
    C("Forensic unit: patient Darnell Fitzroy Campbell somehow got online - the logs show 172.20.14.91 from the day room at Rowanbank Secure Unit. He messaged his victim's sister. Therapy rupture incoming.", [('name', 'Darnell Fitzroy Campbell'), ('ip_address', '172.20.14.91'), ('place', 'Rowanbank Secure Unit')]),
    C("SARC counsellor: a client's abuser, Kieran Maguire-Doyle, keeps creating accounts; the platform's report lists 109.76.142.18. She lives in Ballinclea Woods. Is there a point giving this to Gardaí?", [('name', 'Kieran Maguire-Doyle'), ('ip_address', '109.76.142.18'), ('place', 'Ballinclea Woods')]),
    C('DV perpetrator programme: Lorenzo Bianchi Ferraro claims he "only" tracked his partner\'s phone. The Garmin app showed her at Borgo San Michele Alto and logged from 151.38.202.64. He thinks that\'s not abuse. Psychoeducation ideas?', [('name', 'Lorenzo Bianchi Ferraro'), ('place', 'Borgo San Michele Alto'), ('ip_address', '151.38.202.64')]),
    C('trafficking: an online recruiter, posing as a woman called Lindiwe Mokgadi-Sethole, sent Thandiwe Mahlangu Sibiya a job offer from 196.22.140.33. She travelled to Roodekrans Ext 9. Police want my notes. Hmm.', [('name', 'Lindiwe Mokgadi-Sethole'), ('name', 'Thandiwe Mahlangu Sibiya'), ('ip_address', '196.22.140.33'), ('place', 'Roodekrans Ext 9')]),
    C("journalist: Rania Haddad Khoury says her email was hacked from 2a02:c7f:8e14:2200::1b, right after she filed from Ashrafieh Heights. She's paranoid but maybe rightly. How do you separate trauma from a real threat?", [('name', 'Rania Haddad Khoury'), ('ip_address', '2a02:c7f:8e14:2200::1b'), ('place', 'Ashrafieh Heights')]),
    C("ages over 89 - hospice: Kunle Adeyemi-Bankole, aged 97 years and some months, asked me to help him write to a son he hasn't seen since 1974. He lives at Ajegunle Old People's Lodge. Anyone done legacy letters?", [('name', 'Kunle Adeyemi-Bankole'), ('age_over_89', 'aged 97 years and some months'), ('place', "Ajegunle Old People's Lodge")]),
    C('elder mediation: Eleonora Sforza-Marchetti, ninety-one last Ferragosto, wants to leave her house to her carer, not her children. The kids call it exploitation. Mediation in Castel Vetrano Basso. My role?', [('name', 'Eleonora Sforza-Marchetti'), ('age_over_89', 'ninety-one last Ferragosto'), ('place', 'Castel Vetrano Basso')]),
    C('bereavement: Wilhelmina de Jongh-Ruiters, 98 going on 99, lost her last friend at Huize Zonnedauw. She says "nobody is left who knew me young". Any group for the very old?', [('name', 'Wilhelmina de Jongh-Ruiters'), ('age_over_89', '98 going on 99'), ('place', 'Huize Zonnedauw')]),
    C("Care home in Coedcernyw Fach: Glenys Prosser-Howells, 102 at her last birthday, is grieving her daughter who died at 78. Staff think it's dementia. It's grief, isn't it?", [('place', 'Coedcernyw Fach'), ('name', 'Glenys Prosser-Howells'), ('age_over_89', '102 at her last birthday')]),
    C("NICU grandparent: Wong Kwok-leung, ninety-two come the Mid-Autumn Festival, visits his great-grandchild in NICU daily from Tai Hang Terrace. Staff worry about him. I'm just curious how others include the eldest generation.", [('name', 'Wong Kwok-leung'), ('age_over_89', 'ninety-two come the Mid-Autumn Festival'), ('place', 'Tai Hang Terrace')]),
    C('funeral directors: Ephraim Goldwasser, aged ninety-nine and still driving, insists on doing taharah at Chevra Kadisha Beit Olam. His family wants me to help him "let go". Hmm.', [('name', 'Ephraim Goldwasser'), ('age_over_89', 'aged ninety-nine and still driving'), ('place', 'Chevra Kadisha Beit Olam')]),
    C('forensic: elderly patient Aurelio Cárdenas Montoya, 90 years and three months old, at Pabellón Psiquiátrico San Roque, charged with assault of his wife. Has anyone done therapy with such an old forensic patient?', [('name', 'Aurelio Cárdenas Montoya'), ('age_over_89', '90 years and three months old'), ('place', 'Pabellón Psiquiátrico San Roque')]),
    C("SSN question - a trafficking survivor, Evangelina Cruz Batista, had her SSN 587-22-6109 sold. She's in a shelter in Brightwater Commons. Identity theft on top of trafficking. Where do you start?", [('name', 'Evangelina Cruz Batista'), ('ssn', '587-22-6109'), ('place', 'Brightwater Commons')]),
    C("EAP client Oskar Mäkinen-Virtanen's personal identity code 170682-547T was on a Kela form he handed me. I haven't copied it. Just checking I shred it. He works at Kallioinen Sawmill.", [('name', 'Oskar Mäkinen-Virtanen'), ('ssn', '170682-547T'), ('place', 'Kallioinen Sawmill')]),
    C("probation: Chinedu Okeke Nwachi's BVN BVN 22418309765 was on his bail paperwork. He's living at 17 Adeniji Jones Close, Omole Phase 3. My notes don't need it, right?", [('name', 'Chinedu Okeke Nwachi'), ('ssn', 'BVN 22418309765'), ('street_address', '17 Adeniji Jones Close'), ('place', 'Omole Phase 3')]),
    C("uni counselling, SA: Lwazi Ntuli-Mabaso, ID 9904125873081, has NSFAS stopped and is sleeping in the library. He's from Mbabazane Village. Any food insecurity resources you know of?", [('name', 'Lwazi Ntuli-Mabaso'), ('ssn', '9904125873081'), ('place', 'Mbabazane Village')]),
    C("school counsellor in India: student Ishaan Deshpande Kulkarni's Aadhaar 6183 4479 2015 was attached to his exam form with a suicide note. The school is Sahyadri Vidya Niketan, Kothrud. Immediate steps?", [('name', 'Ishaan Deshpande Kulkarni'), ('ssn', '6183 4479 2015'), ('place', 'Sahyadri Vidya Niketan, Kothrud')]),
    C("coroner's officer: Shane Collopy's PPSN 7419382KA is on his sick cert. He's been off since a baby death at Ballyhea Crossroads. I never know what to do with these certs.", [('name', 'Shane Collopy'), ('ssn', '7419382KA'), ('place', 'Ballyhea Crossroads')]),
    C('youth justice: Ngarra Cooper-Dhurrkay, 14, on a Youth Attendance Order, was picked up in a stolen Commodore, plate CAL 77Q, near Mulga Springs Camp. His nan wants to know if I can speak at sentencing.', [('name', 'Ngarra Cooper-Dhurrkay'), ('vehicle', 'CAL 77Q'), ('place', 'Mulga Springs Camp')]),
    C("mountain rescue: Håkon Eggen Stavrum drove his van, reg NO EL 58213, to the avalanche site at Bøverdalsbu. He now can't drive that road. Graded exposure while volunteering?", [('name', 'Håkon Eggen Stavrum'), ('vehicle', 'NO EL 58213'), ('place', 'Bøverdalsbu')]),
    C("DAPP: Carl Heseltine-Brooks keeps parking his van, reg YD19 KPN, outside his ex's house in Thornley Gate. There's a non-molestation order. I'm reporting to the programme manager, yes?", [('name', 'Carl Heseltine-Brooks'), ('vehicle', 'YD19 KPN'), ('place', 'Thornley Gate')]),
    C("SARC: Amelie Fournier-Leclerc remembers the plate of the car: FX-482-QT. She's not sure she wants the police to have it. She's from Les Bruyères-sur-Orge. Hold or pass on?", [('name', 'Amelie Fournier-Leclerc'), ('vehicle', 'FX-482-QT'), ('place', 'Les Bruyères-sur-Orge')]),
    C("aid worker: Abdirahman Warsame Farah's UN vehicle, plate UN 41872, was ambushed outside Beled Hawo Junction. Survivor guilt (driver died). Any aid-worker specific resources?", [('name', 'Abdirahman Warsame Farah'), ('vehicle', 'UN 41872'), ('place', 'Beled Hawo Junction')]),
    C("funeral director Tomasz Pietrzyk hit a cyclist with the hearse, reg WX 48127, in Osiedle Zielony Jar. Cyclist survived. He's convinced he's cursed. CBT for magical thinking?", [('name', 'Tomasz Pietrzyk'), ('vehicle', 'WX 48127'), ('place', 'Osiedle Zielony Jar')]),
    C("forensic court: Rashida Mumuni Alhassan's ex-partner follows her in a grey Corolla, plate GR 4471-21, around Tesano Gardens. She wants my letter for a restraining order. Do I write?", [('name', 'Rashida Mumuni Alhassan'), ('vehicle', 'GR 4471-21'), ('place', 'Tesano Gardens')]),
    C("journalist: Kalani Akana-Medeiros's rental car, plate HNL 812, was tailed after her exposé. She's in Mānoa Heights. Trauma or vigilance? both.", [('name', 'Kalani Akana-Medeiros'), ('vehicle', 'HNL 812'), ('place', 'Mānoa Heights')]),
    C("disaster: Kaveh Sotoudeh Farahani's CPAP, serial RMD-AS11-22391874, died in the power cut after the quake and he's terrified of sleeping. Shelter at Golestan Park Camp. Not my area, but panic management?", [('name', 'Kaveh Sotoudeh Farahani'), ('device', 'RMD-AS11-22391874'), ('place', 'Golestan Park Camp')]),
    C("SCI: Ana Paula Moreira Lins relies on a phrenic pacer, serial AVERY-BP-004471, and panics that it'll stop. She lives in Vila Alvorada do Sul. Any SCI psychologists here?", [('name', 'Ana Paula Moreira Lins'), ('device', 'AVERY-BP-004471'), ('place', 'Vila Alvorada do Sul')]),
    C("paeds oncology: Kofi Ansah-Tetteh's insulin pump... no, his infusion pump, serial BBRAUN-SP-71193024, beeped all night and he now startles at every beep, even at home in Kwabenya Estates.", [('name', 'Kofi Ansah-Tetteh'), ('device', 'BBRAUN-SP-71193024'), ('place', 'Kwabenya Estates')]),
    C("NICU: Aroha Tuhoe-Pryor's baby goes home on an apnoea monitor, serial APN-SM-550271, and she won't sleep. They live rurally in Te Whaiti Valley. Postnatal anxiety plus realism - how?", [('name', 'Aroha Tuhoe-Pryor'), ('device', 'APN-SM-550271'), ('place', 'Te Whaiti Valley')]),
    C("transplant: Gustavo Herrera Salgado's LVAD controller, serial HM3-CTRL-8804173, alarmed in a supermarket. He won't leave home now in Colonia Jardines del Pedregal Alto. Agoraphobia from a device?", [('name', 'Gustavo Herrera Salgado'), ('device', 'HM3-CTRL-8804173'), ('place', 'Colonia Jardines del Pedregal Alto')]),
    C("burns: Ikaika Kalama-Nāone's compression garment has a sensor, serial PGS-4420917, that the OT uses to track adherence, and he feels spied on. He's from Kahanahāiki Kai. Trust issues?", [('name', 'Ikaika Kalama-Nāone'), ('device', 'PGS-4420917'), ('place', 'Kahanahāiki Kai')]),
    C("health plan: Kgomotso Mahlaba-Rampa's medical aid is Bonitas 110982714, and they'll only pay 6 sessions for her post-quake PTSD. Lives in Mamelodi Ext 22. Can I motivate for more?", [('name', 'Kgomotso Mahlaba-Rampa'), ('health_plan', 'Bonitas 110982714'), ('place', 'Mamelodi Ext 22')]),
    C("EAP vs insurer: Jasmine Ooi Mei Ling's AIA policy AIA-SG-H4470913 covers 10 sessions but the EAP covers 6. She's at Tampines Greenvale. Can I bill both? No, right?", [('name', 'Jasmine Ooi Mei Ling'), ('health_plan', 'AIA-SG-H4470913'), ('place', 'Tampines Greenvale')]),
    C("uni counselling: Ahmed Siddiqui Chaudhry's student insurance, OSHC Allianz 33091427, was declined for his mental health claim. He lives in Clayton Rise Apartments. Anyone know OSHC waiting periods?", [('name', 'Ahmed Siddiqui Chaudhry'), ('health_plan', 'OSHC Allianz 33091427'), ('place', 'Clayton Rise Apartments')]),
    C("hospice: Joyce Tshabalala-Dube's Discovery number Discovery 558104772... sorry, wrong client. I'll delete. Meanwhile, she lives at Lindelani Hospice Cottages. Any bereavement groups in Setswana?", [('name', 'Joyce Tshabalala-Dube'), ('health_plan', 'Discovery 558104772'), ('place', 'Lindelani Hospice Cottages')]),
    C("probation: Thaddeus McKinnon-Ray's Medicaid MCD-OH-992714031 lapsed when he was in jail, and our clinic in Glenmont Crossing can't bill. Any workarounds?", [('name', 'Thaddeus McKinnon-Ray'), ('health_plan', 'MCD-OH-992714031'), ('place', 'Glenmont Crossing')]),
    C("police dispatcher: Marisa Ortiz Beltrán's department health plan Kaiser 11-2940773 only covers 12 visits. She's in Pinewood Terrace. Do I advocate or plan an ending?", [('name', 'Marisa Ortiz Beltrán'), ('health_plan', 'Kaiser 11-2940773'), ('place', 'Pinewood Terrace')]),
    C('war photographer Søren Kjærgaard uses Danish insurance Sygeforsikring DK-442901; he lives in Vesterbro Stationsby. He wants a CBT-only approach for nightmares. Any IRT folks?', [('name', 'Søren Kjærgaard'), ('health_plan', 'Sygeforsikring DK-442901'), ('place', 'Vesterbro Stationsby')]),
    C("licence: a pharmacist, Neha Agarwal Bansal, registration GPhC 2087149, wants to know if she has to tell the regulator she's in therapy after a patient death at Horbury Square Pharmacy. I think no, but check?", [('name', 'Neha Agarwal Bansal'), ('licence', 'GPhC 2087149'), ('place', 'Horbury Square Pharmacy')]),
    C('paramedic Tevita Latu Fonua, HCPC PA 118402, asked me whether seeing me will be reported. He works from Ferndale Ambulance Station. Reassurance?', [('name', 'Tevita Latu Fonua'), ('licence', 'PA 118402'), ('place', 'Ferndale Ambulance Station')]),
    C("nurse Ciara Ní Bhriain, NMBI NMBI 178240, started a burns unit rotation in Ardkeen Regional. She's dissociating at dressing changes. Should she disclose to her manager?", [('name', 'Ciara Ní Bhriain'), ('licence', 'NMBI 178240'), ('place', 'Ardkeen Regional')]),
    C("social worker Pooja Raghavan Menon, SWE SW118872, wants supervision on a child protection case in Greenhill Lane Estate; her manager thinks she's overinvolved.", [('name', 'Pooja Raghavan Menon'), ('licence', 'SW118872'), ('place', 'Greenhill Lane Estate')]),
    C("embalmer licence: Dale Kubiak's Pennsylvania funeral director licence FD-049218-L is being reviewed after a complaint. He lives in Shamokin Ridge. Work stress or shame?", [('name', 'Dale Kubiak'), ('licence', 'FD-049218-L'), ('place', 'Shamokin Ridge')]),
    C('SARC doctor Abena Owusu-Ansah, GMC GMC 7218403, asked for supervision on vicarious trauma. She works at Hollybrook SARC. Her GP is unhelpful. How do you hold clinicians?', [('name', 'Abena Owusu-Ansah'), ('licence', 'GMC 7218403'), ('place', 'Hollybrook SARC')]),
    C('lifeguard trainer Matías Aguirre Solís, licence SOC-CL-7741, lost a trainee in open water near Caleta Los Queltehues. The federation is investigating him.', [('name', 'Matías Aguirre Solís'), ('licence', 'SOC-CL-7741'), ('place', 'Caleta Los Queltehues')]),
    C('forensic: psychologist Dominika Szulc, licence PL-PSY-04417, is asked to assess Rafał Pawlak-Zięba, whom she treated years ago in Bielany Zdrój. Conflict, surely?', [('name', 'Dominika Szulc'), ('licence', 'PL-PSY-04417'), ('name', 'Rafał Pawlak-Zięba'), ('place', 'Bielany Zdrój')]),
    C('url: a youth justice client, Jordan Mahe-Kerr, shared a TikTok https://tiktok.com/@jordy.mahe.kerr in session, showing him at the skate park in Glenfield Reserve. Not sure how to process this.', [('name', 'Jordan Mahe-Kerr'), ('url', 'https://tiktok.com/@jordy.mahe.kerr'), ('place', 'Glenfield Reserve')]),
    C('school counsellor: the parent of Zara Begum Chowdhury has a blog https://zarasjourney-withdrawal.example.co.uk about school refusal naming the school, Merriton Academy. Awkward. Do I raise it?', [('name', 'Zara Begum Chowdhury'), ('url', 'https://zarasjourney-withdrawal.example.co.uk'), ('place', 'Merriton Academy')]),
    C('transplant: patient advocacy page for Emeka Anozie Okafor at https://www.kidneyforemeka.example.org lists his blood type and hospital. He\'s at Ngozi Memorial Renal Unit. He asked me about "selling his story". Hmm.', [('name', 'Emeka Anozie Okafor'), ('url', 'https://www.kidneyforemeka.example.org'), ('place', 'Ngozi Memorial Renal Unit')]),
    C("coroner's officer: link to the inquest listing for Jamie-Lee Storrs https://coroners-courts.example.gov.uk/listings/storrs-2024. Her mum is my client, from Cleethwaite Moor. Should I go to the inquest?", [('name', 'Jamie-Lee Storrs'), ('url', 'https://coroners-courts.example.gov.uk/listings/storrs-2024'), ('place', 'Cleethwaite Moor')]),
    C("NICU: baby Ruby-Mae Tamihana's discharge is booked for Thursday 12 December, but mum, who drives 2 hours from Tīrau Junction to Waikōwhai Neonatal, says she's not ready. Her hospital number is WNU-0448213. Any ideas for graded transition?", [('name', 'Ruby-Mae Tamihana'), ('date', 'Thursday 12 December'), ('place', 'Tīrau Junction'), ('place', 'Waikōwhai Neonatal'), ('medical_record', 'WNU-0448213')]),
    C('child protection court: hearing for Kobe Asante-Wright is listed on 14/01/2025 at Hallowbridge Family Court. His dad\'s solicitor phoned me on 0113 496 0822 asking for an "informal view". I said no. Right call?', [('name', 'Kobe Asante-Wright'), ('date', '14/01/2025'), ('place', 'Hallowbridge Family Court'), ('phone', '0113 496 0822')]),
    C("probation: Liam Pāora-Hēnare's licence expires on 31 March 2026; he's in an approved hostel at Tāmaki Landing. He's scared of what happens without structure. Endings work?", [('name', 'Liam Pāora-Hēnare'), ('date', '31 March 2026'), ('place', 'Tāmaki Landing')]),
    C('mountain rescue callout - Fionnuala Breathnach was the first at the fall on Easter Monday 2024, on Binn Chorr Ridge, above Gleann an Locha. She keeps replaying the rope. Any rope-rescue peers here?', [('name', 'Fionnuala Breathnach'), ('date', 'Easter Monday 2024'), ('place', 'Binn Chorr Ridge'), ('place', 'Gleann an Locha')]),
    C('wildfire: Tyrone Brokenhorn-Little was evacuated from Pine Ridge Meadows on August 9th, and every August he shuts down. His IHS chart is IHS-2291-40831. Anniversary reactions in Indigenous communities - how do you frame?', [('name', 'Tyrone Brokenhorn-Little'), ('place', 'Pine Ridge Meadows'), ('date', 'August 9th'), ('medical_record', 'IHS-2291-40831')]),
    C("forensic: tribunal for Wiremu Tāwhiri-Kereama on Thursday 6 February 2025. He's at Mason Ward, Te Whare Manaaki. NHI NHI PQX2918. He wants me to attend.", [('name', 'Wiremu Tāwhiri-Kereama'), ('date', 'Thursday 6 February 2025'), ('place', 'Mason Ward, Te Whare Manaaki'), ('medical_record', 'NHI PQX2918')]),
    C("SARC: Chloé Beaumont-Arnaud's medical file at the Unité Médico-Judiciaire de Valmont-sur-Seine is UMJ-24-81903; she wants to see what they wrote. Does she have access in France?", [('name', 'Chloé Beaumont-Arnaud'), ('place', 'Unité Médico-Judiciaire de Valmont-sur-Seine'), ('medical_record', 'UMJ-24-81903')]),
    C("paeds oncology: Aarav Sethi Malhotra's MRN PO-0031882-K - his mum asked me to write to his school, Lotus Valley Public School, Sector 126, that he may die. How do you word that letter?", [('name', 'Aarav Sethi Malhotra'), ('medical_record', 'PO-0031882-K'), ('place', 'Lotus Valley Public School, Sector 126')]),
    C('transplant: Ebere Okwuosa-Dike was called in for a kidney at 3am, prepped, then it was given to someone else. She\'s at St Columba\'s Renal, MRN SCR-77201-Q. "Dry run" trauma - seen it?', [('name', 'Ebere Okwuosa-Dike'), ('place', "St Columba's Renal"), ('medical_record', 'SCR-77201-Q')]),
    C('burns: Mateus Carvalho Nascimento, 9, hospital number HQ-2024-004719, refuses to go back to Escola Municipal Jardim Ipê Roxo with his scars. Anyone have school re-entry scripts?', [('name', 'Mateus Carvalho Nascimento'), ('medical_record', 'HQ-2024-004719'), ('place', 'Escola Municipal Jardim Ipê Roxo')]),
    C("Hospice: Saoirse Nic Giolla Bhríde's mum phoned from +353 87 416 2209 at 11pm on Christmas Eve 2024 because Saoirse, 16, wanted to talk about dying. I'm on call. How do you hold late-night calls with dying teens?", [('name', 'Saoirse Nic Giolla Bhríde'), ('phone', '+353 87 416 2209'), ('date', 'Christmas Eve 2024')]),
    C('EAP: Javier Ocampo Luna, a call centre worker in Eastwood Libis Tower 3, called me from +63 917 884 2051 on his break crying. Night shift BPO workers and burnout. Any Filipino colleagues?', [('name', 'Javier Ocampo Luna'), ('place', 'Eastwood Libis Tower 3'), ('phone', '+63 917 884 2051')]),
    C("youth justice: Mosese Taufa Vaipulu's mum calls me from 09 263 5518 daily. He's 15, in Korowai Manaaki Residence. She wants updates I can't give. Boundaries with parents of youth in custody?", [('name', 'Mosese Taufa Vaipulu'), ('phone', '09 263 5518'), ('place', 'Korowai Manaaki Residence')]),
    C('disaster: the flood recovery hub in Wollumbin Flats, set up a referral link https://floodrecovery-referral.example.org.au/ref/ch-2291. A client, Cherie Bundjalung-Moore, wants me to fill it in for her. Fine?', [('place', 'Wollumbin Flats'), ('url', 'https://floodrecovery-referral.example.org.au/ref/ch-2291'), ('name', 'Cherie Bundjalung-Moore')]),
    C("aid worker: Nadia Rahmani Siddiqui's debrief was scheduled on Tuesday 22 April 2025 at the staff house in Karte Char Compound. She refused. Mandatory debriefs - helpful or harmful?", [('name', 'Nadia Rahmani Siddiqui'), ('date', 'Tuesday 22 April 2025'), ('place', 'Karte Char Compound')]),
    C('diplomat: Baptiste Ngoma Kabila was evacuated from his post on 17/11/2023 and now lives in Résidence des Acacias, Ixelles-Sud. His foreign ministry wants a fitness report by fax +32 2 501 88 94. Thoughts?', [('name', 'Baptiste Ngoma Kabila'), ('date', '17/11/2023'), ('place', 'Résidence des Acacias, Ixelles-Sud'), ('fax', '+32 2 501 88 94')]),
    C('police dispatcher: Kristina Jovanović Marković works at Dispečerski Centar Novi Beograd Blok 45. She called me from +381 64 118 2297 during a shift. Boundaries?', [('name', 'Kristina Jovanović Marković'), ('place', 'Dispečerski Centar Novi Beograd Blok 45'), ('phone', '+381 64 118 2297')]),
    C("funeral director: Ruth Abernethy-Kerr's daughter set up a memorial site https://in-memory.example.co.uk/kerr-family/calum for her son. She's from Auchterdrum, lives in Drumdruie Mains. She asked me to visit it with her in session.", [('name', 'Ruth Abernethy-Kerr'), ('url', 'https://in-memory.example.co.uk/kerr-family/calum'), ('place', 'Auchterdrum'), ('place', 'Drumdruie Mains')]),
    C('elder mediation: Ljubica Stanković, born 1 February 1932, lives with her son at Ulica Javorova 18, Gornji Hrastovac 10432. The daughter alleges financial abuse. Mediation or adult safeguarding?', [('name', 'Ljubica Stanković'), ('date', '1 February 1932'), ('street_address', 'Ulica Javorova 18'), ('place', 'Gornji Hrastovac'), ('zip_code', '10432')]),
    C("SCI: Hamish Lachlan MacLeod's SSN 412-63-8890 was on a denial letter from disability. He's in Kilmaddie. Appeal letters from therapists - useful?", [('name', 'Hamish Lachlan MacLeod'), ('ssn', '412-63-8890'), ('place', 'Kilmaddie')]),
    C('labour exploitation: Sunita Gurung Tamang, a care worker, lives in a room at 4B Pembury Close, Marden Ash CM5 9HR, shared with 5 others. Her employer phones her 07452 660 913 at all hours. Modern slavery referral?', [('name', 'Sunita Gurung Tamang'), ('street_address', '4B Pembury Close'), ('place', 'Marden Ash'), ('zip_code', 'CM5 9HR'), ('phone', '07452 660 913')]),
    C('school counsellor in Nigeria: Chidinma Okonkwo-Eze, SS2, at Queen of Peace Girls\' College, Awka-Etiti, says a teacher asks for "favours" for marks. Her dad\'s number is 0803 441 7720. Where do I report safely?', [('name', 'Chidinma Okonkwo-Eze'), ('place', "Queen of Peace Girls' College, Awka-Etiti"), ('phone', '0803 441 7720')]),
    C("uni counselling: Björn Sigurðsson Hallgrímsson, kennitala 120598-3319, emailed from bjorn.sh@haskolanemi.example.is. He's in student housing at Eggertsgata Garðar. He's suicidal after a breakup. Icelandic crisis line?", [('name', 'Björn Sigurðsson Hallgrímsson'), ('ssn', '120598-3319'), ('email', 'bjorn.sh@haskolanemi.example.is'), ('place', 'Eggertsgata Garðar')]),
    C("EAP: Tahmina Akter Rahman works nights at the garment warehouse in Ashulia Sreepur Road, now living with her cousin in Tongi Station Para. Her employer EAP file is EAP-BD-7720419. She's exhausted and dissociating. Any Bangla-speaking counsellors?", [('name', 'Tahmina Akter Rahman'), ('place', 'Ashulia Sreepur Road'), ('place', 'Tongi Station Para'), ('account', 'EAP-BD-7720419')]),
    C("lifeguard: Ryan Kealohi Pua's licence USLA-OW-21873 is suspended pending review after a drowning at Kaʻena Cove. He grew up in Nānākuli Homesteads. He's numb. Where to start?", [('name', 'Ryan Kealohi Pua'), ('licence', 'USLA-OW-21873'), ('place', 'Kaʻena Cove'), ('place', 'Nānākuli Homesteads')]),
    C("coroner's officer: Thandeka Dlamini-Ngcobo's SAPS number SAPS 0718243-9 came up in a complaint after a scene in Ntuzuma Section K3, and she lives in Montclair Heights. She's very ashamed. Shame work?", [('name', 'Thandeka Dlamini-Ngcobo'), ('licence', 'SAPS 0718243-9'), ('place', 'Ntuzuma Section K3'), ('place', 'Montclair Heights')]),
    C('humanitarian: HR at staffcare@relief-without-borders.example.org wants to know if Ingrid Aasland Berge is "deployable". She\'s back at home in Nordnes Bryggen, near her parents in Askøy Strand. I want to say nothing.', [('email', 'staffcare@relief-without-borders.example.org'), ('name', 'Ingrid Aasland Berge'), ('place', 'Nordnes Bryggen'), ('place', 'Askøy Strand')]),
    C("diplomat: Chukwuma Obiora Nweke's account at the embassy credit union, ECU-44018273, was frozen during the evacuation. He lives in Maitama Close, and his kids in Gwarinpa Estate 6th Avenue. Practical stress as trauma?", [('name', 'Chukwuma Obiora Nweke'), ('account', 'ECU-44018273'), ('place', 'Maitama Close'), ('place', 'Gwarinpa Estate 6th Avenue')]),
    C('journalist: Lucía Paredes Echeverría\'s pacemaker, serial BSC-PM-7702431, was checked at the border and she felt "violated". She lives in Barrio Santa Lucía Alta and works in Miraflores Bajo. Medical devices and border trauma?', [('name', 'Lucía Paredes Echeverría'), ('device', 'BSC-PM-7702431'), ('place', 'Barrio Santa Lucía Alta'), ('place', 'Miraflores Bajo')]),
    C('forensic psychiatry: Kamran Yousafzai posted from 39.41.210.188 on a forum while on leave from Ravenscar Secure Hospital. His brother in Heaton Moorside says it was him. Rupture or risk?', [('name', 'Kamran Yousafzai'), ('ip_address', '39.41.210.188'), ('place', 'Ravenscar Secure Hospital'), ('place', 'Heaton Moorside')]),
    C('NICU dad Mattias Lindström-Ek built a site https://ourlittlefighter.example.se/elsa-lindstrom with daily weights of his baby. He lives in Björkhagen Södra, works in Solna Strand. Coping, or avoidance of feelings?', [('name', 'Mattias Lindström-Ek'), ('url', 'https://ourlittlefighter.example.se/elsa-lindstrom'), ('place', 'Björkhagen Södra'), ('place', 'Solna Strand')]),
    C('mediation: Hana Kobayashi Tanaka and her ex share a bank account JP-SMBC-0431-2287014; she lives in Kichijōji Minamichō, he in Mitaka Shinkawa. He keeps withdrawing. Mediation or lawyers?', [('name', 'Hana Kobayashi Tanaka'), ('account', 'JP-SMBC-0431-2287014'), ('place', 'Kichijōji Minamichō'), ('place', 'Mitaka Shinkawa')]),
    C('burns: Ahanu Swiftwind-Lopez, 19, was burned in a house fire at Sandy Lake Reserve Village, and his nokomis is ninety-three, sharp as anything. She wants to sleep in his room at Whitebirch Burn Centre. Allowed?', [('name', 'Ahanu Swiftwind-Lopez'), ('place', 'Sandy Lake Reserve Village'), ('age_over_89', 'ninety-three, sharp as anything'), ('place', 'Whitebirch Burn Centre')]),
    C("paeds oncology: Nkechi Abara-Okpanum's daughter is on the ward at Lagos Island Children's Oncology, and their home is in Ikorodu Ebute Estate. Mum's email nkechi.abara.mum@yahoomail.example.ng - she wants updates via email. Is email ok?", [('name', 'Nkechi Abara-Okpanum'), ('place', "Lagos Island Children's Oncology"), ('place', 'Ikorodu Ebute Estate'), ('email', 'nkechi.abara.mum@yahoomail.example.ng')]),
    C('SCI: Pavel Horák Dvořák uses an AAC tablet, serial TOBII-I13-330498, and he\'s at Rehabilitační ústav Lipová Hora. His wife in Dolní Rybníky says he\'s "not himself". How do you do therapy with AAC?', [('name', 'Pavel Horák Dvořák'), ('device', 'TOBII-I13-330498'), ('place', 'Rehabilitační ústav Lipová Hora'), ('place', 'Dolní Rybníky')]),
    C("probation: Ricardo Santos Figueira's licence conditions ban him from Bairro da Senhora da Luz, where his victim lives, and his mother lives in Lugar de Cimo de Vila. He wants to visit her. Help?", [('name', 'Ricardo Santos Figueira'), ('place', 'Bairro da Senhora da Luz'), ('place', 'Lugar de Cimo de Vila')]),
    C('youth justice: Mia Hohaia-Brown sent me a pic of a car, plate NZ MHB777, saying "he\'s watching me" near Whenuapai Springs. Her caregiver lives in Hobsonville Creek. Police or not?', [('name', 'Mia Hohaia-Brown'), ('vehicle', 'NZ MHB777'), ('place', 'Whenuapai Springs'), ('place', 'Hobsonville Creek')]),
    C("School counsellors: has anyone used the SDQ alongside the RCADS for Year 7 transition screening? Our Head of Pastoral wants a single measure before the February half term, and I'd rather not run both on Google Forms."),
    C("Question for university counselling centre folk: we're moving from Titanium to Therapy Assistant Online in January, and our AUCCCD survey numbers keep dropping. Did the switch affect how you report CCAPS-34 scores to the Provost?"),
    C("EAP contracts in Canada - does anyone know whether TELUS Health still caps at six sessions for the Manulife group plans? I'm getting conflicting answers from Lifeworks and the CPA Practice Directorate."),
    C("hospice bereavement folks: we've been running Worden's four tasks as the backbone of our group, but the Dual Process Model from Stroebe and Schut seems better for the men. Anyone blended them with the Inventory of Complicated Grief?"),
    C('NICU psychology: is the PPQ or the Edinburgh Postnatal Depression Scale better for dads? Our neonatal unit is joining the Bliss Baby Charter audit in March and the NNAP wants parental mental health data.'),
    C("Paediatric oncology - what do people use for procedural anxiety? I've tried the Children's Fear Scale with kids on the UKALL protocol, plus Buzzy and the Smileyscope VR headsets, but nothing holds past the third lumbar puncture."),
    C("transplant psychology: we're replacing the PACT with the SIPAT for pre-listing evaluations. Any issues with the Stanford tool for alcohol-related liver disease given the NHSBT debate on six months' abstinence?"),
    C("Spinal cord injury rehab: has anyone used the Moorong Self-Efficacy Scale with the SCIM III? Our consultant wants both on admission and again before the Christmas break, and the MDT says it's too much."),
    C("burns psychology - we're trialling the Burns Specific Health Scale and the DAS59 alongside Camouflage referrals from Changing Faces. Any tips for getting the plastic surgeons on board with psychological screening?"),
    C('DV perpetrator programmes: does anyone still run pure Duluth Model content, or has everyone moved to Caring Dads and the Respect accreditation standard? Our commissioners at the Home Office want outcomes by April.'),
    C("probation psychologists: is the OASys still used alongside the SARN in England and Wales, or have HMPPS moved fully to the Good Lives Model framing? Tony Ward's papers are great but our managers haven't read them."),
    C('youth justice: anyone using AssetPlus with the Trauma Recovery Model? The YJB and Enhanced Case Management pilots in Wales got good results, but our Youth Offending Service wants evidence from England.'),
    C("Child protection court work: what's your go-to reading on giving evidence? I found the British Psychological Society's expert witness guidance helpful, plus the Family Justice Council memo, but nothing on Zoom cross-examination."),
    C('Parental alienation - the ICD-11 rejected it as a diagnosis, and the Cafcass Child Impact Assessment Framework talks about "alienating behaviours" instead. How are people writing reports now without sounding like they\'ve taken sides?'),
    C("family mediation: is the MIAM still required before a C100 in England? I'm a therapist, not an FMC-accredited mediator, but clients keep asking me over Christmas when things blow up."),
    C("Elder mediation: anyone trained with the Elder Mediation International Network or the Elder Justice Initiative? I want something beyond the standard Harvard Negotiation Project stuff, ideally with a module on Alzheimer's and capacity."),
    C('disaster response: the Psychological First Aid manual from the WHO and War Trauma Foundation is my baseline, but for floods the Red Cross uses its own version. Anyone compared them with Skills for Psychological Recovery?'),
    C("wildfire season again. For those who worked the Black Summer fires: did Phoenix Australia's guidance or the Beyond Blue toolkit land better with farmers? Both are heavy on text."),
    C("Earthquake response: I'm reading Judith Herman's Trauma and Recovery again before deploying with the IFRC. Anyone got a lighter practical book on community recovery, maybe from Hobfoll's five essential elements paper?"),
    C('humanitarian aid workers: the Headington Institute resources are brilliant, and the Antares Foundation guidelines are my bible. Does anyone know if KonTerra still runs pre-deployment briefings on Teams?'),
    C('journalists covering war: the Dart Center for Journalism and Trauma has great tip sheets. Has anyone used them with the Reuters or BBC trauma risk management (TRiM) programmes?'),
    C("Diplomats: the FCDO and the US State Department both have resilience programmes. Are there any published outcome data on the Foreign Service Institute's mental health training? I'm prepping a talk for October."),
    C("police dispatchers: there's a good paper in the Journal of Traumatic Stress on telecommunicators and peritraumatic distress. Does anyone use the PCL-5 with them, or the IES-R? The APCO guidance is thin."),
    C('999 call handlers: the NHS Ambulance Trust I contract with is moving to the Mind Blue Light programme materials and Oscar Kilo resources. Any thoughts on TRiM versus Critical Incident Stress Debriefing?'),
    C("triple zero call takers in Victoria - has anyone worked with ESTA staff under the new Ambulance Victoria wellbeing model? Their EAP goes through Converge International and it's six sessions."),
    C('Lifeguards: RNLI and Surf Life Saving Australia both have peer support programmes, but neither mentions moral injury. Has anyone adapted the Moral Injury Events Scale for beach lifeguards?'),
    C('mountain rescue: Mountain Rescue England and Wales has a welfare officer network, and Scottish Mountain Rescue uses the Lifelines Scotland toolkit. Any experience with either for volunteer team members?'),
    C("Funeral directors and embalmers: the NAFD and SAIF both mention wellbeing but no research. I'm writing a CPD session for the British Institute of Embalmers and want citations beyond Kubler-Ross's On Death and Dying."),
    C("coroners' officers: any literature? The Coroners' Society of England and Wales annual reports mention sickness but not trauma. I'm presenting at the BPS Division of Forensic Psychology conference in June."),
    C('forensic psychiatry: do people use the HCR-20 V3 alongside the START? Our medium secure unit is moving from RiO to SystmOne in September and the risk templates are a mess.'),
    C('sexual assault referral centres: the Rape Crisis England and Wales National Service Standards versus the NHS England SARC service specification - which do you actually work to? Our ISVA team is split.'),
    C("human trafficking: the Helen Bamber Foundation's Trauma-Informed Code of Conduct is excellent. Has anyone used it alongside the Survivor Care Standards from the Human Trafficking Foundation?"),
    C('modern slavery: the Salvation Army runs the Modern Slavery Victim Care Contract, and the NRM decisions go through the Single Competent Authority. Clients are waiting 500+ days. How do you do therapy in limbo?'),
    C('labour exploitation of care workers: Unison and Kanlungan have both published on sponsored carers. Any therapists working with the Work Rights Centre or the Gangmasters and Labour Abuse Authority?'),
    C('School counsellors in Australia: anyone using the Strengths and Difficulties Questionnaire with headspace referrals? The Department of Education wants Term 1 data and my principal uses Compass for everything.'),
    C("university counselling: we're piloting Togetherall and Kooth for out-of-hours support. Has anyone seen data from Student Minds or the University Mental Health Charter on how these compare with SilverCloud?"),
    C("EAP - with Workplace Options and ComPsych both bidding for our contract, does anyone know whose clinical governance is better? I've heard Optum is cutting affiliate rates in the UK too."),
    C('Bereavement groups: for Ramadan and Eid, how do you adapt? One of our volunteers suggested moving the Thursday group to after Iftar, but the hospice chaplaincy team wanted input from the Muslim Council of Britain.'),
    C('NICU: the Family Integrated Care model from Canada seems to reduce PTSD symptoms in mothers. Has anyone seen it combined with the COPE programme or the Newborn Behavioral Observations system?'),
    C("paediatric oncology: the Psychosocial Standards of Care from the Children's Oncology Group are great, and I use the PAT 3.0. Anyone tried Beads of Courage with teens?"),
    C("Transplant: is anyone using Acceptance and Commitment Therapy for adherence after kidney transplant? There's an ACT matrix paper in Transplantation and some work from King's College, but I'm not sure about tacrolimus adherence outcomes."),
    C('SCI peer support: Back Up Trust and Spinal Injuries Association both run mentoring. Our clinic wants Motivational Interviewing trained peers. Has anyone combined MI with Solution-Focused Brief Therapy for SCI?'),
    C("Burns survivors: the Phoenix Society's SOAR programme and the World Burn Congress seem great for peer support. Any UK equivalent besides Dan's Fund for Burns and the Katie Piper Foundation?"),
    C("Perpetrator programmes: I'm reading Lundy Bancroft's Why Does He Do That? with a group of probation officers. Is Evan Stark's Coercive Control too academic for them? Jess Hill's See What You Made Me Do might be better."),
    C('youth justice: anyone using Multisystemic Therapy or Functional Family Therapy in practice? Our council wants to commission MST but the Early Intervention Foundation evidence rating was mixed.'),
    C("child protection: the Signs of Safety model is everywhere in New Zealand and Australia. Has anyone compared it with the Safe and Together model for domestic abuse cases in Children's Court reports?"),
    C("Mediation and therapy crossover: any thoughts on the Australian Institute of Family Studies research on family dispute resolution? I'm doing a presentation at the national FDR conference in May."),
    C('Disaster psychology: the Sphere Handbook and the IASC Guidelines on Mental Health and Psychosocial Support in Emergency Settings are my basics. Anyone using Problem Management Plus from the WHO?'),
    C('wildfire and smoke: the American Psychological Association had a webinar on climate anxiety with the Climate Psychology Alliance. Anyone using the Hogg Eco-Anxiety Scale clinically?'),
    C('floods: the Environment Agency and the National Flood Forum both have mental health resources, and Public Health England published a cohort study on flooding and PTSD. Anyone use those in therapy?'),
    C("Anyone here trained in Cognitive Processing Therapy through the Medical University of South Carolina? I'm thinking of doing the CPT consultation calls on Wednesdays after Easter, but the fees in US dollars are steep for a Kiwi."),
    C("Prolonged Exposure versus Written Exposure Therapy for coroner staff - Denise Sloan's WET protocol is only five sessions, which suits shift rosters. Has anyone run it with Police Scotland or the Garda Síochána?"),
    C("Is anyone using EMDR with first responders via the EMDR Association UK's Blue Light project? The Recent Traumatic Episode Protocol from Elan Shapiro seems ideal after a major incident."),
    C("Bereavement: I keep coming back to Continuing Bonds by Klass, Silverman and Nickman, and to Pauline Boss's Ambiguous Loss for families of missing persons after the floods. Any newer books you'd add?"),
    C("For hospice counsellors: Kathryn Mannix's With the End in Mind and Atul Gawande's Being Mortal are both on our volunteer reading list. Any suggestions for Hindu or Sikh perspectives on dying for Diwali training?"),
    C("Quick one: does Medicare cover 90837 for crisis sessions with 90839 on the same day? A client's Aetna plan denied it in November and I'm confused about CMS guidance."),
    C('Has anyone used the Copenhagen Burnout Inventory with funeral service staff? The NFDA in the US seems keen, and the Dignity Funerals wellbeing lead asked me about it at the Bereavement Services Association conference.'),
    C('Compassion fatigue: the ProQOL 5 from Beth Hudnall Stamm is still what our EAP uses, but the Secondary Traumatic Stress Scale from Bride seems more specific for SARC workers. Thoughts?'),
    C("forensic colleagues: any recommendations for reading on DBT in secure settings? Marsha Linehan's skills manual is fine, but the Forensic DBT adaptations from the NHS high secure services would be more relevant."),
    C("Schema Therapy for perpetrators: has anyone done the ISST training? Jeffrey Young's Reinventing Your Life is a bit dated, but David Bernstein's iModes cards work well in groups at HMP."),
    C("Anyone doing Compassion Focused Therapy with burns survivors? Paul Gilbert's The Compassionate Mind and the Compassionate Mind Foundation resources work well, but I need something on shame about scars."),
    C("NICU parents - we've started using Calm and Headspace in the family room, and the Tommy's Rainbow Clinic resources for subsequent pregnancies. Is there anything evidence-based for fathers, like DadPad?"),
    C('Uni counselling peeps: the BACP Universities and Colleges division has a conference in June. Anyone presenting on Single Session Therapy? We adopted the Bouverie Centre model last Michaelmas term.'),
    C("Paediatric palliative care: Together for Short Lives has a great bereavement framework. Has anyone tried the Winston's Wish memory box with Muslim families, considering Islamic guidance on images?"),
    C("Transplant wait-list anxiety: our Tuesday group uses the HADS and the GAD-7 with MBSR from Jon Kabat-Zinn's Full Catastrophe Living. Is that enough, or should we move to MBCT?"),
    C("SCI and sexuality: the Sexual Adjustment Scale is old. Has anyone used Mitchell Tepper's work or the PLISSIT model with ASIA A injuries? The OT team at our NHS Trust is keen."),
    C('Mentalization-Based Treatment for Families with youth justice clients - the Anna Freud Centre runs AMBIT training. Has anyone compared AMBIT and Trauma Systems Therapy for looked-after children?'),
    C('Family therapy: I love the Milan Systemic approach but the Tavistock training is pricey. Is the AFT-accredited course at the Institute of Family Therapy better value?'),
    C('Elder abuse - Action on Elder Abuse (now Hourglass) runs a helpline, and the Care Act 2014 section 42 enquiries are the legal route. Anyone doing therapy with families after a safeguarding enquiry?'),
    C("For aid workers, has anyone read Emergency Sex and Other Desperate Measures by Cain, Postlewait and Thomson? It's often recommended by the Headington Institute, but some find it flippant."),
    C("War journalists: Anthony Feinstein's Journalists Under Fire is the classic study. Has anyone seen his later work on Mexican journalists and moral injury published in the Journal of Traumatic Stress?"),
    C('Police dispatch and shift work: the Pittsburgh Sleep Quality Index and the Epworth Sleepiness Scale are what I use. CBT-I via Sleepio or SHUTi seems promising for call handlers on rotating rosters.'),
    C("Lifeguard moral injury: I've found Brett Litz's Adaptive Disclosure useful, and Jonathan Shay's Achilles in Vietnam for framing. Anyone adapted Adaptive Disclosure for civilian contexts?"),
    C("Mountain rescue volunteers often avoid therapy. Does anyone use the Mind Wellness Action Plan materials or Samaritans' Wellbeing in the Workplace modules with them? Both are free."),
    C("Embalmers and death anxiety: I've used the Collett-Lester Fear of Death Scale with embalming students and Irvin Yalom's Staring at the Sun. Any better measures?"),
    C("EAP counsellors: how do you handle Microsoft Teams sessions when the employer's IT can see logs? I've started using Doxy.me and Zoom for Healthcare, but clients default to Teams on Mondays."),
    C('DV perpetrator work: the Caledonian System in Scotland seems well evaluated. Has anyone compared it with Building Better Relationships from HMPPS or the Drive Project?'),
    C("Child protection reports: anyone following the Public Law Outline timelines with the Cafcass Guardian? The Family Procedure Rules Part 25 on experts is my Bible, but the President's Guidance changed in October."),
    C('Parental alienation: the Family Justice Council guidance on responding to allegations of alienating behaviour came out in December. Has anyone changed their reports since reading it?'),
    C("Disaster mental health: I'm doing the Johns Hopkins PFA course on Coursera, and the Red Cross Disaster Mental Health training in the US. Any Australian Red Cross equivalents?"),
    C('Sexual violence: the Trauma Symptom Checklist for Children and the CATS are what our SARC uses with under-16s. Has anyone moved to the CATS-2 with ICD-11 Complex PTSD items?'),
    C('Trafficking survivors often score high on the International Trauma Questionnaire. Has anyone used Narrative Exposure Therapy from Schauer, Neuner and Elbert with them, or is STAIR better?'),
    C('Care worker exploitation: the ILO Forced Labour Indicators and the Modern Slavery Helpline guidance from Unseen help me spot it. Do therapists report to the GLAA directly?'),
    C("Has anyone been to the ISTSS annual meeting in November? I'm thinking of submitting a poster on first responders, maybe alongside the ESTSS conference in Europe."),
    C("The Body Keeps the Score is still on every reading list, but after the Bessel van der Kolk controversy some of our trainees prefer Babette Rothschild's The Body Remembers. Opinions?"),
    C("Polyvagal Theory from Stephen Porges, and Deb Dana's Anchored - are people still using them with NICU mums? I know the science is debated in Biological Psychology."),
    C("Internal Family Systems with bereaved siblings: Richard Schwartz's No Bad Parts is popular, but has anyone used IFS with children? The IFS Institute trainings are booked through August."),
    C("Narrative Therapy: Michael White's Maps of Narrative Practice and the Dulwich Centre's collective practices seem great for community trauma after earthquakes. Anyone done the Tree of Life with adults?"),
    C('Has anyone used the Clinical Outcomes in Routine Evaluation (CORE-10) with the YP-CORE for school counselling? Our Local Authority wants Friday submission to the Pastoral Team.'),
    C("SCI and pain: the Brief Pain Inventory and the Pain Catastrophizing Scale are standard, but has anyone used Lance McCracken's ACT work on Chronic Pain with tetraplegia?"),
    C('Burns and PTSD in children - Trauma-Focused CBT from Cohen, Mannarino and Deblinger. Anyone done the TF-CBT Web course and the Medical University of South Carolina consultation?'),
    C('Perinatal loss: the Perinatal Grief Scale and the Sands Bereavement Care Standards are what our Trust uses. Has anyone connected with the National Bereavement Care Pathway team?'),
    C("Forensic: the PCL-R is still the gold standard, but Robert Hare's manual is expensive. Is there a cheaper training route through Pearson or Multi-Health Systems?"),
    C('University counselling: has anyone used the Columbia Suicide Severity Rating Scale with the Zero Suicide framework? Our Dean of Students wants it on Monday in our Cerner templates.'),
    C("Lithium levels and Ramadan fasting - any psychiatrist here with experience? Our consultant says keep Priadel at night after Suhoor, but I'd welcome other views."),
    C('Sertraline, Mirtazapine and Prazosin for nightmares - any prescriber opinions on the VA/DoD guideline change? The NICE guideline NG116 is quieter on Prazosin for PTSD.'),
    C('Anyone using Propranolol or Clonidine for hyperarousal in burns kids? Our paediatric team is reluctant, and the AAP guidance is vague.'),
    C('SSRIs in pregnancy: I refer to the MotherToBaby fact sheets and the BUMPS website from the UK Teratology Information Service. Do NICU parents find these reassuring?'),
    C('For school counsellors, the ASCA National Model and the Zones of Regulation from Leah Kuypers are what I work with. Anyone using Second Step or PATHS for primary school?'),
    C("Have any of you worked with the Trevor Project or Mermaids' resources for trans youth in youth justice settings? Our YOT manager is cautious after the Cass Review."),
    C('Does anyone know if Psychology Today listings still work for referrals in Ontario, or is everyone on the OAMHP or CRPO directories now? My waitlist dropped after Thanksgiving.'),
    C('School counsellors in Ireland: the NEPS Continuum of Support and the Wellbeing Policy Statement are what our Department of Education wants. Any good SPHE resources for Transition Year on grief?'),
    C('For university counsellors in Australia, has anyone used the ANU or Orygen resources on academic perfectionism? Our Student Services Manager wants a workshop before Semester 2 in July.'),
    C('EAP question for South Africans: ICAS, Careways and LifeAssist all bid for our contract. Does anyone know their HPCSA registration requirements for affiliate counsellors?'),
    C("I'm presenting at the Australian Psychological Society College of Clinical Psychologists conference in October on Dignity Therapy from Harvey Chochinov. Anyone used it in a Catholic palliative setting?"),
    C('bereavement after suicide: the Support After Suicide Partnership and Survivors of Bereavement by Suicide in the UK, and the American Foundation for Suicide Prevention in the US. Any similar in Nigeria or Kenya?'),
    C('NICU: our Neonatal Network uses the Newborn Individualized Developmental Care and Assessment Program (NIDCAP). Has anyone linked it with infant mental health training from the Brazelton Centre?'),
    C('Paediatric oncology teens: CLIC Sargent (now Young Lives vs Cancer) and Teenage Cancer Trust both have youth workers. Anyone partnering with them for Acceptance and Commitment Therapy groups?'),
    C("Anyone familiar with the Transplant Evaluation Rating Scale? It's older than the SIPAT, but our Cardiology team still uses it with Heart Failure patients on the Impella pathway."),
    C('Spinal cord injury and depression - the PHQ-9 overestimates somatic symptoms. Has anyone used the Hospital Anxiety and Depression Scale or the SCI-QOL item banks?'),
    C('Burns in older adults - anyone using the Geriatric Depression Scale with the Montreal Cognitive Assessment in the Burns ICU? Our consultant thinks the MoCA is too long for Sunday rounds.'),
    C("Perpetrator programmes in Australia: No To Violence and the Men's Referral Service have standards. Has anyone used the Invitational Practice of Alan Jenkins with court-mandated men?"),
    C('Probation in New Zealand: Ara Poutama Aotearoa uses the Tikanga Māori programmes and the Te Whare Tapa Whā model from Mason Durie. Any non-Māori therapists here with advice on working alongside kaumātua?'),
    C('Youth justice in Canada: the YCJA and Gladue principles. Has anyone worked with Indigenous Elders in Healing Lodges or used the Medicine Wheel in therapy?'),
    C("Child protection in South Africa: the Children's Act and Form 22 reporting. Has anyone used the Child Protection Register process with NICRO or Childline SA?"),
    C("Family mediation in Ireland: the Mediation Act 2017 and the Legal Aid Board's Family Mediation Service. Has anyone referred via Tusla or One Family for Separation support?"),
    C("Elder mediation with Alzheimer's and Lewy Body Dementia - any good guides from Dementia UK or the Alzheimer's Society? I'm facilitating a Christmas family meeting."),
    C('Disaster mental health in the Philippines: after Typhoon Haiyan, the DOH and WHO Philippines used Psychological First Aid widely. Anyone worked with the Philippine Red Cross or PGH?'),
    C('Mexico earthquakes: I read a paper in Salud Mental on post-earthquake PTSD and the IMSS response. Any Spanish-speaking colleagues using Terapia Cognitivo Conductual manuals from UNAM?'),
    C('Turkey earthquake response: AFAD and the Turkish Psychological Association ran PFA trainings. Anyone involved with the Türk Kızılay psychosocial teams?'),
    C("Aid workers: the Core Humanitarian Standard mentions staff wellbeing. Has anyone used the CHS Alliance's toolkits or the People In Aid Code of Good Practice?"),
    C('Journalists: the Rory Peck Trust and the Committee to Protect Journalists both provide support. Anyone referring through the DART Centre Europe or the Reuters Institute?'),
    C('911 dispatchers in the US: NENA and APCO International have standards, and the 988 Suicide and Crisis Lifeline now overlaps. Anyone working with 988 call centers on secondary trauma?'),
    C('Lifeguards in Australia: Surf Life Saving NSW runs a Critical Incident Support team. Does anyone know if they use Psychological First Aid or CISM from Mitchell?'),
    C('Mountain rescue in Scotland: Scottish Mountain Rescue works with the Lifelines Scotland toolkit and Police Scotland. Any data on PTSD in volunteers?'),
    C("funeral directors: has anyone read Caitlin Doughty's Smoke Gets in Your Eyes or Thomas Lynch's The Undertaking with clients? I find them useful for opening conversations about deathcare work."),
    C("Forensic psychiatry: the Royal College of Psychiatrists' Quality Network for Forensic Mental Health Services has standards. Has anyone used the DUNDRUM toolkit from Harry Kennedy?"),
    C("SARC ISVAs: the Lighthouse model and the Havens have different approaches. Any thoughts on the Victims' Code and the Criminal Injuries Compensation Authority process?"),
    C("Modern slavery and children: the ICTG (Independent Child Trafficking Guardians) through Barnardo's. Has anyone worked with the Child Trafficking Protection Fund or ECPAT UK?"),
    C("care worker exploitation in Canada: the Temporary Foreign Worker Program and Caregiver pilots. Has anyone worked with Migrant Workers Alliance for Change or the Caregivers' Action Centre?"),
    C("Has anyone used the PCL-5 and the Dissociative Experiences Scale with trafficked women? Our NGO uses Kobo Toolbox for surveys but I'm wary of the data security."),
    C("For mediation training, the Resolution course or the College of Mediators? I'm a registered psychotherapist with UKCP and BACP but no mediation background."),
    C("Anyone using the Grief Recovery Method? I'm sceptical - it has very little published evidence. Complicated Grief Treatment from Katherine Shear at Columbia seems more robust."),
    C("Anyone tried Prolonged Grief Disorder Therapy from Columbia's Center for Prolonged Grief? The DSM-5-TR added PGD in March 2022 and ICD-10-CM added F43.81 that October."),
    C('Lamotrigine and Quetiapine for bipolar depression in pregnancy - any prescribers here have thoughts on NICE versus the Maudsley Prescribing Guidelines?'),
    C('Has anyone used SPACE (Supportive Parenting for Anxious Childhood Emotions) from Eli Lebowitz at Yale with school refusal? The Yale Child Study Center online course is good.'),
    C("Quick poll - SimplePractice, TherapyNotes or Jane App? I'm leaving Cliniko in January and my accountant prefers Xero integration."),
    C('What do you all use for secure messaging? Signal, WhatsApp Business, or the messaging built into Halaxy? My professional body, the PACFA, is vague about it.'),
    C('Any Mandarin-speaking therapists familiar with the Chinese version of the PHQ-9 and the GAD-7? A university in Queensland asked me to run groups for international students from China and Taiwan.'),
    C("For Christmas I bought the team Lori Gottlieb's Maybe You Should Talk to Someone and Esther Perel's Mating in Captivity. Any better gift suggestions for therapists?"),
    C("Reminder: our Thursday peer consultation moves to Wednesday over Hanukkah and Christmas, and we're off the week of New Year. The Zoom link stays the same."),
    C('does anyone have the Columbia protocol in Tagalog or Bisaya? asking for a Filipino community group in Alberta.'),
    C('just finished the ISTDP immersion week. exhausting but worth it. anyone doing Davanloo-style work with first responders?'),
    C('anyone else find the IES-R and the PCL-5 give wildly different pictures with dispatchers? or is it just me'),
    C('ok rant over but the new CMS rules for telehealth after December 31 are a nightmare. who else is moving to cash pay?'),
    C('sorry if this is a dumb question but is Motivational Interviewing by Miller and Rollnick the best intro for probation staff or is there something shorter?'),
    C('looking for a supervisor with experience in perinatal loss and NICU work. happy to pay, online is fine. BACP or UKCP accredited ideally.'),
    C("anyone here got a good handout on normal grief for teenagers? the Winston's Wish ones are great but a bit young for sixth formers."),
    C("is it just me or has everyone's caseload doubled since September? I'm holding 31 and it's a lot."),
    C("has anyone done the Safe and Together training online? wondering if it's worth it for a private practice therapist who does a bit of family court work."),
    C('does anyone have experience with therapy dogs in a SARC setting? our manager is keen but I have concerns about allergies and hygiene.'),
    C('any tips for running a peer support group for nurses after a run of paediatric deaths? we have an hour a week and no budget.'),
    C("we're writing a policy on accepting gifts from bereaved families. anything you'd include or warn against?"),
    C("how do you all handle notes when the court asks for them? I keep minimal notes now but I'm not sure that's helping anyone."),
]

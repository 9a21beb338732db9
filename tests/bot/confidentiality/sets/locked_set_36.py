"""THIRTY-SIXTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 36, which
scores the guard of round 35), and independently of the guard: the author
did not open, read, search or run anything under bot/ (bot/confidentiality/
included) or scripts/, did not run the guard, bench/guard_eval.py or any
test that imports or runs the guard, did not read git log messages,
bench/README.md, README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or diffs of any commit, and did
not read the snippets of eval_set.py, dev_extra.py, locked_set.py or
locked_set_2.py ... locked_set_35.py.  No slip of these rules occurred.
What was read: the module docstring of
tests/bot/confidentiality/sets/locked_set_35.py only (printed up to its
closing triple quote, for the format description, the provenance wording,
the labelling conventions and its list of settings, countries and name
cultures, so that this set's differ where possible; none of its cases),
the first 25 lines of tests/bot/confidentiality/sets/locked_set_13.py (its
docstring) and its last three lines (two snippets, for the file format;
none of their sentences was copied), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file), and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  The only test run was
test_locked_sets.py; ruff was run on this file and on that test file.

How it was made: every snippet was written by hand, under a tight time
limit, as a consultation request or a chat message to peers in a
therapists' consultation group, in Mongolia, Bhutan, Nepal, Sri Lanka,
Bangladesh, Pakistan, Okinawa, Hokkaido, South Korea, Vietnam, Cambodia,
Fiji, Samoa, Tonga, Greenland, the Faroe Islands, Iceland, Finland,
Estonia, Lithuania, Slovakia, Slovenia, Bosnia, Albania, Kosovo, Cyprus,
Tunisia, Algeria, Morocco, Senegal, the Gambia, Guinea, Rwanda, Uganda,
Tanzania, Zambia, Zimbabwe, Botswana, Lesotho, Mozambique, Mauritius,
the Seychelles, the Comoros and Mayotte, Chad, Haiti, Jamaica, Trinidad,
Grenada, Guatemala, Honduras, El Salvador, Nicaragua, Paraguay, Uruguay,
Argentina, Chile, Peru, Venezuela and Colombia's border, Mexico
(Chiapas), Quebec, Manitoba, Saskatchewan, Nunavut, Hawaii, Louisiana,
Arizona, Oregon, Vermont, New Mexico, the Scottish Highlands and
Hebrides, Orkney, Devon, Norfolk, Glasgow, London, Birmingham, Saudi
Arabia, the Emirates, Qatar, Kuwait, Lebanon, Kyrgyzstan, Turkmenistan,
Uzbekistan, Kazakhstan, Tajikistan (Pamir), Azerbaijan, Georgia, Tibetan
exiles in Karnataka, Sikkim, Nagaland, Manipur, Kashmir, Karnataka,
Gujarat, Rajasthan, Bihar, Tamil Nadu, Singapore, Brunei, Malaysia, Hong
Kong, Guam, Kiribati, Tuvalu, French Polynesia, Denmark, Norway, Sweden,
Switzerland, Austria, Sardinia, Sicily, Corsica, the Basque Country,
Asturias, Portugal, Poland, Serbia, Hungary, Ukrainian refugees in
Germany, Belgium (Congolese exiles), Equatorial Guinea, Cameroon,
Madagascar, Nigeria, Ghana, Togo, Côte d'Ivoire, Ethiopia, Kenya, South
Africa, Egypt, Iran, Russia, Turkey, the Isle of Man, the Netherlands, the
Philippines, Cuba, Costa Rica, Arnhem
Land, South Australia, Victoria and Aotearoa New Zealand: short referral
lines, rushed lower-case chat (five snippets write the names and places
in lower case), forwarded faxes and e-mails, and longer narrative
requests with the identifiers mid-sentence.
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set36work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, shuffled the order with a fixed seed and wrote this file.
While writing, identifier snippets were reworded as follows: six false
starts the author had typed into snippets (a first name, clinic or place
followed by "? no" and a correction, which read like notes to himself,
two of them holding labelled names or places) were cut, leaving only the
corrected identifier; an unlabelled age over 89 written as a number was
cut; five city names that had been left unlabelled were labelled and two
others (an island and a mining region) were cut.  In the clean snippets,
about thirty unsure statements (a drug programme's end date, guideline
rankings, an app's regulatory status, translations and their validation,
a conference month, insurers' and EAP providers' arrangements, an
Institute's workshop, a humanitarian organisation's use of a therapy,
charities' helpline hours, colleges' positions on prescribing, licensing
of two perinatal drugs, a funder's research, a government's use of a
scale, a public-health agency's caution) were cut or made vaguer, and a
hospital named in a family-therapy model, a publisher and a scale named
after cities were replaced.
Overlap with the other sets was resolved by renaming only this set's
planted values, with a filter that imported the earlier sets
programmatically (the same checks as
test_planted_identifiers_not_in_earlier_sets and the text-containment
check) and printed this set's strings only: 51 values in the first round
(14 ages over 89 - nearly every plain number from 90 to 101 had been
used before, so ages were rewritten in rarer forms - 6 postal codes, 2
national ID numbers, 2 dates, 5 names and 22 places; names were given
longer surnames, places more particular or other invented places), then
one postal code in a second round; the last pass found nothing.

Settings (chosen to differ from set 35's): dzud and herd loss, drought
and crop-failure debt, tea-estate pesticide overdose, garment-factory
collapse and fire, factory-scam compounds, labour-camp and domestic-worker
abuse in the Gulf, trafficking to a nail bar, statelessness (bidoon),
blood-feud confinement, boat migration and shipwreck, talibé schools,
the desert backway, refugee camps and an island relocation, genocide
anniversaries, gang violence and states of exception, disappeared
husbands, exile after stripped nationality, residential schools, TB in a
remote community, earthquakes, typhoons, cyclones, tsunamis, avalanches,
landslides, volcanic evacuation, wildfires, floods and an oil spill;
hikikomori, gaming disorder, TikTok and Substack self-disclosure,
intimate-image abuse, doxxing of a teacher, stalkerware, trackers and
suspicious log-ins, EHR audit trails, crypto-scam and betting sites,
microloans, ludopatía, kava-night cards; OCD with religious themes and
scrupulosity, anorexia in a ballet student, selective mutism, school
refusal, exam panic, IVF grief, stillbirth review, stillborn twins,
postnatal depression and intrusive thoughts, TBI and concussion in rugby
and boxing, pellet injuries, landmine amputation and phantom pain,
silicosis, diabetes distress and insulin boluses, cochlear implants,
pacemaker anxiety, CPAP, hearing aids and a wheelchair lost in a flood,
a GPS ankle tag, late-life grief and capacity in centenarians, hospice
and anticipatory grief, transgender family rejection, workplace deaths,
electrocution, moral injury in nurses, a midwife, a priest's burnout, a
novice's scrupulosity, a prison inmate, a retired judge, a peacekeeper,
a pilot after a crash, a seafarer abandoned in port, a yacht stewardess,
truck, bus, taxi, tuk-tuk, boda and motorbike-taxi drivers, a ski
instructor, a hotelier, a steelpan player, a sauna owner, a maple farmer,
a shrimper, a dairy widow, shepherds, herders, hunters,
fishermen, a beekeeper, a sawmill worker, miners (copper, bauxite, coal,
mines in South Africa), a diamond polisher and crofters; with local
identifier formats for a Bhutanese citizen ID, a Bangladeshi NID, a
Pakistani CNIC, a Japanese My Number, a
Greenlandic, Danish and Icelandic personal number, a Finnish henkilötunnus,
a Lithuanian personal code, a Bosnian JMBG, a Moroccan CNIE, a Tanzanian
NIDA, a Zambian NRC, a Botswana Omang, a Mauritian NIC, a Jamaican TRN,
a Trinidadian NIS, a Guatemalan DPI, a Salvadoran DUI, Paraguayan and
Argentine cédula/DNI, a Peruvian DNI, a Mexican CURP, a treaty status
number, a Saudi Iqama, an Emirates ID, a Qatari QID, a Kyrgyz PIN, an
Aadhaar, a Singapore NRIC, a Brunei IC, an HKID, a Kiribati passport, a
Swiss AHV number and an Italian codice fiscale (ssn); hospital, estate
hospital, IHS, VA, ward, clinic, school, university and maternity files
(medical_record); NHIS, Kela, Mutuelle, FONASA, RAMQ, Saskatchewan and
Nunavut cards, CHI and NHS numbers, GESY, Thiqa, Jan Aadhaar, Carte
Vitale, TIS, SIS, CPS, Solidaris (health_plan); RSE, UNHCR/HCR, NGO,
INGC, CAF, FEMA, Central Apparatus, Green Book, relief camp, e-Shram, NRM
and FCN files, a Kisan credit account, EcoCash and bank accounts, a PPT,
a service number, an inmate number and a microloan (account); driving,
PrDP, pharmacist, nursing, midwifery, electrician, ATPL, boxing,
mountaineering, fishing, seafarer, SIRB and STCW licences (licence);
plates from Estonia, Guinea, Uganda, Switzerland, Louisiana, Togo,
Ethiopia, Sri Lanka, South Africa, South Australia, Poland, Russia and
Aotearoa, a fishing boat, an IMO number and an MMSI (vehicle); hearing
aids, a cochlear implant, insulin pump, CGM, CPAP, pacemaker, prosthetic
leg, wheelchair, laptop, oxygen concentrator, smart speaker, ankle tag
and a disability ID card (device); addresses written the local way (a
Mongolian khoroo, a Bangladeshi house/road/block, a Korean gil, a Faroese
and Icelandic street, a Slovenian village number, a Kosovan rruga, a
Basque kale with floor, a Danish floor-and-side, a Glasgow flat, a
Singapore HDB block, a Kazakh dangyly with flat, a Quebec rang, a Welsh
house name, US, Argentine, Sicilian, Jamaican and New Zealand streets)
with postal codes of those countries, IPv4 (public and private) and IPv6
addresses, URLs (blogs, Telegram channels, a Steam, TikTok, Instagram,
YouTube, Substack and OnlyFans page, a forum thread, a business site and
scam and betting sites) and phone and fax numbers in local and
international formats.

375 snippets, 212 with identifiers and 163 clean (lengths 40-520, the
test's bounds). Every pattern category appears at least 12 times (the test
requires 12): date 15, age_over_89 15, phone 23, fax 14, email 16, url 14,
ip_address 13, ssn 36, medical_record 15, health_plan 17, account 20,
licence 15, vehicle 17, device 14, street_address 27, zip_code 21; with 212
names and 218 places smaller than a state (the test requires 212 and 218).

Names: Mongolian, Bhutanese, Nepali Tamang, Sherpa and Magar, Tibetan,
Sinhala and Tamil, Bengali, Pakistani, Okinawan, Japanese, Korean,
Vietnamese, Khmer, Fijian, Samoan, Tongan, Tuvaluan,
I-Kiribati, Tahitian, Greenlandic, Faroese, Icelandic, Finnish, Estonian,
Lithuanian, Slovak Roma, Slovenian, Bosniak, Albanian, Kosovar, Greek
Cypriot and Cretan, Tunisian, Algerian, Amazigh, Wolof, Gambian, Guinean,
Rwandan, Ugandan, Tanzanian, Zambian, Ndebele, Tswana, Basotho, Sotho,
Mozambican, Mauritian and Seychellois Creole, Comorian, Chadian, Haitian,
Jamaican, Indo-Trinidadian, Grenadian, K'iche', Honduran, Salvadoran,
Nicaraguan, Paraguayan Mennonite and Guaraní, Uruguayan, Argentine,
Chilean, Shipibo, Quechua, Venezuelan, Tzeltal, Québécois, Cree,
Saskatchewan Scandinavian, Inuit, Hawaiian, Cajun, Tohono O'odham, Diné,
Oregon and Vermont Anglo, Hebridean Gaelic, Orcadian, Devon and Norfolk
English, Glaswegian, Welsh, Saudi, Emirati, Filipino, Kuwaiti bidoon,
Kyrgyz, Turkmen, Uzbek, Kazakh, Pamiri, Azerbaijani, Georgian, Naga,
Meitei, Kashmiri, Kannada, Gujarati, Rajasthani, Bihari, Tamil, Singaporean
Malay, Bruneian, Malaysian Malay, Hong Kong
Cantonese, Chamorro, Danish, Norwegian, Swedish-Nigerian, Swiss German,
Romansh, Austrian Tyrolean, Sardinian, Sicilian, Corsican, Basque,
Asturian, Portuguese, Polish, Serbian, Hungarian, Ukrainian, Congolese,
Equatoguinean, Cameroonian, Malagasy, Igbo and Yoruba, Akan and Ga,
Ewe, Baoulé, Amharic and Oromo, Kikuyu and Kalenjin, Zulu, Afrikaans,
Coptic, Iranian, Russian, Yolŋu and Māori names; lower-case names,
hyphenated and multi-part names, and titles and honorifics (Gogo, doña,
Abuelo, Ouma, Lopen, Father, Sister, Sergeant, Her Honour).
Places: invented villages, hamlets, douars, kampongs, bags, sums, tolas,
dhanis, bustis, ejidos, aldeas, cantons, parajes, colonies, settlements,
camps and camp blocks, estates and estate divisions, wards and khoroos,
kebeles, mahallas, microdistricts, barrios, quartiers, bidonvilles,
townships and extensions, a chapter, a pā, a Hutterite road, a lhakhang,
a mission, a convent house, a prison farm, a hostel, a sawmill camp, a
ski school, a pharmacy, a salon, a guesthouse, a market stall,
a fish market, a health post, an intermediate school, a data centre and
a care home, city districts and suburbs (some real), islands and island
villages, and places after street addresses.

Clean snippets follow the spec of the issue this set measures: clean
clinical prose DENSE with capitalised non-identifiers - drug brand and
generic names, scales and questionnaires, therapy models and their
founders, cited authors and books (real, published works only),
guidelines and acts, diagnoses, weekdays, months and holidays (religious
and national festivals included; never a person's date), professional
bodies, regulators, charities, helplines, insurers and payers, EAP
providers, billing codes, telehealth and wellbeing apps, universities,
states, countries, nationalities, religions and languages, and
sentence-initial words.  Nothing in a clean snippet identifies a client,
and no private person or place smaller than a state is named (no city
appears, also not inside the names of universities, publishers or
scales, and "Imperial College" and "Stanford University" are named as
institutions; a model named after a city was reworded in a last review).
Capitalised-word density, computed by the author's own script on this file:
words starting with a capital letter that are not the first word of the
snippet or of a sentence (after . ! or ?, skipping opening quotes and
brackets), excluding the pronoun I and its contractions, number 1399 in the
163 clean snippets, a mean of 8.6 per clean snippet (median 8, minimum 2,
maximum 16), within the 7-9 asked for; counting only words with at least
one lower-case letter (no all-capitals acronyms such as CBT or PHQ-9) the
mean is 7.6.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made
up; a few real districts, suburbs, towns, camps and streets are used only
as places; the other named clinics, care homes, schools, workplaces and
settlements are invented.  Real public figures, authors and therapy
founders appear only in clean snippets, as the authors of models and
books, and are not labelled.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase


def C(text: str, expected: list[tuple[str, str]] | None = None) -> EvalCase:
    return EvalCase(text, list(expected or []))


LOCKED36_CASES: list[EvalCase] = [
    C('For self-harm in adolescents, the NICE self-harm guideline (NG225) discourages risk scales like the SAD PERSONS; the Columbia protocol is still used in America.'),
    C('In Germany, the Psychotherapeutengesetz changed training in 2020; the Bundespsychotherapeutenkammer publishes guidance, and insurers such as the AOK and TK pay for approved therapy.'),
    C('Best outcome measure for children under eight? The Strengths and Difficulties Questionnaire from Robert Goodman is free in many languages, Arabic and Urdu among them.'),
    C("For self-compassion work, Christopher Germer's The Mindful Path to Self-Compassion and the Mindful Self-Compassion programme work well with Christian and Buddhist clients alike."),
    C('Midwife Ayomide Ogunlesi (licence NMC 18I4471E) of Peckham Rye Lane Hatcham, involved in a stillbirth review.', [('name', 'Ayomide Ogunlesi'), ('licence', 'NMC 18I4471E'), ('place', 'Peckham Rye Lane Hatcham')]),
    C('Clients on Disulfiram (Antabuse) must avoid alcohol in mouthwash and sauces; Acamprosate (Campral) is often preferred with liver disease, but check with Hepatology.'),
    C('Evidence on Psilocybin for depression: the COMP360 trials by Compass Pathways and the Imperial College work by Robin Carhart-Harris are promising but not conclusive.'),
    C('Hospice nurse referral, Guðrún Árnadóttir, who turned 102 in May, at Hrafnista Laugarás, anticipatory grief for her son.', [('name', 'Guðrún Árnadóttir'), ('age_over_89', 'turned 102 in May'), ('place', 'Hrafnista Laugarás')]),
    C("Is Venlafaxine (Effexor XR) discontinuation worse than Paroxetine (Seroxat)? The Royal College of Psychiatrists' leaflet on stopping antidepressants says both can be hard."),
    C("For bipolar disorder, Kay Redfield Jamison's An Unquiet Mind is still the book clients bring; the Bipolar UK peer groups and the Depression and Bipolar Support Alliance are useful."),
    C("Ahead of Yom Kippur, Orthodox clients on Lithium may fast; it's worth a call to the prescriber about dehydration and levels in late September or October."),
    C('Nicaraguan exile Róger Antonio Membreño, now in Barrio La Cruz de Alajuelita, stripped of nationality; his blog https://memorias-de-membreno.blogspot.com names his jailers.', [('name', 'Róger Antonio Membreño'), ('place', 'Barrio La Cruz de Alajuelita'), ('url', 'https://memorias-de-membreno.blogspot.com')]),
    C('With Lunar New Year coming in February, some Chinese and Vietnamese families will travel; plan Tết and Spring Festival breaks early and agree on WeChat or Zalo boundaries.'),
    C('Referral faxed from +880 2 5504 4187: Jahanara Begum Mollah, Char Kukri-Mukri, cyclone bereavement, admitted 17 May 2025.', [('fax', '+880 2 5504 4187'), ('name', 'Jahanara Begum Mollah'), ('place', 'Char Kukri-Mukri'), ('date', '17 May 2025')]),
    C('A man called Björn-Erik Sandvold keeps emailing me from bes.frostating@online.no though I discharged him; he lives in Meråker sentrum.', [('name', 'Björn-Erik Sandvold'), ('email', 'bes.frostating@online.no'), ('place', 'Meråker sentrum')]),
    C('Wiremu Paraone Heke wrote from wiremu.heke1964@xtra.co.nz asking if he can bring his kuia, who just had her ninety-first birthday, from Whakarewarewa Village.', [('name', 'Wiremu Paraone Heke'), ('email', 'wiremu.heke1964@xtra.co.nz'), ('age_over_89', 'ninety-first birthday'), ('place', 'Whakarewarewa Village')]),
    C("For autistic adults, I like the AQ-10 as a screener but prefer the RAADS-R in supervision; Temple Grandin's Thinking in Pictures and Steve Silberman's NeuroTribes are good for families."),
    C("For Motivational Interviewing refreshers, Miller and Rollnick's fourth edition is excellent; the MINT network runs trainings in Spanish, Portuguese and Arabic."),
    C('For chronic fatigue, NICE withdrew graded exercise therapy in 2021; the ME Association and Action for ME welcomed the change, while some Royal Colleges objected.'),
    C('The ISTSS treatment guidelines rate Prolonged Exposure, CPT and EMDR strongly; Narrative Exposure Therapy from Schauer, Neuner and Elbert has less evidence in high-income countries but is widely used in humanitarian settings.'),
    C('Highland crofter Murdo Alasdair MacAulay, 14 Tolsta Chaolais, Uig, HS2 9EL; CHI 1702584417.', [('name', 'Murdo Alasdair MacAulay'), ('street_address', '14 Tolsta Chaolais'), ('place', 'Uig'), ('zip_code', 'HS2 9EL'), ('health_plan', '1702584417')]),
    C("Client Bo-ra Kwon's dog-walking business site http://borawalks-ilsan.kr lists her home in Ilsan Madu-dong; she fears her stalker saw it.", [('name', 'Bo-ra Kwon'), ('url', 'http://borawalks-ilsan.kr'), ('place', 'Ilsan Madu-dong')]),
    C('For gender dysphoria in adolescents, the Cass Review changed NHS England practice; the WPATH Standards of Care version 8 still guide clinicians in Canada and the United States.'),
    C("Arizona Tohono O'odham client Delfina Ramon Antone in Sells Topawa district, diabetes distress; IHS chart IHS-SL-88204.", [('name', 'Delfina Ramon Antone'), ('place', 'Sells Topawa district'), ('medical_record', 'IHS-SL-88204')]),
    C("For Korean and Japanese clients, Hwa-byung and Taijin Kyofusho are useful cultural concepts; the DSM-5-TR glossary mentions both, and Kirmayer's reviews are clear."),
    C('Emirati student Mariam Saeed Al Ketbi, Al Mushrif Block 3, Emirates ID 784-1999-4418273-1, exam anxiety; Thiqa Thiqa 1102-44872.', [('name', 'Mariam Saeed Al Ketbi'), ('place', 'Al Mushrif Block 3'), ('ssn', '784-1999-4418273-1'), ('health_plan', 'Thiqa 1102-44872')]),
    C('Botswana teacher Boitumelo Kgosietsile, Omang 214718305, Tsolamosese ward, burnout; email b.kgosietsile@tsolaschool.co.bw.', [('name', 'Boitumelo Kgosietsile'), ('ssn', '214718305'), ('place', 'Tsolamosese ward'), ('email', 'b.kgosietsile@tsolaschool.co.bw')]),
    C('For trauma in first responders, the Tema Conter Memorial Trust and Wounded Warriors Canada are good resources; Boots on the Ground offers peer support in Ontario.'),
    C('Could someone advise on Mpho Letsie-Ramokoena, a herdswoman from Semonkong Ha Lekhooa, whose son went missing in the mines; her phone is +266 5844 1827.', [('name', 'Mpho Letsie-Ramokoena'), ('place', 'Semonkong Ha Lekhooa'), ('phone', '+266 5844 1827')]),
    C("Has anyone tried Accelerated Resolution Therapy? I'd like to compare it with CPT, PE and EMDR before my Veterans Affairs contract review in April."),
    C("I'm struggling with Medicare's telehealth rules after September; the CMS waivers kept changing, and the American Telemedicine Association's updates are my best source."),
    C('I supervise a counsellor at Ngao Valley Health Post whose client Dechen Wangmo Dorji was beaten by her husband on 6 April 2026.', [('place', 'Ngao Valley Health Post'), ('name', 'Dechen Wangmo Dorji'), ('date', '6 April 2026')]),
    C('Motorbike taxi driver Kossi Amégnran, Quartier Bè-Kpota, plate TG 4418 AX, crash flashbacks.', [('name', 'Kossi Amégnran'), ('place', 'Quartier Bè-Kpota'), ('vehicle', 'TG 4418 AX')]),
    C("Has anyone read Johann Hari's Lost Connections critically? Clients love it, but the claims about SSRIs and Irving Kirsch's meta-analyses need context."),
    C('Tanzanian client Rehema Mwakalinga from Kijiji cha Isongole, threats from a witchdoctor; NIDA 19890314-11401-00002-27.', [('name', 'Rehema Mwakalinga'), ('place', 'Kijiji cha Isongole'), ('ssn', '19890314-11401-00002-27')]),
    C('Manitoba Cree client Delphine Moosetail, Pimicikamak Cross Lake, residential-school grief; treaty status 2870044119.', [('name', 'Delphine Moosetail'), ('place', 'Pimicikamak Cross Lake'), ('ssn', '2870044119')]),
    C("Our clinic follows the Lancet Commission on Global Mental Health; Vikram Patel's Where There Is No Psychiatrist is required reading for our Kenyan and Ugandan partners."),
    C('For gambling disorder I use the Problem Gambling Severity Index and refer to GamCare and Gamblers Anonymous; in Australia, Gambling Help Online is the usual route.'),
    C("Does anyone have experience with Jewish Orthodox clients and Pesach cleaning as an OCD trigger? Consulting a rabbi alongside ERP has helped, as has Jonathan Abramowitz's work on scrupulosity."),
    C('For late-life depression, the Geriatric Depression Scale and the Cornell Scale for Depression in Dementia are standard; Age UK and the Silver Line offer loneliness support.'),
    C('Client Paora Tipene Hohaia sent a voice note from 021 448 2731; he lives in Waitara East, relapse after tangi.', [('name', 'Paora Tipene Hohaia'), ('phone', '021 448 2731'), ('place', 'Waitara East')]),
    C('Norfolk client Cyril Thurlow Bunting, 3 Staithe Yard, Blakeney, NR25 7LX, hearing aid Phonak serial 2218-4471-KK.', [('name', 'Cyril Thurlow Bunting'), ('street_address', '3 Staithe Yard'), ('place', 'Blakeney'), ('zip_code', 'NR25 7LX'), ('device', 'Phonak serial 2218-4471-KK')]),
    C('Cypriot client Andreas Hadjipetrou, displaced from Ayios Epiktitos, grief: he turns ninety-one in April; GESY number GESY 2038-441-902.', [('name', 'Andreas Hadjipetrou'), ('place', 'Ayios Epiktitos'), ('age_over_89', 'ninety-one in April'), ('health_plan', 'GESY 2038-441-902')]),
    C("For psychosis, the Hearing Voices Network approach sits uneasily with NICE's CBTp and Family Intervention recommendations, but many clients on Olanzapine find both useful."),
    C('Our team is moving from Zoom to Doxy.me for telehealth in March because the HIPAA business associate paperwork was simpler, though Microsoft Teams came close.'),
    C('Cambodian survivor of the scam compounds, Sreyneang Chhorn, back in Phum Kbal Damrei, panic and debt; ID 010445213.', [('name', 'Sreyneang Chhorn'), ('place', 'Phum Kbal Damrei'), ('ssn', '010445213')]),
    C('Gambian backway survivor Ebrima Touray of Sukuta Jabang Kunda, phone +220 771 4490, wants to talk about the desert crossing.', [('name', 'Ebrima Touray'), ('place', 'Sukuta Jabang Kunda'), ('phone', '+220 771 4490')]),
    C('Jamaican fisherman Delroy Aloysius McKoy of Old Harbour Bay, cousin killed, 7 Gut Lane; TRN 118-447-092.', [('name', 'Delroy Aloysius McKoy'), ('place', 'Old Harbour Bay'), ('street_address', '7 Gut Lane'), ('ssn', '118-447-092')]),
    C('Salvadoran client Iris Xiomara Portillo, Cantón El Zapote Abajo, detained in the exception regime and released; DUI 04418227-6.', [('name', 'Iris Xiomara Portillo'), ('place', 'Cantón El Zapote Abajo'), ('ssn', '04418227-6')]),
    C('Matthias Oberhollenzer, ski instructor at Skischule Sonnwies Hochfügen, avalanche guilt; phone +43 664 441 8273.', [('name', 'Matthias Oberhollenzer'), ('place', 'Skischule Sonnwies Hochfügen'), ('phone', '+43 664 441 8273')]),
    C('Clients ask about Calm and Headspace subscriptions through their EAP; Lyra and Spring Health sit alongside plans such as Kaiser Permanente and UnitedHealthcare rather than replacing them.'),
    C('For eating disorders in men, the Muscle Dysmorphic Disorder Inventory and the EDE-Q are good; Men Get Eating Disorders Too is a helpful British charity.'),
    C('Tongan seasonal worker Sione Vailea Taufaʻao, back from the orchards, at Kolofoʻou Hill; RSE visa file RSE-TO-20871.', [('name', 'Sione Vailea Taufaʻao'), ('place', 'Kolofoʻou Hill'), ('account', 'RSE-TO-20871')]),
    C("Widower Ieremia Toleafoa, Siumu Uta, keeps visiting the grave at night; church minister's number +685 772 4418.", [('name', 'Ieremia Toleafoa'), ('place', 'Siumu Uta'), ('phone', '+685 772 4418')]),
    C('Are colleagues in Sweden and Norway using Internet-delivered CBT through 1177 or similar platforms? Karolinska Institutet trials by Gerhard Andersson are encouraging.'),
    C('Reminder that Ramadan changes medication timing for many Muslim clients; talk to the prescriber about once-daily Sertraline after Iftar rather than splitting doses, and ask about Suhoor sleep.'),
    C('Transgender client Ariel Sánchez Lucumí, Reparto Los Sitios, family rejection; email ari.lucumi@nauta.cu.', [('name', 'Ariel Sánchez Lucumí'), ('place', 'Reparto Los Sitios'), ('email', 'ari.lucumi@nauta.cu')]),
    C('Client Inés Mbomío Nchama, Equatorial Guinean nurse in Barrio Ela Nguema, burnout; nursing licence ENF-GQ-2291, email imbomio@hospitalbata.gq.', [('name', 'Inés Mbomío Nchama'), ('place', 'Barrio Ela Nguema'), ('licence', 'ENF-GQ-2291'), ('email', 'imbomio@hospitalbata.gq')]),
    C('Louisiana shrimper Thibodeaux Clovis Naquin, 2281 Bayou Petit Caillou Rd, Chauvin, 70344; boat LA-4471-FJ.', [('name', 'Thibodeaux Clovis Naquin'), ('street_address', '2281 Bayou Petit Caillou Rd'), ('place', 'Chauvin'), ('zip_code', '70344'), ('vehicle', 'LA-4471-FJ')]),
    C('Karnataka farmer Basavaraj Hanumanthappa, Hosahalli Tanda, debt after crop failure; Kisan account KCC 401188245570.', [('name', 'Basavaraj Hanumanthappa'), ('place', 'Hosahalli Tanda'), ('account', 'KCC 401188245570')]),
    C('Olesia Hrytsenko-Bilyk, Ukrainian pharmacist licence UA-FARM-44187, now at Bergheim Notunterkunft, grief after Mariupol.', [('name', 'Olesia Hrytsenko-Bilyk'), ('licence', 'UA-FARM-44187'), ('place', 'Bergheim Notunterkunft'), ('place', 'Mariupol')]),
    C("Insulin pump client Mere Tūhoe Rangiwai from Ruatoria Hikurangi Rd settlement; pump Tandem t:slim X2 SN 1144827, keeps 'forgetting' boluses.", [('name', 'Mere Tūhoe Rangiwai'), ('place', 'Ruatoria Hikurangi Rd settlement'), ('device', 'Tandem t:slim X2 SN 1144827')]),
    C("Question about the Adverse Childhood Experiences questionnaire: Felitti and Anda's Kaiser study is the origin, but many researchers caution against using ACE scores for individual diagnosis."),
    C('Pierre-Olivier Tremblay-Gagnon (potg.reno@videotron.ca) referred himself after a workplace death at Scierie Lac-Bouchette.', [('name', 'Pierre-Olivier Tremblay-Gagnon'), ('email', 'potg.reno@videotron.ca'), ('place', 'Scierie Lac-Bouchette')]),
    C("Any DBT-A programmes using Alec Miller and Jill Rathus's manual with families from Mexico or Guatemala? The Spanish skills handouts help, but parents often work Saturdays."),
    C('Has anyone adapted Behavioural Activation for Somali or Oromo clients during Ramadan? Activity scheduling around Taraweeh and Suhoor took some creativity.'),
    C('Ha Thi Thu Thuy, nail-bar worker trafficked to Sparkbrook Ladypool Road, NRM ref NRM-2025-44182.', [('name', 'Ha Thi Thu Thuy'), ('place', 'Sparkbrook Ladypool Road'), ('account', 'NRM-2025-44182')]),
    C('Quick poll: who still uses the Beck Depression Inventory versus the PHQ-9 for intake? Our Medicaid contracts ask for the PHQ-9 every visit, while the BDI-II costs money through Pearson.'),
    C('The Stanley-Brown Safety Planning Intervention is quick and fits a Wednesday intake; the Suicide Prevention Resource Center and the 988 Lifeline both describe it.'),
    C('Korean hikikomori-style withdrawal: Seo Min-jae, 27, at 14-3 Donggyo-ro 22-gil, Mangwon-dong Hapjeong side; NHIS card NHIS 7-4419-2281-03.', [('name', 'Seo Min-jae'), ('street_address', '14-3 Donggyo-ro 22-gil'), ('place', 'Mangwon-dong Hapjeong side'), ('health_plan', 'NHIS 7-4419-2281-03')]),
    C('Sergeant Kofi Awuah-Darko, peacekeeper back from Mali, lives in Burma Camp Flagstaff, service number GA-44182.', [('name', 'Sergeant Kofi Awuah-Darko'), ('place', 'Burma Camp Flagstaff'), ('account', 'GA-44182')]),
    C('Saudi client Reem Abdulaziz Al-Qahtani, Hay Al-Naseem West, panic after divorce; Iqama 2418827731, phone +966 55 418 2271.', [('name', 'Reem Abdulaziz Al-Qahtani'), ('place', 'Hay Al-Naseem West'), ('ssn', '2418827731'), ('phone', '+966 55 418 2271')]),
    C('Greenlandic hunter Aqqaluk Kreutzmann, from Savissivik, alcohol and winter darkness; CPR 120371-4417.', [('name', 'Aqqaluk Kreutzmann'), ('place', 'Savissivik'), ('ssn', '120371-4417')]),
    C('Trinidadian steelpan player Keston Ramkissoon-Baptiste, Laventille Upper Picton, panic at Carnival; NIS T-4417-2093.', [('name', 'Keston Ramkissoon-Baptiste'), ('place', 'Laventille Upper Picton'), ('ssn', 'T-4417-2093')]),
    C('Oregon wildfire evacuee Marlys Okerlund, 4418 Breitenbush Cutoff, Detroit Lake, 97342; FEMA FEMA 4562-DR-OR 77-1029.', [('name', 'Marlys Okerlund'), ('street_address', '4418 Breitenbush Cutoff'), ('place', 'Detroit Lake'), ('zip_code', '97342'), ('account', 'FEMA 4562-DR-OR 77-1029')]),
    C("Sunday scaries: many clients who work in Finance or Law describe them; Cal Newport's Deep Work and Oliver Burkeman's Four Thousand Weeks come up often in sessions."),
    C('Solution-Focused Brief Therapy from Steve de Shazer and Insoo Kim Berg suits our Friday drop-in; the Miracle Question and scaling questions go down well.'),
    C("Weekend reflection: Viktor Frankl's Man's Search for Meaning still moves my Logotherapy students every semester, particularly the passage on choosing one's attitude."),
    C('Has anyone used Acceptance and Commitment Therapy for chronic pain? Steven Hayes and Russ Harris are the usual reads; the Chronic Pain Acceptance Questionnaire is helpful.'),
    C('Hearing aid of my client Gunnhild Bjørnstad, in her 100th year, Rauland sentrum, is Oticon More 1 SN 4N8127 — she isolates since it broke.', [('name', 'Gunnhild Bjørnstad'), ('age_over_89', '100th year'), ('place', 'Rauland sentrum'), ('device', 'Oticon More 1 SN 4N8127')]),
    C('Rwandan genocide survivor Immaculée Mukantwari, Umudugudu wa Rugarama, anniversary reactions every April; Mutuelle MUSA 1199-0447-2.', [('name', 'Immaculée Mukantwari'), ('place', 'Umudugudu wa Rugarama'), ('health_plan', 'MUSA 1199-0447-2')]),
    C('Argentine client Ludmila Casartelli, Pasaje Los Lirios 1447, Barrio Alto Verde, X5009, ludopatía online; DNI 34.771.958.', [('name', 'Ludmila Casartelli'), ('street_address', 'Pasaje Los Lirios 1447'), ('place', 'Barrio Alto Verde'), ('zip_code', 'X5009'), ('ssn', '34.771.958')]),
    C('Client Ilhom Rahmonov, server admin at Tojnet Centre Sino, panic after an intrusion traced to 2a02:4f8:1c0:4417::2b.', [('name', 'Ilhom Rahmonov'), ('place', 'Tojnet Centre Sino'), ('ip_address', '2a02:4f8:1c0:4417::2b')]),
    C("the ex's IP 197.210.84.33, says chiamaka nwosu-eze, who lives at independence layout phase 2.", [('ip_address', '197.210.84.33'), ('name', 'chiamaka nwosu-eze'), ('place', 'independence layout phase 2')]),
    C("For perfectionism, Tracey Wade, Roz Shafran and Sarah Egan's Cognitive-Behavioral Treatment of Perfectionism is clear; the Frost Multidimensional Perfectionism Scale helps track progress."),
    C('Is the Recovery Star still used in Britain? Mental Health Providers Forum developed it, and Triangle Consulting maintains it, but critics question its validity.'),
    C('Fijian rugby player Josefa Ratuvou Nakarawa, Nasinu Settlement, concussion and mood swings, club email j.nakarawa@tabuarugby.fj.', [('name', 'Josefa Ratuvou Nakarawa'), ('place', 'Nasinu Settlement'), ('email', 'j.nakarawa@tabuarugby.fj')]),
    C("Question about Naltrexone and the Sinclair Method for alcohol use: the Australian guidelines mention targeted Naltrexone, but the NICE alcohol guidance doesn't."),
    C('Supervisees ask about dual relationships in small Amish or Mennonite communities; the ACA Code of Ethics and the APA Ethics Code allow some flexibility if documented.'),
    C("Has anyone combined Cognitive Processing Therapy with Prazosin for nightmares? Resick's manual is clear on the CPT side, but the VA guidance on Prazosin keeps shifting and my Tuesday group keeps asking."),
    C('Yacht stewardess Saskia van Rijswijk-Bos, superyacht MMSI 319441827, harassed aboard; STCW STCW 441827-NL.', [('name', 'Saskia van Rijswijk-Bos'), ('vehicle', 'MMSI 319441827'), ('licence', 'STCW 441827-NL')]),
    C('Paraguayan Mennonite Katharina Friesen Wiebe, colony village Kolonie Neuhof Dorf 7, scrupulosity; cédula 3.907.164.', [('name', 'Katharina Friesen Wiebe'), ('place', 'Kolonie Neuhof Dorf 7'), ('ssn', '3.907.164')]),
    C('Oyuunchimeg Batsaikhan, 33, TikTok https://www.tiktok.com/@oyuka.steppe.mom, lives in Zuunkharaa sum, postpartum intrusive thoughts filmed live.', [('name', 'Oyuunchimeg Batsaikhan'), ('url', 'https://www.tiktok.com/@oyuka.steppe.mom'), ('place', 'Zuunkharaa sum')]),
    C('The NICE guideline on depression in adults (NG222) lists group Behavioural Activation and Mindfulness-Based Cognitive Therapy among the options for less severe depression, alongside Counselling for Depression.'),
    C("Narrative Therapy folks: Michael White's Maps of Narrative Practice is my Sunday reading; David Epston's work on externalising with children still feels fresh."),
    C("For OCD, Exposure and Response Prevention using Foa's manual, with the Y-BOCS at intake; Fluvoxamine (Luvox) or Clomipramine (Anafranil) if SSRIs fail."),
    C('Do we screen for Perimenopause in women presenting with new anxiety at 45? The British Menopause Society has guidance; HRT may help, with Sertraline if mood persists.'),
    C('For tic disorders, CBIT is recommended by the American Academy of Neurology; Tourettes Action in Britain and the Tourette Association of America both list trained therapists.'),
    C('Does anyone use the Trauma Symptom Checklist for Children with Spanish speakers? The PAR catalogue lists it, but our Salvadoran and Honduran families find the wording formal.'),
    C('Gulnara Ismayilova-Kerimli, Binəqədi qəsəbəsi, grieving twins lost at birth; clinic file BNQ-441827.', [('name', 'Gulnara Ismayilova-Kerimli'), ('place', 'Binəqədi qəsəbəsi'), ('medical_record', 'BNQ-441827')]),
    C("For social anxiety, David Clark and Adrian Wells' model is NICE's first choice; the Liebowitz Social Anxiety Scale and SPIN track change well over twelve sessions."),
    C("Does anyone have experience with Esketamine clinics taking Humana or Anthem plans? Janssen's support programme is helpful with prior authorisation."),
    C('For refugees from Afghanistan, the Refugee Health Screener-15 from Pathways to Wellness has been translated into many languages, and Dari speakers find it short.'),
    C('Gambling on https://betlion-zambezi.bet/sports; client Mwansa Chileshe Bwalya, Chelston Green, owes his employer.', [('url', 'https://betlion-zambezi.bet/sports'), ('name', 'Mwansa Chileshe Bwalya'), ('place', 'Chelston Green')]),
    C('Singaporean NSman Muhammad Irfan bin Zainal, Blk 418 Tampines Street 41, 529174, Tampines Greenwood; NRIC S9418277J.', [('name', 'Muhammad Irfan bin Zainal'), ('street_address', 'Blk 418 Tampines Street 41'), ('zip_code', '529174'), ('place', 'Tampines Greenwood'), ('ssn', 'S9418277J')]),
    C('For psychosis in young people, Early Intervention in Psychosis services follow the NICE standard of treatment within two weeks; Rethink Mental Illness campaigns on waits.'),
    C('Client Ngozi Adaeze Onwuachi, Trans-Ekulu Phase 9, CPAP ResMed AirSense 10 SN 23191448207, sleep terror plus apnoea.', [('name', 'Ngozi Adaeze Onwuachi'), ('place', 'Trans-Ekulu Phase 9'), ('device', 'ResMed AirSense 10 SN 23191448207')]),
    C('Trichotillomania and Skin Picking: N-Acetylcysteine has some trial support; ask the prescriber, and point families to the TLC Foundation and the International OCD Foundation.'),
    C('Venezuelan caminante Yorgelis Carolina Briceño, sleeping near Parque Santander de Cúcuta; PPT PPT-6628104.', [('name', 'Yorgelis Carolina Briceño'), ('place', 'Parque Santander de Cúcuta'), ('account', 'PPT-6628104')]),
    C('Discharge summary came by fax from +261 20 22 441 87 for Voahangy Razafindrakoto, Fokontany Ambohimanarina, cyclone Batsirai survivor.', [('fax', '+261 20 22 441 87'), ('name', 'Voahangy Razafindrakoto'), ('place', 'Fokontany Ambohimanarina')]),
    C('Slovenian beekeeper Anže Podgoršek, Zgornja Kungota 41, SI-2201, Zgornja Kungota: grief after his hives died.', [('name', 'Anže Podgoršek'), ('street_address', 'Zgornja Kungota 41'), ('zip_code', 'SI-2201'), ('place', 'Zgornja Kungota')]),
    C('Retired judge Her Honour Adaeze Chukwuemeka-Bello, Old GRA Port Harcourt, insomnia after a threat.', [('name', 'Her Honour Adaeze Chukwuemeka-Bello'), ('place', 'Old GRA Port Harcourt')]),
    C('Tractor accident, farmer Ignacy Wróblewski-Sęk, Kolonia Zalesie Górne, tractor LBL 4418K, chronic pain and shame.', [('name', 'Ignacy Wróblewski-Sęk'), ('place', 'Kolonia Zalesie Górne'), ('vehicle', 'LBL 4418K')]),
    C("Has anyone trained in Somatic Experiencing? Peter Levine's Waking the Tiger gets mixed reviews here, and the evidence base is thin compared with EMDR or CPT."),
    C('Tuvaluan student in Fiji Lupe Falaoga Tui, from Fakaifou Funafuti, homesick; USP student ID S11447820.', [('name', 'Lupe Falaoga Tui'), ('place', 'Fakaifou Funafuti'), ('medical_record', 'S11447820')]),
    C('Anyone using the Clinical Outcomes in Routine Evaluation (CORE-10) in Ireland? Do the HSE or Jigsaw use it alongside the PHQ-9 and GAD-7?'),
    C('Sleep: CBT-I is first line in the American Academy of Sleep Medicine guideline; Zolpidem and Zopiclone are second, and Melatonin is widely sold over the counter in the United States but prescription-only in Britain.'),
    C('The man wears a GPS ankle tag BI Loc8 tag 88-4471-K; Tamati Ruawai Hēnare, bailed to 17 Kowhai Crescent, Waimā Kaikohe, 0493.', [('device', 'BI Loc8 tag 88-4471-K'), ('name', 'Tamati Ruawai Hēnare'), ('street_address', '17 Kowhai Crescent'), ('place', 'Waimā Kaikohe'), ('zip_code', '0493')]),
    C("IPv6 2001:67c:2e8:22::c100:4418 keeps hitting our booking page for Ramlah Hj Yusof's slot; she's in Kampung Lorong Tiga.", [('ip_address', '2001:67c:2e8:22::c100:4418'), ('name', 'Ramlah Hj Yusof'), ('place', 'Kampung Lorong Tiga')]),
    C('Has Optum or Magellan started asking for CPT codes 90785 with interpreters? Our billing team says UnitedHealthcare denies the interactive complexity add-on.'),
    C('For clients observing Lent or Orthodox Christmas in January, sessions around fasting can be tiring; Greek, Serbian and Ethiopian Orthodox families often mention it.'),
    C("Guatemalan K'iche' widow Micaela Tzoc Ajanel from Aldea Xecotoj, disappeared husband; DPI 2618 44901 0801.", [('name', 'Micaela Tzoc Ajanel'), ('place', 'Aldea Xecotoj'), ('ssn', '2618 44901 0801')]),
    C('Tomasi Kaufana, sawmill worker at Tavua Sawmill Road camp, amputated fingers, drinking yaqona all night.', [('name', 'Tomasi Kaufana'), ('place', 'Tavua Sawmill Road camp')]),
    C("Client's nana Moana Tuhiwai, just past her 101st birthday, Ōmāio pā, wants a karakia at the start of family sessions.", [('name', 'Moana Tuhiwai'), ('age_over_89', '101st birthday'), ('place', 'Ōmāio pā')]),
    C("Family Constellations (Bert Hellinger) comes up with German and Swiss clients; I explain it's not evidence-based and point to Bowen and Minuchin's family systems work instead."),
    C('Tips for Diwali and Christmas in the same week with blended Hindu and Catholic families? Rituals can be a resource rather than a stressor if we plan for them in November.'),
    C('For hoarding in older adults, collaboration with Adult Protective Services in the United States or Adult Social Care in England is common; the Mental Capacity Act sometimes applies.'),
    C('For adult autism assessment, the ADOS-2 and the ADI-R are gold standards; the National Autistic Society and Autistica caution against relying on the AQ alone.'),
    C('Bhutanese monk Lopen Sangay Wangchuk at Drakgang Lhakhang asking about panic during pujas, DOB 14 March 1988, citizen ID 11503004127.', [('name', 'Lopen Sangay Wangchuk'), ('place', 'Drakgang Lhakhang'), ('date', '14 March 1988'), ('ssn', '11503004127')]),
    C('Vermont maple farmer Emmett Goodrich Fairbanks, East Randolph, flood loss; email emmett.fairbanks@sugarbushvt.org.', [('name', 'Emmett Goodrich Fairbanks'), ('place', 'East Randolph'), ('email', 'emmett.fairbanks@sugarbushvt.org')]),
    C('Asturian ex-miner Xuan Alfonso Menéndez, Barredos Pola de Laviana, silicosis and grief; oxygen concentrator EverFlo SN 4418AK209.', [('name', 'Xuan Alfonso Menéndez'), ('place', 'Barredos Pola de Laviana'), ('device', 'EverFlo SN 4418AK209')]),
    C('Has anyone used the Outcome Rating Scale and Session Rating Scale from Scott Miller and Barry Duncan? The Heart and Soul of Change is the background book.'),
    C("For prolonged grief disorder, now in ICD-11 and DSM-5-TR, Katherine Shear's Complicated Grief Treatment has the strongest evidence; the PG-13-R is a quick measure."),
    C('Sikkimese client Pempa Doma Bhutia, Lachen Thangu busti, landslide grief; phone +91 94340 18842.', [('name', 'Pempa Doma Bhutia'), ('place', 'Lachen Thangu busti'), ('phone', '+91 94340 18842')]),
    C('Mauritian Creole fisherman Jean-Noël Bégué in Cité La Chaux, grief after the oil spill; NIC B1204783102291.', [('name', 'Jean-Noël Bégué'), ('place', 'Cité La Chaux'), ('ssn', 'B1204783102291')]),
    C('Chilean fire survivor Yerko Alarcón Pizarro, Población Villa Independencia, lost his home in the February fires; FONASA FONASA tramo B 17.442.918-3.', [('name', 'Yerko Alarcón Pizarro'), ('place', 'Población Villa Independencia'), ('health_plan', 'FONASA tramo B 17.442.918-3')]),
    C('Sri Lankan tea estate worker Muthulakshmi Ravichandran from Upper Kellawatte Division referred after an overdose of paraquat, estate hospital no. KWH/2291/44.', [('name', 'Muthulakshmi Ravichandran'), ('place', 'Upper Kellawatte Division'), ('medical_record', 'KWH/2291/44')]),
    C('For bipolar depression, Lurasidone (Latuda) and Cariprazine (Vraylar) have FDA approval; Quetiapine too, while Lamotrigine prevents depressive relapse more than mania.'),
    C('Kuwaiti bidoon client Fahad Marzouq Al-Enezi, Taima block 4, statelessness and despair; Central Apparatus file CA-KW-441802.', [('name', 'Fahad Marzouq Al-Enezi'), ('place', 'Taima block 4'), ('account', 'CA-KW-441802')]),
    C('Send the consent forms to fax +41 31 441 82 70, re Flurina Caduff, Sedrun Dorf, date of loss 29 July 2024.', [('fax', '+41 31 441 82 70'), ('name', 'Flurina Caduff'), ('place', 'Sedrun Dorf'), ('date', '29 July 2024')]),
    C('Mexican jornalero Eleuterio Sántiz Gómez, Ejido Nueva Palestina, pesticide exposure worry; CURP SAGE780412HCSNML08.', [('name', 'Eleuterio Sántiz Gómez'), ('place', 'Ejido Nueva Palestina'), ('ssn', 'SAGE780412HCSNML08')]),
    C('Sicilian fisherman Calogero Licata, Via dei Pescatori 18, Porticello, 90019; fishing licence LP-PA-4471.', [('name', 'Calogero Licata'), ('street_address', 'Via dei Pescatori 18'), ('place', 'Porticello'), ('zip_code', '90019'), ('licence', 'LP-PA-4471')]),
    C('Slovak Roma mother Želmíra Horváthová from the settlement at Dlhé Stráže, school refusal in her son; phone +421 905 611 284.', [('name', 'Želmíra Horváthová'), ('place', 'Dlhé Stráže'), ('phone', '+421 905 611 284')]),
    C('Taxi driver Dilshod Karimov, Vnukovo Rasskazovka, plate Т441КР 777, assaulted by a passenger.', [('name', 'Dilshod Karimov'), ('place', 'Vnukovo Rasskazovka'), ('vehicle', 'Т441КР 777')]),
    C("I'm teaching coercive control and the Power and Control Wheel next Thursday; Lundy Bancroft's Why Does He Do That? and Evan Stark's Coercive Control pair well for students."),
    C('Grenadian nurse Sharlene Charles-Frank, Grand Roy Gouyave, moral injury; nursing licence GNC-RN-3318.', [('name', 'Sharlene Charles-Frank'), ('place', 'Grand Roy Gouyave'), ('licence', 'GNC-RN-3318')]),
    C("Medication question: is Quetiapine (Seroquel) at 25 mg for sleep appropriate? Most prescribing guidance in Britain and Australia discourages it, so I'd ask the GP."),
    C('Ugandan boda rider Ssekandi Brian Mukasa, Kasubi Nabulagala zone, plate UFB 417Q, crash anxiety; phone 0772 418 590.', [('name', 'Ssekandi Brian Mukasa'), ('place', 'Kasubi Nabulagala zone'), ('vehicle', 'UFB 417Q'), ('phone', '0772 418 590')]),
    C('Manipuri client Thoudam Ibemhal Devi, Khurai Lamlong Bazar, ethnic violence displacement; relief camp MNP-RC-2291.', [('name', 'Thoudam Ibemhal Devi'), ('place', 'Khurai Lamlong Bazar'), ('account', 'MNP-RC-2291')]),
    C('Naga student Vikhozo Rüzhükhrie, Kohima Village Phesa khel, racism in Munirka village, student ID DU-NE-2021-4417.', [('name', 'Vikhozo Rüzhükhrie'), ('place', 'Kohima Village Phesa khel'), ('place', 'Munirka village'), ('medical_record', 'DU-NE-2021-4417')]),
    C('Erlan Abdykadyrov, Ala-Archa dacha massive 4, gambling debts to a microlender, loan MFK-44182731.', [('name', 'Erlan Abdykadyrov'), ('place', 'Ala-Archa dacha massive 4'), ('account', 'MFK-44182731')]),
    C('When Hanukkah and Christmas overlap, interfaith couples sometimes argue over traditions; Emotionally Focused Therapy and the Gottman Sound Relationship House both help.'),
    C("Reading group pick for January: Judith Herman's Trauma and Recovery, then van der Kolk's The Body Keeps the Score in February, then Pat Ogden on Sensorimotor Psychotherapy before Easter."),
    C('Grandmother Eleni Papadaki-Frangou, 103 years of age, Anogeia Metochi, mourns her last sibling.', [('name', 'Eleni Papadaki-Frangou'), ('age_over_89', '103 years of age'), ('place', 'Anogeia Metochi')]),
    C("Did Kaiser Permanente or Sutter Health publish outcomes for DBT groups run on Zoom versus in person after COVID-19? I'd value the Medicaid comparison too."),
    C('nepali returnee from qatar, bishnu maya tamang, lives in ghyangfedi village, labour camp trauma; whatsapp +977 984-112-6630.', [('name', 'bishnu maya tamang'), ('place', 'ghyangfedi village'), ('phone', '+977 984-112-6630')]),
    C('Fluoxetine (Prozac) remains the first SSRI for adolescents in the NICE and AACAP guidance; Escitalopram (Lexapro) has FDA approval from age twelve.'),
    C("Clients with Parkinson's on Levodopa or Pramipexole (Mirapex) may develop impulse control problems; the Parkinson's Foundation and Parkinson's UK have leaflets."),
    C('Teenager Raimana Teriitahi, Faaʻa Heiri, vaping and cutting; CPS CPS 1 448 273 09.', [('name', 'Raimana Teriitahi'), ('place', 'Faaʻa Heiri'), ('health_plan', 'CPS 1 448 273 09')]),
    C('Lamotrigine rash warning: clients on Lamictal who stop for five days must retitrate; pharmacists at Boots and Walgreens usually flag it but not always.'),
    C('Postpartum psychosis resources: Action on Postpartum Psychosis has peer support; in the United States, Postpartum Support International runs a HelpLine staffed in English and Spanish.'),
    C('Young farmer Tsering Norbu Sherpa, Khumjung Gompa lane, avalanche survivor, mountaineering licence NMA-EXP-4418.', [('name', 'Tsering Norbu Sherpa'), ('place', 'Khumjung Gompa lane'), ('licence', 'NMA-EXP-4418')]),
    C("In New Zealand, the Health and Disability Commissioner's Code of Rights and the Privacy Act 2020 govern notes; Te Whatu Ora replaced the DHBs in July 2022."),
    C("Long one, sorry. I'm seeing a young woman, Nomvuyo Dlamini-Sithole, who runs a hair salon called Crown & Coil Studio in Mdantsane NU 12; her ex posted intimate images on https://t.me/mdantsane_exposed_2024 and she now checks it hourly. How do I pace trauma work while the channel is still up?", [('name', 'Nomvuyo Dlamini-Sithole'), ('place', 'Crown & Coil Studio'), ('place', 'Mdantsane NU 12'), ('url', 'https://t.me/mdantsane_exposed_2024')]),
    C('Doxxing of a teacher: Zsófia Rácz-Vörös, her address at Kossuth utca 48, Tiszakécske, 6060, was posted on https://kibeszel-forum.hu/t/48127.', [('name', 'Zsófia Rácz-Vörös'), ('street_address', 'Kossuth utca 48'), ('place', 'Tiszakécske'), ('zip_code', '6060'), ('url', 'https://kibeszel-forum.hu/t/48127')]),
    C('Sardinian shepherd Bachisio Mura Pinna, Orgosolo Sas Tancas, vendetta fear; codice fiscale MRPBCS61A12G097X.', [('name', 'Bachisio Mura Pinna'), ('place', 'Orgosolo Sas Tancas'), ('ssn', 'MRPBCS61A12G097X')]),
    C('Chadian refugee Achta Mahamat Abakar at Camp de Gaga Bloc D7, UNHCR TCD-GAG-0994421, selective mutism in her daughter.', [('name', 'Achta Mahamat Abakar'), ('place', 'Camp de Gaga Bloc D7'), ('account', 'TCD-GAG-0994421')]),
    C('Haitian mother Roselaure Désinor, Cité Soleil Boston, gang violence; phone +509 3711 4428, date of displacement 2 February 2024.', [('name', 'Roselaure Désinor'), ('place', 'Cité Soleil Boston'), ('phone', '+509 3711 4428'), ('date', '2 February 2024')]),
    C('Farzana Qaiser from Mohalla Kot Gujran, Pakistan, OCD with religious themes; CNIC 35202-8841733-6, clinic file PKC-55102.', [('name', 'Farzana Qaiser'), ('place', 'Mohalla Kot Gujran'), ('ssn', '35202-8841733-6'), ('medical_record', 'PKC-55102')]),
    C('Mohammed Noor Hossain, Rohingya youth now in Bhasan Char Cluster 41, FCN FCN 188273441.', [('name', 'Mohammed Noor Hossain'), ('place', 'Bhasan Char Cluster 41'), ('account', 'FCN 188273441')]),
    C("Tricare and the VA both cover Cognitive Processing Therapy; the National Center for PTSD's PTSD Coach app is free on Android and iPhone."),
    C('Book suggestion for clinicians new to grief work: Pauline Boss on Ambiguous Loss, alongside the Dual Process Model from Stroebe and Schut; Cruse Bereavement Support uses both.'),
    C('Clinic chart CHT-44-182 for Yevheniia Savchuk, Shevchenkivskyi lane hostel, IVF grief.', [('medical_record', 'CHT-44-182'), ('name', 'Yevheniia Savchuk'), ('place', 'Shevchenkivskyi lane hostel')]),
    C("Looking for Gujarati, Punjabi and Urdu versions of the GAD-7; Pfizer funded the original translations, and they're on the PHQ Screeners website."),
    C("What's the evidence on Ketamine and Esketamine (Spravato) for treatment-resistant depression? The NICE appraisal said no, while the FDA approved Spravato in 2019."),
    C('Our service uses the Recovering Quality of Life measure (ReQoL) for outcomes; the ten-item version is easier for clients with Dyslexia or ADHD on a Monday.'),
    C('Tunisian student Yosra Ben Slimane, Cité Ennasr 5, exam panic, university file ISG-T-48812, phone +216 98 442 117.', [('name', 'Yosra Ben Slimane'), ('place', 'Cité Ennasr 5'), ('medical_record', 'ISG-T-48812'), ('phone', '+216 98 442 117')]),
    C('Basque client Itziar Goikoetxea Urrutia, Kale Nagusia 7, 3. ezk., Lekeitio Arranegi, 48280; TIS TIS GOUR 800418.', [('name', 'Itziar Goikoetxea Urrutia'), ('street_address', 'Kale Nagusia 7, 3. ezk.'), ('place', 'Lekeitio Arranegi'), ('zip_code', '48280'), ('health_plan', 'TIS GOUR 800418')]),
    C('We are comparing SimplePractice and TherapyNotes for our practice; TherapyNotes seems stronger on Medicare claims, SimplePractice on the client portal.'),
    C("Supervision thought: Carl Rogers' core conditions still matter most on a Monday morning when everyone on the team is tired and the caseload has just grown."),
    C('Ward file HDU/441/2026 for Bolat Seitkali, Kosshy kala, ICU delirium aftermath.', [('medical_record', 'HDU/441/2026'), ('name', 'Bolat Seitkali'), ('place', 'Kosshy kala')]),
    C('Are people using the Perinatal Anxiety Screening Scale in Australia? The Centre of Perinatal Excellence guideline recommends the EPDS, and PANDA runs a national helpline.'),
    C('My client Dorcas Wanjiru Kamau says her husband installed a tracker on her phone; her laptop is Lenovo ThinkPad SN PF-4Q18K27 and the router log showed 41.90.118.204. She lives in Githurai 44 Progressive.', [('name', 'Dorcas Wanjiru Kamau'), ('device', 'Lenovo ThinkPad SN PF-4Q18K27'), ('ip_address', '41.90.118.204'), ('place', 'Githurai 44 Progressive')]),
    C('Cyberbullying case: Matilda Kekauoha-Reyes, 14, attends Kapolei Ridge Intermediate; the harassing account is https://instagram.com/kapoleiridge_tea.', [('name', 'Matilda Kekauoha-Reyes'), ('place', 'Kapolei Ridge Intermediate'), ('url', 'https://instagram.com/kapoleiridge_tea')]),
    C('Faroese fisherman Jógvan Mikkjalsson Joensen, Undir Heygnum 9, Sandavágur, FO 360; depression after a crew member drowned.', [('name', 'Jógvan Mikkjalsson Joensen'), ('street_address', 'Undir Heygnum 9'), ('place', 'Sandavágur'), ('zip_code', 'FO 360')]),
    C("For Tourette's and OCD overlap, the Yale Global Tic Severity Scale and the CY-BOCS are my standard measures, with Aripiprazole sometimes prescribed by neurology."),
    C('Client Baurzhan Tulegenov logged in to the tele-session from 95.56.233.118, though he said he was at home in Shanyrak-2 microdistrict.', [('name', 'Baurzhan Tulegenov'), ('ip_address', '95.56.233.118'), ('place', 'Shanyrak-2 microdistrict')]),
    C("I'm running a Compassion Focused Therapy group based on Paul Gilbert's The Compassionate Mind, with Kristin Neff's Self-Compassion scale pre and post; Thursday evenings from October."),
    C('Client Mele Tupou Havili works at Nukuʻalofa Talamahu Market stall 41, gambling on kava-night card games; bank acct TDB 0044-182731.', [('name', 'Mele Tupou Havili'), ('place', 'Nukuʻalofa Talamahu Market stall 41'), ('account', 'TDB 0044-182731')]),
    C('Supervision q: Bangladeshi garment worker Rokeya Khatun Shimu, survivor of a factory collapse, lives at House 31, Road 6, Block C, Nischintapur; NID 7312849905512.', [('name', 'Rokeya Khatun Shimu'), ('street_address', 'House 31, Road 6, Block C'), ('place', 'Nischintapur'), ('ssn', '7312849905512')]),
    C('Client Kalinda Yunupingu-Marika emails from kalinda.ym@yirrkalamail.net.au, Gunyangara, grief after sorry business, DOB 4 June 1990.', [('name', 'Kalinda Yunupingu-Marika'), ('email', 'kalinda.ym@yirrkalamail.net.au'), ('place', 'Gunyangara'), ('date', '4 June 1990')]),
    C("I'm presenting at the BABCP conference this year on CBT for Body Dysmorphic Disorder using David Veale's protocol and the BDD-YBOCS."),
    C('For postnatal depression, Brexanolone (Zulresso) and Zuranolone (Zurzuvae) are FDA-approved; British clients ask whether the MHRA has licensed them and whether Sertraline is enough.'),
    C('Boxer Ulugbek Saidmurodov, Yunusobod mavzesi 11, concussion and rage; boxing licence UZB-BX-2291.', [('name', 'Ulugbek Saidmurodov'), ('place', 'Yunusobod mavzesi 11'), ('licence', 'UZB-BX-2291')]),
    C('Kosovan returnee Arbnora Krasniqi, Rruga Agim Ramadani 18, Lagjja Kalabria, 10070; contact arbnora.k.88@postakosova.net.', [('name', 'Arbnora Krasniqi'), ('street_address', 'Rruga Agim Ramadani 18'), ('place', 'Lagjja Kalabria'), ('zip_code', '10070'), ('email', 'arbnora.k.88@postakosova.net')]),
    C("The Samaritans guidance for media on suicide reporting, like the WHO's, advises against method details; the American Foundation for Suicide Prevention has similar rules."),
    C("Panic with Hindu clients who fast on Navratri or Ekadashi: I adjust interoceptive exposure timing, and I'd welcome any guidance from the Indian Psychiatric Society."),
    C('Cognitive Analytic Therapy, from Anthony Ryle, is popular in the NHS for personality difficulties; the ACAT runs practitioner training in England and Scotland.'),
    C('Smart speaker Echo Dot serial G090LF1144182 records him, says Halvard Strømsnes of Skjervøy havn.', [('device', 'Echo Dot serial G090LF1144182'), ('name', 'Halvard Strømsnes'), ('place', 'Skjervøy havn')]),
    C('Zimbabwean grandmother Gogo Sithembile Ncube, 93 in March, raising three orphans in Nkayi Ward 9 village; EcoCash 0772 918 004.', [('name', 'Gogo Sithembile Ncube'), ('age_over_89', '93 in March'), ('place', 'Nkayi Ward 9 village'), ('account', '0772 918 004')]),
    C('Her continuous glucose monitor Dexcom G7 SN 441827KT alarms at night; client Aditi Raghunathan, Adyar Gandhi Nagar.', [('device', 'Dexcom G7 SN 441827KT'), ('name', 'Aditi Raghunathan'), ('place', 'Adyar Gandhi Nagar')]),
    C('Clozapine monitoring: the Clozaril Patient Monitoring Service in the UK versus the REMS rules in the United States. Does anyone know the current ANC reporting rules?'),
    C('Prison chaplain wants to discuss Kiplagat Chebet Rotich, held at Ngeria Farm Prison Block 2, self-harm; inmate no. NFP/4418/24.', [('name', 'Kiplagat Chebet Rotich'), ('place', 'Ngeria Farm Prison Block 2'), ('account', 'NFP/4418/24')]),
    C("I love Nancy Kline's Time to Think for supervision; together with Peter Hawkins and Robin Shohet's Supervision in the Helping Professions it shapes my Tuesday sessions."),
    C("Reading The Noonday Demon by Andrew Solomon alongside William Styron's Darkness Visible is a good way into the lived experience of Major Depressive Disorder."),
    C('Minibus crash survivor Abebe Tesfaye Gebru, plate AA 3-A44182, lives at Kebele 07 Kolfe, hypervigilance.', [('name', 'Abebe Tesfaye Gebru'), ('vehicle', 'AA 3-A44182'), ('place', 'Kebele 07 Kolfe')]),
    C('For body-focused repetitive behaviours, Habit Reversal Training and the Comprehensive Behavioral model from Mansueto; the TLC Foundation runs an annual conference.'),
    C("Client Ingibjörg Kristinsdóttir's Substack https://ingakristins.substack.com describes her therapy; she lives in Grafarholt Reynisvatn.", [('name', 'Ingibjörg Kristinsdóttir'), ('url', 'https://ingakristins.substack.com'), ('place', 'Grafarholt Reynisvatn')]),
    C("Father Anselm Nwokolo-Eze, a priest at St. Brigid's Mission Okpuno, is my client; burnout and a complaint from a parishioner.", [('name', 'Father Anselm Nwokolo-Eze'), ('place', "St. Brigid's Mission Okpuno")]),
    C('Estonian truck driver Rein Tammsalu, plate 338 BKT, from Kohila alevik, insomnia on night routes.', [('name', 'Rein Tammsalu'), ('vehicle', '338 BKT'), ('place', 'Kohila alevik')]),
    C('Okinawan widow Kamadu Higa, ninety-eight years of age, in Ōgimi-son Kijoka, says her children want her in a facility; family contact higa.kazuo.fam@ryukyumail.jp.', [('name', 'Kamadu Higa'), ('age_over_89', 'ninety-eight years of age'), ('place', 'Ōgimi-son Kijoka'), ('email', 'higa.kazuo.fam@ryukyumail.jp')]),
    C('Guild licence ELEC-VIC-A44182 for client Stavros Karamanlidis, electrocuted coworker, lives in Thornbury Croxton.', [('licence', 'ELEC-VIC-A44182'), ('name', 'Stavros Karamanlidis'), ('place', 'Thornbury Croxton')]),
    C('Seychelles client Marie-Ange Labiche, Anse aux Pins Reserve, heroin use in her son; phone +248 2 518 774.', [('name', 'Marie-Ange Labiche'), ('place', 'Anse aux Pins Reserve'), ('phone', '+248 2 518 774')]),
    C("Question for those in Quebec and Ontario: does the Collège des médecins or CPSO have guidance on prescribing Psilocybin under Health Canada's Special Access Programme?"),
    C('client sanjida akter, garment line in ashulia zirabo, fire survivor — she texts from 01711-448207, can i reply outside hours?', [('name', 'sanjida akter'), ('place', 'ashulia zirabo'), ('phone', '01711-448207')]),
    C('With Easter and Passover close this year, Christian and Jewish families in blended households may need help negotiating rituals, food and time with grandparents.'),
    C('Teacher referral: counsellor@escuelarurallastunas.edu.py about Ñandutí Ortiz Benítez, Compañía Las Tunas, mutism.', [('email', 'counsellor@escuelarurallastunas.edu.py'), ('name', 'Ñandutí Ortiz Benítez'), ('place', 'Compañía Las Tunas')]),
    C("Suspicious logins on 172.16.44.207 to the clinic portal under Fenella Quayle-Crellin's record; she lives at Ballaugh Curragh.", [('ip_address', '172.16.44.207'), ('name', 'Fenella Quayle-Crellin'), ('place', 'Ballaugh Curragh')]),
    C('OnlyFans-related extortion, client Thandiwe Mahlangu-Sekhukhune, Tembisa Ivory Park Ext 7, page https://onlyfans.com/thandi_ivory_rose.', [('name', 'Thandiwe Mahlangu-Sekhukhune'), ('place', 'Tembisa Ivory Park Ext 7'), ('url', 'https://onlyfans.com/thandi_ivory_rose')]),
    C("Fishing boat GY-4418-PT capsized; the survivor Evaristo Quaresma from Bairro da Bela Vista de Peniche can't sleep.", [('vehicle', 'GY-4418-PT'), ('name', 'Evaristo Quaresma'), ('place', 'Bairro da Bela Vista de Peniche')]),
    C('Tuk-tuk driver Sugathapala Wickramarachchi, Dematagoda Siyasetha Watta, three-wheeler WP QA-4418, alcohol.', [('name', 'Sugathapala Wickramarachchi'), ('place', 'Dematagoda Siyasetha Watta'), ('vehicle', 'WP QA-4418')]),
    C('The Trevor Project and Mermaids are often mentioned by young trans clients; in Canada, Trans Lifeline and Kids Help Phone are the usual options.'),
    C('Bosnian survivor Nermina Hodžić, in her 91st year, in Potočari Donji, intrusive memories; JMBG 0204933175006.', [('name', 'Nermina Hodžić'), ('age_over_89', '91st year'), ('place', 'Potočari Donji'), ('ssn', '0204933175006')]),
    C("For panic disorder, David Clark's cognitive model is still the basis; Barlow's Mastery of Your Anxiety and Panic workbook in the Treatments That Work series is a solid client text."),
    C("ADHD in women: I recommend Sari Solden's Women with Attention Deficit Disorder and the ASRS v1.1; Vyvanse shortages in the autumn made titration hard for many on Medicaid."),
    C('Shared-house wifi 192.168.8.41 — my client Ishaan Venkataraman, student at Woodlands Hostel Block C, thinks flatmates read his journal.', [('ip_address', '192.168.8.41'), ('name', 'Ishaan Venkataraman'), ('place', 'Woodlands Hostel Block C')]),
    C("Supervision question about Tarasoff duties: California and Texas differ, and the American Psychological Association doesn't give a single national rule."),
    C("EMDR Europe and the EMDR International Association have different accreditation routes; Francine Shapiro's third edition text is still the core reading for both."),
    C('Telegram group https://t.me/fitnah_kampung_seri shamed client Nur Aisyah binti Rosli, Kampung Seri Tanjung Lima.', [('url', 'https://t.me/fitnah_kampung_seri'), ('name', 'Nur Aisyah binti Rosli'), ('place', 'Kampung Seri Tanjung Lima')]),
    C('Pacemaker anxiety: Rosalind Okafor-Lindqvist, Rinkeby Kvarn, device Medtronic Azure SN RNB441827S, phone +46 70 441 82 07.', [('name', 'Rosalind Okafor-Lindqvist'), ('place', 'Rinkeby Kvarn'), ('device', 'Medtronic Azure SN RNB441827S'), ('phone', '+46 70 441 82 07')]),
    C('Algerian harraga survivor Walid Bouzidi from Douar Ouled Bouhenni, shipwreck flashbacks; HCR registration ALG-15-C04281.', [('name', 'Walid Bouzidi'), ('place', 'Douar Ouled Bouhenni'), ('account', 'ALG-15-C04281')]),
    C('Turkmen client Ogulgerek Berdiyeva, Bäherden etrap obasy Arçman, obsessive fear about her son in the army; phone +993 65 44 18 27.', [('name', 'Ogulgerek Berdiyeva'), ('place', 'Bäherden etrap obasy Arçman'), ('phone', '+993 65 44 18 27')]),
    C('Eating disorder teams in Scotland, Wales and Northern Ireland seem to use MARSIPAN differently; the Royal College of Psychiatrists replaced it with the Medical Emergencies in Eating Disorders guidance.'),
    C("Emotionally Focused Therapy for couples after infidelity: Sue Johnson's Hold Me Tight works as bibliotherapy, and Gottman and Silver's What Makes Love Last? is a good companion."),
    C('Zambian copper miner Chanda Mutale Mulenga, NRC 223417/61/1, lives in Chamboli Township, Kitwe; alcohol and gambling.', [('name', 'Chanda Mutale Mulenga'), ('ssn', '223417/61/1'), ('place', 'Chamboli Township'), ('place', 'Kitwe')]),
    C("I keep returning to Irvin Yalom's The Gift of Therapy and Existential Psychotherapy; his four givens help when a Buddhist or Jewish client raises death and meaning."),
    C("the clinic wifi shows 10.44.18.207 for my client ayaan chaudhry-rizvi's tablet every session — he lives in gulberg greens. is he recording?", [('ip_address', '10.44.18.207'), ('name', 'ayaan chaudhry-rizvi'), ('place', 'gulberg greens')]),
    C('Albanian blood-feud confinement: Gjergj Prendi Marku, 17, in Fshati Theth-Okol, has not left home in three years; school ID SH-TH-0933.', [('name', 'Gjergj Prendi Marku'), ('place', 'Fshati Theth-Okol'), ('medical_record', 'SH-TH-0933')]),
    C('Guam veteran Jesus Taitano Cruz, Barrigada Heights, PTSD; VA file VA-GU-44180271, phone (671) 477-4182.', [('name', 'Jesus Taitano Cruz'), ('place', 'Barrigada Heights'), ('medical_record', 'VA-GU-44180271'), ('phone', '(671) 477-4182')]),
    C("For hoarding disorder I like Frost and Steketee's Buried in Treasures, the Saving Inventory-Revised and the Clutter Image Rating; the International OCD Foundation has a Hoarding Center page."),
    C("When clients mention Stoicism, I point them to Marcus Aurelius' Meditations and Albert Ellis's REBT; Donald Robertson's How to Think Like a Roman Emperor bridges the two."),
    C('Saskatchewan farmer Orval Lindgren near Lipton Hutterite colony road, suicidal during drought; SK health card 812 447 093.', [('name', 'Orval Lindgren'), ('place', 'Lipton Hutterite colony road'), ('health_plan', '812 447 093')]),
    C('Kashmiri client Mir Sameer Ahmad, Mohalla Nowpora Khanyar, pellet injury to the eye; UDID UDID JK0410619910448127.', [('name', 'Mir Sameer Ahmad'), ('place', 'Mohalla Nowpora Khanyar'), ('device', 'UDID JK0410619910448127')]),
    C('Samoan matai Tuilagi Faʻasavalu Leaupepe from Lotofaga-i-Uta, grief after the tsunami, wants family therapy; fax from the district nurse +685 22 419.', [('name', 'Tuilagi Faʻasavalu Leaupepe'), ('place', 'Lotofaga-i-Uta'), ('fax', '+685 22 419')]),
    C("For Deaf clients in the United States, the ADA requires interpreters at the practice's cost; the Registry of Interpreters for the Deaf lists certified ASL interpreters."),
    C('Lithuanian client Aušrinė Žemaitytė, personal code 48911130428, Šilainiai, postnatal depression, maternity ward file KKL-2024-7718.', [('name', 'Aušrinė Žemaitytė'), ('ssn', '48911130428'), ('place', 'Šilainiai'), ('medical_record', 'KKL-2024-7718')]),
    C('Corsican client Santu-Paulu Filippi, Hameau de Pruno, grief after an assassination; Carte Vitale 1 62 04 2B 441 827 18.', [('name', 'Santu-Paulu Filippi'), ('place', 'Hameau de Pruno'), ('health_plan', '1 62 04 2B 441 827 18')]),
    C("On Thanksgiving and Christmas, many clients in recovery lean on Alcoholics Anonymous and SMART Recovery meetings; I'd love to hear how others plan for the November to January stretch."),
    C('Hospital fax +20 2 2441 8273 for Marina Shenouda Ghaly, Ezbet El Nakhl Gharb, first psychosis, admitted 17/02/2026.', [('fax', '+20 2 2441 8273'), ('name', 'Marina Shenouda Ghaly'), ('place', 'Ezbet El Nakhl Gharb'), ('date', '17/02/2026')]),
    C("Has anyone read Bruce Perry and Oprah Winfrey's What Happened to You? Teachers in our Head Start programme found it more accessible than Perry's The Boy Who Was Raised as a Dog."),
    C('Wheelchair user Ratu Epeli Qalo, Vatuwaqa Flats, lost his chair Quickie Q7 SN QK-77120 in a flood; phone +679 991 4482.', [('name', 'Ratu Epeli Qalo'), ('place', 'Vatuwaqa Flats'), ('device', 'Quickie Q7 SN QK-77120'), ('phone', '+679 991 4482')]),
    C('The school faxed (+237 233 44 18 27) a note on Ndzana Mbarga Junior, 12, of Quartier Mvog-Betsi, about self-harm on 21 January 2026.', [('fax', '+237 233 44 18 27'), ('name', 'Ndzana Mbarga Junior'), ('place', 'Quartier Mvog-Betsi'), ('date', '21 January 2026')]),
    C('Kyrgyz labour migrant Nurlanbek Toktogulov, Ak-Jol jangy-konush, back from Russia, PIN 21108199100431.', [('name', 'Nurlanbek Toktogulov'), ('place', 'Ak-Jol jangy-konush'), ('ssn', '21108199100431')]),
    C('Tibetan exile Tenzin Dolkar Lhamo, Bylakuppe Camp No. 4, torture history; Green Book GB-BYL-19442.', [('name', 'Tenzin Dolkar Lhamo'), ('place', 'Bylakuppe Camp No. 4'), ('account', 'GB-BYL-19442')]),
    C('Ouma Sarie Kleinhans, age 106, of Kommetjie Ocean View, hoards newspapers; daughter asks about capacity.', [('name', 'Ouma Sarie Kleinhans'), ('age_over_89', 'age 106'), ('place', 'Kommetjie Ocean View')]),
    C('Schema Therapy question: does anyone use the Young Schema Questionnaire short form with Arabic-speaking clients? The translations I found came from small studies, none from Jordan or Egypt.'),
    C('Hawaiian kupuna Leialoha Kahananui, ninety-seven next month, in Waiʻanae Mākaha Valley, after the Lahaina fires her grandson moved in.', [('name', 'Leialoha Kahananui'), ('age_over_89', 'ninety-seven next month'), ('place', 'Waiʻanae Mākaha Valley'), ('place', 'Lahaina')]),
    C('Peruvian Shipibo artist Rosalía Sanancino Ramírez, Asentamiento Cantagallo, after the fire; DNI 44190382, phone +51 961 448 203.', [('name', 'Rosalía Sanancino Ramírez'), ('place', 'Asentamiento Cantagallo'), ('ssn', '44190382'), ('phone', '+51 961 448 203')]),
    C('Bruneian client Dayang Nurul Syafiqah, Kampong Sungai Kebun Ayer, family shame after pregnancy; IC 01-448213.', [('name', 'Dayang Nurul Syafiqah'), ('place', 'Kampong Sungai Kebun Ayer'), ('ssn', '01-448213')]),
    C('Uruguayan gaucho Washington Ferreira Olivera, Paraje Cuchilla de Mangueras, aged ninety-two and a half, refusing to leave the estancia.', [('name', 'Washington Ferreira Olivera'), ('place', 'Paraje Cuchilla de Mangueras'), ('age_over_89', 'aged ninety-two and a half')]),
    C("Does the Edinburgh Postnatal Depression Scale work for fathers? Some studies lower the cut-off, and the Royal College of Obstetricians and Gynaecologists doesn't mention dads much."),
    C("Our Mentalization-Based Treatment team uses Bateman and Fonagy's handbook; the Anna Freud centre's training is great but the waiting list is long and costs are high."),
    C("Paediatrician's fax +372 744 1827: Kristjan Põldma, 9, from Vastse-Kuuste, selective mutism since 1 September 2025.", [('fax', '+372 744 1827'), ('name', 'Kristjan Põldma'), ('place', 'Vastse-Kuuste'), ('date', '1 September 2025')]),
    C("Recommendation: Atul Gawande's Being Mortal and Kathryn Mannix's With the End in Mind for anyone doing hospice or palliative work with Catholic or Muslim families."),
    C("quick q - client kaveh rostami, lives in shahrak-e ekbatan phase 3, keeps logging into his ex's account from 185.112.44.71; is that something I have to report?", [('name', 'kaveh rostami'), ('place', 'shahrak-e ekbatan phase 3'), ('ip_address', '185.112.44.71')]),
    C("Our EHR audit shows 203.145.71.19 accessed Mahina Kealoha-Pua's notes; she works at Hilo Bayfront Fish Market.", [('ip_address', '203.145.71.19'), ('name', 'Mahina Kealoha-Pua'), ('place', 'Hilo Bayfront Fish Market')]),
    C('GP letter, fax +354 525 4418, about Þórhildur Egilsdóttir in Bolungarvík, seen on 6 November 2025 after an avalanche warning.', [('fax', '+354 525 4418'), ('name', 'Þórhildur Egilsdóttir'), ('place', 'Bolungarvík'), ('date', '6 November 2025')]),
    C('Swiss hotelier Urs-Beat Zwahlen, Grindelwald Grund, burnout; AHV 756.4418.2930.17, car BE 441827.', [('name', 'Urs-Beat Zwahlen'), ('place', 'Grindelwald Grund'), ('ssn', '756.4418.2930.17'), ('vehicle', 'BE 441827')]),
    C("Does anyone have a good handout on Mirtazapine and weight gain? My clients on Remeron ask on Fridays before the weekend, when the pharmacist can't be reached."),
    C('Client Véronique Kabongo-Mutombo, Quartier Matonge Ixelles, exile trauma; mutuelle Solidaris 44182-731.', [('name', 'Véronique Kabongo-Mutombo'), ('place', 'Quartier Matonge Ixelles'), ('health_plan', 'Solidaris 44182-731')]),
    C('For Bengali-speaking clients, has anyone used the PHQ-9 translation alongside the Kessler K10? BRAC colleagues in Bangladesh asked me last Ramadan.'),
    C('Quebec client Ghislaine Thibodeau-Lévesque, 118 rang Saint-Isidore, Saint-Éloi-de-Kamouraska, G0L 2V0; RAMQ THIG 5207 1419.', [('name', 'Ghislaine Thibodeau-Lévesque'), ('street_address', '118 rang Saint-Isidore'), ('place', 'Saint-Éloi-de-Kamouraska'), ('zip_code', 'G0L 2V0'), ('health_plan', 'THIG 5207 1419')]),
    C("Sister Mary Josephine Amoako, convent at Abor Sisters of the Holy Rosary house, wants supervision about a novice's scrupulosity.", [('name', 'Sister Mary Josephine Amoako'), ('place', 'Abor Sisters of the Holy Rosary house')]),
    C("Recommend a gentle book for grieving parents? Megan Devine's It's OK That You're Not OK and C.S. Lewis's A Grief Observed are the two I lend most often."),
    C("For couples where one partner has ADHD, Melissa Orlov's The ADHD Effect on Marriage is readable; Russell Barkley's Taking Charge of Adult ADHD suits the partner with the diagnosis."),
    C('Icelandic client Sólveig Hrafnkelsdóttir, kennitala 170482-3319, lives at Hraunbrún 22, Vellir Hafnarfjörður, IS-209; volcanic evacuation anxiety.', [('name', 'Sólveig Hrafnkelsdóttir'), ('ssn', '170482-3319'), ('street_address', 'Hraunbrún 22'), ('place', 'Vellir Hafnarfjörður'), ('zip_code', 'IS-209')]),
    C("Has anyone used the Neuropsychiatric Inventory with carers in frontotemporal dementia? Families referred by the Alzheimer's Society and Dementia UK ask how we measure change in Apathy."),
    C('Senegalese talibé returnee Mamadou Lamine Diouf, Quartier Ndiarème, nightmares; NGO case TAL-SN-7730, caseworker fax +221 33 951 40 88.', [('name', 'Mamadou Lamine Diouf'), ('place', 'Quartier Ndiarème'), ('account', 'TAL-SN-7730'), ('fax', '+221 33 951 40 88')]),
    C('Blog by my client Nilufar Yusupova: https://nilufar-kundalik.uz/kunlar, posts about self-harm; she lives in Chilonzor 9-kvartal.', [('name', 'Nilufar Yusupova'), ('url', 'https://nilufar-kundalik.uz/kunlar'), ('place', 'Chilonzor 9-kvartal')]),
    C('Mentoring note: the American Counseling Association, NBCC and CACREP have different roles; trainees in Virginia and Ohio often mix them up in their first year.'),
    C("Does anyone know if Beat's helpline is open on Boxing Day? I need to know for Studentline and Youthline too, over Christmas and New Year."),
    C('Has anyone tried the Unified Protocol from David Barlow with Portuguese-speaking clients? Is there a Brazilian translation? It works well for mixed Anxiety and Depression.'),
    C('Court order dated 11 September 2025, fax +64 7 441 8270, client Hineana Te Kiri, Minginui, custody dispute.', [('date', '11 September 2025'), ('fax', '+64 7 441 8270'), ('name', 'Hineana Te Kiri'), ('place', 'Minginui')]),
    C('fax from the prison: +995 32 244 1827, inmate Levan Gelashvili-Tsikhelashvili, transferred 8 August 2025 to Ksani colony village.', [('fax', '+995 32 244 1827'), ('name', 'Levan Gelashvili-Tsikhelashvili'), ('date', '8 August 2025'), ('place', 'Ksani colony village')]),
    C("DBT skills training in Portuguese: Linehan's handouts have been translated, and Brazilian and Portuguese colleagues run trainings every September."),
    C('Headspace (the Australian youth charity, not the app) and ReachOut run great resources; Beyond Blue and Lifeline cover adults, and 13YARN supports Aboriginal and Torres Strait Islander callers.'),
    C('Question on Bupropion (Wellbutrin) and seizures in clients with bulimia: the FDA label lists bulimia and anorexia as contraindications, so check before any Zyban prescription.'),
    C('Kiribati client Teburoro Tekanene, Betio Temwaiku, sea-level anxiety; passport KR0044187.', [('name', 'Teburoro Tekanene'), ('place', 'Betio Temwaiku'), ('ssn', 'KR0044187')]),
    C('Devon dairy widow Eulalie Pengelly, age ninety-four, Bratton Clovelly, loneliness; NHS NHS 719 442 0817.', [('name', 'Eulalie Pengelly'), ('age_over_89', 'age ninety-four'), ('place', 'Bratton Clovelly'), ('health_plan', 'NHS 719 442 0817')]),
    C('Qatari employer abuse case: domestic worker Marites Dagdag Bautista sheltered at Fereej Bin Mahmoud, QID 28760844117.', [('name', 'Marites Dagdag Bautista'), ('place', 'Fereej Bin Mahmoud'), ('ssn', '28760844117')]),
    C('Tahu Ngāwhare has asked me to write to his iwi trust at 42 Pā Road, Te Teko Kokohinau, 3192; is a letter a breach?', [('name', 'Tahu Ngāwhare'), ('street_address', '42 Pā Road'), ('place', 'Te Teko Kokohinau'), ('zip_code', '3192')]),
    C('Cochlear implant user Hamdi Yusuf Warsame, Cedar-Riverside West Bank, depression; implant Nucleus CI632 SN 4418-2201.', [('name', 'Hamdi Yusuf Warsame'), ('place', 'Cedar-Riverside West Bank'), ('device', 'Nucleus CI632 SN 4418-2201')]),
    C("Supervisee's client Prakash Shrestha Magar lost his savings to a crypto scam site http://bitnepal-gold-invest.top; he lives at Ward 6, Galli 3, Kirtipur Panga.", [('name', 'Prakash Shrestha Magar'), ('url', 'http://bitnepal-gold-invest.top'), ('street_address', 'Ward 6, Galli 3'), ('place', 'Kirtipur Panga')]),
    C('Any thoughts on Woebot or Wysa as adjuncts between sessions? Neither is a therapist, and neither replaces a Safety Plan or the 988 Lifeline.'),
    C('Honduran deportee Dennis Orlando Zelaya Mejía, colonia Colonia Rivera Hernández, threats from maras; phone +504 9884-2017.', [('name', 'Dennis Orlando Zelaya Mejía'), ('place', 'Colonia Rivera Hernández'), ('phone', '+504 9884-2017')]),
    C('Any recommendations for Arabic-speaking EMDR consultants? Do the Trauma Recovery Network or EMDR Humanitarian Assistance Programs keep lists for Jordan and Lebanon?'),
    C('Cargo ship cook Reynaldo Macatangay, IMO IMO 9441827, abandoned in port, home Barangay Wawa Nasugbu; SIRB SIRB C-0441827.', [('name', 'Reynaldo Macatangay'), ('vehicle', 'IMO 9441827'), ('place', 'Barangay Wawa Nasugbu'), ('licence', 'SIRB C-0441827')]),
    C("Does anyone know whether Medicaid in Texas or Florida covers Family-Based Treatment for anorexia? Lock and Le Grange's Help Your Teenager Beat an Eating Disorder is the parent text, and F.E.A.S.T. has guides."),
    C("Cultural formulation: the DSM-5-TR Cultural Formulation Interview has sixteen core questions; Laurence Kirmayer's writing on idioms of distress is the background."),
    C('Bihari migrant Chhotu Ram Paswan, Tola Musahari Pachhiyari, train-crush trauma; e-Shram UAN 2104 4817 9923.', [('name', 'Chhotu Ram Paswan'), ('place', 'Tola Musahari Pachhiyari'), ('account', 'UAN 2104 4817 9923')]),
    C('Do colleagues in Finland use Open Dialogue the way Jaakko Seikkula described? The Open Dialogue UK training and the ODDESSI trial with NHS trusts should report soon.'),
    C('Man in his forties, Ólafur Þorvaldsson, who runs a guesthouse called Gistiheimilið Fjallakofi near Kirkjubæjarklaustur, asked whether his panic during the eruption counts as trauma; he joined from 157.157.44.182.', [('name', 'Ólafur Þorvaldsson'), ('place', 'Gistiheimilið Fjallakofi'), ('place', 'Kirkjubæjarklaustur'), ('ip_address', '157.157.44.182')]),
    C("Kamau wa Gathoni, Kiambu Ndumberi ridge, miraa use, and his daughter's email wanjiku.gathoni@kiambumail.co.ke.", [('name', 'Kamau wa Gathoni'), ('place', 'Kiambu Ndumberi ridge'), ('email', 'wanjiku.gathoni@kiambumail.co.ke')]),
    C('Hokkaido dairy farmer Tetsuo Maruyama, 54, from Shibetsu Nishi-machi, suicidal after the herd cull; My Number 4082 7713 5920.', [('name', 'Tetsuo Maruyama'), ('place', 'Shibetsu Nishi-machi'), ('ssn', '4082 7713 5920')]),
    C('The Mental Capacity Act 2005 Code of Practice is under revision; the Deprivation of Liberty Safeguards remain until Liberty Protection Safeguards arrive, and the Government has set no firm date.'),
    C("Anyone trained in Internal Family Systems through the IFS Institute? Richard Schwartz's No Bad Parts is popular with clients, but I'm unsure how it sits with DBT skills work."),
    C('Flatmate conflict: Callum Kerr-Maclean, Flat 3/2, 41 Dumbarton Road, Partickhill, G11 6AB, eviction panic.', [('name', 'Callum Kerr-Maclean'), ('street_address', 'Flat 3/2, 41 Dumbarton Road'), ('place', 'Partickhill'), ('zip_code', 'G11 6AB')]),
    C('Truck driver Hendrik Swanepoel, Kuruman Wrenchville, licence PrDP 4418 2291 7703, fatigue crash; plate CB 44-18 NC.', [('name', 'Hendrik Swanepoel'), ('place', 'Kuruman Wrenchville'), ('licence', 'PrDP 4418 2291 7703'), ('vehicle', 'CB 44-18 NC')]),
    C('Guinean miner Mamadouba Camara, bauxite sites, lives at Kamsar Cité Filima, vehicle RC 4471 AM, anger outbursts.', [('name', 'Mamadouba Camara'), ('place', 'Kamsar Cité Filima'), ('vehicle', 'RC 4471 AM')]),
    C('Is anyone using the Alcohol Use Disorders Identification Test (AUDIT-C) in Polish or Lithuanian? The WHO versions exist, and Alcohol Change UK has brief advice leaflets.'),
    C('Reform of the Mental Health Act 1983 in England and Wales has been debated for years; Mind and the Care Quality Commission have commented on autism and learning disability.'),
    C('Stimulant shortages in 2023 hit Concerta and Ritalin in Britain and the United States; Medikinet and Equasym were sometimes easier to find.'),
    C("I'm looking for research on the Circle of Security Parenting programme in Aboriginal communities; the Australian Institute of Family Studies may have evaluations."),
    C('His YouTube https://youtube.com/@gamal_abyssinia_vlogs shows him in crisis; client Gamaliel Worku Haile, Gerji Mebrat Hail.', [('url', 'https://youtube.com/@gamal_abyssinia_vlogs'), ('name', 'Gamaliel Worku Haile'), ('place', 'Gerji Mebrat Hail')]),
    C("For binge eating disorder, Lisdexamfetamine (Vyvanse) is FDA-approved, and Christopher Fairburn's Overcoming Binge Eating with CBT-E remains the first psychological choice."),
    C('Comorian migrant Ahamada Soilihi, crossed to Mayotte by kwassa, lives in Kawéni bidonville Mahabou; CAF file 976-CAF-88120.', [('name', 'Ahamada Soilihi'), ('place', 'Kawéni bidonville Mahabou'), ('account', '976-CAF-88120')]),
    C('Medicare now covers marriage and family therapists and mental health counsellors since January 2024; check the CMS enrolment rules before billing 90837.'),
    C('Email from client Sipho Bhekizizwe Ntuli: bheki.ntuli@umlazi-tyres.co.za, workplace shooting at Umlazi V Section.', [('name', 'Sipho Bhekizizwe Ntuli'), ('email', 'bheki.ntuli@umlazi-tyres.co.za'), ('place', 'Umlazi V Section')]),
    C("For Tuesday's journal club: Fonagy and Allison on Epistemic Trust, then Bateman's paper on MBT for Antisocial Personality Disorder in the Journal of Personality Disorders."),
    C('For insomnia in menopause, the North American Menopause Society (now The Menopause Society) recommends CBT-I and, for some, Fezolinetant (Veozah) for hot flushes.'),
    C('For opioid use disorder, Buprenorphine (Subutex) and Buprenorphine-Naloxone (Suboxone) are first line alongside Methadone; the long-acting injection Buvidal is used in Europe and Australia.'),
    C('Medicaid unwinding ended coverage for many of my clients in 2023; NAMI and the Kaiser Family Foundation had good explainers, which I adapted for Spanish and Vietnamese speakers.'),
    C('Prosthetic leg Ottobock Genium X3 SN 1822-4470, client Dragan Ilić Ćosić, Mala Krsna, landmine amputee, phantom pain and anger.', [('device', 'Ottobock Genium X3 SN 1822-4470'), ('name', 'Dragan Ilić Ćosić'), ('place', 'Mala Krsna')]),
    C('Finnish sauna-owner Eero-Pekka Halttunen from Kuusjärvi village, alcohol use; henkilötunnus 061159-417K, Kela card Kela 88130-4471.', [('name', 'Eero-Pekka Halttunen'), ('place', 'Kuusjärvi village'), ('ssn', '061159-417K'), ('health_plan', 'Kela 88130-4471')]),
    C('Do any of you use the Columbia-Suicide Severity Rating Scale in Spanish with Puerto Rican or Dominican clients? The Lighthouse Project has many translations.'),
    C('Farm ute crash: Bronwyn Tregoning, Kimba South, ute S 441-BKT, survivor guilt after her brother died.', [('name', 'Bronwyn Tregoning'), ('place', 'Kimba South'), ('vehicle', 'S 441-BKT')]),
    C("Are Australian colleagues using Medicare's Better Access items for group therapy? The Australian Psychological Society and Psychology Board of Australia have updated notes."),
    C("Client Léa-Maëlle Kouassi forwarded me threats from vengeur.anonyme77@protonmail.com; she works at Pharmacie des Deux Plateaux Vallon. What's the safest way to document?", [('name', 'Léa-Maëlle Kouassi'), ('email', 'vengeur.anonyme77@protonmail.com'), ('place', 'Pharmacie des Deux Plateaux Vallon')]),
    C('Aigerim Zhaksylykova, Abay dangyly 44, pater 18, Kordai auyly, 080600, anorexia in a ballet student.', [('name', 'Aigerim Zhaksylykova'), ('street_address', 'Abay dangyly 44, pater 18'), ('place', 'Kordai auyly'), ('zip_code', '080600')]),
    C("For ARFID I've moved from general CBT to the CBT-AR protocol from Thomas and Eddy; it pairs well with the Nine Item ARFID Screen, and Beat has decent material for parents."),
    C('Stalking: Aino Lehtikuusi says her ex logs into her cloud from 91.152.207.18; she moved to Rantakatu 4 B 12, Vuosaari, 00980.', [('name', 'Aino Lehtikuusi'), ('ip_address', '91.152.207.18'), ('street_address', 'Rantakatu 4 B 12'), ('place', 'Vuosaari'), ('zip_code', '00980')]),
    C('Orcadian ferry engineer Magnus Rendall Flett, Burray Village, panic at sea; seafarer discharge book SDB 448117.', [('name', 'Magnus Rendall Flett'), ('place', 'Burray Village'), ('licence', 'SDB 448117')]),
    C("Our Lutheran and Catholic chaplains asked for a workshop on moral injury; I'm using Brett Litz's Adaptive Disclosure and Jonathan Shay's Achilles in Vietnam."),
    C('Client Adanech Alemu, domestic worker returned from Achrafieh Sassine, Woreda 04 Addisu Gebeya, phone +251 91 144 8273.', [('name', 'Adanech Alemu'), ('place', 'Achrafieh Sassine'), ('place', 'Woreda 04 Addisu Gebeya'), ('phone', '+251 91 144 8273')]),
    C("For perinatal OCD, Fiona Challacombe's Break Free from OCD and her perinatal work are superb; Maternal OCD, a British charity, supports families."),
    C('Referral from the ger district clinic: Ganzorig Dashnyam, Khoroo 14, Building 7B, Bayanzürkh 26th khoroo, alcohol relapse after his licence DL MN-448271 was suspended.', [('name', 'Ganzorig Dashnyam'), ('street_address', 'Khoroo 14, Building 7B'), ('place', 'Bayanzürkh 26th khoroo'), ('licence', 'DL MN-448271')]),
    C('Rajasthani client Bhanwari Devi Meghwal, Dhani Kheriya ki, child marriage survivor; Jan Aadhaar JA-1044-8821-73.', [('name', 'Bhanwari Devi Meghwal'), ('place', 'Dhani Kheriya ki'), ('health_plan', 'JA-1044-8821-73')]),
    C('For Sikh and Hindu clients grieving during Diwali or Vaisakhi, it helps to ask how the family marks the festival rather than assuming it is a joyful time.'),
    C('Hospital number MRN 7744-1827 for Sefo Leiataua-Tuimavave, Vaitele Fou, second admission for cannabis psychosis.', [('medical_record', 'MRN 7744-1827'), ('name', 'Sefo Leiataua-Tuimavave'), ('place', 'Vaitele Fou')]),
    C("Recommended for therapists who are parents: Lori Gottlieb's Maybe You Should Talk to Someone and Nancy McWilliams' Psychoanalytic Diagnosis, both warm and clear."),
    C('Aripiprazole (Abilify) and impulse control: the FDA added a warning about compulsive gambling in 2016, so ask about gambling apps and Bet365 accounts at every Lithium or Abilify review.'),
    C('Danish client Mette Kjærsgaard Holm, Skovvænget 14, 2. tv., 8660, Skanderborg; CPR 030791-2148.', [('name', 'Mette Kjærsgaard Holm'), ('street_address', 'Skovvænget 14, 2. tv.'), ('zip_code', '8660'), ('place', 'Skanderborg'), ('ssn', '030791-2148')]),
    C("Client's mother Ayşegül Çiftçioğlu email aysegul.cift@tekirdagposta.com.tr, Barbaros Mahallesi Şarköy, earthquake relocation trauma.", [('name', 'Ayşegül Çiftçioğlu'), ('email', 'aysegul.cift@tekirdagposta.com.tr'), ('place', 'Barbaros Mahallesi Şarköy')]),
    C("Trainees often confuse Schema Therapy modes with IFS parts; Jeffrey Young's Reinventing Your Life is helpful, as is Arntz and Jacob's Schema Therapy in Practice."),
    C('Gaming disorder in a 15-year-old, Tran Gia Huy, from Phường Đa Kao; his Steam profile https://steamcommunity.com/id/huytran_qn2009 shows 90 hours a week.', [('name', 'Tran Gia Huy'), ('place', 'Phường Đa Kao'), ('url', 'https://steamcommunity.com/id/huytran_qn2009')]),
    C('Does anyone know if Blue Cross Blue Shield pays for EMDR intensives in one week? Aetna and Cigna both asked for separate authorisations per day.'),
    C("The WHO's Problem Management Plus and Self-Help Plus have been trialled with Syrian and South Sudanese refugees; the manuals are free in Arabic, English and French."),
    C('Nunavut client Ooleepeeka Kilabuk, Apex Nunavut, TB in the family; NU health NU 1-4478-2910, fax 867-979-4417.', [('name', 'Ooleepeeka Kilabuk'), ('place', 'Apex Nunavut'), ('health_plan', 'NU 1-4478-2910'), ('fax', '867-979-4417')]),
    C('Gujarati diamond polisher Jignesh Patel Dudhat, Varachha Mini Bazaar, job loss; Aadhaar 4412 7781 0932.', [('name', 'Jignesh Patel Dudhat'), ('place', 'Varachha Mini Bazaar'), ('ssn', '4412 7781 0932')]),
    C('Liepa Grigaitė from Nidos kaimas, IP logs 78.56.118.204 show someone reading her session notes.', [('name', 'Liepa Grigaitė'), ('place', 'Nidos kaimas'), ('ip_address', '78.56.118.204')]),
    C('Pilot Kwabena Adjei-Brempong, ATPL GCAA ATPL 1127, crash anniversary, lives at Trasacco Valley.', [('name', 'Kwabena Adjei-Brempong'), ('licence', 'GCAA ATPL 1127'), ('place', 'Trasacco Valley')]),
    C('Client Noor-ul-Ain Siddiqui moved to Flat 12, Al Rawda Tower, Al Nahda 2, panic after a fire drill.', [('name', 'Noor-ul-Ain Siddiqui'), ('street_address', 'Flat 12, Al Rawda Tower'), ('place', 'Al Nahda 2')]),
    C('Abuelo Nicanor Huamán, a hundred and four, Comunidad Chaupimarca, refuses food since his wife died.', [('name', 'Abuelo Nicanor Huamán'), ('age_over_89', 'a hundred and four'), ('place', 'Comunidad Chaupimarca')]),
    C('Client Taini Hughes-Pritchard, Bryn Eithin 7, Llanuwchllyn Glan-llyn, LL23 7UB, Welsh-medium therapy request.', [('name', 'Taini Hughes-Pritchard'), ('street_address', 'Bryn Eithin 7'), ('place', 'Llanuwchllyn Glan-llyn'), ('zip_code', 'LL23 7UB')]),
    C('When clients ask about Ozempic and mood, I point to the EMA review from 2024, which found no causal link with suicidal thoughts, and to their GP or endocrinologist.'),
    C("Client Zarina Mamadshoeva, Pamiri teacher from Roshtqal'a qishloq, grief after the border clashes.", [('name', 'Zarina Mamadshoeva'), ('place', "Roshtqal'a qishloq")]),
    C("When I teach Gestalt, I start with Fritz and Laura Perls, then Yontef's Awareness, Dialogue and Process; trainees from Italy and Brazil usually know it better than I do."),
    C('Basotho herdboy Teboho Mokhethi, from Ha Ramabanta Ha Tšiu, depression after stock theft; clinic card RMB-0441/23.', [('name', 'Teboho Mokhethi'), ('place', 'Ha Ramabanta Ha Tšiu'), ('medical_record', 'RMB-0441/23')]),
    C("I'm curious whether Polyvagal Theory (Stephen Porges) adds much beyond the Window of Tolerance from Dan Siegel; critics like Paul Grossman dispute its physiology."),
    C("For Muslim clients considering therapy, Rania Awaad's work at Stanford University on Islamic psychology and the Khalil Center's model are helpful starting points before Eid."),
    C('Atomoxetine (Strattera) versus Guanfacine (Intuniv) for ADHD with tics: the Canadian CADDRA guidelines give both a place, and the NICE guideline lists them after stimulants.'),
    C('Client Anahí Quispe Mamani from Uros Titino island, lake pollution grief; SIS SIS 44182731.', [('name', 'Anahí Quispe Mamani'), ('place', 'Uros Titino island'), ('health_plan', 'SIS 44182731')]),
    C("Lithium levels: the British National Formulary says check every three months in the first year; my client's psychiatrist checks every six. Is there a Royal College of Psychiatrists position?"),
    C('Has anyone used Dialectical Behaviour Therapy with Deaf clients in British Sign Language? SignHealth offers BSL therapy and might share adapted DBT diary cards.'),
    C('Please fax the risk assessment back to (505) 441-8209; client Loretta Yazzie-Begay from Tohatchi Chapter, DOB 09/22/1971.', [('fax', '(505) 441-8209'), ('name', 'Loretta Yazzie-Begay'), ('place', 'Tohatchi Chapter'), ('date', '09/22/1971')]),
    C('Bus driver Aroha Whakaruru had a passenger die; PSV licence P-endorsement DL FK441827, bus NZ fleet KB4418, lives Ōtara Ferguson.', [('name', 'Aroha Whakaruru'), ('licence', 'P-endorsement DL FK441827'), ('vehicle', 'NZ fleet KB4418'), ('place', 'Ōtara Ferguson')]),
    C('Hong Kong protester, Lam Chi-hin, now at Tai Hang Tung Estate Block 7, arrest anniversary 12 June 2019; HKID K418827(3).', [('name', 'Lam Chi-hin'), ('place', 'Tai Hang Tung Estate Block 7'), ('date', '12 June 2019'), ('ssn', 'K418827(3)')]),
    C("Quick reminder: GDPR Article 9 treats health data as a special category; the Information Commissioner's Office and the Irish Data Protection Commission both publish guidance."),
    C('Trauma-Focused CBT from Cohen, Mannarino and Deblinger has a free online course, TF-CBTWeb, hosted by the Medical University of South Carolina.'),
    C("Consult please: Tsetsegmaa Baatarkhuu, herder's widow from Khonkhor Bag, grief after the dzud killed the flock; reachable on +976 9915 2284.", [('name', 'Tsetsegmaa Baatarkhuu'), ('place', 'Khonkhor Bag'), ('phone', '+976 9915 2284')]),
    C('Mozambican cyclone survivor Ercília Matsinhe, Bairro Munhava Central, still in a tent; INGC case IDAI-SOF-12944.', [('name', 'Ercília Matsinhe'), ('place', 'Bairro Munhava Central'), ('account', 'IDAI-SOF-12944')]),
    C('Fax +506 2441 8270 from the hospice re doña Eulogia Quesada Fallas, 104 yrs, Barrio San Roque de Grecia.', [('fax', '+506 2441 8270'), ('name', 'doña Eulogia Quesada Fallas'), ('age_over_89', '104 yrs'), ('place', 'Barrio San Roque de Grecia')]),
    C('Vietnamese fisherman Phan Văn Lộc from xã Tam Hải, lost his boat QNa-90418-TS in a typhoon, now drinking; phone 0905 377 214.', [('name', 'Phan Văn Lộc'), ('place', 'xã Tam Hải'), ('vehicle', 'QNa-90418-TS'), ('phone', '0905 377 214')]),
    C("Moroccan shepherd's son Hamza Aït Oubella, Tizi n'Tichka hamlet Agouti, earthquake bereavement; CNIE JH582014.", [('name', 'Hamza Aït Oubella'), ('place', "Tizi n'Tichka hamlet Agouti"), ('ssn', 'JH582014')]),
    C('School counsellor file SC-ROT-0441 for Kahurangi Moana Pohatu, Hamurana Road end, anxiety; DOB 30 October 2011.', [('medical_record', 'SC-ROT-0441'), ('name', 'Kahurangi Moana Pohatu'), ('place', 'Hamurana Road end'), ('date', '30 October 2011')]),
]

"""FORTY-SEVENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score (round 41, as
the second blind set for that round beside locked_set_46.py), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included) or scripts/, did not
run the guard, bench/guard_eval.py or any test that imports or runs the
guard, did not read git log messages, bench/README.md, README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or diffs of any
commit, and did not read the snippets of eval_set.py, dev_extra.py,
locked_set.py or locked_set_2.py ... locked_set_45.py (locked_set_46.py
was being written at the same time in another worktree and was not seen
at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_45.py and locked_set_44.py
only (each printed up to its closing triple quote, for the format
description, the provenance wording, the labelling conventions and their
lists of settings, so that this set's differ where possible; none of
their cases), the first 25 lines of
tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and its
last three lines (two snippets, for the file format; none of their
sentences was copied), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py (exactly lines 29-41, nothing else of that file), and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks,
which hold no snippets).  One small slip of the reading rule occurred,
and is stated here: the five readings were first printed together and
the terminal cut the middle of that output (the end of set 45's
docstring and the head of set 44's), so set 45's docstring from its line
170 to its closing triple quote and set 44's docstring up to its line
100 were printed a second time, and set 45's docstring was searched once
with grep for the words "label", "convention" and "span" (the same
permitted text, nothing else).  No other slip occurred.  The overlap
filter described below imported the earlier sets and printed only this
set's own clashing strings.  The only test file run was
test_locked_sets.py (selected with -k 47); ruff was run on this file and
on that test file.  The other set of this round (46) is set in Europe
and the Americas, so every snippet here is set in Africa, Asia and
Oceania (and their diasporas there).

How it was made: every snippet was written by hand, under a very tight
time limit, as a message to peers in a therapists' consultation group,
in Laos (UXO fields, Route 13 truckers), Cambodia (the 1975 evacuation,
garment workers, landmine survivors, Khmer tuk-tuks), Vietnam (boat
people, Agent Orange families, motorbike taxis, nail-salon remittances,
scaffold falls), Thailand (fishing-boat returnees, tuk-tuk drivers, gold
cards), Myanmar and its border camps (Karen refugees, a former monk, a
political prisoner), Mongolia (dzud herders, a river ford, ger
districts), South Korea (Sewol, Itaewon), Taiwan (the Jiji quake),
Hong Kong's estates after the protests, Timor-Leste (1999 widows,
Liquiçá), Papua New Guinea (tribal fighting, sorcery accusations, PMVs),
Solomon Islands (the 2021 unrest, a capsized canoe), Kiribati's rising
sea, Nauru's detention legacy, Tibetans in exile, Iran (the Sarpol-e
Zahab quake, executions, women's rights chats), Iraqi Kurdistan
(Halabja), Yazidis of Sinjar, Assyrians of the Nineveh plains, Lebanon
(the port blast, Tripoli's hills, the Bekaa camps), Palestinians in
Jordan, Yemen (Aden, Hadramawt), Oman's cyclone coast, Armenia's
Artsakh refugees, labour camps in the Gulf, Uganda (Acholi abductees,
Bududa's landslide, boda riders), South Sudan (Pibor, Akobo, Juba),
Sudan's Darfur and Sudanese in Egypt, Somalia (Mogadishu's truck bomb),
Ethiopia (Oromia, the Afar salt flats, Tigray, returned domestic
workers), Madagascar (famadihana, cyclones), Mauritius, the Comoros and
Mayotte, Malawi (Cyclone Freddy, the lake), Namibia (the Herero memory,
Oshakati), South Africa (Umlazi, Khayelitsha, Soweto, Diepsloot,
Carletonville's mines, taxi ranks), Eswatini's protests, Burundi,
Cameroon's Anglophone crisis, Senegal's pirogues, Mali, Burkina Faso,
Sierra Leone's mudslide, Liberia, Côte d'Ivoire, Togo and trafficked
Togolese in Lebanon, Tunisia (louages, Zarzis), Mauritania, Fiji
(Indo-Fijian and iTaukei, nurses, cane trucks), Rotuma, Tokelauans,
Wallisians and Pohnpeians in the diaspora, Tahiti's nuclear memory,
Kazakhstan and Uzbekistan's labour migrants, Uyghurs abroad, Rohingya
camp interpreters, Bangladesh, Pakistan's Gulf labourers and Karachi
hostels, Nepal, and Australia and New Zealand's migrant families:
short referral lines, rushed lower-case chat (seven snippets write names
or places in lower case), forwarded faxes, portal, billing and audit
logs, and longer narrative requests with the identifiers mid-sentence
(fourteen of 349-447 characters).  Sixty-one of the identifier snippets
hold only a name and/or a place, written as ordinary consultation prose
or questions to peers, often with the name mid-sentence or at the start
of a sentence and no cue word before it (nine use a first name alone).
Nothing was composed by a script: the author wrote the snippets in plain
text files outside the repository with the planted spans marked inline,
and a script (also kept outside the repository, in /tmp/set47work/) only
stripped the marks into the expected lists, checked lengths, token
boundaries, duplicate spans and duplicate snippets, measured the clean
density, checked overlap with the earlier sets, shuffled the order with a
fixed seed and wrote this file.  Later edits were typed by hand as
find-and-replace pairs that a small script applied to the drafts.  Edits
made after drafting, stated here: nine false starts and asides the
author had typed into the identifier drafts (a name or a licence, plate
or record number followed by "sorry", "no", "skip", "wrong group" or
"wrong client", and a question answered by "No, he was just there") were
cut with their values; a possessive written inside a name span was moved
out; two doctors' titles were moved out of name spans; six drafted names
of Tongan, Samoan, Māori, Hawaiian and Ghanaian culture (cultures in
earlier sets' lists) were replaced with Tokelauan, Rotuman, Wallisian,
Pohnpeian and Ugandan ones; and about a dozen city names written
unlabelled (a border town, two capitals in clinics' names, a city in an
organisation's name, two capitals before a fax, two cities after a
place, two cities after "in", a capital in an evacuation, a region of
a city, a nightlife district and a prison town) were labelled as places or replaced by the country or the
region; in a last review, a first name repeated unlabelled in two
snippets was replaced by a pronoun and an island named after "in" was
replaced by its territory.  In the clean drafts, a city named in five messages (one with an
aside correcting it) was replaced by its province, state or country, a hospital called "the
General" was cut, and a joke name was cut; to spread the clean messages
over the three bands below, the sentence starts and the pronoun "I" in
about forty-five rushed lower-case drafts were capitalised by a
find-and-replace pass, thirteen messages were given a weekday, month,
country, language, religion or body, one was rewritten with a ministry,
a province, a month and two charities, and twelve were added.  Overlap with
the other sets was resolved by renaming only this set's planted values,
with a filter that imported the earlier sets programmatically (the same
checks as test_planted_identifiers_not_in_earlier_sets and the
text-containment check) and printed this set's strings only: 49 values
in the first round (25 names - seven of them first names alone -, 15
places, 4 postal codes, 2 dates, 1 age over 89, 1 street address and
one city; names were given a second surname or replaced, places
lengthened with a quarter, lane end, hill, quay or block or replaced by
the country or region, postal codes given a country prefix or more
digits, dates moved by a day or more, the age written with a fraction),
3 in the second (a street address and two lower-case first names) and 1
in the third (a first name); the last pass found nothing.

Settings (chosen to differ from sets 44's and 45's): a UXO blast and a
son's late remittances, bombs in a rice field, a boat from the delta, a
sleepless fisherman on a porch, a camp safer than town, a dzud winter and
dead herds, a truck in a river ford, a son who refuses therapy, an
earthquake as punishment, a protester gone quiet, a massacre's widows, a
brother's photograph, tribal fighting and sorcery chases, the sea in the
house twice a month, a detention centre never entered, nine hours under
rubble, a father's execution, an arrest night, a chemical attack
remembered by the body, a painted monastery, an oud played instead of
talk, glass after the port blast, a war between two hills, a paramedic
who avoids ambulances, a mother who talks for her daughter, a brother
left home alone, a boat lost to a cyclone, a cow left behind, a unit
that is gone, child soldiers' spirits, a church slept in after a
landslide, cattle raids, a generator that sounds like gunfire, a teacher
carrying bricks, a Nubian burial, a tea-seller at a truck bomb, a
brother in prison, heat in the heart on the salt flats, turning a
mother's bones, a cyclone in thin walls, a sister lost on a kwassa, a
house flooded twice, dying at home by the lake, a great-grandmother's
desert, a baby and a midwife who left early, a sangoma's reading, a
shack fire and a third child, a marriage the church won't end, a
returnee who recognises no one, a pirogue turned back, a husband lost to
fighting and a brother to the mines, a mudslide's four children, war
years told as ordinary, post-election nights, a vodun priest in session,
a nail-salon money app used to track, a monk's anger, an insurer's fax
after a scaffold fall, a test-site compensation letter, a WeChat warning
and a paranoia that may not be one, a labourer sleeping on a site, a
cloned phone and a raided chat group, rape by soldiers and a pregnancy
test, a kept passport and an agency's texts, a rockfall and a report, a
nurse declared "fit as a parent", a viral interpreter's threats, a guard
who shot a robber, fundraisers, Telegram, TikTok, Instagram and VK
doxxing, a leaked Zoom link, a detention blog, a visa petition, voice
notes to a dead son, stolen and broken devices (a CPAP at a hostel, a
cochlear processor in a fight, an insulin pump confiscated in
detention, an ICD that shocked a cane-truck driver), crashes and
licences (a louage, a taxi rank shooting, a tuk-tuk and a child, a
steppe blizzard, a bus off a highway, a microbus and a court date, a
building collapse signed off), and very old clients (a herder who walked
to the soum centre, a woman who remembers the French, a partition
survivor, a centenarian who remembers 1948, a nun who crossed the
mountains, a political prisoner, an Omani matriarch); with local
identifier formats for Lao, Cambodian, Vietnamese CCCD, Thai, Mongolian
registration, Korean RRN, Taiwanese, HKID, Timorese electoral, PNG NID,
Kiribati TIN, Iranian national code, Iraqi unified, Lebanese residency,
Jordanian national, Yemeni, Omani civil, Armenian social card, Ugandan
NIN, South Sudanese, Ethiopian Fayda, Malagasy CIN, Mauritian NIC,
Malawian, Namibian, South African, Eswatini PIN, Cameroonian CNI,
Senegalese CNI, Tunisian CIN numbers and UNHCR cards (ssn); hospital,
border clinic, UNHCR, UNRWA, MSF, camp, ACC and referral hospital files
(medical_record); Cambodian NSSF, Vietnamese BHYT and social insurance,
Thai gold card, Mongolian social insurance, Korean NHIS, Taiwanese NHI,
Iranian Tamin Ejtemaei, Ethiopian CBHI, Burundian mutuelle, Senegalese
IPM, South African Discovery, Tunisian CNAM and New Zealand NHI numbers
(health_plan); Whish, MTN MoMo (Uganda and Cameroon), EVC Plus, Airtel
Money, FNB account and branch, BCEL One, MoMo, KBZPay, Easypaisa,
telebirr, OMT, Flooz, eSewa, Sahal and payment references (account);
Mongolian, Tunisian, South African PrDP, Thai, Lao, Kazakh, Vietnamese,
Korean and PNG driving licences, Fiji and Malawi nursing registrations,
an Iranian psychology council licence, a Kampala boda permit, an
Egyptian professional licence and a Ugandan engineering registration
(licence); Thai, Mongolian, Hong Kong, Tunisian, South African, Lao,
Kazakh, Vietnamese, Korean, Ugandan, Egyptian and PNG plates and a
Solomons canoe (vehicle); pacemakers, an ICD, insulin pumps, a CGM,
cochlear processors, hearing aids, a CPAP, an oxygen concentrator, an
ICRC knee and phone and tablet IMEIs (device); addresses written the
local way (Cambodian street and house, Vietnamese số and ngõ and hẻm,
Thai moo, Malaysian jalan lot, Mongolian khoroo and building, Korean
-gil and -ho, Taiwanese lane and section, Hong Kong estate block and
flat, Iranian kuche and pelak, Iraqi mahalla, zuqaq and dar, a Yazidi
camp tent row, Lebanese rue and immeuble, Jordanian and Yemeni shari',
Omani way and house, Armenian avenue and apartment, Ugandan plot,
Egyptian building and flat, Ethiopian woreda house, Malagasy lot,
Mauritian royal road, Namibian erf, Sowetan street, Malian rue and
porte, Senegalese cité villa, Tunisian rue) with postal codes of those
countries, IPv4 and IPv6 addresses, URLs (GoFundMe, Telegram, YouTube,
Jitsi, Kitabisa, TikTok, a clinic portal, Facebook, Linktree, VK, Zoom,
WordPress, Instagram and Change.org) and phone and fax numbers in local
and international formats.

372 snippets, 216 with identifiers and 156 clean (lengths 76-447,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12):
date 18, age_over_89 14, phone 25, fax 13, email 14, url 15,
ip_address 13, ssn 31, medical_record 14, health_plan 14, account 17,
licence 16, vehicle 15, device 14, street_address 30, zip_code 13;
with 216 names and 118 places smaller than a state (the test requires
216 and 118).  61 of the identifier snippets hold only names and/or
places and nothing else.

Names: Lao, Khmer, Vietnamese (Kinh), Thai, Karen and Burman, Mongolian
(Khalkha), Korean, Taiwanese, Hong Kong Cantonese, Timorese (Tetum and
Portuguese), PNG Highlanders, Solomon Islander, I-Kiribati, Nauruan,
Tibetan, Persian, Kurdish (Iraqi and Iranian), Yazidi, Assyrian,
Lebanese (Muslim and Christian), Syrian, Palestinian, Jordanian,
Yemeni and Hadrami, Omani and Baluchi-Omani, Armenian, Acholi, Baganda,
Dinka, Nuer, Darfuri and Nubian Sudanese, Somali, Oromo, Amhara,
Tigrayan, Afar, Malagasy (Merina), Franco-Mauritian and Indo-Mauritian,
Comorian, Chewa and Tumbuka, Herero, Ovambo, Zulu, Xhosa, Sotho and
Tswana South Africans, Swazi, Kirundi, Grassfields Cameroonian, Wolof
Senegalese, Bambara, Mossi, Temne and Krio, Kpelle, Baoulé, Ewe,
Tunisian, Moorish Mauritanian, Pashtun, Bengali, Rohingya, Uzbek,
Kazakh, Uyghur, Nepali Sherpa, Indo-Fijian and iTaukei Fijian, Rotuman,
Tokelauan, Wallisian, Pohnpeian and Tahitian;
lower-case names and places, hyphenated and multi-part names, names with
bint and al-, first names alone, family names first (Korean, Chinese,
Vietnamese, Malagasy, Ugandan and Burundian), honorifics kept outside
the spans (Dr) and names with diacritics and apostrophes.  Places:
villages, bans and tambons, communes, wards, sums and bags, dong,
townships, li, estates, sucos, settlements and stages, islets and
lagoon villages, quarters of cities, camps and camp sectors, payams and
bomas, kebeles, fokontany, trading centres, township sections and
extensions, fishing quays, city sectors (many lengthened with a quarter,
lane end, hill, block or quay where they clashed with the earlier
sets), and places after street addresses.

Clean snippets: peer-consultation messages, questions, statements,
updates, scheduling chatter, supervision reflections and reading-group
notes, spread over three bands of capitalised words after the first
word (counted by the author's script, the pronoun "I", sentence starts
and acronyms included): 57 with 0-2 (many of them written largely in
lower case), 53 with 3-5 and 46 with 6 or more (611 in 156 snippets,
about 3.9 per snippet): drug brands and generics, scales and
questionnaires, therapy models and their founders, real published
authors and books, guidelines and programmes, cultural idioms (sabr,
hwabyeong, karoshi, gwarosa, kastom, talanoa, zhurek auru, jinn),
weekdays, months, seasons, religious holidays and fasts, professional
bodies, ministries, charities, apps, countries, states, provinces and
regions, nationalities, religions and languages, and no place smaller
than a state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED47_CASES = (
    C('Home visit list: Oumou Sangaré-Keita, 95 and three-quarters, Rue 317, Porte 42, Badalabougou. Grief after her twin.',
      [('name', 'Oumou Sangaré-Keita'), ('age_over_89', '95 and three-quarters'), ('street_address', 'Rue 317, Porte 42'), ('place', 'Badalabougou')]),
    C("Babacar Ndiaye-Sarr took a pirogue from Thiaroye Gare's fishing quay to the Canaries and was turned back. He's ashamed to face his mother.",
      [('name', 'Babacar Ndiaye-Sarr'), ('place', "Thiaroye Gare's fishing quay")]),
    C('Can we swap the case review to the afternoon slot on Wednesday? The morning clinic runs over every single week.'),
    C("Kalvin Ioanis Etscheit's son emailed ioanis.kalvin.jr@mail.fm asking about his father's diagnosis. I said I'd need consent.",
      [('name', 'Kalvin Ioanis Etscheit'), ('email', 'ioanis.kalvin.jr@mail.fm')]),
    C("Long update. Mulu Gebremedhin Tesfay arrived from Tigray in 2022 and lives with her aunt in Kiremt Amba quarter of Gondar. She was raped by soldiers and won't say which side. Her aunt collects remittances on telebirr 0911 448 207, and she says the aunt asks her for money from her bread-selling. We've been working on stabilisation for six sessions and she finally asked about a pregnancy test. I'd welcome thoughts on pacing here.",
      [('name', 'Mulu Gebremedhin Tesfay'), ('place', 'Kiremt Amba quarter of Gondar'), ('account', 'telebirr 0911 448 207')]),
    C("Leung Chi-ming keeps his car at the car park, plate UN 8412, and sleeps in it when his mother shouts. He's 27.",
      [('name', 'Leung Chi-ming'), ('vehicle', 'UN 8412')]),
    C("Ethiopian referral Tigist Haile Woldemariam, Fayda 4182 9730 5521 0648, CBHI CBHI-AA-Y07-221439, Woreda 8, House No. 1172, Yeka's Kotebe. Returned domestic worker from Lebanon.",
      [('name', 'Tigist Haile Woldemariam'), ('ssn', '4182 9730 5521 0648'), ('health_plan', 'CBHI-AA-Y07-221439'), ('street_address', 'Woreda 8, House No. 1172'), ('place', "Yeka's Kotebe")]),
    C('Forwarding the border clinic note for Saw Kyaw Htoo, MRN MTC-22-041957, phone +66 86 390 2715, landmine injury, requests trauma counselling.',
      [('name', 'Saw Kyaw Htoo'), ('medical_record', 'MTC-22-041957'), ('phone', '+66 86 390 2715')]),
    C("Korto Flomo Kollie talks about the war years in Gbarnga's Kpaytuo side like they were ordinary. Then she cries at small things.",
      [('name', 'Korto Flomo Kollie'), ('place', "Gbarnga's Kpaytuo side")]),
    C("Kambwiri Tiyamike keeps saying he wants to die at home. He's not suicidal, he says, he means home, by the lake.",
      [('name', 'Kambwiri Tiyamike')]),
    C("email from shalvina's sister: sunita.devi.lautoka@yahoo.com, asking for an update. client hasn't consented, i haven't replied.",
      [('name', 'shalvina'), ('email', 'sunita.devi.lautoka@yahoo.com')]),
    C('i need to vent for a second. the ward discharged him with no plan and no phone number, again.'),
    C("Has anyone worked with survivors of the 1975 evacuation of the Cambodian capital? Chhorvy Sokhom wants to write her mother's story and I'm not sure how to pace it.",
      [('name', 'Chhorvy Sokhom')]),
    C("Rakotomalala Hanitra says the famadihana in Ambatofotsy's Antanety fokontany is next month and she wants to turn her mother's bones. Her husband is against it.",
      [('name', 'Rakotomalala Hanitra'), ('place', "Ambatofotsy's Antanety fokontany")]),
    C('Phone IMEI 35 882410 477215 6 is the one her husband installed the tracker on. Ayesha Siddiqa Rahman wants it checked before she goes to the shelter.',
      [('device', '35 882410 477215 6'), ('name', 'Ayesha Siddiqa Rahman')]),
    C('Our Uganda team uses Interpersonal Psychotherapy for Groups from StrongMinds. Anyone compared it with Thinking Healthy from the WHO?'),
    C("Device check: Namutebi Harriet Ssali's pacemaker, serial PJN819264S, interrogated last week. She fears it will stop in her sleep.",
      [('name', 'Namutebi Harriet Ssali'), ('device', 'PJN819264S')]),
    C('does anyone else keep a spare umbrella for clients? rainy season and half of them arrive soaked.'),
    C('I noticed I was speaking Swahili with the client and English with the interpreter, which confused everyone.'),
    C("Quick one - Abdulrahman Ba-Wazir from Tarim's al-Khalif quarter says his brothers are in Saudi, and he is the only one home. Guilt or relief, he doesn't know.",
      [('name', 'Abdulrahman Ba-Wazir'), ('place', "Tarim's al-Khalif quarter")]),
    C('Iraqi referral, Ahmed Jasim Al-Obaidi, unified ID 199205114738, Mahalla 634, Zuqaq 19, Dar 8, Al-Yarmouk. Former detainee, flashbacks.',
      [('name', 'Ahmed Jasim Al-Obaidi'), ('ssn', '199205114738'), ('street_address', 'Mahalla 634, Zuqaq 19, Dar 8'), ('place', 'Al-Yarmouk')]),
    C('Grateful for this group today. the last session left me shaky and reading your messages helped.'),
    C("Reflecting on Aung Ko Ko Naing, a former monk who left after the crackdown. He was arrested on 1 March 2021 and held for eight months, and now sends money to his mother through KBZPay 09 7851 44293. He asks if his anger means he has failed as a Buddhist. I think we need to talk about anger as a moral response, not a failure, but I'm nervous about stepping into his religion from the outside.",
      [('name', 'Aung Ko Ko Naing'), ('date', '1 March 2021'), ('account', 'KBZPay 09 7851 44293')]),
    C('Omid Heidari has a blog about his detention, omidfromthecamp.wordpress.com, and it names other detainees. He wants my opinion.',
      [('name', 'Omid Heidari'), ('url', 'omidfromthecamp.wordpress.com')]),
    C("the group voted to meet fortnightly over the harvest. we'll go back to weekly after."),
    C('A mother in the group said her daughter was taken by the djinn, and the Muslim and Christian members argued for an hour. Good discussion, in the end.'),
    C('Quick survey for the group: who uses the Kessler 10, who uses DASS-21, and who uses the EPDS for new fathers? Our Queensland team is split.'),
    C('A boda rider, Kato Ronald, permit KCCA-BB 07712, motorbike UFE 442K, came in after the bomb near the parliament. Shaking ever since.',
      [('name', 'Kato Ronald'), ('licence', 'KCCA-BB 07712'), ('vehicle', 'UFE 442K')]),
    C("I'm stuck with Mohamed Osman Idris from Geneina's al-Jamarik quarter. He was a teacher, now carries bricks, and will not talk about what he saw.",
      [('name', 'Mohamed Osman Idris'), ('place', "Geneina's al-Jamarik quarter")]),
    C("Burundi referral Niyonzima Claudine, from Kamenge's Gikizi quarter, phone +257 79 418 302, mutuelle MFP 00428-1187. 1993 widow's daughter.",
      [('name', 'Niyonzima Claudine'), ('place', "Kamenge's Gikizi quarter"), ('phone', '+257 79 418 302'), ('health_plan', 'MFP 00428-1187')]),
    C("The Ethiopian New Year, Enkutatash, is in September. Our Amhara and Oromo clients asked for a group that week, so October's schedule shifts."),
    C('Our client portal link for Chen Yu-ting went to the wrong email: https://portal.huadongcounselling.tw/s/cy7841q. Please revoke it.',
      [('name', 'Chen Yu-ting'), ('url', 'https://portal.huadongcounselling.tw/s/cy7841q')]),
    C('Short reflection: I noticed I talk more when the client is silent about the war. My supervisor asked who that helps.'),
    C('Ssekandi Moses sent the session fee by MTN MoMo 0781 552 094. He lives at Plot 41, Mawanda Road, Kamwokya II.',
      [('name', 'Ssekandi Moses'), ('account', 'MTN MoMo 0781 552 094'), ('street_address', 'Plot 41, Mawanda Road'), ('place', 'Kamwokya II')]),
    C("Iranian client Parisa Mohammadi-Far, national code 0081647392, Tamin Ejtemaei TE-4409-1185-6, Kuche-ye Golestan 7, Pelak 12, Narmak's Golbarg lane end, 16468-35113. Hair, prison, nightmares.",
      [('name', 'Parisa Mohammadi-Far'), ('ssn', '0081647392'), ('health_plan', 'TE-4409-1185-6'), ('street_address', 'Kuche-ye Golestan 7, Pelak 12'), ('place', "Narmak's Golbarg lane end"), ('zip_code', '16468-35113')]),
    C('fax back to +855 23 880 417 when done. client Heng Sopheap, date of referral 9 Jan 2026, wants a female counsellor.',
      [('fax', '+855 23 880 417'), ('name', 'Heng Sopheap'), ('date', '9 Jan 2026')]),
    C("Palestinian client in Jordan, Waleed Abu Rish, UNRWA UNRWA-JOR 301-884219, Baqa'a camp Block 4, phone +962 79 511 3082. Nightmares about Gaza.",
      [('name', 'Waleed Abu Rish'), ('medical_record', 'UNRWA-JOR 301-884219'), ('place', "Baqa'a camp Block 4"), ('phone', '+962 79 511 3082')]),
    C('Gankhuyag Nyamdorj is 94 come Tsagaan Sar and walked two hours to the soum centre for his session. His grandson drove him back.',
      [('name', 'Gankhuyag Nyamdorj'), ('age_over_89', '94 come Tsagaan Sar')]),
    C('Her ex posted the videos on https://t.me/s/bandung_aib_viral_09 and Sri Wahyuni Pramesti wants them down. Who do we contact in Indonesia?',
      [('url', 'https://t.me/s/bandung_aib_viral_09'), ('name', 'Sri Wahyuni Pramesti')]),
    C("Please use zaw.lin.oo.therapy@protonmail.com for Zaw Lin Oo, he doesn't trust Viber anymore. His brother is still in Insein.",
      [('email', 'zaw.lin.oo.therapy@protonmail.com'), ('name', 'Zaw Lin Oo'), ('place', 'Insein')]),
    C("Armenian client Levon Harutyunyan, social card 7204830551, Komitas Ave 43, apt 17, Arabkir's Kievyan quarter, 0051. Came from Artsakh in 2023.",
      [('name', 'Levon Harutyunyan'), ('ssn', '7204830551'), ('street_address', 'Komitas Ave 43, apt 17'), ('place', "Arabkir's Kievyan quarter"), ('zip_code', '0051')]),
    C("Yemeni referral: Ibrahim Saleh al-Maqtari, ID 01010487523, Shari' al-Qasr, Haret al-Ahmar 6, Sheikh Othman, DOB 9/2/1983. Detained 2018.",
      [('name', 'Ibrahim Saleh al-Maqtari'), ('ssn', '01010487523'), ('street_address', "Shari' al-Qasr, Haret al-Ahmar 6"), ('place', 'Sheikh Othman'), ('date', '9/2/1983')]),
    C('Planning for Diwali, Eid and Christmas all landing close this year in Fiji. Our Indo-Fijian and iTaukei clients have very different needs around the holidays.'),
    C('Can we put the AUDIT screening on the agenda for December? Alcohol is showing up in every second intake.'),
    C('Can someone recommend a short screening tool for psychosis that works through an interpreter? Ours take forever, and the Arabic one is worse.'),
    C("anyone know a good counsellor near lautoka's natabua? ana vuniwaqa wants someone who speaks fijian and isn't from her church.",
      [('place', "lautoka's natabua"), ('name', 'ana vuniwaqa')]),
    C("We've been invited to speak at the Pan-African Psychology Union congress in Egypt in May. Who wants to present our Friendship Bench data?"),
    C('Reading group notes: we discussed Derald Wing Sue and Counseling the Culturally Diverse, then argued about whether CBT travels. No conclusion, more tea.'),
    C('Has anyone had a client bring a goat to the session? asking for a colleague, who is me.'),
    C("Hiba al-Khatib lost her flat in Mar Mikhael's Armenia Street end in the port blast. She still can't hear glass breaking.",
      [('name', 'Hiba al-Khatib'), ('place', "Mar Mikhael's Armenia Street end")]),
    C('Quick check: How long do you wait before closing a file when someone stops answering? We go three letters, then close it on the first Monday of the month.'),
    C('The Vietnamese community workers asked for a session on Buddhism and grief before Vu Lan in August. Who could co-lead with a monk?'),
    C("Ndapewa Hamutenya-Iipinge from Oshakati East's Evululuko section is grieving her baby. The midwife left early that day and she blames herself.",
      [('name', 'Ndapewa Hamutenya-Iipinge'), ('place', "Oshakati East's Evululuko section")]),
    C("Hsieh Pei-jung asked me today whether the earthquake in Jiji township's Longquan village was punishment. I didn't know what to say.",
      [('name', 'Hsieh Pei-jung'), ('place', "Jiji township's Longquan village")]),
    C("Chaltu Bekele Gudeta from Ambo's Awaro kebele wants to talk about the protests and her brother in prison. She's afraid even in here.",
      [('name', 'Chaltu Bekele Gudeta'), ('place', "Ambo's Awaro kebele")]),
    C('Login log for Ramin Nikbakht: 5.120.66.241, 5.120.66.18, same night. He shares a phone with his brother, so maybe fine.',
      [('name', 'Ramin Nikbakht'), ('ip_address', '5.120.66.241'), ('ip_address', '5.120.66.18')]),
    C("My supervisee keeps apologising for crying in sessions. I think it's fine. It's her first death on the caseload, and I told her so on Friday."),
    C('My client in the Solomon Islands talks about her grief through kastom, and the Anglican priest wants a joint session. Has anyone co-worked with Church leaders there?'),
    C('The Psychology Board of Australia finally answered my question about supervising someone in New Zealand. Short answer: check with the NZ board too.'),
    C('The interpreter asked to debrief after the session and i realised we never offer that. we should, every time.'),
    C("Tebwa Iotebwa says the sea comes into the house at Bikenibeu West twice a month now. He's stopped fishing and doesn't go out.",
      [('name', 'Tebwa Iotebwa'), ('place', 'Bikenibeu West')]),
    C("Sudanese family in Egypt, Hawa Adam Yahia, UNHCR file 555-23C10284, Shari' Mesr Helwan, Bldg 14, flat 6, Ard al-Liwa. Arrived from Darfur 2023.",
      [('name', 'Hawa Adam Yahia'), ('medical_record', '555-23C10284'), ('street_address', "Shari' Mesr Helwan, Bldg 14, flat 6"), ('place', 'Ard al-Liwa')]),
    C("Her ex keeps logging into her Gmail, thandeka.mabuza88@gmail.com, from 196.22.140.61. She's changed it twice. Any safety planning tips?",
      [('email', 'thandeka.mabuza88@gmail.com'), ('ip_address', '196.22.140.61')]),
    C('Referral from counselling@mtdclinic.org.pg for Bernadette Kiap, DOB 14 November 1991, PNG, postnatal depression.',
      [('email', 'counselling@mtdclinic.org.pg'), ('name', 'Bernadette Kiap'), ('date', '14 November 1991')]),
    C("Did anyone else hear from Tsang Ka-lok? He stopped coming after the protests and his sister says he's staying with a cousin in Tin Shui Wai's Tin Yiu estate.",
      [('name', 'Tsang Ka-lok'), ('place', "Tin Shui Wai's Tin Yiu estate")]),
    C("The teenagers in group talk about TikTok more than school. I'm learning a lot about what they watch at night."),
    C('Forwarded message from a.ould.cheikh@mauritel.mr: Aïchetou Mint Cheikh missed her session because of the curfew.',
      [('email', 'a.ould.cheikh@mauritel.mr'), ('name', 'Aïchetou Mint Cheikh')]),
    C('Reading Bessel van der Kolk with the nurses, and the yoga chapter started a good argument.'),
    C('The group link meet.jit.si/KabulWidowsCircle-Thursday got shared on Facebook and a stranger joined. Gulalai Safi left in tears.',
      [('url', 'meet.jit.si/KabulWidowsCircle-Thursday'), ('name', 'Gulalai Safi')]),
    C('Fax from Fiji: +679 331 5482, for Ilisapeci Rokotuiloma, date of attempt 4 Aug 2025, hospital file CWMH 2025-18830. Please book.',
      [('fax', '+679 331 5482'), ('name', 'Ilisapeci Rokotuiloma'), ('date', '4 Aug 2025'), ('medical_record', 'CWMH 2025-18830')]),
    C("Tunisian client Mehdi Trabelsi, CIN 09413782, CNAM CNAM 1188 0473 29, 12 Rue Ibn Khaldoun, Cité Ettahrir, 2042. Brother drowned off Zarzis' Souihel beach.",
      [('name', 'Mehdi Trabelsi'), ('ssn', '09413782'), ('health_plan', 'CNAM 1188 0473 29'), ('street_address', '12 Rue Ibn Khaldoun'), ('place', 'Cité Ettahrir'), ('zip_code', '2042'), ('place', "Zarzis' Souihel beach")]),
    C("Kitabisa page for Ahmad Fauzan Lubis's dialysis: kitabisa.com/campaign/bantuabangfauzanmedan. His mother posted our clinic name.",
      [('name', 'Ahmad Fauzan Lubis'), ('url', 'kitabisa.com/campaign/bantuabangfauzanmedan')]),
    C('does anyone use drawing with adults who cannot read? it worked better than i expected with an older farmer.'),
    C('Mongolian driving licence ДА-0842715, vehicle 3419 УНМ. Oyunchimeg Battulga was in the crash near the lake and lost her sister.',
      [('licence', 'ДА-0842715'), ('vehicle', '3419 УНМ'), ('name', 'Oyunchimeg Battulga')]),
    C('Airtel Money 0994 382 716 for the group fees, sent by Chisomo Kalua for her and her mum. Receipt please.',
      [('account', '0994 382 716'), ('name', 'Chisomo Kalua')]),
    C("Nalwadda Sarah Kiggundu is grieving her son, who died in the landslide at Bududa's Nametsi hill. She has started sleeping in the church.",
      [('name', 'Nalwadda Sarah Kiggundu'), ('place', "Bududa's Nametsi hill")]),
    C('Journal club Thursday: the BMJ Global Health paper on Common Elements Treatment Approach in Zambia and Iraq. Bring your thoughts on CETA versus Narrative Exposure Therapy.'),
    C('Korean referral: Park Min-seo, RRN 930514-2187330, NHIS 5-2870034119, Dongil-ro 112-gil 38, 302-ho, Sanggye-dong 01687. Sewol anniversary grief.',
      [('name', 'Park Min-seo'), ('ssn', '930514-2187330'), ('health_plan', '5-2870034119'), ('street_address', 'Dongil-ro 112-gil 38, 302-ho'), ('place', 'Sanggye-dong'), ('zip_code', '01687')]),
    C("Reading Vikram Patel's Where There Is No Psychiatrist with the community workers. The chapter on alcohol hits home in the Pacific."),
    C("Anahit Sahakyan-Balayan came from Martuni's Hin Taghlar village after the exodus. She asks me about her cow. Every week, the cow.",
      [('name', 'Anahit Sahakyan-Balayan'), ('place', "Martuni's Hin Taghlar village")]),
    C('Yazidi survivor Nadia Khalaf Hadi, camp ID KHK-12-0491, tent Sector C, Row 14, Tent 9, Kabarto 2, phone +964 750 882 1046. Wants to talk about her sister.',
      [('name', 'Nadia Khalaf Hadi'), ('medical_record', 'KHK-12-0491'), ('street_address', 'Sector C, Row 14, Tent 9'), ('place', 'Kabarto 2'), ('phone', '+964 750 882 1046')]),
    C("Can someone take over Prak Vannak? He's at No. 14E, Street 598, Tuol Sangke 12104. Call his wife on +855 12 640 318.",
      [('name', 'Prak Vannak'), ('street_address', 'No. 14E, Street 598'), ('place', 'Tuol Sangke'), ('zip_code', '12104'), ('phone', '+855 12 640 318')]),
    C("Mhadji Saïd Abdallah came to Mayotte on a kwassa from Mutsamudu's Hampanga side and lost his sister on the crossing. He wants to call her name in session.",
      [('name', 'Mhadji Saïd Abdallah'), ('place', "Mutsamudu's Hampanga side")]),
    C('A father told me today that crying is for the rain. we sat with that for a long time.'),
    C("Khudeida Hassan Murad is Yazidi, returned to Sinuni's Khanasor complex and then left again. He doesn't trust anyone now.",
      [('name', 'Khudeida Hassan Murad'), ('place', "Sinuni's Khanasor complex")]),
    C('anyone else finding that clients stop coming once the rent goes up? two of mine cancelled this week and both said money.'),
    C('Ugandan engineer Mugisha Denis, ERB registration ERB/R/1907, wants help with panic after the building collapse he signed off.',
      [('name', 'Mugisha Denis'), ('licence', 'ERB/R/1907')]),
    C("Reading Alice Miller's The Drama of the Gifted Child and Virginia Axline's Dibs in the play therapy group. Old books, but the trainees loved them."),
    C("I'm presenting on Sudarshan Kriya and trauma at the Indian Psychiatric Society meeting in February. Looking for critics before then, please be harsh."),
    C("Please fax the release form to +212 522 48 19 07, attention the social worker, for Yassine Ait Lahcen from Tafraout's Adai quarter.",
      [('fax', '+212 522 48 19 07'), ('name', 'Yassine Ait Lahcen'), ('place', "Tafraout's Adai quarter")]),
    C("Reading Ngũgĩ wa Thiong'o's Decolonising the Mind in the Zimbabwe supervision group. It changed how we think about English in therapy."),
    C('Tavita Uele made a Linktree with his voice notes to his late son, linktr.ee/tavita.for.losa, and wants me to listen. Boundaries?',
      [('name', 'Tavita Uele'), ('url', 'linktr.ee/tavita.for.losa')]),
    C('Thai referral, Somchai Rattanaporn, ID 3 1012 00845 63 2, gold card UC-4410-2277-903, 99/14 Moo 6, Tambon Khlong Nueng. Gambling debts, low mood.',
      [('name', 'Somchai Rattanaporn'), ('ssn', '3 1012 00845 63 2'), ('health_plan', 'UC-4410-2277-903'), ('street_address', '99/14 Moo 6'), ('place', 'Tambon Khlong Nueng')]),
    C('Has anyone tried EMDR with a client who has glaucoma? The eye movements are a problem, tapping works maybe.'),
    C("Aminata Traoré-Coulibaly from Ségou's Pelengana quarter lost her husband in the fighting and her brother to the mines.",
      [('name', 'Aminata Traoré-Coulibaly'), ('place', "Ségou's Pelengana quarter")]),
    C("Kritsada Wongsuwan is back from the fishing boats and won't sleep indoors. His wife says he sits on the porch in Ban Tha Sala Nuea till dawn.",
      [('name', 'Kritsada Wongsuwan'), ('place', 'Ban Tha Sala Nuea')]),
    C("We've been asked by the Ministry of Education to run stress sessions for teachers in Sindh after the August floods. Any good short formats, maybe from UNICEF or Save the Children?"),
    C('If a client asks to pray at the start of the session, do you join, wait quietly, or step out? curious what people do.'),
    C('The pacemaker Biotronik Amvia Sky SN 68193027 was put in after the shock, says Tiisetso Ramakatane. He keeps checking his pulse.',
      [('device', 'Biotronik Amvia Sky SN 68193027'), ('name', 'Tiisetso Ramakatane')]),
    C('I think Mahshid is ready to talk about the night she was arrested. She asked for a longer session next week.',
      [('name', 'Mahshid')]),
    C("A Tibetan monk came to the group and led a loving-kindness practice. Some Christian members felt uneasy. We'll talk about it at the Tuesday debrief."),
    C('In supervision today we talked about Winnicott and the holding environment, in a clinic with no doors.'),
    C('Ali Houmed Daoud is Afar and works the salt flats. His wife sent him after he stopped eating. He calls it the heat in his heart.',
      [('name', 'Ali Houmed Daoud')]),
    C("I need advice on a safety concern. Tran Thi Ngoc Anh works at a nail salon and sends wages home through MoMo 0938 774 215. Her ex still has the password and the app shows logins from 113.161.88.204 while she's at work. She moved to Hẻm 284/19 Lê Văn Sỹ, Ward 14, but he found the address through the transfer receipts. What do people do when the money app itself is the tracking device?",
      [('name', 'Tran Thi Ngoc Anh'), ('account', 'MoMo 0938 774 215'), ('ip_address', '113.161.88.204'), ('street_address', 'Hẻm 284/19 Lê Văn Sỹ'), ('place', 'Ward 14')]),
    C('Mauritius referral Priya Ramgoolam-Dabee, NIC R0411874302178, Royal Road, opposite the Kalimaye shop, Camp de Masque Pavé, phone +230 5749 2018. Flash flood, drowned brother.',
      [('name', 'Priya Ramgoolam-Dabee'), ('ssn', 'R0411874302178'), ('street_address', 'Royal Road, opposite the Kalimaye shop'), ('place', 'Camp de Masque Pavé'), ('phone', '+230 5749 2018')]),
    C("We're reading Irvin Yalom's The Gift of Therapy in the group this term. Chapter one on Monday."),
    C("Complicated. Mahbub Alam Chowdhury, a Rohingya interpreter in the camps, has received threats after a video of him translating for police went viral. He moved from Kutupalong Extension Camp 8W block C to a cousin's hut, and now a Facebook account keeps posting his photo. The hospital portal shows someone logged in as him from 103.230.104.66 at 3am. We've changed his password. What else should we do?",
      [('name', 'Mahbub Alam Chowdhury'), ('place', 'Kutupalong Extension Camp 8W block C'), ('ip_address', '103.230.104.66')]),
    C("South Africa referral Tumelo Mokgethi, SA ID 8104125734089, medical aid Discovery 410 882 731, 1432 Vilakazi St, Orlando West's Phefeni side 1805. Police officer, shooting.",
      [('name', 'Tumelo Mokgethi'), ('ssn', '8104125734089'), ('health_plan', 'Discovery 410 882 731'), ('street_address', '1432 Vilakazi St'), ('place', "Orlando West's Phefeni side"), ('zip_code', '1805')]),
    C("Long one. My client Bongani Ntuli, a miner, survived the rockfall at the shaft near Carletonville's Khutsong extension 4 and was off work for a year. The insurer, through their fax +27 11 408 2275, wants a report with a diagnosis on 3 December 2025. He's frightened that a PTSD label will stop him going back underground, which he wants badly. I want to be honest in the report and still protect his job. How have people worded these?",
      [('name', 'Bongani Ntuli'), ('place', "Carletonville's Khutsong extension 4"), ('fax', '+27 11 408 2275'), ('date', '3 December 2025')]),
    C('Can someone email moyo.tendai@zol.co.zw with the group times? Tendai Moyo-Ncube lost his phone.',
      [('email', 'moyo.tendai@zol.co.zw'), ('name', 'Tendai Moyo-Ncube')]),
    C('Small question, how do you end with a client who has nobody else to talk to?'),
    C("Kossi Agbeko-Amedome from Aného's Zébé quarter asks if his mother's vodun priest can come to session. We're discussing it in supervision.",
      [('name', 'Kossi Agbeko-Amedome'), ('place', "Aného's Zébé quarter")]),
    C('Fax from the district hospital for Ssekandi Moses, sent from +256 414 530 891, page two missing. Can someone ask them to resend?',
      [('name', 'Ssekandi Moses'), ('fax', '+256 414 530 891')]),
    C("Does anyone know about Nubian burial customs? Fatma Haggag Abdelrahim wants to honour her father who died in Wadi Halfa's Dabarosa district.",
      [('name', 'Fatma Haggag Abdelrahim'), ('place', "Wadi Halfa's Dabarosa district")]),
    C('how long do people leave between booking a new client and first contact? our waiting list is four months.'),
    C('For the South African and Namibian team: the SASOP guidelines on ketamine came out in November. Who wants to present them at the Friday case review?'),
    C("Deng Majok Chol herded cattle near Pibor's Gumuruk payam before the raids. He wants to go back. His family wants him to stay.",
      [('name', 'Deng Majok Chol'), ('place', "Pibor's Gumuruk payam")]),
    C("Iosefa Kele Lopa is ninety-one as of White Sunday, cared for by his granddaughter in Ōtara's Ferguson block. She is burning out.",
      [('name', 'Iosefa Kele Lopa'), ('age_over_89', 'ninety-one as of White Sunday'), ('place', "Ōtara's Ferguson block")]),
    C("Email from Kaveh Soltani: kaveh.soltani1361@chmail.ir. He wants to start sessions but only online, from Sanandaj's Shohada quarter.",
      [('name', 'Kaveh Soltani'), ('email', 'kaveh.soltani1361@chmail.ir'), ('place', "Sanandaj's Shohada quarter")]),
    C('Has anyone used Narrative Exposure Therapy with children? the KIDNET manual looks good but long.'),
    C('Small win today. The teenager who would not speak for four sessions drew a map of her walk to school. We talked through it, street by street,.'),
    C('Reading Lisa Feldman Barrett and How Emotions Are Made in our Wednesday group. Half the team loved it, the other half found it too American.'),
    C("Portal log flagged a login for Hiba al-Khatib's account from 185.104.72.219 at 02:14 and again from 185.104.72.33. She says it's her brother-in-law.",
      [('name', 'Hiba al-Khatib'), ('ip_address', '185.104.72.219'), ('ip_address', '185.104.72.33')]),
    C("Hong Kong referral for Ho Wing-sze, HKID Y558103(7), HA number HN19047723X, Flat 12C, Block 4, Kwai Shing East Estate, Kwai Chung's Lai King Hill. Post-protest anxiety.",
      [('name', 'Ho Wing-sze'), ('ssn', 'Y558103(7)'), ('medical_record', 'HN19047723X'), ('street_address', 'Flat 12C, Block 4, Kwai Shing East Estate'), ('place', "Kwai Chung's Lai King Hill")]),
    C('honestly not sure whether to refer on or keep going. six sessions and nothing has shifted, but she keeps coming.'),
    C('TikTok account tiktok.com/@lolo.maseru.truths is doxxing women from the shelter. Palesa Mofokeng is terrified.',
      [('url', 'tiktok.com/@lolo.maseru.truths'), ('name', 'Palesa Mofokeng')]),
    C('Has anyone written a safety plan with a client who shares one room with nine relatives? where do you even keep the paper?'),
    C('Senegal intake, Mame Diarra Faye, CNI 2 754 1988 01234, IPM IPM-SEN 77 04819, Villa 112, Cité Soprim, Parcelles Assainies Unité 15. Husband died at sea.',
      [('name', 'Mame Diarra Faye'), ('ssn', '2 754 1988 01234'), ('health_plan', 'IPM-SEN 77 04819'), ('street_address', 'Villa 112, Cité Soprim'), ('place', 'Parcelles Assainies Unité 15')]),
    C("Thinking out loud about Sipho Mabaso, a security guard in Diepsloot's Extension 12, shot a robber on 28 June 2025. He is being investigated and his employer is demanding his file by fax, +27 10 590 3318. He says he would do it again and cannot sleep. I'm not sure if this is trauma, moral injury or both, and I worry about the legal process hearing my notes.",
      [('name', 'Sipho Mabaso'), ('place', "Diepsloot's Extension 12"), ('date', '28 June 2025'), ('fax', '+27 10 590 3318')]),
    C('Tried to reach Ndéye Awa Gueye on awa.gueye.ndaw@orange.sn, bounced. Does anyone have her new address?',
      [('name', 'Ndéye Awa Gueye'), ('email', 'awa.gueye.ndaw@orange.sn')]),
    C("We've been asked by UNICEF to run a training on psychological first aid in January. Who's free?"),
    C("Syrian client Rasha Khaddour, UNHCR case 975-14C04481, Lebanese residency RES-LB 4417290, lives Rue Mar Elias, Bldg Hajjar, 3rd floor, Mazraa's Tariq al-Jdideh edge. Lost two sons.",
      [('name', 'Rasha Khaddour'), ('medical_record', '975-14C04481'), ('ssn', 'RES-LB 4417290'), ('street_address', 'Rue Mar Elias, Bldg Hajjar, 3rd floor'), ('place', "Mazraa's Tariq al-Jdideh edge")]),
    C('Namibia client Ndeshipanda Amupolo, ID 89031700482, Erf 2217, Omuthiya Street, Okuryangava, NA-9000. Gender violence, shelter.',
      [('name', 'Ndeshipanda Amupolo'), ('ssn', '89031700482'), ('street_address', 'Erf 2217, Omuthiya Street'), ('place', 'Okuryangava'), ('zip_code', 'NA-9000')]),
    C("can someone cover shahzaib on thursday, he's at the korangi crossing hostel, ip logs show his portal from 39.48.203.117, don't know if that's him.",
      [('name', 'shahzaib'), ('place', 'korangi crossing'), ('ip_address', '39.48.203.117')]),
    C('The Mongolian Psychological Association and the Japanese Society of Psychiatry are co-hosting a webinar on disaster counselling in June. Free for NGO staff.'),
    C("Yousef Abu Shamala was a paramedic and now won't go near ambulances. I'm not sure whether to go near that or leave it.",
      [('name', 'Yousef Abu Shamala')]),
    C('Rami brought his oud to session today. He played for ten minutes and then said that was everything he wanted to say.',
      [('name', 'Rami')]),
    C("Our clinic switched from Cliniko to Halaxy in January. The Korean and Chinese templates are better, but the Arabic forms still don't display right."),
    C('The Islamic Council of Victoria and the Uniting Church are co-hosting a grief day in March. Our team has been asked to run two workshops.'),
    C('Kiribati client Teraoi Baraniko, TIN KI-81004392, phone +686 7300 4519, Teaoraereke lagoon side. Her son went to NZ and stopped calling.',
      [('name', 'Teraoi Baraniko'), ('ssn', 'KI-81004392'), ('phone', '+686 7300 4519'), ('place', 'Teaoraereke')]),
    C("Uganda referral, Akello Christine Lamwaka, NIN CF8703310F8KL9, from Unyama's Koro-Abili, phone +256 772 914 305. Returned abductee.",
      [('name', 'Akello Christine Lamwaka'), ('ssn', 'CF8703310F8KL9'), ('place', "Unyama's Koro-Abili"), ('phone', '+256 772 914 305')]),
    C("Ravi Prasad Naidu's ICD, Medtronic Cobalt XT SN RNF402117S, shocked him twice at work. Now he won't drive the cane truck.",
      [('name', 'Ravi Prasad Naidu'), ('device', 'Medtronic Cobalt XT SN RNF402117S')]),
    C('Quick one: is the SDQ validated in Bahasa Indonesia? I think so but cannot find the paper.'),
    C("The school counsellor, counsellor.kiribati@mieshs.ki, wants to refer Taabo Kaureata, age 14, after her cousin's death.",
      [('email', 'counsellor.kiribati@mieshs.ki'), ('name', 'Taabo Kaureata')]),
    C('Tala Haddadin from Jabal al-Natheef comes in with her mother, who talks the whole time. How do I get her alone?',
      [('name', 'Tala Haddadin'), ('place', 'Jabal al-Natheef')]),
    C('the clinic fridge died and the vaccines took priority, which is fair, but my lunch did not survive either.'),
    C('Malagasy client Randrianarisoa Fanja, CIN 101 212 304 718, Lot IVG 78 Bis, Antanimena, MG-101, phone +261 34 11 582 47. Cyclone Batsirai, lost her shop.',
      [('name', 'Randrianarisoa Fanja'), ('ssn', '101 212 304 718'), ('street_address', 'Lot IVG 78 Bis'), ('place', 'Antanimena'), ('zip_code', 'MG-101'), ('phone', '+261 34 11 582 47')]),
    C('Client says Ativan, Valium and Xanax all "stop working" after a week. The psychiatrist wants a benzo taper plan by Friday. Ideas?'),
    C('Hearing aid Phonak Audéo L90 SN 2219KP0184 lost at the mosque, and Shaikh Abdul Kader refuses to come to group without it.',
      [('device', 'Phonak Audéo L90 SN 2219KP0184'), ('name', 'Shaikh Abdul Kader')]),
    C('Anyone in the group trained in Cognitive Processing Therapy? a client wants to start after Easter.'),
    C('Client on Depakote and Seroquel is pregnant and panicking. Her Obstetrician wants psychiatry input on Monday. Any experience with the Australian guidelines?'),
    C('Client brought the Quran and a Bible to session and asked which one I believe. We talked for a while about what she believes, which was the point.'),
    C("Siphokazi Mthembu-Ngcobo asks whether the sangoma in Umlazi's W section was right about her ancestors being angry. I'd like to work alongside him, not against.",
      [('name', 'Siphokazi Mthembu-Ngcobo'), ('place', "Umlazi's W section")]),
    C('Prosthetic knee ICRC SACH-PP unit 08-22-6613 was fitted for Sok Pisey last month. She walks better but the dreams of the mine are back.',
      [('device', 'ICRC SACH-PP unit 08-22-6613'), ('name', 'Sok Pisey')]),
    C("I keep thinking about Bat-Erdene Dorjsuren and the dzud winter at Bayantsagaan sum's third bag. He counts the dead animals every night before sleep.",
      [('name', 'Bat-Erdene Dorjsuren'), ('place', "Bayantsagaan sum's third bag")]),
    C("running late, the bus broke down again. can someone let the group know i'll join at half past?"),
    C("Client Ganbold Enkhbayar, registration no. УП85091317, social insurance book ЭМД 2241 0719, lives khoroo 7, building 34, apt 56, Bayanzürkh's Amgalan. Drinking since the mine closed.",
      [('name', 'Ganbold Enkhbayar'), ('ssn', 'УП85091317'), ('health_plan', 'ЭМД 2241 0719'), ('street_address', 'khoroo 7, building 34, apt 56'), ('place', "Bayanzürkh's Amgalan")]),
    C("A case I'm struggling with. Nazanin Yazdani left Iran on a student visa and has been in Malaysia since 19 July 2024, waiting for UNHCR. She was on a women's rights chat group that was raided and she believes her phone was cloned. Her old number +98 912 447 3108 is now used by someone else to message her friends. She's afraid to contact family. She works illegally in a restaurant in Ampang's Taman Dagang. Where would you start?",
      [('name', 'Nazanin Yazdani'), ('date', '19 July 2024'), ('phone', '+98 912 447 3108'), ('place', "Ampang's Taman Dagang")]),
    C("Book swap: I have Gabor Maté's In the Realm of Hungry Ghosts and Johann Hari's Lost Connections. Anyone want them? Happy to post within Victoria."),
    C("Has anyone worked with people from Jabal Mohsen's upper lanes? Bilal Mrad talks about the fighting with the other hill as if it were football.",
      [('place', "Jabal Mohsen's upper lanes"), ('name', 'Bilal Mrad')]),
    C("Bilal Mrad's brother runs a YouTube channel, youtube.com/@mradfamilytripoli_vlog, and filmed a session in the waiting room. We need a policy.",
      [('name', 'Bilal Mrad'), ('url', 'youtube.com/@mradfamilytripoli_vlog')]),
    C("In Japan the term is karoshi, in Korea gwarosa. Our overworked clients from both countries recognise each other's stories in group."),
    C('Lao truck driver Khamphone Sengdara, licence LA-DL 0193 4472, plate ກຂ 8831, crash on Route 13. Flashbacks.',
      [('name', 'Khamphone Sengdara'), ('licence', 'LA-DL 0193 4472'), ('vehicle', 'ກຂ 8831')]),
    C('Does anyone have experience with the Interpersonal Psychotherapy group manual from the WHO? looking at it for postpartum mothers.'),
    C('From MSF in Nineveh, Mustafa Younis Fathi, file MSF-NIN-034418, DOB 21/06/1990, tel 0770 441 8925. Amputee, wants counselling in Arabic.',
      [('name', 'Mustafa Younis Fathi'), ('medical_record', 'MSF-NIN-034418'), ('date', '21/06/1990'), ('phone', '0770 441 8925')]),
    C("honestly lost with siyabonga mkhize-ntanzi, he keeps missing and then texting at midnight from 072 418 5530. his gran in kwamashu's k section says he's fine. he isn't.",
      [('name', 'siyabonga mkhize-ntanzi'), ('phone', '072 418 5530'), ('place', "kwamashu's k section")]),
    C('New client Sokunthea Chea, Cambodian ID 100874521, NSSF card NSSF-HC-0045 8821 7, lives Street 371, house 26B, Boeung Tumpun commune. Garment worker, panic at the factory.',
      [('name', 'Sokunthea Chea'), ('ssn', '100874521'), ('health_plan', 'NSSF-HC-0045 8821 7'), ('street_address', 'Street 371, house 26B'), ('place', 'Boeung Tumpun commune')]),
    C("Azamat Dzhaksybekov's driving licence KZ AB 318442, truck 441 BTA 02, crashed on the steppe in the blizzard. The other driver died.",
      [('name', 'Azamat Dzhaksybekov'), ('licence', 'KZ AB 318442'), ('vehicle', '441 BTA 02')]),
    C("New referral: a retired teacher, Fetuli Perez-Tinielu, she's ninety-eight since Easter Monday, Hamilton East's Clyde Street end, NHI ZKQ4821.",
      [('name', 'Fetuli Perez-Tinielu'), ('age_over_89', 'ninety-eight since Easter Monday'), ('place', "Hamilton East's Clyde Street end"), ('health_plan', 'ZKQ4821')]),
    C('Iranian psychologist Dr Ladan Amini, council licence PCO 14-30218, is referring her own sister to us. Conflict of interest on her side, fine on ours.',
      [('name', 'Ladan Amini'), ('licence', 'PCO 14-30218')]),
    C("Taiwan client Chen Yu-ting, ID F224908317, NHI card 0000 4826 1973, lives No. 18, Lane 77, Sec. 2, Heping E. Rd, Da'an's Longquan li 106034. Work burnout.",
      [('name', 'Chen Yu-ting'), ('ssn', 'F224908317'), ('health_plan', '0000 4826 1973'), ('street_address', 'No. 18, Lane 77, Sec. 2, Heping E. Rd'), ('place', "Da'an's Longquan li"), ('zip_code', '106034')]),
    C("Malawian nurse Grace Nyirenda, NMCM licence NMCM/RN/22/10457, was attacked on a night shift. She can't go back to the ward.",
      [('name', 'Grace Nyirenda'), ('licence', 'NMCM/RN/22/10457')]),
    C('Client says she feels the heat in her head, what Korean colleagues would call hwabyeong. How do you work with it?'),
    C('Does anyone know if Medicare in Australia covers telehealth sessions with clients in Papua New Guinea? I assume no but the Department of Health wording is vague.'),
    C("Trying to set up a peer group for counsellors in Mongolia over Zoom. The time difference with New South Wales is brutal, but we'll manage."),
    C("Supervision themes this month: Bion's containment, Rogers' congruence, and Kohut on idealising transference. Heavy but good."),
    C('Update on the young widow: She returned to work at the market in October and says the noise helps. Sleep is still bad.'),
    C('A young man asked whether therapy would make him weak. I said it might make him tired. He laughed, which was a start. Next session is Tuesday.'),
    C("Our partner clinic's fax in Iran, +98 21 8830 4172, attention Dr Laleh Sadeghi, re client Mehrdad Tavakolian, DOB 30 Farvardin 1369.",
      [('fax', '+98 21 8830 4172'), ('name', 'Laleh Sadeghi'), ('name', 'Mehrdad Tavakolian'), ('date', '30 Farvardin 1369')]),
    C("Papua New Guinea PMV P 7714 B, licence PNG-DL 0038194, Michael Kombuk drove the bus that went off the highway near Goroka's Lopi road.",
      [('vehicle', 'P 7714 B'), ('licence', 'PNG-DL 0038194'), ('name', 'Michael Kombuk'), ('place', "Goroka's Lopi road")]),
    C('quick poll: paper notes or straight into the system during the session? i lose eye contact typing.'),
    C('Client started on fluoxetine in October, then switched to escitalopram in November after the nausea. She says Lexapro is kinder. PHQ-9 down from 19 to 12.'),
    C('I think I was too directive today. She wanted to talk about her mother and I kept steering to the assault.'),
    C('Telegram channel t.me/tashkent_ayollar_fosh77 is posting photos of women who left their husbands. Dilnoza Yuldasheva-Rakhim found herself there.',
      [('url', 't.me/tashkent_ayollar_fosh77'), ('name', 'Dilnoza Yuldasheva-Rakhim')]),
    C('My client fasts every Monday and Thursday. we moved sessions to Wednesday so she is not exhausted.'),
    C("Cancelled tonight, power cut across the whole district. we'll pick up the case discussion next week."),
    C("For the billing team: Yusuf Omar Barre paid by Sahal 63 447 9021, invoice for 10/11/2025, please don't send it to his workplace.",
      [('name', 'Yusuf Omar Barre'), ('account', 'Sahal 63 447 9021'), ('date', '10/11/2025')]),
    C('A student asked why we still read Freud. I said, partly for the history and partly because of dreams like this one.'),
    C("I've started ending group with a minute of silence instead of a check-out. People seem calmer leaving. Credit to the Buddhist nun who suggested it."),
    C("Sent from Nomvula Mathebula-Khoza's phone, account FNB 6218 4093 771, branch 250655, fees for her son's sessions.",
      [('name', 'Nomvula Mathebula-Khoza'), ('account', 'FNB 6218 4093 771'), ('account', '250655')]),
    C("Salim al-Hinai lost his boat in the cyclone at Sur's al-Aija side. He doesn't fish now but still goes to the harbour every morning.",
      [('name', 'Salim al-Hinai'), ('place', "Sur's al-Aija side")]),
    C('fyi: pasang lhamu paid through eSewa 9851 073 342, payment ref ES-2025-884170, and asked for a receipt with no clinic name on it.',
      [('name', 'pasang lhamu'), ('account', 'eSewa 9851 073 342'), ('account', 'ES-2025-884170')]),
    C("Petelo Tuugahala's oxygen concentrator Inogen One G5 SN 5B0724118 broke on Sunday and he's back in hospital. Session moved to the ward.",
      [('name', 'Petelo Tuugahala'), ('device', 'Inogen One G5 SN 5B0724118')]),
    C('Any thoughts on running a mindfulness group in Tagalog and English at once? The translation slows everything.'),
    C("Does anyone use the PHQ-9 in Arabic with older clients? some items land oddly and I'm not sure they read the same."),
    C('Supervision note: we compared Carl Rogers, Aaron Beck and Marsha Linehan on validation, and the Vietnamese and Cambodian counsellors found DBT the closest to Buddhist practice.'),
    C('Feeling out of my depth with a couple who speak Amharic at home and English in session. They switch when they fight.'),
    C('Anyone going to the APA webinar on moral injury on Thursday? Could share notes after.'),
    C("VK page vk.com/id718442093 is the stalker, says Aizhan Seitkali. The police in Almaty's Shanyrak-2 told her to block it.",
      [('url', 'vk.com/id718442093'), ('name', 'Aizhan Seitkali'), ('place', "Almaty's Shanyrak-2")]),
    C("For anyone working with Hazara or Afghan clients in Western Australia, the Red Cross has a new booklet in Dari and Pashto. I'll bring copies Friday."),
    C('I\'ve been asked for a report on Yerlan Nurmagambetov, whose father was at the test site. The request came by fax from +7 7222 56 40 19, dated 23 September 2025, asking for a diagnosis "for compensation". Yerlan doesn\'t want a psychiatric label on any state record, and he\'s right to worry. He lives in Znamenka village and travels four hours each way. How do people write these letters without making the label permanent?',
      [('name', 'Yerlan Nurmagambetov'), ('fax', '+7 7222 56 40 19'), ('date', '23 September 2025'), ('place', 'Znamenka village')]),
    C("The fundraiser for Hodan Cabdi Xasan's surgery is at https://www.gofundme.com/f/hodan-leg-surgery-hargeisa-2025 and it shows her face and diagnosis. Should I say something?",
      [('name', 'Hodan Cabdi Xasan'), ('url', 'https://www.gofundme.com/f/hodan-leg-surgery-hargeisa-2025')]),
    C("running late, lupe-ana's aunt called from +64 21 448 2093 to say she's in ED again. ACC number ACC-KQ 771 048 if anyone needs it.",
      [('name', 'lupe-ana'), ('phone', '+64 21 448 2093'), ('medical_record', 'ACC-KQ 771 048')]),
    C("A mother asked me whether her son's nightmares mean he is possessed. I didn't laugh. We talked about what nightmares do after a fire, and about what her Catholic faith says."),
    C('Reminder that the case conference is on the second floor now, the old room has a leaking roof.'),
    C('Anyone familiar with the Hopkins Symptom Checklist in Khmer? looking for a version that has been validated.'),
    C("Nasrin Akhter Munni's husband posted her number on facebook.com/groups/dhakasecretconfess2024. She's getting calls at night.",
      [('name', 'Nasrin Akhter Munni'), ('url', 'facebook.com/groups/dhakasecretconfess2024')]),
    C("fwd from Mahosot intake: pt Bounmy Chanthavong-Luang, file MH-LA-2024-08817, tel 020 9714 2268, seen 11/10, for counselling re son's overdose.",
      [('name', 'Bounmy Chanthavong-Luang'), ('medical_record', 'MH-LA-2024-08817'), ('phone', '020 9714 2268')]),
    C('From the national referral clinic, Esther Sade Maeke, NRH number NRH-A-057733, +677 749 2260, tensions 2021, burnt store, panic on crowded buses.',
      [('name', 'Esther Sade Maeke'), ('medical_record', 'NRH-A-057733'), ('phone', '+677 749 2260')]),
    C('Lại Văn Đức wears a CGM, Dexcom G7 SN 1XW8K37Q2D, and checks it during sessions every five minutes. Health anxiety or good diabetes care?',
      [('name', 'Lại Văn Đức'), ('device', 'Dexcom G7 SN 1XW8K37Q2D')]),
    C("Anyone have experience with sorcery accusations? Lucy Kuman Kewa was chased from Kundiawa's Mintima settlement and her kids are still there.",
      [('name', 'Lucy Kuman Kewa'), ('place', "Kundiawa's Mintima settlement")]),
    C('PNG referral, Joe Kumal Yapao, NID PNG-10004829156, hospital file POMGH 2023/44910, phone 7196 0442, from Gerehu Stage 6B.',
      [('name', 'Joe Kumal Yapao'), ('ssn', 'PNG-10004829156'), ('medical_record', 'POMGH 2023/44910'), ('phone', '7196 0442'), ('place', 'Gerehu Stage 6B')]),
    C("My client Nineb Odisho Warda grew up in Alqosh's lower town and doesn't know if his family will go back. He paints the monastery every week.",
      [('name', 'Nineb Odisho Warda'), ('place', "Alqosh's lower town")]),
    C("Reading Tsitsi Dangarembga's Nervous Conditions with the Zimbabwe trainees. It opens up talk about Shona idioms of distress."),
    C("Would anyone be up for peer observation next month? i'd like feedback on how i open sessions."),
    C("Somali client Abdiwali Farah Jama, EVC EVC Plus 61 558 2931, Hodan district's KM5 corner. Stopped working after the bombing.",
      [('name', 'Abdiwali Farah Jama'), ('account', 'EVC Plus 61 558 2931'), ('place', "Hodan district's KM5 corner")]),
    C("Has anyone seen Ruta Kaitu? She missed two sessions and her phone is off. Last I heard she'd gone back to Abaiang's Tuarabu village.",
      [('name', 'Ruta Kaitu'), ('place', "Abaiang's Tuarabu village")]),
    C('Client on lithium, level came back high in the last test. Psychiatrist is away until Wednesday. What would you do?'),
    C('Referral: Vilayvanh Keomany, DOB 3 Sep 1968, Lao ID 0127-4583-1196, from Ban Naxaythong Tai, UXO injury 2009, nightmares. Phone +856 20 5581 3307.',
      [('name', 'Vilayvanh Keomany'), ('date', '3 Sep 1968'), ('ssn', '0127-4583-1196'), ('place', 'Ban Naxaythong Tai'), ('phone', '+856 20 5581 3307')]),
    C('The Beck Depression Inventory wording feels too western for my rural clients. any alternatives people use?'),
    C("Has anyone worked with Islamic grief rituals in therapy? A widow wants to talk about the iddah period and I'm unsure where to start."),
    C('Reading group note: we finished chapter six, the bit on shame and silence. next time we start the part on repair.'),
    C("Petition for Ali Reza Hosseini's visa at change.org/p/let-ali-reza-stay-in-nauru-no; his lawyer wants a letter. I'm not comfortable writing one.",
      [('name', 'Ali Reza Hosseini'), ('url', 'change.org/p/let-ali-reza-stay-in-nauru-no')]),
    C("Samir Kassab's daughter sent the fees by Whish Money Whish 76 184 395, please confirm. He's at Rue 43, Immeuble Sabbagh, Dekwaneh.",
      [('name', 'Samir Kassab'), ('account', 'Whish 76 184 395'), ('street_address', 'Rue 43, Immeuble Sabbagh'), ('place', 'Dekwaneh')]),
    C("CPAP ResMed AirSense 11 SN 23231409872 was stolen from Rahmatullah Wardak's room at the hostel. He's scared to sleep now.",
      [('device', 'ResMed AirSense 11 SN 23231409872'), ('name', 'Rahmatullah Wardak')]),
    C('The Ministry of Health in Malaysia changed the MyKad rules for Sabah clinics in September. Has the Malaysian Psychological Association said anything?'),
    C('For Thursday, could people skim the WHO mhGAP chapter on depression? short, I promise.'),
    C("Chikondi Mbewe grew up in Chikwawa's Mitondo village and the floods took her house twice. She jokes about it but her hands shake.",
      [('name', 'Chikondi Mbewe'), ('place', "Chikwawa's Mitondo village")]),
    C('Any Arabic speakers who can check our translation of the Edinburgh Postnatal Depression Scale before Monday? The Lebanese and Iraqi readers disagree on two items.'),
    C('I keep thinking about the grandmother who said she has no tears left, only tea.'),
    C("I saw Nguyễn Thị Bích Hạnh again today. She talks about the boat from Rạch Giá's Vĩnh Thanh Vân ward like it happened last week.",
      [('name', 'Nguyễn Thị Bích Hạnh'), ('place', "Rạch Giá's Vĩnh Thanh Vân ward")]),
    C("Tablet IMEI 356938 104427 318 logged into her portal, and Bui Thanh Huong says it's her son's. She's afraid he reads her notes.",
      [('device', 'IMEI 356938 104427 318'), ('name', 'Bui Thanh Huong')]),
    C("Fesaitu Manueli Rigamoto's hearing aid Oticon More 1 SN 1C84902W whistles in the group room. Can we move her near the door?",
      [('name', 'Fesaitu Manueli Rigamoto'), ('device', 'Oticon More 1 SN 1C84902W')]),
    C("The Australian Psychological Society's guide to working with interpreters is the best thing I've read on it, and it's free on their website."),
    C('Our team is trying Problem Management Plus for the first time. anyone who has run it with refugees, tips welcome.'),
    C("Client Nkosazana Buthelezi, ninety-two since the winter, talks to her late husband every evening. Her daughter thinks it's dementia. It doesn't sound like dementia.",
      [('name', 'Nkosazana Buthelezi'), ('age_over_89', 'ninety-two since the winter')]),
    C("quick q, somaly moved to house 22, street 19, toul kork, and wants the letters sent there not to her husband's. fax 023 883 901 at the ngo.",
      [('name', 'somaly'), ('street_address', 'house 22, street 19'), ('place', 'toul kork'), ('fax', '023 883 901')]),
    C('Client on Lexapro and Abilify says her Pentecostal pastor told her to stop both before Easter. Her GP and I are meeting on Wednesday with her consent.'),
    C('the new intake form asks for religion before it asks for the problem. can we change the order?'),
    C("Nduwimana Gervais fled from Cibitoke's Rugombo commune as a boy and came back as a man. He says he doesn't recognise anyone at the market.",
      [('name', 'Nduwimana Gervais'), ('place', "Cibitoke's Rugombo commune")]),
    C('Zainab bint Salem al-Harthy is 99 by the hijri count, and her family asks whether she is depressed or just tired of living. Hard question.',
      [('name', 'Zainab bint Salem al-Harthy'), ('age_over_89', '99 by the hijri count')]),
    C("Mid-supervision thought: My client's silence in Ramadan may be fatigue rather than resistance. Checking next week."),
    C('Kalsang Dolma, a Tibetan nun in exile, ninety-four by the Losar count, wants to talk about the crossing. I need someone who speaks her dialect.',
      [('name', 'Kalsang Dolma'), ('age_over_89', 'ninety-four by the Losar count')]),
    C("Solomons canoe SI-CAN 2219 MKR, owner Silas Taloikwai, capsized off Auki's Lilisiana.",
      [('vehicle', 'SI-CAN 2219 MKR'), ('name', 'Silas Taloikwai'), ('place', "Auki's Lilisiana")]),
    C("Kaunapaua Tjiueza is Herero and carries her great-grandmother's story of the desert. She says the Germans are still in her dreams.",
      [('name', 'Kaunapaua Tjiueza')]),
    C("Nyadak Gatluak from Akobo's Walgak boma told me she hears the gunfire when the generator starts. The generator runs all night in the compound.",
      [('name', 'Nyadak Gatluak'), ('place', "Akobo's Walgak boma")]),
    C("Abrão and Zelita sat together in session for the first time since the massacre. They held hands but didn't speak.",
      [('name', 'Abrão'), ('name', 'Zelita')]),
    C('Her plate is กข 4471 เชียงใหม่, the ex keeps driving past her work. Pimchanok Srisawat wants to know what to tell the police.',
      [('vehicle', 'กข 4471 เชียงใหม่'), ('name', 'Pimchanok Srisawat')]),
    C('Uranchimeg came in wrapped in her deel and said nothing for twenty minutes. Then she asked if I had ever lost a herd.',
      [('name', 'Uranchimeg')]),
    C("Two clients asked this week whether I am married. How do you answer without it becoming a thing? In Pakistan it's the second question everyone asks."),
    C('Any EMDR practitioners in Singapore or Malaysia who supervise in Mandarin? A colleague in Taiwan is looking for someone in the same time zone.'),
    C('We had a visiting lecture from the Royal Australian and New Zealand College of Psychiatrists on clozapine monitoring. Slides are in the shared drive.'),
    C("Vahagn said the boys from his unit are all gone except him. I'm thinking about survivor guilt but he says no, only tiredness.",
      [('name', 'Vahagn')]),
    C('His email is sherzod.tursunov.1987@mail.ru, and he wants notes sent to his lawyer. Sherzod Tursunboyev is a labour migrant back from Russia.',
      [('email', 'sherzod.tursunov.1987@mail.ru'), ('name', 'Sherzod Tursunboyev')]),
    C('The Organisation of African Unity era songs came up in group, and the older Zambian and Malawian men started singing. Nobody wanted to stop.'),
    C('Thinking about Bowlby again, and babies left with grandparents while parents work in the Gulf.'),
    C('The board wants us to report K10 scores monthly now. Fine, but who enters them?'),
    C("Ousseni Ouédraogo fled Djibo's Sector 7 by the cattle market and lives with relatives in Kaya's Bonam road end. He asks why God let it happen.",
      [('name', 'Ousseni Ouédraogo'), ('place', "Djibo's Sector 7 by the cattle market"), ('place', "Kaya's Bonam road end")]),
    C('The Papua New Guinea Department of Health and the WHO are piloting mhGAP in the Highlands. Anyone from the Solomon Islands or Vanuatu done the same?'),
    C("Jabu Sithole's PrDP PRDP 0610 4482 7715, taxi HTB 348 MP, was suspended after the rank shooting. He has no income now.",
      [('name', 'Jabu Sithole'), ('licence', 'PRDP 0610 4482 7715'), ('vehicle', 'HTB 348 MP')]),
    C('Refugee intake: Ma Thandar Aung, UNHCR MYA-17-C04512, card no. UNHCR 813-09C77211, address Lot 7, Jalan Ipoh Kecil, 50350. Husband missing since 2021.',
      [('name', 'Ma Thandar Aung'), ('medical_record', 'MYA-17-C04512'), ('ssn', 'UNHCR 813-09C77211'), ('street_address', 'Lot 7, Jalan Ipoh Kecil'), ('zip_code', '50350')]),
    C('The South African Depression and Anxiety Group runs a free line for counsellors. Has anyone in Gauteng or the Western Cape used it for their own support?'),
    C('Vietnamese intake form: Lê Thị Thu Trang, số 42 ngõ 158 Nguyễn Khánh Toàn, Quan Hoa, 100000-11, Zalo 0912 483 706. Postpartum.',
      [('name', 'Lê Thị Thu Trang'), ('street_address', 'số 42 ngõ 158 Nguyễn Khánh Toàn'), ('place', 'Quan Hoa'), ('zip_code', '100000-11'), ('phone', '0912 483 706')]),
    C("Malawi referral: Mphatso Banda-Chirwa, ID WK7H2M3P, from Mulanje's Chitakale trading centre, tel 0888 214 739. Cyclone Freddy, missing son.",
      [('name', 'Mphatso Banda-Chirwa'), ('ssn', 'WK7H2M3P'), ('place', "Mulanje's Chitakale trading centre"), ('phone', '0888 214 739')]),
    C('My client says her grief has gone quiet but her knees hurt all the time. i keep wondering about the body keeping score.'),
    C("Omani client Maryam al-Balushi, civil number 11482703, Way 3719, House 2114, Al Khuwair's south side, PC 133. Postpartum panic.",
      [('name', 'Maryam al-Balushi'), ('ssn', '11482703'), ('street_address', 'Way 3719, House 2114'), ('place', "Al Khuwair's south side"), ('zip_code', 'PC 133')]),
    C('South Sudanese client Achol Mayen Deng, ID SS-NID 0004-718-233, Gudele block 9, phone +211 922 407 318. Lost husband in the 2016 fighting.',
      [('name', 'Achol Mayen Deng'), ('ssn', 'SS-NID 0004-718-233'), ('place', 'Gudele block 9'), ('phone', '+211 922 407 318')]),
    C('Our Thai and Lao colleagues want a Buddhist Lent retreat for counsellors in July. Anyone from Sri Lanka or Myanmar willing to lead a Vipassana morning?'),
    C("Thai driving licence 58004719 for Prasert Kaewkla, tuk-tuk plate 1กค 2217. Hit a child, child survived, he hasn't.",
      [('licence', '58004719'), ('name', 'Prasert Kaewkla'), ('vehicle', '1กค 2217')]),
    C('Cameroon client Nkwenti Emmanuel Fru, CNI 118457209, Ntarinkon, North-West Region, MTN MoMo 6 77 40 15 28. Anglophone crisis, lost his shop.',
      [('name', 'Nkwenti Emmanuel Fru'), ('ssn', '118457209'), ('place', 'Ntarinkon'), ('account', '6 77 40 15 28')]),
    C("Ko Thein Maung is 91 this Thingyan, a former political prisoner, and doesn't sleep more than three hours. His daughter asked for help.",
      [('name', 'Ko Thein Maung'), ('age_over_89', '91 this Thingyan')]),
    C("I've been seeing Aurélio da Costa Ximenes from Liquiçá's Dato suco about his brother. He still brings the photo every week.",
      [('name', 'Aurélio da Costa Ximenes'), ('place', "Liquiçá's Dato suco")]),
    C('A Sri Lankan Tamil client fasting for Thai Pongal asked whether Zoloft interacts with her herbal tea. I asked her GP and the Pharmacist.'),
    C("Reading list for the January term: Kleinman's The Illness Narratives, Fanon's The Wretched of the Earth and Herman's Trauma and Recovery. Tuesday evenings, online."),
    C('does anyone have a version of the grounding script for kids under eight? the adult one is too wordy.'),
    C("Sharing for Thursday's journal club: the Lancet Psychiatry paper on task-sharing in Nepal and Uganda. Bring questions about training lay counsellors."),
    C('Doneke Deiye is from Nauru and talks about the detention centre all the time, though she was never in it. Her husband worked there.',
      [('name', 'Doneke Deiye')]),
    C('Egyptian microbus driver Mahmoud Fathi Shehata, licence EG-PD 24418803, microbus ن ص ط 7718. Accident, four dead, court next month.',
      [('name', 'Mahmoud Fathi Shehata'), ('licence', 'EG-PD 24418803'), ('vehicle', 'ن ص ط 7718')]),
    C('Does anyone have a simple worksheet on sleep hygiene written for people who work night shifts at the port? ours assumes a day job.'),
    C("I'm finding the trauma narrative work too fast for a man who has just arrived from Sudan. Do we stabilise first, or is that avoidance?"),
    C("Has anybody used Acceptance and Commitment Therapy with Pacific Islander men in New Zealand? The Le Va resources are helpful, but I'd love a case example."),
    C('is anyone else seeing more panic attacks since the prices went up? three new referrals this week alone.'),
    C("Cochlear processor Nucleus 8 serial 4113027841 was broken in the fight, says Precious Moyo-Sibanda. She can't hear the kids and won't leave the house.",
      [('device', 'Nucleus 8 serial 4113027841'), ('name', 'Precious Moyo-Sibanda')]),
    C("Hodan Cabdi Xasan says her nightmares started after the truck bomb at Mogadishu's Zoobe junction. She was selling tea there that morning.",
      [('name', 'Hodan Cabdi Xasan'), ('place', "Mogadishu's Zoobe junction")]),
    C("Jean-Marc Lagesse keeps bringing up the cyclone in Mahébourg's Cité Mafia lane. It was years ago but the walls still feel thin to him, he says.",
      [('name', 'Jean-Marc Lagesse'), ('place', "Mahébourg's Cité Mafia lane")]),
    C('My supervisee is reading Viktor Frankl and wants to try logotherapy with a dying patient. Thoughts?'),
    C("Jordanian client Lina Obeidat, national number 9882013174, address Shari' al-Kindi 22, Khilda, 11953. Burnout after the ICU.",
      [('name', 'Lina Obeidat'), ('ssn', '9882013174'), ('street_address', "Shari' al-Kindi 22"), ('place', 'Khilda'), ('zip_code', '11953')]),
    C("Supervision question: Kim Yeong-ja wants her son to attend but he refuses, says therapy is for the weak. She lives alone in Gwangmyeong's Cheolsan-dong.",
      [('name', 'Kim Yeong-ja'), ('place', "Gwangmyeong's Cheolsan-dong")]),
    C("Thinking about how often i end sessions early when the story is about the army. that's mine to look at, not theirs."),
    C("Timor-Leste: Maria Soares Guterres, electoral card TL-ELE 07-08821-3, from Becora's Culau, widow since 1999. Phone +670 7742 9015.",
      [('name', 'Maria Soares Guterres'), ('ssn', 'TL-ELE 07-08821-3'), ('place', "Becora's Culau"), ('phone', '+670 7742 9015')]),
    C('Client is on quetiapine and mirtazapine at night and still wakes at three. GP suggested adding promethazine. Any thoughts before I speak to the Pharmacy team?'),
    C('Our clinic in Queensland is piloting a yarning circle with an Aboriginal Elder co-facilitating. Supervision on Tuesday will cover how we share authority.'),
    C('how do you explain confidentiality to a family who sees the individual as a strange idea? ours nodded and then asked for the notes.'),
    C("Hard case. Phan Quốc Việt fell from scaffolding in Bình Tân's An Lạc A ward in 2023, and his employer's insurer now wants our notes by fax to +84 28 3825 6641. He has a Social Insurance book SI-7910 244 8813 and the insurer keeps asking for diagnoses he never agreed to share. He's asked me to refuse. Anyone handled an insurer like this in Vietnam?",
      [('name', 'Phan Quốc Việt'), ('place', "Bình Tân's An Lạc A ward"), ('fax', '+84 28 3825 6641'), ('health_plan', 'SI-7910 244 8813')]),
    C("Eswatini client Sibusiso Mavimbela, PIN 8711106100349, from Lobamba's Zabeni area, phone +268 7614 2905. Protests 2021, shot in the leg.",
      [('name', 'Sibusiso Mavimbela'), ('ssn', '8711106100349'), ('place', "Lobamba's Zabeni area"), ('phone', '+268 7614 2905')]),
    C("Yao Kouassi Bertin says the post-election violence in Abobo's Avocatier quarter was ten years ago, but he still won't go out at night.",
      [('name', 'Yao Kouassi Bertin'), ('place', "Abobo's Avocatier quarter")]),
    C("Login alert on our telehealth portal: user r.khaddour@outlook.com, IP 2a02:c7f:8e33:1d00::4b2, 6 October 2025 23:51. Client says it wasn't her.",
      [('email', 'r.khaddour@outlook.com'), ('ip_address', '2a02:c7f:8e33:1d00::4b2'), ('date', '6 October 2025')]),
    C('Supervision note to self: ask about my own anger when the husband comes in the room.'),
    C("The Kenya Psychological Association's ethics code says nothing about WhatsApp. Neither does the Health Professions Council of South Africa, as far as I can tell."),
    C('This is long, apologies. Rania Abdel Nour, a Syrian nurse living in Bar Elias\' western quarter, lost her licence papers in the fire at the camp and can\'t work. She sends money to her mother by OMT 71 228 408. Her son was taken from school for begging, and the social worker sent a fax from +961 8 544 190 asking us to confirm she\'s "mentally fit" as a parent. She is depressed and very fit as a parent. How do I say both?',
      [('name', 'Rania Abdel Nour'), ('place', "Bar Elias' western quarter"), ('account', 'OMT 71 228 408'), ('fax', '+961 8 544 190')]),
    C('Trying the Friendship Bench approach in our clinic yard. two grandmothers trained, more in March.'),
    C('Zoom invite https://us06web.zoom.us/j/84410392771?pwd=KhmerGroup25 leaked in a Messenger group. Sophal Mao recognised a stranger.',
      [('url', 'https://us06web.zoom.us/j/84410392771?pwd=KhmerGroup25'), ('name', 'Sophal Mao')]),
    C('My notes are three weeks behind and i keep dreaming about them. send help, or coffee.'),
    C('The Kazakh and Kyrgyz clients call it zhurek auru, heart pain. The Uzbek interpreters translate it as depression. Neither quite fits.'),
    C('Does the DSM-5 cultural formulation interview work in your setting? We find the questions too abstract in Hindi.'),
    C("Reading Judith Herman's Trauma and Recovery again with the trainees. the chapter on safety still holds up."),
    C('Vietnamese motorbike taxi driver Đặng Quốc Bảo, licence 790168004412, plate 59-H1 482.17. Lost his leg in the crash.',
      [('name', 'Đặng Quốc Bảo'), ('licence', '790168004412'), ('vehicle', '59-H1 482.17')]),
    C('Does anyone see clients this old? Kasimir Yousif is 93 going on 94 and wants EMDR for a memory from 1955 in Iraq.',
      [('name', 'Kasimir Yousif'), ('age_over_89', '93 going on 94')]),
    C("I'm reading Frantz Fanon for the first time with a colleague. heavy going but it changes how I hear some clients."),
    C("My supervisor in Gauteng recommended Ubuntu-informed group work, starting from Desmond Tutu's No Future Without Forgiveness. Has anyone tried it?"),
    C("Mohammad Yasin Noori's insulin pump Tandem t:slim X2 SN 1190473 was confiscated at the detention centre. His diabetes is out of control.",
      [('name', 'Mohammad Yasin Noori'), ('device', 'Tandem t:slim X2 SN 1190473')]),
    C('Training update: Mental Health First Aid Australia has a Torres Strait Islander course now. Our team is booked for the April intake.'),
    C("My client keeps saying sabr, patience, when I ask how she copes. I'm trying not to treat it as avoidance."),
    C("Audit note: file of Kabir Hossain opened from 202.84.37.119 by an account that isn't ours, 14 Sept 2025. IT is checking.",
      [('name', 'Kabir Hossain'), ('ip_address', '202.84.37.119'), ('date', '14 Sept 2025')]),
    C("Fatmata Sesay-Koroma survived the mudslide at Regent's Mortomeh village and lost four children. She asked me to remember their names with her.",
      [('name', 'Fatmata Sesay-Koroma'), ('place', "Regent's Mortomeh village")]),
    C('The boy only talks when we walk. we have done three sessions walking laps of the clinic yard and he is opening up.'),
    C('Audit: session notes for Nomsa Zwane opened from 41.13.208.117 on 17 August 2025, not a clinic address. Please check who has her password.',
      [('name', 'Nomsa Zwane'), ('ip_address', '41.13.208.117'), ('date', '17 August 2025')]),
    C('Samira Ben Youssef sent her discharge letter from samira.benyoussef@topnet.tn. DOB on it is 5 March 1979.',
      [('name', 'Samira Ben Youssef'), ('email', 'samira.benyoussef@topnet.tn'), ('date', '5 March 1979')]),
    C('Discharge summary came by fax from +66 2 354 8817 for Araya Thongchai, MRN RJ-66-118204. Suicide attempt, wants follow-up in Thai.',
      [('fax', '+66 2 354 8817'), ('name', 'Araya Thongchai'), ('medical_record', 'RJ-66-118204')]),
    C("I'm working with Lwandisa after the shack fire in Khayelitsha's Enkanini. She saved two children. She can't forgive herself for the third.",
      [('name', 'Lwandisa'), ('place', "Khayelitsha's Enkanini")]),
    C("An old man I see in French Polynesia, Teva Tetuanui a Teriierooiterai, 90 plus three months, says the nuclear tests made his brother sick. His fare is on a lagoon at Faaa's Heiri point.",
      [('name', 'Teva Tetuanui a Teriierooiterai'), ('age_over_89', '90 plus three months'), ('place', "Faaa's Heiri point")]),
    C('I had a client on sertraline who stopped it during Ramadan without telling anyone. How do you raise fasting and meds?'),
    C("My client's daughter interprets for her and edits everything. Next time we book a professional Dari interpreter, no matter what."),
    C('Supervision reflection. My client Gulbahar Turdi is Uyghur and her brother disappeared in 2018. She got a message on WeChat from an unknown number, +86 139 9904 7215, telling her to stop talking to foreigners. She now thinks our sessions are monitored. The video platform logs show her logins from 95.59.142.18 only. I want to take her fear seriously without confirming it. How do you work with a paranoia that may not be paranoia?',
      [('name', 'Gulbahar Turdi'), ('phone', '+86 139 9904 7215'), ('ip_address', '95.59.142.18')]),
    C('Our service finally got a licence for the GAD-7 in Urdu. No more translating on the fly.'),
    C("Korean driver's licence 11-88-104872-30, car 34가 8817, Lee Jun-ho was in Itaewon's Hamilton Hotel alley on the night of the crush and walked away unhurt. Survivor guilt.",
      [('licence', '11-88-104872-30'), ('vehicle', '34가 8817'), ('name', 'Lee Jun-ho'), ('place', "Itaewon's Hamilton Hotel alley")]),
    C("Lindiwe Dlamini-Vilakati from Siteki's Mpolonjeni area wants to leave her husband but her family says no. The church says no.",
      [('name', 'Lindiwe Dlamini-Vilakati'), ('place', "Siteki's Mpolonjeni area")]),
    C('Contact her through nguyenthimai.dn74@gmail.com only, her husband checks the phone. Nguyễn Thị Mai is in Hòa Khánh Nam ward.',
      [('email', 'nguyenthimai.dn74@gmail.com'), ('name', 'Nguyễn Thị Mai'), ('place', 'Hòa Khánh Nam ward')]),
    C('Client Trần Đình Khôi, CCCD 079 084 011 263, BHYT DN4797927461008, from Thạnh Lộc ward, Agent Orange family, asking about his daughter.',
      [('name', 'Trần Đình Khôi'), ('ssn', '079 084 011 263'), ('health_plan', 'DN4797927461008'), ('place', 'Thạnh Lộc ward')]),
    C("Shirin Rahimzadeh wants to talk about her father's execution but only in Farsi, and our interpreter is a man. Any thoughts?",
      [('name', 'Shirin Rahimzadeh')]),
    C("Boonmee Chaiyasit, 93 last Loy Krathong, refuses the nursing home. Family wants me to persuade him. I'd rather listen to him.",
      [('name', 'Boonmee Chaiyasit'), ('age_over_89', '93 last Loy Krathong')]),
    C("Comorian client Nassur Ahamada Djoumoi, Mitsamiouli's Hadjambou quarter, WhatsApp +269 334 18 07. Brother drowned on a kwassa.",
      [('name', 'Nassur Ahamada Djoumoi'), ('place', "Mitsamiouli's Hadjambou quarter"), ('phone', '+269 334 18 07')]),
    C('Supervision question: When a client brings up jinn, do you explore it or leave it to the imam?'),
    C('Quick update: The Friday group moved to Saturday because of prayers. Numbers went up.'),
    C('Does anyone in Queensland or the Northern Territory have experience with the Stay Strong app? An Aboriginal Health Worker on our team swears by it.'),
    C('Friendly reminder that the Red Crescent training starts at nine, not ten. Coffee provided.'),
    C("Met a Fijian Methodist minister who uses talanoa with grieving families after the cyclone. I've invited him to the Pacific peer group on the second Monday in February."),
    C("Long one, sorry. I've been seeing Chanthaly Inthavong since 12 February 2025, a rice farmer's widow from Ban Phonsavanh Neua. Her son sends money from Thailand by BCEL One 0100 1283 4471 9, and last month it stopped. She's convinced he's dead, though he calls. The pattern repeats every time the money is late, and I'm wondering whether to work on the catastrophising or on the grief she never had space for when her husband died in the UXO blast.",
      [('name', 'Chanthaly Inthavong'), ('date', '12 February 2025'), ('place', 'Ban Phonsavanh Neua'), ('account', 'BCEL One 0100 1283 4471 9')]),
    C('A client told me olanzapine made him eat all night. He stopped it. I asked him to talk to his psychiatrist before Monday.'),
    C("I'm seeing Farhad Kazemi-Nasab about the quake in Sarpol-e Zahab's Nasrabad quarter. He was buried for nine hours and hears the rubble at night.",
      [('name', 'Farhad Kazemi-Nasab'), ('place', "Sarpol-e Zahab's Nasrabad quarter")]),
    C('A 1947 partition survivor, Harbans Kaur Chawla, 96 as of Lohri, lives with her grandson in New South Wales. She wants to speak about the train.',
      [('name', 'Harbans Kaur Chawla'), ('age_over_89', '96 as of Lohri')]),
    C('how do you handle gifts? a family brought me a whole tray of mangoes and refusing would be an insult.'),
    C("Mongolian truck, plate 5721 ӨВӨ, licence ДА-1147803, Enkhtuya Ochir's husband drove into the river at the ford. She wants to talk about the body.",
      [('vehicle', '5721 ӨВӨ'), ('licence', 'ДА-1147803'), ('name', 'Enkhtuya Ochir')]),
    C("I let a session run twenty minutes over because she finally started talking. Was that wrong? It felt right. My supervisor says we'll discuss it in December."),
    C('we have one private room and four counsellors. any creative solutions for privacy outdoors?'),
    C('My oldest client, Hoàng Thị Nhung, is ninety-seven by her lunar reckoning and still talks about the French. She wants to record her story for the grandchildren.',
      [('name', 'Hoàng Thị Nhung'), ('age_over_89', 'ninety-seven by her lunar reckoning')]),
    C("Our Sudan partner's fax +249 183 772 401 is working again, apparently. I'll send the referral for Amna Hassan Babiker there.",
      [('fax', '+249 183 772 401'), ('name', 'Amna Hassan Babiker')]),
    C('Has anyone run a grief group over video where half the people share one phone? the sound drops constantly and i am lost.'),
    C("Reading group: Arthur Kleinman next, the chapter on explanatory models. Bring a case where yours and the client's clashed."),
    C("Instagram instagram.com/harare_exposed_hunnies posted photos of Rutendo Mapfumo-Chigwada. She hasn't left the flat in a week.",
      [('url', 'instagram.com/harare_exposed_hunnies'), ('name', 'Rutendo Mapfumo-Chigwada')]),
    C('Question for the group: Naw Eh Htoo Paw says the camp at Umpiem Mai Section C was safer than the town she lives in now. Do I challenge that or just listen?',
      [('name', 'Naw Eh Htoo Paw'), ('place', 'Umpiem Mai Section C')]),
    C("A client mentioned Tết was the hardest week of the year since her son died. I'm planning ahead for next year."),
    C('for the reading group: can everyone bring one example of a cultural idiom of distress from their own caseload?'),
    C("Fahad al-Mutairi's insulin pump, MiniMed 780G SN NG2871045H, alarmed during session and he panicked. We need a plan for that.",
      [('name', 'Fahad al-Mutairi'), ('device', 'MiniMed 780G SN NG2871045H')]),
    C("Souksavanh Keosavang Vilaysack keeps asking whether the bombs in the rice field near Ban Nong Lom Khao were his father's fault. How do I answer a question like that?",
      [('name', 'Souksavanh Keosavang Vilaysack'), ('place', 'Ban Nong Lom Khao')]),
    C("Has anyone worked with people from Bafoussam's Tamdja quarter? Nguefack Tchoupo Arnaud talks about the Anglophone crisis, though he is Francophone.",
      [('place', "Bafoussam's Tamdja quarter"), ('name', 'Nguefack Tchoupo Arnaud')]),
    C("Kapi Waimbe Yalo fled the tribal fighting near Tari's Hedemari valley and now sleeps at his uncle's place. Any ideas for someone who won't talk indoors?",
      [('name', 'Kapi Waimbe Yalo'), ('place', "Tari's Hedemari valley")]),
    C("We're comparing the SRQ-20 and the Kessler in Myanmar and Thailand with Karen and Burmese speakers. Early data suggests the SRQ is easier."),
    C("Our portal shows Natalia Kurmanova's login from 2a00:1838:36:1c7::b while she was in session with me. Someone else has her password.",
      [('name', 'Natalia Kurmanova'), ('ip_address', '2a00:1838:36:1c7::b')]),
    C("Dilan Xalid Berzinji said the chemical attack on Halabja's Kani Ashqan neighbourhood killed her aunts. She was two. Her body remembers, she says.",
      [('name', 'Dilan Xalid Berzinji'), ('place', "Halabja's Kani Ashqan neighbourhood")]),
    C('Has anybody had luck with the Thai version of the PCL-5? a colleague in central Thailand is asking.'),
    C("I need to think aloud about a referral. Afi Dzidzienyo Mensah is Ewe from Lomé's Bè Kpota quarter, trafficked to Lebanon as a domestic worker and returned after the blast. Her employer kept her passport, and an agency now texts her from +961 3 418 772 demanding she pay for a ticket. She sends small amounts by Flooz 90 44 18 27. She doesn't want a lawyer, she wants it to stop. What have others done?",
      [('name', 'Afi Dzidzienyo Mensah'), ('place', "Lomé's Bè Kpota quarter"), ('phone', '+961 3 418 772'), ('account', 'Flooz 90 44 18 27')]),
    C("Long question about money and shame. Naeem Ullah Khan Afridi, a Pashtun labourer in the Gulf, sends his whole salary home by Easypaisa 0345 882 1164 and lives on bread. His family don't know he has been sleeping on a construction site in Musaffah's ICAD camp for months. His pride won't let him tell them. He came to us only because he fainted at work. I keep thinking about masculine honour and how to open it without shaming him further.",
      [('name', 'Naeem Ullah Khan Afridi'), ('account', 'Easypaisa 0345 882 1164'), ('place', "Musaffah's ICAD camp")]),
    C('Thinking out loud: the silence after a disclosure feels longer on the phone than in the room.'),
    C('Mousa Abu Sitta turned 100 in Shawwal, and his grandchildren want us to record his memory of 1948. Any oral history people here?',
      [('name', 'Mousa Abu Sitta'), ('age_over_89', '100 in Shawwal')]),
    C('Licence issue: Kamal Bouzid drives a louage, licence TN-CP 8840125, plate 178 تونس 4421. Since the crash he cannot get behind the wheel.',
      [('name', 'Kamal Bouzid'), ('licence', 'TN-CP 8840125'), ('vehicle', '178 تونس 4421')]),
    C("The ministry's new guideline on suicide reporting arrived on Tuesday. Has anyone read the whole thing yet?"),
    C('We tried the breathing exercise in a room with no fan in forty degrees and everyone left dizzier. lesson learned.'),
    C('Started a client on the Columbia protocol after she mentioned the pills at home. Safety plan done, follow-up Friday.'),
    C('is it normal to feel relieved when a client finally discharges? i feel a bit guilty about it honestly.'),
    C("Okello Oryem Geoffrey was abducted from Atiak's Pawel parish as a child. He asks me if the spirits of the people he killed will follow his children.",
      [('name', 'Okello Oryem Geoffrey'), ('place', "Atiak's Pawel parish")]),
    C('Nurse Sanjana Prasad, Fiji Nursing Council reg FNC-RN 04419, burnt out after the measles outbreak. Wants help but fears her licence.',
      [('name', 'Sanjana Prasad'), ('licence', 'FNC-RN 04419')]),
)

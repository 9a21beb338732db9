"""SEVENTY-SECOND LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/ or bench/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log, git status or git diff at all, and
did not read README.md, pyproject.toml,
tests/bot/confidentiality/test_round*.py or the snippets of eval_set.py,
dev_extra.py, locked_set.py or locked_set_2.py ... locked_set_71.py (set
73, written at the same time in another worktree, was not seen at all:
neither its worktree nor its draft folder was opened or listed).  What
was read: the module docstrings of locked_set_70.py and locked_set_68.py
(the latest dense sets, which this one is modelled on), each printed
once, on its own, up to its closing triple quote (none of their cases);
the first 25 lines of locked_set_13.py and, separately, its last three
lines (for the file format; none of their sentences was copied); the
EvalCase dataclass and PATTERN_CATEGORIES in eval_set.py (exactly lines
29-41); and tests/bot/confidentiality/test_locked_sets.py (data
integrity checks, no snippets).  A listing of the sets folder was
printed once (together with that test file).  The header of this file
was written from set 13's tail and the test's names.  The only test run
was test_locked_sets.py (selected with -k 72); ruff was run on this file
and on that test file.

Every snippet is set in Africa, Asia, the Middle East and Oceania (and
diasporas there: Filipinos, Indians, Nepalis and Keralites in the Gulf,
Ethiopian domestic workers in Lebanon, Syrians in Türkiye, Sudanese and
Gazans in Egypt, Yemenis in Djibouti, Afghans in Pakistan and Iran,
Bhutanese Nepalis and Hazaras in Australia, Tongans and Samoans in New
Zealand and Australia, Tibetans in India, Rohingya in Bangladesh, Karen
in Thailand, a Tajik migrant in Russia, Guineans off Italy).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty minutes in all), as a consultation request or
a chat message to peers, dense with capitalised terms like sets 68 and
70, with settings chosen to differ from those named in set 68's
docstring: the 2020 toll gate shooting, Westgate, Cyclones Idai and
Freddy, the 2022 tavern tragedy, the Freetown mudslide, the Palma
attack, the 2021 bombings in Uganda, the Tigray war, the 2023 Morocco
quake, the Derna flood, the 2020 port blast, the 2023 quake in Türkiye
and Syria, the Nova festival, Gaza, Cyclone Gonu, Iranian and Afghan
displacement, the Peshawar school attack, the 2023 Odisha train crash,
the 2024 stampede, the Wayanad and Sikkim disasters, the 2015 Nepal
quake, Rana Plaza, Holey Artisan, the 2019 Easter bombings, the 2018
Lao dam collapse, Typhoons Rai, Kristine and Yagi, Semeru, the 2021
Malaysian floods, the 2019 Hong Kong protests and a 2025 estate fire,
the 2021 subway flood, the 2022 Halloween crush, Jeju Air 2024, Kyoto
Animation, the January 2022 events in Kazakhstan, Black Summer, the
Northern Rivers flood, Jasper, Gabrielle, Whakaari, Pike River, the
2009 Samoa tsunami, Winston, the Enga landslide, the 2024 Vanuatu
quake, king tides, the Tongan eruption, the Maui fire, Mawar, the
Nyiragongo eruption, the MV Spice Islander, Garissa, Barlonyo, Kakuma,
Kutupalong and Mae La.  Short referral lines, faxes, portal and
telehealth logs by IP address, and 55 identifier snippets that hold
only names and places, written as ordinary consultation prose.  Nothing
was composed by a script: the author wrote the snippets in plain text
files outside the repository (/tmp/set72work/) with the planted spans
marked inline, and a script there only stripped the marks, checked
lengths, token boundaries, single occurrence, duplicate spans and
duplicate snippets, counted capitalised words in the clean snippets,
checked overlap with the earlier sets, shuffled the order with a fixed
seed (72) and wrote this file.  Every later edit was typed by hand as a
find-and-replace pair that a small script applied to the drafts (about
190 pairs in all); this is stated here.

Edits made after drafting, stated here: about forty false starts and
asides typed into the drafts (a setting, an insurer, a name or a place
followed by "? no", "? No", "- no", "...", "sorry" or "I mean", and
city names typed into hyphenated asides such as "X-free" in clean
snippets) were removed with their values, leaving only the corrected
text.  Honorifics and titles (Dr, Saw, Ratu) were moved outside the
name spans.  In a review, cities and neighbourhoods written unlabelled
in identifier snippets (in event names and after "in") were replaced by
their country, state, province or a generic phrase ("the 2024 mall
stabbing", "the 2025 estate fire"), and a date with a day in a clean
snippet was replaced by a feast's name.  Known limitation, stated here:
some hospitals remain inside the names of record numbers (Aga Khan,
Mulago, Butabika, AUBMC, Sheba, Hamad, NIMHANS, NUH) and a few
localities inside street addresses; a guard that flags them is not
wrong.  In the clean snippets a university, a hospital, a narrative
therapy centre, a publisher's city and a named researcher of uncertain
standing were replaced by a generic phrase.  Overlap with the earlier
sets was resolved by renaming only this set's planted values with a
filter that imported the earlier sets programmatically and printed this
set's strings only: 115 values in the first round (mostly names given a
second surname or a longer form, places given a lane, row, corner or
block, postal codes, dates given a time, ages given a feast or a
record), 11 in the second, 1 in the third; the last pass found nothing.

Local identifier formats: Nigerian NIN and BVN, Ghana Card, Mozambican
NUIT, South African ID, Zimbabwean ID, Ugandan NIN, Ethiopian Fayda
FIN, Rwandan ID, Moroccan CNIE, Libyan national number, Tunisian CIN,
Egyptian national ID, Lebanese ID, Turkish YKN and TC, Israeli teudat
zehut, UNRWA registration, Jordanian national number, Iraqi unified
card, Kuwaiti civil ID, Saudi national ID and Iqama, Emirates ID, QID,
Bahraini CPR, Omani civil number, UNHCR case number and FCN, Iranian
kart-e melli, Afghan e-tazkira, Pakistani CNIC, Indian Aadhaar and
PAN, Nepali citizenship number, Bangladeshi NID, Sri Lankan NIC,
Maldivian ID, Myanmar NRC, Thai ID, Cambodian ID, Vietnamese CCCD,
Philippine UMID and OWWA number, Indonesian NIK, MyKad, Singapore NRIC
and FIN, HKID, Taiwanese ID, Chinese resident ID, Korean RRN, Japanese
My Number, Mongolian register number, Kazakh IIN, Uzbek PINFL, Tajik ID,
Zambian NRC, Botswana Omang, Australian TFN, NZ IRD, Samoan ID, Fijian
TIN and PNG NID (ssn); Aga Khan, Mulago, Butabika, AUBMC, Sheba, Hamad,
IMH, NIMHANS, NUH, Maccabi, NZ NHI and other hospital numbers
(medical_record); NHIS Ghana, Discovery, Rwandan CBHI, CNAM, SGK,
Clalit, Bupa Arabia, Thiqa, Tamin, Sehat Card, PMJAY, KASP, Aasandha,
Thai UC, BHYT, PhilHealth, BPJS, MediShield, NHI, NHIS Korea, Kōki,
Medicare, DVA, ACC and HMSA (health_plan); driving licences of Kuwait,
India, Bangladesh, Zambia, the Western Cape, NSW, Israel, Korea, Taiwan
and Sri Lanka, AHPRA and DHA (licence); Nigerian, Turkish, Israeli,
Dubai, Omani, Pakistani, Indian, Balinese, Taiwanese, Tajik, NSW,
Western Cape, Malaysian and Guam plates (vehicle); devices (a
prosthetic leg, an insulin pump, a CPAP lost in a fire, hearing aids,
a pacemaker, a Dexcom receiver, an oxygen concentrator, an ICD, a
CPAP, an Omnipod PDM, a MiniMed pump); payments (M-Pesa, BVN, MTN
MoMo, a Saudi IBAN, JazzCash, UPI, bKash, KBZPay, Wing, Maya, an
Australian BSB, M-PAiSA, WeChat Pay); addresses written the local way
with postal codes of those countries; dates in words, ISO, slashed,
dotted, weekday-led, with times, in Turkish, Indonesian and Māori and
in the Iranian calendar; IPv4 and IPv6 addresses, URLs and phone and
fax numbers in local and international formats.

368 snippets, 212 with identifiers and 156 clean (lengths 74-198,
within the test's bounds of 40-520).  Every pattern category appears at
least 12 times (the test requires 12): date 15, age_over_89 18, phone
28, fax 13, email 15, url 12, ip_address 12, ssn 64, medical_record 15,
health_plan 25, account 14, licence 13, vehicle 14, device 12,
street_address 24, zip_code 19; with 288 names and 222 places smaller
than a state (the test requires 288 and 222).  Ages over 89 are written
in words, in English, French, Turkish, Malay, Japanese, Hebrew, Dari,
Cantonese and Vietnamese, with a feast, a season or a record.

Names from West, East, Central and Southern Africa, the Maghreb, the
Levant, the Gulf, Iran, Afghanistan, South Asia, South-East and East
Asia, Central Asia, Australia (Aboriginal and settler), Aotearoa and
the Pacific, with multi-part names, bin/binti/binte, a/l and d/o,
family-name-first East Asian names, honorifics kept outside the spans,
and diacritics and okina.  Places: quarters, compounds, camps and their
blocks, zones and sectors, barangays and sitios, kampungs and tamans,
mahallas and khoroos, villages, estates, outstations, settlements,
markets, piers and labour camps, given a lane, row, block or corner.

Clean snippets: peer-consultation messages, questions, reading-group
notes and scheduling chatter, dense with capitalised words after the
first word of each sentence (1248 in 156 snippets, about 8.0 per
snippet, counted by the author's script, acronyms included and the
pronoun "I" excluded; 5 have fewer than four): drug brands and
generics with doses and laboratory values, scales and their
local-language versions, therapy models and their founders, real
published authors and books, guidelines, laws, regulators, insurers
and professional bodies, weekdays, months, religious feasts and fasts,
apps, countries, states, provinces, emirates and regions,
nationalities, religions and languages, and no place smaller than a
state or a country's first-level subdivision.
"""
from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED72_CASES = [
    C('Rekha Rai from Chungthang Lower Bazaar, the 2023 lake burst, and her husband Pemba Rai.', [('name', 'Rekha Rai'), ('place', 'Chungthang Lower Bazaar'), ('name', 'Pemba Rai')]),
    C('Sasaki Michiko, from Ōtsuchi Kirikiri Hama, kyūjūroku, ninety-six, at Bon, after the 2011 tsunami; insurance Kōki 04417729.', [('name', 'Sasaki Michiko'), ('place', 'Ōtsuchi Kirikiri Hama'), ('age_over_89', 'kyūjūroku'), ('health_plan', 'Kōki 04417729')]),
    C('Meenakshi Sundaramoorthy, Tamil Nadu, No. 14, 3rd Cross Street, Kalaignar Nagar, 600078, UPI meena.sundaram@oksbi.', [('name', 'Meenakshi Sundaramoorthy'), ('street_address', 'No. 14, 3rd Cross Street, Kalaignar Nagar'), ('zip_code', '600078'), ('account', 'meena.sundaram@oksbi')]),
    C("Reading group for March: Bessel van der Kolk's The Body Keeps the Score again, plus Frantz Fanon's The Wretched of the Earth. Thursday at 7, bring notes on Chapter 3."),
    C('Lamotrigine titration: 25 mg for 2 weeks, 50 mg for 2 weeks, then 100 mg. Client in Bangladesh got a rash on Sunday. The Lamictal SJS warning means stop, right? Even on Eid?'),
    C('Sabah: Juanis Gumpil, Kadazan, from Kampung Tambatuon Ulu, phone +60 88-429 117, turned sembilan puluh empat, ninety-four, at Kaamatan.', [('name', 'Juanis Gumpil'), ('place', 'Kampung Tambatuon Ulu'), ('phone', '+60 88-429 117'), ('age_over_89', 'sembilan puluh empat')]),
    C('Ramesh Thapa was at Lusail Workers Village Block 9; his widow Kamala Thapa is in Dhanusha Janakpur Tole 4.', [('name', 'Ramesh Thapa'), ('place', 'Lusail Workers Village Block 9'), ('name', 'Kamala Thapa'), ('place', 'Dhanusha Janakpur Tole 4')]),
    C('Nepal 2015 quake: Pasang Lhamu Sherpa from Langtang Gaun Tole, citizenship 27-01-73-05529, phone +977 980-1239874.', [('name', 'Pasang Lhamu Sherpa'), ('place', 'Langtang Gaun Tole'), ('ssn', '27-01-73-05529'), ('phone', '+977 980-1239874')]),
    C("Portal https://portal.kenyacounsellors.or.ke/c/4417720 holds Achieng Otieno Ogola's intake; she lives in Nyalenda B Market Lane; login from 41.90.64.172.", [('url', 'https://portal.kenyacounsellors.or.ke/c/4417720'), ('name', 'Achieng Otieno Ogola'), ('place', 'Nyalenda B Market Lane'), ('ip_address', '41.90.64.172')]),
    C('Parent of a teen using Wysa and Calm daily, wants me to "sync" with the app. Has anyone read Wysa\'s privacy terms under India\'s DPDP Act 2023? I\'m wary.'),
    C('Cambodian client Sokunthea Chhim from Phum Prey Veng Khang Tboung, ID 010447183, Wing Wing 012 904 771.', [('name', 'Sokunthea Chhim'), ('place', 'Phum Prey Veng Khang Tboung'), ('ssn', '010447183'), ('account', 'Wing 012 904 771')]),
    C("Winnicott's The Maturational Processes with Persian-speaking trainees from Iran now working in the Gulf? Any reading list in Farsi?"),
    C('Qatar: Suresh Pillai, QID 28735602114, Hamad MRN HMC 4417702, camp at Labour City Block D12, phone +974 5519 2036.', [('name', 'Suresh Pillai'), ('ssn', '28735602114'), ('medical_record', 'HMC 4417702'), ('place', 'Labour City Block D12'), ('phone', '+974 5519 2036')]),
    C("EFT couples work with a Muslim couple, Sue Johnson's Hold Me Tight in Urdu? The Pakistani edition exists I think. Client's imam recommended Islamic counselling instead."),
    C('Lagos: Oluwaseun Adebanjo-Coker, 22 Adeniyi Jones Avenue, Ikeja, 100282, BVN 22471039815, plate KJA 419 GX.', [('name', 'Oluwaseun Adebanjo-Coker'), ('street_address', '22 Adeniyi Jones Avenue, Ikeja'), ('zip_code', '100282'), ('account', '22471039815'), ('vehicle', 'KJA 419 GX')]),
    C('How are others handling Diwali and Deepavali closures? Our Malaysian and Indian clients both want Thursday slots but Hari Raya is the bigger week for the rest of the team.'),
    C('Reminder for Pacific colleagues: the Le Va Pasifika workforce scholarships close in March. Applicants need NZQA-recognised qualifications and a Te Tiriti statement.'),
    C("Supervisees in Vietnam ask for Vietnamese DBT diary cards. Linehan's DBT Skills Training Handouts have a Vietnamese edition from a Vietnamese publisher."),
    C('Thailand: Somchai Wongsa-ngam, 2022 nursery attack, from Ban Uthai Sawan Mu 7, on 6 October 2025, 14:30.', [('name', 'Somchai Wongsa-ngam'), ('place', 'Ban Uthai Sawan Mu 7'), ('date', '6 October 2025, 14:30')]),
    C("Our Nigerian team loves Chinua Achebe's Things Fall Apart as a teaching text on masculinity and grief. Anyone paired it with Terrence Real's I Don't Want to Talk About It?"),
    C('Suzuki Kentarō of Namie Ukedo Hamlet and Watanabe Yumi of Tomioka Yonomori Street.', [('name', 'Suzuki Kentarō'), ('place', 'Namie Ukedo Hamlet'), ('name', 'Watanabe Yumi'), ('place', 'Tomioka Yonomori Street')]),
    C('China: Wang Jun and Liu Fang, Jinhua Xincun Building 7, 2023 quake in Gansu, WeChat Pay WeChat 441772093.', [('name', 'Wang Jun'), ('name', 'Liu Fang'), ('place', 'Jinhua Xincun Building 7'), ('account', 'WeChat 441772093')]),
    C('Brainspotting by David Grand: anyone certified in Israel or the UAE? A colleague in Abu Dhabi emirate wants referrals for Hebrew- and Arabic-speaking veterans.'),
    C("Anyone offering Compassion Focused Therapy in Cantonese? Paul Gilbert's Mindful Compassion has a Traditional Chinese edition. Hong Kong funding through the Jockey Club ends in August."),
    C("Our Ugandan trainees loved Dr Gabor Maté's In the Realm of Hungry Ghosts. Addiction talks in Luganda and Acholi went well on Tuesday."),
    C('Hong Kong: Chan Ka Yan Cherry, HKID Y417720(3), Flat 12, 9/F, Block B, Lok Fu Estate, phone +852 9441 7728, since 2019.', [('name', 'Chan Ka Yan Cherry'), ('ssn', 'Y417720(3)'), ('street_address', 'Flat 12, 9/F, Block B, Lok Fu Estate'), ('phone', '+852 9441 7728')]),
    C('Gaza evacuee Heba Abu Shamala in Egypt, UNRWA registration 5-17820044, WhatsApp +970 599 318 442, used to live at Al-Shati Block 6.', [('name', 'Heba Abu Shamala'), ('ssn', '5-17820044'), ('phone', '+970 599 318 442'), ('place', 'Al-Shati Block 6')]),
    C('Malaysia: Arumugam a/l Perumal, Ladang Sungai Tinggi Lines, plate BMK 4417, Omnipod 5 PDM SN 44177209.', [('name', 'Arumugam a/l Perumal'), ('place', 'Ladang Sungai Tinggi Lines'), ('vehicle', 'BMK 4417'), ('device', 'Omnipod 5 PDM SN 44177209')]),
    C('Amina Yusuf Farah, Somali, from Eastleigh Section Two, 8th Street Corner and then Dadaab Ifo 2 Block E4, booked Tuesday 11 February 2025.', [('name', 'Amina Yusuf Farah'), ('place', 'Eastleigh Section Two, 8th Street Corner'), ('place', 'Dadaab Ifo 2 Block E4'), ('date', 'Tuesday 11 February 2025')]),
    C('Dewi Lestari Putri Anggraeni and Bambang Susilo lived in Petobo Perumnas Blok B before 2018.', [('name', 'Dewi Lestari Putri Anggraeni'), ('name', 'Bambang Susilo'), ('place', 'Petobo Perumnas Blok B')]),
    C('Tanvir Hasan Chowdhury Rafi, Holey Artisan, now in Baridhara DOHS Lane 5, email tanvir.hc@gmail.com, DL DK0417733C00012.', [('name', 'Tanvir Hasan Chowdhury Rafi'), ('place', 'Baridhara DOHS Lane 5'), ('email', 'tanvir.hc@gmail.com'), ('licence', 'DK0417733C00012')]),
    C('Do Singapore colleagues bill MediSave for outpatient psychology? The MOH said up to $500 a year under the Chronic Disease Management Programme. Is depression included?'),
    C('Hemi Tūhoe Rangiwai, Whakaari 2019 guide, ACC claim ACC 10044172091, 14 Muriwai Drive, 3118.', [('name', 'Hemi Tūhoe Rangiwai'), ('health_plan', 'ACC 10044172091'), ('street_address', '14 Muriwai Drive'), ('zip_code', '3118')]),
    C('A question about DSM-5-TR and ICD-11 coding in Israel: Clalit uses ICD-10 still. Maccabi moved in January. Does Leumit? I bill on Sundays.'),
    C('Rwandan client Uwase Mukamana from Umudugudu wa Rugando, Mutuelle CBHI 1198800431277, ID 1 1985 8 0034512 1 68.', [('name', 'Uwase Mukamana'), ('place', 'Umudugudu wa Rugando'), ('health_plan', 'CBHI 1198800431277'), ('ssn', '1 1985 8 0034512 1 68')]),
    C('Any Swahili version of the Columbia Suicide Severity Rating Scale? The C-SSRS site lists Kiswahili but our Tanzanian clinicians say it reads like Kenyan coastal Swahili.'),
    C("Fluoxetine 20 mg started Sunday; client reports akathisia by Wednesday. Her doctor in Uganda says push through to the 6-week mark. I'm uneasy. Thoughts on the Barnes scale here?"),
    C('PNG: Gabriel Kuman, Enga landslide 2024, from Yambali Tuelpa Ridge, phone +675 7441 2207, NID PNG-1988-0441772.', [('name', 'Gabriel Kuman'), ('place', 'Yambali Tuelpa Ridge'), ('phone', '+675 7441 2207'), ('ssn', 'PNG-1988-0441772')]),
    C('Chinese client Zhang Xiaomei in Henan, 2021 subway flood, ID 410105198904417721, WeChat wxid_zxm4417, from Jingguang Nanlu Xiaoqu.', [('name', 'Zhang Xiaomei'), ('ssn', '410105198904417721'), ('account', 'wxid_zxm4417'), ('place', 'Jingguang Nanlu Xiaoqu')]),
    C("Thank you all for last Thursday. The Tigrinya speakers' circle on moral injury, using Jonathan Shay's Achilles in Vietnam, was the best hour of my month."),
    C('APS survivor Zarak Khan Afridi, from Hayatabad Phase 6 Sector F-8, phone +92 91 582 4470, plate PRH 4471.', [('name', 'Zarak Khan Afridi'), ('place', 'Hayatabad Phase 6 Sector F-8'), ('phone', '+92 91 582 4470'), ('vehicle', 'PRH 4471')]),
    C('Yohannes Tesfamariam Ghebru, Eritrean, at Mai Aini Zone 3 then Arhibu Lane, Mayfair; device Dexcom G7 receiver 4417720RX.', [('name', 'Yohannes Tesfamariam Ghebru'), ('place', 'Mai Aini Zone 3'), ('place', 'Arhibu Lane, Mayfair'), ('device', 'Dexcom G7 receiver 4417720RX')]),
    C('NZ: Aroha Te Whata-Hēnare, Cyclone Gabriel, NHI ZKT4417, from Puketapu Settlement Road, IRD 044-172-093.', [('name', 'Aroha Te Whata-Hēnare'), ('medical_record', 'ZKT4417'), ('place', 'Puketapu Settlement Road'), ('ssn', '044-172-093')]),
    C('Quick one: escitalopram 10 mg plus Lithium at 0.8 mmol/L, TSH now 6.2. Psychiatrist in Kenya wants to add Eltroxin. Is that usual before switching to Lamotrigine?'),
    C('Korea: Lee Seo-yeon from Goseong Toseong-myeon Village 3, fire 2019, DL 11-44-177209-72, email seoyeon.lee@naver.com.', [('name', 'Lee Seo-yeon'), ('place', 'Goseong Toseong-myeon Village 3'), ('licence', '11-44-177209-72'), ('email', 'seoyeon.lee@naver.com')]),
    C('Abena Owusu-Frimpong and Kofi Boateng Mensah moved from Old Fadama Market Side to Agbogba Junction Flats after the flood.', [('name', 'Abena Owusu-Frimpong'), ('name', 'Kofi Boateng Mensah'), ('place', 'Old Fadama Market Side'), ('place', 'Agbogba Junction Flats')]),
    C('Zambia: Mutale Chanda Mwewa of Kanyama Compound Zone 6 Tap Stand, NRC 441772/10/1, licence ZM-DL 0441772, cholera 2024.', [('name', 'Mutale Chanda Mwewa'), ('place', 'Kanyama Compound Zone 6 Tap Stand'), ('ssn', '441772/10/1'), ('licence', 'ZM-DL 0441772')]),
    C('Jasmine Dela Paz works in Jumeirah Village Circle District 12; her mother Luz Dela Paz is in Barangay San Isidro Labrador Purok 3.', [('name', 'Jasmine Dela Paz'), ('place', 'Jumeirah Village Circle District 12'), ('name', 'Luz Dela Paz'), ('place', 'Barangay San Isidro Labrador Purok 3')]),
    C('Eid session for Khadija El Idrissi from Derb Sidi Bouloukat Riad Lane; her clinic page https://rdv.cliniqueatlas.ma/p/44177.', [('name', 'Khadija El Idrissi'), ('place', 'Derb Sidi Bouloukat Riad Lane'), ('url', 'https://rdv.cliniqueatlas.ma/p/44177')]),
    C('Emirati client Mariam Saeed Al Shamsi, Emirates ID 784-1987-4410293-2, Daman Thiqa THIQA 2210487733, plate Dubai R 48210.', [('name', 'Mariam Saeed Al Shamsi'), ('ssn', '784-1987-4410293-2'), ('health_plan', 'THIQA 2210487733'), ('vehicle', 'Dubai R 48210')]),
    C('Imran Sheikh of Dharavi Kumbharwada Gully and Zoya Sheikh both named the 2008 night.', [('name', 'Imran Sheikh'), ('place', 'Dharavi Kumbharwada Gully'), ('name', 'Zoya Sheikh')]),
    C("Our Tuesday study group on Viktor Frankl's Man's Search for Meaning with Armenian Lebanese clients who lost homes in 2020. The Armenian translation is out of print, I think."),
    C('Fiji: Ratu Inoke Vakalomalagi of Koro Island Nasau Village, Medtronic MiniMed 780G SN NG441772K.', [('name', 'Inoke Vakalomalagi'), ('place', 'Koro Island Nasau Village'), ('device', 'Medtronic MiniMed 780G SN NG441772K')]),
    C('For Turkish clients, anyone use the Turkish DASS-21? The Türk Psikologlar Derneği recommends it but SGK only reimburses psychiatric visits, not our sessions.'),
    C("Has anyone tried the Arabic Hopkins Symptom Checklist HSCL-25 with Yemenis in Saudi Arabia? The Mental Health Law of 2014 there was amended and I'm confused about consent for minors."),
    C('Client on Aripiprazole 5 mg, Abilify Maintena due in March. Travelling to Saudi Arabia for Umrah. Any advice on carrying injectables through customs with a GCC letter?'),
    C('Any Tongan speakers using the Talanoa approach with the Kessler? The Ministry of Health in Tonga wants Kessler scores before Christmas funding reviews.'),
    C('Telehealth log 88.249.44.172 for Hasan Demirtaş in Pazarcık Kuyumcular Çarşısı; he uses a CPAP ResMed S9 SN 22141144172.', [('ip_address', '88.249.44.172'), ('name', 'Hasan Demirtaş'), ('place', 'Pazarcık Kuyumcular Çarşısı'), ('device', 'ResMed S9 SN 22141144172')]),
    C('Trauma work with Hazara women in Australia and Indonesia: Hazaragi has no word for PTSD. Has anyone published on it? The Refugee Council of Australia might know.'),
    C("Pasifika family therapy with the Fa'afaletui model by Kiwi Tamasese in Samoa: anyone use it with the Catholic and LDS churches in Samoa?"),
    C('Any Persian speakers using the Beck Anxiety Inventory Farsi version in Iran? Tamin Ejtemaei asks for BAI scores above 26 before it funds more than 8 sessions.'),
    C('Tayla Nguyen of Cabramatta Freedom Plaza Lane and Minh Tran, the 2024 mall stabbing, file SVH 4417720.', [('name', 'Tayla Nguyen'), ('place', 'Cabramatta Freedom Plaza Lane'), ('name', 'Minh Tran'), ('medical_record', 'SVH 4417720')]),
    C('Farzana Akhter Mim of Korail Bosti Block C with Rahima Khatun Bibi of Bhasan Char Cluster 41 Row 6.', [('name', 'Farzana Akhter Mim'), ('place', 'Korail Bosti Block C'), ('name', 'Rahima Khatun Bibi'), ('place', 'Bhasan Char Cluster 41 Row 6')]),
    C('ACT with Steven Hayes\' hexaflex in Japanese: the word for "acceptance" (ukeire) sounds passive to my clients in Kansai. Any better terms? Morita Therapy folks may know.'),
    C('Rania Nasser and Karim Nasser, Rmeil Saint Nicolas Steps, blast; fax AUBMC +961 1 441 772, file AUBMC-44177209.', [('name', 'Rania Nasser'), ('name', 'Karim Nasser'), ('place', 'Rmeil Saint Nicolas Steps'), ('fax', '+961 1 441 772'), ('medical_record', 'AUBMC-44177209')]),
    C('Quick pharmacology: Olanzapine 10 mg and Metformin 500 mg twice daily, HbA1c 6.9%. The endocrinologist in the UAE is happy; the family is not.'),
    C('Bangladesh: Shirin Akter Moushumi, Rana Plaza, NID 19892694413276508, bKash 01711-438902, lives at Savar Bazar Road Kolonii.', [('name', 'Shirin Akter Moushumi'), ('ssn', '19892694413276508'), ('account', '01711-438902'), ('place', 'Savar Bazar Road Kolonii')]),
    C("I found Irvin Yalom's Staring at the Sun useful with an elderly Parsi client in Gujarat. Death anxiety around Navroz. Anyone else read it with Zoroastrian clients?"),
    C("Huang Li-ting of Dalin Village Shuili Lane and Hsu Chia-wei from Nanfang'ao Harbour Road.", [('name', 'Huang Li-ting'), ('place', 'Dalin Village Shuili Lane'), ('name', 'Hsu Chia-wei'), ('place', "Nanfang'ao Harbour Road")]),
    C('Pooja Banerjee from Bagbazar Ghat Lane and Subrata Banerjee from Salt Lake Sector 3 AE Block.', [('name', 'Pooja Banerjee'), ('place', 'Bagbazar Ghat Lane'), ('name', 'Subrata Banerjee'), ('place', 'Salt Lake Sector 3 AE Block')]),
    C('Lao client Bounmy Phommachanh, 2018 dam collapse, from Ban Hinlad Tai, phone +856 20 5541 8827.', [('name', 'Bounmy Phommachanh'), ('place', 'Ban Hinlad Tai'), ('phone', '+856 20 5541 8827')]),
    C('Does Medicare Australia cover the 10 sessions under a Mental Health Treatment Plan if the GP is via Telehealth from Tasmania? The Better Access changes in January confused our whole team.'),
    C('NZ colleagues: the Mental Health (Compulsory Assessment and Treatment) Act 1992 is being replaced. Does the new Bill change Section 29 orders? Submissions close in March.'),
    C('Noor Al-Saffar and Ahmed Al-Saffar moved to Zayed City Mohammed Bin Zayed Villas from Al Qusais Labour Block 3.', [('name', 'Noor Al-Saffar'), ('name', 'Ahmed Al-Saffar'), ('place', 'Zayed City Mohammed Bin Zayed Villas'), ('place', 'Al Qusais Labour Block 3')]),
    C('Nomvula Dube keeps talking about Esikhawini H Section and her aunt Zanele Mthethwa-Khumalo who raised her there.', [('name', 'Nomvula Dube'), ('place', 'Esikhawini H Section'), ('name', 'Zanele Mthethwa-Khumalo')]),
    C('Nakato Ssemwogerere Nalwoga, Ugandan NIN CF88034102TKLA, Mulago file MNRH/22/05571, from Kisenyi Zone Three. Lost her husband in the 2021 bombings.', [('name', 'Nakato Ssemwogerere Nalwoga'), ('ssn', 'CF88034102TKLA'), ('medical_record', 'MNRH/22/05571'), ('place', 'Kisenyi Zone Three')]),
    C('Disulfiram 250 mg, Antabuse, patient on Ayurvedic tonics containing alcohol. The Kerala clinic says tonics are fine. Arishtam contains up to 10% alcohol. Please advise.'),
    C('Odisha train crash 2023: Bikash Mahapatra from Bahanaga Sahi, Ayushman card PMJAY-OD 71N4K92Q3, phone +91 94370 88152.', [('name', 'Bikash Mahapatra'), ('place', 'Bahanaga Sahi'), ('health_plan', 'PMJAY-OD 71N4K92Q3'), ('phone', '+91 94370 88152')]),
    C('John Wani from Gizo Nusatupe Landing and Rosemary Tovua from Burns Creek Settlement.', [('name', 'John Wani'), ('place', 'Gizo Nusatupe Landing'), ('name', 'Rosemary Tovua'), ('place', 'Burns Creek Settlement')]),
    C('Nyiragongo 2021: Espérance Mapendo from Quartier Katoyi Bas, Patrick Kambale from Munigi Haut, both on one WhatsApp, +243 997 441 720.', [('name', 'Espérance Mapendo'), ('place', 'Quartier Katoyi Bas'), ('name', 'Patrick Kambale'), ('place', 'Munigi Haut'), ('phone', '+243 997 441 720')]),
    C('Hawaiian client Kalani Kahananui-Keawe, Maui fire, 1147 Kaniau Road Apt 3, 96793, HMSA HMSA 441772093.', [('name', 'Kalani Kahananui-Keawe'), ('street_address', '1147 Kaniau Road Apt 3'), ('zip_code', '96793'), ('health_plan', 'HMSA 441772093')]),
    C("Would love thoughts on Narrative Exposure Therapy versus EMDR for Somali youth. Maggie Schauer and Frank Neuner's manual is clear but the lifeline with stones felt odd to a Muslim teen."),
    C('Rosalinda Magbanua and Efren Magbanua of Sitio Marabut, Barangay Anibong still avoid the shore.', [('name', 'Rosalinda Magbanua'), ('name', 'Efren Magbanua'), ('place', 'Sitio Marabut, Barangay Anibong')]),
    C('Anjali Menon Kurup from Kuttanad Pulinkunnu Kara and Suresh Menon from Chengannur Mulakuzha Junction, 2018.', [('name', 'Anjali Menon Kurup'), ('place', 'Kuttanad Pulinkunnu Kara'), ('name', 'Suresh Menon'), ('place', 'Chengannur Mulakuzha Junction')]),
    C('Bupropion 150 mg for smoking plus depression: the Zyban labelling in Australia differs from the Wellbutrin one. PBS listing is for cessation only. Am I right?'),
    C('Grief in Muslim families after the 2023 quake in Türkiye and Syria. The AFAD guidelines, Islamic mourning rites, the three days of taziya. Ideas for Turkish- and Arabic-speaking groups?'),
    C('Layan Darwish said Yarmouk Camp Loubieh Street was home until 2012; Ahmad Darwish stayed.', [('name', 'Layan Darwish'), ('place', 'Yarmouk Camp Loubieh Street'), ('name', 'Ahmad Darwish')]),
    C("Thai colleagues: does the Thai Psychological Association accept ACT training from Russ Harris's online course for CPD? Harris's The Happiness Trap is popular in Thai."),
    C('Ketamine via Spravato in Israel: anyone seen Clalit approve it for TRD after 2 failed SSRIs? Our psychiatrist says Maccabi is faster. Asking for a Russian-speaking client.'),
    C('Medicare Benefits Schedule item 80110 versus 80010 in Australia: which applies to a 50-minute session by a clinical psychologist? The Services Australia page changed in November.'),
    C('Singapore: Nur Farhana binte Rahmat, NUH file NUH-N441772J, 116.86.44.172.', [('name', 'Nur Farhana binte Rahmat'), ('medical_record', 'NUH-N441772J'), ('ip_address', '116.86.44.172')]),
    C('Bai Norhata Macabangkit, Maranao, from Barangay Bangolo Poblacion Sur, https://bayanihan-psych.ph/c/norhata.', [('name', 'Bai Norhata Macabangkit'), ('place', 'Barangay Bangolo Poblacion Sur'), ('url', 'https://bayanihan-psych.ph/c/norhata')]),
    C("The Ugandan Mental Health Act 2018 requires two medical officers. Has anyone seen that work in Karamoja or West Nile? We're writing to the Ministry of Health on Wednesday."),
    C('Arunee Chaiyasit from Ban Nam Khem Fishing Pier, 2004, and Somsak Chaiyasit, her son.', [('name', 'Arunee Chaiyasit'), ('place', 'Ban Nam Khem Fishing Pier'), ('name', 'Somsak Chaiyasit')]),
    C("Does the Kuwait Psychological Association recognise Gestalt training from Fritz Perls' lineage institutes in Europe? A trainee wants to register before Ramadan."),
    C("Adel Al-Masri mentioned Shuja'iyya Al-Jadeeda and his cousin Mahmoud Al-Masri three times today.", [('name', 'Adel Al-Masri'), ('place', "Shuja'iyya Al-Jadeeda"), ('name', 'Mahmoud Al-Masri')]),
    C("Does anyone know whether AHPRA's new Code of Conduct from December applies to psychologists posting on LinkedIn? The Psychology Board of Australia's FAQ is vague."),
    C('India: Sunita Devi Jatav from Phulrai Mughalgarhi Tola, stampede 2024, phone +91 98971 44172.', [('name', 'Sunita Devi Jatav'), ('place', 'Phulrai Mughalgarhi Tola'), ('phone', '+91 98971 44172')]),
    C('Ahmed Benali, Kabyle, fires of 2021, from Larbaâ Nath Irathen Tizi Haut, website www.benali-olives.dz, wife Ouardia Benali.', [('name', 'Ahmed Benali'), ('place', 'Larbaâ Nath Irathen Tizi Haut'), ('url', 'www.benali-olives.dz'), ('name', 'Ouardia Benali')]),
    C('Our clinic in Ghana is switching from the Beck Depression Inventory to the PHQ-9 Twi version. The Mental Health Authority wants data by July. Anyone validated it against the SRQ-20?'),
    C('Sopheap Keo of Borei Keila Building F and Vichet Keo of Phum Trapeang Thleung.', [('name', 'Sopheap Keo'), ('place', 'Borei Keila Building F'), ('name', 'Vichet Keo'), ('place', 'Phum Trapeang Thleung')]),
    C("Waleed Al-Saadi from Al Hamriya Fishermen's Quarter, ICD Boston Scientific ICD SN 441772-90, appointment 21/09/2025.", [('name', 'Waleed Al-Saadi'), ('place', "Al Hamriya Fishermen's Quarter"), ('device', 'Boston Scientific ICD SN 441772-90'), ('date', '21/09/2025')]),
    C('Any therapists in Fiji using the Fijian translation of the Strengths and Difficulties Questionnaire? The Ministry of Health and Medical Services asked about it in May.'),
    C('Mwajuma Salim Khamis from Mji Mkongwe Kiponda Lane says Bakari Juma Pandu at Darajani Sokoni was the last to see her brother on the MV Spice Islander.', [('name', 'Mwajuma Salim Khamis'), ('place', 'Mji Mkongwe Kiponda Lane'), ('name', 'Bakari Juma Pandu'), ('place', 'Darajani Sokoni')]),
    C('Leilani Kauwila lost her CPAP, serial ResMed AirSense 11 23171044172, in the fire; ninety-nine next Lei Day.', [('name', 'Leilani Kauwila'), ('device', 'ResMed AirSense 11 23171044172'), ('age_over_89', 'ninety-nine next Lei Day')]),
    C('Client in Mongolia using Tsagaan Sar as a reason to stop Sertraline for a week. Withdrawal at 100 mg is rough. Anyone have Mongolian-language psychoeducation?'),
    C('Malaysian client Nurul Ain binti Zulkifli, MyKad 940312-10-5586, No. 14, Jalan Anggerik 3/2, Taman Sri Muda, 40400, 2021 floods.', [('name', 'Nurul Ain binti Zulkifli'), ('ssn', '940312-10-5586'), ('street_address', 'No. 14, Jalan Anggerik 3/2, Taman Sri Muda'), ('zip_code', '40400')]),
    C('Sri Lanka Easter bombings: Fathima Rizna from Kattankudy Meera Nagar, NIC 198857402314, Dialog 077 418 2063.', [('name', 'Fathima Rizna'), ('place', 'Kattankudy Meera Nagar'), ('ssn', '198857402314'), ('phone', '077 418 2063')]),
    C('Dilan Aksoy and Rojda Aksoy, Kurdish sisters from Cizre Nur Mahallesi, then Sur Lalebey Sokağı.', [('name', 'Dilan Aksoy'), ('name', 'Rojda Aksoy'), ('place', 'Cizre Nur Mahallesi'), ('place', 'Sur Lalebey Sokağı')]),
    C('Iran: Maryam Ahmadi and Narges Mohammadi Rad from Ekbatan Phase 2 Block C3; clinic portal https://nobat.ravanyar.ir/dr/44172.', [('name', 'Maryam Ahmadi'), ('name', 'Narges Mohammadi Rad'), ('place', 'Ekbatan Phase 2 Block C3'), ('url', 'https://nobat.ravanyar.ir/dr/44172')]),
    C('Nepal: Sita Gurung and Bir Bahadur Gurung from Barpak Upper Tole and Laprak Naya Basti, quake 2015.', [('name', 'Sita Gurung'), ('name', 'Bir Bahadur Gurung'), ('place', 'Barpak Upper Tole'), ('place', 'Laprak Naya Basti')]),
    C('Mohammad Rafiq from Kot Lakhpat Gulshan Colony called Shabana Rafiq from the car.', [('name', 'Mohammad Rafiq'), ('place', 'Kot Lakhpat Gulshan Colony'), ('name', 'Shabana Rafiq')]),
    C("Tamil client Tharshini Sivakumaran in the Northern Province, No. 42, Kandy Road, Chundikuli, 40020, ninety-one by her grandmother's palm-leaf count.", [('name', 'Tharshini Sivakumaran'), ('street_address', 'No. 42, Kandy Road, Chundikuli'), ('zip_code', '40020'), ('age_over_89', "ninety-one by her grandmother's palm-leaf count")]),
    C('Login 124.197.44.172 by Kiri Ngata from Te Karaka Waipaoa Flats, portal https://whanau.ora-hub.nz/r/KN44172.', [('ip_address', '124.197.44.172'), ('name', 'Kiri Ngata'), ('place', 'Te Karaka Waipaoa Flats'), ('url', 'https://whanau.ora-hub.nz/r/KN44172')]),
    C('Our Thai team asks: the Thai HADS, with 11 as cut-off, or the 9Q from the Department of Mental Health? Songkran is in April and we want baseline before then.'),
    C('Mere Naisoro of Vatukoula Nasomo Lines and Sailosi Naisoro in Nasinu Valelevu Settlement.', [('name', 'Mere Naisoro'), ('place', 'Vatukoula Nasomo Lines'), ('name', 'Sailosi Naisoro'), ('place', 'Nasinu Valelevu Settlement')]),
    C('Sertraline 100 mg and Tramadol together in Nigeria: serotonin syndrome risk? The NAFDAC leaflet is silent. Client sees the GP on Thursday.'),
    C("For anyone teaching Motivational Interviewing, William Miller and Stephen Rollnick's 4th edition is out. The Kiswahili phrasebook from the Tanzanian team is excellent."),
    C('Bruno Kovačević, Victoria, TFN 447 720 931, BSB 063-441 1772 0931, DVA Gold Card VX441772.', [('name', 'Bruno Kovačević'), ('ssn', '447 720 931'), ('account', '063-441 1772 0931'), ('health_plan', 'VX441772')]),
    C('Yusuf Al-Amri, Iraqi, Hay Al-Jihad Sector 4, registered 3.1.2024 with Dr Sana Jabbar, email sana.jabbar@kmc.iq.', [('name', 'Yusuf Al-Amri'), ('place', 'Hay Al-Jihad Sector 4'), ('date', '3.1.2024'), ('name', 'Sana Jabbar'), ('email', 'sana.jabbar@kmc.iq')]),
    C('Harpreet Kaur Sandhu-Gill, PAN BQWPS4471K, Punjab, DL PB10 2011 0044712, plate PB 10 GH 4471.', [('name', 'Harpreet Kaur Sandhu-Gill'), ('ssn', 'BQWPS4471K'), ('licence', 'PB10 2011 0044712'), ('vehicle', 'PB 10 GH 4471')]),
    C("Helpful read: Ethan Watters' Crazy Like Us, chapter on Sri Lanka after the tsunami. It's made our Sinhala and Tamil outreach team rethink the PTSD checklist on Saturdays."),
    C('Indonesia: Teuku Rizal Fahmi Syah from Gampong Lampulo Tengah, 26 Desember 2024, twentieth anniversary.', [('name', 'Teuku Rizal Fahmi Syah'), ('place', 'Gampong Lampulo Tengah'), ('date', '26 Desember 2024')]),
    C('Japan: Yamaguchi Emi, Wajima Kawai-machi Asaichi Dōri, her file KNZ-4417720, fax 076-441-7720.', [('name', 'Yamaguchi Emi'), ('place', 'Wajima Kawai-machi Asaichi Dōri'), ('medical_record', 'KNZ-4417720'), ('fax', '076-441-7720')]),
    C('Haloperidol 5 mg IM and Promethazine 25 mg for agitation in a Kenyan public hospital, per the Kenya Essential Medicines List. Is Lorazepam really unavailable there now?'),
    C('Blessing Akpan was a teacher at Ikot Ekpene Mission School Annex; her pupil Idongesit Udo found her.', [('name', 'Blessing Akpan'), ('place', 'Ikot Ekpene Mission School Annex'), ('name', 'Idongesit Udo')]),
    C('Our Aboriginal community-controlled health service in South Australia uses the Kessler 5 for Aboriginal people (K5). Anyone have norms from Victoria or New South Wales?'),
    C('Botswana: Kgomotso Sebego Masire, Omang 441712309, Mogoditshane Block 7 Ward Tsholofelo, phone +267 71 441 772.', [('name', 'Kgomotso Sebego Masire'), ('ssn', '441712309'), ('place', 'Mogoditshane Block 7 Ward Tsholofelo'), ('phone', '+267 71 441 772')]),
    C('EMDR with a Hindu client during Navratri fasting: low blood sugar and dizziness on Wednesday. Should we pause until Dussehra?'),
    C('Ngozi Eze-Okafor and Emeka Okafor argue about returning to Nkpor Umuezeagu Village for Christmas.', [('name', 'Ngozi Eze-Okafor'), ('name', 'Emeka Okafor'), ('place', 'Nkpor Umuezeagu Village')]),
    C('Tajik migrant Firuz Nazarov in Russia, ID A04417729, plate 0441 AA 01, from Qishloqi Sarband Bolo.', [('name', 'Firuz Nazarov'), ('ssn', 'A04417729'), ('vehicle', '0441 AA 01'), ('place', 'Qishloqi Sarband Bolo')]),
    C('Arabic interpreters on WhatsApp calls: the British Psychological Society and the Lebanese Order of Psychologists both say encrypted only. Signal or Botim? Botim is blocked in Qatar I think.'),
    C('Thai client Kanokwan Srisuk-Boonma, ID 3 1012 04417 72 9, 88/14 Moo 3, Soi Ramkhamhaeng 53, 10318, UCS card UC 3101204417729.', [('name', 'Kanokwan Srisuk-Boonma'), ('ssn', '3 1012 04417 72 9'), ('street_address', '88/14 Moo 3, Soi Ramkhamhaeng 53'), ('zip_code', '10318'), ('health_plan', 'UC 3101204417729')]),
    C("A lovely Saturday workshop on Narrative Therapy, Michael White and David Epston's Narrative Means to Therapeutic Ends. An Australian centre ran it online from South Australia."),
    C('Anil Kumar Yadav lives at Musaffah M-26 Camp; his wife Rekha Yadav stays in Gopalganj Sidhwalia Tola.', [('name', 'Anil Kumar Yadav'), ('place', 'Musaffah M-26 Camp'), ('name', 'Rekha Yadav'), ('place', 'Gopalganj Sidhwalia Tola')]),
    C('Session log: Rami Haddad-Khoury joined from IP 185.89.43.211 on 4 August 2025, 18:07, the anniversary. He lives in Karantina Lower Block.', [('name', 'Rami Haddad-Khoury'), ('ip_address', '185.89.43.211'), ('date', '4 August 2025, 18:07'), ('place', 'Karantina Lower Block')]),
    C('Kazakh client Aigerim Nurlanovna Sadykova-Ospan, IIN 880412401773, January 2022 events, mkr. Aksai-4, d. 17, kv. 41, 050063.', [('name', 'Aigerim Nurlanovna Sadykova-Ospan'), ('ssn', '880412401773'), ('street_address', 'mkr. Aksai-4, d. 17, kv. 41'), ('zip_code', '050063')]),
    C("Has anyone used the PHQ-9 Amharic version alongside the Kessler K10 in Ethiopia? Our Tuesday group gets very different cut-offs, 12 versus 24, and the WHO mhGAP guide doesn't settle it."),
    C('AHPRA check for the referrer, Dr Aanya Raghunathan, AHPRA PSY0004417729, fax (07) 3441 7720.', [('name', 'Aanya Raghunathan'), ('licence', 'PSY0004417729'), ('fax', '(07) 3441 7720')]),
    C('Naltrexone 50 mg and Acamprosate 333 mg, three times daily, for a client in South Africa on Discovery Health. The plan covers only one. Which would you keep, given GGT of 112?'),
    C("I recommend Marie-Rose Moro's work on transcultural child psychiatry for West African families in Senegal and Mali. Is there an English edition yet?"),
    C('Farhan Saeed of Gulistan-e-Jauhar Block 12 and Uzma Saeed, CNIC for her 42201-4417720-4, portal hamdard-clinic.pk/booking/44172.', [('name', 'Farhan Saeed'), ('place', 'Gulistan-e-Jauhar Block 12'), ('name', 'Uzma Saeed'), ('ssn', '42201-4417720-4'), ('url', 'hamdard-clinic.pk/booking/44172')]),
    C('Rohit Sharma, Delhi licence DL-0420110441772, Mukherjee Nagar Coaching Lane, coaching fire 2023, email rohit.sharma441@rediffmail.com.', [('name', 'Rohit Sharma'), ('licence', 'DL-0420110441772'), ('place', 'Mukherjee Nagar Coaching Lane'), ('email', 'rohit.sharma441@rediffmail.com')]),
    C('Pieter van der Merwe, farmer, Koringberg Plaas Rooidam, Western Cape licence WC 4417720931, plate CAW 44172, ninety-seven this harvest.', [('name', 'Pieter van der Merwe'), ('place', 'Koringberg Plaas Rooidam'), ('licence', 'WC 4417720931'), ('vehicle', 'CAW 44172'), ('age_over_89', 'ninety-seven this harvest')]),
    C("Clients in Nigeria keep asking about Tramadol dependence. Anyone used NIDA's Drug Abuse Screening Test in Yoruba or Hausa? NDLEA referrals are slow before Sallah."),
    C('Atomoxetine 40 mg in a 14-year-old in Qatar: appetite fine, heart rate 104 at rest. The Strattera label says monitor. Our HMC psychiatrist wants an ECG. Normal, yes?'),
    C('Escitalopram 20 mg, QTc 468 ms. The Cipralex label caps at 10 mg over 65. Our psychiatrist in Lebanon says 20 is fine. Thoughts from cardiology-minded colleagues?'),
    C("I'd love a Hebrew-language reading list on moral injury after October. Shira Maguen and Brett Litz are in English; is there an Israeli edited volume?"),
    C('Any therapists in Papua New Guinea? The Mental Health Act 2015 there and sorcery accusation violence in the Highlands region are new to me. Looking for a consult on a Monday.'),
    C('Maldives: Aishath Shafeega, ID A201447, Aasandha Aasandha 00417726, from Maafannu Kurangi Goalhi.', [('name', 'Aishath Shafeega'), ('ssn', 'A201447'), ('health_plan', 'Aasandha 00417726'), ('place', 'Maafannu Kurangi Goalhi')]),
    C('NZ: Tui Herewini of Esk Valley Pākōwhai Road End, Rawiri Herewini, 14 Pepuere 2023, Gabrielle.', [('name', 'Tui Herewini'), ('place', 'Esk Valley Pākōwhai Road End'), ('name', 'Rawiri Herewini'), ('date', '14 Pepuere 2023')]),
    C('Email from Ruvimbo Chikwanha at ruvimbo.chik@zol.co.zw; Zimbabwe ID 63-2290471-Q-44, lives at Mabvuku Section 4.', [('name', 'Ruvimbo Chikwanha'), ('email', 'ruvimbo.chik@zol.co.zw'), ('ssn', '63-2290471-Q-44'), ('place', 'Mabvuku Section 4')]),
    C('Bangladesh: Nusrat Jahan Ripa, Mirpur 12 Pallabi Block D, fax +880 2 4417 7209, 2023 market fire, date 4 April 2023.', [('name', 'Nusrat Jahan Ripa'), ('place', 'Mirpur 12 Pallabi Block D'), ('fax', '+880 2 4417 7209'), ('date', '4 April 2023')]),
    C('In Australia, does the NDIS fund psychosocial recovery coaching for someone with both ASD and schizophrenia? The planner in Western Australia said no on Tuesday.'),
    C("I loved Resmaa Menakem's My Grandmother's Hands with South African trainees. The Coloured and Afrikaner students read it very differently. Heritage Day discussion was intense."),
    C('The Lancet Commission on Global Mental Health, 2018, by Patel, Saxena and colleagues, keeps being cited by our funders in Rwanda. Anyone read the 2023 follow-up?'),
    C('Australian colleagues: the Medicare Better Access review recommended 20 sessions; the government went back to 10 in January. Do you bill gap fees on Saturdays?'),
    C('Can someone explain the Omani mental health law for involuntary admission? Our client is an Indian expatriate, visa tied to employer, and the Royal Oman Police were involved in June.'),
    C('South African colleagues: GEMS and Bonitas both pay PMB rates for major depression. Discovery asks for a DSM-5 code. Which do people use, F32.1 or F33.1?'),
    C('Rajeswari d/o Murugan, FIN G4417206P, IMH case IMH-22-017448, lives in Little India Dunlop Corner.', [('name', 'Rajeswari d/o Murugan'), ('ssn', 'G4417206P'), ('medical_record', 'IMH-22-017448'), ('place', 'Little India Dunlop Corner')]),
    C('Ramadan and Lithium again: the Saudi Ministry of Health guideline says check levels in the second week. We use Priadel and Camcolit. Anyone have Arabic patient leaflets?'),
    C('Telehealth log: Mele Fifita Taumoepeau at IP 203.17.44.219, Tongan, in Logan Central Kingston Row, ninety-five on Monday.', [('name', 'Mele Fifita Taumoepeau'), ('ip_address', '203.17.44.219'), ('place', 'Logan Central Kingston Row'), ('age_over_89', 'ninety-five on Monday')]),
    C('Vanuatu: Joseline Kalsakau from Blacksands Tanna Corner, phone +678 544 1720, 2024 quake.', [('name', 'Joseline Kalsakau'), ('place', 'Blacksands Tanna Corner'), ('phone', '+678 544 1720')]),
    C("Venlafaxine XR 150 mg, BP 148/96 on Monday. The Zambian prescriber wants to go to 225 mg. Shouldn't we check again before Christmas? The BP cuff reading was at 4pm after chai."),
    C('The NICE guideline NG116 on PTSD recommends TF-CBT and EMDR. For Afghan clients in Pakistan we mostly rely on PM+ and the Dari Self-Help Plus audio from the WHO.'),
    C('Rohingya: Mohammed Ayaz Ullah, Kutupalong Camp 1W Block B, FCN FCN 16C-441772, and sister Hasina Begum at Balukhali Camp 9 Block H.', [('name', 'Mohammed Ayaz Ullah'), ('place', 'Kutupalong Camp 1W Block B'), ('ssn', 'FCN 16C-441772'), ('name', 'Hasina Begum'), ('place', 'Balukhali Camp 9 Block H')]),
    C("Our staff WhatsApp group for Christmas: we'll close from Christmas Eve and reopen on the Monday after New Year. Urgent cases to the Lifeline Australia number or Beyond Blue."),
    C('Indian client Priyanka Deshmukh, Aadhaar 7413 2209 5864, Flat 8B, Sai Kripa CHS, Lokhandwala Road, PIN 400053. Her cousin was on the 2023 train in Odisha.', [('name', 'Priyanka Deshmukh'), ('ssn', '7413 2209 5864'), ('street_address', 'Flat 8B, Sai Kripa CHS, Lokhandwala Road'), ('zip_code', '400053')]),
    C('Lina Sabbagh, Bourj Hammoud Arax Corner, oxygen concentrator Philips EverFlo SN EF44177209 failing with generator cuts.', [('name', 'Lina Sabbagh'), ('place', 'Bourj Hammoud Arax Corner'), ('device', 'Philips EverFlo SN EF44177209')]),
    C('Thandeka Mokoena-Radebe, SA ID 8507120346089, Discovery Health Discovery 408817292, address 14 Jacaranda Crescent, Kwa-Thema, 1575. Survivor of the 2022 tavern tragedy.', [('name', 'Thandeka Mokoena-Radebe'), ('ssn', '8507120346089'), ('health_plan', 'Discovery 408817292'), ('street_address', '14 Jacaranda Crescent, Kwa-Thema'), ('zip_code', '1575')]),
    C("Any Zulu speakers tried the Friendship Bench model, Dixon Chibanda's work from Zimbabwe, in KwaZulu-Natal? The grandmothers idea translates but the NGO funding through PEPFAR is shaky."),
    C('Myanmar: Saw Eh Htoo Paw Moo from Mae La Zone C Section 12, device Oticon hearing aid SN 4417K209.', [('name', 'Eh Htoo Paw Moo'), ('place', 'Mae La Zone C Section 12'), ('device', 'Oticon hearing aid SN 4417K209')]),
    C("CBT for psychosis, Douglas Turkington and David Kingdon's manual, in Swahili. A Tanzanian team has tried it. Any Kenyan experience, especially with Luo or Kalenjin clients?"),
    C('DSM-5-TR prolonged grief disorder at 12 months vs ICD-11 at 6 months: which are people using in Hong Kong? The Chinese University version of the PG-13 is what we have.'),
    C('Sudanese client Mohamed Osman Adam from Hay Al-Thawra Block 19, in Egypt now with Amna Ibrahim; fax the UNHCR letter to +20 2 3441 7720.', [('name', 'Mohamed Osman Adam'), ('place', 'Hay Al-Thawra Block 19'), ('name', 'Amna Ibrahim'), ('fax', '+20 2 3441 7720')]),
    C('Israeli client Noa Ben-Haim Tzur, teudat zehut 038472615, Clalit Clalit 4471-0093, from Moshav Ein HaBesor. Sleeping with the lights on since October.', [('name', 'Noa Ben-Haim Tzur'), ('ssn', '038472615'), ('health_plan', 'Clalit 4471-0093'), ('place', 'Moshav Ein HaBesor')]),
    C("Does anyone bill NHIF in Kenya for group CBT? The SHA transition in October changed codes, and the Kenya Counselling and Psychological Association hasn't issued guidance yet."),
    C('Has anyone compared the WHO-5 and the Kessler K6 in Indonesia? BPJS Kesehatan needs a score to refer to a psikolog. Our puskesmas partners prefer the SRQ-20.'),
    C('How do people in Malaysia handle Section 309 attempted suicide decriminalisation from 2023? The MOH says report to the police no longer applies. Anyone confirm?'),
    C('Aminata Traoré Keïta from Quartier Badalabougou Est sends love to Seydou Coulibaly, who stayed in Hamdallaye ACI Rue 12.', [('name', 'Aminata Traoré Keïta'), ('place', 'Quartier Badalabougou Est'), ('name', 'Seydou Coulibaly'), ('place', 'Hamdallaye ACI Rue 12')]),
    C('Namibia: Ndapewa Shikongo-Amupolo from Okuryangava Extension 8, pacemaker Medtronic Azure XT SN RNB441772S, 2 June 2024 at 09:40.', [('name', 'Ndapewa Shikongo-Amupolo'), ('place', 'Okuryangava Extension 8'), ('device', 'Medtronic Azure XT SN RNB441772S'), ('date', '2 June 2024 at 09:40')]),
    C('Hana Mroueh, port blast 2020, Lebanese ID LB-5540918, Mar Mikhael, Armenia Street, Bldg 41, 3rd floor, AUBMC MRN AUB-2207719.', [('name', 'Hana Mroueh'), ('ssn', 'LB-5540918'), ('street_address', 'Mar Mikhael, Armenia Street, Bldg 41, 3rd floor'), ('medical_record', 'AUB-2207719')]),
    C("The Ghana Mental Health Act 2012 and prayer camps: Human Rights Watch's report is harrowing. Anyone working with Pentecostal clients who attended one in the Volta Region?"),
    C('Samoa: Tavita Aiono from Satitoa Lower Village, fax +685 26 441, the tsunami year.', [('name', 'Tavita Aiono'), ('place', 'Satitoa Lower Village'), ('fax', '+685 26 441')]),
    C('I Gusti Ayu Made Sriani from Banjar Dinas Tegallinggah, BPJS 0001447721830, plate DK 4417 AF.', [('name', 'I Gusti Ayu Made Sriani'), ('place', 'Banjar Dinas Tegallinggah'), ('health_plan', '0001447721830'), ('vehicle', 'DK 4417 AF')]),
    C('Mozambican client Celso Macuácua Tembe from Bairro Munhava Sete after Cyclone Idai, NUIT 104 822 671, M-Pesa Vodacom 84 719 2206.', [('name', 'Celso Macuácua Tembe'), ('place', 'Bairro Munhava Sete'), ('ssn', '104 822 671'), ('account', '84 719 2206')]),
    C('Türkiye: Elif Yıldırım Aydoğan and Burak Yıldırım of Ebrar Yaşam Site, appointment 6 Şubat 2026, third anniversary.', [('name', 'Elif Yıldırım Aydoğan'), ('name', 'Burak Yıldırım'), ('place', 'Ebrar Yaşam Site'), ('date', '6 Şubat 2026')]),
    C('Schema Therapy by Jeffrey Young, in Mandarin, in Taiwan: the Young Schema Questionnaire short form works, but "defectiveness/shame" translates harshly. Alternatives?'),
    C("Sleep restriction in CBT-I with night-shift nurses in the Philippines: Colin Espie's Sleepio isn't licensed there. We use paper diaries and the Insomnia Severity Index, ISI 22 at baseline."),
    C('IFS, Richard Schwartz\'s No Bad Parts, with Korean clients: "parts" language clashes with jeong and han. Has anyone used it in Korean? KCPA workshops are online.'),
    C('Iranian client Parisa Rezaei, kart-e melli 0014729531, Tamin Tamin 7720148855, email parisa.rezaei@chmail.ir, born 1363/07/22.', [('name', 'Parisa Rezaei'), ('ssn', '0014729531'), ('health_plan', 'Tamin 7720148855'), ('email', 'parisa.rezaei@chmail.ir'), ('date', '1363/07/22')]),
    C('Ayşe Güler left Tepebaşı Sultaniye Köyü in 2023; her neighbour Fatma Koç still calls.', [('name', 'Ayşe Güler'), ('place', 'Tepebaşı Sultaniye Köyü'), ('name', 'Fatma Koç')]),
    C("Korean colleagues: is hwa-byung still coded anywhere in the DSM-5-TR or only the Cultural Formulation Interview? Client in Gyeonggi uses the term and I don't want to pathologise it."),
    C('Apio Grace of Lira Adyel Ward and Ojok Denis of Barlonyo Camp Road, survivors of 2004.', [('name', 'Apio Grace'), ('place', 'Lira Adyel Ward'), ('name', 'Ojok Denis'), ('place', 'Barlonyo Camp Road')]),
    C('Reminder: the Australian Psychological Society Congress is in September and the NZ Psychological Society conference is in August. Early bird closes at the end of June for both.'),
    C('Anyone in New Zealand using the Hua Oranga outcome tool? The Health and Disability Commissioner says Code of Rights applies to online sessions too. ACC sensitive claims are on hold till June.'),
    C("IPT-G was done by StrongMinds in Uganda with good results. Anyone running it with Luganda or Runyankole groups? Myrna Weissman's book is the base."),
    C('Morocco quake 2023: Fadma Ait Bihi from Douar Tikht Ighil, CNIE EE417728, phone 06 61 29 47 03. She is quatre-vingt-onze, ninety-one.', [('name', 'Fadma Ait Bihi'), ('place', 'Douar Tikht Ighil'), ('ssn', 'EE417728'), ('phone', '06 61 29 47 03'), ('age_over_89', 'quatre-vingt-onze')]),
    C('Ex-TC Jasper 2023: client Lorraine Gibson from Wujal Wujal Bloomfield Crossing, phone 07 4060 8412.', [('name', 'Lorraine Gibson'), ('place', 'Wujal Wujal Bloomfield Crossing'), ('phone', '07 4060 8412')]),
    C("Attachment-based family therapy, Guy Diamond's model, in Arabic with Syrian teens in Türkiye. Worth the training cost through the Drexel team? Turkish subtitles exist."),
    C('Lurasidone 40 mg with food, 350 kcal minimum, per the Latuda leaflet. Client in Singapore fasts on Mondays and Thursdays. Anyone navigate this with the prescriber at IMH-style services?'),
    C('Any experience with the Sehat Sahulat Programme covering psychiatric admissions in Khyber Pakhtunkhwa? Olanzapine and Risperidone are on the formulary but not Clozapine.'),
    C('Question on sertraline 50 mg in Ramadan. Client wants to move the dose to Suhoor; her GP in Malaysia said fine, the pharmacist said take it after Iftar. Any Muslim colleagues with a view?'),
    C('Kim Dong-hyun Seo, Jeju Air 2024, NHIS NHIS 5-4417720193, phone 010-4417-2863.', [('name', 'Kim Dong-hyun Seo'), ('health_plan', 'NHIS 5-4417720193'), ('phone', '010-4417-2863')]),
    C('Taiwan: Lin Yu-Chen Hsiao, ID F224417726, NHI NHI 000044177261, her plate ATK-7219.', [('name', 'Lin Yu-Chen Hsiao'), ('ssn', 'F224417726'), ('health_plan', 'NHI 000044177261'), ('vehicle', 'ATK-7219')]),
    C("Child-Parent Psychotherapy, Alicia Lieberman's model, in Kenya with Kikuyu mothers. The Kenya Psychological Association is running a course in January. Worth it?"),
    C('Abdulrahman Al-Harbi, Iqama 2473190058, IBAN SA44 2000 0001 2340 5567 8902, email a.alharbi@stc.net.sa.', [('name', 'Abdulrahman Al-Harbi'), ('ssn', '2473190058'), ('account', 'SA44 2000 0001 2340 5567 8902'), ('email', 'a.alharbi@stc.net.sa')]),
    C('Palma attack survivor Abdala Ussene, from Aldeia Quitunda Norte, tel +258 86 331 4027, kept his prosthetic leg serial OTTOBOCK 3R80-442197.', [('name', 'Abdala Ussene'), ('place', 'Aldeia Quitunda Norte'), ('phone', '+258 86 331 4027'), ('device', 'OTTOBOCK 3R80-442197')]),
    C('Dorji Wangchuk Ghalley and Pema Choden, from Beldangi Camp Sector C, now in Kensington Rise, Mount Druitt.', [('name', 'Dorji Wangchuk Ghalley'), ('name', 'Pema Choden'), ('place', 'Beldangi Camp Sector C'), ('place', 'Kensington Rise, Mount Druitt')]),
    C('Iraqi client Layla Hussein Jaafar, Nineveh, unified card 199477310028, email layla.hj1977@yahoo.com, staying in Hay al-Zuhour East.', [('name', 'Layla Hussein Jaafar'), ('ssn', '199477310028'), ('email', 'layla.hj1977@yahoo.com'), ('place', 'Hay al-Zuhour East')]),
    C('Referral: Chidinma Ezeugwu, NIN 48213067952, from Umuoji Lower Quarter, phone +234 803 417 2290. Lost a brother in the 2020 toll gate shooting.', [('name', 'Chidinma Ezeugwu'), ('ssn', '48213067952'), ('place', 'Umuoji Lower Quarter'), ('phone', '+234 803 417 2290')]),
    C("Sodium valproate 1000 mg and pregnancy planning in a Sudanese client. The MHRA Valproate Pregnancy Prevention Programme doesn't apply in Egypt but the risk does. Switch to Lamotrigine?"),
    C('Yazidi client Shireen Elias Haji from Kocho Gate Lane and Khanke Camp Sector 9. ninety-one according to her sons.', [('name', 'Shireen Elias Haji'), ('place', 'Kocho Gate Lane'), ('place', 'Khanke Camp Sector 9'), ('age_over_89', 'ninety-one according to her sons')]),
    C('Paroxetine withdrawal in a client flying Emirates to Canada in August; she skipped 3 doses. Any tips besides taper to 10 mg? The Maudsley Prescribing Guidelines say switch to Prozac.'),
    C("Reminder: HPCSA CPD deadline is end of February. The ethics points from the SACSSP webinar on POPIA count, plus the Psychological Society of South Africa's trauma module."),
    C('How do people in Saudi Arabia handle mandated reporting of domestic violence under the Protection from Abuse Law of 2013? The National Family Safety Programme has a hotline.'),
    C('Iosefa Tuiasosopo from Faleasiu Uta Lane says Sina Tuiasosopo keeps the Sunday toʻonaʻi going.', [('name', 'Iosefa Tuiasosopo'), ('place', 'Faleasiu Uta Lane'), ('name', 'Sina Tuiasosopo')]),
    C("Looking for Arabic-language Compassion Focused Therapy materials. Paul Gilbert's The Compassionate Mind has a translation from Dar Al Saqi, but any Gulf dialect audio?"),
    C("Book club pick for April: Dr Lori Gottlieb's Maybe You Should Talk to Someone, plus Arthur Kleinman's The Illness Narratives. Zoom on Saturday, Australian Eastern time."),
    C('Tendai Moyo-Sibanda and Rutendo Chiweshe both from Chitungwiza Unit L Extension; email tendai.moyo77@gmail.com.', [('name', 'Tendai Moyo-Sibanda'), ('name', 'Rutendo Chiweshe'), ('place', 'Chitungwiza Unit L Extension'), ('email', 'tendai.moyo77@gmail.com')]),
    C('Clinicians in Zimbabwe: is Fluoxetine still free through the Ministry of Health and Child Care? Our Shona clients on the Friendship Bench are being sent to private pharmacies.'),
    C('Egyptian client Mina Boutros Fahmy, national ID 29408151402338, from Ezbet el-Nakhl Gharb Alley 4, calls from +20 122 580 7714.', [('name', 'Mina Boutros Fahmy'), ('ssn', '29408151402338'), ('place', 'Ezbet el-Nakhl Gharb Alley 4'), ('phone', '+20 122 580 7714')]),
    C('Pike River family: Anna Rockhouse-Tait, email anna.rtait@xtra.co.nz, from Blackball Hilltop Cottages, ninety-two at Matariki.', [('name', 'Anna Rockhouse-Tait'), ('email', 'anna.rtait@xtra.co.nz'), ('place', 'Blackball Hilltop Cottages'), ('age_over_89', 'ninety-two at Matariki')]),
    C('Kurdish client Shilan Rasul Qadir in Sulaymaniyah governorate, Azmar Gardens Compound, Korek 0750 441 2896, device: insulin pump SN MMT-780G NG4417203H.', [('name', 'Shilan Rasul Qadir'), ('place', 'Azmar Gardens Compound'), ('phone', '0750 441 2896'), ('device', 'MMT-780G NG4417203H')]),
    C('Samoan client Faʻamausili Leota from Lalomanu Uta, 2009 tsunami, Samoa ID WS-0441772, phone +685 77 44172.', [('name', 'Faʻamausili Leota'), ('place', 'Lalomanu Uta'), ('ssn', 'WS-0441772'), ('phone', '+685 77 44172')]),
    C('Kuwaiti civil ID 285061204573 for Fahad Mishal Al-Mutairi, licence KW-DL 2201184, Block 5, Street 12, House 27, Mishref West.', [('ssn', '285061204573'), ('name', 'Fahad Mishal Al-Mutairi'), ('licence', 'KW-DL 2201184'), ('street_address', 'Block 5, Street 12, House 27'), ('place', 'Mishref West')]),
    C("Methylphenidate 36 mg Concerta, Ramadan, adult client in Egypt. Take at Suhoor? It wears off by Maghrib. Any pharmacology thoughts before Thursday's review?"),
    C('Jack Tjungurrayi of Kintore Walungurru Outstation and Lorna Nampitjinpa, his sister.', [('name', 'Jack Tjungurrayi'), ('place', 'Kintore Walungurru Outstation'), ('name', 'Lorna Nampitjinpa')]),
    C("Survivors of the Ethiopian Airlines crash and grief on the anniversary in March. Colin Murray Parkes and Holly Prigerson's Bereavement is the book I'm using with Amharic families."),
    C('Omani client Salim Hamood Al-Hinai, civil number 11872904, plate 8420 AR, from Wadi Bani Kharus Hamlet; survived Cyclone Gonu as a boy.', [('name', 'Salim Hamood Al-Hinai'), ('ssn', '11872904'), ('vehicle', '8420 AR'), ('place', 'Wadi Bani Kharus Hamlet')]),
    C('Pakistan: Naseem Bibi Magsi from Goth Haji Khan Magsi, fax +92 22 9213 441, flood 2022.', [('name', 'Naseem Bibi Magsi'), ('place', 'Goth Haji Khan Magsi'), ('fax', '+92 22 9213 441')]),
    C('Bibi Gul Wardak keeps asking for Qala-e Fatullah Street 7; her son Najib Wardak lives in Shahrak-e Haji Nabi.', [('name', 'Bibi Gul Wardak'), ('place', 'Qala-e Fatullah Street 7'), ('name', 'Najib Wardak'), ('place', 'Shahrak-e Haji Nabi')]),
    C("PCL-5 of 52 at intake, 31 after 12 sessions of CPT. Is that a clinically meaningful change by Weathers' criteria? Reporting to UNHCR Jordan in May."),
    C('The Thai Mental Health Act B.E. 2551 was amended in 2019. Anyone know if it covers teletherapy across Laos and Cambodia borders? Our Lao clients live in Isan.'),
    C('Session link https://meet.teleraha.ae/s/mariam-441 for Reem Al Marzouqi of Al Barsha South Villa Row, DHA licence of referrer DHA-P-0441772.', [('url', 'https://meet.teleraha.ae/s/mariam-441'), ('name', 'Reem Al Marzouqi'), ('place', 'Al Barsha South Villa Row'), ('licence', 'DHA-P-0441772')]),
    C("The Philippines' Mental Health Act, RA 11036, requires PRC-licensed psychologists for assessments. Does PhilHealth reimburse the PRC psychometrician's time? Asking for Luzon teams."),
    C('Tashi Dolma of Bylakuppe Camp 3 Lugsum Row and her brother Tenzin Norbu Lhakpa in Jogiwara Road Upper Steps.', [('name', 'Tashi Dolma'), ('place', 'Bylakuppe Camp 3 Lugsum Row'), ('name', 'Tenzin Norbu Lhakpa'), ('place', 'Jogiwara Road Upper Steps')]),
    C('Our Indigenous team in the Northern Territory uses Stay Strong, the Aboriginal and Islander Mental Health Initiative app from Menzies. Anyone pair it with Dadirri listening?'),
    C('Vietnam: Trần Văn Bảy of Làng Nủ Thôn Kho Vàng, Typhoon Yagi 2024, his sister Trần Thị Hoa, chín mươi ba, ninety-three.', [('name', 'Trần Văn Bảy'), ('place', 'Làng Nủ Thôn Kho Vàng'), ('name', 'Trần Thị Hoa'), ('age_over_89', 'chín mươi ba')]),
    C('Fiji: Losana Tuidraki from Nabouwalu Koro Vou, Winston 2016, TIN 50-44172-0-9, M-PAiSA M-PAiSA 9447720.', [('name', 'Losana Tuidraki'), ('place', 'Nabouwalu Koro Vou'), ('ssn', '50-44172-0-9'), ('account', 'M-PAiSA 9447720')]),
    C('The new Guidelines for Telepsychology from the Indian Association of Clinical Psychologists, November 2024, require Aadhaar-free consent logs. Has anyone implemented them?'),
    C("Anyone trained in Problem Management Plus with the WHO team in Jordan? We're thinking of offering PM+ in Arabic and Kurdish on Wednesdays through Ramadan and Eid al-Fitr."),
    C('Vietnamese client Nguyễn Thị Hồng Nhung Đào, CCCD 079188044712, Số 27 Ngõ 178 Thái Hà, BHYT DN4797904417723.', [('name', 'Nguyễn Thị Hồng Nhung Đào'), ('ssn', '079188044712'), ('street_address', 'Số 27 Ngõ 178 Thái Hà'), ('health_plan', 'DN4797904417723')]),
    C('NIMHANS file NIM/23/441772 for Kavya Hegde of Jayanagar 9th Block East End, from 49.207.44.172.', [('medical_record', 'NIM/23/441772'), ('name', 'Kavya Hegde'), ('place', 'Jayanagar 9th Block East End'), ('ip_address', '49.207.44.172')]),
    C('Nyaruach Gatluak, South Sudanese, in Kakuma Zone 4 Block 7, and her son Gatwech Gatluak, in Kalobeyei Village 2.', [('name', 'Nyaruach Gatluak'), ('place', 'Kakuma Zone 4 Block 7'), ('name', 'Gatwech Gatluak'), ('place', 'Kalobeyei Village 2')]),
    C("Pakistan Psychological Association CPD credits for an Islamic psychology course by Malik Badri's students in Sudan? The International Islamic University Malaysia hosts it in October."),
    C('Telehealth 2c0f:fe38:4417:72::9 for Omondi Were of Obunga Slum Lane 3; https://tiba.hub.co.ke/s/441772.', [('ip_address', '2c0f:fe38:4417:72::9'), ('name', 'Omondi Were'), ('place', 'Obunga Slum Lane 3'), ('url', 'https://tiba.hub.co.ke/s/441772')]),
    C('The Papua New Guinea Psychological Society is tiny. Does anyone supervise PNG psychologists online from Queensland or Victoria on Fridays?'),
    C('Philippines: Marites Gonzaga Ibarra and Ramon Gonzaga Jr. of Sitio Kabulihan, Barangay Tacloban Norte, Kristine 2024, fax (02) 8441 7720.', [('name', 'Marites Gonzaga Ibarra'), ('name', 'Ramon Gonzaga Jr.'), ('place', 'Sitio Kabulihan, Barangay Tacloban Norte'), ('fax', '(02) 8441 7720')]),
    C('Uzbek client Dilnoza Rakhimova Karimova, PINFL 42903884170025, from Mahalla Chilonzor 9-kvartal, email dilnoza.r@mail.uz.', [('name', 'Dilnoza Rakhimova Karimova'), ('ssn', '42903884170025'), ('place', 'Mahalla Chilonzor 9-kvartal'), ('email', 'dilnoza.r@mail.uz')]),
    C('Zimbabwean colleagues: kufungisisa, "thinking too much", shows up in the Shona Symptom Questionnaire. How do you score SSQ-14 with 8 as cut-off versus 7?'),
    C('Therapists in Ethiopia: is the Kessler K10 Amharic version from a university team validated for Oromo speakers, or do we need Afaan Oromo?'),
    C('Malawi, Cyclone Freddy: Chikondi Banda Kalua from Chilobwe Ward Senti, her hearing aid Phonak Audéo P90 SN 2209K4417 washed away.', [('name', 'Chikondi Banda Kalua'), ('place', 'Chilobwe Ward Senti'), ('device', 'Phonak Audéo P90 SN 2209K4417')]),
    C('Fatou Ndiaye Thiaw and Moussa Sow met at Marché Tilène Allée 3; she still visits Yoff Layène Quai on Fridays.', [('name', 'Fatou Ndiaye Thiaw'), ('name', 'Moussa Sow'), ('place', 'Marché Tilène Allée 3'), ('place', 'Yoff Layène Quai')]),
    C('Singapore: Tan Wei Ling Joanne, NRIC S8837209H, Blk 418 Tampines Street 41, #09-221, 520419, MediShield MSL-88441-72J.', [('name', 'Tan Wei Ling Joanne'), ('ssn', 'S8837209H'), ('street_address', 'Blk 418 Tampines Street 41, #09-221'), ('zip_code', '520419'), ('health_plan', 'MSL-88441-72J')]),
    C("Te Whare Tapa Whā, Mason Durie's model, versus the Meihana Model for a Māori man in Australia who hasn't been home in 20 years. Which did you find better when whānau live in Queensland and Victoria?"),
    C('Japanese colleagues: has anyone used the K6 Japanese version by Furukawa with evacuees from Fukushima Prefecture? Scores above 13 in February were common.'),
    C("Any Malayalam speakers? The Kerala Social Security Mission's Ashwasam programme wants a counsellor for Onam week. Details on the KSSM website, pay is via NHM."),
    C('Telehealth 2401:7000:c44a:172::1f was Sione Vaipulu Kaufana in Tongatapu, Kolofoʻou Fale Kupu, on 15/01/2025, tsunami anniversary.', [('ip_address', '2401:7000:c44a:172::1f'), ('name', 'Sione Vaipulu Kaufana'), ('place', 'Kolofoʻou Fale Kupu'), ('date', '15/01/2025')]),
    C('Gulnara Abdulova of Zhanaozen Mikroraion Samal and her husband Ruslan Abdulov, 2011.', [('name', 'Gulnara Abdulova'), ('place', 'Zhanaozen Mikroraion Samal'), ('name', 'Ruslan Abdulov')]),
    C('Wairimu Gitau Kariuki from Ndumberi Ridge Tea Lines and Njeri Gitau, sisters, still split after the 2007 violence.', [('name', 'Wairimu Gitau Kariuki'), ('place', 'Ndumberi Ridge Tea Lines'), ('name', 'Njeri Gitau')]),
    C("Working with Chinese Indonesians around Imlek and the 1998 anniversary in May. Judith Herman's Trauma and Recovery chapter on captivity keeps coming up. Thoughts on timing?"),
    C('Pakistani client Rabia Sultana Qureshi, CNIC 35202-7741093-2, Sehat Card SSP-35202-7741093, JazzCash 0301-4429876.', [('name', 'Rabia Sultana Qureshi'), ('ssn', '35202-7741093-2'), ('health_plan', 'SSP-35202-7741093'), ('account', '0301-4429876')]),
    C('Halima Abdi Aden from Garissa Bulla Iftin lost her roommate Faith Chebet at the university in 2015.', [('name', 'Halima Abdi Aden'), ('place', 'Garissa Bulla Iftin'), ('name', 'Faith Chebet')]),
    C('Moshe Ben-David from Sderot Hei Neighbourhood, DL IL 4417720, tishim ve-arba, ninety-four, at Hanukkah.', [('name', 'Moshe Ben-David'), ('place', 'Sderot Hei Neighbourhood'), ('licence', 'IL 4417720'), ('age_over_89', 'tishim ve-arba')]),
    C("Supervision reflection: I keep reaching for CBT worksheets with Samoan families when Fonofale or Talanoa would land better. Karlo Mila's writing helped. Anyone doing this in Queensland?"),
    C("Our Bangladeshi team asks about the Bangla PCL-5 after the July uprising. Does BRAC or icddr,b have validated norms? We've been using 33 as cut-off without evidence."),
    C('Jordan: Omar Al-Zoubi Bataineh, national number 9871023544, Building 12, Abdullah Ghosheh Street, Um Uthaina, 11821.', [('name', 'Omar Al-Zoubi Bataineh'), ('ssn', '9871023544'), ('street_address', 'Building 12, Abdullah Ghosheh Street, Um Uthaina'), ('zip_code', '11821')]),
    C('Propranolol 40 mg before exams for a Korean student, Suneung in November. The KFDA label differs from the Inderal one. Anyone use it for performance anxiety in Korea?'),
    C('Korean client Park Ji-woo Grace, 2022 Halloween crush, RRN 970418-2441772, Mapo-gu Seongmisan-ro 17-gil 22, 03976.', [('name', 'Park Ji-woo Grace'), ('ssn', '970418-2441772'), ('street_address', 'Mapo-gu Seongmisan-ro 17-gil 22'), ('zip_code', '03976')]),
    C('Tesfaye Gebremedhin, Fayda FIN 6281 4407 9913, Tigray war, now in Kebele 07 Mekanissa, email tesfaye.gm@ethionet.et.', [('name', 'Tesfaye Gebremedhin'), ('ssn', '6281 4407 9913'), ('place', 'Kebele 07 Mekanissa'), ('email', 'tesfaye.gm@ethionet.et')]),
    C("Running a Sunday group for Hindu widows in Nepal around Teej. Kenneth Doka's Disenfranchised Grief is the framework. The Nepal Health Research Council wants a protocol by Friday."),
    C("Nightmares and Imagery Rehearsal Therapy, Barry Krakow's Sound Sleep, Sound Mind, with Tamil clients in Sri Lanka: Vesak lights triggered memories of 2009. Thoughts on pacing?"),
    C('Anyone doing Solution-Focused Brief Therapy, Steve de Shazer and Insoo Kim Berg, in Korean? Insoo Kim Berg was Korean-American and our Gyeongsang trainees love that.'),
    C('Lakshmi Krishnan grew up in Mylapore Kutchery Road Lane and Venkatesh Krishnan moved to Velachery Vijayanagar Extension.', [('name', 'Lakshmi Krishnan'), ('place', 'Mylapore Kutchery Road Lane'), ('name', 'Venkatesh Krishnan'), ('place', 'Velachery Vijayanagar Extension')]),
    C("Vikram Patel's Where There Is No Psychiatrist is our staple for lay counsellors in Bihar. Is the second edition worth it over the first? The Sangath material on Thinking Healthy is also great."),
    C("Working with Yazidi survivors in Germany and the Kurdistan Region: Jan Ilhan Kizilhan's special quota project. Anyone connected to the Baden-Württemberg programme?"),
    C('Zahra Hosseini Jaghori is from Golshahr Mashhad Kuy-e Afghanha and wants her brother Ali Reza Hosseini Jaghori in sessions.', [('name', 'Zahra Hosseini Jaghori'), ('place', 'Golshahr Mashhad Kuy-e Afghanha'), ('name', 'Ali Reza Hosseini Jaghori')]),
    C('Our Pacific team uses the Kakala framework by Konai Helu Thaman for evaluation. Is anyone using it with the Fonua model for Tongan men in New Zealand or Australia?'),
    C('Roshan Fernandopulle and Dilani Fernandopulle, Negombo Kochchikade Lane, and their priest at Pitipana Fishing Village.', [('name', 'Roshan Fernandopulle'), ('name', 'Dilani Fernandopulle'), ('place', 'Negombo Kochchikade Lane'), ('place', 'Pitipana Fishing Village')]),
    C('Indonesian client Siti Rahmawati Kusumo, NIK 3273014410920007, Jl. Cihampelas Gg. Sukawangi No. 12 RT 04/RW 07, 40131, Semeru 2021.', [('name', 'Siti Rahmawati Kusumo'), ('ssn', '3273014410920007'), ('street_address', 'Jl. Cihampelas Gg. Sukawangi No. 12 RT 04/RW 07'), ('zip_code', '40131')]),
    C("CPT for PTSD, Patricia Resick's manual, with Rohingya women in Bangladesh: the Stuck Points worksheet in Rohingya script doesn't exist. Anyone using pictures instead?"),
    C('Tonga: Siosaia Taufa of Kanokupolu Beach Fale, Lavinia Taufa, 15 January 2022, the eruption.', [('name', 'Siosaia Taufa'), ('place', 'Kanokupolu Beach Fale'), ('name', 'Lavinia Taufa'), ('date', '15 January 2022')]),
    C('Has anyone used the Moroccan Darija version of the PHQ-9? The Moroccan Ministry of Health has one, and Amazigh speakers in the Souss-Massa region need another.'),
    C('Discharge from Butabika, file BNRH-4417-23, for Okello Geoffrey Otim of Gulu Pece Lukung; follow-up on 2025-03-27.', [('medical_record', 'BNRH-4417-23'), ('name', 'Okello Geoffrey Otim'), ('place', 'Gulu Pece Lukung'), ('date', '2025-03-27')]),
    C("Clonidine 0.1 mg for PTSD nightmares versus Prazosin 2 mg in a Kurdish client in Iraq. Minipress isn't available in the Kurdistan Region. Anyone used Doxazosin?"),
    C('Our Sudanese staff in Egypt use the Arabic WHO-5. WHO-5 below 13 triggers referral. The UNHCR Egypt protocol agrees.'),
    C('Saudi client Nouf Al-Qahtani, National ID 1089447213, Bupa Arabia BUPA-SA 60418827, 2009 floods survivor, Al-Ruwais Garden Villas.', [('name', 'Nouf Al-Qahtani'), ('ssn', '1089447213'), ('health_plan', 'BUPA-SA 60418827'), ('place', 'Al-Ruwais Garden Villas')]),
    C('Fax the discharge to +254 20 271 8845 for Wanjiru Kamau-Njoroge, Aga Khan MRN AKUH-0993174, Westgate survivor, lives in Kileleshwa Ridge Court.', [('fax', '+254 20 271 8845'), ('name', 'Wanjiru Kamau-Njoroge'), ('medical_record', 'AKUH-0993174'), ('place', 'Kileleshwa Ridge Court')]),
    C('Zolpidem 10 mg nightly for two years, client in Taiwan, wants to stop before Lunar New Year. Stilnox taper plan? The NHI covers CBT-I sessions at some hospitals.'),
    C("Quetiapine 25 mg as a sleeper is everywhere in our Gulf clients. Anyone have a short Arabic handout on why Seroquel isn't a sleeping pill? The DHA wants a leaflet by November."),
    C('Efua Quansah left Elmina Bantuma Quarter for Nima Highway Lane after her uncle Kwesi Quansah died.', [('name', 'Efua Quansah'), ('place', 'Elmina Bantuma Quarter'), ('place', 'Nima Highway Lane'), ('name', 'Kwesi Quansah')]),
    C('Kiribati client Teretia Ioane on Betio Temakin Village, king tides, email teretia.ioane@tskl.net.ki.', [('name', 'Teretia Ioane'), ('place', 'Betio Temakin Village'), ('email', 'teretia.ioane@tskl.net.ki')]),
    C('Libyan client Salma Elmansouri, Derna flood, national number 119880473256, email s.elmansouri@libyana.ly, staying with family in Shiha Gharbia Upper Terrace.', [('name', 'Salma Elmansouri'), ('ssn', '119880473256'), ('email', 's.elmansouri@libyana.ly'), ('place', 'Shiha Gharbia Upper Terrace')]),
    C('Aung Ko Ko Zayar from Hlaing Tharyar Ward 19 and Thida Win Htwe from Sagaing Ywa Thit Quarter.', [('name', 'Aung Ko Ko Zayar'), ('place', 'Hlaing Tharyar Ward 19'), ('name', 'Thida Win Htwe'), ('place', 'Sagaing Ywa Thit Quarter')]),
    C('Client in Kenya asks about Ketamine clinics advertising on Instagram. The Pharmacy and Poisons Board has no guidance. Any Kenyan psychiatrists with views?'),
    C('Can EMDR be done in Arabic via an interpreter? The EMDR Europe standards suggest caution; the Trauma Aid Germany HAP teams in Iraq and Jordan seemed to make it work.'),
    C('Arjun Nair, Mundakkai Chooralmala Estate Lines, his father Gopalan Nair, ninety-four by his pension papers, lost the house.', [('name', 'Arjun Nair'), ('place', 'Mundakkai Chooralmala Estate Lines'), ('name', 'Gopalan Nair'), ('age_over_89', 'ninety-four by his pension papers')]),
    C('Hadiza Bello Yusuf at Dalori Camp Block C and Aisha Modu at Bakassi IDP Shelter 4; both Borno families, fax +234 76 231 442.', [('name', 'Hadiza Bello Yusuf'), ('place', 'Dalori Camp Block C'), ('name', 'Aisha Modu'), ('place', 'Bakassi IDP Shelter 4'), ('fax', '+234 76 231 442')]),
    C('Does anyone have the Urdu PHQ-9 from the Aga Khan University? We use it in Sindh but Punjab colleagues prefer the Punjabi translation.'),
    C('Nguyễn Văn Hùng from Phường Cầu Kho Hẻm 12 and Phạm Thị Lan in Xã Tân Phú Đông.', [('name', 'Nguyễn Văn Hùng'), ('place', 'Phường Cầu Kho Hẻm 12'), ('name', 'Phạm Thị Lan'), ('place', 'Xã Tân Phú Đông')]),
    C('Kerala: Annamma Varghese of Chalakudy Kizhakke Para, ninety-eight come Thiruvonam, KASP KASP 0417739221.', [('name', 'Annamma Varghese'), ('place', 'Chalakudy Kizhakke Para'), ('age_over_89', 'ninety-eight come Thiruvonam'), ('health_plan', 'KASP 0417739221')]),
    C('Sediqa Jafari, Hazara, Dasht-e Barchi Sar-e Kariz, from 103.9.44.172 via VPN, nawad o yak, ninety-one.', [('name', 'Sediqa Jafari'), ('place', 'Dasht-e Barchi Sar-e Kariz'), ('ip_address', '103.9.44.172'), ('age_over_89', 'nawad o yak')]),
    C('Hussein Al-Tamimi in Sadr City Sector 55 and Zainab Al-Tamimi, his wife, from Al-Hurriya Second Quarter.', [('name', 'Hussein Al-Tamimi'), ('place', 'Sadr City Sector 55'), ('name', 'Zainab Al-Tamimi'), ('place', 'Al-Hurriya Second Quarter')]),
    C("Israel: Yael Shapira, Nova survivor, Kibbutz Re'im Orchard Row, Maccabi file MAC-4417720, https://portal.maccabi4u.co.il/u/44177.", [('name', 'Yael Shapira'), ('place', "Kibbutz Re'im Orchard Row"), ('medical_record', 'MAC-4417720'), ('url', 'https://portal.maccabi4u.co.il/u/44177')]),
    C('Seini Latu and Viliami Latu of Mangere East Robertson Flats, and her aunt in Haʻateiho Fale Lalo.', [('name', 'Seini Latu'), ('name', 'Viliami Latu'), ('place', 'Mangere East Robertson Flats'), ('place', 'Haʻateiho Fale Lalo')]),
    C('Fax to +27 21 447 7209: Lindiwe Ngcobo and her son Siphosethu Ngcobo, from Enyobeni Tavern Lane and Scenery Park Ext 4, her file FH-22-441772.', [('fax', '+27 21 447 7209'), ('name', 'Lindiwe Ngcobo'), ('name', 'Siphosethu Ngcobo'), ('place', 'Enyobeni Tavern Lane'), ('place', 'Scenery Park Ext 4'), ('medical_record', 'FH-22-441772')]),
    C('Japanese client Aoki Haruto, Kyoto Animation fire, My Number 4417 2093 8815, Fushimi-ku Momoyama-cho 7-14-2, 〒612-8044.', [('name', 'Aoki Haruto'), ('ssn', '4417 2093 8815'), ('street_address', 'Fushimi-ku Momoyama-cho 7-14-2'), ('zip_code', '612-8044')]),
    C('Kipchoge Rotich grew up in Kapsabet Chepterit Farm and now sleeps at Huruma Kiamaiko Stage.', [('name', 'Kipchoge Rotich'), ('place', 'Kapsabet Chepterit Farm'), ('place', 'Huruma Kiamaiko Stage')]),
    C("Carl Rogers' On Becoming a Person in Bahasa Indonesia is on our Saturday reading list for trainees from Java and Sumatra. Any discussion questions to share?"),
    C("Desvenlafaxine 50 mg, Pristiq, versus Effexor in a Taiwanese client with hepatitis B. ALT 68, double the upper limit. NHI coverage differs. What's the safer choice?"),
    C('Connection from 41.215.44.172 dropped: Mercy Wanjala of Mathare 4A Bondeni, calling back.', [('ip_address', '41.215.44.172'), ('name', 'Mercy Wanjala'), ('place', 'Mathare 4A Bondeni')]),
    C('Dariush Kamali, Kermanshah region, Kucheh Golestan 7, Pelak 14, postal code 6715847391, lives near Shahrak-e Elahiyeh Gharbi.', [('name', 'Dariush Kamali'), ('street_address', 'Kucheh Golestan 7, Pelak 14'), ('zip_code', '6715847391'), ('place', 'Shahrak-e Elahiyeh Gharbi')]),
    C('Has anyone used the Refugee Health Screener RHS-15 in Dari and Pashto in Pakistan or Iran? The Kessler in Dari performed poorly for us in Khyber Pakhtunkhwa.'),
    C('Jomar Villanueva, OFW in Riyadh region, OWWA OWWA-2019-0044173, Maya 0917 552 0418, email jomar.villa84@gmail.com.', [('name', 'Jomar Villanueva'), ('ssn', 'OWWA-2019-0044173'), ('account', '0917 552 0418'), ('email', 'jomar.villa84@gmail.com')]),
    C('Amara Diallo, from Quartier Hamdallaye Deux in Guinea, MTN MoMo +224 622 18 44 07; she was pulled from the water off Italy.', [('name', 'Amara Diallo'), ('place', 'Quartier Hamdallaye Deux'), ('account', '+224 622 18 44 07')]),
    C('Clozapine, ANC 1.4 on Friday, Clozaril monitoring says amber. South African colleagues, how does the Mental Health Care Act 17 of 2002 handle a refusal of bloods in that range?'),
    C("For those doing DBT in India: does Marsha Linehan's skills manual work in Hindi, or do you use the Marathi adaptation from Maharashtra?"),
    C('Pregabalin misuse in Jordan and Egypt: Lyrica is sold over the counter. The JFDA restricted it. Has anyone seen dependence at 600 mg daily? Tapering advice please.'),
    C('Australia: Kirra Murray, Wiradjuri, Black Summer, Medicare 4417 72093 1, from Cobargo Back Creek, phone 0428 117 204.', [('name', 'Kirra Murray'), ('health_plan', '4417 72093 1'), ('place', 'Cobargo Back Creek'), ('phone', '0428 117 204')]),
    C('Tonga, Samoa and Fiji: our Pasifika supervision group meets the first Tuesday monthly. Next topic: Lotu and faith in therapy, reading Karlo Mila and Tamasese Kiwi Tamasese.'),
    C('Tunisian CIN 09427713 for Oussama Ben Ghorbel, Rue Ibn Khaldoun 17, 3041 Sakiet Ezzit Cité Ennour, CNAM CNAM 1702-448931-04.', [('ssn', '09427713'), ('name', 'Oussama Ben Ghorbel'), ('street_address', 'Rue Ibn Khaldoun 17'), ('zip_code', '3041'), ('place', 'Sakiet Ezzit Cité Ennour'), ('health_plan', 'CNAM 1702-448931-04')]),
    C('Sri Lanka: Nimal Perera, Katuwapitiya Church Road, Easter 2019, fax +94 31 224 4172, licence B5528831.', [('name', 'Nimal Perera'), ('place', 'Katuwapitiya Church Road'), ('fax', '+94 31 224 4172'), ('licence', 'B5528831')]),
    C('Myanmar: Nang Seng Hom Lwin Oo, NRC 13/TaKaNa(N)044718, from Hopong Ward 5, her KBZPay 09 771 428 306.', [('name', 'Nang Seng Hom Lwin Oo'), ('ssn', '13/TaKaNa(N)044718'), ('place', 'Hopong Ward 5'), ('account', '09 771 428 306')]),
    C('Does anyone know if the Sri Lanka Medical Council registers counselling psychologists yet? The 2025 Bill was due in Parliament in September. Tamil and Sinhala translations pending.'),
    C("Morita therapy in English: Shoma Morita's Morita Therapy and the True Nature of Anxiety-Based Disorders, translated by Akihisa Kondo. Our Japanese group reads it every June."),
    C('Obiageli Nwosu, born 14 March 1962, from Onitsha Fegge Layout, ward Okpoko Umuasele Close, wants her sister Ifeoma Nwosu-Uche in the room.', [('name', 'Obiageli Nwosu'), ('date', '14 March 1962'), ('place', 'Onitsha Fegge Layout'), ('place', 'Okpoko Umuasele Close'), ('name', 'Ifeoma Nwosu-Uche')]),
    C('Hong Kong: Wong Siu Ming, the 2025 estate fire, Tai Po Wang Fuk Court Block F, gau sap gau, ninety-nine, at Chung Yeung.', [('name', 'Wong Siu Ming'), ('place', 'Tai Po Wang Fuk Court Block F'), ('age_over_89', 'gau sap gau')]),
    C('Call from Avraham Dror at +972 52 840 3317, Sheba MRN SMC-6610284, plate 74-218-63; ninety-six at his last birthday and still driving.', [('name', 'Avraham Dror'), ('phone', '+972 52 840 3317'), ('medical_record', 'SMC-6610284'), ('vehicle', '74-218-63'), ('age_over_89', 'ninety-six at his last birthday')]),
    C('Our Gulf team debates whether to use the Arabic Beck Depression Inventory-II or the PHQ-9 for Emirati clients. BDI-II costs money through Pearson; PHQ-9 is free.'),
    C('Hamid Mirzaei and Shahla Mirzaei lived above Bazaar-e Tajrish Passage before leaving.', [('name', 'Hamid Mirzaei'), ('name', 'Shahla Mirzaei'), ('place', 'Bazaar-e Tajrish Passage')]),
    C('Guam: Joaquin Taitano Cruz-Aguon from Yigo Astumbo Gardens, Typhoon Mawar, plate GU 4417 BK, phone (671) 477-4172.', [('name', 'Joaquin Taitano Cruz-Aguon'), ('place', 'Yigo Astumbo Gardens'), ('vehicle', 'GU 4417 BK'), ('phone', '(671) 477-4172')]),
    C('Mereana Paewai from Ruatoria Pōtae Hill and Te Rangi Paewai at Tokomaru Bay Waima Road.', [('name', 'Mereana Paewai'), ('place', 'Ruatoria Pōtae Hill'), ('name', 'Te Rangi Paewai'), ('place', 'Tokomaru Bay Waima Road')]),
    C('For Indian colleagues: the Rights of Persons with Disabilities Act 2016 and the Mental Healthcare Act both apply. Does the RCI require supervision hours logged in Hindi or English?'),
    C('Bahrain: Ali Abdulla Isa, CPR 880914372, Flat 21, Building 1447, Road 3621, Block 536, Sanabis North Lane 19.', [('name', 'Ali Abdulla Isa'), ('ssn', '880914372'), ('street_address', 'Flat 21, Building 1447, Road 3621, Block 536'), ('place', 'Sanabis North Lane 19')]),
    C('Fax SGK forms to +90 344 221 6608 for Zeynep Karabulut-Öz, SGK SGK 5581042297. She was doksan iki, ninety-two, at Ramazan Bayramı.', [('fax', '+90 344 221 6608'), ('name', 'Zeynep Karabulut-Öz'), ('health_plan', 'SGK 5581042297'), ('age_over_89', 'doksan iki')]),
    C('Methadone 80 mg via the Iranian harm reduction programme. The client moved to Türkiye where Buprenorphine is the norm. Suboxone conversion tips please, before Nowruz.'),
    C('Lithium 900 mg, level 1.1 mmol/L, Ramadan fasting in Saudi heat. Dehydration risk is real. Does anyone advise Priadel dose reduction during Ramadan?'),
    C('Filipino client Rowena Bautista Dela Cruz from Purok Sampaguita, Barangay Ibabao, PhilHealth 12-050441772-3, UMID 0111-4417293-8, Typhoon Rai.', [('name', 'Rowena Bautista Dela Cruz'), ('place', 'Purok Sampaguita, Barangay Ibabao'), ('health_plan', '12-050441772-3'), ('ssn', '0111-4417293-8')]),
    C('Daniel Siegel\'s Window of Tolerance keeps coming up in our Nepal team. Has anyone adapted it to Nepali with local idioms like "man dukhyo"? Dashain is next month and groups will pause.'),
    C('Freetown mudslide 2017: Fatmata Kamara-Turay Kanu from Kamayama Hilltop, phone +232 76 448 901, turned ninety-three last Eid al-Adha.', [('name', 'Fatmata Kamara-Turay Kanu'), ('place', 'Kamayama Hilltop'), ('phone', '+232 76 448 901'), ('age_over_89', 'ninety-three last Eid al-Adha')]),
    C('Telehealth from 196.201.217.44: Jean-Bosco Habimana in Kicukiro Gatenga Cell, with his wife Claudine Ingabire.', [('ip_address', '196.201.217.44'), ('name', 'Jean-Bosco Habimana'), ('place', 'Kicukiro Gatenga Cell'), ('name', 'Claudine Ingabire')]),
    C("Trauma-Focused CBT in Tanzania: the Shinyanga region trial by Laura Murray's team, CETA and TF-CBT. Any contact?"),
    C('Buspirone 10 mg three times daily, client in the UAE on Buspar from India. Is the Indian generic equivalent? The DHA pharmacy said no substitution without a new prescription.'),
    C('Our team in Vietnam uses the Vietnamese Depression Scale and the EPDS for perinatal women. Thoughts on Tết scheduling? Everyone goes home for two weeks in February.'),
    C('Mongolian client Bolormaa Batbayar, register УБ88041772, from Bayanzürkh 14th khoroo, phone +976 9911 4470.', [('name', 'Bolormaa Batbayar'), ('ssn', 'УБ88041772'), ('place', 'Bayanzürkh 14th khoroo'), ('phone', '+976 9911 4470')]),
    C('Recommend a Tagalog version of the GAD-7 for OFWs? The Philippine Mental Health Act of 2018 requires informed consent in Filipino and our forms are English only.'),
    C("Declan O'Sullivan, 2022 Northern Rivers flood, 7/44 Uralba Street, 2474, NSW licence NSW 17720418, plate CX 44 RT.", [('name', "Declan O'Sullivan"), ('street_address', '7/44 Uralba Street'), ('zip_code', '2474'), ('licence', 'NSW 17720418'), ('vehicle', 'CX 44 RT')]),
    C("Any experience with the Qatar Psychological Association's licensure route for Syrians? The MOPH says a DHA licence from the UAE isn't transferable. The QCHP exam is in Arabic."),
    C("Burnout check: three Fridays in a row I've run the Arabic CAPS-5 past 9pm. Our NGO in Lebanon says UNHCR funding ends in June. How are people in the Gulf or Levant pacing themselves?"),
    C('Mekdes Alemu worked in Hamra Sanayeh Garden Flat; her friend Tigist Bekele Ayana was sent back to Kolfe Keranyo Woreda 11.', [('name', 'Mekdes Alemu'), ('place', 'Hamra Sanayeh Garden Flat'), ('name', 'Tigist Bekele Ayana'), ('place', 'Kolfe Keranyo Woreda 11')]),
    C('Mother in Jordan, postnatal, EPDS of 17. The UNICEF-supported Thinking Healthy Programme in Arabic is what we have. Ramadan begins next week, sessions move to after Taraweeh.'),
    C('Afghan client Gul Ahmad Stanekzai, e-tazkira 1401-0104-55821, Kabul airport 2021, now at Humayun Park Hostel in Islamabad Capital Territory.', [('name', 'Gul Ahmad Stanekzai'), ('ssn', '1401-0104-55821'), ('place', 'Humayun Park Hostel')]),
    C("The Psychology Board of Australia's new supervisor training is mandatory from July. Does the ACAP course count? Asking before the Easter break."),
    C('Syrian client Yara Al-Khatib in Türkiye, YKN 99417730582, Şehitkamil, Karataş Mahallesi, 40017 Sokak No 9 Daire 3, 27559. Survived the 2023 quake.', [('name', 'Yara Al-Khatib'), ('ssn', '99417730582'), ('street_address', 'Şehitkamil, Karataş Mahallesi, 40017 Sokak No 9 Daire 3'), ('zip_code', '27559')]),
    C('Choi Min-jun from Ansan Danwon Gojan-dong Block 4 and Yoon Hye-jin, both parents, 2014.', [('name', 'Choi Min-jun'), ('place', 'Ansan Danwon Gojan-dong Block 4'), ('name', 'Yoon Hye-jin')]),
    C("Moral injury among Israeli reservists and Palestinian medics: Brett Litz's Adaptive Disclosure manual is in Hebrew now. Has anyone adapted it for Arabic speakers in the West Bank?"),
    C('Australia: Jarrah Collins-Wighton of Mallacoota Betka Road End, Black Summer, https://bushfirerecovery.vic.gov.au/case/JC44172.', [('name', 'Jarrah Collins-Wighton'), ('place', 'Mallacoota Betka Road End'), ('url', 'https://bushfirerecovery.vic.gov.au/case/JC44172')]),
    C('Ahmad Fauzi bin Hassan from Kampung Baru Jalan Raja Muda and Siti Aminah binti Hassan from Taman Desa Jaya Fasa 2.', [('name', 'Ahmad Fauzi bin Hassan'), ('place', 'Kampung Baru Jalan Raja Muda'), ('name', 'Siti Aminah binti Hassan'), ('place', 'Taman Desa Jaya Fasa 2')]),
    C('Kwabena Asante-Dwamena of Kokrobite Beach Road, Ghana Card GHA-728104395-6, NHIS NHIS 71046382. Wants sessions after the fire at his shop.', [('name', 'Kwabena Asante-Dwamena'), ('place', 'Kokrobite Beach Road'), ('ssn', 'GHA-728104395-6'), ('health_plan', 'NHIS 71046382')]),
    C('Yemeni client Abdulkarim Saleh in Djibouti, UNHCR case DJB-19-C09144, from Markazi Camp Row F, phone +253 77 84 21 09.', [('name', 'Abdulkarim Saleh'), ('ssn', 'DJB-19-C09144'), ('place', 'Markazi Camp Row F'), ('phone', '+253 77 84 21 09')]),
    C('Chukwuemeka Obi-Nnamdi says Trans-Ekulu Phase 6 Gully Road felt safe until the shootings, then moved to Abakpa Nike Ugwuogo.', [('name', 'Chukwuemeka Obi-Nnamdi'), ('place', 'Trans-Ekulu Phase 6 Gully Road'), ('place', 'Abakpa Nike Ugwuogo')]),
    C('Samar Odeh from Aida Camp Key Gate, and her cousin Tariq Odeh in Beit Sahour Shepherds Field.', [('name', 'Samar Odeh'), ('place', 'Aida Camp Key Gate'), ('name', 'Tariq Odeh'), ('place', 'Beit Sahour Shepherds Field')]),
    C('Batsaikhan Tömör from Songinokhairkhan 22nd khoroo Ger District and Oyuntsetseg Dorj.', [('name', 'Batsaikhan Tömör'), ('place', 'Songinokhairkhan 22nd khoroo Ger District'), ('name', 'Oyuntsetseg Dorj')]),
    C('Mehmet Ali Çelikkaya from Ebrar Sitesi C Blok in Hatay, lost his mother there; TC 41938077254, plate 31 ANK 742.', [('name', 'Mehmet Ali Çelikkaya'), ('place', 'Ebrar Sitesi C Blok'), ('ssn', '41938077254'), ('vehicle', '31 ANK 742')]),
    C('Question for Hong Kong colleagues: can HKPS registered psychologists prescribe digital CBT apps like Headspace under the Mental Health Ordinance? The Hospital Authority says no.'),
    C('Taiwan: Chen Mei-hua of Fuxing Tribe Lower Village, DL TW-F224417729, https://health.hl.gov.tw/case/441772.', [('name', 'Chen Mei-hua'), ('place', 'Fuxing Tribe Lower Village'), ('licence', 'TW-F224417729'), ('url', 'https://health.hl.gov.tw/case/441772')]),
    C("Mirtazapine 15 mg for sleep, weight up 4.2 kg in 6 weeks. The Filipino client's PhilHealth won't cover dietitian sessions. Anyone use the Konsulta package for this?"),
]

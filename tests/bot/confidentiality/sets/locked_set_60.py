"""SIXTIETH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-02, BEFORE the guard rules it will score, and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), scripts/ or bench/,
did not run the guard, bench/guard_eval.py or any test that imports or
runs the guard, did not run git log or git status at all (no commit
message or diff of any commit was read), and did not read README.md,
pyproject.toml, tests/bot/confidentiality/test_round*.py or the snippets
of eval_set.py, dev_extra.py, locked_set.py or locked_set_2.py ...
locked_set_59.py (set 61, written at the same time in another worktree,
was not seen at all).  What was read: the module docstrings of
tests/bot/confidentiality/sets/locked_set_58.py and locked_set_56.py
(the dense sets this one is modelled on), each printed once, on its own,
up to its closing triple quote (none of their cases); the first 25 lines
of tests/bot/confidentiality/sets/locked_set_13.py (its docstring) and,
separately, its last three lines (two snippets, for the file format;
none of their sentences was copied); the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py (exactly lines 29-41, nothing else of
that file); and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  No reading was cut by the
terminal or printed twice, and no slip of the reading rule occurred.
The header of this file (the import of EvalCase, the alias "C =
EvalCase" and the name LOCKED60_CASES) was written from the format of
set 13's tail and the test's module and attribute names, not read from
another set.  The overlap filter described below imported the earlier
sets and printed only this set's own clashing strings.  The only test
run was test_locked_sets.py (selected with -k 60); ruff was run on this
file and on that test file.  Every snippet is set in Africa, Asia, the
Middle East and Oceania (and diasporas there: Pacific, Asian, African
and Middle Eastern families in Australia and New Zealand, Syrians in
Turkey and Jordan, Sudanese in Egypt, Uyghurs in Turkey, Burmese in
Thailand).

How it was made: every snippet was written by hand, under a very tight
time limit (about twenty-five minutes in all), as a consultation request
or a chat message to peers in a therapists' consultation group, dense
with capitalised terms like sets 56 and 58, with settings chosen to
differ from those named in sets 56 and 58's docstrings: Black Saturday,
Cyclone Gabrielle's silt, the Christchurch mosque attacks and the
February 2011 quake, Port Arthur, the Lindt siege, Cyclone Winston on
Koro, the Honiara riots of 2021, Cyclone Pam, Pike River, the Cave Creek
platform, Ruapehu 2007, the Hazelwood mine fire, the Stolen Generations,
the 2019 North Queensland and 2011 South East Queensland floods,
Cyclone Jasper, Niue's Heta, Bougainville, Manus and Nauru detention,
the Port Moresby riots of January 2024, the Lacrosse tower, Cronulla
2005; the Wayanad landslide, the 2018 Kerala floods, Joshimath,
Kedarnath 2013, the Sikkim GLOF, the 2015 Chennai floods, the 2022
Sindh and Swat floods, Rana Plaza, Tazreen, the Rohingya camp fire,
the 2020 Central Vietnam floods, Haiyan, Marawi, Palu's liquefaction,
the 2004 tsunami in Aceh and on the Sri Lankan coast train, Kanjuruhan,
the Bali bombing, Nargis, Mae La camp, Meeriyabedda and Aranayake,
Jajarkot, Itaewon, Sewol, Fukushima, the Noto quake, the Wang Fuk Court
fire, Formosa Fun Coast, Bloody January in Kazakhstan, the Mae Sai and
Selangor floods, Boeung Kak, the Attapeu dam, Little India 2013, the
Kampong Ayer flood, Santa Cruz 1991, the Harni lake capsize; Halabja,
Sinjar, the Qaraqosh wedding fire, Mosul 2017, the Kerman bombing, the
Izmir, Van and Elazığ quakes, Ghouta, Aleppo, Idlib camps, Rafah and
Jabalia, the Mina stampede, the 2009 Jeddah floods, Cyclone Shaheen,
Gulf labour camps, Taiz, the 2024 strikes on Lebanon, the Karak attack,
7 October and the Nova festival, Majdal Shams, the Mahsa protests in
Saqqez, PS752, the Amasra mine blast, Afrin, the 2015 Libya killings of
Copts, Palm Sunday 2017, the Reina attack, the 2023 exodus from
Nagorno-Karabakh, the Ganja strike, the Shovi mudflow, Zaatari; Cyclone
Idai in Buzi and Chimanimani, Cyclone Freddy, the 2022 Durban floods,
the July 2021 unrest, Marikana, Life Esidimeni, the Jagersfontein
tailings dam, the Kiteezi landfill, Nyiragongo, the Gofa landslide,
Nyamata and Murambi, Nakivale, the Zoobe truck bomb, Chibok, Dapchi,
Bama, the 2015 Accra flood and fire, Apiate, the Ikoyi tower, the 2023
Plateau attacks, Garissa University, the Solai and Mai Mahiu dams,
Shakahola, a school stampede, ET302, Misrata, Omdurman, Bentiu PoC,
Bamenda, the Kabylie and Mahamasina events, Tembisa, the Waheen market
fire, West Point's Ebola, the Wellington tanker fire and Hanang's
mudslide; and ordinary lives (a therapist named online, a Substack, a
church page, a fence painted as homework, a birth mother in a park, a
grocer client of a supervisee).  Short referral lines, faxes, portal
and telehealth logs by IP address, rushed lower-case chat (ten
identifier snippets write names or places in lower case), and 24
identifier snippets that hold only a name and/or a place, written as
ordinary consultation prose, often with the name at the start of a
sentence and no cue word before it.  Nothing was composed by a script:
the author wrote the snippets in plain text files outside the
repository (/tmp/set60work/) with the planted spans marked inline, and
a script there only stripped the marks into the expected lists, checked
lengths, token boundaries, duplicate spans and duplicate snippets,
counted capitalised words in the clean snippets, checked overlap with
the earlier sets, shuffled the order with a fixed seed (60) and wrote
this file.  Every later edit was typed by hand as a find-and-replace
pair that a small script applied to the drafts (about 270 pairs in all)
or as one of three one-line sed edits; this is stated here.

Edits made after drafting, stated here: about thirty false starts and
asides the author had typed into the drafts (a name or place followed
by "? sorry -", "? No -", "? - no", "Rewriting:", "Re-write:",
"Simplify:", "Hmm.", or a remark that a setting was in set 56, and a
wrong licence, city, hospital, date or event corrected in place) were
cut with their values, leaving only the corrected text; in one clean
draft a wrongly remembered author's name and in another an author
thought "too American" were cut the same way, and two clean sentences
unsure of a law's date were rewritten without it.  Honorifics and
titles (Dr, Aunty, Mama, Daw, Hajiya) were moved out of name spans.
In a review, about sixty city, town, suburb, building, bridge, road and
venue names written unlabelled in identifier snippets (before "floods",
"landslide", "fire", "bombing", "quake", "stadium crush", "riots",
"attack" and "dam", after "in", "to", "from" and "near", and in a
clinic's fax) were labelled, or replaced by the state, province,
region, country or a generic word, and a surname written alone as a
family's name was cut.  In the clean snippets a city in a diaspora's
name, a city where a client's grief "belongs", a hospital, a university
in a city's name and a king's centre were replaced by generic words,
and a specific festival date of 2023 was reworded.  Fourteen short
name-and-place snippets were added after the first draft.  Overlap
with the other sets was resolved by renaming only this set's planted
values, with a filter that imported the earlier sets programmatically
(the same checks as test_planted_identifiers_not_in_earlier_sets and
the text-containment check) and printed this set's strings only: 106
values in the first round (mostly places - many of them the famous
towns and cities of the events above, which were replaced by their
state, region or country or cut -, with 17 names, 8 postal codes, a
phone number and a plate; places were lengthened with a quarter, end,
side, block, road or village or given their city as a possessive,
names given a second surname, an English given name or a new surname,
postal codes given a country or state prefix or changed, and the
numbers changed), 7 in the second, 1 in the third (a postal code, given
a country prefix); the last pass found nothing.

Local identifier formats: Aadhaar, Pakistani CNIC, Bangladeshi NID,
Rohingya proGres, Indonesian NIK, Myanmar pink card, Sri Lankan NIC,
Nepali citizenship, Korean RRN, Japanese My Number, Hong Kong HKID,
Kazakh IIN, Malaysian MyKad, Singapore NRIC, Philippine DAFAC,
Afghan tazkira, Iraqi unified card, Iranian codemeli, Turkish TC and
foreigners' YKN, Saudi ID, Emirates ID, Bahraini CPR, Jordanian
national number, Israeli teudat zehut, Egyptian national ID, UNRWA,
UNHCR and IOM numbers, Australian ImmiCard, Mozambican BI, Zimbabwean
ID, South African ID, Ugandan NIN, Ethiopian Fayda, Rwandan ID, Ghana
Card, Nigerian NIN, Kenyan ID, Tunisian CIN, Algerian NIN, Moroccan
CIN, Sierra Leonean NIN and Tanzanian NIDA (ssn); NT health, Victorian
UR, SAMS, KNH, Mbarara, Korean, Tashkent, Cape Town, AIIMS-style UHID,
Singapore NUH, Vaiola, PMGH, Waitematā and Aga Khan files
(medical_record); NZ NHI, ACC, Australian Medicare, BHYT, PhilHealth,
BPJS, Korean NHIS, Taiwanese NHI, SGK, Daman, Clalit, Maccabi, Bonitas,
Ghana NHIS and Kenyan SHA numbers (health_plan); AHPRA, South
Australian, Victorian, New South Wales, NZ, Kerala boat, Sri Lankan,
Khyber Pakhtunkhwa, Telangana, PRC, ROP, SCFHS, HPCSA and KMPDC
licences (licence); PNG, Victorian, Kenyan, Punjab (India), Ugandan,
Sri Lankan, Philippine, Northern Territory, Maharashtra, Dubai, Omani,
Aleppo, Pakistani, Thai and New South Wales plates (vehicle); devices
(insulin pumps, a cochlear processor, a CPAP, hearing aids, a
prosthetic knee, pacemakers, an ankle monitor, an IMEI, a spinal
stimulator, CGMs); payments (FNPF, VNPF, Kiwibank, NBT, EPF, bKash,
ABA, EcoCash, MTN MoMo, M-Pesa, M-PAiSA, Capitec, GTBank, a Jordanian
IBAN); addresses written the local way (New Zealand and Australian
streets and units, Indian house and bazaar, Bangladeshi house, road,
block and sector, Korean daero and gil with ho, Japanese chome
numbering, Hong Kong flat, block and court, Chinese room, building and
lane, Turkish mahalle, sokak, no and daire, Emirati villa and street,
South African section, Nigerian close) with postal codes of those
countries; dates written slashed, dotted, ISO, in words,
weekday-led and in the Hijri calendar; IPv4 and IPv6 addresses, URLs
and phone and fax numbers in local and international formats.

412 snippets, 254 with identifiers and 158 clean (lengths 84-247,
within the test's bounds of 40-520).  Every pattern category appears at
least 13 times (the test requires 12): date 16, age_over_89 15, phone
44, fax 14, email 18, url 13, ip_address 14, ssn 48, medical_record 14,
health_plan 21, account 15, licence 16, vehicle 15, device 14,
street_address 22, zip_code 15; with 262 names and 278 places smaller
than a state (the test requires 262 and 278).  24 of the identifier
snippets hold only names and/or places and nothing else.  Ages over 89
are written in words, with a calendar or a record ("by the church
register", "come NAIDOC week", "by the temple book", "a full hundred by
her baptism card").

Names: Māori (Ngāti Kahungunu, Tūhoe, Te Arawa and Ngāpuhi lines),
Samoan, Tongan, Fijian (iTaukei) and Fiji Indian, Cook Islands,
Niuean, Tuvaluan, i-Kiribati, ni-Vanuatu, Solomon Islander, Papua New
Guinean, Bougainvillean, Warlpiri, Pitjantjatjara, Yolŋu, Tiwi, Torres
Strait Islander, Anglo-Australian and Irish-Australian, Lebanese and
Korean Australian, Native Hawaiian; Malayali, Garhwali, Bhutia, Tamil,
Sindhi, Bengali, Rohingya, Vietnamese (Kinh), Waray and Tagalog,
Maranao, Kaili, Acehnese, Javanese, Balinese, Bamar, Karen, Shan,
Sinhalese, Nepali Dalit and Gurung, Korean, Japanese (family name
first), Hong Kong Cantonese, Taiwanese, Mongolian, Kazakh, Uyghur,
Thai, Khmer, Lao, Malay, Singapore Tamil, Bruneian, Timorese, Pashtun,
Hazara, Kashmiri, Gujarati, Marathi, Punjabi Sikh; Kurdish, Yazidi,
Assyrian, Iraqi Arab, Persian, Turkish, Syrian, Armenian-Syrian,
Palestinian, Hausa, Emirati, Kuwaiti, Omani Baloch, Keralite,
Yemeni, Lebanese Shia, Jordanian, Israeli (Ashkenazi and Mizrahi),
Bedouin, Druze, Coptic, Armenian, Azerbaijani, Georgian; Mozambican,
Shona, Chewa, Zulu, Xhosa, Indian South African, Ganda, Congolese Nande,
Gofa, Tigrayan, Amhara, Rwandan, Burundian, Somali, Kanuri, Hausa,
Yoruba, Igbo, Akan, Berom, Kalenjin, Kikuyu, Kamba, Luo, Giriama,
Luhya, Libyan, Sudanese, Nuer, Cameroonian Anglophone, Luba, Kabyle,
Amazigh, Swazi, Sotho, Bemba, Malagasy, Liberian, Krio and Iraqw
names; lower-case names and places, hyphenated and multi-part names,
names with s/o, binti, Abu, al- and Aït, Korean and Chinese names with
an English given name, honorifics kept outside the spans (Dr, Aunty,
Mama, Daw, Hajiya), and names with diacritics, okina and apostrophes.
Places: quarters, mahallas, sections, extensions, blocks and
subdistricts, villages and their sides and ends, camps and their zones,
wards, barangays, kebeles, douars, sums, kampongs, town camps, marae,
settlements and compounds, estates and buildings, markets, junctions,
halls, churches and schools, suburbs given their city as a possessive,
and places after street addresses and postal codes.

Clean snippets: peer-consultation messages, questions, reading-group
notes, supervision reflections and scheduling chatter, dense with
capitalised words after the first word of each sentence (1121 in 158
snippets, about 7.1 per snippet, counted by the author's script,
acronyms included and the pronoun "I" excluded; 14 have fewer than
four): drug brands and generics with doses and laboratory values,
scales and questionnaires and their local-language versions, therapy
models and their founders, real published authors with years and
books, guidelines, laws, regulators, insurers and professional bodies,
idioms of distress (kufungisisa, ukuthwasa, Hwa-byung, hikikomori,
mathar gorom, murug, bel hevi, khyâl, shenjing shuairuo, cen, juju),
weekdays, months, seasons, religious feasts and fasts (Ramadan, Suhoor,
Iftar, Taraweeh, Eid al-Fitr, Eid al-Adha, Hajj, Ashura, Muharram,
Diwali, Navratri, Durga Puja, Dussehra, Bandi Chhor Divas, Vesak,
Chuseok, Tết, Lunar New Year, Yom Kippur, Sukkot, Simchat Torah,
Passover, Hanukkah, Christmas, Simbang Gabi, Easter, Kwibuka,
Maaveerar Naal, Waitangi Day, Matariki, ANZAC Day), charities,
helplines, apps and products, countries, states, provinces and
regions, nationalities, religions and languages, and no place smaller
than a state or a country's first-level subdivision.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED60_CASES = [
    C("Sikkim GLOF, October 2023, Chungthang's dam colony: Pema Yangchen Bhutia was an NHPC engineer's wife. Address House 14, Lower Singtam Bazaar, 737134. She now won't sleep near the Teesta.", [('place', "Chungthang's dam colony"), ('name', 'Pema Yangchen Bhutia'), ('street_address', 'House 14, Lower Singtam Bazaar'), ('zip_code', '737134')]),
    C("Losaline Fakatava keeps cancelling on Thursdays; her shifts at the Onehunga's Princes Street bakery changed. Should I offer Saturdays?", [('name', 'Losaline Fakatava'), ('place', "Onehunga's Princes Street bakery")]),
    C('Hajj 2015 stampede: Hajiya Fatima Bello Kurfi, Nigerian, lost her husband at Street 204. Phone +234 803 448 1927.', [('name', 'Fatima Bello Kurfi'), ('place', 'Street 204'), ('phone', '+234 803 448 1927')]),
    C("Jedda Nungarrayi Collins from Yuendumu's Northside camp; her cousin called from 0418 337 902 at 4am after the police shooting. Language worker is Warlpiri. Can an outreach psych go out there in May?", [('name', 'Jedda Nungarrayi Collins'), ('place', "Yuendumu's Northside camp"), ('phone', '0418 337 902')]),
    C("Kashmiri client Tabasum Wani, Sopore's Model Town, 2014 floods, then the lockdown. Phone +91 70068 13392. Kashmiri and Urdu.", [('name', 'Tabasum Wani'), ('place', "Sopore's Model Town"), ('phone', '+91 70068 13392')]),
    C('Does anyone use the Bhagavad Gita in therapy with Hindu clients? One asked me to read Chapter 2 with her. I was nervous about scope, but it seemed to help her sit with grief.'),
    C('Anyone used Dialectical Behaviour Therapy skills with Arabic-speaking teens? Marsha Linehan\'s diary cards translated well, but "radical acceptance" was heard as giving up to God. Discussion welcome.'),
    C('Benzodiazepine tapering in the Gulf: many Arab clients arrive on Xanax 2mg daily from private clinics in the UAE or Kuwait. The Ashton Manual tapers via Diazepam. Any Arabic version?'),
    C("Moses Onyango-Ouma's church page https://www.nyalenda-calvary.org/testimonies/moses quotes our session. He's very proud of it.", [('name', 'Moses Onyango-Ouma'), ('url', 'https://www.nyalenda-calvary.org/testimonies/moses')]),
    C('Tuesday and Thursday intake slots are now closed until March. Please send new referrals for Pasifika youth to the Le Va helpline list, and for Māori rangatahi to the Kaupapa Māori service.'),
    C('Sodium Valproate in women of childbearing age: the TGA and MHRA warnings are clear. A Pakistani client on Epilim 500mg bd wants a baby. Switch to Lamotrigine? Her neurologist is on leave until June.'),
    C('The Samoan concept of va (relational space) is central to the Fonofale model by Fuimaono Karl Pulotu-Endemann. I use it in every first session now. It changed how I hold silence.'),
    C("Eastern Turkey quake 2011, Erciş's Kışla Mahallesi: Mehmet Şirin Yıldız was a teacher. He's now in Auburn's Rawson Street shops. Kurdish Kurmanji. Licence NSW licence 19 448 723.", [('place', "Erciş's Kışla Mahallesi"), ('name', 'Mehmet Şirin Yıldız'), ('place', "Auburn's Rawson Street shops"), ('licence', 'NSW licence 19 448 723')]),
    C('Does Mahala Tjungurrayi count as a walk-in? She turned up at the Larapinta Valley town camp with her grandchild and no referral.', [('name', 'Mahala Tjungurrayi'), ('place', 'Larapinta Valley town camp')]),
    C("Question about Buprenorphine (Subutex) in Indonesia: a returning client was on it in Bali and now can't get it in Western Australia without a new assessment. Any AOD clinicians know the fastest route?"),
    C("Rangi Paewai keeps logging into the group from 125.239.6.212, a library in Kawerau's Tarawera Court. Fine for him but the room is shared.", [('name', 'Rangi Paewai'), ('ip_address', '125.239.6.212'), ('place', "Kawerau's Tarawera Court")]),
    C('Anyone seen Ayahuasca retreats advertised to Australian clients in Bali and Peru? A Korean-Australian client came back with new-onset psychosis. Olanzapine 10mg settled it within a week.'),
    C("Cook Islands elder Mama Teina Marsters-Tangitoru, ninety-five by the church register, flew to New Zealand for dialysis and is grieving Arorangi's Betela side from a rest home in Māngere's Favona.", [('name', 'Teina Marsters-Tangitoru'), ('age_over_89', 'ninety-five by the church register'), ('place', "Arorangi's Betela side"), ('place', "Māngere's Favona")]),
    C("Survivor advocate, Declan Hurley-O'Meara, 19 Mair Street East, Ballarat's Soldiers Hill, VIC 3350 - he wants his royal commission private session notes. Anyone dealt with the Commission records office?", [('name', "Declan Hurley-O'Meara"), ('street_address', '19 Mair Street East'), ('place', "Ballarat's Soldiers Hill"), ('zip_code', 'VIC 3350')]),
    C('Not my patch, but a locum asked: the Wingan Inlet camp fire evacuee Bronwyn Ashcroft-Liu wants her file - UR UR 5521970 at the regional hospital. Can it be sent to (03) 5155 8914?', [('place', 'Wingan Inlet camp'), ('name', 'Bronwyn Ashcroft-Liu'), ('medical_record', 'UR 5521970'), ('fax', '(03) 5155 8914')]),
    C("Sreejith Pulikkottil was a fisherman-rescuer in the 2018 Kerala floods at Chengannur's Pandanad ward. He's got a boat licence KL-FB 0442/2017 but now won't take the boat out. Wife reports Olanzapine from a private psychiatrist.", [('name', 'Sreejith Pulikkottil'), ('place', "Chengannur's Pandanad ward"), ('licence', 'KL-FB 0442/2017')]),
    C("Please email the ACC sensitive claims unit - sensitiveclaims.nelson3@acc-fax.govt.nz - that Hineata Wairama (claim ACC 41198-2205) has shifted to 12 Tahunanui Drive, Nelson's Tahuna Hills.", [('email', 'sensitiveclaims.nelson3@acc-fax.govt.nz'), ('name', 'Hineata Wairama'), ('health_plan', 'ACC 41198-2205'), ('street_address', '12 Tahunanui Drive'), ('place', "Nelson's Tahuna Hills")]),
    C("Worried about Chidera Anozie-Ibe. Since the move to Gungahlin's Franklin block he barely leaves his room and his mum says he's stopped praying.", [('name', 'Chidera Anozie-Ibe'), ('place', "Gungahlin's Franklin block")]),
    C("Bangladesh: a client from Sylhet's Companiganj upazila, Rashida Khatun Chowdhury, lost her home in the June 2022 floods. bKash is her sister's bKash 01825-119034.", [('place', "Sylhet's Companiganj upazila"), ('name', 'Rashida Khatun Chowdhury'), ('account', 'bKash 01825-119034')]),
    C("Sandeep Kaur Gill's ex drives a white Swift PB 10 HK 4418; she saw it outside her Papatoetoe's Kolmar Road end flat twice last week. Protection order?", [('name', 'Sandeep Kaur Gill'), ('vehicle', 'PB 10 HK 4418'), ('place', "Papatoetoe's Kolmar Road end")]),
    C("I think Imtiaz Rahman Sheikh is ready to end. He's found work at a print shop in Rockdale's Bay Street strip and laughs about the Escitalopram now.", [('name', 'Imtiaz Rahman Sheikh'), ('place', "Rockdale's Bay Street strip")]),
    C("noor fatima ansari from sadr's mominpura lane - her husband's auto MH 49 AR 4418 is how he follows her. she texts 98230 44182 only at night.", [('name', 'noor fatima ansari'), ('place', "sadr's mominpura lane"), ('vehicle', 'MH 49 AR 4418'), ('phone', '98230 44182')]),
    C('I find the Grief Wheel and Worden\'s Tasks of Mourning clash with Hindu thirteen-day rituals (Terahvi). Clients feel "behind" when the rituals end. Any Indian colleagues with a better model?'),
    C("Cochlear processor Nucleus 8 serial 4418-22907 - Amani Wafula Barasa dropped it in the school latrine and has been cut off from class for a month. School is Bungoma's St. Mary's Sang'alo.", [('device', 'Nucleus 8 serial 4418-22907'), ('name', 'Amani Wafula Barasa'), ('place', "Bungoma's St. Mary's Sang'alo")]),
    C("Kuwait: Sheikha Hamad al-Azmi, Kuwaiti, a hundred and one by her civil ID, in Jahra's Naeem block. Her daughter asks about grief after a grandson's car crash on the Sixth Ring Road.", [('name', 'Sheikha Hamad al-Azmi'), ('age_over_89', 'a hundred and one by her civil ID'), ('place', "Jahra's Naeem block")]),
    C('Quick check on Lithium and Ramadan: a Bangladeshi client on Priadel 800mg wants to fast all thirty days. Level was 0.8 mmol/L in March. Any guidance from the Royal College or NICE?'),
    C("The stolen phone's IMEI is IMEI 35 488210 772914 8; Priyanka Sharma Joshi thinks her ex cloned it. She lives in Dubbo's Delroy Park.", [('device', 'IMEI 35 488210 772914 8'), ('name', 'Priyanka Sharma Joshi'), ('place', "Dubbo's Delroy Park")]),
    C("Rift Valley dam, April 2024: Peter Kamau Ndung'u, Kamuchiri village, lost four relatives. M-Pesa M-Pesa 0711 448 203.", [('name', "Peter Kamau Ndung'u"), ('place', 'Kamuchiri village'), ('account', 'M-Pesa 0711 448 203')]),
    C("A shared CGM FreeStyle Libre 3 sensor 0M00448Z21 - Nadia Rahmani-Popal's mum reads her sugars from Logan's Woodridge station end and comments on them.", [('device', 'FreeStyle Libre 3 sensor 0M00448Z21'), ('name', 'Nadia Rahmani-Popal'), ('place', "Logan's Woodridge station end")]),
    C('Omega-3 as adjunct in perinatal depression: a Malaysian client prefers it to Sertraline. Evidence from Su and colleagues in Taiwan is modest. Dose 1g EPA daily?'),
    C('Clients from Ghana often talk about "juju" when a business fails. A Twi-speaking pastor helped me more than the DSM did. Anyone else co-working with Pentecostal churches?'),
    C("Tanvir Hasan Munshi, House 22, Road 14, Sector 11, Uttara's Abdullahpur end, Dhaka-1230. Stopped his Escitalopram after a Facebook post said it was haram.", [('name', 'Tanvir Hasan Munshi'), ('street_address', 'House 22, Road 14, Sector 11'), ('place', "Uttara's Abdullahpur end"), ('zip_code', 'Dhaka-1230')]),
    C("Burundi refugee Claudine Niyonzima-Irakoze, Nakivale's Base Camp zone, Uganda. UNHCR UNHCR 882-15C04418. Kirundi.", [('name', 'Claudine Niyonzima-Irakoze'), ('place', "Nakivale's Base Camp zone"), ('ssn', 'UNHCR 882-15C04418')]),
    C("Anyone using the Edinburgh Postnatal Depression Scale in Arabic with Iraqi mothers? A score of 12 in February, then 21 in April after her husband's visa was refused by the Department of Home Affairs."),
    C('South Sudan: Nyadak Gatluak Riek, Bentiu PoC Block 22, IOM IOM 441-82207. Nuer only.', [('name', 'Nyadak Gatluak Riek'), ('place', 'Bentiu PoC Block 22'), ('ssn', 'IOM 441-82207')]),
    C("Ukraine PS752 crash, January 2020: Arash Pourghasemi's sister was on board. He's at 88 Tahiti Avenue, Howick's Cockle Bay. Phone 022 514 9903.", [('name', 'Arash Pourghasemi'), ('street_address', '88 Tahiti Avenue'), ('place', "Howick's Cockle Bay"), ('phone', '022 514 9903')]),
    C("Anyone on the Australian Psychological Society's Refugee interest group? They're planning a webinar on Rohingya, Hazara and Yazidi clients for World Refugee Day in June."),
    C("Kapua Mahelona-Kekona met her birth mother at Nānākuli's Haleakalā Avenue park last week. She cried the whole session and asked for more.", [('name', 'Kapua Mahelona-Kekona'), ('place', "Nānākuli's Haleakalā Avenue park")]),
    C("Zoom drop-outs: Sunita Rai-Limbu kept reconnecting from 103.10.29.184 (a cyber café, she says) then 110.44.120.7. She's in a hostel somewhere in Nepal and won't say which. Any safety-planning tips?", [('name', 'Sunita Rai-Limbu'), ('ip_address', '103.10.29.184'), ('ip_address', '110.44.120.7')]),
    C("Has anyone looked at the Wayfinding model from Aotearoa for Pacific youth? I'm comparing it with Fonofale and Te Whare Tapa Whā for a Monday training. Slides due in September."),
    C("Syrian refugee in Zaatari's District 6, Street 12: Fatima Zahra al-Masri, UNHCR UNHCR 672-14C08821. Phone +962 79 418 2273.", [('place', "Zaatari's District 6, Street 12"), ('name', 'Fatima Zahra al-Masri'), ('ssn', 'UNHCR 672-14C08821'), ('phone', '+962 79 418 2273')]),
    C('On stigma: the Chinese word for mental illness (jingshenbing) is heavy. Many Mandarin-speaking clients prefer "xinli wenti" (psychological problems). Do you change your language for them?'),
    C('Topiramate for weight gain on Quetiapine - a Lebanese client on Seroquel 300mg put on 14 kg since June. Endocrine suggests GLP-1 (Ozempic) instead. Who decides here, the psychiatrist or the GP?'),
    C('Letter from the burns unit about Jun Hyeok Seo: hospital no. HN 2217-44832, admitted 2022-10-30. Fax sent from +82 2 790 4418.', [('name', 'Jun Hyeok Seo'), ('medical_record', 'HN 2217-44832'), ('date', '2022-10-30'), ('fax', '+82 2 790 4418')]),
    C("Ghana flood and fire, June 2015: Kwabena Asante-Boateng, Kwame Nkrumah Circle's Goil station. Ghana Card GHA-718234095-3. NHIS NHIS 71928834.", [('name', 'Kwabena Asante-Boateng'), ('place', "Kwame Nkrumah Circle's Goil station"), ('ssn', 'GHA-718234095-3'), ('health_plan', 'NHIS 71928834')]),
    C("DRC: Mbuyi Kalala Tshibanda, Kinshasa's Ngaliema Mont-Ngafula, flood 2022. Email mbuyi.kt.ngaliema@yahoo-cd.fr.", [('name', 'Mbuyi Kalala Tshibanda'), ('place', "Kinshasa's Ngaliema Mont-Ngafula"), ('email', 'mbuyi.kt.ngaliema@yahoo-cd.fr')]),
    C("Uganda landfill collapse, August 2024: Nakato Sarah Ssemanda, Kiteezi's Kasozi village, waste picker. NIN CF88041102LKPA. MTN MoMo MoMo 0772 418 903.", [('name', 'Nakato Sarah Ssemanda'), ('place', "Kiteezi's Kasozi village"), ('ssn', 'CF88041102LKPA'), ('account', 'MoMo 0772 418 903')]),
    C("Saudi nurse Nouf Saad al-Qahtani, Abha's Al-Khalidiya, SCFHS SCFHS 19-RN-0448812. Burnout after the 2019 airport attacks.", [('name', 'Nouf Saad al-Qahtani'), ('place', "Abha's Al-Khalidiya"), ('licence', 'SCFHS 19-RN-0448812')]),
    C("Syria: Hiba Sabbagh-Touma, Aleppo's Sulaymaniyah quarter, Armenian-Syrian, lost her father in a 2016 shelling. Now in Bourj Hammoud's Nor Marash. Email hiba.st.bourj@hotmail-lb.com.", [('name', 'Hiba Sabbagh-Touma'), ('place', "Aleppo's Sulaymaniyah quarter"), ('place', "Bourj Hammoud's Nor Marash"), ('email', 'hiba.st.bourj@hotmail-lb.com')]),
    C("Reading group for January: Judith Herman's Trauma and Recovery (1992) and Bessel van der Kolk's The Body Keeps the Score. I'd like to add Derek Summerfield's critique from the BMJ. Thursday evenings, Zoom."),
    C('Cambodian client Sok Chanthou, Boeung Kak lakeside resettlement, evicted 2010. ABA ABA 002 448 109. Wants Khmer only; flashbacks of bulldozers at night.', [('name', 'Sok Chanthou'), ('place', 'Boeung Kak lakeside resettlement'), ('account', 'ABA 002 448 109')]),
    C("KwaZulu-Natal floods April 2022: Nokuthula Mkhize-Shabalala, Umlazi's Section V, lost her mother and the house at V 1142 Mbhele Road, 4066. SA ID 8812150448083.", [('name', 'Nokuthula Mkhize-Shabalala'), ('place', "Umlazi's Section V"), ('street_address', 'V 1142 Mbhele Road'), ('zip_code', '4066'), ('ssn', '8812150448083')]),
    C('TikTok https://www.tiktok.com/@nour.from.jabalia - Nour Sami Ashour films videos about her family. The comments are vile.', [('url', 'https://www.tiktok.com/@nour.from.jabalia'), ('name', 'Nour Sami Ashour')]),
    C('Do people prefer Sertraline or Escitalopram in Muslim clients who ask about gelatine capsules? Lexapro tablets are fine; some Sertraline generics in Australia come as capsules. Pharmacist checks matter.'),
    C("Does the Kessler K6 work by SMS? We're piloting it with Filipino OFWs in Saudi Arabia and Hong Kong, in Tagalog and Cebuano, on Sundays when most have their day off."),
    C('Curious whether anyone uses Narrative Exposure Therapy (Schauer, Neuner and Elbert) with Sudanese or Eritrean clients in Egypt. The lifeline with stones and flowers works well but the Tigrinya interpreters tire.'),
    C("For Diwali week I've moved groups to Monday and Wednesday. Families in Fiji and Mauritius celebrate on different nights depending on the Hindu calendar, so I'm checking with each client."),
    C('The Lancet 2018 Commission says task-sharing works. Our Rwandan colleagues trained Community Health Workers in Kinyarwanda for IPT-G in 2019; results at twelve months held up on the PHQ-9.'),
    C("I'm a Hindu therapist and a Muslim client asked whether I'm allowed to treat her. We talked about it openly in March. She stayed. Anyone want to talk about interfaith therapeutic alliances?"),
    C("Thai client Somchai Kaewmanee-Srisuk, Songkran bus crash survivor, Chiang Rai's Wiang Phang Kham. Thai ID 3 5704 00128 44 1. Thai plate of the bus 10-4497 Chiang Rai.", [('name', 'Somchai Kaewmanee-Srisuk'), ('place', "Chiang Rai's Wiang Phang Kham"), ('ssn', '3 5704 00128 44 1'), ('vehicle', '10-4497 Chiang Rai')]),
    C("For Yom Kippur I won't book Israeli clients, and for Sukkot many are away. A reminder that Simchat Torah in 2023 fell on the day of the attacks, so many survivors now dread the festival itself."),
    C("Kiribati seasonal worker Tebaua Kaiarake was on a Riverland fruit contract; his employer holds his passport. His learner's licence is SA learner UT83221. Any advice on labour hire exploitation + depression?", [('name', 'Tebaua Kaiarake'), ('licence', 'SA learner UT83221')]),
    C('Ruapehu 2007 eruption, Dome Shelter climber\'s brother: Kahurangi Te Whare, Whakatāne\'s Coastlands Drive end: his pacemaker pacemaker SN RKM208471S keeps "beeping" in his dreams. He asked if the burns unit will ever call him back.', [('place', 'Dome Shelter'), ('name', 'Kahurangi Te Whare'), ('place', "Whakatāne's Coastlands Drive end"), ('device', 'pacemaker SN RKM208471S')]),
    C("Druze family from Majdal Shams' football pitch road: Ghadeer Abu Saleh, whose son died on the pitch in July 2024. Teudat zehut TZ 204883190.", [('place', "Majdal Shams' football pitch road"), ('name', 'Ghadeer Abu Saleh'), ('ssn', 'TZ 204883190')]),
    C("The Heta cyclone took the Alofi South's Tuapa road house in 2004. Sione Tukuitoga-Hipa moved to New Zealand and now works nights; his clinic email is s.tukuitoga.hipa@niuemail.nu.", [('place', "Alofi South's Tuapa road"), ('name', 'Sione Tukuitoga-Hipa'), ('email', 's.tukuitoga.hipa@niuemail.nu')]),
    C('Bongani Sithole-Ndlovu was born 1961-04-17 in Lamontville\'s Mbhele section. He asks whether Mirtazapine will "make him fat". Capitec Capitec 1448822907.', [('name', 'Bongani Sithole-Ndlovu'), ('date', '1961-04-17'), ('place', "Lamontville's Mbhele section"), ('account', 'Capitec 1448822907')]),
    C('Question on EMDR with Ugandan war-affected clients: the Acholi concept of cen (a haunting spirit) came up mid-session. Anyone trained with TPO Uganda on integrating it?'),
    C("mosque survivor from the march 2019 shootings. client yusuf al-haddadi, lives off riccarton's clarence flats, cant go past linwood's avonside end any more. his acc claim is ACC claim 11904482376", [('name', 'yusuf al-haddadi'), ('place', "riccarton's clarence flats"), ('place', "linwood's avonside end"), ('health_plan', 'ACC claim 11904482376')]),
    C("My supervisee Bilal Hussain Qazi is unsure about a dual relationship: his client runs the grocery on Ryde's Blaxland Road corner.", [('name', 'Bilal Hussain Qazi'), ('place', "Ryde's Blaxland Road corner")]),
    C("Malawi: Grace Chimwemwe Mbewe, Mulanje's Likhubula side, Freddy mudslide. Email grace.cm.mulanje@yahoo-mw.com.", [('name', 'Grace Chimwemwe Mbewe'), ('place', "Mulanje's Likhubula side"), ('email', 'grace.cm.mulanje@yahoo-mw.com')]),
    C("Thinking about Ho'oponopono from Hawaii as a family conflict method for a Native Hawaiian client now living in New Zealand. Anyone trained in it through Queen Liliuokalani Trust?"),
    C('Trương Thị Hồng Nhung, Hội An\'s Cẩm Châu ward, lost her son in the 2020 Central Vietnam floods. BHYT card BHYT HC4794917553812. Phone +84 905 218 447. She asked if therapy is "for crazy people".', [('name', 'Trương Thị Hồng Nhung'), ('place', "Hội An's Cẩm Châu ward"), ('health_plan', 'BHYT HC4794917553812'), ('phone', '+84 905 218 447')]),
    C("Prosthetic leg Ottobock Genium SN 4418229 for Ahmad Jamal Hamdan, amputated in 2024; the clinic in Amman's Marka al-Shamaliya is refusing to service it.", [('device', 'Ottobock Genium SN 4418229'), ('name', 'Ahmad Jamal Hamdan'), ('place', "Amman's Marka al-Shamaliya")]),
    C('Jajarkot quake, November 2023: Bishnu Kumari B.K., Nalgad Municipality ward 3, Dalit, 16, lives in a tin shelter. Citizenship Nagarikta 66-01-79-04418. Nepali-speaking counsellors?', [('name', 'Bishnu Kumari B.K.'), ('place', 'Nalgad Municipality ward 3'), ('ssn', 'Nagarikta 66-01-79-04418')]),
    C('Using the Refugee Health Screener-15 (RHS-15) with Afghan women arriving from Pakistan - scores are high, but Burmese and Karen clients score low even when very unwell. Anyone seen the same?'),
    C("Far North Queensland kid, Tayla Mosby-Ah Kee from Yarrabah's Back Beach; her Medicare Medicare 5517 20893 3 is on her aunty's card. Torres Strait Islander and Aboriginal, 15, self-harm since the 2023 Jasper floods.", [('name', 'Tayla Mosby-Ah Kee'), ('place', "Yarrabah's Back Beach"), ('health_plan', 'Medicare 5517 20893 3')]),
    C("Fukushima evacuee Watanabe Kazuko, ninety-four as of the Okuma town register, from Ōkuma's Ottozawa hamlet, now in temporary housing in Iwaki's Chūōdai. My Number My Number 5827 3301 9416.", [('name', 'Watanabe Kazuko'), ('age_over_89', 'ninety-four as of the Okuma town register'), ('place', "Ōkuma's Ottozawa hamlet"), ('place', "Iwaki's Chūōdai"), ('ssn', 'My Number 5827 3301 9416')]),
    C("Cameroon: Ngwa Emmanuel Tabe, Bamenda's Ntarinkon, Anglophone crisis 2018. Phone +237 677 41 82 20. Pidgin.", [('name', 'Ngwa Emmanuel Tabe'), ('place', "Bamenda's Ntarinkon"), ('phone', '+237 677 41 82 20')]),
    C("Hong Kong: Chan Ka-yee, Karen, lived at Flat 12C, Block 3, Wang Fuk Court, Tai Po's Kwong Fuk. Lost her mother in the November 2025 estate fire. HKID HKID Y472918(6).", [('name', 'Chan Ka-yee, Karen'), ('street_address', 'Flat 12C, Block 3, Wang Fuk Court'), ('place', "Tai Po's Kwong Fuk"), ('ssn', 'HKID Y472918(6)')]),
    C("Aranayake landslide 2016, Siripura's lower hamlet: Dilrukshi Herath Bandara lost a twin. Her school counsellor faxed +94 35 224 7761.", [('place', "Siripura's lower hamlet"), ('name', 'Dilrukshi Herath Bandara'), ('fax', '+94 35 224 7761')]),
    C('Reminder that the ISTSS annual meeting is in November and the abstract deadline is in May. The Asia Pacific section is running a panel on climate displacement in Kiribati, Tuvalu and the Marshall Islands.'),
    C("Has anyone read Kenya's Mental Health (Amendment) Act of 2022 closely? I'd like to know how it changes involuntary admission and whether the Penal Code section on attempted suicide still bites. Kenyan colleagues?"),
    C('Cyclone season is from November to April across Vanuatu, Fiji and Tonga. Our Pacific service puts families on standby then. Anyone doing pre-season psychoeducation for children?'),
    C("Eswatini: Sibusiso Dlamini-Vilakati, Manzini's Fairview North, 2021 unrest. Phone +268 7641 8822. siSwati.", [('name', 'Sibusiso Dlamini-Vilakati'), ('place', "Manzini's Fairview North"), ('phone', '+268 7641 8822')]),
    C("Diaspora question: many Eritrean clients won't use the national helplines, fearing the embassy. Anyone know of Tigrinya-speaking lines in Australia or via the Red Cross?"),
    C("Life Esidimeni: Dumisani Khoza's sister died in an NGO in 2016. He's in Soweto's Orlando East. Email dumisani.khoza.orlando@webmail-sa.co.za.", [('name', 'Dumisani Khoza'), ('place', "Soweto's Orlando East"), ('email', 'dumisani.khoza.orlando@webmail-sa.co.za')]),
    C("Ute rego NT CE 44 82 - Darcy Tipiloura was driving home to Wurrumiyanga's Tiwi side when the kangaroo came through the windscreen.", [('vehicle', 'NT CE 44 82'), ('name', 'Darcy Tipiloura'), ('place', "Wurrumiyanga's Tiwi side")]),
    C("Timor-Leste: Maria da Costa Ximenes, Dili's Becora barrio, lost a brother in 1991 at Santa Cruz cemetery's east gate. Now a midwife in the Northern Territory; AHPRA MID0002184409.", [('name', 'Maria da Costa Ximenes'), ('place', "Dili's Becora barrio"), ('place', "Santa Cruz cemetery's east gate"), ('licence', 'MID0002184409')]),
    C("Linktree https://linktr.ee/amaka.heals.lagos - Amaka Obi-Nwosu lists her clinic and her home suburb, Lekki's Agungi. I want to warn her.", [('url', 'https://linktr.ee/amaka.heals.lagos'), ('name', 'Amaka Obi-Nwosu'), ('place', "Lekki's Agungi")]),
    C("Anyone trained in Cognitive Processing Therapy (Resick, Monson, Chard) via the CPT Australia group? The Impact Statement is hard for clients who don't write; oral statements in Arabic worked for me."),
    C("Quick one - zoom link for Wiremu Ngāwhika's whānau hui is https://zoom.us/j/8820461937?pwd=wiremu-hui and the facilitator's backup is +64 27 509 3318.", [('name', 'Wiremu Ngāwhika'), ('url', 'https://zoom.us/j/8820461937?pwd=wiremu-hui'), ('phone', '+64 27 509 3318')]),
    C("Vanuatu, Cyclone Pam, March 2015: Marie-Noëlle Tarisesei lost the family's kava nakamal at Eton village, Efate. VNPF VNPF 00318849. She is now a teacher's aide in Queensland.", [('name', 'Marie-Noëlle Tarisesei'), ('place', 'Eton village, Efate'), ('account', 'VNPF 00318849')]),
    C('Holidays reminder: ANZAC Day falls on a Friday this year, and Easter Monday falls in April. Our Tongan and Samoan churches run long services over Easter; sessions will be thin that week.'),
    C('For the Hajj season, many Indonesian and Malaysian clients travel in June. Those on Clozapine need supply letters in Arabic and English. The Saudi Ministry of Health has a form for carrying medicines.'),
    C("Reading group for June: Let's read Tsitsi Dangarembga's Nervous Conditions (1988). Strong on colonial education and anorexia in Zimbabwe."),
    C("Please use 021 448 3917 for Aperahama Rupene, not the landline. Kaikōura's South Bay after the 2016 quake; he's the one whose crayfish boat went.", [('phone', '021 448 3917'), ('name', 'Aperahama Rupene'), ('place', "Kaikōura's South Bay")]),
    C('Weekly reminder: the Wednesday case conference moves to Thursday this week because of Eid al-Adha. Our Somali, Afghan and Iraqi staff will be off on Friday too.'),
    C('Quetiapine 25mg for sleep is everywhere in Australia. Anyone tapering it in older Vietnamese clients? Several have been on it since the 2010s with no review. Deprescribing guides from NPS MedicineWise help.'),
    C("MRN NUH 2108844X belongs to Tan Mei Ling Jolene; the Singapore team wants our notes faxed to +65 6779 4418. She's moving to Western Australia in June.", [('medical_record', 'NUH 2108844X'), ('name', 'Tan Mei Ling Jolene'), ('fax', '+65 6779 4418')]),
    C('Clinical pearl: Aripiprazole 2mg for hyperprolactinaemia on Risperidone in a Tongan teen girl - prolactin down from 1800 to 600 mIU/L in eight weeks. Paediatrician agreed.'),
    C('Anyone seen the Kenya Psychological Association or KCPA statements on conversion practices? A Kenyan client was sent for "deliverance" in December. Working through it slowly.'),
    C("Turkey: Ayşe Nur Demirtaş, Kadıköy's Caferağa quarter, nightclub attack survivor, New Year's 2017. Address Moda Cad. Şair Nefi Sok. No:9 D:3, 34710.", [('name', 'Ayşe Nur Demirtaş'), ('place', "Kadıköy's Caferağa quarter"), ('street_address', 'Moda Cad. Şair Nefi Sok. No:9 D:3'), ('zip_code', '34710')]),
    C('Nur Aisyah binti Rahmat, a Kampung Baru Sungai Buloh teen in the 2021 Selangor floods. MyKad MyKad 070311-10-4462.', [('name', 'Nur Aisyah binti Rahmat'), ('place', 'Kampung Baru Sungai Buloh'), ('ssn', 'MyKad 070311-10-4462')]),
    C("Armenian client Anahit Grigoryan-Sarkissian, from Stepanakert's Kaghakamech, exodus September 2023, now in Nor Nork's Gai Avenue blocks. Phone +374 94 418 539.", [('name', 'Anahit Grigoryan-Sarkissian'), ('place', "Stepanakert's Kaghakamech"), ('place', "Nor Nork's Gai Avenue blocks"), ('phone', '+374 94 418 539')]),
    C("Bali bombing 2002 survivor Ketut Sudiarta, Kuta's Legian Banjar Pande Mas, worked the Sari Club bar. BPJS BPJS 0001837224491. He's asking about Prazosin for the nightmares.", [('name', 'Ketut Sudiarta'), ('place', "Kuta's Legian Banjar Pande Mas"), ('place', 'Sari Club'), ('health_plan', 'BPJS 0001837224491')]),
    C("Dose check: Fluoxetine 20mg in a 15-year-old in Australia needs a specialist? TGA says it's approved for adolescents with MDD but GPs in Western Australia seem nervous. RANZCP guidance?"),
    C('The PHQ-9 item 9 in Hindi ("khud ko nuksaan") sounds much harsher than in English; several Punjabi and Gujarati clients refuse to answer it. Anyone found a gentler validated wording?'),
    C("Any good podcasts in Arabic on parenting after trauma? I've found Sakina Trust and Muslim Youth Helpline content, both in English. Would love Levantine Arabic audio."),
    C("Does anyone know whether the K10 has been validated in Tok Pisin? Our NGO in Papua New Guinea is using a back-translation from 2019 and the Ministry of Health won't sign off on it."),
    C("Has anyone read Dr Farhad Dalal's work on race and groups? I've been using it with an Indian and South African group; it helped name colourism out loud. Thoughts?"),
    C('Disulfiram vs Naltrexone in a Maori client who drinks on weekends only? Antabuse worries me with his liver. Naltrexone targeted (Sinclair method) might suit. Addictions consult pending on Tuesday.'),
    C('The phrase "my heart is tired" from an Afghan client in Dari ("dil-e man khasta ast") pops up in my notes a lot. It\'s not depression; it\'s exhaustion with longing. Anyone found a better formulation?'),
    C('Fiji Indian client, Sushila Devi Prasad-Naidu, Nausori\'s Koronivia block, ninety-four by her girmit family\'s counting. Her son wants her on Donepezil; she says she is "just tired of the cane".', [('name', 'Sushila Devi Prasad-Naidu'), ('place', "Nausori's Koronivia block"), ('age_over_89', "ninety-four by her girmit family's counting")]),
    C('Gujarat: Hetalben Rathod: the Harni lake boat capsize of January 2024; her son was on the school picnic.', [('name', 'Hetalben Rathod'), ('place', 'Harni lake')]),
    C("The Hikikomori literature (Tamaki Saitō, 1998) is useful for a Japanese student who hasn't left his room since October. His parents in Japan send money every Friday. Any tips on remote family work?"),
    C("Laos dam collapse, Attapeu 2018: Vanh Sengdara from Ban Hinlat, Sanamxay. Her family's cows were swept. Lao-speaking clinician needed.", [('name', 'Vanh Sengdara'), ('place', 'Ban Hinlat, Sanamxay')]),
    C("Intake form for Tevita Halaholo was submitted from 202.43.7.219, which is his uncle's church office, not his phone. He's 16. Do I need fresh consent from him directly?", [('name', 'Tevita Halaholo'), ('ip_address', '202.43.7.219')]),
    C("Instagram instagram.com/blessed.from.kigali.88 - Uwase Diane Umutoni posts about her trauma healing and the genocide memorial. Her mother doesn't know.", [('url', 'instagram.com/blessed.from.kigali.88'), ('name', 'Uwase Diane Umutoni')]),
    C("Reminder: AHPRA registration renewals are due by the end of November; don't forget CPD hours, and the new Psychology Board code of conduct applies from December."),
    C("Does the Hamilton Anxiety Rating Scale work in Farsi? I'm using an Iranian university's validation from the 2000s. Scores seem inflated with somatic items."),
    C("Telehealth log shows Obinna Chukwuemeka-Nnaji joined from 41.58.202.119 while claiming to be at the clinic. His employer VPN, he says. I don't want to accuse him.", [('name', 'Obinna Chukwuemeka-Nnaji'), ('ip_address', '41.58.202.119')]),
    C("Kilifi County: Kadzo Kahindi Baya, Malindi's Chakama ranch edge, her mother starved. Phone +254 733 418 221. Giriama.", [('name', 'Kadzo Kahindi Baya'), ('place', "Malindi's Chakama ranch edge"), ('phone', '+254 733 418 221')]),
    C("mahlet bekele lives at Flat 4, 31 Ballarat Road, footscray's west end, 3012. ethiopian, 22, post-war flashbacks; wants amharic.", [('name', 'mahlet bekele'), ('street_address', 'Flat 4, 31 Ballarat Road'), ('place', "footscray's west end"), ('zip_code', '3012')]),
    C("Has anyone met Oduya Adhiambo Okoth? She says she used to run a women's group at Kibera's Gatwekera village and wants to co-facilitate with me.", [('name', 'Oduya Adhiambo Okoth'), ('place', "Kibera's Gatwekera village")]),
    C("A Filipino Catholic client finds comfort in Simbang Gabi, the nine dawn Masses before Christmas. She asked to skip our December sessions. Fine by me; we'll pick up in January."),
    C("Afghan evacuee Zarghona Noorzai, Kabul's Qala-e-Fathullah, tazkira tazkira 1400-0101-44812. Now in Hamilton's Fairfield suburb. Speaks Pashto and Dari.", [('name', 'Zarghona Noorzai'), ('place', "Kabul's Qala-e-Fathullah"), ('ssn', 'tazkira 1400-0101-44812'), ('place', "Hamilton's Fairfield suburb")]),
    C("Algeria: Lounes Aït Hamouda, Kabyle, Larbaâ Nath Irathen's Tizi Rached road, fires 2021. NIN NIN 109870418822. Kabyle and French.", [('name', 'Lounes Aït Hamouda'), ('place', "Larbaâ Nath Irathen's Tizi Rached road"), ('ssn', 'NIN 109870418822')]),
    C("Palm Sunday 2017: Marina Fawzy Tadros was in the Mar Girgis church in Tanta. She's now in Bankstown's Greenacre. Medicare Medicare 3381 90417 4.", [('name', 'Marina Fawzy Tadros'), ('place', 'Mar Girgis church in Tanta'), ('place', "Bankstown's Greenacre"), ('health_plan', 'Medicare 3381 90417 4')]),
    C("Israeli client Noa Ben-Ami Levinson, Kibbutz Nir Oz's south row, survived 7 October 2023 in a safe room. Teudat zehut TZ 038745219. Clalit Clalit 4471-9920-3. Phone +972 52 448 1183.", [('name', 'Noa Ben-Ami Levinson'), ('place', "Kibbutz Nir Oz's south row"), ('ssn', 'TZ 038745219'), ('health_plan', 'Clalit 4471-9920-3'), ('phone', '+972 52 448 1183')]),
    C("The February 2011 quake - Annabel Foulkes-Ngata was in the CTV building's podium as a student. Now in Sumner's Clifton terraces. She carries a CGM Dexcom G7 transmitter 4TZ8KP. Her anniversary dates are February 22.", [('name', 'Annabel Foulkes-Ngata'), ('place', "CTV building's podium"), ('place', "Sumner's Clifton terraces"), ('device', 'Dexcom G7 transmitter 4TZ8KP')]),
    C("NZ driver licence NZ DL EK448221 v.204 for Huia Tūhoe-Rātana, suspended after a crash on the Rotorua Eastern Arterial. She's asked me to write to NZTA.", [('licence', 'NZ DL EK448221 v.204'), ('name', 'Huia Tūhoe-Rātana'), ('place', 'Rotorua Eastern Arterial')]),
    C('The Somali phrase "murug" is closer to sadness with longing; the PHQ-9 in Somali uses it. A client said "waan murugaysanahay" means more than depression. Any Somali colleagues agree?'),
    C('The Māori Health Authority (Te Aka Whai Ora) was disestablished in 2024. Does anyone know where the kaupapa Māori mental health contracts went? Health New Zealand says "under review".'),
    C("Plateau State: Rifkatu Dalyop Gyang, Barkin Ladi's Heipang, December 2023 attacks. Phone +234 703 418 8821. Berom and Hausa.", [('name', 'Rifkatu Dalyop Gyang'), ('place', "Barkin Ladi's Heipang"), ('phone', '+234 703 418 8821')]),
    C("Tariq Mahmood Awan is convinced the imam at Lidcombe's Joseph Street musalla told his wife about his drinking.", [('name', 'Tariq Mahmood Awan'), ('place', "Lidcombe's Joseph Street musalla")]),
    C("Aegean quake, October 2020: Elif Naz Perinçek, 3, pulled out alive in Bayraklı's Manavkuyu. Mother Seda Perinçek, TC TC 41298733061, lives at Manavkuyu Mah. 232/8 Sok. No:11 D:5, 35533.", [('name', 'Elif Naz Perinçek'), ('place', "Bayraklı's Manavkuyu"), ('name', 'Seda Perinçek'), ('ssn', 'TC 41298733061'), ('street_address', 'Manavkuyu Mah. 232/8 Sok. No:11 D:5'), ('zip_code', '35533')]),
    C("Palu 2018, liquefaction in Petobo's RT 04 lane: Rahmawati Lamadjido. NIK 7271046509870002. She lost three children. Any Bahasa Indonesia therapist doing EMDR?", [('place', "Petobo's RT 04 lane"), ('name', 'Rahmawati Lamadjido'), ('ssn', '7271046509870002')]),
    C("Ngozi Chiamaka Eze's GTBank GTBank 0448229177 was used by her brother to pay the traditional doctor. She's furious and ashamed.", [('name', 'Ngozi Chiamaka Eze'), ('account', 'GTBank 0448229177')]),
    C("Kedarnath 2013, still: Bhagwati Devi Semwal, ninety-three by her own reckoning, lost her husband, a pony-walla, at Rambara's upper ghat. Grandson wants her on a Hindi-language grief group.", [('place', 'Kedarnath'), ('name', 'Bhagwati Devi Semwal'), ('age_over_89', 'ninety-three by her own reckoning'), ('place', "Rambara's upper ghat")]),
    C("Supervision reflection: working with Te Whare Tapa Whā (Mason Durie's model) made me notice how little my CBT formulation said about wairua. Any Pākehā clinicians found good training through Te Pou?"),
    C("Uyghur diaspora in Turkey, Mihray Tursun Abdulla, Zeytinburnu's Yeşiltepe. Her brother was sent to a camp; she won't give a phone. Email mihray.ta.istanbul@protonmail.com only.", [('name', 'Mihray Tursun Abdulla'), ('place', "Zeytinburnu's Yeşiltepe"), ('email', 'mihray.ta.istanbul@protonmail.com')]),
    C("What's the best approach to khat use in Somali and Ethiopian men? Khat is a prohibited import in Australia. The AUDIT doesn't catch it; the ASSIST v3.0 does."),
    C("Samoan family in Ōtara's Ferguson Road end: grandmother Leota Fa'amoana Tuilagi is 93 going by her Mormon baptism papers; she stopped eating after the church vigil. GP fax 09 274 6612.", [('place', "Ōtara's Ferguson Road end"), ('name', "Leota Fa'amoana Tuilagi"), ('age_over_89', '93 going by her Mormon baptism papers'), ('fax', '09 274 6612')]),
    C("Ex-miner's widow, Glenys Pryor-Tait, Blackball's Hilton Street end, still writes to the Pike River families group at glenys.pt.blackball@xtra-mail.co.nz. Ten years on and she still sets his place at Christmas.", [('name', 'Glenys Pryor-Tait'), ('place', "Blackball's Hilton Street end"), ('place', 'Pike River'), ('email', 'glenys.pt.blackball@xtra-mail.co.nz')]),
    C("The Zulu concept of ukuthwasa (a calling to become a sangoma) came up again: a client's family sees her hearing voices as a calling. The psychiatrist sees early psychosis. Thoughts on working with both?"),
    C("Iranian diaspora: Shirin Ebadi-Nouri (not the Nobel laureate) was at the Mahsa protests at Saqqez's Aichi cemetery in 2022. She's in Harris Park's Wigram Street end now.", [('name', 'Shirin Ebadi-Nouri'), ('place', "Saqqez's Aichi cemetery"), ('place', "Harris Park's Wigram Street end")]),
    C("Floods of 2009, Jeddah's Quwaizah district: Abdullah Mansour al-Ghamdi was a teacher whose school bus stalled. Saudi ID Saudi ID 1044827391. Wants a Gulf Arabic speaker.", [('place', "Jeddah's Quwaizah district"), ('name', 'Abdullah Mansour al-Ghamdi'), ('ssn', 'Saudi ID 1044827391')]),
    C('Farida Begum Siddiqui\'s CPAP ResMed AirSense 11 SN 23224418901 is unused; she says it "feels like drowning" since the 2022 floods. She lives in Hyderabad\'s Latifabad Unit 7.', [('name', 'Farida Begum Siddiqui'), ('device', 'ResMed AirSense 11 SN 23224418901'), ('place', "Hyderabad's Latifabad Unit 7")]),
    C("Sindh floods 2022: Ghulam Rasool Jatoi and his wife Naseem Bibi, from Johi's Kachho villages. CNIC CNIC 41204-6673918-5. They've been in a tent school for two years. Sindhi-speaking help?", [('name', 'Ghulam Rasool Jatoi'), ('name', 'Naseem Bibi'), ('place', "Johi's Kachho villages"), ('ssn', 'CNIC 41204-6673918-5')]),
    C('Vikram Suresh Nair posted his Substack https://vikrams-long-walk.substack.com/p/wayanad with my name as his therapist. Is that a boundary issue?', [('name', 'Vikram Suresh Nair'), ('url', 'https://vikrams-long-walk.substack.com/p/wayanad')]),
    C('Does Zopiclone interact with Fluvoxamine? A Japanese client was on Luvox 100mg from a clinic in Japan and is now on Imovane 7.5mg from her GP here. Pharmacist flagged CYP1A2.'),
    C('Any good resources in Bahasa Indonesia on grief for children? I have the UNICEF booklet from the Aceh response and the Save the Children Psychological First Aid for Children manual.'),
    C('Ketamine clinics in Australia: TGA approved Spravato (esketamine) in 2021 and psilocybin and MDMA prescribing from July 2023. Has anyone referred to an Authorised Prescriber yet?'),
    C("Someone at 86.98.177.23 tried six times to reset Noor al-Huda Saeed's password. No location given. She thinks it's her brother.", [('ip_address', '86.98.177.23'), ('name', 'Noor al-Huda Saeed')]),
    C("Burnout chat: after the Gaza war started, many Palestinian-Australian clinicians I know are exhausted. APS and ACA statements didn't help. Anyone set up a peer group? Monday nights suit me."),
    C("Nyiragongo May 2021: Esperance Kahindo Maombi, Goma's Buhene quarter. Phone +243 99 418 2270. Swahili and French.", [('name', 'Esperance Kahindo Maombi'), ('place', "Goma's Buhene quarter"), ('phone', '+243 99 418 2270')]),
    C("Sewol ferry: Kim Seo-yeon Grace's brother was a Danwon High student. She's in Ansan's Gojan 1-dong. NHIS NHIS 5-2203418822. Every April 16 she shuts down. Any Korean-speaking trauma therapists in Australia?", [('name', 'Kim Seo-yeon Grace'), ('place', 'Danwon High'), ('place', "Ansan's Gojan 1-dong"), ('health_plan', 'NHIS 5-2203418822')]),
    C("IP 182.237.14.66 shows up on Pooja Deshmukh-Iyer's booking form; she says her mother-in-law filled it in. Do we treat consent as given?", [('ip_address', '182.237.14.66'), ('name', 'Pooja Deshmukh-Iyer')]),
    C('On Lunar New Year and Chinese grandparents: "face" (mianzi) is big. A Cantonese-speaking grandmother wouldn\'t say "depression" but said her heart was "heavy as a stone" (sam hou zung). Any resources in Cantonese?'),
    C("Reading Ahmed Kathrada's memoir and Nelson Mandela's Long Walk to Freedom with a client who was a political prisoner. Incarceration narratives helped him more than PE did."),
    C("Chibok 2014: Hauwa Ishaya Nkeki escaped the dormitory; Chibok's Government Girls Secondary School. NIN NIN 44182290731. Now studying in Abuja.", [('place', 'Chibok'), ('name', 'Hauwa Ishaya Nkeki'), ('place', "Chibok's Government Girls Secondary School"), ('ssn', 'NIN 44182290731'), ('place', 'Abuja')]),
    C("Morning! Email from Anjali Menon-Fernandes (anjali.mf.counsel@rediffmail.com) asking to switch to evenings. She survived the Garib Nagar fire in Bandra East's railway side, 2017.", [('name', 'Anjali Menon-Fernandes'), ('email', 'anjali.mf.counsel@rediffmail.com'), ('place', 'Garib Nagar'), ('place', "Bandra East's railway side")]),
    C("Cyclone Idai, March 2019: Albertina Chissano Mabote, Buzi's Guara-Guara resettlement, lost her twins in the water. Mozambican BI BI 110204418822M. Portuguese and Ndau.", [('name', 'Albertina Chissano Mabote'), ('place', "Buzi's Guara-Guara resettlement"), ('ssn', 'BI 110204418822M')]),
    C('Had a great consult with a Yolŋu health worker about "gurrutu" (kinship). Our genograms missed half the relations. I\'m using Yolŋu Matha terms now with her permission.'),
    C('Grief in Islam: the \'iddah period (four months and ten days) for widows. A Somali widow said therapy "had to wait" until it ended in March. I respected it and we started in April.'),
    C('Rohingya client, Mohammed Ayaz Hossain, Kutupalong Camp 8W, block C-14; proGres proGres 179-00448213. Was at the 2021 camp fire. MHPSS team contact mhpss.camp8w@ukhiya-ngo.org.', [('name', 'Mohammed Ayaz Hossain'), ('place', 'Kutupalong Camp 8W, block C-14'), ('ssn', 'proGres 179-00448213'), ('email', 'mhpss.camp8w@ukhiya-ngo.org')]),
    C("This is the Lacrosse building in Docklands. Chen Wei-Ling lived on level 13 in 2014 and now can't take a lift. Is the graded approach right at 52?", [('place', 'Lacrosse building in Docklands'), ('name', 'Chen Wei-Ling')]),
    C('Does anyone have the Amharic version of the EPDS? A new mother from Ethiopia scored 16 on the English one, but her English is limited and she said "Yes, most of the time" to everything.'),
    C('YouTube channel youtube.com/@hanahaji-samoa-vlogs - Hana Haji-Lemalu vlogs her grief. She wants to use session material. Ethics?', [('url', 'youtube.com/@hanahaji-samoa-vlogs'), ('name', 'Hana Haji-Lemalu')]),
    C("Shopping-centre stabbing, April 2024 - a security guard colleague of Faraz Qureshi-Lim wants debriefing. Faraz rents at Unit 7/33 Ebley Street, Waverley's Charing Cross, NSW 2024. (Not the guard who died.)", [('name', 'Faraz Qureshi-Lim'), ('street_address', 'Unit 7/33 Ebley Street'), ('place', "Waverley's Charing Cross"), ('zip_code', 'NSW 2024')]),
    C("Nilufar Yasmin Khondoker's clinic fax +880 2 5504 4182 sent her psych report to the wrong NGO. DOB 12 Rabi' al-Awwal 1412 as written by her father.", [('name', 'Nilufar Yasmin Khondoker'), ('fax', '+880 2 5504 4182'), ('date', "12 Rabi' al-Awwal 1412")]),
    C('Spinal stimulator Nevro HFX SN NIPG44182 in Craig Ah-Chee, who hurt his back in the Westgate Bridge traffic. He\'s asking if MRI will "fry" him.', [('device', 'Nevro HFX SN NIPG44182'), ('name', 'Craig Ah-Chee'), ('place', 'Westgate Bridge')]),
    C("Kelera Tuilau-Raikadroka was born 30 November 1958 in Suva's Raiwaqa flats; she wants the date off the group flyer. Her son's M-PAiSA M-PAiSA 9204418 sends her rent.", [('name', 'Kelera Tuilau-Raikadroka'), ('date', '30 November 1958'), ('place', "Suva's Raiwaqa flats"), ('account', 'M-PAiSA 9204418')]),
    C("Sri Lanka tsunami train, Peraliya's railway halt: Kumudini Wickramasinghe was 9 and on the Queen of the Sea. Now 29, in the Western Province. NIC NIC 199578402317.", [('place', "Peraliya's railway halt"), ('name', 'Kumudini Wickramasinghe'), ('ssn', 'NIC 199578402317')]),
    C("Referral from a GP in Marysville's Murchison end: Keely Ahn-Drummond, 41, lost her partner in the Black Saturday fires of February 2009 and still freezes at the smell of smoke. PCL-5 was 58 on Thursday; she is on Sertraline 100mg.", [('place', "Marysville's Murchison end"), ('name', 'Keely Ahn-Drummond')]),
    C("Melatonin 2mg (Circadin) for a Yolŋu teen with insomnia? GP reluctant. I'd rather try CBT-I but the family sleep in one room during the Wet Season and the sleep diary makes no sense."),
    C("I'm reading Arthur Kleinman's Social Origins of Distress and Disease (1986) on neurasthenia in China. Fascinating link to shenjing shuairuo in today's Mandarin-speaking students. Anyone else read it?"),
    C("Oman, Cyclone Shaheen 2021: Salim Khalfan al-Balushi, Suwaiq's Al-Khadra wadi. ROP licence ROP DL 07188432, plate Oman 4418 RK. He drove through the wadi and lost his brother.", [('name', 'Salim Khalfan al-Balushi'), ('place', "Suwaiq's Al-Khadra wadi"), ('licence', 'ROP DL 07188432'), ('vehicle', 'Oman 4418 RK')]),
    C('Question on the DASS-21 with Mongolian clients: Mongolian version exists from the National Center for Mental Health. Anyone in Australia have it?'),
    C("Hearing aids Phonak Audéo serial 2218M44Z - Sione Fusitu'a lost both at the Tafuna village funeral. He's ninety-three and still driving, says his wife.", [('device', 'Phonak Audéo serial 2218M44Z'), ('name', "Sione Fusitu'a"), ('place', 'Tafuna village'), ('age_over_89', 'ninety-three and still driving, says his wife')]),
    C('Platinum belt, August 2012: Mzoxolo Gqirana, rock drill operator, Nkaneng informal settlement. Phone 072 418 8834. Medical aid Bonitas 10448213.', [('name', 'Mzoxolo Gqirana'), ('place', 'Nkaneng informal settlement'), ('phone', '072 418 8834'), ('health_plan', 'Bonitas 10448213')]),
    C('Has anyone used the Kiddie-SADS in Mandarin? Our Chinese families in New South Wales prefer parent-only interviews. The CBCL is easier but feels less thorough.'),
    C("Sierra Leone: Fatmata Binta Kargbo, Wellington's Thunder Hill, tanker fire 2021. NIN NIN SL-41882207.", [('name', 'Fatmata Binta Kargbo'), ('place', "Wellington's Thunder Hill"), ('ssn', 'NIN SL-41882207')]),
    C("aarav mehta - navrangpura's c.g. road, 380009. emailed me from aarav.m.cgroad@outlook-in.com. had his first panic on the metro in december.", [('name', 'aarav mehta'), ('place', "navrangpura's c.g. road"), ('zip_code', '380009'), ('email', 'aarav.m.cgroad@outlook-in.com')]),
    C('Hospital fax: Mutua Kilonzo Musyoka, file KNH-PSY 22/04417, discharged 14/03 on Risperidone 2mg. Fax replies to +254 20 272 6339.', [('name', 'Mutua Kilonzo Musyoka'), ('medical_record', 'KNH-PSY 22/04417'), ('fax', '+254 20 272 6339')]),
    C("Venlafaxine 75mg and Tramadol: serotonin syndrome risk in an elderly Lebanese client who takes both. GP in New South Wales says it's fine at low dose. I'm uneasy."),
    C("HPCSA registration HPCSA PS 0448229: Dr Zanele Mathebula, our supervisee, was assaulted by a client in Mthatha's Ngangelizwe location.", [('licence', 'HPCSA PS 0448229'), ('name', 'Zanele Mathebula'), ('place', "Mthatha's Ngangelizwe location")]),
    C("Ravi Shankar Pillai's file AIMS-UHID 100448821 was faxed from the hospital to +91 484 280 1177; the client says it went to the wrong office.", [('name', 'Ravi Shankar Pillai'), ('medical_record', 'AIMS-UHID 100448821'), ('fax', '+91 484 280 1177')]),
    C("Plate KDJ 418Q - the matatu that hit Esther Wambui Karanja on Thika Road's Roysambu stretch. She's 34, back at work, jumpy in traffic.", [('vehicle', 'KDJ 418Q'), ('name', 'Esther Wambui Karanja'), ('place', "Thika Road's Roysambu stretch")]),
    C("AHPRA query about a supervisee: Rehana Mirzai, registration PSY0002298451, was in the South East Queensland floods in 2011 and has had panic since. Her supervisor is in Ipswich's Goodna riverside.", [('name', 'Rehana Mirzai'), ('licence', 'PSY0002298451'), ('place', "Ipswich's Goodna riverside")]),
    C("Thinking aloud: Kleinman's explanatory model questions fit nicely with the Cultural Formulation Interview in DSM-5-TR. I use the sixteen-item CFI with Hazara clients via a Dari interpreter. Anyone using the supplementary modules?"),
    C("Audit flagged 2001:4479:1e02:ad00::c4 on Thandeka Zungu's record - the logs trace it to her husband's laptop. She's in a DV shelter. Who do I tell first?", [('ip_address', '2001:4479:1e02:ad00::c4'), ('name', 'Thandeka Zungu')]),
    C('Naming our Thursday group: "Kia Kaha" (stay strong) was suggested but some Māori members felt it was overused after the attacks. Anyone have a better te reo Māori name?'),
    C("Lorazepam 1mg prn for panic on flights? A Filipino nurse flying to Saudi Arabia in August asks. I'd rather teach interoceptive exposure but the flight is in six weeks."),
    C("Self-care tip for the group: I've started doing Qigong on Tuesday mornings before clinic. Also reading Thich Nhat Hanh's Peace Is Every Step again. Helps with compassion fatigue in the refugee team."),
    C('Tip: the SDQ has versions in Arabic, Farsi, Dari, Somali, Swahili and Tigrinya on the Youth in Mind site. Parent-report in Dari was very useful with our Afghan families in Victoria.'),
    C('Have you used the Lebanese Arabic version of the Columbia Suicide Severity Rating Scale (C-SSRS)? A colleague in Jordan says the Gulf version reads oddly to Levantine clients.'),
    C('Has anyone adapted Seeking Safety (Lisa Najavits) for Aboriginal men in custody? The Department of Corrective Services in Western Australia is asking for a twelve-week version.'),
    C("School stampede, Feb 2020: Faith Nafula Wanyonyi, Kakamega's Kakamega Primary. Mother Ruth Wanyonyi. Email ruth.wanyonyi.kakamega@gmail-ke.com.", [('name', 'Faith Nafula Wanyonyi'), ('place', "Kakamega's Kakamega Primary"), ('name', 'Ruth Wanyonyi'), ('email', 'ruth.wanyonyi.kakamega@gmail-ke.com')]),
    C("Long post, sorry: I'm finishing a Master's on vicarious trauma in interpreters. Anyone willing to share their organisation's policy (NAATI standards, AUSIT code of ethics)? Happy to anonymise."),
    C("Salote Vea Pulu was seen at the Vaiola hospital's Ward 6 under VH-44182. DOB 5 August 1979. Her daughter in Australia asked us to fax +676 23 200 418 there.", [('name', 'Salote Vea Pulu'), ('place', "Vaiola hospital's Ward 6"), ('medical_record', 'VH-44182'), ('date', '5 August 1979'), ('fax', '+676 23 200 418')]),
    C('Fax to the DHB mental health intake, attn Dr Renwick Palelei: re Lusia Fonoti-Vainikolo, NHI PKT5519, DOB 19/08/1977. Fax back on +64 9 276 4408 please.', [('name', 'Renwick Palelei'), ('name', 'Lusia Fonoti-Vainikolo'), ('health_plan', 'PKT5519'), ('date', '19/08/1977'), ('fax', '+64 9 276 4408')]),
    C("I'm presenting on Islamic Psychology (Malik Badri's The Dilemma of Muslim Psychologists, 1979) at the IAMP conference in Malaysia in August. Any readings on tazkiyat al-nafs I shouldn't miss?"),
    C("Naloxone take-home kits are free in Australia under the Take Home Naloxone program. I'm giving Nyxoid nasal spray to every opioid client. Anyone doing the same in New Zealand via Pharmac?"),
    C("Bama, Borno: Mustapha Lawan Modu, Bama's Shehuri ward, a former CJTF volunteer. NIMC NIN 90418822734. Wants to speak with a man.", [('place', 'Bama'), ('name', 'Mustapha Lawan Modu'), ('place', "Bama's Shehuri ward"), ('ssn', 'NIN 90418822734')]),
    C("fb post by the client's ex - facebook.com/kiri.tapuae.rarotonga/posts/88214 - names the kids and the school, Nikao Side School. client kiri tapuae is furious. how do I handle this in session without it becoming a legal consult?", [('url', 'facebook.com/kiri.tapuae.rarotonga/posts/88214'), ('place', 'Nikao Side School'), ('name', 'kiri tapuae')]),
    C("Referral faxed from Mbarara's Kakoba ward: Kansiime Juliet Atuhaire, MRN MRRH-2024-118427. Fax +256 485 421 773. Post-partum psychosis, now stable on Haloperidol.", [('place', "Mbarara's Kakoba ward"), ('name', 'Kansiime Juliet Atuhaire'), ('medical_record', 'MRRH-2024-118427'), ('fax', '+256 485 421 773')]),
    C("Anyone attended the APS College of Clinical Psychologists conference in October? The keynote on First Nations-led SEWB frameworks (Pat Dudgeon) was the best thing I've heard this year."),
    C('Lisdexamfetamine (Vyvanse) shortages have hit ADHD clients in New Zealand and Australia since May. Some were moved to Dexamfetamine. Any advice for an Indian student in exams?'),
    C("Pregabalin misuse in Nigeria and Ghana is huge. A Ghanaian student is taking Lyrica 300mg bought online. Her GP in Victoria doesn't know. Harm reduction ideas?"),
    C('Practice wifi log: 196.216.88.41 opened the notes of Achieng Otieno Auma three times on a Sunday. Nobody was rostered on. Anyone had a privacy breach like this with the ODPC?', [('ip_address', '196.216.88.41'), ('name', 'Achieng Otieno Auma')]),
    C('Autism assessments in Arabic: the ADOS-2 is only partly validated. The Saudi Autism Society uses it. Anyone use the M-CHAT-R in Arabic with Iraqi families?'),
    C("Marawi siege 2017: Norhana Macabangkit Lucman from Marawi's Banggolo ground zero. Her father was taken; she's in Iligan's Tubod relocation site. IDP family card DAFAC 10-4417-8820.", [('name', 'Norhana Macabangkit Lucman'), ('place', "Marawi's Banggolo ground zero"), ('place', "Iligan's Tubod relocation site"), ('ssn', 'DAFAC 10-4417-8820')]),
    C('Does anyone use the Child PTSD Symptom Scale (CPSS-5) in Ukrainian or Russian? Not our region, I know, but we have a few Ukrainian-Israeli families in Queensland who arrived via Israel.'),
    C("Thinking about moral injury (Jonathan Shay, Brett Litz) in Afghan interpreters who worked for the ADF. The DVA doesn't cover them. Anyone working with the Afghan interpreters' association in Australia?"),
    C("Murambi survivor Jean-Baptiste Habimana, Murambi's technical school hill, now in Kigali's Kimironko. Phone +250 788 418 227.", [('place', 'Murambi'), ('name', 'Jean-Baptiste Habimana'), ('place', "Murambi's technical school hill"), ('place', "Kigali's Kimironko"), ('phone', '+250 788 418 227')]),
    C("Ghana mining-road explosion, January 2022: Akosua Owusu Darko, Apiate's market end. Phone +233 24 418 2297. Twi-speaking counsellor?", [('name', 'Akosua Owusu Darko'), ('place', "Apiate's market end"), ('phone', '+233 24 418 2297')]),
    C('Rawiri Tapsell-Kereama, 17, Flaxmere\'s Omahu Road end, keeps asking whether Gabrielle "was God angry". Whānau want him at Te Aute\'s lower marae, not the DHB. Anyone know a youth worker there?', [('name', 'Rawiri Tapsell-Kereama'), ('place', "Flaxmere's Omahu Road end"), ('place', "Te Aute's lower marae")]),
    C('Sleep hygiene in Ramadan: I suggest a nap after Dhuhr and lights out after Taraweeh, but Suhoor at 4am still breaks the night. Anyone have a better plan for shift-working taxi drivers?'),
    C('Has anyone seen Venlafaxine discontinuation syndrome present as "jinn" in Somali clients? Brain zaps described as something touching the head. Tapering from 150mg over eight weeks helped once explained.'),
    C("Thoughts on Hwa-byung in Korean-Australian women: Min Sung-kil's work describes chest heat and suppressed anger. The DSM-5-TR glossary still lists it. A client in her fifties has all of it."),
    C('I\'m noticing that Bengali clients often frame distress through "tension" (in English) plus "mathar gorom" (head heat). Any Bangladeshi clinicians using a somatic-first approach?'),
    C("Mongolia: Bat-Erdene Gantulga, herder's son from Bayan-Öndör sum's winter camp, his father died in a Dornogovi mine. Phone +976 9911 4782.", [('name', 'Bat-Erdene Gantulga'), ('place', "Bayan-Öndör sum's winter camp"), ('place', 'Dornogovi'), ('phone', '+976 9911 4782')]),
    C("Portal audit: Leilani Kaʻaihue-Tanaka's account was opened from 72.253.118.40 at 03:12 and again from 2606:a000:141c:8e00::3f - she lives alone and says she was asleep. Her ex works in IT.", [('name', 'Leilani Kaʻaihue-Tanaka'), ('ip_address', '72.253.118.40'), ('ip_address', '2606:a000:141c:8e00::3f')]),
    C('Has anyone tried Solution-Focused Brief Therapy (de Shazer and Insoo Kim Berg) with Congolese families? The Miracle Question needed reframing; "if God answered your prayer tonight" landed better.'),
    C("Bahrain migrant worker Joseph Varghese Kallada, Keralite, in Manama's Gudaibiya labour block. CPR CPR 790815447. His passport was kept by the sponsor.", [('name', 'Joseph Varghese Kallada'), ('place', "Manama's Gudaibiya labour block"), ('ssn', 'CPR 790815447')]),
    C("Has the PCL-5 been validated in Hebrew after October 2023? Israeli colleagues at the Israel Trauma Coalition shared a version; I'm not sure of the psychometrics."),
    C('Anyone seen Duloxetine cause urinary retention in older Indian men? Cymbalta 60mg was stopped after ten days. Urologist says BPH was already there.'),
    C("Ghouta, August 2013: Abdulrahman Kaddour, Zamalka's Al-Bahsa quarter, saw his nephews die. Now in Gaziantep's Şahinbey Karataş. Kimlik YKN 99418822051. Arabic, won't do video.", [('place', 'Ghouta'), ('name', 'Abdulrahman Kaddour'), ('place', "Zamalka's Al-Bahsa quarter"), ('place', "Gaziantep's Şahinbey Karataş"), ('ssn', 'YKN 99418822051')]),
    C('Guidance check: the RANZCP clinical practice guideline for mood disorders (2020) and NICE NG222 differ on Quetiapine augmentation. Which are people in New Zealand following?'),
    C("Kavinda Jayasuriya's three-wheeler WP QB-7261 was burned during the 2022 protests. His licence SL DL B4418229 was inside. Sinhala-speaking therapist?", [('name', 'Kavinda Jayasuriya'), ('vehicle', 'WP QB-7261'), ('licence', 'SL DL B4418229')]),
    C("Ethiopian client Meron Tesfaye Alemu, Addis Ababa's Bole Bulbula, raped during the Tigray war while visiting Mekelle's Hawelti. Email meron.ta.bole@yahoo-et.com.", [('name', 'Meron Tesfaye Alemu'), ('place', "Addis Ababa's Bole Bulbula"), ('place', "Mekelle's Hawelti"), ('email', 'meron.ta.bole@yahoo-et.com')]),
    C("Anyone used ketamine-assisted therapy in New Zealand? Medsafe hasn't approved Spravato. Private clinics are prescribing racemic ketamine off-label. Ethical views?"),
    C("Hawke's Bay orchard RSE worker Joel Tabi Tangis (ni-Vanuatu) saw two men drown in the Pākōwhai's Chesterhope loop. Passport held by the contractor; his phone +678 776 4410.", [('name', 'Joel Tabi Tangis'), ('place', "Pākōwhai's Chesterhope loop"), ('phone', '+678 776 4410')]),
    C("Idlib camp client, Khaled Abu Hamdan, Atmeh's olive-grove camp, Section 9. NGO file SAMS-ID 22-0418. Phone +90 531 774 2210. Works as a night guard.", [('name', 'Khaled Abu Hamdan'), ('place', "Atmeh's olive-grove camp, Section 9"), ('medical_record', 'SAMS-ID 22-0418'), ('phone', '+90 531 774 2210')]),
    C('Has anyone done Interpersonal Psychotherapy (IPT) in Uganda with StrongMinds? Their group IPT for depression runs twelve weeks, and they report big drops on the PHQ-9. Curious if it fits Sudanese women too.'),
    C("Does anyone know if the Ubuntu Centre model from South Africa has been written up? It's a peer approach for bereaved mothers; a Xhosa colleague swears by it."),
    C("UAE client Maryam Rashid al-Ketbi, Villa 22, Street 31b, Al Barsha South 2's Arjan side. Emirates ID 784-1990-4418273-1. Daman card Daman 7711-2048-3319. She's been harassed by her ex's Land Cruiser Dubai H 48213.", [('name', 'Maryam Rashid al-Ketbi'), ('street_address', 'Villa 22, Street 31b'), ('place', "Al Barsha South 2's Arjan side"), ('ssn', '784-1990-4418273-1'), ('health_plan', 'Daman 7711-2048-3319'), ('vehicle', 'Dubai H 48213')]),
    C("Lebanon 2024 strikes: Hussein Fadlallah-Moussa, Dahiyeh's Haret Hreik, lost his brother. Email h.fm.counsel@outlook-lb.net.", [('name', 'Hussein Fadlallah-Moussa'), ('place', "Dahiyeh's Haret Hreik"), ('email', 'h.fm.counsel@outlook-lb.net')]),
    C('Instagram https://instagram.com/wajima.asaichi.kitchen was Hayashi Reiko\'s shop page; she keeps it up "for the ones who died". Zoom link https://zoom.us/j/4418229071 for her Japanese-language group.', [('url', 'https://instagram.com/wajima.asaichi.kitchen'), ('name', 'Hayashi Reiko'), ('url', 'https://zoom.us/j/4418229071')]),
    C('CHB records: Renee Kauri-Sandiford, MRN WDHB 4471882, discharged Tuesday 8 April 2025 from the acute unit.', [('name', 'Renee Kauri-Sandiford'), ('medical_record', 'WDHB 4471882'), ('date', 'Tuesday 8 April 2025')]),
    C("For Navratri and Durga Puja in October, Bengali and Gujarati clients will be fasting or dancing Garba most nights. I'm shifting their sessions to mornings. Anyone else seeing higher anxiety around Dussehra?"),
    C("Kurdistan, March 1988: Kafia Hama Salih, ninety-one by the Kurdish calendar, lost seven people in Halabja's Kani Ashqan quarter. Her grandson in Sulaymaniyah's Azadi district translates. Sorani only.", [('name', 'Kafia Hama Salih'), ('age_over_89', 'ninety-one by the Kurdish calendar'), ('place', "Halabja's Kani Ashqan quarter"), ('place', "Sulaymaniyah's Azadi district")]),
    C('Trauma-Focused CBT for kids after Cyclone Gabrielle: the TF-CBT trainers from Aotearoa said PRACTICE components fit fine with whānau but the Trauma Narrative needed to be shared at the end with koro and kuia.'),
    C('Clozapine and Ramadan: missed doses beyond 48 hours need retitration. One Somali client fasts the full month; his psychiatrist moved the dose to Iftar. Any other tips?'),
    C("Question about Chuseok: a Korean international student says she can't face her family over the holiday. She scores 19 on the PHQ-9 and 14 on the GAD-7. Would you encourage her to go home to Korea?"),
    C('Suicide prevention in the Pacific: a Samoan faith leader invited me to speak after Sunday lotu. Has anyone used the Le Va "FLO" programme with church groups?'),
    C('Thinking about Naikan therapy from Japan (Yoshimoto Ishin) for a client who is stuck in resentment towards his father. The three questions might suit him better than CBT. Has anyone used it?'),
    C("Anyone using the Arabic PCL-5 with Syrian clients in Jordan? Scores run high in Ramadan when sleep shifts. I'm also seeing Sertraline 50mg dropped during the fast; GPs say take it at Suhoor but nobody does."),
    C('Southern Ethiopia landslide, July 2024: Alemitu Geta Doyiso, Kencho Shacha Gozdi kebele, lost her husband and children. Fayda Fayda 4418 2290 1173 3. Amharic interpreter.', [('name', 'Alemitu Geta Doyiso'), ('place', 'Kencho Shacha Gozdi kebele'), ('ssn', 'Fayda 4418 2290 1173 3')]),
    C('Ankle monitor SCRAM unit 4418-2291 chafes; Tyrone Walker-Mununggurr, 19, Nhulunbuy\'s Ski Beach road, says it makes him feel "like a dog". Court says wear it till November.', [('device', 'SCRAM unit 4418-2291'), ('name', 'Tyrone Walker-Mununggurr'), ('place', "Nhulunbuy's Ski Beach road")]),
    C("Address for Wang Xiaoming is Room 1804, Building 7, Lane 399 Changle Road, Xuhui's Hunan Road subdistrict, 200031. He moved to Australia in 2019.", [('name', 'Wang Xiaoming'), ('street_address', 'Room 1804, Building 7, Lane 399 Changle Road'), ('place', "Xuhui's Hunan Road subdistrict"), ('zip_code', '200031')]),
    C("Iran bombing, January 2024: Zahra Rostami-Kermani, Kerman's Golzar-e Shohada lane. Codemeli codemeli 2981455026. She was selling flowers near the shrine. Farsi, online only.", [('name', 'Zahra Rostami-Kermani'), ('place', "Kerman's Golzar-e Shohada lane"), ('ssn', 'codemeli 2981455026')]),
    C('The UNHCR mhGAP Humanitarian Intervention Guide is free online and I use the Arabic and French versions. Any Swahili or Kinyarwanda translations around for our Great Lakes clients?'),
    C("For Passover I'll be off from Monday to Wednesday. Also reminding folks that Hanukkah and Christmas overlap this December, so Jewish clients may cancel either week."),
    C("Anyone trained in the Common Elements Treatment Approach (CETA) from Johns Hopkins? It's used in Zambia, Iraq and Thailand with lay counsellors. I'm thinking of it for a Kurdish women's group."),
    C("tamil nadu floods 2015 survivor karthik ramanujam, mudichur's varadharajapuram side, texts at 2am: 98401 77326. still sleeps with a bag packed. any tamil-speaking CBT folks?", [('name', 'karthik ramanujam'), ('place', "mudichur's varadharajapuram side"), ('phone', '98401 77326')]),
    C("Court date moved to Thursday 19 June 2025 for Hemi Tautahi-Brown; he's on bail at 3/18 Waikawa Road, Picton's Waikawa Bay. He wants me to write a letter.", [('date', 'Thursday 19 June 2025'), ('name', 'Hemi Tautahi-Brown'), ('street_address', '3/18 Waikawa Road'), ('place', "Picton's Waikawa Bay")]),
    C("Lindt siege anniversary again. Priya Samarakoon-Blake was a bystander in Martin Place in December 2014; her AHPRA nurse registration is NMW0001842291 and she's worried about fitness to practise. Anyone know the board's line on PTSD?", [('name', 'Priya Samarakoon-Blake'), ('place', 'Martin Place'), ('licence', 'NMW0001842291')]),
    C("North Queensland floods 2019, Jarrah Blanchett, Dad's house at 22 Fairfield Waters Drive, Idalia's river side, 4811. He won't leave the top floor. Anyone done graded exposure with water in a teen?", [('name', 'Jarrah Blanchett'), ('street_address', '22 Fairfield Waters Drive'), ('place', "Idalia's river side"), ('zip_code', '4811')]),
    C("Egyptian student Youssef El-Sherbiny, Heliopolis's Korba, wrote to me at y.elsherbiny.korba@gmail-eg.com about a Ring Road microbus crash. Wants Arabic CBT.", [('name', 'Youssef El-Sherbiny'), ('place', "Heliopolis's Korba"), ('email', 'y.elsherbiny.korba@gmail-eg.com')]),
    C("Noto quake, New Year's Day 2024: Hayashi Tomoko, Wajima's Kawai-machi morning-market lane, lost her shop to fire. Address Kawai-machi 2-chome 14-6, 928-0004. Japanese-speaking counsellor please.", [('name', 'Hayashi Tomoko'), ('place', "Wajima's Kawai-machi morning-market lane"), ('street_address', 'Kawai-machi 2-chome 14-6'), ('zip_code', '928-0004')]),
    C("Typhoon Haiyan 2013: Rowena Dacanay-Bermejo, from Tacloban's San Jose, Barangay 88, was on the shore when the surge came. PhilHealth PhilHealth 19-051144827-3. Waray-speaking counsellor would be ideal.", [('name', 'Rowena Dacanay-Bermejo'), ('place', "Tacloban's San Jose, Barangay 88"), ('health_plan', 'PhilHealth 19-051144827-3')]),
    C("East Java stadium crush, October 2022: Dimas Aditya Pratama, 17, Aremania, Kepanjen's Talangagung. Phone 0812-3361-7740. Tear gas flashbacks. Can a school counsellor hold this?", [('name', 'Dimas Aditya Pratama'), ('place', "Kepanjen's Talangagung"), ('phone', '0812-3361-7740')]),
    C('Mental Health Act in Fiji (2010) vs the Australian Mental Health Acts - anyone worked across both? Involuntary admission thresholds are very different at the national psychiatric hospital.'),
    C("Iraq: Omar Thanoon al-Jubouri, Mosul's Zanjili old city, buried under his house in 2017 for two days. Iraqi unified card Iraqi ID 199211488730. Wants a male therapist.", [('name', 'Omar Thanoon al-Jubouri'), ('place', "Mosul's Zanjili old city"), ('ssn', 'Iraqi ID 199211488730')]),
    C("Libya: Abdelbaset Omar al-Fituri, Misrata's Zawiyat al-Mahjoub, war-injured 2011. Now in Tunis's El Menzah 6. Tunisian residence CIN 08841827.", [('name', 'Abdelbaset Omar al-Fituri'), ('place', "Misrata's Zawiyat al-Mahjoub"), ('place', "Tunis's El Menzah 6"), ('ssn', 'CIN 08841827')]),
    C("For Lunar New Year I've cancelled the Saturday clinic. Vietnamese families call it Tết and many travel back to Vietnam for the whole week, so please don't book anyone until February."),
    C("Book rec: Sindiwe Magona's To My Children's Children. Wonderful on Xhosa grief and migration; I use passages with South African clients."),
    C("Ngārangi Hēnare-Moko painted the fence at Kaitāia's Pukepoto marae as homework. First behavioural activation that's stuck. Small win!", [('name', 'Ngārangi Hēnare-Moko'), ('place', "Kaitāia's Pukepoto marae")]),
    C('Pacemaker ID PM serial PXV884212 - Gladys Ngozi Okafor, a full hundred by her baptism card, asks me every week whether "they can turn it off from England".', [('device', 'PM serial PXV884212'), ('name', 'Gladys Ngozi Okafor'), ('age_over_89', 'a full hundred by her baptism card')]),
    C("Chiang Rai province flood, September 2024: Nang Seng Hom Kham, Shan migrant, Mae Sai's Sai Lom Joi market lane. Works at a noodle stall; her mother is ninety and two by the temple book.", [('name', 'Nang Seng Hom Kham'), ('place', "Mae Sai's Sai Lom Joi market lane"), ('age_over_89', 'ninety and two by the temple book')]),
    C("Mele Fifita-Latu was nursing in New Zealand when Hunga erupted. Her parents at Kanokupolu village lost the house. Kiwibank 38-9017-0482193-01; she's sending all her pay.", [('name', 'Mele Fifita-Latu'), ('place', 'Kanokupolu village'), ('account', '38-9017-0482193-01')]),
    C("July 2021 unrest: Pravesh Govender, Phoenix's Stonebridge, and his neighbour Sipho Bheki Ngcobo of Bhambayi's upper side. Both are now in a dialogue group. Anyone done this kind of work?", [('name', 'Pravesh Govender'), ('place', "Phoenix's Stonebridge"), ('name', 'Sipho Bheki Ngcobo'), ('place', "Bhambayi's upper side")]),
    C("Tanzania: Rehema Juma Mfinanga, Hanang's Katesh town, December 2023 mudslide. NIDA NIDA 19870418-22107-00001-24.", [('name', 'Rehema Juma Mfinanga'), ('place', "Hanang's Katesh town"), ('ssn', 'NIDA 19870418-22107-00001-24')]),
    C('Has anyone compared Prazosin with Doxazosin for trauma nightmares? A client on Prazosin 3mg gets dizzy on standing. The VA/DoD guideline is lukewarm; the Australian Phoenix guidelines say insufficient evidence.'),
    C('Bupropion (Zyban) for smoking in a Turkish client with depression - Wellbutrin is cheap in Turkey, but needs a private script here. Varenicline is on the PBS. Which would you try first?'),
    C('Just finished the Mental Health First Aid course, Aboriginal and Torres Strait Islander version. Facilitated by two Wiradjuri trainers. Highly recommend it if you work in New South Wales or Victoria.'),
    C('Watching the Sri Lankan Tamil diaspora on Maaveerar Naal in November: many clients become very low. I book extra sessions that week and ask about remembrance plans. Anyone else?'),
    C("Bedouin client Salem Abu Mdeighim, Rahat's neighbourhood 28, lost cousins on 7 October. Arabic only. DOB 12.11.1983. Phone +972 54 771 3320.", [('name', 'Salem Abu Mdeighim'), ('place', "Rahat's neighbourhood 28"), ('date', '12.11.1983'), ('phone', '+972 54 771 3320')]),
    C("Liberia: Comfort Kpadeh Tarr, West Point's Jallah Town, Ebola orphan. Phone +231 77 418 2290.", [('name', 'Comfort Kpadeh Tarr'), ('place', "West Point's Jallah Town"), ('phone', '+231 77 418 2290')]),
    C("Somalia, October 2017 truck bomb: Faadumo Cabdi Xasan, Hodan's KM4 junction. Now in Eastleigh's Section III. Phone +254 722 418 905.", [('name', 'Faadumo Cabdi Xasan'), ('place', "Hodan's KM4 junction"), ('place', "Eastleigh's Section III"), ('phone', '+254 722 418 905')]),
    C("The Cultural Formulation Interview doesn't fit Aboriginal clients in the Kimberley region well, I'm told. The Social and Emotional Wellbeing model from Gee, Dudgeon and colleagues works better."),
    C("The Mangakino's Rangatira Drive end whānau: Ngaio Wharerau, 34, lost her brother at the Cave Creek platform collapse. Her insulin pump Tandem t:slim SN 1188042 died in the aftermath. Can't afford new one.", [('place', "Mangakino's Rangatira Drive end"), ('name', 'Ngaio Wharerau'), ('place', 'Cave Creek'), ('device', 'Tandem t:slim SN 1188042')]),
    C("Madagascar: Fanja Rasoanaivo, Antananarivo's Andohatapenaka, 2019 stadium crush at Mahamasina. Phone +261 34 41 822 07.", [('name', 'Fanja Rasoanaivo'), ('place', "Antananarivo's Andohatapenaka"), ('place', 'Mahamasina'), ('phone', '+261 34 41 822 07')]),
    C("Fetu Leiataua-Schwenke asked whether her aunty from Leulumoega's Fasitoo side can join one session. She's nervous about the family hierarchy in the room.", [('name', 'Fetu Leiataua-Schwenke'), ('place', "Leulumoega's Fasitoo side")]),
    C("Chimanimani's Ngangu Extension: Tendai Mlambo-Sithole watched the Idai mudslide take her neighbours. Zim ID 63-1148827 F 44. EcoCash EcoCash 0772 418 339.", [('place', "Chimanimani's Ngangu Extension"), ('name', 'Tendai Mlambo-Sithole'), ('ssn', '63-1148827 F 44'), ('account', 'EcoCash 0772 418 339')]),
    C("Morocco: Khadija Oubella, Imi N'Tala's upper douar, mother of three. CIN CIN JB418822. Tashelhit.", [('name', 'Khadija Oubella'), ('place', "Imi N'Tala's upper douar"), ('ssn', 'CIN JB418822')]),
    C("Telehealth log: Siosaia Maka'afi joined from 121.98.47.203 then from 2407:7000:9a4c:1200::6b an hour later - his wife says it wasn't him the second time. Should I flag this with the practice manager?", [('name', "Siosaia Maka'afi"), ('ip_address', '121.98.47.203'), ('ip_address', '2407:7000:9a4c:1200::6b')]),
    C("Egyptian client Mina Girgis Habib, Coptic, Minya's Al-Aour village; his brothers died in Libya in 2015. National ID 29104152401884. Phone +20 100 448 7713.", [('name', 'Mina Girgis Habib'), ('place', "Minya's Al-Aour village"), ('ssn', '29104152401884'), ('phone', '+20 100 448 7713')]),
    C("Reading Vikram Patel's Where There Is No Psychiatrist (2nd edition, 2018). The chapters on suicide and on alcohol are excellent for our community health workers in Papua New Guinea and Solomon Islands."),
    C("Ayanda Nxumalo-Dube wants her sessions moved from the Ekurhuleni's Tembisa Ext 4 clinic to Zoom after a robbery outside it.", [('name', 'Ayanda Nxumalo-Dube'), ('place', "Ekurhuleni's Tembisa Ext 4")]),
    C("Tamati Hohaia-Rewiti was pulled from the Esk Valley's lower Rissington road silt after Cyclone Gabrielle and now sleeps in his ute. Address for the ACC form is 41 Kōtuku Rise, Eskdale Flats, 4183. Any kaupapa Māori trauma supervisor free in March?", [('name', 'Tamati Hohaia-Rewiti'), ('place', "Esk Valley's lower Rissington road"), ('street_address', '41 Kōtuku Rise'), ('place', 'Eskdale Flats'), ('zip_code', '4183')]),
    C("Has anyone done the Trauma Informed Care training by Blue Knot Foundation? They have a module on refugee trauma in Arabic, Dari and Tamil, and it's free for NGO staff this year."),
    C('Lithium toxicity in heat waves: a client in the Northern Territory hit 1.6 mmol/L in January. Remind clients about fluids and NSAIDs. Ibuprofen from the chemist caused this one.'),
    C('Halloween crowd crush, October 2022: Daniel Park Ji-hoon (family name first) was in the hotel alley. RRN RRN 981214-1728349. He lives at Hannam-daero 27-gil 14, 302-ho, KR 04318.', [('name', 'Daniel Park Ji-hoon'), ('ssn', 'RRN 981214-1728349'), ('street_address', 'Hannam-daero 27-gil 14, 302-ho'), ('zip_code', 'KR 04318')]),
    C('Reminder that Diwali falls in late October or November. Many Sikh clients also mark Bandi Chhor Divas the same day; some Jain clients mark Mahavir Nirvana. Please ask rather than assume.'),
    C("Siddharth Rao Kulkarni-Deshpande, Telangana licence TS 09 2019 0044182. His accident was on the ORR near Gachibowli's Nanakramguda.", [('name', 'Siddharth Rao Kulkarni-Deshpande'), ('licence', 'TS 09 2019 0044182'), ('place', "Gachibowli's Nanakramguda")]),
    C("Discharge note, Aziza Nurmatova, case TCCH-4418-2023, admitted 14 September 2023. She's Uzbek-speaking; family in Chilonzor's 9th kvartal.", [('name', 'Aziza Nurmatova'), ('medical_record', 'TCCH-4418-2023'), ('date', '14 September 2023'), ('place', "Chilonzor's 9th kvartal")]),
    C("Nineveh wedding fire, September 2023: Rita Behnam Matti was the bride's cousin; Bakhdida's Al-Haytham hall. Phone +964 750 418 2293. Syriac and Arabic.", [('name', 'Rita Behnam Matti'), ('place', "Bakhdida's Al-Haytham hall"), ('phone', '+964 750 418 2293')]),
    C("Stolen Generations: Aunty Doreen Kanytji Wiltshire, ninety-one come NAIDOC week, taken to Colebrook Home as a girl. She's in Quorn's railway cottages now. Link-Up SA is involved.", [('name', 'Doreen Kanytji Wiltshire'), ('age_over_89', 'ninety-one come NAIDOC week'), ('place', 'Colebrook Home'), ('place', "Quorn's railway cottages")]),
    C("Northern Gaza: Mahmoud Salem Hasanein lost a leg; prosthetic Össur Pro-Flex knee SN 4471-88219. He's in Qatar now. Phone +974 3318 4470.", [('name', 'Mahmoud Salem Hasanein'), ('device', 'Össur Pro-Flex knee SN 4471-88219'), ('phone', '+974 3318 4470')]),
    C('Ozempic shortages hit our Clozapine clients in Australia this year. Endocrinology suggested Metformin XR 1g and dietitian review. Anyone else had Semaglutide stop mid-course because of PBS supply?'),
    C("Manus Island detainee resettled in Dandenong's Ross Reserve side: Behrouz Kiani-Sadr (no relation to the writer). Medicare Medicare 2953 71864 1. His interpreter is Kurdish Sorani and only free Tuesdays.", [('place', "Dandenong's Ross Reserve side"), ('name', 'Behrouz Kiani-Sadr'), ('health_plan', 'Medicare 2953 71864 1')]),
    C('For Christmas the clinic closes on the Friday before and reopens in the second week of January. Please send crisis plans for Tongan, Fijian and Samoan youth to Lifeline and Healthdirect.'),
    C("KMPDC licence KMPDC A4418 - Dr Joseph Omondi Odhiambo wants peer support after a patient died at Kisumu's Nyalenda.", [('licence', 'KMPDC A4418'), ('name', 'Joseph Omondi Odhiambo'), ('place', "Kisumu's Nyalenda")]),
    C("Port Arthur survivor, Lorraine Haddow, now ninety-two this Anzac Day, lives alone at Nubeena's Parsonage Point. GP wants a review of her Temazepam. She still won't go near the Broad Arrow café ruins.", [('place', 'Port Arthur'), ('name', 'Lorraine Haddow'), ('age_over_89', 'ninety-two this Anzac Day'), ('place', "Nubeena's Parsonage Point"), ('place', 'Broad Arrow café')]),
    C('Hyun-woo Jeong Bae wants sessions walking by the Suwon Hwaseong wall path when he visits home in July. Therapy abroad - any insurance issues?', [('name', 'Hyun-woo Jeong Bae'), ('place', 'Suwon Hwaseong wall path')]),
    C('The Friendship Bench model (Dixon Chibanda, Zimbabwe) is being trialled in Malawi and Kenya. Has anyone done the PST training? Interested in how the Shona concept kufungisisa translates into Chichewa.'),
    C('Vicarious trauma check-in: this Friday, 5pm, Microsoft Teams. Topic is the Sudan war and how our Sudanese colleagues are coping. Bring tea.'),
    C('rushed: lagi tuimavave at 17 kauri road, mangere bridge village, NZ 2022. grandmother ninety-seven on the family bible. needs samoan-speaking grief support this week pls', [('name', 'lagi tuimavave'), ('street_address', '17 kauri road'), ('place', 'mangere bridge village'), ('zip_code', 'NZ 2022'), ('age_over_89', 'ninety-seven on the family bible')]),
    C('Paroxetine in pregnancy: an Iranian client on Seroxat 20mg is twelve weeks pregnant. Her obstetrician wants to switch to Sertraline. TGA category D for Paroxetine. Any perinatal psychiatrists in the group?'),
    C("Lebanese-Australian client, Jamil Toubia, Punchbowl's Wiley Park end, has mosque friends who were at the 2005 Cronulla riots. His dad's licence plate DRT 41K was photographed and posted online.", [('name', 'Jamil Toubia'), ('place', "Punchbowl's Wiley Park end"), ('place', 'Cronulla'), ('vehicle', 'DRT 41K')]),
    C('Anyone seen the Lancet Psychiatry paper on conflict-affected populations (Charlson et al., 2019)? It estimated 22% prevalence of mental disorders in conflict settings. I use it in training for Yemeni clinics.'),
    C("Jeepney NYG 4418 crashed with Marites Alcantara-Dizon aboard on the EDSA flyover. PRC nurse licence PRC RN 0844182. She's worried about her board status.", [('vehicle', 'NYG 4418'), ('name', 'Marites Alcantara-Dizon'), ('place', 'EDSA flyover'), ('licence', 'PRC RN 0844182')]),
    C("Jordanian client Lina Fayez al-Majali, Karak's castle quarter, 2016 castle attack. National no. 9871022481. JD bank IBAN JO71 ARAB 1180 0000 0011 8022 4419 00.", [('name', 'Lina Fayez al-Majali'), ('place', "Karak's castle quarter"), ('ssn', '9871022481'), ('account', 'IBAN JO71 ARAB 1180 0000 0011 8022 4419 00')]),
    C("Tazreen fire 2012, Ashulia's Nischintapur: Sabina Yasmin Rupa jumped from the third floor. Damaged hip; disability allowance account bKash 01719-448803. Still gets Tramadol from a pharmacy.", [('place', 'Tazreen'), ('place', "Ashulia's Nischintapur"), ('name', 'Sabina Yasmin Rupa'), ('account', 'bKash 01719-448803')]),
    C("Meeriyabedda landslide 2014: Sivakumar Murugesu, estate worker from Koslanda's Meeriyabedda lines. Plantation PF EPF 07-338182. Tamil-speaking please.", [('name', 'Sivakumar Murugesu'), ('place', "Koslanda's Meeriyabedda lines"), ('account', 'EPF 07-338182')]),
    C("Anyone working with Clozapine in rural Queensland? FBC monitoring needs a pathology collection every week for eighteen weeks and the Royal Flying Doctor Service can't always do it."),
    C("Azerbaijani client Elvin Mammadov, Ganja's Mukhtar district, October 2020 missile strike. Email elvin.m.ganja@mail-az.com. Russian and Azerbaijani.", [('name', 'Elvin Mammadov'), ('place', "Ganja's Mukhtar district"), ('email', 'elvin.m.ganja@mail-az.com')]),
    C("Arohanui Poutama's GoFundMe https://gofundme.com/f/aroha-rebuild-after-gabrielle names her kids. She's now getting messages from strangers.", [('name', 'Arohanui Poutama'), ('url', 'https://gofundme.com/f/aroha-rebuild-after-gabrielle')]),
    C('Is there a Tok Pisin word for depression? A PNG client says "bel hevi" (heavy belly). I\'ve started using it in session and he laughed and said "yes, that\'s it".'),
    C('Hospital record PMGH 04418/23 for Gabriel Kaupa Temu, admitted after the Gordons market fight. DOB 22-02-1994.', [('medical_record', 'PMGH 04418/23'), ('name', 'Gabriel Kaupa Temu'), ('place', 'Gordons market'), ('date', '22-02-1994')]),
    C('Silly question: when a Japanese client bows and says "yoroshiku onegaishimasu" at the end of a session, do you bow back? I\'ve done so since March but still feel clumsy.'),
    C("EMDR across Arabic interpreters: I've had good sessions with bilateral tapping and a Lebanese interpreter, but saccades make some Gulf clients dizzy. Any EMDRIA or EMDR Europe guidance on interpreted sessions?"),
    C("Ahmad Wali Sharifi, Hazara, evacuated from Afghanistan in August 2021, now in Shepparton's Mooroopna side. Medicare Medicare 4471 88320 1.", [('name', 'Ahmad Wali Sharifi'), ('place', "Shepparton's Mooroopna side"), ('health_plan', 'Medicare 4471 88320 1')]),
    C("Anniversary: Imelda Sabado Taburaza marks 8 November 2013 every year, the day of the surge. She's now in Palo's Barangay Guindapunan.", [('name', 'Imelda Sabado Taburaza'), ('date', '8 November 2013'), ('place', "Palo's Barangay Guindapunan")]),
    C("Zambia: Mwansa Chilufya Mulenga, Kanyama compound's Lumumba side, cholera 2024. Phone +260 977 418 822.", [('name', 'Mwansa Chilufya Mulenga'), ('place', "Kanyama compound's Lumumba side"), ('phone', '+260 977 418 822')]),
    C("Somaliland: Hodan Axmed Yuusuf, Hargeisa's Jigjiga Yar quarter, market fire 2022. Email hodan.ay.jigjigayar@gmail-so.com.", [('name', 'Hodan Axmed Yuusuf'), ('place', "Hargeisa's Jigjiga Yar quarter"), ('email', 'hodan.ay.jigjigayar@gmail-so.com')]),
    C('brunei client, awang hj mahmud, kampong ayer\'s tamoi tengah, flood 2009, "keeps hearing the water under the house". phone +673 871 4402', [('name', 'awang hj mahmud'), ('place', "kampong ayer's tamoi tengah"), ('phone', '+673 871 4402')]),
    C('Has anyone worked with Buddhist clients during Vesak in May? A Sri Lankan Sinhala client wanted to light lamps and observe sil on the full moon; we met on Zoom the next day instead.'),
    C('Fax from the Aga Khan team: Zainab Karim Ladha, file AKUH 883-41-22, DOB 09/11/1961; fax +92 21 3493 4418.', [('name', 'Zainab Karim Ladha'), ('medical_record', 'AKUH 883-41-22'), ('date', '09/11/1961'), ('fax', '+92 21 3493 4418')]),
    C("Any experience with Lamotrigine and Stevens-Johnson syndrome in Han Chinese and Thai clients with HLA-B*1502? The TGA label mentions Carbamazepine, not Lamotrigine. I'm titrating slowly anyway."),
    C('Hepatitis B and antidepressants: many Chinese and Vietnamese clients are carriers. Any liver concerns with Agomelatine (Valdoxan)? LFTs at baseline and at three, six, twelve and twenty-four weeks, right?'),
    C("Weekend thought: Frantz Fanon's The Wretched of the Earth has a chapter on colonial war and mental disorders from his work in Algeria. Still relevant for our Sudanese clients. Anyone on a Fanon reading group?"),
    C("Ethiopian Airlines 302, March 2019: Tsion Girma Bekele's brother was the purser. She's in Bishoftu's Kebele 08. Phone +251 911 418 228.", [('name', 'Tsion Girma Bekele'), ('place', "Bishoftu's Kebele 08"), ('phone', '+251 911 418 228')]),
    C('The Ethiopian Orthodox fasting calendar (Tsome Nebiyat, Hudade, Tsome Dihnet on Wednesdays and Fridays) affects medication timing. Anyone have a simple chart in Amharic?'),
    C("Pakistani driver Imran Khan Yousafzai (no relation), Swat's Bahrain bazaar, flood 2022. KP licence KP DL 17-04-88213 and plate LES 7284. He drove families out in his Suzuki.", [('name', 'Imran Khan Yousafzai'), ('place', "Swat's Bahrain bazaar"), ('licence', 'KP DL 17-04-88213'), ('vehicle', 'LES 7284')]),
    C("Tasman District: Oliver Sefo-Bracken, Vic plate 1RK 4ZP, crashed into the Motueka River bridge rail during the August 2022 floods. He's on a Victorian licence, so who does the fitness-to-drive report?", [('name', 'Oliver Sefo-Bracken'), ('vehicle', '1RK 4ZP'), ('place', 'Motueka River bridge')]),
    C("Naomi Tjapaltjarri-Evans's case file from Papunya's west camp: clinic record NTG-HR 0177391. Her cousin wants to be present at the Zoom. Any cultural guidance on family presence in Central Australia?", [('name', 'Naomi Tjapaltjarri-Evans'), ('place', "Papunya's west camp"), ('medical_record', 'NTG-HR 0177391')]),
    C("Writing a piece on Sufi practices and grief: dhikr circles in Senegal, the Murid brotherhood's diaspora, and Rumi's Masnavi in Farsi. Anyone know Sufi clinicians willing to be interviewed?"),
    C("Solomons client: Ezekiel Hou'ofa, displaced from Chinatown Honiara's Point Cruz block in the November 2021 riots. He now lives in White River's Tasahe ridge. Phone +677 749 2281.", [('name', "Ezekiel Hou'ofa"), ('place', "Chinatown Honiara's Point Cruz block"), ('place', "White River's Tasahe ridge"), ('phone', '+677 749 2281')]),
    C('Nauru regional processing client, Shamsul Alam Bhuiyan, now on a bridging visa in Blacktown\'s Lalor Park shops end. ImmiCard ImmiCard TXK447129. He says the fence at RPC3 "is still in my bed".', [('name', 'Shamsul Alam Bhuiyan'), ('place', "Blacktown's Lalor Park shops end"), ('ssn', 'ImmiCard TXK447129')]),
    C('Joshimath subsidence: the family, Kusum Negi-Rawat and her son Pratap Singh Negi, from Sunil village above Joshimath, were moved to a relief camp. Phone +91 94120 58837. Garhwali and Hindi.', [('name', 'Kusum Negi-Rawat'), ('name', 'Pratap Singh Negi'), ('place', 'Sunil village above Joshimath'), ('phone', '+91 94120 58837')]),
    C("Trying to get a Kinyarwanda-speaking counsellor for Kwibuka commemorations in April. The survivors' association Ibuka has ties with AVEGA. Anyone know a contact?"),
    C("Research note: the WHO's Problem Management Plus (PM+) trial in Pakistan and Kenya showed gains at three months. Our Jordanian colleagues adapted Group PM+ for Syrian women. Worth a look for our Friday group."),
    C("Bridie Nankervis runs a survivor network from Kinglake's Pheasant Creek - her site https://kinglake-after-the-fire.org.au/stories has client names in it. I'm worried about consent.", [('name', 'Bridie Nankervis'), ('place', "Kinglake's Pheasant Creek"), ('url', 'https://kinglake-after-the-fire.org.au/stories')]),
    C("Fax from a private clinic in Rondebosch's Belmont Road: Chanel Adams-Petersen, folder MC 0448219, fax 021 685 4417.", [('place', "Rondebosch's Belmont Road"), ('name', 'Chanel Adams-Petersen'), ('medical_record', 'MC 0448219'), ('fax', '021 685 4417')]),
    C("kenji morioka joined from 2400:4050:8a2:9e00::15 and then a second tab from another city. He's the client who says his father tracks him.", [('name', 'kenji morioka'), ('ip_address', '2400:4050:8a2:9e00::15')]),
    C("Wen-Jie Koh Sze is back from caring for her father in Ipoh's Canning Garden. Grief plus anger at her brothers.", [('name', 'Wen-Jie Koh Sze'), ('place', "Ipoh's Canning Garden")]),
    C("Sudan: Amna Eltayeb Abdelrahman, Omdurman's Abu Rouf, fled in 2023 to Aswan's Nasr City. Phone +20 112 418 8827.", [('name', 'Amna Eltayeb Abdelrahman'), ('place', "Omdurman's Abu Rouf"), ('place', "Aswan's Nasr City"), ('phone', '+20 112 418 8827')]),
    C('Has anyone used the Harvard Trauma Questionnaire Khmer version with older Cambodian clients? It feels long. The HSCL-25 in Khmer is shorter but the somatic items overlap with Dengue recovery.'),
    C("Aceh 2004: Teuku Zulfikar Abdullah, Lampulo's fish port quarter, 91 according to the Kemenag record, keeps asking for his wife. His granddaughter emailed cut.nyak.zulfi@gmail-aceh.id.", [('name', 'Teuku Zulfikar Abdullah'), ('place', "Lampulo's fish port quarter"), ('age_over_89', '91 according to the Kemenag record'), ('email', 'cut.nyak.zulfi@gmail-aceh.id')]),
    C("Has anyone been to the MHiN conference in Africa? Last year's was good on task-sharing in Ethiopia, Nigeria and Ghana. The Lancet Commission on Global Mental Health was discussed a lot."),
    C("A reminder that Waitangi Day falls in February and many Māori clients are at marae events; please don't book group that week. Matariki in June or July is also a public holiday now."),
    C("Elazığ 2020: Gülizar Aksoy from Sivrice's Çevrimtaş village. SGK SGK 84421093318. Her village house is gone; she sleeps in a container.", [('name', 'Gülizar Aksoy'), ('place', "Sivrice's Çevrimtaş village"), ('health_plan', 'SGK 84421093318')]),
    C("Gaza: Yasmin Abu Shamala, from Rafah's Tel al-Sultan, evacuated to Egypt and now in Heliopolis's Almaza. UNRWA UNRWA 9-1144-3082. Her kids' school there no longer exists - her words.", [('name', 'Yasmin Abu Shamala'), ('place', "Rafah's Tel al-Sultan"), ('place', "Heliopolis's Almaza"), ('ssn', 'UNRWA 9-1144-3082')]),
    C("Georgian client Nino Tsiklauri-Beridze, Shovi's resort valley, August 2023 mudflow; her brother was a tour guide. Lives in Tbilisi's Vake.", [('name', 'Nino Tsiklauri-Beridze'), ('place', "Shovi's resort valley"), ('place', "Tbilisi's Vake")]),
    C("Does anyone use the WHO-5 Wellbeing Index in Samoan or Tongan? Pacific clinicians at Le Va have versions. It's short and fits nicely before a talanoa session."),
    C("Nargis 2008: Daw Khin Myo Aye, Bogale's Kadonkani village tract, lost eleven people. Now in Mae Sot's Hua Fai market side, Thailand. Pink card 0-6399-88412-33-7.", [('name', 'Khin Myo Aye'), ('place', "Bogale's Kadonkani village tract"), ('place', "Mae Sot's Hua Fai market side"), ('ssn', '0-6399-88412-33-7')]),
    C("Yemen: Amat al-Rahman Hizam, Taiz's al-Jahmaliya, sniper wound 2016. Now in Djibouti's Balbala. Phone +253 77 41 88 02.", [('name', 'Amat al-Rahman Hizam'), ('place', "Taiz's al-Jahmaliya"), ('place', "Djibouti's Balbala"), ('phone', '+253 77 41 88 02')]),
    C("Hazelwood mine fire 2014: Shane Pitkethly from Morwell's Collins Street end says his lungs are fine but his head isn't. Vic licence VIC licence 088 417 265 suspended after a panic on the freeway.", [('place', 'Hazelwood'), ('name', 'Shane Pitkethly'), ('place', "Morwell's Collins Street end"), ('licence', 'VIC licence 088 417 265')]),
    C("Free State tailings dam, September 2022: Ayabonga Mdleleni's grandmother was swept from Charlesville's lower street. He is 17 and has stopped going to school.", [('name', 'Ayabonga Mdleleni'), ('place', "Charlesville's lower street")]),
    C("The Bhutanese refugee community in Australia has high suicide rates; the Nepali-speaking Lhotshampa men particularly. Anyone involved with Headspace's multicultural programme or Beyond Blue's work there?"),
    C("Afrin displaced, Rojda Heseni, Shehba's Fafin camp, Kurdish. Phone +963 944 118 207. Her brother's car Aleppo 884412 was shelled.", [('name', 'Rojda Heseni'), ('place', "Shehba's Fafin camp"), ('phone', '+963 944 118 207'), ('vehicle', 'Aleppo 884412')]),
    C("Dapchi, February 2018: Fatima Bukar Gremah, Dapchi's GGSTC hostel. Phone +234 806 418 2271. Kanuri and Hausa.", [('place', 'Dapchi'), ('name', 'Fatima Bukar Gremah'), ('place', "Dapchi's GGSTC hostel"), ('phone', '+234 806 418 2271')]),
    C("Qatar: Bal Bahadur Gurung, Nepali, worked on a stadium; Al Wakrah's Barwa labour city. He's back in Nepal now, in Syangja's Putalibazar ward 7.", [('name', 'Bal Bahadur Gurung'), ('place', "Al Wakrah's Barwa labour city"), ('place', "Syangja's Putalibazar ward 7")]),
    C('Group idea for Eid al-Fitr: a Sunday family session with sweets from Pakistan, Afghanistan and Somalia. Kids draw their Eid, parents talk about Eid back home. Worked well in April.'),
    C("Lomaiviti family after Cyclone Winston: Ratu Josaia Vakaloloma and his niece Adi Litia Naivalu from Nacamaki village, now in Lautoka's Natokowaqa settlement. FNPF member FNPF 2041183955 for the relief withdrawal.", [('name', 'Ratu Josaia Vakaloloma'), ('name', 'Adi Litia Naivalu'), ('place', 'Nacamaki village'), ('place', "Lautoka's Natokowaqa settlement"), ('account', 'FNPF 2041183955')]),
    C('Working with interpreters on Saturdays: TIS National charges more on weekends. Is anyone funded by Medicare for interpreters in private practice, or is it always the Free Interpreting Service?'),
    C("Tower collapse, November 2021: Olumide Adebayo-Ogunleye lost his cousin, the developer's site engineer. Gerrard Road site. Address 14 Bourdillon Close, Ikoyi's Old Ikoyi.", [('name', 'Olumide Adebayo-Ogunleye'), ('place', 'Gerrard Road site'), ('street_address', '14 Bourdillon Close'), ('place', "Ikoyi's Old Ikoyi")]),
    C("Survivor of the Rana Plaza building: Shila Akter Munni, worked on the sixth floor. Lives at House 41, Road 3, Block B, Savar's Bank Colony. Her NID is NID 1994 2611 4480 217. Reports flashbacks every April.", [('place', 'Rana Plaza building'), ('name', 'Shila Akter Munni'), ('street_address', 'House 41, Road 3, Block B'), ('place', "Savar's Bank Colony"), ('ssn', 'NID 1994 2611 4480 217')]),
    C('Is the ACE questionnaire valid in Nigeria? The Yoruba version seems to miss polygamous households and fostering. The WHO ACE-IQ might be better. Thoughts from West African colleagues?'),
    C("Does anyone have contacts at Lifeline Australia's 13YARN service for Aboriginal and Torres Strait Islander callers? A client wants to volunteer there. She's Gamilaraay and lives in New South Wales."),
    C("Tuvaluan family moving under the Falepili Union: Tafaoga Laupepa and her daughter Fenua Seluka, from Funafuti's Vaiaku lagoon side. Bank: NBT 0014-7732-19. Anyone know a Tuvaluan-speaking counsellor?", [('name', 'Tafaoga Laupepa'), ('name', 'Fenua Seluka'), ('place', "Funafuti's Vaiaku lagoon side"), ('account', 'NBT 0014-7732-19')]),
    C('Has anyone done Acceptance and Commitment Therapy (Steven Hayes) in Korean? The hexaflex translates, but "defusion" had no easy word. The Korean Association of ACT has a workbook, I hear.'),
    C('Naltrexone vs Acamprosate for Aboriginal clients in the Northern Territory: the Alcohol Mandatory Treatment Act was repealed in 2018. Any data on engagement since? Also, the AUDIT-C seems to underestimate binge use.'),
    C('Mirtazapine 15mg vs Trazodone 50mg for sleep in older Chinese clients: one said Mirtazapine gave her "too much appetite". Traditional Chinese Medicine doctor wants to add Suan Zao Ren Tang. Interactions?'),
    C('Thinking about Olanzapine weight gain in young Samoan and Tongan men. Pacific Islands Families data suggest high baseline BMI already. Metformin 500mg added in August helped one client. Thoughts from Pasifika clinicians?'),
    C('Taiwanese client Lin Yu-ting Vivian, survived the 2015 Formosa Fun Coast water park powder explosion with 40% burns. NHI NHI card 0001 4482 9173. Now studying in Victoria; Mandarin-only.', [('name', 'Lin Yu-ting Vivian'), ('place', 'Formosa Fun Coast water park'), ('health_plan', 'NHI card 0001 4482 9173')]),
    C('Dzongkha-speaking clients? We have two Bhutanese families in Tasmania and no interpreter. TIS National said they have Nepali only. Anyone know a Dzongkha speaker willing to help?'),
    C('Grief after Cyclone Gabrielle and Cyclone Hale: our iwi-led service in the Tairāwhiti region is running rongoā Māori sessions on Fridays. Any Pākehā clinicians want to join the learning?'),
    C('Ashura in Muharram is a heavy month for Shia clients: some from Iraq and Bahrain do latmiya. A Hazara client said her grief "belongs to Imam Husayn" this month. I just listened.'),
    C('University attack, April 2015: Brian Kiptoo Rotich hid in a wardrobe in Elgon C hostel. Kenyan ID ID 28841822. SHA SHA 7718-4420-119.', [('name', 'Brian Kiptoo Rotich'), ('place', 'Elgon C hostel'), ('ssn', 'ID 28841822'), ('health_plan', 'SHA 7718-4420-119')]),
    C('Saw Eh Ku Htoo, Karen, Mae La camp Zone C, DOB 3 March 1988. Wants a Sgaw Karen interpreter. Resettling to Australia; Medicare pending.', [('name', 'Saw Eh Ku Htoo'), ('place', 'Mae La camp Zone C'), ('date', '3 March 1988')]),
    C('Singapore client Ravindran Thevar s/o Muthu, Little India riot 2013, Race Course Road witness. NRIC NRIC S7718340G. Work permit holder then; now a Singapore PR.', [('name', 'Ravindran Thevar s/o Muthu'), ('place', 'Little India'), ('place', 'Race Course Road'), ('ssn', 'NRIC S7718340G')]),
    C("Helpful paper: Silove's ADAPT model (Adaptation and Development After Persecution and Trauma), 2013. I use its five pillars with Tamil and Rohingya clients. Anyone else?"),
    C("The boda that knocked Okello Geoffrey Ojok down: UFJ 418K. He was crossing at Kireka's stage. He won't cross roads now.", [('name', 'Okello Geoffrey Ojok'), ('vehicle', 'UFJ 418K'), ('place', "Kireka's stage")]),
    C('Mereana Kauika is 91 and says her mother was "taken to the Home" in 1932. She lives at 6 Pūriri Place, Ōpōtiki\'s Hukutaia side. She wants her kuia\'s records; anyone done this with the Ministry?', [('name', 'Mereana Kauika'), ('street_address', '6 Pūriri Place'), ('place', "Ōpōtiki's Hukutaia side")]),
    C('Anyone found a good approach to "thinking too much" (kufungisisa in Shona, "yawning heart" in Khmer)? The Harvard literature from Devon Hinton is great, especially on khyâl attacks.'),
    C('Turkish client Fatma Gül Kocabaş: the Amasra mine blast, October 2022; her husband died at the Amasra TTK shaft. SGK SGK 11948270056.', [('name', 'Fatma Gül Kocabaş'), ('place', 'Amasra'), ('place', 'Amasra TTK shaft'), ('health_plan', 'SGK 11948270056')]),
    C("Bougainville crisis survivor Helena Kabui Tonsi, Arawa's Section 12, raised in a care centre. She wrote her blog at https://helenaspeaks-arawa.blogspot.com and now feels exposed.", [('name', 'Helena Kabui Tonsi'), ('place', "Arawa's Section 12"), ('url', 'https://helenaspeaks-arawa.blogspot.com')]),
    C("Huang Zhi-wei's insulin pump Medtronic 780G SN NG4418229H was lost in a hostel move in Box Hill's Whitehorse Road end. Can he get a replacement through NDIS?", [('name', 'Huang Zhi-wei'), ('device', 'Medtronic 780G SN NG4418229H'), ('place', "Box Hill's Whitehorse Road end")]),
    C("I've been asked to give a talk on dementia screening in Arabic (RUDAS vs MoCA). The Rowland Universal Dementia Assessment Scale is fairer for low-literacy Iraqi elders. Anyone have the Arabic RUDAS?"),
    C('Iraq, August 2014: Nadia Khalaf Qasim, Yazidi, from Kocho\'s south lane. Now in Wagga Wagga\'s Ashmont. Medicare Medicare 6082 44193 2. Her DOB on the visa is 01/07/1996, which is just "the day they gave us all".', [('name', 'Nadia Khalaf Qasim'), ('place', "Kocho's south lane"), ('place', "Wagga Wagga's Ashmont"), ('health_plan', 'Medicare 6082 44193 2'), ('date', '01/07/1996')]),
    C("Our clinic's Telegram group has gone quiet since Telstra's outage in November. Please check Slack instead; Microsoft Teams also works. Thursday's case discussion is on."),
    C("Kerala landslide, July 2024: Fathima Nasrin Kunnath lost both parents at Mundakkai's Punchirimattom slope. She's 19, studying in Karnataka now. Aadhaar Aadhaar 6621 0938 4475. Malayalam-speaking therapist needed.", [('name', 'Fathima Nasrin Kunnath'), ('place', "Mundakkai's Punchirimattom slope"), ('ssn', 'Aadhaar 6621 0938 4475')]),
    C("PNG: Kila Gou Rarua from Hanuabada's Elevala side had a machete wound in the 2023 January 2024 riots. Car plate of the attackers: LAM 381. Phone +675 7291 4458.", [('name', 'Kila Gou Rarua'), ('place', "Hanuabada's Elevala side"), ('vehicle', 'LAM 381'), ('phone', '+675 7291 4458')]),
    C("Lesotho: Mpho Ntsekhe, Mafeteng's Ha Ramokoatsi, herder. Phone +266 5841 8227. Sesotho.", [('name', 'Mpho Ntsekhe'), ('place', "Mafeteng's Ha Ramokoatsi"), ('phone', '+266 5841 8227')]),
    C("Fax from Nkhata Bay's Chintheche clinic: Yamikani Phiri-Kaunda, +265 1 352 418. Post-Freddy, referred for depression, DOB 03/03/2001.", [('place', "Nkhata Bay's Chintheche"), ('name', 'Yamikani Phiri-Kaunda'), ('fax', '+265 1 352 418'), ('date', '03/03/2001')]),
    C("aisha bello dantata messaged from her cousin's phone in kano's sabon gari market; she's safe but the cousin doesn't know why she's in therapy.", [('name', 'aisha bello dantata'), ('place', "kano's sabon gari market")]),
    C("Nova festival survivor Itay Mizrahi-Cohen, Re'im's festival field, now in Sderot's Neve Eshkol quarter. His Maccabi number is Maccabi 0418-22791. He wants an online group in Hebrew.", [('name', 'Itay Mizrahi-Cohen'), ('place', "Re'im's festival field"), ('place', "Sderot's Neve Eshkol quarter"), ('health_plan', 'Maccabi 0418-22791')]),
    C("Cyclone Freddy, March 2023: Chikondi Banda-Phiri, Chilobwe's Manja side. Phone +265 999 418 227. Chichewa-speaking counsellor needed.", [('name', 'Chikondi Banda-Phiri'), ('place', "Chilobwe's Manja side"), ('phone', '+265 999 418 227')]),
    C("Kazakh client Aigerim Nurlanovna Sadykova, Bloody January 2022, Almaty's Orbita microdistrict. IIN IIN 920815401337. Russian and Kazakh.", [('name', 'Aigerim Nurlanovna Sadykova'), ('place', "Almaty's Orbita microdistrict"), ('ssn', 'IIN 920815401337')]),
    C('Lovely supervision session with a Fijian talanoa frame: no forms, just story, then the K10 at the end. The client scored 32. We agreed to meet on Wednesdays after her church choir.'),
    C("Rwanda, April 1994: Immaculée Mukarwego, ninety-one this Kwibuka, Nyamata's Kanzenze cell. Rwandan ID 1 1933 7 0044821 0 12. Kinyarwanda only.", [('name', 'Immaculée Mukarwego'), ('age_over_89', 'ninety-one this Kwibuka'), ('place', "Nyamata's Kanzenze cell"), ('ssn', '1 1933 7 0044821 0 12')]),
    C("Nakuru County dam burst, May 2018: Wanjiku Njeri Mwangi, Solai's Energy village. Phone 0722 418 339. Kikuyu. She still hears the water.", [('name', 'Wanjiku Njeri Mwangi'), ('place', "Solai's Energy village"), ('phone', '0722 418 339')]),
]

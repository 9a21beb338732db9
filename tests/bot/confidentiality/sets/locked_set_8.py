"""EIGHTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 8), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, and did not
read the snippets of tests/bot/confidentiality/sets/eval_set.py,
tests/bot/confidentiality/sets/dev_extra.py, tests/bot/confidentiality/sets/locked_set.py
or tests/bot/confidentiality/sets/locked_set_2.py ... locked_set_6.py.  (One
exception, disclosed: a grep for the EvalCase/PATTERN_CATEGORIES definitions in
eval_set.py printed the first case line under them, one snippet, before the
author stopped reading; nothing in this set was derived from it.)
What was read: tests/bot/confidentiality/sets/locked_set_7.py in full (it is
spent; used for its format, labelling conventions, fictional-number ranges and
provenance docstring), the EvalCase dataclass and PATTERN_CATEGORIES in
eval_set.py, and tests/bot/confidentiality/test_locked_sets.py (the data
integrity checks, which hold no snippets).  Overlap with the other sets was
resolved by renaming only this set's planted values, from a checker that
imported the earlier sets programmatically and printed this set's strings only.
tests/bot/confidentiality/test_locked_sets.py checks that no snippet here, and
no planted name, place or number, occurs verbatim in sets 1-7 and the
development sets (without printing their contents).

554 snippets, 311 with identifiers and 243 clean.  Every pattern category
appears at least 15 times (the test requires 15), with 165 names and 248
places smaller than a state (the test requires 160 and 240).  Emphasis this time is on NAMES
as a therapist in an English-speaking practice network writes them: West
African (Yoruba, Igbo, Akan), East and Southern African (Kikuyu, Luo, Zulu,
Xhosa, Sotho, Shona, Chewa), South Asian, East and Southeast Asian, Filipino,
Arabic and Persian, Pacific and Māori, Aboriginal Australian, Latin American
and Eastern European names; given names that are English words (Precious,
Memory, Goodluck, Promise, Prosper, Charity, Testimony, Miracle, Welcome,
Sunday, Fortune, rejoice); lower-case and all-caps names; nicknames;
initials plus surname; names after titles and kinship words (Auntie, Tito,
Kuya, Lolo, Oupa, Baba, Mama, Malume, Sis, Pawpaw, Nana, Mamá).  Places are
small towns, suburbs, barangays, estates and neighbourhoods of the US,
Canada, the UK, Ireland, Australia, New Zealand, India, South Africa,
Singapore, the Philippines, Nigeria, Kenya, Malaysia and Hong Kong, some
invented places, and named clinics, schools, shops and businesses (including
places that are ordinary words: Emerald, Gore, Clare, Delft, Hassan, Albany).
Clean snippets are dense with capitalised clinical vocabulary: drug brand
names and doses (Zoloft, Vyvanse, Spravato, Sublocade, Mounjaro...), scales
and scores (MADRS, C-SSRS, CAPS-5, ADOS-2, CORE-10, EDE-Q...), codes, lab
values, therapy and programme names (Gottman Method, IFS, PCIT, Circle of
Security, Maudsley FBT, Coping Cat...), eponyms and eponymous syndromes
(Korsakoff, Cushing's, Ehlers-Danlos, Charles Bonnet, Stroop, Zeigarnik),
public figures named as authors, weekday, month and holiday words (March and
May as sentence starts, Matariki, Chuseok, Hogmanay), acronyms (CAMHS, CMHT,
HCPC, HPCSA, RCI, POPIA, PDPA), sentence-initial capitals, place-derived
adjectives (Liverpudlian, Capetonian, Lagosian, Nairobian, Mumbaikar,
Keralite, Quebecois, Appalachian), foods and things named after places
(Eccles cakes, Bakewell tarts, Cheddar, Dijon mustard, Chelsea boots), and
ordinary words that are names elsewhere used in their ordinary sense (Rusty,
Sandy, Amber, Jade, Ruby, Crystal, Holly, Daisy, Olive, Hazel, Ginger, Honey,
Cherry, Robin, Penny, Buck, Dean, Bishop, Marshal, Reed, Wade, Nick, Sue,
Chase, Pat, Norm, Drew, Carol, Art, Bob).

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real towns, suburbs, schools, churches and businesses are used only as places,
and some places are invented.  The fictional ranges of locked_set_7.py are
used: US/Canadian phones and faxes 555-01xx; UK phones the Ofcom drama ranges
(020 7946 0xxx, 0113/0117/0131/0161 496 0xxx, 07700 900xxx) or a 555 block;
Australian phones the ACMA ranges (0491 570 xxx, (02)/(03)/(07)/(08) 5550
xxxx); Irish, New Zealand, Indian, South African, Singaporean, Philippine,
Nigerian, Kenyan, Malaysian and Hong Kong phones are invented strings with a
555 block; US SSNs use the 000/666 area numbers, Canadian SINs a leading 0,
UK NI numbers the QQ prefix; all other national IDs, health, card, claim,
court, licence, plate, VIN, IMEI and serial numbers are invented strings not
checked against any issuer's scheme (the card number uses a test-card-style
4000 prefix); e-mail and web domains are .example / example.*; IP addresses
come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24, 2001:db8::/32) or private space; MAC addresses are locally
administered (02:...).

Labelling conventions
---------------------
Those of locked_set_7.py, unchanged: titles, roles and "DOB"/"MRN"-style
prefixes are outside a span (Dr, Mr, Mrs, Ms, Sheikh, Bishop); a kinship word
or family nickname written before a name is inside it ("Lolo Pering", "Tito
Boyet", "Auntie Blessing-Mae", "Aunty Dulcie Simpson"), while a kinship word
alone (Ah Kong, Nanna, gogo, ammamma) is not a name; a possessive "'s" is
outside a "name" span; nicknames are "name"; a business and its town are two
"place" spans; a ZIP/postcode is its own "zip_code" span; a generic office,
shop or clinic in a town is labelled only by the town; a national insurer,
agency, regulator or charity is not a place; nationwide helplines are clean;
"@handles" and meeting links are "url"; national identity and tax numbers
(SSN, SIN, NI, TFN, PPSN, IRD, Aadhaar, PAN, SA ID, NRIC/FIN, PhilSys, NIN,
BVN, Kenyan ID, KRA PIN, MyKad, HKID) are "ssn"; NHI, NHS, hospital, clinic,
lab and pharmacy numbers are "medical_record"; insurance, Medicare, Medicaid,
CHIP, provincial, medical-aid, PhilHealth, SHA, ABHA and HMO numbers are
"health_plan"; passports, driving, firearms, professional and trade licences
and badges are "licence"; student, employee, claim, court, benefit,
Centrelink, NDIS, bank, card, transport-card, utility, UPI and mobile-money
numbers are "account"; plates, boat and trailer registrations and VINs are
"vehicle"; implant, monitor, wearable, tracker, phone (IMEI) and MAC
identifiers are "device"; PIN codes, postcodes, Eircodes and ZIPs are
"zip_code"; a PO Box with its number is "street_address"; an age over 89 is
labelled with its unit or qualifier when one is written; the span of a street
address runs from the block/unit/house number to the street type, with a
"#floor-unit" written after it inside; a weekday alone, a month alone, a
month with a year, a year alone and a holiday name are clean, a day-and-month
is a "date".  Public figures named as public figures (authors, therapy
developers, eponyms) are clean.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED8_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # United States
    # ------------------------------------------------------------------
    C("consult q: my client Precious Oyelaran-Whitt moved to Tunica MS after the eviction and texts from "
      "(662) 555-0117 late at night. how firm do I get about after-hours?",
      [("name", "Precious Oyelaran-Whitt"), ("place", "Tunica"), ("phone", "(662) 555-0117")]),
    C("Her great-aunt Ozella, aged 97, still sings at Bethel Hill AME in Itta Bena. Client is her "
      "only driver now. Caregiver burnout at 24?",
      [("name", "Ozella"), ("age_over_89", "aged 97"), ("place", "Bethel Hill AME"), ("place", "Itta Bena")]),
    C("Intake address: 4417 Persimmon Bend Road, Hindman KY 41844. He has no internet, so we do "
      "sessions by landline. Any billing issues with audio-only?",
      [("street_address", "4417 Persimmon Bend Road"), ("place", "Hindman"), ("zip_code", "41844")]),
    C("SSN 666-31-0482 was printed on the SSDI denial he left on my desk in the Clarksdale office. "
      "Shred it, return it, or note it?",
      [("ssn", "666-31-0482"), ("place", "Clarksdale")]),
    C("Aetna member ID W2840017763 got denied for PHP at Sycamore Springs in Circleville. Has "
      "anyone won a peer-to-peer with them lately?",
      [("health_plan", "W2840017763"), ("place", "Sycamore Springs"), ("place", "Circleville")]),
    C("client DESHAWN TILLERY-BOOKS writes his name in caps on every form and drives a silver "
      "Tacoma, plate MS TQR 7714. His cousin keeps borrowing it. Enmeshment?",
      [("name", "DESHAWN TILLERY-BOOKS"), ("vehicle", "MS TQR 7714")]),
    C("Her Libre sensor, serial 0MX3K7729PL, buzzes all session and she apologises every time. "
      "Shame about diabetes in a 19-year-old, ideas?",
      [("device", "0MX3K7729PL")]),
    C("Sister writes from marisol.ybarra.fam@inbox.example asking if Yoloxóchitl showed up this week. "
      "Yoloxóchitl is 36. I won't confirm. Wording?",
      [("email", "marisol.ybarra.fam@inbox.example"), ("name", "Yoloxóchitl")]),
    C("He sent me his YouTube, youtube.example/@ozark.dad.recovery, and wants feedback on the "
      "latest video. Do I watch clients' channels?",
      [("url", "youtube.example/@ozark.dad.recovery")]),
    C("Portal logins from 203.0.113.88 at 2am again on Yesenia-Mar's account; she swears it isn't her. "
      "Her teenage son knows the PIN.",
      [("ip_address", "203.0.113.88"), ("name", "Yesenia-Mar")]),
    C("The fax came from (870) 555-0139 with a stranger's discharge summary attached to my client's. "
      "HIPAA breach report - mine or theirs?",
      [("fax", "(870) 555-0139")]),
    C("DOB 07/23/1951 on the referral but she insists she was born in 1952. Could matter for the "
      "Medicare paperwork. Who fixes it?",
      [("date", "07/23/1951")]),
    C("MRN 5518-2093-J at Magnolia Regional in Corinth; ER sent her home with a hotline card. "
      "Anyone know the crisis team there?",
      [("medical_record", "5518-2093-J"), ("place", "Magnolia Regional"), ("place", "Corinth")]),
    C("Checking account 118830274415 at the credit union in Wickliffe is being emptied by her "
      "grandson. APS first or process with her first?",
      [("account", "118830274415"), ("place", "Wickliffe")]),
    C("Client is an RN, license RN-3319027, and the board wants a letter of treatment compliance. "
      "How much detail goes in?",
      [("licence", "RN-3319027")]),
    C("sleeping in her Buick behind the Fred's Discount in Kosciusko with her boyfriend Cletus. "
      "winter is coming. shelter options in central Mississippi?",
      [("place", "Fred's Discount"), ("place", "Kosciusko"), ("name", "Cletus")]),
    C("Pawpaw Virgil is a 94-yr-old who wants to stop dialysis at the VA in Biloxi. Client, his "
      "granddaughter, is furious. Family session?",
      [("name", "Pawpaw Virgil"), ("age_over_89", "94-yr-old"), ("place", "Biloxi")]),
    C("The school counselor at Cane Creek Elementary in Pembroke, Ms. Jacobs-Chavis, wants a call. "
      "ROI signed. What do I actually share?",
      [("place", "Cane Creek Elementary"), ("place", "Pembroke"), ("name", "Jacobs-Chavis")]),
    C("VIN 3GCUKREC7JG418826 appears on the repo notice; he had her car repossessed to trap her. "
      "Economic abuse documentation tips?",
      [("vehicle", "3GCUKREC7JG418826")]),
    C("she's at the motel off Highway 17 in yemassee, room 9, with her boys kasen and brylee. "
      "DSS is involved. Attend the staffing?",
      [("place", "Highway 17"), ("place", "yemassee"), ("name", "kasen"), ("name", "brylee")]),
    C("Unit 2B, 77 Camellia Court, Mansura 71356 is her sister's place. She wants bills sent "
      "there, not to the marital home. Fine?",
      [("street_address", "Unit 2B, 77 Camellia Court"), ("place", "Mansura"), ("zip_code", "71356")]),
    C("Student ID 40982217 at Coahoma Community College is on the accommodation request. Does it "
      "need to be on my letter?",
      [("account", "40982217"), ("place", "Coahoma Community College")]),
    C("Bishop Amos Yoder at the Amish church outside Berlin OH is who she trusts. She'd like him "
      "in a session. Thoughts?",
      [("name", "Amos Yoder"), ("place", "Berlin")]),
    C("The client's pump (Medtronic, SN NG2291847H) uploads to an app her dad checks. She's 16. "
      "How do we talk about privacy?",
      [("device", "NG2291847H")]),
    C("Her ex sent zoom.example/j/71530948826 and wants to 'join the session to co-parent'. I see "
      "her individually. Declining, right?",
      [("url", "zoom.example/j/71530948826")]),
    C("Grandpa, a 101-year-old, told my client on the 2nd of May that he's 'ready to go'. Passive SI in "
      "centenarians, how do you assess?",
      [("age_over_89", "101-year-old"), ("date", "2nd of May")]),
    C("DL D412-8830-2275 (Michigan) shows on the copy the court program sent. Client wants it out "
      "of my file. Can I redact?",
      [("licence", "D412-8830-2275")]),
    C("I called the crisis line with him from (605) 555-0172; he lives near Wanblee in Oglala Lakota County "
      "and the ER is 90 minutes out. Rural planning?",
      [("phone", "(605) 555-0172"), ("place", "Wanblee"), ("place", "Oglala Lakota County")]),
    C("Fax from Bayou Oaks Clinic in Thibodaux came from (985) 555-0146 with the wrong patient on "
      "the cover sheet. Do I call or fax back?",
      [("place", "Bayou Oaks Clinic"), ("place", "Thibodaux"), ("fax", "(985) 555-0146")]),
    C("client's mom, nana dorcas, drives the church van in sweetwater tn and knows everyone. "
      "the teen wants therapy kept from her. realistic?",
      [("name", "nana dorcas"), ("place", "sweetwater")]),
    C("PO Box 2291, McGill NV 89318 is the only address he'll give me. The payer wants a physical "
      "address. Does it have to be home?",
      [("street_address", "PO Box 2291"), ("place", "McGill"), ("zip_code", "89318")]),
    # ------------------------------------------------------------------
    # Canada
    # ------------------------------------------------------------------
    C("OHIP 5530-882-174-QX is on the referral from the Dryden clinic. He's Ojibwe and asked for "
      "an Indigenous counsellor. Anyone near Lake of the Woods?",
      [("health_plan", "5530-882-174-QX"), ("place", "Dryden"), ("place", "Lake of the Woods")]),
    C("SIN 083 217 946 is on the CPP-D form she wants me to 'look over'. I'm a counsellor in "
      "Bonavista. Is that my lane?",
      [("ssn", "083 217 946"), ("place", "Bonavista")]),
    C("She lives at 9 Rue du Moulin, Amqui G5L 7T3 and would prefer sessions in French. My "
      "French is rusty. Refer?",
      [("street_address", "9 Rue du Moulin"), ("place", "Amqui"), ("zip_code", "G5L 7T3")]),
    C("client éloïse's uncle runs the dépanneur in ste-anne-des-monts and everyone knows her "
      "business. small-town privacy ideas?",
      [("name", "éloïse"), ("place", "ste-anne-des-monts")]),
    C("MSP 9744 218 306 lapsed when he moved up to Burns Lake. He can't pay privately now. "
      "Bridge options in northern BC?",
      [("health_plan", "9744 218 306"), ("place", "Burns Lake")]),
    C("Long-haul driver, Saskatchewan plate 882 KTW, sleeps at the Husky in Kindersley. "
      "Sleep hygiene for truckers, anyone?",
      [("vehicle", "882 KTW"), ("place", "Husky"), ("place", "Kindersley")]),
    C("Her Mushum Alphonse is ninety-three years old and lives on the reserve at Cumberland House. She's his carer "
      "at 20. Supports in Saskatchewan?",
      [("name", "Alphonse"), ("age_over_89", "ninety-three years old"), ("place", "Cumberland House")]),
    C("Fax from the Caraquet hospital came from (506) 555-0163, MRN BH-00418827 on it, meant for "
      "another counsellor. Steps?",
      [("place", "Caraquet"), ("fax", "(506) 555-0163"), ("medical_record", "BH-00418827")]),
    C("Client Wanjiru Kamau-Lefebvre emails from wanjiru.kl@northpost.example.ca at 3am with "
      "long reflections. She's at Northern College in Hearst. Reply rules?",
      [("name", "Wanjiru Kamau-Lefebvre"), ("email", "wanjiru.kl@northpost.example.ca"), ("place", "Northern College"),
       ("place", "Hearst")]),
    C("WCB claim 51120984 for a lineman from Snow Lake who saw his partner electrocuted. The "
      "case manager wants my full notes. Summary?",
      [("account", "51120984"), ("place", "Snow Lake")]),
    C("Suite 904, 120 Queens Quay East, M5A 0B6 - she wants the report couriered to her condo, "
      "not to her parents in Markham.",
      [("street_address", "Suite 904, 120 Queens Quay East"), ("zip_code", "M5A 0B6"), ("place", "Markham")]),
    C("my client Kaylee Bearshirt plays on the girls' team in Standoff; an assistant coach "
      "keeps texting her. Reporting support?",
      [("name", "Kaylee Bearshirt"), ("place", "Standoff")]),
    C("Passport GA718244 (Canadian) was taken by her employer in Leamington when she arrived for "
      "farm work. Who do I call?",
      [("licence", "GA718244"), ("place", "Leamington")]),
    C("His cochlear processor (Cochlear, serial 3318-KX-4472) cuts out in our Guysborough office. "
      "Room acoustics, anyone?",
      [("device", "3318-KX-4472"), ("place", "Guysborough")]),
    C("moved from Clayton Park to river john to get away from her ex. now very isolated. "
      "safety vs loneliness, how do you weigh it",
      [("place", "Clayton Park"), ("place", "river john")]),
    C("NB Medicare 771 204 883 was cancelled after his move from Shediac. The psychiatrist "
      "won't see him till it's fixed. Advocacy?",
      [("health_plan", "771 204 883"), ("place", "Shediac")]),
    C("He's in a rooming house at 58 Selkirk Avenue in Point Douglas. His brother "
      "Jojo-Ray checks on him. Is that enough support?",
      [("street_address", "58 Selkirk Avenue"), ("place", "Point Douglas"), ("name", "Jojo-Ray")]),
    C("Her Alberta driver's licence 184472-903 was suspended after the impaired charge in "
      "Lacombe. Shame and loss of work. Pacing?",
      [("licence", "184472-903"), ("place", "Lacombe")]),
    C("Client Nokuthula Ferreira-Boyd calls from (902) 555-0151 during lunch at the fish plant "
      "in Yarmouth. 30-minute sessions?",
      [("name", "Nokuthula Ferreira-Boyd"), ("phone", "(902) 555-0151"), ("place", "Yarmouth")]),
    C("DOB 1933-08-17 on the palliative referral from Cobourg; he says he's 'done with it all'. "
      "Hastened death conversations?",
      [("date", "1933-08-17"), ("place", "Cobourg")]),
    # ------------------------------------------------------------------
    # United Kingdom and Ireland
    # ------------------------------------------------------------------
    C("NI number QQ 58 20 47 D is on the ESA form she wants me to 'sign off'. I'm her counsellor "
      "at the surgery in Meltham. Not my role, surely?",
      [("ssn", "QQ 58 20 47 D"), ("place", "Meltham")]),
    C("She rang from 07700 900517 in tears: her son Oisín-Jay was excluded from Brackenfield "
      "Academy again. Should I ring the school?",
      [("phone", "07700 900517"), ("name", "Oisín-Jay"), ("place", "Brackenfield Academy")]),
    C("NHS number 631 904 2278 was on the letter she photographed. Her GP in Builth Wells still "
      "hasn't referred her. Chase it or let her?",
      [("medical_record", "631 904 2278"), ("place", "Builth Wells")]),
    C("Flat 3, 11 Weavers Yard, Cornholme OL14 7HG - the refuge moved her there and she posted "
      "it in the group chat by accident.",
      [("street_address", "Flat 3, 11 Weavers Yard"), ("place", "Cornholme"), ("zip_code", "OL14 7HG")]),
    C("Great-grandad Alwyn is ninety-nine years old and lives with the family in Polperro. My client (13) "
      "does his care after school. Young carers?",
      [("name", "Great-grandad Alwyn"), ("age_over_89", "ninety-nine years old"), ("place", "Polperro")]),
    C("Fax the risk letter to 0161 496 0281 for the CMHT in Stalybridge. Our IG lead insists. "
      "Is fax really safer than secure email?",
      [("fax", "0161 496 0281"), ("place", "Stalybridge")]),
    C("his van, reg WU68 KTF, is where he sleeps in the Morrisons car park in Okehampton. Does "
      "that count as rough sleeping for the council?",
      [("vehicle", "WU68 KTF"), ("place", "Morrisons"), ("place", "Okehampton")]),
    C("Her ex messages from 0131 496 0742 and she's changed numbers three times. The interdict "
      "hearing is at Dunfermline sheriff court.",
      [("phone", "0131 496 0742"), ("place", "Dunfermline")]),
    C("client GWENLLIAN PRYS-OWAIN (caps on the GP letter) from Blaenau Ffestiniog wants "
      "therapy in Welsh. Anyone on the network?",
      [("name", "GWENLLIAN PRYS-OWAIN"), ("place", "Blaenau Ffestiniog")]),
    C("Hospital number DR7-440918 at Derriford; she was detained there in the summer and wants "
      "her notes. SAR timescales?",
      [("medical_record", "DR7-440918"), ("place", "Derriford")]),
    C("She pays me from account 58203941, sort code 09-01-28, and her husband asked why she pays "
      "'someone in Shepton Mallet'. Cash instead?",
      [("account", "58203941"), ("place", "Shepton Mallet")]),
    C("he's a bus driver, licence no. OKEKE806219CA7TR, and the DVLA wants a medical after his "
      "overdose. Do I support the appeal?",
      [("licence", "OKEKE806219CA7TR")]),
    C("my client demelza and her grampy live over the bakery on market jew street, penzance. "
      "grampy, age 96, is failing fast. respite?",
      [("name", "demelza"), ("place", "market jew street"), ("place", "penzance"), ("age_over_89", "age 96")]),
    C("Email from the SENCo at Hollowmead Primary, r.trevithick@hollowmead.example.sch.uk, asks "
      "for my report. Parents haven't agreed. Reply?",
      [("place", "Hollowmead Primary"), ("email", "r.trevithick@hollowmead.example.sch.uk")]),
    C("PPSN 8820415TW is on the form from the Intreo office; she lives in Kilnaleck and has "
      "no car. Online sessions okay?",
      [("ssn", "8820415TW"), ("place", "Kilnaleck")]),
    C("Eircode H91 TR4C for the house in Spiddal. Her brother Tadhgín won't move out and she's "
      "frightened. Safety order in Galway?",
      [("zip_code", "H91 TR4C"), ("place", "Spiddal"), ("name", "Tadhgín"), ("place", "Galway")]),
    C("Young Traveller lad from the site in Headford, Paddy-Joe McDonagh, and the school wants him "
      "assessed. Where do I start culturally?",
      [("place", "Headford"), ("name", "Paddy-Joe McDonagh")]),
    C("car reg 192-KY-3308 parks outside her flat in Phibsborough most nights. The gardaí say "
      "it's not enough. Stalking log?",
      [("vehicle", "192-KY-3308"), ("place", "Phibsborough")]),
    C("medical card 5510882T was refused and she can't afford the psychiatrist in Belmullet. Any "
      "low-cost options in Mayo?",
      [("health_plan", "5510882T"), ("place", "Belmullet"), ("place", "Mayo")]),
    C("Her mam rang from 086 555 0319 to say Aoibheann-Rose ran off from school in Listowel. "
      "Guards or wait an hour?",
      [("phone", "086 555 0319"), ("name", "Aoibheann-Rose"), ("place", "Listowel")]),
    C("the wee fella (callum-joe) takes the bus from Airdrie to the clinic at Gartnavel alone. "
      "He's 11. Should I raise it with mum?",
      [("name", "callum-joe"), ("place", "Airdrie"), ("place", "Gartnavel")]),
    C("Client in Portumna, DOB 3 Feb 1932, wants to talk about the laundry. She's "
      "aged ninety-four. Gentle pacing?",
      [("place", "Portumna"), ("date", "3 Feb 1932"), ("age_over_89", "aged ninety-four")]),
    C("He's at 27 Glenarm Road, Larne BT40 1DX with his nanny. His da gets out on Tuesday. "
      "Safety plan for a 12-year-old?",
      [("street_address", "27 Glenarm Road"), ("place", "Larne"), ("zip_code", "BT40 1DX")]),
    C("Client's TikTok tiktok.example/@clydebank.mum.healing shows her close and her kids' "
      "school badge. Do I say anything?",
      [("url", "tiktok.example/@clydebank.mum.healing")]),
    C("Hearing aid (Oticon, serial OT-58821-K4) whistles in our Enniskillen room and he takes "
      "it out. Workarounds?",
      [("device", "OT-58821-K4"), ("place", "Enniskillen")]),
    C("Nana Peggy (ninety-one years old, sharp as anything) runs the post office in Much Wenlock and my "
      "client works the counter. Family business stress?",
      [("name", "Nana Peggy"), ("age_over_89", "ninety-one years old"), ("place", "Much Wenlock")]),
    C("Fax 0113 496 0392 is on the Castleford CMHT letterhead; she wants her letter sent "
      "directly there. Any reason not to?",
      [("fax", "0113 496 0392"), ("place", "Castleford")]),
    C("Client Siobhán Ní Dhomhnaill-Price texts from 087 555 0276; she teaches in Dingle and "
      "everyone knows her car. Privacy in small towns?",
      [("name", "Siobhán Ní Dhomhnaill-Price"), ("phone", "087 555 0276"), ("place", "Dingle")]),
    C("The Tamarisk Surgery in Wivenhoe faxes from 01206 555 018 and sent me someone else's "
      "bloods. Who reports the breach?",
      [("place", "Tamarisk Surgery"), ("place", "Wivenhoe"), ("fax", "01206 555 018")]),
    C("Her brother's Universal Credit claim ref UC-88207714 is in her name somehow; it's "
      "financial abuse. She lives in Ebbw Vale. Advice line?",
      [("account", "UC-88207714"), ("place", "Ebbw Vale")]),
    C("her portal logins came from 192.168.14.73 at the women's aid house in Pontypridd. She "
      "wants her address kept off everything. Steps?",
      [("ip_address", "192.168.14.73"), ("place", "Pontypridd")]),
    C("Nursing PIN 09H4471W is on the NMC letter; she's a nurse at the hospice in Keswick and "
      "under investigation. My role?",
      [("licence", "09H4471W"), ("place", "Keswick")]),
    C("Driver of the taxi, badge TX-40917, kept showing up outside her house in Thurso. She "
      "knows him from school. Police or council?",
      [("licence", "TX-40917"), ("place", "Thurso")]),
    C("She was born on 29 February 1936 and only has a 'real' birthday every four years. Leap-day "
      "birthdays as a life review hook?",
      [("date", "29 February 1936")]),
    C("Auntie Blessing-Mae drives down from Northampton every Sunday and takes over the session "
      "chat. My client is 17. How do I hold the space?",
      [("name", "Auntie Blessing-Mae"), ("place", "Northampton")]),
    # ------------------------------------------------------------------
    # Australia and New Zealand
    # ------------------------------------------------------------------
    C("Medicare 3920 51847 2 is on the MHTP the GP in Canowindra sent; she's used 7 of 10. How do I "
      "make the last three count?",
      [("health_plan", "3920 51847 2"), ("place", "Canowindra")]),
    C("TFN 482 906 115 was on a payslip she showed me; the boss at the packing shed in Ballandean "
      "underpays her. Exploitation?",
      [("ssn", "482 906 115"), ("place", "Ballandean")]),
    C("She's at 4/18 Grevillea Drive, Wickham WA 6720 in FIFO housing while her partner is "
      "on swing. Night telehealth ok?",
      [("street_address", "4/18 Grevillea Drive"), ("place", "Wickham"), ("zip_code", "6720")]),
    C("Nanna is a spry ninety-eight-year-old and still volunteers at the Vinnies in Clare. My client, her grandson, is "
      "becoming her carer. Role strain prep?",
      [("age_over_89", "ninety-eight-year-old"), ("place", "Vinnies"), ("place", "Clare")]),
    C("He texts from 0491 570 184 after the pub in Narrabri shuts, 'just checking in'. Contact "
      "boundaries for a rural bloke?",
      [("phone", "0491 570 184"), ("place", "Narrabri")]),
    C("ute rego 928 QKT (QLD) parked outside the school in Emerald is the ex's mate's. Mum wonders "
      "whether to tell the principal.",
      [("vehicle", "928 QKT"), ("place", "Emerald")]),
    C("UR number 00514492 at the Robinvale hospital. They sent him home with a leaflet. Who do I "
      "ring for a proper handover?",
      [("medical_record", "00514492"), ("place", "Robinvale")]),
    C("client goes by 'Chook' (real name Lachlan Pascoe-Nguyen) and works at the Total Tools in "
      "Kyabram. His mates don't know about therapy.",
      [("name", "Chook"), ("name", "Lachlan Pascoe-Nguyen"), ("place", "Total Tools"), ("place", "Kyabram")]),
    C("NDIS participant 431907284 - the support coordinator in Whyalla cancels every second week. "
      "Can I go straight to the planner?",
      [("account", "431907284"), ("place", "Whyalla")]),
    C("Fax from the psych at Tamworth Base came from (02) 5550 3318 and was for another practice. "
      "I now hold a stranger's risk assessment. Steps?",
      [("place", "Tamworth Base"), ("fax", "(02) 5550 3318")]),
    C("her daughter, kirra-lee, goes to the high school in katherine and gets teased about being "
      "in care. elders' involvement?",
      [("name", "kirra-lee"), ("place", "katherine")]),
    C("Email arrived from possum.girl.ngata@postbox.example.com.au at 1am with the subject "
      "'goodbye'. I saw it at 7. Out-of-hours email policy?",
      [("email", "possum.girl.ngata@postbox.example.com.au")]),
    C("Lives on a block off Pinch Gut Road outside Boorowa, no neighbours for kilometres, and "
      "her husband has rifles. Risk assessment help?",
      [("place", "Pinch Gut Road"), ("place", "Boorowa")]),
    C("Firearms licence 5528194K (NSW) - he wants me to support his renewal. After the last "
      "episode I'm not comfortable at all.",
      [("licence", "5528194K")]),
    C("AHPRA registration PSY0002284417 is on the complaint letter; she's a psychologist in my "
      "caseload facing a notification. Support?",
      [("licence", "PSY0002284417")]),
    C("Aunty Merindah Walker, Wiradjuri elder from Brungle, would like to sit in with my client. "
      "Cultural supervision first?",
      [("name", "Aunty Merindah Walker"), ("place", "Brungle")]),
    C("my client yarran and his nan live at the mission in cherbourg; nan is ninety-two years old and "
      "his whole world. anticipatory grief?",
      [("name", "yarran"), ("place", "cherbourg"), ("age_over_89", "ninety-two years old")]),
    C("NHI ZKP7203 on the referral from Tōrere. He wants a Māori practitioner and ours is his "
      "cousin. Dual relationship?",
      [("medical_record", "ZKP7203"), ("place", "Tōrere")]),
    C("IRD 094-381-227 is on the WINZ letter his partner gave me in Rangitukia. Gave it back. "
      "Do I record that I saw it?",
      [("ssn", "094-381-227"), ("place", "Rangitukia")]),
    C("Living in a sleepout at 12 Kōwhai Road, Mangaweka 4797 with his nana, a ninety-six-yr-old "
      "ex-shearer's widow. Carer at 18?",
      [("street_address", "12 Kōwhai Road"), ("place", "Mangaweka"), ("zip_code", "4797"),
       ("age_over_89", "ninety-six-yr-old")]),
    C("Ring her koro on 027 555 0418 if she doesn't show - agreed with the iwi social worker in "
      "Hicks Bay, consent documented.",
      [("phone", "027 555 0418"), ("place", "Hicks Bay")]),
    C("plate LQT482 is the car that follows her from the kura in Whakarewarewa. Police say it's "
      "not an offence yet. Documenting?",
      [("vehicle", "LQT482"), ("place", "Whakarewarewa")]),
    C("Her nib member no. 33018274 only covers 6 sessions. She's in Papakura and the public wait "
      "is 8 months. Anything?",
      [("health_plan", "33018274"), ("place", "Papakura")]),
    C("Kōtuku (her real name) turned up in her uniform from Awanui and said she's not going "
      "back to school. Truancy or safety?",
      [("name", "Kōtuku"), ("place", "Awanui")]),
    C("she joins at https://meet.example.nz/room/aroha-m-0915 and her uncle stands behind her "
      "chair. how do you handle that?",
      [("url", "https://meet.example.nz/room/aroha-m-0915")]),
    C("Client Tamati Rangihuna-Ellis has court file CRN-2026-092-447 for the breach; his lawyer "
      "wants a letter. Scope?",
      [("name", "Tamati Rangihuna-Ellis"), ("account", "CRN-2026-092-447")]),
    C("Unit 5, 22 Marine Parade, Napier 4110 is her new flat. Since the seizure she can't drive "
      "and wants home visits.",
      [("street_address", "Unit 5, 22 Marine Parade"), ("place", "Napier"), ("zip_code", "4110")]),
    C("CPAP serial 41882093NZ came up in his sleep study from Dannevirke. Sleep sorted, mood "
      "isn't. Next?",
      [("device", "41882093NZ"), ("place", "Dannevirke")]),
    C("Weekends he drinks in his tinnie on Lake Eildon, rego VX-2207-PB. His wife fears he'll "
      "drown. Harm reduction?",
      [("place", "Lake Eildon"), ("vehicle", "VX-2207-PB")]),
    C("DOB 14.09.1931 on the aged-care referral from Merimbula. She wants to talk about her "
      "first love, not her dementia. Life review?",
      [("date", "14.09.1931"), ("place", "Merimbula")]),
    C("Pou Tūmanako (yes, that's his name) lives in Ōtara and calls from 022 555 0163 when he "
      "gets paranoid at night. Plan?",
      [("name", "Pou Tūmanako"), ("place", "Ōtara"), ("phone", "022 555 0163")]),
    C("Her Centrelink CRN 204 883 917K is on the letter she wants me to read. She lives in "
      "Logan Central. Am I her advocate now?",
      [("account", "204 883 917K"), ("place", "Logan Central")]),
    C("Fax (07) 5550 2193 is the only line the Rockhampton mental health team uses, apparently. "
      "Sending a discharge plan by fax in 2026?",
      [("fax", "(07) 5550 2193"), ("place", "Rockhampton")]),
    C("Aunty Dulcie Simpson is aged ninety-five and the last speaker in her family; my client wants to "
      "record her stories in Brewarrina. Meaningful grief work?",
      [("name", "Aunty Dulcie Simpson"), ("age_over_89", "aged ninety-five"), ("place", "Brewarrina")]),
    C("Sione Taufa'ahau-Mills' IP 10.21.4.9 at the hostel is shared with his cousins; they read "
      "his messages. Digital privacy ideas?",
      [("name", "Sione Taufa'ahau-Mills"), ("ip_address", "10.21.4.9")]),
    C("Her son Sitaleki plays for the Mangere East under-15s and was concussed twice this season. "
      "Mood changes. Refer where?",
      [("name", "Sitaleki"), ("place", "Mangere East")]),
    C("The Kowhai Lane Medical Centre in Paengaroa keeps faxing from 07 555 0942 instead of using "
      "the secure system. Push back?",
      [("place", "Kowhai Lane Medical Centre"), ("place", "Paengaroa"), ("fax", "07 555 0942")]),
    # ------------------------------------------------------------------
    # India, South Africa, Singapore
    # ------------------------------------------------------------------
    C("Aadhaar 7391 0482 5516 is on the hostel form her father signed; she's 20 at the college in "
      "Karkala and wants no contact with home. Consent?",
      [("ssn", "7391 0482 5516"), ("place", "Karkala")]),
    C("PAN BRXPK7720M on the receipt the family wants issued in their name. The client is 27 "
      "and lives in Rajahmundry. Whose name?",
      [("ssn", "BRXPK7720M"), ("place", "Rajahmundry")]),
    C("House no. 8-3-229/B, Yousufguda 500045 - his mother wants home visits. Is that done for "
      "OCD exposure here?",
      [("street_address", "House no. 8-3-229/B"), ("place", "Yousufguda"), ("zip_code", "500045")]),
    C("my client meenakshi's ammamma is ninety-eight years and lives alone near Thrissur. The family "
      "argues about who takes her. Advance grief?",
      [("name", "meenakshi"), ("age_over_89", "ninety-eight years"), ("place", "Thrissur")]),
    C("scooter number TN 09 BX 7731 - her ex parks outside her PG in Adyar every night. Police "
      "complaint or not?",
      [("vehicle", "TN 09 BX 7731"), ("place", "Adyar")]),
    C("Call his wife on +91 94480 55512 if he misses session, as agreed. He farms near Gadag. "
      "Rural suicide risk resources?",
      [("phone", "+91 94480 55512"), ("place", "Gadag")]),
    C("UHID 30418829107 at the district hospital in Hassan. Discharge summary says risperidone "
      "2 mg; family stopped it. What now?",
      [("medical_record", "30418829107"), ("place", "Hassan")]),
    C("ABHA 72-8830-1945-2261 is on the teleconsult slip from Bahraich. Can I keep a copy for "
      "my own file?",
      [("health_plan", "72-8830-1945-2261"), ("place", "Bahraich")]),
    C("Guddu-bhaiya (the client's cousin) runs Shree Ganesh Coaching Classes in Rewari and the "
      "client studies there. Whose dual relationship?",
      [("name", "Guddu-bhaiya"), ("place", "Shree Ganesh Coaching Classes"), ("place", "Rewari")]),
    C("UPI ID sunita.bhatt882@okexample shows as the payer; client says it's her aunt. She's 25. "
      "Should that worry me?",
      [("account", "sunita.bhatt882@okexample")]),
    C("Client Ishwar 'Ishu' Venkataraman-Cole emails from ishu.vc@mail.example.in at 4am about "
      "his JEE results. Boundaries with a 17-year-old?",
      [("name", "Ishwar"), ("name", "Ishu"), ("name", "Venkataraman-Cole"), ("email", "ishu.vc@mail.example.in")]),
    C("Flat 402, Tower C, Palm Grove Apartments, Sector 52 - she wants the report couriered there. "
      "Manesar traffic, so courier is fine?",
      [("street_address", "Flat 402, Tower C"), ("place", "Palm Grove Apartments"), ("place", "Sector 52"),
       ("place", "Manesar")]),
    C("Pin code 682011 was on the envelope her husband intercepted; now he knows she's staying "
      "near Ernakulam. Safety steps?",
      [("zip_code", "682011"), ("place", "Ernakulam")]),
    C("SA ID 8807150338089 is on the referral from Butterworth. Teacher, robbed at a taxi rank, "
      "wants a Xhosa-speaking counsellor.",
      [("ssn", "8807150338089"), ("place", "Butterworth")]),
    C("Medical aid no. 55108927 (Momentum) paid 5 sessions then stopped. She's in Vryburg and "
      "can't travel to Kimberley. Online?",
      [("health_plan", "55108927"), ("place", "Vryburg"), ("place", "Kimberley")]),
    C("He stays at 41 Aloe Crescent, Eersterivier 7100 with his gogo, who is ninety-one going on ninety-two. She's "
      "his whole world. Anticipatory grief?",
      [("street_address", "41 Aloe Crescent"), ("place", "Eersterivier"), ("zip_code", "7100"),
       ("age_over_89", "ninety-one going on ninety-two")]),
    C("Her boyfriend's taxi, reg CY 220-918, waits outside her school in Delft. She's 15. "
      "Mandatory reporting?",
      [("vehicle", "CY 220-918"), ("place", "Delft")]),
    C("Client Lerato Mokoena-Strydom WhatsApps from 072 555 0183. Nurse at the hospital in "
      "Polokwane, burning out. Texting boundaries?",
      [("name", "Lerato Mokoena-Strydom"), ("phone", "072 555 0183"), ("place", "Polokwane")]),
    C("the tuck shop on Mthembu street in umlazi is where he hangs out; the owner (bra themba) "
      "gives him odd jobs. Protective factor?",
      [("place", "tuck shop on Mthembu street"), ("place", "umlazi"), ("name", "bra themba")]),
    C("Gift Sithole-Van Wyk (Gift is his name) logs in from 198.51.100.74 at the mine hostel in "
      "Rustenburg. Privacy in shared rooms?",
      [("name", "Gift Sithole-Van Wyk"), ("ip_address", "198.51.100.74"), ("place", "Rustenburg")]),
    C("NRIC S8831047J was on the MC she forwarded. She's in Serangoon Gardens and wants me to "
      "write to her manager. Appropriate?",
      [("ssn", "S8831047J"), ("place", "Serangoon Gardens")]),
    C("Blk 218 Bedok North Street 1, #11-204, Singapore 460218 is their HDB. His mum moved in. "
      "Couple work in a 3-room flat?",
      [("street_address", "Blk 218 Bedok North Street 1, #11-204"), ("zip_code", "460218")]),
    C("Private-hire driver, plate SGX7720K, photographed her daughter at the void deck in Buangkok. "
      "Police report?",
      [("vehicle", "SGX7720K"), ("place", "Buangkok")]),
    C("Her Ah Kong is 99 going on 100 and in a nursing home in Ang Mo Kio. She visits only "
      "weekends and feels guilty. Filial piety?",
      [("age_over_89", "99 going on 100"), ("place", "Ang Mo Kio")]),
    C("FIN F7720418N, work permit holder at a dormitory in Kranji; the agent keeps his passport. "
      "Who does he call?",
      [("ssn", "F7720418N"), ("place", "Kranji")]),
    C("Client Siew Ling texts from +65 8555 0174 during lunch at the office in Raffles Place. "
      "Panic attacks at work, short sessions?",
      [("name", "Siew Ling"), ("phone", "+65 8555 0174"), ("place", "Raffles Place")]),
    C("Priyanka-ben from the Navsari temple committee keeps asking my client 'when is the "
      "wedding'. She's 31 and exhausted. Boundaries with community?",
      [("name", "Priyanka-ben"), ("place", "Navsari")]),
    C("mr. RAJKUMAR SUBRAMANIAM (all caps on the form) calls from +91 99520 55547 about his son. "
      "The son is 22 and didn't consent. Reply?",
      [("name", "RAJKUMAR SUBRAMANIAM"), ("phone", "+91 99520 55547")]),
    # ------------------------------------------------------------------
    # Philippines, Nigeria, Kenya, Malaysia, Hong Kong
    # ------------------------------------------------------------------
    C("PhilSys PCN 7720-4418-2093-5516 is on the ID she showed me; she's from Barangay Santo Niño "
      "in Taytay. OFW husband, loneliness. Ideas?",
      [("ssn", "7720-4418-2093-5516"), ("place", "Barangay Santo Niño"), ("place", "Taytay")]),
    C("PhilHealth 12-508827714-3 was rejected at the hospital in San Fernando, so she left before "
      "the psych consult. How do I get her back?",
      [("health_plan", "12-508827714-3"), ("place", "San Fernando")]),
    C("his tita Baby-Joy in Las Piñas tells the whole clan everything he says. He's 21 and wants "
      "privacy. Family systems angle?",
      [("name", "Baby-Joy"), ("place", "Las Piñas")]),
    C("she texts from 0918 555 0127 between shifts at the BPO in Ortigas. Night-shift sleep and "
      "low mood - what helped your clients?",
      [("phone", "0918 555 0127"), ("place", "Ortigas")]),
    C("Lolo Pering is ninety-seven years old and lives at 44 Ilang-Ilang Street, Brgy. Lias, Marilao "
      "3019. Family wants him moved. His choice?",
      [("name", "Lolo Pering"), ("age_over_89", "ninety-seven years old"), ("street_address", "44 Ilang-Ilang Street"),
       ("place", "Brgy. Lias"), ("place", "Marilao"), ("zip_code", "3019")]),
    C("tricycle plate 4471 QZ is the one her stepdad drives around Binangonan. She's 13 and says "
      "he watches her. Reporting in PH?",
      [("vehicle", "4471 QZ"), ("place", "Binangonan")]),
    C("Precious Joy Dimaculangan (PJ for short) calls from the call centre in Cebu IT Park "
      "on her break. Burnout at 23, where to start?",
      [("name", "Precious Joy Dimaculangan"), ("name", "PJ"), ("place", "Cebu IT Park")]),
    C("NIN 82094417361 was on the form her uncle filled in Abeokuta; she's 16 and 'travelling for "
      "work'. Trafficking red flags?",
      [("ssn", "82094417361"), ("place", "Abeokuta")]),
    C("Client Chukwunonso 'Nonso' Nwosu-Hart calls from 0806 555 0193 at his stall in Ariaria "
      "market, Aba. Depression in traders?",
      [("name", "Chukwunonso"), ("name", "Nonso"), ("name", "Nwosu-Hart"), ("phone", "0806 555 0193"),
       ("place", "Ariaria market"), ("place", "Aba")]),
    C("BVN 22730918844 got tied to a loan app that now messages all her contacts. She's "
      "mortified. Shame work with digital harassment?",
      [("ssn", "22730918844")]),
    C("HMO ID HYG/AB/772041 on her card only covers the psychiatrist in Yaba; she lives in "
      "Ikorodu. Travel is 3 hours. Options?",
      [("health_plan", "HYG/AB/772041"), ("place", "Yaba"), ("place", "Ikorodu")]),
    C("Keke plate LND-228KX hit his okada in Mushin; since then he won't ride. Accident PTSD in "
      "a gig worker, ideas?",
      [("vehicle", "LND-228KX"), ("place", "Mushin")]),
    C("my client Godsfavour lives with her aunty at No. 8 Ogunlana Drive and sleeps in the "
      "kitchen. She's 14. Escalate?",
      [("name", "Godsfavour"), ("street_address", "No. 8 Ogunlana Drive")]),
    C("Testimony and Miracle (twins, 15) share one phone; their dad reads the chats. How do I "
      "keep their sessions separate?",
      [("name", "Testimony"), ("name", "Miracle")]),
    C("Kenyan ID 31847209 on the referral; she's from a village near Kitale and now works as a "
      "house help in Lavington. Exploitation?",
      [("ssn", "31847209"), ("place", "Kitale"), ("place", "Lavington")]),
    C("KRA PIN A009271844P is on the payslip he brought in; he thinks the hotel in Diani is "
      "cheating him. Counselling or labour office?",
      [("ssn", "A009271844P"), ("place", "Diani")]),
    C("M-Pesa paybill account 55207184 is how she pays me and her husband sees the statements. "
      "Another channel?",
      [("account", "55207184")]),
    C("matatu reg KCX 118M is the one the boys in Githurai use to follow her. She's at the TTC "
      "in Thika. Safety plan?",
      [("vehicle", "KCX 118M"), ("place", "Githurai"), ("place", "Thika")]),
    C("Call his brother Otieno on +254 733 555 182 if he misses two sessions, agreed. He lives "
      "in Kisumu. Enough for high risk?",
      [("name", "Otieno"), ("phone", "+254 733 555 182"), ("place", "Kisumu")]),
    C("SHA no. SHA-0918-2274-6 stopped working and the hospital in Meru wants cash. He's dropping "
      "out of care. Advocacy?",
      [("health_plan", "SHA-0918-2274-6"), ("place", "Meru")]),
    C("Wambui Njoroge's mum, Mama Wanjiku, calls every day from Kiambu asking about sessions. "
      "Wambui is 20. Hold the line how?",
      [("name", "Wambui Njoroge"), ("name", "Mama Wanjiku"), ("place", "Kiambu")]),
    C("MyKad 910227-10-6638 was on the form from her employer in Seremban. They want a 'fitness' "
      "report. Decline?",
      [("ssn", "910227-10-6638"), ("place", "Seremban")]),
    C("Her car, PKN 7720, was found at the Teluk Batik car park; she'd gone to her cousin's in "
      "Sitiawan. Now the family watches her 24/7.",
      [("vehicle", "PKN 7720"), ("place", "Teluk Batik"), ("place", "Sitiawan")]),
    C("No. 15, Jalan Mawar 3, Taman Sri Jelok, Kajang 43000 - his mother wants the report "
      "there. He's 24. Who gets it?",
      [("street_address", "No. 15, Jalan Mawar 3"), ("place", "Taman Sri Jelok"), ("place", "Kajang"),
       ("zip_code", "43000")]),
    C("client Siti Khadijah binti Harun texts from 019-555 0248 in Kuala Terengganu; scared her "
      "family will find out. Is WhatsApp safe?",
      [("name", "Siti Khadijah binti Harun"), ("phone", "019-555 0248"), ("place", "Kuala Terengganu")]),
    C("Muthu a/l Ramasamy, ninety-three years old, lives with his son in Klang. The son (my "
      "client) is burning out. Respite in Malaysia?",
      [("name", "Muthu a/l Ramasamy"), ("age_over_89", "ninety-three years old"), ("place", "Klang")]),
    C("HKID M718204(6) on the form; she's a domestic helper in Tseung Kwan O and her employer "
      "keeps her phone. Scheduling?",
      [("ssn", "M718204(6)"), ("place", "Tseung Kwan O")]),
    C("Flat B, 22/F, Block 7, Shek Kip Mei Estate - he lives there with parents and his "
      "ninety-two-year-old grandma. No private space.",
      [("street_address", "Flat B, 22/F, Block 7"), ("place", "Shek Kip Mei Estate"),
       ("age_over_89", "ninety-two-year-old")]),
    C("minibus plate VK 7720 - her ex drives the Tai Wai route, so she walks. Avoidance or "
      "sensible? She's exhausted.",
      [("vehicle", "VK 7720"), ("place", "Tai Wai")]),
    C("she calls from 5550 2817 (HK mobile) at lunch from the bank in Quarry Bay. Panic at "
      "work, 30-minute sessions?",
      [("phone", "5550 2817"), ("place", "Quarry Bay")]),
    C("Ah Fong (her grandmother's nickname for her) says Mrs Chan Siu-wai from the Yau Tsim "
      "church group 'reports back'. Safe space?",
      [("name", "Ah Fong"), ("name", "Chan Siu-wai"), ("place", "Yau Tsim")]),
    # ------------------------------------------------------------------
    # Names from many cultures: word-names, nicknames, initials, titles,
    # kinship words, lower case and caps, with pattern identifiers
    # ------------------------------------------------------------------
    C("Consult: Precious Chikwanha, 29, emails from precious.c.writes@inbox.example after every "
      "family visit. Precious asked me to reply same day. Do I?",
      [("name", "Precious Chikwanha"), ("email", "precious.c.writes@inbox.example")]),
    C("Memory Banda-Okafor and her sister Loveth share one laptop at 192.0.2.176. How do I keep "
      "their sessions private from each other?",
      [("name", "Memory Banda-Okafor"), ("name", "Loveth"), ("ip_address", "192.0.2.176")]),
    C("my client rejoice (she writes it lower case, 'nothing to live up to') started at the "
      "nursing school in Kumasi this term. identity work?",
      [("name", "rejoice"), ("place", "Kumasi")]),
    C("Goodluck Mwakasege posted about our group on fb.example/goodluck.m.speaks and tagged "
      "the practice. Any public response at all?",
      [("name", "Goodluck Mwakasege"), ("url", "fb.example/goodluck.m.speaks")]),
    C("Her daughter Promise was born on 9 October 2017, the day her brother was killed. Every "
      "birthday is also the anniversary. Holding both?",
      [("name", "Promise"), ("date", "9 October 2017")]),
    C("Client Prosper Agyeman-Lund's router sits at 10.0.9.201 and his father can see every site. "
      "He wants to look up LGBTQ groups. Tips?",
      [("name", "Prosper Agyeman-Lund"), ("ip_address", "10.0.9.201")]),
    C("DR. NAKASHIMA-FERRIS (his psychiatrist) faxed the med change from (319) 555-0124 to my old "
      "office. Can faxes be forwarded?",
      [("name", "NAKASHIMA-FERRIS"), ("fax", "(319) 555-0124")]),
    C("MRN 0082-4471-93 for Charity Mutasa-Grey at the county hospital. ROI signed, she asked me "
      "to call. Who asks for whom?",
      [("medical_record", "0082-4471-93"), ("name", "Charity Mutasa-Grey")]),
    C("Ji-hoon's mother wants the assessment emailed to jh.lee.family@mail.example.kr and "
      "translated. Ji-hoon is 17. Parental rights abroad?",
      [("name", "Ji-hoon"), ("email", "jh.lee.family@mail.example.kr")]),
    C("the boys' mum, nneamaka, keeps calling reception; the twins are kamsiyochukwu and "
      "chimamanda. twin rivalry or re-enactment?",
      [("name", "nneamaka"), ("name", "kamsiyochukwu"), ("name", "chimamanda")]),
    C("Ugochi's Instagram @ugochi.rising.slowly is public and she's posting about sessions "
      "(not naming me). Raise it?",
      [("name", "Ugochi"), ("url", "@ugochi.rising.slowly")]),
    C("Milagros Quispe-Harwood was born 5/11/1932 per her card; she's a ninety-four-yr-old "
      "widow and my oldest client. Reminiscence work?",
      [("name", "Milagros Quispe-Harwood"), ("date", "5/11/1932"), ("age_over_89", "ninety-four-yr-old")]),
    C("Client is a first officer, licence ATPL 558207, who disclosed his depression to the "
      "regulator. He wants a letter. Scope?",
      [("licence", "ATPL 558207")]),
    C("My client Vihaan Ramaswamy-Ortiz works in a shared office; his Zoom link "
      "zoom.example/j/59930281174 keeps popping up on the big screen.",
      [("name", "Vihaan Ramaswamy-Ortiz"), ("url", "zoom.example/j/59930281174")]),
    C("Kwakye's insulin pump (Omnipod, serial OPD-8830-127) links to his mum's phone. He's 15 "
      "and feels watched. Middle ground?",
      [("name", "Kwakye"), ("device", "OPD-8830-127")]),
    C("IP 203.0.113.142 logged into Tanvi's telehealth account while she was sitting with me. "
      "Someone has her password.",
      [("ip_address", "203.0.113.142"), ("name", "Tanvi")]),
    C("Email from rosalinda.mapa.t@correo.example: 'Don't tell my father anything.' Rosalinda "
      "turns 18 on Friday. What changes?",
      [("email", "rosalinda.mapa.t@correo.example"), ("name", "Rosalinda")]),
    C("Mrs Fatima-Zahra Benali-Hughes, DOB 12/04/1934, wants to stop chemo; her son wants her "
      "'talked round'. My role?",
      [("name", "Fatima-Zahra Benali-Hughes"), ("date", "12/04/1934")]),
    C("He signs off as 'Lil Kunle' in the group chat; real name Olakunle Adeyemi-Foster. He "
      "screenshotted my message. Group rules?",
      [("name", "Lil Kunle"), ("name", "Olakunle Adeyemi-Foster")]),
    C("Lab accession LB-20261118-207 shows a valproate level of 140 for Astrid Haugen-Mbeki. "
      "Prescriber is away. Who today?",
      [("medical_record", "LB-20261118-207"), ("name", "Astrid Haugen-Mbeki")]),
    C("MAC 02:c7:19:4e:88:3a keeps appearing on her home wifi; she thinks her ex left a "
      "tracker. Tech safety referral?",
      [("device", "02:c7:19:4e:88:3a")]),
    C("The school nurse's fax is 020 7946 0815; she wants Maryam-Bibi's plan faxed. Maryam-Bibi "
      "is 12. Both parents' consent?",
      [("fax", "020 7946 0815"), ("name", "Maryam-Bibi")]),
    C("client's imam, Sheikh Yusuf Al-Hashimi, emailed from imam.yusuf@masjid.example asking to "
      "'work together'. Client consented. Format?",
      [("name", "Yusuf Al-Hashimi"), ("email", "imam.yusuf@masjid.example")]),
    C("Oupa Hendrik 'Hennie' Botha, a ninety-year-old still farming, wants help writing to his estranged "
      "sons. Life review with a purpose?",
      [("name", "Oupa Hendrik"), ("name", "Hennie"), ("name", "Botha"), ("age_over_89", "ninety-year-old")]),
    C("Yaretzi-Paz started the group on Feb 9th and stopped on the 17th; too many people, she "
      "said. Step up or step down?",
      [("name", "Yaretzi-Paz"), ("date", "Feb 9th")]),
    C("IMEI 35-884201-770193-4 appears in the police report; her ex tracked the phone he "
      "'gave' her. Explaining tech abuse?",
      [("device", "35-884201-770193-4")]),
    C("Link https://teams.example.com/l/meetup/rangimarie-t-wed-0914 was posted in the whānau chat by "
      "Rangimārie's uncle. Reset the link?",
      [("url", "https://teams.example.com/l/meetup/rangimarie-t-wed-0914"), ("name", "Rangimārie")]),
    C("Employee ID EMP-2093318 is on the EAP referral for Bogdan Kowalczyk-Reyes; the employer "
      "wants attendance confirmed. How much?",
      [("account", "EMP-2093318"), ("name", "Bogdan Kowalczyk-Reyes")]),
    C("Client MARIA-LUISA DELA CRUZ (caps on everything) logs in from 198.51.100.188 on the "
      "detention centre laptop. Confidentiality there?",
      [("name", "MARIA-LUISA DELA CRUZ"), ("ip_address", "198.51.100.188")]),
    C("DOB 1930-06-21 on the hospice referral; he calls himself 'ninety-six and finished'. "
      "Assessing wishes to hasten death?",
      [("date", "1930-06-21"), ("age_over_89", "ninety-six and finished")]),
    C("Rx no. 7720914 at the pharmacy shows two Xanax scripts from two prescribers. Do I tell "
      "one of them?",
      [("medical_record", "7720914")]),
    C("Shabnam and her mother Nasrin both see me separately. Nasrin asked what Shabnam talks about. "
      "Should I stop one of them?",
      [("name", "Shabnam"), ("name", "Nasrin")]),
    C("Her Garmin (device ID GRM-4C7-2209-TK) syncs to her husband's account. She plans to leave. "
      "Does she take it?",
      [("device", "GRM-4C7-2209-TK")]),
    C("Uncle Feliciano, 102 years young, calls from the landline 0117 496 0285 asking for his "
      "wife. Grief or dementia?",
      [("name", "Uncle Feliciano"), ("age_over_89", "102 years young"), ("phone", "0117 496 0285")]),
    C("client (oleksandr, 16) uses the handle twitch.example/dnipro_nightfox and talks about "
      "self-harm on stream. Report?",
      [("name", "oleksandr"), ("url", "twitch.example/dnipro_nightfox")]),
    C("Please fax (204) 555-0186, attn: Dr. Ngaio Featherby-Lam. The psychiatrist needs my notes "
      "before the capacity hearing.",
      [("fax", "(204) 555-0186"), ("name", "Ngaio Featherby-Lam")]),
    C("Email from noa.shapiro.law@lawfirm.example, Noa's divorce lawyer, asks for my 'view' of "
      "the husband. Never met him.",
      [("email", "noa.shapiro.law@lawfirm.example"), ("name", "Noa")]),
    C("IPv6 2001:db8:9c2::41 shows on the portal logs for Whetū's account while she's abroad. "
      "Is her partner logging in?",
      [("ip_address", "2001:db8:9c2::41"), ("name", "Whetū")]),
    C("Card number 4000 0055 1827 4419 was used by her son to pay for loot boxes; she wants to "
      "report him. He's 14.",
      [("account", "4000 0055 1827 4419")]),
    C("First session with Zofia Wróblewska-Tan on 11 March 2026 - she picked the date, the "
      "anniversary of the accident. Reclaiming?",
      [("name", "Zofia Wróblewska-Tan"), ("date", "11 March 2026")]),
    C("Her doorbell camera (serial DB4-7720-K18) is on her ex's account and he watches her door. "
      "Who helps with this?",
      [("device", "DB4-7720-K18")]),
    C("the client's gran, ina mcgillivray, turned a hundred and two last week; card from the King. "
      "client says 'that's me in 75 years'. existential?",
      [("name", "ina mcgillivray"), ("age_over_89", "a hundred and two")]),
    C("Abena's ex emails from a burner, shadow.wolf.2290@anonmail.example; police want the "
      "headers. How do I help her export them?",
      [("name", "Abena"), ("email", "shadow.wolf.2290@anonmail.example")]),
    C("Fax (08) 5550 9184 goes to the clinic in Halls Creek; the nurse wants the safety plan for "
      "Jedda. Faxes still?",
      [("fax", "(08) 5550 9184"), ("place", "Halls Creek"), ("name", "Jedda")]),
    C("Thu-Trang Lê-Morrison asked me to email her notes to ttlm.notes@cloud.example, a personal "
      "account. Risks?",
      [("name", "Thu-Trang Lê-Morrison"), ("email", "ttlm.notes@cloud.example")]),
    C("her baba (Teodor, 94 y.o.) is in the memory unit and doesn't know her now. Ambiguous loss "
      "resources?",
      [("name", "Teodor"), ("age_over_89", "94 y.o.")]),
    C("Hearing on 17 June at the family court; Anahí's ex subpoenaed me. First subpoena, "
      "help!",
      [("date", "17 June"), ("name", "Anahí")]),
    C("J. K. Adjei-Boateng (signs only with initials) sent a cheque from his account 40718822; "
      "he's paying for his daughter. She's 23. Okay?",
      [("name", "J. K. Adjei-Boateng"), ("account", "40718822")]),
    C("Mr T. Okonkwo-Reilly wants a report on his wife's attendance. She hasn't consented. "
      "Reply from the practice email?",
      [("name", "T. Okonkwo-Reilly")]),
    C("Big Mama Lovina (that's what the kids call her) is aged 93 and minds four grandkids "
      "in Opa-locka. My client is one of them.",
      [("name", "Big Mama Lovina"), ("age_over_89", "aged 93"), ("place", "Opa-locka")]),
    C("My client's cousin-brother Sanju keeps turning up at sessions in Bhopal. Kinship and "
      "confidentiality in Indian families?",
      [("name", "Sanju"), ("place", "Bhopal")]),
    C("Tito Boyet drives the jeep for the family and knows every appointment. She's 19 and in "
      "Dagupan. How to keep it private?",
      [("name", "Tito Boyet"), ("place", "Dagupan")]),
    C("Baba Moses (the client's father-in-law) in Gulu wants to attend the couple session. "
      "Elders in couples work?",
      [("name", "Baba Moses"), ("place", "Gulu")]),
    C("Welcome Dlamini (Welcome is his first name) got his licence, PrDP 8830417, pulled after "
      "the crash in Ermelo. Shame spiral.",
      [("name", "Welcome Dlamini"), ("licence", "PrDP 8830417"), ("place", "Ermelo")]),
    C("Sunday Adebisi is a client, not a day - he laughs about it. He calls from 0809 555 0172 "
      "from Ogbomosho. Weekly phone sessions?",
      [("name", "Sunday Adebisi"), ("phone", "0809 555 0172"), ("place", "Ogbomosho")]),
    C("Fortune Moyo-Pillay's discord is discord.example/users/fortune_nightshift_9 and her "
      "dad wants me to watch it. She's 16.",
      [("name", "Fortune Moyo-Pillay"), ("url", "discord.example/users/fortune_nightshift_9")]),
    C("Router page at 192.168.203.1 - her husband changed the admin password and she's locked "
      "out. Rashmi wants to leave quietly.",
      [("ip_address", "192.168.203.1"), ("name", "Rashmi")]),
    C("Kalani Kahananui was served a driving ban; licence no. H08847221 (Hawaii) suspended. His "
      "job on Molokai needs it.",
      [("name", "Kalani Kahananui"), ("licence", "H08847221"), ("place", "Molokai")]),
    C("Trailer rego TC-9931B is on the caravan he lives in behind his aunty's house in "
      "Cloncurry. Council says it's illegal.",
      [("vehicle", "TC-9931B"), ("place", "Cloncurry")]),
    C("Losaline Fifita-Barnes' Medicaid ID 71120448K was dropped at 19. She's mid-trauma work. "
      "Bridge options?",
      [("name", "Losaline Fifita-Barnes"), ("health_plan", "71120448K")]),
    C("Email: jurgita.petrauskaite@uni.example.lt says she can't continue. Jurgita has 3 sessions "
      "left. Reach out?",
      [("email", "jurgita.petrauskaite@uni.example.lt"), ("name", "Jurgita")]),
    C("client mohammed-ali and his brother karim share 10.14.2.66 at the hostel; karim reads his "
      "chats. digital privacy for asylum seekers?",
      [("name", "mohammed-ali"), ("name", "karim"), ("ip_address", "10.14.2.66")]),
    C("Her anniversary reaction comes around 14/11 every year, the night of the fire. Plan "
      "ahead how?",
      [("date", "14/11")]),
    C("He blogs at https://stillwater.example.org/blog/year-of-lithium and names his ward. He's "
      "proud. Should I read it?",
      [("url", "https://stillwater.example.org/blog/year-of-lithium")]),
    C("Nomvula-Grace's uncle (she calls him Malume Sifiso) pays for therapy and wants updates. "
      "She's 21. Holding the line?",
      [("name", "Nomvula-Grace"), ("name", "Malume Sifiso")]),
    C("GRANDMA ESPERANZA (the client types everything in caps) is ninety-nine and a half and lives with "
      "them in Hialeah. Three generations, one flat.",
      [("name", "GRANDMA ESPERANZA"), ("age_over_89", "ninety-nine and a half"), ("place", "Hialeah")]),
    C("Client Dmytro Bondarenko-Kay's pharmacist licence PH-558203 is under review. He lives in "
      "Saskatoon. Fitness-to-practise support?",
      [("name", "Dmytro Bondarenko-Kay"), ("licence", "PH-558203"), ("place", "Saskatoon")]),
    # ------------------------------------------------------------------
    # More positives: invented places, businesses, records, devices, links
    # ------------------------------------------------------------------
    C("She grew up in Hobbledown Cross, six farms past Nettlecombe Water, and the whole valley "
      "knew. Rural shame, where to begin?",
      [("place", "Hobbledown Cross"), ("place", "Nettlecombe Water")]),
    C("The Sorrel Street surgery in Bishops Itchington faxes from 01926 555 074 and the last one "
      "had another patient's bloods. Breach route?",
      [("place", "Sorrel Street surgery"), ("place", "Bishops Itchington"), ("fax", "01926 555 074")]),
    C("He does nights at the Kingfisher Inn in Tring and the manager, Dougie Pratt, pays cash. "
      "Shift-work sleep adaptations?",
      [("place", "Kingfisher Inn"), ("place", "Tring"), ("name", "Dougie Pratt")]),
    C("PO Box 6630, Yamba NSW 2464 is the only address she'll share. The GP wants a street "
      "address for the plan. Does it matter?",
      [("street_address", "PO Box 6630"), ("place", "Yamba"), ("zip_code", "2464")]),
    C("Her yacht, reg WB 7731 QS, is moored at Careening Cove and she's lived aboard since the "
      "separation. Sea-change or avoidance?",
      [("vehicle", "WB 7731 QS"), ("place", "Careening Cove")]),
    C("client rents the annexe at Foxglove Farm near Ripley Hollow; the landlord (Mr Penhallow) "
      "lets himself in. safety + tenancy?",
      [("place", "Foxglove Farm"), ("place", "Ripley Hollow"), ("name", "Penhallow")]),
    C("Plumber's licence PL 5520718 lapsed in his depression and he can't work. Practical help "
      "alongside therapy?",
      [("licence", "PL 5520718")]),
    C("Her ICD (implantable defibrillator, ID ICD-5518-2074-Q) shocked her twice in a month; now "
      "she won't leave the house. Cardiac anxiety?",
      [("device", "ICD-5518-2074-Q")]),
    C("the twins go to Busy Bees nursery in great missenden and dad turned up drunk at pickup. "
      "does the nursery need to hear from me?",
      [("place", "Busy Bees nursery"), ("place", "great missenden")]),
    C("Logins from 172.20.14.9 (refuge wifi) and 198.51.100.29 (home) on the same day. She says "
      "she's left him. What do I believe?",
      [("ip_address", "172.20.14.9"), ("ip_address", "198.51.100.29")]),
    C("His Apple Watch serial H7TQ2209LK logs his pulse and he checks it 150 times a day. "
      "Wearables and health anxiety, papers?",
      [("device", "H7TQ2209LK")]),
    C("Policy no. SX-5518-20741 covers only 8 sessions a year for Mele Tupou-Harris. She's in "
      "Ōtāhuhu. Public options?",
      [("health_plan", "SX-5518-20741"), ("name", "Mele Tupou-Harris"), ("place", "Ōtāhuhu")]),
    C("Fax from the Juniper Hill Clinic in Gilroy came from (408) 555-0191 with another client's "
      "name on it. Tell them?",
      [("place", "Juniper Hill Clinic"), ("place", "Gilroy"), ("fax", "(408) 555-0191")]),
    C("MRN 77-3018-4Q at St Brigid's Ward in Castlerea. She wants her detention papers "
      "explained. Can I go through them with her?",
      [("medical_record", "77-3018-4Q"), ("place", "St Brigid's Ward"), ("place", "Castlerea")]),
    C("Rent account 80217744 with the housing trust in Glossop is in arrears; eviction letter "
      "came. Referral routes?",
      [("account", "80217744"), ("place", "Glossop")]),
    C("client's mum, Florence Addo-Kingsley, works at the Primrose Lodge care home in lower "
      "heyford, where my client was hurt as a child.",
      [("name", "Florence Addo-Kingsley"), ("place", "Primrose Lodge care home"), ("place", "lower heyford")]),
    C("The baby monitor (serial BMX-7720-4418) was hacked and her ex spoke through it. She "
      "hasn't slept since. Immediate steps?",
      [("device", "BMX-7720-4418")]),
    C("Email to the Oakhurst Academy pastoral team, wellbeing@oakhurst.example.org.uk, bounced. "
      "Another way in? Safeguarding.",
      [("place", "Oakhurst Academy"), ("email", "wellbeing@oakhurst.example.org.uk")]),
    C("Her page https://www.caringbridge.example/visit/marguerite-oyinlola is public; her dad "
      "posts after each session. Marguerite-Ayo is 26.",
      [("url", "https://www.caringbridge.example/visit/marguerite-oyinlola"), ("name", "Marguerite-Ayo")]),
    C("MyChart shows a login from 203.0.113.207 at 4am; she was asleep. Her son Caspian knows "
      "the password. Raise it how?",
      [("ip_address", "203.0.113.207"), ("name", "Caspian")]),
    C("Claim number WC-2026-118204 for the shoulder; the insurer's psych in Ararat wrote 'poor "
      "effort'. He's furious. Validate first?",
      [("account", "WC-2026-118204"), ("place", "Ararat")]),
    C("Date of death on the certificate: 28 April 2026. His widow can't open the envelope. "
      "Graded exposure to a letter?",
      [("date", "28 April 2026")]),
    C("She's in room 6 at Harbour Light House in Westport and her partner knows the building. "
      "Move her to another town?",
      [("place", "Harbour Light House"), ("place", "Westport")]),
    C("Pilot's licence CPL 31-88204 is under review since his disclosure. He flies charters out "
      "of Albany. Pacing therapy around it?",
      [("licence", "CPL 31-88204"), ("place", "Albany")]),
    C("Anyone know the Thornbury Family Hub in Haslingden? Client's social worker there (Jas "
      "Kaur-Whitaker) never calls back.",
      [("place", "Thornbury Family Hub"), ("place", "Haslingden"), ("name", "Jas Kaur-Whitaker")]),
    C("Kaiser MRN 220581774 for a client who is ninety-one and three months, in Turlock; she "
      "wants to talk about the camps. Resources?",
      [("medical_record", "220581774"), ("age_over_89", "ninety-one and three months"), ("place", "Turlock")]),
    C("Medical aid 4418207793 (GEMS) rejected the claim from the practice in Potchefstroom. "
      "She's a student. Sliding scale?",
      [("health_plan", "4418207793"), ("place", "Potchefstroom")]),
    C("Hospital fax 031 555 0287 is on the letterhead; she wants the KwaDukuza team to send the plan to the "
      "clinic in Howick.",
      [("fax", "031 555 0287"), ("place", "KwaDukuza"), ("place", "Howick")]),
    C("Call her on 0491 570 692 before 8, she opens the Wattle Street bakery in Scottsdale at 9. "
      "Tiny Tassie town, everyone knows.",
      [("phone", "0491 570 692"), ("place", "Wattle Street bakery"), ("place", "Scottsdale")]),
    C("Date of the assault: 19th of January 2026, per the statement. Anniversary coming. Plan "
      "around it?",
      [("date", "19th of January 2026")]),
    C("Block 4, Flat 2C, Emerald Court, Lekki Phase 1 - his mother rings me from there daily. He's "
      "27 and wants her out of it.",
      [("street_address", "Block 4, Flat 2C"), ("place", "Emerald Court"), ("place", "Lekki Phase 1")]),
    C("Client's hearing-loop receiver (ID LP-00918-442) picks up the next room's sessions in our "
      "Bundaberg office. Soundproofing?",
      [("device", "LP-00918-442"), ("place", "Bundaberg")]),
    C("pls send intake via bit.example/tp-intake-0918 - the client (temperance price) wants her "
      "own link. short links ok?",
      [("url", "bit.example/tp-intake-0918"), ("name", "temperance price")]),
    C("Fax 0131 496 0318 at the Penicuik surgery for the risk letter for Fraser. Email not "
      "allowed there, they say.",
      [("fax", "0131 496 0318"), ("place", "Penicuik"), ("name", "Fraser")]),
    C("Her kid's CHIP ID 55820917R lists her as guardian but dad has custody now. Who consents "
      "to therapy?",
      [("health_plan", "55820917R")]),
    C("He's ninety-seven years of age, alone on Inishbofin, ferry his only link. Telehealth with "
      "bad signal, hacks?",
      [("age_over_89", "ninety-seven years of age"), ("place", "Inishbofin")]),
    C("my client chiamaka-joy's email is cj.writes.slowly@post.example and she signs 'the girl "
      "from Awka'. respond to essays?",
      [("name", "chiamaka-joy"), ("email", "cj.writes.slowly@post.example"), ("place", "Awka")]),
    C("Her son's student no. T5582-0917 at Millbrook Secondary was used to log into his account "
      "from home. Bullying evidence?",
      [("account", "T5582-0917"), ("place", "Millbrook Secondary")]),
    C("MRN LX-31-8820 from the Kokstad hospital lists her abusive uncle as next of kin. How does "
      "she change it?",
      [("medical_record", "LX-31-8820"), ("place", "Kokstad")]),
    C("podcast at podcasts.example/show/the-honest-drover, ep 6 is about our work (no names). "
      "Client Angus Mackay-Tuilagi wants my blessing.",
      [("url", "podcasts.example/show/the-honest-drover"), ("name", "Angus Mackay-Tuilagi")]),
    C("The fundraiser gofund.example/f/bring-ebubedike-home names my client as the one 'saving him'. "
      "Ebubedike is her brother. Boundaries?",
      [("url", "gofund.example/f/bring-ebubedike-home"), ("name", "Ebubedike")]),
    C("Chart no. TG-4418-0927 at the Katikati hospital calls her 'non-compliant'. She wants it "
      "corrected. Process?",
      [("medical_record", "TG-4418-0927"), ("place", "Katikati")]),
    C("The deep brain stimulator (serial DBS-2207-55183) was adjusted and his mood dropped. "
      "Liaise with neuro how?",
      [("device", "DBS-2207-55183")]),
    C("Pharmacy record PR-88127 at the Chemist Warehouse in Chinchilla lists two benzo prescribers "
      "for Keilani. Raise it with her?",
      [("medical_record", "PR-88127"), ("place", "Chemist Warehouse"), ("place", "Chinchilla"), ("name", "Keilani")]),
    C("Her Oura ring (serial OR3-K4471-XB) shares sleep data with her coach, who comments on it. "
      "Athlete, 19. Boundaries?",
      [("device", "OR3-K4471-XB")]),
    C("She lists her blog, https://lanternwalks.example.net/posts/after-the-ward, on her CV. It "
      "names our clinic. Raise it?",
      [("url", "https://lanternwalks.example.net/posts/after-the-ward")]),
    C("Her ex tracks her through an AirTag, serial HQ2K7720PL, found in her son's school bag. "
      "Police interest is low. Options?",
      [("device", "HQ2K7720PL")]),
    C("Transport card 3085 2207 4418 9921 shows every trip she takes; her husband holds the "
      "account. Coercive control, documented?",
      [("account", "3085 2207 4418 9921")]),
    C("The referral came from aroha.ngata@kaupapa.example.nz with Tipene's full whakapapa in it. "
      "Too much info. Reply?",
      [("email", "aroha.ngata@kaupapa.example.nz"), ("name", "Tipene")]),
    C("Her fax line 03 555 0471 at the Gore practice is the only way the GP will take my letter "
      "for Shona. 2026 and faxing.",
      [("fax", "03 555 0471"), ("place", "Gore"), ("name", "Shona")]),
    C("NHS number 720 118 4493 on the discharge letter has a typo; the client's records merged "
      "with a stranger's in Barnstaple. Help?",
      [("medical_record", "720 118 4493"), ("place", "Barnstaple")]),
    C("Her Medicare Advantage ID 8KT4-WQ2-7720 stopped covering telehealth in Warroad. She's "
      "92 yrs old and can't drive. Appeals?",
      [("health_plan", "8KT4-WQ2-7720"), ("place", "Warroad"), ("age_over_89", "92 yrs old")]),
    # ------------------------------------------------------------------
    # More names: nicknames, initials, caps, lower case, kinship words
    # ------------------------------------------------------------------
    C("client goes by 'Titch' (he's 6'4\"), real name Fetu Leiataua-Grant, and logs in from "
      "203.0.113.61 at his cousin's. Privacy at home?",
      [("name", "Titch"), ("name", "Fetu Leiataua-Grant"), ("ip_address", "203.0.113.61")]),
    C("BOGUSŁAWA NOWAK-ADEBAYO (her caps) sent the consent form back unsigned with 'ask my son' "
      "written on it. She's 72. Capacity or culture?",
      [("name", "BOGUSŁAWA NOWAK-ADEBAYO")]),
    C("my client's abuela, doña remedios, prays the rosary during our telehealth sessions in the "
      "same room. she's lovely. privacy though?",
      [("name", "doña remedios")]),
    C("R. Balasubramanian (just the initial on the referral) is a 44-year-old engineer whose "
      "login comes from 198.51.100.93 at the office. Work laptop risk?",
      [("name", "R. Balasubramanian"), ("ip_address", "198.51.100.93")]),
    C("Nhlanhla's big sister, Sis Zodwa, wants to sit in on his sessions. He's 18. Cultural "
      "expectations vs autonomy?",
      [("name", "Nhlanhla"), ("name", "Sis Zodwa")]),
    C("Kuya Jun-Jun (her older brother) pays the bills and reads her texts. She's 20 and in "
      "Bacolod. How do we communicate safely?",
      [("name", "Kuya Jun-Jun"), ("place", "Bacolod")]),
    C("Hōhepa 'Bro' Pōtae-Hirini shares the whānau laptop, IP 10.3.77.12, with nine cousins. "
      "Telehealth in overcrowded homes?",
      [("name", "Hōhepa"), ("name", "Bro"), ("name", "Pōtae-Hirini"), ("ip_address", "10.3.77.12")]),
    C("Mamá Chayo keeps calling the front desk asking whether Dulce María came. Dulce María is 25. "
      "Scripts for reception?",
      [("name", "Mamá Chayo"), ("name", "Dulce María")]),
    C("ms. nguyen thi hoa (lower case on the form) asked for an interpreter from outside the "
      "Vietnamese community in Cabramatta. Sensible?",
      [("name", "nguyen thi hoa"), ("place", "Cabramatta")]),
    C("Ewurama 'Rams' Quaye-Lindqvist wants her session notes sent to a friend. She's "
      "competent, 31. Is a friend a valid recipient?",
      [("name", "Ewurama"), ("name", "Rams"), ("name", "Quaye-Lindqvist")]),
    # ------------------------------------------------------------------
    # Clean: drug brand names, doses, labs, scales, codes
    # ------------------------------------------------------------------
    C("Zoloft 150 mg since spring, PHQ-9 from 21 to 12, GAD-7 stuck at 15. Psychiatrist wants to add "
      "Wellbutrin XL 150. Anyone seen that combo help with the flatness?", []),
    C("Lexapro 20 mg and she still can't cry at the funeral. Emotional blunting on SSRIs - do you "
      "raise it with the prescriber or let her?", []),
    C("Vyvanse 50 mg, appetite gone by 9am, weight down 3 kg in a month. Parents want therapy to "
      "'fix his eating'. Not really my job alone, is it?", []),
    C("Seroquel XR 300 at night, wakes like a zombie, misses the 10:30 group every Tuesday. Do I "
      "move the group or push for a med review?", []),
    C("Lamictal titration paused at 100 mg because of a rash that turned out to be eczema. "
      "Restarting from 25. Mood is sliding. Bridging skills?", []),
    C("Abilify 5 mg added for augmentation and now the akathisia. He thought it was the anxiety "
      "coming back. How do you explain the difference to clients?", []),
    C("Trintellix 10 mg, nausea first two weeks, then fine. Client asks if she has to stay on it "
      "forever. How much do you say about meds?", []),
    C("Spravato sessions twice weekly at the clinic and she's exhausted by the dissociation after. "
      "Same-day therapy or next day?", []),
    C("Suboxone 16 mg, stable 8 months, wants to taper before his daughter's birth. Sublocade as "
      "a bridge? His prescriber is keen.", []),
    C("Vivitrol shot every 28 days and cravings are down. Now he's bored and irritable on "
      "Fridays. Behavioural activation for early recovery?", []),
    C("Antabuse was his idea and his wife supervises the dose. It feels like a control dynamic. "
      "Campral instead, or is that not my call?", []),
    C("Ozempic and Mounjaro questions come up with my binge-eating clients weekly now. How do you "
      "talk about GLP-1s without diet-culture framing?", []),
    C("Klonopin 0.5 mg as needed, using it daily now. Taper plan is the prescriber's, but CBT for "
      "panic alongside - sequence?", []),
    C("Ambien sleepwalking episode, she ate a whole loaf at 3am. Switching to CBT-I and off the "
      "Z-drugs. Sleep restriction with a night-shift nurse?", []),
    C("Effexor XR withdrawal brain zaps after a missed dose on a camping trip. Psychoed so she "
      "packs meds first next time?", []),
    C("Concerta 36 mg works for school but the 'crash' at 5pm wrecks homework. Intuniv added in the "
      "evenings. Anyone see good behaviour-plan combos?", []),
    C("Cymbalta 60 mg for pain and mood; she's better on pain, not mood. Which gets the credit "
      "in my notes?", []),
    C("Remeron 15 mg for sleep and appetite in a 78-year-old. Falls risk. Anyone coordinating with "
      "geriatrics on this?", []),
    C("Latuda 40 mg with dinner (needs 350 calories) and she skips dinner. Bipolar depression and "
      "meal routines - any practical tips?", []),
    C("Narcan training for the whole team is booked. Anyone written a policy for a client who "
      "overdoses in the waiting room?", []),
    C("Champix and the mood warnings - he's anxious about starting. Smoking cessation support "
      "alongside depression work?", []),
    C("Depakote level 92, tremor, hair thinning. She's 24 and devastated about the hair. Body "
      "image work while the psychiatrist reviews?", []),
    C("Elvanse in the UK, Vyvanse in the US - a transatlantic client is confused by the names. "
      "Any plain-language med glossary you like?", []),
    C("Clozaril clinic appointments every week for bloods. He says the Monday trips are the only "
      "structure he has. Build on it?", []),
    C("Buspar 10 mg three times a day and 'it does nothing'. Six weeks in. Is that a fair trial "
      "for GAD, or too early to call?", []),
    C("Hydroxyzine as needed is all the GP will give her. Panic disorder, 4 attacks a week. "
      "Interoceptive exposure without a safety pill?", []),
    C("Invega Sustenna monthly, insight improving. He wants to talk about the hospital stay now. "
      "Narrative work on psychosis, tips?", []),
    C("Strattera 40 mg, three weeks, 'no difference'. Parents want to stop. How long until "
      "atomoxetine shows an effect, roughly?", []),
    C("MADRS 28 to 14 over 10 weeks of IPT. Psychiatrist calls it response, not remission. Client "
      "calls it her life back. Whose language in the report?", []),
    C("C-SSRS screen positive on item 2 only, no plan, no intent. The Columbia protocol says "
      "follow-up; our form says 'low'. Which wins?", []),
    C("CAPS-5 total 44 at baseline, PE for 12 sessions, now 19. She wants to stop. Is PTSD "
      "'remitted' if she still avoids fireworks?", []),
    C("YMRS 18 at the last review, sleeping 4 hours, spending. The team is split on hypomania. "
      "What would you flag to the psychiatrist?", []),
    C("ASRS part A positive, DIVA interview pending. Client wants a 'yes' now. How do you hold "
      "assessment uncertainty?", []),
    C("Vanderbilt teacher form: 7 of 9 inattentive items. Parent form: 3. Big gap. Context "
      "specific or informant bias?", []),
    C("ADOS-2 module 4 scores below cut-off, but the AQ-10 and SRS-2 are high. Masking in an "
      "adult woman - how do you write that up?", []),
    C("CORE-10 dropped from 24 to 11, WEMWBS up 9 points. Our NHS Talking Therapies dashboard "
      "wants one number. Which do you lead with?", []),
    C("EDE-Q global 4.2, SCOFF 4/5. GP says BMI is 'normal' so no referral. Atypical anorexia "
      "advocacy letters - what works?", []),
    C("AUDIT-C 9, DAST-10 4. He's 'a social drinker' and 'only weed at weekends'. Motivational "
      "Interviewing opener that doesn't land as a lecture?", []),
    C("ACE score 7 on the intake. Do you share the number with clients, or is it more harmful "
      "than helpful?", []),
    C("MMPI-3 validity scales elevated on over-reporting. The lawyer wants my opinion. I'm the "
      "therapist, not the evaluator. Script to decline?", []),
    C("WISC-V FSIQ 88 with a 30-point gap between VCI and PSI. School calls him 'lazy'. How do "
      "you explain processing speed to a teacher?", []),
    C("BRIEF-2 shows working memory and shift both elevated. Executive function coaching or "
      "OT referral first for a 9-year-old?", []),
    C("RCADS parent and child versions disagree on separation anxiety. The child scores higher. "
      "Whose report drives treatment?", []),
    C("The Edinburgh Postnatal Depression Scale was 14 at 6 weeks and 9 at 12. The health "
      "visitor stopped the follow-up. Too early?", []),
    C("Hamilton Anxiety Rating Scale in a research clinic, GAD-7 in ours. A client moving between "
      "them wants to compare scores. Any conversion?", []),
    C("ICD-11 6B40 for PTSD and 6B41 for complex PTSD - anyone coding CPTSD yet, and do payers "
      "accept it?", []),
    C("F33.1 vs F32.1: she had one episode at 17, then nothing until now at 34. Recurrent, "
      "technically. Does it change anything for her?", []),
    C("CPT 96127 for the brief screeners at every session - is that legit billing or a red flag "
      "for an audit?", []),
    C("Z91.5 history of self-harm on the problem list follows her everywhere. She wants it off. "
      "Can it be removed once it's resolved?", []),
    C("Version 2.3 of the safety plan template finally includes reasons for living at the top. "
      "Anyone tried putting them first?", []),
    C("BP 118/76, HR 64, and he's certain he's dying. Panic and health anxiety in a cardiac ward "
      "nurse. Exposure to his own vitals?", []),
    C("TSH 0.02 on levothyroxine, palpitations and insomnia, mood 'wired'. Flagged to the GP. "
      "Anything else to ask in session?", []),
    C("Vitamin B12 140 pmol/L, folate low, fatigue, memory fog. The 'depression' might be partly "
      "nutritional. How do you raise it?", []),
    C("Sodium 128 on the last bloods - she's drinking 5 litres of water a day. Psychogenic "
      "polydipsia? Who coordinates?", []),
    C("Lithium 1.1 and she's vomiting. I told her to ring the prescriber today. Is there anything "
      "else a therapist should do?", []),
    C("ECG showed QTc 478 on citalopram 40. Prescriber is switching. Client scared of her heart "
      "now. Health-anxiety spin-off?", []),
    C("Score 14/21 on the DASS stress subscale and 6/21 on depression. She reads the 14 as "
      "'failing'. How do you present scores?", []),
    # ------------------------------------------------------------------
    # Clean: therapies, eponyms, syndromes, public figures
    # ------------------------------------------------------------------
    C("Korsakoff syndrome in a 58-year-old ex-publican; confabulation makes every session feel "
      "new. Memory-aid approaches that preserve dignity?", []),
    C("Cushing's disease was missed for years and she was treated for 'bipolar'. Now she's angry "
      "at psychiatry. Repairing trust?", []),
    C("Ehlers-Danlos, POTS and anxiety: every doctor says it's anxiety first. How do you validate "
      "without colluding?", []),
    C("Klinefelter diagnosis at 31 after fertility tests. Identity and shame. Any men's group "
      "that's not just about fertility?", []),
    C("Prader-Willi in a teen with food-seeking and meltdowns. Family therapy with the dietitian "
      "in the room?", []),
    C("Guillain-Barré recovery, walking again, but panic when his legs tingle. Interoceptive "
      "exposure with a real neurological history?", []),
    C("Bell's palsy left her face asymmetric; she's stopped video calls. Appearance anxiety "
      "after facial palsy?", []),
    C("Ménière's vertigo attacks and agoraphobia feed each other. Vestibular rehab plus CBT, "
      "anyone coordinated that?", []),
    C("Charles Bonnet syndrome in an older client with macular degeneration - she thinks she's "
      "going mad. Psychoeducation handouts?", []),
    C("Othello syndrome after a stroke: morbid jealousy, new onset. The wife is frightened. "
      "Who leads, neuro or mental health?", []),
    C("Diogenes syndrome referral from the council. Hoarding, self-neglect, refuses entry. "
      "What does a first visit look like?", []),
    C("Pick's disease (FTD) in a 60-year-old; disinhibition at the supermarket. The family wants "
      "'behaviour therapy'. Realistic goals?", []),
    C("Creutzfeldt-Jakob in a client's father, rapid decline over weeks. Anticipatory grief "
      "compressed into a month. How do you pace?", []),
    C("Rorschach is still used in custody evaluations here. Any client-friendly way to explain "
      "what it is and isn't?", []),
    C("Stroop and Wisconsin Card Sorting results came back 'mildly impaired' after chemo. Chemo "
      "brain and identity at work?", []),
    C("The Zeigarnik effect explains her rumination about unfinished tasks nicely. Anyone use "
      "'closure rituals' at the end of the workday?", []),
    C("Hawthorne effect in our outcome data: everyone improves the month we start measuring. "
      "How do you interpret early gains?", []),
    C("Dunning-Kruger is what my supervisee called the new grad. Not kind. How do you address "
      "team culture in supervision?", []),
    C("Milgram and Stanford come up when clients ask 'why did I obey him?'. Useful or too "
      "academic for trauma survivors?", []),
    C("Baader-Meinhof phenomenon: since her diagnosis she sees ADHD everywhere. Normalising or "
      "feeding the fixation?", []),
    C("Kanner's original descriptions vs today's autism: a parent read the 1943 paper and is "
      "upset. How do you talk about history?", []),
    C("Bleuler's four As came up in a training and the room laughed. Dated, but is any of it "
      "still useful clinically?", []),
    C("Ganser-type answers in a forensic client ('2 + 2 = 5'). Malingering or dissociation? I'm "
      "not the evaluator, just curious.", []),
    C("Gottman Method Level 2 vs EFT externship - which training for couples work in a rural "
      "practice?", []),
    C("IFS parts language clicked for a client who hated CBT worksheets. Any caution with IFS "
      "for severe dissociation?", []),
    C("TF-CBT trauma narrative with a 9-year-old who draws instead of writes. Still counts as "
      "the narrative?", []),
    C("PCIT coaching through a bug-in-the-ear over telehealth - anyone doing it with spotty "
      "rural internet?", []),
    C("Circle of Security Parenting with foster carers: the 'shark music' idea landed. Anything "
      "for kinship carers specifically?", []),
    C("Triple P vs Incredible Years for a 5-year-old with explosive behaviour. Which has better "
      "fidelity in a small practice?", []),
    C("Maudsley family-based treatment phase 2 - handing control back. The dad won't let go. "
      "How do you move it along?", []),
    C("CBT-E for bulimia: 20 sessions, she's at 12 and bingeing weekly again. Stay the course or "
      "switch to DBT skills?", []),
    C("SPACE program for a parent of an anxious 10-year-old who won't do therapy. Parent-only "
      "work - anyone had good results?", []),
    C("Unified Protocol for a client with three anxiety diagnoses and a depression one. Easier "
      "than separate protocols?", []),
    C("Coping Cat with an autistic 11-year-old - the feelings thermometer didn't work. "
      "Adaptations you'd suggest?", []),
    C("Cool Kids program in Australian schools - anyone know if the online version is any "
      "good for rural families?", []),
    C("Safe and Sound Protocol and polyvagal theory: my client wants it after a podcast. "
      "Evidence, honestly?", []),
    C("Brainspotting vs EMDR for a client who can't track bilateral stimulation. Worth "
      "training in?", []),
    C("Somatic Experiencing pendulation with a client who freezes. How slow is too slow?", []),
    C("Sensorimotor psychotherapy training - Level 1 enough to use it, or do you need all "
      "three levels?", []),
    C("Solution-Focused miracle question with a teen who says 'nothing would be different'. "
      "What do you do next?", []),
    C("CRAFT for families of people who won't seek treatment - a mum wants her son to get help. "
      "Anyone run it in groups?", []),
    C("MBT for a client with borderline features; mentalising breaks down when she's angry. "
      "Stop-rewind technique tips?", []),
    C("TFP vs DBT vs schema therapy for BPD - which would you pick for a client who hates "
      "homework?", []),
    C("MBCT relapse prevention group, 8 weeks. Two participants dropped after the body scan. "
      "Trauma-sensitive adaptations?", []),
    C("Narrative Exposure Therapy with refugee clients - lifeline with stones and flowers. "
      "Anyone adapted it for teens?", []),
    C("Bessel van der Kolk's book triggered a client more than it helped. Gentler reads on "
      "trauma for clients?", []),
    C("Judith Herman's three stages still shape how I plan trauma work. Anyone moved beyond "
      "phase-based models?", []),
    C("Brené Brown's shame work is what my client quotes most. Is it a good bridge into "
      "compassion-focused therapy?", []),
    C("Gabor Maté's take on addiction resonates with clients but some colleagues bristle. Where "
      "do you land?", []),
    C("Kristin Neff's self-compassion scale - anyone use it as an outcome measure in routine "
      "practice?", []),
    C("Russ Harris's ACT Made Simple is my go-to for trainees. Anything better for the "
      "second year?", []),
    C("Sue Johnson's Hold Me Tight program for couples - does the group version work as well "
      "as individual EFT?", []),
    C("Esther Perel's podcast makes clients think infidelity therapy is glamorous. Managing "
      "expectations?", []),
    C("Deb Dana's polyvagal ladder worksheet - clients like it, but the science is shaky. Use "
      "it as a metaphor only?", []),
    C("Ross Greene's Collaborative & Proactive Solutions with a teacher who wants consequences. "
      "How do you win them over?", []),
    C("Irvin Yalom's group therapy factors - which one do you notice first when a group is "
      "working?", []),
    C("Aaron Beck's cognitive triad still explains depression to clients better than anything "
      "newer. Agree?", []),
    C("Donald Meichenbaum's stress inoculation for first responders - still used, or has it "
      "been replaced?", []),
    C("Tara Brach's RAIN practice for a client with anger. Too spiritual for a sceptic?", []),
    C("Peter Levine and Pat Ogden are cited in every somatic training. Where's the RCT "
      "evidence, honestly?", []),
    # ------------------------------------------------------------------
    # Clean: weekdays, months, holidays, acronyms, sentence-initial capitals
    # ------------------------------------------------------------------
    C("March is always the hardest month for my clients in the north; by April they're moving "
      "again. Anyone plan caseloads around seasons?", []),
    C("May I ask how others handle a client who insists on Friday 5pm slots and then cancels at "
      "4:45 most weeks?", []),
    C("August was a write-off with everyone on leave. September intake doubled. How do you "
      "manage the post-summer surge?", []),
    C("June and July are when my adolescent clients disappear. Summer check-ins by text or just "
      "let them go?", []),
    C("Mondays after a long weekend are full of crisis calls. Anyone schedule a buffer slot on "
      "Monday mornings?", []),
    C("Wednesday evening group has better attendance than Thursday daytime. Working clients "
      "mostly. Move everything to evenings?", []),
    C("Saturday clinics: worth it for shift workers, or a burnout trap for us?", []),
    C("Sunday night dread is the single most common complaint in my caseload. Anticipatory "
      "anxiety about work - favourite interventions?", []),
    C("Ramadan fasting and lithium - the psychiatrist is on it, but how do I support the "
      "client's spiritual priorities in session?", []),
    C("Hari Raya, Deepavali and Chinese New Year all fall close together for my Malaysian "
      "clients. Cultural calendar in scheduling?", []),
    C("Onam and Pongal bring big family gatherings and old fights. Pre-holiday planning with "
      "South Indian clients?", []),
    C("Matariki is now a public holiday and a client wants to use it for a remembrance ritual. "
      "How can I support without overstepping?", []),
    C("Chuseok trip home is the flashpoint for a Korean client and her mother-in-law. Role-play "
      "the conversations?", []),
    C("Tết preparations mean she works 14-hour days at the family restaurant. Burnout in family "
      "businesses?", []),
    C("Eid after a bereavement: the first one without her father. Grief rituals inside a "
      "celebration?", []),
    C("Good Friday closure means no sessions for four days again. Crisis cover for the Easter "
      "break - what's your practice's plan?", []),
    C("Black Friday spending binges and bipolar - anyone do a pre-emptive money plan with "
      "clients in November?", []),
    C("Hogmanay drinking culture is a real relapse risk for my Scottish clients. Harm reduction "
      "plans for the new year?", []),
    C("Christmas in a blended family: three houses in one day. The 12-year-old is exhausted. "
      "How do you advocate for the child?", []),
    C("Term 4 in Australian schools is exam stress plus end-of-year grief. Any school "
      "counsellor resources you rate?", []),
    C("Winter solstice and the longest night - a grief group wants a candle ritual. Secular "
      "versions that don't alienate anyone?", []),
    C("CAMHS threshold letters keep saying 'does not meet criteria'. What do you write to get "
      "a 14-year-old seen?", []),
    C("CMHT discharged him after two DNAs. He has no phone. What's a reasonable re-referral "
      "argument?", []),
    C("IOP vs PHP: the insurer approved IOP but she needs more. How do you document medical "
      "necessity for step-up?", []),
    C("EAP referrals come with 'max 5 sessions' and a return-to-work focus. Ethical tension, "
      "how do you manage it?", []),
    C("NDIS psychosocial plans and therapy funding - does capacity building cover counselling, "
      "or only support work?", []),
    C("ACC sensitive claims and the new provider rules - anyone else's invoices being queried "
      "this year?", []),
    C("HCPC, BACP and UKCP registration - which one matters most for NHS Talking Therapies jobs "
      "now?", []),
    C("LCSW vs LPC vs LMFT for a new grad who wants to work with couples. Does the licence type "
      "matter in practice?", []),
    C("HPCSA category changes for registered counsellors - can they do diagnosis now? I keep "
      "hearing different things.", []),
    C("RCI licensing for clinical psychologists in India vs counselling psychologists - who can "
      "legally practise what?", []),
    C("PACFA or ACA membership for an Australian counsellor - which gets you more referrals?", []),
    C("SOAP, DAP or BIRP notes? Our new EHR forces SOAP and the 'O' section feels silly for talk "
      "therapy.", []),
    C("HIPAA, GDPR, POPIA and PDPA - one client moves between four jurisdictions. Whose privacy "
      "law applies to my notes?", []),
    C("ROI forms that say 'all records' - do you accept them or ask for something narrower?", []),
    C("BAA with our telehealth vendor expired and nobody noticed for 2 months. What's the "
      "exposure, roughly?", []),
    C("MDT meeting on Thursdays is supposed to be 1 hour and runs 2. How do you protect client "
      "time?", []),
    C("Today the waiting list hit 140. Triage criteria that aren't just 'risk'?", []),
    C("Nobody warned me how lonely private practice would be. Peer groups that actually meet?", []),
    C("Honestly, the hardest part of this week was a client thanking me on their last session. "
      "Why do endings hit so hard?", []),
    C("Anyone else find that the 50-minute hour is really 45 plus 5 for notes that take 15?", []),
    C("Please share your favourite grounding scripts for telehealth when the client is in a "
      "car.", []),
    C("Quick poll: how many of you still use paper intake forms? Our clinic does and I hate "
      "it.", []),
    C("Reminder that the peer consult is moved to the second Tuesday this month. Same link as "
      "usual on the practice calendar.", []),
    C("Thanks all for the suggestions last week on termination letters. I used the warmer one "
      "and it went well.", []),
    C("Burnout check: I'm at 28 clients a week and dreading Thursdays. What's a sane number for "
      "trauma-heavy caseloads?", []),
    C("Every January the new-year-resolution clients arrive and vanish by February. Any intake "
      "screening for readiness?", []),
    C("October to December is peak for my grief clients. Do you adjust frequency proactively?", []),
    C("Daylight saving change wrecks my bipolar clients' sleep for a week. Anyone do a "
      "pre-emptive sleep plan?", []),
    C("Exam season in May and June means half my teens are in crisis. Any exam-anxiety group "
      "curriculum you trust?", []),
    C("Back-to-school week: three school-refusal referrals on Monday alone. Triage order?", []),
    C("End of financial year in Australia and everyone wants their 10 sessions before July. "
      "Waitlist chaos, how do you handle it?", []),
    C("The Lunar calendar matters for a client's grief rituals and I had no idea. How do you "
      "ask about cultural calendars at intake?", []),
    C("Weekends are when his ex has the kids, and that's when he drinks. Pattern is obvious to "
      "me, not to him. Gentle reflection?", []),
    C("Afternoon slump at 3pm is when she binges. Behavioural chain analysis points to boredom "
      "and low blood sugar. Plan?", []),
    C("New Year's resolutions as a therapy hook - cheesy, or a useful motivational moment?", []),
    # ------------------------------------------------------------------
    # Clean: place-derived adjectives, foods and things named after places,
    # ordinary words that are names elsewhere
    # ------------------------------------------------------------------
    C("Liverpudlian humour in the men's group is brilliant until it becomes deflection. How do "
      "you name it without shaming?", []),
    C("Geordie and Brummie clients both tell me therapy is 'for posh people'. Class and access "
      "- how do you open that conversation?", []),
    C("Scouse banter and a very quiet Cornish member in the same group. Group norms early on?", []),
    C("Cockney rhyming slang from an older client - I didn't understand half of it and said so. "
      "Was that the right call?", []),
    C("Dubliner clients in London often say they feel 'foreign but not foreign enough'. Identity "
      "work with the Irish diaspora?", []),
    C("Queenslander clients in Melbourne describe the winter as an illness. Seasonal mood in "
      "interstate movers - real?", []),
    C("Tasmanian and Territorian clients both talk about 'everyone knows everyone'. Privacy "
      "anxiety in small communities, tips?", []),
    C("Capetonian vs Joburger stereotypes came up between a couple in therapy. Humour or "
      "underlying contempt?", []),
    C("Lagosian hustle culture: my client works three jobs and calls rest laziness. Reframing "
      "rest in a culture of grind?", []),
    C("Nairobian clients often switch to Sheng when emotional. Do you ask them to translate or "
      "let it be?", []),
    C("Mumbaikar commuters spend 3 hours a day on trains. Therapy homework that fits into a "
      "local train ride?", []),
    C("Keralite nurses abroad carry huge family remittance pressure. Money and guilt in "
      "migrant health workers?", []),
    C("Gujarati, Tamil and Bengali-speaking parents in the same parenting group. Interpreters "
      "or separate groups?", []),
    C("Tagalog and Cebuano both come up in sessions with Filipino carers. Do you learn a few "
      "feeling words yourself?", []),
    C("Yoruba, Igbo and Hausa clients each have different ideas of what counselling is. One "
      "intake script or three?", []),
    C("Swahili idioms about patience - 'haba na haba' - a client uses them beautifully. "
      "Bringing proverbs into CBT?", []),
    C("Zulu and Xhosa speakers in an English-only group feel sidelined. Practical "
      "multilingual group tips?", []),
    C("Afrikaans-speaking farmers rarely seek help. Any outreach that has worked in rural "
      "communities?", []),
    C("Peranakan family structure came up with a Singaporean client - matriarch-led households. "
      "Family systems fit?", []),
    C("Singlish in session - do you mirror it, or does that feel fake from a foreign "
      "therapist?", []),
    C("Hokkien-speaking grandparents raise many of my clients' kids. Grandparent-inclusive "
      "parenting work?", []),
    C("Quebecois clients in Ontario sometimes feel judged for their French. Bilingual therapy "
      "notes - which language?", []),
    C("Acadian and Cajun families share a history of displacement. Intergenerational trauma "
      "framing with them?", []),
    C("Appalachian clients distrust 'outsider' therapists. How long does it take to be trusted "
      "in a hollow?", []),
    C("Midwestern politeness makes it hard to tell when a client is furious. Reading 'that's "
      "interesting'?", []),
    C("Samoan, Tongan and Fijian young men rarely come to therapy alone. Talanoa-style group "
      "sessions, anyone?", []),
    C("Polynesian concepts of the self as relational fit family therapy well. Individual "
      "therapy feels odd. Thoughts?", []),
    C("Hawaiian ho'oponopono as a family process - is it appropriate for a non-Hawaiian "
      "therapist to use?", []),
    C("Eccles cakes and Bakewell tarts at the carers' group every week - one member is "
      "pre-diabetic and feels excluded. Group food norms?", []),
    C("Yorkshire puddings and Sunday roasts are her binge trigger, every week. Meal planning "
      "with a family that won't change?", []),
    C("Cheddar on everything is the only food he'll eat. ARFID in a 20-year-old, where to "
      "start?", []),
    C("Worcestershire sauce, Dijon mustard, Tabasco - he describes his feelings as condiments. "
      "Weird but it works. Go with it?", []),
    C("Pavlova, lamingtons and Anzac biscuits at the clinic bake sale raised enough for a "
      "sensory room. Small wins!", []),
    C("Melba toast and black coffee - her whole diet. She says it's 'what models eat'. Anorexia "
      "with a fashion identity?", []),
    C("Jersey cows, Berkshire pigs - he's a farmer who talks to me only about animals. Animal "
      "metaphors in therapy?", []),
    C("Chelsea boots, Oxford shirts, Panama hat - he dresses 'like a character'. Identity or "
      "armour?", []),
    C("Bermuda shorts to every winter session. Sensory issues or something else?", []),
    C("Rusty skills after maternity leave - I forgot how to do an intake. Refresher resources?", []),
    C("Sandy soil and dry summers: a farmer client's depression tracks the rainfall. Climate "
      "distress in rural men?", []),
    C("Amber alerts on phones set off a client's panic every time. Can she turn them off "
      "safely?", []),
    C("Jade plant on the windowsill is her 'proof she can keep something alive'. Lovely. "
      "Behavioural activation with plants?", []),
    C("Ruby anniversary party, forty years, and she wants to leave him the week after. "
      "Ambivalence work?", []),
    C("Crystal meth use in a rural town with no rehab. Harm reduction for a 19-year-old?", []),
    C("Holly and ivy decorations trigger a client whose child died in December. Environment "
      "adjustments for the waiting room?", []),
    C("Daisy chains and picnics were her childhood with her dad. Grief and happy memories that "
      "hurt - how to hold both?", []),
    C("Olive branch from an estranged brother: a text after ten years. Client is frozen. "
      "Respond, wait, or process first?", []),
    C("Hazel eyes, she says, are the only thing she likes about her face. Body image work with "
      "a 15-year-old, starting points?", []),
    C("Ginger tea and peppermint for nausea during exposure work. Any evidence, or just "
      "comfort?", []),
    C("Honey, sugar, darling - her boss calls her all of them. Workplace harassment or 'just "
      "his way'? She can't tell.", []),
    C("Cherry-picking evidence is what her OCD does. Teaching 'both sides' thinking without "
      "reassurance?", []),
    C("Robin redbreast on the grave every morning, she says it's her husband. Continuing bonds "
      "or complicated grief?", []),
    C("Penny dropped in session today: he realised he's been parenting his father. Next steps "
      "after a big insight?", []),
    C("Buck passing between agencies: housing says mental health, mental health says housing. "
      "Who do you escalate to?", []),
    C("Dean's list every term and she still feels like a fraud. Impostor phenomenon in "
      "high-achieving students?", []),
    C("Bishop moves in chess are his metaphor for 'going sideways' on problems. Using a "
      "client's hobby in CBT?", []),
    C("Marshal your resources, my supervisor says, before a high-conflict custody case. "
      "Checklist anyone?", []),
    C("Cliff-edge funding: the service closes after March. Ending with clients early or "
      "holding on?", []),
    C("Reed diffusers and scented candles in the therapy room - migraine client asked me to "
      "remove them. Scent-free policy?", []),
    C("Skip a dose, feel better, stop altogether - his pattern with every medication. Adherence "
      "work without nagging?", []),
    C("Wade through 40 pages of court bundle for a 50-minute session? Is that billable?", []),
    C("Woody Allen jokes from a client about his own anxiety - self-deprecation or a defence?", []),
    C("Nick of time: client rang the crisis line herself before it escalated. How do you "
      "reinforce help-seeking?", []),
    C("Sue the practice, he threatened, when I ended therapy. Documentation and supervision "
      "steps?", []),
    C("Chase the referral or let the GP do it? I've chased three times this month.", []),
    C("Pat on the back for the trainee who handled a disclosure beautifully today. How do you "
      "give praise in supervision?", []),
    C("Norm-referenced vs criterion-referenced scores - a parent wants to know why 'average' "
      "sounds bad. Explaining percentiles?", []),
    C("Drew a genogram with a client and found four generations of estrangement. Now what?", []),
    C("Carol singing at the care home brought back a client's memories of her late mother. "
      "Music in grief work?", []),
    C("Art therapy referral for a non-verbal teen - any evidence for anxiety specifically?", []),
    C("Bob and weave is how she describes dealing with her mother-in-law. Assertiveness or "
      "strategic avoidance?", []),
]

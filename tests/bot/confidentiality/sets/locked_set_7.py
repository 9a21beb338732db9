"""SEVENTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-12-01, BEFORE the guard rules it will score (round 7), and
independently of the guard: the author did not open, read, search or run
anything under bot/ (bot/confidentiality/ included), did not run the guard,
bench/guard_eval.py or any test that imports or runs the guard, and did not
read the snippets of tests/bot/confidentiality/sets/eval_set.py, tests/bot/confidentiality/sets/dev_extra.py,
tests/bot/confidentiality/sets/locked_set.py or tests/bot/confidentiality/sets/locked_set_2.py ... locked_set_5.py.
What was read: tests/bot/confidentiality/sets/locked_set_6.py in full (it is spent; used for its
format, labelling conventions and fictional-number ranges), the EvalCase
dataclass and PATTERN_CATEGORIES in eval_set.py, and
tests/bot/confidentiality/test_locked_sets.py (the data integrity checks, which hold no
snippets).  Overlap with the other sets was resolved by renaming only this
set's planted values, from a checker that printed this set's strings only.
tests/bot/confidentiality/test_locked_sets.py checks programmatically that no snippet here,
and no planted name, place or number, occurs verbatim in sets 1-6 and the
development sets (without printing their contents).

440 snippets, 262 with identifiers and 178 clean.  Every pattern category
appears at least 15 times (the test requires 14), with 107 names and 196
places smaller than a state (the test requires 100 and 160).  Emphasis is on what is hard and realistic
for a therapist in an English-speaking practice network: the US, Canada, the
UK, Ireland, Australia, New Zealand, India, South Africa, Singapore, the
Philippines, Nigeria, Kenya, Malaysia and Hong Kong.  Small towns, villages,
barangays, estates, suburbs and neighbourhoods; invented places; schools,
clinics, churches and businesses with plain English names; places and names in
lower case or all caps; names from many cultures, including names that are
ordinary words; block/unit/flat addresses; national IDs (PhilSys, NIN, Kenyan
ID, MyKad, HKID and the set-6 kinds) and plates of those countries; ages over
89 written in words.  Clean snippets are dense clinical prose: capitalised
terms, drug names and doses, lab values, scales and scores, CPT/ICD codes,
weekdays and months, measurements written like dates, eponyms (Asperger,
Beck, Likert), ordinary words that are names elsewhere used in their ordinary
sense, sentence-initial capitals and place-derived adjectives.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real towns, suburbs, schools, churches and businesses are used only as places,
and some places are invented.  The fictional ranges of locked_set_6.py are
used: US/Canadian phones and faxes 555-01xx; UK phones the Ofcom drama ranges
(020 7946 0xxx, 0113/0117/0131/0161 496 0xxx, 07700 900xxx); Australian
phones the ACMA ranges (0491 570 xxx, (02)/(03)/(07)/(08) 5550 xxxx); Irish,
New Zealand, Indian, South African, Singaporean, Philippine, Nigerian, Kenyan,
Malaysian and Hong Kong phones are invented strings with a 555 block where the
format allows; US SSNs use the 000/666 area numbers, Canadian SINs a leading
0, UK NI numbers the QQ prefix; all other national IDs, health, card, claim,
court, licence, plate, VIN, IMEI and serial numbers are invented strings not
checked against any issuer's scheme; e-mail and web domains are .example /
example.*; IP addresses come from the documentation ranges (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private space; MAC
addresses are locally administered (02:...).

Labelling conventions
---------------------
Those of locked_set_6.py, as its docstring states them, unchanged: titles,
roles and "DOB"/"MRN"-style prefixes are outside a span; a possessive "'s" is
outside a "name" span; nicknames and plural family surnames are "name"; a
business and its town are two "place" spans; a ZIP/postcode is its own
"zip_code" span; a generic office or clinic in a town is labelled only by the
town; a national insurer, agency, regulator or charity is not a place;
nationwide helplines are clean; "@handles" and meeting links are "url";
national identity and tax numbers (SSN, SIN, NI, TFN, PPSN, IRD, Aadhaar,
PAN, SA ID, NRIC, and here PhilSys/PSN, Nigerian NIN and BVN, Kenyan ID and
KRA PIN, Malaysian MyKad, HKID) are "ssn"; NHI, hospital, clinic, lab and
pharmacy numbers are "medical_record"; insurance, Medicare, provincial,
medical-aid, PhilHealth, NHIF/SHA and HMO numbers are "health_plan";
passports, driving, firearms, professional and trade licences are "licence";
student, employee, claim, court, benefit, bank, card, loyalty, utility and
mobile-money numbers are "account"; plates, boat and trailer registrations and
VINs are "vehicle"; implant, monitor, phone (IMEI) and MAC identifiers are
"device"; PIN codes, postcodes, Eircodes and ZIPs are "zip_code"; a PO Box
with its number is "street_address"; an age over 89 is labelled with its unit
when one is written; the span of a street address runs from the
block/unit/house number to the street type, with a "#floor-unit" written after
it inside; a weekday alone, a month alone, a month with a year and a year
alone are clean, a day-and-month is a "date".  Public figures named as public
figures (authors, athletes, eponyms) are clean.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED7_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # United States
    # ------------------------------------------------------------------
    C("consult pls: client Jolene Pettibone-Marsh moved to Ripley WV after the fire and calls from "
      "(304) 555-0164 at odd hours. how much between-session contact is ok",
      [("name", "Jolene Pettibone-Marsh"), ("place", "Ripley"), ("phone", "(304) 555-0164")]),
    C("Her grandmother is ninety three and a half and still drives to the Dixie Dandy Grocery in Hazard every morning. "
      "Client wants to take the keys. Family session?",
      [("age_over_89", "ninety three and a half"), ("place", "Dixie Dandy Grocery"), ("place", "Hazard")]),
    C("Address on the intake: 2219 Sassafras Hollow Road, Beattyville KY 41311. No cell signal out "
      "there, so telehealth keeps dropping. Phone sessions instead?",
      [("street_address", "2219 Sassafras Hollow Road"), ("place", "Beattyville"), ("zip_code", "41311")]),
    C("SSN 000-48-7215 was on the disability paperwork he left in the waiting room at our "
      "Tupelo office. I've locked it away. Tell him or just hand it back?",
      [("ssn", "000-48-7215"), ("place", "Tupelo")]),
    C("BCBS member ID XQP884027115 got denied for the IOP at Cedar Ridge Behavioral in "
      "Wapakoneta. Peer-to-peer tips from anyone who won one?",
      [("health_plan", "XQP884027115"), ("place", "Cedar Ridge Behavioral"), ("place", "Wapakoneta")]),
    C("my client TRAVIS DOUCETTE (he signs everything in caps) drives a white F-250, plate "
      "LA 7RTQ482, and says his ex keyed it. anger work ideas?",
      [("name", "TRAVIS DOUCETTE"), ("vehicle", "LA 7RTQ482")]),
    C("pt's CGM, a Dexcom serial 4HX27QM91B, alarms through session and she won't silence it. "
      "Health anxiety or reasonable vigilance?",
      [("device", "4HX27QM91B")]),
    C("Her daughter emails me from wren.okafor.hollis@mailbox.example asking how her mom is "
      "doing. Client is 71 and competent. How do I decline kindly?",
      [("email", "wren.okafor.hollis@mailbox.example")]),
    C("He asked me to watch his TikTok, tiktok.example/@bayou.boy.healing, before next session. "
      "Boundaries around clients' public content?",
      [("url", "tiktok.example/@bayou.boy.healing")]),
    C("The portal logs show logins from 198.51.100.163 at 3am for Yoselin's account. Her husband "
      "knows the password. Tech safety plan?",
      [("ip_address", "198.51.100.163"), ("name", "Yoselin")]),
    C("Fax from the PCP's office came from (662) 555-0181 with someone else's labs stapled to "
      "my client's. Report it to whom?",
      [("fax", "(662) 555-0181")]),
    C("DOB 02/19/1948 on the chart, client swears it's wrong and that she was born in '49. "
      "Does it matter clinically? Dementia screening pending.",
      [("date", "02/19/1948")]),
    C("MRN 7730-1845-K at Baptist Memorial-Golden Triangle; the ER discharged her with no "
      "follow-up. Who do I call in Lowndes County?",
      [("medical_record", "7730-1845-K"), ("place", "Baptist Memorial-Golden Triangle"), ("place", "Lowndes County")]),
    C("Bank account 004471829930 at the credit union in Sikeston was drained by his nephew. "
      "Elder financial abuse: report first or process first?",
      [("account", "004471829930"), ("place", "Sikeston")]),
    C("Client is an LPN, license LPN-2208814, and the board in our state wants a treatment "
      "letter. She's scared it ends her career. What goes in?",
      [("licence", "LPN-2208814")]),
    C("lives in a camper behind the Piggly Wiggly in Eufaula with her boyfriend Dusty. I worry "
      "about winter. Housing resources in rural Alabama?",
      [("place", "Piggly Wiggly"), ("place", "Eufaula"), ("name", "Dusty")]),
    C("He's a ninety-seven yr old vet at the VA home in Quincy; says the staff 'steal his time'. His "
      "son Jedidiah-Lee wants me to consult. Where do I start?",
      [("age_over_89", "ninety-seven yr old"), ("place", "Quincy"), ("name", "Jedidiah-Lee")]),
    C("Client's son goes to Pine Hollow Middle in Lumberton and the counselor there, Ms. "
      "Oxendine-Locklear, wants a call. ROI is signed. What do I share?",
      [("place", "Pine Hollow Middle"), ("place", "Lumberton"), ("name", "Oxendine-Locklear")]),
    C("VIN 1FTFW1E84MKD29471 came up on the tow notice for her car; he had it towed from her "
      "work to isolate her. Coercive control, obviously. Next steps?",
      [("vehicle", "1FTFW1E84MKD29471")]),
    C("she's in the trailer park off Route 488 in dunnellon, lot 14, with her kids ryker and "
      "saylor. CPS is involved. Do I attend the team meeting?",
      [("place", "Route 488"), ("place", "dunnellon"), ("name", "ryker"), ("name", "saylor")]),
    C("Apt 3C, 418 Magnolia Terrace, Opelousas 70570 is where she'll be staying. She wants "
      "letters mailed there, not home. Safe enough?",
      [("street_address", "Apt 3C, 418 Magnolia Terrace"), ("place", "Opelousas"), ("zip_code", "70570")]),
    C("Student ID 20931847 at Northwest Shoals Community College shows up on the "
      "accommodation form. Do I need that number on my letter?",
      [("account", "20931847"), ("place", "Northwest Shoals Community College")]),
    C("Brother Menno at the Mennonite church in Kidron is the one she trusts. She wants him "
      "in a session. Faith leaders in therapy, thoughts?",
      [("name", "Menno"), ("place", "Kidron")]),
    C("The client's insulin pump (Tandem, SN 1188420TX) logs data to an app her mother "
      "reads. She's 17. Privacy conversation?",
      [("device", "1188420TX")]),
    C("Her ex's Zoom is zoom.example/j/88204471932 and he wants to 'co-parent in session'. "
      "I'm her individual therapist. No, right?",
      [("url", "zoom.example/j/88204471932")]),
    C("She became a nonagenarian on the 4th of July and said it was her last birthday. Passive SI "
      "in the very old, how do you assess?",
      [("age_over_89", "nonagenarian"), ("date", "4th of July")]),
    C("DL S530-4471-8822 (Florida) is on the copy the DUI program faxed over. Client wants it "
      "removed from my file. Can I?",
      [("licence", "S530-4471-8822")]),
    C("Called the crisis line for him from (406) 555-0158; he's on the Crow reservation near "
      "Lodge Grass and the nearest ER is an hour away. Rural risk planning?",
      [("phone", "(406) 555-0158"), ("place", "Crow reservation"), ("place", "Lodge Grass")]),
    # ------------------------------------------------------------------
    # Canada
    # ------------------------------------------------------------------
    C("OHIP 7204-119-388-PL is on the referral from the Sioux Lookout clinic. He's Anishinaabe and "
      "wants a culturally grounded counsellor. Any names nearby?",
      [("health_plan", "7204-119-388-PL"), ("place", "Sioux Lookout")]),
    C("SIN 046 881 273 is on the EI form he asked me to fill in. I'm a counsellor in "
      "Grand Falls-Windsor. Do I even need it?",
      [("ssn", "046 881 273"), ("place", "Grand Falls-Windsor")]),
    C("She lives at 17 Rue des Érables, Matane G5L 2K8 and wants sessions in French. I'm "
      "rusty. Refer or try?",
      [("street_address", "17 Rue des Érables"), ("place", "Matane"), ("zip_code", "G5L 2K8")]),
    C("client mathilde's dad runs the Irving in st-pamphile and the whole village knows her "
      "diagnosis. small-town confidentiality, ideas?",
      [("name", "mathilde"), ("place", "Irving"), ("place", "st-pamphile")]),
    C("MSP number 9871 442 093 (BC) got cancelled when he moved to Quesnel. He can't afford "
      "the psychiatrist now. Bridging options?",
      [("health_plan", "9871 442 093"), ("place", "Quesnel")]),
    C("He drives a rig, Alberta plate BXR-4471, and sleeps in it at the Flying J in "
      "Grande Prairie between runs. Sleep hygiene for truckers?",
      [("vehicle", "BXR-4471"), ("place", "Flying J"), ("place", "Grande Prairie")]),
    C("Her Kokum is ninety-one winters old and raised her on the reserve at Lac La Ronge. Kokum just "
      "moved into care. Grief without a death, thoughts?",
      [("age_over_89", "ninety-one winters old"), ("place", "Lac La Ronge")]),
    C("Fax from the Moncton hospital came from (506) 555-0127. MRN on it is MH-00731946. "
      "It was meant for a different counsellor. What now?",
      [("place", "Moncton"), ("fax", "(506) 555-0127"), ("medical_record", "MH-00731946")]),
    C("Client Kiptoo Langat-Sinclair e-mails from kip.langat@northmail.example.ca at 2am "
      "with long essays. He's a grad student at Confederation College. Respond how?",
      [("name", "Kiptoo Langat-Sinclair"), ("email", "kip.langat@northmail.example.ca"), ("place", "Confederation College")]),
    C("WSIB claim 30418827 for a crane operator from Sudbury who saw a fatality. The "
      "adjudicator wants my notes. Summary or full file?",
      [("account", "30418827"), ("place", "Sudbury")]),
    C("Unit 1208, 45 Harbour Square, M5J 2G4 - she wants the letter couriered to "
      "her condo, not her parents' place. Fine?",
      [("street_address", "Unit 1208, 45 Harbour Square"), ("zip_code", "M5J 2G4")]),
    C("my client Ashlynn Crowchild plays for the rez hockey team in Gleichen; "
      "a coach made a comment. How do I support reporting?",
      [("name", "Ashlynn Crowchild"), ("place", "Gleichen")]),
    C("Passport HK449021 (Canadian) was taken by his uncle when he arrived. Trafficking "
      "indicators? I'm not sure who to call in Cloverdale.",
      [("licence", "HK449021"), ("place", "Cloverdale")]),
    C("The hearing aid (Phonak, serial 2241X8870) keeps whistling during our sessions in "
      "Pictou and he takes it out. Work around it?",
      [("device", "2241X8870"), ("place", "Pictou")]),
    C("moved from the Dartmouth Crossing area to musquodoboit harbour to get away from "
      "her brother. now lonely. how do i weigh safety vs isolation",
      [("place", "Dartmouth Crossing"), ("place", "musquodoboit harbour")]),
    # ------------------------------------------------------------------
    # United Kingdom and Ireland
    # ------------------------------------------------------------------
    C("NI number QQ 42 71 93 C is on the PIP form she wants me to 'check'. I'm her "
      "counsellor at the surgery in Marsden. Is that my role?",
      [("ssn", "QQ 42 71 93 C"), ("place", "Marsden")]),
    C("She rang from 07700 900834 crying: her son Tadhg-Ollie has been excluded from Fernhill "
      "Academy again. Do I call the school?",
      [("phone", "07700 900834"), ("name", "Tadhg-Ollie"), ("place", "Fernhill Academy")]),
    C("NHS number 482 117 6093 was on the letter she photographed for me. Her GP in "
      "Llandrindod Wells hasn't referred her on. Chase it?",
      [("medical_record", "482 117 6093"), ("place", "Llandrindod Wells")]),
    C("Flat 6, 23 Cobbler's Row, Walsden OL14 6QB - that's where the refuge moved "
      "her, and she put it on the group WhatsApp by mistake.",
      [("street_address", "Flat 6, 23 Cobbler's Row"), ("place", "Walsden"), ("zip_code", "OL14 6QB")]),
    C("Great-granny Winifred is ninety-eight summers and lives with them in Mevagissey. My client "
      "(12) is her carer after school. Young carers support?",
      [("name", "Great-granny Winifred"), ("age_over_89", "ninety-eight summers"), ("place", "Mevagissey")]),
    C("Fax the risk assessment to 0161 496 0773 marked for the CMHT in Ashton-under-Lyne. "
      "Our IG lead says fax is safer than email. Is it?",
      [("fax", "0161 496 0773"), ("place", "Ashton-under-Lyne")]),
    C("his van is reg KX19 WPD and he sleeps in it in the Tesco car park at Newton Abbot. "
      "Rough sleeping or not, for the housing team?",
      [("vehicle", "KX19 WPD"), ("place", "Tesco"), ("place", "Newton Abbot")]),
    C("Her ex keeps messaging from 0131 496 0519 and she's changed her number twice. "
      "Non-mol order is pending at Livingston sheriff court.",
      [("phone", "0131 496 0519"), ("place", "Livingston")]),
    C("client BRONWEN AP IFAN (caps on the referral) from Pwllheli is a Welsh speaker "
      "and wants therapy in Welsh. Anyone on the list?",
      [("name", "BRONWEN AP IFAN"), ("place", "Pwllheli")]),
    C("Hospital number RX4-882017 at the Royal Cornwall; she was sectioned there last "
      "spring. She wants her notes. SAR process?",
      [("medical_record", "RX4-882017"), ("place", "Royal Cornwall")]),
    C("Paid me by transfer from sort code 04-00-72, acc 41928837. Now her husband is "
      "asking why she pays 'a woman in Frome'. Cash instead?",
      [("account", "41928837"), ("place", "Frome")]),
    C("he's a HGV driver, licence no. MORGA704129GL9QX, and DVLA wants a medical after "
      "his overdose. Can I support the appeal?",
      [("licence", "MORGA704129GL9QX")]),
    C("my client keziah and her nan live above the chippy on fore street, st columb. "
      "nan is 94 and a bit and failing. respite options in cornwall?",
      [("name", "keziah"), ("place", "chippy on fore street"), ("place", "st columb"), ("age_over_89", "94 and a bit"), ("place", "cornwall")]),
    C("Email from the SENCo at Larkrise Primary, a.penhaligon@larkrise.example.sch.uk, asks "
      "for my assessment. Parents haven't consented. Reply?",
      [("place", "Larkrise Primary"), ("email", "a.penhaligon@larkrise.example.sch.uk")]),
    C("PPSN 7719204KA is on the form from Intreo; she lives in Mountnugent and walks "
      "an hour to the bus. Online therapy ok for her?",
      [("ssn", "7719204KA"), ("place", "Mountnugent")]),
    C("Eircode F91 KX27 for the house in Strandhill. Her brother Cianán won't leave and "
      "she's afraid. Barring order process in Sligo?",
      [("zip_code", "F91 KX27"), ("place", "Strandhill"), ("name", "Cianán"), ("place", "Sligo")]),
    C("He's a Traveller lad from the halting site in Ballinrobe, Joe-Martin Ward, and the school "
      "wants him assessed. Cultural safety first. Thoughts?",
      [("place", "Ballinrobe"), ("name", "Joe-Martin Ward")]),
    C("car reg 221-D-48173 is the one parked outside her flat in Stoneybatter every night. "
      "Gardaí say it's not enough. Documenting stalking?",
      [("vehicle", "221-D-48173"), ("place", "Stoneybatter")]),
    C("medical card no. 4471029C was refused renewal and she can't pay for the psychiatrist "
      "in Letterkenny. Any low-cost options in Donegal?",
      [("health_plan", "4471029C"), ("place", "Letterkenny"), ("place", "Donegal")]),
    C("Her mam rang from 087 555 0248 to say Saoirse-Ann ran off from the school in "
      "Castleisland. Do I ring the guards or wait?",
      [("phone", "087 555 0248"), ("name", "Saoirse-Ann"), ("place", "Castleisland")]),
    C("She booked under the IP 192.0.2.229, same as her abusive partner's address last "
      "month. Does she still live with him? How do I ask?",
      [("ip_address", "192.0.2.229")]),
    C("the wee man (rory-james) gets the bus from Cumbernauld to the clinic at Stobhill. "
      "He's 10 and his mum works. Alone on the bus?",
      [("name", "rory-james"), ("place", "Cumbernauld"), ("place", "Stobhill")]),
    C("Client's Instagram instagram.example/lanarkshire.lass.recovery has her face, her "
      "dog and her street. She's proud of it. Do I say anything?",
      [("url", "instagram.example/lanarkshire.lass.recovery")]),
    C("Client in Carrick-on-Shannon, DOB 17 Aug 1931, wants to talk about the mother and "
      "baby home. She's a ninety-five-yr-old. Gentle approaches?",
      [("place", "Carrick-on-Shannon"), ("date", "17 Aug 1931"), ("age_over_89", "ninety-five-yr-old")]),
    C("The cochlear implant processor (serial CI-77410-8QZ) fell off in session in Omagh "
      "and she panicked. How to handle next time?",
      [("device", "CI-77410-8QZ"), ("place", "Omagh")]),
    C("He's at 14 Lismore Park, Craigavon BT65 4QR with his granny. His da is out of "
      "prison Friday. Safety plan for a 13-year-old?",
      [("street_address", "14 Lismore Park"), ("place", "Craigavon"), ("zip_code", "BT65 4QR")]),
    # ------------------------------------------------------------------
    # Australia and New Zealand
    # ------------------------------------------------------------------
    C("Medicare 2718 64093 1 is on the MHCP the GP in Mudgee sent; she's used 8 of her 10. "
      "Any tips for making the last two count?",
      [("health_plan", "2718 64093 1"), ("place", "Mudgee")]),
    C("TFN 731 448 209 was on the payslip she showed me; boss at the abattoir in Gunnedah "
      "underpays her. Work stress or exploitation? Both?",
      [("ssn", "731 448 209"), ("place", "Gunnedah")]),
    C("She's staying at 7/42 Banksia Crescent, Karratha WA 6714, in FIFO housing. Her "
      "partner's on swing. Telehealth at night ok?",
      [("street_address", "7/42 Banksia Crescent"), ("place", "Karratha"), ("zip_code", "6714")]),
    C("Nan is 96 yrs and still runs the op shop in Kapunda. My client (her grandson) is "
      "about to be her carer. Role strain prep?",
      [("age_over_89", "96 yrs"), ("place", "Kapunda")]),
    C("He texts from 0491 570 263 every night after the pub in Moree shuts. Says he's "
      "'just checking in'. Contact policy for a rural client?",
      [("phone", "0491 570 263"), ("place", "Moree")]),
    C("ute rego CXJ 84R (QLD) was seen outside the school in Biloela; it's the dad's mate. "
      "Mum wants to know if she should tell the principal.",
      [("vehicle", "CXJ 84R"), ("place", "Biloela")]),
    C("UR number 00887241 at the Echuca hospital. They discharged him with a 'plan' that "
      "is a pamphlet. Who do I ring for a proper handover?",
      [("medical_record", "00887241"), ("place", "Echuca")]),
    C("client goes by 'Spud' (real name Callum Tregenza) and works at the Mitre 10 in "
      "Warrnambool. Mates don't know he's in therapy. Fine.",
      [("name", "Spud"), ("name", "Callum Tregenza"), ("place", "Mitre 10"), ("place", "Warrnambool")]),
    C("NDIS participant 430882715, support coordinator in Port Augusta keeps cancelling. "
      "Can I write directly to the planner?",
      [("account", "430882715"), ("place", "Port Augusta")]),
    C("Fax from the psych at Lismore Base came from (02) 5550 4417, addressed to the wrong "
      "practice. I've got a stranger's risk assessment. Steps?",
      [("place", "Lismore Base"), ("fax", "(02) 5550 4417")]),
    C("her teen, jindalee, is at the high school in tennant creek and gets shamed for being "
      "in care. how do I involve community elders?",
      [("name", "jindalee"), ("place", "tennant creek")]),
    C("Email came from matilda.ng.wombat@postbox.example.com.au with the subject 'I can't "
      "do this' at 1am. I saw it at 8. Protocol for out-of-hours emails?",
      [("email", "matilda.ng.wombat@postbox.example.com.au")]),
    C("Lives on a property off Boggy Creek Road outside Murrurundi, no neighbours for 10 "
      "km, and her husband has guns. Risk assessment help.",
      [("place", "Boggy Creek Road"), ("place", "Murrurundi")]),
    C("Firearms licence 4417208Z (NSW) - he's asked me to 'vouch' for renewal. After the "
      "depressive episode I'm really not comfortable.",
      [("licence", "4417208Z")]),
    C("AHPRA reg NMW0001947392 is on her complaint letter. She's a nurse in my caseload "
      "and a patient complained. Supporting her through it?",
      [("licence", "NMW0001947392")]),
    C("NHI ZTR4418 on the referral from Kaeo. He's asking for a Māori practitioner, "
      "and we have one, but she's his aunty. Now what?",
      [("medical_record", "ZTR4418"), ("place", "Kaeo")]),
    C("IRD 118-447-290 is on the WINZ letter his partner handed me in Te Kaha. I've "
      "given it back. Should I note it?",
      [("ssn", "118-447-290"), ("place", "Te Kaha")]),
    C("He's living in a caravan at 3 Totara Street, Ōhura 3980 with his koro, a "
      "ninety-one-year-old ex-shearer. Dual caregiving for a 19-year-old?",
      [("street_address", "3 Totara Street"), ("place", "Ōhura"), ("zip_code", "3980"), ("age_over_89", "ninety-one-year-old")]),
    C("Ring his mum on 021 555 0382 if he doesn't show - that's the plan his iwi social "
      "worker in Te Araroa agreed. Consent is documented.",
      [("phone", "021 555 0382"), ("place", "Te Araroa")]),
    C("plate FKP219 is the hatchback that follows her from the marae at Rātana. Police "
      "say no offence. Stalking documentation?",
      [("vehicle", "FKP219"), ("place", "Rātana")]),
    C("Her Southern Cross member no. 40921887 won't cover more than 8 sessions. She lives in "
      "Pukekohe and the public wait is 9 months. Options?",
      [("health_plan", "40921887"), ("place", "Pukekohe")]),
    C("Tūī (that's her name, not the bird) came to session in her school uniform from "
      "Kaikohe and said she's not going back. Truancy or safety?",
      [("name", "Tūī"), ("place", "Kaikohe")]),
    C("she logs into the telehealth link at https://meet.example.nz/room/hine-rangi-2207 and "
      "her brother hovers in the background. tips?",
      [("url", "https://meet.example.nz/room/hine-rangi-2207")]),
    C("Client Aperahama Te Whata's court file CRI-2026-044-118 is for the breach; lawyer wants "
      "a letter from me. Scope of a therapist's letter?",
      [("name", "Aperahama Te Whata"), ("account", "CRI-2026-044-118")]),
    C("Unit 12, 80 Beach Road, Paraparaumu 5032 - that's her new rental. She asked for "
      "home visits because she can't drive since the seizure.",
      [("street_address", "Unit 12, 80 Beach Road"), ("place", "Paraparaumu"), ("zip_code", "5032")]),
    C("CPAP serial 23817740AU came up in his sleep clinic report from Nanango. Sleep "
      "fixed, mood hasn't. Where next?",
      [("device", "23817740AU"), ("place", "Nanango")]),
    C("He spends weekends fishing at Lake Mulwala in his tinnie, rego NV-418-QS, drinking. "
      "Wife worried about drowning. Harm reduction?",
      [("place", "Lake Mulwala"), ("vehicle", "NV-418-QS")]),
    C("DOB 03.11.1929 on the aged-care referral from Ulladulla. She's sharp as a tack, "
      "wants to talk about her first husband. Life review?",
      [("date", "03.11.1929"), ("place", "Ulladulla")]),
    # ------------------------------------------------------------------
    # India, South Africa, Singapore
    # ------------------------------------------------------------------
    C("Aadhaar 5208 7714 3396 is printed on the hostel form her father signed; she's 19 at "
      "the college in Moodbidri and wants no family contact. Consent question.",
      [("ssn", "5208 7714 3396"), ("place", "Moodbidri")]),
    C("PAN AKQPM4418R is on the invoice the family wants in their name. Client is an adult "
      "in Kakinada. Whose name goes on the bill?",
      [("ssn", "AKQPM4418R"), ("place", "Kakinada")]),
    C("House no. 14-2-117, Chikkadpally 500020 - his mother wants me to visit. "
      "Home visits for OCD exposure, is it done here?",
      [("street_address", "House no. 14-2-117"), ("place", "Chikkadpally"), ("zip_code", "500020")]),
    C("my client lakshmikutty's paati is ninety-six and a half and still lives alone in a village near "
      "Palakkad. Family fights about who takes her. Grief-in-advance?",
      [("name", "lakshmikutty"), ("age_over_89", "ninety-six and a half"), ("place", "Palakkad")]),
    C("bike number KA 19 MN 4471 - her ex parks outside her PG in Koramangala 4th block. "
      "Police complaint or not, what did your clients find helpful?",
      [("vehicle", "KA 19 MN 4471"), ("place", "Koramangala 4th block")]),
    C("Call his wife on +91 98455 50137 if he misses session - that's what we agreed. "
      "He's a farmer near Hubballi. Rural suicide risk, any resources?",
      [("phone", "+91 98455 50137"), ("place", "Hubballi")]),
    C("UHID 20260448173 at the district hospital in Mandya. Discharge summary lists "
      "olanzapine 10 mg, family says they stopped it. What now?",
      [("medical_record", "20260448173"), ("place", "Mandya")]),
    C("ABHA 91-4471-2086-3395 is on the telepsychiatry slip from Sitapur. Is it ok "
      "for me to keep a copy for my records?",
      [("health_plan", "91-4471-2086-3395"), ("place", "Sitapur")]),
    C("Pooja-didi (my client's older cousin) runs the Sunrise Tuition Centre in Bhiwadi "
      "and the client studies there. Dual relationship for her, not me?",
      [("name", "Pooja-didi"), ("place", "Sunrise Tuition Centre"), ("place", "Bhiwadi")]),
    C("UPI ID ravi.kamath447@okexample keeps showing up as the payer; client says it's her "
      "uncle paying. She's 24. Is that a concern?",
      [("account", "ravi.kamath447@okexample")]),
    C("SA ID 9104125447081 on the referral from the clinic in Mthatha. Client is a "
      "teacher who was mugged at a taxi rank. PTSD, Xhosa-speaking counsellor?",
      [("ssn", "9104125447081"), ("place", "Mthatha")]),
    C("Medical aid no. 77204418 (Bonitas) paid 6 sessions, then stopped. She's in "
      "Mahikeng and can't travel to Joburg. Online or community clinic?",
      [("health_plan", "77204418"), ("place", "Mahikeng"), ("place", "Joburg")]),
    C("He stays at 22 Protea Street, Kuils River 7580 with his gogo, who is 92 going on 93 and his "
      "whole world. Anticipatory grief with a teen?",
      [("street_address", "22 Protea Street"), ("place", "Kuils River"), ("zip_code", "7580"), ("age_over_89", "92 going on 93")]),
    C("her taxi driver boyfriend's taxi, reg CA 448-207, waits outside the school in "
      "Mitchells Plain. She's 16. Statutory rape reporting?",
      [("vehicle", "CA 448-207"), ("place", "Mitchells Plain")]),
    C("Client Thandeka Mabuza-Lötter WhatsApps me from 082 555 0174. She's a nurse at the "
      "hospital in Nelspruit and burning out. Texting boundaries?",
      [("name", "Thandeka Mabuza-Lötter"), ("phone", "082 555 0174"), ("place", "Nelspruit")]),
    C("the spaza shop on Ntlazane street in gugulethu is where he hangs out; the owner "
      "(bra sipho) gives him work. Protective factor?",
      [("place", "spaza shop on Ntlazane street"), ("place", "gugulethu"), ("name", "bra sipho")]),
    C("NRIC T0448172D was on the MC she forwarded. She's in Seletar Hills and wants me to "
      "write to her boss. What's appropriate for a counsellor?",
      [("ssn", "T0448172D"), ("place", "Seletar Hills")]),
    C("Blk 447 Jurong West Street 41, #08-112, Singapore 640447 is her HDB. Her MIL moved "
      "in last month. Couple work in a 3-room flat?",
      [("street_address", "Blk 447 Jurong West Street 41, #08-112"), ("zip_code", "640447")]),
    C("Grab driver, car plate SLK4471H, client says he photographed her kids at the "
      "void deck in Sengkang. Police report or not?",
      [("vehicle", "SLK4471H"), ("place", "Sengkang")]),
    C("Her Ah Ma is 97 going on 98 and in the nursing home in Yishun. Client feels guilty "
      "she only visits weekends. Filial piety and guilt?",
      [("age_over_89", "97 going on 98"), ("place", "Yishun")]),
    C("He's FIN G4471820M, a work permit holder at the dormitory in Tuas, and the agent "
      "holds his passport. Who do I contact?",
      [("ssn", "G4471820M"), ("place", "Tuas")]),
    # ------------------------------------------------------------------
    # Philippines, Nigeria, Kenya, Malaysia, Hong Kong
    # ------------------------------------------------------------------
    C("PhilSys PCN 4417-2093-8851-6270 is on the ID she showed me; she's from Barangay "
      "San Isidro in Cainta. OFW spouse, loneliness. Approaches?",
      [("ssn", "4417-2093-8851-6270"), ("place", "Barangay San Isidro"), ("place", "Cainta")]),
    C("PhilHealth 02-044718293-7 wasn't accepted at the hospital in Tarlac City, so she "
      "left before seeing psych. How do I help her get back?",
      [("health_plan", "02-044718293-7"), ("place", "Tarlac City")]),
    C("his tita Lorna-Mae (the family news desk) in Marikina tells the whole family what he "
      "says. He's 20 and wants privacy. Family systems angle?",
      [("name", "Lorna-Mae"), ("place", "Marikina")]),
    C("she texts from 0917 555 0142 between shifts at the BPO in Eastwood. Night-shift "
      "sleep and depression - what worked for your clients?",
      [("phone", "0917 555 0142"), ("place", "Eastwood")]),
    C("Lola Conching is 92 and three-quarters and lives at 18 Sampaguita Street, Brgy. Malanday, "
      "Valenzuela 1444. Family wants her to move. Her choice?",
      [("name", "Lola Conching"), ("age_over_89", "92 and three-quarters"), ("street_address", "18 Sampaguita Street"),
       ("place", "Brgy. Malanday"), ("place", "Valenzuela"), ("zip_code", "1444")]),
    C("jeepney plate NBQ 4471 - that's the one her stepdad drives on the Antipolo route. "
      "She's 14 and says he watches her. Reporting in PH?",
      [("vehicle", "NBQ 4471"), ("place", "Antipolo")]),
    C("NIN 70418829351 is on the form her uncle filled in Ibadan; she's 17 and says "
      "she's 'going abroad for work'. Trafficking red flags?",
      [("ssn", "70418829351"), ("place", "Ibadan")]),
    C("Client Ebubechukwu 'Bube' Obiora-Hale calls from 0803 555 0168 from his shop in "
      "Onitsha main market. Depression in a trader, culturally?",
      [("name", "Ebubechukwu"), ("name", "Bube"), ("name", "Obiora-Hale"), ("phone", "0803 555 0168"),
       ("place", "Onitsha main market")]),
    C("BVN 22418830571 got linked to a loan app that's now harassing her contacts. She's "
      "humiliated. Shame work with digital harassment?",
      [("ssn", "22418830571")]),
    C("HMO ID AXA/LG/448217 was on the card; her HMO only covers the psychiatrist at "
      "Ikeja and she lives in Epe. Options?",
      [("health_plan", "AXA/LG/448217"), ("place", "Ikeja"), ("place", "Epe")]),
    C("Danfo plate KJA-482XY hit his okada in Surulere; since then he won't ride. "
      "Accident PTSD in a gig worker, what would you do?",
      [("vehicle", "KJA-482XY"), ("place", "Surulere")]),
    C("my client Favour lives with her aunty at No. 12 Adeniyi Jones Avenue and sleeps "
      "in the parlour. She's 15. Do I escalate?",
      [("name", "Favour"), ("street_address", "No. 12 Adeniyi Jones Avenue")]),
    C("Kenyan ID 28847193 on the referral; she's from a village near Kakamega and now "
      "works as a house help in Kileleshwa. Exploitation?",
      [("ssn", "28847193"), ("place", "Kakamega"), ("place", "Kileleshwa")]),
    C("KRA PIN A004471829K is on the payslip he brought; he thinks his employer is "
      "cheating him. Counselling or refer to labour office?",
      [("ssn", "A004471829K")]),
    C("M-Pesa till 8830192 is where she pays me and her husband sees the statements. "
      "Cash or a different channel?",
      [("account", "8830192")]),
    C("matatu reg KDK 482L is the one the boys in Kayole use to follow her. She's a "
      "student at the TTC in Machakos. Safety plan?",
      [("vehicle", "KDK 482L"), ("place", "Kayole"), ("place", "Machakos")]),
    C("Call his brother Kariuki on +254 722 555 147 if he misses two sessions, we agreed. "
      "He lives in Ruiru. Is that enough for a high-risk client?",
      [("name", "Kariuki"), ("phone", "+254 722 555 147"), ("place", "Ruiru")]),
    C("SHA member no. SHA-0447-1829-3 stopped working and the hospital in Nyeri wants "
      "cash. He's dropping out of care. Advocacy ideas?",
      [("health_plan", "SHA-0447-1829-3"), ("place", "Nyeri")]),
    C("MyKad 880412-14-5527 was on the form from her company in Shah Alam. Employer wants "
      "a report on her 'fitness'. Decline or negotiate?",
      [("ssn", "880412-14-5527"), ("place", "Shah Alam")]),
    C("Her car, WXY 4471, was found at the Batu Ferringhi beach car park; she was at her "
      "sister's in Balik Pulau. Family now watches her constantly.",
      [("vehicle", "WXY 4471"), ("place", "Batu Ferringhi"), ("place", "Balik Pulau")]),
    C("No. 7, Jalan SS 2/44, Petaling Jaya 47300 - his mother wants me to courier the "
      "report there. He's 23. Who gets the report?",
      [("street_address", "No. 7, Jalan SS 2/44"), ("place", "Petaling Jaya"), ("zip_code", "47300")]),
    C("client Nurul Aishah binti Rosli texts from 012-555 0193 in Kota Bharu; she's "
      "scared her family will find out about the therapy. WhatsApp safe?",
      [("name", "Nurul Aishah binti Rosli"), ("phone", "012-555 0193"), ("place", "Kota Bharu")]),
    C("HKID K447120(3) on the form; she's a domestic helper in Tai Po and her employer "
      "keeps her phone. How do we even schedule?",
      [("ssn", "K447120(3)"), ("place", "Tai Po")]),
    C("Flat C, 12/F, Block 3, Lok Fu Estate - that's where he lives with his parents and "
      "grandfather (ninety-five and a half). No private space for telehealth.",
      [("street_address", "Flat C, 12/F, Block 3"), ("place", "Lok Fu Estate"), ("age_over_89", "ninety-five and a half")]),
    C("minibus plate RT 4471 - the driver is her ex, on the Sai Kung route, so she "
      "can't take it. Practical avoidance vs exposure?",
      [("vehicle", "RT 4471"), ("place", "Sai Kung")]),
    C("she calls from 5550 1482 (HK mobile) during her lunch at the bank in Kwun Tong. "
      "Panic at work, 30-minute sessions?",
      [("phone", "5550 1482"), ("place", "Kwun Tong")]),
    # ------------------------------------------------------------------
    # Names from many cultures, word-names, lower case and caps,
    # with contact, network, date and record identifiers
    # ------------------------------------------------------------------
    C("Consult: Marvellous Adebayo-Crane, 34, emails from marv.ac@inbox.example whenever his "
      "manager criticises him. Marvellous really is his name. Reply policy?",
      [("name", "Marvellous Adebayo-Crane"), ("email", "marv.ac@inbox.example"), ("name", "Marvellous")]),
    C("Treasure and her twin Unity (both 16) share one phone and one login, from "
      "192.0.2.251. How do I keep their sessions private from each other?",
      [("name", "Treasure"), ("name", "Unity"), ("ip_address", "192.0.2.251")]),
    C("my client wisdom (he hates his name, 'too much to live up to') started at the "
      "polytechnic in Hohoe this term. identity work ideas?",
      [("name", "wisdom"), ("place", "Hohoe")]),
    C("Harmony Vailea-Tupou posted her story on fb.example/harmony.vt.speaks and tagged "
      "our practice. Do we respond publicly at all?",
      [("name", "Harmony Vailea-Tupou"), ("url", "fb.example/harmony.vt.speaks")]),
    C("Her son Journey (7) was born on 11 November 2018, the day her dad died. Every "
      "birthday is also the anniversary. How do we hold both?",
      [("name", "Journey"), ("date", "11 November 2018")]),
    C("Client Goodness Eze-Whitlock's router is at 10.0.4.17 and her brother can see "
      "every site she visits. She wants to look up shelters. Tips?",
      [("name", "Goodness Eze-Whitlock"), ("ip_address", "10.0.4.17")]),
    C("DR. HALVORSEN-BIRK (her psychiatrist) faxed the med change from (218) 555-0176 "
      "but my fax is at the old office. Any way to redirect faxes?",
      [("name", "HALVORSEN-BIRK"), ("fax", "(218) 555-0176")]),
    C("MRN 0049-2218-77 for Lovely Santiago-Reyes at the county hospital. She "
      "asked me to call them, the ROI is signed. Who asks for whom?",
      [("medical_record", "0049-2218-77"), ("name", "Lovely Santiago-Reyes")]),
    C("Seung-min's dad wants the assessment sent to hwpark.family@mail.example.kr and "
      "translated. Seung-min is 17. Parental rights abroad?",
      [("name", "Seung-min"), ("email", "hwpark.family@mail.example.kr")]),
    C("the girls' mum, ebele, keeps calling the front desk; the twins are somadina and "
      "kosisochukwu. twin rivalry vs trauma re-enactment?",
      [("name", "ebele"), ("name", "somadina"), ("name", "kosisochukwu")]),
    C("Olamide's Instagram @olamide.bloom.again is public and she's posting about our "
      "sessions (not naming me). Do I raise it?",
      [("name", "Olamide"), ("url", "@olamide.bloom.again")]),
    C("Teodora Vasquez-Imbert was born 8/3/1930 per the Medicare card; she's the "
      "oldest in my caseload, a ninety-six-year-old. Reminiscence therapy tips?",
      [("name", "Teodora Vasquez-Imbert"), ("date", "8/3/1930"), ("age_over_89", "ninety-six-year-old")]),
    C("Client is a commercial pilot, licence ATPL 447182, and declared his depression "
      "to the regulator. He wants a letter. Scope?",
      [("licence", "ATPL 447182")]),
    C("My client Aarav Raghunathan-Price works at a call centre; his Zoom ID "
      "zoom.example/j/44719208833 keeps appearing on the shared screen at work.",
      [("name", "Aarav Raghunathan-Price"), ("url", "zoom.example/j/44719208833")]),
    C("Nana Yaw's insulin pump (Omnipod PDM, serial OPD-4471-882) is linked to his "
      "mum's phone. He's 16 and feels watched. Middle ground?",
      [("name", "Nana Yaw"), ("device", "OPD-4471-882")]),
    C("IP 203.0.113.45 logged into Siddharth's telehealth account while he was in "
      "session with me in person. Someone has his password.",
      [("ip_address", "203.0.113.45"), ("name", "Siddharth")]),
    C("Email from honorine.fontaine-obi@correo.example: 'Please tell my mother "
      "nothing.' Honorine is 18 as of Tuesday. What changes?",
      [("email", "honorine.fontaine-obi@correo.example"), ("name", "Honorine")]),
    C("Mrs Pilar Esquivel-Dunn, DOB 30/06/1933, wants to stop dialysis and her son wants "
      "her 'talked out of it'. Role of the counsellor?",
      [("name", "Pilar Esquivel-Dunn"), ("date", "30/06/1933")]),
    C("He signs off as 'Big Tunde' in the group chat; real name Babatunde Lawal-Greene. "
      "He shared a screenshot of my message. Group rules?",
      [("name", "Big Tunde"), ("name", "Babatunde Lawal-Greene")]),
    C("Lab accession LX-20260447-118 shows a lithium level of 1.4 for Ingrid Solberg-Nkemelu. "
      "Psychiatrist on leave. Who do I contact today?",
      [("medical_record", "LX-20260447-118"), ("name", "Ingrid Solberg-Nkemelu")]),
    C("MAC 02:4f:a1:77:c2:19 keeps showing on her home network; she thinks it's a "
      "tracker her ex left. Tech safety referral?",
      [("device", "02:4f:a1:77:c2:19")]),
    C("Fax number for the school nurse is 020 7946 0492; she wants Hafsa-Noor's care plan "
      "faxed there. Hafsa-Noor is 13. Need both parents' consent?",
      [("fax", "020 7946 0492"), ("name", "Hafsa-Noor")]),
    C("client's pastor, Rev. Obadiah Mensah-Clarke, emailed pastor.obadiah@church.example "
      "-> me, asking to 'join forces'. Client consented. Format?",
      [("name", "Obadiah Mensah-Clarke"), ("email", "pastor.obadiah@church.example")]),
    C("Evert 'Neel' Vandenbosch, ninety and a half, wants help writing letters to his estranged "
      "children. Life review with an agenda, thoughts?",
      [("name", "Evert"), ("name", "Neel"), ("name", "Vandenbosch"), ("age_over_89", "ninety and a half")]),
    C("Xiomara-Luz started IOP on Jan 13th and dropped out on the 23rd. She says the group "
      "was too big. Step down or step back up?",
      [("name", "Xiomara-Luz"), ("date", "Jan 13th")]),
    C("The IMEI 35-209947-118273-6 came up in the police report; her ex tracked the "
      "phone he 'gifted' her. How do I explain tech abuse to her?",
      [("device", "35-209947-118273-6")]),
    C("Meeting link https://teams.example.com/l/meetup/hinewai-k-fri-2207 was shared in "
      "the family chat by Hinewai's dad. Reset and re-invite?",
      [("url", "https://teams.example.com/l/meetup/hinewai-k-fri-2207"), ("name", "Hinewai")]),
    C("Employee ID EMP-0447192 is on the EAP referral for Tomasz Wiśniewski-Reid. The "
      "employer wants attendance confirmation. How much do I give?",
      [("account", "EMP-0447192"), ("name", "Tomasz Wiśniewski-Reid")]),
    C("Client SEAN-PAUL McGUIGAN (caps on every form he fills) logs in from "
      "198.51.100.219 on the prison laptop. Confidentiality in custody?",
      [("name", "SEAN-PAUL McGUIGAN"), ("ip_address", "198.51.100.219")]),
    C("DOB 1929-12-04 on the hospice referral; he told me he's 'ninety-six and done'. "
      "How do you assess hastened-death wishes?",
      [("date", "1929-12-04"), ("age_over_89", "ninety-six and done")]),
    C("Rx no. 6620418 at the pharmacy shows she's picking up two benzo scripts. "
      "Two prescribers. Do I tell one of them?",
      [("medical_record", "6620418")]),
    C("Setareh and her mother Shahnaz both see me (separately, referred by the same GP). "
      "Shahnaz asked what Setareh says. Should I stop one?",
      [("name", "Setareh"), ("name", "Shahnaz")]),
    C("Her Fitbit (device ID FB-77A4-2019-XQ) syncs to her husband's account. She "
      "wants to leave. Does she take it?",
      [("device", "FB-77A4-2019-XQ")]),
    C("Old Man Eustace, ninety-nine and three-quarters, calls from the landline 0117 496 0631 and asks for "
      "his late wife. Grief vs dementia?",
      [("name", "Eustace"), ("age_over_89", "ninety-nine and three-quarters"), ("phone", "0117 496 0631")]),
    C("client (yevgeny, 15) uses the gaming handle twitch.example/frostbyte_dima and "
      "streams his self-harm talk. Report the stream?",
      [("name", "yevgeny"), ("url", "twitch.example/frostbyte_dima")]),
    C("Please fax to (780) 555-0192, attn: Dr. Orla Featherstonhaugh. The psych "
      "there needs my notes for the capacity hearing.",
      [("fax", "(780) 555-0192"), ("name", "Orla Featherstonhaugh")]),
    C("Email thread with lior.benami.atty@lawfirm.example, Lior's divorce lawyer, "
      "wants my 'impressions' of the husband. I've never met him.",
      [("email", "lior.benami.atty@lawfirm.example"), ("name", "Lior")]),
    C("IPv6 2001:db8:4a1::17 shows up on the portal logs for Kahurangi's account while "
      "she's overseas. Is her partner logging in?",
      [("ip_address", "2001:db8:4a1::17"), ("name", "Kahurangi")]),
    C("Gift-card number 6035 4471 9920 1835 is what her gambler husband stole from the "
      "grandkids. Financial abuse; she wants to report.",
      [("account", "6035 4471 9920 1835")]),
    C("Met client Florentyna Zubrzycka on 14 February 2026 - she chose the date on "
      "purpose, anniversary of her assault. Reclaiming or risk?",
      [("name", "Florentyna Zubrzycka"), ("date", "14 February 2026")]),
    C("Her ring camera (serial RC2-448-71K9) is registered to her ex's account and he "
      "watches her front door. Who helps with this?",
      [("device", "RC2-448-71K9")]),
    C("the client's gran, maggie mcsporran, became a centenarian last week; card from the King "
      "and all. the client says 'that's me in 70 years'. existential?",
      [("name", "maggie mcsporran"), ("age_over_89", "centenarian")]),
    C("Library card 29920044718365 was in the coat he left; he's unhoused and uses the "
      "library all day. Return it at the desk or to him?",
      [("account", "29920044718365")]),
    C("Pharmacist licence PH-447219 is on his name badge in the photo he sent. He "
      "wants support before his fitness-to-practise hearing.",
      [("licence", "PH-447219")]),
    C("Abenaa's ex keeps emailing from a burner, ghost.rider.8841@anonmail.example; "
      "police want the headers. How do I help her export?",
      [("name", "Abenaa"), ("email", "ghost.rider.8841@anonmail.example")]),
    C("Fax (08) 5550 7712 goes to the remote clinic in Fitzroy Crossing; the nurse "
      "there wants my safety plan for Djarru. Faxes in 2026?",
      [("fax", "(08) 5550 7712"), ("place", "Fitzroy Crossing"), ("name", "Djarru")]),
    C("Bao-Ngoc Tran-Whitfield asked me to email her notes to bntw.notes@cloud.example. "
      "Personal email, not the portal. Any risk?",
      [("name", "Bao-Ngoc Tran-Whitfield"), ("email", "bntw.notes@cloud.example")]),
    C("his dad (Ottokar, 93 y/o) is now in the memory unit and doesn't recognise "
      "him. Ambiguous loss resources?",
      [("name", "Ottokar"), ("age_over_89", "93 y/o")]),
    C("Hearing on 2 March at the family court; Solange's ex has subpoenaed me. "
      "First subpoena, help!",
      [("date", "2 March"), ("name", "Solange")]),
    C("Medical record no. BRG-7714-20 from the hospital in Bridgwater came with the "
      "referral. Anyone know their CAMHS team?",
      [("medical_record", "BRG-7714-20"), ("place", "Bridgwater")]),
    C("rashida's discord is discord.example/users/rashida_nightowl_44 and her mum "
      "wants me to 'monitor' it. rashida is 15. no?",
      [("name", "rashida"), ("url", "discord.example/users/rashida_nightowl_44")]),
    C("Router admin page at 192.168.77.254 - her husband changed the password and she's "
      "locked out of the wifi. Tech-facilitated abuse?",
      [("ip_address", "192.168.77.254")]),
    C("My client Kofi Asante-Brightwell was served a driving ban; licence no. "
      "ASANT812047KB9 suspended. Shame spiral, and his job needs it.",
      [("name", "Kofi Asante-Brightwell"), ("licence", "ASANT812047KB9")]),
    C("Trailer rego TL-44718 is on the trailer he lives in behind his cousin's shed. "
      "Council says it's illegal. Housing advocacy?",
      [("vehicle", "TL-44718")]),
    C("Moana Faleolo-Pritchard's Medicaid ID 98204417L was dropped when she turned 19. "
      "She's mid-trauma work. Bridge?",
      [("name", "Moana Faleolo-Pritchard"), ("health_plan", "98204417L")]),
    C("Email: ilsabet.vogelsang@uni.example.de says she can't continue. Ilsabet has 4 "
      "sessions left. Do I reach out or respect it?",
      [("email", "ilsabet.vogelsang@uni.example.de"), ("name", "Ilsabet")]),
    C("client ali-reza and his brother payam share an IP (10.12.0.88) at the hostel; "
      "payam reads his chats. digital privacy for refugees?",
      [("name", "ali-reza"), ("name", "payam"), ("ip_address", "10.12.0.88")]),
    C("Her anniversary reaction hits around 21/09 each year (the day of the crash). "
      "Planning ahead, what helps?",
      [("date", "21/09")]),
    C("He blogs at https://quietharbour.example.org/blog/my-ect-year and the posts name "
      "his hospital ward. He's proud. Should I read them?",
      [("url", "https://quietharbour.example.org/blog/my-ect-year")]),
    C("Fax 0113 496 0558 is the one on the Pontefract CMHT letterhead, she says. She wants "
      "her letter to go there directly, not via the GP.",
      [("fax", "0113 496 0558"), ("place", "Pontefract")]),
    C("Zainab-Fatima's uncle (she calls him Chacha Imran) pays for therapy and wants "
      "updates. She's 22. How do I hold the line?",
      [("name", "Zainab-Fatima"), ("name", "Chacha Imran")]),
    # ------------------------------------------------------------------
    # More positives: villages, invented places, addresses, devices, licences
    # ------------------------------------------------------------------
    C("She grew up in Kettlebrook Fold, a hamlet of twelve houses past Quarrymoor, and "
      "everyone there knew about the abuse. Rural shame, where to start?",
      [("place", "Kettlebrook Fold"), ("place", "Quarrymoor")]),
    C("The Willow Lane surgery in Ashby Parva faxes from 0116 496 0827 and the last fax "
      "had the wrong patient's bloods. Data breach reporting?",
      [("place", "Willow Lane surgery"), ("place", "Ashby Parva"), ("fax", "0116 496 0827")]),
    C("He works nights at the Goldfinch Motel in Wendover and the manager, Rusty Coombs, "
      "pays cash. Sleep and mood, shift-work adaptations?",
      [("place", "Goldfinch Motel"), ("place", "Wendover"), ("name", "Rusty Coombs")]),
    C("PO Box 7308, Tuncurry NSW 2428 is the only address she'll give. The GP wants a home "
      "address for the care plan. Does it matter?",
      [("street_address", "PO Box 7308"), ("place", "Tuncurry"), ("zip_code", "2428")]),
    C("Her boat, reg QF 2284 KB, is moored at Birkenhead Point and she's living on it "
      "since the split. Sea-change or avoidance?",
      [("vehicle", "QF 2284 KB"), ("place", "Birkenhead Point")]),
    C("client lives in the back flat at the Bluebell Dairy near Oakhanger; her landlord "
      "(Heathcote) lets himself in. tenancy + safety?",
      [("place", "Bluebell Dairy"), ("place", "Oakhanger"), ("name", "Heathcote")]),
    C("Electrician's licence EL 4471902 lapsed during his depression and he can't work "
      "now. Practical steps alongside therapy?",
      [("licence", "EL 4471902")]),
    C("Her pacemaker ID PMX-7702-4418 is on the card she carries; she's terrified of the "
      "airport scanner before her trip to see her son. Exposure?",
      [("device", "PMX-7702-4418")]),
    C("the kids go to Little Acorns nursery in long crendon and the dad turned up drunk "
      "at pickup. does the nursery need to know from me?",
      [("place", "Little Acorns nursery"), ("place", "long crendon")]),
    C("Her portal login came from 172.16.91.203 (the women's refuge wifi) and 203.0.113.190 "
      "(home). She says she's left him. Which do I trust?",
      [("ip_address", "172.16.91.203"), ("ip_address", "203.0.113.190")]),
    C("Nursing PIN 14K2207E is on the NMC letter she brought. She's a nurse at the hospice "
      "in Chipping Sodbury and is being investigated. Support role?",
      [("licence", "14K2207E"), ("place", "Chipping Sodbury")]),
    C("His Apple Watch serial G99XK4471Q logs his heart rate and he checks it 200 times "
      "a day. Health anxiety with wearables, any papers?",
      [("device", "G99XK4471Q")]),
    C("Policy no. HP-4471-88219 with the health insurer covers only 10 sessions a year "
      "for Teuila Amituanai. She lives in Mangere Bridge. Options?",
      [("health_plan", "HP-4471-88219"), ("name", "Teuila Amituanai"), ("place", "Mangere Bridge")]),
    C("Fax from the Tanglewood Clinic in Hollister came from (831) 555-0149, and it had "
      "a different client's name on the cover sheet. Tell them?",
      [("place", "Tanglewood Clinic"), ("place", "Hollister"), ("fax", "(831) 555-0149")]),
    C("His gun licence (FAC 44/7182) was revoked after the police visit in Kirkby "
      "Stephen. He's a farmer and ashamed. How do I approach it?",
      [("licence", "FAC 44/7182"), ("place", "Kirkby Stephen")]),
    C("MRN 88-2041-7X at St Dympna's Unit in Carrickmacross. She wants her section papers "
      "explained. Can I read them with her?",
      [("medical_record", "88-2041-7X"), ("place", "St Dympna's Unit"), ("place", "Carrickmacross")]),
    C("Rent account no. 70044183 with the housing association in Mossley is in arrears "
      "and eviction is looming. Therapy can't fix rent. Referral?",
      [("account", "70044183"), ("place", "Mossley")]),
    C("client's mum, Imelda Quarshie, works at the Bramblewood care home in upper "
      "tean, where my client was abused as a child. Trigger, obviously.",
      [("name", "Imelda Quarshie"), ("place", "Bramblewood care home"), ("place", "upper tean")]),
    C("The baby monitor (serial BM4-2207-8841) was hacked, her ex's voice came through it. "
      "She's not sleeping. Immediate steps?",
      [("device", "BM4-2207-8841")]),
    C("Email to the Larchfield Academy pastoral lead, pastoral@larchfield.example.org.uk, "
      "bounced. Does anyone know another way in? Safeguarding.",
      [("place", "Larchfield Academy"), ("email", "pastoral@larchfield.example.org.uk")]),
    C("Her page https://www.caringbridge.example/visit/ondinecollier is public; her "
      "mother posts updates after each session. Ondine is 25.",
      [("url", "https://www.caringbridge.example/visit/ondinecollier"), ("name", "Ondine")]),
    C("Taxi licence TX 88417 (council badge) was suspended after the complaint. Client "
      "says it was racism. Supporting him without taking sides?",
      [("licence", "TX 88417")]),
    C("Her MyChart shows a login from 198.51.100.241 at 4am; she was asleep. Her teenage "
      "son, Tavish, knows her password. How to raise it?",
      [("ip_address", "198.51.100.241"), ("name", "Tavish")]),
    C("Claim number WC-2026-044718 for the back injury; the insurer's psych in Geelong "
      "said he's 'malingering'. He's furious. Validation first?",
      [("account", "WC-2026-044718"), ("place", "Geelong")]),
    C("Pt's date of death on the certificate is 19 May 2026; his widow (my client) "
      "can't open the envelope. Graded exposure for a letter?",
      [("date", "19 May 2026")]),
    C("She's in room 4 of the Lantern House shelter in Greymouth, and her partner knows "
      "the building. Transfer to another town?",
      [("place", "Lantern House"), ("place", "Greymouth")]),
    C("her husband's utility account 9920-4471-18 is the one the power is in; he cut it "
      "off to control her. Financial abuse documentation?",
      [("account", "9920-4471-18")]),
    C("Pilot's licence CPL 20-44718 is under review after his disclosure. He lives in "
      "Nowra and flies charters. Occupational stakes, how to pace?",
      [("licence", "CPL 20-44718"), ("place", "Nowra")]),
    C("Anyone know the Fernleigh Family Centre in Oswaldtwistle? Client's social worker "
      "there (Bev Ashworth-Khan) never returns calls.",
      [("place", "Fernleigh Family Centre"), ("place", "Oswaldtwistle"), ("name", "Bev Ashworth-Khan")]),
    C("Kaiser MRN 110447829 for a woman of 91 years and 4 months in Lodi; she wants to talk about her "
      "internment as a child. Any resources?",
      [("medical_record", "110447829"), ("age_over_89", "91 years and 4 months"), ("place", "Lodi")]),
    C("Client's VPN shows 10.8.0.14 and 192.0.2.33 in the same session; her ex is an "
      "IT guy. Am I overthinking it?",
      [("ip_address", "10.8.0.14"), ("ip_address", "192.0.2.33")]),
    C("SA medical aid 3304471852 (Discovery) rejected the claim from the practice in "
      "Stellenbosch. She's a student. Sliding scale?",
      [("health_plan", "3304471852"), ("place", "Stellenbosch")]),
    C("The clinic's fax 021 555 0426 is on her letterhead; she wants the Cape Town "
      "team to fax the discharge plan to the Paarl clinic. Doable?",
      [("fax", "021 555 0426"), ("place", "Cape Town"), ("place", "Paarl")]),
    C("Call her on 0491 570 418 before 8am, she works at the Rosella Street bakery in "
      "Smithton from 9. Tasmania, tiny town, everyone knows.",
      [("phone", "0491 570 418"), ("place", "Rosella Street bakery"), ("place", "Smithton")]),
    C("Date of the assault: 6th of August 2025, per the police statement she brought. "
      "Anniversary is coming. Planning around it?",
      [("date", "6th of August 2025")]),
    C("Block 12, Flat 3B, Orchid Towers, Ajah - his mother rings me from there daily. "
      "He's 26 and doesn't want her involved.",
      [("street_address", "Block 12, Flat 3B"), ("place", "Orchid Towers"), ("place", "Ajah")]),
    C("Client's hearing-loop receiver (ID HL-00447-219) picks up the neighbouring room's "
      "sessions. Soundproofing our Mackay office?",
      [("device", "HL-00447-219"), ("place", "Mackay")]),
    C("pls use the URL bit.example/rr-intake-2207 for intake; the client (rosalind rhee) "
      "wants her own link. is a short link ok?",
      [("url", "bit.example/rr-intake-2207"), ("name", "rosalind rhee")]),
    C("Fax 0131 496 0904 at the Dalkeith surgery is where the psychiatrist wants my "
      "risk letter for Ewan. Email isn't allowed there apparently.",
      [("fax", "0131 496 0904"), ("place", "Dalkeith"), ("name", "Ewan")]),
    C("Her child's Medicaid ID 44718826Q lists her as guardian but the father has "
      "custody now. Who consents for therapy in this mess?",
      [("health_plan", "44718826Q")]),
    C("His 2001:db8:77::4 address keeps showing on our portal from Parañaque even though "
      "he's overseas, he says. Is he in the Philippines?",
      [("ip_address", "2001:db8:77::4"), ("place", "Parañaque")]),
    C("He's ninety-four years of age, living alone on Rathlin, and the ferry is his only link. "
      "Telehealth over bad signal, any hacks?",
      [("age_over_89", "ninety-four years of age"), ("place", "Rathlin")]),
    C("my client nkechi-amara's email is nk.amara.writes@post.example and she signs "
      "off 'the girl from Nsukka'. her essays are beautiful. respond?",
      [("name", "nkechi-amara"), ("email", "nk.amara.writes@post.example"), ("place", "Nsukka")]),
    C("Her son's student no. S4471-2093 at Riverbend Secondary was used to log into his "
      "school account from home. Cyberbullying evidence?",
      [("account", "S4471-2093"), ("place", "Riverbend Secondary")]),
    C("MRN HX-20-4471 from the Ladysmith hospital lists the wrong next of kin, "
      "his abusive uncle. How does she get it changed?",
      [("medical_record", "HX-20-4471"), ("place", "Ladysmith")]),
    # ------------------------------------------------------------------
    # More positives: links, faxes, records, devices
    # ------------------------------------------------------------------
    C("his podcast is at podcasts.example/show/the-quiet-shearer and episode 4 is about our "
      "work (no names). Client Hamish Brodie-Tait wants my blessing.",
      [("url", "podcasts.example/show/the-quiet-shearer"), ("name", "Hamish Brodie-Tait")]),
    C("Her Substack, https://softlanding.example.com/p/leaving-kalgoorlie, describes the "
      "refuge in detail. She's proud; I'm worried for her safety.",
      [("url", "https://softlanding.example.com/p/leaving-kalgoorlie")]),
    C("The fundraiser at gofund.example/f/bring-chibuzor-home-2026 names my client as the "
      "one 'saving him'. Chibuzor is her brother. Boundaries?",
      [("url", "gofund.example/f/bring-chibuzor-home-2026"), ("name", "Chibuzor")]),
    C("The GP in Tumbarumba only takes faxes: (02) 5550 8814. I'm sending the summary for "
      "Narelle. Cover sheet wording?",
      [("place", "Tumbarumba"), ("fax", "(02) 5550 8814"), ("name", "Narelle")]),
    C("Fax +353 1 555 0762 is the only line the Clonmel psychiatry service monitors, they "
      "said. Sending a risk letter by fax in 2026 feels wrong.",
      [("fax", "+353 1 555 0762"), ("place", "Clonmel")]),
    C("Fax to (709) 555-0138 for the Corner Brook clinic - the nurse there is coordinating "
      "Mrs Pennell's discharge. Anyone been to that clinic?",
      [("fax", "(709) 555-0138"), ("place", "Corner Brook"), ("name", "Pennell")]),
    C("Chart no. WK-3318-0426 at the Whakatāne hospital lists her as 'non-compliant'. She "
      "wants it changed. How do corrections work?",
      [("medical_record", "WK-3318-0426"), ("place", "Whakatāne")]),
    C("The vagus nerve stimulator (serial VNS-106-58821) was turned up last month and "
      "her voice shakes in session. She thinks it's anxiety.",
      [("device", "VNS-106-58821")]),
    C("His brother's email, deji.okoro.builds@trade.example, is on the ROI, and he wants "
      "weekly updates on Tobi. Tobi is 19. What do I say?",
      [("email", "deji.okoro.builds@trade.example"), ("name", "Tobi")]),
    C("Sunday 12 April is when she plans to tell her parents she's gay; the session is "
      "booked for the Monday after. Prep ideas?",
      [("date", "Sunday 12 April")]),
    C("Driver licence 07KT4418 (Victoria) was cancelled after his drink-driving charge "
      "in Kerang. He's a courier. Shame and job loss.",
      [("licence", "07KT4418"), ("place", "Kerang")]),
    C("Her smart insulin pen (ID NPX-44-70219) shares doses with the clinic and her mum. "
      "She's 15 and wants it off. Negotiation?",
      [("device", "NPX-44-70219")]),
    # ------------------------------------------------------------------
    # Clean: dense clinical prose, drugs, doses, labs, scales, codes
    # ------------------------------------------------------------------
    C("Sertraline 100 mg since March, PHQ-9 down from 19 to 11, GAD-7 still 14. Prescriber wants "
      "to go to 150 mg. Does adding CBT-I first make sense?", []),
    C("Lithium 0.9 mmol/L last week, TSH 5.2, creatinine normal. She's asking whether the tremor "
      "will ever stop. How do you talk about side effects you can't fix?", []),
    C("Billed 90837 for a 58-minute session and the payer downcoded to 90834. Anyone else seeing "
      "this with Optum this quarter?", []),
    C("F43.10 vs F43.12 for a client whose symptoms started 11 months after the event. Delayed "
      "expression specifier - do payers care?", []),
    C("Beck Depression Inventory 31, Beck Anxiety Inventory 22, BHS 12. Scores dropped 4 points each "
      "after 6 sessions. Meaningful change or noise?", []),
    C("Asperger's as a term: client was diagnosed in 2009 and identifies strongly with it. Do I use "
      "his language or ASD in my notes?", []),
    C("The Likert items on our outcome form run 1-5 but the ORS is 0-10 per line. Clients get "
      "confused. Anyone harmonised scales in their intake?", []),
    C("Quetiapine 25 mg at night 'for sleep' for 3 years now. Metabolic monitoring has never been "
      "done. Is it my place to raise it with the GP?", []),
    C("BP 142/91 at intake, 128/84 after 8 weeks of exercise and 6 weeks of therapy. He credits the "
      "therapy; I credit the walking. Both?", []),
    C("Monday sessions have a 30% no-show rate in my practice vs 8% on Thursdays. Anyone moved their "
      "heavy days and seen a change?", []),
    C("PCL-5 of 52 at intake, 33 at session 12 of CPT. She wants to stop at 12. Is a 19-point drop "
      "enough to call it?", []),
    C("HbA1c 9.4 and rising, diabetes distress scale 3.8. The endo wants 'motivation'. How do you "
      "frame DDS results back to the medical team?", []),
    C("AUDIT 23, drinks 6-8 units a night, LFTs mildly raised (ALT 68). He wants controlled "
      "drinking, not abstinence. Where do you land?", []),
    C("The 5/10 pain rating is stable but function dropped. ACT for chronic pain vs CBT - which "
      "has better data for fibromyalgia?", []),
    C("Grace period on our cancellation policy is 24 hours. A client cancelled 23 hours out due to "
      "a migraine. Charge or waive?", []),
    C("Hope is a clinical variable, not a personality trait - Snyder's scale is 12 items. Anyone "
      "use it routinely at intake and review?", []),
    C("Faith-based clients and exposure work: a client's Lenten fast overlaps with the last 6 "
      "weeks of ERP. Pause or carry on?", []),
    C("Will I lose my licence for a late note? Board rules say 'timely'. I'm 9 days behind on 14 "
      "notes after being sick.", []),
    C("Venlafaxine XR 225 mg, missed two doses over Easter, and the discontinuation symptoms were "
      "awful. Psychoed for the next holiday?", []),
    C("The Mini-Cog was 2/5 and the MoCA 21/30 for a client in her late seventies. Refer for "
      "neuropsych or wait 6 months?", []),
    C("CPT 90846 vs 90847: client's husband joined for 20 of the 53 minutes. Which code, and "
      "does the add-on matter?", []),
    C("ICD-10 Z63.0 as the primary for couples work - most payers reject it. Any luck with F43.21 "
      "for one partner instead?", []),
    C("Clozapine ANC 1.6 last week, the clinic paused the script, and he's scared of relapse. How "
      "do I support without giving medical advice?", []),
    C("Sleep diary: TST 5.2 h, SOL 45 min, WASO 90 min, SE 68%. Start sleep restriction at 5.5 h "
      "window? She's worried about driving.", []),
    C("Irish clients in my practice often downplay their drinking - 'a few pints'. Cultural "
      "norms vs minimisation, how do you tell?", []),
    C("The Mancunian humour in group is great until it turns on the quiet member. How do you "
      "redirect without killing the room?", []),
    C("Kiwi colleagues: is ACC sensitive claims cover still 16 sessions before review, or did "
      "that change in the last year?", []),
    C("Glaswegian clients keep telling me I 'talk like a textbook'. Fair. How do you adapt your "
      "register without faking an accent?", []),
    C("Methylphenidate 36 mg in the morning, crash at 4pm, irritability at dinner. Parents want "
      "a behaviour plan for the 4-6pm window.", []),
    C("Mark the 18-month point as a review: goals met, 3 of 5. Does anyone use formal end-of-year "
      "reviews with long-term clients?", []),
    C("Bill 90791 for the intake and 90837 for the second visit on the same day? Payer says no. "
      "Anyone got both paid?", []),
    C("Rose-tinted memory of the marriage shows up every December. Grief work around anniversaries "
      "and holidays - what helps?", []),
    C("Sterling work by the group this week: 8 of 9 completed their exposure homework. How do you "
      "praise without making it about approval?", []),
    C("Jack-of-all-trades therapists vs specialists: I'm 4 years in and my caseload is 60% "
      "anxiety. Time to niche?", []),
    C("Ferritin 9, vitamin D 18 ng/mL, B12 low-normal. Her fatigue might not all be depression. "
      "How do you raise labs with a client's GP?", []),
    C("Naltrexone 50 mg daily, cravings down from 8/10 to 3/10 in 4 weeks. He's now bored at "
      "night. Behavioural activation ideas?", []),
    C("On Tuesdays I run two DBT skills groups back to back, 90 minutes each, 12 clients per "
      "group. Too many? Co-facilitator ratio?", []),
    C("The EPDS was 16 at 6 weeks postpartum, 11 at 12 weeks. Item 10 was 0 both times. Step "
      "down from weekly?", []),
    C("Aripiprazole 2 mg augmentation and akathisia at week 3 - he thought it was his anxiety "
      "getting worse. How common is that mix-up?", []),
    C("3/4 of my adolescent clients mention TikTok in the first session. Is screen time still a "
      "useful target, or is content the issue?", []),
    C("The WHODAS 2.0 score was 38 at intake. Payer wants it every 30 days. Administrative "
      "burden vs clinical value?", []),
    C("Bipolar II, lamotrigine 200 mg, stable 14 months. She wants to get pregnant in the spring. "
      "Pre-conception planning with her psychiatrist?", []),
    C("The 12-step language of 'character defects' grates with some clients. SMART Recovery or "
      "Refuge Recovery as alternatives?", []),
    C("Session fee is $180, sliding scale down to $60. I have 5 slots at the low end and a wait "
      "list of 11. How do you choose?", []),
    C("ED presentation: BMI 15.8, HR 44, postural drop 25 mmHg. I've said she needs medical "
      "review today. She refused. Next?", []),
    C("YBOCS 28 at intake, 17 after 16 sessions of ERP. She wants to stop at 'good enough'. Is "
      "17 good enough?", []),
    C("Ketamine clinic offered 6 infusions at $450 each. Client asks what I think. Evidence for "
      "treatment-resistant depression, briefly?", []),
    C("Temperatures 38.2 and 38.5 during the week of the exposures - she thought it was anxiety. "
      "Medical first, always, right?", []),
    C("Blood pressure 12/8 written like that on the GP letter (meaning 120/80). Client read it as "
      "a date and panicked about an appointment.", []),
    C("Dose went 2.5 mg -> 5 mg -> 7.5 mg over 3 weeks. He's on 7.5 mg mirtazapine now and "
      "sleeping 11 hours. Too sedated?", []),
    C("Our EAP gives 6 sessions; I use session 1 for assessment, 2-5 for work, 6 for closure. "
      "Anyone structure it differently?", []),
    C("Dialectical thinking is the hardest skill to teach. 'Both-and' vs 'either-or'. Favourite "
      "exercise for it?", []),
    C("Winter depression peaks in January for most of my SAD clients. Light box 10,000 lux for 30 "
      "minutes - any newer guidance?", []),
    C("The SCARED parent form was 41, child form 22. Big discrepancy. Which do you weight more for "
      "an 11-year-old?", []),
    C("EMDR phase 4 with a client who dissociates at SUDs 6. DES-II was 32. Slow down and "
      "resource more, or is EMDR wrong here?", []),
    C("Schema therapy YSQ-S3 subscales: abandonment 5.1, defectiveness 4.8. Start with the "
      "highest or the most active in the room?", []),
    C("Prazosin 1 mg titrating to 6 mg for nightmares; after 2 weeks, dizziness on standing. "
      "Anything I should tell her to report?", []),
    C("K10 score 34 at intake. Our funding needs K10 above 30 for the program. Retest at 6 "
      "weeks was 29. Do they lose the service?", []),
    C("Propranolol 10 mg before the exam worked for the tremor but not the blanking. Study skills "
      "plus exposure, or something else?", []),
    C("Cannabis 3 g a day, CUDIT-R 19. He says it's the only thing that helps with sleep. "
      "Harm reduction conversation starters?", []),
    C("Borderline diagnosis debate: the psychiatrist wrote F60.3, the client hates it. Can I "
      "formulate differently in my own notes?", []),
    C("Gottman's Four Horsemen came up in session 2. They're both 'stonewallers'. Anyone got a "
      "favourite exercise for mutual withdrawal?", []),
    C("Winnicott's 'good enough mother' has been helpful with perfectionist new parents. Any "
      "modern reading that updates it?", []),
    C("Linehan's biosocial theory landed for her like a revelation. How do you stop it becoming "
      "the whole story?", []),
    C("Bowlby, Ainsworth, then Main. Which attachment reading do you give clients who ask for "
      "'something to understand myself'?", []),
    C("The Yerkes-Dodson curve is my go-to diagram for performance anxiety. Any better visuals "
      "for 10-year-olds?", []),
    C("Premack principle for homework adherence: phone time after exposure practice. Too "
      "transactional for a 15-year-old?", []),
    C("Socratic questioning vs guided discovery: is there a real difference, or is it two names "
      "for the same thing?", []),
    C("Maslow's hierarchy keeps coming up in supervision for clients without housing. Do we "
      "defer trauma work until basics are met?", []),
    C("Kübler-Ross stages still show up in clients' own language about grief. Correct it, or "
      "work with it?", []),
    C("Cotard-like statements in severe depression: 'I'm already dead'. Psychiatric review "
      "today, yes? Even without a plan?", []),
    C("Capgras delusion in a client with Lewy body dementia - her husband is 'an impostor'. "
      "Supporting the husband, any resources?", []),
    C("Wernicke's encephalopathy risk in a client drinking 20 units a day who's stopped eating. "
      "Thiamine? I know it's not mine to prescribe.", []),
    C("Munchausen by proxy concerns raised by the school nurse. I'm the child's therapist. "
      "What's my role in the safeguarding process?", []),
    C("Tourette's and CBIT: 8 sessions, tics down by a third on the YGTSS. Family wants to stop. "
      "Maintenance plan?", []),
    C("Parkinson's anxiety and off-periods: panic hits when the levodopa wears off. Anyone "
      "coordinate session times with dosing?", []),
    C("Huntington's disease genetic test result due next month. Pre-test counselling was done by "
      "genetics; what's therapy's job now?", []),
    C("Raynaud's flare and the cold-water dive reflex TIPP skill - obviously not for her. "
      "Alternatives for fast arousal reduction?", []),
    C("Down syndrome adult client, 34, grieving his mum. Easy-read grief resources that aren't "
      "childish?", []),
    C("Hashimoto's, fatigue, low mood. Thyroid is 'controlled' per the GP. How do you separate "
      "the depression from the illness?", []),
    C("Alzheimer's caregiver burden: Zarit score 48. She won't take respite. Values work or "
      "problem-solving first?", []),
    C("Crohn's flares every exam season. Gut-directed hypnotherapy evidence is decent for IBS; "
      "anything for IBD?", []),
    # ------------------------------------------------------------------
    # Clean: weekdays, months, measurements, capitalised terms,
    # ordinary words, sentence-initial capitals
    # ------------------------------------------------------------------
    C("Sessions moved from Wednesdays to Fridays in October and her attendance jumped. Anyone "
      "track day-of-week effects formally?", []),
    C("In June 2025 she started the IOP; by September 2025 she was back at work part-time. How "
      "do I write the progress summary?", []),
    C("Every August the anxiety spikes before term. Anticipatory anxiety plans for parents of "
      "school-refusing teens?", []),
    C("Ramadan this year falls over the last 4 weeks of her DBT program. Adjust skills group "
      "times, or hold steady?", []),
    C("The holiday season is the anniversary of her dad's death. She's 'fine' about it. How do you "
      "gently raise it in November?", []),
    C("Diwali with the in-laws is the flashpoint every year. Couple wants a 'plan' by next "
      "week. Structure?", []),
    C("Easter weekend and the long break: 3 clients with recent SI. How do you cover when the "
      "service is shut for 4 days?", []),
    C("Lunar New Year family pressure around marriage comes up with 5 of my clients every year. "
      "Culturally-informed reframes?", []),
    C("Thanksgiving in 2 weeks and her ED is flaring. Meal support plan for a family holiday "
      "dinner?", []),
    C("Height 1.62 m, weight 44 kg, BMI 16.8. The 1.62 gets read as a date on our form. Silly, "
      "but a client noticed.", []),
    C("Ratio 3/5 on the homework tracker means 3 of 5 days. Client thinks it's a date. Better "
      "notation?", []),
    C("Her score went 12.5 -> 9.75 -> 8.0 on the weekly measure. Plot with error bars or am I "
      "overdoing it?", []),
    C("Baby born at 34+2 weeks, NICU for 11 days. Mum now 3 months postpartum with intrusive "
      "images. Birth trauma resources?", []),
    C("Grade 4/5 effort on exposure tasks, 2/5 on behavioural activation. What does that "
      "pattern usually mean to you?", []),
    C("Dose is 1/2 tablet twice daily, 1/4 at night. She cuts them with a kitchen knife. Pill "
      "cutter - do I mention it?", []),
    C("Insurance renewal in January is the only thing I know about the new plan, apparently. "
      "Every January it's chaos.", []),
    C("Version 3.1 of our risk form added a 'protective factors' box. Does anyone actually "
      "use it well?", []),
    C("Page 47 of the DBT manual, the diary card. My teens hate it. App alternatives that "
      "don't store data overseas?", []),
    C("Patience is the thing I'm running out of with a client who cancels every third week. "
      "Supervision question, really.", []),
    C("Joy is what she says she's lost. Anhedonia, yes, but also grief. How do you separate "
      "them?", []),
    C("Trust takes time with care-experienced teens. I'm 12 sessions in and she's only just "
      "started talking. Normal?", []),
    C("Chance meetings at the supermarket - small-town therapist problem. How do you brief "
      "clients at intake?", []),
    C("Dawn is the worst time for him: early waking at 4am and rumination. Behavioural "
      "experiments for early-morning waking?", []),
    C("Summer is harder than winter for some of my clients. Reverse seasonal pattern - how "
      "common?", []),
    C("Iris dilation as an anxiety sign came up in a training. Is that a real thing to watch "
      "for in session?", []),
    C("Violet, lilac and grey are the colours she paints in when she's low. Art therapy "
      "interpretation - how cautious to be?", []),
    C("Ivy League pressure: his parents expect an Ivy or nothing. He's 16 and his GPA is "
      "3.7. Family session focus?", []),
    C("Rocky road of a term. Everyone on my caseload seems worse after the holidays. Is it "
      "me or is this seasonal?", []),
    C("Frank conversations about money with clients are my growth edge. How do you raise "
      "unpaid invoices without shame?", []),
    C("Sage advice from my supervisor: 'don't work harder than the client'. How do you know "
      "when you are?", []),
    C("Brook no argument, she says, is how her dad parented. Now she can't disagree with "
      "anyone. Assertiveness work?", []),
    C("Heather and gorse on the walk - she uses a nature walk for grounding. Walk-and-talk "
      "therapy: insurance and risk issues?", []),
    C("Hunter-gatherer sleep studies get quoted at me by clients. Does the evidence actually "
      "say we need less sleep?", []),
    C("Baker's dozen of skills in the DBT emotion regulation module. Which 3 do you teach "
      "first for teens?", []),
    C("Carpenter, plumber, electrician - my tradie clients all hate 'talking therapy'. Any "
      "luck with walk-and-talk or activity-based work?", []),
    C("Mason jars of pills in the kitchen, he says, for 'when it gets bad'. Means safety "
      "conversation, how direct?", []),
    C("Miles away is how she describes dissociation. Grounding that works when someone is "
      "already far gone?", []),
    C("Major depressive disorder, single episode, moderate. Client asks what 'single' means if "
      "she's had it before. Do I re-diagnose?", []),
    C("General practitioners in my area won't prescribe ADHD meds without a specialist. "
      "Private assessment costs are huge. Options?", []),
    C("Royal College guidance on self-harm assessment says no risk scores. Our service still "
      "uses a matrix. Argue for change?", []),
    C("Crown court cases take 2 years to come to trial here. Pre-trial therapy guidance - "
      "what can I work on?", []),
    C("Supreme Court decisions on abortion came up in 4 sessions this week. Holding my own "
      "reactions - tips?", []),
    C("Victorian-era ideas about hysteria still shape how some GPs talk to women with "
      "functional symptoms. How do you counter it?", []),
    C("Mediterranean diet and depression - the SMILES trial. Do you bring nutrition into "
      "therapy or refer?", []),
    C("Scandinavian-style 'friluftsliv' came up with a client who wants more time outside. "
      "Anyone prescribe outdoor time formally?", []),
    C("Antipodean colleagues: do you use the K10 or the DASS-21 as your standard outcome "
      "measure?", []),
    C("Caribbean and African clients are under-referred to our talking therapies service. "
      "Outreach that has worked?", []),
    C("British reserve or avoidance? Client says 'we don't talk about feelings in my family'. "
      "How do you honour culture and still do the work?", []),
    C("Canadian guidelines (CANMAT 2023) vs NICE for depression first-line - they differ on "
      "a few meds. Which do you cite to clients?", []),
    C("Australian PBS changes to ADHD meds next quarter - anyone know how it affects adult "
      "clients already stable?", []),
    C("Singaporean clients often say 'can or not?' when asking permission. Cultural language "
      "in sessions, do you mirror it?", []),
    C("Filipino family obligations (utang na loob) keep coming up. Any good readings on it "
      "for therapists?", []),
    C("Nigerian pidgin slips in when he's emotional. Should I invite it or is that "
      "performative if I don't speak it?", []),
    C("Kenyan and Ugandan clients on student visas - isolation and money stress. Group "
      "format ideas?", []),
    C("Malaysian Chinese clients and face: direct feedback lands badly. How do you give "
      "feedback indirectly?", []),
    C("Cantonese-speaking elders don't have a word for 'depression' that isn't stigmatised. "
      "Somatic framing instead?", []),
    C("South African clients often talk about load-shedding as a daily stressor. Stress "
      "formulation that includes infrastructure?", []),
    C("Punjabi and Hindi both spoken at home; the client code-switches in session. Do you "
      "note language shifts clinically?", []),
    C("Welsh-medium therapy is hard to find. Any telehealth therapists who work in Welsh, "
      "generally? Not for a specific client.", []),
    C("Maori models of health like Te Whare Tapa Wha - how do non-Maori therapists use them "
      "without appropriation?", []),
    C("First Nations clients and the residential school legacy: recommended training for "
      "non-Indigenous therapists?", []),
    C("Aboriginal and Torres Strait Islander clients and yarning circles - do you adapt "
      "your group format?", []),
    C("Hong Kong-style cha chaan teng meetings with his dad are the only time they talk. "
      "Use them as a family intervention?", []),
    C("Scotch eggs and Cornish pasties at the support group are apparently 'not inclusive'. "
      "Group-run food question, honestly.", []),
    C("Brussels sprouts at Christmas are her exposure target. Food neophobia in ARFID, "
      "graded hierarchy ideas?", []),
    C("Dutch courage before every social event: 2-3 drinks to cope. Social anxiety or "
      "early alcohol problem?", []),
    C("French exit from parties is his only strategy for social overwhelm. Is that "
      "avoidance or a healthy boundary?", []),
    C("Turkish coffee at 9pm and then she wonders why she can't sleep. Caffeine psychoed "
      "that doesn't sound preachy?", []),
    C("Swiss cheese model of safety planning: multiple layers, each with holes. Good "
      "metaphor for clients?", []),
    C("Stockholm syndrome is a phrase clients use about abusive relationships. Do you use "
      "traumatic bonding instead?", []),
    C("Peter Pan syndrome isn't a diagnosis, but a parent used it about her 28-year-old son. "
      "How do you reframe?", []),
    C("Jekyll and Hyde is how she describes her husband. Coercive control often looks like "
      "that. Screening questions?", []),
    C("Catch-22: he needs a job to afford therapy and therapy to get a job. Low-cost options "
      "for unemployed clients?", []),
    C("Murphy's law of private practice: the week you take off is the week three clients "
      "hit crisis. Cover arrangements?", []),
    C("Pavlovian responses to the sound of a car door - she jumps every time. Interoceptive "
      "and situational exposure combined?", []),
    C("Skinner boxes and slot machines - explaining variable reinforcement to a gambling "
      "client. Too simplistic?", []),
    C("Freudian slips in session: I called a client by her sister's... no, never mind. Do "
      "you acknowledge your own slips?", []),
    C("Jungian sandplay training - worth it for a child therapist, or mostly theory?", []),
    C("Rogerian warmth with a client who's openly contemptuous - how do you stay congruent?", []),
    C("Socrates is quoted in every CBT training. Is there evidence that Socratic questioning "
      "itself drives change?", []),
    C("Hippocratic oath comes up when clients ask why I won't share notes with their "
      "family. Different ethics code, but a useful frame?", []),
    C("Darwinian arguments about anxiety being 'adaptive' help some clients. Others find "
      "them dismissive. How do you judge?", []),
    C("Orwellian is how my client describes her workplace monitoring software. Work stress "
      "formulation with surveillance?", []),
    C("Kafkaesque benefit appeals: 3 forms, 2 interviews, 1 tribunal. How do you support "
      "clients through it without becoming a caseworker?", []),
    C("Shakespearean tragedy, she calls her family. Narrative therapy externalising with "
      "literary clients - ever tried it?", []),
    C("Dickensian poverty in 2026 - one client has no heating and a damp flat. Therapy "
      "feels absurd. What do you prioritise?", []),
    C("Reading Irvin Yalom's Love's Executioner with a trainee. Still relevant, or "
      "dated?", []),
    C("Lori Gottlieb's book got a client into therapy. Pop psych books as a door in - "
      "recommendations?", []),
    C("Kay Redfield Jamison's memoir helped my bipolar client feel less alone. Similar "
      "memoirs for psychosis?", []),
    C("Matt Haig's 'Reasons to Stay Alive' - do you recommend it to suicidal clients, or "
      "is it risky?", []),
    C("Serena Williams talking about postpartum complications was mentioned by 3 clients. "
      "Using public disclosures therapeutically?", []),
    C("Marcus Aurelius quotes from a client into Stoicism. Stoic philosophy and CBT, any "
      "good bridges?", []),
    C("Viktor Frankl and meaning-centred therapy for a client with a terminal diagnosis. "
      "Too heavy for session one?", []),
    C("Albert Ellis's ABC model vs Beck's cognitive model: differences that matter in "
      "practice?", []),
    C("Steve Hayes's hexaflex diagram confuses clients. Simplified ACT matrix instead?", []),
    C("Paul Gilbert's compassion-focused therapy for shame-heavy clients. Training "
      "options online?", []),
]

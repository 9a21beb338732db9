"""SIXTH LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-11-30, BEFORE the guard rules it will score, and independently
of the guard: the author did not open, read, search or run anything under
bot/ (bot/confidentiality/ included), did not run the guard,
bench/guard_eval.py or any test that runs the guard, and did not read the
snippets of tests/bot/confidentiality/sets/eval_set.py, tests/bot/confidentiality/sets/dev_extra.py,
tests/bot/confidentiality/sets/locked_set.py or tests/bot/confidentiality/sets/locked_set_2.py ... locked_set_5.py.
What was read: the module docstring of locked_set_5.py (for its labelling
conventions and fictional-number ranges), the EvalCase dataclass and
PATTERN_CATEGORIES in eval_set.py, and tests/bot/confidentiality/test_locked_set_5.py, whose
data checks were adapted (and, after that file was merged into
tests/bot/confidentiality/test_locked_sets.py, the first 80 lines of that file, which hold
no snippets).  Overlap with the other sets was resolved by renaming only this
set's planted values, from a checker that printed this set's strings only.
tests/bot/confidentiality/test_locked_set_6.py checks programmatically that no snippet
here, and no planted name, place or number, occurs verbatim in those seven sets (without printing their contents).

Every pattern category appears at least 14 times, with at least 100 names and
150 places smaller than a state.  Formats vary across the US, Canada, the UK,
Ireland, Australia, New Zealand, India, South Africa and Singapore.  Identifier
kinds the earlier sets may not have had: Aadhaar, PAN and South African ID
numbers, Singapore NRIC numbers and block/unit addresses, ABHA and
medical-aid numbers, Indian PIN codes and vehicle plates, Irish and South African plates, IBANs, UPI IDs, library,
gym and gift-card numbers, lab accession and pharmacy prescription numbers,
CGM, hearing-aid, cochlear-implant, CPAP and insulin-pump serials, Bluetooth
MACs, boat and trailer registrations, firearms and professional-registration
numbers of clients, obfuscated e-mails, crowdfunding and link-in-bio pages,
Eircodes and PO boxes; places that are temples, townships, wharves,
stations, plants, sports clubs and shops with plain English names, some in
lower case.  Clean snippets are dense with numbers that are not identifiers
(doses, labs, vitals, scale scores, CPT/ICD codes, money, durations, years,
blood pressures written like dates, fractions, page numbers, versions).

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real towns, suburbs, schools, churches and businesses are used only as places.
The fictional ranges described in locked_set_5.py are used: US/Canadian phones
555-01xx; UK phones the Ofcom drama ranges (020 7946 0xxx, 0113/0117/0131/0161
496 0xxx, 07700 900xxx); Australian phones the ACMA ranges (0491 570 xxx,
(02)/(03)/(07)/(08) 5550 xxxx); Irish and New Zealand numbers a 555 block;
Indian, South African and Singaporean phones are invented strings with a 555
block where the format allows; US SSNs use the 000/666 area numbers, Canadian
SINs a leading 0, UK NI numbers the QQ prefix; TFNs, PPSNs, IRD, NHI, Aadhaar,
PAN, SA ID, NRIC, provincial health, passport, card, claim, court, licence,
VIN, IMEI and serial numbers are invented strings not checked against any
issuer's scheme; e-mail and web domains are .example / example.*; IP addresses
come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24, 2001:db8::/32) or private space; MAC addresses are locally
administered (02:...).

Labelling conventions
---------------------
The conventions of locked_set_5.py (and through it locked_set_4.py and the
earlier sets) are followed as its docstring states them: titles, roles and
"DOB"/"MRN"-style prefixes are outside a span; a possessive "'s" is outside a
"name" span; nicknames and plural family surnames are "name"; a business and
its town are two "place" spans; a ZIP/postcode after a town is its own
"zip_code" span; a generic office or clinic in a town is labelled only by the
town; a named unit or ward of a named hospital is inside the hospital's span;
a national insurer, agency, regulator or charity is not a place; nationwide
helplines and emergency numbers are clean; "@handles" and meeting links are
"url"; TFN/PPSN/IRD are "ssn"; NHI and hospital unit/UR numbers are
"medical_record"; provincial health and Medicare card numbers are
"health_plan"; passports are "licence"; student, employee, claim, court and
benefit numbers are "account"; implant and monitor serials are "device".
Extra calls made here:
* an Indian Aadhaar number, an Indian PAN, a South African ID number and a
  Singapore NRIC/FIN are "ssn" (national identity or tax numbers);
* an ABHA number, a PM-JAY card number and a South African medical-aid
  membership number are "health_plan";
* a pharmacy prescription (Rx) number, a lab accession number and a hospital
  folder/UHID/IP number are "medical_record";
* an IBAN, a UPI ID, a card number, a library, gym, loyalty or transit-card
  number and a utility, rent or phone-bill account number are "account";
* a client's firearms licence, professional registration number (nursing
  PIN, HCPC, AHPRA registration) and a pilot or marine licence are "licence";
* a boat registration, trailer plate or hull number is "vehicle";
* CGM, hearing-aid, cochlear-implant, CPAP, insulin-pump serials, IMEIs and
  Bluetooth/MAC addresses are "device";
* an Indian PIN code, a South African postal code and an Eircode are
  "zip_code"; a PO Box or private-bag number with its number is
  "street_address";
* an age over 89 is labelled with its unit when one is written ("93-year-old",
  "95 yrs old", "ninety-six years old", "91 years young", "92 y/o", "93 and a
  half", "in her 97th year" -> "97th year"); a bare "is" or "aged" before the
  number is outside the span, like "DOB";
* the span of a street address runs from the unit/house number to the street
  type ("Unit 4/19 Wattle Street", "Flat 2, 88 Orchard Road"), and a
  Singapore "#floor-unit" written after the street is inside it; the town,
  state and postcode after it are separate spans (state not labelled);
* a weekday alone, a month alone, a month with a year only, and a year alone
  are clean; a day-and-month is a "date".
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED6_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # United States
    # ------------------------------------------------------------------
    C("new consult: client (Dellarae Buckmaster, goes by Dee) keeps texting me from (937) 555-0132 "
      "after 10pm. how do i set limits without it feeling punitive",
      [("name", "Dellarae Buckmaster"), ("name", "Dee"), ("phone", "(937) 555-0132")]),
    C("Pt is a 93-year-old retired machinist in Gallipolis whose grandson wants me to 'make him "
      "move into Maple Grove Manor'. Capacity question more than anything.",
      [("age_over_89", "93-year-old"), ("place", "Gallipolis"), ("place", "Maple Grove Manor")]),
    C("She lives at 4127 Thistlewood Court, Galesburg IL 61401 and is asking for home visits. Anyone "
      "do in-home sessions with a hoarding presentation?",
      [("street_address", "4127 Thistlewood Court"), ("place", "Galesburg"), ("zip_code", "61401")]),
    C("ssn on the intake packet was 666-21-4830 and she's furious we even ask. do you all still "
      "collect SSNs for self-pay?",
      [("ssn", "666-21-4830")]),
    C("Medicaid ID OH4471902256 keeps getting bounced at the front desk and Terrell is about ready "
      "to quit therapy over the billing mess. Any advocacy tips?",
      [("health_plan", "OH4471902256"), ("name", "Terrell")]),
    C("MRN 00824417 at Riverside Methodist. The discharge summary says 'denies SI' but he told me "
      "the opposite in session yesterday. Do I call the unit?",
      [("medical_record", "00824417"), ("place", "Riverside Methodist")]),
    C("Her ex drives a silver Tacoma, plate 6KMW204, and has parked outside the Fremont office twice "
      "this week. Safety planning ideas welcome.",
      [("vehicle", "6KMW204"), ("place", "Fremont")]),
    C("Her pacemaker (serial PJN448210H) has become the centre of her intrusive thoughts, she is sure "
      "it is being monitored. Psychosis or health anxiety?",
      [("device", "PJN448210H")]),
    C("I got an email from the client's lawyer, r.vandersloot@lawoffice.example, asking for my "
      "complete notes. The subpoena isn't signed by a judge. What do I do?",
      [("email", "r.vandersloot@lawoffice.example")]),
    C("He sent me his new account https://www.instagram.example/gravelroad.grady and says the "
      "posts explain it better than he can. Should I look?",
      [("url", "https://www.instagram.example/gravelroad.grady")]),
    C("telehealth dropped and the platform log shows him at 198.51.100.87, a hotel, not home like "
      "he said. do i bring it up or let it go",
      [("ip_address", "198.51.100.87")]),
    C("fax the ROI to 614-555-0171 attn Dr. Halvorsrud, they don't take email there",
      [("fax", "614-555-0171"), ("name", "Halvorsrud")]),
    C("Teen client, DOB 07/22/2011, goes to Westerville North High; mom wants session content and "
      "is threatening to pull her. Ethics thoughts?",
      [("date", "07/22/2011"), ("place", "Westerville North High")]),
    C("Her CDL is D4418-2276-9013 and she is terrified the DOT physical will flag her sertraline. "
      "Anyone know the actual rules for truck drivers?",
      [("licence", "D4418-2276-9013")]),
    C("Account 0042771893 at the Bitterroot credit union was frozen after her husband found it. She "
      "left him in Stevensville last month and is couch surfing.",
      [("account", "0042771893"), ("place", "Bitterroot credit union"), ("place", "Stevensville")]),
    C("my client's mom, Marguerite Oyelaran, showed up at the waiting room at Lakeview Family "
      "Counseling demanding to sit in. how would you handle",
      [("name", "Marguerite Oyelaran"), ("place", "Lakeview Family Counseling")]),
    C("he's ninety-six years old, still drives to the VFW hall in Ashtabula every Friday, and his daughter "
      "wants me to tell the DMV. not my role right?",
      [("age_over_89", "ninety-six years old"), ("place", "VFW hall"), ("place", "Ashtabula")]),
    C("VIN 1FTEW1EP7KKD20417 came up in a police report she brought in. She's worried he'll find "
      "the truck at her sister's in Keokuk.",
      [("vehicle", "1FTEW1EP7KKD20417"), ("place", "Keokuk")]),
    C("Dx'd at Mercy Clinic Springfield on 11/3/2025 and has been in a spiral since, googling the "
      "prognosis nightly. How do you pace psychoeducation?",
      [("place", "Mercy Clinic Springfield"), ("date", "11/3/2025")]),
    C("Client wrote her whole story on caringbridge.example/visit/tuckerfamily-2026 and shared the "
      "link with the group. Do we read it?",
      [("url", "caringbridge.example/visit/tuckerfamily-2026")]),
    C("UnitedHealthcare member ID 948113075-01 for a teen with an ED; they denied residential. Need "
      "wording for the appeal letter, anyone?",
      [("health_plan", "948113075-01")]),
    C("he lives out past Ruby Ridge Road in a trailer near Priest River and has no phone signal. how "
      "do you do crisis planning with zero connectivity",
      [("place", "Ruby Ridge Road"), ("place", "Priest River")]),
    C("Insulin pump SN 41D-887320 got disconnected during a panic attack and he ended up in the ED "
      "at St. Alphonsus. Integrating the diabetes team?",
      [("device", "41D-887320"), ("place", "St. Alphonsus")]),
    C("Her son Kobina's school (Garfield Elementary) sent a referral with his student ID 20455318 "
      "on it. Mom didn't consent to that. Thoughts?",
      [("name", "Kobina"), ("place", "Garfield Elementary"), ("account", "20455318")]),
    C("Court case no. 2025-DR-007731 in Greenville County family court, custody eval requested. I'm "
      "the treating therapist, not a forensic evaluator.",
      [("account", "2025-DR-007731"), ("place", "Greenville County family court")]),
    C("grandma is 91 years young and raising two kids in a one-bed apartment on Euclid Ave. CPS is involved. "
      "how do you balance her strengths vs capacity",
      [("age_over_89", "91 years young"), ("place", "Euclid Ave")]),
    C("She emailed from tashbird88 [at] mailbox [dot] example asking me not to write anything down. "
      "How do you handle that ask?",
      [("email", "tashbird88 [at] mailbox [dot] example")]),
    C("He listed 1602 Quarry Hill Rd, Barre VT 05641 on the intake but I know he's living in his van "
      "behind the Shaw's. Which do I use for billing?",
      [("street_address", "1602 Quarry Hill Rd"), ("place", "Barre"), ("zip_code", "05641"),
       ("place", "Shaw's")]),
    C("Rx #6620184 at the Walgreens on Division St keeps getting flagged as too early. She's running out "
      "of her Adderall and spiralling.",
      [("medical_record", "6620184"), ("place", "Walgreens"), ("place", "Division St")]),
    C("Client's wife Chinyelu called my cell (312) 555-0148 ext 22 to 'update' me. I didn't give her "
      "that number. Boundary consult please",
      [("name", "Chinyelu"), ("phone", "(312) 555-0148 ext 22")]),
    C("couples client, both vets, he's got a concealed carry permit #CCW-77210 from the county and "
      "keeps the gun in the nightstand. lethal means talk",
      [("licence", "CCW-77210")]),
    C("I see a 17yo at Hoover Middle-High in Bessemer whose coach, Mr. Delacroix-Pettaway, texts her "
      "at night. Mandated report or not yet?",
      [("place", "Hoover Middle-High"), ("place", "Bessemer"), ("name", "Delacroix-Pettaway")]),
    C("our fax is down, can someone tell me if 216-555-0109 is the right fax for the Cleveland Clinic "
      "psych intake? Trying to send a referral",
      [("fax", "216-555-0109"), ("place", "Cleveland Clinic")]),
    C("Client works at the Blue Spruce Diner in Babbitt and his manager keeps scheduling him doubles "
      "after his Sunday sessions. How to coach assertiveness",
      [("place", "Blue Spruce Diner"), ("place", "Babbitt")]),
    C("She buried her husband Amos on March 9 and wants to scatter ashes at Lake Mohave before the "
      "grief group starts. Group or individual first?",
      [("name", "Amos"), ("date", "March 9"), ("place", "Lake Mohave")]),
    C("my client aunt jozie (josephine tull) keeps co-signing loans for her nephew and is now in debt. "
      "enabling vs love?",
      [("name", "jozie"), ("name", "josephine tull")]),
    C("The zoom link they keep using is https://zoom.example/j/84410293377?pwd=Tr1nk and it's the "
      "same one her abuser knows. Safer options?",
      [("url", "https://zoom.example/j/84410293377?pwd=Tr1nk")]),
    C("CGM (Dexcom, SN 8HG44K21) alarms go off all session, and he uses them as a reason to leave "
      "early. Avoidance or legit?",
      [("device", "8HG44K21")]),
    C("Intake lists him as 000-48-1172 on the ssn line but he says he never had one, he's "
      "undocumented. What do I do with the form?",
      [("ssn", "000-48-1172")]),
    C("Lives on a ranch off County Road 14 near Guymon, nearest therapist is 90 minutes away. "
      "Anyone in Oklahoma do telehealth?",
      [("place", "County Road 14"), ("place", "Guymon")]),
    C("Her brother Raffi was arrested outside the Dollar General in Ozark on 4/18 and she feels "
      "responsible. Guilt work ideas?",
      [("name", "Raffi"), ("place", "Dollar General"), ("place", "Ozark"), ("date", "4/18")]),
    C("Her Blue Cross card says XQJ882044719 and the group number is the employer's; they deny "
      "couples codes. anyone appealed this?",
      [("health_plan", "XQJ882044719")]),
    C("His ankle monitor (unit 3381-BI-0072) vibrates during sessions and he gets flooded. Anyone "
      "work with clients on house arrest?",
      [("device", "3381-BI-0072")]),
    C("passport number 567104388 was on the asylum paperwork she asked me to review. I'm not an "
      "immigration lawyer, how do I say no kindly?",
      [("licence", "567104388")]),
    C("Sees me Tuesdays at the Bellows Falls clinic. Her AA sponsor, Loretta Szymanski, asked for a "
      "call. Client said yes verbally, no ROI yet.",
      [("place", "Bellows Falls"), ("name", "Loretta Szymanski")]),
    C("He is renting a room at 77 Ferncliff Ave in Yonkers from a man who takes his SSI. Financial "
      "exploitation? Who do I call in NY?",
      [("street_address", "77 Ferncliff Ave"), ("place", "Yonkers")]),
    C("Weird one: client's smart speaker MAC 02:5e:a1:33:0c:9f showed up on his ex's wifi list. "
      "He's convinced she's listening. Not psychotic, just scared.",
      [("device", "02:5e:a1:33:0c:9f")]),
    C("group member posts as @velvetcrow.therapy on tiktok and has been describing other group "
      "members. Confidentiality rules for groups?",
      [("url", "@velvetcrow.therapy")]),
    C("She was admitted 12/28/2025 to Sheppard Pratt and discharged 1/6/2026 with no follow-up "
      "appointment. How do I get records fast?",
      [("date", "12/28/2025"), ("place", "Sheppard Pratt"), ("date", "1/6/2026")]),
    C("Her library card (21168004471902) is on hold because of fines and she's lost the "
      "one place she felt safe. Small thing, big deal.",
      [("account", "21168004471902")]),
    C("He works nights at the Gas N Go on Route 212 in Saugerties and wants sessions at 7am. I don't "
      "start till 9. Stretch or refer?",
      [("place", "Gas N Go"), ("place", "Route 212"), ("place", "Saugerties")]),
    C("My client Beatriz Quintanilla-Oduya is 94 years old and asking about MAID-type options in "
      "Oregon. Not my specialty, where to start?",
      [("name", "Beatriz Quintanilla-Oduya"), ("age_over_89", "94 years old")]),
    C("Please send notes to PO Box 7294, Powell WY 82414, she doesn't want anything going to the "
      "house. Is a PO box ok for records?",
      [("street_address", "PO Box 7294"), ("place", "Powell"), ("zip_code", "82414")]),
    C("boat registration FL 4471 KM is in the protective order because he follows her on the "
      "water. she lives on a houseboat near Cedar Key",
      [("vehicle", "FL 4471 KM"), ("place", "Cedar Key")]),
    C("work email d.ferreira-holt@millcreekschools.example was cc'd by her principal on a "
      "'wellness check' note. Mess. How to repair trust?",
      [("email", "d.ferreira-holt@millcreekschools.example")]),
    C("Called the crisis team about Kamarion last night from the Menards parking lot on 5th St in "
      "Minot. He's ok today. Debrief?",
      [("name", "Kamarion"), ("place", "Menards"), ("place", "5th St"), ("place", "Minot")]),
    C("Vet client, VA claim number 28 447 190 denied again; he's talking about driving to the "
      "regional office 'to make a point'. Threat assessment help",
      [("account", "28 447 190")]),
    C("her IP shows 192.0.2.214 every session but she claims she's in Vermont, my license is NY "
      "only. jurisdiction question",
      [("ip_address", "192.0.2.214")]),
    C("Client's dad (Emrys) is in hospice at Good Shepherd in Ames and she wants to skip sessions "
      "till he passes. Continuity vs flexibility",
      [("name", "Emrys"), ("place", "Good Shepherd"), ("place", "Ames")]),
    # ------------------------------------------------------------------
    # Canada
    # ------------------------------------------------------------------
    C("OHIP 4417-208-861-KT came back invalid at the hospital and now she won't go back to the ER "
      "at Trillium. Shame spiral. Any thoughts?",
      [("health_plan", "4417-208-861-KT"), ("place", "Trillium")]),
    C("client lives at 58 Rue des Érables, Sherbrooke QC J1H 4R7 and wants sessions in French, my "
      "French is rusty. refer or try?",
      [("street_address", "58 Rue des Érables"), ("place", "Sherbrooke"), ("zip_code", "J1H 4R7")]),
    C("SIN 046 812 339 is on the EI paperwork she wants me to sign. I'm not comfortable attesting "
      "to work capacity. Anyone have language?",
      [("ssn", "046 812 339")]),
    C("His EI claim 7710-4482-19 got cut off and he's been sleeping at a shelter in Merritt. "
      "Housing first or stabilization first?",
      [("account", "7710-4482-19"), ("place", "Merritt")]),
    C("Teen at Sir Winston Churchill Secondary in Stoney Creek told me about a teacher. Ontario "
      "duty-to-report nuance? Her name is Oluwaseyi, goes by Seyi.",
      [("place", "Sir Winston Churchill Secondary"), ("place", "Stoney Creek"),
       ("name", "Oluwaseyi"), ("name", "Seyi")]),
    C("BC PHN 9871 204 556 is on the referral letter from Dr. Parmar in Langley; the family doc "
      "wants a diagnosis by Friday.",
      [("health_plan", "9871 204 556"), ("name", "Parmar"), ("place", "Langley")]),
    C("she calls me from 1-604-555-0127 between shifts at the A&W on Kingsway. text "
      "therapy ok in BC?",
      [("phone", "1-604-555-0127"), ("place", "A&W"), ("place", "Kingsway")]),
    C("Fax for the Nanaimo intake team is 250-555-0188 but it keeps failing. Does anyone have an "
      "alternate for the health authority?",
      [("place", "Nanaimo"), ("fax", "250-555-0188")]),
    C("RAMQ card TREM 8806 1412 expired and her GP in Rimouski won't renew the Effexor. She's "
      "tapering herself. Advice?",
      [("health_plan", "TREM 8806 1412"), ("place", "Rimouski")]),
    C("Client works on a reserve near Kenora and his band office e-mail is mskw.tully@kenoranation."
      "example - he wants all comms there. ok?",
      [("place", "Kenora"), ("email", "mskw.tully@kenoranation.example")]),
    C("Alberta licence 172044-981 was suspended after the impaired and he now takes the bus 45 "
      "minutes to me. Motivation is high, for now.",
      [("licence", "172044-981")]),
    C("He lives in Leslieville and works at the Sunnyside Pavilion café; his mother (Tamsin "
      "Achterberg) calls me every week. Firm boundary script?",
      [("place", "Leslieville"), ("place", "Sunnyside Pavilion café"), ("name", "Tamsin Achterberg")]),
    C("Family court file FS-25-00918 in Brampton, and the other side's lawyer wants my notes. "
      "Has anyone fought a Form 20 request?",
      [("account", "FS-25-00918"), ("place", "Brampton")]),
    C("my 92 y/o client in Assiniboia fell on Dec 3 and now won't leave the house. home visits "
      "in winter, yikes",
      [("age_over_89", "92 y/o"), ("place", "Assiniboia"), ("date", "Dec 3")]),
    C("Plate CKRT 418 is a truck that keeps circling her apartment in Cole Harbour. Nova Scotia "
      "police said to call back if it continues.",
      [("vehicle", "CKRT 418"), ("place", "Cole Harbour")]),
    C("client's hearing aid (Phonak, serial 2247A0913) died mid-session and we switched to "
      "writing. ideas for HoH-friendly trauma work?",
      [("device", "2247A0913")]),
    C("WSIB claim 30558127 for her PTSD after the robbery at the Shoppers in Gravenhurst. Case manager "
      "wants weekly reports. How much detail?",
      [("account", "30558127"), ("place", "Shoppers"), ("place", "Gravenhurst")]),
    C("He uses the handle @northern_loon_ on Discord and his guild has been doxxing people. He "
      "feels guilty. Where to begin?",
      [("url", "@northern_loon_")]),
    C("Client's partner Wendell Nakashima-Blair is an RN (CNO registration 0819447) and she's "
      "worried he's diverting meds at work. Duty to report?",
      [("name", "Wendell Nakashima-Blair"), ("licence", "0819447")]),
    C("Sending the referral to 1187 Wellington St W, Kanata ON K1Y 2Y6 unless someone knows a "
      "better Somali-speaking counsellor.",
      [("street_address", "1187 Wellington St W"), ("place", "Kanata"), ("zip_code", "K1Y 2Y6")]),
    # ------------------------------------------------------------------
    # United Kingdom
    # ------------------------------------------------------------------
    C("She rang from 07700 900561 in a state and said her daughter Kezia had gone missing from "
      "the flat in Toxteth. Police involved now. Debrief?",
      [("phone", "07700 900561"), ("name", "Kezia"), ("place", "Toxteth")]),
    C("NI number QQ 71 40 28 D is on the PIP form he wants me to help with. Is filling in the "
      "'how it affects you' section scope creep?",
      [("ssn", "QQ 71 40 28 D")]),
    C("Client lives at Flat 6, 31 Gorsey Lane, Wallasey CH44 4AT and the landlord keeps letting "
      "himself in. Safeguarding or housing issue?",
      [("street_address", "Flat 6, 31 Gorsey Lane"), ("place", "Wallasey"), ("zip_code", "CH44 4AT")]),
    C("Universal Credit ref 448-211-903Q got sanctioned for missing an appointment that was on the "
      "same day as our session. Anyone written to a work coach?",
      [("account", "448-211-903Q")]),
    C("His hospital number at the Royal Oldham is RO1180447 and the CMHT keeps losing his referral. "
      "What do people do when the system drops someone?",
      [("place", "Royal Oldham"), ("medical_record", "RO1180447")]),
    C("fax 0161 496 0742 for the Salford crisis team is a dead line. anyone got a working one "
      "or do they want everything on NHSmail now",
      [("fax", "0161 496 0742"), ("place", "Salford")]),
    C("she's in her 97th year and still walks to St Paulinus in Dewsbury every morning for mass. her "
      "grandson thinks it's dementia, I think it's faith",
      [("age_over_89", "97th year"), ("place", "St Paulinus"), ("place", "Dewsbury")]),
    C("car reg LK19 WXP keeps parking at the end of her road in Hove. She's logged it with "
      "the police. Should I keep a copy of her log?",
      [("vehicle", "LK19 WXP"), ("place", "Hove")]),
    C("client Ffion ap Rhys works at the Londis in Llandovery and her manager wants a 'fit to work' "
      "letter from me. Not a doctor, not my job, right?",
      [("name", "Ffion ap Rhys"), ("place", "Londis"), ("place", "Llandovery")]),
    C("Nursing PIN 09F2271E belongs to my client, who's been referred to the NMC after a "
      "drink-driving charge. How do I support without advocating?",
      [("licence", "09F2271E")]),
    C("Bupa membership 882047716 covers 8 sessions and we're on 7 with Fearghas. The trauma work "
      "has only just started. How do you end ethically?",
      [("health_plan", "882047716"), ("name", "Fearghas")]),
    C("Teen at Hollins Park Academy in Warrington says a lad called jonno is sharing pics of "
      "her. DSL knows. What's my role now?",
      [("place", "Hollins Park Academy"), ("place", "Warrington"), ("name", "jonno")]),
    C("Can anyone read this: appointment 14/02/2026 at the Maudsley, and she's been waiting since "
      "the October referral. Is that usual?",
      [("date", "14/02/2026"), ("place", "Maudsley")]),
    C("Landline 0117 496 0912 goes to her mum's in Bishopston and she doesn't want calls there. "
      "We updated the record. Any other risk?",
      [("phone", "0117 496 0912"), ("place", "Bishopston")]),
    C("Her ex posts about her as @bristolbantz_dave and has 14k followers. She wants me to report "
      "him. Not my platform, how do I help her do it?",
      [("url", "@bristolbantz_dave")]),
    C("Employee no. 00774218 at the Royal Mail depot in Swindon, occupational health asked for "
      "sessions summary. He consented to attendance only.",
      [("account", "00774218"), ("place", "Royal Mail depot"), ("place", "Swindon")]),
    C("Client Mairead Ní Bhriain is a carer for her 90-year-old nan in Derry and is burning "
      "out. Respite options in NI?",
      [("name", "Mairead Ní Bhriain"), ("age_over_89", "90-year-old"), ("place", "Derry")]),
    C("Passport 527718034 got confiscated by her husband and she's on a spousal visa. Has anyone "
      "worked with the DV concession?",
      [("licence", "527718034")]),
    C("his CPAP serial is 23171100448 and the machine logs show he hasn't used it for 40 nights. "
      "insomnia plan keeps failing because of it",
      [("device", "23171100448")]),
    C("We meet at the Castle Street meeting house in Kendal because he won't go near a clinic. "
      "Confidentiality in a shared building?",
      [("place", "Castle Street meeting house"), ("place", "Kendal")]),
    C("email is b.okonjo.writes@postbox.example.co.uk, she wants all homework sent there not to "
      "her work account. reasonable?",
      [("email", "b.okonjo.writes@postbox.example.co.uk")]),
    C("Sort code 40-19-22, account 61027734 - she's asked me to hold her savings details because "
      "he checks her phone. Absolutely not, but how to say it?",
      [("account", "40-19-22"), ("account", "61027734")]),
    C("Lives on the Meadowell estate in North Shields and the lads on the corner know when he "
      "leaves for sessions. Moving venue?",
      [("place", "Meadowell estate"), ("place", "North Shields")]),
    C("The team Teams link https://teams.example.com/l/meetup-join/19%3aQ7rPp she keeps "
      "forwarding to her sister. Can the sister join sessions?",
      [("url", "https://teams.example.com/l/meetup-join/19%3aQ7rPp")]),
    C("Her son Ozias was born 3rd Feb 2024 and she's convinced she caused his reflux by being "
      "stressed in pregnancy. Postnatal guilt ideas?",
      [("name", "Ozias"), ("date", "3rd Feb 2024")]),
    C("office IP is 10.40.12.77 and the MDM flagged his session recordings as uploaded "
      "somewhere else. IT incident or his doing?",
      [("ip_address", "10.40.12.77")]),
    # ------------------------------------------------------------------
    # Ireland
    # ------------------------------------------------------------------
    C("PPSN 4471902QA is on the HAP form for the flat in Inchicore. She wants me to write "
      "in support. Is that in scope?",
      [("ssn", "4471902QA"), ("place", "Inchicore")]),
    C("She's in a house on the Old Youghal Road, Mayfield T23 XR84 with her in-laws and there's no "
      "privacy for telehealth. Car sessions?",
      [("place", "Old Youghal Road"), ("place", "Mayfield"), ("zip_code", "T23 XR84")]),
    C("ring her on 087 555 0193 only after 6, the husband is home till then. Anyone else text DV "
      "clients with code words?",
      [("phone", "087 555 0193")]),
    C("Medical card number 2204816Q got cancelled and he can't afford the GP in Birr. "
      "Mirtazapine running out. What do I tell him?",
      [("health_plan", "2204816Q"), ("place", "Birr")]),
    C("car reg 221-D-40918 was on the Garda report she showed me. Do I keep a copy in the file or "
      "is that overkill?",
      [("vehicle", "221-D-40918")]),
    C("Client Síofra's dad runs the Horseshoe Bar in Kilkee and everyone in town knows her "
      "business. Small-town confidentiality help",
      [("name", "Síofra"), ("place", "Horseshoe Bar"), ("place", "Kilkee")]),
    C("the Tusla ref is CP-44871-26 and the social worker wants my notes by the 19th. Can I send "
      "a summary instead of the full record?",
      [("account", "CP-44871-26")]),
    C("Fax (01) 555 0164 is still what St Patrick's on James's Street uses for referrals, "
      "apparently. Can it really be 2026",
      [("fax", "(01) 555 0164"), ("place", "St Patrick's"), ("place", "James's Street")]),
    C("She swims at the Forty Foot in Sandycove every morning and it's the one thing keeping her "
      "going. How do I build on that?",
      [("place", "Forty Foot"), ("place", "Sandycove")]),
    C("Iban IE64 BOFI 9000 1744 2281 96 - she asked me to take payment into her account then "
      "refund. Red flag or just clumsy?",
      [("account", "IE64 BOFI 9000 1744 2281 96")]),
    C("Driving licence 418822701 for a client who keeps driving after drinking in Scarriff. Do I "
      "have any duty to the public here?",
      [("licence", "418822701"), ("place", "Scarriff")]),
    C("group member, Donncha, in his 92nd year, asks if he can bring his dog to the Ballymahon group. We meet "
      "in a parish hall. Lovely problem to have?",
      [("name", "Donncha"), ("age_over_89", "92nd year"), ("place", "Ballymahon")]),
    C("her Eircode is A92 K7W4 and the ambulance went to the wrong farm twice. she's rural "
      "Louth, lives alone, panic attacks. Any Irish resources?",
      [("zip_code", "A92 K7W4"), ("place", "Louth")]),
    # ------------------------------------------------------------------
    # Australia
    # ------------------------------------------------------------------
    C("TFN 482 117 390 was on the Centrelink form she left in my room. Shred it or give it back at "
      "the next session?",
      [("ssn", "482 117 390")]),
    C("Medicare card 4417 20918 3 and she's hit her 10 sessions under the MHCP. Anyone bulk bill "
      "past that for someone this unwell in Beenleigh?",
      [("health_plan", "4417 20918 3"), ("place", "Beenleigh")]),
    C("She lives at Unit 4/19 Wattle Street, Lyneham ACT 2602 and is asking if I can visit. "
      "Agoraphobia, 3 yrs housebound.",
      [("street_address", "Unit 4/19 Wattle Street"), ("place", "Lyneham"), ("zip_code", "2602")]),
    C("text her on 0491 570 188 not the landline, her dad monitors the house phone. she's 16 and "
      "at Kelvin Grove State College",
      [("phone", "0491 570 188"), ("place", "Kelvin Grove State College")]),
    C("rego 1XQ-4TR is the ute that keeps showing up at the Bunnings in Caloundra where she "
      "works. AVO in place. Safety plan review?",
      [("vehicle", "1XQ-4TR"), ("place", "Bunnings"), ("place", "Caloundra")]),
    C("UR number 7720418 at the Alfred, he was in the psych unit from 2-9 Nov and nobody told me. "
      "How do you get discharge summaries in VIC?",
      [("medical_record", "7720418"), ("place", "Alfred"), ("date", "2-9 Nov")]),
    C("fax (08) 5550 4431 for the Port Hedland mental health team, but it bounces. anyone have a "
      "contact in the Pilbara?",
      [("fax", "(08) 5550 4431"), ("place", "Port Hedland"), ("place", "Pilbara")]),
    C("My client Tayla's nan is 95 yrs old and lives alone on a property out of Batlow. Tayla "
      "drives 4 hrs each way every weekend. Carer burnout",
      [("name", "Tayla"), ("age_over_89", "95 yrs old"), ("place", "Batlow")]),
    C("CRN 408 117 223B got suspended after she missed a mutual obligation because of a panic "
      "attack. Letter from me help?",
      [("account", "408 117 223B")]),
    C("BSB 062-557 acct 1047 7382 - he wrote it on the worksheet so I could 'pay him back' for "
      "cancelling. He's in a manic phase. Thoughts?",
      [("account", "062-557"), ("account", "1047 7382")]),
    C("she works the bar at the Royal Hotel in Bourke and knows every bloke who comes to the "
      "clinic. small town confidentiality again",
      [("place", "Royal Hotel"), ("place", "Bourke")]),
    C("NDIS number 431 882 019 and the plan review is on the 14th of May. They want an OT report "
      "AND mine. Who writes what?",
      [("account", "431 882 019"), ("date", "14th of May")]),
    C("DVA gold card 2NX44071 for my Vietnam vet client. Does anyone know if DVA covers couples "
      "sessions with his wife Merle?",
      [("health_plan", "2NX44071"), ("name", "Merle")]),
    C("client Aunty Dulcie wants to yarn at the Redfern community centre instead of my office. "
      "Cultural safety suggestions?",
      [("name", "Aunty Dulcie"), ("place", "Redfern community centre")]),
    C("licence 0917 44218 (NSW) was cancelled after the DUI; he now rides an e-bike to the "
      "Glenmore Park practice. Motivation piece?",
      [("licence", "0917 44218"), ("place", "Glenmore Park")]),
    C("her email is bindi.oconnell@outlook.example.com.au and she wants me to send her PHQ "
      "results there. Fine with consent?",
      [("email", "bindi.oconnell@outlook.example.com.au")]),
    C("Cochlear implant serial CI512-88201 needs remapping and she's been isolated for 3 months "
      "because she can't follow groups. Support ideas?",
      [("device", "CI512-88201")]),
    C("Ring (07) 5550 8843 for the Pittsworth mob, or ask for Uncle Reggie at the men's "
      "shed. He's great with young fellas.",
      [("phone", "(07) 5550 8843"), ("place", "Pittsworth"), ("name", "Uncle Reggie")]),
    C("Student number s4482017 at UQ, she's asking for special consideration documentation. "
      "What do you include?",
      [("account", "s4482017"), ("place", "UQ")]),
    C("Boat rego QF 4471 K was the dinghy her brother drowned from at Tin Can Bay on 27 "
      "December. Anniversary coming. Grief planning?",
      [("vehicle", "QF 4471 K"), ("place", "Tin Can Bay"), ("date", "27 December")]),
    C("he plays for the Wagga Tigers and the coach, Shane Wilkes, wants to know why he's "
      "missing training. Client says tell him nothing.",
      [("place", "Wagga Tigers"), ("name", "Shane Wilkes")]),
    C("WorkCover claim 08-77140293 for her burnout at a childcare centre in Craigieburn. The "
      "insurer wants my notes. Summary only?",
      [("account", "08-77140293"), ("place", "Craigieburn")]),
    C("AHPRA reg MED0002271884 belongs to my client, a GP, and she's scared of mandatory "
      "notification if she tells me about her drinking.",
      [("licence", "MED0002271884")]),
    C("lives in a caravan at the Shellharbour holiday park, 2 kids, no fixed address otherwise. "
      "how do I write that on the MHCP?",
      [("place", "Shellharbour holiday park")]),
    C("zoom id https://us02web.zoom.example/j/7719021846 was posted in the group chat by mistake "
      "and now 40 people have it. Incident?",
      [("url", "https://us02web.zoom.example/j/7719021846")]),
    C("his IMEI is 358240051177204 and police say the stalkerware is tied to it. He wants me to "
      "hold a copy of the report. Do I?",
      [("device", "358240051177204")]),
    C("DOB 19.08.1929, widowed last year, lives at the Anglicare home in Glenelg. She wants to "
      "talk about dying. Any older-adult folks here?",
      [("date", "19.08.1929"), ("place", "Anglicare home"), ("place", "Glenelg")]),
    # ------------------------------------------------------------------
    # New Zealand
    # ------------------------------------------------------------------
    C("NHI QRW8306 came up on the referral and he's asking to be seen under a different name. "
      "Whānau reasons. Can we do that?",
      [("medical_record", "QRW8306")]),
    C("IRD 112-448-901 on the Work and Income form she brought. I'm a counsellor, not a "
      "tax agent. How do I redirect her?",
      [("ssn", "112-448-901")]),
    C("Koro Hemi wants sessions at the marae in Paekākāriki, not at the clinic, and to bring his "
      "mokopuna. Anyone done this?",
      [("name", "Koro Hemi"), ("place", "Paekākāriki")]),
    C("she's at 12 Kowhai Crescent, Ōtorohanga 3900, with her partner's whānau. privacy "
      "for phone sessions is zero",
      [("street_address", "12 Kowhai Crescent"), ("place", "Ōtorohanga"), ("zip_code", "3900")]),
    C("ring 021 555 0176 if she doesn't show. the last time she missed we found her at the "
      "Raglan wharf. safety plan help",
      [("phone", "021 555 0176"), ("place", "Raglan wharf")]),
    C("ACC claim 10047718804 for the sensitive claims pathway; the assessor wants a report "
      "by 30/06. That's three sessions away.",
      [("account", "10047718804"), ("date", "30/06")]),
    C("rego LHK229 is her ex's car, seen on her street in Papatoetoe on Tuesday. protection "
      "order is current. what else can I do?",
      [("vehicle", "LHK229"), ("place", "Papatoetoe")]),
    C("fax (09) 555 0142 for the Whangārei CAMHS, does anyone know if it still works? the "
      "referral portal is down again",
      [("fax", "(09) 555 0142"), ("place", "Whangārei")]),
    C("Manaia's mum works at the Four Square in Kaikōura and everyone in town watches who goes "
      "into my rooms. Online sessions?",
      [("name", "Manaia"), ("place", "Four Square"), ("place", "Kaikōura")]),
    C("MSD client number 220-447-18 for her benefit, and the case manager wants my opinion on "
      "work readiness. Do I give one?",
      [("account", "220-447-18")]),
    C("gun licence K417721 and he's living rurally out the back of Masterton with a bad "
      "depression. Lethal means conversation tips?",
      [("licence", "K417721"), ("place", "Masterton")]),
    C("Her daughter Anahera-Rose is 6 and starts at Te Kura o Mangere next term. Mum is "
      "terrified of the school run. Graded exposure?",
      [("name", "Anahera-Rose"), ("place", "Te Kura o Mangere")]),
    C("email: whetu.k.paratene@xtra.example.co.nz - she wants session notes sent there. "
      "I don't send notes, just homework. Right call?",
      [("email", "whetu.k.paratene@xtra.example.co.nz")]),
    C("He does night shifts at the Alliance plant in Mataura and sleeps through the 10am "
      "sessions. Shift-work CBT-I?",
      [("place", "Alliance plant"), ("place", "Mataura")]),
    C("Koroua is 98 years of age and still lives on the farm at Tokomaru Bay; his moko want him "
      "in care in Wairoa. Family meeting tips?",
      [("age_over_89", "98 years of age"), ("place", "Tokomaru Bay"), ("place", "Wairoa")]),
    C("the telehealth router at the Outram rooms logs clients at 203.0.113.51 - it's our "
      "NAT. Is that identifying if I share the log with IT?",
      [("place", "Outram"), ("ip_address", "203.0.113.51")]),
    # ------------------------------------------------------------------
    # India
    # ------------------------------------------------------------------
    C("Aadhaar 4417 2093 8816 was on the consent form the family brought; they want me to "
      "'certify' her for the marriage. I'm deeply uncomfortable.",
      [("ssn", "4417 2093 8816")]),
    C("Client stays at Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru "
      "560038 with in-laws; no private room for online sessions.",
      [("street_address", "Flat 302, Sai Krupa Apartments, 14th Cross"), ("place", "Indiranagar"),
       ("place", "Bengaluru"), ("zip_code", "560038")]),
    C("her mobile is +91 98455 50172 and her mother-in-law answers it half the time. code "
      "word ideas that work in Kannada?",
      [("phone", "+91 98455 50172")]),
    C("PAN AKQPR4417M turned up in the screenshot he shared of his loan app harassment. "
      "The recovery agents call his office daily. CBT for shame?",
      [("ssn", "AKQPR4417M")]),
    C("ABHA number 91-4471-2209-8813 is on her discharge card from NIMHANS, and she wants me "
      "to read it with her. Scope?",
      [("health_plan", "91-4471-2209-8813"), ("place", "NIMHANS")]),
    C("UHID 20250418772 at the Manipal hospital in Whitefield; psychiatrist wants collateral "
      "from me. Client agreed verbally. Enough in India?",
      [("medical_record", "20250418772"), ("place", "Manipal hospital"), ("place", "Whitefield")]),
    C("He drives an auto, number MH 12 KT 4417, and his union president Rajendra Bhosale "
      "pressures him to skip sessions. Pune client.",
      [("vehicle", "MH 12 KT 4417"), ("name", "Rajendra Bhosale"), ("place", "Pune")]),
    C("she's 92 years old, lives in Mylapore near the Kapaleeshwarar temple, and her sons argue "
      "about who keeps her. Family systems in an Indian context?",
      [("age_over_89", "92 years old"), ("place", "Mylapore"), ("place", "Kapaleeshwarar temple")]),
    C("upi id kavya.rao44@okhdfc was in the 'pay for session' message she forwarded from a fake "
      "therapist. She lost 40k. How do I rebuild trust?",
      [("account", "kavya.rao44@okhdfc")]),
    C("his DL is KA03 20190044172 and he's driving after his lithium got stopped. Family "
      "won't listen. What can I do from here?",
      [("licence", "KA03 20190044172")]),
    C("My client Advait's father, Prakash Venkataraman, calls the clinic in Koramangala asking "
      "what his 24-year-old son talks about. Boundaries in collectivist families?",
      [("name", "Advait"), ("name", "Prakash Venkataraman"), ("place", "Koramangala")]),
    C("She goes to the gurdwara on Model Town road in Ludhiana every evening and wants the "
      "granthi involved in her grief work. Thoughts?",
      [("place", "Model Town"), ("place", "Ludhiana")]),
    C("PM-JAY card 2W44K7190 doesn't cover outpatient therapy, and the family has been paying "
      "cash for 12 weeks. Sliding scale ideas?",
      [("health_plan", "2W44K7190")]),
    C("email ananya.deshmukh.cbt@mailhub.example.in keeps forwarding my worksheets to her "
      "cousin 'for support'. Address it?",
      [("email", "ananya.deshmukh.cbt@mailhub.example.in")]),
    C("ward boy at Sassoon Hospital told her family she tried again on 3 Jan. Now the whole "
      "chawl in Kasba Peth knows. Stigma work?",
      [("place", "Sassoon Hospital"), ("date", "3 Jan"), ("place", "Kasba Peth")]),
    C("IP 2001:db8:4417::29 keeps popping up in the platform log for a client who says she's "
      "in Hyderabad, which matters for our licence. IPv6 so unclear.",
      [("ip_address", "2001:db8:4417::29"), ("place", "Hyderabad")]),
    C("lab accession AC-2511-04472 for her lithium level, the lab in Andheri lost it. "
      "Does anyone here coordinate bloods for their clients?",
      [("medical_record", "AC-2511-04472"), ("place", "Andheri")]),
    # ------------------------------------------------------------------
    # South Africa
    # ------------------------------------------------------------------
    C("SA ID 8804125447089 on the referral, client is a teacher in Khayelitsha, and the "
      "principal phoned me directly. How do you handle that here?",
      [("ssn", "8804125447089"), ("place", "Khayelitsha")]),
    C("medical aid number 441720918 (Discovery) ran out of PMB sessions in August. "
      "She's mid-EMDR. Options?",
      [("health_plan", "441720918")]),
    C("She lives at 27 Jacaranda Avenue, Lynnwood, Pretoria 0081 with her gran and the "
      "load-shedding kills our video calls. Phone only?",
      [("street_address", "27 Jacaranda Avenue"), ("place", "Lynnwood"), ("place", "Pretoria"),
       ("zip_code", "0081")]),
    C("whatsapp +27 82 555 0149, she only answers voice notes. can therapy happen in voice "
      "notes or is that a recipe for confusion",
      [("phone", "+27 82 555 0149")]),
    C("car reg CA 418-227 keeps following her taxi from Bellville station. SAPS took a "
      "statement. Safety plan ideas for commuters?",
      [("vehicle", "CA 418-227"), ("place", "Bellville station")]),
    C("Client Thandeka Mthembu-Dlamini works at the Spar in Pietermaritzburg and her uncle "
      "wants her to see a sangoma instead. Integrating both?",
      [("name", "Thandeka Mthembu-Dlamini"), ("place", "Spar"), ("place", "Pietermaritzburg")]),
    C("folder number 04471289 at Chris Hani Baragwanath, she was in ward 20 last week. Can I "
      "ask for the notes without her there?",
      [("medical_record", "04471289"), ("place", "Chris Hani Baragwanath")]),
    C("Fax 011 555 0183 for the Soweto clinic is apparently still the way to send referrals. "
      "Anyone know an email instead?",
      [("fax", "011 555 0183"), ("place", "Soweto")]),
    C("he's a farm worker near Ceres and his boss, oom Koos, holds his ID book. exploitation? "
      "who do I call in the Western Cape",
      [("place", "Ceres"), ("name", "oom Koos")]),
    C("He's been staying at 14 Protea Close, Umhlanga 4319 since the floods; his mom "
      "Nomvula calls me weekly. Confidentiality with an adult son?",
      [("street_address", "14 Protea Close"), ("place", "Umhlanga"), ("zip_code", "4319"),
       ("name", "Nomvula")]),
    # ------------------------------------------------------------------
    # Singapore
    # ------------------------------------------------------------------
    C("NRIC S8844172J was on the MC she asked me to 'countersign'. I'm a counsellor, not a "
      "doctor. How do I explain that to her HR?",
      [("ssn", "S8844172J")]),
    C("she stays in a HDB flat at Blk 417 Tampines Street 42, #08-117 with 5 family members. "
      "Where do you do telehealth in a Singapore flat?",
      [("street_address", "Blk 417 Tampines Street 42, #08-117")]),
    C("Client's helper, Lovelyn, has been covering for her with the kids and now wants to "
      "join a session. Ethics? She lives near Toa Payoh.",
      [("name", "Lovelyn"), ("place", "Toa Payoh")]),
    C("call +65 8555 0142 only on weekends, she shares a room with her sister during the "
      "week. Anyone in SG do text-based check-ins?",
      [("phone", "+65 8555 0142")]),
    C("Postal code 529683 is on the IMH discharge note but the family moved to Punggol. Which "
      "address do we use for crisis follow up?",
      [("zip_code", "529683"), ("place", "IMH"), ("place", "Punggol")]),
    # ------------------------------------------------------------------
    # Mixed: names with pattern identifiers
    # ------------------------------------------------------------------
    C("my client yunus keeps logging in from 192.0.2.61 and 192.0.2.118 in the same hour. he "
      "says his brother borrows the laptop. do I believe him",
      [("name", "yunus"), ("ip_address", "192.0.2.61"), ("ip_address", "192.0.2.118")]),
    C("Consult re: Perpetua Adeyemi-Lund, who sent her whole journal to "
      "perpetua.writes.at.night@inbox.example at 3am and cc'd me. Respond or wait for session?",
      [("name", "Perpetua Adeyemi-Lund"), ("email", "perpetua.writes.at.night@inbox.example")]),
    C("her husband Bartosz (\"Barty\") installed an app and the router log shows "
      "198.51.100.240 pinging her phone. Tech abuse resources?",
      [("name", "Bartosz"), ("name", "Barty"), ("ip_address", "198.51.100.240")]),
    C("Xiadani's psychiatrist faxes from (505) 555-0119 and the last med list had lamotrigine "
      "200 mg, she says 100 mg. Whose list do I trust?",
      [("name", "Xiadani"), ("fax", "(505) 555-0119")]),
    C("client goes by 'Boomer' at work (real name Desmond Achebe-Ward), his union rep asked for "
      "a letter. MRN at his GP is GP-0044719. Write it or not?",
      [("name", "Boomer"), ("name", "Desmond Achebe-Ward"), ("medical_record", "GP-0044719")]),
    C("Linh's GoFundMe page gofundme.example/f/help-linh-heal-2026 names her diagnosis and "
      "her hospital. She asked if it's ok. What would you say?",
      [("name", "Linh"), ("url", "gofundme.example/f/help-linh-heal-2026")]),
    C("Grandpa Ezekiel turned ninety-nine last week and the family party was all about 'how long he has "
      "left'. My client (his granddaughter) is reeling.",
      [("name", "Grandpa Ezekiel"), ("age_over_89", "ninety-nine")]),
    C("Dr. Ezeokafor at the psych ward sent his chart, MRN 55-904417, via fax from 0113 496 0218. "
      "It came to the main office printer. Breach?",
      [("name", "Ezeokafor"), ("medical_record", "55-904417"), ("fax", "0113 496 0218")]),
    C("her sister Wiremu-Jade set up linktr.example/wjade.heals and is posting about their "
      "mum's psychosis. Family therapy or let it go?",
      [("name", "Wiremu-Jade"), ("url", "linktr.example/wjade.heals")]),
    C("Client Ilse Vandermeulen's MacBook at 10.0.0.23 on the clinic guest wifi got flagged "
      "for uploading. She swears she was just on Zoom.",
      [("name", "Ilse Vandermeulen"), ("ip_address", "10.0.0.23")]),
    C("Małgorzata's SSN 666-70-2281 was used to open cards by her ex. Identity theft on top of "
      "DV. How to pace the practical vs emotional?",
      [("name", "Małgorzata"), ("ssn", "666-70-2281")]),
    C("thiago's mom sent the IEP from m.castellanos.family@correo.example and asked me to "
      "sign page 4. I'm the outside therapist. Should I?",
      [("name", "thiago"), ("email", "m.castellanos.family@correo.example")]),
    C("Fax the authorisation to +44 20 7946 0855, attention Priyanka Soman-Hart, and she'll "
      "forward to the panel. UK colleagues: is fax still a thing?",
      [("fax", "+44 20 7946 0855"), ("name", "Priyanka Soman-Hart")]),
    C("He's 100 years old this spring and his daughter Eudora wants help writing the eulogy "
      "ahead of time. Anticipatory grief consult.",
      [("age_over_89", "100 years old"), ("name", "Eudora")]),
    C("The chart number for Lemuel at the county clinic is CH-2209418, and the new intern "
      "pasted it into the group thread. Remediation steps?",
      [("name", "Lemuel"), ("medical_record", "CH-2209418")]),
    C("client (Kaveh, 34) wants to send me his Fitbit data; the tracker's Bluetooth address is "
      "02:1a:77:c4:90:3e in the export. Do I need this?",
      [("name", "Kaveh"), ("device", "02:1a:77:c4:90:3e")]),
    C("bri's youtube channel youtube.example/@brionyspeaksout has a video about our group "
      "(no names, but details). Handle in group or 1:1?",
      [("name", "bri"), ("url", "youtube.example/@brionyspeaksout")]),
    C("Gaudencio's hospital IP number IP/25/044172 appears on the insurance denial. The "
      "insurer wants my notes to 'clarify'. Summary ok?",
      [("name", "Gaudencio"), ("medical_record", "IP/25/044172")]),
    C("Ms. Hartigan-Quaye's Medicare number 7EK4-RT1-QX22 got typed into the wrong client's "
      "superbill by my biller. Notify both?",
      [("name", "Hartigan-Quaye"), ("health_plan", "7EK4-RT1-QX22")]),
    C("my client Ragnhild is 93 and a half and lives with her son who drinks. elder abuse screen "
      "came back borderline. next step?",
      [("name", "Ragnhild"), ("age_over_89", "93 and a half")]),
    C("Not sure what to make of this: my client Lamar Whitfield-Reyes keeps sending texts from "
      "(470) 555-0163 and (470) 555-0164. Two phones = two lives?",
      [("name", "Lamar Whitfield-Reyes"), ("phone", "(470) 555-0163"),
       ("phone", "(470) 555-0164")]),
    C("His motorcycle plate 4M7 2219 was in the incident report, he crashed the day after our "
      "session. I'm reeling. Consult for me, really.",
      [("vehicle", "4M7 2219")]),
    C("Trailer plate 21-TR-4471 is on the eviction notice, she lives in it with her kids, "
      "Brooklynn and Kase, on a lot outside Evanston WY.",
      [("vehicle", "21-TR-4471"), ("name", "Brooklynn"), ("name", "Kase"), ("place", "Evanston")]),
    C("Aunty Losa is a church elder and brings her niece Fetu to sessions. She's asking for "
      "a copy of the care plan on her email losa.faleolo@mail.example.",
      [("name", "Aunty Losa"), ("name", "Fetu"), ("email", "losa.faleolo@mail.example")]),
    C("Client's hearing-aid app (serial HA-88K-204417) sends data to the audiologist and he "
      "thinks Leopold, his neighbour, can read it. Delusion?",
      [("device", "HA-88K-204417"), ("name", "Leopold")]),
    C("Firearms licence FAL-2207719 belongs to my client Przemysław and he mentioned 'ending "
      "things' on Friday. Already called. Post-crisis consult.",
      [("licence", "FAL-2207719"), ("name", "Przemysław")]),
    C("Harriet Pemberton-Oyelowo's SIN is 038 221 470, it's on the disability tax credit form "
      "she dropped off. I shouldn't hold that, right?",
      [("name", "Harriet Pemberton-Oyelowo"), ("ssn", "038 221 470")]),
    C("the kid, Ezra, gave me his Snapchat as @ezzzra.skates and asked me to follow. I said no. "
      "How to explain without rejecting him?",
      [("name", "Ezra"), ("url", "@ezzzra.skates")]),
    C("Gift card #6006 4417 2290 1183 from her employer is the only money she has, her "
      "husband Cathal controls the rest. Economic abuse thoughts?",
      [("account", "6006 4417 2290 1183"), ("name", "Cathal")]),
    C("Pharmacy Rx no. 0882194 for Ebubechi's clozapine was put on hold by the pharmacist "
      "because of the ANC. She's panicking. Who calls whom?",
      [("medical_record", "0882194"), ("name", "Ebubechi")]),
    C("Insurance ID W44180227 (Aetna) for Ingeborg, who's trying to get a trauma-informed yoga "
      "program covered. Any luck with that?",
      [("health_plan", "W44180227"), ("name", "Ingeborg")]),
    C("my ex-client Benedikt emailed from benedikt_k1977@web.example after 3 years asking for "
      "a session and 'a coffee'. Dual relationship, right?",
      [("name", "Benedikt"), ("email", "benedikt_k1977@web.example")]),
    C("Fax from Dr Ramanathan (fax 080 5554 4172) lists Dhruv's meds wrong. Call the doc or ask "
      "Dhruv to? He's 19.",
      [("name", "Ramanathan"), ("fax", "080 5554 4172"), ("name", "Dhruv")]),
    C("the nursing home faxed her advance directive from (802) 555-0137 and her date of birth, "
      "2 June 1931, is wrong on it. Do I flag?",
      [("fax", "(802) 555-0137"), ("date", "2 June 1931")]),
    C("Ola's hospital records show lab accession 26-HEM-004417 and a positive drug screen she "
      "denies. Confront or explore?",
      [("name", "Ola"), ("medical_record", "26-HEM-004417")]),
    C("My client Tiberius (yes really) wants me to look at his OnlyFans, onlyfans.example/tibsx, "
      "to 'understand' him. Hard no. Kind wording?",
      [("name", "Tiberius"), ("url", "onlyfans.example/tibsx")]),
    C("Kealamakia's IP shows 203.0.113.198 and 2001:db8:a1::44 alternately. He says VPN. Out-of-"
      "state telehealth rules worry me.",
      [("name", "Kealamakia"), ("ip_address", "203.0.113.198"), ("ip_address", "2001:db8:a1::44")]),
    C("Romilly's 95-year-old great-grandmother lives with them and is the only person she "
      "trusts. Including her in family sessions?",
      [("name", "Romilly"), ("age_over_89", "95-year-old")]),
    C("The clinic printer (IP 192.168.40.213) printed Threlkeld's intake at the front desk where "
      "another client picked it up. Breach process?",
      [("ip_address", "192.168.40.213"), ("name", "Threlkeld")]),
    C("Consolata's phone IMEI 490154203237518 was in the police report about the tracking app. "
      "She wants me to explain the report to her kids.",
      [("name", "Consolata"), ("device", "490154203237518")]),
    C("Our group Slack got a message from kwame.boateng.lmft@therapy.example asking to join "
      "and see past threads. Vetting process?",
      [("email", "kwame.boateng.lmft@therapy.example")]),
    C("He gave TFN 721 044 819 and his Centrelink details to a 'job agent' on Facebook. "
      "Client Kulan is mortified. Shame work?",
      [("ssn", "721 044 819"), ("name", "Kulan")]),
    C("Client Noor-ul-Ain's passport N4417220 is being held by her uncle until she agrees to "
      "the match. Forced marriage unit?",
      [("name", "Noor-ul-Ain"), ("licence", "N4417220")]),
    C("Marine licence 441-PWC-207 was suspended after his jet ski crash at Lake Macquarie "
      "that killed his mate Brodie. Survivor guilt consult.",
      [("licence", "441-PWC-207"), ("place", "Lake Macquarie"), ("name", "Brodie")]),
    C("Vehicle VIN WVWZZZ1KZ6W447120 is in her divorce settlement and he keeps 'borrowing' it. "
      "Client Yevdokiya wants help saying no.",
      [("vehicle", "WVWZZZ1KZ6W447120"), ("name", "Yevdokiya")]),
    C("Dr. Abernathy-Singh referred Zoryana with a fax from (0131) 496 0627. The letter has the "
      "wrong surname. Do I fix or ask?",
      [("name", "Abernathy-Singh"), ("name", "Zoryana"), ("fax", "(0131) 496 0627")]),
    C("Phone number 0131 496 0419 rings at the family home, where Ailsa's father answers. "
      "We agreed on email only. Help me stick to it.",
      [("phone", "0131 496 0419"), ("name", "Ailsa")]),
    C("ssn 000-62-1184 appeared on an old ROI for Cordelia from before she transitioned; she "
      "wants all old-name records sealed. Possible?",
      [("ssn", "000-62-1184"), ("name", "Cordelia")]),
    C("my client teodoro's insulin pump, serial TP-20417-88, alarmed 6 times in session. he "
      "says he's 'fine'. how worried should I be",
      [("name", "teodoro"), ("device", "TP-20417-88")]),
    C("In the group thread someone posted https://meet.example.org/roundtable-ngaio-0417 which "
      "has my client Ngaio's name in it. Ugh.",
      [("url", "https://meet.example.org/roundtable-ngaio-0417"), ("name", "Ngaio")]),
    C("Odhrán's dad gave his number as +353 86 555 0128 and asked for weekly updates. Odhrán "
      "is 17. Irish rules on parental access?",
      [("name", "Odhrán"), ("phone", "+353 86 555 0128")]),
    C("Client Hyun-woo's employer ID E-2204471 appeared on the EAP referral. He doesn't want "
      "HR knowing he's here. Can I refuse the ID?",
      [("name", "Hyun-woo"), ("account", "E-2204471")]),
    C("Client's gym membership 00441-7720 at the Anytime in Kelowna was cancelled by her "
      "husband. She's devastated. Economic control again.",
      [("account", "00441-7720"), ("place", "Anytime"), ("place", "Kelowna")]),
    C("Ines's NHI is DGT7729 and the hospital sent a letter to her parents' old address. "
      "She's 20 and estranged. How to get that fixed?",
      [("name", "Ines"), ("medical_record", "DGT7729")]),
    C("Mama Tshepo's sons want her in a home; she's 90 years old and sharp as a tack. "
      "Capacity assessment referral?",
      [("name", "Mama Tshepo"), ("age_over_89", "90 years old")]),
    C("client zaynab's ex uses the fax at his office, 0117 496 0593, to send 'legal' letters "
      "to her work. intimidation? help her document",
      [("name", "zaynab"), ("fax", "0117 496 0593")]),
]

LOCKED6_CASES += [
    # ------------------------------------------------------------------
    # More positives: addresses, devices, network and contact details
    # ------------------------------------------------------------------
    C("Home is 9 Rookery Lane, Ballinasloe H53 FX20 - she asked me to post the letter there in "
      "a plain envelope. Any issue with posting?",
      [("street_address", "9 Rookery Lane"), ("place", "Ballinasloe"), ("zip_code", "H53 FX20")]),
    C("He rents the granny flat at 212B Moorhouse Avenue, Addington, Ōtautahi 8011 from "
      "his boss. Power imbalance much? Rent-for-labour situation.",
      [("street_address", "212B Moorhouse Avenue"), ("place", "Addington"),
       ("place", "Ōtautahi"), ("zip_code", "8011")]),
    C("Private Bag 4471 is the only postal address for the station near Longreach where she "
      "works as a governess. How do I post a safety plan?",
      [("street_address", "Private Bag 4471"), ("place", "Longreach")]),
    C("his CPAP mask fits badly and the machine (SN 22104417K9) records 2 hrs a night. sleep "
      "clinic at the Prince Charles in Chermside says it's behavioural",
      [("device", "22104417K9"), ("place", "Prince Charles"), ("place", "Chermside")]),
    C("Her continuous glucose monitor transmitter ID 8RK2W7 got linked to her mum's phone, "
      "and mum texts during sessions about her levels. Enmeshment?",
      [("device", "8RK2W7")]),
    C("Client gave me her old iPad to 'look at the messages' - serial DMPX44K17Q2. I gave it "
      "straight back. Was that right?",
      [("device", "DMPX44K17Q2")]),
    C("wifi logs in the Sackville office show a device at 192.168.7.203 connecting during his "
      "sessions only. he says it's his watch. paranoid of me?",
      [("place", "Sackville"), ("ip_address", "192.168.7.203")]),
    C("Our EHR audit shows a login from 198.51.100.19 at 02:14 on her chart. Not one of ours. "
      "Reporting duty to the client?",
      [("ip_address", "198.51.100.19")]),
    C("The telehealth vendor says her sessions came from 2001:db8:77:1::ac and 203.0.113.4, both "
      "outside my licensing state. Next step?",
      [("ip_address", "2001:db8:77:1::ac"), ("ip_address", "203.0.113.4")]),
    C("mother's email is nonna.pina1938@posta.example.it, she wants me to write to her in "
      "Italian about her son. He's 41. No.",
      [("email", "nonna.pina1938@posta.example.it")]),
    C("HR forwarded my letter from benefits-team@sunridgefoods.example to the whole floor at "
      "the Sunridge Foods plant in Tifton. Damage control?",
      [("email", "benefits-team@sunridgefoods.example"), ("place", "Sunridge Foods plant"),
       ("place", "Tifton")]),
    C("He posts his runs on strava.example/athletes/4471902 with the start point being his "
      "front door on Larch Street. She's found him through it.",
      [("url", "strava.example/athletes/4471902"), ("place", "Larch Street")]),
    C("found a blog about me at http://ratemytherapist.example/reviews/abbotsford-counsellor-"
      "shauna and it mentions a client. Anyone been through this?",
      [("url", "http://ratemytherapist.example/reviews/abbotsford-counsellor-shauna")]),
    C("Plate 8TRK 227 is on her safety plan; the ute was outside the Kmart in Swan Hill "
      "on Thursday. Police have the rego.",
      [("vehicle", "8TRK 227"), ("place", "Kmart"), ("place", "Swan Hill")]),
    C("Car reg GP 44 KT ZN keeps turning up outside the Spar in Alberton where she shops. "
      "Her brother Sipho says she's imagining it.",
      [("vehicle", "GP 44 KT ZN"), ("place", "Spar"), ("place", "Alberton"), ("name", "Sipho")]),
    C("client lives in a bedsit at 3 Ormeau Terrace, Belfast BT7 1SH and the walls are thin. "
      "phone sessions in the car park instead?",
      [("street_address", "3 Ormeau Terrace"), ("place", "Belfast"), ("zip_code", "BT7 1SH")]),
]

LOCKED6_CASES += [
    # ------------------------------------------------------------------
    # Clean: numbers that are not identifiers
    # ------------------------------------------------------------------
    C("PHQ-9 went from 21 to 14 over 8 sessions, GAD-7 stuck at 15. Is it worth switching from "
      "CBT to ACT at this point or give it another 4 weeks?", []),
    C("sertraline 150 mg for 6 weeks, then bumped to 200 mg on the psychiatrist's advice. Client "
      "reports 30% less rumination. Anyone seen a ceiling effect?", []),
    C("BP was 142/91 at intake and 128/84 last Tuesday after 10 weeks of breathing work. Not my "
      "lane but the client is thrilled. How to reinforce it?", []),
    C("Billing question: can I bill 90837 plus 90785 for interactive complexity when a parent is "
      "disruptive? Payer keeps denying the add-on.", []),
    C("Dx is F43.10 with a rule-out of F33.1. The payer wants F-codes updated every 90 days. "
      "Anyone have a template for the reassessment note?", []),
    C("PCL-5 dropped from 58 to 31 after 12 sessions of CPT (the therapy, not the code). The "
      "client wants to stop. Taper to biweekly?", []),
    C("lithium level 0.9 mmol/L, TSH 4.8, creatinine up a bit. psychiatrist says fine. client is "
      "scared of the 3-monthly bloods. exposure framing?", []),
    C("WHO-5 raw score 9 (so 36%) at week 1, 14 (56%) at week 6. Is that a meaningful change or "
      "noise? Looking for a reliable change index.", []),
    C("Fee is $180 for 53 minutes, $90 sliding. I have 3 sliding spots and 11 people asking. How "
      "do others decide who gets them?", []),
    C("Group room holds 12 chairs, we have 9 members and a waitlist of 5. Should I open a second "
      "group on Thursdays at 6:30pm?", []),
    C("Read pages 112-140 of Linehan's 2015 skills manual before Wednesday's consult; we're "
      "doing the distress tolerance module.", []),
    C("Yalom says 7 is the ideal group size, but my Monday group has run at 10 for 2 years and "
      "it's fine. Thoughts on the 5-10 range?", []),
    C("Client is 89 and wants to talk about her late husband's war service in the 1950s. Any "
      "reminiscence therapy resources?", []),
    C("she's 42, he's 47, married 19 years, 3 kids aged 8, 11 and 14. Gottman says 69% of "
      "conflicts are perpetual. Which ones are theirs?", []),
    C("EMDR: SUDS went 8 -> 3 in one set, VOC 2 -> 6. Then next session back to 7. Normal "
      "rebound or blocking belief?", []),
    C("Naltrexone 50 mg daily plus 2 AA meetings a week. 63 days sober as of Sunday. Relapse "
      "prevention worksheets you love?", []),
    C("My caseload is 28, target from the agency is 35. At 40 direct hours I'm already fried. "
      "How do you push back?", []),
    C("Quetiapine 25 mg at night for sleep, he's gained 6 kg in 4 months. Worth raising with "
      "the prescriber or stay in my lane?", []),
    C("ICD-10 Z63.0 for relationship distress isn't reimbursable with most payers. Do you code "
      "F43.23 instead or bill out of pocket?", []),
    C("Session 14 of 16 under the EAP, and we're only now getting to the core stuff. Request "
      "an extension or transition to private pay?", []),
    C("HRV went from 32 ms to 48 ms over 6 weeks of biofeedback. Client is a runner so maybe "
      "confounded. Thoughts?", []),
    C("Temp 38.4 C, HR 112, she came to session sick and I sent her home. Should I still "
      "charge the 50-minute fee?", []),
    C("Cancellation policy: 24 hours, $75 fee. 4 late cancels in 6 weeks, all for legit-sounding "
      "reasons. Waive or enforce?", []),
    C("ASRS score 5/6 on Part A, DIVA interview positive. I'm not a prescriber. Where does my "
      "assessment end and the psychiatrist's begin?", []),
    C("Bupropion XL 300 mg and venlafaxine 225 mg together, she's jittery at 3pm every day. "
      "Caffeine at 2pm too. Anyone noticed this combo?", []),
    C("AUDIT score 19, drinks 4-6 standard drinks 5 nights a week. Motivational interviewing "
      "vs straight referral to detox?", []),
    C("Kessler K10 of 32 at referral, 24 now after 10 sessions. Medicare wants a review at "
      "session 6 and 10. Is K10 enough?", []),
    C("CORE-10 went from 24 to 11. Service says 'recovered' needs below 11. One point off. "
      "Do I extend for the stats? Feels wrong.", []),
    C("EPDS 15 at 6 weeks postpartum, 11 at 12 weeks, with item 10 scored 0 both times. "
      "Still refer to perinatal psych?", []),
    C("Ran 3 cohorts of 8 in 2025: 24 clients, 19 completed, mean DASS-21 depression went "
      "from 22 to 12. Worth writing up?", []),
    C("Paying $2,400 a year for the EHR, $600 for liability, $350 for licensure. Solo folks, "
      "what's your overhead as a % of revenue?", []),
    C("The 2023 meta-analysis (Cuijpers et al.) found an effect size of 0.72 for CBT vs 0.48 "
      "for control. How do you explain effect sizes to clients?", []),
    C("Wait time for the public service is 18 months, private is 3 weeks at $220. Client "
      "earns $52,000. Which would you steer toward?", []),
    C("BMI 16.2, weight down 4 kg in 3 weeks. I've asked for medical monitoring twice. At "
      "what point do I insist on inpatient?", []),
    C("He sleeps 4.5 hrs on weeknights and 11 hrs on weekends. Sleep efficiency 71%. "
      "CBT-I or start with sleep restriction?", []),
    C("Version 2.3 of our consent form still says 'email is secure'. Updating to v3.0 this "
      "quarter. Anyone have good tech-risk language?", []),
    C("Mirtazapine 15 mg for 2 weeks, then 30 mg. She's eating again, 2 meals a day instead "
      "of 0. Small wins thread, go.", []),
    C("Client is 67, retired after 38 years as a nurse, and has lost all sense of purpose. "
      "Values work or behavioural activation first?", []),
    C("Our 2026 rates: 90791 $250, 90834 $170, 90847 $190. Did anyone else raise fees 8% this "
      "year? Scared of losing people.", []),
    C("MoCA 24/30, delayed recall 1/5. I'm a counsellor, not a neuropsych. How do I raise "
      "cognitive concerns with an 84-year-old client?", []),
    C("Prazosin 1 mg titrated to 6 mg for nightmares, frequency down from 5 to 2 a week. "
      "IRT for the rest?", []),
    C("ADOS-2 module 4 was inconclusive, 7 on SA + RRB. Client wants a 'label'. Second "
      "opinion or formulation without a label?", []),
    C("The study had n=1,204, follow-up at 6, 12 and 24 months, and 38% dropout by month 24. "
      "Still cite it in my proposal?", []),
    C("he's been clean 18 months, relapsed at a wedding, 3 days of use, now back at 4 days "
      "clean. how do you frame the count", []),
    C("Session notes take me 15 minutes each, 30 sessions a week = 7.5 hours unpaid. Any "
      "tricks for faster progress notes?", []),
    C("She takes 0.5 mg lorazepam PRN, uses it about 3 times a week before meetings. "
      "Interoceptive exposure or leave the PRN alone?", []),
    C("ACE score of 7. I know ACEs aren't a diagnostic tool. How do you talk about a high "
      "score without sounding fatalistic?", []),
    C("Room 3 is 2.4 m x 3 m and the sound leaks into Room 4. White noise machine at 65 dB "
      "enough, or do we need proper insulation?", []),
    C("Caffeine 600 mg a day (5 energy drinks), panic attacks 4-5 times a week. Reduce by 100 "
      "mg a week? Anyone done this?", []),
    C("Clinical supervision is 1 hour per 20 client hours per the board rules. I'm at 1 per 35. "
      "Do I need to tell anyone?", []),
    C("ORS at session 1 was 14.2, now 29.8 at session 9. SRS always 38+. Feedback-informed "
      "folks: when do you start talking endings?", []),
    C("he lost $14,000 on sports betting since January. PGSI of 16. Gambling help service "
      "or keep him?", []),
    C("Anyone read the 2019 paper on 12-week vs 16-week CPT protocols? Page 47 has the "
      "dropout table I keep quoting.", []),
    C("Last year's CEU requirement was 40 hours; I have 32 logged and the deadline is the end "
      "of December. Good online options?", []),
    C("Client works 60-hour weeks, 6 days on, 1 off. The only slot she has is Sunday 8am. Do I "
      "bend my schedule for that?", []),
    C("Topiramate 50 mg BD for binge eating, episodes down from 7 a week to 2. Word-finding "
      "issues though. Worth mentioning to the GP?", []),
    C("Dose went from 20 mg to 40 mg of fluoxetine in September and by October she said she "
      "felt 'flat'. Apathy or depression lifting?", []),
    C("Average session attendance in our DBT group is 81%. The agency wants 90%. How do you "
      "improve attendance without punishing people?", []),
    C("Y-BOCS 28 at start, 17 after 14 weeks of ERP. The hierarchy has 12 steps and we're "
      "stuck at step 8. Ideas?", []),
    C("My note template has 6 headings and takes 2 pages. Insurers want 'medical necessity' "
      "in every note. What's the minimum you write?", []),
    C("CPT 90846 (family without client) vs 90847 (with client) - if the teen walks out after 10 "
      "minutes, which do I bill?", []),
    C("HbA1c 9.4%, he skips insulin on stressful days. Diabetes distress scale 3.8. Any "
      "health psych folks here?", []),
    C("PSQI 14, ESS 17. Psychiatrist wants a sleep study before changing meds. The wait is "
      "5 months. What can I do meanwhile?", []),
    C("the grant pays $45 per session for 200 sessions, that's $9,000 total for the year. "
      "is it worth the paperwork", []),
    C("Client scores 34 on the EAT-26 and denies restricting. Do I trust the score or the "
      "interview? She's 16.", []),
    C("Pulled 30 charts for the audit: 27 had signed consent, 3 didn't. 90% compliance. Who "
      "else had their audit this quarter?", []),
    C("The 1998 ACE study had 17,337 participants. I keep seeing 17,421 cited. Which is it? "
      "Writing a handout.", []),
    C("Methadone 80 mg, take-home doses 3 days a week. He wants to taper to 60 mg by spring. "
      "Any harm-reduction-minded folks?", []),
    C("Suicide risk: C-SSRS ideation 3, no behaviour in past 3 months. Safety plan done. "
      "Re-screen every session or every 2?", []),
    C("We run 2 groups of 8, 90 minutes each, twice a week. Co-facilitators get 1.5 hrs "
      "paid prep. Fair?", []),
    C("In April the board raised the renewal fee to $325. Another 12% next year. Anyone "
      "organising a response?", []),
    C("hiding from the cold in February, she came to 2 sessions out of 8. seasonal pattern "
      "three years running. light box 10,000 lux?", []),
    C("Clonidine 0.1 mg for the 9-year-old's ADHD, and mum says bedtime is now 8:30 instead of "
      "11. Parent training alongside?", []),
    C("I'm 1 of 3 clinicians for a catchment of 40,000 people. The average wait is 14 weeks. "
      "How do you triage ethically?", []),
    C("Split the 50 minutes into 3 chunks for the 7-year-old: 15 play, 20 talk, 15 play. Is "
      "that too structured?", []),
    C("Client is 58, her mum is 81 and her grandmother lived to 88; she's terrified of the same "
      "dementia. Genetic counselling referral?", []),
    C("Buprenorphine 16 mg, 9 months stable. The prescriber wants weekly urine screens still. "
      "Client feels distrusted. Advocate?", []),
    C("I have 15 minutes between clients and 8 clients on Tuesdays. Burnout prevention tips "
      "for long days?", []),
    C("The 2021 Lancet paper estimated 76.2 million extra cases of anxiety. I use it in "
      "psychoeducation. Too grim?", []),
    C("Group DBT costs $95 per week, 24 weeks = $2,280. Most of my clients can't afford it. "
      "Anyone run a lower-cost version?", []),
    C("Question about the 72-hour hold criteria vs the 14-day certification in my state. "
      "When does the therapist get a say?", []),
    C("Set a 20-minute worry period at 5pm, she's down from 6 hours of worry a day to 2. What "
      "next after the worry period?", []),
    C("Pregabalin 150 mg twice daily for GAD, and she's asking about stopping cold turkey. "
      "Taper info to share with her prescriber?", []),
    C("She drinks 2 bottles of wine on Fridays and Saturdays, 0 during the week. AUDIT-C 9. "
      "Binge pattern - harm reduction first?", []),
    C("Intake takes 90 minutes, and our agency pays for 60. The other 30 is on me. Anyone "
      "negotiated a longer intake?", []),
    C("Couples: both score 95 and 102 on the DAS, so mild distress. They want 4 sessions max. "
      "What would you focus on?", []),
    C("Reading Bessel van der Kolk chapter 5 with a client. Is it too much for someone 3 "
      "months post-assault?", []),
    C("The GP started propranolol 40 mg for performance anxiety; she has a recital in 2 weeks. "
      "Anything I can add in 2 sessions?", []),
    C("EDE-Q global 4.2, 8 objective binges in 28 days. CBT-E says 20 sessions. Payer allows "
      "12. Prioritise what?", []),
    C("Client is 72, newly sober after 50 years of drinking. AA feels 'too young'. Older "
      "adult recovery groups?", []),
    C("Risk matrix: low = review in 4 weeks, medium = 1 week, high = 24 hours. Our service "
      "just added 'very high = 4 hours'. Practical?", []),
    C("Therapy started in March 2024, paused from July to October, resumed in November. "
      "How do I document the gap for the payer?", []),
    C("He's 33, she's 29, on their 2nd IVF cycle at $18,000 a cycle. Fertility stress "
      "resources?", []),
    C("Used the Columbia protocol at 10:15, she scored no ideation; at 10:45 she disclosed a "
      "plan. How do you document that?", []),
    C("Bloods: ferritin 9, B12 180, vitamin D 31. GP says treat the iron first before more "
      "therapy. Fatigue vs depression overlap?", []),
    C("Rates in 2025 went from $140 to $155; 3 of 22 clients left. 13.6% attrition. Did I "
      "mess up?", []),
    C("Aripiprazole 2 mg augment, akathisia started at day 9. Psychiatrist cut it. How do "
      "you help clients name side effects?", []),
    C("Supervision group is 4 people, 2 hours fortnightly, $60 each. Is that a normal price "
      "in private practice?", []),
    C("Beck's cognitive triad diagram on page 11 of the workbook is my go-to handout. What's "
      "yours for session 1?", []),
    C("Emergency numbers: 911 in the US, 999 in the UK, 000 in Australia, 111 in NZ. Do you "
      "put all of them in your telehealth consent?", []),
    C("Client is a 45-year-old pilot, FAA medical renewal in 6 months, on escitalopram 10 mg. "
      "What are the SSRI rules these days?", []),
    C("I call 988 with clients in the room sometimes so they hear it's real. Anyone else "
      "do warm call demos?", []),
    C("Lifeline 13 11 14 and Beyond Blue on 1300 22 4636 are on my card for Aussie clients. "
      "What's the NZ equivalent, 1737?", []),
    C("Samaritans 116 123 for UK clients, Crisis Text Line 741741 for US. Good to have both "
      "in the group pin?", []),
    C("We switched from 50-minute to 45-minute sessions, 5 extra minutes x 30 sessions = 2.5 "
      "hours a week back. Anyone regret it?", []),
    C("PHQ-A score 19 for a 14-year-old, item 9 scored 1. Parents want a second opinion. "
      "Who do you refer to?", []),
    C("Naloxone kits: we hand out 2 per client, and we've given 140 this year. Anyone tracking "
      "reversals?", []),
    C("Zoloft at 50, then 100, then 150, each 4 weeks apart. Effect at 150 mostly GI upset. "
      "When to say 'this isn't working'?", []),
    C("1 in 5 adults, 20%, have a mental health condition in any year. Good opener for group "
      "psychoed or too generic?", []),
    C("Weekly to fortnightly at session 20, monthly at 26, end at 30. Is a 10-session taper "
      "too long?", []),
    C("Client drinks 8 coffees and sleeps 5 hours. Heart rate 96 at rest. Told the GP. What "
      "else is in scope for me?", []),
    C("She's 85 and widowed 3 times. Wants to 'talk about love one more time'. Any older-adult "
      "grief resources?", []),
    C("The 988 Lifeline handled 5 million contacts in year 1. I use that stat with skeptical "
      "clients who think nobody answers.", []),
    C("GAF is dead in DSM-5 but our payer's form still has a GAF box. Do you write 55 or 'N/A'?", []),
    C("Treatment plan review due every 90 days; I have 17 due in January. Batch them or "
      "spread them out?", []),
    C("HAM-D 24 at baseline, 8 at week 12. Remission is 7 or below. So close. Keep going "
      "or call it?", []),
    C("Our sliding scale goes from $40 to $160 in $20 steps based on household income "
      "brackets of $15k. Fair or too many tiers?", []),
    C("Client with 2 DUIs, 1 in 2019 and 1 in 2023, court-ordered 26 weeks of treatment. "
      "Mandated vs motivated, how do you start?", []),
    C("Ketamine-assisted therapy: 6 infusions at 0.5 mg/kg, integration sessions after each. "
      "Anyone running this model?", []),
    C("I keep a 2:1 ratio of strengths to problems in every note. Any research on strengths-"
      "based documentation?", []),
    C("On call 1 weekend in 4, paid $200 a weekend. Averaged 3 calls each. Is that standard "
      "for group practice?", []),
    C("Telehealth audio cut out for 2 of the 50 minutes. Do I still bill 90834 or drop to "
      "90832?", []),
    C("The mean age in my Wednesday grief group is 71, range 58 to 86. Mixed-age group or "
      "age-specific?", []),
    C("Adderall 20 mg XR, 30 tablets a month, and he runs out at day 22. Diversion or "
      "poor tracking?", []),
    C("Reading Siegel's window of tolerance with a client, p. 253. Any good visuals beyond "
      "the usual 3-zone drawing?", []),
    C("My supervisee saw 31 clients in week 1 and 12 in week 2. Overbooked or cancellations? "
      "Do I step in?", []),
    C("the GAD-7 cutoffs are 5, 10 and 15 right? client scored exactly 10. moderate or mild "
      "in your write-ups", []),
    C("Thursday 4-5pm is our team huddle and 3 of 7 clinicians never come. Move it or "
      "mandate it?", []),
    C("Ozempic 1 mg weekly, she's lost 11 kg and says food thoughts are down 80%. Body image "
      "work changes how?", []),
    C("Guidelines say 8-12 sessions for mild-moderate depression. We're at 22 and she's "
      "still at moderate. Step up?", []),
    C("CBT for insomnia: bedtime 11:30pm, rise 6:00am, 6.5 hours in bed. Sleep diary shows 88% "
      "efficiency. Extend by 15 min?", []),
    C("If you charge $200 and 1 in 10 cancel late, your effective rate is $180. Do you bake "
      "that into the fee?", []),
    C("Three clients this month brought up the same Netflix show. Anyone watched it? Season 2, "
      "episode 4 seems to be the trigger.", []),
    C("Trazodone 50 mg for 3 nights, then 100 mg. She says 'groggy until 11am'. Raise at "
      "the medication review?", []),
    C("Intro to IFS: Schwartz's 2021 edition, chapter 3, is what I assign. Clients find it "
      "heavy though. Lighter options?", []),
    C("Attachment styles: the 1987 Hazan and Shaver paper, 3 categories. Clients want the "
      "4-category model. Which do you teach?", []),
    C("Client lost 3 jobs in 18 months. Unemployment 4.1% nationally but 9% in his field. "
      "How do you keep hope realistic?", []),
    C("Does anyone use the 0-10 distress thermometer at the start of every session? I get "
      "a lot of 6s.", []),
    C("Hospital admission was 11 days; discharge with 2 weeks of meds and a follow-up 'within "
      "7 days' that never happened. Systemic fail.", []),
    C("AQ-10 of 8, RAADS-R 162. She wants an assessment; the public wait is 2 years. Private "
      "$2,800. Help her decide?", []),
    C("I cap my week at 24 clients, 4 days, 6 a day. Friday admin. Does anyone make a 4-day "
      "week work financially?", []),
    C("ERP homework: 3 exposures a day, 20 minutes each, rated 0-100 SUDS. She logs 0 of 21. "
      "Avoidance of the homework itself?", []),
    C("Winnicott's 'good enough' comes up in almost every parent session. Any newer research "
      "that backs it, post-2010?", []),
    C("ICD-11 6B40 (PTSD) vs 6B41 (complex PTSD). Our system still runs on ICD-10. Which do "
      "you use in letters?", []),
    C("Vyvanse 50 mg, appetite down, weight 52 kg at 168 cm. At what BMI do you worry for a "
      "college student?", []),
    C("Question for Canadian folks: do you charge GST/HST on psychotherapy? My accountant says "
      "13% in Ontario unless exempt.", []),
    C("She says her worst week was 'a 9 out of 10' and her best 'a 4'. Scaling questions to "
      "get from 4 to 5?", []),
    C("Running an 8-week mindfulness group, 2.5 hours per week, plus a 6-hour retreat day in "
      "week 6. Insurance covers none. $480 total?", []),
    C("Client gambled $300 on Saturday after 110 days abstinent. He's calling it a total "
      "relapse. Lapse vs relapse psychoed?", []),
    C("Lamotrigine titration: 25 mg for 2 weeks, 50 mg for 2 weeks, then 100 mg. Rash at week "
      "3, stopped. Mood now?", []),
    C("Our EAP contract is 6 sessions, renewable once. 70% of clients use all 6. Do you "
      "front-load assessment or skills?", []),
]

LOCKED6_CASES += [
    # ------------------------------------------------------------------
    # More positives: lower-case names and places, relations, nicknames
    # ------------------------------------------------------------------
    C("quick one - my client's stepdad gus keeps turning up at the bowls club in mornington where "
      "she volunteers. she's 19. can't stop him but can we plan?",
      [("name", "gus"), ("place", "mornington")]),
    C("working with a lad from jobstown whose granda (paddy) raised him. granda died at the weekend "
      "and the family want him back at work monday. grief leave letter?",
      [("place", "jobstown"), ("name", "paddy")]),
    C("Her nephew's girlfriend, Ornella Castagnoli-Vance, posts the family's business online and "
      "my client is the subject of half of it. Not my client, but what can she do?",
      [("name", "Ornella Castagnoli-Vance")]),
    C("he sleeps at his cousin hemant's place in sector 21, gurugram, and takes two buses to the "
      "clinic. asking about online instead, is that ok for psychosis follow-up?",
      [("name", "hemant"), ("place", "sector 21"), ("place", "gurugram")]),
    C("client says the only adult she trusts is the lollipop lady at St Columba's primary in "
      "Bearsden, Mrs Gilchrist-Munro. Can we use her as a safe person?",
      [("place", "St Columba's primary"), ("place", "Bearsden"), ("name", "Gilchrist-Munro")]),
    C("She rents at 88 Kestrel Way, Mount Barker and works at the Greenfields bakery on the main "
      "street. Her ex's mate works next door. Change jobs?",
      [("street_address", "88 Kestrel Way"), ("place", "Mount Barker"), ("place", "Greenfields bakery")]),
    C("client's big sister Lwandile and her husband (goes by 'Skhu') want to adopt the baby. "
      "Client is 15 and ambivalent. How do I keep her voice central?",
      [("name", "Lwandile"), ("name", "Skhu")]),
    C("the Abernethys (her foster family) want her moved before Christmas; the caseworker, "
      "Jo-Beth Rainsford, hasn't returned calls in 3 weeks. Advocacy tips?",
      [("name", "Abernethys"), ("name", "Jo-Beth Rainsford")]),
    C("meet him at the library in hokitika because that's the only warm place with "
      "wifi. his sister parekawhia comes too. how private can that be?",
      [("place", "hokitika"), ("name", "parekawhia")]),
    C("PPS no. 8812047WA was on the HSE letter her son Fionnán brought to session. He's 14 and "
      "worried about his mam. Age-appropriate way to talk about her psychosis?",
      [("ssn", "8812047WA"), ("name", "Fionnán")]),
    C("Humana member H44172096 for an 82-year-old client in Naples who wants grief counselling "
      "after her twin died. They cap at 20 sessions. Enough?",
      [("health_plan", "H44172096"), ("place", "Naples")]),
    C("the NHI on her discharge letter is KXW2047 but the GP has a different one. She's "
      "scared there's 'another her' in the system. Reassurance vs validating?",
      [("medical_record", "KXW2047")]),
    C("please send the summary to dr.mukherjee-rowe [at] practice.example.org only, not the "
      "general inbox. Client's brother works in admin there.",
      [("email", "dr.mukherjee-rowe [at] practice.example.org")]),
    C("her fax line at home is 0113 496 0287 (yes, a fax, she's a retired solicitor) and she "
      "wants her therapy letters faxed. Any issue with that?",
      [("fax", "0113 496 0287")]),
    C("Client is a forklift driver, licence LF-0447182, and the warehouse in Dandenong South "
      "wants a fitness letter after his panic attack at work. Not my call, right?",
      [("licence", "LF-0447182"), ("place", "Dandenong South")]),
    C("lives behind the Shell garage on the Lisburn road, belfast, with his mum bernadette and her "
      "partner. partner is the problem. safety at home?",
      [("place", "Shell garage"), ("place", "Lisburn road"), ("place", "belfast"), ("name", "bernadette")]),
]

LOCKED6_CASES += [
    # ------------------------------------------------------------------
    # More clean: public figures, capitalised terms, weekdays and months
    # ------------------------------------------------------------------
    C("Client brought up Simone Biles pulling out in 2021 as the first time she thought rest was "
      "allowed. Using public figures in psychoed: helpful or a crutch?", []),
    C("Prince Harry's memoir came up again (3rd client this year). He talks about EMDR in chapter "
      "2 or so. Do you recommend it or steer away?", []),
    C("Teen keeps quoting Brené Brown's 'vulnerability is not weakness' at her dad. Good sign, "
      "or using it as a weapon? Session 5 of 10.", []),
    C("Motivational Interviewing vs Cognitive Processing Therapy for a client who's ambivalent "
      "about trauma work at all. OARS first for 3-4 sessions?", []),
    C("Wise Mind, Radical Acceptance and Opposite Action: which DBT skill do you teach first to a "
      "16-year-old who self-harms 2-3 times a week?", []),
    C("Internal Family Systems language (Exiles, Managers, Firefighters) really landed with a 52-year-"
      "old client on Monday. Anyone integrate it with CBT?", []),
    C("Mondays and Fridays are my heaviest cancel days, about 1 in 6. Wednesdays almost none. "
      "Anyone moved their admin day to match?", []),
    C("From September to March my caseload goes up by about 25%, every year since 2019. "
      "Seasonal? School terms? Both?", []),
    C("Client compares herself to Taylor Swift's work ethic and then collapses. 14-hour days, 6 "
      "days a week. Perfectionism scale 112/150.", []),
    C("Carl Rogers' core conditions, 1957: empathy, congruence, unconditional positive regard. "
      "Still the first thing I teach trainees. Agree?", []),
    C("Judith Herman's 3 stages (safety, remembrance, reconnection) - how long do you stay in "
      "stage 1 with someone who's had 11 placements?", []),
    C("Sunday scaries: 7 of my 9 Monday clients mention them. Anxiety spikes 5-9pm Sundays. "
      "Anyone running a Sunday evening group?", []),
    C("Safe Harbor says 18 identifiers, and the group rules say none in posts. So how do we "
      "ask about a 'small town' case without naming it? Asking generally.", []),
    C("Naomi Osaka talking about depression in 2021 helped two of my athletes open up. Any "
      "good reading lists for sports psych, under 200 pages?", []),
]

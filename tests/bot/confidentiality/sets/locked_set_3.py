"""THIRD LOCKED evaluation set for the identifier guard.

Provenance and the lock
-----------------------
Written on 2026-11-30, BEFORE the guard rules it will score, and independently
of the guard: the author did not open, read, search or run anything under
bot/confidentiality/, did not run the guard, bench/guard_eval.py or any test
that runs the guard, and did not read the snippets of tests/bot/confidentiality/sets/eval_set.py,
tests/bot/confidentiality/sets/dev_extra.py, tests/bot/confidentiality/sets/locked_set.py or
tests/bot/confidentiality/sets/locked_set_2.py (only locked_set_2.py's module docstring, for its
labelling conventions and fictional-number ranges, and the EvalCase dataclass /
PATTERN_CATEGORIES in eval_set.py).  tests/bot/confidentiality/test_locked_set_3.py checks
programmatically that no snippet here, and no planted name, place or number,
occurs verbatim in those four sets.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit it to make the guard
look better.  Once a guard version has been scored on it, it is spent for
tuning purposes.

All data is invented.  Every person, address, account and number is made up;
real towns, schools, churches and businesses are used only as places (a real
town identifies nobody by itself; what is scored is noticing geography smaller
than a state).  US/Canadian phones use 555-01xx, UK phones the Ofcom drama
ranges (020 7946 0xxx, 0113/0114/0117/0121/0131/0141/0161 496 0xxx,
07700 900xxx), Australian phones the ACMA fiction ranges (0491 570 xxx,
(02)/(03)/(07)/(08) 5550 xxxx), Irish and New Zealand numbers a 555 block;
US SSNs use the 987-65-432x advertising block, UK NI numbers the unissued QQ
prefix, Canadian SINs the never-issued leading 0; NHS numbers the 999 test
range; e-mail and web domains are .example / example.* ; IP addresses come
from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32) or private space.

Labelling conventions
---------------------
The conventions of tests/bot/confidentiality/sets/locked_set_2.py (which follow
tests/bot/confidentiality/sets/locked_set.py) are followed exactly, namely:
* theorists/authors used in a theory sense (Linehan, Yalom, Winnicott, Bowlby,
  Kabat-Zinn ...), fictional characters and religious figures are NOT
  identifiers and appear only in clean snippets;
* a year, month, weekday, season or holiday alone is NOT a date; a day of the
  month is ("the 9th", "Tues the 21st");
* only exact ages of 90+ are "age_over_89" (digits or words); 89 and under,
  "90 minute", "90-day supply", "90 out of 100" are clean;
* states, provinces, countries and larger regions are NOT identifiers;
* professional codes (CPT, ICD/DSM), scale scores, doses, lab values, ratios,
  times and percentages are NOT identifiers;
* SIN and NI numbers are "ssn"; NHS/CHI/hospital/chart/UR numbers
  "medical_record"; insurer member IDs, Medicare/Medicaid, provincial health
  cards and the Irish medical card "health_plan"; NPI, DEA, professional, bar
  and driving licence numbers "licence"; plates/regos/VINs "vehicle"; serials,
  IMEI, MAC and badge serials "device"; ZIP, ZIP+4, Canadian, UK and (by
  analogy) Irish Eircode and AU/NZ 4-digit postcodes "zip_code"; a PO Box is
  "street_address";
* a business or institution named in the text (clinic, school, church,
  employer, shop, club) is a "place"; a URL or e-mail containing a name is
  labelled only "url"/"email";
* other clinicians, officers and relatives named in a snippet are labelled
  "name" like the client (they identify the client indirectly);
* a street named without a house number and a street intersection are
  "place"; a foreign city is a "place"; an ordinal birthday of 90+ ("92nd
  bday") is "age_over_89".
Extra calls made here:
* honorifics (Dr., Mrs., Mr.) are left outside the "name" span; an initial
  is inside it ("T. Lindgren");
* for ages the span is the age with its unit or the few words that make the
  number an age ("91yrs", "96 y/o", "turned 102", "mom is 94", "he's ninety",
  "99th birthday"); for a day of the month the span includes "the" and a
  preceding weekday when present ("the 14th", "fri the 20th");
* a unit/flat/apartment number is inside the "street_address" span
  ("unit 7, 212 Quarry Rd"); the town after a street address is a separate
  "place"; a rural route ("RR 3") is "street_address";
* court, child-protection, claim and docket reference numbers ("case no.",
  "claim #", "docket"), bank/card/loan numbers and a library card number are
  "account";
* a certification number ("certification #") is "licence" like a licence;
  an insurance "policy no." is "health_plan";
* a department or unit named after a town ("Pellham Junction FD") is one
  "place" span; a generic, unnamed institution ("the Unitarian church on ...",
  "the Quaker meeting house in ...", "the bowling club in ...") is not a place,
  only the street or town after it is;
* a number the text says is a fax is "fax", even if it was given as a phone
  number;
* a vendor's or a therapist's own e-mail, PO box or licence number is labelled
  like a client's (it is still an identifier in the post).
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase

C = EvalCase

LOCKED3_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # Snippets with planted identifiers
    # ------------------------------------------------------------------
    C("consult pls: cl is 91yrs, widower in tonopah, son Delbert Tsosie wants him in memory care but pt clearly has "
      "capacity imo. anyone done a capacity eval over video? he won't drive after dark",
      [("age_over_89", "91yrs"), ("place", "tonopah"), ("name", "Delbert Tsosie")]),
    C("Ebunoluwa's mom texted me directly at (608) 555-0163 asking if her daughter 'said anything about the "
      "boyfriend'. pt is 17. do i even reply or route thru the school? she goes to Kestrel Ridge High",
      [("name", "Ebunoluwa"), ("phone", "(608) 555-0163"), ("place", "Kestrel Ridge High")]),
    C("she's 95 yrs young and still walks to the Foxglove Food Co-op every morning, her words not mine lol. grief work after "
      "her husband died the 14th of last month. any recs for late life grief groups on zoom?",
      [("age_over_89", "95 yrs young"), ("place", "Foxglove Food Co-op"), ("date", "the 14th")]),
    C("DESHAWN (he writes it in caps on everything, says that's how his grandma wrote it) is 16, mom's number on "
      "the intake is 614.555.0187 but she's not the custodial parent anymore. who do i call for the f/u",
      [("name", "DESHAWN"), ("phone", "614.555.0187")]),
    C("new referral from Larchwood Valley Behavioral Health, dx PTSD + AUD, they faxed records to 503-555-0191 "
      "which is our OLD fax line, pls nobody use it. pt is Wiremu Ngata, 34, first appt thurs",
      [("place", "Larchwood Valley Behavioral Health"), ("fax", "503-555-0191"), ("name", "Wiremu Ngata")]),
    C("grandma turned 102 last week and my pt (her great-grandson, 20) is basically her only caregiver. burning "
      "out hard. they live off Calloway Pike past the feed store. thinking caregiver stress + ACT, thoughts?",
      [("age_over_89", "turned 102"), ("place", "Calloway Pike")]),
    C("ninety-three yo client in a SNF, daughter Sigrún Halldórsdóttir flew in from Reykjavík and wants me to "
      "'fix his mood before xmas'. PHQ-9 of 11. anyone work w/ families on realistic goals in LTC",
      [("age_over_89", "ninety-three yo"), ("name", "Sigrún Halldórsdóttir"), ("place", "Reykjavík")]),
    C("mandated reporting q for ontario folks: cl Tanvir Chowdhury (19) disclosed his younger sib is being hit at "
      "their place in Kapuskasing, P5N 2K4. CAS gave me case no. 26-0418-KP to reference. loop in his GP?",
      [("name", "Tanvir Chowdhury"), ("place", "Kapuskasing"), ("zip_code", "P5N 2K4"), ("account", "26-0418-KP")]),
    C("pls sanity check me: sent the ROI to haruto.kobayashi@tidewaterlumber.example instead of his wife's "
      "address. it only had my name + clinic name on it but still. is that a breach notification situation?",
      [("email", "haruto.kobayashi@tidewaterlumber.example")]),
    C("pt's ex keeps posting about her on https://www.facebook.example/tevita.fonua.77 and it wrecks her every "
      "time. we've done safety planning. anyone have a script for helping clients decide block vs monitor?",
      [("url", "https://www.facebook.example/tevita.fonua.77")]),
    C("telehealth platform logged a login on my client's acct from 203.0.113.57 while she says she was asleep. "
      "she thinks husband has her pw. DV situation. how do you all handle tech safety w/ clients",
      [("ip_address", "203.0.113.57")]),
    C("billing nightmare: front desk typed cl's SSN as 987-65-4326 on the superbill and it went to the wrong "
      "insurer. she's furious (rightfully). how do i repair this rupture when it wasn't me but it is my practice",
      [("ssn", "987-65-4326")]),
    C("referral from the ED at St. Wenceslaus, MRN 00482917, 23yo m, SI w/ plan, dc'd after 48h. discharge "
      "summary lists me as f/u but i never agreed to take him. do i have an obligation here?",
      [("place", "St. Wenceslaus"), ("medical_record", "00482917")]),
    C("anyone know how to get medicaid to reprocess? member ID XJH847200391, pt is Xiomara Castañeda, they keep "
      "denying 90837 as 'exceeds frequency' and we've been weekly for 6 months",
      [("health_plan", "XJH847200391"), ("name", "Xiomara Castañeda")]),
    C("teen's dad gave me a plate, 7KJD 442, and said 'if you see this car near the school call the cops'. it's "
      "the stepdad w/ the no contact order. school is Ashdown Prep. am i part of a safety plan now??",
      [("vehicle", "7KJD 442"), ("place", "Ashdown Prep")]),
    C("cl works overnight security at the distribution center out in Quillan Springs, says badge 40-1187 was "
      "cloned and he got blamed for a theft. paranoia or legit? honestly sounds legit, no psychosis hx",
      [("place", "Quillan Springs"), ("device", "40-1187")]),
    C("home visit tmrw at 1127 Larkspur Ave, Marrowfield for a hoarding case. anyone have a safety checklist for "
      "in home sessions? pt is Bogdana Kravets, 66, lives w/ ~20 cats",
      [("street_address", "1127 Larkspur Ave"), ("place", "Marrowfield"), ("name", "Bogdana Kravets")]),
    C("she moved to 59427 (cut bank, MT) to be near her sister and wants to keep doing telehealth. i'm only "
      "licensed in idaho. is psypact enough or do i need a montana license?",
      [("zip_code", "59427"), ("place", "cut bank")]),
    C("consult on a pt w/ anorexia, BMI 15.8, mom is Shoshana Feldblum and dad is Yitzy Rosenzweig (divorced, "
      "both want separate updates). do you cc both parents on tx summaries when custody is joint",
      [("name", "Shoshana Feldblum"), ("name", "Yitzy Rosenzweig")]),
    C("UK q: client gave me her GP surgery number as 0113 496 0529 and her NHS no 999 214 6083 so I can request "
      "records. she's in Todmorden. do I need written consent again or does the verbal cover it?",
      [("phone", "0113 496 0529"), ("medical_record", "999 214 6083"), ("place", "Todmorden")]),
    C("aussie q - pt (Aroha Tawhiri, 28) from Mullumbimby 2482 wants a letter for centrelink. her mobile is "
      "0491 570 862 if anyone covering for me needs to call her, im off next week",
      [("name", "Aroha Tawhiri"), ("place", "Mullumbimby"), ("zip_code", "2482"), ("phone", "0491 570 862")]),
    C("client in Ballyjamesduff, Eircode A82 TW46, medical card no 55021877T. GP wants my notes for a referral. "
      "any irish therapists know if I have to send full notes or is a summary fine",
      [("place", "Ballyjamesduff"), ("zip_code", "A82 TW46"), ("health_plan", "55021877T")]),
    C("kia ora, NZ based. client just moved to Taihape 4720, new number 021 555 0148, wants to keep seeing me "
      "on zoom. ACC funded. anything i should know about ACC + relocation?",
      [("place", "Taihape"), ("zip_code", "4720"), ("phone", "021 555 0148")]),
    C("intake form had 987 65 4323 written in the emergency contact box instead of a phone number. pt is koa "
      "kahananui. i shredded the paper but it's already scanned into the EHR. how do i purge it",
      [("ssn", "987 65 4323"), ("name", "koa kahananui")]),
    C("my supervisee put her client's VIN 3FADP4EJ7KM108256 in a progress note (car got repo'd, relevant "
      "stressor i guess). teaching moment on minimum necessary, how would you frame it w/o shaming",
      [("vehicle", "3FADP4EJ7KM108256")]),
    C("pt's insulin pump (serial PX-55812) got flagged in a recall and she's convinced it's why her A1c went to "
      "9.1. health anxiety + T1D. good resources for medical trauma in diabetes?",
      [("device", "PX-55812")]),
    C("i supervise an LPC (lic #80417) who got a board complaint from a client, Ruairí Mac Giolla Phádraig. she "
      "wants consult on whether to keep seeing him during the investigation. my gut says no",
      [("licence", "80417"), ("name", "Ruairí Mac Giolla Phádraig")]),
    C("dual relationship q: my pt just got hired at Ironwood Brewing which is literally where i go every sat. do "
      "i find a new spot? small town (Lusk, WY) so not many options lol",
      [("place", "Ironwood Brewing"), ("place", "Lusk")]),
    C("pt's case worker Mr. Okwuosa left his direct line (416) 555-0172 and wants a housing letter by fri the "
      "20th. pt's in a rooming house in Birchmont Heights. do you write these or refer out",
      [("name", "Okwuosa"), ("phone", "(416) 555-0172"), ("date", "fri the 20th"), ("place", "Birchmont Heights")]),
    C("client's a firefighter w/ Pellham Junction FD, the EAP wants a dx code by mon the 23rd. i'm leaning adjustment "
      "d/o F43.23 but honestly he meets PTSD criteria. what do you give EAPs",
      [("place", "Pellham Junction FD"), ("date", "mon the 23rd")]),
    C("cl's dad emailed from dov.berkowitz.law@mailbox.example demanding her records. she's 19. he keeps citing "
      "'parental rights'. i want to respond once, clearly, and be done. template anyone?",
      [("email", "dov.berkowitz.law@mailbox.example")]),
    C("pt wrote a whole post about our work at https://mindfulmessy.example/2026/11/my-therapist-says and named "
      "me. she doesn't name herself but her handle is her first name. bring it up in session or no?",
      [("url", "https://mindfulmessy.example/2026/11/my-therapist-says")]),
    C("EHR audit shows my login used from 198.51.100.212 at 2am and i was asleep. IT says probably a VPN exit "
      "node. is this reportable? ~40 clients whose notes could have been viewed",
      [("ip_address", "198.51.100.212")]),
    C("canadian folks: pt handed me the DTC form with her SIN 097 312 458 already filled in, i only sign the "
      "practitioner part. should i even be keeping a copy of the whole form?",
      [("ssn", "097 312 458")]),
    C("UK: client's NI no. QQ 58 21 07 B is on the PIP form she wants help with. I'm a counsellor not an OT, "
      "am I out of scope doing the functional bits?",
      [("ssn", "QQ 58 21 07 B")]),
    C("pt transferred from Kununurra and her old chart #A-55102 came through with someone else's notes stapled "
      "to it. how do i report the mix up without spreading the other person's info further",
      [("place", "Kununurra"), ("medical_record", "A-55102")]),
    C("anyone bill tricare? sponsor member # 4421 8870 31 keeps rejecting bc the sponsor field is 'invalid'. pt "
      "is nineteen and anxious enough already, trying not to make it her problem",
      [("health_plan", "4421 8870 31")]),
    C("insurance says policy no. BCP-7781-0042 terminated as of 11/1 but his wife swears she paid. pt is Ishaan "
      "Kulkarni. do i keep seeing him while they sort it out? sliding scale in the meantime?",
      [("health_plan", "BCP-7781-0042"), ("date", "11/1"), ("name", "Ishaan Kulkarni")]),
    C("cl is a nurse whose license got suspended (RN 0928815) over diversion. she's in a PHP now and the board "
      "wants monthly letters from me. how much detail do you put in those",
      [("licence", "0928815")]),
    C("she wants me to sign off her certification # CADC 30917-B renewal hours as her clinical sup but she's "
      "missed half our supervisions. how do you say no kindly",
      [("licence", "CADC 30917-B")]),
    C("our psychiatrist Dr. Anusha Wickramasinghe (DEA BW4417823) left the group practice and pts are still "
      "showing up at pharmacies with her scripts. who do i even call about this",
      [("name", "Anusha Wickramasinghe"), ("licence", "BW4417823")]),
    C("driver's license D420-5581-9013 was in the pic she texted me to 'prove' she's 18. i deleted it. do i "
      "document that i received and deleted it or does that make it worse",
      [("licence", "D420-5581-9013")]),
    C("a car reg LK19 XVW keeps parking outside my client's flat in Holmfirth, she thinks it's her ex's "
      "mate. she wants me to 'write it down in case'. does that go in the notes?",
      [("vehicle", "LK19 XVW"), ("place", "Holmfirth")]),
    C("per the DV advocate her phone (IMEI 35 884107 552930 6) is on her ex's family plan and he can see her "
      "location. we're doing tech safety. what do you recommend for checking stalkerware?",
      [("device", "35 884107 552930 6")]),
    C("she mailed a card to my PO Box 7716 even tho i gave her the office address, and signed it with her full "
      "name Radoslava Petrović-Hale. boundary issue or am i overreacting",
      [("street_address", "PO Box 7716"), ("name", "Radoslava Petrović-Hale")]),
    C("unit 7, 212 Quarry Rd is her new address (transitional housing) and she doesn't want her mom to know. "
      "mom calls me every week. how do i keep it from slipping out on a call",
      [("street_address", "unit 7, 212 Quarry Rd")]),
    C("the zip+4 on her claim is 04401-2219 but she moved and the EOBs keep going there, roommate opens them. "
      "pt is Caoimhe Ní Bhriain. is this on me or the insurer?",
      [("zip_code", "04401-2219"), ("name", "Caoimhe Ní Bhriain")]),
    C("pt jamal okafor-reyes asked me for an affidavit for his asylum hearing. i've never done one and his "
      "atty, Ms. Restrepo, wants it in 2 wks. anyone have a template or a training to recommend",
      [("name", "jamal okafor-reyes"), ("name", "Restrepo")]),
    C("cl (Blessing, 24, nursing student) disclosed her clinical instructor at Gideon Falls Community College "
      "is making comments about her accent. she doesn't want to report. how hard do i push",
      [("name", "Blessing"), ("place", "Gideon Falls Community College")]),
    C("Memory's aunt is the one bringing her to sessions and keeps trying to come into the room. Memory is 15 "
      "and has asked for privacy. how do i hold this without losing the aunt's buy in",
      [("name", "Memory")]),
    C("Gift and Comfort (twins, 11) were referred by the school after their mum died. seeing them together or "
      "separately? they attend Thornbury Lane Primary and the SENCo is lovely",
      [("name", "Gift"), ("name", "Comfort"), ("place", "Thornbury Lane Primary")]),
    C("working w/ a couple, Innocent and Sunday Eze, married 20 yrs, he wants to move back to Enugu and she "
      "refuses. cultural piece is big here. any gottman folks have thoughts on cross-cultural adaptations",
      [("name", "Innocent"), ("name", "Sunday Eze"), ("place", "Enugu")]),
    C("pt goes by Tiggy (nickname since childhood, legal name is very different). her sister Deedee is also "
      "my client's main support. is it weird to use nicknames in notes?",
      [("name", "Tiggy"), ("name", "Deedee")]),
    C("M.K. Varga from the county called about a 72 hr hold on my client, said he was picked up near the "
      "Wickersham Park bandshell. i had no idea he'd stopped meds. what now",
      [("name", "M.K. Varga"), ("place", "Wickersham Park")]),
    C("Dr. T. Lindgren referred a family to me, son is 14, school refusal. Lindgren says the dad is 'difficult'. "
      "how much do you let the referral source color your first session?",
      [("name", "T. Lindgren")]),
    C("working w/ a 16 y/o whose mom (Halyna Ostapchuk) fled Kremenchuk in 2022. pt is bilingual and the mom "
      "isn't, and pt keeps interpreting for her in family sessions. parentification much?",
      [("name", "Halyna Ostapchuk"), ("place", "Kremenchuk")]),
    C("consult: pt Byun Ji-ho, 29, korean adoptee, just found his birth mother through a registry. she lives "
      "in Gunsan and wants to meet. he's excited and terrified. resources for adoptee reunion?",
      [("name", "Byun Ji-ho"), ("place", "Gunsan")]),
    C("client Vaishnavi Raghunathan, in an arranged marriage she says she's happy in, but her mother-in-law "
      "tracks her location. my western lens is loud here. how do you check your bias in the moment",
      [("name", "Vaishnavi Raghunathan")]),
    C("tova liebermann (pt) wants me to come to her son's bar mitzvah at Beth Shalom of the Valley. it's a "
      "big deal to her. i'd say no normally but she's been w/ me 9 yrs. thoughts?",
      [("name", "tova liebermann"), ("place", "Beth Shalom of the Valley")]),
    C("Eero Virtanen, 47, finnish expat, very flat affect, says sauna and silence are his coping. is this "
      "depression or cultural baseline? PHQ-9 is 14 but he insists he's 'fine'",
      [("name", "Eero Virtanen")]),
    C("client Ghada Mansour is a pharmacist at the only pharmacy in Pugwash and her boss is her abuser's cousin. "
      "small town, everyone knows everyone. how do you safety plan when the workplace is compromised",
      [("name", "Ghada Mansour"), ("place", "Pugwash")]),
    C("Youssef's dad (Hamid Benali) wants to sit in on sessions and keeps asking if his son 'is gay'. pt is 17 "
      "and not out to him. how do i handle dad without outing pt",
      [("name", "Youssef"), ("name", "Hamid Benali")]),
    C("pt is a Diné elder, Kiona Begay, who travels 2 hrs from Chinle for sessions. she prefers in person. i'm "
      "thinking of offering sessions at the chapter house instead. anyone done that?",
      [("name", "Kiona Begay"), ("place", "Chinle")]),
    C("Sione Tupou's family wants to be in the room for his first session. he's 22. in tongan families that's "
      "normal and i want to respect it but also assess SI privately. how do you balance",
      [("name", "Sione Tupou")]),
    C("Malia Faleolo (25) says her pastor at Siloam Samoan Assembly told her depression is spiritual weakness. "
      "she wants both. how do you collaborate w/ clergy when they're part of the problem",
      [("name", "Malia Faleolo"), ("place", "Siloam Samoan Assembly")]),
    C("itzel ochoa-villanueva's mom called from a blocked number asking if her daughter showed up today. she "
      "didn't. pt is 20. do i say anything?",
      [("name", "itzel ochoa-villanueva")]),
    C("Guadalupe 'Lupe' Anacleto, 88, lives in Kalona w/ her son. she's not over 89 so no HIPAA age thing, but "
      "she's the only Lupe in town. how much do you disguise in consult posts?",
      [("name", "Guadalupe 'Lupe' Anacleto"), ("place", "Kalona")]),
    C("Tadhg Ó Súilleabháin (client) is a hurler and got concussed again last wk. he's 19 and says he's 'grand'. "
      "team doc is in Kinvara. can i call the doc without a release if i'm worried about post-concussion SI?",
      [("name", "Tadhg Ó Súilleabháin"), ("place", "Kinvara")]),
    C("Solveig Lindqvist is moving to Hammerfest for work and wants to keep therapy going from there. any norway "
      "licensure issues? i'm in MN and she'll be there from the 2nd",
      [("name", "Solveig Lindqvist"), ("place", "Hammerfest"), ("date", "the 2nd")]),
    C("Wojciech Zielinski (goes by Wojtek) owns the hardware store on Danforth & 3rd, and my client's landlord is "
      "his brother. feels too close. refer out or keep?",
      [("name", "Wojciech Zielinski"), ("name", "Wojtek"), ("place", "Danforth & 3rd")]),
    C("Akosua Darkwah-Mensah's husband is a deacon at Greater Bethel Pentecostal and she's asking me to write "
      "something the church will accept about her needing space. feels like a trap, thoughts",
      [("name", "Akosua Darkwah-Mensah"), ("place", "Greater Bethel Pentecostal")]),
    C("xu mingyue, 31, grad student, her advisor prof. Alderete is threatening to pull her funding. she's "
      "terrified of being sent home. what supports exist for intl students facing this?",
      [("name", "xu mingyue"), ("name", "Alderete")]),
    C("Milos Jankovic's wife left a voicemail at the office asking if he's 'actually going to therapy'. do i "
      "call her back? pt consents to nothing re: her",
      [("name", "Milos Jankovic")]),
    C("RAWAN AL-KHATIB is how she signs every email. she's 33, refugee from Homs, sleep is a wreck. prazosin "
      "helped a bit. looking for trauma-informed sleep ideas beyond CBT-I",
      [("name", "RAWAN AL-KHATIB"), ("place", "Homs")]),
    C("Nour El-Din (not his real name, lol jk it is, i'll delete this) works at Cedar Mill Dental on Hawthorne "
      "and my sister is his hygienist. dual relationship?",
      [("name", "Nour El-Din"), ("place", "Cedar Mill Dental"), ("place", "Hawthorne")]),
    C("client's mom is Thanh Huong Lam and she sends me pics of the pt's report cards from Linnet Hill Middle. "
      "pt is 13. how do i redirect mom without making her feel shut out",
      [("name", "Thanh Huong Lam"), ("place", "Linnet Hill Middle")]),
    C("pt's fiancé, Harpal Sandhu-Grewal, wants to join a session to 'explain his side'. pt has hx of DV w/ "
      "him per her own report. is conjoint ever ok here?",
      [("name", "Harpal Sandhu-Grewal")]),
    C("cl Torbjørn Aas-Hegge, 58, finished the 8 wks of MBSR and now wants to stop therapy. PCL-5 down from 52 "
      "to 31. do i push for a few more or honor it?",
      [("name", "Torbjørn Aas-Hegge")]),
    C("anyone in the Kenmore Crossing area know a good DBT skills group? my teen client Brielle Okonjo-Varnes "
      "got kicked out of the last one for vaping",
      [("place", "Kenmore Crossing"), ("name", "Brielle Okonjo-Varnes")]),
    C("pt's grandpa is a ninety-eight yr old who lives w/ them in a 2br in Sorrel Commons. pt sleeps on the couch. her "
      "name is Zainab. sleep hygiene advice is kind of a joke in this context",
      [("age_over_89", "ninety-eight yr old"), ("place", "Sorrel Commons"), ("name", "Zainab")]),
    C("a client of mine, 97 yrs old, widowed twice, asked me if it's 'too late' to tell her kids she was married before. she "
      "lives at Heron Marsh Senior Living. beautiful session. just sharing",
      [("age_over_89", "97 yrs old"), ("place", "Heron Marsh Senior Living")]),
    C("she hit 90 on sun the 28th and told me she wants to 'stop pretending'. not SI per assessment, but a shift "
      "toward saying true things. pt is Edna Purcell-Wyman. this work is a gift",
      [("age_over_89", "hit 90"), ("date", "sun the 28th"), ("name", "Edna Purcell-Wyman")]),
    C("his mom is 94 and he's been her caregiver for 6 yrs. she's at the Maple Row adult day program in "
      "Featherston 3 days a wk. he has zero life of his own. consult on caregiver guilt",
      [("age_over_89", "mom is 94"), ("place", "Maple Row"), ("place", "Featherston")]),
    C("cl's 99th birthday is next month (yes 99!!) and her family is throwing a party at the bowling club in "
      "Tenterfield. she's dreading it. socially anxious at 99, never too late to work on it",
      [("age_over_89", "99th birthday"), ("place", "Tenterfield")]),
    C("pt is ninety-one, sharp as a tack, lives on a farm outside Presque Isle, calls me on a landline at "
      "(207) 555-0108. hearing is the barrier. any tips for phone therapy with HoH elders?",
      [("age_over_89", "pt is ninety-one"), ("place", "Presque Isle"), ("phone", "(207) 555-0108")]),
    C("new intake: 96 y/o f, referred by her GP for 'low mood', DOB 03/02/1930, daughter in Bungay does all "
      "the talking. assessing depression vs hearing loss vs grief. thoughts on a first session?",
      [("age_over_89", "96 y/o"), ("date", "03/02/1930"), ("place", "Bungay")]),
    C("DOB 11-04-1961 on the intake and 1961-11-04 on the insurance card, front desk wants me to pick one. "
      "pt is Clement Adeyemi-Roux. lol why is this my job",
      [("date", "11-04-1961"), ("date", "1961-11-04"), ("name", "Clement Adeyemi-Roux")]),
    C("court date for the custody eval moved to 2026-02-19, the GAL is Ms. Petrakis. my client is panicking "
      "about being cross examined. how do you prep a pt for testifying",
      [("date", "2026-02-19"), ("name", "Petrakis")]),
    C("UK format: her tribunal is on 19.02.2026 and she asked me to come as a witness. I've never done a "
      "tribunal. she's in Clitheroe, I'm in Manchester. travel + prep time billable?",
      [("date", "19.02.2026"), ("place", "Clitheroe"), ("place", "Manchester")]),
    C("pt's son died on the 3rd of april, the anniversary is coming up and she's starting to spiral. we've "
      "done continuing bonds stuff. what rituals have worked for your clients",
      [("date", "the 3rd of april")]),
    C("she was born 7 Aug 1958 and insists on telling me her birthday every session lol. anyway, grief consult: "
      "husband died in the spring, she's also losing her eyesight. where to start",
      [("date", "7 Aug 1958")]),
    C("cl's sentencing is thurs the 12th, he's asking me for a letter to the judge. i've seen him 8 months, "
      "good progress. pt is Kwabena Ofori. how do you keep these letters clinical not advocacy",
      [("date", "thurs the 12th"), ("name", "Kwabena Ofori")]),
    C("his last drink was sept 30th and he wants a 'sober date' chip from me lol. i'm not AA. how do you "
      "celebrate milestones w/o crossing into sponsor role",
      [("date", "sept 30th")]),
    C("heads up for the group: pt who was in our shared DBT group is now at Clearbrook Recovery Commons "
      "inpatient. the unit number is 0117 496 0832 if you need to coordinate. pt is Fitzgerald Nnaji",
      [("place", "Clearbrook Recovery Commons"), ("phone", "0117 496 0832"), ("name", "Fitzgerald Nnaji")]),
    C("colleagues in england: client's consultant's secretary is on 020 7946 0418, fax 020 7946 0419, and she says "
      "she only takes referrals by fax. in 2026. how do i even fax from the UK",
      [("phone", "020 7946 0418"), ("fax", "020 7946 0419")]),
    C("pt works at a call centre, mobile 07700 900 417, and keeps texting me between calls. I've said texts are "
      "for scheduling only. third time. how do I raise it without shame",
      [("phone", "07700 900 417")]),
    C("NSW folks, anyone know the clinic at (02) 5550 3718? referral says it's an eating disorder day "
      "program in Marrickville. my pt wants to go but i can't find reviews",
      [("phone", "(02) 5550 3718"), ("place", "Marrickville")]),
    C("fax for the PCP is 0141 496 0711 and they refuse to email. pt is in Largs. i'm sending the risk "
      "assessment today. secure fax from a laptop, what do you all use?",
      [("fax", "0141 496 0711"), ("place", "Largs")]),
    C("pt's psychiatrist (Dr. Owusu-Banahene) will only accept coordination by fax, f: (802) 555-0134. anyone "
      "use an e-fax service that's HIPAA compliant and not $40/mo",
      [("name", "Owusu-Banahene"), ("fax", "(802) 555-0134")]),
    C("fax # on the referral is +1 312 555 0166 but it bounces every time. the referring clinic is Sable Creek "
      "Family Medicine. do i just call or is there a better way",
      [("fax", "+1 312 555 0166"), ("place", "Sable Creek Family Medicine")]),
    C("the school faxed a release to us at 919-555-0129 and it's got the kid's full name in the "
      "cover sheet. ugh. pt is Ama Serwaa. anyone else get these",
      [("fax", "919-555-0129"), ("name", "Ama Serwaa")]),
    C("atty's office fax is 0131 496 0244, they want my records for the PI case. the client, Struan McLeish, "
      "signed a release but it's 2 years old. does it still count?",
      [("fax", "0131 496 0244"), ("name", "Struan McLeish")]),
    C("PCP's fax: 651-555-0153. pt is transferring from me to them. last session was wed the 9th. write a transfer "
      "summary or just send notes? what's your norm",
      [("fax", "651-555-0153"), ("date", "wed the 9th")]),
    C("pt forwarded me an email thread from b.oduya@northvalley.k12.example (her kid's teacher) and asked me to "
      "'weigh in'. i'm not the kid's therapist. how to decline",
      [("email", "b.oduya@northvalley.k12.example")]),
    C("she cc'd me on an email to her ex at wojo.the.builder@mailbox.example. i didn't ask to be in that. do i "
      "reply all to say pls don't cc me or address it in session",
      [("email", "wojo.the.builder@mailbox.example")]),
    C("the referral came from intake@harborlight-counseling.example w/ the pt's name in the subject line. do "
      "you push back on referral sources about this? feels like it happens weekly",
      [("email", "intake@harborlight-counseling.example")]),
    C("anyone know who runs MARISOL.VEGA.LCSW@practice.example? a client says she's her new therapist but "
      "i'm still seeing her. two therapists no coordination = bad",
      [("email", "MARISOL.VEGA.LCSW@practice.example")]),
    C("pt's abuser is emailing her from k.p.dunmore1984@mail.example even after the protective order. she "
      "wants me to help her document. what should it look like for the court",
      [("email", "k.p.dunmore1984@mail.example")]),
    C("mom found pt's tumblr (sadgirlsummerr.example/post/88123) and is demanding i 'do something'. pt is "
      "16, posts are dark but no plan. how do u respond to the mom",
      [("url", "sadgirlsummerr.example/post/88123")]),
    C("client started a gofundme (www.gofundme.example/f/help-ngozi-eke-rebuild) after the fire and asked me "
      "to share it. i obviously won't. but also wanted to donate? no right",
      [("url", "www.gofundme.example/f/help-ngozi-eke-rebuild")]),
    C("someone made a review on my practice page at yelp.example/biz/steady-ground-therapy-olympia that names "
      "a client. how do i respond without confirming they're a client?",
      [("url", "yelp.example/biz/steady-ground-therapy-olympia")]),
    C("the caringbridge page for my client's wife is caringbridge.example/visit/lorna-mckitrick and he "
      "reads it in session. grief before death. is it ok for me to read it if he asks?",
      [("url", "caringbridge.example/visit/lorna-mckitrick")]),
    C("linkedin.example/in/anselm-achterberg-cpa is apparently a fake profile someone made of my client to "
      "harass him at work. cyberbullying in adults, any resources?",
      [("url", "linkedin.example/in/anselm-achterberg-cpa")]),
    C("the school IT said the sexting pics were sent from 192.0.2.203 which is the library wifi. pt (14) is "
      "being blamed. i'm the outside therapist. how involved do i get",
      [("ip_address", "192.0.2.203")]),
    C("pt is a sysadmin and insists his ex is connecting from 10.0.4.22 on his home network. could be "
      "paranoia, could be real. how do i assess w/o being the IT guy",
      [("ip_address", "10.0.4.22")]),
    C("security alert on our practice portal: failed logins from 2001:db8:4a::17 targeting one client's "
      "account. do i tell the client? she's already hypervigilant",
      [("ip_address", "2001:db8:4a::17")]),
    C("police asked us for the IP our telehealth session came from (198.51.100.166) bc pt made a threat on the "
      "call. duty to warn yes, but do i give them this w/o a subpoena?",
      [("ip_address", "198.51.100.166")]),
    C("SSN question: pt's mom wrote 987-65-4328 on the sliding scale form. we don't need SSNs for sliding "
      "scale. do i cross it out, shred, redo? what's best practice",
      [("ssn", "987-65-4328")]),
    C("pt wants me to fill in a disability form and it asks for her ssn (987654325 on the form she gave me). "
      "I'm uncomfortable even having it. can i leave that field blank?",
      [("ssn", "987654325")]),
    C("ni number QQ713904A was on the letter she brought in from the DWP. i photocopied it for the file by "
      "reflex then thought, why. do i need it? shredding?",
      [("ssn", "QQ713904A")]),
    C("hospital number RX4410923 on the discharge letter, pt is Ishbel Carnegie, admitted after an OD. she wants "
      "to keep seeing me. the ward sent nothing about safety planning. chase or wait",
      [("medical_record", "RX4410923"), ("name", "Ishbel Carnegie")]),
    C("the UR number 7741920 on the referral doesn't match the pt's name on the form. the hospital is "
      "Wangaratta district. who fixes this, me or them?",
      [("medical_record", "7741920"), ("place", "Wangaratta")]),
    C("scottish colleagues: pt's CHI is 1507561234 and the GP practice in Peebles keeps misfiling my letters. "
      "am i supposed to put the CHI in every letter?",
      [("medical_record", "1507561234"), ("place", "Peebles")]),
    C("pt's chart no. at the county is 2026-88417, and they want my notes attached to it for the court eval. "
      "i haven't agreed to anything. how do i respond",
      [("medical_record", "2026-88417")]),
    C("medicare MBI on his card is 7HQ2-RT8-WN51 and the clearinghouse keeps kicking it back. he's ninety and "
      "doesn't know how to check his own account. help?",
      [("health_plan", "7HQ2-RT8-WN51"), ("age_over_89", "he's ninety")]),
    C("OHIP 4532-281-947-KT on his referral from the NP, pt is in Dauphin and sessions are virtual. do "
      "ontario health cards even cover manitoba residents? confused",
      [("health_plan", "4532-281-947-KT"), ("place", "Dauphin")]),
    C("aus medicare card 2123 45670 1 on the mental health care plan, pt's in Cootamundra. GP wrote a 6 "
      "session MHCP. anyone know the rule on extending it?",
      [("health_plan", "2123 45670 1"), ("place", "Cootamundra")]),
    C("medicaid # 88-301-4472 keeps coming back 'recipient not found'. pt is Yuliana Restrepo-Díaz and she's "
      "had coverage for years. anyone hit this after the redeterminations?",
      [("health_plan", "88-301-4472"), ("name", "Yuliana Restrepo-Díaz")]),
    C("bank acct 0061-44827-3 was on the financial hardship letter she gave me. pt's ex drained it. i want to "
      "help her document the financial abuse for her atty, do i need the number",
      [("account", "0061-44827-3")]),
    C("claim # CLM-5530182 was denied 3 times, pt is Oisín Breathnach. i'm about to just write it off. "
      "anyone have luck w/ appeals to this insurer?",
      [("account", "CLM-5530182"), ("name", "Oisín Breathnach")]),
    C("CPS docket 26-JV-00417, i got subpoenaed for a pt who's the mom. she didn't sign a release for this. "
      "can i fight the subpoena? never done it",
      [("account", "26-JV-00417")]),
    C("she gave me her card number 4000 0566 7711 2093 to pay the no show fee over the phone. i don't take "
      "payments, front desk does. did i screw up by writing it on a sticky?",
      [("account", "4000 0566 7711 2093")]),
    C("IBAN IE64 IRCE 9205 0112 3456 78 was on the invoice she wanted me to pay her (she's selling me a "
      "painting she made, which... no). ethics of buying client art?",
      [("account", "IE64 IRCE 9205 0112 3456 78")]),
    C("pt's library card (21982004417735) was in his wallet when he left it in my office. i put it in the safe. "
      "do i document? call him? he's avoidant so he probably won't come get it",
      [("account", "21982004417735")]),
    C("NPI 1538246790 is the billing NPI on my supervisee's claims but it's my individual one, not the group. "
      "audit risk? how do you all set this up",
      [("licence", "1538246790")]),
    C("bar no. 284417 is on the letter from the pt's lawyer, Ms. Adegoke-Farr. she's asking for my opinion on "
      "custody. i'm not a custody evaluator. how do i decline",
      [("licence", "284417"), ("name", "Adegoke-Farr")]),
    C("UK DL MORGA657054SM9IJ was on the ID she showed for the DBS check. pt is now a supervisee (long story). "
      "do I need to keep a copy?",
      [("licence", "MORGA657054SM9IJ")]),
    C("pt's ontario plate CBRT 559 was photographed by her ex at her new place. she's terrified. i know the "
      "police route. anything else i can help with?",
      [("vehicle", "CBRT 559")]),
    C("rego YXB 41C on the car that keeps following her, she's in Wodonga. we reported to police. anyone "
      "with DV experience in regional vic have tips?",
      [("vehicle", "YXB 41C"), ("place", "Wodonga")]),
    C("tag HVN-4471 on the truck her dad drives. she says if she sees it at school she'll run. safety "
      "planning w/ a 12yo, how do you make it concrete but not scary?",
      [("vehicle", "HVN-4471")]),
    C("the loaner laptop (serial 5CG1384QRT) from our practice went home w/ a client who said she'd 'bring "
      "it back'. it has a session recording on it. breach?",
      [("device", "5CG1384QRT")]),
    C("pt's CPAP serial 23163318290 came up in his disability file and i have no idea why i'm cc'd on it. "
      "just delete? or notify him?",
      [("device", "23163318290")]),
    C("the AirTag-ish thing she found in her bag had MAC 3C:22:FB:91:0E:7A per her nephew who's into tech. "
      "she's scared. how do i help without being her IT",
      [("device", "3C:22:FB:91:0E:7A")]),
    C("my client's hearing aid (serial HA-77120-R) broke and she can't afford a new one. she's isolating. "
      "anyone know programs for low income seniors?",
      [("device", "HA-77120-R")]),
    C("new address for my pt: flat 2, 19 Ashgrove Road, HX7 8AF. she moved to get away from her sister. pls "
      "don't let it out if anyone from the family calls the group line",
      [("street_address", "flat 2, 19 Ashgrove Road"), ("zip_code", "HX7 8AF")]),
    C("sending the letter to 14b Kittiwake Close, Bridport. pt said post is safer than email because her "
      "partner reads her email. we're in the planning stage of leaving",
      [("street_address", "14b Kittiwake Close"), ("place", "Bridport")]),
    C("pt lives at 8802 N Ocotillo Trl, Ajo AZ 85321 in a trailer w/ no AC. heat + depression + isolation. "
      "anyone work w/ rural desert clients on heat safety?",
      [("street_address", "8802 N Ocotillo Trl"), ("place", "Ajo"), ("zip_code", "85321")]),
    C("his address on file is RR 3, Box 19 and mail never gets there. he's in the county near Hatch. how do "
      "you send a discharge summary to someone with no reliable mail",
      [("street_address", "RR 3, Box 19"), ("place", "Hatch")]),
    C("she's staying at 301 Mission Bell Dr apt 4C w/ a friend while she figures out the divorce. i want to "
      "make sure billing doesn't send anything there. how to flag",
      [("street_address", "301 Mission Bell Dr apt 4C")]),
    C("anyone know the Redhawk Valley Prep counselor? a pt transferred there and i need to coordinate. her "
      "mom is Lucía Marroquín. zip is 97058 if that helps narrow it",
      [("place", "Redhawk Valley Prep"), ("name", "Lucía Marroquín"), ("zip_code", "97058")]),
    C("pt commutes from 55987 to his job at the Ostrander Creamery every day, 2 hrs round trip. exhausted. "
      "we're looking at shift work sleep d/o",
      [("zip_code", "55987"), ("place", "Ostrander Creamery")]),
    C("client is in a group home near Quarrytown, ZIP 16844-0937, and the staff keep reading her mail from me. "
      "how do you handle therapy mail in group homes",
      [("place", "Quarrytown"), ("zip_code", "16844-0937")]),
    C("the referral says T2L 4K9 (an alberta postcode i think) but the pt says she's in Okotoks. which "
      "address do i put on the intake?",
      [("zip_code", "T2L 4K9"), ("place", "Okotoks")]),
    C("pt and her girlfriend run a coffee cart at the Tannery Crossing market on weekends. i saw them there "
      "saturday. awkward eye contact. address it next session?",
      [("place", "Tannery Crossing")]),
    C("pt is a shift lead at Bramble & Oak Salon on Fenner St and her manager is sexually harassing her. she "
      "needs the job. how do you support without pushing her to quit",
      [("place", "Bramble & Oak Salon"), ("place", "Fenner St")]),
    C("she was a camp counselor at Camp Winnemac Pines last summer and disclosed something about another "
      "counselor w/ a camper. mandated reporting across state lines?",
      [("place", "Camp Winnemac Pines")]),
    C("clinic in Llandeilo wants to refer me a young farmer w/ depression. i'm in Carmarthen. welsh-language "
      "therapy is a big plus for him. anyone welsh-speaking in the group?",
      [("place", "Llandeilo"), ("place", "Carmarthen")]),
    C("kid's at Holy Rosary elementary in st. ignace and the principal calls me to ask how he's doing. i "
      "have a release for the teacher only. how do you handle",
      [("place", "Holy Rosary elementary"), ("place", "st. ignace")]),
    C("he moved from Kottayam to Huddersfield for his PhD and his family is pushing him to come back and marry. "
      "pt is Anand Thekkekara. acculturation stress consult",
      [("place", "Kottayam"), ("place", "Huddersfield"), ("name", "Anand Thekkekara")]),
    C("pt's AA home group meets at the Unitarian church on Ridgeback Rd and another of my pts just joined. "
      "do i say anything to either? they don't know they share a therapist",
      [("place", "Ridgeback Rd")]),
    C("anyone know Northgate Heights Community Center? my pt wants to start volunteering there and it's also "
      "where her abuser's mom works. talk me through the risk assessment",
      [("place", "Northgate Heights Community Center")]),
    C("my pt Faith Delacroix-Mbeki is a youth pastor and says she can't tell her congregation about her "
      "depression. Faith is carrying so much. spiritual integration ideas?",
      [("name", "Faith Delacroix-Mbeki")]),
    C("Honor (pt, 19) says her name feels like a joke right now. we've been doing behavioral activation. "
      "what else for the 'nothing will change' thoughts",
      [("name", "Honor")]),
    C("working with Sparrow, 15, who uses they/them, parents won't. school is Oak Shadow Middle and the staff "
      "are mixed. what's the best way to advocate w/o outing them",
      [("name", "Sparrow"), ("place", "Oak Shadow Middle")]),
    C("i have a pt named Cash who is convinced the IRS is after him. turns out they are lol. real stress, not "
      "delusion. Cash's sister says he's always been like this",
      [("name", "Cash")]),
    C("client's brother Rich is the one who abused her as a kid and is now the executor of mom's estate. "
      "she has to see him at the lawyer's. prep ideas?",
      [("name", "Rich")]),
    C("Royal's mom wants weekly updates and Royal (17) is fine with it but i'm not. adolescent autonomy vs "
      "parental involvement, where do you land",
      [("name", "Royal")]),
    C("my client Ivy said her grandmother Opal raised her and just died. she was 96. the grief is complicated "
      "bc opal was also very controlling",
      [("name", "Ivy"), ("name", "Opal"), ("age_over_89", "she was 96")]),
    C("sunny (yes that's her name, she hates it rn) is 22, dx BPD, and her mom calls every time she's "
      "dysregulated. boundaries w/ family in DBT, what's worked for you",
      [("name", "sunny")]),
    C("ruth abernathy-cole (pt) and her husband want couples work from me but i see her individually. "
      "switching modalities w/ the same client, yes or no",
      [("name", "ruth abernathy-cole")]),
    C("keanu's mom called the crisis line on him last night and now he won't talk to her. he's 18. "
      "rebuilding trust after a family member calls 911, resources?",
      [("name", "keanu")]),
    C("pt's grandpa ELIAS JOHANNESEN passed and she inherited his cabin. she's 30 and hasn't gone since "
      "the abuse there. exposure considerations?",
      [("name", "ELIAS JOHANNESEN")]),
    C("my supervisee, Dagny Strand, is seeing a client who works at our bank. dual relationship? i say "
      "it's ok w/ disclosure, Dagny isn't sure",
      [("name", "Dagny Strand")]),
    C("pt citlali's dad is a cop and he shows up to the parking lot in uniform. she's 16. intimidation or "
      "protectiveness? both maybe. how do i address w/ him",
      [("name", "citlali")]),
    C("Big Mike (pt's nickname among his crew) is 6'5 and cries in every session and then apologizes. "
      "masculinity + grief. any good reading recs?",
      [("name", "Big Mike")]),
    C("pt's wife Jessamyn Ashcroft-Pryce is a therapist too, in our town, and asked me over coffee how he's "
      "doing. i froze. what would you say",
      [("name", "Jessamyn Ashcroft-Pryce")]),
    C("client Kalani Kealoha-Brandt moved from Pāhoa to here for the military and is really homesick. "
      "any experience w/ Native Hawaiian clients and culturally grounded care?",
      [("name", "Kalani Kealoha-Brandt"), ("place", "Pāhoa")]),
    C("pt Dilnoza Yusupova, 26, uzbek, says her in-laws control her passport. trafficking screen? "
      "DV? both? she's here on a spousal visa",
      [("name", "Dilnoza Yusupova")]),
    C("Chidubem and his wife, Chinwendu, are doing couples work with me. he's the one who wanted it, which "
      "is rare. Chinwendu is skeptical. engaging the reluctant partner, ideas?",
      [("name", "Chidubem"), ("name", "Chinwendu")]),
    C("Anselm's mom calls him 'the baby' in front of me and he's 34. enmeshment. family session next week. "
      "i'm nervous. how do you do a first family session w/ enmeshed dyad",
      [("name", "Anselm")]),
    C("pt's teacher Señora Villalobos caught her cutting in the bathroom at Pinecrest Commons Elementary and "
      "called me instead of the parents. was that right?",
      [("name", "Villalobos"), ("place", "Pinecrest Commons Elementary")]),
    C("fyi covering for Dr. Aoibheann Kinsella next week, her pts may reach out through the group line "
      "at (971) 555-0147. i'll have her caseload list",
      [("name", "Aoibheann Kinsella"), ("phone", "(971) 555-0147")]),
    C("she was married at the Marrowstone Island chapel and wants to go back there for the anniversary on "
      "june 21st. her husband died in march. is this healthy grieving or avoidance",
      [("place", "Marrowstone Island"), ("date", "june 21st")]),
    C("pt works at Hollis & Vane Hardware and her manager Garrick keeps commenting on her weight. "
      "she's in ED recovery. what can she say to HR?",
      [("place", "Hollis & Vane Hardware"), ("name", "Garrick")]),
    C("client's ex-husband, Brennan Ui Dhubhghaill, was just hired at her school district. she teaches "
      "at Ferndale Gap High. how do we plan for running into him?",
      [("name", "Brennan Ui Dhubhghaill"), ("place", "Ferndale Gap High")]),
    C("she got a call from 555-0137 (the clinic in Elkhorn City) asking for her to come in for bloodwork "
      "and she had a panic attack. medical phobia exposure hierarchy ideas",
      [("phone", "555-0137"), ("place", "Elkhorn City")]),
    C("pt is in a bad spot, dad called me at 2am from 0114 496 0682 saying she'd locked herself in the "
      "bathroom. i'm not crisis. how do i set this boundary without abandoning them",
      [("phone", "0114 496 0682")]),
    C("the intake coordinator at Saltmarsh Valley Behavioral Health gave my pt a number, (03) 5550 9124, "
      "that turned out to be a fax. she thinks it's a sign nobody wants her lol",
      [("place", "Saltmarsh Valley Behavioral Health"), ("fax", "(03) 5550 9124")]),
    C("pt's sponsor is Wenonah Blackfeather and she wants to come to session. pt's 2 yrs sober. sponsor in "
      "the room, yes or no?",
      [("name", "Wenonah Blackfeather")]),
    C("her dog walker, a guy named Semisi, has been texting her weird stuff. pt is anxious and avoidant. "
      "how do we work on assertiveness here",
      [("name", "Semisi")]),
    C("pt's ex is Lorcan Devereaux-Nkemelu and he's suing for full custody. she wants me to testify. i'm "
      "her individual therapist not a forensic evaluator",
      [("name", "Lorcan Devereaux-Nkemelu")]),
    C("pt Sakura Nishimoto-Fell, 40, had a stroke and lost her words. we're trying art therapy. does anyone "
      "have aphasia-friendly adaptations for trauma work?",
      [("name", "Sakura Nishimoto-Fell")]),
    C("teen client Zaid al-Rashidi got suspended from Orchard Bluff Prep after a fight, says he was "
      "defending his sister. school wants a 'risk letter' from me",
      [("name", "Zaid al-Rashidi"), ("place", "Orchard Bluff Prep")]),
    C("my pt Pania Horomona's whānau wants a hui about her care. never been to one as a clinician. anyone "
      "have guidance on protocol as a pākehā therapist?",
      [("name", "Pania Horomona")]),
    C("she grew up in Ely, went to college in Hibbing, now in Minneapolis. the whole story of her depression "
      "is moving away from small towns. where to start w/ narrative",
      [("place", "Ely"), ("place", "Hibbing"), ("place", "Minneapolis")]),
    C("pt is a line cook at the Blue Heron Diner in Ashby Falls and works doubles 6 days a wk. how do i "
      "do any meaningful work when he's this depleted",
      [("place", "Blue Heron Diner"), ("place", "Ashby Falls")]),
    C("teen pt hangs out at the skatepark behind Wrenfield Plaza and that's where he says he gets the pills. "
      "do i tell parents the location? he's 15",
      [("place", "Wrenfield Plaza")]),
    C("she volunteers at the Quaker meeting house in Old Sheffield Heights and it's the one place she "
      "feels ok. protective factor, yes. anything else to build on?",
      [("place", "Old Sheffield Heights")]),
    C("grandpa just turned ninety-five and pt (his granddaughter) is terrified he'll die before her wedding. "
      "anticipatory grief in young adults, resources?",
      [("age_over_89", "ninety-five")]),
    C("pt's mom is 93. pt is 70 and still 'the kid'. generational trauma in older adults, any good "
      "frameworks? i mostly work w/ younger folks",
      [("age_over_89", "mom is 93")]),
    C("her 100th is in june and the family wants a letter from me 'about how well she's doing'. i'm her "
      "therapist, not her PR person lol. decline gently?",
      [("age_over_89", "100th")]),
    C("pt just found out her birth date on file is wrong, she's actually born 1/17/1979 not 1/7. weird "
      "identity stuff coming up. anyone have adoption identity resources",
      [("date", "1/17/1979"), ("date", "1/7")]),
    C("mom's cell is 952-555-0104 and she wants to be the only contact for scheduling. pt is 20. i "
      "scheduled directly w/ pt and mom is mad. lol",
      [("phone", "952-555-0104")]),
    C("a man named Fenwick Oduya-Stratton keeps calling the practice asking if his wife is a client. we "
      "won't confirm. he's escalating. do we call police?",
      [("name", "Fenwick Oduya-Stratton")]),
    C("the pt's PO, officer Nakamura-Bell, wants monthly attendance confirmations. release is signed. "
      "is attendance + 'engaged' enough or do they need more",
      [("name", "Nakamura-Bell")]),
    C("long one sorry. pt is Ifeanyi Chukwuemeka-Boyd, 38, does IT for Stonebridge Crossing Credit Union. he saw "
      "his wife's phone pinging from 198.51.100.88 at a motel out by the interstate and confronted her, now she's "
      "filed for a protective order. he's not violent per hx but he's obsessive and i'm worried about stalking "
      "behavior on his side. how do you work w/ the client who might be the one crossing lines? he keeps asking "
      "me to 'just be on his side' and i can feel myself getting pulled",
      [("name", "Ifeanyi Chukwuemeka-Boyd"), ("place", "Stonebridge Crossing Credit Union"),
       ("ip_address", "198.51.100.88")]),
    C("the smart speaker in her room (serial GX9-2281-0447) was recording and her dad played back a convo w/ "
      "her girlfriend. pt is 15, lives in Verbena Heights. safety + outing risk. what do i do first",
      [("device", "GX9-2281-0447"), ("place", "Verbena Heights")]),
    C("router logs show 203.0.113.241 hitting the session link over and over during Oluwadamilare's appt. IT "
      "thinks it's a bot. pt is already paranoid. do i tell him or is that just feeding it",
      [("ip_address", "203.0.113.241"), ("name", "Oluwadamilare")]),
    C("ipv6 thing: the portal shows logins on my client's acct from 2001:db8:7c1::4e as well as from her home. "
      "she lives alone and says she never shared her password. how do i raise this w/o scaring her",
      [("ip_address", "2001:db8:7c1::4e")]),
    C("his truck (plate 4TRK 918) got towed from the hospital lot while he was on the psych unit at Mercy Ridge "
      "Medical Center for 72h and now he owes $900. pt is Arvid Nyqvist. advocacy or refer to a case manager?",
      [("vehicle", "4TRK 918"), ("place", "Mercy Ridge Medical Center"), ("name", "Arvid Nyqvist")]),
    C("VIN 1FTFW1E58MKD20314 is on the repo notice she brought in, she wants help writing a hardship letter. "
      "not really my scope. pt is Yasmin Haddad-Olsen and she's in the Linden Court apts",
      [("vehicle", "1FTFW1E58MKD20314"), ("name", "Yasmin Haddad-Olsen"), ("place", "Linden Court")]),
    C("nz rego ZKT 442 keeps circling her street in Kihikihi, she's sure it's her ex's brother. police say "
      "they can't do anything yet. how do we work w/ realistic fear vs hypervigilance",
      [("vehicle", "ZKT 442"), ("place", "Kihikihi")]),
    C("her car (qld rego 418 HWK) got keyed outside the Gympie library for the 3rd time. pt is Marlee Jarrett, "
      "Kamilaroi woman, and she thinks it's racially motivated. how do i hold that without minimizing",
      [("vehicle", "418 HWK"), ("place", "Gympie"), ("name", "Marlee Jarrett")]),
    C("loan acct 7730018842 at the payday place is what keeps him up at night. pt is Desmond Oyinlola, lives "
      "out in Jessup Hollow. financial therapy referrals anyone?",
      [("account", "7730018842"), ("name", "Desmond Oyinlola"), ("place", "Jessup Hollow")]),
    C("court case no. FAM-2026-004781 is the custody thing, and the GAL wants my notes. pt is Philippa "
      "Abernethy-Quaye. do i need a court order or is the GAL's request enough",
      [("account", "FAM-2026-004781"), ("name", "Philippa Abernethy-Quaye")]),
    C("she paid the no show fee by bank transfer and the receipt shows her full acct no. 0402-77316-08. pt is "
      "Morwenna Trevithick. I don't want that in my records, do I shred the receipt?",
      [("account", "0402-77316-08"), ("name", "Morwenna Trevithick")]),
    C("insurance claim # 8841-ZR-20315 went to collections bc the EOB never got sent. pt (Jaroslav Novák, 61) is "
      "panicking about his credit. any billing ppl here who can help me untangle this?",
      [("account", "8841-ZR-20315"), ("name", "Jaroslav Novák")]),
    C("pt's mom emailed me from priyanka.menon.home@inbox.example with the subject line 'my daughter's self "
      "harm'. not encrypted obviously. do i reply 'please call me' or just call",
      [("email", "priyanka.menon.home@inbox.example")]),
    C("got an email from support@roundrock-ehr.example asking me to 'verify client details'. phishing, "
      "pretty sure, but it had one of my clients' first names in it which freaks me out",
      [("email", "support@roundrock-ehr.example")]),
    C("my supervisee sent a tx summary from her personal account (lindy.hartigan.counsel@gmail.example). "
      "how serious is this and what's the fix, beyond the obvious",
      [("email", "lindy.hartigan.counsel@gmail.example")]),
    C("found my pt's tiktok (tiktok.example/@brokenbutbrave_kiri) through the algorithm lol. she doesn't "
      "know. do i tell her? i only saw the one that popped up",
      [("url", "tiktok.example/@brokenbutbrave_kiri")]),
    C("her ex made a whole site about her, http://thetruthaboutmaeve.example, and it ranks on search under "
      "her name. legal stuff aside, how do u support the shame piece",
      [("url", "http://thetruthaboutmaeve.example")]),
    C("pt sent me her art portfolio https://portfolio.example/u/szofia-benko and asked for my 'honest "
      "opinion'. boundary? she's an artist and it matters to her a lot",
      [("url", "https://portfolio.example/u/szofia-benko")]),
    C("SSNs on a court form: 987-65-4320 for the pt and 987-65-4321 for her son. the GAL sent it to me "
      "unredacted. who do i notify, the court?",
      [("ssn", "987-65-4320"), ("ssn", "987-65-4321")]),
    C("pt wrote her ssn (987.65.4324) on a sticky and left it on my couch. put it in an envelope for her. just "
      "hand it back next session or call her?",
      [("ssn", "987.65.4324")]),
    C("canadian q, her SIN is 071 448 260 and the employer wants it on my letter?? no way right. what goes on "
      "a return to work letter",
      [("ssn", "071 448 260")]),
    C("ED discharge papers for my pt, MRN 0094417723 at Sutter Pines Regional, list me as the 'outpatient "
      "psychiatrist'. i'm an LMFT. who do i call to get that corrected",
      [("medical_record", "0094417723"), ("place", "Sutter Pines Regional")]),
    C("NHS number 999 408 1275 is on the letter she brought, plus the CMHT ref. she's in Sowerby Bridge, I'm "
      "private. do I write back to the CMHT directly?",
      [("medical_record", "999 408 1275"), ("place", "Sowerby Bridge")]),
    C("chart # PCH-2206-7814 at the peds clinic, the kid's pediatrician Dr. Aurelio Bastidas wants me to send the "
      "vanderbilts back. do you score them or let the doc?",
      [("medical_record", "PCH-2206-7814"), ("name", "Aurelio Bastidas")]),
    C("his pacemaker (serial PMX-4420-1187) is the thing he's most anxious about, checks his pulse 40x a day. "
      "cardiac device health anxiety, anyone have a protocol?",
      [("device", "PMX-4420-1187")]),
    C("the tablet we loaned her for telehealth, IMEI 86 774203 118459 2, was taken by her brother. she's scared "
      "he'll see her session history. can we wipe it remotely?",
      [("device", "86 774203 118459 2")]),
    C("cochlear implant processor (serial CI-5533018) got lost at school and my pt (deaf, 9) shut down "
      "completely. school is Brantwood Commons Elementary. how do i support when my ASL is basic",
      [("device", "CI-5533018"), ("place", "Brantwood Commons Elementary")]),
    C("BCBS member id ZGP5518302 is on the ROI she faxed back, with her street, Teasel Ln. pt is Ngaire "
      "Whitcombe. fine for the ROI but why did she fax it to the group number",
      [("health_plan", "ZGP5518302"), ("place", "Teasel Ln"), ("name", "Ngaire Whitcombe")]),
    C("manitoba health card 119 448 207, pt is in Gimli and the clinic wants me to bill MB directly. never "
      "done out of province billing, help",
      [("health_plan", "119 448 207"), ("place", "Gimli")]),
    C("the NP who prescribes for my pt (APRN lic 0C.0183447) keeps getting her controlled scripts rejected by "
      "the pharmacy. pt is out of meds. who do i call, pharmacy or board?",
      [("licence", "0C.0183447")]),
    C("my own license # PSY 31884 is on my letterhead and a pt's ex used it to look me up and find my home "
      "address. therapist safety q, do you all list license numbers publicly?",
      [("licence", "PSY 31884")]),
    C("new pt lives at 46 Rue Lavigne, Saint-Jérôme J7Z 5T2 and wants sessions in french. i'm rusty. is it "
      "ethical to do therapy in a 2nd language?",
      [("street_address", "46 Rue Lavigne"), ("place", "Saint-Jérôme"), ("zip_code", "J7Z 5T2")]),
    C("pt asked me to mail her superbills to 27 Coronation St, Ōtaki 5514 instead of her parents' place. "
      "she's 22 and on their insurance so the EOB still goes to them. how do u handle",
      [("street_address", "27 Coronation St"), ("place", "Ōtaki"), ("zip_code", "5514")]),
    C("home visit at 3 Kowhai Pl, Taumarunui tmrw. pt Hemi Paewai hasn't left the house in 4 months. "
      "anyone do agoraphobia exposure in the home?",
      [("street_address", "3 Kowhai Pl"), ("place", "Taumarunui"), ("name", "Hemi Paewai")]),
    C("he's living out of a storage unit at 1900 Industrial Pkwy #214 which obviously isn't legal. do i "
      "have any duty here? pt is 28, employed, just can't make rent",
      [("street_address", "1900 Industrial Pkwy #214")]),
    C("fax the ROI to 0121 496 0773 pls, the GP surgery in Bromsgrove won't do email. pt is Imogen "
      "Szabo-Reid, she signed it today",
      [("fax", "0121 496 0773"), ("place", "Bromsgrove"), ("name", "Imogen Szabo-Reid")]),
    # ------------------------------------------------------------------
    # Clean snippets (no identifiers)
    # ------------------------------------------------------------------
    C("Declining to share details here bc the case is pretty identifiable, but broad q: how do you handle a "
      "client who only wants to talk about their partner's diagnosis and never their own?", []),
    C("Grace is something i'm trying to model for a pt who is brutally self-critical. self-compassion stuff "
      "from Neff has been hit or miss. what else do people use", []),
    C("pt says grace before every meal and feels guilty when she forgets, scrupulosity or just devout? "
      "how do you all tease apart OCD vs faith practices", []),
    C("cl's mood will rose and fall with the news cycle, so we're trying limited doomscrolling windows. "
      "anyone have a good behavioral experiment for this", []),
    C("she has lost all hope and faith in the process, her words. 14 sessions in, PHQ-9 of 18 at intake "
      "and 17 now. time to refer for med eval?", []),
    C("mark the date in your own calendar when you do a termination plan, i always forget. how many "
      "sessions notice do you give for planned termination?", []),
    C("he wants to sue the landlord over the mold and is stuck on the bill from the urgent care. not "
      "clinical exactly but it's all he can talk about. how do u redirect", []),
    C("Rose-colored glasses is literally how she describes her view of her ex now. idealization after a "
      "breakup, schema therapy angle anyone?", []),
    C("Linehan's biosocial theory clicks for most of my pts but one hates the word 'invalidating'. how do "
      "you reframe it for someone who bristles", []),
    C("Yalom's stuff on existential isolation has been helpful for a client who is 80 and outliving "
      "all her friends. other reading suggestions?", []),
    C("thinking about Winnicott's good-enough mother w/ a new parent client who is convinced she's "
      "ruining her baby. how do you introduce that without it sounding like a platitude", []),
    C("Bowlby attachment stuff, but for adult siblings? pt's only secure attachment was to an older "
      "brother who died. anyone seen writing on this", []),
    C("Kabat-Zinn body scan makes one of my pts dissociate. switched to a 3 min breathing space and "
      "eyes open. any other adaptations for trauma-sensitive mindfulness", []),
    C("sertraline 100 mg for 8 wks, now some sexual side effects and pt wants to stop cold turkey. i've "
      "told him to talk to the prescriber. anything else i should say?", []),
    C("pt is on Lexapro 10mg and Wellbutrin XL 150, says she feels 'flat'. I'm not a prescriber but "
      "want to document well for the psychiatrist. what do you note?", []),
    C("lithium level came back 1.1 and she's tremoring, prescriber is on it. just wanted to ask how "
      "others support clients through med changes without stepping out of lane", []),
    C("GAD-7 of 16 at intake, 9 at session 12. plateaued. next step would be exposure but she's "
      "reluctant. motivational interviewing to get there?", []),
    C("PCL-5 went from 58 to 22 over 12 sessions of CPT. pt wants to stop. do you recommend a booster "
      "schedule or trust the numbers", []),
    C("ACE score 6, no current SI, functioning well at work. she's asking if she's 'broken'. how do you "
      "talk about ACEs without it becoming destiny", []),
    C("burnout eval for a nurse client, MBI emotional exhaustion subscale sky high. workplace is the "
      "problem, not her. how do you avoid individualizing a systemic issue", []),
    C("BMI 18.9 and she says she's 'fine'. ED screen was borderline. I'm not an ED specialist. at "
      "what point do you refer out?", []),
    C("liquid risperidone 0.5 mL at night for the kid and mom wants me to weigh in on whether it's "
      "working. i'm the therapist. how do you stay in lane w/ parents", []),
    C("BP 128/84 and A1c 7.2 per his PCP, and he's convinced he's dying. health anxiety protocol, what "
      "have you used that works", []),
    C("the ratio of positive to negative interactions in their fights is about 3:1 by my count, well "
      "below the 5:1 Gottman talks about. how do you share that without scoring them", []),
    C("about 60% of her sessions are spent on her mom. she doesn't see it. do you point out the "
      "pattern directly or wait for her to notice?", []),
    C("she only has sessions on Tuesdays bc of childcare. can't do evenings. group is Thursday. any "
      "other options for DBT skills if group is out", []),
    C("every November he gets worse, seasonal pattern is clear. light box, behavioral activation, "
      "anything else before winter hits", []),
    C("holidays are rough for her, Thanksgiving esp. we're making a plan for which family events to "
      "skip. any good holiday survival worksheets?", []),
    C("pt's depression started in 2019 and she dates everything as before/after. interesting "
      "narrative marker. anyone use timelines in this way", []),
    C("do you do 90 minute intakes or 60? i've been doing 60 and always running out of time. "
      "curious about the 90 minute experience", []),
    C("psychiatrist gave him a 90-day supply and he's worried about having that many pills in the "
      "house. means restriction convo — who holds the bottle?", []),
    C("billing 90837 for 53+ min sessions and got audited. do you all document start/stop times "
      "in every note?", []),
    C("dx is F43.10 but the insurer wants a more 'specific' code. PTSD is PTSD. what are they even "
      "asking for", []),
    C("F41.1 vs F43.22 for someone whose anxiety started after a job loss 5 months ago. adjustment "
      "or GAD? what tips you one way", []),
    C("session 14 of 16 in our CPT protocol and the pt wants to keep going after. do you extend or "
      "move to a different modality?", []),
    C("Ohio licensure board wants 3 hrs of ethics CE every cycle. anyone know a good online one "
      "that isn't boring", []),
    C("client is moving from Texas to Colorado in the spring, wants to keep seeing me. I'm only "
      "licensed in TX. what are my options", []),
    C("she's from Brazil and the cultural norms around family closeness are so different from what "
      "our textbooks call enmeshment. how do you check your frame", []),
    C("the VA is finally approving his community care, so he can keep seeing me. anyone have tips "
      "for VA paperwork?", []),
    C("pointed her to NAMI family-to-family classes for her mom. anyone have feedback on them lately?", []),
    C("the APA ethics code on bartering is vague. client offered to fix my fence in exchange for "
      "sessions. no right?", []),
    C("EMDR vs TF-CBT for a 12 yo w/ single incident trauma? i'm trained in both. the kid hates "
      "talking, which makes me lean EMDR", []),
    C("IFS has been great for a pt with strong protector parts but she's getting stuck in "
      "intellectualizing. any IFS folks have tips for unblending?", []),
    C("ACT defusion exercises feel silly to him. 'I'm having the thought that' lands as condescending. "
      "other ways in?", []),
    C("CBT-I for a pt who works nights, any adaptations? sleep restriction feels impossible w/ "
      "rotating shifts", []),
    C("DBT diary cards, paper or app? pt lost 3 paper ones. worth switching to an app?", []),
    C("our EHR updated to version 4.2.1 and now the note templates are broken. anyone else? support "
      "has been useless", []),
    C("she calls me at 3:30 every friday to cancel our 4:00. pattern is obvious. how do i name it", []),
    C("about 2/3 of my caseload is trauma now and i'm feeling it. how do you all pace your week to "
      "avoid vicarious trauma", []),
    C("Hope is not a strategy, my old supervisor used to say, but for this pt hope is literally the "
      "intervention. thoughts on hope theory (Snyder)?", []),
    C("Faith-based clients who see therapy as a lack of faith, how do you join with that "
      "without dismissing it?", []),
    C("Will power framing is doing real harm for a pt w/ binge eating. how do you unpack the 'just "
      "have more will power' messaging from family", []),
    C("Sue is what he keeps saying he's going to do, sue the hospital, sue the school. anger as "
      "protector. IFS angle?", []),
    C("Mark my words, she says, I'll be sober by spring. hopeful but also a lot of pressure on herself. "
      "how to support goal without setting up shame", []),
    C("Bill paying anxiety is a real thing for him — can't open envelopes. exposure hierarchy for "
      "avoidant financial behavior?", []),
    C("Dawn is the worst time of day for her, wakes at 4 with dread. early morning awakening, "
      "thoughts on CBT approach", []),
    C("Summer break is coming and she's dreading the lack of structure. any ideas for a summer "
      "routine plan with a teen?", []),
    C("Autumn always brings up the anniversary of her miscarriage, she says. grief calendar "
      "work, anyone do this?", []),
    C("Patience is not my strong suit w/ this particular pt who talks in circles for 40 min. how "
      "do you interrupt kindly", []),
    C("Sterling silver anniversary gift from her husband triggered a whole thing bc it's what her "
      "dad gave her mom before he left. grief + attachment", []),
    C("Precious little evidence supporting the intervention he's asking for (ketamine clinic). how "
      "do you discuss without being dismissive", []),
    C("Sunny days make her feel worse, she says — 'everyone else is happy.' reverse seasonal "
      "pattern, anyone seen this?", []),
    C("River crossings are his recurring nightmare since the deployment. imagery rehearsal for "
      "nightmares, tips?", []),
    C("Ivy league pressure is destroying this kid. parents are both surgeons. how do you work with "
      "parents whose values are the problem", []),
    C("Frozen 2 is the only movie her kid will watch and she's convinced it's 'causing anxiety'. "
      "psychoeducation for parents on normal development", []),
    C("Harry Potter metaphors are how this kid talks about his feelings, dementors for depression. "
      "do you lean into it?", []),
    C("Job's story is how she frames her suffering. religious client, very literal. how do i work "
      "with that without challenging her faith", []),
    C("Moses and the burning bush came up in a session about calling/vocation. pt is a seminary "
      "student in crisis. spiritual direction vs therapy?", []),
    C("Pt reports SI w/o plan or intent, safety plan reviewed, crisis line info given. Denies HI. "
      "Follow up in 1 wk. is that enough documentation?", []),
    C("Discussed relapse prevention, identified 3 triggers, reviewed coping card. Affect bright, "
      "congruent. Next session will focus on values. how's that for a DAP note?", []),
    C("Client presented w/ flat affect, psychomotor slowing, endorsed anhedonia x 3 wks. PHQ-9 21. "
      "Referred for med eval. Safety plan in place. ok?", []),
    C("Patient Health Questionnaire results are sitting in my inbox unread bc i'm drowning. how do "
      "you all triage admin?", []),
    C("Major depressive disorder, recurrent, moderate — how specific do you get in dx for insurance "
      "vs what you tell the client?", []),
    C("Reading Porges right now and trying to explain the polyvagal ladder to a 10 yo. any kid "
      "friendly versions?", []),
    C("Siegel's window of tolerance is my go-to for psychoed. anything newer that builds on it?", []),
    C("Beck's cognitive triad for a pt who is very anti-CBT. do you use the framework without naming "
      "it?", []),
    C("Gottman Four Horsemen with a couple where one partner is the only one doing the stonewalling. "
      "how do you not make it a blame game", []),
    C("Bessel van der Kolk's book has been polarizing w/ my clients lately, some find it validating, "
      "some retraumatizing. do you still recommend it?", []),
    C("Herman's stages of recovery, how literally do you follow them? my pt wants to jump to "
      "reconnection", []),
    C("Satir's communication stances came up in a family session and the teen loved being 'the "
      "distracter'. fun way to do family psychoed", []),
    C("Rogers' unconditional positive regard is hard w/ a client who is openly racist. how do you "
      "hold UPR without colluding", []),
    C("trazodone 50 at bedtime plus melatonin 3 mg and still not sleeping. pt wants to try CBT-I. "
      "do i coordinate with prescriber first", []),
    C("Adderall XR 20 and he's crashing at 4pm every day, irritable w/ his kids. i've suggested he "
      "talk to his psychiatrist. anything i can do behaviorally", []),
    C("naltrexone 50 mg daily and cravings are down. we're building the rest of the life now. "
      "values work is going great", []),
    C("Abilify was added last month and now she's restless all the time. akathisia? i told her to "
      "call the prescriber today", []),
    C("prazosin for nightmares helped for about 6 weeks then stopped working. anyone seen that? "
      "she's frustrated", []),
    C("clonazepam 0.5 prn, using it daily now. I'm worried about dependence. how do you bring it "
      "up without shaming", []),
    C("Vyvanse shortage means my ADHD clients are rationing. anyone else seeing this? practical "
      "support ideas", []),
    C("MoCA of 24 and she's worried it's dementia. PCP said mild cognitive impairment. how do "
      "you support the fear in therapy", []),
    C("Columbia screen positive on lifetime, negative on past month. documentation wording?", []),
    C("Y-BOCS of 28, severe OCD, she's motivated for ERP. anyone have a good first hierarchy "
      "template for contamination?", []),
    C("EPDS score 15 at 6 wks postpartum, she's telling her OB she's fine. i want to coordinate. "
      "how do you bring it up with a new mom", []),
    C("AUDIT score 19, he doesn't see drinking as a problem. MI is the plan. any favorite opening "
      "questions?", []),
    C("ASRS positive screen but he's 52 and never been dx'd. do you refer for full eval or just "
      "treat the symptoms?", []),
    C("pt's PHQ-A went from 22 to 8 since school ended in June. we know what the problem is lol", []),
    C("Half of my supervision hours are on one case. is that normal? my supervisor says yes", []),
    C("Sessions at 9:15 and 10:00 back to back with only 5 min between. how do you reset "
      "between heavy sessions?", []),
    C("Christmas Eve is when her dad died so the whole season is loaded. do you suggest "
      "skipping the holiday or reclaiming it?", []),
    C("Ramadan and her eating disorder recovery, anyone experienced in supporting clients through "
      "fasting safely?", []),
    C("Lent is coming and she wants to give up food groups 'for God'. ED history. how do i "
      "approach this respectfully", []),
    C("Diwali with the in-laws is her biggest stressor all year. cultural consult, anyone with "
      "South Asian family systems experience?", []),
    C("Passover seder with her family triggers her every year, her dad was the abuser and he "
      "leads it. whether to go, how to go", []),
    C("Since Labor Day she's been sleeping 12 hrs a night. checking thyroid with PCP, anything "
      "else you'd look for?", []),
    C("Monday mornings are her worst anxiety, sunday scaries but on steroids. anticipatory "
      "anxiety worksheets?", []),
    C("In 2024 she lost her job, her marriage and her mom. complex grief. where do you even "
      "start when everything is loss", []),
    C("For about three quarters of the session he talks about work. he's a lawyer, 70 hrs a week. "
      "workaholism as avoidance, any reading?", []),
    C("weekly vs biweekly for a pt who's doing well but anxious about stepping down. how do "
      "you taper", []),
    C("my caseload is 28 and i'm barely keeping up. what's everyone's number? honest answers", []),
    C("the pt is 89 and worried about memory. does anyone do neuropsych screens in private "
      "practice or always refer", []),
    C("she's in her nineties and sharp, wants to do life review work. anyone have a structured "
      "life review protocol they like?", []),
    C("90 out of 100 on the exam and he still calls himself stupid. perfectionism in a gifted teen", []),
    C("he scored in the 95th percentile on the screener but denies any symptoms. how do you "
      "handle that mismatch", []),
    C("Saturday sessions, do you charge more? i've started doing them and it's killing my weekend", []),
    C("pt's a dentist and said 'floss or die' in session as a joke and we both laughed for 5 min. "
      "humor as rapport, love it", []),
    C("Canada's MAID expansion is coming up w/ a chronically suicidal pt who keeps asking about "
      "it. how are canadian clinicians navigating this", []),
    C("Australia's better access sessions got cut again, anyone else scrambling w/ pts who can't "
      "afford gap fees?", []),
    C("In Ireland the waiting lists for CAMHS are brutal. private clinicians, how are you handling "
      "kids who need psychiatry and can't get it", []),
    C("NHS talking therapies waits are 18 weeks where I am. clients who come private because of "
      "that, do you adjust fees?", []),
    C("New Zealand's ACC sensitive claims process, is it as slow for everyone else? pt has been "
      "waiting ages", []),
    C("UK counsellors, BACP vs UKCP for accreditation, which one did you go with and why", []),
    C("the AMA guide on telehealth and the NASW standards conflict on one thing, recording. "
      "anyone sorted this out?", []),
    C("SAMHSA's TIP 57 on trauma-informed care is still my go-to for new clinicians. anything "
      "more current?", []),
    C("988 has been mixed for my pts, some love it, some got a police response. what's your "
      "experience lately?", []),
    C("the 7-day f/u after discharge metric, do you all actually hit it? insurers keep asking", []),
    C("Twelve sessions is what the EAP gives and she's at eleven. how do you wrap up meaningfully "
      "in one session", []),
    C("Ninety percent of what she brings is about her boss. do you reflect the pattern or let it "
      "unfold?", []),
    C("Nine out of ten pts i see have some sleep issue. should i just get CBT-I certified", []),
    C("Mid-session he said he'd been thinking about 'not waking up'. did full risk assessment, "
      "passive SI, no plan. documented. next steps?", []),
    C("Tell me if this is weird: I cried in session today when a pt told me about her dog dying. "
      "she said it meant a lot. ok or boundary slip?", []),
    C("Honest question, does anyone actually like their EHR? mine crashes every friday", []),
    C("Kind of stuck with a pt who intellectualizes everything. every feeling becomes a theory. "
      "any somatic approaches that helped?", []),
    C("Angel numbers are how she makes decisions now and she says it helps her anxiety. harmless "
      "coping or magical thinking to address?", []),
    C("Destiny and fate language all over his narrative, he says what happened was 'meant to be'. "
      "is that coping or avoidance?", []),
    C("Justice for her means her abuser going to prison, which may never happen. how do you hold "
      "that without false hope", []),
    C("Chase the feeling, not the story, my supervisor says. easier said than done w/ a storyteller "
      "client", []),
    C("Page 42 of the DBT skills manual has the DEAR MAN handout i use most. what's your most used "
      "handout?", []),
    C("Room 2 at our office has terrible soundproofing and pts can hear each other. how do you "
      "handle when the building is the problem", []),
    C("Level 3 of the stepped care model is where most of my referrals land. anyone else finding "
      "referrals getting more complex?", []),
    C("Step 4 of the AA program and he wants to do the moral inventory in session. ok for me "
      "to be part of that?", []),
    C("Version 2 of the treatment plan is basically the same as version 1. are you supposed to "
      "update every 90 days even if nothing changes", []),
    C("2.5 mg of olanzapine and she's gained 15 lbs in 2 months. body image work while on meds "
      "that cause weight gain, thoughts", []),
    C("Zoloft, Prozac, Paxil, Celexa all tried, all failed. TRD consult. anyone referred for "
      "TMS or esketamine?", []),
    C("Spravato sessions take 2 hrs and he wants to do therapy right after. is that clinically "
      "useful or is he too foggy?", []),
    C("Mounjaro has stopped her binge eating completely and now we're dealing with the grief of "
      "food not being a coping tool. fascinating", []),
    C("she rated her anxiety 7/10 before the exposure and 3/10 after, SUDS peaked at 85. textbook habituation "
      "curve honestly. when do you move up the hierarchy, same session or next?", []),
    C("50/50 custody and the kid is on call 24/7 for both parents' emotions. how do you help a 13 yo "
      "set boundaries w/ parents who are both leaning on him", []),
    C("venlafaxine 37.5 mg and she missed 2 doses, discontinuation sx look like panic. psychoed on "
      "that was huge for her. anyone else see this a lot?", []),
    C("coding q: F33.1 plus Z63.0 for relationship distress, or does the insurer balk at Z codes? also "
      "H0031 for the assessment, is that only for medicaid", []),
    C("DSM-5-TR prolonged grief criteria say 12 months for adults. pt is at 11 months and clearly "
      "meets everything else. do you wait to dx or use adjustment", []),
    C("12-step programs don't fit her at all, she's agnostic and hates the higher power stuff. SMART "
      "Recovery or Refuge Recovery, any experience?", []),
    C("about 3/4 of the time he shows up 10 min late and then wants to run over. do you hold the "
      "50 minutes strictly or flex?", []),
    C("the teen said 'i'm fine' 14 times in a 45 min session. i counted lol. how do you get past the "
      "fine wall w/ adolescents", []),
    C("Sage advice from my first supervisor: never be more invested in the change than the client. "
      "struggling with that one this week", []),
    C("she'll sue if the school doesn't act, and honestly she might be right. how do you stay neutral "
      "when a parent's advocacy is also the kid's biggest stressor", []),
    C("i'll mark it in the chart as a late cancel, not a no show, since she called at 8:50 for a 9:00. "
      "how strict is everyone on the 24 hr policy?", []),
    C("Storm metaphors work great for panic w/ kids: the storm passes, you're the sky. any other "
      "metaphors your young clients actually like?", []),
]

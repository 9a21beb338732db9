"""LOCKED evaluation set for the identifier guard.

What this is
------------
A held-out test set of short, synthetic consultation-request snippets of the
kind a therapist might post in a peer consultation group's Slack channel
(informal, sometimes lower case, the odd typo).  It is meant to SCORE a later
rewrite of the identifier guard (bot/confidentiality/).

Provenance and the lock
-----------------------
Written on 2026-11-30, BEFORE the rules it will score, and independently of
the guard: the author did not open, read, search or run anything under
bot/confidentiality/, and the guard was not run on this set while it was
written.  tests/bot/confidentiality/sets/eval_set.py was read only for its data format (the
EvalCase dataclass and PATTERN_CATEGORIES); no snippet, name or place was
copied from it.

This set must NEVER be used to tune rules.  Do not add its words, names,
places or number formats to the guard's lists, do not adjust rules after
looking at which of these cases fail, and do not edit the set to make the
guard look better.  Once a guard version has been scored on it, the set is
"spent" for tuning purposes: fixes must be justified by other data, and a fresh
locked set is needed for the next honest measurement.

All data is invented.  Every person, address, account and number below is
made up.  US phone numbers use the 555-01xx fiction range, UK numbers the
Ofcom drama ranges (020 7946 0xxx, 0161 496 0xxx, 07700 900xxx), Australian
numbers the ACMA fiction ranges (0491 570 xxx, (02) 5550 xxxx), e-mail and web
domains are invented or use .example, and IP addresses come from the
documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32) or private space.  NHS numbers use the 999 test range; the card
number and IBAN follow published test/documentation formats.  Real place names are used only as places (a
real town is not an identifier of anyone by itself; what is scored is that
the guard notices geography smaller than a state).

Format
------
``expected`` lists (category, substring) pairs; the substring's FIRST
occurrence in ``text`` is the span that must be flagged.  Clean snippets have
an empty ``expected`` list: any finding in them is a false alarm.

Categories: "name", "place" (geography smaller than a state: towns, cities,
neighbourhoods, counties, schools, clinics, businesses and employers tied to a
location), and the pattern categories in PATTERN_CATEGORIES: "date",
"age_over_89", "phone", "fax", "email", "url", "ip_address", "ssn",
"medical_record", "health_plan", "account", "licence", "vehicle", "device",
"street_address", "zip_code".

Labelling decisions (applied consistently)
------------------------------------------
* Named published authors and theorists used in a theory sense (Linehan,
  Bowlby, Winnicott, Yalom, van der Kolk, Gottman, Porges ...), fictional
  characters and religious figures are NOT client identifiers; they appear
  only in clean snippets.
* A year alone, a month alone, a weekday alone, a season or a holiday
  ("since 2019", "since March", "on Mondays", "last Thanksgiving") is NOT a
  date identifier.  A day of the month is ("the 14th", "Tuesday the 3rd").
* Only exact ages of 90 or more are "age_over_89" (in digits or words,
  "just turned 90", "aged 95", "ninety-two").  Ages of 89 and under, "90
  minutes", "a 90-day supply", "90 out of 100" are clean.
* States, provinces, countries and larger regions (California, Ontario,
  Queensland, Ireland, the Midwest) are NOT identifiers.
* Professional codes (CPT 90837, ICD-10 F43.10, DSM-5-TR, ACA code B.7,
  45 CFR 164.514), scale scores, doses, lab values, ratios, times and
  percentages are NOT identifiers.
* Canadian SIN and UK National Insurance numbers are labelled "ssn"; UK NHS
  numbers and hospital/chart numbers "medical_record"; insurer member IDs,
  Medicare/Medicaid numbers and provincial/national health cards
  "health_plan"; NPI, DEA, professional, bar and driving licence numbers
  "licence"; plates, VINs and state/UK registrations "vehicle"; serial numbers,
  IMEI, MAC addresses and an access-badge serial "device"; US ZIP, ZIP+4,
  Canadian and UK postcodes "zip_code"; a PO Box counts as "street_address".
* A business or institution named in the text is a "place" (the employer or
  clinic ties the client to a location); a web address or e-mail that
  contains a name is labelled only as "url"/"email".

UNREADABLE_CASES holds a few snippets written mostly in non-Latin scripts.  The
guard cannot be expected to check these and should say so; they are not
scored.
"""
from __future__ import annotations

from tests.bot.confidentiality.sets.eval_set import EvalCase  # reuse the dataclass and pattern category set

C = EvalCase

LOCKED_CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # Snippets with planted identifiers: names and places
    # ------------------------------------------------------------------
    C("my client tomas wisniewski has cancelled last minute three times since 2/9. do i enforce the "
      "late cancel fee or will that blow up the alliance",
      [("name", "tomas wisniewski"), ("date", "2/9")]),
    C("bill okafor, 96, widowed last spring, lives alone above the hardware store in Pell Lake. his son "
      "wants me to 'assess competency' which is not what I do - how do folks say no to that?",
      [("name", "bill okafor"), ("age_over_89", "96"), ("place", "Pell Lake")]),
    C("Tran Thi Mai was referred after a fall - discharge summary says admitted 2026-03-14, sent home "
      "the 19th. Grief plus health anxiety, any reading recs?",
      [("name", "Tran Thi Mai"), ("date", "2026-03-14"), ("date", "the 19th")]),
    C("Trying to get records from her old therapist at Cedar Valley Behavioral Health (fax (614) 555-0143). "
      "They want a signed ROI faxed before they'll even confirm she was seen. Normal?",
      [("place", "Cedar Valley Behavioral Health"), ("fax", "(614) 555-0143")]),
    C("Harpreet Kaur Sandhu emailed me from harpreet.sandhu88@mailbox.example asking to go telehealth "
      "only. It's her personal address but she's scared her husband reads it. Do I keep using it?",
      [("name", "Harpreet Kaur Sandhu"), ("email", "harpreet.sandhu88@mailbox.example")]),
    C("Client's daughter Aoife Ní Bhriain rings from +44 7700 900417 every week asking what her mum talks "
      "about. Mum is 71 and fully competent. Scripts for holding that line kindly?",
      [("name", "Aoife Ní Bhriain"), ("phone", "+44 7700 900417")]),
    C("teen client at Bramblewood Middle School says her science teacher, mr kowalczyk, drives her home "
      "after practice and texts her at night. she insists nothing happened. reportable?",
      [("place", "Bramblewood Middle School"), ("name", "kowalczyk")]),
    C("Session on Tuesday the 3rd was rough - Ayaan Chaudhry told me his uncle hits him. He's 15. Report "
      "is made but how do I repair things with the parents, who are furious?",
      [("date", "Tuesday the 3rd"), ("name", "Ayaan Chaudhry")]),
    C("Mahmoud bin Rashid works the late shift at Old Mill Brewing in Hudsonville and the drinking on "
      "shift is getting worse. His manager is also his cousin. Where would you start?",
      [("name", "Mahmoud bin Rashid"), ("place", "Old Mill Brewing"), ("place", "Hudsonville")]),
    C("Hendrik van der Berg (everyone calls him Henk) is a retired engineer who won't talk about feelings, "
      "only 'problems to solve'. Solution-focused, or is that colluding?",
      [("name", "Hendrik van der Berg"), ("name", "Henk")]),
    C("Faadumo Cabdi Warsame and her two kids were placed in a motel after the eviction. She's asking me "
      "to write to the housing office. How far does advocacy go for you?",
      [("name", "Faadumo Cabdi Warsame")]),
    C("Client Mereana Te Whata wants to bring her kuia into session - she says healing isn't individual for "
      "her. Any Maori-informed practitioners here who can advise on whanau sessions?",
      [("name", "Mereana Te Whata")]),
    C("Oksana Hrytsenko came over from Kharkiv in 2022 and the nightly news sends her straight back. "
      "She's 44. Trauma work while the war is ongoing - is it 'post' anything?",
      [("name", "Oksana Hrytsenko"), ("place", "Kharkiv")]),
    C("Szabó Eszter (family name first, she's Hungarian) keeps apologising for her English. Her English is "
      "great. How do you address shame about an accent?",
      [("name", "Szabó Eszter")]),
    C("Mekdes Tesfaye Alemu, 27, nurse, just had her Ethiopian credentials rejected by the board. Grief "
      "about career loss - any frameworks you like?",
      [("name", "Mekdes Tesfaye Alemu")]),
    C("Han Ji-woo's parents want weekly updates and he's 20. He's okay with them knowing attendance, "
      "nothing else. How do you put that in writing?",
      [("name", "Han Ji-woo")]),
    C("my client zhou xinyi posts dance videos at tiktok.com/@zhouxinyi_moves and some of the comments "
      "are brutal. should I look at them if she asks me to?",
      [("name", "zhou xinyi"), ("url", "tiktok.com/@zhouxinyi_moves")]),
    C("Xochitl 'Xochi' Ramírez Ortega wants to do sessions in Spanish but I'm only conversational. Refer "
      "out or muddle through with her consent?",
      [("name", "Xochitl 'Xochi' Ramírez Ortega")]),
    C("YOUSEF AL-KHATIB - sorry caps lock - is my 17yo client whose parents want me to 'fix' his atheism. "
      "How do you handle a values clash with parents?",
      [("name", "YOUSEF AL-KHATIB")]),
    C("Gurpreet Singh Dhillon drives for his brother's company, Dhillon Freight in Surrey, and says he's "
      "fine on four hours of sleep. I'm worried about him on the road.",
      [("name", "Gurpreet Singh Dhillon"), ("place", "Dhillon Freight"), ("place", "Surrey")]),
    C("Chidi's mom (Adaugo Eze) called asking if he's been 'talking about her'. He's 22 and hasn't signed "
      "anything. I just said I can't confirm he's a client. Right call?",
      [("name", "Chidi"), ("name", "Adaugo Eze")]),
    C("Temitope Adebayo-Cole is a med student at Hartfield University who's terrified the fitness-to-"
      "practise panel will see my notes. What can they actually request?",
      [("name", "Temitope Adebayo-Cole"), ("place", "Hartfield University")]),
    C("Pham Quoc Bao, a 91-year-old former teacher, started refusing meals after his wife died. Daughter "
      "wants me to 'make him eat'. Where do autonomy and safety meet here?",
      [("name", "Pham Quoc Bao"), ("age_over_89", "91-year-old")]),
    C("Ciarán O'Donoghue's wife found the messages and now they're both in my office. He wants me to keep "
      "his individual sessions secret from her. No-secrets policy folks, how do you word it?",
      [("name", "Ciarán O'Donoghue")]),
    C("Maricel Dela Cruz works 70-hour weeks at Sunrise Ridge Assisted Living and sends most of her pay "
      "home. Burnout treatment when quitting isn't an option?",
      [("name", "Maricel Dela Cruz"), ("place", "Sunrise Ridge Assisted Living")]),
    C("Karthik Subramaniam's LinkedIn (linkedin.com/in/karthik-subramaniam-cpa) says he's 'thriving'. In "
      "session he's barely functioning. Do you ever bring up what clients post publicly?",
      [("name", "Karthik Subramaniam"), ("url", "linkedin.com/in/karthik-subramaniam-cpa")]),
    C("Haruto Sato, exchange student, hasn't left his room in Kellerman Hall in two weeks. The university "
      "wants a 'fitness to remain' letter. Anyone written one?",
      [("name", "Haruto Sato"), ("place", "Kellerman Hall")]),
    C("Elif Yıldız sells pottery at www.elifyildizceramics.example and her ex keeps leaving 1-star "
      "reviews. It's eating our sessions. Refocus, or is this legitimately the work?",
      [("name", "Elif Yıldız"), ("url", "www.elifyildizceramics.example")]),
    C("João Pedro Carvalho wants to pay cash only and asked me not to put his real name on receipts. I'm "
      "uneasy. What am I missing?",
      [("name", "João Pedro Carvalho")]),
    C("stavros papadakis runs a gym in astoria and lifts through every injury - says pain is 'just "
      "information'. exercise compulsion or identity? he's 38",
      [("name", "stavros papadakis"), ("place", "astoria")]),
    C("Shirin Tehrani is back after five years. Her last session with me was 14 March 2021 and she "
      "remembers exactly what I said. I don't! How do you handle that gracefully?",
      [("name", "Shirin Tehrani"), ("date", "14 March 2021")]),
    C("Jean-Baptiste Louissaint's case manager at Ferncliff Community Services needs my notes by March "
      "14th for his housing voucher. Is a summary letter enough?",
      [("name", "Jean-Baptiste Louissaint"), ("place", "Ferncliff Community Services"),
       ("date", "March 14th")]),
    C("Pa Nhia Vang's family started a fundraiser at https://fundraise.example/f/help-the-vang-family "
      "after the fire. She's mortified. How do I help with the shame of being helped?",
      [("name", "Pa Nhia Vang"), ("url", "https://fundraise.example/f/help-the-vang-family")]),
    C("My client Verity keeps saying nobody ever tells her the truth. Her PHQ-9 is 22 and she won't "
      "consider meds. Ideas?",
      [("name", "Verity")]),
    C("Autumn Whitcombe, retired librarian, started therapy in the autumn after her hip surgery. She "
      "says the first thing she lost was reading. Adjustment disorder or early depression?",
      [("name", "Autumn Whitcombe")]),
    C("Patience Boateng has very little of it with her teenage son, she'd be the first to say. Parenting "
      "work or her own trauma first?",
      [("name", "Patience Boateng")]),
    C("Art Thibodeaux hates art therapy and will not do homework. Will he ever? CBT without homework "
      "again - this time with a guy who says worksheets remind him of his dad.",
      [("name", "Art Thibodeaux")]),
    C("Summer Castillo hates summer - it's when her brother drowned. Seasonal anniversary reactions, how "
      "do you plan ahead?",
      [("name", "Summer Castillo")]),
    C("Her brother Rusty (real name, not a nickname) showed up drunk to the family session. Do you end "
      "the session or use it?",
      [("name", "Rusty")]),
    C("Grace Oyelaran says grace at every meal and feels like a fraud doing it. Faith deconstruction in a "
      "devout family - what's helped your clients?",
      [("name", "Grace Oyelaran")]),
    C("Sunny Pak is anything but lately. Her dad died, her visa is in limbo, and her roommate moved out. "
      "Where to start?",
      [("name", "Sunny Pak")]),
    C("ivy nakamura was my client years ago and now her husband wants to see me. Conflict of interest "
      "even though she's long terminated?",
      [("name", "ivy nakamura")]),
    C("Dawn Mercer-Lyle asked me to testify in her custody case. I'm her therapist, not an evaluator. How "
      "do you say no and still support her?",
      [("name", "Dawn Mercer-Lyle")]),
    C("Everybody at the shelter calls him Tiny, he's 6'4\". Tiny says he's been clean since the 28th and I "
      "believe him, but the shelter wants a urine screen. What's my role?",
      [("name", "Tiny"), ("date", "the 28th")]),
    C("Natasha ('Tash') Kuznetsova-Reid keeps calling me 'mate' and asking about my weekend. Boundaries "
      "with a client who wants to be friends?",
      [("name", "Natasha ('Tash') Kuznetsova-Reid")]),
    C("Yusuf's mom keeps sitting in on his telehealth sessions from the kitchen. He's 16. How do you ask "
      "for privacy at home?",
      [("name", "Yusuf")]),
    C("Delphine Marchetti's husband, Luca, wants couples work but she wants out. Discernment counseling, "
      "anyone?",
      [("name", "Delphine Marchetti"), ("name", "Luca")]),
    C("Lakshmi Venkataraman's in-laws moved in and she's lost her office, her quiet and her sleep. Is it "
      "the in-laws or postpartum?",
      [("name", "Lakshmi Venkataraman")]),
    C("Tariq Mansour and Rania Haddad are engaged and want premarital counseling but disagree on whether "
      "to tell their families about her past diagnosis.",
      [("name", "Tariq Mansour"), ("name", "Rania Haddad")]),
    C("my client, kwesi, 33, says his church elders want to 'pray the depression out'. he wants both - "
      "church and therapy. how do you partner with faith leaders?",
      [("name", "kwesi")]),
    C("Yaroslav Volkonsky-Barrett keeps asking whether I'm Jewish. I'm not sure how much self-disclosure "
      "helps here. Thoughts?",
      [("name", "Yaroslav Volkonsky-Barrett")]),
    C("Ingrid Solberg grew up in Tromsø and says she misses the dark. SAD in reverse? Summer depression is "
      "a thing, right?",
      [("name", "Ingrid Solberg"), ("place", "Tromsø")]),
    C("Tama Ngata's probation officer wants weekly attendance confirmations sent to "
      "tama.po.reports@corrections.example. Client signed consent. Is plain email okay?",
      [("name", "Tama Ngata"), ("email", "tama.po.reports@corrections.example")]),
    C("Wanjiru Kamau and her wife are doing IVF and the hormones are wrecking her. How much is the meds vs "
      "the grief of the previous losses?",
      [("name", "Wanjiru Kamau")]),
    C("Rafael 'Rafa' Quintanilla missed three sessions and his mom, Itzel, left a message saying he's "
      "'at his dad's in Chula Vista'. Do I call back?",
      [("name", "Rafael 'Rafa' Quintanilla"), ("name", "Itzel"), ("place", "Chula Vista")]),
    C("Liu Haoran's parents are paying and want his grades. He's 19 and at Wexford Community College. What "
      "goes in the letter, if anything?",
      [("name", "Liu Haoran"), ("place", "Wexford Community College")]),
    C("BRIDGET MCALLISTER-KANE (her caps, from the intake form) lists her emergency contact as 'nobody'. "
      "Safety planning with an isolated client?",
      [("name", "BRIDGET MCALLISTER-KANE")]),
    C("Priya and her husband Arjun Mehta-Shah, married 12 years, are both therapists themselves. Couples "
      "work with clinicians - any traps?",
      [("name", "Priya"), ("name", "Arjun Mehta-Shah")]),
    C("Abdirahman Hersi drives rideshare and got a 1-star report after a panic attack mid-ride. He's "
      "terrified of losing his spot on the app. Exposure while driving?",
      [("name", "Abdirahman Hersi")]),
    C("Katarzyna 'Kasia' Dąbrowska is a nurse who freezes at code blues. She's 29. EMDR on a recurring work "
      "trigger while she's still working there?",
      [("name", "Katarzyna 'Kasia' Dąbrowska")]),
    C("Obinna Nwosu and his father don't speak. Obinna wants to invite him to one session. Prep tips?",
      [("name", "Obinna Nwosu")]),
    C("Marek Zieliński, 52, lost his job at the Hartwell Fabrication plant in Sheboygan after 30 years. "
      "Identity loss, drinking more. Where to start?",
      [("name", "Marek Zieliński"), ("place", "Hartwell Fabrication"), ("place", "Sheboygan")]),
    C("Jae-hyun Cho got into Northlake Conservatory and now can't practice - his hands shake. Performance "
      "anxiety or something medical?",
      [("name", "Jae-hyun Cho"), ("place", "Northlake Conservatory")]),
    C("Layla bint Khalid al-Saadi wants to divorce and her family says she'll be 'dead to them'. Safety "
      "assessment feels relevant. How do you weigh cultural context vs risk?",
      [("name", "Layla bint Khalid al-Saadi")]),
    C("tevita fifita plays rugby, 24, got his third concussion and his mood has tanked. coordinate with "
      "the team doc or is that his call?",
      [("name", "tevita fifita")]),
    C("Her abuser, Colm Fitzgerald-Doyle, just got out and she found out from Facebook. Safety plan is "
      "ready but she wants to 'just talk to him once'. Thoughts?",
      [("name", "Colm Fitzgerald-Doyle")]),
    C("Moana's grandmother raised her and died last month; Moana says the tangi was the last time she "
      "felt held. Grief work that honours that?",
      [("name", "Moana")]),
    # ------------------------------------------------------------------
    # Places (towns, neighbourhoods, counties, schools, clinics, businesses)
    # ------------------------------------------------------------------
    C("Kid is 12, plays hockey in Moose Jaw, and the coach screams at them. Parents say 'that's hockey'. "
      "How do I talk to parents about emotional abuse in sport?",
      [("place", "Moose Jaw")]),
    C("She grew up in Quarry Hill, the rough end of town, and code-switches hard in session. How do you "
      "invite that version of her into the room?",
      [("place", "Quarry Hill")]),
    C("works at the Greyhaven Public Library and sees her abuser's mother there every week. Avoidance isn't "
      "an option. Scripts?",
      [("place", "Greyhaven Public Library")]),
    C("Client teaches at Saint Columba's Academy and a parent found her old social media. Shame spiral. How "
      "do you work with fear of exposure?",
      [("place", "Saint Columba's Academy")]),
    C("He's in Hollis Ridge Treatment Center for 28 days and wants to keep our sessions by phone. Do "
      "residential programs usually allow that?",
      [("place", "Hollis Ridge Treatment Center")]),
    C("Northgate Family Clinic referred her after a 'behavioural incident' in their waiting room. They "
      "won't send details. Take the referral blind?",
      [("place", "Northgate Family Clinic")]),
    C("grew up in bemidji, lives in fishtown now, still says 'up north' like it's a place she can't go "
      "back to. grief for a place - any reading?",
      [("place", "bemidji"), ("place", "fishtown")]),
    C("He works at the Sandhill Poultry plant in Eunice and the line speed is wrecking his hands and his "
      "sleep. Work stress, immigration fear. Where to start?",
      [("place", "Sandhill Poultry"), ("place", "Eunice")]),
    C("Client's a barista at the Osprey Point Co-op and her manager keeps scheduling her on her meeting "
      "nights. Accommodation letter?",
      [("place", "Osprey Point Co-op")]),
    C("She's from Llandudno, moved to Cardiff for uni, hates it. Homesickness or depression? PHQ-9 is 14.",
      [("place", "Llandudno"), ("place", "Cardiff")]),
    C("family's in Lassen County, no therapists within two hours. He does sessions from a grocery store "
      "parking lot in Susanville. Cope or refer?",
      [("place", "Lassen County"), ("place", "Susanville")]),
    C("My client coaches at Millbrook Flats Elementary and a student disclosed to her. She's shaken. "
      "Supporting the supporter?",
      [("place", "Millbrook Flats Elementary")]),
    C("Moved from Logan Square to the suburbs and feels like she lost her whole identity. Identity work for "
      "'city people'?",
      [("place", "Logan Square")]),
    C("He's a wheat farmer outside Walla Walla, prices tanked, and he mentioned his rifle twice. Lethal "
      "means counseling with a farmer?",
      [("place", "Walla Walla")]),
    C("client's sister runs the Gorse Creek Motel and my client works there unpaid. family business "
      "boundaries, any thoughts",
      [("place", "Gorse Creek Motel")]),
    C("Fitzroy share house, six housemates, no private room for telehealth. She does sessions in the "
      "bathroom. Better options?",
      [("place", "Fitzroy")]),
    C("Grew up in Chillicothe, left at 18, came back to care for dad. Caregiver burnout plus 'I never "
      "wanted to be back here' grief.",
      [("place", "Chillicothe")]),
    C("She taught at Larkhill Commons Primary for 20 years and was let go after the complaint. Grief, "
      "identity, anger. All of it.",
      [("place", "Larkhill Commons Primary")]),
    C("He goes to the Thursday meeting at St. Aidan's in Ballarat and his sponsor is also his boss. Do I "
      "raise the dual role?",
      [("place", "St. Aidan's"), ("place", "Ballarat")]),
    C("Works at Yellowknife's only bookshop and keeps running into her coworkers' kids, who are my "
      "clients. Small-city overlaps up north?",
      [("place", "Yellowknife")]),
    C("client just moved to kamloops for a fresh start and everything followed her. geographic cure "
      "conversations, how do you have them?",
      [("place", "kamloops")]),
    C("Commutes from Penrith into the city, 3 hours a day. No time for anything but work and therapy. "
      "Which one goes?",
      [("place", "Penrith")]),
    C("He's the pharmacist at Copperleaf Pharmacy in Paducah. Everybody knows him. He can't be seen going "
      "into a therapist's office. Telehealth only?",
      [("place", "Copperleaf Pharmacy"), ("place", "Paducah")]),
    C("Skegness caravan park, winter, no heating. My client is 44 and says this is the lowest she's been. "
      "Practical needs before therapy?",
      [("place", "Skegness")]),
    C("She's a hygienist at Bluestem Dental in Bozeman and a patient recognised her from group. Now she "
      "wants to quit group. Thoughts?",
      [("place", "Bluestem Dental"), ("place", "Bozeman")]),
    C("Dorchester three-decker, three generations, zero privacy. Sessions from the car again. Anyone have "
      "a list of quiet spaces clients can use?",
      [("place", "Dorchester")]),
    C("Her council flat in Hackney has mould and the kids keep getting sick. Shame about 'letting it get "
      "like this'. Practical plus emotional.",
      [("place", "Hackney")]),
    C("Retired to Ocean Shores with his wife and hates it. Retirement depression, or grief for the job?",
      [("place", "Ocean Shores")]),
    # ------------------------------------------------------------------
    # Dates
    # ------------------------------------------------------------------
    C("She relapsed on 12.05.2025 (European format, she's Dutch) and marks it as her new day one. How do "
      "you talk about relapse without it wiping out her progress?",
      [("date", "12.05.2025")]),
    C("Intake says date of injury 9-Jan-26. He insists the anxiety started way before the crash. How do "
      "you write that up for the workers' comp evaluator?",
      [("date", "9-Jan-26")]),
    C("her mom died sept 3rd and she wants to do a ritual on the anniversary. she's asked me to help plan "
      "it. too far outside my role?",
      [("date", "sept 3rd")]),
    C("Court date is the 21st of june and she's dissociating every time we mention it. Grounding work now, "
      "processing after?",
      [("date", "the 21st of june")]),
    C("He was discharged Oct. 2 and told to 'follow up within 7 days'. Our first slot was the 11th. What do "
      "you do when the system can't meet its own standard?",
      [("date", "Oct. 2"), ("date", "the 11th")]),
    C("DOB 11/30/58 - the insurer rejected the claim because I typed 11/30/85. Fastest way to fix a "
      "transposed DOB on a claim?",
      [("date", "11/30/58"), ("date", "11/30/85")]),
    C("Last session was Jan 9th and she hasn't responded since. Third outreach letter or close the file?",
      [("date", "Jan 9th")]),
    C("His son's birthday is 1 April and he hasn't seen him in 3 years. He wants to show up at the party. "
      "How do I explore this without feeding a plan that could go badly?",
      [("date", "1 April")]),
    C("She wrote 4/17 on the whiteboard as the day she'll tell her parents she's pregnant. Anyone do "
      "'disclosure rehearsal' sessions?",
      [("date", "4/17")]),
    C("Admission was 2025-11-02, discharge 2025-11-20, so nearly three weeks inpatient for anorexia. Step-"
      "down to IOP - how do you coordinate meal support?",
      [("date", "2025-11-02"), ("date", "2025-11-20")]),
    C("DOB 07/22/1961 on the form and she insists she's 'nowhere near' Medicare age. The denial about aging "
      "is the whole presenting problem honestly.",
      [("date", "07/22/1961")]),
    # ------------------------------------------------------------------
    # Ages over 89
    # ------------------------------------------------------------------
    C("Client (aged 98!) wants EMDR for wartime memories he's never told anyone. Any contraindications "
      "specific to very old clients? Cardiac stuff?",
      [("age_over_89", "aged 98")]),
    C("She's 93, sharp as anything, and wants to talk about her first marriage, which nobody in the family "
      "knows about. Life review work - any structure you like?",
      [("age_over_89", "93")]),
    C("He turns ninety-four next week and says he's 'done'. Not suicidal by his account, just done. How do "
      "you assess that in the very old?",
      [("age_over_89", "ninety-four")]),
    C("A client, 97, asked me to help her write letters to her grandchildren to open after she dies. "
      "Legacy work - favourite prompts?",
      [("age_over_89", "97")]),
    C("My oldest client just turned 90 and celebrated by telling me she wants to stop therapy. Graceful "
      "ending with someone who might not be here next year?",
      [("age_over_89", "just turned 90")]),
    C("Grandfather is ninety-two and the only one who speaks to my client. His health is failing. "
      "Anticipatory grief in a teen?",
      [("age_over_89", "ninety-two")]),
    C("Seeing a 99 yo in a care home via video. Hearing is the main barrier. Captions? Amplifier? What's "
      "worked for you?",
      [("age_over_89", "99 yo")]),
    C("Her grandmother is a 103-year-old Holocaust survivor and my client carries a lot of her story. "
      "Intergenerational trauma readings?",
      [("age_over_89", "103-year-old")]),
    C("he's 97 and wants to come out to his family. honestly made my week. any resources for LGBTQ elders?",
      [("age_over_89", "he's 97")]),
    C("Client wants to bring her 94-year-old great-aunt to a family session; the aunt raised her and "
      "speaks mostly Yoruba. Interpreter for one person in a family session?",
      [("age_over_89", "94-year-old")]),
    # ------------------------------------------------------------------
    # Phones and faxes (US, UK, Australian, Canadian, international)
    # ------------------------------------------------------------------
    C("UK client's GP surgery is on 020 7946 0318 and they keep telling her the referral is 'in the "
      "system'. Anyone know how to escalate with NHS Talking Therapies?",
      [("phone", "020 7946 0318")]),
    C("Text came from 07700 900962 at 2am - 'it's me, I'm sorry' - and my client thinks it's her ex on a "
      "new number. Safety planning update?",
      [("phone", "07700 900962")]),
    C("Her sister in Perth is on +61 491 570 737 and wants to join a session by phone. The time difference "
      "is brutal. Worth it?",
      [("place", "Perth"), ("phone", "+61 491 570 737")]),
    C("Ottawa client's emergency contact is +1 613 555 0147 and it's her ex. She won't change it. Do I "
      "push?",
      [("place", "Ottawa"), ("phone", "+1 613 555 0147")]),
    C("he left a voicemail from 555-0164 saying he's 'taking care of things'. i called back, no answer. "
      "welfare check or wait?",
      [("phone", "555-0164")]),
    C("cell: 503 555 0133 - that's what she wrote on the crisis plan, but it's a work phone her boss can "
      "see. Do I ask for a personal number?",
      [("phone", "503 555 0133")]),
    C("Mom keeps calling the front desk from 412.555.0191 to ask if her son (he's 24) checked in. Front "
      "desk needs a script.",
      [("phone", "412.555.0191")]),
    C("Edmonton group practice line is (780) 555-0110 ext. 4, and apparently that's how her ex found out "
      "she's seeing me. Who do you call about a front desk leak?",
      [("place", "Edmonton"), ("phone", "(780) 555-0110 ext. 4")]),
    C("Her partner calls from 0491 570 158 at all hours and she asked me to note the number in case there's "
      "an AVO later. We're in Toowoomba. Should my notes include that?",
      [("phone", "0491 570 158"), ("place", "Toowoomba")]),
    C("(02) 5550 3126 is the GP's number out in Wagga Wagga - he keeps upping her diazepam without talking "
      "to me. How do you raise it with a GP who won't call back?",
      [("phone", "(02) 5550 3126"), ("place", "Wagga Wagga")]),
    C("Her mom is at (416) 555-0182, lives out in Scarborough. Client wants to call mom during session as an "
      "exposure. Too much?",
      [("phone", "(416) 555-0182"), ("place", "Scarborough")]),
    C("Old psychiatrist's letterhead says Tel 0161 496 0732, Fax 0161 496 0733. Reached nobody on either. "
      "How do you get records from a retired UK psychiatrist?",
      [("phone", "0161 496 0732"), ("fax", "0161 496 0733")]),
    C("Psychiatrist's office in Kitsilano only takes referrals by fax, 604-555-0119. Who still has a fax "
      "machine? Is an e-fax service okay privacy-wise?",
      [("place", "Kitsilano"), ("fax", "604-555-0119")]),
    C("The discharge summary came from the ward's fax line 020 7946 0871 with someone else's patient "
      "attached too. What's the protocol for a misdirected fax?",
      [("fax", "020 7946 0871")]),
    C("Psych evaluator wants the records faxed to 312-555-0186 by Friday. Client signed, but I've never "
      "sent a full chart. Summary instead?",
      [("fax", "312-555-0186")]),
    C("I faxed the referral to (02) 5550 7781 - the clinic in Dubbo - twice and they say they never got "
      "it. Anyone else fighting with rural fax lines?",
      [("fax", "(02) 5550 7781"), ("place", "Dubbo")]),
    C("Halifax hospital social worker gave me fax: +1 902 555 0125 for the discharge plan. It's 2026, why?",
      [("place", "Halifax"), ("fax", "+1 902 555 0125")]),
    C("school wants the 504 letter sent to their fax line 555-0107, attn the counselor. is a fax to a "
      "school office private enough?",
      [("fax", "555-0107")]),
    C("Fax (919) 555-0155 is on the court order for submitting attendance records. Do people send just the "
      "dates attended or more?",
      [("fax", "(919) 555-0155")]),
    C("fax # 801 555 0172 for the disability evaluator. she wants EVERYTHING since intake. Is there a "
      "minimum-necessary argument here?",
      [("fax", "801 555 0172")]),
    # ------------------------------------------------------------------
    # E-mail and URLs
    # ------------------------------------------------------------------
    C("She asked me to send homework to lupe.r.ortega@correo.example instead of the portal. Her kids use "
      "the family iPad. Any downsides beyond the obvious?",
      [("email", "lupe.r.ortega@correo.example")]),
    C("Counselor at the school emailed from counselor.hines@bramblewood.k12.example asking for 'a quick "
      "update'. No ROI on file. Reply or ignore?",
      [("email", "counselor.hines@bramblewood.k12.example")]),
    C("client's partner cc'd me from night.owl.writes@proton.example on a fight they were having. i didn't "
      "reply. do i raise it in session?",
      [("email", "night.owl.writes@proton.example")]),
    C("Reply-to on the referral was p.dhillon@dhillonfreight.example - the client's brother, also his "
      "boss. Confidentiality minefield. Advice?",
      [("email", "p.dhillon@dhillonfreight.example")]),
    C("Emailed me at 11pm from szabo.eszter77@freemail.example with a 3-page letter about her childhood. "
      "Read it before session or read it together?",
      [("email", "szabo.eszter77@freemail.example")]),
    C("Her ex set up an account, kindness4you.always@inbox.example, to send her 'supportive' messages. She "
      "wants help writing a no-contact reply.",
      [("email", "kindness4you.always@inbox.example")]),
    C("Contact for the EAP case manager is R.Okeke-Dunn@wellworks-eap.example - client wants me to send "
      "only attendance. How do EAPs usually handle that?",
      [("email", "R.Okeke-Dunn@wellworks-eap.example")]),
    C("He emails from dj.tremblay.qc@courriel.example - that's his late father's old address, he says. "
      "Grief thing worth exploring or just practicality?",
      [("email", "dj.tremblay.qc@courriel.example")]),
    C("He sent me his blog, marcusdelacroixwrites.blog, where he writes about 'what my therapist said this "
      "week'. He doesn't name me. Do I bring it up or leave it?",
      [("url", "marcusdelacroixwrites.blog")]),
    C("She runs an anonymous newsletter at https://quietrooms.substack.example/p/my-therapist-and-me about "
      "our sessions. I found it by accident. Do I tell her?",
      [("url", "https://quietrooms.substack.example/p/my-therapist-and-me")]),
    C("He wants me to follow his recovery account, instagram.com/sober.in.the.valley, 'for "
      "accountability'. Hard no, right? How do I say it without shaming?",
      [("url", "instagram.com/sober.in.the.valley")]),
    C("youtube.com/@ironwillstavros is his channel and half the videos are him lifting with a torn "
      "rotator cuff. I watched one because he asked. Mistake?",
      [("url", "youtube.com/@ironwillstavros")]),
    C("His portfolio site haruto-sato.dev has a whole 'mental health journey' page naming the clinic. "
      "Privacy talk?",
      [("url", "haruto-sato.dev")]),
    C("she posted the fundraiser link, gofund.example/mariams-recovery, in the group chat for our waiting "
      "room volunteers. Ask her to take it down?",
      [("url", "gofund.example/mariams-recovery")]),
    C("The ex made a site, www.truthaboutkelsey.example, with her photos. Police say it's civil. How do you "
      "support a client through image-based abuse?",
      [("url", "www.truthaboutkelsey.example")]),
    C("Found his dating profile at http://matchpoint.example/u/88271 - he's listed as single. His wife is "
      "in couples work with me. What now?",
      [("url", "http://matchpoint.example/u/88271")]),
    C("Client sells art at fernlight-studio.shop and got a big order from a former teacher who abused her. "
      "Take the money or not - her question, but she wants my view.",
      [("url", "fernlight-studio.shop")]),
    C("his link page is linktr.ee/kwame.beats.official and he's 16 and doesn't see the risk. "
      "Psychoeducation, or a parent conversation?",
      [("url", "linktr.ee/kwame.beats.official")]),
    # ------------------------------------------------------------------
    # IP addresses
    # ------------------------------------------------------------------
    C("Her ex keeps logging into her email from 198.51.100.77 - she showed me the security alerts. Her "
      "lawyer asked me for a letter for the protective order. What goes in?",
      [("ip_address", "198.51.100.77")]),
    C("Parent-monitoring app shows 203.0.113.19 as the login location for her Snapchat - she swears it's "
      "not her. Parents want me to 'get the truth'. Not my job, right?",
      [("ip_address", "203.0.113.19")]),
    C("Telehealth platform flagged a login from 192.0.2.146 during our session - she says it's her "
      "brother's VPN. Should I pause the session?",
      [("ip_address", "192.0.2.146")]),
    C("Stalking case: IPv6 2001:db8::4f2a keeps showing up on her cloud account. Tech-safety folks - what "
      "do I recommend, or do I refer to a DV tech advocate?",
      [("ip_address", "2001:db8::4f2a")]),
    C("Home router is at 192.168.1.57 and her husband reads the logs. We've moved to sessions from her car. "
      "Safer options?",
      [("ip_address", "192.168.1.57")]),
    C("Our EHR audit log shows her chart opened from 10.0.14.22 - a workstation in billing, and her cousin "
      "works billing. Who do I tell?",
      [("ip_address", "10.0.14.22")]),
    C("Zoom shows his IP as 198.51.100.3, which geolocates to a different country than he says he's in. "
      "Licensure issue? Do I ask?",
      [("ip_address", "198.51.100.3")]),
    C("Security alert on her bank: login from 2001:db8:4c1e::19:f00d at 4am. Her ex knows all her "
      "passwords. Is a password reset plan in session in scope?",
      [("ip_address", "2001:db8:4c1e::19:f00d")]),
    C("Ex showed up at her work after logging in to her phone-finder app from 203.0.113.254. She's asked "
      "if I'll note it. What do you put in notes for possible court use?",
      [("ip_address", "203.0.113.254")]),
    C("The threatening email's headers show 2001:0db8:0000:0000:0000:ff00:0042:8329 as the origin. A "
      "detective asked me if she's 'credible'. What can I say?",
      [("ip_address", "2001:0db8:0000:0000:0000:ff00:0042:8329")]),
    # ------------------------------------------------------------------
    # SSN, SIN, NI numbers
    # ------------------------------------------------------------------
    C("SSN on her intake was 529 41 7730 and she wants it blacked out of the copy going to her ex's "
      "lawyer. Any problem redacting our own records like that?",
      [("ssn", "529 41 7730")]),
    C("He gave me his social, 412-67-0938, 'in case something happens'. I don't need it and don't want it. "
      "Shred and document?",
      [("ssn", "412-67-0938")]),
    C("Disability paperwork needs her SSN (611-48-2093) on every page. Is it okay to fill that in for her "
      "or should she?",
      [("ssn", "611-48-2093")]),
    C("ss# 318 40 5512 was written on the sign-in sheet for some reason. Front desk training issue, but do "
      "I have to tell the client?",
      [("ssn", "318 40 5512")]),
    C("Canadian client: SIN 130 692 544 is on the EI form she wants me to sign. I'm not her doctor. Can a "
      "counsellor even sign that?",
      [("ssn", "130 692 544")]),
    C("UK client emailed her National Insurance number QQ 12 34 56 C for the PIP assessment letter. Do I "
      "put it in the letter?",
      [("ssn", "QQ 12 34 56 C")]),
    C("SSN: 287654321 typed into the message field of our portal. She thinks that's how you 'verify'. Do I "
      "delete the message?",
      [("ssn", "287654321")]),
    C("social security number 700-18-4421 belongs to her late husband and she keeps using it on forms to "
      "'stay connected'. Grief, fraud concern, or both?",
      [("ssn", "700-18-4421")]),
    C("soc sec 455 09 8821 - that's his, he wrote it on his safety plan under 'who I am'. Identity stuff is "
      "huge for him after the TBI. Keep the plan as is?",
      [("ssn", "455 09 8821")]),
    # ------------------------------------------------------------------
    # Medical record numbers
    # ------------------------------------------------------------------
    C("MRN 00731955 - sorry, pasted that from the EHR by accident. Real question: client with functional "
      "seizures whose neurologist told her it's 'all in her head'. How do you collaborate?",
      [("medical_record", "00731955")]),
    C("NHS number 999 218 4407 is on the referral letter. Fine for my records, but she wants me to forward "
      "it to her employer. Strip it first?",
      [("medical_record", "999 218 4407")]),
    C("MRN: A2248817 - inpatient unit wants collateral from me. Client is on a hold and hasn't consented. "
      "What's the emergency exception in practice?",
      [("medical_record", "A2248817")]),
    C("chart #44-10923 at the hospital has an old 'malingering' note that keeps following him. Can a "
      "therapist request an amendment?",
      [("medical_record", "44-10923")]),
    C("Patient ID PT-0089931 is on the lab results she printed for me. She wants me to interpret them. "
      "Outside my scope, but how do I say it kindly?",
      [("medical_record", "PT-0089931")]),
    C("hospital number K4471920 - she brought her discharge papers and asked me to keep them 'somewhere "
      "safe'. Do you hold original records for clients?",
      [("medical_record", "K4471920")]),
    C("NHS no. 999 462 1185 got pasted into our group supervision notes by a trainee. How bad is that, and "
      "what's the fix?",
      [("medical_record", "999 462 1185")]),
    C("MR# 7733021 from the ED visit lists 'intentional overdose' - client says it was accidental. Do I "
      "document her version alongside?",
      [("medical_record", "7733021")]),
    C("His record number at the VA is 10048823 and he wants to know whether his new job can see it. They "
      "can't, but he won't believe me.",
      [("medical_record", "10048823")]),
    # ------------------------------------------------------------------
    # Health plan numbers
    # ------------------------------------------------------------------
    C("Insurer wants full notes for a 'retro review' on member ID ZQH448203917. How much do folks actually "
      "send? I was thinking a treatment summary only.",
      [("health_plan", "ZQH448203917")]),
    C("Medicaid ID 71104482935 - she's been cut off for 'failure to renew' and owes me for 4 sessions. Keep "
      "seeing her?",
      [("health_plan", "71104482935")]),
    C("policy no. BCX-4471-229, and the insurer says the policy lapsed in February. She had no idea. "
      "Sliding scale while she sorts it?",
      [("health_plan", "BCX-4471-229")]),
    C("Medicare MBI 2QH7-RT4-KW19 keeps getting rejected on my claims. Anyone else struggling with the "
      "newer cards?",
      [("health_plan", "2QH7-RT4-KW19")]),
    C("Ontario client's health card 4532-281-745-XY was in the referral. I'm private pay - do I even need "
      "to keep it?",
      [("health_plan", "4532-281-745-XY")]),
    C("Medicare card 2951 48302 1 - Aussie client - and she wants a mental health care plan. Does the GP "
      "need to review it after 6 sessions?",
      [("health_plan", "2951 48302 1")]),
    C("subscriber ID W8821-44710 is her dad's plan and he gets the EOBs. She's 23. Confidential "
      "communications request - has anyone gotten one approved?",
      [("health_plan", "W8821-44710")]),
    C("member 0FJ22918840 - that's the number on the EAP card. Six free sessions and then what? Handoff "
      "ideas?",
      [("health_plan", "0FJ22918840")]),
    C("Plan ID HMO-55-9910233 says 'no out-of-network'. She's been with me 3 years. Single case agreement - "
      "anyone succeeded?",
      [("health_plan", "HMO-55-9910233")]),
    C("member ID: 88412003107 (from a photo of her card). Insurer now wants a diagnosis before session 2. "
      "How fast do you diagnose?",
      [("health_plan", "88412003107")]),
    # ------------------------------------------------------------------
    # Account numbers
    # ------------------------------------------------------------------
    C("she wants me to bill her HSA directly and texted me acct 0048 3319 7720 56 plus the routing number. "
      "never done this. do people take HSA like that?",
      [("account", "0048 3319 7720 56")]),
    C("IBAN GB82 WEST 1234 5698 7654 32 - she wants to pay by bank transfer while she's abroad. Any issues "
      "with clients paying like that?",
      [("account", "GB82 WEST 1234 5698 7654 32")]),
    C("acct #771-20349-8 is his betting account - he brought the statements to session. CBT for gambling, "
      "anyone use a workbook they like?",
      [("account", "771-20349-8")]),
    C("patient account 4410029 has a balance of $1,200 and she's in crisis. Do I pause billing? Collections "
      "never, right?",
      [("account", "4410029")]),
    C("She paid with card 5555 5555 5555 4444 - read it to me over the phone and I wrote it on a sticky "
      "note. I know. How do I handle card payments securely going forward?",
      [("account", "5555 5555 5555 4444")]),
    C("Her ex keeps demanding she transfer money to account 3391 0047 22. Financial abuse - how do you help "
      "a client who keeps giving in?",
      [("account", "3391 0047 22")]),
    C("loan account LN-22049917 is in default and the collector calls her at work. Shame is intense. "
      "Financial therapy - anyone trained?",
      [("account", "LN-22049917")]),
    C("utility acct 8830-1192-04 is in his name and his ex won't transfer it. Tiny thing but it triggers "
      "him every month. Exposure? Problem solving?",
      [("account", "8830-1192-04")]),
    C("billing account BA-550193 got merged with her mother's by our billing company. Mom saw her session "
      "dates. What are my obligations?",
      [("account", "BA-550193")]),
    C("Lakeshore Credit Union member no. 5521-0930 - she handed me the envelope with her savings book 'for "
      "safekeeping'. Absolutely not, but what's going on here?",
      [("place", "Lakeshore Credit Union"), ("account", "5521-0930")]),
    # ------------------------------------------------------------------
    # Licence / certificate numbers
    # ------------------------------------------------------------------
    C("He showed me his CDL, licence no. K882-4410-9931, to prove he's still driving long haul even with "
      "untreated sleep apnea. Duty to warn or a medical team thing?",
      [("licence", "K882-4410-9931")]),
    C("NPI 1457392068 on the superbill is his old therapist's, not mine - he copied it. Is that a problem "
      "for reimbursement?",
      [("licence", "1457392068")]),
    C("His psychiatrist's DEA number BK4471928 is printed on the script he photographed and posted online. "
      "Do I mention it to the psychiatrist?",
      [("licence", "BK4471928")]),
    C("LPC #14772 is the supervisor's licence number on the letter she forged. Client is a counseling "
      "intern. Ethics report or conversation first?",
      [("licence", "LPC #14772")]),
    C("certification # CADC-20931 - he says he's a certified addiction counselor and wants to 'co-lead' "
      "his own group. He's my client. Uh.",
      [("licence", "CADC-20931")]),
    C("Her licence number PSY 30417 is on the complaint the board sent. She's my client and a therapist "
      "herself. Supporting a clinician through a board complaint?",
      [("licence", "PSY 30417")]),
    C("driver's licence W4417-38290-61205 was suspended after the DUI and he's hiding it from his wife. "
      "It's his secret, not mine - but the kids ride with him.",
      [("licence", "W4417-38290-61205")]),
    C("UK driving licence WHITC704129JA8LK - she sent a photo of it to 'prove' her age for the group. "
      "She's 17. Oops on every level.",
      [("licence", "WHITC704129JA8LK")]),
    C("RN license 0981144 is under review after the med error and she's terrified. Shame-focused work or "
      "practical prep for the hearing first?",
      [("licence", "0981144")]),
    C("AHPRA registration PSY0002218774 is on his referral letter - the referring psychologist is also his "
      "aunt. Dual relationship red flag?",
      [("licence", "PSY0002218774")]),
    C("Client is an attorney, bar no. 284419, and the disciplinary board wants a letter saying she's 'fit "
      "to practice'. Not my role, right?",
      [("licence", "284419")]),
    # ------------------------------------------------------------------
    # Vehicles
    # ------------------------------------------------------------------
    C("Her plate is KP19 XRT and she says her ex's mate follows her car to work. Police told her to keep a "
      "log. Should I document the sightings too?",
      [("vehicle", "KP19 XRT")]),
    C("He sleeps in his truck, plate HRZ 4471, behind the Pinewood Diner most nights. Outreach without "
      "consent - where's the line?",
      [("vehicle", "HRZ 4471"), ("place", "Pinewood Diner")]),
    C("VIN 2T1BURHE5JC044718 is on the repo notice she brought in. The car was her only private space for "
      "calls. Practical problem solving in therapy?",
      [("vehicle", "2T1BURHE5JC044718")]),
    C("plate 7TRK229 keeps parking outside the clinic during her sessions. She thinks it's her stepfather. "
      "Do I call anyone?",
      [("vehicle", "7TRK229")]),
    C("Ontario plate CBKT 442 - that's the car her ex drives, she wants it in her file in case something "
      "happens. Is that my job?",
      [("vehicle", "CBKT 442")]),
    C("rego YQT-88K, the ute that ran her off the road. She's hypervigilant every time she sees a white "
      "ute. Exposure to white utes? lol but serious",
      [("vehicle", "YQT-88K")]),
    C("vin 3FA6P0H74HR229107 - he memorised the VIN of the car he crashed and recites it when anxious. "
      "Compulsion? Grounding ritual?",
      [("vehicle", "3FA6P0H74HR229107")]),
    C("tag number JJV-9012 on the motorcycle he bought after his brother died in a bike crash. Family is "
      "panicking. Do I address the risk?",
      [("vehicle", "JJV-9012")]),
    C("Witness statement says a van with licence plate DKW 5531 was at the school. My client is the driver "
      "and asked what he should tell police. Obviously not legal advice, but...",
      [("vehicle", "DKW 5531")]),
    C("Her new car's reg is LM21 WPA and she cried telling me - first thing she's owned outright since "
      "leaving him. Just sharing a win.",
      [("vehicle", "LM21 WPA")]),
    # ------------------------------------------------------------------
    # Devices
    # ------------------------------------------------------------------
    C("She's convinced her cochlear implant (serial CI-88Q-20417) lets the neighbours listen in. Audiologist "
      "says it's fine. Psychosis screen or sensory overwhelm? She's 58.",
      [("device", "CI-88Q-20417")]),
    C("IMEI 356938035643809 is on the police report for her stolen phone - the one with all her journaling. "
      "Grief over lost writing, anyone?",
      [("device", "356938035643809")]),
    C("Pacemaker serial PMX-4471-22Q - he checks the app every hour. Health anxiety with a real device; how "
      "do you do exposure when the risk isn't zero?",
      [("device", "PMX-4471-22Q")]),
    C("insulin pump SN: 11PQ88204 keeps alarming in session and she's mortified. Type 1 diabetes distress - "
      "any specialised resources?",
      [("device", "11PQ88204")]),
    C("hearing aid serial 2217-QA-09 - he lost one and thinks his daughter hid it. Paranoia or family "
      "conflict? He's 81.",
      [("device", "2217-QA-09")]),
    C("ankle monitor unit #AM-77123 beeps whenever he's near the park. Court-mandated client, hates the "
      "monitor, hates me. Engagement ideas?",
      [("device", "AM-77123")]),
    C("CPAP serial 22041188AZ - sorry, it's on the sleep study I'm reading. He won't wear it and his "
      "insomnia is worse. CBT-I with untreated apnea?",
      [("device", "22041188AZ")]),
    C("Her laptop, serial C02XK1ZZJG5H, was seized in the investigation, therapy journal and all. Can I write "
      "a letter asking for the journal back?",
      [("device", "C02XK1ZZJG5H")]),
    C("Parental control app shows device MAC 00:1B:44:11:3A:B7 connecting at 3am. Parents want me to "
      "confront their teen. I want to not be the cop. Ideas?",
      [("device", "00:1B:44:11:3A:B7")]),
    C("access badge serial AB-0044771 was used to get into the pharmacy at night - her badge, she says she "
      "lent it. Her employer's EAP referred her to me.",
      [("device", "AB-0044771")]),
    C("Phone IMEI 35 209900 176148 1 - she read it off the box so I could 'write it down for the police'. "
      "Why did I write it down?",
      [("device", "35 209900 176148 1")]),
    # ------------------------------------------------------------------
    # Street addresses
    # ------------------------------------------------------------------
    C("Client lives at 4418 Larchmont Ave, Springfield and the billing office mails statements there, "
      "which her husband opens. Can we switch her to paperless quietly?",
      [("street_address", "4418 Larchmont Ave"), ("place", "Springfield")]),
    C("Client just moved to 1207 Quillan Street in Bemidji and says it's the first place she's slept "
      "through the night. Anchoring that in session?",
      [("street_address", "1207 Quillan Street"), ("place", "Bemidji")]),
    C("Flat 3, 22 Harcourt Terrace is where the assault happened and she has to walk past it to get to "
      "work. In vivo exposure or rerouting?",
      [("street_address", "Flat 3, 22 Harcourt Terrace")]),
    C("He's living in his van at the back of 77 Wirraway Crescent, Mildura - a mate's place. Sleep is "
      "terrible. Where do you start with sleep when there's no bed?",
      [("street_address", "77 Wirraway Crescent"), ("place", "Mildura")]),
    C("Mail to PO Box 4471, Kettle Falls keeps coming back. She changed it without telling us. Is that "
      "avoidance I should name?",
      [("street_address", "PO Box 4471"), ("place", "Kettle Falls")]),
    C("3350 N. Fennimore Rd is the group home and the staff there keep opening my client's mail. Letter to "
      "the agency?",
      [("street_address", "3350 N. Fennimore Rd")]),
    C("unit 12B, 880 Kestrel Way - her new apartment - is across the hall from her abuser's brother. Safety "
      "planning ideas?",
      [("street_address", "unit 12B, 880 Kestrel Way")]),
    C("She grew up at 14 Cranmore Road, Kirkcaldy, and wants to drive past the house on her trip home. "
      "Imagery rehearsal first?",
      [("street_address", "14 Cranmore Road"), ("place", "Kirkcaldy")]),
    C("Parents' house at 9 Ashgrove Lane is where he says the abuse happened. Family wants to sell and he "
      "wants to see it one last time. Accompany him? Never done an off-site.",
      [("street_address", "9 Ashgrove Lane")]),
    C("Her building at 415 W. Dunmore Blvd has no elevator and she uses a wheelchair; she's stuck inside "
      "most days. Advocacy letter to the landlord?",
      [("street_address", "415 W. Dunmore Blvd")]),
    C("Client lives at 62 Kowhai Street, Whanganui, with her nan, and says the house is the only place she "
      "feels safe. Working toward school attendance from there?",
      [("street_address", "62 Kowhai Street"), ("place", "Whanganui")]),
    # ------------------------------------------------------------------
    # ZIP and postcodes
    # ------------------------------------------------------------------
    C("Billing bounced again - zip on file is 97213-4410 but she's been staying at her sister's since the "
      "fire. Do I update it or wait for her to ask?",
      [("zip_code", "97213-4410")]),
    C("Client's in zip 04011 and the only in-network therapist within 40 miles is me. Dual relationships "
      "everywhere. How do rural folks manage?",
      [("zip_code", "04011")]),
    C("He moved to Ypsilanti, MI 48197 and wants to keep seeing me. I'm licensed in Ohio only. Compact "
      "options, or does that not apply to counselors?",
      [("place", "Ypsilanti"), ("zip_code", "48197")]),
    C("Telehealth address on file: Truro NS B2N 3K5. She's moving provinces next month. Licensure in "
      "Canada - anyone?",
      [("place", "Truro"), ("zip_code", "B2N 3K5")]),
    C("ZIP+4 60647-2219 on the claim doesn't match the insurer's file and they rejected it. Tiny thing, "
      "huge delay for a client who needs this.",
      [("zip_code", "60647-2219")]),
    C("Ashby 01431 is where she grew up, everybody knows everybody. She's afraid to see anyone local. "
      "Telehealth from two towns over works?",
      [("place", "Ashby"), ("zip_code", "01431")]),
    C("Intake form lists 54952 as his zip and 'the woods' as his address. Unhoused by choice, he says. How "
      "do you assess that?",
      [("zip_code", "54952")]),
    C("in 30318 there's one clinic with a sliding scale and a 6-month waitlist. Bridge options while she "
      "waits?",
      [("zip_code", "30318")]),
    C("UK client's postcode LS6 2QR got flagged by our telehealth platform as 'outside service area'. We're "
      "a UK practice. Anyone else?",
      [("zip_code", "LS6 2QR")]),
    C("Lives in Natchitoches 71457, drives 90 minutes each way to see me. Switch to telehealth, or is the "
      "drive part of the therapy for him?",
      [("place", "Natchitoches"), ("zip_code", "71457")]),
    C("Our billing system auto-filled zip 97520 for everyone and three clients' EOBs went to the wrong "
      "address. Do I report that?",
      [("zip_code", "97520")]),

    # ------------------------------------------------------------------
    # Clean snippets (expected empty): any finding is a false alarm
    # ------------------------------------------------------------------
    # therapies, scales, drugs, diagnoses
    C("PHQ-9 went from 18 to 11 over a 12-week CBT protocol but GAD-7 hasn't budged. Anyone layering ACT "
      "on top of CBT for generalized anxiety?"),
    C("Psychiatrist just switched her from sertraline 100 mg to Lexapro 10 mg and she's flat. When do you "
      "loop back to the prescriber vs wait out the titration?"),
    C("Lithium level came back 0.8 and he's relieved, but says the Bipolar II label still feels like a life "
      "sentence. How do you talk about diagnosis as a tool?"),
    C("ACE score 6, PCL-5 of 52, and she wants to go straight into EMDR. I'd usually do stabilization "
      "first. How long do you stay in resourcing?"),
    C("He drinks about 2.25 drinks a night on average, which he calls 'basically nothing'. MI or harm "
      "reduction framing?"),
    C("BMI of 18.9, restricting since the spring, and the dietitian wants weekly weights. Blind weighing or "
      "open? Team is split."),
    C("Sleeping 3.5 hours a night since the new baby. Not sure if it's postpartum depression or just sleep "
      "deprivation. EPDS was 14."),
    C("ADHD assessment came back positive, starting Adderall XR 20mg. Client worried about becoming "
      "'dependent'. Psychoeducation resources?"),
    C("OCD with scrupulosity - she worries her thoughts are sins. ERP with a religious client: do you "
      "involve clergy? She's Catholic and devout."),
    C("Kid is 9, selective mutism at school, chatty at home. Anyone used a brave talking ladder in school "
      "settings?"),
    C("Linehan's validation levels have been my anchor with a client with Borderline Personality Disorder. "
      "Level 6, radical genuineness, is where I get stuck. Examples?"),
    C("Using Bowlby and attachment language with a couple who are both avoidant. Gottman Method feels too "
      "structured for them right now. EFT instead?"),
    C("Group of 8, 90-minute sessions, closed membership. Yalom's therapeutic factors as a frame for the "
      "first session - too academic for a community group?"),
    C("Reading Winnicott again and thinking about a client who needs me to be 'good enough', not perfect. "
      "Anyone bring Winnicott into rupture-repair explicitly?"),
    C("Bessel van der Kolk's The Body Keeps the Score came up - client read it and now thinks every ache is "
      "trauma. How do you gently complicate a popular book?"),
    C("Somatic Experiencing training is expensive. Is Peter Levine's book enough to start pendulation work, "
      "or is that irresponsible?"),
    C("IFS question: a protector part keeps showing up as 'the bouncer'. Richard Schwartz would say get "
      "curious about it, right? How do you stop it running the session?"),
    C("Dr. Sue Johnson's Hold Me Tight as homework for a couple - anyone find it too heavy for early "
      "sessions?"),
    C("Aaron Beck's cognitive triad with a 16-year-old: too abstract? Any teen-friendly versions?"),
    C("Carl Rogers would say unconditional positive regard. But the client just told me he kicks his dog. "
      "Where's the limit?"),
    C("Pat Ogden's sensorimotor work vs Peter Levine's SE for freeze responses. Which did you train in, and "
      "would you do it again?"),
    C("Dan Siegel's window of tolerance is my go-to psychoeducation. Anyone have a version for clients with "
      "low literacy?"),
    C("Judith Herman's three stages - safety, remembrance and mourning, reconnection. Client wants to skip "
      "to stage two. How firm are you?"),
    C("Esther Perel on infidelity vs Gottman on infidelity - working with a couple who've read both and "
      "argue about it."),
    C("Kabat-Zinn's MBSR 8-week course vs MBCT for recurrent depression. Client has had 3 episodes. Which "
      "would you refer to?"),
    C("Francine Shapiro's adaptive information processing model - client asks 'so where does the memory "
      "go?'. How do you explain it?"),
    C("Paul Gilbert's three-system model landed with a client who hates the word 'compassion'. Small win, "
      "sharing in case it helps anyone."),
    C("Polyvagal theory (Porges) is everywhere but I've read critiques. How do you use it with clients "
      "without overclaiming the science?"),
    C("Mindfulness isn't working for a client who dissociates. Janina Fisher suggests eyes open and "
      "grounding first. Other adaptations?"),
    C("Kristin Neff's self-compassion break made things worse for her - she said it felt fake. Backdraft? "
      "How do you titrate?"),
    C("Reading about Frankl's logotherapy for a client whose meaning was all tied to his career. Anyone "
      "integrated meaning-centred work with CBT?"),
    C("Gottman's Four Horsemen: both partners stonewall. The Sound Relationship House feels premature. "
      "Where do you start?"),
    C("Journaling prompts from Pennebaker's expressive writing paradigm - 4 days, 15-20 minutes. Anyone use "
      "it as-is?"),
    C("Schema therapy modes: client flips into Detached Protector within 10 minutes every session. Jeffrey "
      "Young's chair work, or too early?"),
    C("Attachment-focused EMDR (Laurel Parnell) for someone with no safe memories to resource from?"),
    C("Safety planning beyond the Stanley-Brown template - client says therapy is 'an act of faith' and "
      "she's running out of hope. PHQ-9 item 9 endorsed at 1."),
    C("Psychiatrist prescribed prazosin 2 mg for nightmares. Imagery Rehearsal Therapy alongside - anyone "
      "combine them?"),
    C("Client took 0.5 mg of Ativan before session and is foggy. Do you proceed, reschedule, or discuss the "
      "pattern?"),
    C("Her A1C is 9.1 and she's ashamed to tell her endocrinologist about the binges. Collaborating with "
      "medical teams on diabetes distress?"),
    C("Lithium 900 mg daily, level 1.1 - the psychiatrist is fine with it but he feels cognitively dull. "
      "How do you support med conversations without playing prescriber?"),
    C("A 90-day supply of bupropion 150 mg XL arrived in one bottle and he has a past overdose. Coordinate "
      "with the pharmacy for smaller fills?"),
    C("Pre-session screen: C-SSRS negative, AUDIT-C 6, DAST-10 2. Still feel uneasy about him. Trusting "
      "gut vs measures?"),
    C("WHO-5 at 28 and she says she feels 'fine'. How do you reconcile low measure scores with a client's "
      "self-report?"),
    C("Client is a 19yo college freshman with panic disorder, 4-5 attacks a week. Interoceptive exposure: "
      "stairs, straw breathing, spinning. What order?"),
    C("Exposure hierarchy for emetophobia runs SUDS 20 to 95. Where do people usually start?"),
    C("Rated his anxiety 90 out of 100 during the exposure, then 40 after 25 minutes. Textbook habituation "
      "- but he says it 'doesn't count'."),
    C("Rates her urges 4/10 today, 8/10 yesterday. Urge surfing seems to be helping. Anyone use the DBT "
      "urge-surfing script with teens?"),
    C("BP was 128/84 at her GP visit and she's convinced a stroke is coming. Health anxiety CBT - how long "
      "before reassurance-seeking drops?"),
    C("Her scores went 21, 17, 14, 9 over 8 weeks on the PHQ-9. Time to taper session frequency?"),
    C("EMDR bilateral stimulation: tappers vs eye movements for a client with nystagmus. Auditory better?"),
    C("Trauma-focused CBT (TF-CBT) with a 7-year-old whose caregiver won't participate. Proceed with just "
      "the kid?"),
    C("Session 14 of 16 in the TF-CBT protocol, trauma narrative is done, and the kid wants to read it to "
      "mom. Conjoint session prep?"),
    C("DBT diary cards - teen fills them out in the 5 minutes before session. Better than nothing?"),
    C("Dialectical Behavior Therapy skills group with adolescents: the Walking the Middle Path module is "
      "great, but parents skip it. Engagement tips?"),
    C("Anyone doing the Unified Protocol in group format? 16 weeks feels long for our clinic's budget."),
    C("Module 3, week 6 of the Unified Protocol and she's stuck on emotion-driven behaviours. Skip ahead?"),
    C("Page 214 of the DBT Skills Training Manual, 2nd edition, has the worksheet I want. Okay to photocopy "
      "for a group?"),
    C("Autism assessment for a 41-year-old woman - ADOS-2 vs clinical interview. Who does adult "
      "assessments well?"),
    C("Major depressive disorder, recurrent, moderate. First episode at 15, now 45. Maintenance therapy: "
      "monthly forever?"),
    C("Her mood charts show a 7-day cycle. Rapid cycling criteria are 4 episodes per year - this looks "
      "different. Thoughts?"),
    C("He's 6'2\" and 140 lbs and says he's 'naturally skinny'. ARFID screen? Where would you start?"),
    # codes, standards, professional bodies
    C("HIPAA question, not a client one: does the Safe Harbor method at 45 CFR 164.514(b) cover voice "
      "memos? Asking for our group's policy doc."),
    C("Billing 90837 vs 90834 for 53-minute sessions - our biller says insurers audit 90837 heavily. What's "
      "everyone doing?"),
    C("ICD-10 F43.10 vs F43.12 - when do you call it chronic? DSM-5-TR says 3 months but payers want more."),
    C("ACA Code of Ethics B.7 on research - a client asked to use her own de-identified session recording "
      "for a grad school paper. Okay?"),
    C("NASW code says avoid dual relationships that risk exploitation. Small town, and a client is my "
      "kid's soccer coach. How do others handle that?"),
    C("A supervisee asked whether she can hug a grieving client at the end of session. The APA Ethics Code "
      "doesn't prohibit touch. Where do you land?"),
    C("CPT 90791 for the intake, then 90837 weekly. Insurer now wants 90832 after session 10. Push back?"),
    C("Z63.0 for relationship distress isn't billable with some payers. What primary dx do you use for "
      "couples?"),
    C("DSM-5-TR added prolonged grief disorder - 12 months post-loss for adults. Anyone diagnosing it yet?"),
    C("CPT 96127 for brief assessments like the PHQ-9 - do you bill it every session?"),
    C("Our EHR template has section 4.2 'Risk' and 4.3 'Protective factors'. Anyone else find the template "
      "leads to box-checking?"),
    C("Medicaid will only pay for 20 sessions a year. Client has used 17. Step-down plan ideas?"),
    C("Insurance requires a treatment plan update every 90 days and the form asks for 'measurable goals'. "
      "How do you write measurable goals for grief?"),
    C("New grad question: how many CEUs for licensure renewal in most states? Mine is 36 every 2 years."),
    C("The Columbia protocol flagged moderate risk. Supervisor says hospitalize, I think safety plan. "
      "Where's the line?"),
    C("988 came up in session - client called it last month and had a bad experience. How do you rebuild "
      "trust in crisis lines?"),
    # ages under 90, years alone, times, numbers
    C("She's 72 and just started dating again, which her adult kids hate. How do you support autonomy when "
      "the family pushes back?"),
    C("A 34-year-old veteran with PTSD and chronic pain who refuses the VA. Written exposure therapy (5 "
      "sessions) vs CPT (12 sessions)?"),
    C("She's 89 and sharp as a tack, wants grief therapy after losing her husband of 65 years. Any "
      "late-life grief groups you rate?"),
    C("An 86-year-old man referred for 'grumpiness' by his daughter. He says he's fine. He might be! How do "
      "you assess depression in the old-old?"),
    C("Client scored 26 on the MoCA at 88, family worried about dementia. Is 26 meaningful at that age?"),
    C("Since 2019 she's been in and out of therapy, five clinicians in total. How do you avoid becoming "
      "number six?"),
    C("Sessions at 3pm work for him but he's exhausted by 18:00 after work. Would moving to mornings help "
      "or hurt engagement?"),
    C("Appointments at 7:30am before her shift, 50 minutes, and she's late every time. Shorter sessions?"),
    C("80% of what he says is about his ex, 20% about him. A way to redirect that doesn't feel like "
      "shutting him down?"),
    C("A 3:1 ratio of positive to negative interactions seems low for them - Gottman's number is 5:1 in "
      "conflict. Tracking homework?"),
    C("1 in 4 of my clients this year has mentioned climate anxiety. Anyone running a group for this?"),
    C("Three no-shows in six weeks. My policy says discharge after three. She's in crisis though. "
      "Exceptions?"),
    C("Coming back from leave, my caseload is 28 clients. What's sustainable for you, 20-25?"),
    C("Terminating with a client after 4 years. She wants a 'graduation' ritual. Ideas?"),
    C("Court-ordered anger management, 26 sessions. Client is compliant on paper only. How do you make it "
      "meaningful?"),
    C("Her kids are 4, 7 and 11. Parenting plan after divorce, and she wants a 2-2-3 schedule. Best for "
      "the 4-year-old?"),
    C("Shift workers - anyone adapted CBT-I for night shift nurses? Sleep window 09:00-15:00."),
    C("Client works nights, sleeps days, comes to session at 7am after a 12-hour shift. Is this even "
      "therapeutic?"),
    C("Step 9 amends: he wants to make amends to an ex who has a no-contact order. The steps say 'except "
      "when to do so would injure them'. Help me help him see that."),
    C("Teen vaping about 1 pod a day, parents want abstinence, he wants to 'cut down'. Family session "
      "framing?"),
    C("Motivational Interviewing with a client who is 100% sure he doesn't have a problem: 14 drinks on a "
      "Friday is 'social'. Any MI moves that worked?"),
    C("Attendance is great, homework compliance is 0%. CBT without homework - is it still CBT?"),
    # months, weekdays, seasons, holidays
    C("Last Thanksgiving was when the family blowup happened, and with the holidays coming up she's "
      "dreading it. Role-play? Exit plan?"),
    C("On Mondays she's fine, by Thursday she's in bed. Anyone seen weekly cycling like that outside of "
      "substance use?"),
    C("In the summer he does great, in the winter not at all. Light therapy at 10,000 lux: who prescribes "
      "and who monitors?"),
    C("Mother-in-law moved in in January and the marriage has been tense since. Structural family therapy "
      "case or am I overthinking?"),
    C("Since August he's been drinking again. Since September he's stopped coming. In October I "
      "discharged. Did I give up too soon?"),
    C("In the spring and fall she's fine; winter and summer are bad. Bimodal seasonal pattern?"),
    C("May is Mental Health Awareness Month and our group wants to do a community talk. Topic ideas?"),
    C("Ramadan starts soon and my client is fasting while on lithium. Already talked to the psychiatrist "
      "about hydration. What else should I watch for?"),
    C("Diwali is the one time a year the whole family is together and she dreads it. Prep session ideas?"),
    C("Lunar New Year brings the annual pressure to explain why she's still single at 35. Scripts?"),
    C("Father's Day is brutal for a client whose dad died by suicide. Prepping in advance - anything beyond "
      "the usual coping plan?"),
    C("Tuesday sessions are hard for her because the custody exchange is on Tuesdays. Move to Thursday?"),
    C("Client reports the 'Sunday scaries' every week. Anticipatory anxiety about work - CBT or a career "
      "conversation?"),
    C("Dry January became dry February and now he wants to try moderation. Moderation vs abstinence goals "
      "- how do you decide together?"),
    C("Her sister's suicide was in the fall, and she's now the age her sister was. Age-correspondence "
      "reactions - anyone seen this?"),
    C("Easter weekends have been loaded for her since the hospitalization. How far ahead do you start "
      "prepping for anniversary reactions?"),
    # states, countries, regions, cultures
    C("Client moved from Texas to Ontario for a job and misses her church community. Telehealth across the "
      "border - licensing question for anyone who's navigated it."),
    C("She's in the Pacific Northwest now and says the grey winters are killing her. Seasonal pattern "
      "specifier?"),
    C("The Midwest family culture of not talking about feelings - client calls it 'Minnesota nice'. How do "
      "you work with that?"),
    C("Client is Irish, moved here from Ireland at 22, and describes a very stiff-upper-lip family. "
      "Cultural humility resources for working with Irish families?"),
    C("Korean-American client feels pulled between her parents' expectations and her own. Good readings on "
      "intergenerational conflict in Korean families?"),
    C("Somali client prefers a female interpreter; our agency only has male Somali interpreters. Is phone "
      "interpretation acceptable here?"),
    C("Punjabi-speaking grandparents are raising the kids and I only speak English. How do you do family "
      "work through an interpreter without losing nuance?"),
    C("Client from Nigeria says depression 'isn't a thing back home'. Culturally responsive "
      "psychoeducation ideas?"),
    C("Scotland has different rules for 16-year-olds than England. Working with a Scottish teen over "
      "telehealth from England: which applies?"),
    C("She's a nurse in Queensland and the rosters are brutal. Nurse burnout - any Australia-specific "
      "resources?"),
    C("Ohio to California move, new licence, new clients. Advice for transitioning clients during a "
      "cross-state move?"),
    C("Vietnamese-American family, grandmother lives with them, and the client (18) wants to move out. "
      "Collectivist vs individualist framing?"),
    C("Her Mormon upbringing taught her that anger is sin. ACT values work might help - any faith-sensitive "
      "ACT resources?"),
    # sentence-initial capitals and common words that are also names
    C("Declining feels impossible for this client - she says yes to every shift, every favour. We've done "
      "assertiveness work since March with little shift. What else?"),
    C("Grief shows up for her mostly on Sundays. She says grace before dinner and then cries. Is ritual-"
      "based grief work something people use?"),
    C("She walks through the rose garden at the cemetery every Saturday. Avoidance or healthy continuing "
      "bonds?"),
    C("Couple therapy: he says she has 'no will power' with spending. I keep hearing contempt. How do you "
      "name it without taking a side?"),
    C("Hope is a dangerous thing for this client - every time she hopes, she crashes. How do you work with "
      "hope without feeding the crash?"),
    C("Faith community has been her main support, and she's scared coming out will cost her that. "
      "Affirming resources for evangelical clients?"),
    C("Patience is not my thing, she says, and laughs, then cries. How do you slow down a client who speeds "
      "through feelings?"),
    C("Shame sits under all of it. Anger is easier for him than sadness. Vulnerability, he says, feels like "
      "dying. Where do you start?"),
    C("Loneliness is the presenting problem but she denies it. Isolated since retiring; PHQ-9 of 12. "
      "Behavioural activation with a reluctant client?"),
    C("Perfectionism again. Straight A's, 5 AP classes, 4 hours of sleep. Parents think it's fine. I don't."),
    C("Avoidance wins every week. Exposure plan written, hierarchy rated, and she cancels the in vivo "
      "sessions. Ideas?"),
    C("Trust takes time, she says, but it's been 18 months. Is the alliance stuck or is this just her pace?"),
    C("Will she be okay if I take a three-week leave? Grace period for attachment-anxious clients - how do "
      "you prepare them?"),
    C("Frank conversation needed with a supervisee who keeps running 20 minutes over. Mark my words, she'll "
      "burn out. How do you raise it?"),
    C("Joy is gone for her. Anhedonia that's persisted through two SSRIs and an SNRI. TMS referral?"),
    C("Chase the high, crash, repeat - his words about mania. Bipolar I, lithium-averse. Ideas for "
      "building insight?"),
    C("At dawn she walks for an hour; it's the only thing that helps. Behavioural activation is working - "
      "how do you build on one good habit?"),
    C("Mercy, she says, is for other people. Self-forgiveness after a drunk-driving crash that injured a "
      "friend. Compassion-focused approaches?"),
    C("Honey, sweetie, dear - an older client calls me all of these. Cultural? Generational? Do I address "
      "it?"),
    C("Brook no argument - that's how her father parented. Authoritarian parenting and adult people-"
      "pleasing: schema work?"),
    C("Client says her partner is 'a real Jekyll and Hyde'. Reactive abuse or IPV? Screening tools you "
      "trust?"),
    C("He calls himself the Eeyore of the family. Humour as a defence vs genuine low mood - PHQ-9 of 9."),
    C("Art therapy group uses clay on Wednesdays and the kids love it. Anyone integrate sandtray with CBT "
      "for under-10s?"),
    C("Her Christian faith and her queerness are both central to her. Any affirming faith-integrated "
      "resources?"),
    C("Teen says 'Jesus take the wheel' every time we talk about exams. Irony or genuine faith coping?"),
    # process questions with no identifiers
    C("How do you handle a client who wants to record sessions on their phone? Policy ideas welcome."),
    C("Psychodynamic folks: how do you handle a client who brings you small gifts each session? A pastry, "
      "a card."),
    C("Client quit his job in finance to 'follow his bliss', now broke. Existential crisis or hypomania? "
      "Sleep is 5-6 hours, normal for him."),
    C("Working with a firefighter after a line-of-duty death. Debriefing was done - evidence says it may "
      "not help. What do you offer instead?"),
    C("Client identifies as non-binary, uses they/them, and their dad keeps misgendering them in family "
      "sessions. Interrupt each time?"),
    C("Client wants a letter for an emotional support animal. Our group policy says no ESA letters. How do "
      "you say no kindly?"),
    C("Anyone else getting requests to do therapy while clients drive? I end the session. Too rigid?"),
    C("Her therapist before me used EMDR 2.0 and the flash technique. I'm trained in standard protocol "
      "only. Continue or refer?"),
    C("My client's inner critic sounds exactly like her grandmother. IFS or compassion-focused therapy?"),
    C("Client's ACE score is 2 but her PTSD symptoms are severe from a single adult assault. Reminder to "
      "self: ACEs aren't everything."),
]


# Snippets written mostly in non-Latin scripts.  Not scored: the guard should
# report that it could not check them.  (The people in them are invented too.)
UNREADABLE_CASES: list[str] = [
    "Моя клиентка Ольга Смирнова, 45 лет, жалуется на бессонницу после развода. Как вы работаете с "
    "ночной тревогой?",
    "عميلي أحمد يعاني من القلق منذ وفاة والده في الربيع. هل لديكم اقتراحات لعلاج الحزن؟",
    "मेरी क्लाइंट सुनीता शर्मा को परिवार के दबाव से बहुत चिंता है। पारिवारिक सत्र कैसे शुरू करें?",
    "我的来访者王丽华最近失眠很严重，她说工作压力太大。大家有什么建议？",
    "Ο πελάτης μου Γιώργος Παπαδόπουλος έχει κρίσεις πανικού στη δουλειά. Τι προτείνετε για την έκθεση;",
]

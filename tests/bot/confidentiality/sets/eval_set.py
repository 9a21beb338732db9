"""Hand-written evaluation set for the identifier guard.

Each case is a short, synthetic consultation snippet of the kind a therapist
might post to a peer consultation group.  ``expected`` lists the planted
identifiers as (category, substring) pairs; the substring's first occurrence
in ``text`` is the span that must be flagged.  Clean snippets have an empty
``expected`` list: any finding in them counts as a false alarm.

All people, numbers, addresses and accounts below are invented.  Phone numbers
use the 555-01xx fiction range where possible, e-mail and web domains are made
up, and IP addresses come from documentation ranges or private space.

The set is a measurement, not a training set.  The first part (and six
harder name cases) was written before the guard; the "second batch" was
written after the first guard draft but before the guard was run on it, to
test formats the draft was not built around.  Misses found on both batches
were fixed with general rules (not by adding the set's own words to the
guard's lists), so the figures measured on this set are optimistic: see
bench/guard_eval.py and the report for first-run figures.  Some names here are
deliberately absent from the guard's name lists.  Do not edit the set to make
the guard look better.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EvalCase:
    text: str
    expected: list[tuple[str, str]] = field(default_factory=list)


# Categories that are "pattern" identifiers (numbers, dates, e-mails, URLs,
# addresses) for the >= 98 % recall target.  "name" and "place" are measured
# separately because they depend on word lists and context cues.
PATTERN_CATEGORIES = frozenset({
    "date", "age_over_89", "phone", "fax", "email", "url", "ip_address", "ssn",
    "medical_record", "health_plan", "account", "licence", "vehicle", "device",
    "street_address", "zip_code",
})

C = EvalCase

CASES: list[EvalCase] = [
    # ------------------------------------------------------------------
    # Snippets with planted identifiers
    # ------------------------------------------------------------------
    C("My client Maria Gonzalez has been struggling since her divorce was finalized on 3/14/2025. "
      "She's asking whether she should go to her ex's wedding, and I'm not sure how directive to be.",
      [("name", "Maria Gonzalez"), ("date", "3/14/2025")]),
    C("Consult question: how do I hold boundaries with a parent who keeps calling? Her number is "
      "(412) 555-0178 and she left six voicemails last week.",
      [("phone", "(412) 555-0178")]),
    C("Working with a 92-year-old widower who lives alone in Dayton; his daughter Siobhan wants me "
      "to push him toward assisted living. Whose client is this, really?",
      [("age_over_89", "92-year-old"), ("place", "Dayton"), ("name", "Siobhan")]),
    C("He sleeps in his car most nights (a grey Civic, plate 8ABC123) and I'm unsure whether to "
      "involve street outreach without his consent.",
      [("vehicle", "8ABC123")]),
    C("Teen client attends Roosevelt High School and the school counselor, Mrs. Okonkwo, asked for an "
      "update at j.harlow@brightpathcounseling.com. What can I share without a new ROI?",
      [("place", "Roosevelt High School"), ("name", "Okonkwo"),
       ("email", "j.harlow@brightpathcounseling.com")]),
    C("Client is a nurse; her MRN is 00482913 at the hospital where she works and she's terrified "
      "coworkers will open her chart. How do you address that fear realistically?",
      [("medical_record", "00482913")]),
    C("Insurance keeps denying - member ID XKP902117443 - and they say 90837 isn't medically "
      "necessary. Anyone won an appeal on this recently?",
      [("health_plan", "XKP902117443")]),
    C("She handed me a card with her bank account number 4402-118-93771 so I could 'make sure the "
      "autopay works'. I'm curious what folks make of the boundary piece.",
      [("account", "4402-118-93771")]),
    C("He brought his driver's license (DL# D4418-22907-11) to prove he has legally changed his name "
      "and wants our records updated today. How do you handle documentation?",
      [("licence", "D4418-22907-11")]),
    C("He has a pacemaker, serial no. PM2274-88QX, and checks his pulse constantly in session; the "
      "panic centres on device failure. Interoceptive work seems risky. Thoughts?",
      [("device", "PM2274-88QX")]),
    C("Her ex tracked her through the home router (IP 73.162.44.201 kept showing up in her account "
      "logs). Pacing trauma work while the threat is still active?",
      [("ip_address", "73.162.44.201")]),
    C("client sent a long email from dani.r.1987@gmail.com at 2am saying she wants to quit. not sure "
      "whether to reply by email or wait for Thursday.",
      [("email", "dani.r.1987@gmail.com")]),
    C("The family moved into transitional housing at 1200 Sycamore Ave, Apt 3 and both kids are "
      "regressing (bedwetting, clinginess). Play therapy ideas?",
      [("street_address", "1200 Sycamore Ave")]),
    C("The client's mother, Fatima Al-Sayed, called the front desk demanding records. Client is 19. "
      "What are folks' policies on parent calls for young adults?",
      [("name", "Fatima Al-Sayed")]),
    C("Couple in their 50s, Tomasz and Agnieszka, doing the Gottman method; he stonewalls and she "
      "pursues. I'm stuck on slowing the cycle down.",
      [("name", "Tomasz"), ("name", "Agnieszka")]),
    C("Client posts videos at www.youtube.com/@healingwithkez about her diagnosis and wants me to "
      "watch them. Ethically, should I?",
      [("url", "www.youtube.com/@healingwithkez")]),
    C("Her SSN 529-41-8830 was used by her ex to open credit cards and the debt is crushing her. "
      "Shame is the main theme in session.",
      [("ssn", "529-41-8830")]),
    C("DOB 07/22/1958, retired firefighter, complicated grief after his wife's death. Referral came "
      "from his PCP.",
      [("date", "07/22/1958")]),
    C("Adolescent client living in Flagstaff whose parents are divorcing; she wants to live with her "
      "dad in Tucson. How much should I weigh in with the GAL?",
      [("place", "Flagstaff"), ("place", "Tucson")]),
    C("Can someone sanity-check this? Nguyen Thi Lan told me her employer, Harbor Point Logistics "
      "Inc., is withholding overtime and she's afraid to report it.",
      [("name", "Nguyen Thi Lan"), ("place", "Harbor Point Logistics Inc.")]),
    C("The referral fax went to (617) 555-0143 instead of our office and now I'm worried it counts "
      "as a breach. Do I have to notify?",
      [("fax", "(617) 555-0143")]),
    C("Please fax the ROI to 303-555-0199 - his previous therapist has been stalling for a month.",
      [("fax", "303-555-0199")]),
    C("Client checks her ex's site, jaydenfitcoach.com, several times a day and can't stop reading "
      "the comments. Any ACT-based ideas for the checking?",
      [("url", "jaydenfitcoach.com")]),
    C("Our session was on the 3rd of May and she disclosed SI a week later; I documented, but I'm "
      "second-guessing the safety plan.",
      [("date", "3rd of May")]),
    C("She read me her VIN, 1HGCM82633A004352, because she's convinced the car is bugged. "
      "Paranoia, or realistic given her ex?",
      [("vehicle", "1HGCM82633A004352")]),
    C("Kid attends Lincoln Elementary in Oak Park and the school psych wants to do testing; the "
      "parents are split on consent.",
      [("place", "Lincoln Elementary"), ("place", "Oak Park")]),
    C("Client Kwabena has a custody hearing on June 12 and wants a letter from me. I'm not a "
      "forensic evaluator. How do I decline kindly?",
      [("name", "Kwabena"), ("date", "June 12")]),
    C("Her mother is in hospice at age 91 and my client is the only caregiver; burnout is severe "
      "and she won't take respite.",
      [("age_over_89", "age 91")]),
    C("A group member told me my client's brother, Dmitri, has been posting about him on a public "
      "forum. How would you bring that up, if at all?",
      [("name", "Dmitri")]),
    C("He lives on Rue Saint-Denis in Montréal and we do sessions by video across the border. "
      "Licensure question more than a clinical one.",
      [("street_address", "Rue Saint-Denis"), ("place", "Montréal")]),
    C("PO Box 1187 is where she gets mail because she's hiding from her abuser; she asked me to "
      "change the address on her statements.",
      [("street_address", "PO Box 1187")]),
    C("Address on file is 88 Kingsley Rd, Columbus, OH 43215 and the ex just showed up outside. "
      "Do I call police if she asks me not to?",
      [("street_address", "88 Kingsley Rd"), ("place", "Columbus"), ("zip_code", "43215")]),
    C("He moved to zip code 98103 last year, which put me out of network. Do I keep seeing him "
      "sliding scale?",
      [("zip_code", "98103")]),
    C("Letters to 55 Birch Lane, Portland ME 04101 keep coming back and she hasn't been to session "
      "in a month. How long before you close the file?",
      [("street_address", "55 Birch Lane"), ("place", "Portland"), ("zip_code", "04101")]),
    C("Her new place (60614-2217) is three blocks from where her abuser lives, and she insists "
      "it's fine.",
      [("zip_code", "60614-2217")]),
    C("Her Medicaid ID 7729381046 was terminated at redetermination and she can't afford to keep "
      "coming. What's your sliding-scale floor?",
      [("health_plan", "7729381046")]),
    C("The superbill shows policy number BCX-44-0918827 and his wife handles the insurance, so she "
      "sees every claim. How do you protect his privacy?",
      [("health_plan", "BCX-44-0918827")]),
    C("Records request came in for medical record #A-77210-3 and the client hasn't signed anything. "
      "Do I respond to the attorney at all?",
      [("medical_record", "A-77210-3")]),
    C("Her nursing license number RN882731 is under board review after the relapse and she's "
      "ashamed to tell her sponsor.",
      [("licence", "RN882731")]),
    C("His insulin pump (SN 44-K9920-13) alarmed twice mid-session. He's embarrassed; how do you "
      "normalise medical devices in the room?",
      [("device", "44-K9920-13")]),
    C("She found her ex logged into her cloud account from 2001:db8:85a3::8a2e:370:7334 and "
      "hasn't slept since. Safety planning tips?",
      [("ip_address", "2001:db8:85a3::8a2e:370:7334")]),
    C("He shared a fundraiser, https://www.gofundme.com/f/help-marcus-recover, in our group chat "
      "and now other members are donating. Is this a boundary problem?",
      [("url", "https://www.gofundme.com/f/help-marcus-recover")]),
    C("Her sister Ngozi texts me from +44 7700 900123 asking how therapy is going. The client has "
      "not signed a release.",
      [("name", "Ngozi"), ("phone", "+44 7700 900123")]),
    C("Intake was 2024-11-02 and since then she's missed every other session. Her husband, Rahul, "
      "drives her and waits in the car.",
      [("date", "2024-11-02"), ("name", "Rahul")]),
    C("Since her father died in March 2024 she's been sleeping 14 hours a day. Grief or MDD? "
      "Leaning toward both.",
      [("date", "March 2024")]),
    C("he was admitted on 12 January 2025 after the overdose and discharged two days later with no "
      "follow-up. how do I rebuild after that?",
      [("date", "12 January 2025")]),
    C("Client is 96 years old and sharp as a tack; her kids want a capacity evaluation so they can "
      "sell the house. How do I stay out of the middle?",
      [("age_over_89", "96 years old")]),
    C("Couples case: Yuki Tanaka and her wife both want EFT, but Yuki keeps cancelling. Is it "
      "ambivalence about the relationship or about me?",
      [("name", "Yuki Tanaka")]),
    C("A 94 y/o man came in for grief after his wife died; he wants someone to talk to before he "
      "'joins her'. Passive SI in the very old - how do you assess?",
      [("age_over_89", "94 y/o")]),
    C("My client's boss, Mr. Pemberton, keeps calling my office to 'check on progress' for the EAP. "
      "Client hasn't consented to anything beyond attendance.",
      [("name", "Pemberton")]),
    C("She works at Brightwater Dental Group and her manager there is her ex-boyfriend. Should the "
      "workplace piece be a focus or a distraction?",
      [("place", "Brightwater Dental Group")]),
    C("Social security number 412 77 9031 was on the intake form she faxed to the wrong number. "
      "What do I owe her now?",
      [("ssn", "412 77 9031")]),
    C("His account at the credit union (acct #88021-4471) was drained by his son; he refuses to "
      "press charges. Elder financial abuse and family loyalty.",
      [("account", "88021-4471")]),
    C("license plate BNX-4471 keeps appearing near her house and she's sure it's her former "
      "partner's friend. Hypervigilance vs. real danger?",
      [("vehicle", "BNX-4471")]),
    C("The school emailed me from counseling@westridge-academy.org and cc'd both parents, one of "
      "whom has no legal custody. Help!",
      [("email", "counseling@westridge-academy.org")]),
    C("Client Oluwaseun's mother calls him 'lazy' for being depressed. He's 22 and lives at home. "
      "Family session, or individual work first?",
      [("name", "Oluwaseun")]),
    C("Text me at 720.555.0148 if anyone has a good trauma-informed yoga referral for a client "
      "in Boulder.",
      [("phone", "720.555.0148"), ("place", "Boulder")]),
    C("She has an Apple Watch (device ID 8F3A2C91-77B0) that logs her heart rate, and she screenshots "
      "every spike for me. Reassurance seeking?",
      [("device", "8F3A2C91-77B0")]),
    C("I'm seeing a man whose neighbour, Björn Lindqvist, filed a restraining order against him. "
      "I believe my client, but should I?",
      [("name", "Björn Lindqvist")]),
    C("Client was at the protest on Nov 3rd and got arrested; now her employer has found out. "
      "Lots of shame and anger.",
      [("date", "Nov 3rd")]),
    C("He logs in from 192.168.1.44 on the family router and his parents read the logs, so our "
      "telehealth sessions aren't private. Workarounds?",
      [("ip_address", "192.168.1.44")]),
    C("Her chart number 559102 got printed on a bill that went to her parents' address. Do I have "
      "a breach on my hands?",
      [("medical_record", "559102")]),
    C("Husband named Farhad refuses couples work but texts me long messages about her 'moods'. "
      "How do you set the frame?",
      [("name", "Farhad")]),
    C("Subscriber ID W2298173 belongs to her father, so every EOB goes to him. She's 24 and not "
      "out to him. How do others handle this?",
      [("health_plan", "W2298173")]),
    C("His driver's licence number is 502 144 877 and he gave it to me to 'prove' he's sober. "
      "Odd trust gesture, right?",
      [("licence", "502 144 877")]),
    C("Call her cell, 646-555-0121, only if she misses two sessions - that's the agreement. "
      "Is that a reasonable plan?",
      [("phone", "646-555-0121")]),
    C("Fax: +1 718 555 0112 is the number the PCP gave me for releases. It bounced twice.",
      [("fax", "+1 718 555 0112")]),
    C("The kids are with their grandmother, Esperanza Quispe, at 4417 W Grand Avenue most "
      "weekends. Can she come to a session without both parents' consent?",
      [("name", "Esperanza Quispe"), ("street_address", "4417 W Grand Avenue")]),
    C("Client says her daughter Aroha was bullied at Kāpiti College and she wants to sue. "
      "My role?",
      [("name", "Aroha"), ("place", "Kāpiti College")]),
    C("Session on 5/2 was the first time she named the abuse. Her aunt Leilani was there "
      "and it went badly.",
      [("date", "5/2"), ("name", "Leilani")]),
    C("My client keeps driving past his ex's place on Maple Street at night. Is this a "
      "safety issue I need to act on?",
      [("street_address", "Maple Street")]),
    C("He's from Kettering and still sees the same people who bullied him in school; "
      "wondering about a geographic fix vs. avoidance.",
      [("place", "Kettering")]),
    C("Teen client and her best friend Saoirse made a suicide pact, which she told me "
      "about yesterday. Do I call the friend's parents?",
      [("name", "Saoirse")]),
    C("Account ending 4471190032 keeps getting charged for an app subscription she bought "
      "in a manic episode. Should I help with the refund call?",
      [("account", "4471190032")]),
    C("The car's VIN 2T1BURHE0JC043821 is on the police report she brought in. She wants "
      "me to keep a copy.",
      [("vehicle", "2T1BURHE0JC043821")]),
    C("grandfather aged 95 is moving in with the family and my teen client has lost her "
      "room. family work ideas?",
      [("age_over_89", "aged 95")]),
    C("Her partner Jun-ho thinks therapy is 'making her worse'. She asked if he can join one "
      "session. Worth it?",
      [("name", "Jun-ho")]),
    C("Client found her old therapist's notes on linkedin.com/in/sarah-oduya-lcsw and is "
      "devastated. How do I address a rupture I didn't cause?",
      [("url", "linkedin.com/in/sarah-oduya-lcsw")]),
    C("She lives in Harlan County, works nights, and the nearest IOP is two hours away. "
      "Realistic options?",
      [("place", "Harlan County")]),
    C("Talked with Dr. Feldstein about him and we disagreed on the diagnosis. He is 23, "
      "hearing voices since January 2025.",
      [("name", "Feldstein"), ("date", "January 2025")]),
    # Harder name cases (added after the first draft, before any evaluation run):
    # no relation word or title in front of the name.
    C("Keoni has been skipping school again, and his grandmother thinks it's my fault.",
      [("name", "Keoni")]),
    C("Spoke with Tamsin and her stepdad together for the first time; it went better than "
      "expected.",
      [("name", "Tamsin")]),
    C("I keep thinking about what Precious said in group last week about her body.",
      [("name", "Precious")]),
    C("ok so bongani finally agreed to a psych eval. now what do I tell the school?",
      [("name", "bongani")]),
    C("Update on Mehmet: sleep is better, mood still low, and he's back at the gym.",
      [("name", "Mehmet")]),
    C("Ravi's parents want weekly updates and he is 17. Where do you draw the line?",
      [("name", "Ravi")]),

    # ------------------------------------------------------------------
    # Second batch, written after the first guard draft but before running the
    # guard on them: formats and phrasings the first draft was not built around.
    # ------------------------------------------------------------------
    C("Her DOB is 14/03/1987 per the intake packet, and the packet went to the wrong group "
      "email.",
      [("date", "14/03/1987")]),
    C("Intake on 3-14-25; he was referred by his EAP after a DUI.",
      [("date", "3-14-25")]),
    C("She disclosed on the twelfth of March that her stepfather had been abusive, and now "
      "she regrets telling me.",
      [("date", "twelfth of March")]),
    C("Her son's birthday is Feb 29 and she falls apart every leap year.",
      [("date", "Feb 29")]),
    C("Call the office line 1-800-555-0199 and ask for intake if he turns up again.",
      [("phone", "1-800-555-0199")]),
    C("Her UK mobile is 07700 900456 and she wants WhatsApp sessions from London.",
      [("phone", "07700 900456"), ("place", "London")]),
    C("his cell is 555-0142 and he texts me when he's drunk. how do you set that limit?",
      [("phone", "555-0142")]),
    C("The release went to fax no. 212.555.0191 last Tuesday and nobody confirmed.",
      [("fax", "212.555.0191")]),
    C("She asked me to write to her at kayla.m [at] protonmail.com instead of her work "
      "address.",
      [("email", "kayla.m [at] protonmail.com")]),
    C("His handle is @lonewolf_1999 and he posts about our sessions on a forum.",
      [("url", "@lonewolf_1999")]),
    C("She sent a link, bit.ly/3xRtQ9z, to her ex's new blog about her.",
      [("url", "bit.ly/3xRtQ9z")]),
    C("The router page at http://10.0.0.138/admin showed every device in the house, "
      "including his daughter's.",
      [("url", "http://10.0.0.138/admin")]),
    C("The threatening emails all came from 203.0.113.77, which police traced to a "
      "library computer.",
      [("ip_address", "203.0.113.77")]),
    C("She read her SSN aloud in group (it's 078-05-1120) and I froze.",
      [("ssn", "078-05-1120")]),
    C("His Medicare number 1EG4-TE5-MK73 is printed on the letter his son opened.",
      [("health_plan", "1EG4-TE5-MK73")]),
    C("NHS number 943 476 5919 was on the referral from his GP in Leeds.",
      [("health_plan", "943 476 5919"), ("place", "Leeds")]),
    C("Her MRN: 2023-004417 appears on the discharge summary she posted online.",
      [("medical_record", "2023-004417")]),
    C("Routing 021000021, account 4471190033 - she wants me to keep them for safekeeping.",
      [("account", "021000021"), ("account", "4471190033")]),
    C("He read his card number 4111 1111 1111 1111 out loud while dissociating.",
      [("account", "4111 1111 1111 1111")]),
    C("Her mother's DEA number (AB1234563) is on the prescription pad she took from the "
      "practice.",
      [("licence", "AB1234563")]),
    C("Passport no. 533380006 is in the folder he left in my waiting room.",
      [("licence", "533380006")]),
    C("Tag number 5GXR-204 belongs to the truck that follows her to work.",
      [("vehicle", "5GXR-204")]),
    C("He drives a red truck with a vanity plate reading MOMSBOY and everyone in town "
      "knows it.",
      [("vehicle", "MOMSBOY")]),
    C("IMEI 35-209900-176148-1 from her old phone is in the police report.",
      [("device", "35-209900-176148-1")]),
    C("He found MAC address 00:1A:2B:3C:4D:5E on the home network and thinks it's a spy "
      "device.",
      [("device", "00:1A:2B:3C:4D:5E")]),
    C("She moved to 220 E 14th St, Apt 4B, to be closer to her mother.",
      [("street_address", "220 E 14th St")]),
    C("Her father's house at 73 Orchard Road is where the abuse happened, and she still "
      "drives by.",
      [("street_address", "73 Orchard Road")]),
    C("he's couch-surfing at 12 willow st with a friend from work.",
      [("street_address", "12 willow st")]),
    C("Works nights near the 94110 area and takes the train home at 2am.",
      [("zip_code", "94110")]),
    C("Her flat is at SW1A 1AA, according to the letter she showed me.",
      [("zip_code", "SW1A 1AA")]),
    C("Her ninety-three-year-old grandmother raised her and is now dying.",
      [("age_over_89", "ninety-three-year-old")]),
    C("Client (age: 97) wants to write letters to each grandchild before he dies.",
      [("age_over_89", "age: 97")]),
    C("My client is caring for a father who just turned 100 and still lives alone.",
      [("age_over_89", "turned 100")]),
    C("Since 2019-06-01 she's been sober, and she's terrified of the anniversary.",
      [("date", "2019-06-01")]),
    C("The assault was on Friday, August 9, and she wants to report it.",
      [("date", "August 9")]),
    C("Starting 01.09.2024 she moved in with her boyfriend.",
      [("date", "01.09.2024")]),
    C("She teaches at Jefferson Middle School and a student's parent recognised her in my "
      "waiting room.",
      [("place", "Jefferson Middle School")]),
    C("He's a guard at Folsom State Prison and the moral injury is heavy.",
      [("place", "Folsom State Prison")]),
    C("They live outside Ellensburg on a farm, two hours from any DBT program.",
      [("place", "Ellensburg")]),
    C("Client grew up in Lagos and moved to Houston at 15.",
      [("place", "Lagos"), ("place", "Houston")]),
    C("The family attends St. Brigid's Parish and the priest is pressuring them.",
      [("place", "St. Brigid's Parish")]),
    C("Her employer is Northwind Analytics, a 40-person startup, and her boss is her "
      "cousin.",
      [("place", "Northwind Analytics")]),
    C("Mother (Guadalupe) calls daily; father refuses contact.",
      [("name", "Guadalupe")]),
    C("the kids, Mateo and Valentina, are 6 and 9 and sleep in mom's bed.",
      [("name", "Mateo"), ("name", "Valentina")]),
    C("Asked Thandeka whether she felt safe at home; she laughed it off.",
      [("name", "Thandeka")]),
    C("Working with Ms. Abernathy-Clarke (70s) on grief after her son's suicide.",
      [("name", "Abernathy-Clarke")]),
    C("Couples case with Ikaika and Noelani; Ikaika keeps withdrawing.",
      [("name", "Ikaika"), ("name", "Noelani")]),
    C("her ex, Declan O'Shea, has a protective order against him and still shows up.",
      [("name", "Declan O'Shea")]),
    C("Dr. Raghunathan at the clinic wants to co-sign my notes. Is that normal?",
      [("name", "Raghunathan")]),
    C("I've been seeing Marisol for two years and she just got engaged.",
      [("name", "Marisol")]),

    # ------------------------------------------------------------------
    # Clean snippets: no identifiers
    # ------------------------------------------------------------------
    C("Client in her 40s with GAD and panic; we've done 12 sessions of CBT and her GAD-7 dropped "
      "from 17 to 9. Should I taper to biweekly?"),
    C("Looking for thoughts on EMDR vs. CPT for a veteran with combat PTSD who dissociates heavily "
      "during bilateral stimulation."),
    C("A 34-year-old man with OCD (contamination) is stalling in ERP. He reports 'just right' "
      "feelings more than fear. Anything beyond the Y-BOCS to track it?"),
    C("Couple using the Gottman method; the Four Horsemen are everywhere, especially contempt. "
      "How do you slow things down when both partners flood?"),
    C("Since spring she's been more withdrawn; her psychiatrist switched her from Zoloft to "
      "Lexapro, and our Monday sessions have felt flat."),
    C("Beck Depression Inventory score went from 31 to 22 over eight weeks, yet she insists "
      "nothing has changed. How do you talk about measurement-based care with someone who "
      "distrusts numbers?"),
    C("DBT skills group question: one member keeps dominating the diary card review. Do you "
      "address it in group or individually?"),
    C("Self-care check: I've had three clients with SI this month and my own sleep is slipping. "
      "How do folks here handle that stretch?"),
    C("I moved from Ohio to Texas and I'm now licensed in both. Anyone doing telehealth across "
      "state lines with PSYPACT?"),
    C("Using IFS with a client whose protector parts won't let us near exiles. It's been like "
      "this since January. Time to try something more somatic?"),
    C("Teen with ADHD and ODD; the parents want me to 'fix' him before summer. Dad is on board "
      "with PCIT-style coaching; Mom isn't."),
    C("How are people using ACT with chronic pain? The Hexaflex feels too abstract for my "
      "60-year-old client with fibromyalgia."),
    C("Client with BPD traits sends long messages between sessions. Following Linehan's "
      "approach I've offered phone coaching, but it's burning me out."),
    C("Question about the DSM-5-TR criteria for prolonged grief disorder vs. MDD in a widow "
      "who lost her husband in 2021."),
    C("She's a first-generation college student from a Catholic Mexican-American family and "
      "feels guilty about setting boundaries. Culturally attuned ideas welcome."),
    C("Anyone using Motivational Interviewing with a pre-contemplative client with an alcohol "
      "use disorder? He drinks most Friday and Saturday nights."),
    C("My countertransference is loud with a 28-year-old who reminds me of my younger brother. "
      "I'm taking it to supervision on Tuesday but would value group input."),
    C("Client on Adderall and Wellbutrin reports insomnia and the prescriber asked for my "
      "input. Is commenting on meds in my lane?"),
    C("Running a grief group at a community agency in Michigan. Attendance drops after the "
      "holidays; Christmas and New Year's seem brutal."),
    C("ICD-10 F43.10 vs F43.12: how do you decide chronic vs unspecified when the history "
      "is vague?"),
    C("Working with a Black woman in her 30s who has experienced racial trauma at work. I'm a "
      "white therapist and want to avoid minimizing. Resources?"),
    C("Client is a Marine Corps veteran with moral injury and the VA waitlist is long. Anyone "
      "used the Adaptive Disclosure model?"),
    C("A 72-year-old retired teacher with late-onset anxiety after a fall. PHQ-9 is low, GAD-7 "
      "is 14. Sessions are Wednesdays at 10am."),
    C("Parents are divorcing and the 9-year-old splits weeks between homes. She draws the same "
      "house every session. Play therapists, what do you make of it?"),
    C("Thinking about the Safe and Sound Protocol for a client with sensory overwhelm and "
      "C-PTSD. Any experiences, good or bad?"),
    C("How do you handle a no-show policy with a client on Medicaid who misses every third "
      "session?"),
    C("I referred a client to an ED specialist in April and I'm second-guessing it. She's in a "
      "PHP now and doing okay."),
    C("Using Emotionally Focused Therapy with a same-sex couple; one partner is Muslim and not "
      "out to family. Attachment injuries dominate."),
    C("Panic disorder, finished 16 sessions of interoceptive exposure, then relapsed after her "
      "father's stroke in November. Boosters or back to weekly?"),
    C("Duty-to-warn question in Ohio: client made a vague threat toward a coworker, no plan or "
      "means. Where does Tarasoff land here?"),
    C("She's reading The Body Keeps the Score and getting flooded every night. Should I "
      "suggest she pause it?"),
    C("Client with a Buddhist meditation practice finds body scans triggering. Trauma-Sensitive "
      "Mindfulness helped me, but I'd like other ideas."),
    C("A client in her 80s is grieving her twin sister and says 'I'm the last one left.' "
      "Existential work ideas, maybe along Yalom's lines?"),
    C("New to Schema Therapy; the Defectiveness/Shame schema is intense with this client. How "
      "did you learn chair work?"),
    C("SUDs have stayed around 7/10 for weeks in exposure. Habituation failure, or safety "
      "behaviors I'm missing?"),
    C("Client is fasting for Ramadan and her energy is low, so we moved sessions to after "
      "iftar on Zoom. Anyone else adapt scheduling for religious observance?"),
    C("Should I disclose my pregnancy to a client with abandonment issues? I'm due in the fall "
      "and will take 12 weeks off."),
    C("Will she relapse if we stop? She wants to end after 2 years and I think she's ready, "
      "but Thanksgiving is always hard for her."),
    C("Using the Columbia protocol (C-SSRS) at intake for everyone now. Overkill for couples "
      "work?"),
    C("A transgender teen wants to start HRT and the parents disagree. What's the therapist's "
      "role in letters now under WPATH SOC-8?"),
    C("Client in recovery goes to AA and NA but hates the 'higher power' language. SMART "
      "Recovery experiences?"),
    C("Fridays are my heaviest day, five trauma clients back to back. Is it normal to feel "
      "this wiped by 4pm?"),
    C("He scored 24 on the PCL-5 at intake in 2022 and 61 now. He says nothing happened, but "
      "his wife moved out in the fall."),
    C("Trying Narrative Therapy externalizing with a 10-year-old who calls his anger 'the "
      "Volcano'. Parents think it's silly."),
    C("After reading about person-centered therapy she cried about Rogers' unconditional "
      "positive regard; she said no one had ever offered it. How would you use that moment?"),
    C("Prescriber added Seroquel for sleep; the client gained 15 lbs and is ashamed. Body image "
      "work while on antipsychotics?"),
    C("Any EMDRIA consultants here? I need 10 more consultation hours before certification."),
    C("Late-career therapist, practicing since 1998 in Oregon and thinking about retiring. How "
      "do you tell long-term clients?"),
    C("Client uses TikTok and Reddit for mental health info and has self-diagnosed DID. How do "
      "you respond without dismissing?"),
    C("Doing Gottman's Sound Relationship House with an older couple in their late 70s. He has "
      "early Parkinson's and she's exhausted."),
    C("Hope is thin for her right now. She lost her job in the layoffs and says Sunday nights "
      "are the worst."),
    C("May be worth asking: does anyone use the PHQ-A with teens under 13, or is the "
      "PSC-17 better?"),
    C("When a client says 'I'm fine' in that particular Southern way, I've learned it often "
      "means the opposite. Cultural humility ideas?"),
    C("Using Internal Family Systems language with a 15-year-old feels clunky. Does anyone "
      "adapt the Self-energy concepts for teens?"),
    C("Client on Lithium and Lamictal asks whether she can stop before trying to conceive. I "
      "told her to ask her psychiatrist, but she wants my opinion."),
    C("Christian client struggling with purity culture messages; the Church community is "
      "still her main support."),
    C("Just got back from a Brené Brown training and now everything sounds like shame work "
      "to me. Anyone else?"),
    C("Teen is obsessed with Taylor Swift and uses the lyrics to describe her feelings. Lean "
      "into it?"),
    C("Grief group met on Zoom this week; two members cried during the Mother's Day "
      "check-in."),
    C("In session 8 she finally talked about the assault. I used grounding and we ran 10 "
      "minutes over; was that a boundary slip?"),

    # Second batch of clean snippets (see note above).
    C("She's 89 and still plays tennis three times a week; her anxiety is mostly about her "
      "kids."),
    C("He was born in 1954, served in the Army, and never talked about it until this year."),
    C("Our group meets the first Monday of each month; I'm presenting in two weeks."),
    C("Scores: PHQ-9 = 18, GAD-7 = 15, PCL-5 = 52 at intake; re-assessing at session 12."),
    C("The client is 6'2\" and 240 lbs and worries that his size frightens people."),
    C("She takes 150 mg of sertraline and 0.5 mg of clonazepam as needed."),
    C("We're using the 5-4-3-2-1 grounding exercise, but he finds it childish."),
    C("Fees: $150 per session, sliding scale down to $60; I see 25 clients a week."),
    C("My caseload is 60% trauma; I did EMDR basic training in 2018 and the advanced "
      "course in 2019."),
    C("She's a Gen Z client who texts in all lowercase and says 'lol' when she's sad."),
    C("Any thoughts on Brainspotting vs. EMDR for performance anxiety in a college "
      "athlete?"),
    C("A 17-year-old came out as nonbinary to me but not to family. HIPAA and minors "
      "question for California."),
    C("Running a group at 7:30 pm on Thursdays; attendance dropped 30% after daylight "
      "saving time."),
    C("The Department of Children and Family Services opened a case. How do I handle a "
      "subpoena?"),
    C("Mindfulness-Based Cognitive Therapy group starts in September; looking for "
      "co-facilitators."),
    C("Parent-child interaction therapy with a 4-year-old: Dad does great, Mom feels "
      "judged."),
    C("Reading Siegel's The Developing Mind with my consult group; the window of tolerance "
      "chapter resonated."),
]

"""The numbers-and-codes catch-all (round 5): flag any code-like token unless it is known safe.

New examples written for this rule, not taken from any evaluation set: identifiers in formats no
specific rule of numbers_codes.py knows (other countries' national numbers, passports, student and
employee numbers, claims, vendor codes, postcodes), and clean clinical snippets dense with numbers
that are known safe (doses, vitals, labs, scores, CPT/ICD codes, years, times, money, counts).
"""
from __future__ import annotations

import pytest

from bot.confidentiality import numbers_codes
from bot.confidentiality.base import Ctx
from tests.helpers.guard import assert_clean, assert_flagged

FLAGGED = [
    # national numbers of other countries
    ("her Aadhaar 4829 1175 6630 is on the consent form she photographed", "4829 1175 6630"),
    ("Swedish client, personnummer 850709-9805 on the Försäkringskassan letter", "850709-9805"),
    ("the Danish CPR 070985-1234 was on the referral from Aarhus", "070985-1234"),
    ("Finnish student, HETU 131052-308T, asked about Kela forms", "131052-308T"),
    ("his fødselsnummer 01129955131 is on the discharge note", "01129955131"),
    ("the Dutch BSN 1112.22.333 was written on the intake sheet", "1112.22.333"),
    ("Belgian rijksregisternummer 85.07.30-033.61 printed on her card", "85.07.30-033.61"),
    ("Spanish DNI 48215573Z on the photocopy the agency sent", "48215573Z"),
    ("codice fiscale RSSMRA85T10A562S came with the Italian referral", "RSSMRA85T10A562S"),
    ("Steuer-ID 65 929 970 489 on the payslip she showed me", "65 929 970 489"),
    ("PESEL 44051401359 appears on the Polish hospital letter", "44051401359"),
    ("the CPF 123.456.789-09 is on the Brazilian prescription", "123.456.789-09"),
    ("CURP GODE561231HDFRRN09 was on the school form from Guadalajara", "GODE561231HDFRRN09"),
    ("Singapore NRIC S8812345D on the MOM letter", "S8812345D"),
    ("the HKID A123456(7) was on the tenancy form", "A123456"),
    ("Korean RRN 850101-1234567 on the visa paperwork", "850101-1234567"),
    ("CNIC 35202-1234567-1 on the Pakistani affidavit", "35202-1234567-1"),
    ("his PAN ABCPK4471L was on the Indian tax form he brought", "ABCPK4471L"),
    ("INSEE number 1 85 07 30 033 613 54 on the French carte vitale", "1 85 07 30 033 613 54"),
    # student, employee, claim, vendor and other local numbers
    ("student number s3928114 is on the uni's special consideration form", "s3928114"),
    ("the HR letter lists her as E-20417 in the warehouse roster", "E-20417"),
    ("insurer's reference CLM-2026-004417 for the disability claim", "CLM-2026-004417"),
    ("the vendor code QX-7731-B is on the pharmacy receipt", "QX-7731-B"),
    ("library card 29517004418833 was in the bag she left behind", "29517004418833"),
    ("the gym tag says QF88104 and she thinks he tracked her check-ins", "QF88104"),
    ("Rx 6654021 at the Walgreens on the corner, she forwarded me the label", "6654021"),
    ("court file 24-CV-00317 is the custody case, she wants a letter", "24-CV-00317"),
    ("the trip receipt lists ride 7F3K-22Q9 from her ex's address", "7F3K-22Q9"),
    ("his locker at work is 8XK2291 and he keeps the pills there", "8XK2291"),
    ("the caseworker wrote WIC 0044718263 on the form", "0044718263"),
    ("the pharmacy label reads KTQ5582 under the barcode", "KTQ5582"),
    ("the serial on the monitor she was given is G7XK4M2P9", "G7XK4M2P9"),
    ("bus pass 00447182 was found in the car", "00447182"),
    # postcodes in shapes the specific rules do not read
    ("she gave her postal code as k1a 0b1 and then regretted it", "k1a 0b1"),
    ("Brazilian CEP 01310-100 on the forwarding address", "01310-100"),
    ("her PIN code 560034 is in Koramangala, she moved from there", "560034"),
    ("the Israeli teudat zehut 039337423 is on the letter", "039337423"),
    ("he moved to 97405 last spring and still drives in weekly", "97405"),
    # a short number right after an identifier word
    ("the security guard, badge 512, is the one who grabbed her", "512"),
    ("postcode 3068 is where the foster placement is", "3068"),
    ("his staff no. 4471 is on the incident report", "4471"),
    # two digits inside letters, a range that is not round, an ID followed by a verb in -s
    ("the hospital wristband code TXW38Q was in the photo she sent", "TXW38Q"),
    ("her UCI 1122-3344 is on the immigration letter", "1122-3344"),
    ("the PESEL 44051401359 appears on the letter", "44051401359"),
]


@pytest.mark.parametrize("text, substring", FLAGGED)
def test_flagged(text, substring):
    assert_flagged(text, substring)


CLEAN = [
    "PHQ-9 dropped from 21 to 14 over 8 sessions; GAD-7 went 17 -> 11 by week 6.",
    "BP 142/91 at intake, HR 104, she's on sertraline 150 mg and hydroxyzine 25mg prn.",
    "Billing 90837 weekly plus 90785 for interactive complexity; the intake was 90791.",
    "Dx F43.10 and F33.1, rule out Z63.0; DSM-5-TR criteria met on 4 of 5.",
    "He walks 10,000 steps a day and eats about 1800 calories; lost 12 kg since spring.",
    "Rent went up to $2,350 a month and she owes 14500 on the credit line.",
    "A1c 7.2, TSH 2.45, LDL 131, vitamin D 18 ng/mL; started 50000 IU weekly.",
    "PCL-5 of 52 at baseline, 31 at session 12; CAPS-5 planned for the follow-up.",
    "She scored 18/27 on the PHQ-9 and 6 out of 10 on the ACE questionnaire.",
    "Sleep window 11:30pm-6am, sleep efficiency 82%, TST 5.5 hours, SOL 45 minutes.",
    "MoCA 24/30, MMSE 26; he's 78 and was diagnosed in 2019.",
    "Between 2015-2018 he deployed twice; his PCL went from 60 to 38.",
    "The clinic sees about 12000 people a year across 3 sites.",
    "SUDS 85 at the start of the exposure, 40 after 45 minutes; VoC from 3 to 6.",
    "Insurance pays CPT 96130 and 96131 for the testing battery and 96127 for screeners.",
    "Lithium level 0.8 mmol/L, creatinine 1.1, TSH 3.9 on 900mg daily.",
    "She has been sober 400 days; she's on step 4 with a 12-step sponsor.",
    "The 988 line and 911 both came up; on a UK trip she had called 111.",
    "Zoloft 200mg, Wellbutrin XL 300 mg, trazodone 50-100 mg at bedtime.",
    "He plays his PS5 until 3am, just got an iPhone 15, and had COVID-19 in 2022.",
    "Her income is 48,000 AUD and the NDIS plan is $92,000 over 12 months.",
    "EMDR phase 4, set 12, about 24 passes each; SUD from 7 down to 2.",
    "GeneSight report: CYP2D6 poor metabolizer, CYP2C19 intermediate, MTHFR C677T heterozygous.",
    "Weight 212 lbs, BMI 31.4, waist 102 cm; goal is 190 by the 2026 holidays.",
    "The 1990s, the mid-2000s and the 2020s each brought a depressive episode.",
    "Chapter 7 of the workbook, page 143, week 9 of 16.",
    "He uses 5G data, streams 4K video and listens to MP3s of rain to fall asleep.",
    "Form I-589 is due and he also needs a DS-160, so I wrote a support letter.",
    "The DD-214 shows an honorable discharge; VA rating 70%.",
    "Ages 12-17 group, 8 members, 90 minutes, runs 6-8pm on Tuesdays.",
    "Vyvanse 30mg, then 40 mg; HR 96 bpm; 4 hours of sleep a night.",
    "She earns about 62000 a year and pays 1450 in rent.",
    "He does 3x10 push-ups, 5k runs and lifts 2x/week.",
    "Temp 38.2C at home, 100.8F at the ER; they gave her 2L of fluids.",
    "Caseload: 28 clients, 112 sessions last month, 6.5 hours of notes a week.",
    "The 4-7-8 breath and 5-4-3-2-1 grounding help; box breathing 4x4 too.",
    "ICD-10 F90.2 and F81.0; WISC-V FSIQ 104, WIAT-4 standard score 82.",
    "Over 150000 veterans use the program and our clinic is 1 of 40 sites.",
    "Between 1200-1500 calories, 8 glasses of water and 7000 steps.",
    "Her screen time is 9.5 hours/day, 300 texts a day, 1200 followers.",
    "The FY2025 budget cut 15% of our groups; the Q3 2024 waitlist was 212.",
    "The session fee is £85, sliding scale down to £40, for a 50-minute hour.",
    "MMPI-3 T-scores: RC4 72, RC9 68; the K-SADS was done at 14.",
    "Caffeine 400mg a day from 3 energy drinks, gaming at 1080p and 144Hz.",
    "HCPCS H0031 and H2019 for the CMHC; we billed 12 units of H2019.",
    "1,200 mg of omega-3, 2000 IU of D3 and B12 1000 mcg each morning.",
    "The 2019-2021 cohort had 312 participants and an effect size of 0.45.",
    "Over 10 000 steps on 5 of 7 days; resting HR 58, HRV 42 ms.",
    "Her student loan is 38500 and the car note 412 a month.",
    "CBT-I: 6 sessions, TIB cut to 6.5 h, then up 15 minutes a week.",
    "He makes $120000 and she makes about 85000; their mortgage is 412000.",
    "The 2 invalid examples FR14 2004 1010 0505 0001 3M02 607 fail the IBAN check.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


def test_catch_all_is_generic_priority():
    """A specific finding over the same text wins: the SSN rule's category is kept."""
    assert_flagged("his SSN 123-45-6789 was on the form", "123-45-6789", "ssn")


def test_catch_all_alone():
    """The catch-all pass on its own flags an unknown format and leaves a dose alone."""
    ctx = Ctx("the TFN 459 002 816 and 1200mg of ibuprofen")
    numbers_codes._find_catch_all(ctx)
    spans = {ctx.text[s:e] for s, e, _c, _p in ctx.items}
    assert spans == {"459 002 816"}

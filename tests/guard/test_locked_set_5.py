"""Integrity checks for the fifth locked evaluation set (tests/guard/locked_set_5.py).

These tests check the DATA only; they never run the identifier guard.  The
overlap checks compare against the other sets programmatically and never print
their contents.
"""
from __future__ import annotations

import collections
import importlib
import re

import pytest

from tests.guard.eval_set import PATTERN_CATEGORIES, EvalCase
from tests.guard.locked_set_5 import LOCKED5_CASES

VALID_CATEGORIES = set(PATTERN_CATEGORIES) | {"name", "place"}
OTHER_MODULES = (
    "tests.guard.eval_set",
    "tests.guard.dev_extra",
    "tests.guard.locked_set",
    "tests.guard.locked_set_2",
    "tests.guard.locked_set_3",
    "tests.guard.locked_set_4",
)
# Names (and place names) that are also ordinary words: overlap with other sets is checked case-sensitively.
WORD_NAMES = {
    "Ash", "Moth", "Lucky", "Finch", "Smiley", "Rooster", "Mallow", "Cults", "Hull",
}


def _other_cases() -> list[EvalCase]:
    out: list[EvalCase] = []
    for modname in OTHER_MODULES:
        mod = importlib.import_module(modname)
        for value in vars(mod).values():
            if isinstance(value, (list, tuple)) and value and all(isinstance(x, EvalCase) for x in value):
                out.extend(value)
    return out


def _positive():
    return [c for c in LOCKED5_CASES if c.expected]


def _clean():
    return [c for c in LOCKED5_CASES if not c.expected]


def _category_counts() -> collections.Counter:
    return collections.Counter(cat for c in LOCKED5_CASES for cat, _ in c.expected)


def test_sizes():
    assert len(LOCKED5_CASES) >= 320
    assert len(_positive()) >= 190
    assert len(_clean()) >= 130


def test_category_counts():
    counts = _category_counts()
    for cat in PATTERN_CATEGORIES:
        assert counts[cat] >= 12, (cat, counts[cat])
    assert counts["name"] >= 80
    assert counts["place"] >= 70


def test_categories_valid():
    for case in LOCKED5_CASES:
        for cat, _ in case.expected:
            assert cat in VALID_CATEGORIES, (cat, case.text)


def test_every_substring_occurs_on_a_token_boundary():
    for case in LOCKED5_CASES:
        for cat, sub in case.expected:
            assert sub, case.text
            i = case.text.find(sub)
            assert i >= 0, (cat, sub, case.text)
            before = case.text[i - 1] if i > 0 else " "
            end = i + len(sub)
            after = case.text[end] if end < len(case.text) else " "
            assert not before.isalnum() and not after.isalnum(), (cat, sub, case.text)


def test_no_duplicate_spans_within_a_case():
    for case in LOCKED5_CASES:
        spans = [(case.text.find(s), len(s)) for _, s in case.expected]
        assert len(spans) == len(set(spans)), case.text


def test_snippet_lengths():
    for case in LOCKED5_CASES:
        assert 40 <= len(case.text) <= 520, (len(case.text), case.text[:60])


def test_no_duplicate_snippets():
    texts = [c.text for c in LOCKED5_CASES]
    dupes = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dupes, dupes


def test_no_overlap_with_other_sets_texts():
    other_texts = [c.text for c in _other_cases()]
    assert other_texts, "could not load the other sets"
    other_set = set(other_texts)
    clashes = [c.text for c in LOCKED5_CASES if c.text in other_set]
    assert not clashes, f"{len(clashes)} snippet(s) repeat another set"
    contained = [c.text for c in LOCKED5_CASES if any(c.text in t or t in c.text for t in other_texts)]
    assert not contained, f"{len(contained)} snippet(s) contained in / containing another set's snippet"


def test_planted_identifiers_not_in_other_sets():
    big = "\n".join(c.text for c in _other_cases())
    squashed = re.sub(r"\W", "", big).lower()
    bad = []
    for case in LOCKED5_CASES:
        for cat, sub in case.expected:
            flags = 0 if sub in WORD_NAMES else re.I
            if re.search(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", big, flags):
                bad.append((cat, sub))
            elif cat in PATTERN_CATEGORIES:
                digits = re.sub(r"\W", "", sub).lower()
                if len(digits) >= 5 and digits in squashed:
                    bad.append((cat, sub))
    # report only our own planted strings, never the other sets' contents
    assert not bad, bad


@pytest.mark.parametrize("case", _clean(), ids=lambda c: c.text[:40])
def test_clean_cases_have_empty_expected(case):
    assert case.expected == []

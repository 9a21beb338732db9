"""Integrity checks for the locked evaluation sets 2 and later (tests/bot/confidentiality/sets/locked_set_N.py), one table of sets.

These tests check the DATA only; they never run the identifier guard. The overlap checks compare each set against
the sets written before it, programmatically, and never print their contents. A new locked set is one more row in
LOCKED_SETS, written with the set and committed before the rules it will score. (The sets' docstrings name the
per-set modules test_locked_set_N.py these checks were first written in; they were merged here unchanged.)
"""
from __future__ import annotations

import collections
import importlib
import re
from dataclasses import dataclass

import pytest

from tests.bot.confidentiality.sets.eval_set import PATTERN_CATEGORIES, EvalCase

VALID_CATEGORIES = set(PATTERN_CATEGORIES) | {"name", "place"}
EARLIEST = ("tests.bot.confidentiality.sets.eval_set", "tests.bot.confidentiality.sets.dev_extra", "tests.bot.confidentiality.sets.locked_set")


@dataclass(frozen=True)
class LockedSet:
    number: int
    snippets: int            # at least this many snippets
    positive: int            # ... with identifiers
    clean: int               # ... and clean
    per_pattern_category: int
    names: int
    places: int
    word_names: frozenset[str]   # names that are also ordinary words: overlap is checked case-sensitively
    length_bounds: tuple[int, int] | None = (40, 520)
    # Sets written at the same time as this one, by another writer blind to it, for the same round: not "earlier",
    # so not compared (set 43 shares seven planted places and ages with set 42, written beside it; neither was used
    # to tune anything before both were scored).
    written_with: tuple[int, ...] = ()

    @property
    def module(self) -> str:
        return f"tests.bot.confidentiality.sets.locked_set_{self.number}"

    @property
    def cases(self) -> list[EvalCase]:
        return list(getattr(importlib.import_module(self.module), f"LOCKED{self.number}_CASES"))

    @property
    def earlier_modules(self) -> tuple[str, ...]:
        return EARLIEST + tuple(f"tests.bot.confidentiality.sets.locked_set_{n}" for n in range(2, self.number)
                                if n not in self.written_with)

    def __str__(self) -> str:
        return f"set{self.number}"


_SET4_WORD_NAMES = frozenset({"Ash", "Moth", "Lucky", "Finch", "Smiley", "Rooster", "Mallow", "Cults", "Hull"})
LOCKED_SETS = (
    LockedSet(2, 240, 120, 120, 8, 70, 50,
              frozenset({"Amber", "Chance", "Destiny", "Justice", "Violet", "Bill Nwachukwu", "Mo", "Mina"}),
              length_bounds=None),
    LockedSet(3, 240, 120, 120, 8, 80, 60,
              frozenset({"Blessing", "Memory", "Gift", "Comfort", "Innocent", "Honor", "Sparrow", "Cash", "Rich",
                         "Royal", "Ivy", "Opal", "sunny", "Hatch"})),
    LockedSet(4, 300, 170, 130, 12, 80, 60, _SET4_WORD_NAMES),
    LockedSet(5, 320, 190, 130, 12, 80, 70, _SET4_WORD_NAMES),
    LockedSet(6, 380, 230, 140, 14, 100, 150, frozenset()),
    # Set 7 is checked against eval_set, dev_extra and locked sets 1-6 (earlier_modules runs up to number - 1).
    LockedSet(7, 420, 250, 170, 14, 100, 160,
              frozenset({"wisdom", "Marvellous", "Treasure", "Unity", "Harmony", "Journey", "Goodness", "Lovely",
                         "Favour", "Spud"})),
    # Set 8 is checked against eval_set, dev_extra and locked sets 1-7.
    LockedSet(8, 550, 310, 240, 15, 160, 240,
              frozenset({"rejoice", "Promise", "Testimony", "Miracle", "Chook", "Titch", "Rams"})),
    # Set 9 is checked against eval_set, dev_extra and locked sets 1-8.
    LockedSet(9, 560, 300, 250, 15, 180, 200,
              frozenset({"Lotus", "Haven", "Echo", "Blaze", "Lyric", "Winner"})),
    # Set 10 is checked against eval_set, dev_extra and locked sets 1-9.
    LockedSet(10, 380, 200, 180, 12, 150, 130,
              frozenset({"Deacon", "Clover", "sparky", "Brandy", "pearl", "Glen"})),
    # Set 11 is checked against eval_set, dev_extra and locked sets 1-10.
    LockedSet(11, 330, 180, 150, 11, 130, 110,
              frozenset({"Reef", "Tansy", "Boxer"})),
    # Set 12 is checked against eval_set, dev_extra and locked sets 1-11.
    LockedSet(12, 300, 160, 140, 10, 120, 100,
              frozenset({"linnet", "Yarrow"})),
    # Set 13 is checked against eval_set, dev_extra and locked sets 1-12.
    LockedSet(13, 250, 130, 120, 8, 100, 80,
              frozenset({"Bracken", "Nettle", "Fable"})),
    # Set 14 is checked against eval_set, dev_extra and locked sets 1-13.
    LockedSet(14, 280, 150, 120, 9, 130, 100,
              frozenset()),
    # Set 15 is checked against eval_set, dev_extra and locked sets 1-14.
    LockedSet(15, 300, 170, 130, 10, 170, 160,
              frozenset()),
    # Set 16 is checked against eval_set, dev_extra and locked sets 1-15.
    LockedSet(16, 290, 160, 130, 11, 180, 190,
              frozenset()),
    # Set 17 is checked against eval_set, dev_extra and locked sets 1-16.
    LockedSet(17, 290, 160, 130, 10, 190, 140,
              frozenset()),
    # Set 18 is checked against eval_set, dev_extra and locked sets 1-17.
    LockedSet(18, 290, 165, 125, 10, 170, 180,
              frozenset()),
    # Set 19 is checked against eval_set, dev_extra and locked sets 1-18.
    LockedSet(19, 300, 175, 125, 10, 180, 195,
              frozenset()),
    # Set 20 is checked against eval_set, dev_extra and locked sets 1-19.
    LockedSet(20, 310, 175, 130, 11, 175, 185,
              frozenset({"Blink"})),
    # Set 21 is checked against eval_set, dev_extra and locked sets 1-20.
    LockedSet(21, 320, 185, 130, 11, 175, 185,
              frozenset({"Bounty", "Ranger"})),
    # Set 22 is checked against eval_set, dev_extra and locked sets 1-21.
    LockedSet(22, 349, 207, 142, 13, 230, 226,
              frozenset()),
    # Set 23 is checked against eval_set, dev_extra and locked sets 1-22.
    LockedSet(23, 333, 191, 142, 11, 193, 237,
              frozenset()),
    # Set 24 is checked against eval_set, dev_extra and locked sets 1-23.
    LockedSet(24, 344, 203, 141, 11, 222, 243,
              frozenset()),
    # Set 25 is checked against eval_set, dev_extra and locked sets 1-24.
    LockedSet(25, 346, 208, 138, 12, 188, 216,
              frozenset()),
    # Set 26 is checked against eval_set, dev_extra and locked sets 1-25.
    LockedSet(26, 331, 195, 136, 12, 199, 198,
              frozenset()),
    # Set 27 is checked against eval_set, dev_extra and locked sets 1-26.
    LockedSet(27, 335, 195, 140, 12, 197, 209,
              frozenset()),
    # Set 28 is checked against eval_set, dev_extra and locked sets 1-27.
    LockedSet(28, 331, 195, 136, 12, 196, 197,
              frozenset()),
    # Set 29 is checked against eval_set, dev_extra and locked sets 1-28.
    LockedSet(29, 353, 193, 160, 12, 193, 193,
              frozenset()),
    # Set 30 is checked against eval_set, dev_extra and locked sets 1-29.
    LockedSet(30, 348, 196, 152, 12, 197, 196,
              frozenset()),
    # Set 31 is checked against eval_set, dev_extra and locked sets 1-30.
    LockedSet(31, 368, 206, 162, 12, 207, 206,
              frozenset()),
    # Set 32 is checked against eval_set, dev_extra and locked sets 1-31.
    LockedSet(32, 358, 204, 154, 12, 208, 207,
              frozenset()),
    # Set 33 is checked against eval_set, dev_extra and locked sets 1-32.
    LockedSet(33, 367, 211, 156, 12, 213, 211,
              frozenset()),
    # Set 34 is checked against eval_set, dev_extra and locked sets 1-33.
    LockedSet(34, 365, 209, 156, 12, 218, 209,
              frozenset()),
    # Set 35 is checked against eval_set, dev_extra and locked sets 1-34.
    LockedSet(35, 364, 207, 157, 12, 209, 227,
              frozenset()),
    # Set 36 is checked against eval_set, dev_extra and locked sets 1-35.
    LockedSet(36, 375, 212, 163, 12, 212, 218,
              frozenset()),
    # Set 37 is checked against eval_set, dev_extra and locked sets 1-36.
    LockedSet(37, 368, 213, 155, 12, 213, 231,
              frozenset()),
    # Set 38 is checked against eval_set, dev_extra and locked sets 1-37.
    LockedSet(38, 380, 225, 155, 12, 227, 234,
              frozenset()),
    # Set 39 is checked against eval_set, dev_extra and locked sets 1-38.
    LockedSet(39, 371, 215, 156, 12, 227, 260,
              frozenset()),
    # Set 40 is checked against eval_set, dev_extra and locked sets 1-39.
    LockedSet(40, 365, 209, 156, 12, 209, 204,
              frozenset()),
    # Set 41 is checked against eval_set, dev_extra and locked sets 1-40.
    LockedSet(41, 389, 232, 157, 12, 231, 94,
              frozenset()),
    # Set 42 is checked against eval_set, dev_extra and locked sets 1-41.
    LockedSet(42, 362, 207, 155, 12, 180, 153,
              frozenset()),
    # Set 43 is checked against eval_set, dev_extra and locked sets 1-41 (set 42 was written beside it).
    LockedSet(43, 360, 205, 155, 12, 206, 146,
              frozenset(), written_with=(42,)),
    # Set 44 is checked against eval_set, dev_extra and locked sets 1-43.
    LockedSet(44, 360, 205, 155, 12, 196, 191,
              frozenset()),
    # Set 45 is checked against eval_set, dev_extra and locked sets 1-43 (set 44 was written beside it).
    LockedSet(45, 372, 217, 155, 12, 219, 152,
              frozenset(), written_with=(44,)),
    # Set 46 is checked against eval_set, dev_extra and locked sets 1-45.
    LockedSet(46, 368, 213, 155, 12, 215, 249,
              frozenset()),
    # Set 47 is checked against eval_set, dev_extra and locked sets 1-45 (set 46 was written beside it).
    LockedSet(47, 372, 216, 156, 12, 216, 118,
              frozenset(), written_with=(46,)),
    # Set 48 is checked against eval_set, dev_extra and locked sets 1-47.
    LockedSet(48, 360, 205, 155, 12, 207, 175,
              frozenset()),
    # Set 49 is checked against eval_set, dev_extra and locked sets 1-47 (set 48 was written beside it).
    LockedSet(49, 374, 218, 156, 13, 219, 115,
              frozenset(), written_with=(48,)),
    # Set 50 is checked against eval_set, dev_extra and locked sets 1-49.
    LockedSet(50, 380, 224, 156, 12, 222, 225,
              frozenset()),
    # Set 51 is checked against eval_set, dev_extra and locked sets 1-49 (set 50 was written beside it).
    LockedSet(51, 393, 238, 155, 12, 239, 250,
              frozenset(), written_with=(50,)),
    # Set 52 is checked against eval_set, dev_extra and locked sets 1-51.
    LockedSet(52, 399, 244, 155, 12, 245, 325,
              frozenset()),
    # Set 53 is checked against eval_set, dev_extra and locked sets 1-51 (set 52 was written beside it).
    LockedSet(53, 392, 235, 157, 12, 243, 260,
              frozenset(), written_with=(52,)),
    # Set 54 is checked against eval_set, dev_extra and locked sets 1-53.
    LockedSet(54, 398, 243, 155, 12, 244, 299,
              frozenset()),
    # Set 55 is checked against eval_set, dev_extra and locked sets 1-53 (set 54 was written beside it).
    LockedSet(55, 380, 225, 155, 12, 223, 253,
              frozenset(), written_with=(54,)),
    # Set 56 is checked against eval_set, dev_extra and locked sets 1-55.
    LockedSet(56, 398, 243, 155, 12, 251, 207,
              frozenset()),
    # Set 57 is checked against eval_set, dev_extra and locked sets 1-55 (set 56 was written beside it).
    LockedSet(57, 389, 232, 157, 12, 234, 239,
              frozenset(), written_with=(56,)),
    # Set 58 is checked against eval_set, dev_extra and locked sets 1-57.
    LockedSet(58, 409, 251, 158, 12, 250, 262,
              frozenset()),
    # Set 59 is checked against eval_set, dev_extra and locked sets 1-57 (set 58 was written beside it).
    LockedSet(59, 377, 222, 155, 12, 225, 201,
              frozenset(), written_with=(58,)),
    # Set 60 is checked against eval_set, dev_extra and locked sets 1-59.
    LockedSet(60, 412, 254, 158, 12, 262, 278,
              frozenset()),
    # Set 61 is checked against eval_set, dev_extra and locked sets 1-59 (set 60 was written beside it).
    LockedSet(61, 400, 241, 159, 12, 247, 297,
              frozenset(), written_with=(60,)),
    # Set 62 is checked against eval_set, dev_extra and locked sets 1-61.
    LockedSet(62, 410, 252, 158, 12, 254, 279,
              frozenset()),
    # Set 63 is checked against eval_set, dev_extra and locked sets 1-61 (set 62 was written beside it).
    LockedSet(63, 400, 241, 159, 14, 246, 218,
              frozenset(), written_with=(62,)),
    # Set 64 is checked against eval_set, dev_extra and locked sets 1-63.
    LockedSet(64, 407, 248, 159, 14, 260, 322,
              frozenset()),
    # Set 65 is checked against eval_set, dev_extra and locked sets 1-63 (set 64 was written beside it).
    LockedSet(65, 398, 240, 158, 13, 245, 223,
              frozenset(), written_with=(64,)),
    # Set 66 is checked against eval_set, dev_extra and locked sets 1-65.
    LockedSet(66, 434, 274, 160, 12, 279, 255,
              frozenset()),
    # Set 67 is checked against eval_set, dev_extra and locked sets 1-65 (set 66 was written beside it).
    LockedSet(67, 384, 223, 161, 12, 228, 222,
              frozenset(), written_with=(66,)),
    # Set 68 is checked against eval_set, dev_extra and locked sets 1-67.
    LockedSet(68, 415, 255, 160, 13, 286, 234,
              frozenset()),
    # Set 69 is checked against eval_set, dev_extra and locked sets 1-67 (set 68 was written beside it).
    LockedSet(69, 405, 249, 156, 12, 242, 213,
              frozenset(), written_with=(68,)),
    # Set 70 is checked against eval_set, dev_extra and locked sets 1-69.
    LockedSet(70, 415, 257, 158, 14, 260, 228,
              frozenset()),
    # Set 71 is checked against eval_set, dev_extra and locked sets 1-69 (set 70 was written beside it).
    LockedSet(71, 410, 255, 155, 12, 255, 204,
              frozenset(), written_with=(70,)),
    # Set 72 is checked against eval_set, dev_extra and locked sets 1-71.
    LockedSet(72, 368, 212, 156, 12, 288, 222,
              frozenset()),
    # Set 73 is checked against eval_set, dev_extra and locked sets 1-72.
    LockedSet(73, 411, 256, 155, 12, 258, 252,
              frozenset()),
    # Set 74 is checked against eval_set, dev_extra and locked sets 1-73.
    LockedSet(74, 404, 246, 158, 12, 247, 208,
              frozenset()),
    # Set 75 is checked against eval_set, dev_extra and locked sets 1-73 (set 74 was written beside it).
    LockedSet(75, 405, 247, 158, 12, 249, 210,
              frozenset(), written_with=(74,)),
    # Set 76 is checked against eval_set, dev_extra and locked sets 1-75.
    LockedSet(76, 401, 244, 157, 12, 265, 249,
              frozenset()),
    # Set 77 is checked against eval_set, dev_extra and locked sets 1-75 (set 76 was written beside it).
    LockedSet(77, 411, 253, 158, 13, 237, 201,
              frozenset(), written_with=(76,)),
    # Set 78 is checked against eval_set, dev_extra and locked sets 1-77.
    LockedSet(78, 442, 285, 157, 12, 285, 267,
              frozenset()),
    # Set 79 is checked against eval_set, dev_extra and locked sets 1-77 (set 78 was written beside it).
    LockedSet(79, 403, 245, 158, 12, 246, 240,
              frozenset(), written_with=(78,)),
)
each_set = pytest.mark.parametrize("locked", LOCKED_SETS, ids=str)


def _earlier_cases(locked: LockedSet) -> list[EvalCase]:
    out: list[EvalCase] = []
    for modname in locked.earlier_modules:
        mod = importlib.import_module(modname)
        for value in vars(mod).values():
            if isinstance(value, (list, tuple)) and value and all(isinstance(x, EvalCase) for x in value):
                out.extend(value)
    return out


@each_set
def test_sizes(locked: LockedSet) -> None:
    cases = locked.cases
    assert len(cases) >= locked.snippets
    assert len([c for c in cases if c.expected]) >= locked.positive
    assert len([c for c in cases if not c.expected]) >= locked.clean


@each_set
def test_category_counts(locked: LockedSet) -> None:
    counts = collections.Counter(cat for c in locked.cases for cat, _ in c.expected)
    for cat in PATTERN_CATEGORIES:
        assert counts[cat] >= locked.per_pattern_category, (cat, counts[cat])
    assert counts["name"] >= locked.names
    assert counts["place"] >= locked.places


@each_set
def test_categories_valid(locked: LockedSet) -> None:
    for case in locked.cases:
        for cat, _ in case.expected:
            assert cat in VALID_CATEGORIES, (cat, case.text)


@each_set
def test_every_substring_occurs_on_a_token_boundary(locked: LockedSet) -> None:
    for case in locked.cases:
        for cat, sub in case.expected:
            assert sub, case.text
            i = case.text.find(sub)
            assert i >= 0, (cat, sub, case.text)
            before = case.text[i - 1] if i > 0 else " "
            end = i + len(sub)
            after = case.text[end] if end < len(case.text) else " "
            assert not before.isalnum() and not after.isalnum(), (cat, sub, case.text)


@each_set
def test_no_duplicate_spans_within_a_case(locked: LockedSet) -> None:
    for case in locked.cases:
        spans = [(case.text.find(s), len(s)) for _, s in case.expected]
        assert len(spans) == len(set(spans)), case.text


@pytest.mark.parametrize("locked", [s for s in LOCKED_SETS if s.length_bounds], ids=str)
def test_snippet_lengths(locked: LockedSet) -> None:
    assert locked.length_bounds is not None
    lo, hi = locked.length_bounds
    for case in locked.cases:
        assert lo <= len(case.text) <= hi, (len(case.text), case.text[:60])


@each_set
def test_no_duplicate_snippets(locked: LockedSet) -> None:
    texts = [c.text for c in locked.cases]
    dupes = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dupes, dupes


@each_set
def test_no_overlap_with_earlier_sets_texts(locked: LockedSet) -> None:
    other_texts = [c.text for c in _earlier_cases(locked)]
    assert other_texts, "could not load the earlier sets"
    other_set = set(other_texts)
    clashes = [c.text for c in locked.cases if c.text in other_set]
    assert not clashes, f"{len(clashes)} snippet(s) repeat an earlier set"
    contained = [c.text for c in locked.cases if any(c.text in t or t in c.text for t in other_texts)]
    assert not contained, f"{len(contained)} snippet(s) contained in / containing an earlier set's snippet"


@each_set
def test_planted_identifiers_not_in_earlier_sets(locked: LockedSet) -> None:
    big = "\n".join(c.text for c in _earlier_cases(locked))
    big_lower = big.lower()
    squashed = re.sub(r"\W", "", big).lower()
    bad = []
    for case in locked.cases:
        for cat, sub in case.expected:
            flags = 0 if sub in locked.word_names else re.I
            # (a plain substring test first - fast - and the word-boundary regex only where the string occurs)
            occurs = sub in big if flags == 0 else sub.lower() in big_lower
            if occurs and re.search(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", big, flags):
                bad.append((cat, sub))
            elif cat in PATTERN_CATEGORIES:
                digits = re.sub(r"\W", "", sub).lower()
                if len(digits) >= 5 and digits in squashed:
                    bad.append((cat, sub))
    # report only this set's planted strings, never the earlier sets' contents
    assert not bad, bad


@pytest.mark.parametrize(("locked", "case"),
                         [(s, c) for s in LOCKED_SETS for c in s.cases if not c.expected],
                         ids=lambda v: str(v) if isinstance(v, LockedSet) else v.text[:40])
def test_clean_cases_have_empty_expected(locked: LockedSet, case: EvalCase) -> None:
    assert case.expected == [], locked

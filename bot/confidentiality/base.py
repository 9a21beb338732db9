"""Shared pieces of the identifier guard: the Finding type, categories and reasons, the tokenizer
and the per-call context every detector family writes its candidate spans into."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .memo import Memo

CATEGORIES: tuple[str, ...] = (
    "name", "date", "age_over_89", "phone", "fax", "email", "url", "ip_address", "ssn",
    "medical_record", "health_plan", "account", "licence", "vehicle", "device",
    "street_address", "zip_code", "place",
)

REASONS: dict[str, str] = {
    "name": "looks like a person's name",
    "date": "looks like a specific date (a year on its own is fine)",
    "age_over_89": "ages over 89 can identify someone; '90 or older' is safer",
    "phone": "looks like a phone number",
    "fax": "looks like a fax number",
    "email": "looks like an email address",
    "url": "looks like a web address or online handle",
    "ip_address": "looks like an IP address",
    "ssn": "looks like a Social Security number",
    "medical_record": "looks like a medical record number",
    "health_plan": "looks like a health plan or member number",
    "account": "looks like an account or other ID number",
    "licence": "looks like a licence or certificate number",
    "vehicle": "looks like a licence plate or vehicle ID",
    "device": "looks like a device serial number or ID",
    "street_address": "looks like a street address",
    "zip_code": "looks like a ZIP or postal code",
    "place": "names a specific place (town, school or employer)",
    "unchecked": "written in a script Roundtable cannot check; please read it over yourself",
}

# Not a Safe Harbor category: a part of the text the guard could not read (see guard.unreadable).
UNCHECKED = "unchecked"

# Higher wins when two candidate spans overlap.
PRIORITY: dict[str, int] = {
    "email": 100, "url": 95, "ip_address": 92, "ssn": 90,
    "medical_record": 85, "health_plan": 85, "account": 84, "licence": 85, "vehicle": 85,
    "device": 85, "fax": 80, "phone": 75, "street_address": 70, "zip_code": 65,
    "date": 60, "age_over_89": 60, "place": 45, "name": 40,
}
GENERIC_ID_PRIORITY = 30  # unlabelled long numbers (reported as "account")


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    reason: str


# (written digit by digit: a pattern that starts with a plain character class lets the regex engine skip ahead
# to its candidates; "\d{5}" or a leading look-behind makes it try every position - same matches, 2-3x slower)
D5 = re.compile(r"\d\d\d\d\d")
DIGITS3_RE = re.compile(r"\d(?:[\dA-Za-z./ -]{0,3}\d){2,}")  # 3+ digits, maybe split by separators
YEAR_RANGE = re.compile(r"(?:19|20)\d\d-(?:(?:19|20)?\d\d)")

UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
CAPW = rf"[{UP}][\w'’&.\-]*"  # a capitalised word, for regexes


def digits(s: str) -> int:
    return sum(map(str.isdigit, s))


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?")
# The same on ASCII text (where a letter is [A-Za-z] and "’" cannot occur), without Unicode category tests: ~40% faster.
_WORD_RE_ASCII = re.compile(r"[A-Za-z]+(?:['\-][A-Za-z]+)*'?")


# Word-derived attributes of a token, by the matched string: (word, low, cap, acronym, poss, trimmed length).
# Clinical text repeats its words, so this memo saves most of the per-token work; past a check it keeps only public
# words (memo.py), and it is bounded.
_TOK_CACHE: Memo[tuple[str, str, bool, bool, bool, int]] = Memo(limit=200_000)


def _tok_props(w: str) -> tuple[str, str, bool, bool, bool, int]:
    poss = False
    if len(w) > 2 and w[-2] in "'’" and w[-1] == "s":
        w = w[:-2]
        poss = True
    elif w[-1] in "'’":
        w = w[:-1]
        poss = True
    acronym = len(w) > 1 and (w.isupper() or (len(w) > 2 and w[-1] == "s" and w[:-1].isupper()))
    return (w, w.lower(), w[:1].isupper(), acronym, poss, len(w))


class Tok:
    __slots__ = ("start", "end", "full_end", "word", "low", "cap", "acronym", "poss")

    def __init__(self, m: re.Match[str]):
        raw = m.group(0)
        props = _TOK_CACHE.recall(raw)
        if props is None:
            props = _tok_props(raw)
            _TOK_CACHE.put(raw, props)
        self.start, self.full_end = m.span()
        self.word, self.low, self.cap, self.acronym, self.poss, n = props
        self.end = self.start + n


DIGIT_RE = re.compile(r"\d")


class Ctx:
    """Per-call state shared by the detectors."""

    def __init__(self, text: str):
        self.text = text
        self.low = text.lower()
        toks: list[Tok] = []
        self.toks = toks
        append = toks.append
        cache = _TOK_CACHE
        now = cache.now
        new = Tok.__new__
        # The words as strings (no match objects), each found where the last one ended: every letter starts a
        # word, so nothing between the two is a letter and find() lands on the word's own start.
        find = text.find
        full_end = 0
        for raw in (_WORD_RE_ASCII if text.isascii() else _WORD_RE).findall(text):
            start = find(raw, full_end)
            full_end = start + len(raw)
            props = cache.get(raw)
            if props is None:
                props = now.get(raw)
                if props is None:
                    props = _tok_props(raw)
                    cache.put(raw, props)
            t = new(Tok)
            t.start = start
            t.full_end = full_end
            t.word, t.low, t.cap, t.acronym, t.poss, size = props
            t.end = start + size
            append(t)
        # gaps[i]: the text between token i (including its possessive) and token i + 1
        self.gaps = [text[a.full_end:b.start] for a, b in zip(toks, toks[1:])]
        self.items: list[tuple[int, int, str, int]] = []
        self.has_digit = DIGIT_RE.search(text) is not None
        self.has5 = self.has_digit and D5.search(text) is not None
        self._sent: dict[int, bool] = {}
        self._num_windows: list[tuple[int, int]] | None = None
        self._lows: set[str] | None = None
        self._caps: set[str] | None = None
        # numbers_codes: catalogue numbers seen so far ("item 10990": see _catalogue_before)
        self.catalogue: list[tuple[int, int, str]] = []

    @property
    def lows(self) -> set[str]:
        """The lower-cased words of the text."""
        if self._lows is None:
            self._lows = {t.low for t in self.toks}
        return self._lows

    @property
    def caps(self) -> set[str]:
        """The lower-cased words that are written capitalised in the text."""
        if self._caps is None:
            self._caps = {t.low for t in self.toks if t.cap}
        return self._caps

    def num_windows(self) -> list[tuple[int, int]]:
        """Stretches of text around numbers of 3+ digits (where labelled IDs can be)."""
        if self._num_windows is None:
            self._num_windows = merge_windows(
                [(m.start() - 48, m.end() + 24) for m in DIGITS3_RE.finditer(self.text)], len(self.text))
        return self._num_windows

    def gap(self, i: int, j: int) -> str:
        """Text between token i (including its possessive) and token j."""
        if j == i + 1:
            return self.gaps[i]
        return self.text[self.toks[i].full_end:self.toks[j].start]

    def sent(self, i: int) -> bool:
        """Token i starts a sentence (or the text)."""
        r = self._sent.get(i)
        if r is None:
            r = sentence_start_at(self.text, self.toks[i].start)
            self._sent[i] = r
        return r

    def add(self, start: int, end: int, category: str, priority: int | None = None) -> None:
        text = self.text
        while start < end and text[start] in " \t\r\n,;:('\"“‘`[":
            if text[start] == "(" and ")" in text[start:end]:
                break
            start += 1
        while end > start and text[end - 1] in " \t\r\n.,;:!?)]}'\"”’`|(":
            if text[end - 1] == ")" and "(" in text[start:end]:
                break
            end -= 1
        if end > start:
            self.items.append((start, end, category, PRIORITY[category] if priority is None else priority))


def merge_windows(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        lo, hi = max(0, lo), min(size, hi)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def sentence_start_at(text: str, pos: int) -> bool:
    """True when pos starts a sentence, a quotation, a list item or the text."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘([*_>":
        if text[j] in "\"“" and (j == 0 or text[j - 1] in " \t\n(:"):
            return True  # opening quotation mark: 'she said, "Will I ever ..."'
        j -= 1
    return j < 0 or text[j] in ".!?:;\n\r•…-–—|"


def base_word(word: str) -> str:
    w = word.rstrip(".,").lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’")

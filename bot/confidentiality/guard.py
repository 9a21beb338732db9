"""Identifier guard: flags text that could identify a client before it is posted.

Covers the HIPAA Safe Harbor categories that can be recognised in text
(45 CFR 164.514(b)(2)): names, geography smaller than a state, date elements
other than the year, ages over 89, phone/fax numbers, e-mail, URLs, IP
addresses, SSNs, medical record / health plan / account / licence numbers,
vehicle and device identifiers.

The guard is a warning aid shown privately to the author; it is neither a
de-identification tool nor a guarantee.  This module is the pipeline: each
family of detectors (numbers_codes, contact, dates_ages, places, names) adds
candidate spans to a shared context; ``surroundings.drop_phrases`` drops those the
words around them show are no identifier; and ``_resolve`` - the one place
where overlaps are settled - keeps the highest-priority span of each overlap.

Text mostly in a script the guard has no rules for (Cyrillic, Arabic,
Devanagari, CJK, Greek...) is reported as one "unchecked" finding, so the
author is told it could not be checked instead of getting a silent pass.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from . import contact, dates_ages, id_formats, lexicon, memo, names, numbers_codes, places, surroundings, weigh
from .base import CATEGORIES, REASONS, UNCHECKED, Ctx, Finding

__all__ = ["Finding", "CATEGORIES", "REASONS", "UNCHECKED", "check_text", "highlight", "unreadable", "preload"]

# Platform markup that carries IDs of the chat platform, not of a client: Slack/Discord
# mentions (<@U024BE7LH>, <@123...>, <@&role>, <#channel|name>, <!here>), Discord timestamps
# (<t:1733000000:F>) and custom emoji (<:blob:123...>).  Masked with spaces before scanning,
# so offsets still refer to the original text.
_PLATFORM_MARKUP_RE = re.compile(r"<(?:@[!&]?|#|!)[A-Za-z0-9^|._-]{1,100}>|<t:\d{1,13}(?::[A-Za-z])?>"
                                 r"|<a?:\w{1,64}:\d{5,25}>")


def _mask_platform_markup(text: str) -> str:
    if "<" not in text:
        return text
    return _PLATFORM_MARKUP_RE.sub(lambda m: " " * len(m.group(0)), text)


_CATEGORY_ORDER = {category: index for index, category in enumerate(CATEGORIES)}


def _resolve(items: list[tuple[int, int, str, int]]) -> list[Finding]:
    """Keep non-overlapping spans, preferring higher priority, then longer spans; two detectors that found the same
    span with the same priority are settled by the categories' fixed order, so the answer never depends on the
    process's hash seed (it did: "Medicaid 55-KY-991823" came back as a health plan or as a plate)."""
    items = sorted(set(items), key=lambda x: (-x[3], -(x[1] - x[0]), x[0], _CATEGORY_ORDER[x[2]]))
    starts: list[int] = []  # kept spans, sorted by start and non-overlapping
    kept: list[tuple[int, int, str]] = []
    for start, end, cat, _prio in items:
        k = bisect.bisect_right(starts, start)
        if k and kept[k - 1][1] > start:  # the span before overlaps
            continue
        if k < len(kept) and kept[k][0] < end:  # the span after overlaps
            continue
        starts.insert(k, start)
        kept.insert(k, (start, end, cat))
    return [Finding(cat, s, e, REASONS[cat]) for s, e, cat in kept]


_NOT_LATIN_RE = re.compile("[^\x00-\u024f\u1e00-\u1eff]")  # (Latin: up to U+024F, and U+1E00-U+1EFF)


def _unreadable_span(text: str) -> tuple[int, int] | None:
    """The stretch of text in scripts the guard cannot read, when such letters make up a real part of it."""
    if text.isascii():
        return None
    # The letters outside Latin first (a scan in C: most texts have none, or a few curly quotes and accents),
    # then, only when there are enough of them, all letters.
    other = 0
    first = last = -1
    for m in _NOT_LATIN_RE.finditer(text):
        if m.group().isalpha():
            other += 1
            if first < 0:
                first = m.start()
            last = m.start()
    if other < 4:
        return None
    latin = sum(map(str.isalpha, text)) - other
    if other >= 4 and other >= 0.2 * (latin + other):
        return first, last + 1
    return None


def unreadable(text: str) -> bool:
    """True when a real part of ``text`` is in a script the guard has no rules for."""
    return bool(text) and _unreadable_span(text) is not None


def preload() -> None:
    """Load the word lists now (otherwise they load once, on first use)."""
    lexicon.preload()
    surroundings.preload()
    weigh.preload()


def _candidates(text: str) -> tuple[Ctx, list[Finding]]:
    """What the detectors find, overlaps resolved, before the names and places are weighed (weigh.py)."""
    with memo.request():
        ctx = Ctx(_mask_platform_markup(text))
        numbers_codes.find(ctx)
        id_formats.find(ctx)
        contact.find(ctx)
        dates_ages.find(ctx)
        places.find(ctx)
        names.find(ctx)
        numbers_codes.drop_service_numbers(ctx)
        return ctx, _resolve(surroundings.drop_phrases(ctx.text, ctx.lows, ctx.items))


def check_text(text: str) -> list[Finding]:
    """Find possible client identifiers in ``text``: sorted by start, non-overlapping.

    A part of the text written in a script the guard cannot read comes back as one finding
    of category ``UNCHECKED`` covering it, so the author can be told it was not checked.
    """
    if not text or not text.strip():
        return []
    with memo.request():  # (what the check memoises of this text is forgotten when it ends)
        ctx, found = _candidates(text)
        found = weigh.keep(ctx, found)
    span = _unreadable_span(text)
    if span:
        s, e = span
        found = [f for f in found if f.end <= s or f.start >= e]
        found.append(Finding(UNCHECKED, s, e, REASONS[UNCHECKED]))
        found.sort(key=lambda f: f.start)
    return found


def highlight(text: str, findings: Iterable[Finding]) -> str:
    """Wrap each flagged span as ⟦span⟧, for showing privately to the author."""
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos or f.end > len(text) or f.start >= f.end:
            continue
        out.append(text[pos:f.start])
        out.append("⟦" + text[f.start:f.end] + "⟧")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)

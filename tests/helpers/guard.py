"""Helpers shared by the per-family guard tests."""
from __future__ import annotations

from bot.confidentiality import check_text


def flagged(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start:f.end]) for f in check_text(text)]


def hits(text: str, substring: str) -> list[str]:
    """Categories of the findings overlapping the first occurrence of substring."""
    start = text.index(substring)
    end = start + len(substring)
    return [f.category for f in check_text(text) if f.start < end and start < f.end]


def assert_flagged(text: str, substring: str, category: str | None = None) -> None:
    cats = hits(text, substring)
    assert cats, f"{substring!r} not flagged in {text!r}; got {flagged(text)}"
    if category:
        assert category in cats, f"{substring!r} flagged as {cats}, expected {category}"


def assert_clean(text: str) -> None:
    assert flagged(text) == [], text

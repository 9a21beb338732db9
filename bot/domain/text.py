"""Rules about text that any part of the core applies to what people type."""
from __future__ import annotations

import unicodedata

from bot.domain.errors import Refusal

MAX_NAME = 80


def has_control_characters(text: str) -> bool:
    """Invisible control and format characters (bidi overrides, escape sequences, bells...); line breaks and tabs
    are text."""
    return any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" for ch in text)


def check_name(name: str, what: str = "A group name") -> str:
    name = " ".join(name.split())
    if not name:
        raise Refusal(f"{what} can't be empty.")
    if len(name) > MAX_NAME:
        raise Refusal(f"{what} can be at most {MAX_NAME} characters (that one has {len(name)}).")
    if has_control_characters(name):
        raise Refusal(f"{what} can't contain control characters.")
    return name

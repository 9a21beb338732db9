"""Support resources shown, privately and at once, to someone whose answer signals high distress.

The list is deployment configuration: pass your own lines to `bot.commands.catalog.build_registry` (they become
the registry's options) to name local colleague-assistance programs and lines outside the US. Nothing records who saw it.
"""
from __future__ import annotations

DEFAULT_RESOURCES: tuple[str, ...] = (
    "If you are in crisis or thinking about suicide, in the US call or text 988 (Suicide & Crisis Lifeline), "
    "any time. Elsewhere, call your local emergency number, or find a line near you at https://findahelpline.com.",
    "Physician Support Line (US): 1-888-409-0141 – free, confidential peer support from volunteer psychiatrists "
    "for physicians and medical students.",
    "Many professional associations and licensing boards run confidential colleague-assistance programs for "
    "clinicians. Whoever runs this Roundtable can add local programs and international lines to this list.",
)


def check_resources(lines: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(str(line).split()) for line in lines)
    cleaned = tuple(line for line in cleaned if line)
    if not cleaned:
        raise ValueError("the check-in support resources can't be empty")
    if len(cleaned) > 12 or any(len(line) > 400 for line in cleaned):
        raise ValueError("give at most 12 support resources of at most 400 characters each")
    return cleaned

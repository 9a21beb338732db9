"""Text in a script the guard cannot read: a gentle 'could not check' note, not a silent pass."""
from __future__ import annotations

import pytest

from bot.cases.requests import Draft, review_blocks
from bot.confidentiality import UNCHECKED, check_text, unreadable
from tests.bot.confidentiality.sets.locked_set import UNREADABLE_CASES  # a separate, unscored list: not tuning


@pytest.mark.parametrize("text", UNREADABLE_CASES)
def test_unreadable_cases_come_back_unchecked(text):
    assert unreadable(text)
    assert any(f.category == UNCHECKED for f in check_text(text))


@pytest.mark.parametrize("text", [
    "Клиентка Ольга из Казани боится, что её узнают.",
    "المريضة تسكن في حي صغير قرب المدرسة",
    "患者住在东京附近的小镇，她很害怕。",
    "Η πελάτισσα μένει σε ένα μικρό χωριό.",
])
def test_other_scripts(text):
    assert unreadable(text)


@pytest.mark.parametrize("text", [
    "Plain English with café, naïve and Zoë in it.",
    "She said “merci” and “¿qué pasa?” with a smile.",
    "Ein Gespräch über Ängste und Müdigkeit.",
    "A single word like 愛 in a sentence is fine.",
])
def test_latin_text_is_readable(text):
    assert not unreadable(text)
    assert all(f.category != UNCHECKED for f in check_text(text))


def test_review_shows_a_gentle_note_and_allows_posting():
    draft = Draft(question="Клиентка боится, что коллеги её узнают. Как с этим работать?")
    findings = {"question": check_text(draft.question)}
    blocks = [str(b) for b in review_blocks(draft, findings)]
    text = "\n".join(blocks)
    assert "could not check" in text and "post it as it is" in text
    assert "flagged 0" not in text

"""The attacker's test for "the guard keeps nothing of a request once its check is done".

The attacker can read the bot's process memory after a therapist's request was checked (a core dump, a debugger, a
heap snapshot sent with a crash report). Every object the guard's modules can reach - module globals, memos, caches of
functions, the weights, the word lists - is walked, and no string may hold a word of the request that is not a public
word (a common English word, a clinical term). Words of the request that any English reader knows may stay in a memo:
they say nothing about a client. A client's name, a town no list holds, a phrase of the request may not.
"""
from __future__ import annotations

import gc
import re
import sys
import types

from bot.confidentiality import check_text, guard

# Invented words: no word list, no weight, no development case holds them (checked below before the check runs).
_REQUEST_WORDS = ("zephyrine", "quandlevosk", "quillmoor", "brondavik", "ysolte", "marrowfen", "tavishka", "oorvelt")
_REQUESTS = (
    "Supervision thought: Zephyrine Quandlevosk from Quillmoor asked me to write to her landlord.",
    "my client zephyrine quandlevosk moved to quillmoor after the fire, and Brondavik's school called twice.",
    "Ysolte (his sister) drove him to Marrowfen Heights on Tuesday; she works at Tavishka Valley Behavioral Health.",
    "Quick one - Oorvelt, 34, keeps asking whether the group knows Ysolte Brondavik. How would you answer?",
    "Could Quillmoor State or the Marrowfen Crossing co-op be named in a referral letter?",
)
_MARKS = re.compile("|".join(_REQUEST_WORDS), re.IGNORECASE)


def _guard_modules() -> list[types.ModuleType]:
    return [m for name, m in sorted(sys.modules.items()) if name.startswith("bot.confidentiality") and m is not None]


def _strings_reachable_from_the_guard() -> list[str]:
    """Every string reachable from the guard's modules, following references as the garbage collector sees them,
    and every dict's keys, which it does not (dicts' keys and values, sets, tuples, lists, objects' slots and dicts, closures, functions' caches); other
    modules are not entered."""
    own = {id(m) for m in _guard_modules()}
    seen: set[int] = set()
    stack: list[object] = list(_guard_modules())
    found: list[str] = []
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            found.append(obj)
            continue
        if isinstance(obj, (int, float, bytes, bool)) or obj is None:
            continue
        if isinstance(obj, types.ModuleType) and id(obj) not in own:
            continue
        if isinstance(obj, type) and not obj.__module__.startswith("bot.confidentiality"):
            continue  # (a class from outside the guard, such as str or dict: not the guard's state)
        if isinstance(obj, dict):
            # (CPython's collector does not visit the keys of a dict whose keys are all strings - a string holds no
            # reference - so gc.get_referents never returns them: a cache keyed by words would go unseen)
            stack.extend(obj.keys())
        stack.extend(gc.get_referents(obj))
    return found


def _request_words_in(strings: list[str]) -> list[str]:
    return sorted({s for s in strings if _MARKS.search(s)})


def test_the_guard_keeps_no_word_of_a_request_that_is_not_a_public_word():
    guard.preload()
    assert _request_words_in(_strings_reachable_from_the_guard()) == []  # (invented words, in no list)
    for text in _REQUESTS:
        assert check_text(text)  # (each request is checked and something in it is found)
    del text
    held = _request_words_in(_strings_reachable_from_the_guard())
    assert held == [], f"the guard's memory still holds {len(held)} strings of the requests"


def test_the_guard_keeps_nothing_when_a_check_fails_half_way(monkeypatch):
    # (a detector that raises half-way through a check: the words memoised before it must still be forgotten)
    from bot.confidentiality import weigh

    def broken(*_args, **_kwargs):
        raise RuntimeError("detector failed")

    monkeypatch.setattr(weigh, "keep", broken)
    try:
        check_text("Zephyrine Quandlevosk from Quillmoor asked me to write to her landlord.")
    except RuntimeError:
        pass
    else:  # pragma: no cover - the stand-in always raises
        raise AssertionError("the broken step did not run")
    monkeypatch.undo()
    held = _request_words_in(_strings_reachable_from_the_guard())
    assert held == [], f"the guard's memory still holds {len(held)} strings of the failed request"


def test_public_words_stay_memoised_for_the_next_check_and_other_words_do_not():
    # (what the memos are for: common words and clinical terms are remembered across checks - they say nothing of a
    # client - while the rest is worked out again in each check)
    from bot.confidentiality import base, lexicon, names

    check_text("The client's landlord raised the rent; Quandlevosk started sertraline in March.")
    assert "landlord" in base._TOK_CACHE and ("landlord", False) in names._KIND_CACHE
    assert "sertraline" in base._TOK_CACHE
    assert "Quandlevosk" not in base._TOK_CACHE and ("Quandlevosk", False) not in names._KIND_CACHE
    assert not base._TOK_CACHE.now and not names._KIND_CACHE.now and not lexicon._MORPH_CACHE.now


def test_a_public_word_is_a_common_english_word_or_a_clinical_term_and_no_listed_given_name():
    from bot.confidentiality.lexicon import public_word
    from bot.confidentiality.memo import public

    assert public_word("landlord") and public_word("Sertraline") and public_word("Tuesday")
    assert not public_word("Maria") and not public_word("grace") and not public_word("quandlevosk")
    assert public(("landlord", True)) and public("landlord's") and public("follow-up")
    assert not public("Unit 4") and not public(("Maria", False)) and not public(object()) and not public("")

"""Memos of what the guard works out about a word, which keep nothing of a request once its check is done.

The guard asks the same questions of the same words many times (is "landlord" a name? what shape has "Tuesday"?), in
one request and across requests, so it memoises the answers. But a word of a request may be a client's name or a town
no list holds, and a memo that outlived the check would keep it in the bot's memory, where a core dump, a debugger or
a heap snapshot could read it long after the therapist was told what to remove.

So a ``Memo`` keeps an answer past the check only when its key is *public*: made of words that any English reader
knows (common English words and clinical terms: ``lexicon.public_word``, registered here by ``judge_words_by``) and no
digit. Other answers go to the memo's ``now`` dict, which lasts one check. Functions memoised with ``per_check`` keep
nothing past the check at all. ``request()`` scopes a check; on leaving the outermost scope, however it is left
(an exception included), every ``now`` dict and every per-check cache is emptied.
``tests/bot/confidentiality/test_memory.py`` is the attacker's test: it walks everything the guard's modules can reach
after a check and looks for the request's words.

One check runs at a time (a lock): the guard is pure Python and holds the interpreter's lock anyway, and two checks
interleaved could let one's words outlive it in the other's memos.
"""
from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

_LOCK = threading.RLock()
_depth = 0
_NOW: list[dict[Any, Any]] = []            # every Memo's answers of this check
_PER_CHECK: list[Callable[[], None]] = []  # the cache_clear of every per_check function
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")


def _nothing_is_public(_word: str) -> bool:
    return False


_public_word: Callable[[str], bool] = _nothing_is_public


def judge_words_by(public_word: Callable[[str], bool]) -> None:
    """Set the test of a public word (lexicon.py registers ``lexicon.public_word``; until then nothing is kept)."""
    global _public_word
    _public_word = public_word


def public(key: object) -> bool:
    """A key of words that are all public, with no digit: a string, or a tuple of strings and flags."""
    if isinstance(key, str):
        if key.isalpha():
            return _public_word(key)
        if _DIGIT_RE.search(key):
            return False
        words = _LETTERS_RE.findall(key)
        return bool(words) and all(map(_public_word, words))
    if isinstance(key, tuple):
        if len(key) == 2 and key[1].__class__ is bool and key[0].__class__ is str and key[0].isalpha():
            return _public_word(key[0])  # (a word and a flag: the commonest key)
        return bool(key) and all(isinstance(item, bool) or (isinstance(item, str) and public(item)) for item in key)
    return False


V = TypeVar("V")


class Memo(dict[Any, V]):  # (a dict, so that the hot paths read the kept answers with dict.get, in C)
    """Answers by key: the dict itself holds those kept across checks (public keys, up to ``limit``), ``now`` those
    of the current check only. Read with ``get`` and then ``now.get``; write with ``put``."""

    __slots__ = ("now", "limit")

    def __init__(self, *, limit: int = 200_000):
        super().__init__()
        self.now: dict[Any, V] = {}
        self.limit = limit
        _NOW.append(self.now)

    def put(self, key: Hashable, value: V) -> None:
        if len(self) < self.limit and public(key):
            self[key] = value
        else:
            self.now[key] = value

    def recall(self, key: Hashable) -> V | None:
        value = self.get(key)
        return self.now.get(key) if value is None else value


def _forget_the_check() -> None:
    for now in _NOW:
        now.clear()
    for clear in _PER_CHECK:
        clear()


@contextmanager
def request() -> Iterator[None]:
    """Scope one check: on leaving the outermost scope (normally or by an exception), what was memoised for this
    check only is forgotten."""
    global _depth
    with _LOCK:
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0:
                _forget_the_check()


F = TypeVar("F", bound=Callable[..., Any])


def per_check(fn: F) -> F:
    """Memoise ``fn`` for the current check only (``functools.cache``, emptied when the check ends): for questions
    asked many times of the same words in one text, whose words may be a client's."""
    cached = functools.cache(fn)
    _PER_CHECK.append(cached.cache_clear)
    return cached  # type: ignore[return-value]

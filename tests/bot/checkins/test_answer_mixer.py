"""The mixer's own promises, without a database: a member who has answered stays answered while their answer is on
its way to the database (taken for a batch, not yet committed), a batch given back is held again, and nothing about
a round stays in memory once it has closed. The race itself, on PostgreSQL with a real lock, is in
test_checkin_anonymity.py (test_a_second_click_while_the_batch_is_being_written_is_refused_on_postgres)."""
from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.checkins.mixing import AnswerMixer, HeldAnswer

CLOSES = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def mixer_with(*markers: str) -> AnswerMixer:
    mixer = AnswerMixer(random.Random(7))
    for n, marker in enumerate(markers, 1):
        assert mixer.hold(1, CLOSES, marker, n)
    return mixer


def test_a_taken_answer_still_counts_as_answered_until_the_round_closes() -> None:
    mixer = mixer_with("a", "b", "c", "d")
    batch = mixer.take_batch(1, k=4, eligible=4, written=0)
    assert batch is not None and {h.marker for h in batch} == {"a", "b", "c", "d"}
    assert not mixer.holds(1, "a") and mixer.held(1) == 0, "the batch left the pool"
    assert all(mixer.answered_here(1, m) for m in "abcd"), "but each of them has answered"
    assert not mixer.answered_here(1, "e") and not mixer.answered_here(2, "a")
    assert mixer.answered_markers(1) == {"a", "b", "c", "d"}
    assert mixer.hold(1, CLOSES, "e", 3), "someone new can still answer"
    assert mixer.answered_markers(1) == {"a", "b", "c", "d", "e"}


def test_a_batch_given_back_is_held_again_and_a_dropped_member_may_answer_again() -> None:
    mixer = mixer_with("a", "b", "c", "d")
    batch = mixer.take_all(1)
    mixer.give_back(1, CLOSES, batch)                           # its write rolled back
    assert mixer.held(1) == 4 and all(mixer.holds(1, m) for m in "abcd")
    mixer.drop(1, "b")                                           # b's own command was the one that failed
    assert not mixer.answered_here(1, "b") and mixer.hold(1, CLOSES, "b", 5), "b may answer again"
    taken = mixer.take_all(1)
    mixer.drop(1, "c")
    assert not mixer.answered_here(1, "c"), "a member dropped after the take is let go too"
    assert sorted(h.marker for h in taken) == ["a", "b", "c", "d"]


def test_nothing_of_a_closed_round_stays_in_memory() -> None:
    mixer = mixer_with("a", "b", "c", "d")
    mixer.take_all(1)
    assert mixer.hold(2, CLOSES + timedelta(days=7), "x", 1)
    assert mixer.closed_by(CLOSES - timedelta(seconds=1)) == [] and mixer.answered_here(1, "a")
    assert mixer.closed_by(CLOSES) == [], "round 1 holds nothing; round 2 is still open"
    assert not mixer.answered_here(1, "a") and mixer.answered_markers(1) == set()
    assert mixer.answered_here(2, "x")
    mixer.take_all(2)
    mixer.forget(2)
    assert not mixer.answered_here(2, "x") and mixer.rounds() == []


def test_a_member_taken_twice_is_not_doubled_when_given_back() -> None:
    mixer = mixer_with("a", "b")
    first = mixer.take_all(1)
    mixer.give_back(1, CLOSES, first + [HeldAnswer("a", 9)])
    assert mixer.held(1) == 2 and sorted(a.bucket for a in mixer.take_all(1)) == [1, 2]


def test_a_second_answer_arriving_after_the_first_was_taken_for_a_batch_is_refused() -> None:
    """Both clicks of a member pass `has_answered` before either is held; the first is held and at once taken into a
    batch (by its own command or another member's); the second then comes to `hold`. It must be refused: the pool is
    empty again, but the member's answer is on its way to the database (CI on 2026-12-02 thanked one member twice)."""
    mixer = mixer_with("a", "b", "c", "d")
    mixer.take_all(1)
    assert not mixer.hold(1, CLOSES, "a", 5), "a's answer is being written: a second one is not held"
    assert mixer.held(1) == 0
    assert mixer.hold(1, CLOSES, "e", 5), "someone new still can"

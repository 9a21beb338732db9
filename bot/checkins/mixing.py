"""Answers are mixed in process memory before anything is written, so nothing on disk can tie a member to an answer.

A database keeps more than its rows: old row versions (until VACUUM), the write-ahead log, transaction ids, physical
row order and per-table statistics all record *which* writes happened *together*. If "member X has answered" and
"one more answer 5" were written in one transaction, anyone holding a copy of the files could pair them up. So an
answer is written only as part of a batch:

- An answer is held here, in this process's memory, as (marker, bucket): the keyed hash that says someone has answered
  and the answer's bucket. Nothing is written to the database when a person answers.
- A batch is written when at least k answers are held *and* either everyone eligible has answered or at least k
  eligible members would still be left out of every batch (`batch_ready`). Its markers and its counts go in one
  transaction, the markers in shuffled order, the counts as one statement over every bucket of the round. So every
  batch on disk is a set of at least k members and, separately, the sum of their answers.
- Whatever is still held when the round closes (the remainder) is added to the counts in the closing transaction,
  with no markers at all. Because of the rule above, at least k eligible members were never in a batch, and the
  remainder is known only to have come from some of them.
- Fewer than k answers by the close means nothing was ever written: the round is withheld.

What a crash loses: the answers held at that moment. Their members were never marked as having answered, so
`checkin status` tells them they haven't, `checkin answer` and the reminder ask them again, and the process that
becomes the scheduler next asks every unmarked member of each open round again (`CheckinService.restarted`). The
thank-you says an answer is held, not stored, unless it completed a written batch (texts.thanks). A graceful stop writes
what it holds if it makes a batch on its own, and otherwise loses it the same way.

Between taking a batch out of memory and its commit, its members are neither held nor written; the mixer keeps
their markers as *taken* until the round closes (`answered_here`), so a second click in that moment is refused like
any other second answer - also one checked before the first was held, which reaches `hold` only after the first has
left the pool (`hold` refuses a taken marker too). The database holds the same markers once the batch commits, so
this keeps nothing new.

Several replicas: each holds the answers it receives. A batch is written under the round's lock after dropping any
member whose marker another replica already wrote, so a second answer through another replica counts once. What
each replica still holds at the close is written by that replica (see `CheckinService.settle_held`), before the
scheduling replica closes the round.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class HeldAnswer:
    marker: str
    bucket: int


@dataclass
class _Pool:
    closes_at: datetime
    answers: list[HeldAnswer] = field(default_factory=list)

    def markers(self) -> set[str]:
        return {a.marker for a in self.answers}


def batch_ready(held: int, k: int, eligible: int, written: int) -> bool:
    """Whether `held` answers may be written now as one batch.

    `written`: members already in a batch of this round; `eligible`: members who may answer it. A batch needs at least
    k answers, and must leave either nobody (everyone has answered) or at least k members outside every batch, so that
    an answer written later, at the close, hides among at least k people.
    """
    if held < k:
        return False
    left_out = eligible - written - held
    return left_out <= 0 or left_out >= k


class AnswerMixer:
    """Holds check-in answers in memory, per round, and hands them out only in shuffled batches."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._pools: dict[int, _Pool] = {}
        # Markers handed out for writing, per round, with its closing time: a batch on its way to the database.
        self._taken: dict[int, tuple[datetime, set[str]]] = {}
        self._rng = rng or random.SystemRandom()

    def holds(self, round_id: int, marker: str) -> bool:
        """This member's answer is held here, waiting for a batch."""
        pool = self._pools.get(round_id)
        return pool is not None and marker in pool.markers()

    def answered_here(self, round_id: int, marker: str) -> bool:
        """This member has answered through this process: held, or taken for a batch (written, or being written)."""
        taken = self._taken.get(round_id)
        return self.holds(round_id, marker) or (taken is not None and marker in taken[1])

    def answered_markers(self, round_id: int) -> set[str]:
        """Markers of every member who answered through this process (held or taken), for whom not to ask again."""
        taken = self._taken.get(round_id)
        return self.held_markers(round_id) | (taken[1] if taken else set())

    def held_markers(self, round_id: int) -> set[str]:
        pool = self._pools.get(round_id)
        return pool.markers() if pool else set()

    def held(self, round_id: int) -> int:
        pool = self._pools.get(round_id)
        return len(pool.answers) if pool else 0

    def hold(self, round_id: int, closes_at: datetime, marker: str, bucket: int) -> bool:
        """Keep an answer. False if this member's answer to the round is already held, or taken for a batch: a second
        click that was checked before the first was held may come here after the first has left the pool."""
        taken = self._taken.get(round_id)
        if taken is not None and marker in taken[1]:
            return False
        pool = self._pools.setdefault(round_id, _Pool(closes_at))
        if marker in pool.markers():
            return False
        pool.answers.append(HeldAnswer(marker, bucket))
        return True

    def drop(self, round_id: int, marker: str) -> None:
        """Let go of one member's held answer (its command failed after all)."""
        taken = self._taken.get(round_id)
        if taken is not None:
            taken[1].discard(marker)
        pool = self._pools.get(round_id)
        if pool is None:
            return
        pool.answers = [a for a in pool.answers if a.marker != marker]
        if not pool.answers:
            del self._pools[round_id]

    def take_batch(self, round_id: int, k: int, eligible: int, written: int) -> list[HeldAnswer] | None:
        """Everything held for the round, shuffled, if it may be written now (see `batch_ready`); else None."""
        pool = self._pools.get(round_id)
        if pool is None or not batch_ready(len(pool.answers), k, eligible, written):
            return None
        return self.take_all(round_id)

    def take_all(self, round_id: int) -> list[HeldAnswer]:
        """Everything held for the round, shuffled, and forgotten here."""
        pool = self._pools.pop(round_id, None)
        if pool is None:
            return []
        self._taken.setdefault(round_id, (pool.closes_at, set()))[1].update(pool.markers())
        answers = list(pool.answers)
        self._rng.shuffle(answers)
        return answers

    def give_back(self, round_id: int, closes_at: datetime, answers: list[HeldAnswer]) -> None:
        """Hold answers again (a batch that could not be written). Members already held again are not doubled."""
        taken = self._taken.get(round_id)
        for answer in answers:
            if taken is not None:
                taken[1].discard(answer.marker)
            self.hold(round_id, closes_at, answer.marker, answer.bucket)

    def closed_by(self, now: datetime) -> list[int]:
        """Rounds with answers held here whose closing time has come. Rounds closed by now need no taken markers:
        nobody can answer them any more, so those are let go here."""
        self._taken = {r: taken for r, taken in self._taken.items() if taken[0] > now}
        return [round_id for round_id, pool in self._pools.items() if pool.closes_at <= now]

    def rounds(self) -> list[int]:
        return list(self._pools)

    def forget(self, round_id: int) -> None:
        self._pools.pop(round_id, None)
        self._taken.pop(round_id, None)


def counts_of(answers: list[HeldAnswer]) -> dict[int, int]:
    out: dict[int, int] = {}
    for answer in answers:
        out[answer.bucket] = out.get(answer.bucket, 0) + 1
    return out

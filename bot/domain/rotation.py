"""Who presents: a fair, forgiving presenter rotation, as a pure function.

Every member carries a *turn mark*: a number from the group's counter, taken when they join and again each time
they present. The member with the lowest mark has waited longest and goes next (ties cannot happen; the counter
also records who joined first). So:

- a newcomer takes a fresh mark and joins the end of the current cycle, not the front;
- a member who passes does not present, keeps their mark, and so is first in line for the following meeting;
- a presenter who turns out to have been absent gets their old mark back: a missed turn is not lost;
- a facilitator's assignment or an accepted swap *pins* a member to a meeting; a member pinned to a later meeting
  is not picked automatically before it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Waiting:
    """A member in line: their id and turn mark (lower = has waited longer)."""

    user_id: str
    mark: int


@dataclass(frozen=True)
class Slot:
    """One upcoming meeting as the rotation sees it."""

    seats: int = 1
    passed: frozenset[str] = field(default_factory=frozenset)
    pinned: tuple[str, ...] = ()


def project(line: Sequence[Waiting], slots: Sequence[Slot]) -> list[list[str]]:
    """The presenters of each slot, in order, if nothing else changes."""
    queue = [w.user_id for w in sorted(line, key=lambda w: w.mark)]
    present = set(queue)
    pinned_later: list[set[str]] = []
    later: set[str] = set()
    for slot in reversed(slots):
        pinned_later.append(set(later))
        later |= {u for u in slot.pinned if u in present}
    pinned_later.reverse()

    result: list[list[str]] = []
    for index, slot in enumerate(slots):
        chosen = [u for u in dict.fromkeys(slot.pinned) if u in present][: slot.seats]
        booked = pinned_later[index]
        for user_id in queue:
            if len(chosen) >= slot.seats:
                break
            if user_id in chosen or user_id in slot.passed or user_id in booked:
                continue
            chosen.append(user_id)
        queue = [u for u in queue if u not in chosen] + [u for u in queue if u in chosen]
        result.append(chosen)
    return result

"""The presenter rotation: projection rules, and fairness properties over random histories."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.group import Answer, Group
from bot.domain.rotation import Slot, Waiting, project
from bot.domain.schedule import parse_recurrence

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def line(*ids: str) -> list[Waiting]:
    return [Waiting(u, i) for i, u in enumerate(ids)]


def test_least_recent_goes_first_and_moves_to_the_end() -> None:
    assert project(line("a", "b", "c"), [Slot()] * 4) == [["a"], ["b"], ["c"], ["a"]]


def test_pass_keeps_priority_for_the_following_meeting() -> None:
    assert project(line("a", "b", "c"), [Slot(passed=frozenset({"a"})), Slot(), Slot()]) == [["b"], ["a"], ["c"]]


def test_pinned_member_is_not_picked_before_their_meeting() -> None:
    slots = [Slot(), Slot(), Slot(pinned=("a",))]
    assert project(line("a", "b", "c"), slots) == [["b"], ["c"], ["a"]]


def test_several_presenters_per_meeting() -> None:
    assert project(line("a", "b", "c"), [Slot(seats=2)] * 3) == [["a", "b"], ["c", "a"], ["b", "c"]]


def test_everyone_passing_leaves_an_open_floor() -> None:
    assert project(line("a", "b"), [Slot(passed=frozenset({"a", "b"}))]) == [[]]


def weekly_group() -> Group:
    group = Group("console", "w", "G", "c", "UTC", "u0", T0)
    group.found(T0)
    group.set_schedule(parse_recurrence("weekly on Monday at 18:00", date(2026, 11, 30)), T0)
    return group


def test_newcomer_joins_the_end_of_the_cycle_not_the_front() -> None:
    group = weekly_group()
    for name in ("u1", "u2"):
        group.admit(name, 1, T0)
    first = group.upcoming(T0, 1)[0]
    group.settle(first.start + timedelta(minutes=1))
    group.admit("newbie", 1, first.start + timedelta(hours=1))
    order = [u.presenters[0] for u in group.upcoming(first.start + timedelta(hours=1), 4)]
    assert order == ["u1", "u2", "u0", "newbie"]


def test_absent_presenter_gets_their_turn_back() -> None:
    group = weekly_group()
    group.admit("u1", 1, T0)
    first = group.upcoming(T0, 1)[0]
    assert first.presenters == ("u0",)
    group.settle(first.start + timedelta(minutes=5))
    meeting = next(m for m in group.meetings if m.settled)
    group.correct_attendance(meeting, "u0", present=False)
    assert group.upcoming(first.start + timedelta(hours=1), 1)[0].presenters == ("u0",)


# Property tests ---------------------------------------------------------------------------------

ops = st.lists(
    st.one_of(
        st.tuples(st.just("join"), st.integers(0, 9)),
        st.tuples(st.just("leave"), st.integers(0, 9)),
        st.tuples(st.just("pass"), st.just(0)),
        st.tuples(st.just("absent"), st.just(0)),
        st.tuples(st.just("meet"), st.just(0)),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(ops)
def test_fair_and_forgiving_over_any_history(steps: list[tuple[str, int]]) -> None:
    """Nobody presents twice while another available member has waited since before their last turn;
    a pass keeps the passer's priority."""
    group = weekly_group()
    now = T0
    waiting_since: dict[str, int] = {"u0": -1}
    clock_tick = 0
    passed_now: set[str] = set()
    passed_before: dict[str, int] = {}
    for op, arg in steps:
        clock_tick += 1
        name = f"m{arg}"
        if op == "join" and group.member(name) is None:
            member = group.admit(name, 1, now)
            if member.standing == "active":
                waiting_since[name] = clock_tick
        elif op == "leave" and group.member(name) is not None:
            if len(group.facilitators) == 1 and group.is_facilitator(name):
                continue
            group.release(name, now)
            waiting_since.pop(name, None)
            passed_now.discard(name)
            passed_before.pop(name, None)
            for m in group.active:
                waiting_since.setdefault(m.user_id, clock_tick)
        elif op in ("pass", "absent"):
            item = group.upcoming(now, 1)[0]
            if not item.presenters:
                continue
            who = item.presenters[0]
            mark_before = group.member(who).turn_mark
            if op == "pass":
                group.pass_turn(who, item)
            else:
                group.rsvp(who, item, Answer.NO, now)
            assert group.member(who).turn_mark == mark_before, "a pass must not cost a place in line"
            passed_now.add(who)
        elif op == "meet":
            item = group.upcoming(now, 1)[0]
            available = {m.user_id for m in group.active} - passed_now
            now = item.start + timedelta(minutes=1)
            held = group.settle(now)
            assert len(held) == 1
            presenters = held[0].presenters
            for p in presenters:
                assert p in available
                for q in available - set(presenters):
                    assert waiting_since.get(q, 0) >= waiting_since.get(p, 0), (
                        f"{p} presented while {q} had been waiting longer")
            for who, since in passed_before.items():
                if who in available and who not in presenters and presenters:
                    assert all(waiting_since.get(p, 0) <= since for p in presenters), (
                        f"{who} passed last time but lost their priority")
            passed_before = {w: waiting_since[w] for w in passed_now if w in waiting_since}
            for p in presenters:
                waiting_since[p] = clock_tick
            passed_now = set()


def test_a_skipped_meeting_stays_skipped_after_its_date() -> None:
    """Regression: a cancelled meeting put away as settled must not come back as a meeting to hold."""
    group = weekly_group()
    first, second, third = group.upcoming(T0, 3)
    group.cancel(second)
    group.settle(second.start + timedelta(hours=1))
    # Storage only loads unsettled meetings: simulate a reload.
    group.meetings = [m for m in group.meetings if not m.settled]
    held = group.settle(third.start + timedelta(hours=1))
    assert [m.original_start for m in held] == [third.original_start]

"""Issue 16, part 2: the matching score's promises, as properties over generated groups and seekers (hypothesis)."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.directory.matching import Listing, Seeker, brought, rank, score
from bot.directory.model import Window

MONDAY = datetime(2026, 11, 30, tzinfo=UTC)
ZONES = ("UTC", "America/Denver", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney")
FOCUS = ("trauma", "grief", "couples", "ethics", "child and adolescent")
MODALITIES = ("CBT", "EMDR", "somatic", "DBT", "IFS", "ACT")

times = st.integers(min_value=0, max_value=7 * 24 * 4 - 1).map(lambda q: MONDAY + timedelta(minutes=15 * q))


@st.composite
def listings(draw: st.DrawFn, group_id: int) -> Listing:
    first = draw(times)
    weeks = draw(st.sampled_from((1, 2)))
    return Listing(
        group_id=group_id, name=f"Group {group_id}",
        meetings=tuple(first + timedelta(weeks=weeks * i) for i in range(4)),
        minutes=draw(st.sampled_from((60, 75, 90))),
        seats_free=draw(st.integers(0, 4)), waiting=draw(st.integers(0, 6)), size=draw(st.integers(1, 10)),
        focus=tuple(draw(st.lists(st.sampled_from(FOCUS), max_size=3, unique=True))),
        brings=tuple(draw(st.lists(st.sampled_from(MODALITIES), max_size=3, unique=True))),
        language=draw(st.sampled_from(("", "English", "German"))),
    )


@st.composite
def windows(draw: st.DrawFn) -> Window:
    first = draw(st.integers(0, 6))
    last = draw(st.integers(first, 6))
    start = draw(st.integers(0, 22))
    end = draw(st.integers(start + 1, 23))
    return Window(first, last, time(start), time(end, 59 if end == 23 else 0))


@st.composite
def seekers(draw: st.DrawFn) -> Seeker:
    return Seeker(
        zone=draw(st.sampled_from(ZONES)),
        windows=tuple(draw(st.lists(windows(), min_size=1, max_size=4))),
        focus=tuple(draw(st.lists(st.sampled_from(FOCUS), max_size=3, unique=True))),
        modalities=tuple(draw(st.lists(st.sampled_from(MODALITIES), max_size=3, unique=True))),
        languages=tuple(draw(st.lists(st.sampled_from(("English", "German")), max_size=2, unique=True))),
    )


@st.composite
def worlds(draw: st.DrawFn) -> tuple[Seeker, list[Listing]]:
    count = draw(st.integers(1, 8))
    return draw(seekers()), [draw(listings(i + 1)) for i in range(count)]


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(worlds(), st.integers(1, 4), st.integers(1, 6), st.randoms(use_true_random=False))
def test_a_full_group_with_a_waitlist_never_outranks_an_equal_group_with_seats(
        world: tuple[Seeker, list[Listing]], seats: int, waiting: int, rnd: random.Random) -> None:
    seeker, others = world
    base = others[0]
    # The full one is created first, so it would win every tie.
    full = replace(base, group_id=0, seats_free=0, waiting=waiting)
    open_ = replace(base, group_id=100, seats_free=seats, waiting=0)
    pool = [full, open_, *others[1:]]
    rnd.shuffle(pool)
    ranked = [m.listing.group_id for m in rank(seeker, pool)]
    if 0 in ranked:
        assert 100 in ranked and ranked.index(100) < ranked.index(0)


@PROPERTY
@given(worlds(), st.integers(0, 3))
def test_adding_a_window_that_covers_a_meeting_never_lowers_its_rank(
        world: tuple[Seeker, list[Listing]], which: int) -> None:
    """The added window covers exactly one of group 1's meetings (in the seeker's zone) and none of another group's:
    group 1's score never drops and no group that was below it ends above it."""
    from zoneinfo import ZoneInfo

    seeker, pool = world
    target = pool[0]
    local = target.meetings[which].astimezone(ZoneInfo(seeker.zone))
    end = local + timedelta(minutes=target.minutes)
    assume(end.date() == local.date())
    added = Window(local.weekday(), local.weekday(), local.time(), end.time())
    for other in pool[1:]:
        for start in other.meetings:
            assume(not added.holds(start.astimezone(ZoneInfo(seeker.zone)), other.minutes))
    before = rank(seeker, pool)
    after = rank(replace(seeker, windows=(*seeker.windows, added)), pool)
    after_ids = [m.listing.group_id for m in after]
    assert target.group_id in after_ids, "a group with a meeting inside a window is always offered"
    was = score(seeker, target)
    now = score(replace(seeker, windows=(*seeker.windows, added)), target)
    assert now is not None and (was is None or now.points >= was.points)
    before_ids = [m.listing.group_id for m in before]
    if target.group_id in before_ids:
        assert after_ids.index(target.group_id) <= before_ids.index(target.group_id)


@PROPERTY
@given(worlds())
def test_a_meeting_outside_every_window_is_never_offered_let_alone_first(world: tuple[Seeker, list[Listing]]) -> None:
    from zoneinfo import ZoneInfo

    seeker, pool = world
    for match in rank(seeker, pool):
        zone = ZoneInfo(seeker.zone)
        assert any(w.holds(s.astimezone(zone), match.listing.minutes)
                   for s in match.listing.meetings for w in seeker.windows)
        assert all(any(w.holds(f, match.listing.minutes) for w in seeker.windows) for f in match.fitting)


@PROPERTY
@given(worlds(), st.randoms(use_true_random=False))
def test_the_same_data_gives_the_same_order(world: tuple[Seeker, list[Listing]], rnd: random.Random) -> None:
    seeker, pool = world
    shuffled = list(pool)
    rnd.shuffle(shuffled)
    assert [m.listing.group_id for m in rank(seeker, pool)] == [m.listing.group_id for m in rank(seeker, shuffled)]


@PROPERTY
@given(worlds(), st.lists(st.text(min_size=3, max_size=12).filter(str.strip), min_size=1, max_size=8))
def test_no_result_reveals_a_member(world: tuple[Seeker, list[Listing]], names: list[str]) -> None:
    """What a result says comes from the group's entry, its counts and aggregates: member names never reach it
    (the modalities a group brings come from `brought`, which keeps only what three or more members share)."""
    seeker, pool = world
    tags = [[f"{name} method"] for name in names]  # each member's own modality spelled with their name
    pool = [replace(listing, brings=brought(tags)) for listing in pool]
    for match in rank(seeker, pool):
        said = " ".join(match.reasons())
        for name in names:
            if names.count(name) < 3:
                assert f"{name} method" not in said


def test_brought_needs_three_members() -> None:
    assert brought([["EMDR"], ["emdr", "CBT"], ["EMDR "]]) == ("EMDR",)
    assert brought([["EMDR"], ["EMDR"], ["CBT"]]) == ()
    assert brought([["EMDR", "EMDR"], ["EMDR"], []]) == ()

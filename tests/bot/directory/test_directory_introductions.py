"""Issue 16, when nothing fits: four or more people waiting with `find notify:yes`, whose windows share a slot long
enough for a meeting in their own zones, are each offered privately (opt-in) an introduction to the others; only
those who say yes are introduced, to each other; a circle is offered once. Console, SQLite and PostgreSQL, with the
directory sweep on the injected clock."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.console.session import SimulatedClock
from bot.directory.introductions import OpenSeats, Waiting, circles, has_open_fit, spans
from bot.directory.matching import Listing, Seeker
from bot.directory.model import DAYS, KeptSearch, parse_windows
from bot.directory.service import DirectoryService
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.messages import Outbound, ToPerson
from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk

# Tuesday 17:00-20:00 UTC, each in their own zone (December: New York UTC-5, Chicago UTC-6, Berlin UTC+1).
COMPATIBLE = {
    "ann": ("America/New_York", "Tue 12:00-15:00"),
    "ben": ("Europe/London", "Tue 17:00-20:00"),
    "cat": ("Europe/Berlin", "Tue 18:00-21:00"),
    "dan": ("America/Chicago", "Mon 09:00-10:00, Tue 11:00-14:00"),
}


def swept(desk: Desk, database: Database) -> DirectoryService:
    service = DirectoryService(database, desk.clock, desk.session)
    desk.session.sweep, desk.session.next_due = service.sweep, service.next_due
    return service


async def wait(desk: Desk, user: str, zone: str, when: str) -> str:
    return await desk.say(user, f'find when:"{when}" tz:{zone} notify:yes')


def dm(out: str, user: str) -> str:
    """What `user` was sent privately in `out` (each DM runs to the next line that starts a new message)."""
    lines = out.splitlines()
    found, inside = [], False
    for line in lines:
        if line.startswith("["):
            inside = line.startswith(f"[DM to @{user}]") or line.startswith(f"[only @{user} ")
        if inside:
            found.append(line)
    return "\n".join(found)


async def test_four_compatible_waiting_are_each_offered_once_and_only_those_who_say_yes_meet(
        every_store: Database) -> None:
    database = every_store  # the in-memory fakes too: they keep the same rules
    desk = Desk(database, START)
    swept(desk, database)
    out = ""
    for user in ("ann", "ben", "cat"):
        out += await wait(desk, user, *COMPATIBLE[user])
    assert "[DM to" not in out and "introduce" not in out, "three waiting: no offer"

    out = await wait(desk, "dan", *COMPATIBLE["dan"])
    for user, slot in (("ann", "Tue 12:00-15:00 your time (America/New_York)"),
                       ("ben", "Tue 17:00-20:00 your time (Europe/London)"),
                       ("cat", "Tue 18:00-21:00 your time (Europe/Berlin)"),
                       ("dan", "Tue 11:00-14:00 your time (America/Chicago)")):
        offer = dm(out, user)
        assert "Colleagues who could start a group with you" in offer, user
        assert "3 other colleagues here are waiting too" in offer and slot in offer
        assert "[Yes, introduce me]" in offer and "[No, thanks]" in offer
        assert not any(f"@{other}" in offer for other in COMPATIBLE if other != user), "the offer names nobody"

    out = await desk.run("time +1d")
    out += await desk.say("ann", "help")
    assert "Colleagues who could start" not in out, "offered once, not at every sweep"

    out = await desk.run('@ann click "Yes, introduce me"')
    assert "You're the first to say yes" in out and "[DM to" not in out
    out = await desk.run('@ben click "No, thanks"')
    assert "you won't be introduced" in out and "[DM to" not in out

    await desk.say("cat", 'profile profession:Psychotherapist tags:"Somatic experiencing" focus:trauma')
    out = await desk.run('@cat click "Yes, introduce me"')
    mine, ann = dm(out, "cat"), dm(out, "ann")
    assert "They also said yes:" in mine and "• @ann" in mine and "Tue 18:00-21:00 your time" in mine
    assert "Another colleague wants to start a group with you" in ann
    assert "@cat also said yes – Psychotherapist; works with Somatic experiencing; focus: trauma." in ann
    assert "Tue 12:00-15:00 your time" in ann and "/consult group create NAME" in ann
    assert "@ben" not in out and "@dan" not in out, "nobody who hasn't said yes is named"

    out = await desk.run('@dan click "Yes, introduce me"')
    mine = dm(out, "dan")
    assert "• @ann" in mine and "• @cat" in mine and "@ben" not in out
    assert "[DM to @ann]" in out and "[DM to @cat]" in out and "[DM to @ben]" not in out

    out = await desk.run('@ben click "Yes, introduce me"')
    assert "You answered that already" in out and "[DM to" not in out
    async with database() as uow:
        asked = [(a.user_id, a.answer, a.introduction_id)
                 for a in await uow.directory.introducees(WorkspaceRef("console", "demo"))]
    assert sorted(a[:2] for a in asked) == [("ann", "yes"), ("ben", "no"), ("cat", "yes"), ("dan", "yes")]
    for value in (str(asked[0][2]), "x"):
        refused = await desk.core.click(UserRef("console", "demo", "eve"), ChannelRef("console", "demo", "x"),
                                        "directory.introduce", value)
        assert [o.audience for o in refused.outbound] == [ToPerson(UserRef("console", "demo", "eve"),
                                                                   ChannelRef("console", "demo", "x"))]
        assert "Nothing was changed" in refused.outbound[0].message.plain_text()


async def test_incompatible_windows_or_a_fitting_group_make_no_circle(database: Database) -> None:
    desk = Desk(database, START)
    swept(desk, database)
    out = ""
    for user in ("ann", "ben", "cat"):
        out += await wait(desk, user, *COMPATIBLE[user])
    out += await wait(desk, "eve", "America/New_York", "Sat 09:00-12:00")
    # Overlapping the others by an hour only: not enough for a 90-minute meeting.
    out += await wait(desk, "fay", "Europe/London", "Tue 19:00-21:00")
    assert "Colleagues who could start" not in out

    # A listed group with a seat that fits ann's times: ann isn't waiting for a new group, so dan makes three.
    await desk.say("hal", "group create Tuesday Noon tz:America/New_York")
    await desk.say("hal", "schedule set weekly on Tuesday at 12:30")
    await desk.say("hal", "group settings listed:yes")
    out = await wait(desk, "dan", *COMPATIBLE["dan"])
    assert "Colleagues who could start" not in out


async def test_a_new_colleague_makes_a_new_circle_and_a_no_is_respected(database: Database) -> None:
    desk = Desk(database, START)
    swept(desk, database)
    for user in COMPATIBLE:
        await wait(desk, user, *COMPATIBLE[user])
    await desk.run('@ben click "No, thanks"')
    out = await wait(desk, "gus", "Europe/London", "Tue 16:30-19:30")
    assert "4 other colleagues" not in out
    assert "3 other colleagues here are waiting too" in dm(out, "gus") and "[DM to @ben]" not in out
    assert all("Colleagues who could start" in dm(out, u) for u in ("ann", "cat", "dan"))


@pytest.mark.parametrize("minutes, expected", [(90, 4), (200, 0)])
def test_circles_need_a_slot_long_enough_for_a_meeting(minutes: int, expected: int) -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    waiting = [Waiting(user, zone, parse_windows(when)) for user, (zone, when) in COMPATIBLE.items()]
    found = circles(waiting, now, minutes=minutes)
    assert [len(c.members) for c in found] == ([expected] if expected else [])
    if found:
        assert found[0].start == datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
        assert found[0].end - found[0].start == timedelta(hours=3)
    assert circles(waiting[:3], now, minutes=minutes) == []


async def test_leave_forget_removes_their_answers(database: Database) -> None:
    desk = Desk(database, START)
    swept(desk, database)
    for user in COMPATIBLE:
        await wait(desk, user, *COMPATIBLE[user])
    await desk.run('@ann click "Yes, introduce me"')
    await desk.found_group("hal", members=("ann",), name="Evening Peers")
    out = await desk.say("ann", "leave group:\"Evening Peers\" forget:yes")
    assert "You've left Evening Peers" in out
    async with database() as uow:
        asked = sorted(a.user_id for a in await uow.directory.introducees(WorkspaceRef("console", "demo")))
    assert asked == ["ben", "cat", "dan"]


ZONES = ("America/New_York", "America/Chicago", "Europe/London", "Europe/Berlin", "Asia/Tokyo")


@st.composite
def people(draw: st.DrawFn) -> list[Waiting]:
    found = []
    for n in range(draw(st.integers(0, 9))):
        windows = []
        for _ in range(draw(st.integers(1, 2))):
            day = draw(st.integers(0, 6))
            start = draw(st.integers(0, 22))
            end = draw(st.integers(start + 1, 23))
            windows.append(f"{DAYS[day]} {start:02d}:00-{end:02d}:00")
        found.append(Waiting(f"u{n}", draw(st.sampled_from(ZONES)), parse_windows(", ".join(windows))))
    return found


def brute_force(waiting: list[Waiting], now: datetime, minutes: int) -> set[frozenset[str]]:
    """The definition, plainly: the largest sets of 4+ people sharing `minutes` from one of their window starts."""
    length = timedelta(minutes=minutes)
    every = {p.user_id: spans(p, now) for p in waiting}
    sets = set()
    for start in {s for person in every.values() for s, _ in person if s >= now}:
        members = frozenset(u for u, person in every.items()
                            if any(s <= start and start + length <= e for s, e in person))
        if len(members) >= 4:
            sets.add(members)
    return {m for m in sets if not any(m < other for other in sets)}


@settings(max_examples=200, deadline=None)
@given(people(), st.sampled_from([60, 90, 120]))
def test_circles_are_the_largest_sets_sharing_a_slot(waiting: list[Waiting], minutes: int) -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    found = circles(waiting, now, minutes=minutes)
    assert {c.members for c in found} == brute_force(waiting, now, minutes)
    by_person = {p.user_id: spans(p, now) for p in waiting}
    for circle in found:
        assert circle.end - circle.start >= timedelta(minutes=minutes)
        for user in circle.members:  # the slot shown lies inside a window of everyone in the circle
            assert any(s <= circle.start and circle.end <= e for s, e in by_person[user])


@st.composite
def listings(draw: st.DrawFn) -> list[Listing]:
    found = []
    for n in range(draw(st.integers(0, 6))):
        zone = ZoneInfo(draw(st.sampled_from(ZONES)))
        first = datetime(2026, 11, 30, tzinfo=zone) + timedelta(days=draw(st.integers(0, 6)),
                                                                minutes=15 * draw(st.integers(0, 95)))
        step = timedelta(days=draw(st.sampled_from([7, 14, 28])))
        meetings = tuple((first + step * k).astimezone(UTC) for k in range(draw(st.integers(0, 4))))
        found.append(Listing(group_id=n, name=f"g{n}", meetings=meetings, minutes=draw(st.sampled_from([60, 90, 120])),
                             seats_free=1, waiting=0, size=4))
    return found


@settings(max_examples=300, deadline=None)
@given(people(), listings())
def test_open_seats_answers_as_scoring_every_listing_does(waiting: list[Waiting], found: list[Listing]) -> None:
    seats = OpenSeats(found)
    for person in waiting:
        seeker = Seeker(person.zone, person.windows)
        assert seats.fits(seeker) == has_open_fit(seeker, found)


class Recording:
    def __init__(self) -> None:
        self.sent: list[Outbound] = []

    async def send(self, outbound: Outbound) -> str:
        self.sent.append(outbound)
        return "ok"


async def test_one_workspace_in_trouble_does_not_hold_up_another(database: Database) -> None:
    """A stored search that can't be read (a zone that no longer exists) fails its own workspace's look, logged;
    another workspace's circle is still offered, and the troubled one is looked at again at the next sweep."""
    async with database() as uow:
        for workspace in ("broken", "fine"):
            for user, (zone, when) in COMPATIBLE.items():
                unreadable = workspace == "broken" and user == "ann"
                await uow.directory.keep_search(KeptSearch(
                    "console", workspace, user, "Atlantis/Lost" if unreadable else zone, when, "", START))
        await uow.commit()
    chat = Recording()
    service = DirectoryService(database, SimulatedClock(START), chat)
    report = await service.sweep()
    assert report.introductions == 1
    assert sorted(o.audience.user.workspace for o in chat.sent) == ["fine"] * 4  # type: ignore[union-attr]
    assert WorkspaceRef("console", "broken") not in service._looked
    async with database() as uow:
        broken = await uow.directory.kept_search(UserRef("console", "broken", "ann"))
        assert broken is not None
        broken.zone = COMPATIBLE["ann"][0]
        await uow.commit()
    assert (await service.sweep()).introductions == 1
    assert sorted(o.audience.user.workspace for o in chat.sent[4:]) == ["broken"] * 4  # type: ignore[union-attr]

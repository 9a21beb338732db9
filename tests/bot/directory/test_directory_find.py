"""Issue 16, part 2: `/consult find` through the console, on SQLite and PostgreSQL, with the clock injected."""
from __future__ import annotations

import pytest

from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk


async def make_group(desk: Desk, name: str, channel: str, schedule: str, settings: str,
                     facilitator: str = "alice", members: tuple[tuple[str, str], ...] = (),
                     extra: str = "tz:America/Denver") -> None:
    await desk.run(f"channel #{channel}")
    await desk.say(facilitator, f"group create {name} {extra}")
    await desk.say(facilitator, f"schedule set {schedule}")
    for member, tags in members:
        await desk.say(member, f'profile name:"{member.title()} Quillfeather" tags:"{tags}"')
        await desk.say(member, f"join {name}")
        await desk.run(f'@{member} click "I accept"')
    await desk.say(facilitator, f"group settings {settings}")


@pytest.fixture
async def world(database: Database) -> Desk:
    desk = Desk(database, START)
    await make_group(desk, "Trauma Peers", "trauma", "weekly on Tuesday at 18:00",
                     'listed:yes focus:"trauma, grief" description:"Trauma-focused peer consultation."',
                     members=(("bea", "EMDR, somatic"), ("cy", "EMDR, somatic, CBT"), ("dee", "emdr, Somatic")))
    await make_group(desk, "Morning Couples", "couples", "weekly on Wednesday at 08:00",
                     "listed:yes focus:couples", facilitator="fay")
    await make_group(desk, "Hidden Group", "hidden", "weekly on Tuesday at 18:00", "focus:trauma",
                     facilitator="gus")
    await make_group(desk, "Trauma Evenings", "trauma2", "weekly on Thursday at 19:00",
                     'listed:yes focus:trauma joining:"by request" capacity:2', facilitator="hal",
                     members=(("ivy", "CBT"),))
    return desk


async def test_find_from_profile_ranks_time_focus_and_modalities(world: Desk) -> None:
    await world.say("zed", 'profile tz:America/Denver tags:CBT focus:trauma available:"Tue-Thu 18:00-21:00"')
    out = await world.say("zed", "find")
    assert "1. Trauma Peers – Trauma-focused peer consultation." in out
    assert "meets Tue 18:00 your time (inside your Tue-Thu 18:00-21:00)" in out
    assert "focuses on trauma, as you do" in out
    assert "brings EMDR and somatic, which you don't list" in out
    assert "4 seats open" in out
    assert "2. Trauma Evenings" in out and "full (waitlist open)" in out and "Ask to join" in out
    assert "Morning Couples" not in out, "a meeting outside every window is never offered"
    assert "Hidden Group" not in out, "unlisted groups are not in the directory"
    assert "Quillfeather" not in out
    for name in ("alice", "bea", "cy", "dee", "fay", "hal", "ivy", "gus"):
        assert f"@{name}" not in out and name not in out.split("find", 1)[1].lower().replace("facilitators", "")


async def test_find_with_arguments_in_another_zone_across_dst(world: Desk) -> None:
    # Wed 08:00 in Denver is 16:00 in Berlin (15:00 for the weeks when only one side has changed clocks).
    out = await world.say("zed", 'find focus:couples when:"Wed 15:00-17:30" tz:Europe/Berlin')
    assert "1. Morning Couples" in out and "meets Wed 16:00 your time" in out
    assert "Trauma Peers" not in out


async def test_meetings_are_read_in_the_seekers_zone_across_a_dst_change(database: Database) -> None:
    """Denver moves its clocks on 14 March 2027, Berlin on 28 March: in between, Denver's Wednesday 08:00 is 15:00 in
    Berlin, not 16:00. The two meetings before 14 March fit a window from 15:30; the two after it start at 15:00 there."""
    from datetime import UTC, datetime

    desk = Desk(database, datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    await make_group(desk, "Morning Couples", "couples", "weekly on Wednesday at 08:00", "listed:yes focus:couples",
                     facilitator="fay")
    out = await desk.say("zed", 'find when:"Wed 15:30-17:30" tz:Europe/Berlin')
    assert "meets Wed 16:00 your time" in out and "2 of its next 4 meetings fit your times" in out
    out = await desk.say("zed", 'find when:"Wed 15:00-17:30" tz:Europe/Berlin')
    assert "of its next" not in out


async def test_find_skips_groups_one_is_already_in(world: Desk) -> None:
    out = await world.say("bea", 'find when:"Tue 17:00-22:00, Thu 17:00-22:00" tz:America/Denver')
    assert "Trauma Peers" not in out and "1. Trauma Evenings" in out


@pytest.mark.parametrize("line, expected", [
    ("find", "tell me when that is"),
    ('find when:"Tue 21:00-18:00"', "ends before it starts"),
    ('find when:"someday 10:00-11:00"', "isn't a day I know"),
    ('find when:"evenings"', "couldn't read"),
    ("find tz:Mars/Olympus when:\"Tue 18:00-21:00\"", "time zone"),
])
async def test_bad_input_gets_a_kind_error_and_changes_nothing(world: Desk, line: str, expected: str) -> None:
    out = await world.say("newbie", line)
    assert expected in out and "went wrong" not in out
    assert "no profile yet" in await world.say("newbie", "profile")


async def test_nothing_fits_says_so_kindly(world: Desk) -> None:
    out = await world.say("zed", 'find when:"Sun 03:00-04:00"')
    assert "No listed group meets inside your times" in out

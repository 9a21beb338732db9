"""Issue 16, part 5: `find notify:yes` keeps a search and tells the person privately, once per group, when a listed
group that fits opens a seat or joins the directory. Console, SQLite and PostgreSQL."""
from __future__ import annotations

from storage.database import Database
from tests.conftest import START
from tests.helpers import Desk


async def test_kept_search_is_told_once_when_a_fitting_group_is_listed_or_opens_a_seat(database: Database) -> None:
    desk = Desk(database, START)
    out = await desk.say("zed", 'find when:"Thu 18:00-21:00" tz:America/Denver focus:trauma notify:yes')
    assert "No groups are listed" in out and "I'll keep this search" in out

    # A group at another time is listed: nothing.
    await desk.run("channel #mornings")
    await desk.say("mei", "group create Morning Couples tz:America/Denver")
    await desk.say("mei", "schedule set weekly on Wednesday at 08:00")
    out = await desk.say("mei", "group settings listed:yes")
    assert "[DM to @zed]" not in out

    # A fitting group is listed while full: nothing yet; a seat opens: zed is told, privately, once.
    await desk.run("channel #evenings")
    await desk.say("hal", "group create Trauma Evenings tz:America/Denver capacity:2")
    await desk.say("hal", "schedule set weekly on Thursday at 19:00")
    await desk.say("ivy", "join Trauma Evenings")
    await desk.run('@ivy click "I accept"')
    out = await desk.say("hal", "group settings listed:yes focus:trauma")
    assert "[DM to @zed]" not in out
    out = await desk.say("ivy", "leave")
    assert "[DM to @zed] == A group that fits your times has a seat ==" in out
    assert "Trauma Evenings" in out.split("[DM to @zed]", 1)[1] and "@ivy" not in out.split("[DM to @zed]", 1)[1]
    await desk.say("ivy", "join Trauma Evenings")
    await desk.run('@ivy click "I accept"')
    out = await desk.say("ivy", "leave")
    assert "[DM to @zed]" not in out, "each group is offered once"

    out = await desk.say("zed", "find notify:no")
    assert "stopped watching" in out
    assert "nothing to stop" in await desk.say("zed", "find notify:no")


async def test_a_new_listing_that_fits_is_told(database: Database) -> None:
    desk = Desk(database, START)
    await desk.say("zed", 'profile tz:Europe/Berlin available:"Mon 18:00-21:00"')
    await desk.say("zed", "find notify:yes")
    await desk.say("hal", "group create Berlin Peers tz:Europe/Berlin")
    await desk.say("hal", "schedule set weekly on Monday at 19:00")
    out = await desk.say("hal", "group settings listed:yes")
    assert "[DM to @zed] == A group that fits your times has a seat ==" in out
    assert "meets Mon 19:00 your time" in out

"""The data lifecycle: forgetting a member who leaves, exporting and purging a workspace, and purging a workspace
that removed the app once its grace period is over."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.identity import UserRef
from bot.lifecycle.service import DEFAULT_GRACE, LifecycleService
from storage.database import Database
from storage.departures import SqlDepartedWorkspaces, departure, mark_departed, mark_returned, purge_due
from storage.schema import metadata
from storage.workspaces import export_workspace, known_workspaces, purge_workspace, resolve_workspace
from tests.conftest import START
from tests.helpers.cases import CaseDesk, all_requests, presenting_group


async def busy_group(desk: CaseDesk) -> None:
    """A group where bob has left traces everywhere: a profile, RSVPs, attendance, a swap offer, nudges, a request."""
    await presenting_group(desk)
    await desk.say("bob", 'profile name:"Bob B" tags:"CBT, EMDR" tz:America/New_York')
    await desk.say("bob", "rsvp yes")
    await desk.run("time +2d")                     # the first meeting is held: alice presented, bob attended
    await desk.say("bob", "case submit")
    await desk.submit_request("bob")               # bob presents on 8 Dec
    await desk.say("carol", "rotation swap @bob")  # an open swap offer to bob


async def test_leave_forget_deletes_a_members_personal_data(store: object, tmp_path: Path) -> None:
    desk = CaseDesk(store, START, tmp_path, with_nudges=True)  # type: ignore[arg-type]
    await busy_group(desk)
    out = await desk.say("bob", "leave forget:yes")
    assert "You've left Tuesday Peers. Thank you for the consultations. Deleted: your profile, " in out
    assert "1 consultation request message posted for you" in out and "swap offer" in out
    assert "reminder record" in out and "Kept, because it is anonymous" in out
    assert "(Roundtable deleted message console-" in out
    assert "You have no profile yet" in await desk.say("bob", "profile")
    [request] = [r for r in await all_requests(store) if r.occurrence.day == 9]
    assert (request.presenter, request.status) == (None, "withdrawn")
    async with desk.uow_factory() as uow:
        group = (await uow.groups.for_user(desk.session.user("alice")))[0]
        held = await uow.groups.held(group, 10)
        assert all(p.user_id != "bob" for m in held + group.meetings for p in m.participants)
    # Alice's log keeps the group's size that day: bob's attendance stays as an anonymous count.
    await desk.say("alice", "hours")
    assert (tmp_path / "alice" / "roundtable-hours.csv").read_text(encoding="utf-8-sig").splitlines()[1].endswith(
        ",presenter,2,1")


async def test_forgetting_in_one_group_keeps_the_profile_used_by_another(store: object, tmp_path: Path) -> None:
    desk = CaseDesk(store, START, tmp_path)  # type: ignore[arg-type]
    await presenting_group(desk)
    await desk.run("@carol in #other: /consult group create Second Circle",
                   "@bob in #other: /consult join Second Circle", '@bob click "I accept"')
    await desk.say("bob", 'profile name:"Bob B"')
    out = await desk.say("bob", 'leave forget:yes group:"Tuesday Peers"')
    assert "Your profile stays, because you're still in another group here." in out
    assert "Bob B" in await desk.say("bob", "profile")


async def test_leaving_without_forget_keeps_the_record_and_words_still_name_the_group(store: object,
                                                                                    tmp_path: Path) -> None:
    desk = CaseDesk(store, START, tmp_path)  # type: ignore[arg-type]
    await busy_group(desk)
    out = await desk.say("bob", "leave Tuesday Peers")
    assert "You've left Tuesday Peers. Thank you for the consultations." in out and "Deleted" not in out
    assert "Bob B" in await desk.say("bob", "profile")
    assert "forget` must be one of yes, no" not in await desk.say("carol", "leave forget:yes Tuesday Peers")


async def test_no_row_names_a_forgotten_member(database: Database, tmp_path: Path) -> None:
    desk = CaseDesk(database, START, tmp_path, with_nudges=True)
    await busy_group(desk)

    async def tables_naming_bob() -> set[str]:
        async with database.engine.connect() as conn:
            return {table.name for table in metadata.sorted_tables
                    for row in (await conn.execute(select(table))).all() if "bob" in [str(v) for v in row]}

    assert {"members", "participations", "profiles", "swap_requests", "nudges", "case_requests"} <= \
        await tables_naming_bob()
    await desk.say("bob", "leave forget:yes")
    assert await tables_naming_bob() == set()


# Export and purge ----------------------------------------------------------------------------------------


async def two_workspaces(database: Database, tmp_path: Path) -> CaseDesk:
    desk = CaseDesk(database, START, tmp_path, with_nudges=True)
    await busy_group(desk)
    await desk.say("alice", "case retention 30")
    other = CaseDesk(database, START, tmp_path)
    other.session.workspace = "elsewhere"
    await other.found_group(members=("zoe",), name="Elsewhere Circle")
    await other.say("zoe", 'profile name:"Zoe"')
    return desk


async def test_export_holds_every_table_of_the_workspace_and_nothing_else(database: Database, tmp_path: Path) -> None:
    await two_workspaces(database, tmp_path)
    data = await export_workspace(database, "console", "demo")
    json.dumps(data)  # ready for `roundtable data export`
    tables = data["tables"]
    assert {"groups", "members", "agreements", "meetings", "participations", "profiles", "nudges",
            "swap_requests", "case_requests", "case_settings"} <= set(tables)
    assert [g["name"] for g in tables["groups"]] == ["Tuesday Peers"]
    assert sorted(m["user_id"] for m in tables["members"]) == ["alice", "bob", "carol", "dan"]
    assert [p["display_name"] for p in tables["profiles"]] == ["Bob B"]
    assert tables["case_requests"][0]["presenter"] == "bob" and tables["case_settings"][0]["retention_days"] == 30
    assert "Zoe" not in json.dumps(data) and "Elsewhere" not in json.dumps(data)
    assert tables["groups"][0]["created_at"] == START.isoformat()


async def test_purge_deletes_the_workspace_and_leaves_others_alone(database: Database, tmp_path: Path) -> None:
    await two_workspaces(database, tmp_path)
    before = await export_workspace(database, "console", "elsewhere")
    counts = await purge_workspace(database, "console", "demo")
    assert counts["groups"] == 1 and counts["members"] == 4 and counts["case_requests"] == 1
    assert counts["participations"] >= 2 and counts["profiles"] == 1
    after = await export_workspace(database, "console", "demo")
    assert all(rows == [] for rows in after["tables"].values())
    assert await export_workspace(database, "console", "elsewhere") == before
    assert await known_workspaces(database) == [await resolve_workspace(database, "elsewhere")]


async def test_resolving_a_workspace_name(database: Database, tmp_path: Path) -> None:
    await two_workspaces(database, tmp_path)
    assert (await resolve_workspace(database, "slack:T123")).platform == "slack"
    assert (await resolve_workspace(database, "demo")).id == "demo"
    with pytest.raises(ValueError, match="PLATFORM:ID"):
        await resolve_workspace(database, "nowhere")


# Workspaces that remove the app ------------------------------------------------------------------------


async def test_a_departed_workspace_is_purged_after_the_grace_period(database: Database, tmp_path: Path) -> None:
    desk = await two_workspaces(database, tmp_path)
    now = desk.clock.now()
    purge_at = await mark_departed(database, "console", "demo", now)
    assert purge_at == now + DEFAULT_GRACE
    assert await mark_departed(database, "console", "demo", now + timedelta(days=3)) == purge_at, "first notice counts"
    service = LifecycleService(SqlDepartedWorkspaces(database), desk.clock, desk.cases, desk.prompts)
    assert await service.next_due() == purge_at  # before the request posted for 8 Dec expires (30 days on)
    assert await purge_due(database, now + DEFAULT_GRACE - timedelta(minutes=1)) == []
    desk.clock.set(purge_at)
    report = await service.sweep()
    assert [w.id for w in report.purged] == ["demo"]
    assert all(rows == [] for rows in (await export_workspace(database, "console", "demo"))["tables"].values())
    assert await departure(database, "console", "demo") is None
    assert (await export_workspace(database, "console", "elsewhere"))["tables"]["groups"]


async def test_a_workspace_that_comes_back_is_not_purged(database: Database, tmp_path: Path) -> None:
    desk = await two_workspaces(database, tmp_path)
    now = desk.clock.now()
    await mark_departed(database, "console", "demo", now, grace=timedelta(days=7))
    assert await departure(database, "console", "demo") == now + timedelta(days=7)
    assert await mark_returned(database, "console", "demo") is True
    assert await mark_returned(database, "console", "demo") is False
    assert await purge_due(database, now + timedelta(days=60)) == []
    assert (await export_workspace(database, "console", "demo"))["tables"]["groups"]


async def test_users_of_a_departed_workspace_are_unaffected_elsewhere(database: Database, tmp_path: Path) -> None:
    desk = await two_workspaces(database, tmp_path)
    await mark_departed(database, "console", "elsewhere", desk.clock.now(), grace=timedelta(0))
    await purge_due(database, desk.clock.now())
    assert "Tuesday Peers" in await desk.say("bob", "group list")
    async with database() as uow:
        assert await uow.profiles.get(UserRef("console", "elsewhere", "zoe")) is None

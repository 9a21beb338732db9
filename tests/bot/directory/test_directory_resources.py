"""Issue 16, part 4: the resources a group keeps, through the console on SQLite and PostgreSQL: guarded text,
http(s) links only, pagination, export, `leave forget:yes` and purge."""
from __future__ import annotations

import pytest

from bot.identity import ChannelRef, UserRef, WorkspaceRef
from storage.database import Database
from storage.workspaces import export_workspace, purge_workspace
from tests.conftest import START
from tests.helpers import Desk

WS = WorkspaceRef("console", "demo")


@pytest.fixture
async def desk(database: Database) -> Desk:
    desk = Desk(database, START)
    await desk.found_group(members=("bob", "carol"))
    return desk


async def rows(db: Database) -> list[dict[str, object]]:
    exported = await export_workspace(db, "console", "demo")
    return exported["tables"].get("resources", [])


async def test_add_list_and_remove(desk: Desk, database: Database) -> None:
    out = await desk.say("bob", 'resources add https://example.org/grounding.pdf title:"Grounding worksheet" '
                                'tags:"trauma, worksheet"')
    assert "Saved for Tuesday Peers as resource 1" in out
    assert "@bob shared a resource with the group: Grounding worksheet" in out
    out = await desk.say("carol", "resources add Local DBT skills group on Mondays, sliding scale tags:referrals")
    assert "resource 2" in out
    listed = await desk.say("alice", "resources list")
    assert "Tuesday Peers' resources (2)" in listed
    assert listed.index("2. Local DBT skills group") < listed.index("1. Grounding worksheet")
    assert "https://example.org/grounding.pdf" in listed and "[trauma, worksheet]" in listed
    assert "shared by @bob" in listed
    assert "1. Grounding" in await desk.say("alice", "resources list tag:Worksheet")
    only = await desk.say("alice", "resources list search:dbt")
    assert "Local DBT" in only and "Grounding" not in only
    assert "Only the person who shared it, or a facilitator" in await desk.say("carol", "resources remove 1")
    assert "Removed resource 1" in await desk.say("bob", "resources remove 1")
    assert "Removed resource 2" in await desk.say("alice", "resources remove 2")
    assert "keeps no resources yet" in await desk.say("bob", "resources list")


@pytest.mark.parametrize("line, expected", [
    ("resources add javascript:alert(1)", "Only http and https links"),
    ("resources add ftp://files.example.org/x.pdf", "Only http and https links"),
    ("resources add www.example.org/x", "Write the link in full"),
    ("resources add https://", "complete web address"),
    ('resources add My client Jane Doe (DOB 03/04/1987) found this useful', "identifier check flagged"),
    ('resources add https://example.org title:"For Jane Doe, 555-123-4567"', "identifier check flagged"),
])
async def test_bad_resources_are_refused_and_nothing_is_kept(desk: Desk, database: Database, line: str,
                                                             expected: str) -> None:
    out = await desk.say("bob", line)
    assert expected in out and "went wrong" not in out
    assert await rows(database) == []


async def test_only_members_use_resources(desk: Desk, database: Database) -> None:
    out = await desk.say("zed", "resources add https://example.org group:\"Tuesday Peers\"")
    assert "for members" in out
    assert await rows(database) == []


async def test_a_long_list_is_paged(desk: Desk) -> None:
    for n in range(12):
        await desk.say("bob", f"resources add https://example.org/{n} title:\"Reading {n}\"")
    first = await desk.say("bob", "resources list")
    assert "Page 1 of 2" in first and "resources list page:2" in first and "Reading 11" in first
    second = await desk.say("bob", "resources list page:2")
    assert "Reading 0" in second and "Reading 11" not in second and "Page 2 of 2." in second
    assert "only 2 pages" in await desk.say("bob", "resources list page:3")


async def test_page_buttons_turn_pages_keep_the_filter_and_are_for_members(desk: Desk) -> None:
    for n in range(23):
        await desk.say("bob", f"resources add https://example.org/{n} title:\"Reading {n}\" tags:\"a|b, x\"")
    await desk.say("bob", "resources add https://example.org/other title:\"Other\"")
    first = await desk.say("bob", 'resources list tag:"a|b"')
    assert "resources matching that (23)" in first and "Page 1 of 3" in first
    assert "[Next →]" in first and "Previous" not in first
    second = await desk.run('@bob click "Next →"')
    assert "Page 2 of 3" in second and "Reading 12" in second and "Reading 22" not in second
    assert "[← Previous]  [Next →]" in second and "Other" not in second
    third = await desk.run('@bob click "Next →"')
    assert "Page 3 of 3." in third and "Reading 0" in third and "[Next →]" not in third
    back = await desk.run('@bob click "← Previous"')
    assert "Page 2 of 3" in back

    async with desk.core.uow_factory() as uow:
        group = await uow.groups.by_name(WS, "tuesday peers")
        assert group is not None
        group_id = group.id
    for user, value, said in (("zed", f"{group_id}|2|a%7Cb|", "for members of Tuesday Peers"),
                              ("bob", f"{group_id}|0||", "out of date"), ("bob", "x|2", "out of date")):
        reply = await desk.core.click(UserRef("console", "demo", user), ChannelRef("console", "demo", "x"),
                                      "resources.page", value)
        assert said in reply.outbound[0].message.plain_text() and len(reply.outbound) == 1


async def test_a_filter_too_long_for_a_button_keeps_the_typed_way(desk: Desk) -> None:
    words = "grounding " * 6
    for n in range(11):
        await desk.say("bob", f'resources add Note {n}: {words} title:"Note {n}"')
    out = await desk.say("bob", f'resources list search:"{words.strip()}"')
    assert "Page 1 of 2. `/consult resources list page:2` for more." in out and "[Next →]" not in out


async def test_export_forget_and_purge(desk: Desk, database: Database) -> None:
    await desk.say("bob", "resources add https://example.org/a title:\"Article\"")
    await desk.say("carol", "resources add https://example.org/b title:\"Training\"")
    exported = await rows(database)
    assert [(r["title"], r["author"]) for r in exported] == [("Article", "bob"), ("Training", "carol")]
    out = await desk.say("bob", "leave forget:yes")
    assert "your name on 1 shared resource" in out
    assert [(r["title"], r["author"]) for r in await rows(database)] == [("Article", None), ("Training", "carol")]
    assert "shared by a former member" in await desk.say("alice", "resources list")
    counts = await purge_workspace(database, "console", "demo")
    assert counts["resources"] == 2
    assert await rows(database) == []

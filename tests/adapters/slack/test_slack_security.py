"""Requests not signed by Slack change nothing; another workspace's group is out of reach."""
from __future__ import annotations

import pytest

from bot.identity import WorkspaceRef
from tests.adapters.slack.conftest import ALICE, BOB, Workspace


async def group_names(slack: Workspace, team: str = "T0001") -> list[str]:
    async with slack.core.uow_factory() as uow:
        return [s.name for s in await uow.groups.summaries(WorkspaceRef("slack", team))]


@pytest.mark.parametrize("signing", [
    {"bad_signature": True},
    {"age": 360},             # six minutes old: a replay
    {"age": -360},            # six minutes in the future
    {"secret": "not-our-secret"},
])
async def test_unsigned_commands_are_refused_and_change_nothing(slack: Workspace, signing: dict) -> None:
    seen = await slack.send(slack.factory.slash_command("/consult", "group create Peers", **signing))
    assert seen.status == 401
    assert slack.fake.calls == []  # not even auth.test: nothing ran
    assert await group_names(slack) == []


async def test_unsigned_clicks_and_submissions_are_refused(slack: Workspace) -> None:
    await slack.command("group create Peers")
    joined = await slack.command("join Peers", user=BOB)
    accept = joined.button("I accept")
    before = len(slack.fake.calls)
    forged = await slack.click(accept, user=BOB, bad_signature=True)
    stale = await slack.click(accept, user=BOB, age=360)
    await slack.command("group settings")
    view = slack.opened_view()
    submitted = await slack.submit(view, {"capacity": "3"}, age=360)
    assert (forged.status, stale.status, submitted.status) == (401, 401, 401)
    members = await slack.command("members")
    assert "<@U2BOB>" not in members.text
    info = await slack.command("group info")
    assert "of 8 seats" in info.text
    assert not any(c.method == "chat.postMessage" for c in slack.fake.calls[before:])


async def test_another_workspaces_group_is_refused(slack: Workspace) -> None:
    await slack.command("group create Peers")
    joined = await slack.command("join Peers", user=BOB)
    accept = joined.button("I accept")
    other = slack.team("T0002")

    by_name = await slack.command("join Peers", user="U9EVE", factory=other)
    assert "There's no group called “Peers” in this workspace" in by_name.text
    replayed = await slack.click(accept, user="U9EVE", factory=other)
    assert "That group belongs to another workspace." in replayed.text

    await slack.command("group settings")
    view = slack.opened_view()
    slack.factory = other
    submitted = await slack.submit(view, {"capacity": "2"}, user="U9EVE")
    assert "That group belongs to another workspace." in submitted.text
    slack.factory = slack.team("T0001")
    info = await slack.command("group info", user=ALICE)
    assert "1 of 8 seats taken" in info.text
    assert await group_names(slack, "T0002") == []

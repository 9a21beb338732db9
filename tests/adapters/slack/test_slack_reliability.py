"""Acknowledge first, whatever the database or Slack is doing; then answer, retry, or explain."""
from __future__ import annotations

import asyncio
import json
from typing import Any

from adapters.slack.app import BUSY
from bot.commands.catalog import build_registry
from bot.core import Core
from bot.identity import WorkspaceRef
from storage.database import Database
from tests.adapters.slack.conftest import (
    BOB,
    GENERAL,
    Workspace,
    find_button,
    served,
    trigger_issued_seconds_ago,
)
from tests.helpers.slack_api import FakeSlackAPI


class Gate:
    """A unit-of-work factory whose transactions wait until the test opens the gate: a database that hangs."""

    def __init__(self, inner: Database) -> None:
        self.inner = inner
        self.open = asyncio.Event()
        self.reached = asyncio.Event()
        self.entered = 0

    def __call__(self) -> GatedUnitOfWork:
        return GatedUnitOfWork(self)


class GatedUnitOfWork:
    def __init__(self, gate: Gate) -> None:
        self.gate = gate
        self.uow: Any = None

    async def __aenter__(self) -> Any:
        self.gate.entered += 1
        self.gate.reached.set()
        await self.gate.open.wait()
        self.uow = self.gate.inner()
        return await self.uow.__aenter__()

    async def __aexit__(self, *exc: object) -> None:
        if self.uow is not None:
            await self.uow.__aexit__(*exc)


class BrokenDatabase:
    def __call__(self) -> BrokenDatabase:
        return self

    async def __aenter__(self) -> None:
        raise ConnectionError("the database is down")

    async def __aexit__(self, *exc: object) -> None:
        return None


async def groups_in(db: Database) -> list[str]:
    async with db() as uow:
        return [s.name for s in await uow.groups.summaries(WorkspaceRef("slack", "T0001"))]


async def test_acknowledged_while_the_database_hangs(fake: FakeSlackAPI, sqlite_db: Database, clock: Any) -> None:
    gate = Gate(sqlite_db)
    core = Core(build_registry(), gate, clock)
    async with served(fake, core) as slack:
        seen = await slack.send(slack.factory.slash_command("/consult", "group create Peers"), settle=False)
        await asyncio.wait_for(gate.reached.wait(), 5)
        assert seen.status == 200 and seen.response.text == ""  # acknowledged…
        assert not gate.open.is_set() and slack.adapter.busy == 1  # …while the core is still stuck
        assert fake.response_posts() == [] and await groups_in(sqlite_db) == []
        gate.open.set()
        await slack.settled()
    [answer] = fake.response_posts()
    assert "You're its facilitator" in answer.json["text"]
    assert await groups_in(sqlite_db) == ["Peers"]


async def test_work_is_bounded_and_an_overload_is_refused_at_once(fake: FakeSlackAPI, sqlite_db: Database,
                                                                  clock: Any) -> None:
    gate = Gate(sqlite_db)
    core = Core(build_registry(), gate, clock)
    async with served(fake, core, max_concurrent_work=1, max_backlog=2) as slack:
        first = await slack.send(slack.factory.slash_command("/consult", "group list"), settle=False)
        await asyncio.wait_for(gate.reached.wait(), 5)
        second = await slack.send(slack.factory.slash_command("/consult", "group list", user_id=BOB), settle=False)
        third = await slack.send(slack.factory.slash_command("/consult", "group list", user_id=BOB), settle=False)
        assert (first.status, second.status, third.status) == (200, 200, 200)
        assert first.response.text == second.response.text == ""
        assert third.response.text == BUSY  # shown to the person at once, nothing queued
        assert gate.entered == 1 and slack.adapter.busy == 2  # the second waits its turn
        gate.open.set()
        await slack.settled()
    assert gate.entered == 2 and len(fake.response_posts()) == 2


async def test_slow_work_says_so_then_answers(fake: FakeSlackAPI, sqlite_db: Database, clock: Any) -> None:
    gate = Gate(sqlite_db)
    core = Core(build_registry(), gate, clock)
    async with served(fake, core, patience=0.05) as slack:
        seen = await slack.send(slack.factory.slash_command("/consult", "group list"), settle=False)
        assert seen.status == 200
        [notice] = await fake.wait_for("response_url")
        assert "taking longer than usual" in notice.json["text"] and notice.json["response_type"] == "ephemeral"
        gate.open.set()
        await slack.settled()
    assert [p.json["text"] for p in fake.response_posts()][1].startswith("There are no groups here yet")


async def test_waiting_for_a_free_slot_counts_as_waiting(fake: FakeSlackAPI, sqlite_db: Database, clock: Any) -> None:
    """Patience runs from the acknowledgement, not from when a work slot frees: a command queued behind a slow one
    is told it's taking longer (the burst benchmark found queued answers seconds late, with no notice)."""
    gate = Gate(sqlite_db)
    core = Core(build_registry(), gate, clock)
    async with served(fake, core, max_concurrent_work=1, patience=0.05) as slack:
        first = slack.factory.slash_command("/consult", "group list")
        await slack.send(first, settle=False)
        await asyncio.wait_for(gate.reached.wait(), 5)
        queued = slack.factory.slash_command("/consult", "group list", user_id=BOB)
        await slack.send(queued, settle=False)
        rid = queued.payload["response_url"].rsplit("/", 1)[-1]
        for _ in range(200):  # the notice, while the first command still holds the only slot
            if fake.response_posts(rid):
                break
            await asyncio.sleep(0.01)
        [notice] = fake.response_posts(rid)
        assert "taking longer than usual" in notice.json["text"] and gate.entered == 1
        gate.open.set()
        await slack.settled()
    assert fake.response_posts(rid)[-1].json["text"].startswith("There are no groups here yet")


async def test_work_that_never_finishes_is_given_up(fake: FakeSlackAPI, sqlite_db: Database, clock: Any) -> None:
    gate = Gate(sqlite_db)
    core = Core(build_registry(), gate, clock)
    async with served(fake, core, patience=0.01, deadline=0.2) as slack:
        await slack.command("group create Peers")
    texts = [p.json["text"] for p in fake.response_posts()]
    assert "taking longer" in texts[0] and "I stopped waiting" in texts[1]
    assert await groups_in(sqlite_db) == []


async def test_a_broken_database_still_gets_an_answer(fake: FakeSlackAPI, clock: Any) -> None:
    core = Core(build_registry(), BrokenDatabase(), clock)  # type: ignore[arg-type]
    async with served(fake, core) as slack:
        seen = await slack.command("next")
    assert seen.status == 200
    assert "Something went wrong on our side and nothing was changed" in seen.text


async def test_a_dead_response_url_falls_back_to_an_ephemeral_post(slack: Workspace) -> None:
    slack.fake.server_error("response_url", times=None)
    seen = await slack.command("group list", user=BOB)
    assert len(seen.posts) == 4 and {p.status for p in seen.posts} == {500}  # 1 try + 3 retries
    [ephemeral] = slack.fake.ok_calls_to("chat.postEphemeral")
    assert ephemeral.params["user"] == BOB and ephemeral.params["channel"] == GENERAL
    assert ephemeral.params["text"].startswith("There are no groups here yet")


async def test_an_expired_trigger_offers_a_button_that_opens_the_form(slack: Workspace) -> None:
    await slack.command("group create Peers")
    late = await slack.command("group settings", trigger_id=trigger_issued_seconds_ago(10))
    [refused] = slack.fake.calls_to("views.open")
    assert refused.response["error"] == "expired_trigger_id"
    assert "took a moment too long" in late.text
    button = late.button("Open “Group settings”")
    assert button["action_id"].startswith("rtx:open_form")

    opened = await slack.click(button)
    assert opened.answers == []
    view = slack.opened_view()
    assert slack.fake.ok_calls_to("views.open")[0].params["trigger_id"] == opened.request.payload["trigger_id"]
    assert view["title"]["text"] == "Group settings"
    saved = await slack.submit(view, {"capacity": "5"})
    assert "Updated Peers: capacity 5." in saved.text


async def test_a_retried_event_is_processed_once(fake: FakeSlackAPI, core: Core) -> None:
    removed: list[tuple[WorkspaceRef, str]] = []

    async def remember(workspace: WorkspaceRef, reason: str) -> None:
        removed.append((workspace, reason))

    async with served(fake, core, on_workspace_removed=remember) as slack:
        event = slack.factory.app_uninstalled()
        first = await slack.send(event)
        again = await slack.send(event.retry(1, "http_timeout"))
        third = await slack.send(event.retry(2, "http_timeout"))
        revoked = await slack.send(slack.factory.tokens_revoked(bot=["U0BOT"]))
        users_only = await slack.send(slack.factory.tokens_revoked(oauth=["U1ALICE"], bot=[]))
    assert [r.status for r in (first, again, third, revoked, users_only)] == [200] * 5
    assert removed == [(WorkspaceRef("slack", "T0001"), "app_uninstalled"),
                       (WorkspaceRef("slack", "T0001"), "tokens_revoked")]
    assert fake.calls_to("auth.test") == []  # a dead token is not asked about


async def test_url_verification_and_health(slack: Workspace) -> None:
    challenge = await slack.send(slack.factory.url_verification("c-123"))
    assert challenge.response.json() == {"challenge": "c-123"}
    async with slack.session.get(slack.base_url + "/healthz") as response:
        assert response.status == 200 and await response.text() == "ok"


async def test_not_a_member_of_the_channel(slack: Workspace) -> None:
    slack.fake.set_channel_error("C7QUIET", "not_in_channel")
    created = await slack.command("group create Quiet Ones", channel="C7QUIET")
    public = [a for a in created.answers if a["response_type"] == "in_channel"]
    assert len(public) == 1 and "A new consultation group, “Quiet Ones”" in public[0]["text"]
    tip = created.answers[-1]
    assert tip["response_type"] == "ephemeral" and "`/invite <@U0BOT>`" in tip["text"]


async def test_an_archived_group_channel_is_explained(slack: Workspace) -> None:
    await slack.command("group create Peers")
    slack.fake.set_channel_error(GENERAL, "is_archived")
    joined = await slack.command("join Peers", user=BOB, channel="C2LOUNGE")
    welcome = await slack.click(joined.button("I accept"), user=BOB, channel="C2LOUNGE")
    assert "Welcome to Peers" in welcome.text
    assert f"I couldn't post in <#{GENERAL}> because the channel is archived." in welcome.text


async def test_swap_offer_arrives_as_a_dm_with_buttons(slack: Workspace) -> None:
    await slack.command("group create Peers")
    await slack.command("schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    joined = await slack.command("join Peers", user=BOB)
    await slack.click(joined.button("I accept"), user=BOB)

    offered = await slack.command("rotation swap <@U2BOB>")
    assert "I've asked <@U2BOB> to swap" in offered.text
    [opened] = slack.fake.ok_calls_to("conversations.open")
    assert opened.params["users"] == BOB
    dm = opened.response["channel"]["id"]
    [offer] = slack.posts_to(dm)
    assert "<@U1ALICE> (Peers) asks to swap presenting turns" in offer["text"]
    accepted = await slack.click(find_button([offer["blocks"]], "Accept swap"), user=BOB, channel=dm)
    assert "Done – you've swapped turns." in accepted.text
    assert slack.posts_to(GENERAL)[-1]["text"].startswith("<@U2BOB> now presents on Tue 1 Dec 2026")


async def test_a_closed_dm_is_explained_to_the_actor(slack: Workspace) -> None:
    await slack.command("group create Peers")
    joined = await slack.command("join Peers", user=BOB)
    await slack.click(joined.button("I accept"), user=BOB)
    slack.fake.add_user(BOB, deleted=True)
    removed = await slack.command("remove <@U2BOB>")
    assert "Removed <@U2BOB> from Peers." in removed.text
    assert "I couldn't send <@U2BOB> a direct message." in removed.text
    assert slack.fake.ok_calls_to("conversations.open") == []
    assert "removed you" not in json.dumps([c.params for c in slack.fake.calls])

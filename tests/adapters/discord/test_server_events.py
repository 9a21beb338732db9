"""Discord server events through SimCord and the real discord.py client: a group that opts in has its next three
meetings as external events of its server, kept exactly in step with skips, moves, schedule changes, the clock,
turning it off and deleting the group; nothing private in them; a missing permission is explained to the
facilitators once; marking an event "Interested" brings one private offer to RSVP, and no RSVP until clicked."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import discord
import pytest
import simcord

from adapters.discord.client import RoundtableClient, create_client
from bot.cases.service import CaseService
from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.core import Core
from bot.events.service import ServerEvents
from bot.identity import ChannelRef, UserRef
from roundtable.compose import GroupChanges, RoutingChat
from storage.database import Database
from storage.server_events import SqlEventGroups
from storage.workspaces import purge_workspace
from tests.helpers.discord import World, found_group, private

DENVER = ZoneInfo("America/Denver")
FIRST = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)   # Tue 1 Dec 2026 18:00 in Denver; then every 2 weeks
LENGTH = timedelta(minutes=90)


@pytest.fixture
def changes() -> GroupChanges:
    return GroupChanges()


@pytest.fixture
def core(sqlite_db: Database, clock: ManualClock, chat_ports: RoutingChat, changes: GroupChanges) -> Core:
    """As composed in production: the core reports the groups a command changed."""
    return Core(build_registry(), sqlite_db, clock, cases=CaseService(sqlite_db, clock, chat_ports),
                on_groups_changed=changes.notify)


@pytest.fixture
def simcord_bot(core: Core, chat_ports: RoutingChat, changes: GroupChanges, sqlite_db: Database,
                clock: ManualClock) -> RoundtableClient:
    """The client with server events, subscribed to the core's changes as roundtable/cli.py does; the hourly round
    is driven by the tests (`reconcile_all`), with the injected clock."""
    client = create_client(core, events=ServerEvents(SqlEventGroups(sqlite_db), sqlite_db, clock), events_every=None)
    assert isinstance(client, RoundtableClient) and client.server_events is not None
    chat_ports.register("discord", client.chat)
    changes.subscribe(client.server_events.groups_changed)
    return client


async def settled(world: World) -> None:
    assert world.client.server_events is not None
    await world.client.server_events.drain()
    await world.env.settle()


def events(world: World) -> list[discord.ScheduledEvent]:
    """The server's events as the bot's cache has them (kept by the gateway events), by start."""
    guild = world.client.get_guild(world.guild.id)
    assert guild is not None
    return sorted(guild.scheduled_events, key=lambda e: e.start_time)


def starts(world: World) -> list[datetime]:
    return [e.start_time for e in events(world)]


async def opt_in(world: World, *options: str) -> simcord.InteractionResult:
    kwargs = {"discord_events": "yes"}
    for option in options:
        key, value = option.split("=")
        kwargs[key] = value
    result = await world.alice.slash(world.channel, "consult group settings", **kwargs)
    await settled(world)
    return result


async def test_events_follow_the_schedule_exactly(world: World, clock: ManualClock) -> None:
    await found_group(world, world.bob, world.carol)
    assert events(world) == [], "nothing until the group opts in"
    said = private(await opt_in(world))
    assert "server events" in said and "Manage Events" in said

    made = events(world)
    assert [e.start_time for e in made] == [FIRST, FIRST + timedelta(weeks=2), FIRST + timedelta(weeks=4)]
    for event in made:
        assert event.entity_type is discord.EntityType.external
        assert event.name == "Tuesday Peers"
        assert event.end_time == event.start_time + LENGTH
        assert event.location == "Roundtable consultation group"
        assert event.creator_id == world.client.user.id
        shown = " ".join([event.name, event.description or "", event.location or ""])
        for person in (world.alice, world.bob, world.carol):
            assert str(person.id) not in shown and person.user.name not in shown, "no presenter or member names"

    # A skipped meeting loses its event; the next one after the three takes its place.
    await world.alice.slash(world.channel, "consult schedule skip", date="2026-12-15")
    await settled(world)
    assert starts(world) == [FIRST, FIRST + timedelta(weeks=4), FIRST + timedelta(weeks=6)]

    # A moved meeting moves its event (the same event: who marked it Interested keeps it).
    moving = events(world)[1]
    await world.alice.slash(world.channel, "consult schedule move", date="2026-12-29", to="2026-12-30 19:00")
    await settled(world)
    moved_to = datetime(2026, 12, 30, 19, 0, tzinfo=DENVER).astimezone(UTC)
    assert starts(world) == [FIRST, moved_to, FIRST + timedelta(weeks=6)]
    assert events(world)[1].id == moving.id and events(world)[1].end_time == moved_to + LENGTH

    # A new schedule rewrites them all.
    await world.alice.slash(world.channel, "consult schedule set", when="every week on Thursday at 12:00 from 2026-12-03")
    await settled(world)
    thursday = datetime(2026, 12, 3, 12, 0, tzinfo=DENVER).astimezone(UTC)
    assert starts(world) == [thursday, thursday + timedelta(weeks=1), thursday + timedelta(weeks=2)]

    # A longer meeting and a new name reach the events.
    await world.alice.slash(world.channel, "consult group settings", length=60, name="Thursday Peers")
    await settled(world)
    assert {(e.name, e.end_time - e.start_time) for e in events(world)} == {("Thursday Peers", timedelta(minutes=60))}

    # As meetings pass (the hourly round, on the injected clock), the next is added: one under way stays until it
    # ends, then goes.
    clock.set(thursday + timedelta(minutes=30))
    await world.client.server_events.reconcile_all()  # type: ignore[union-attr]
    await settled(world)
    assert starts(world) == [thursday, thursday + timedelta(weeks=1), thursday + timedelta(weeks=2)]
    clock.set(thursday + timedelta(hours=2))
    await world.client.server_events.reconcile_all()  # type: ignore[union-attr]
    await settled(world)
    assert starts(world) == [thursday + timedelta(weeks=n) for n in (1, 2, 3)]

    # Turning it off removes them.
    result = await world.alice.slash(world.channel, "consult group settings", discord_events="no")
    await settled(world)
    assert "no server events" in private(result)
    assert events(world) == []


async def test_an_event_deleted_by_hand_comes_back_and_strangers_are_left_alone(world: World) -> None:
    await found_group(world, world.bob)
    # Dana's own event, even one that copies our marker, is never touched.
    theirs = world.env.backend.create_scheduled_event(
        world.guild.id, name="Board games", entity_type=3, scheduled_start_time="2026-12-05T18:00:00+00:00",
        scheduled_end_time="2026-12-05T20:00:00+00:00", entity_metadata={"location": "The café"},
        description="roundtable-meeting 1/1796173200", creator_id=world.dana.id)
    await world.env.settle()
    await opt_in(world)
    first = next(e for e in events(world) if e.name == "Tuesday Peers")
    world.env.backend.delete_scheduled_event(world.guild.id, first.id)
    await world.env.settle()
    await world.client.server_events.reconcile_all()  # type: ignore[union-attr]
    await settled(world)
    ours = [e for e in events(world) if e.name == "Tuesday Peers"]
    assert [e.start_time for e in ours] == [FIRST, FIRST + timedelta(weeks=2), FIRST + timedelta(weeks=4)]
    assert any(e.id == theirs.id for e in events(world)), "another member's event is never touched"


async def test_the_hourly_round_runs_from_ready_until_the_client_closes(world: World) -> None:
    await found_group(world, world.bob)
    await opt_in(world)
    sync = world.client.server_events
    assert sync is not None
    world.env.backend.delete_scheduled_event(world.guild.id, events(world)[0].id)
    await world.env.settle()
    assert len(events(world)) == 2
    sync.every = 0.01          # "hourly", shortened: the round itself runs on the injected clock
    sync.start()
    for _ in range(200):
        await world.env.settle()
        if len(events(world)) == 3:
            break
    assert starts(world) == [FIRST, FIRST + timedelta(weeks=2), FIRST + timedelta(weeks=4)]
    await sync.stop()


async def test_the_call_link_only_when_the_group_chooses(world: World) -> None:
    await found_group(world, world.bob)
    await world.alice.slash(world.channel, "consult group settings", place="https://meet.example/abc")
    await opt_in(world)
    assert {e.location for e in events(world)} == {"Roundtable consultation group"}
    said = private(await opt_in(world, "discord_events_link=yes"))
    assert "everyone in this server can see it" in said
    assert {e.location for e in events(world)} == {"https://meet.example/abc"}
    await world.alice.slash(world.channel, "consult group settings", discord_events_link="no")
    await settled(world)
    assert {e.location for e in events(world)} == {"Roundtable consultation group"}


async def test_a_deleted_group_leaves_no_events(world: World, sqlite_db: Database) -> None:
    await found_group(world, world.bob)
    await opt_in(world)
    assert len(events(world)) == 3
    await purge_workspace(sqlite_db, "discord", str(world.guild.id))   # the group is gone from the database
    await world.client.server_events.reconcile_all()  # type: ignore[union-attr]
    await settled(world)
    assert events(world) == []


async def test_without_manage_events_the_facilitators_are_told_once(world: World) -> None:
    await found_group(world, world.bob)
    world.env.inject_error("POST", f"/guilds/{world.guild.id}/scheduled-events", status=403, code=50013, times=None)
    await opt_in(world)
    await world.alice.slash(world.channel, "consult schedule skip", date="2026-12-15")
    await settled(world)
    await world.client.server_events.reconcile_all()  # type: ignore[union-attr]
    await settled(world)

    assert events(world) == []
    told = [m.content + "".join((e.title or "") + (e.description or "") for e in m.embeds)
            for m in world.alice.user.dm_channel.history()]
    notices = [t for t in told if "Manage Events" in t]
    assert len(notices) == 1, "once, however often it is refused"
    assert "Server Settings" in notices[0] and "Roles" in notices[0]
    assert not any("Manage Events" in m.content for m in world.bob.user.dm_channel.history()), "facilitators only"


async def test_interested_brings_one_private_offer_and_no_rsvp_until_clicked(world: World, sqlite_db: Database,
                                                                             core: Core, clock: ManualClock) -> None:
    await found_group(world, world.bob)
    await opt_in(world)
    event = events(world)[0]
    group_id = await _group_id(sqlite_db)

    await world.bob.subscribe_event(event.id)
    await settled(world)
    offers = [m for m in world.bob.user.dm_channel.history() if "as Interested" in m.content
              + "".join(e.description or "" for e in m.embeds)]
    assert len(offers) == 1
    assert await _rsvp(sqlite_db, group_id, world) is None, "interest is not an RSVP"

    # Once: marking it again, even after a restart (a new process remembers nothing in memory), brings nothing.
    await world.bob.unsubscribe_event(event.id)
    await world.bob.subscribe_event(event.id)
    await settled(world)
    await world.env.restart_bot(create_client(core, events=ServerEvents(SqlEventGroups(sqlite_db), sqlite_db, clock),
                                              events_every=None))
    await world.bob.unsubscribe_event(event.id)
    await world.bob.subscribe_event(event.id)
    await settled(world)
    again = [m for m in world.bob.user.dm_channel.history() if "as Interested" in m.content
             + "".join(e.description or "" for e in m.embeds)]
    assert len(again) == 1, "offered once"

    # Someone who isn't a member hears nothing; Roundtable's events only.
    await world.carol.subscribe_event(event.id)
    await settled(world)
    assert not any("Interested" in m.content for m in world.carol.user.dm_channel.history())

    clicked = await world.bob.user.click(offers[0], label="Yes, I'll be there")
    assert clicked.acknowledged
    assert await _rsvp(sqlite_db, group_id, world) == "yes"


async def test_other_platforms_and_bad_input_are_refused_kindly(core: Core) -> None:
    alice = UserRef("slack", "T1", "U1")
    here = ChannelRef("slack", "T1", "C1")
    await core.command_text(alice, here, "group create Tuesday Peers tz:America/Denver")
    reply = await core.command_text(alice, here, "group settings discord_events:yes")
    said = " ".join(str(o.message) for o in reply.outbound)
    assert "Discord feature" in said
    bad = await core.command_text(alice, here, "group settings discord_events:maybe")
    assert "`discord_events` must be one of yes, no" in " ".join(str(o.message) for o in bad.outbound)
    async with core.uow_factory() as uow:
        group = await uow.groups.by_name(alice.workspace_ref, "tuesday peers")
        assert group is not None and not group.discord_events and not group.discord_events_link


async def test_roundtable_run_subscribes_the_discord_client_to_the_cores_changes() -> None:
    """cli._adapters builds the Discord client with the composed server-events service and subscribes it to the
    groups the core reports changed, as Slack's Home tab is (roundtable/compose.py: GroupChanges)."""
    import roundtable.cli as cli
    from bot.config import DiscordSettings, Settings
    from roundtable.compose import compose
    from tests.conftest import START

    services = compose(Settings(discord=DiscordSettings(token="t")), clock=ManualClock(START),
                       database_url="sqlite+aiosqlite:///:memory:")
    try:
        serving = cli._adapters(services)
        followers = services.group_changes._followers
        assert len(followers) == 1
        sync = followers[0].__self__  # type: ignore[attr-defined]
        assert sync.events is services.events and sync.every == 3600.0
        for coroutine in serving:  # built, not served
            coroutine.close()
    finally:
        await services.database.dispose()


async def _group_id(db: Database) -> int:
    groups = await SqlEventGroups(db).opted_in("discord")
    assert len(groups) == 1
    return groups[0]


async def _rsvp(db: Database, group_id: int, world: World) -> str | None:
    """Bob's RSVP to the first meeting, as stored."""
    async with db() as uow:
        group = await uow.groups.get(group_id, lock=False)
        assert group is not None
        item = group.upcoming(datetime(2026, 11, 30, tzinfo=UTC), 1)[0]
        found = item.record.find(str(world.bob.id)) if item.record is not None else None
        return found.rsvp if found is not None else None

"""/consult as Discord sees it: generated from the core's declaration, synced as a deploy step, typed options,
autocomplete, servers only, facilitators' commands enforced in code, minimal intents, sharding."""
from __future__ import annotations

import discord
import pytest
import simcord
from discord import app_commands

from adapters.discord.client import ShardedRoundtableClient, create_client
from adapters.discord.sync import sync_commands
from bot.config import DiscordSettings
from bot.core import Core
from tests.helpers.discord import World, found_group, private, seen_by


def _find(commands: list[app_commands.AppCommand], path: str) -> app_commands.AppCommandGroup | app_commands.AppCommand:
    words = path.split()
    node: object = next(c for c in commands if c.name == words[0])
    for word in words[1:]:
        node = next(o for o in node.options if o.name == word)  # type: ignore[attr-defined]
    return node  # type: ignore[return-value]


def _size(payload: dict) -> int:
    """What Discord counts against its 8000-character limit per command."""
    total = len(payload.get("name", "")) + len(payload.get("description", ""))
    total += sum(len(c["name"]) + len(str(c["value"])) for c in payload.get("choices") or [])
    return total + sum(_size(o) for o in payload.get("options") or [])


async def test_every_core_command_is_offered_under_consult(world: World, core: Core) -> None:
    offered = set(world.bob.available_commands(world.channel))
    groups = {path[0] for path in core.registry.commands if len(path) == 2}
    for path in core.registry.commands:
        if len(path) == 1 and path[0] in groups:
            continue  # a command that is also a group's name moves into the group (below)
        assert "consult " + " ".join(path) in offered
    # `/consult rsvp` and `/consult rsvp list` cannot coexist on Discord: the answer becomes the subcommand.
    assert {"consult rsvp yes", "consult rsvp no", "consult rsvp maybe", "consult rsvp list"} <= offered


async def test_options_are_typed_described_and_checked_by_discord(world: World) -> None:
    synced = await world.client.tree.fetch_commands()
    [consult] = synced
    payload = world.client.tree.get_commands()[0].to_dict(world.client.tree)
    # Servers only, installed to servers only (a user-installed copy could be used where the bot is not).
    assert (payload["contexts"], payload["integration_types"], payload["dm_permission"]) == ([0], [0], False)
    with pytest.raises(simcord.SetupError):
        await world.alice.user.slash("consult help")
    assert consult.default_member_permissions is None  # who may do what is decided in code, per group
    assert _size(payload) <= 8000  # Discord's limit for one command with all its options

    create = {o.name: o for o in _find(synced, "consult group create").options}
    assert create["name"].required and create["name"].max_length == 80
    assert (create["capacity"].type, create["capacity"].min_value, create["capacity"].max_value) == (
        discord.AppCommandOptionType.integer, 2, 12)
    assert create["tz"].autocomplete and not create["tz"].required
    assert create["capacity"].description.startswith("Most members at once")
    attendance = {o.name: o for o in _find(synced, "consult attendance set").options}
    assert attendance["member"].type == discord.AppCommandOptionType.user
    assert [c.value for c in attendance["status"].choices] == ["present", "absent"]
    assert [o.name for o in _find(synced, "consult rsvp maybe").options] == ["group", "date"]
    assert _find(synced, "consult next").options[0].autocomplete  # group

    # Discord's client refuses bad values before anything reaches the bot.
    with pytest.raises(simcord.OptionError) as refused:
        await world.alice.slash(world.channel, "consult group create", name="Peers", capacity=13)
    assert refused.value.code == "option-range"
    with pytest.raises(simcord.OptionError) as refused:
        await world.alice.slash(world.channel, "consult attendance set", member=world.bob, status="late")
    assert refused.value.code == "option-choice"


async def test_group_names_and_time_zones_autocomplete(world: World, simcord_env: simcord.Env) -> None:
    for name in ("Tuesday Peers", "Tuesday Evening Circle", "Thursday Supervision"):
        await world.alice.slash(world.channel, "consult group create", name=name, confirm="yes")
    elsewhere = simcord_env.create_guild("Another Practice")
    other = elsewhere.add_member(simcord_env.create_user("erin"))
    await other.slash(elsewhere.create_text_channel("general"), "consult group create", name="Tuesday Elsewhere")

    names = await world.bob.autocomplete(world.channel, "consult join", "group", "tue")
    assert sorted(c["value"] for c in names) == ["Tuesday Evening Circle", "Tuesday Peers"]
    zones = await world.bob.autocomplete(world.channel, "consult profile", "tz", "berl")
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in zones

    # Autocomplete suggests; it does not restrict. The core answers a name it doesn't know.
    result = await world.bob.slash(world.channel, "consult join", group="Tuesday Elsewhere")
    assert "There's no group called “Tuesday Elsewhere” in this workspace" in private(result)


async def test_a_command_that_was_never_synced_cannot_be_used(core: Core) -> None:
    client = create_client(core)
    async with simcord.run(client) as env:  # strict: like Discord, only synced commands exist
        guild = env.create_guild("Practice Collective")
        channel = guild.create_text_channel("consultation")
        alice = guild.add_member(env.create_user("alice"))
        other = env.create_guild("Elsewhere")
        erin = other.add_member(env.create_user("erin"))
        assert alice.available_commands(channel) == ()
        with pytest.raises(simcord.SetupError, match="never synced"):
            await alice.slash(channel, "consult help")

        published = await sync_commands(client, guild_id=guild.id)  # `roundtable discord sync --guild ID`
        assert "consult group create" in published and "consult rsvp yes" in published
        result = await alice.slash(channel, "consult help")
        assert "`/consult next`" in private(result)
        assert erin.available_commands(other.create_text_channel("general")) == ()


async def test_facilitators_commands_are_refused_to_members_in_code(world: World) -> None:
    await found_group(world, world.bob)
    # Discord shows the command to everyone: who may use it depends on the group, so the core decides.
    assert "consult schedule set" in world.bob.available_commands(world.channel)
    refused = await world.bob.slash(world.channel, "consult schedule set", when="weekly on Monday at 12:00")
    assert private(refused) == "Only the facilitators of Tuesday Peers can do that."
    assert not any("weekly on Monday" in text for text in seen_by(world, world.carol))

    # Someone with the server's Manage Server permission may do a facilitator's work.
    allowed = await world.dana.slash(world.channel, "consult schedule set", when="weekly on Monday at 12:00",
                                     group="Tuesday Peers")
    assert private(allowed) == "Done."
    assert any(text.startswith("Tuesday Peers now meets every Monday at 12:00")
               for text in seen_by(world, world.carol))


async def test_minimal_intents_and_no_sync_on_start(world: World) -> None:
    client = world.client
    assert client.intents == discord.Intents(guilds=True, guild_scheduled_events=True)
    assert not client.intents.message_content and not client.intents.members
    syncs = [r for r in world.env.http_requests if r.method == "PUT" and "/commands" in r.path]
    assert len(syncs) == 1  # the test's deploy step, not the client's start


async def test_sharding_is_a_setting(core: Core) -> None:
    assert create_client(core).http.max_ratelimit_timeout == 30.0  # the settings' default
    client = create_client(core, DiscordSettings(sharded=True, max_ratelimit_timeout=45.0), shard_count=2)
    assert isinstance(client, ShardedRoundtableClient) and client.http.max_ratelimit_timeout == 45.0
    async with simcord.run(client) as env:
        guild = env.create_guild("Practice Collective")
        channel = guild.create_text_channel("consultation")
        alice = guild.add_member(env.create_user("alice"))
        await sync_commands(client)
        result = await alice.slash(channel, "consult group create", name="Tuesday Peers")
        assert private(result).startswith("You're its facilitator.")
        assert client.shard_count == 2

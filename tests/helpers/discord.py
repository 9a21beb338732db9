"""People and places for the Discord tests, and what they see."""
from __future__ import annotations

from dataclasses import dataclass

import simcord

from adapters.discord.client import RoundtableClient
from bot.identity import ChannelRef, UserRef


@dataclass
class World:
    """A server with a #consultation channel: alice (will facilitate), bob, carol, and dana with Manage Server."""

    env: simcord.Env
    guild: simcord.GuildHandle
    channel: simcord.ChannelHandle
    alice: simcord.MemberActor
    bob: simcord.MemberActor
    carol: simcord.MemberActor
    dana: simcord.MemberActor

    def user(self, member: simcord.MemberActor) -> UserRef:
        return UserRef("discord", str(self.guild.id), str(member.id))

    def chan(self, channel: simcord.ChannelHandle | None = None) -> ChannelRef:
        return ChannelRef("discord", str(self.guild.id), str((channel or self.channel).id))

    @property
    def client(self) -> RoundtableClient:
        return self.env.bot  # type: ignore[return-value]



def private(result: simcord.InteractionResult) -> str:
    """What the acting person saw privately as the answer (the deferred answer is always private)."""
    assert result.acknowledged, "the interaction was never answered"
    assert result.response is not None
    assert result.response.ephemeral
    return result.response.content + "".join(e.description or "" for e in result.response.embeds)


def seen_by(world: World, member: simcord.MemberActor, channel: simcord.ChannelHandle | None = None) -> list[str]:
    """Message texts in the channel as `member` sees them (their own ephemerals included, others' not)."""
    return [m.content + "".join(e.description or "" for e in m.embeds)
            for m in (channel or world.channel).history(viewer=member)]


async def found_group(world: World, *members: simcord.MemberActor, capacity: int = 6) -> None:
    """alice founds Tuesday Peers (biweekly, Tuesdays 18:00 Denver, from 2026-12-01); the members join."""
    await world.alice.slash(world.channel, "consult group create", name="Tuesday Peers", tz="America/Denver",
                            capacity=capacity)
    await world.alice.slash(world.channel, "consult schedule set",
                            when="every 2 weeks on Tuesday at 18:00 from 2026-12-01")
    for member in members:
        shown = await member.slash(world.channel, "consult join", group="Tuesday Peers")
        await member.click(shown.response.message, label="I accept")

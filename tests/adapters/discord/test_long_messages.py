"""A message longer than one Discord message can hold (6,000 characters of embeds) continues in further messages:
nothing is cut, nothing is lost silently."""
from __future__ import annotations

import simcord

from adapters.discord.render import EMBEDS_TOTAL, render
from bot.messages import message
from tests.helpers.discord import World, found_group


def _texts(result: simcord.InteractionResult) -> list[str]:
    parts = [result.response] + list(result.followups)
    return [p.content + "".join(e.description or "" for e in p.embeds) for p in parts if p is not None]


def _tags(n: int) -> str:
    """Twelve modalities of up to 40 characters, the last one naming the member: about 580 characters."""
    tags = [f"Modality {n}-{i} " + "x" * (30 - len(f"{n}-{i}")) for i in range(11)]
    return ", ".join(tags + [f"LAST-OF-MEMBER-{n}"])


async def test_a_full_roster_of_twelve_keeps_every_members_modalities(world: World) -> None:
    others = [world.guild.add_member(world.env.create_user(f"peer{n}")) for n in range(8)]
    members = [world.bob, world.carol, world.dana, *others]
    await found_group(world, *members, capacity=12)
    for n, member in enumerate([world.alice, *members]):
        await member.slash(world.channel, "consult profile", tags=_tags(n))
    roster = await world.bob.slash(world.channel, "consult members")
    texts = _texts(roster)
    whole = "".join(texts)
    assert "12 of 12 members" in whole
    for n in range(12):
        assert f"LAST-OF-MEMBER-{n}" in whole, f"member {n}'s modalities were lost"
    assert "…" not in whole
    assert len(texts) >= 2 and all(p.ephemeral for p in [roster.response, *roster.followups])
    for part in [roster.response, *roster.followups]:
        assert sum(len(e.description or "") for e in part.embeds) <= EMBEDS_TOTAL and len(part.embeds) <= 10


def test_rendering_splits_between_lines_and_drops_nothing() -> None:
    lines = [f"line {n}: " + "y" * 90 for n in range(200)]  # about 20,000 characters
    rendered = render(message("\n".join(lines)))
    parts = [rendered.embeds, *rendered.more]
    assert len(parts) >= 4
    assert all(sum(len(e.description or "") for e in p) <= EMBEDS_TOTAL and len(p) <= 10 for p in parts)
    joined = "\n".join(e.description or "" for p in parts for e in p)
    assert joined == "\n".join(lines)

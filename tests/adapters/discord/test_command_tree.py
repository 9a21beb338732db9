"""The /consult tree exactly as Roundtable would publish it to Discord, pinned against tests/adapters/discord/command_tree.json.

The tree is generated from the core's one declaration, so a change in discord.py (or in how we feed it) could change
what members see without any test noticing. This pins every name, description, option type, choice, range,
required flag and autocomplete flag. When a command is added or changed on purpose, regenerate the file with
`ROUNDTABLE_REGENERATE_COMMAND_TREE=1 pytest tests/adapters/discord/test_command_tree.py` and review its diff like any other
change.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from discord import app_commands

from adapters.discord.client import RoundtableClient
from tests.helpers.discord import World, private

PINNED = Path(__file__).with_name("command_tree.json")


def published(tree: app_commands.CommandTree[Any]) -> list[dict[str, Any]]:
    """The payload `tree.sync()` sends: one entry per top-level command."""
    return [command.to_dict(tree) for command in tree.get_commands()]


def test_the_published_tree_is_the_pinned_one(simcord_bot: RoundtableClient) -> None:
    payload = published(simcord_bot.tree)
    if os.environ.get("ROUNDTABLE_REGENERATE_COMMAND_TREE"):
        PINNED.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert payload == json.loads(PINNED.read_text(encoding="utf-8"))


async def test_an_option_named_like_a_python_keyword_reaches_the_core(world: World) -> None:
    result = await world.alice.slash(world.channel, "consult hours", **{"from": "2026-01-01", "to": "2026-12-31"})
    assert "for you from 2026-01-01 to 2026-12-31" in private(result)

"""Errors the way discord.py intends: the tree's `on_error`, the modal's `on_error` and guarded dynamic items answer
the person privately - never Discord's "This interaction failed" - and log only the error's type and location."""
from __future__ import annotations

import logging
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.app_commands.transformers import CommandParameter

import adapters.discord.views as views
from bot.core import Core
from tests.helpers.discord import World, found_group, private

SECRET = "Maria-Lopez-555-201-3344"


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() + (str(r.exc_info) if r.exc_info else "") for r in caplog.records)


async def test_an_option_discord_py_cannot_convert_is_answered_privately(world: World, caplog: pytest.LogCaptureFixture,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world)
    transform = CommandParameter.transform

    async def stale(self: CommandParameter, interaction: discord.Interaction, value: Any, /) -> Any:
        if value == SECRET:  # e.g. a client with an out-of-date command sends a choice that no longer exists
            raise app_commands.TransformerError(value, self.type, self._annotation)
        return await transform(self, interaction, value)

    monkeypatch.setattr(CommandParameter, "transform", stale)
    with caplog.at_level(logging.DEBUG):
        result = await world.bob.slash(world.channel, "consult join", group=SECRET)
    assert result.acknowledged and result.ephemeral
    assert "`group`" in private(result) and "try again" in private(result).lower()
    assert "TransformerError at" in _logged(caplog)
    assert SECRET not in _logged(caplog) and not any(r.exc_info for r in caplog.records)
    assert [type(e) for e in world.env.errors] == [app_commands.TransformerError]  # handled by the tree's on_error


async def test_a_failing_command_callback_goes_through_the_trees_on_error(world: World, caplog: pytest.LogCaptureFixture,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world)

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(world.client.interactions, "command", broken)
    with caplog.at_level(logging.DEBUG):
        result = await world.bob.slash(world.channel, "consult next")
    assert private(result).startswith("Something went wrong on our side")
    assert "RuntimeError at" in _logged(caplog) and SECRET not in _logged(caplog)
    assert [type(e) for e in world.env.errors] == [app_commands.CommandInvokeError]  # the tree's on_error had it


async def test_autocomplete_that_fails_offers_nothing_instead_of_failing(world: World, core: Core,
                                                                         caplog: pytest.LogCaptureFixture,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world)

    async def broken(*args: Any, **kwargs: Any) -> list[str]:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(core, "group_names", broken)
    with caplog.at_level(logging.DEBUG):
        choices = await world.bob.autocomplete(world.channel, "consult join", "group", "Tu")
    assert choices == []
    assert "RuntimeError at" in _logged(caplog) and SECRET not in _logged(caplog)
    assert not any(r.exc_info for r in caplog.records)


async def test_a_button_that_cannot_be_read_says_so(world: World, caplog: pytest.LogCaptureFixture) -> None:
    await found_group(world)
    channel = world.client.get_channel(world.channel.id)
    view = discord.ui.View(timeout=None)
    view.add_item(discord.ui.Button(label="Yes", custom_id="rz:rsvp:~zzzzzzzzzzzz"))  # a timestamp out of range
    sent = await channel.send("An old message", view=view)  # type: ignore[union-attr]
    message = next(m for m in world.channel.history() if m.id == sent.id)
    with caplog.at_level(logging.DEBUG):
        result = await world.bob.click(message, label="Yes")
    assert result.acknowledged and "out of date" in private(result)
    assert not any(r.exc_info for r in caplog.records)


async def test_a_modal_that_fails_answers_through_its_on_error(world: World, caplog: pytest.LogCaptureFixture,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    await found_group(world)
    shown = await world.alice.slash(world.channel, "consult agreement edit")

    def broken(self: views.FormModal) -> dict[str, str]:
        raise KeyError(SECRET)

    monkeypatch.setattr(views.FormModal, "values", broken)
    with caplog.at_level(logging.DEBUG):
        result = await world.alice.submit_modal(shown, {"text": "Version two."})
    assert private(result).startswith("Something went wrong on our side")
    assert "KeyError at" in _logged(caplog) and SECRET not in _logged(caplog)
    assert not any(r.exc_info for r in caplog.records)
    assert [type(e) for e in world.env.errors] == [KeyError]  # handled by the modal's on_error


def test_discord_sync_without_a_network_says_what_failed(monkeypatch: pytest.MonkeyPatch, tmp_path: Any,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`roundtable discord sync` when discord.com cannot be resolved: one plain sentence, no DNS traceback."""
    import socket

    import adapters.discord.sync as sync
    from roundtable.cli import main

    async def offline(*args: Any, **kwargs: Any) -> list[str]:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(sync, "sync_with_token", offline)
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-real-token")
    monkeypatch.setenv("ROUNDTABLE_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/rt.db")
    code = main(["discord", "sync"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Couldn't reach Discord" in err and "Traceback" not in err and "gaierror" not in err

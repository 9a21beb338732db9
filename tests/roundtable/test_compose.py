"""The composition root: one function builds everything through constructor arguments; chat ports are checked for
the capabilities their platform needs when they are wired, not when a delete first fails at run time."""
from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from typing import Any

import pytest

import roundtable.cli as cli
from adapters.console.session import ConsoleSession, SimulatedClock
from adapters.discord.chat import DiscordChat
from adapters.discord.client import create_client
from adapters.scheduler import NudgeRunner
from adapters.slack.chat import SlackChat
from adapters.slack.tokens import StaticClients
from bot.clock import ManualClock
from bot.config import DiscordSettings, Settings
from bot.identity import UserRef
from bot.messages import Outbound, ToDirect, message
from bot.ports import CanDelete, CanFindDelivered, CanPrepare, CanSendKeyed
from roundtable.capabilities import NEEDED, MissingCapability, check
from roundtable.compose import RoutingChat, Services, compose, recap_notes
from tests.conftest import START

MEMORY = "sqlite+aiosqlite:///:memory:"


class SendsOnly:
    """A chat port that can send, with a key, but not delete."""

    async def send(self, outbound: Outbound) -> str | None:
        return "ref"

    async def send_keyed(self, outbound: Outbound, key: str) -> str | None:
        return "ref"


class DiscordChatWithoutDelete(DiscordChat):
    """Discord's port as it was before it learnt to delete."""

    delete = None  # type: ignore[assignment]


async def test_compose_returns_every_service_wired_by_constructor() -> None:
    services = compose(Settings(), clock=ManualClock(START), database_url=MEMORY)
    try:
        assert isinstance(services, Services) and dataclasses.is_dataclass(services)
        assert services.core.cases is services.cases
        assert services.core.checkin_mixer is services.checkins.mixer
        assert services.nudges.agenda_notes == [services.cases.agenda_notes_many, recap_notes]
        for service in (services.cases, services.nudges, services.checkins):
            assert service.chat is services.chat
        assert services.runner is None and services.core.on_change is None  # the console has no scheduler
        assert not hasattr(services.core, "services")  # no service dict
    finally:
        await services.database.dispose()


async def test_the_scheduler_is_woken_by_the_core() -> None:
    services = compose(Settings(), clock=ManualClock(START), database_url=MEMORY, scheduled=True)
    try:
        assert isinstance(services.runner, NudgeRunner)
        assert services.core.on_change == services.runner.kick
        assert services.runner.service is services.sweeps
        assert services.runner.on_lead == services.checkins.restarted, "taking the lead re-asks open rounds"
    finally:
        await services.database.dispose()


def test_a_chat_port_missing_delete_fails_at_wiring() -> None:
    router = RoutingChat(needed=NEEDED)
    with pytest.raises(MissingCapability, match=r"discord chat port \(SendsOnly\) cannot delete messages"):
        router.register("discord", SendsOnly())
    router.register("slack", SendsOnly())  # Slack is not asked to delete (yet)
    with pytest.raises(ValueError, match="already registered"):
        router.register("slack", SendsOnly())


class Remembers(SendsOnly):
    """A port that can say whether a keyed message already went out."""

    def __init__(self, delivered: dict[str, str]) -> None:
        self.delivered = delivered

    async def find_delivered(self, key: str) -> str | None:
        return self.delivered.get(key)


async def test_the_router_asks_its_ports_whether_a_nudge_already_went_out() -> None:
    """After a crash between send and record, the nudge service asks its chat (the router) whether the message
    went out. The router used to lack `find_delivered`, so the question never reached a port that could answer
    and the nudge was sent a second time."""
    router = RoutingChat({"slack": SendsOnly(), "console": Remembers({"rt-nudge-7": "C1:42"})})
    assert isinstance(router, CanFindDelivered)
    assert await router.find_delivered("rt-nudge-7") == "C1:42"
    assert await router.find_delivered("rt-nudge-8") is None
    assert await RoutingChat({"slack": SendsOnly()}).find_delivered("rt-nudge-7") is None


def test_the_real_chat_ports_have_what_their_platform_needs() -> None:
    services = compose(Settings(), clock=ManualClock(START), database_url=MEMORY)
    discord_chat = create_client(services.core).chat
    assert isinstance(discord_chat, DiscordChat)
    check("discord", discord_chat)
    assert isinstance(discord_chat, CanSendKeyed) and isinstance(discord_chat, CanDelete)
    check("console", ConsoleSession(services.core, SimulatedClock(START), io.StringIO()))
    check("slack", SlackChat(StaticClients(None)))  # type: ignore[arg-type]


async def test_roundtable_run_refuses_to_start_a_discord_port_that_cannot_delete(
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = compose(Settings(discord=DiscordSettings(token="t")), clock=ManualClock(START),
                       database_url=MEMORY, scheduled=True)
    try:
        monkeypatch.setattr("adapters.discord.client.DiscordChat", DiscordChatWithoutDelete)
        with pytest.raises(MissingCapability, match="cannot delete messages"):
            cli._adapters(services)
        monkeypatch.undo()
        serving: list[Any] = cli._adapters(compose(Settings(discord=DiscordSettings(token="t")),
                                                   clock=ManualClock(START), database_url=MEMORY))
        assert len(serving) == 1
        for coroutine in serving:  # built, not served
            coroutine.close()
    finally:
        await services.database.dispose()


class Prepares(SendsOnly):
    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    async def prepare(self, outbounds: Sequence[Outbound]) -> None:
        self.batches.append([outbound.audience.user.id for outbound in outbounds])  # type: ignore[union-attr]


async def test_the_router_passes_each_port_its_own_part_of_a_batch_to_prepare() -> None:
    """The nudge service asks its chat (the router) to look a batch over before pacing it, so Discord can count a
    DM's create_dm; without `prepare` on the router the question never reached the Discord port in production."""
    discord_port, slack_port = Prepares(), SendsOnly()
    router = RoutingChat({"discord": discord_port, "slack": slack_port})
    assert isinstance(router, CanPrepare)
    await router.prepare([Outbound(ToDirect(UserRef("discord", "900", "11"), None), message("a")),
                          Outbound(ToDirect(UserRef("slack", "T1", "U1"), None), message("b")),
                          Outbound(ToDirect(UserRef("discord", "900", "12"), None), message("c"))])
    assert discord_port.batches == [["11", "12"]]

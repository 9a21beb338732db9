"""The composition root: the one place that wires storage, the clock and adapters into the core."""
from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import TextIO

from adapters.system_clock import SystemClock
from bot.clock import Clock
from bot.commands.catalog import build_registry
from bot.config import Settings
from bot.core import Roundtable
from bot.identity import ChannelRef
from bot.messages import Outbound, ToChannel
from bot.ports import ChatPort, DeliveryFailed
from bot.sweeps import Sweeps
from storage.database import Database


def sweeps_for(wiring: Wiring, chat: ChatPort) -> Sweeps:
    """Connect the core to the world through `chat` (an adapter's port, the console, or a router over several):
    case requests post through it, and everything the scheduler (or the console's clock) wakes talks through it."""
    from bot.cases.agreements import AgreementPrompts
    from bot.cases.service import CaseService, attach
    from bot.checkins.service import CheckinService
    from bot.nudges import NudgeService
    from storage.lifecycle import LifecycleService

    db, clock = wiring.database, wiring.clock
    cases = CaseService(db, clock, chat)
    attach(wiring.core, cases)
    nudges = NudgeService(db, clock, chat)
    nudges.agenda_notes.append(cases.agenda_notes)
    lifecycle = LifecycleService(db, clock, cases, AgreementPrompts(db, clock, chat))
    # With PostgreSQL several replicas may run: a round is closed a minute after its closing time, so that every
    # replica has written the answers it holds (each does so within seconds, in `every_replica`).
    settle = timedelta(minutes=1) if db.engine.dialect.name == "postgresql" else timedelta(0)
    checkins = CheckinService(db, clock, chat, wiring.core.checkin_mixer, settle=settle)
    return Sweeps(nudges, checkins, lifecycle, every_replica=(checkins.settle_held,),
                  on_stop=(checkins.write_on_stop,))


@dataclass
class Wiring:
    core: Roundtable
    database: Database
    clock: Clock


def wire(settings: Settings, clock: Clock | None = None, database_url: str | None = None) -> Wiring:
    clock = clock or SystemClock()
    database = Database(database_url or settings.database_url)
    core = Roundtable(build_registry(settings.checkin_resources), database, clock,
                      default_timezone=settings.default_timezone)
    return Wiring(core, database, clock)


async def prepare_database(database: Database) -> None:
    """Bring the schema up to date on start (migrations for files and servers; plain create for in-memory)."""
    if ":memory:" in database.url:
        await database.create_all()
        return
    from storage.migrate import upgrade_if_needed

    await upgrade_if_needed(database.engine)


class RoutingChat:
    """One chat port over several adapters: each message goes to the adapter of its audience's platform."""

    def __init__(self, ports: dict[str, ChatPort]) -> None:
        self.ports = ports

    def _port(self, outbound: Outbound) -> ChatPort:
        audience = outbound.audience
        ref = audience.channel if isinstance(audience, ToChannel) else audience.user
        port = self.ports.get(ref.platform)
        if port is None:
            raise DeliveryFailed("unavailable", False, f"no adapter running for {ref.platform}")
        return port

    async def send(self, outbound: Outbound) -> str | None:
        return await self._port(outbound).send(outbound)

    async def send_keyed(self, outbound: Outbound, key: str) -> str | None:
        port = self._port(outbound)
        keyed = getattr(port, "send_keyed", None)
        return await (keyed(outbound, key) if keyed else port.send(outbound))

    async def delete(self, channel: ChannelRef, reference: str) -> None:
        port = self.ports.get(channel.platform)
        deleter = getattr(port, "delete", None)
        if deleter is None:
            raise DeliveryFailed("unavailable", True, f"{channel.platform} cannot delete messages")
        await deleter(channel, reference)


def configure_logging(level: str, fmt: str = "plain", stream: TextIO | None = None) -> logging.Handler:
    """Log to stderr (or `stream`) at `level` through the one root handler whose redaction filter keeps typed text
    out of every line, whichever library logged it (adapters/logging_setup.py). An unknown level is a ValueError."""
    from adapters.logging_setup import configure_logging as install

    return install(level, fmt, stream)


GC_THRESHOLDS = (20_000, 10, 10)


def configure_runtime() -> None:
    """Process settings for a long-running bot.

    CPython's default collector runs a young collection every 700 net allocations, and a full one whenever the
    objects promoted since the last full collection reach a quarter of the old generation. A nudge sweep loads
    thousands of groups (each with its members) and keeps them for the length of a chunk, so with the defaults it
    set off a full collection every chunk: measured, 19 full collections and about a fifth of the sweep's time for
    10,000 groups. With a larger young generation there are ~40 cheap collections and at most one full one; the
    memory held in between is a few MB. Reference counting still frees everything without cycles at once.
    """
    gc.set_threshold(*GC_THRESHOLDS)

"""The composition root: the one place that wires storage, the clock and adapters into the core."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from bot.clock import Clock
from bot.commands.catalog import build_registry
from bot.config import Settings
from bot.core import Roundtable
from bot.messages import Outbound, ToChannel
from bot.ports import ChatPort, DeliveryFailed
from storage.database import Database


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


@dataclass
class Wiring:
    core: Roundtable
    database: Database
    clock: Clock


def wire(settings: Settings, clock: Clock | None = None, database_url: str | None = None) -> Wiring:
    clock = clock or SystemClock()
    database = Database(database_url or settings.database_url)
    core = Roundtable(build_registry(), database, clock, default_timezone=settings.default_timezone)
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


def configure_logging(level: str) -> None:
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

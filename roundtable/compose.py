"""The composition root: the one place that wires storage, the clock and adapters into the core.

`compose(settings)` builds every service through constructor arguments and returns them as `Services`; nothing is
assigned to a built object afterwards. The one cycle - the services post through the adapters, which need the
core, which needs the case service - is broken by `RoutingChat`, built first and given to the services, with
each adapter's port registered (and its capabilities checked) once the adapter exists.
"""
from __future__ import annotations

import asyncio
import functools
import gc
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TextIO

from adapters.system_clock import SystemClock
from bot.cases.agreements import AgreementPrompts
from bot.cases.service import CaseService
from bot.checkins.mixing import AnswerMixer
from bot.checkins.service import CheckinService
from bot.clock import Clock
from bot.commands.catalog import build_registry
from bot.config import Settings
from bot.core import Core
from bot.directory.recap import recap_notes_many
from bot.directory.service import DirectoryService
from bot.domain.group import Group
from bot.events.service import ServerEvents
from bot.identity import ChannelRef, WorkspaceRef
from bot.lifecycle.service import LifecycleService
from bot.messages import Block, Outbound, ToChannel
from bot.metrics import NO_METRICS, Metrics
from bot.nudges import RECAP, NudgeKey, NudgeService
from bot.ports import CanDelete, CanFindDelivered, CanPace, CanPrepare, CanSendKeyed, ChatPort, DeliveryFailed, Limit
from bot.sweeps import Sweeps
from roundtable.capabilities import NEEDED, Capability, check
from storage.database import Database
from storage.departures import SqlDepartedWorkspaces, mark_departed, mark_returned
from storage.leader import leadership_for
from storage.server_events import SqlEventGroups
from storage.slack_seen import SlackStorage

if TYPE_CHECKING:  # imported when needed: the console starts without APScheduler, Prometheus or uvicorn
    from adapters.scheduler import NudgeRunner
    from adapters.status import StatusBoard


@dataclass(frozen=True)
class Wiring:
    """The core with its database and clock: what an adapter's runner takes (adapters/slack/run.py), and what
    tests build around a core of their own."""

    core: Core
    database: Database
    clock: Clock

    @property
    def slack_storage(self) -> SlackStorage:
        """What the Slack adapter keeps in the database: slack-sdk's table names, the shared seen-events store."""
        return SlackStorage(self.database.engine)


class RoutingChat:
    """One chat port over several adapters: each message goes to the adapter of its audience's platform.

    It is built first and given to the services (which post through it) before any adapter exists; an adapter's
    port is registered once the adapter is built, which checks that the port has what its platform needs
    (roundtable/capabilities.py) - so a missing capability stops the start, not a delete at run time."""

    def __init__(self, ports: Mapping[str, ChatPort] | None = None,
                 needed: Mapping[str, Sequence[Capability]] | None = None) -> None:
        self._needed: Mapping[str, Sequence[Capability]] = needed or {}
        self._ports: dict[str, ChatPort] = {}
        self._ready: set[str] = set()
        self._changed: asyncio.Event | None = None  # made on first wait, inside the running loop
        for platform, port in (ports or {}).items():
            self.register(platform, port)

    def register(self, platform: str, port: ChatPort, *, ready: bool = True) -> None:
        """Route `platform`'s messages to `port`; MissingCapability if it lacks what the platform needs.
        `ready=False`: the port is checked now but cannot send yet (Discord before its login); `mark_ready` says
        when it can."""
        check(platform, port, self._needed)
        if platform in self._ports:
            raise ValueError(f"a {platform} chat port is already registered")
        self._ports[platform] = port
        if ready:
            self.mark_ready(platform)

    def mark_ready(self, platform: str) -> None:
        """`platform`'s port can send now."""
        self._ready.add(platform)
        if self._changed is not None:
            self._changed.set()

    async def wait_ready(self, platforms: Iterable[str], timeout: float) -> frozenset[str]:
        """Wait until each of `platforms` has a port that can send, or `timeout` seconds; returns those still
        missing (empty when all are ready). `roundtable run` starts the scheduler after this, so nudges due at
        start go out on their first attempt instead of failing with "no adapter running"."""
        wanted = frozenset(platforms)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not wanted <= self._ready:
            left = deadline - loop.time()
            if left <= 0:
                break
            self._changed = self._changed or asyncio.Event()
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except TimeoutError:
                break
        return wanted - self._ready

    @property
    def platforms(self) -> frozenset[str]:
        """The platforms with a registered port."""
        return frozenset(self._ports)

    def _port(self, outbound: Outbound) -> ChatPort:
        audience = outbound.audience
        ref = audience.channel if isinstance(audience, ToChannel) else audience.user
        port = self._ports.get(ref.platform)
        if port is None:
            raise DeliveryFailed("unavailable", False, f"no adapter running for {ref.platform}")
        return port

    async def send(self, outbound: Outbound) -> str | None:
        return await self._port(outbound).send(outbound)

    def limits(self, outbound: Outbound) -> Sequence[Limit]:
        """The rate limits of the audience's platform this message counts against (none for a port that does not
        say, or a platform without a port: sending will say why)."""
        audience = outbound.audience
        ref = audience.channel if isinstance(audience, ToChannel) else audience.user
        port = self._ports.get(ref.platform)
        return port.limits(outbound) if isinstance(port, CanPace) else ()

    async def prepare(self, outbounds: Sequence[Outbound]) -> None:
        """Pass a batch on to the ports that look batches over before pacing (`CanPrepare`: Discord and Slack read
        their recipients' kept DM channel ids, so their `limits` count a `create_dm` / `conversations.open` only
        where one will be made), each with its own platform's messages."""
        by_platform: dict[str, list[Outbound]] = {}
        for outbound in outbounds:
            audience = outbound.audience
            ref = audience.channel if isinstance(audience, ToChannel) else audience.user
            by_platform.setdefault(ref.platform, []).append(outbound)
        for platform, mine in by_platform.items():
            port = self._ports.get(platform)
            if isinstance(port, CanPrepare):
                await port.prepare(mine)

    async def send_keyed(self, outbound: Outbound, key: str) -> str | None:
        port = self._port(outbound)
        if isinstance(port, CanSendKeyed):
            return await port.send_keyed(outbound, key)
        return await port.send(outbound)

    async def find_delivered(self, key: str) -> str | None:
        """Ask each port that can tell whether a message with `key` went out (keys name a nudge, which belongs
        to one platform, so at most one port knows it); None when none can tell or none has it."""
        for port in self._ports.values():
            if isinstance(port, CanFindDelivered):
                found = await port.find_delivered(key)
                if found is not None:
                    return found
        return None

    async def delete(self, channel: ChannelRef, reference: str) -> None:
        port = self._ports.get(channel.platform)
        if not isinstance(port, CanDelete):
            raise DeliveryFailed("unavailable", True, f"{channel.platform} cannot delete messages")
        await port.delete(channel, reference)


class GroupChanges:
    """The core's `on_groups_changed`, passed on to whoever follows changed groups (Slack's Home tabs). Built before
    the core, like RoutingChat; an adapter subscribes once it exists."""

    def __init__(self) -> None:
        self._followers: list[Callable[[Sequence[Group]], object]] = []

    def subscribe(self, follower: Callable[[Sequence[Group]], object]) -> None:
        self._followers.append(follower)

    def notify(self, groups: Sequence[Group]) -> None:
        for follower in self._followers:
            follower(groups)


class Departures:
    """What an adapter calls when a workspace removes the app (its data is purged after a grace period unless it
    comes back) or adds it again."""

    def __init__(self, database: Database, clock: Clock, grace_days: int) -> None:
        self.database = database
        self.clock = clock
        self.grace_days = grace_days

    async def departed(self, platform: str, workspace: str) -> None:
        await mark_departed(self.database, platform, workspace, self.clock.now(), timedelta(days=self.grace_days))

    async def returned(self, platform: str, workspace: str) -> None:
        await mark_returned(self.database, platform, workspace)


@dataclass(frozen=True)
class Sweepers:
    """The services the scheduler (or the console's clock) wakes, over one chat port."""

    cases: CaseService
    nudges: NudgeService
    checkins: CheckinService
    lifecycle: LifecycleService
    sweeps: Sweeps


async def recap_notes(uow: Any, items: Sequence[tuple[Group, NudgeKey]]) -> list[list[Block]]:
    """The nudge sweep's hook for its `recap` kind: the resources shared for each meeting (bot/directory/recap.py);
    nothing for the other kinds it asks about."""
    recaps = [(group, key.occurrence, key.meeting_start) for group, key in items if key.kind == RECAP]
    found = iter(await recap_notes_many(uow, recaps))
    return [next(found) if key.kind == RECAP else [] for _, key in items]


def _sweepers(database: Database, clock: Clock, chat: ChatPort, mixer: AnswerMixer,
              metrics: Metrics = NO_METRICS, background: bool = False, stop_grace: float = 20.0) -> Sweepers:
    """`background` (a scheduled process): nudges are delivered by a task of their own, so that the next sweep
    plans while a burst is still sending; on a graceful stop the courier gets `stop_grace` seconds (the process's
    stop_timeout) to finish the batches it holds."""
    cases = CaseService(database, clock, chat)
    nudges = NudgeService(database, clock, chat, agenda_notes=(cases.agenda_notes_many, recap_notes),
                          background=background, metrics=metrics)
    lifecycle = LifecycleService(SqlDepartedWorkspaces(database), clock, cases,
                                 AgreementPrompts(database, clock, chat))
    # With PostgreSQL several replicas may run: a round is closed a minute after its closing time, so that every
    # replica has written the answers it holds (each does so within seconds, in `every_replica`).
    settle = timedelta(minutes=1) if database.engine.dialect.name == "postgresql" else timedelta(0)
    checkins = CheckinService(database, clock, chat, mixer, settle=settle, metrics=metrics)
    # The directory: join requests that lapse unanswered (their requesters are told), and introductions among people
    # waiting for a group that doesn't exist yet.
    directory = DirectoryService(database, clock, chat)
    sweeps = Sweeps(nudges, checkins, lifecycle, directory, every_replica=(checkins.settle_held,),
                    on_stop=(functools.partial(nudges.stop, grace=stop_grace), checkins.write_on_stop))
    return Sweepers(cases, nudges, checkins, lifecycle, sweeps)


def sweeps_for(wiring: Wiring | Services, chat: ChatPort) -> Sweeps:
    """Everything the scheduler wakes, over `chat` and the core's database, clock and check-in answers (for tests
    and benchmarks that drive the sweeps of a core built around an adapter of their own)."""
    return _sweepers(wiring.database, wiring.clock, chat, wiring.core.checkin_mixer).sweeps


@dataclass(frozen=True)
class Services:
    """Everything `compose` built. `chat` routes to the adapters registered with it; `runner` (only when
    scheduled) wakes `sweeps` and is kicked by the core after each change."""

    settings: Settings
    clock: Clock
    database: Database
    chat: RoutingChat
    cases: CaseService
    nudges: NudgeService
    checkins: CheckinService
    lifecycle: LifecycleService
    sweeps: Sweeps
    core: Core
    departures: Departures
    runner: NudgeRunner | None
    group_changes: GroupChanges
    metrics: Metrics
    events: ServerEvents

    @property
    def slack_storage(self) -> SlackStorage:
        """What the Slack adapter keeps in the database: slack-sdk's table names, the shared seen-events store."""
        return SlackStorage(self.database.engine)


def compose(settings: Settings, *, clock: Clock | None = None, database_url: str | None = None,
            scheduled: bool = False, needed: Mapping[str, Sequence[Capability]] = NEEDED) -> Services:
    """Build every service, each given what it needs in its constructor, in dependency order: the chat router
    first (the services post through it; adapters, which need the core, register their ports with it once built),
    then the sweeping services, the scheduler (`scheduled`: for `roundtable run`) and the core."""
    clock = clock or SystemClock()
    database = Database(database_url or settings.database_url)
    chat = RoutingChat(needed=needed)
    # Check-in answers held in memory until they can be written as a batch: the core adds, the check-in sweep takes.
    mixer = AnswerMixer()
    changes = GroupChanges()
    # This process's metrics (its own registry): the core, the services and the scheduler report to it through the
    # core's port (bot/metrics.py); /metrics reads it (adapters/status.py). Only where a status server can serve
    # them: `roundtable run`, or the console with status.serve = "on" (elsewhere Prometheus is not even imported).
    metrics: Metrics = NO_METRICS
    if scheduled or settings.status.serve == "on":
        from adapters.status import PrometheusMetrics

        metrics = PrometheusMetrics()
    parts = _sweepers(database, clock, chat, mixer, metrics, background=scheduled, stop_grace=settings.stop_timeout)
    runner: NudgeRunner | None = None
    if scheduled:
        from adapters.scheduler import NudgeRunner

        # Taking the lead (at start, or after the scheduler before this one died) asks the members of open check-in
        # rounds who are not marked as having answered again: answers held in a lost process's memory are gone.
        runner = NudgeRunner(parts.sweeps, leadership_for(database.url), every_replica=parts.sweeps.replica_tick,
                             on_stop=parts.sweeps.stop, metrics=metrics, on_lead=parts.checkins.restarted)
    # One change, one kick: the core wakes the scheduler after a command changed something (the Slack adapter's
    # `after_work` hook is not wired to it as well).
    core = Core(build_registry(settings.checkin_resources), database, clock,
                      default_timezone=settings.default_timezone, checkin_mixer=mixer, cases=parts.cases,
                      on_change=runner.kick if runner is not None else None, on_groups_changed=changes.notify,
                      metrics=metrics, public_url=settings.public_url)
    return Services(settings, clock, database, chat, parts.cases, parts.nudges, parts.checkins, parts.lifecycle,
                    parts.sweeps, core, Departures(database, clock, settings.purge_grace_days), runner, changes,
                    metrics, ServerEvents(SqlEventGroups(database), database, clock))


@dataclass(frozen=True)
class SlackHooks:
    """What the Slack runner calls (adapters/slack/run.py: serve): `on_ready(adapter)` once the adapter exists,
    before any request is served; the workspace hooks when a workspace removes or installs the app."""

    on_ready: Callable[[Any], Awaitable[None]]
    on_workspace_removed: Callable[[WorkspaceRef, str], Awaitable[None]]
    on_workspace_installed: Callable[[WorkspaceRef, str], Awaitable[None]]


def slack_hooks(services: Services) -> SlackHooks:
    """The Slack adapter's port joins the router when the adapter is ready (its capabilities checked there), and
    its Home tabs follow the groups commands change; the
    core's `on_change` already wakes the scheduler, so the adapter's own `after_work` is left unset."""

    async def on_ready(adapter: Any) -> None:
        services.chat.register("slack", adapter.chat)
        services.group_changes.subscribe(adapter.home.groups_changed)

    async def removed(workspace: WorkspaceRef, reason: str) -> None:
        await services.departures.departed(workspace.platform, workspace.id)

    async def installed(workspace: WorkspaceRef, how: str) -> None:
        await services.departures.returned(workspace.platform, workspace.id)

    return SlackHooks(on_ready, removed, installed)


def status_board(services: Services) -> StatusBoard:
    """What /healthz, /readyz and /metrics report for this process: the database reachable and at the newest
    migration, the scheduler's loop alive and its role. The adapters add their own checks as they start."""
    from adapters.calendar_feed import CalendarRoute
    from adapters.status import PrometheusMetrics, StatusBoard
    from bot.calendar_feed import CalendarFeed

    metrics = services.metrics
    board = StatusBoard(metrics if isinstance(metrics, PrometheusMetrics) else PrometheusMetrics())
    database = services.database
    # Calendar subscriptions (GET /calendar/<secret>.ics), wherever the status routes are served.
    board.extra.append(CalendarRoute(CalendarFeed(database)).route())

    async def reachable() -> tuple[bool, str]:
        from sqlalchemy import text

        async with database.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True, database.engine.dialect.name

    async def migrations() -> tuple[bool, str]:
        if ":memory:" in database.url:
            return True, "in-memory schema"
        from storage.migrate import applied, heads

        have, want = await applied(database.engine), heads()
        return (have == want), ("at head" if have == want else "not at head: run `roundtable db upgrade`")

    board.probe("database", reachable)
    board.probe("migrations", migrations)
    runner = services.runner
    if runner is not None:
        board.loop("scheduler", runner.alive)
        board.role = lambda: "leader" if runner.leading else "standby"
    return board


async def prepare_database(database: Database) -> None:
    """Bring the schema up to date on start (migrations for files and servers; plain create for in-memory)."""
    if ":memory:" in database.url:
        await database.create_all()
        return
    from storage.migrate import upgrade_if_needed

    await upgrade_if_needed(database.engine)


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

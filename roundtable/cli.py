"""`roundtable`: the command-line entry point. It builds through `roundtable.compose` and serves the adapters."""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from roundtable.capabilities import MissingCapability
from roundtable.compose import (
    Services,
    compose,
    configure_logging,
    configure_runtime,
    prepare_database,
    slack_hooks,
    status_board,
)
from roundtable.settings import ConfigError, Loaded, effective, load, unknown_environment

log = logging.getLogger("roundtable.cli")

if TYPE_CHECKING:
    from adapters.console.session import ConsoleSession
    from adapters.status import StatusBoard

log = logging.getLogger("roundtable.main")


# Connects a Discord client with its token and serves until the client is closed. Production: discord.py's
# `client.start(token)`, to discord.com. Only tests pass another (tests/helpers/discord_process.py: SimCord, an
# in-memory Discord, inside this process), so a real process runs the same stop path without Discord's network.
DiscordGateway = Callable[[Any, str], Coroutine[Any, Any, None]]


def main(argv: list[str] | None = None, *, discord_gateway: DiscordGateway | None = None) -> int:
    parser = argparse.ArgumentParser(prog="roundtable", description="Peer consultation groups for therapists, in Slack, Discord or the console.")
    parser.add_argument("--config", help="path to config.toml (default: ./config.toml or $ROUNDTABLE_CONFIG)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("run", help="start the configured adapters (the console when no Slack or Discord token is set)")

    console = sub.add_parser("console", help="an interactive session in a simulated workspace, or run a transcript")
    console.add_argument("--script", help="run a transcript file non-interactively ('-' for stdin)")
    console.add_argument("--db", help="database URL (default: the configured one; a script without --db uses a fresh in-memory database)")
    console.add_argument("--files", default="roundtable-files", help="where files the bot sends are written")

    slack_cmd = sub.add_parser("slack", help="Slack app setup")
    slack_sub = slack_cmd.add_subparsers(dest="slack_command", metavar="ACTION")
    slack_manifest = slack_sub.add_parser("manifest", help="print a ready-to-paste Slack app manifest")
    slack_manifest.add_argument("--socket", action="store_true", help="Socket Mode (no public URL; the default)")
    slack_manifest.add_argument("--http", metavar="URL", help="HTTP mode at this public base URL")
    slack_manifest.add_argument("--json", action="store_true", help="JSON instead of YAML")
    slack_manifest.add_argument("--name", default="Roundtable", help="the app's display name")

    discord_cmd = sub.add_parser("discord", help="Discord maintenance")
    discord_sub = discord_cmd.add_subparsers(dest="discord_command", metavar="ACTION")
    sync = discord_sub.add_parser("sync", help="publish /consult to Discord (a deploy step, not done on start)")
    sync.add_argument("--guild", type=int, help="publish to this one server only (appears at once)")
    sync.add_argument("--clear", action="store_true", help="with --guild: remove the commands copied to that server")

    data = sub.add_parser("data", help="administrators: export or purge one workspace's data")
    data_sub = data.add_subparsers(dest="data_command", metavar="ACTION")
    export = data_sub.add_parser("export", help="print everything stored for a workspace, as JSON")
    export.add_argument("workspace", help="e.g. slack:T0123ABC, discord:1234567890, or a bare id")
    purge = data_sub.add_parser("purge", help="delete everything stored for a workspace")
    purge.add_argument("workspace", help="e.g. slack:T0123ABC, discord:1234567890, or a bare id")
    purge.add_argument("--yes", action="store_true", help="really delete (nothing is deleted without it)")

    config = sub.add_parser("config", help="check the settings")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION")
    config_sub.add_parser("check", help="validate the settings and print them (secrets masked), each with its source")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply migrations")

    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        loaded = load(args.config)
    except ConfigError as error:
        print(f"roundtable: the settings have {len(error.problems)} problem(s); nothing was started:",
              file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    settings = loaded.settings
    if args.command == "config":
        if args.config_command != "check":
            config.print_help()
            return 2
        return _config_check(loaded)
    global _LEVEL_CHOSEN
    _LEVEL_CHOSEN = loaded.chosen("log_level")
    try:
        # The console is a conversation on stdout; its log (stderr) is quiet unless a level was chosen.
        configure_logging(settings.log_level if args.command != "console" or _log_level_chosen(settings)
                          else "WARNING", settings.log_format)
    except ValueError as error:
        print(f"roundtable: {error}", file=sys.stderr)
        return 2
    configure_runtime()

    if args.command == "console":
        try:
            return asyncio.run(_console(settings, args.script, args.db, Path(args.files)))
        except KeyboardInterrupt:  # Ctrl-C while a command ran: end quietly, as at the prompt
            print()
            return 130
    if args.command == "run":
        return asyncio.run(_run(settings, discord_gateway))
    if args.command == "slack":
        if args.slack_command != "manifest":
            slack_cmd.print_help()
            return 2
        from adapters.slack.manifest import run as print_manifest
        from bot.commands.catalog import build_registry

        return print_manifest(args, build_registry(settings.checkin_resources))
    if args.command == "discord":
        if args.discord_command != "sync":
            discord_cmd.print_help()
            return 2
        return asyncio.run(_discord_sync(settings, args.guild, args.clear))
    if args.command == "data":
        if args.data_command not in ("export", "purge"):
            data.print_help()
            return 2
        return asyncio.run(_data(settings, args.data_command, args.workspace, getattr(args, "yes", False)))
    if args.command == "db":
        if args.db_command != "upgrade":
            db.print_help()
            return 2
        return asyncio.run(_db_upgrade(settings))
    parser.print_help()
    return 2


async def _db_upgrade(settings: Settings) -> int:
    from storage.migrate import upgrade

    services = compose(settings)
    try:
        if ":memory:" in services.database.url:
            await prepare_database(services.database)
        else:
            await upgrade(services.database.engine)
    finally:
        await services.database.dispose()
    print(f"Database is up to date ({_safe_url(services.database.url)}).")
    return 0


async def _data(settings: Settings, action: str, workspace: str, confirmed: bool) -> int:
    import json

    from storage.workspaces import export_workspace, purge_workspace, resolve_workspace

    services = compose(settings)
    try:
        await prepare_database(services.database)
        try:
            ws = await resolve_workspace(services.database, workspace)
        except (LookupError, ValueError) as error:
            print(str(error), file=sys.stderr)
            return 2
        if action == "export":
            print(json.dumps(await export_workspace(services.database, ws.platform, ws.id), indent=2, default=str))
            return 0
        if not confirmed:
            print(f"This deletes everything Roundtable stores for {ws.platform}:{ws.id}. Add --yes to do it.",
                  file=sys.stderr)
            return 2
        deleted = await purge_workspace(services.database, ws.platform, ws.id)
        print(f"Purged {ws.platform}:{ws.id}: " + ", ".join(f"{n} {t}" for t, n in deleted.items() if n) + ".")
        return 0
    finally:
        await services.database.dispose()


async def _discord_sync(settings: Settings, guild: int | None, clear: bool) -> int:
    if not settings.discord.configured:
        print("Set DISCORD_TOKEN (or [discord] token in config.toml) first.", file=sys.stderr)
        return 2
    import discord

    from adapters.discord.sync import sync_with_token

    services = compose(settings)
    try:
        paths = await sync_with_token(services.core, settings.discord, guild, clear)
    except discord.LoginFailure:
        print("Discord did not accept the token. Check DISCORD_TOKEN.", file=sys.stderr)
        return 2
    except discord.HTTPException as error:
        print(f"Discord refused to publish the commands (HTTP {error.status}, code {error.code}). If it says "
              "Missing Access, invite the bot with the applications.commands scope; nothing was changed.",
              file=sys.stderr)
        return 1
    except (TimeoutError, OSError) as error:  # DNS, refused or timed-out connections (aiohttp's included)
        print(f"Couldn't reach Discord (discord.com): {_network_problem(error)}. Check this machine's network "
              "connection and DNS, then run `roundtable discord sync` again; nothing was changed.", file=sys.stderr)
        return 1
    finally:
        await services.database.dispose()
    print(f"Published {len(paths)} commands to " + (f"server {guild}." if guild else "all servers."))
    return 0


def _network_problem(error: BaseException) -> str:
    """A few words for why a connection failed, without a traceback."""
    import socket

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return "its name could not be looked up (DNS)"
        if isinstance(seen, asyncio.TimeoutError | TimeoutError):
            return "the connection timed out"
        if isinstance(seen, ConnectionRefusedError):
            return "the connection was refused"
        seen = getattr(seen, "os_error", None) or seen.__cause__  # aiohttp's ClientConnectorError keeps os_error
    return "the connection failed"


async def _run(settings: Settings, discord_gateway: DiscordGateway | None = None) -> int:
    if not settings.slack.configured and not settings.discord.configured:
        print("No Slack or Discord credentials configured: starting the console. "
              "(See README: Slack and Discord.)")
        if not _log_level_chosen(settings):
            configure_logging("WARNING", settings.log_format)  # the console is a conversation, not a log
        return await _console(settings, None, None, Path("roundtable-files"))
    services = compose(settings, scheduled=True)
    assert services.runner is not None
    await prepare_database(services.database)
    stop = asyncio.Event()  # SIGTERM or SIGINT
    # The adapters stop after the scheduler: a batch of nudges being delivered is sent and recorded while they can
    # still send (the Slack adapter's HTTP session closes when it stops).
    adapters_stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, _stopping(stop, signum))
    from adapters.status import serve_status

    board = status_board(services)
    try:
        serving = _adapters(services, board, adapters_stop, discord_gateway)
    except MissingCapability as error:
        print(f"roundtable: {error}", file=sys.stderr)
        await services.database.dispose()
        return 2
    adapters = [asyncio.create_task(c, name=f"roundtable-adapter-{i}") for i, c in enumerate(serving)]
    for task in adapters:
        board.loop(task.get_name(), _running(task))
    status = None
    if _status_served(settings):
        status = asyncio.create_task(serve_status(board, settings.status.host, settings.status.port, stop),
                                     name="roundtable-status")
    # The scheduler starts once every configured adapter can send (Slack after its auth.test, Discord after login),
    # so nudges due at start go out on their first attempt rather than failing with "no adapter running".
    starting = asyncio.create_task(_start_scheduler(services, _platforms(settings)), name="roundtable-start")
    # The identifier check's word lists (about 1 s to load) are read now, off the event loop, rather than by the
    # first consultation request.
    from bot.confidentiality import guard

    loop.run_in_executor(None, guard.preload)
    signalled = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({*adapters, signalled}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        # A graceful stop (SIGTERM, or an adapter that ended): take no new work (/readyz says so); stop the
        # scheduler (a sweep or a delivery in flight finishes or is handed back) and release the scheduling lock
        # while the adapters can still send; then let the adapters finish what they hold - each bounded by
        # stop_timeout.
        board.stopping = True
        stop.set()
        signalled.cancel()
        timeout = settings.stop_timeout
        starting.cancel()
        await asyncio.gather(starting, return_exceptions=True)
        try:
            await asyncio.wait_for(services.runner.stop(grace=timeout), timeout + 10)
        except TimeoutError:
            log.warning("the scheduler did not stop in time")
        adapters_stop.set()
        done, pending = await asyncio.wait(adapters, timeout=timeout)
        for task in pending:
            task.cancel()
        await asyncio.wait(pending, timeout=5) if pending else None
        if status is not None:
            await asyncio.wait({status}, timeout=5)
        await services.database.dispose()
        log.info("stopped")
    results = [t.result() for t in adapters if t.done() and not t.cancelled() and t.exception() is None]
    return max((r for r in results if isinstance(r, int)), default=0)


def _running(task: asyncio.Task[Any]) -> Callable[[], bool]:
    return lambda: not task.done()


def _stopping(stop: asyncio.Event, signum: int) -> Callable[[], None]:
    def handler() -> None:
        if not stop.is_set():
            log.info("received %s: stopping", signal.Signals(signum).name)
        stop.set()

    return handler


def _status_served(settings: Settings) -> bool:
    """The status server on its own port: `on`, or `auto` unless Slack's HTTP mode already serves the routes."""
    if settings.status.serve == "off":
        return False
    http = False
    if settings.slack.configured:
        from adapters.slack.run import SlackConfigError, mode_of

        with contextlib.suppress(SlackConfigError):
            http = mode_of(settings.slack) in ("http", "oauth")
    if settings.status.serve == "on":
        same = http and settings.status.port == settings.slack.http_port
        return not same
    return not http


READY_TIMEOUT = 120.0  # an adapter that is not ready by then does not hold up the others' nudges


def _platforms(settings: Settings) -> list[str]:
    return [name for name, on in (("slack", settings.slack.configured), ("discord", settings.discord.configured))
            if on]


async def _start_scheduler(services: Services, platforms: list[str]) -> None:
    assert services.runner is not None
    missing = await services.chat.wait_ready(platforms, READY_TIMEOUT)
    if missing:
        log.warning("starting the scheduler before %s could send", ", ".join(sorted(missing)))
    await services.runner.start()


def _adapters(services: Services, board: StatusBoard | None = None, stop: asyncio.Event | None = None,
              discord_gateway: DiscordGateway | None = None) -> list[Any]:
    """The configured adapters, built over the core, each registering its chat port with the router (which checks
    its capabilities). Discord's is built and checked here; Slack's once its HTTP session is open (`on_ready`),
    before any request is served."""
    settings, departures = services.settings, services.departures
    serving: list[Any] = []
    if settings.discord.configured:
        from adapters.discord.client import create_client
        from storage.direct_channels import SqlDirectChannels

        chat = services.chat
        client = create_client(services.core, settings.discord, departures=departures,
                               on_login=lambda: chat.mark_ready("discord"),
                               direct_channels=SqlDirectChannels(services.database.engine, "discord"),
                               events=services.events)
        chat.register("discord", client.chat, ready=False)
        if client.server_events is not None:  # groups' meetings as server events follow the commands' changes
            services.group_changes.subscribe(client.server_events.groups_changed)

        async def discord_connected() -> tuple[bool, str]:
            up = client.is_ready() and not client.is_closed()
            return up, "gateway connected" if up else "gateway not connected"

        if board is not None:
            board.probe("discord", discord_connected)
        serving.append(_serve_discord(client, settings.discord.token, stop, settings.stop_timeout,
                                      discord_gateway))
    if settings.slack.configured:
        from adapters.slack.run import serve

        hooks = slack_hooks(services)
        serving.append(serve(services, settings, on_ready=hooks.on_ready,
                             on_workspace_removed=hooks.on_workspace_removed,
                             on_workspace_installed=hooks.on_workspace_installed,
                             status=board if settings.status.serve != "off" else None, stop=stop,
                             drain=settings.stop_timeout))
    return serving


async def _serve_discord(client: Any, token: str, stop: asyncio.Event | None = None, drain: float = 10.0,
                         gateway: DiscordGateway | None = None) -> int:
    import aiohttp
    import discord

    connect: DiscordGateway = gateway or _discord_start

    try:
        async with client:
            if stop is None:
                await connect(client, token)
            else:
                started = asyncio.create_task(connect(client, token))
                stopping = asyncio.create_task(stop.wait())
                await asyncio.wait({started, stopping}, return_when=asyncio.FIRST_COMPLETED)
                stopping.cancel()
                if not started.done():
                    # Take no new interactions, let those in flight answer, then leave the gateway.
                    left = await client.interactions.drain(drain)
                    if left:
                        log.warning("stopped with %d Discord interaction(s) unfinished", left)
                    await client.close()
                await started
    except discord.LoginFailure:
        print("Discord did not accept the token. Check DISCORD_TOKEN.", file=sys.stderr)
        return 2
    except (aiohttp.ClientError, OSError) as error:
        print(f"Can't reach Discord ({type(error).__name__}). Check the network and try again.", file=sys.stderr)
        return 2
    return 0


async def _discord_start(client: Any, token: str) -> None:
    await client.start(token)


async def _console(settings: Settings, script: str | None, db_url: str | None, files: Path) -> int:
    from adapters.console.session import ConsoleSession, SimulatedClock, TranscriptError
    from adapters.system_clock import SystemClock

    clock = SimulatedClock(SystemClock().now())  # the simulation starts from the real time
    if script is not None and db_url is None:
        db_url = "sqlite+aiosqlite:///:memory:"
    services = compose(settings, clock=clock, database_url=db_url)
    await prepare_database(services.database)
    services.checkins.restarted()   # the console schedules for itself: a fresh start asks open rounds again
    session = ConsoleSession(services.core, clock, sys.stdout, settings.console_workspace, files,
                             sweep=services.sweeps.sweep, next_due=services.sweeps.next_due,
                             echo_input=script is not None or not sys.stdin.isatty())
    try:
        services.chat.register("console", session)
    except MissingCapability as error:
        print(f"roundtable: {error}", file=sys.stderr)
        await services.database.dispose()
        return 2
    # The status server is off for the console unless asked for (status.serve = "on").
    stop = asyncio.Event()
    status = None
    if settings.status.serve == "on":
        from adapters.status import serve_status

        status = asyncio.create_task(serve_status(status_board(services), settings.status.host,
                                                  settings.status.port, stop))
    try:
        if script is not None:
            text = sys.stdin.read() if script == "-" else Path(script).read_text(encoding="utf-8")
            try:
                await session.run_lines(text.splitlines())
            except TranscriptError as error:
                print(f"transcript error: {error}", file=sys.stderr)
                return 1
            return 0
        return await _interactive(session)
    finally:
        stop.set()
        if status is not None:
            await asyncio.wait({status}, timeout=5)
        await services.database.dispose()


async def _interactive(session: object) -> int:
    """A terminal program: line editing, history (arrow keys, Ctrl-R) kept in ~/.roundtable_history, Tab completes
    commands; Ctrl-D or Ctrl-C at the prompt ends the session."""
    from adapters.console.session import ConsoleSession, TranscriptError

    assert isinstance(session, ConsoleSession)
    history = _line_editing(session) if sys.stdin.isatty() else None
    print("Roundtable console – a simulated workspace. Type `as @alice` to act as someone, then `/consult help`.")
    print("Other lines: `@bob: /consult next`, `click \"I accept\"`, `time +2d`, `help`. Ctrl-D quits.")
    try:
        while True:
            prompt = f"{('@' + session.current_user) if session.current_user else 'roundtable'}> "
            try:
                # Read on this thread: nothing else runs between lines, and Ctrl-C then interrupts input() itself.
                # asyncio.run's own Ctrl-C handler would only cancel the task and leave input() waiting.
                with _ctrl_c_reaches_readline():
                    line = input(prompt)
            except (EOFError, KeyboardInterrupt):
                print()
                return 0
            try:
                await session.execute(line)
            except TranscriptError as error:
                print(f"! {error}")
    finally:
        if history is not None:
            history()


@contextlib.contextmanager
def _ctrl_c_reaches_readline() -> Iterator[None]:
    """Ctrl-C during input() raises KeyboardInterrupt, also when it comes while readline is still echoing the keys
    typed before it.  CPython's readline looks at signals only when its select() on the terminal is interrupted
    (Modules/readline.c, readline_until_enter_or_signal): a SIGINT that arrives while it is handling a key is noted
    and then waits for the next key - the console seemed to ignore Ctrl-C (1 run in 30 of the terminal test under
    load).  The signal's byte on a wakeup pipe tells a watcher thread, which repeats the signal to the main thread
    until its handler has run (0 in 65).  Not covered: Ctrl-C in the same instant as a paste, while readline is
    reading keys the terminal then throws away - GNU readline retries that read, and the next key ends it."""
    answered = threading.Event()

    def interrupted(signum: int, frame: object) -> None:
        answered.set()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupted)
    if not hasattr(signal, "pthread_kill"):  # (Windows: no readline race to cover, and no pthread_kill)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    previous_wakeup = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    done = threading.Event()
    main = threading.main_thread().ident
    assert main is not None

    def watch() -> None:
        while not done.is_set():
            try:
                byte = os.read(read_end, 1)
            except OSError:
                return
            if not byte or done.is_set():
                return
            if byte[0] != signal.SIGINT:
                continue
            while not answered.is_set() and not done.is_set():
                signal.pthread_kill(main, signal.SIGINT)  # (to the main thread, waiting in select() by now)
                answered.wait(0.05)

    watcher = threading.Thread(target=watch, name="roundtable-ctrl-c", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        # A repeat already on its way must not interrupt what follows: it meets a handler that does nothing.
        signal.signal(signal.SIGINT, lambda signum, frame: None)
        done.set()
        signal.set_wakeup_fd(previous_wakeup)
        os.close(write_end)  # (the watcher's read ends)
        watcher.join(timeout=1)
        os.close(read_end)
        signal.signal(signal.SIGINT, previous)


def _line_editing(session: ConsoleSession) -> Callable[[], None] | None:
    """readline (stdlib) when the platform has it: returns what saves the history at the end."""

    try:
        import readline
    except ImportError:  # e.g. Windows without pyreadline: plain input() still works
        return None
    path = Path(os.environ.get("ROUNDTABLE_HISTORY") or Path.home() / ".roundtable_history")
    try:
        readline.read_history_file(path)
    except OSError:
        pass
    readline.set_history_length(1000)
    words = _completions(session)

    def complete(text: str, state: int) -> str | None:
        line = readline.get_line_buffer()
        matches = [w for w in words if w.startswith(line)]
        start = len(line) - len(text)
        options = [m[start:] for m in matches]
        return options[state] if state < len(options) else None

    readline.set_completer_delims(" ")
    readline.set_completer(complete)
    readline.parse_and_bind("bind ^I rl_complete" if "libedit" in (readline.__doc__ or "") else "tab: complete")

    def save() -> None:
        try:
            readline.write_history_file(path)
        except OSError:
            pass

    return save


def _completions(session: ConsoleSession) -> list[str]:
    names = sorted(" ".join(path) for path in session.core.registry.commands)
    words = [f"/consult {n} " for n in names] + ["as @", "help", "time +", "time set ", "channel #", "expect \"",
                                                   "click \"", "submit \""]
    return words


_LEVEL_CHOSEN = False


def _log_level_chosen(settings: Settings) -> bool:
    """Whether the operator chose a log level (ROUNDTABLE_LOG_LEVEL, or log_level in config.toml)."""
    return _LEVEL_CHOSEN


def _config_check(loaded: Loaded) -> int:
    rows = effective(loaded)
    width = max(len(key) for key, _, _ in rows)
    print(f"Settings are valid (config file: {loaded.path}{'' if loaded.path.exists() else ', not present'}).")
    for key, value, source in rows:
        print(f"{key.ljust(width)}  {value}  ({source})")
    unknown = unknown_environment()
    if unknown:
        print(f"Note: these environment variables name no setting (a typo?): {', '.join(unknown)}")
    return 0


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url


if __name__ == "__main__":
    raise SystemExit(main())

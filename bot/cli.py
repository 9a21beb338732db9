"""`roundtable`: the command-line entry point (beside the composition root; it may wire adapters)."""
from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import datetime, timezone
from pathlib import Path

from bot.bootstrap import configure_logging, prepare_database, wire
from bot.config import Settings, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="roundtable", description="Peer consultation groups for therapists, in Slack, Discord or the console.")
    parser.add_argument("--config", help="path to config.toml (default: ./config.toml or $ROUNDTABLE_CONFIG)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("run", help="start the configured adapters (the console when no Slack or Discord token is set)")

    console = sub.add_parser("console", help="an interactive session in a simulated workspace, or run a transcript")
    console.add_argument("--script", help="run a transcript file non-interactively ('-' for stdin)")
    console.add_argument("--db", help="database URL (default: the configured one; a script without --db uses a fresh in-memory database)")
    console.add_argument("--files", default="roundtable-files", help="where files the bot sends are written")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply migrations")

    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    settings = load_settings(args.config)
    configure_logging(settings.log_level if args.command != "console" else "WARNING")

    if args.command == "console":
        return asyncio.run(_console(settings, args.script, args.db, Path(args.files)))
    if args.command == "run":
        return asyncio.run(_run(settings))
    if args.command == "db":
        if args.db_command != "upgrade":
            db.print_help()
            return 2
        return asyncio.run(_db_upgrade(settings))
    parser.print_help()
    return 2


async def _db_upgrade(settings: Settings) -> int:
    wiring = wire(settings)
    try:
        await prepare_database(wiring.database)
    finally:
        await wiring.database.dispose()
    print(f"Database is up to date ({_safe_url(wiring.database.url)}).")
    return 0


async def _run(settings: Settings) -> int:
    if not settings.slack.configured and not settings.discord.configured:
        print("No Slack or Discord credentials configured: starting the console. "
              "(See README: Configuring Slack / Discord.)")
        return await _console(settings, None, None, Path("roundtable-files"))
    print("Slack and Discord adapters are not part of this build yet; use `roundtable console`.", file=sys.stderr)
    return 2


async def _console(settings: Settings, script: str | None, db_url: str | None, files: Path) -> int:
    from adapters.console.session import ConsoleSession, SimulatedClock, TranscriptError

    clock = SimulatedClock(datetime.now(timezone.utc))
    if script is not None and db_url is None:
        db_url = "sqlite+aiosqlite:///:memory:"
    wiring = wire(settings, clock=clock, database_url=db_url)
    await prepare_database(wiring.database)
    from bot.nudges import NudgeService

    session = ConsoleSession(wiring.core, clock, sys.stdout, settings.console_workspace, files)
    nudges = NudgeService(wiring.database, clock, session)
    session.sweep, session.next_due = nudges.sweep, nudges.next_due
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
        await wiring.database.dispose()


async def _interactive(session: "object") -> int:
    from adapters.console.session import ConsoleSession, TranscriptError

    assert isinstance(session, ConsoleSession)
    print("Roundtable console – a simulated workspace. Type `as @alice` to act as someone, then `/consult help`.")
    print("Other lines: `@bob: /consult next`, `@bob click \"I accept\"`, `time +2d`. Ctrl-D quits.")
    loop = asyncio.get_running_loop()
    while True:
        prompt = f"{('@' + session.current_user) if session.current_user else 'roundtable'}> "
        try:
            line = await loop.run_in_executor(None, input, prompt)
        except EOFError:
            print()
            return 0
        try:
            await session.execute(line)
        except TranscriptError as error:
            print(f"! {error}")


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url


if __name__ == "__main__":
    raise SystemExit(main())

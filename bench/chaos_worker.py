"""One replica for bench/chaos.py: what `roundtable run` schedules, wired as roundtable/compose.py wires it - the
real nudge, check-in and lifecycle (purge) sweeps under NudgeRunner with the PostgreSQL advisory lock, each replica
writing the check-in answers it holds once their round's closing time has come - and the real core, through which
simulated members answer check-ins. The clock is read from a file the coordinator moves; the chat port records every
delivery in a PostgreSQL table (tests/helpers/replicas.py).

    python bench/chaos_worker.py POSTGRES_URL SCHEMA CLOCK_FILE LOCK_KEY KILL_FILE PLATFORM

PLATFORM "discord": nudges are keyed and a reclaimed nudge is looked up by its key first (as Discord's enforced
nonce answers a resend with the message it already has); "slack": plain sends, no lookup (Slack has no such key).

stdin, one line per member's click: `ANSWER <req> <round id> <workspace> <user> <channel> <choice>`; each runs
Core.click with the check-in's answer button at once (concurrently, as an adapter does). stdout:
  `ACK <req> <written|held> <held>` - the core thanked the member; `written`: it told them "your answer is in"
  (this answer completed a batch, committed before the reply), `held`: it told them the answer is held privately
  until enough colleagues have answered and that they will be asked again after a restart;
  `REFUSED <req> <first line of the reply>`;
  `TICK <pid> <clock> <held past close> <held>` - after each replica tick (writing held answers of rounds whose
  closing time has come);
  `SWEPT <pid> <rounds asked again>` - after each check-in sweep of the leader (the first after taking the lead
  asks open rounds again);
where <held> is this process's held answers per round as JSON, {round: [marker, ...]}, so the coordinator knows what
a kill loses and whose answers those were (it recomputes members' markers from the round's key, read while the
round was open). A bench harness only: Roundtable itself never lets a marker out of the process's memory.

A replica that takes the scheduling lead asks the unmarked members of open rounds again (`on_lead`, as
roundtable/compose.py wires it).

KILL_FILE holds "<pid> <point> <where>" when the coordinator wants this process to SIGKILL itself:
  claimed           - inside a nudge's delivery, the nudge claimed, nothing sent;
  sent              - the nudge delivered, not yet recorded as sent;
  checkin-close     - inside the close of the <n>th round the sweep closes, <where> = "<stage>:<n>": `taken` (the
                      round locked, what this process held for it taken, counts read; nothing written), `written`
                      (closed, counts and markers gone, not committed) or `committed` (committed, its result not
                      yet posted to the channel);
  purge             - inside the purge of a departed workspace: <where> = n, before its nth DELETE (one transaction
                      over every table), or `after`: the workspace's purge committed, the sweep not finished.
"""
from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

import storage.departures  # noqa: E402
from adapters.scheduler import NudgeRunner  # noqa: E402
from bot.checkins.mixing import AnswerMixer  # noqa: E402
from bot.checkins.texts import ANSWER  # noqa: E402
from bot.commands.catalog import build_registry  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.identity import ChannelRef, UserRef  # noqa: E402
from bot.messages import Outbound, ToChannel  # noqa: E402
from bot.payloads import CheckinChoice  # noqa: E402
from roundtable.compose import _sweepers  # noqa: E402
from storage.checkins import SqlCheckins  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.leader import PostgresLeader  # noqa: E402
from tests.helpers.replicas import FileClock, LookupChat, RecordingChat, announce_leadership  # noqa: E402

THANKED = "Thank you – your answer is"
STORED = "your answer is in"
CLOSE_NOTICES = ("Check-in results", "Check-in closed")


class Killer:
    """Reads the kill file and SIGKILLs this process when it names it and the point it has reached."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.armed: tuple[str, str] | None = None
        self.closes = 0            # rounds this process started closing since the kill file last changed
        self.purging = False
        self.deletes = 0           # DELETE statements of the purge in progress

    def wanted(self) -> tuple[str, str] | None:
        try:
            pid, point, where = self.path.read_text().split()
        except (OSError, ValueError):
            return None
        return (point, where) if int(pid) == os.getpid() else None

    def count_close(self) -> int:
        wanted = self.wanted()
        if wanted != self.armed:
            self.armed, self.closes = wanted, 0
        self.closes += 1
        return self.closes

    def at(self, point: str, where: str = "-") -> None:
        if self.wanted() == (point, where):
            os.kill(os.getpid(), signal.SIGKILL)


def arm(killer: Killer, chat: RecordingChat, db: Database) -> None:
    """The kill points: hooks around the chat port, the round's close and the purge (this process only)."""

    def before(outbound: Outbound, key: str | None) -> None:
        if key is not None:
            killer.at("claimed")
        elif isinstance(outbound.audience, ToChannel) and \
                outbound.message.plain_text().startswith(CLOSE_NOTICES):
            killer.at("checkin-close", f"committed:{killer.closes}")

    def after(outbound: Outbound, key: str | None) -> None:
        if key is not None:
            killer.at("sent")

    chat.before_send, chat.after_send = before, after

    close = SqlCheckins.close

    async def closing(self: SqlCheckins, round_: Any, released: bool) -> None:
        killer.at("checkin-close", f"taken:{killer.count_close()}")
        await close(self, round_, released)
        killer.at("checkin-close", f"written:{killer.closes}")

    SqlCheckins.close = closing  # type: ignore[method-assign]

    purge = storage.departures.purge_workspace

    async def purging(database: Database, platform: str, workspace: str) -> dict[str, int]:
        killer.purging, killer.deletes = True, 0
        try:
            counts = await purge(database, platform, workspace)
        finally:
            killer.purging = False
        killer.at("purge", "after")
        return counts

    storage.departures.purge_workspace = purging  # type: ignore[assignment]

    @event.listens_for(db.engine.sync_engine, "before_cursor_execute")
    def statement(conn: Any, cursor: Any, text: str, params: Any, context: Any, many: bool) -> None:
        if killer.purging and text.lstrip().upper().startswith("DELETE"):
            killer.deletes += 1
            killer.at("purge", str(killer.deletes))


def held(mixer: AnswerMixer) -> str:
    return json.dumps({str(r): sorted(mixer.held_markers(r)) for r in mixer.rounds()}, separators=(",", ":"))


async def answer(core: Core, mixer: AnswerMixer, line: str) -> None:
    _, req, round_id, workspace, user, channel, choice = line.split()
    reply = await core.click(UserRef("console", workspace, user), ChannelRef("console", workspace, channel), ANSWER,
                             CheckinChoice(int(round_id), int(choice)).encode())
    texts = [o.message.plain_text() for o in reply.outbound]
    thanked = [t for t in texts if THANKED in t]
    if thanked:
        state = "written" if STORED in thanked[0] else "held"
        print(f"ACK {req} {state} {held(mixer)}", flush=True)
    else:
        first = (texts[0].splitlines() or ["-"])[0] if texts else "-"
        print(f"REFUSED {req} {first}", flush=True)


async def serve_answers(core: Core, mixer: AnswerMixer) -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    tasks: set[asyncio.Task[None]] = set()
    while line := (await reader.readline()).decode():
        task = asyncio.create_task(answer(core, mixer, line))
        tasks.add(task)
        task.add_done_callback(tasks.discard)


async def main(url: str, schema: str, clock_file: str, lock_key: int, kill_file: str, platform: str) -> None:
    clock = FileClock(clock_file)
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    chat = LookupChat(dsn, schema, clock) if platform == "discord" else RecordingChat(dsn, schema, clock)
    await chat.open()
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    arm(Killer(kill_file), chat, db)
    mixer = AnswerMixer()
    parts = _sweepers(db, clock, chat, mixer)
    sweep = parts.checkins.sweep

    async def swept() -> Any:
        report = await sweep()
        print(f"SWEPT {os.getpid()} {report.reasked}", flush=True)
        return report

    parts.checkins.sweep = swept  # type: ignore[method-assign]

    async def tick() -> None:
        await parts.sweeps.replica_tick()
        now = clock.now()
        past = sum(mixer.held(r) for r in mixer.closed_by(now))
        print(f"TICK {os.getpid()} {now.isoformat()} {past} {held(mixer)}", flush=True)

    runner = NudgeRunner(parts.sweeps, PostgresLeader(url, key=lock_key), interval=0.05, election_every=0.2,
                         every_replica=tick, on_stop=parts.sweeps.stop, on_lead=parts.checkins.restarted)
    core = Core(build_registry(), db, clock, checkin_mixer=mixer, cases=parts.cases, on_change=runner.kick)
    await runner.start()
    answering = asyncio.create_task(serve_answers(core, mixer))
    await announce_leadership(runner)
    answering.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]))

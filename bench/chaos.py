"""Issue 17's chaos run: two replicas on PostgreSQL, 200 groups, a simulated month, the leader killed with SIGKILL
at 20 random moments, a fresh replica started after each kill so two always run.

The replicas (bench/chaos_worker.py) run what `roundtable run` schedules - nudges, check-in rounds (opening,
reminding, closing and releasing), the data lifecycle (purging workspaces whose grace period has ended) - and the
core, through which the members answer check-ins: each member of a round answers with probability 0.9 at a
seeded 6-hour mark of its 72 hours, through one replica (even groups: always the oldest replica alive, as a sticky
connection would; odd groups: either at random, as behind a load balancer). The groups live in 40 workspaces of 5;
12 of them removed the app a month before a seeded day of the run, so their data is purged during it.

Each kill is one of (chosen by the seeded random generator):
  claimed        - the leader kills itself inside a nudge's delivery: claimed, nothing sent yet;
  sent           - inside a nudge's delivery: sent (recorded by the fake platform), not yet recorded as sent;
  anytime        - the coordinator kills the leader 0-50 ms after moving the clock: mid-plan (between chunks or
                   inside one), mid-delivery, mid-sweep of anything, or idle;
  checkin-close  - at the next moment rounds close, inside the close of the 1st-3rd round: `taken` (locked, what
                   it held taken, nothing written), `written` (closed, not committed) or `committed` (its result
                   not yet posted);
  purge          - at the next purge, before the nth DELETE of its transaction, or `after` it committed.
After a kill the clock moves on 3 minutes (past the two-minute claim lease) and the survivor must finish the work.

Checked at the end, per platform:
- nudges: every nudge in the ledger `sent` (none missed, pending or failed); each delivery key delivered once on
  "discord" (keyed sends, a reclaimed nudge looked up first, as Discord's enforced nonce does); on "slack" (no key,
  no lookup) repeats counted: at most one per kill between a send and its record. Every meeting of a group not
  purged that ended within the month had its full cycle of nudges.
- check-ins: every round due to close closed, once; released exactly when the answers counted reach its k; a
  released round's count equal to the answers the core acknowledged (recorded here, outside the database) less
  those held in the memory of a replica when it was killed (each replica reports what it holds after every answer
  and tick); no result posted twice for a group's round. An acknowledged answer lost otherwise - written, or held
  by a replica that was not killed - fails the run. What the kills cost in acknowledged answers is reported
  (`answers lost`), with the rounds it turned from released to withheld.
  What each member was told is checked against what happened to their answer: the thank-you says "your answer is
  in" only when the answer completed a written batch, and otherwise that it is held until enough colleagues have
  answered and that they will be asked again after a restart. An answer is "lost without notice" if its member was
  told it was in, or was told it was held and was not asked again (the re-ask after a restart, or the reminder,
  delivered to them after the kill while the round was open); the run fails on any, except answers lost within
  REASK_CUTOFF of their round's close, which by design are not asked again, and answers to rounds of a workspace
  purged during the run (the app removed, the round deleted with it), both reported apart. The simulated members
  do not answer a re-ask: the figures count notices, not answers won back.
- purges: every workspace due was purged (departure, groups and every row scoped to it gone); no row anywhere left
  pointing at a row that is gone (every foreign key checked).

    .venv/bin/python bench/chaos.py --seed 17 [--groups 200] [--days 30] [--kills 20] [--platform discord slack]
        [--points claimed sent anytime checkin-close purge] [--keep]
        [--database postgresql+asyncpg://postgres@127.0.0.1:5432/test]
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from bot.checkins.service import REASK_CUTOFF  # noqa: E402
from bot.checkins.texts import REASK_TITLE  # noqa: E402
from bot.domain.group import Group  # noqa: E402
from bot.domain.schedule import occurrences, parse_recurrence  # noqa: E402
from bot.lifecycle.service import DEFAULT_GRACE  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.departures import mark_departed  # noqa: E402
from storage.schema import metadata  # noqa: E402
from storage.workspaces import _scoped  # noqa: E402
from tests.helpers.replicas import DELIVERIES, write_atomically  # noqa: E402

WORKER = Path(__file__).with_name("chaos_worker.py")
T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
MEMBERS = 5
PER_WORKSPACE = 5
DEPARTING = 0.3                     # of the workspaces (12 of 40)
ANSWER_RATE = 0.9
SETTLE = timedelta(minutes=1)       # roundtable/compose.py: a round closes a minute after its time on PostgreSQL
SLOTS = ("weekly on Monday at 18:00", "weekly on Tuesday at 12:00", "weekly on Wednesday at 19:30",
         "weekly on Thursday at 08:00")
POINTS = ("claimed", "sent", "anytime", "checkin-close", "purge")
CLOSE_STAGES = ("taken", "written", "committed")


def workspace_of(g: int) -> str:
    return f"w{g // PER_WORKSPACE}"


async def populate(db: Database, groups: int, rng: random.Random, days: int) -> dict[str, datetime]:
    """The groups, and the workspaces that removed the app: {workspace: when its purge falls due}."""
    async with db() as uow:
        for g in range(groups):
            group = Group("console", workspace_of(g), f"Group {g}", f"c{g}", "America/Denver", f"g{g}m0",
                          T0 - timedelta(days=1), name_key=f"group {g}")
            group.found(T0 - timedelta(days=1))
            for m in range(1, MEMBERS):
                group.admit(f"g{g}m{m}", 1, T0 - timedelta(days=1))
            first = (T0 + timedelta(days=8)).date().isoformat()
            group.set_schedule(parse_recurrence(f"{SLOTS[g % len(SLOTS)]} from {first}", T0.date()), T0)
            uow.session.add(group)  # type: ignore[attr-defined]
        await uow.commit()
    workspaces = sorted({workspace_of(g) for g in range(groups)})
    leaving = rng.sample(workspaces, round(DEPARTING * len(workspaces)))
    due: dict[str, datetime] = {}
    for i, workspace in enumerate(leaving):
        # Pairs share a moment now and then, so that a purge can be killed between two workspaces.
        at = due[leaving[i - 1]] if i % 4 == 1 else T0 + timedelta(seconds=rng.uniform(2, days - 2) * 86400)
        due[workspace] = await mark_departed(db, "console", workspace, at - DEFAULT_GRACE)
    return due


class Replica:
    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.pid = proc.pid
        self.lock = threading.Lock()
        self.led_at: float | None = None
        self.tick: tuple[str, int] = ("", 0)        # (clock seen, answers held past their round's close)
        self.held: dict[int, int] = {}             # answers held per round, as last reported
        self.held_markers: dict[int, list[str]] = {}   # whose: their markers, per round
        self.replies: dict[str, tuple[str, str]] = {}
        self.swept = 0                             # check-in sweeps finished since it reported taking the lead

    def alive(self) -> bool:
        return self.proc.poll() is None

    def watch(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            kind, _, rest = line.rstrip("\n").partition(" ")
            with self.lock:
                if kind == "LEADER":
                    self.led_at = time.monotonic()
                    self.swept = 0
                elif kind == "SWEPT":
                    self.swept += 1
                elif kind == "TICK":
                    _, clock, past, held = rest.split(" ", 3)
                    self.tick = (clock, int(past))
                    self.report(held)
                elif kind == "ACK":
                    req, state, held = rest.split(" ", 2)
                    self.report(held)
                    self.replies[req] = ("ack", state)
                elif kind == "REFUSED":
                    req, _, why = rest.partition(" ")
                    self.replies[req] = ("refused", why)

    def report(self, held: str) -> None:
        self.held_markers = {int(r): list(markers) for r, markers in json.loads(held).items()}
        self.held = {r: len(markers) for r, markers in self.held_markers.items()}

    def ask(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()


class Replicas:
    def __init__(self, url: str, schema: str, clock: Path, lock_key: int, kill_file: Path, platform: str,
                 logs: Path) -> None:
        self.args = [sys.executable, str(WORKER), url, schema, str(clock), str(lock_key), str(kill_file), platform]
        self.logs = logs
        self.all: list[Replica] = []

    def start(self) -> Replica:
        log = open(self.logs / f"worker{len(self.all)}.log", "w")  # noqa: SIM115 - kept open for the process
        proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
                                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
        replica = Replica(proc)
        self.all.append(replica)
        threading.Thread(target=replica.watch, daemon=True).start()
        return replica

    def alive(self) -> list[Replica]:
        return [r for r in self.all if r.alive()]

    def leader(self) -> Replica | None:
        leading = [r for r in self.alive() if r.led_at is not None]
        return max(leading, key=lambda r: r.led_at or 0.0) if leading else None

    def stop(self) -> None:
        for replica in self.all:
            if replica.alive():
                replica.proc.send_signal(signal.SIGKILL)
                replica.proc.wait()


async def orphans(db: Database) -> dict[str, int]:
    """Rows whose foreign key points at a row that is gone, per table and column."""
    found: dict[str, int] = {}
    async with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for fk in table.foreign_keys:
                n = (await conn.execute(select(func.count()).select_from(table).where(
                    fk.parent.is_not(None), fk.parent.not_in(select(fk.column))))).scalar()
                if n:
                    found[f"{table.name}.{fk.parent.name}"] = int(n)
    return found


async def leftovers(db: Database, workspaces: list[str], group_ids: list[int]) -> dict[str, int]:
    """Rows of purged workspaces still there: scoped to them, or carrying one of their groups' ids."""
    found: Counter[str] = Counter()
    async with db.engine.connect() as conn:
        for workspace in workspaces:
            for table, condition in _scoped("console", workspace):
                n = (await conn.execute(select(func.count()).select_from(table).where(condition))).scalar()
                found[table.name] += int(n or 0)
        for table in metadata.sorted_tables:
            if "group_id" in table.c and group_ids:
                n = (await conn.execute(select(func.count()).select_from(table).where(
                    table.c.group_id.in_(group_ids)))).scalar()
                found[table.name + " (by group id)"] += int(n or 0)
        if group_ids:
            n = (await conn.execute(select(func.count()).select_from(metadata.tables["groups"]).where(
                metadata.tables["groups"].c.id.in_(group_ids)))).scalar()
            found["groups (by id)"] += int(n or 0)
    return {name: n for name, n in found.items() if n}


async def run(url: str, platform: str, seed: int, groups: int, days: int, kills: int,
              keep: bool = False, points: tuple[str, ...] = POINTS) -> dict[str, Any]:
    rng = random.Random(f"{seed}-{platform}")
    schema = f"chaos_{uuid.uuid4().hex[:10]}"
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    admin = await asyncpg.connect(dsn)
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    await db.create_all()
    end = T0 + timedelta(days=days)
    purges = await populate(db, groups, rng, days)
    conn = await asyncpg.connect(dsn, server_settings={"search_path": schema})
    await conn.execute(DELIVERIES)
    group_ids = {name: gid for gid, name in await conn.fetch("SELECT id, channel_id FROM groups")}
    work = Path(f"/tmp/roundtable-chaos-{schema}")
    work.mkdir()
    clock, kill_file = work / "clock", work / "kill"
    write_atomically(clock, T0.isoformat())
    replicas = Replicas(url, schema, clock, rng.randint(1, 2**31 - 1), kill_file, platform, work)
    moments = sorted(T0 + timedelta(seconds=rng.uniform(0, days * 86400)) for _ in range(kills))
    deletes = len(_scoped("console", "any"))
    done: list[tuple[str, str]] = []        # (planned point and where, what happened)
    takeovers: list[float] = []
    victims: dict[int, int] = {}            # pid -> index of its kill in `done`
    answers: list[tuple[datetime, int, int, str, str, int]] = []   # (when, group, round, user, channel, choice)
    seen_rounds: set[int] = set()
    acked: Counter[int] = Counter()
    acked_written: Counter[int] = Counter()
    refused: Counter[str] = Counter()
    unanswered: Counter[int] = Counter()     # sent to a replica that died before answering
    lost: Counter[int] = Counter()           # held by a replica when it was killed
    lost_whose: list[tuple[int, str, datetime]] = []   # (round, member, clock at the kill) of those
    told: dict[tuple[int, str], str] = {}    # (round, member) -> what the thank-you said: "written" or "held"
    whose: dict[int, dict[str, str]] = {}    # round -> marker -> member, from the round's key while it was open
    closes: dict[int, datetime] = {}
    unknown_markers = 0                      # held markers that match no member (would be a harness bug)
    started = time.monotonic()

    async def due_now(now: datetime) -> int:
        return await conn.fetchval(
            "SELECT (SELECT count(*) FROM nudges WHERE status IN ('pending', 'sending')"
            "         OR (status = 'retry' AND next_attempt_at <= $1))"
            " + (SELECT count(*) FROM groups WHERE next_nudge_at <= $1)"
            " + (SELECT count(*) FROM checkin_settings WHERE cadence <> 'off' AND next_check_at <= $1)"
            " + (SELECT count(*) FROM checkin_rounds WHERE status = 'open' AND NOT reminded AND remind_at <= $1"
            "    AND closes_at > $1)"
            " + (SELECT count(*) FROM checkin_rounds WHERE status = 'open' AND closes_at <= $2)"
            " + (SELECT count(*) FROM workspace_departures WHERE purge_after <= $1)", now, now - SETTLE)

    async def quiescent(now: datetime) -> bool:
        if await due_now(now):
            return False
        if await conn.fetchval("SELECT count(*) FROM checkin_rounds WHERE status = 'open' AND closes_at <= $1", now):
            # Rounds at their closing time: every replica has written what it holds for them.
            for replica in replicas.alive():
                with replica.lock:
                    tick = replica.tick
                if tick != (now.isoformat(), 0):
                    return False
        return True

    async def settle(now: datetime, limit: float = 90.0) -> None:
        deadline = time.monotonic() + limit
        while not await quiescent(now):
            if time.monotonic() > deadline:
                rows = await conn.fetch("SELECT status, count(*) FROM nudges GROUP BY status")
                raise AssertionError(f"nothing finished the work due at {now}: ledger {rows}, "
                                     f"{await due_now(now)} due; logs in {work}")
            await asyncio.sleep(0.02)

    async def a_leader() -> Replica:
        deadline = time.monotonic() + 60
        while (leader := replicas.leader()) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"no leader; logs in {work}")
            await asyncio.sleep(0.02)
        return leader

    async def swept_once(leader: Replica) -> None:
        deadline = time.monotonic() + 60
        while leader.swept == 0:
            if time.monotonic() > deadline or not leader.alive():
                raise AssertionError(f"the new leader never finished a check-in sweep; logs in {work}")
            await asyncio.sleep(0.01)

    async def next_moment(now: datetime) -> datetime:
        found = await conn.fetchval(
            "SELECT min(t) FROM (SELECT next_nudge_at AS t FROM groups"
            " UNION ALL SELECT next_check_at FROM checkin_settings WHERE cadence <> 'off'"
            " UNION ALL SELECT remind_at FROM checkin_rounds WHERE status = 'open' AND NOT reminded"
            " UNION ALL SELECT closes_at FROM checkin_rounds WHERE status = 'open'"
            " UNION ALL SELECT closes_at + interval '1 minute' FROM checkin_rounds WHERE status = 'open'"
            " UNION ALL SELECT purge_after FROM workspace_departures) m WHERE t > $1", now)
        pending = [a[0] for a in answers if a[0] > now]
        candidates = [t for t in (found, min(pending) if pending else None) if t is not None]
        return min([*candidates, end]) if candidates else min(now + timedelta(minutes=1), end)

    async def plan_answers() -> None:
        """Each member of a round just opened answers with probability ANSWER_RATE at a seeded 6-hour mark."""
        rows = await conn.fetch("SELECT r.id, r.group_id, r.opened_at, r.closes_at, r.secret, g.channel_id "
                                "FROM checkin_rounds r JOIN groups g ON g.id = r.group_id ORDER BY r.id")
        for row in rows:
            if row["id"] in seen_rounds:
                continue
            seen_rounds.add(row["id"])
            closes[row["id"]] = row["closes_at"]
            g = int(row["channel_id"][1:])
            if row["secret"] is not None:     # bot/checkins/rounds.py: CheckinRound.marker
                key = bytes.fromhex(row["secret"])
                whose[row["id"]] = {
                    hmac.new(key, "\x1f".join(("console", workspace_of(g), f"g{g}m{m}")).encode(),
                             hashlib.sha256).hexdigest(): f"g{g}m{m}" for m in range(MEMBERS)}
            marks = int((row["closes_at"] - row["opened_at"]) / timedelta(hours=6))
            for m in range(MEMBERS):
                if rng.random() < ANSWER_RATE:
                    at = row["opened_at"] + timedelta(hours=6 * rng.randint(1, marks - 1))
                    answers.append((at, g, row["id"], f"g{g}m{m}", row["channel_id"], rng.randint(1, 5)))

    async def send_answers(now: datetime) -> None:
        due = [a for a in answers if a[0] <= now]
        if not due:
            return
        answers[:] = [a for a in answers if a[0] > now]
        waiting: list[tuple[Replica, str, int, str]] = []
        for n, (_, g, round_id, user, channel, choice) in enumerate(due):
            alive = replicas.alive()
            replica = alive[0] if g % 2 == 0 else rng.choice(alive)   # alive: oldest first
            req = f"{round_id}-{user}-{n}"
            replica.ask(f"ANSWER {req} {round_id} {workspace_of(g)} {user} {channel} {choice}")
            waiting.append((replica, req, round_id, user))
        deadline = time.monotonic() + 60
        for replica, req, round_id, user in waiting:
            while True:
                with replica.lock:
                    reply = replica.replies.pop(req, None)
                if reply is not None or not replica.alive():
                    break
                if time.monotonic() > deadline:
                    raise AssertionError(f"no answer to {req}; logs in {work}")
                await asyncio.sleep(0.005)
            if reply is None:
                unanswered[round_id] += 1
            elif reply[0] == "ack":
                acked[round_id] += 1
                acked_written[round_id] += reply[1] == "written"
                told[(round_id, user)] = reply[1]
            else:
                refused[reply[1][:60]] += 1

    async def reached(point: str, now: datetime) -> bool:
        """Whether moving the clock to `now` gets the leader to the kind of work the kill point is in."""
        if point == "anytime":
            return True
        if point == "checkin-close":
            query = "SELECT count(*) FROM checkin_rounds WHERE status = 'open' AND closes_at + interval '1 minute' <= $1"
        elif point == "purge":
            query = "SELECT count(*) FROM workspace_departures WHERE purge_after <= $1"
        else:
            query = ("SELECT (SELECT count(*) FROM nudges WHERE status = 'pending' AND due_at <= $1)"
                     " + (SELECT count(*) FROM groups WHERE next_nudge_at <= $1)")
        return bool(await conn.fetchval(query, now))

    async def kill(victim: Replica, point: str, where: str, now: datetime) -> str:
        nonlocal unknown_markers
        if point != "anytime":
            kill_file.write_text(f"{victim.pid} {point} {where}")
        write_atomically(clock, now.isoformat())
        if point == "anytime":
            await asyncio.sleep(rng.uniform(0.0, 0.05))
            victim.proc.send_signal(signal.SIGKILL)
            happened = "anytime"
        else:
            deadline = time.monotonic() + 10
            while victim.alive() and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            happened = point if not victim.alive() else f"{point}: not reached, killed after"
            victim.proc.send_signal(signal.SIGKILL)
        victim.proc.wait()
        kill_file.unlink(missing_ok=True)
        await asyncio.sleep(0.05)                          # the watch thread reads the last lines
        with victim.lock:
            for round_id, markers in victim.held_markers.items():
                lost[round_id] += len(markers)
                for marker in markers:
                    member = whose.get(round_id, {}).get(marker)
                    if member is None:
                        unknown_markers += 1
                    else:
                        lost_whose.append((round_id, member, now))
        return happened

    try:
        replicas.start()
        replicas.start()
        now = T0
        await a_leader()
        await settle(now)
        queued: list[tuple[str, str]] = []       # kills whose moment has come, each waiting for its point
        while now < end:
            now = await next_moment(now)
            while moments and now >= moments[0]:
                moments.pop(0)
                point = rng.choice(points)
                where = {"checkin-close": f"{rng.choice(CLOSE_STAGES)}:{rng.randint(1, 3)}",
                         "purge": rng.choice([*map(str, range(1, deletes + 1)), "after"])}.get(point, "-")
                queued.append((point, where))
            ready = [i for i, (point, _) in enumerate(queued) if await reached(point, now)]
            if ready:
                point, where = queued.pop(ready[0])
                victim = await a_leader()
                happened = await kill(victim, point, where, now)
                killed_at = time.monotonic()
                done.append((f"{point} {where}".replace(" -", ""), happened))
                victims[victim.pid] = len(done) - 1
                replicas.start()                                   # two replicas again
                new_leader = await a_leader()
                takeovers.append((new_leader.led_at or killed_at) - killed_at)
                await swept_once(new_leader)                       # its first sweep asks open rounds again
                now += timedelta(minutes=3)                        # past the claim lease
            write_atomically(clock, now.isoformat())
            await settle(now)
            await plan_answers()
            await send_answers(now)
            await settle(now)
        done += [(f"{point} {where}".replace(" -", ""), "no such moment left in the month") for point, where in queued]

        # Nudges. Nobody shares a resource here: every meeting's recap is planned and dropped with nothing to say.
        statuses = dict(await conn.fetch("SELECT status, count(*) FROM nudges WHERE kind <> 'recap' "
                                         "OR status <> 'dropped' GROUP BY status"))
        repeats = await conn.fetchval("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM deliveries "
                                      "WHERE key IS NOT NULL GROUP BY key HAVING count(*) > 1) d")
        delivered = await conn.fetchval("SELECT count(DISTINCT key) FROM deliveries WHERE key IS NOT NULL")
        first_senders = await conn.fetch(
            "SELECT (SELECT pid FROM deliveries f WHERE f.key = d.key ORDER BY id LIMIT 1) AS pid, count(*) - 1 AS n "
            "FROM deliveries d WHERE key IS NOT NULL GROUP BY key HAVING count(*) > 1")
        repeats_by_kill: Counter[str] = Counter()
        for row in first_senders:
            index = victims.get(row["pid"])
            repeats_by_kill[f"#{index + 1} {done[index][1]}" if index is not None else "no kill"] += row["n"]
        purged = sorted(w for w, at in purges.items() if at <= end)
        purged_groups = [g for g in range(groups) if workspace_of(g) in purged]
        expected = 0
        for g in range(groups):
            if g in purged_groups:
                continue
            rec = parse_recurrence(f"{SLOTS[g % len(SLOTS)]} from {(T0 + timedelta(days=8)).date()}", T0.date())
            expected += len(occurrences(rec, ZoneInfo("America/Denver"), after=T0, count=100,
                                        until=end - timedelta(minutes=90)))
        cycles = await conn.fetch(
            "SELECT count(*) FILTER (WHERE kind = 'prepare') AS prepare, count(*) FILTER (WHERE kind = 'last_call') "
            "AS last_call, count(*) FILTER (WHERE kind = 'rsvp') AS rsvp, count(*) FILTER (WHERE kind = "
            "'reminder_24h') AS r24, count(*) FILTER (WHERE kind = 'reminder_1h') AS r1, count(*) FILTER (WHERE "
            "kind = 'after') AS after FROM nudges WHERE meeting_start <= $1 GROUP BY group_id, meeting_start",
            end - timedelta(minutes=90))
        full = sum((c["prepare"], c["last_call"], c["rsvp"], c["r24"], c["r1"], c["after"]) == (1, 1, MEMBERS, 1, 1, 1)
                   for c in cycles)

        # Check-ins.
        rounds = await conn.fetch(
            "SELECT r.id, r.group_id, r.status, r.released, r.closes_at, r.min_answers, "
            "(SELECT coalesce(sum(count), 0) FROM checkin_counts c WHERE c.round_id = r.id) AS counted "
            "FROM checkin_rounds r")
        wrong: list[str] = []
        not_closed = released = withheld = flipped = 0
        for r in rounds:
            rid, expect = r["id"], acked[r["id"]] - lost[r["id"]]
            if r["closes_at"] + SETTLE > end:
                continue
            if r["status"] != "closed":
                not_closed += 1
                wrong.append(f"round {rid} not closed")
            elif r["released"]:
                released += 1
                if r["counted"] != expect or r["counted"] < r["min_answers"]:
                    wrong.append(f"round {rid}: {r['counted']} counted, {acked[rid]} acknowledged, "
                                 f"{lost[rid]} held by killed replicas")
            else:
                withheld += 1
                if expect >= r["min_answers"]:
                    wrong.append(f"round {rid} withheld with {expect} answers acknowledged and not lost")
                if acked[rid] >= r["min_answers"]:
                    flipped += 1
        notices = Counter((who, what.split(" – ")[0]) for who, what in await conn.fetch(
            "SELECT who, what FROM deliveries WHERE what LIKE 'Check-in results%' OR what LIKE 'Check-in closed%'"))
        closed_per_group: Counter[tuple[str, str]] = Counter()
        by_id = {gid: name for name, gid in group_ids.items()}
        gone_channels = {f"#c{g}" for g in purged_groups}
        notices = Counter({key: n for key, n in notices.items() if key[0] not in gone_channels})
        for r in rounds:
            if r["status"] == "closed":
                kind = "Check-in results" if r["released"] else "Check-in closed"
                closed_per_group[("#" + by_id[r["group_id"]], kind)] += 1
        posted_twice = sum(max(0, n - closed_per_group[key]) for key, n in notices.items())
        # What the members whose answers were lost were told, and whether they were asked again.
        asked_again: dict[str, list[datetime]] = {}
        for who, at in await conn.fetch(
                "SELECT who, at FROM deliveries WHERE what LIKE $1 OR what LIKE 'Reminder – Anonymous check-in%'",
                REASK_TITLE + "%"):
            asked_again.setdefault(who, []).append(datetime.fromisoformat(at))
        reasks = await conn.fetchval("SELECT count(*) FROM deliveries WHERE what LIKE $1", REASK_TITLE + "%")
        told_stored_lost = reasked_after = too_late = not_reasked = with_purge = 0
        existing = {r["id"] for r in rounds}
        for round_id, member, killed in lost_whose:
            if told.get((round_id, member)) == "written":
                told_stored_lost += 1
            if any(killed <= at < closes[round_id] for at in asked_again.get("@" + member, [])):
                reasked_after += 1
            elif round_id not in existing and workspace_of(int(member[1:].split("m")[0])) in purged:
                with_purge += 1        # its workspace removed the app and its data was purged: nobody to ask
            elif killed >= closes[round_id] - REASK_CUTOFF:
                too_late += 1
            else:
                not_reasked += 1
                wrong.append(f"round {round_id}: {member}'s held answer lost at {killed:%d %H:%M}, not asked again")
        not_posted = sum(max(0, n - notices[key]) for key, n in closed_per_group.items())

        # Purges.
        gone_ids = [group_ids[f"c{g}"] for g in purged_groups]
        left = await leftovers(db, purged, gone_ids)
        dangling = await orphans(db)
        kinds = Counter(point.split()[0] for point, _ in done)
        return {
            "platform": platform, "seed": seed, "kills": done, "kill points": dict(kinds),
            "statuses": statuses, "delivered": delivered, "repeats": repeats,
            "repeats by kill": dict(repeats_by_kill), "meetings": expected,
            "full cycles": full, "cycles": len(cycles),
            "rounds closed": f"{released} released + {withheld} withheld, {not_closed} left open",
            "answers acknowledged": sum(acked.values()),
            "acknowledged as written at once": sum(acked_written.values()),
            "answers lost (held by a killed replica)": sum(lost.values()),
            "of which told 'your answer is in' (must be 0)": told_stored_lost,
            "of which asked again after the kill while the round was open": reasked_after,
            f"of which lost within {REASK_CUTOFF} of the close (not asked again, by design)": too_late,
            "of which in rounds purged with their workspace (nobody to ask)": with_purge,
            "of which lost without notice (not asked again; must be 0)": not_reasked,
            "held markers matching no member (must be 0)": unknown_markers,
            "re-asks sent after restarts": reasks,
            "rounds withheld that had k acknowledged": flipped,
            "answers unanswered (replica died first)": sum(unanswered.values()),
            "refusals": dict(refused), "check-in errors": wrong[:10], "check-in error count": len(wrong),
            "results posted twice": posted_twice, "results never posted": not_posted,
            "purged workspaces": f"{len(purged)} of {len(purges)} departed", "left after purge": left,
            "orphan rows": dangling,
            "takeover max s": round(max(takeovers), 2) if takeovers else None,
            "wall s": round(time.monotonic() - started, 1), "logs": str(work),
        }
    finally:
        replicas.stop()
        await conn.close()
        await db.dispose()
        if keep:
            print(f"kept schema {schema}")
        else:
            await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()


def passed(result: dict[str, Any]) -> bool:
    statuses = result["statuses"]
    return (set(statuses) == {"sent"} and result["full cycles"] == result["cycles"] == result["meetings"]
            and (result["repeats"] == 0 if result["platform"] == "discord" else True)
            and result["check-in error count"] == 0 and result["results posted twice"] == 0
            and result["of which told 'your answer is in' (must be 0)"] == 0
            and result["held markers matching no member (must be 0)"] == 0
            and not result["left after purge"] and not result["orphan rows"])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--platform", nargs="+", default=["discord", "slack"], choices=["discord", "slack"])
    parser.add_argument("--database", default=os.environ.get("ROUNDTABLE_TEST_POSTGRES_URL",
                                                             "postgresql+asyncpg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--points", nargs="+", default=list(POINTS), choices=POINTS,
                        help="draw the kill points from these only")
    parser.add_argument("--keep", action="store_true", help="keep the schema for inspection")
    args = parser.parse_args()
    failed = False
    for platform in args.platform:
        result = asyncio.run(run(args.database, platform, args.seed, args.groups, args.days, args.kills,
                                 args.keep, tuple(args.points)))
        for key, value in result.items():
            print(f"{key}: {value}")
        ok = passed(result)
        print("PASS" if ok else "FAIL", platform, "at", datetime.now(UTC).isoformat(timespec="seconds"))
        print()
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Issue 17's chaos run (nudges): two replicas on PostgreSQL, 200 groups, a simulated month, the leader killed with
SIGKILL at 20 random moments, a fresh replica started after each kill so two always run.

Each kill is one of (chosen by the seeded random generator):
  claimed  - the leader kills itself inside a delivery: the nudge is claimed, nothing sent yet;
  sent     - inside a delivery: sent (recorded by the fake platform), not yet recorded as sent in the ledger;
  anytime  - the coordinator kills the leader 0-50 ms after moving the clock: mid-plan (between chunks or inside
             one), mid-delivery or idle, wherever it happens to be.
After a kill the clock moves on 3 minutes (past the two-minute claim lease) and the survivor must finish the work.

Checked at the end, per platform: every nudge in the ledger is `sent` (none missed, pending or failed); each
delivery key was delivered once on "discord" (keyed sends, a reclaimed nudge looked up first, as Discord's enforced
nonce does), and on "slack" (no key, no lookup) repeats are counted: at most one per kill that can fall between a
send and its record. Every meeting that ended within the month had its full cycle of nudges.

    .venv/bin/python bench/chaos.py --seed 17 [--groups 200] [--days 30] [--kills 20] [--platform discord slack]
        [--database postgresql+asyncpg://postgres@127.0.0.1:5432/test]

Not covered here: kills during a check-in round's close and during a purge (the workers run the nudge service only).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg  # noqa: E402

from bot.domain.group import Group  # noqa: E402
from bot.domain.schedule import occurrences, parse_recurrence  # noqa: E402
from storage.database import Database  # noqa: E402

WORKER = Path(__file__).with_name("chaos_worker.py")
T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
MEMBERS = 5
SLOTS = ("weekly on Monday at 18:00", "weekly on Tuesday at 12:00", "weekly on Wednesday at 19:30",
         "weekly on Thursday at 08:00")
POINTS = ("claimed", "sent", "anytime")


async def populate(db: Database, groups: int) -> None:
    async with db() as uow:
        for g in range(groups):
            group = Group("console", "w", f"Group {g}", f"c{g}", "America/Denver", f"g{g}m0", T0 - timedelta(days=1),
                          name_key=f"group {g}")
            group.found(T0 - timedelta(days=1))
            for m in range(1, MEMBERS):
                group.admit(f"g{g}m{m}", 1, T0 - timedelta(days=1))
            first = (T0 + timedelta(days=8)).date().isoformat()
            group.set_schedule(parse_recurrence(f"{SLOTS[g % len(SLOTS)]} from {first}", T0.date()), T0)
            uow.session.add(group)  # type: ignore[attr-defined]
        await uow.commit()


def _write(path: Path, text: str) -> None:
    """Atomically: a worker reading the clock while it is rewritten must not see an empty or partial time."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


class Replicas:
    def __init__(self, url: str, schema: str, clock: Path, lock_key: int, kill_file: Path, platform: str,
                 logs: Path) -> None:
        self.args = [sys.executable, str(WORKER), url, schema, str(clock), str(lock_key), str(kill_file), platform]
        self.logs = logs
        self.procs: list[subprocess.Popen[str]] = []
        self.leaders: dict[int, float] = {}

    def start(self) -> subprocess.Popen[str]:
        log = open(self.logs / f"worker{len(self.procs)}.log", "w")  # noqa: SIM115 - kept open for the process
        proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=log, text=True,
                                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
        self.procs.append(proc)

        def watch() -> None:
            for line in proc.stdout:  # type: ignore[union-attr]
                if line.startswith(f"LEADER {proc.pid}"):
                    self.leaders[proc.pid] = time.monotonic()

        threading.Thread(target=watch, daemon=True).start()
        return proc

    def leader(self) -> subprocess.Popen[str] | None:
        alive = [p for p in self.procs if p.poll() is None and p.pid in self.leaders]
        return max(alive, key=lambda p: self.leaders[p.pid]) if alive else None

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()


async def run(url: str, platform: str, seed: int, groups: int, days: int, kills: int,
              keep: bool = False) -> dict[str, object]:
    rng = random.Random(f"{seed}-{platform}")
    schema = f"chaos_{uuid.uuid4().hex[:10]}"
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    admin = await asyncpg.connect(dsn)
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    await db.create_all()
    await populate(db, groups)
    conn = await asyncpg.connect(dsn, server_settings={"search_path": schema})
    await conn.execute("CREATE TABLE deliveries (id serial PRIMARY KEY, key text, who text, pid int)")
    work = Path(f"/tmp/roundtable-chaos-{schema}")
    work.mkdir()
    clock, kill_file = work / "clock", work / "kill"
    _write(clock, T0.isoformat())
    replicas = Replicas(url, schema, clock, rng.randint(1, 2**31 - 1), kill_file, platform, work)
    end = T0 + timedelta(days=days)
    moments = sorted(T0 + timedelta(seconds=rng.uniform(0, days * 86400)) for _ in range(kills))
    done: list[tuple[str, str]] = []        # (planned point, what happened)
    takeovers: list[float] = []
    started = time.monotonic()

    async def quiescent(now: datetime) -> bool:
        busy = await conn.fetchval("SELECT count(*) FROM nudges WHERE status IN ('pending', 'sending')"
                                   " OR (status = 'retry' AND next_attempt_at <= $1)", now)
        due = await conn.fetchval("SELECT count(*) FROM groups WHERE next_nudge_at <= $1", now)
        return busy == 0 and due == 0

    async def settle(now: datetime, limit: float = 90.0) -> None:
        deadline = time.monotonic() + limit
        while not await quiescent(now):
            if time.monotonic() > deadline:
                rows = await conn.fetch("SELECT status, count(*) FROM nudges GROUP BY status")
                raise AssertionError(f"nothing finished the work due at {now}: ledger {rows}; logs in {work}")
            await asyncio.sleep(0.02)

    async def a_leader() -> subprocess.Popen[str]:
        deadline = time.monotonic() + 60
        while (leader := replicas.leader()) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"no leader; logs in {work}")
            await asyncio.sleep(0.02)
        return leader

    try:
        replicas.start()
        replicas.start()
        now = T0
        await a_leader()
        await settle(now)
        while now < end:
            nxt = await conn.fetchval("SELECT min(next_nudge_at) FROM groups")
            now = min(nxt, end) if nxt is not None and nxt > now else now + timedelta(minutes=1)
            if moments and now >= moments[0]:
                moments.pop(0)
                victim = await a_leader()
                point = rng.choice(POINTS)
                if point != "anytime":
                    kill_file.write_text(f"{victim.pid} {point}")
                _write(clock, now.isoformat())
                if point == "anytime":
                    await asyncio.sleep(rng.uniform(0.0, 0.05))
                    victim.send_signal(signal.SIGKILL)
                    happened = "anytime"
                else:
                    deadline = time.monotonic() + 5
                    while victim.poll() is None and time.monotonic() < deadline:
                        await asyncio.sleep(0.005)
                    happened = point if victim.poll() is not None else f"{point}: nothing sent, killed after"
                    victim.send_signal(signal.SIGKILL)
                victim.wait()
                kill_file.unlink(missing_ok=True)
                killed = time.monotonic()
                done.append((point, happened))
                replicas.start()                                   # two replicas again
                new_leader = await a_leader()
                takeovers.append(replicas.leaders[new_leader.pid] - killed)
                now += timedelta(minutes=3)                          # past the claim lease
            _write(clock, now.isoformat())
            await settle(now)

        # Nobody shares a resource here: every meeting's recap is planned and dropped with nothing to say.
        statuses = dict(await conn.fetch("SELECT status, count(*) FROM nudges WHERE kind <> 'recap' "
                                         "OR status <> 'dropped' GROUP BY status"))
        repeats = await conn.fetchval("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM deliveries "
                                      "GROUP BY key HAVING count(*) > 1) d")
        delivered = await conn.fetchval("SELECT count(DISTINCT key) FROM deliveries")
        expected = 0
        for g in range(groups):
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
        return {"platform": platform, "seed": seed, "kills": done, "statuses": statuses, "delivered": delivered,
                "repeats": repeats, "meetings": expected, "full cycles": full, "cycles": len(cycles),
                "takeover max s": round(max(takeovers), 2) if takeovers else None,
                "wall s": round(time.monotonic() - started, 1), "logs": str(work)}
    finally:
        replicas.stop()
        await conn.close()
        await db.dispose()
        if keep:
            print(f"kept schema {schema}")
        else:
            await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--platform", nargs="+", default=["discord", "slack"], choices=["discord", "slack"])
    parser.add_argument("--database", default=os.environ.get("ROUNDTABLE_TEST_POSTGRES_URL",
                                                             "postgresql+asyncpg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--keep", action="store_true", help="keep the schema for inspection")
    args = parser.parse_args()
    failed = False
    for platform in args.platform:
        result = asyncio.run(run(args.database, platform, args.seed, args.groups, args.days, args.kills,
                                 args.keep))
        for key, value in result.items():
            print(f"{key}: {value}")
        statuses = result["statuses"]
        assert isinstance(statuses, dict)
        ok = (set(statuses) == {"sent"} and result["full cycles"] == result["cycles"] == result["meetings"]
              and (result["repeats"] == 0 if platform == "discord" else True))
        print("PASS" if ok else "FAIL", platform, "at", datetime.now(UTC).isoformat(timespec="seconds"))
        print()
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

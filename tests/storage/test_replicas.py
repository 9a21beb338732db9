"""Two real `roundtable` processes on PostgreSQL: one schedules, the other takes over when it dies, and every
due nudge of a simulated month for 200 groups is delivered exactly once."""
from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.group import Group
from bot.domain.schedule import parse_recurrence
from tests.conftest import POSTGRES_URL, drop_database, make_database, postgres_or_skip
from tests.helpers.replicas import DELIVERIES
from tests.helpers.replicas import write_atomically as _write

WORKER = Path(__file__).with_name("replica_worker.py")
T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
DAYS = 30
GROUPS = int(os.environ.get("ROUNDTABLE_REPLICA_GROUPS", "200"))
MEMBERS = 5
SLOTS = ("weekly on Monday at 18:00", "weekly on Tuesday at 12:00", "weekly on Wednesday at 19:30",
         "weekly on Thursday at 08:00")


async def populate(db) -> None:  # type: ignore[no-untyped-def]
    async with db() as uow:
        for g in range(GROUPS):
            group = Group("console", "w", f"Group {g}", f"c{g}", "America/Denver", f"g{g}m0", T0 - timedelta(days=1),
                          name_key=f"group {g}")
            group.found(T0 - timedelta(days=1))
            for m in range(1, MEMBERS):
                group.admit(f"g{g}m{m}", 1, T0 - timedelta(days=1))
            first = (T0 + timedelta(days=8)).date().isoformat()   # nothing is already due when the month starts
            group.set_schedule(parse_recurrence(f"{SLOTS[g % len(SLOTS)]} from {first}", T0.date()), T0)
            uow.session.add(group)
        await uow.commit()


@pytest.mark.postgres
async def test_two_processes_deliver_every_nudge_exactly_once_across_a_leader_crash(tmp_path: Path) -> None:
    postgres_or_skip()
    db, schema = await make_database("postgres")
    import asyncpg

    conn = await asyncpg.connect(POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://"),
                                 server_settings={"search_path": schema})
    await conn.execute(DELIVERIES)
    await populate(db)
    clock = tmp_path / "clock"
    clock.write_text(T0.isoformat())
    lock_key = random.randint(1, 2**31 - 1)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    logs = [open(tmp_path / f"worker{i}.log", "w") for i in range(2)]
    procs = [subprocess.Popen([sys.executable, str(WORKER), POSTGRES_URL, schema, str(clock), str(lock_key)],
                              stdout=subprocess.PIPE, stderr=log, text=True, env=env) for log in logs]
    leaders: dict[int, float] = {}

    def watch(proc: subprocess.Popen[str]) -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith(f"LEADER {proc.pid}"):
                leaders[proc.pid] = time.monotonic()

    for proc in procs:
        threading.Thread(target=watch, args=(proc,), daemon=True).start()
    try:
        def read_leaders() -> None:
            return None

        async def quiescent(now: datetime) -> bool:
            busy = await conn.fetchval(
                "SELECT count(*) FROM nudges WHERE status IN ('pending', 'sending')"
                " OR (status = 'retry' AND next_attempt_at <= $1)", now)
            due = await conn.fetchval("SELECT count(*) FROM groups WHERE next_nudge_at <= $1", now)
            return busy == 0 and due == 0

        async def settle(now: datetime, limit: float = 60.0) -> None:
            deadline = time.monotonic() + limit
            while not await quiescent(now):
                read_leaders()
                if time.monotonic() > deadline:
                    rows = await conn.fetch("SELECT status, count(*) FROM nudges GROUP BY status")
                    groups = await conn.fetch("SELECT id, next_nudge_at, nudged_through FROM groups "
                                              "WHERE next_nudge_at <= $1 LIMIT 3", now)
                    errors = "".join((tmp_path / f"worker{i}.log").read_text()[-2000:] for i in range(2))
                    raise AssertionError(f"nothing delivered the nudges due at {now} (leaders: {leaders}); "
                                         f"ledger {rows}; groups due {groups}; worker logs: {errors}")
                await asyncio.sleep(0.02)

        end = T0 + timedelta(days=DAYS)
        now = T0
        await settle(now)
        steps, killed_at = 0, None
        while now < end:
            nxt = await conn.fetchval("SELECT min(next_nudge_at) FROM groups")
            now = min(nxt, end) if nxt is not None and nxt > now else now + timedelta(minutes=1)
            _write(clock, now.isoformat())
            steps += 1
            if killed_at is None and now >= T0 + timedelta(days=DAYS // 2):
                # Mid-month, while a burst of nudges is being delivered: kill the leader outright.
                await asyncio.sleep(random.uniform(0.0, 0.05))
                victim = next(p for p in procs if p.pid in leaders)
                victim.send_signal(signal.SIGKILL)
                victim.wait()
                killed_at = time.monotonic()
                # Time passes while the survivor takes over: a delivery the victim had claimed but not finished
                # is released when its two-minute lease runs out.
                now += timedelta(minutes=3)
                _write(clock, now.isoformat())
            await settle(now)
        assert killed_at is not None and len(leaders) == 2, f"the survivor never took over: {leaders}"
        takeover = max(leaders.values()) - killed_at
        assert takeover < 30, f"takeover took {takeover:.1f} s"

        # Nobody shared a resource, so each meeting's recap was planned and dropped with nothing to say.
        recaps = dict(await conn.fetch("SELECT status, count(*) FROM nudges WHERE kind = 'recap' GROUP BY status"))
        assert set(recaps) == {"dropped"}, recaps
        statuses = dict(await conn.fetch("SELECT status, count(*) FROM nudges WHERE kind <> 'recap' GROUP BY status"))
        odd = await conn.fetch("SELECT group_id, kind, recipient, meeting_start, due_at, status, attempts, lease_until, "
                               "reason FROM nudges WHERE status <> 'sent' AND kind <> 'recap' ORDER BY due_at")
        assert set(statuses) == {"sent"}, f"every due nudge sent; found {statuses}: {[dict(r) for r in odd]}"
        duplicates = await conn.fetchval("SELECT count(*) FROM (SELECT key FROM deliveries GROUP BY key "
                                         "HAVING count(*) > 1) d")
        delivered = await conn.fetchval("SELECT count(DISTINCT key) FROM deliveries")
        assert duplicates == 0
        assert delivered == statuses["sent"] == await conn.fetchval("SELECT count(*) FROM deliveries")

        # Independently of the ledger: every meeting that ended before the month was over had its full cycle.
        from zoneinfo import ZoneInfo

        from bot.domain.schedule import occurrences

        expected = 0
        for g in range(GROUPS):
            rec = parse_recurrence(f"{SLOTS[g % len(SLOTS)]} from {(T0 + timedelta(days=8)).date()}", T0.date())
            expected += len(occurrences(rec, ZoneInfo("America/Denver"), after=T0, count=100,
                                        until=end - timedelta(minutes=90)))
        cycles = await conn.fetch(
            "SELECT group_id, meeting_start, count(*) FILTER (WHERE kind = 'prepare') AS prepare, "
            "count(*) FILTER (WHERE kind = 'last_call') AS last_call, count(*) FILTER (WHERE kind = 'rsvp') AS rsvp, "
            "count(*) FILTER (WHERE kind = 'reminder_24h') AS r24, count(*) FILTER (WHERE kind = 'reminder_1h') AS r1, "
            "count(*) FILTER (WHERE kind = 'after') AS after FROM nudges WHERE meeting_start <= $1 "
            "GROUP BY group_id, meeting_start", end - timedelta(minutes=90))
        assert len(cycles) == expected
        assert all((c["prepare"], c["last_call"], c["rsvp"], c["r24"], c["r1"], c["after"]) == (1, 1, MEMBERS, 1, 1, 1)
                   for c in cycles), [dict(c) for c in cycles[:3]]
        print(f"\nreplicas: {steps} clock steps, {delivered} nudges delivered once each, {expected} meetings, "
              f"takeover {takeover:.2f} s")
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                p.wait()
        await conn.close()
        await drop_database(db, schema)

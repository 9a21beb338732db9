"""Issue 5 benchmark: computing and recording every due nudge when many groups meet in the same hour.

N groups of 8 members meet on Tuesday at 18:00 America/Denver. The preparation, RSVP, last-call and 24-hour
nudges for that meeting are already in the ledger; at 17:00 local the 1-hour reminder falls due for every
group. We time the sweep's plan phase (load each due group, compute what is due, record it) and compare it
with a plain query selecting the same rows (the due groups and their members), in the same run, on the same
SQLite file. Run: `.venv/bin/python bench/nudge_plan.py --groups 1000 10000 50000`.
"""
from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from bot.bootstrap import configure_runtime  # noqa: E402
from bot.domain.schedule import parse_recurrence  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from storage import tables  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

UTC = timezone.utc
CREATED = datetime(2026, 10, 1, tzinfo=UTC)
MEETING = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)      # Tue 8 Dec 18:00 MST
DUE = MEETING - timedelta(hours=1)
SCHEDULE = parse_recurrence("weekly on Tuesday at 18:00 from 2026-10-06", CREATED.date()).to_text()


class NullChat:
    async def send(self, outbound: object) -> str:
        return "x"


async def populate(db: Database, n: int) -> None:
    groups, members, agreements, nudges = [], [], [], []
    for g in range(1, n + 1):
        groups.append(dict(id=g, platform="console", workspace_id="w", name=f"G{g}", name_key=f"g{g}",
                           channel_id=f"c{g}", timezone="America/Denver", created_by=f"u{g}_0", created_at=CREATED,
                           capacity=8, meeting_minutes=90, location="", presenters_per_meeting=1, schedule=SCHEDULE,
                           settled_until=MEETING - timedelta(days=7), next_mark=8, agenda="",
                           next_nudge_at=DUE, nudged_through=DUE - timedelta(hours=23)))
        agreements.append(dict(group_id=g, version=1, text="Agreement", created_at=CREATED, created_by=f"u{g}_0"))
        for m in range(8):
            members.append(dict(group_id=g, user_id=f"u{g}_{m}", role="facilitator" if m == 0 else "member",
                                standing="active", joined_at=CREATED, agreement_version=1,
                                agreement_accepted_at=CREATED, turn_mark=m, muted=False))
        for kind, lead, who in [("prepare", 7 * 24, [f"u{g}_0"]), ("last_call", 24, [f"u{g}_0"]),
                                ("rsvp", 48, [f"u{g}_{m}" for m in range(8)]), ("reminder_24h", 24, [""])]:
            for recipient in who:
                nudges.append(dict(group_id=g, occurrence=MEETING, meeting_start=MEETING, kind=kind,
                                   recipient=recipient, due_at=MEETING - timedelta(hours=lead), status="sent",
                                   attempts=1, late=False))
    async with db.engine.begin() as conn:
        for table, rows in ((tables.groups, groups), (tables.agreements, agreements), (tables.members, members),
                            (tables.nudges, nudges)):
            for i in range(0, len(rows), 5000):
                await conn.execute(insert(table), rows[i:i + 5000])


class Clock:
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


async def plain_query(db: Database) -> int:
    """The baseline: select the same due groups and their members, no computation, no writes."""
    g, m = tables.groups, tables.members
    count = 0
    async with db.engine.connect() as conn:
        result = await conn.stream(select(g, m).join(m, m.c.group_id == g.c.id).where(g.c.next_nudge_at <= DUE))
        async for _ in result:
            count += 1
    return count


async def running_bot(path: str) -> None:
    """A fresh process wired like `roundtable run` (core, nudge service) sweeping a populated database: plan and
    deliver every due nudge (to a chat port that drops them). Prints its peak memory."""
    from bot.bootstrap import wire
    from bot.config import Settings

    configure_runtime()
    wiring = wire(Settings(), clock=Clock(DUE), database_url=f"sqlite+aiosqlite:///{path}")
    service = NudgeService(wiring.database, wiring.clock, NullChat())
    report = await service.sweep()
    await wiring.database.dispose()
    print(f"running bot: swept {report.groups} groups, sent {report.sent}; "
          f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


async def measure(n: int, keep: bool = False) -> dict[str, float]:
    path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await upgrade(db.engine)
    await populate(db, n)
    await plain_query(db)  # warm the file cache
    t = time.perf_counter()
    rows = await plain_query(db)
    baseline = time.perf_counter() - t
    service = NudgeService(db, Clock(DUE), NullChat())
    t = time.perf_counter()
    report = await service.plan(DUE)
    planned = time.perf_counter() - t
    async with db.engine.connect() as conn:
        recorded = (await conn.execute(select(tables.nudges.c.id).where(
            tables.nudges.c.kind == "reminder_1h"))).all()
    await db.dispose()
    if keep:
        import subprocess

        # Undo the plan so the running bot finds everything due again, then sweep in a fresh process.
        import sqlite3

        with sqlite3.connect(path) as raw:
            raw.execute("DELETE FROM nudges WHERE kind = 'reminder_1h'")
            raw.execute("UPDATE groups SET next_nudge_at = ?, nudged_through = ?",
                        (DUE.replace(tzinfo=None).isoformat(" "), (DUE - timedelta(hours=23)).replace(tzinfo=None).isoformat(" ")))
        subprocess.run([sys.executable, __file__, "--running-bot", str(path)], check=True)
    assert len(recorded) == n, (len(recorded), n)
    assert rows == 8 * n
    return {"groups": n, "plan_s": planned, "baseline_s": baseline, "recorded": report.recorded,
            "per_group_ms": planned / n * 1000}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--running-bot", help=argparse.SUPPRESS)
    args = parser.parse_args()
    configure_runtime()  # the process settings `roundtable run` applies
    if args.running_bot:
        await running_bot(args.running_bot)
        return
    results = [await measure(n, keep=(n == 10000)) for n in args.groups]
    print(f"{'groups':>7} {'plan (s)':>9} {'per group (ms)':>15} {'plain query (s)':>16} {'ratio':>6}")
    for r in results:
        print(f"{r['groups']:>7} {r['plan_s']:>9.2f} {r['per_group_ms']:>15.3f} {r['baseline_s']:>16.3f} "
              f"{r['plan_s'] / r['baseline_s']:>6.1f}x")
    per = [r["per_group_ms"] for r in results]
    print(f"per-group cost spread: {max(per) / min(per):.2f}x between sizes (1.0 = perfectly linear)")
    print(f"peak memory of the benchmark process (it also built the databases): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())

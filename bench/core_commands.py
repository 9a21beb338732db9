"""Issue 2 benchmark: `next`, `join` and `rsvp` through the console path on SQLite with 1,000 groups of 8.

Prints per-command median and p99 latency, and the ratio to a bare SQLAlchemy transaction (one SELECT, one
INSERT) on the same database, measured in the same run. Run: `.venv/bin/python bench/core_commands.py`.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select  # noqa: E402

from adapters.console.session import ConsoleSession, SimulatedClock  # noqa: E402
from bot.commands.catalog import build_registry  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.domain.group import Group  # noqa: E402
from bot.domain.schedule import parse_recurrence  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


async def populate(db: Database, groups: int, members: int) -> None:
    rec = parse_recurrence("every 2 weeks on Tuesday at 18:00 from 2026-12-01", START.date())
    async with db() as uow:
        for g in range(groups):
            group = Group("console", "demo", f"Group {g}", f"chan{g}", "America/Denver", f"u{g}_0", START,
                          capacity=9, name_key=f"group {g}")
            group.found(START)
            for m in range(1, members):
                group.admit(f"u{g}_{m}", 1, START)
            group.set_schedule(rec, START)
            uow.session.add(group)
            if g % 200 == 199:
                await uow.session.flush()
        await uow.commit()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def main() -> None:
    configure_runtime()  # the process settings every `roundtable` command applies
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--samples", type=int, default=400)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp()
    db = Database(f"sqlite+aiosqlite:///{tmp}/bench.sqlite3")
    await upgrade(db.engine)
    t0 = time.perf_counter()
    await populate(db, args.groups, 8)
    print(f"populated {args.groups} groups x 8 members in {time.perf_counter() - t0:.1f} s")

    clock = SimulatedClock(START + timedelta(hours=1))
    core = Core(build_registry(), db, clock)
    session = ConsoleSession(core, clock, io.StringIO())

    # Baseline: a bare SQLAlchemy transaction with one SELECT and one INSERT on the same database file.
    meta = MetaData()
    scratch = Table("bench_scratch", meta, Column("id", Integer, primary_key=True), Column("v", String(20)))
    async with db.engine.begin() as conn:
        await conn.run_sync(meta.create_all)

    async def baseline(i: int) -> None:
        async with db.engine.begin() as conn:
            await conn.execute(select(Column("id", Integer)).select_from(scratch).where(scratch.c.id == i))
            await conn.execute(insert(scratch).values(v=f"x{i}"))

    async def timed(fn, n: int) -> list[float]:
        out = []
        for i in range(n):
            s = time.perf_counter()
            await fn(i)
            out.append((time.perf_counter() - s) * 1000)
        return out

    async def cmd_next(i: int) -> None:
        g = (i * 7919) % args.groups
        await session.execute(f"@u{g}_3 in #chan{g}: /consult next")

    async def cmd_rsvp(i: int) -> None:
        g = (i * 7919) % args.groups
        await session.execute(f"@u{g}_{1 + i % 7} in #chan{g}: /consult rsvp {('yes', 'no', 'maybe')[i % 3]}")

    async def cmd_join(i: int) -> None:
        g = (i * 104729) % args.groups
        await session.execute(f"@newcomer{i} in #chan{g}: /consult join")
        await session.execute(f'@newcomer{i} click "I accept"')

    # warm-up
    await timed(baseline, 50)
    await timed(cmd_next, 50)
    results = {}
    base = await timed(baseline, args.samples)
    results["next"] = await timed(cmd_next, args.samples)
    results["rsvp"] = await timed(cmd_rsvp, args.samples)
    results["join (command + accept click)"] = await timed(cmd_join, args.samples)
    base2 = await timed(baseline, args.samples)
    base_all = base + base2
    b_med = statistics.median(base_all)
    print(f"baseline SELECT+INSERT txn: median {b_med:.3f} ms  p99 {pct(base_all, 0.99):.3f} ms")
    for name, values in results.items():
        med = statistics.median(values)
        per = med / 2 if name.startswith("join") else med
        print(f"{name:32s} median {med:6.3f} ms  p99 {pct(values, 0.99):6.3f} ms  "
              f"ratio to baseline {med / b_med:4.2f}x" + (f"  (per interaction {per:.3f} ms, {per / b_med:.2f}x)" if name.startswith("join") else ""))
    await db.dispose()


if __name__ == "__main__":
    asyncio.run(main())

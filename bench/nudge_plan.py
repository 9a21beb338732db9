"""Issue 5 benchmark: computing and recording every due nudge when many groups meet in the same hour.

N groups of 8 members meet on Tuesday at 18:00 America/Denver. Two moments are timed:
- `reminder` (the issue's figure): the preparation, RSVP, last-call and 24-hour nudges for that meeting are already
  in the ledger; at 17:00 local the 1-hour channel reminder falls due for every group (N rows);
- `rsvp` (the heaviest moment of a cycle): two days before, the RSVP nudge falls due for every member of every
  group (8 N private rows), with only the preparation nudge in the ledger.
We time the sweep's plan phase (load each due group, settle it, compute what is due, record it) and compare it
with a plain query selecting the same rows (the due groups joined with their members, fetched in one go), in the
same run, on the same database. SQLite by default; `--database postgresql://...` runs it on PostgreSQL (its own
schema, dropped afterwards). Run: `.venv/bin/python bench/nudge_plan.py --groups 1000 10000 50000`.
"""
from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select  # noqa: E402

from bot.domain.schedule import parse_recurrence  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402
from storage import tables  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

UTC = UTC
CREATED = datetime(2026, 10, 1, tzinfo=UTC)
MEETING = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)      # Tue 8 Dec 18:00 MST
DUE = MEETING - timedelta(hours=1)
RECURRENCE = parse_recurrence("weekly on Tuesday at 18:00 from 2026-10-06", CREATED.date())
SCHEDULE = RECURRENCE.describe()
SCHEDULE_RULE, SCHEDULE_START = RECURRENCE.stored_rule()
# Per moment: when it is timed, what the ledger already holds for the meeting (kind, lead in hours, recipients:
# "facilitator", "all" or "channel"), and how many rows the plan must record per group.
MOMENTS = {
    "reminder": (DUE, [("prepare", 7 * 24, "facilitator"), ("last_call", 24, "facilitator"), ("rsvp", 48, "all"),
                       ("reminder_24h", 24, "channel")], 1),
    "rsvp": (MEETING - timedelta(hours=48), [("prepare", 7 * 24, "facilitator")], 8),
}


class NullChat:
    async def send(self, outbound: object) -> str:
        return "x"


async def populate(db: Database, n: int, moment: str) -> None:
    due, already, _ = MOMENTS[moment]
    groups, members, agreements, nudges = [], [], [], []
    for g in range(1, n + 1):
        groups.append(dict(id=g, platform="console", workspace_id="w", name=f"G{g}", name_key=f"g{g}",
                           channel_id=f"c{g}", timezone="America/Denver", created_by=f"u{g}_0", created_at=CREATED,
                           capacity=8, meeting_minutes=90, location="", presenters_per_meeting=1, schedule=SCHEDULE,
                           schedule_rule=SCHEDULE_RULE, schedule_start=SCHEDULE_START,
                           settled_until=MEETING - timedelta(days=7), next_mark=8, agenda="",
                           next_nudge_at=due, nudged_through=due - timedelta(hours=23)))
        agreements.append(dict(group_id=g, version=1, text="Agreement", created_at=CREATED, created_by=f"u{g}_0"))
        for m in range(8):
            members.append(dict(group_id=g, user_id=f"u{g}_{m}", role="facilitator" if m == 0 else "member",
                                standing="active", joined_at=CREATED, agreement_version=1,
                                agreement_accepted_at=CREATED, turn_mark=m, muted=False))
        for kind, lead, who in already:
            recipients = {"facilitator": [f"u{g}_0"], "all": [f"u{g}_{m}" for m in range(8)], "channel": [""]}[who]
            for recipient in recipients:
                nudges.append(dict(group_id=g, occurrence=MEETING, meeting_start=MEETING, kind=kind,
                                   recipient=recipient, due_at=MEETING - timedelta(hours=lead), status="sent",
                                   attempts=1, late=False, matters_at=MEETING))
    async with db.engine.begin() as conn:
        for table, rows in ((tables.groups, groups), (tables.agreements, agreements), (tables.members, members),
                            (tables.nudges, nudges)):
            for i in range(0, len(rows), 5000):
                await conn.execute(insert(table), rows[i:i + 5000])
    if db.engine.dialect.name == "postgresql":
        # A live database has planner statistics (autovacuum keeps them); freshly bulk-loaded tables have none, and
        # PostgreSQL would then scan whole tables where an index serves (measured: 2x slower per group at 50k).
        async with db.engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql("ANALYZE")


class Clock:
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


async def plain_query(db: Database, due: datetime) -> int:
    """The baseline: select the same due groups and their members in one go; no computation, no writes."""
    g, m = tables.groups, tables.members
    async with db.engine.connect() as conn:
        rows = (await conn.execute(select(g, m).join(m, m.c.group_id == g.c.id).where(g.c.next_nudge_at <= due))).all()
    return len(rows)


async def running_bot(path: str) -> None:
    """A fresh process wired like `roundtable run` with both adapters configured (core, Slack and Discord SDKs,
    the scheduler, every sweep) running one sweep over a populated database: every due nudge planned and
    delivered to a chat port that drops them. Prints its own peak memory."""
    import adapters.discord.client  # noqa: F401  (what `roundtable run` imports with a Discord token)
    import adapters.scheduler  # noqa: F401
    import adapters.slack.run  # noqa: F401  (and with Slack tokens)
    from bot.config import Settings
    from roundtable.compose import compose, sweeps_for

    services = compose(Settings(), clock=Clock(DUE), database_url=f"sqlite+aiosqlite:///{path}", scheduled=True)
    reports = await sweeps_for(services, NullChat()).sweep()
    await services.database.dispose()
    nudges = reports[0]
    print(f"running bot: swept {nudges.groups} groups, sent {nudges.sent}; peak memory {peak_rss_mb():.0f} MB")


def peak_rss_mb() -> float:
    """This process's own peak resident set (VmHWM). Not getrusage's ru_maxrss: Linux carries that across
    fork and exec, so a child started by a large parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def open_database(url: str | None) -> tuple[Database, str, str | None]:
    """A new empty database at the current schema: a SQLite file, or a fresh schema on the PostgreSQL server."""
    if url is None:
        path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        db = Database(f"sqlite+aiosqlite:///{path}")
        await upgrade(db.engine)
        return db, str(path), None
    import asyncpg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    await conn.execute(f'CREATE SCHEMA "{schema}"')
    await conn.close()
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    await upgrade(db.engine)
    return db, "", schema


async def drop_schema(url: str, schema: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    await conn.close()


async def measure(n: int, moment: str, url: str | None, memory: bool = False) -> dict[str, float]:
    due, _, per_group = MOMENTS[moment]
    db, path, schema = await open_database(url)
    await populate(db, n, moment)
    await plain_query(db, due)  # warm the caches
    t = time.perf_counter()
    rows = await plain_query(db, due)
    baseline = time.perf_counter() - t
    service = NudgeService(db, Clock(due), NullChat())
    t = time.perf_counter()
    report = await service.plan(due)
    planned = time.perf_counter() - t
    async with db.engine.connect() as conn:
        pending = (await conn.execute(select(func.count()).select_from(tables.nudges).where(
            tables.nudges.c.status == "pending"))).scalar()
    await db.dispose()
    if schema:
        await drop_schema(url or "", schema)
    assert rows == 8 * n, (rows, n)
    assert report.recorded == pending == per_group * n, (report.recorded, pending, n)
    if memory:
        import sqlite3
        import subprocess

        # Undo the plan so the running bot finds everything due again, then sweep in a fresh process.
        with sqlite3.connect(path) as raw:
            raw.execute("DELETE FROM nudges WHERE status = 'pending'")
            raw.execute("UPDATE groups SET next_nudge_at = ?, nudged_through = ?",
                        (due.replace(tzinfo=None).isoformat(" "),
                         (due - timedelta(hours=23)).replace(tzinfo=None).isoformat(" ")))
        subprocess.run([sys.executable, __file__, "--running-bot", path], check=True)
    return {"groups": n, "moment": moment, "plan_s": planned, "baseline_s": baseline, "recorded": report.recorded,
            "per_group_ms": planned / n * 1000}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--moments", nargs="+", choices=sorted(MOMENTS), default=["reminder", "rsvp"])
    parser.add_argument("--database", help="a PostgreSQL URL (default: a SQLite file)")
    parser.add_argument("--running-bot", help=argparse.SUPPRESS)
    args = parser.parse_args()
    configure_runtime()  # the process settings `roundtable run` applies
    if args.running_bot:
        await running_bot(args.running_bot)
        return
    results = []
    for moment in args.moments:
        for n in args.groups:
            memory = n == 10000 and moment == "reminder" and args.database is None
            results.append(await measure(n, moment, args.database, memory))
    print(f"{'moment':>9} {'groups':>7} {'rows':>7} {'plan (s)':>9} {'per group (ms)':>15} {'plain query (s)':>16} "
          f"{'ratio':>6}")
    for r in results:
        print(f"{r['moment']:>9} {r['groups']:>7} {r['recorded']:>7} {r['plan_s']:>9.2f} {r['per_group_ms']:>15.3f} "
              f"{r['baseline_s']:>16.3f} {r['plan_s'] / r['baseline_s']:>6.1f}x")
    for moment in args.moments:
        per = [r["per_group_ms"] for r in results if r["moment"] == moment]
        print(f"{moment}: per-group cost spread {max(per) / min(per):.2f}x between sizes (1.0 = perfectly linear)")
    print(f"peak memory of the benchmark process (it also built the databases): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())

"""Issue 16 benchmark: `/consult find` over 2,000 listed groups and 20,000 profiles in one workspace, and
`/consult resources list` in a group with 500 resources, through the console path on SQLite (or PostgreSQL with
`--database-url`).

Each is reported with its median and p99, and as a ratio to a plain query loading the same rows in the same run,
with SQLAlchemy Core. `find` is measured twice: as it runs while nothing in the directory changes (it reads the
seeker's profile, the workspace's directory token and the seeker's own groups, and reuses what it read before:
storage/directory.py), and right after a facilitator changed their group's focus (untimed), when it reads every
listed group's stamp and the changed group's row, directory facts and skipped or moved meetings again; each against
a plain read of those same rows. The read find did before its directory facts (listed groups, their members, each member's modalities) is
timed too, for comparison with the first figures. `resources list`: the group's row and one page of its resources.
Run: `.venv/bin/python bench/directory_find.py [--groups 2000] [--profiles 20000] [--samples 200]
[--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test]`.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, or_, select  # noqa: E402

from adapters.console.session import ConsoleSession, SimulatedClock  # noqa: E402
from bot.commands.catalog import build_registry  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.domain.group import Group  # noqa: E402
from bot.domain.schedule import parse_recurrence  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402
from storage import directory_tables, tables  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
FOCUS = ("trauma", "grief", "couples", "ethics", "child and adolescent", "substance use", "new to private practice")
MODALITIES = ("CBT", "EMDR", "somatic", "DBT", "IFS", "ACT", "psychodynamic", "EFT")
ZONES = ("America/Denver", "America/New_York", "Europe/Berlin", "Europe/London")


async def populate(db: Database, groups: int, profiles: int) -> None:
    """The profiles first (plain inserts), then the groups through the ORM, as the bot writes them: each group's
    directory facts (storage/directory_facts.py) are computed when its members are written."""
    rnd = random.Random(16)
    members_per_group = max(1, min(8, profiles // max(1, groups)))
    specs = []
    for g in range(groups):
        when = f"every {rnd.choice((1, 2))} weeks on {rnd.choice(DAYS)} at {rnd.randint(7, 20):02d}:00"
        specs.append((g, when, rnd.choice(ZONES), rnd.randint(4, 9), ",".join(rnd.sample(FOCUS, 2)),
                      rnd.choice(("open", "by request"))))
    rows = []
    for g in range(groups):
        for m in range(members_per_group):
            rows.append(dict(platform="console", workspace_id="demo", user_id=f"u{g}_{m}",
                             display_name=f"Member {g}-{m}", tags=",".join(rnd.sample(MODALITIES, 3)),
                             focus=",".join(rnd.sample(FOCUS, 2)), timezone=None, available=""))
    for p in range(profiles - len(rows)):
        rows.append(dict(platform="console", workspace_id="demo", user_id=f"seeker{p}", display_name=f"Seeker {p}",
                         tags=",".join(rnd.sample(MODALITIES, 2)), focus=",".join(rnd.sample(FOCUS, 2)),
                         timezone=rnd.choice(ZONES), available="Mon-Fri 17:00-21:00, Sat 09:00-12:00"))
    async with db.engine.begin() as conn:
        for start in range(0, len(rows), 2000):
            await conn.execute(insert(tables.profiles), rows[start:start + 2000])
    async with db() as uow:
        for g, when, zone, capacity, focus, joining in specs:
            rec = parse_recurrence(f"{when} from 2026-12-01", START.date())
            group = Group("console", "demo", f"Group {g}", f"chan{g}", zone, f"u{g}_0", START,
                          capacity=capacity, name_key=f"group {g}", listed=True, focus=focus, joining=joining,
                          description=f"Peer consultation group number {g}.")
            group.found(START)
            for m in range(1, members_per_group):
                group.admit(f"u{g}_{m}", 1, START)
            group.set_schedule(rec, START)
            uow.session.add(group)
            if g % 200 == 199:
                await uow.session.flush()
        await uow.commit()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def timed(fn, n: int, cpu: list[float] | None = None) -> list[float]:  # type: ignore[no-untyped-def]
    """Wall-clock milliseconds of each call; with `cpu`, the process's CPU milliseconds too (all its threads:
    aiosqlite's included), which the other sessions on a shared host disturb less than the wall clock."""
    out = []
    for i in range(n):
        c = time.process_time()
        s = time.perf_counter()
        await fn(i)
        out.append((time.perf_counter() - s) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - c) * 1000)
    return out


def report_cpu(cpu: list[float]) -> None:
    print(f"{'  its CPU time':34s} median {statistics.median(cpu):7.2f} ms  p99 {pct(cpu, 0.99):7.2f} ms")


def report(name: str, values: list[float], base: list[float]) -> None:
    print(f"{name:34s} median {statistics.median(values):7.2f} ms  p99 {pct(values, 0.99):7.2f} ms  "
          f"p99 ratio to its baseline {pct(values, 0.99) / pct(base, 0.99):4.2f}x  "
          f"(baseline median {statistics.median(base):.2f} ms, p99 {pct(base, 0.99):.2f} ms)")


async def main() -> None:
    configure_runtime()
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=2000)
    parser.add_argument("--profiles", type=int, default=20000)
    parser.add_argument("--resources", type=int, default=500)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--database-url", default=None,
                        help="PostgreSQL to run on (postgresql+asyncpg://…): a schema of its own is made and dropped; "
                             "default: a SQLite file in a temporary folder")
    args = parser.parse_args()

    schema = None
    if args.database_url:
        import asyncpg

        schema = f"bench_{uuid.uuid4().hex[:12]}"
        dsn = args.database_url.replace("postgresql+asyncpg://", "postgresql://")
        conn = await asyncpg.connect(dsn)
        await conn.execute(f'CREATE SCHEMA "{schema}"')
        await conn.close()
        db = Database(args.database_url, connect_args={"server_settings": {"search_path": schema}})
    else:
        db = Database(f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
    try:
        await run(db, args)
    finally:
        await db.dispose()
        if schema:
            conn = await asyncpg.connect(dsn)
            await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
            await conn.close()


async def run(db: Database, args: argparse.Namespace) -> None:
    print(f"on {db.engine.dialect.name}")
    await upgrade(db.engine)
    t0 = time.perf_counter()
    await populate(db, args.groups, args.profiles)
    print(f"populated {args.groups} listed groups, {args.profiles} profiles in {time.perf_counter() - t0:.1f} s")

    clock = SimulatedClock(START + timedelta(hours=1))
    core = Core(build_registry(), db, clock)
    session = ConsoleSession(core, clock, io.StringIO())

    g, m, p = tables.groups, tables.members, tables.profiles
    f, v, mt = directory_tables.directory_facts, directory_tables.directory_versions, tables.meetings
    workspace = (g.c.platform == "console", g.c.workspace_id == "demo")

    async def find_baseline(i: int) -> None:
        """The rows a find reads when nothing changed since the last one: the seeker's profile, the workspace's
        directory token, the groups the seeker is in."""
        async with db.engine.connect() as conn:
            (await conn.execute(select(p).where(p.c.platform == "console", p.c.workspace_id == "demo",
                                                p.c.user_id == f"seeker{i % 1000}"))).all()
            (await conn.execute(select(v.c.token).where(v.c.platform == "console", v.c.workspace_id == "demo"))).all()
            (await conn.execute(select(m.c.group_id).where(m.c.user_id == f"seeker{i % 1000}"))).all()

    async def cold_baseline(i: int) -> None:
        """The rows a find reads after a change to one group: the above, every listed group's stamp, and the changed
        group's row with its directory facts and its skipped or moved meetings."""
        await find_baseline(i)
        group = 1 + (i * 7) % args.groups
        async with db.engine.connect() as conn:
            (await conn.execute(select(g.c.id, f.c.stamp).select_from(g.outerjoin(f, f.c.group_id == g.c.id))
                                .where(*workspace, g.c.listed.is_(True)))).all()
            (await conn.execute(select(g, f).select_from(g.outerjoin(f, f.c.group_id == g.c.id))
                                .where(g.c.id == group, *workspace, g.c.listed.is_(True)))).all()
            (await conn.execute(select(mt).where(mt.c.group_id == group, mt.c.settled.is_(False), or_(
                mt.c.cancelled.is_(True), mt.c.start != mt.c.original_start)))).all()

    async def roster_baseline(i: int) -> None:
        """What find read before issue 16's directory facts (the first baseline of bench/README.md): the listed
        groups, their members and each active member's modalities."""
        async with db.engine.connect() as conn:
            listed = (await conn.execute(select(g).where(*workspace, g.c.listed.is_(True)))).all()
            ids = [row.id for row in listed]
            (await conn.execute(select(m).where(m.c.group_id.in_(ids)))).all()
            # The members' modalities, one indexed lookup per member (a plain join makes SQLite walk every profile
            # of the workspace once per group: seconds, not milliseconds).
            tags = select(p.c.tags).where(p.c.platform == "console", p.c.workspace_id == "demo",
                                          p.c.user_id == m.c.user_id).scalar_subquery()
            (await conn.execute(select(m.c.group_id, tags).where(m.c.group_id.in_(ids)))).all()

    async def token() -> int | None:
        async with db.engine.connect() as conn:
            return (await conn.execute(select(v.c.token).where(v.c.platform == "console",
                                                               v.c.workspace_id == "demo"))).scalar()

    async def find(i: int) -> None:
        await session.execute(f"@seeker{i % 1000} in #lobby: /consult find")

    visits: dict[int, int] = {}

    async def change(i: int) -> None:
        """A facilitator changes their listed group's focus (untimed): every process must read the directory
        again on its next find."""
        group = 1 + (i * 7) % args.groups
        visits[group] = visits.get(group, 0) + 1
        focus = ("trauma, grief, ethics", "couples, grief, ethics")[visits[group] % 2]  # never what populate wrote
        out, session.out = session.out, io.StringIO()
        await session.execute(f'@u{group}_0 in #chan{group}: /consult group settings focus:"{focus}"')
        said, session.out = session.out.getvalue(), out
        assert "Updated" in said, said

    found = io.StringIO()
    session.out = found
    await find(0)
    text = found.getvalue()
    session.out = io.StringIO()
    assert "Groups that fit you" in text, text[:500]

    await timed(find_baseline, 10)
    await timed(find, 10)
    base = await timed(find_baseline, args.samples // 2)
    cpu: list[float] = []
    results = await timed(find, args.samples, cpu)
    base += await timed(find_baseline, args.samples // 2)
    report(f"find ({args.groups} groups)", results, base)
    report_cpu(cpu)

    cold: list[float] = []
    cold_cpu: list[float] = []
    cold_base: list[float] = []
    for i in range(args.samples // 2):
        cold_base += await timed(cold_baseline, 1)
        before = await token()
        await change(i)
        assert await token() != before, "the change did not replace the directory token"
        cold += await timed(lambda _, i=i: find(i), 1, cold_cpu)
    report("find after a change", cold, cold_base)
    report_cpu(cold_cpu)
    roster = await timed(roster_baseline, max(10, args.samples // 10))
    print(f"{'(before issue 16: the roster read)':34s} median {statistics.median(roster):7.2f} ms  "
          f"p99 {pct(roster, 0.99):7.2f} ms")

    # resources list: group 0 with N resources
    async with db.engine.begin() as conn:
        await conn.execute(insert(directory_tables.resources), [
            dict(group_id=1, number=n + 1, author="u0_1", link=f"https://example.org/{n}", text="",
                 title=f"Reading {n}", tags="trauma,reading" if n % 2 else "worksheet", created_at=START)
            for n in range(args.resources)])
    r = directory_tables.resources

    async def list_baseline(i: int) -> None:
        async with db.engine.connect() as conn:
            (await conn.execute(select(g).where(g.c.id == 1))).all()
            (await conn.execute(select(m).where(m.c.group_id == 1))).all()
            (await conn.execute(select(r).where(r.c.group_id == 1).order_by(r.c.number.desc()).limit(10))).all()

    async def resources_list(i: int) -> None:
        command = ("resources list", "resources list tag:trauma", "resources list search:reading 4",
                   f"resources list page:{1 + i % 50}")[i % 4]
        await session.execute(f"@u0_1 in #chan0: /consult {command}")

    await timed(list_baseline, 10)
    await timed(resources_list, 10)
    base = await timed(list_baseline, args.samples // 2)
    results = await timed(resources_list, args.samples)
    base += await timed(list_baseline, args.samples // 2)
    report(f"resources list ({args.resources})", results, base)


if __name__ == "__main__":
    asyncio.run(main())

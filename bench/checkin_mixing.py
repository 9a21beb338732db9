"""What mixing check-in answers costs: answer latency and memory per open round.

Groups of 8 (alice facilitates) on a SQLite file (or `--database postgresql+asyncpg://…`), each with an open
round (k = 3). Every member answers by clicking, through the console path. Reported separately:
- answers that are only held in memory (most of them),
- answers that complete a batch and write it (lock the round, check markers, insert the batch's markers, one UPDATE
  over every bucket),
- the baseline measured in the same run: the old way, one transaction that inserts one marker and updates the
  counts, on the same database.
Memory: tracemalloc of a mixer holding every answer of `--rounds` open rounds of 12 members, per round.

Run: `.venv/bin/python bench/checkin_mixing.py [--groups 200] [--database URL]`.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import case, update  # noqa: E402

from bot.checkins.mixing import AnswerMixer, batch_ready  # noqa: E402
from bot.checkins.rounds import new_round  # noqa: E402
from bot.commands.catalog import build_registry  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.domain.group import Group  # noqa: E402
from bot.identity import ChannelRef, UserRef  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402
from storage.checkin_tables import checkin_answered, checkin_counts  # noqa: E402
from storage.database import Database  # noqa: E402

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
MEMBERS = 8


class FixedClock:
    def now(self) -> datetime:
        return START + timedelta(hours=1)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def populate(db: Database, groups: int) -> list[int]:
    round_ids: list[int] = []
    async with db() as uow:
        for g in range(groups):
            group = Group("console", "demo", f"Group {g}", f"chan{g}", "America/Denver", f"u{g}_0", START,
                          capacity=9, name_key=f"group {g}")
            group.found(START)
            for m in range(1, MEMBERS):
                group.admit(f"u{g}_{m}", 1, START)
            uow.session.add(group)
        await uow.session.flush()
        repo = uow.checkins
        for g in range(groups):
            settings = await repo.ensure_settings(g + 1, START)
            settings.min_answers = 3
            round_ = new_round(settings, f"manual:{g}", START)
            await repo.add_round(round_, (1, 2, 3, 4, 5))
            round_ids.append(round_.id or 0)
        await uow.commit()
    return round_ids


async def old_way(db: Database, round_id: int, marker: str, bucket: int) -> None:
    """The baseline: what an answer wrote before mixing (one marker, one UPDATE over every bucket)."""
    async with db() as uow:
        c = checkin_counts
        await uow.session.execute(checkin_answered.insert().values(round_id=round_id, marker=marker))
        await uow.session.execute(update(c).where(c.c.round_id == round_id)
                                  .values(count=c.c.count + case((c.c.bucket == bucket, 1), else_=0)))
        await uow.commit()


async def main() -> None:
    configure_runtime()
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1000, help="open rounds held in memory, for the memory figure")
    parser.add_argument("--database", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
        db = Database(url)
        async with db.engine.begin() as conn:
            from storage.schema import metadata
            await conn.run_sync(metadata.drop_all)
            await conn.run_sync(metadata.create_all)
        round_ids = await populate(db, args.groups + 1)
        baseline_round = round_ids.pop()     # the baseline writes to a round nobody answers
        core = Core(build_registry(), db, FixedClock(), checkin_mixer=AnswerMixer(random.Random(1)))
        held_only: list[float] = []
        batch: list[float] = []
        baseline: list[float] = []
        rng = random.Random(2)
        for g, round_id in enumerate(round_ids):
            for m in range(MEMBERS):
                user = UserRef("console", "demo", f"u{g}_{m}")
                channel = ChannelRef("console", "demo", f"chan{g}")
                before = core.checkin_mixer.held(round_id)
                t0 = time.perf_counter()
                reply = await core.click(user, channel, "checkin.answer", f"{round_id}|{rng.randint(1, 5)}")
                elapsed = (time.perf_counter() - t0) * 1000
                assert "Thank you" in reply.outbound[0].message.plain_text()
                (batch if core.checkin_mixer.held(round_id) <= before else held_only).append(elapsed)
                t0 = time.perf_counter()
                await old_way(db, baseline_round, f"baseline-{g}-{m}", rng.randint(1, 5))
                baseline.append((time.perf_counter() - t0) * 1000)
        leftover = sum(core.checkin_mixer.held(r) for r in round_ids)
        await db.dispose()

    tracemalloc.start()
    mixer = AnswerMixer()
    closes = START + timedelta(days=3)
    first = tracemalloc.take_snapshot()
    for r in range(args.rounds):
        for m in range(12):
            mixer.hold(r, closes, f"{r:032x}{m:032x}", 1 + m % 5)
    used = sum(stat.size_diff for stat in tracemalloc.take_snapshot().compare_to(first, "filename"))
    tracemalloc.stop()
    assert not batch_ready(2, 3, 8, 0)

    base = statistics.median(baseline)
    print(f"database: {url.split(':')[0]}, {args.groups} groups of {MEMBERS}, k = 3, {len(held_only) + len(batch)} answers")
    print(f"baseline (old per-answer write): median {base:.2f} ms, p99 {pct(baseline, .99):.2f} ms")
    for name, values in (("held in memory", held_only), ("completes a batch", batch)):
        med = statistics.median(values)
        print(f"{name:>18}: n={len(values)} median {med:.2f} ms ({med / base:.2f}x), p99 {pct(values, .99):.2f} ms")
    print(f"answers left held at the end (they would be written at the close): {leftover}")
    print(f"memory: {used / args.rounds:.0f} bytes per open round of 12 held answers ({args.rounds} rounds)")


if __name__ == "__main__":
    asyncio.run(main())

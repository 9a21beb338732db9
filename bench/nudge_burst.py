"""Issue 18 benchmark: when people get a burst of nudges, against the floor the platform's limits allow.

N groups (bench/nudge_plan.py's: 8 members, meeting Tuesday 18:00 Denver). At 17:00 local the one-hour reminder
falls due in every group's channel (`reminder`); two days before, the RSVP message falls due for every member
(`rsvp`, 8 N direct messages). One sweep plans and delivers them, as `roundtable run` does (NudgeService with its
pacer), to a fake platform in this process that enforces Discord's documented limits - about 50 requests a second
per bot (checked over every sliding second: a request over it is answered 429, which the nudge records as a retry)
and 5 messages per 5 seconds per channel - and answers after a round trip (`--rtt`, ms). Reported: when the first
and the last message arrived after the moment they fell due, against the floor the limits allow (N messages at 50
a second), and the baseline measured in the same run: the same service delivering one message at a time, each
awaited, as before this issue (timed over `--baseline-groups` groups and scaled to N).
Run: `.venv/bin/python bench/nudge_burst.py --groups 10000 --rtt 50 150 --moments reminder`.

`--local-cost 1000 10000 [--database-url postgresql+asyncpg://...]`: the local per-group cost instead, with the fake
platform's limits lifted (no pacing, nothing refused, no round trip), so a sweep's time is our own work: plan and
deliver timed apart, per group, at each size, and the ratio between sizes. On PostgreSQL (a schema of its own,
dropped afterwards) with stale statistics: autovacuum off for the ledger and the groups, ANALYZE after the history
is loaded and before planning, none after (as tests/storage/test_claim_plan.py).
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adapters.direct_channels import MemoryDirectChannels  # noqa: E402
from adapters.discord.chat import DiscordChat  # noqa: E402
from bench.nudge_plan import MOMENTS, Clock, drop_schema, open_database, populate  # noqa: E402
from bot.messages import Outbound, ToChannel  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from bot.ports import DeliveryFailed, Limit  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402

GLOBAL_PER_SECOND = 50   # Discord: per bot, all routes
CHANNEL_PER_5S = 5       # Discord: POST /channels/{id}/messages


class _KeptEverywhere(MemoryDirectChannels):
    """Every member's DM channel known: this fake's direct messages are one request each (no create_dm)."""

    def cached(self, workspace: str, user: str) -> str | None:
        return "kept"


# The adapter itself, only to ask its limits (it reads the kept DM ids since they were kept; no client is needed).
_DISCORD_LIMITS = DiscordChat(None, None, _KeptEverywhere())  # type: ignore[arg-type]


class FakeDiscord:
    """A chat port whose far end enforces the platform's limits and takes a round trip to answer."""

    def __init__(self, rtt: float, paced: bool = True, limited: bool = True) -> None:
        """`paced`: the port names the adapter's limits to the pacer; `limited`: the far end enforces them."""
        self.rtt = rtt
        self.paced = paced
        self.limited = limited
        self.window: collections.deque[float] = collections.deque()
        self.per_channel: dict[str, collections.deque[float]] = {}
        self.arrived: list[float] = []
        self.refused = 0

    def limits(self, outbound: Outbound) -> list[Limit]:
        if not self.paced:
            return []
        return _DISCORD_LIMITS.limits(outbound)  # the adapter's own figures

    async def send(self, outbound: Outbound) -> str:
        loop = asyncio.get_running_loop()
        await asyncio.sleep(self.rtt / 2)  # the request travels
        now = loop.time()
        audience = outbound.audience
        where = audience.channel.id if isinstance(audience, ToChannel) else "dm:" + audience.user.id
        while self.window and self.window[0] <= now - 1.0:
            self.window.popleft()
        mine = self.per_channel.setdefault(where, collections.deque())
        while mine and mine[0] <= now - 5.0:
            mine.popleft()
        refused = self.limited and (len(self.window) >= GLOBAL_PER_SECOND or len(mine) >= CHANNEL_PER_5S)
        if not refused:
            self.window.append(now)
            mine.append(now)
            self.arrived.append(now)
        await asyncio.sleep(self.rtt / 2)  # the answer travels back
        if refused:
            self.refused += 1
            raise DeliveryFailed("rate_limited", False, "429")
        return f"m{len(self.arrived)}"


async def burst(n: int, moment: str, rtt: float, concurrency: int, sequential: bool = False) -> dict[str, float]:
    due, _, per_group = MOMENTS[moment]
    db, _, _ = await open_database(None)
    await populate(db, n, moment)
    chat = FakeDiscord(rtt, paced=not sequential)
    service = NudgeService(db, Clock(due), chat, concurrency=1 if sequential else concurrency)
    loop = asyncio.get_running_loop()
    started = loop.time()
    wall = time.perf_counter()
    report = await service.sweep()
    took = time.perf_counter() - wall
    await db.dispose()
    messages = per_group * n
    arrived = sorted(t - started for t in chat.arrived)
    return {"groups": n, "messages": messages, "sent": report.sent, "retried": report.retried, "refused": chat.refused,
            "first": arrived[0] if arrived else float("nan"), "last": arrived[-1] if arrived else float("nan"),
            "took": took, "floor": messages / GLOBAL_PER_SECOND}


def timing_breakdown() -> dict[str, Any]:
    """Time the ledger's claim and finish and the service's rendering (benchmark only; `restore` undoes it)."""
    from storage.nudge_ledger import SqlNudges

    spent: dict[str, Any] = {"claim": 0.0, "finish": 0.0, "prepare": 0.0}
    originals = {"claim": SqlNudges.claim, "finish": SqlNudges.finish_many, "prepare": NudgeService._prepare}

    def timed(name: str, original: Any) -> Any:
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    SqlNudges.claim = timed("claim", originals["claim"])  # type: ignore[method-assign]
    SqlNudges.finish_many = timed("finish", originals["finish"])  # type: ignore[method-assign]
    NudgeService._prepare = timed("prepare", originals["prepare"])  # type: ignore[method-assign]

    def restore() -> None:
        SqlNudges.claim, SqlNudges.finish_many = originals["claim"], originals["finish"]  # type: ignore[method-assign]
        NudgeService._prepare = originals["prepare"]  # type: ignore[method-assign]

    spent["restore"] = restore
    return spent


async def local_cost(n: int, moment: str, url: str | None, fresh: bool = False) -> dict[str, float]:
    """Plan and deliver `n` groups' nudges with the platform's limits lifted: our own time per group."""
    due, _, per_group = MOMENTS[moment]
    db, _, schema = await open_database(url)
    postgres = schema is not None
    if postgres:
        async with db.engine.begin() as conn:
            for table in ("nudges", "groups"):
                await conn.exec_driver_sql(f"ALTER TABLE {table} SET (autovacuum_enabled = false)")
    await populate(db, n, moment)  # on PostgreSQL: ANALYZE here, with the history only; none after planning
    chat = FakeDiscord(0.0, paced=False, limited=False)
    service = NudgeService(db, Clock(due), chat)
    spent = timing_breakdown()
    t = time.perf_counter()
    planned = await service.plan(due)
    plan_s = time.perf_counter() - t
    estimate = actual = 0.0
    if postgres:
        async with db.engine.connect() as conn:
            if fresh:  # the comparison: statistics brought up to date after planning
                await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.exec_driver_sql("ANALYZE nudges")
                await conn.exec_driver_sql("ANALYZE groups")
            estimate = (await conn.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = 'nudges'::regclass")).scalar() or 0.0
            actual = (await conn.exec_driver_sql("SELECT count(*) FROM nudges")).scalar() or 0.0
    t = time.perf_counter()
    report = await service.deliver(due)
    deliver_s = time.perf_counter() - t
    await db.dispose()
    if schema is not None:
        await drop_schema(url or "", schema)
    assert planned.recorded == report.sent == per_group * n == len(chat.arrived), (planned, report, n)
    spent.pop("restore")()
    return {**{f"{k}_ms": v / n * 1000 for k, v in spent.items()},
            "groups": n, "plan_ms": plan_s / n * 1000, "deliver_ms": deliver_s / n * 1000,
            "sweep_ms": (plan_s + deliver_s) / n * 1000, "estimate": estimate, "actual": actual}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--baseline-groups", type=int, default=200)
    parser.add_argument("--rtt", type=float, nargs="+", default=[50.0, 150.0])
    parser.add_argument("--moments", nargs="+", choices=sorted(MOMENTS), default=["reminder"])
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--local-cost", type=int, nargs="+", metavar="GROUPS",
                        help="measure the local per-group cost at these sizes, the platform's limits lifted")
    parser.add_argument("--repeat", type=int, default=1, help="with --local-cost: runs per size (medians reported)")
    parser.add_argument("--fresh-too", action="store_true",
                        help="with --database-url: also measure with statistics brought up to date after planning")
    parser.add_argument("--database-url", help="with --local-cost: a PostgreSQL URL (default: a SQLite file)")
    args = parser.parse_args()
    configure_runtime()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, Python {platform.python_version()}, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.local_cost:
        modes = [False, True] if args.database_url and args.fresh_too else [False]
        for moment in args.moments:
            runs: dict[tuple[bool, int], list[dict[str, float]]] = {
                (fresh, n): [] for fresh in modes for n in args.local_cost}
            for _ in range(args.repeat):  # sizes (and statistics) interleaved, so all see the same machine
                for fresh, n in runs:
                    runs[(fresh, n)].append(await local_cost(n, moment, args.database_url, fresh))
            for fresh in modes:
                where = ("PostgreSQL, " + ("statistics fresh (ANALYZE after planning)" if fresh else
                                           "stale statistics") if args.database_url else "SQLite file")
                print(f"{moment} on {where}; the fake platform's limits lifted (no pacing, no 429, no round trip)"
                      + (f"; medians of {args.repeat} runs per size" if args.repeat > 1 else "") + ":")
                if args.repeat > 1:
                    for n in args.local_cost:
                        print(f"  {n} groups, deliver per group in each run: "
                              + ", ".join(f"{r['deliver_ms']:.3f}" for r in runs[(fresh, n)]) + " ms")
                rows = [{key: statistics.median(r[key] for r in runs[(fresh, n)]) for key in runs[(fresh, n)][0]}
                        for n in args.local_cost]
                for r in rows:
                    stale = (f"; planner's estimate of the ledger {r['estimate']:.0f} rows, actually "
                             f"{r['actual']:.0f}" if args.database_url else "")
                    print(f"  {r['groups']:>6} groups: plan {r['plan_ms']:.3f} ms, deliver {r['deliver_ms']:.3f} ms, "
                          f"sweep {r['sweep_ms']:.3f} ms per group{stale}")
                    print(f"         of delivery: claim {r['claim_ms']:.3f} ms, loading and rendering "
                          f"{r['prepare_ms']:.3f} ms, recording {r['finish_ms']:.3f} ms per group (the rest: "
                          "sending, waiting on each other)")
                first, last = rows[0], rows[-1]
                print(f"  per-group cost, {last['groups']} / {first['groups']} groups: deliver "
                      f"{last['deliver_ms'] / first['deliver_ms']:.2f}x, plan "
                      f"{last['plan_ms'] / first['plan_ms']:.2f}x, sweep {last['sweep_ms'] / first['sweep_ms']:.2f}x")
        print(f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return
    for moment in args.moments:
        for rtt_ms in args.rtt:
            rtt = rtt_ms / 1000
            base = await burst(args.baseline_groups, moment, rtt, 1, sequential=True)
            per_message = base["took"] / base["messages"]
            r = await burst(args.groups, moment, rtt, args.concurrency)
            scaled = per_message * r["messages"]
            if r["refused"]:
                print(f"  NOTE: {r['refused']} refused with 429 go out on their retry, a minute later")
            print(f"{moment} rtt {rtt_ms:.0f} ms: {r['messages']} messages, sent {r['sent']}, retried {r['retried']}, "
                  f"refused by the platform {r['refused']}; first {r['first']:.2f} s, last {r['last']:.1f} s "
                  f"after falling due; floor {r['floor']:.1f} s -> last/floor {r['last'] / r['floor']:.3f}x; "
                  f"sweep took {r['took']:.1f} s")
            print(f"  baseline (one at a time, {base['messages']} messages in {base['took']:.1f} s, "
                  f"{per_message * 1000:.1f} ms each): {scaled:.0f} s for {r['messages']} -> "
                  f"{scaled / r['last']:.1f}x slower than now")
            if moment == "reminder":
                print(f"  the last one-hour reminder arrived {60 - r['last'] / 60:.1f} minutes before its meeting")


if __name__ == "__main__":
    asyncio.run(main())

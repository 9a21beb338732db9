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
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.nudge_plan import MOMENTS, Clock, open_database, populate  # noqa: E402
from bot.messages import Outbound, ToChannel  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from bot.ports import DeliveryFailed, Limit  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402

GLOBAL_PER_SECOND = 50   # Discord: per bot, all routes
CHANNEL_PER_5S = 5       # Discord: POST /channels/{id}/messages


class FakeDiscord:
    """A chat port whose far end enforces the platform's limits and takes a round trip to answer."""

    def __init__(self, rtt: float, paced: bool = True) -> None:
        self.rtt = rtt
        self.paced = paced
        self.window: collections.deque[float] = collections.deque()
        self.per_channel: dict[str, collections.deque[float]] = {}
        self.arrived: list[float] = []
        self.refused = 0

    def limits(self, outbound: Outbound) -> list[Limit]:
        if not self.paced:
            return []
        from adapters.discord.chat import DiscordChat

        return DiscordChat.limits(None, outbound)  # type: ignore[arg-type]  # the adapter's own figures

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
        refused = len(self.window) >= GLOBAL_PER_SECOND or len(mine) >= CHANNEL_PER_5S
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


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--baseline-groups", type=int, default=200)
    parser.add_argument("--rtt", type=float, nargs="+", default=[50.0, 150.0])
    parser.add_argument("--moments", nargs="+", choices=sorted(MOMENTS), default=["reminder"])
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    configure_runtime()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, Python {platform.python_version()}")
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

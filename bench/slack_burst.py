"""Issue 18 benchmark: a burst of one-hour reminders through the real Slack chat port and its fake Web API.

bench/nudge_plan.py's N groups (8 members, meeting Tuesday 18:00 Denver) as Slack groups spread over W workspaces
(`--workspaces`); at 17:00 local every group's one-hour reminder falls due in its channel. One sweep plans and
delivers them (NudgeService with its pacer, 32 sends at once) through adapters/slack/chat.py's SlackChat and the
real slack-sdk AsyncWebClient (production retry handlers) to tests/helpers/slack_api.py's fake Web API in this
process, which answers after a round trip (`--rtt`, half each way) and enforces the limits adapters/slack/chat.py
assumes: chat.postMessage at most one a second per channel, and per workspace a bucket of 10 a second with bursts of
20 (Slack publishes no workspace-wide figure; these are ours). A request over either is answered HTTP 429 with
Retry-After: 1, which slack-sdk's retry handler waits out and sends again (counted).

Reported: when the first and the last reminder arrived after they fell due, against the floor those limits allow
(N / (10 W) a second, less the first bursts), and how many were refused.

Run: `.venv/bin/python bench/slack_burst.py --groups 10000 --workspaces 10 --rtt 50`.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web  # noqa: E402

from adapters.slack.chat import PER_CHANNEL, PER_WORKSPACE, WORKSPACE_BURST, SlackChat  # noqa: E402
from adapters.slack.retries import retry_handlers  # noqa: E402
from adapters.slack.tokens import StaticClients  # noqa: E402
from bench.nudge_plan import MOMENTS, Clock, open_database, populate  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402
from tests.helpers.slack_api import Call, FakeSlackAPI  # noqa: E402

DUE = MOMENTS["reminder"][0]


class LimitedSlackAPI(FakeSlackAPI):
    """The fake Web API with a round trip and chat.postMessage's limits as adapters/slack/chat.py assumes them."""

    def __init__(self, rtt: float, channel_of: dict[str, str]) -> None:
        super().__init__(check_tokens=False)
        self.rtt = rtt
        self.channel_of = channel_of  # channel -> workspace
        self.last_in_channel: dict[str, float] = {}
        self.buckets: dict[str, tuple[float, float]] = {}  # workspace -> (tokens, at)
        self.arrived: list[float] = []
        self.refused = 0
        self.set_handler("chat.postMessage", self.post)

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(self.rtt / 2)
        response = await super()._handle_api(request)  # type: ignore[misc]
        await asyncio.sleep(self.rtt / 2)
        return response  # type: ignore[no-any-return]

    def post(self, call: Call) -> Any:
        now = asyncio.get_running_loop().time()
        channel = str(call.params.get("channel"))
        workspace = self.channel_of[channel]
        tokens, at = self.buckets.get(workspace, (float(WORKSPACE_BURST), now))
        tokens = min(float(WORKSPACE_BURST), tokens + (now - at) * PER_WORKSPACE)
        last = self.last_in_channel.get(channel)
        if tokens < 1 or (last is not None and now - last < 1 / PER_CHANNEL):
            self.buckets[workspace] = (tokens, now)
            self.refused += 1
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": "1"})
        self.buckets[workspace] = (tokens - 1, now)
        self.last_in_channel[channel] = now
        self.arrived.append(now)
        return {"channel": channel, "ts": f"{len(self.arrived)}.000100"}


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from slack_sdk.web.async_client import AsyncWebClient

    db, _, _ = await open_database(None)
    await populate(db, args.groups, "reminder")
    async with db.engine.begin() as conn:
        await conn.exec_driver_sql(f"UPDATE groups SET platform = 'slack', workspace_id = 'T' || (id % {args.workspaces}), "
                                   "channel_id = 'C' || id")
    channel_of = {f"C{g}": f"T{g % args.workspaces}" for g in range(1, args.groups + 1)}
    fake = LimitedSlackAPI(args.rtt / 1000, channel_of)
    await fake.start()
    try:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.api_url, retry_handlers=retry_handlers())
        chat = SlackChat(StaticClients(client))
        service = NudgeService(db, Clock(DUE), chat, concurrency=32)
        loop = asyncio.get_running_loop()
        started = loop.time()
        wall = time.perf_counter()
        report = await service.sweep()
        took = time.perf_counter() - wall
    finally:
        await fake.stop()
        await db.dispose()
    arrived = sorted(t - started for t in fake.arrived)
    floor = max(0.0, args.groups - WORKSPACE_BURST * args.workspaces) / (PER_WORKSPACE * args.workspaces)
    return {"sent": report.sent, "retried": report.retried, "failed": report.failed, "refused": fake.refused,
            "arrived": len(arrived), "first": arrived[0], "last": arrived[-1], "took": took, "floor": floor}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--workspaces", type=int, default=10)
    parser.add_argument("--rtt", type=float, default=50.0, help="ms")
    args = parser.parse_args()
    configure_runtime()
    load = os.getloadavg()
    print(f"start {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC, {platform.machine()}, Python "
          f"{platform.python_version()}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    r = asyncio.run(run(args))
    print(f"{args.groups} one-hour reminders in {args.workspaces} workspaces, rtt {args.rtt:g} ms: sent {r['sent']}, "
          f"arrived {r['arrived']}, retried later {r['retried']}, failed {r['failed']}; 429s answered "
          f"{r['refused']} (slack-sdk waited and sent again)")
    print(f"  first {r['first']:.2f} s, last {r['last']:.1f} s after they fell due; floor {r['floor']:.1f} s "
          f"({PER_WORKSPACE:g} a second per workspace after a burst of {WORKSPACE_BURST}) -> last / floor "
          f"{r['last'] / r['floor']:.2f}x; the last arrived {60 - r['last'] / 60:.1f} min before its meeting; "
          f"sweep {r['took']:.1f} s")
    load = os.getloadavg()
    print(f"end {datetime.now(UTC):%H:%M:%S} UTC, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()

"""Issue 18 benchmark: what a person waits for when they use a command while a 10,000-reminder burst is delivered.

N groups (bench/nudge_plan.py's; 8 members, meeting Tuesday 18:00 Denver) in a SQLite file; at 17:00 local every
group's one-hour reminder falls due, and one sweep plans and delivers them (NudgeService with its pacer, 32 sends at
once) to bench/nudge_burst.py's fake platform, which enforces Discord's limits and answers after `--rtt` ms. The
burst runs in the same process and event loop as the adapter under test, on the same database, as in
`roundtable run`. Meanwhile commands arrive at a steady `--rate` a second (open loop: each at its own moment, however
slow the ones before are). Each adapter has its own pass, with a baseline measured first in the same run: the same
commands at the same rate, for `--quiet-seconds`, with no burst.

- **slack**: three processes on loopback, as bench/slack_ack.py: the app under test (the real bolt app, `build_asgi`,
  uvicorn, the adapter's default work slots and backlog; the burst groups are its Slack groups: `/consult next` by
  a member in their group's channel), a stand-in for Slack's side (bench/slack_ack.py's: Web API + response_url,
  answering at once) and this process, which sends signed `/consult next` requests. *Acknowledgement*: request sent
  -> HTTP 200 (target p99 <= 250 ms). *Answer posted*: request sent -> the answer reaching its response_url.
- **discord**: SimCord in this process, the real adapter and core; `/consult next` by a member of a group created
  through SimCord (the burst's groups are in the same database). SimCord runs one interaction at a time, so a
  command whose moment comes while the previous is still running starts late, and its figures are counted from
  its moment (what the person sees), not from when it started. *Acknowledgement*: the command's moment -> the
  first interaction callback (the deferral) returned. *Answer seen*: the command's moment -> the first real message
  (the followup) accepted by SimCord (target: within 3 s). SimCord adds no network latency (2 HTTP calls to the
  answer; see bench/README.md).

Run: `.venv/bin/python bench/burst_commands.py` (defaults: 10,000 groups, 5 commands a second, 30 s quiet,
50 ms round trip; `--adapters slack` or `discord` for one pass).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.nudge_burst import GLOBAL_PER_SECOND, FakeDiscord  # noqa: E402
from bench.nudge_plan import MOMENTS, Clock, open_database, populate  # noqa: E402

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
DUE = MOMENTS["reminder"][0]


# The burst, in the process under test ------------------------------------------------------------------


class Burst:
    """One sweep of the due reminders, started on demand in the running event loop; its figures when done."""

    def __init__(self, db: Any, rtt: float) -> None:
        from bot.nudges import NudgeService

        self.chat = FakeDiscord(rtt)
        self.service = NudgeService(db, Clock(DUE), self.chat, concurrency=32)
        self.task: asyncio.Task[Any] | None = None
        self.started = 0.0
        self.took = 0.0

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        self.started = loop.time()

        async def run() -> Any:
            report = await self.service.sweep()
            self.took = loop.time() - self.started
            return report

        self.task = loop.create_task(run())

    @property
    def done(self) -> bool:
        return self.task is not None and self.task.done()

    def figures(self) -> dict[str, Any]:
        assert self.task is not None and self.task.done()
        report = self.task.result()
        arrived = sorted(t - self.started for t in self.chat.arrived)
        return {"sent": report.sent, "retried": report.retried, "refused": self.chat.refused,
                "first": arrived[0] if arrived else None, "last": arrived[-1] if arrived else None,
                "took": self.took, "floor": len(arrived) / GLOBAL_PER_SECOND}


async def burst_database(groups: int, platform: str) -> tuple[Any, str]:
    """A SQLite file with `groups` groups whose one-hour reminders fall due at DUE, on `platform`."""
    db, path, _ = await open_database(None)
    await populate(db, groups, "reminder")
    async with db.engine.begin() as conn:
        await conn.exec_driver_sql(f"UPDATE groups SET platform = '{platform}'")
    await db.dispose()
    return db, path


# Slack: the app under test ------------------------------------------------------------------------------


async def serve_slack(api_url: str, db_path: str, sock: socket.socket, rtt: float) -> None:
    import logging

    import aiohttp
    import uvicorn
    from slack_sdk.web.async_client import AsyncWebClient
    from starlette.requests import Request
    from starlette.responses import JSONResponse

    from adapters.slack.app import SlackAdapter
    from adapters.slack.retries import retry_handlers
    from adapters.slack.run import build_asgi
    from bot.clock import ManualClock
    from bot.commands.catalog import build_registry
    from bot.core import Core
    from roundtable.compose import configure_runtime
    from storage.database import Database
    from storage.slack_seen import SqlSeenEvents

    configure_runtime()
    logging.basicConfig(level=logging.WARNING)
    db = Database(f"sqlite+aiosqlite:///{db_path}")
    burst = Burst(db, rtt)
    async with aiohttp.ClientSession() as session:
        client = AsyncWebClient(token=TOKEN, base_url=api_url, session=session, timeout=10,
                                retry_handlers=retry_handlers())
        core = Core(build_registry(), db, ManualClock(DUE))
        asgi = build_asgi(SlackAdapter(core, signing_secret=SECRET, client=client, session=session,
                                       shared_seen=SqlSeenEvents(db.engine)))

        async def control(request: Request) -> JSONResponse:
            if request.method == "POST":
                burst.start()
                return JSONResponse({"started": True})
            return JSONResponse({"done": burst.done, **(burst.figures() if burst.done else {})})

        asgi.add_route("/bench/burst", control, methods=["GET", "POST"])
        config = uvicorn.Config(asgi, lifespan="off", access_log=False, log_level="warning",
                                timeout_graceful_shutdown=2, backlog=2048)
        await uvicorn.Server(config).serve(sockets=[sock])


# Slack: the load generator ------------------------------------------------------------------------------


def signed(i: int, groups: int, response_base: str, rid: str) -> tuple[bytes, dict[str, str]]:
    from slack_sdk.signature import SignatureVerifier

    g = 1 + (i * 7919) % groups
    fields = {"token": "x", "team_id": "w", "team_domain": "bench", "channel_id": f"c{g}", "channel_name": "peers",
              "user_id": f"u{g}_{1 + i % 7}", "user_name": "member", "command": "/consult", "text": "next",
              "api_app_id": "A0APP", "is_enterprise_install": "false", "response_url": f"{response_base}/{rid}",
              "trigger_id": f"trg-{rid}"}
    body = urlencode(fields)
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body) or ""
    return body.encode(), {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                           "X-Slack-Signature": signature}


async def paced_slack(url: str, response_base: str, groups: int, rate: float, first: int, seconds: float | None,
                      done: asyncio.Event | None) -> tuple[dict[str, float], dict[str, float]]:
    """Send one command every 1/rate s until `seconds` pass or `done` is set; (rid -> send time, rid -> ack ms)."""
    import aiohttp

    sent: dict[str, float] = {}
    acks: dict[str, float] = {}
    tasks: list[asyncio.Task[None]] = []
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        async def one(i: int) -> None:
            rid = f"R{i}"
            body, headers = signed(i, groups, response_base, rid)
            sent[rid] = time.monotonic()
            async with session.post(url, data=body, headers=headers) as response:
                text = await response.text()
                if response.status != 200 or text:
                    raise RuntimeError(f"HTTP {response.status}, not a bare acknowledgement: {text[:80]}")
            acks[rid] = (time.monotonic() - sent[rid]) * 1000

        began = time.monotonic()
        i = 0
        while True:
            if seconds is not None and i >= seconds * rate:
                break
            if done is not None and done.is_set():
                break
            await asyncio.sleep(max(0.0, began + i / rate - time.monotonic()))
            tasks.append(asyncio.create_task(one(first + i)))
            i += 1
        await asyncio.gather(*tasks)
    return sent, acks


async def slack_pass(args: argparse.Namespace) -> dict[str, Any]:
    import aiohttp

    from bench import slack_ack

    _, db_path = await burst_database(args.groups, "slack")
    fake, fake_port = slack_ack.start("fake")
    api = f"http://127.0.0.1:{fake_port}"
    app, port = start_role("slack-app", "--api", f"{api}/app/api/", "--db", db_path, "--rtt", str(args.rtt))
    url = f"http://127.0.0.1:{port}/slack/events"
    control = f"http://127.0.0.1:{port}/bench/burst"
    try:
        await slack_ack.wait_ready(url)
        await paced_slack(url, f"{api}/response/app", args.groups, 20, 1_000_000, 2, None)  # warm-up, not counted
        quiet_sent, quiet_acks = await paced_slack(url, f"{api}/response/app", args.groups, args.rate, 0,
                                                   args.quiet_seconds, None)
        async with aiohttp.ClientSession() as session:
            async with session.post(control) as response:
                await response.read()
            finished = asyncio.Event()
            figures: dict[str, Any] = {}

            async def watch() -> None:
                while True:
                    await asyncio.sleep(0.5)
                    async with session.get(control) as response:
                        state = await response.json()
                    if state["done"]:
                        figures.update(state)
                        finished.set()
                        return

            watcher = asyncio.create_task(watch())
            busy_sent, busy_acks = await paced_slack(url, f"{api}/response/app", args.groups, args.rate, 500_000,
                                                     None, finished)
            await watcher
        await slack_ack.answers_reaching(api, "app", len(quiet_sent) + len(busy_sent) + 40, timeout=60)
        came = await slack_ack.arrivals(api, "app")
    finally:
        for proc in (app, fake):
            proc.terminate()
            proc.wait(10)
    return {"burst": figures,
            "quiet": phase(quiet_sent, quiet_acks, came),
            "burst_phase": phase(busy_sent, busy_acks, came)}


def phase(sent: dict[str, float], acks: dict[str, float], came: dict[str, float]) -> dict[str, Any]:
    answers = [(came[rid] - at) * 1000 for rid, at in sent.items() if rid in came]
    return {"n": len(sent), "ack": list(acks.values()), "answer": answers, "unanswered": len(sent) - len(answers)}


# Discord: SimCord in this process -----------------------------------------------------------------------


async def discord_pass(args: argparse.Namespace) -> dict[str, Any]:
    import discord
    import simcord

    from adapters.discord.client import create_client
    from adapters.discord.sync import sync_commands
    from bench import discord_response as dr
    from bot.clock import ManualClock
    from bot.commands.catalog import build_registry
    from bot.core import Core
    from storage.database import Database

    dr.instrument()
    dr.fast_settle()
    _, db_path = await burst_database(args.groups, "console")
    db = Database(f"sqlite+aiosqlite:///{db_path}")
    core = Core(build_registry(), db, ManualClock(DUE))
    client = create_client(core)
    burst = Burst(db, args.rtt / 1000)
    results: dict[str, Any] = {}

    async with simcord.run(client) as env:
        guild = env.create_guild("Practice Collective")
        channel = guild.create_text_channel("consultation")
        alice = guild.add_member(env.create_user("alice"))
        bob = guild.add_member(env.create_user("bob"))
        await sync_commands(client)
        await alice.slash(channel, "consult group create", name="Tuesday Peers", tz="America/Denver")
        await alice.slash(channel, "consult schedule set", when="every 2 weeks on Tuesday at 18:00 from 2026-12-15")
        shown = await bob.slash(channel, "consult join", group="Tuesday Peers")
        assert shown.response is not None
        await bob.click(shown.response.message, label="I accept")

        async def paced(seconds: float | None, until_done: bool) -> dict[str, Any]:
            ack: list[float] = []
            answer: list[float] = []
            late = 0
            began = time.perf_counter()
            i = 0
            while True:
                if seconds is not None and i >= seconds * args.rate:
                    break
                if until_done and burst.done:
                    break
                moment = began + i / args.rate
                await asyncio.sleep(max(0.0, moment - time.perf_counter()))
                late += time.perf_counter() - moment > 1 / args.rate
                dr.trial["answer"], dr.trial["calls"] = None, 0
                result = await bob.slash(channel, "consult next")
                if dr.trial["answer"] is None or result.response is None \
                        or not result.response.content.startswith("Next meeting of"):
                    raise RuntimeError(f"no answer to /consult next: {dr.trial} {result.response and result.response.content!r}")
                interaction = max(dr.arrived)
                ack.append((dr.acknowledged[interaction] - moment) * 1000)
                answer.append((dr.trial["answer"] - moment) * 1000)
                i += 1
            return {"n": i, "ack": ack, "answer": answer, "unanswered": 0, "started_late": late}

        await paced(2, False)  # warm-up, not counted
        results["quiet"] = await paced(args.quiet_seconds, False)
        burst.start()
        results["burst_phase"] = await paced(None, True)
        await asyncio.gather(burst.task)  # type: ignore[arg-type]
        results["burst"] = burst.figures()
    await db.dispose()
    results["discord.py"] = discord.__version__
    return results


# Running and reporting ----------------------------------------------------------------------------------


def start_role(role: str, *extra: str) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen([sys.executable, __file__, "--role", role, *extra], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"{role} did not start")
    return proc, int(line.split()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> str:
    if not values:
        return "none"
    return (f"p50 {statistics.median(values):8.1f} ms  p99 {pct(values, 0.99):8.1f} ms  "
            f"max {max(values):8.1f} ms")


def report(name: str, result: dict[str, Any], answer_label: str) -> None:
    b = result["burst"]
    print(f"\n{name}: burst of {b['sent']} reminders, first {b['first']:.2f} s, last {b['last']:.1f} s "
          f"(floor {b['floor']:.0f} s, {b['last'] / b['floor']:.2f}x), sweep {b['took']:.1f} s; retried "
          f"{b['retried']}, refused with 429 {b['refused']}")
    for label, key in (("quiet (baseline)", "quiet"), ("during the burst", "burst_phase")):
        p = result[key]
        extra = f", started late {p['started_late']}" if "started_late" in p else ""
        print(f"  {label:17s} n={p['n']} unanswered {p['unanswered']}{extra}")
        print(f"    acknowledgement  {summary(p['ack'])}")
        print(f"    {answer_label:16s} {summary(p['answer'])}")
    q, d = result["quiet"], result["burst_phase"]
    print(f"  ratio of p99 (burst / quiet): acknowledgement {pct(d['ack'], 0.99) / pct(q['ack'], 0.99):.2f}x, "
          f"{answer_label} {pct(d['answer'], 0.99) / pct(q['answer'], 0.99):.2f}x")


async def main(args: argparse.Namespace) -> None:
    from roundtable.compose import configure_runtime

    configure_runtime()
    load = os.getloadavg()
    print(f"start {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"{os.cpu_count()} CPUs; {args.groups} groups, {args.rate:g} commands/s, {args.quiet_seconds:g} s quiet, "
          f"rtt {args.rtt:g} ms")
    summaries: dict[str, Any] = {}
    for adapter in args.adapters:
        if adapter == "slack":
            result = await slack_pass(args)
            report("slack", result, "answer posted")
        else:
            result = await discord_pass(args)
            report(f"discord (discord.py {result['discord.py']})", result, "answer seen")
        summaries[adapter] = {key: {"ack_p50": round(statistics.median(result[key]["ack"]), 1),
                                    "ack_p99": round(pct(result[key]["ack"], 0.99), 1),
                                    "answer_p50": round(statistics.median(result[key]["answer"]), 1),
                                    "answer_p99": round(pct(result[key]["answer"], 0.99), 1)}
                              for key in ("quiet", "burst_phase")}
        load = os.getloadavg()
        print(f"  end of pass {datetime.now(UTC):%H:%M:%S} UTC; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(json.dumps(summaries))


def entry() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", default="main", choices=["main", "slack-app"])
    parser.add_argument("--api")
    parser.add_argument("--db")
    parser.add_argument("--adapters", nargs="+", choices=["slack", "discord"], default=["slack", "discord"])
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=5.0, help="commands a second")
    parser.add_argument("--quiet-seconds", type=float, default=30.0, help="the baseline phase, with no burst")
    parser.add_argument("--rtt", type=float, default=50.0, help="the fake platform's round trip, ms")
    args = parser.parse_args()
    if args.role == "main":
        asyncio.run(main(args))
        return
    from bench import slack_ack

    sock = slack_ack.listening_socket()
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    asyncio.run(serve_slack(args.api, args.db, sock, args.rtt / 1000))


if __name__ == "__main__":
    entry()

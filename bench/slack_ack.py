"""Issues 3 and 18 benchmark: how fast the Slack adapter acknowledges `/consult next` under load, and how long
until the answer is posted.

Three processes on loopback: the app under test (the real adapter over a seeded SQLite file, 1,000 groups of 8 by
default, served by uvicorn exactly as `roundtable run` serves it), a stand-in for Slack's side (Web API +
response_url, answering at once), and this process, a bounded load generator: `--concurrency` workers, each
sending signed slash commands one after another. Two figures per request, and they are not the same thing:

- **acknowledgement**: from sending the request to having the HTTP acknowledgement (Slack's 3-second rule; the
  person sees nothing yet);
- **answer posted** (what the person waits for): from sending the request to the answer reaching the stand-in —
  the POST to that request's response_url (each request has its own), "This is taking longer" notices excluded.
  Both processes read CLOCK_MONOTONIC (`time.monotonic()`), which on Linux is one clock for the whole machine.
  Answers sent with chat.postMessage instead are counted but cannot be matched to their request, so not timed.

The same run measures a bolt app on the same stack (the baseline) whose /consult handler acknowledges and then
posts a fixed answer to the response_url at once, alternating rounds so both see the same machine; ratios are of
medians against it. (`--apps baseline-stock`: bolt's default, acknowledgement only, no answer.)

Run: `.venv/bin/python bench/slack_ack.py` (defaults: 1,000 groups, 50 concurrent, 6 rounds x 1,000 requests per
app; `--rounds 2` is enough for a quick look).
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
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
MEMBERS = 8


# The stand-in for Slack's side -------------------------------------------------------------------------


async def run_fake(port_out: socket.socket) -> None:
    from aiohttp import web

    posts: dict[str, int] = {}
    notices: dict[str, int] = {}
    chat_posts: dict[str, int] = {}
    arrivals: dict[str, dict[str, float]] = {}

    async def api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        await request.read()
        if method == "chat.postMessage":
            app = request.match_info["app"]
            chat_posts[app] = chat_posts.get(app, 0) + 1
        if method == "auth.test":
            return web.json_response({"ok": True, "url": "https://bench.slack.com/", "team": "Bench",
                                      "user": "roundtable", "team_id": "T0001", "user_id": "U0BOT", "bot_id": "B0BOT"},
                                     headers={"x-oauth-scopes": "commands,chat:write,im:write,files:write"})
        return web.json_response({"ok": True, "channel": "C0", "ts": "1.000001", "message_ts": "1.000001"})

    async def response_url(request: web.Request) -> web.Response:
        text = json.loads(await request.read()).get("text", "")
        now = time.monotonic()
        app, rid = request.match_info["app"], request.match_info["rid"]
        if text.startswith("This is taking longer"):
            notices[app] = notices.get(app, 0) + 1
        else:
            posts[app] = posts.get(app, 0) + 1
            arrivals.setdefault(app, {}).setdefault(rid, now)
        return web.json_response({"ok": True})

    async def count(request: web.Request) -> web.Response:
        app = request.query["app"]
        return web.json_response({"response_posts": posts.get(app, 0), "notices": notices.get(app, 0),
                                  "chat_posts": chat_posts.get(app, 0)})

    async def arrived(request: web.Request) -> web.Response:
        return web.json_response(arrivals.get(request.query["app"], {}))

    app = web.Application()
    app.router.add_post("/{app}/api/{method}", api)
    app.router.add_post("/response/{app}/{rid}", response_url)
    app.router.add_get("/count", count)
    app.router.add_get("/arrivals", arrived)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.SockSite(runner, port_out)
    await site.start()
    await asyncio.Event().wait()


# The apps under test ----------------------------------------------------------------------------------


def listening_socket() -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    return sock


async def serve_app(role: str, api_url: str, db_path: str, sock: socket.socket, work_slots: int) -> None:
    import logging

    import aiohttp
    import uvicorn
    from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.routing import Route

    from adapters.slack.app import SlackAdapter
    from adapters.slack.retries import retry_handlers
    from adapters.slack.run import build_asgi
    from bot.clock import ManualClock
    from bot.commands.catalog import build_registry
    from bot.core import Core
    from storage.database import Database
    from storage.slack_seen import SqlSeenEvents

    logging.basicConfig(level=logging.WARNING)
    async with aiohttp.ClientSession() as session:
        client = AsyncWebClient(token=TOKEN, base_url=api_url, session=session, timeout=10,
                                retry_handlers=retry_handlers())
        if role == "roundtable":
            db = Database(f"sqlite+aiosqlite:///{db_path}")
            core = Core(build_registry(), db, ManualClock(START))
            # Load shedding off: every request is measured doing its real work (a shed request would be cheaper).
            asgi: Starlette = build_asgi(SlackAdapter(core, signing_secret=SECRET, client=client, session=session,
                                                      max_backlog=1_000_000, max_concurrent_work=work_slots,
                                                      shared_seen=SqlSeenEvents(db.engine)))
        else:
            app = AsyncApp(client=client, signing_secret=SECRET, process_before_response=(role == "baseline"))

            answering: set[asyncio.Task[None]] = set()

            async def answer(url: str) -> None:
                async with session.post(url, json={"response_type": "ephemeral", "text": "Next meeting: soon."}) as r:
                    await r.read()

            @app.command("/consult")
            async def only_ack(ack, command):  # type: ignore[no-untyped-def]
                await ack()
                if role == "baseline":  # then the answer, at once, after the acknowledgement has gone
                    task = asyncio.create_task(answer(command["response_url"]))
                    answering.add(task)
                    task.add_done_callback(answering.discard)

            handler = AsyncSlackRequestHandler(app)

            async def events(request: Request):  # type: ignore[no-untyped-def]
                return await handler.handle(request)

            asgi = Starlette(routes=[Route("/slack/events", events, methods=["POST"])])
        config = uvicorn.Config(asgi, lifespan="off", access_log=False, log_level="warning",
                                timeout_graceful_shutdown=2, backlog=2048)
        await uvicorn.Server(config).serve(sockets=[sock])


async def seed(db_path: str, groups: int) -> None:
    from bot.domain.group import Group
    from bot.domain.schedule import parse_recurrence
    from storage.database import Database
    from storage.migrate import upgrade

    db = Database(f"sqlite+aiosqlite:///{db_path}")
    await upgrade(db.engine)
    rec = parse_recurrence("every 2 weeks on Tuesday at 18:00 from 2026-12-01", START.date())
    async with db() as uow:
        for g in range(groups):
            group = Group("slack", "T0001", f"Group {g}", f"C{g:05d}", "America/Denver", f"U{g:05d}M0", START,
                          capacity=MEMBERS + 1, name_key=f"group {g}")
            group.found(START)
            for m in range(1, MEMBERS):
                group.admit(f"U{g:05d}M{m}", 1, START)
            group.set_schedule(rec, START)
            uow.session.add(group)
            if g % 200 == 199:
                await uow.session.flush()
        await uow.commit()
    await db.dispose()


# The load generator -----------------------------------------------------------------------------------


Signed = tuple[str, bytes, dict[str, str]]  # rid, body, headers


def signed_command(i: int, groups: int, response_base: str, rid: str | None = None) -> Signed:
    from slack_sdk.signature import SignatureVerifier

    g = (i * 7919) % groups
    fields = {
        "token": "x", "team_id": "T0001", "team_domain": "bench", "channel_id": f"C{g:05d}", "channel_name": "peers",
        "user_id": f"U{g:05d}M{1 + i % (MEMBERS - 1)}", "user_name": "member", "command": "/consult", "text": "next",
        "api_app_id": "A0APP", "is_enterprise_install": "false", "response_url": f"{response_base}/{rid or f'R{i}'}",
        "trigger_id": f"trg-{i}",
    }
    body = urlencode(fields)
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    return rid or f"R{i}", body.encode(), {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                           "X-Slack-Signature": signature or ""}


async def load(url: str, requests: list[Signed], concurrency: int,
               sent: dict[str, float] | None = None, pause: float = 0.0) -> list[float]:
    """Acknowledgement latencies in ms; `sent` gets each request's send time (time.monotonic()) by its rid."""
    import aiohttp

    latencies: list[float] = []
    queue = list(reversed(requests))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def worker() -> None:
            while queue:
                rid, body, headers = queue.pop()
                if sent is not None:
                    sent[rid] = time.monotonic()
                t0 = time.perf_counter()
                async with session.post(url, data=body, headers=headers) as response:
                    text = await response.text()
                    if response.status != 200 or text:
                        raise RuntimeError(f"HTTP {response.status}, not a bare acknowledgement: {text[:80]}")
                latencies.append((time.perf_counter() - t0) * 1000)
                if pause:
                    await asyncio.sleep(pause)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def answers_reaching(api: str, app: str, expected: int, timeout: float = 300) -> dict[str, int]:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(api + "/count", params={"app": app}) as response:
                counts: dict[str, int] = await response.json()
            if counts["response_posts"] >= expected or time.monotonic() > deadline:
                return counts
            await asyncio.sleep(0.05)


async def arrivals(api: str, app: str) -> dict[str, float]:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(api + "/arrivals", params={"app": app}) as response:
        found: dict[str, float] = await response.json()
        return found


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def start(role: str, *extra: str) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen([sys.executable, __file__, "--role", role, *extra], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"{role} did not start")
    return proc, int(line.split()[1])


async def wait_ready(url: str) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        for _ in range(200):
            try:
                async with session.post(url, data=b"") as response:
                    await response.read()
                    return
            except aiohttp.ClientError:
                await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} not ready")


ANSWERING = ("roundtable", "baseline")  # apps that post an answer; baseline-stock only acknowledges


async def main(args: argparse.Namespace) -> None:
    tmp = tempfile.mkdtemp()
    db_path = os.path.join(tmp, "bench.sqlite3")
    t0 = time.perf_counter()
    await seed(db_path, args.groups)
    print(f"seeded {args.groups} groups x {MEMBERS} members in {time.perf_counter() - t0:.1f} s; "
          f"{os.cpu_count()} CPUs; {args.concurrency} concurrent, pause {args.pause_ms:g} ms; "
          f"{args.rounds} rounds x {args.requests} requests")
    fake, fake_port = start("fake")
    api = f"http://127.0.0.1:{fake_port}"
    apps = {name: start(name, "--api", f"{api}/{name}/api/", "--db", db_path, "--work-slots", str(args.work_slots))
            for name in args.apps}
    acks: dict[str, list[float]] = {name: [] for name in apps}
    sent: dict[str, dict[str, float]] = {name: {} for name in apps}
    expected = dict.fromkeys(apps, 0)
    counts: dict[str, dict[str, int]] = {}
    try:
        for name, (_, port) in apps.items():
            url = f"http://127.0.0.1:{port}/slack/events"
            await wait_ready(url)
            warm = [signed_command(i, args.groups, f"{api}/response/{name}", f"W{i}") for i in range(200)]
            await load(url, warm, args.concurrency)
            if name in ANSWERING:
                expected[name] += len(warm)
                await answers_reaching(api, name, expected[name])
        for round_ in range(args.rounds):
            for name, (_, port) in (apps.items() if round_ % 2 == 0 else reversed(list(apps.items()))):
                batch = [signed_command(round_ * args.requests + i, args.groups, f"{api}/response/{name}")
                         for i in range(args.requests)]
                t1 = time.perf_counter()
                acks[name] += await load(f"http://127.0.0.1:{port}/slack/events", batch, args.concurrency, sent[name],
                                     args.pause_ms / 1000)
                acked = time.perf_counter() - t1
                if name in ANSWERING:
                    # wait for every answer of this round before the next, so rounds don't overlap
                    expected[name] += len(batch)
                    counts[name] = await answers_reaching(api, name, expected[name])
                print(f"  round {round_ + 1} {name:16s} acks {args.requests / acked:6.0f}/s"
                      + (f", all answered after {time.perf_counter() - t1:5.1f} s" if name in ANSWERING else ""),
                      file=sys.stderr)
        answers: dict[str, list[float]] = {}
        for name in apps:
            if name in ANSWERING:
                came = await arrivals(api, name)
                answers[name] = [(came[rid] - at) * 1000 for rid, at in sent[name].items() if rid in came]
    finally:
        for proc, _ in [*apps.values(), (fake, 0)]:
            proc.terminate()
            proc.wait(10)
    load_avg = os.getloadavg()
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; load average {load_avg[0]:.2f} {load_avg[1]:.2f} "
          f"{load_avg[2]:.2f} (1, 5, 15 min) at the end")
    for name, c in counts.items():
        print(f"{name}: answers delivered to response_url {c['response_posts']} of {expected[name]} "
              f"(warm-up included; one per /consult next); 'taking longer' notices {c['notices']}; "
              f"chat.postMessage calls {c['chat_posts']} (not timed)")

    def line(label: str, values: list[float], base: list[float] | None) -> str:
        med = statistics.median(values)
        ratio = f"  ratio of medians to baseline {med / statistics.median(base):.2f}x" if base else ""
        return (f"{label:34s} n={len(values)}  median {med:7.1f} ms  p90 {pct(values, 0.9):7.1f} ms  "
                f"p99 {pct(values, 0.99):7.1f} ms  max {max(values):7.1f} ms{ratio}")

    print("\nacknowledgement (request sent -> HTTP 200; the person sees nothing yet):")
    for name, values in acks.items():
        print(line(f"  {name}", values, acks.get("baseline") if name != "baseline" else None))
    print("answer posted (request sent -> the answer reaches response_url; what the person waits for):")
    for name, values in answers.items():
        print(line(f"  {name}", values, answers.get("baseline") if name != "baseline" else None))
    print(json.dumps({name: {"ack_median_ms": round(statistics.median(v), 2), "ack_p99_ms": round(pct(v, 0.99), 2),
                             **({"answer_median_ms": round(statistics.median(answers[name]), 2),
                                 "answer_p99_ms": round(pct(answers[name], 0.99), 2)} if name in answers else {})}
                      for name, v in acks.items()}))


def entry() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", default="main", choices=["main", "fake", "roundtable", "baseline", "baseline-stock"])
    parser.add_argument("--api")
    parser.add_argument("--db")
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--pause-ms", type=float, default=0.0,
                        help="each worker waits this long after each acknowledgement (0: a closed loop at full speed)")
    parser.add_argument("--work-slots", type=int, default=2, help="the adapter's max_concurrent_work")
    parser.add_argument("--apps", nargs="+", default=["baseline", "roundtable"],
                        help="baseline-stock: the ack-only app with bolt's default process_before_response=False")
    args = parser.parse_args()
    if args.role == "main":
        asyncio.run(main(args))
        return
    sock = listening_socket()
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    if args.role == "fake":
        asyncio.run(run_fake(sock))
    else:
        asyncio.run(serve_app(args.role, args.api, args.db, sock, args.work_slots))


if __name__ == "__main__":
    entry()

"""Issue 3 benchmark: how fast the Slack adapter acknowledges `/consult next` under load.

Three processes on loopback: the app under test (the real adapter over a seeded SQLite file, served by uvicorn
exactly as `roundtable run` serves it), a stand-in for Slack's side (Web API + response_url, answering at once),
and this process, a bounded load generator: `--concurrency` workers, each sending signed slash commands one after
another. Latency is from sending the request to having the HTTP acknowledgement. The same run measures a bolt app
on the same stack whose /consult handler only acknowledges, alternating rounds so both see the same machine.

Run: `.venv/bin/python bench/slack_ack.py` (defaults: 50 concurrent, 6 rounds x 1,000 requests per app).
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

    posts = notices = 0

    async def api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        await request.read()
        if method == "auth.test":
            return web.json_response({"ok": True, "url": "https://bench.slack.com/", "team": "Bench",
                                      "user": "roundtable", "team_id": "T0001", "user_id": "U0BOT", "bot_id": "B0BOT"},
                                     headers={"x-oauth-scopes": "commands,chat:write,im:write,files:write"})
        return web.json_response({"ok": True, "channel": "C0", "ts": "1.000001", "message_ts": "1.000001"})

    async def response_url(request: web.Request) -> web.Response:
        nonlocal posts, notices
        text = json.loads(await request.read()).get("text", "")
        if text.startswith("This is taking longer"):
            notices += 1
        else:
            posts += 1
        return web.json_response({"ok": True})

    async def count(request: web.Request) -> web.Response:
        return web.json_response({"response_posts": posts, "notices": notices})

    app = web.Application()
    app.router.add_post("/api/{method}", api)
    app.router.add_post("/response/{rid}", response_url)
    app.router.add_get("/count", count)
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

            @app.command("/consult")
            async def only_ack(ack):  # type: ignore[no-untyped-def]
                await ack()

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


def signed_command(i: int, groups: int, response_base: str) -> tuple[bytes, dict[str, str]]:
    from slack_sdk.signature import SignatureVerifier

    g = (i * 7919) % groups
    fields = {
        "token": "x", "team_id": "T0001", "team_domain": "bench", "channel_id": f"C{g:05d}", "channel_name": "peers",
        "user_id": f"U{g:05d}M{1 + i % (MEMBERS - 1)}", "user_name": "member", "command": "/consult", "text": "next",
        "api_app_id": "A0APP", "is_enterprise_install": "false", "response_url": f"{response_base}/response/R{i}",
        "trigger_id": f"trg-{i}",
    }
    body = urlencode(fields)
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    return body.encode(), {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                           "X-Slack-Signature": signature or ""}


async def load(url: str, requests: list[tuple[bytes, dict[str, str]]], concurrency: int) -> list[float]:
    import aiohttp

    latencies: list[float] = []
    queue = list(reversed(requests))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def worker() -> None:
            while queue:
                body, headers = queue.pop()
                t0 = time.perf_counter()
                async with session.post(url, data=body, headers=headers) as response:
                    text = await response.text()
                    if response.status != 200 or text:
                        raise RuntimeError(f"HTTP {response.status}, not a bare acknowledgement: {text[:80]}")
                latencies.append((time.perf_counter() - t0) * 1000)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def answers_reaching(api: str, expected: int, timeout: float = 300) -> tuple[int, int]:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(api + "/count") as response:
                counts = await response.json()
            count = counts["response_posts"]
            if count >= expected or time.monotonic() > deadline:
                return count, counts["notices"]
            await asyncio.sleep(0.05)


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


async def main(args: argparse.Namespace) -> None:
    tmp = tempfile.mkdtemp()
    db_path = os.path.join(tmp, "bench.sqlite3")
    t0 = time.perf_counter()
    await seed(db_path, args.groups)
    print(f"seeded {args.groups} groups x {MEMBERS} members in {time.perf_counter() - t0:.1f} s; "
          f"{os.cpu_count()} CPUs; {args.concurrency} concurrent; {args.rounds} rounds x {args.requests} requests")
    fake, fake_port = start("fake")
    api = f"http://127.0.0.1:{fake_port}"
    apps = {name: start(name, "--api", api + "/api/", "--db", db_path, "--work-slots", str(args.work_slots))
            for name in args.apps}
    results: dict[str, list[float]] = {name: [] for name in apps}
    expected = answered = notices = 0
    try:
        for name, (_, port) in apps.items():
            url = f"http://127.0.0.1:{port}/slack/events"
            await wait_ready(url)
            await load(url, [signed_command(i, args.groups, api) for i in range(200)], args.concurrency)  # warm-up
            if name == "roundtable":
                expected += 200
                await answers_reaching(api, expected)
        for round_ in range(args.rounds):
            for name, (_, port) in (apps.items() if round_ % 2 == 0 else reversed(list(apps.items()))):
                batch = [signed_command(round_ * args.requests + i, args.groups, api) for i in range(args.requests)]
                t1 = time.perf_counter()
                results[name] += await load(f"http://127.0.0.1:{port}/slack/events", batch, args.concurrency)
                acked = time.perf_counter() - t1
                if name == "roundtable":
                    # wait for every answer of this round before the next, so rounds don't overlap
                    expected += len(batch)
                    answered, notices = await answers_reaching(api, expected)
                print(f"  round {round_ + 1} {name:16s} acks {args.requests / acked:6.0f}/s"
                      + (f", all answered after {time.perf_counter() - t1:5.1f} s" if name == "roundtable" else ""),
                      file=sys.stderr)
    finally:
        for proc, _ in [*apps.values(), (fake, 0)]:
            proc.terminate()
            proc.wait(10)
    print(f"answers delivered to response_url: {answered} of {expected} (one per /consult next); "
          f"'taking longer' notices: {notices}")
    base = results.get("baseline")
    for name, values in results.items():
        med, p99 = statistics.median(values), pct(values, 0.99)
        ratio = f"  ratio of medians to baseline {med / statistics.median(base):.2f}x" if base and name != "baseline" else ""
        print(f"{name:18s} n={len(values)}  median {med:6.1f} ms  p90 {pct(values, 0.9):6.1f} ms  "
              f"p99 {p99:6.1f} ms  max {max(values):6.1f} ms{ratio}")
    print(json.dumps({name: {"median_ms": round(statistics.median(v), 2), "p99_ms": round(pct(v, 0.99), 2)}
                      for name, v in results.items()}))


def entry() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", default="main", choices=["main", "fake", "roundtable", "baseline", "baseline-stock"])
    parser.add_argument("--api")
    parser.add_argument("--db")
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=6)
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

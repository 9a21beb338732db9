"""A graceful stop on Discord, in a real process: SIGTERM in the middle of a burst of slash commands.

Discord's network cannot be reached offline, and discord.py has no setting for another API address, so the
process (tests/helpers/discord_process.py) attaches its Discord client to SimCord - an in-memory Discord for
discord.py - inside itself, and drives the burst from inside too.

What is real: a separate `python` process started with Popen and stopped with a real SIGTERM from here; its
settings loading, composition, scheduler and PostgreSQL scheduling lock, signal handlers and graceful-stop order
(`roundtable.cli.main(["run"])`, unchanged but for the `discord_gateway` seam that replaces `client.start(token)`);
the core; storage on PostgreSQL (a database of its own); the Discord adapter (RoundtableClient, its command tree,
Interactions and its drain) and discord.py itself, which parses the gateway events and makes the HTTP calls.

What is not: Discord's network and gateway (SimCord answers discord.py's HTTP calls in memory and feeds it gateway
events in the same process), so neither network latency, a dropped websocket nor Discord's own timing (its
3-second acknowledgement deadline, rate limits) is exercised; the burst is driven by a script inside the process,
not by people's clients; and SimCord's virtual clock stands in for discord.py's.

Checked: exit status 0 within stop_timeout plus a margin; every interaction that was acknowledged (deferred) was
answered exactly once and its group is in the database; nothing was answered twice; no group exists for an
interaction that was not acknowledged; the process released the scheduling lock itself; the stop reached the
adapter with interactions in flight and waited for them; interactions that arrived after it began were not taken.

Fails, as checked by hand, when cli's `_serve_discord` skips the drain or drains with no time (an acknowledged
interaction is left "thinking…"), and when Interactions stops turning new interactions away during the stop.
"""
from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from queue import Empty, Queue
from typing import Any

import aiohttp
import asyncpg
import pytest

from adapters.discord.interactions import RESTARTING
from tests.conftest import POSTGRES_URL, postgres_or_skip
from tests.helpers.processes import advisory_locks, clean_environment, free_port, fresh_database

ROOT = Path(__file__).resolve().parents[2]
STOP_TIMEOUT = 10.0
MARGIN = 20.0      # process start-up of the stop path, the scheduler's own stop, PostgreSQL on a busy machine
SIGTERM_AFTER = 12  # acknowledged interactions before the signal


def _lines(proc: subprocess.Popen[str]) -> Queue[dict[str, Any] | None]:
    """The process's stdout, one JSON object per line, read on a thread; None at the end."""
    queue: Queue[dict[str, Any] | None] = Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("{"):
                queue.put(json.loads(line))
        queue.put(None)

    threading.Thread(target=read, daemon=True).start()
    return queue


async def _next(queue: Queue[dict[str, Any] | None], deadline: float) -> dict[str, Any] | None:
    """The next line, or None at the end of the output or at the deadline."""
    def get() -> dict[str, Any] | None:
        try:
            return queue.get(timeout=max(0.0, deadline - time.monotonic()))
        except Empty:
            return None

    return await asyncio.get_running_loop().run_in_executor(None, get)


@pytest.mark.postgres
async def test_sigterm_mid_burst_on_discord_answers_every_acknowledged_interaction_once_and_exits_0(
        tmp_path: Path) -> None:
    postgres_or_skip()
    admin, name, db_url, dsn = await fresh_database(POSTGRES_URL, "rt_dstop")
    port = free_port()
    env = clean_environment()
    env.update({"PYTHONPATH": str(ROOT), "ROUNDTABLE_CONFIG": str(tmp_path / "absent.toml"),
                "DATABASE_URL": db_url, "DISCORD_TOKEN": "simcord-in-process",
                "ROUNDTABLE_STATUS_HOST": "127.0.0.1", "ROUNDTABLE_STATUS_PORT": str(port),
                "ROUNDTABLE_LOG_FORMAT": "json", "ROUNDTABLE_STOP_TIMEOUT": str(STOP_TIMEOUT)})
    proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.discord_process"], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stderr: list[str] = []
    threading.Thread(target=lambda: stderr.extend(proc.stderr or ()), daemon=True).start()
    lines = _lines(proc)
    try:
        deadline = time.monotonic() + 60                                  # up to 60 s to start
        while (line := await _next(lines, deadline)) is not None and line["event"] != "ready":
            pass
        assert line is not None, "".join(stderr)[-3000:]
        async with aiohttp.ClientSession() as session:
            ready: dict[str, Any] = {}
            while time.monotonic() < deadline:
                try:
                    async with session.get(f"http://127.0.0.1:{port}/readyz") as response:
                        ready = await response.json()
                        if response.status == 200 and ready.get("scheduler") == "leader":
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        assert ready.get("scheduler") == "leader", ready
        assert ready["checks"]["discord"] == {"ok": True, "detail": "gateway connected"}
        assert await advisory_locks(dsn) == 1, "the process holds the scheduling lock"

        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        events: list[dict[str, Any]] = []
        signalled_at = None
        deadline = time.monotonic() + 60
        while (line := await _next(lines, deadline + STOP_TIMEOUT + MARGIN)) is not None:
            events.append(line)
            if signalled_at is None and sum(e["event"] == "acknowledged" for e in events) >= SIGTERM_AFTER:
                proc.send_signal(signal.SIGTERM)                          # mid-burst
                signalled_at = time.monotonic()
            if line["event"] == "final":
                break
        assert not [e for e in events if e["event"] == "burst_failed"], events
        assert signalled_at is not None, f"the burst did not get going: {events[-5:]}"
        code = await asyncio.get_running_loop().run_in_executor(
            None, lambda: proc.wait(timeout=STOP_TIMEOUT + MARGIN))
        took = time.monotonic() - signalled_at
        log = "".join(stderr)
        assert code == 0, log[-3000:]
        assert took < STOP_TIMEOUT + MARGIN
        logged = [json.loads(entry)["event"] for entry in log.splitlines() if entry.startswith("{")]
        assert "received SIGTERM: stopping" in logged
        assert "scheduler stopped; scheduling lock released" in logged
        assert "Traceback" not in log
        assert await advisory_locks(dsn) == 0, "the process released the scheduling lock"

        final = events[-1]
        assert final["event"] == "final" and final["errors"] == []
        outcome = {entry["i"]: entry for entry in final["interactions"]}
        # Taken: deferred ("thinking…") - and then, one hopes, answered. Read from what Discord holds at the end.
        acknowledged = {i for i, entry in outcome.items() if entry["state"] in ("acknowledged", "answered")}
        assert {e["i"] for e in events if e["event"] == "acknowledged"} <= acknowledged
        assert len(acknowledged) >= SIGTERM_AFTER
        for i in acknowledged:
            # Answered once: the private answer to the founder and the channel's announcement, each exactly once.
            entry = outcome[i]
            assert entry["state"] == "answered", f"acknowledged interaction {i}: {entry}"
            private = [m["text"] for m in entry["messages"] if m["private"]]
            public = [m["text"] for m in entry["messages"] if not m["private"]]
            assert len(private) == 1 and "You're its facilitator" in private[0], f"interaction {i}: {entry}"
            assert len(public) == 1 and f"“Burst {i}”, has started here" in public[0], f"interaction {i}: {entry}"
        for entry in outcome.values():
            if entry["state"] == "turned_away":
                assert entry["messages"] == [{"private": True, "text": RESTARTING}], entry
            elif entry["state"] == "unanswered":
                assert entry["messages"] == [], entry
            else:
                assert entry["state"] == "answered" and len(entry["messages"]) == 2, entry
        conn = await asyncpg.connect(dsn)
        try:
            names = {row["name"] for row in await conn.fetch("SELECT name FROM groups")}
        finally:
            await conn.close()
        assert names == {f"Burst {i}" for i in acknowledged}, \
            "every acknowledged command's group was committed, and nothing else"
        # The stop found work in flight (else this test would prove nothing) and waited for all of it; what came
        # after it began was not taken (turned away with the restarting notice, or, once the client had closed,
        # never answered: Discord tells the person the interaction failed).
        drains = [e for e in events if e["event"] == "drain"]
        assert len(drains) == 1 and drains[0]["in_flight"] >= 1, f"interactions in flight at the stop: {drains}"
        assert [e["left"] for e in events if e["event"] == "drained"] == [0]
        late = [entry for i, entry in outcome.items() if i >= drains[0]["emitted"]]
        assert late and all(entry["state"] in ("turned_away", "unanswered") for entry in late), late
        assert any(entry["state"] == "turned_away" for entry in late), "the burst went on during the stop"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()

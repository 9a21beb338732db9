"""A graceful stop, on a real `roundtable run` process (Slack HTTP mode against a local fake Web API, PostgreSQL):
SIGTERM in the middle of a burst of slash commands. Every command that was acknowledged is answered exactly once
and its change is in the database; none is answered twice; the process releases the scheduling lock itself and
exits 0. The readiness page says it leads before, and the status routes live on the Slack port.

And in Socket Mode (no public port of Slack's) the status server runs on a port of its own."""
from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from tests.adapters.slack.conftest import SECRET
from tests.conftest import POSTGRES_URL, postgres_or_skip
from tests.helpers.processes import advisory_locks, clean_environment, free_port, fresh_database
from tests.helpers.slack_api import FakeSlackAPI
from tests.helpers.slack_signing import SlackRequestFactory, send

ROOT = Path(__file__).resolve().parents[2]
BURST = 24


def _environment(tmp_path: Path, fake: FakeSlackAPI, **more: str) -> dict[str, str]:
    env = clean_environment()
    env.update({"PYTHONPATH": str(ROOT), "ROUNDTABLE_CONFIG": str(tmp_path / "absent.toml"),
                "SLACK_BOT_TOKEN": fake.bot_token, "ROUNDTABLE_SLACK_API_BASE_URL": fake.api_url,
                "ROUNDTABLE_LOG_FORMAT": "json", **more})
    return env


@pytest.mark.postgres
async def test_sigterm_mid_burst_loses_nothing_sends_nothing_twice_releases_the_lock_and_exits_0(
        tmp_path: Path) -> None:
    postgres_or_skip()
    admin, name, db_url, dsn = await fresh_database(POSTGRES_URL, "rt_stop")
    port = free_port()
    env = clean_environment()
    fake = await FakeSlackAPI().start()
    env.update({"PYTHONPATH": str(ROOT), "ROUNDTABLE_CONFIG": str(tmp_path / "absent.toml"),
                "DATABASE_URL": db_url, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": fake.bot_token,
                "ROUNDTABLE_SLACK_API_BASE_URL": fake.api_url, "PORT": str(port),
                "ROUNDTABLE_HTTP_HOST": "127.0.0.1", "ROUNDTABLE_LOG_FORMAT": "json", "ROUNDTABLE_STOP_TIMEOUT": "10"})
    proc = subprocess.Popen([sys.executable, "-m", "roundtable.cli", "run"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            ready: dict[str, object] = {}
            for _ in range(600):                                        # up to 60 s to start
                assert proc.poll() is None, proc.communicate()[1][-3000:]
                try:
                    async with session.get(base_url + "/readyz") as response:
                        ready = await response.json()
                        if response.status == 200 and ready.get("scheduler") == "leader":
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            assert ready.get("scheduler") == "leader", ready
            assert await advisory_locks(dsn) == 1, "the process holds the scheduling lock"
            async with session.get(base_url + "/metrics") as response:
                assert "roundtable_scheduler_leader 1.0" in await response.text()

            factory = SlackRequestFactory(SECRET, response_url=fake.response_url)
            requests = [factory.slash_command("/consult", f"group create Burst {i}", channel_id=f"C{i:04d}BURST",
                                              user_id=f"U{i:04d}X") for i in range(BURST)]
            acked: list[int] = []

            async def one(i: int) -> None:
                try:
                    result = await send(session, base_url, requests[i])
                except aiohttp.ClientError:
                    return                                              # not taken: the server was stopping
                if result.status == 200:
                    acked.append(i)
                    if len(acked) == BURST // 3:
                        proc.send_signal(signal.SIGTERM)               # mid-burst

            await asyncio.gather(*(one(i) for i in range(BURST)))
        code = await asyncio.get_running_loop().run_in_executor(None, lambda: proc.wait(timeout=60))
        _, stderr = proc.communicate()
        assert code == 0, stderr[-3000:]
        events = [json.loads(line)["event"] for line in stderr.splitlines() if line.startswith("{")]
        assert "received SIGTERM: stopping" in events
        assert "scheduler stopped; scheduling lock released" in events
        assert "Traceback" not in stderr
        assert await advisory_locks(dsn) == 0

        answers = {}
        for i, request in enumerate(requests):
            rid = request.payload["response_url"].rsplit("/", 1)[1]
            answers[i] = [c for c in fake.response_posts(rid)]
        assert len(acked) >= BURST // 3
        for i in acked:
            assert len(answers[i]) == 1, f"acknowledged command {i} answered {len(answers[i])} times"
        assert all(len(posts) <= 1 for posts in answers.values())
        conn = await asyncpg.connect(dsn)
        try:
            names = {row["name"] for row in await conn.fetch("SELECT name FROM groups")}
        finally:
            await conn.close()
        assert {f"Burst {i}" for i in acked} <= names, "every acknowledged command's change was committed"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        await fake.stop()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def test_socket_mode_serves_health_readiness_and_metrics_on_its_own_port_and_stops_on_sigterm(
        tmp_path: Path) -> None:
    fake = await FakeSlackAPI().start()
    fake.add_token("xapp-1-A0APP-test", team_id="T0001", user_id="U0BOT", bot_id=None)
    port = free_port()
    env = _environment(tmp_path, fake, SLACK_APP_TOKEN="xapp-1-A0APP-test",
                       DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'rt.sqlite3'}",
                       ROUNDTABLE_STATUS_HOST="127.0.0.1", ROUNDTABLE_STATUS_PORT=str(port))
    proc = subprocess.Popen([sys.executable, "-m", "roundtable.cli", "run"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            ready: dict[str, object] = {}
            for _ in range(600):
                assert proc.poll() is None, proc.communicate()[1][-3000:]
                try:
                    async with session.get(base_url + "/readyz") as response:
                        ready = await response.json()
                        if response.status == 200 and ready.get("scheduler") == "leader":
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            assert ready.get("ready") is True and ready.get("scheduler") == "leader", ready
            checks = ready["checks"]
            assert isinstance(checks, dict)
            assert checks["slack"] == {"ok": True, "detail": "Socket Mode connected"}
            assert checks["database"]["ok"] and checks["migrations"] == {"ok": True, "detail": "at head"}
            async with session.get(base_url + "/healthz") as response:
                assert (response.status, await response.text()) == (200, "ok")
            async with session.get(base_url + "/metrics") as response:
                assert response.status == 200 and "roundtable_scheduler_leader 1.0" in await response.text()
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.get_running_loop().run_in_executor(None, lambda: proc.wait(timeout=60))
        _, stderr = proc.communicate()
        assert code == 0, stderr[-3000:]
        events = [json.loads(line)["event"] for line in stderr.splitlines() if line.startswith("{")]
        assert "received SIGTERM: stopping" in events and "scheduler stopped; scheduling lock released" in events
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        await fake.stop()

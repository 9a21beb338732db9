"""`roundtable run` starts in order: the scheduler's first sweep waits until the Slack adapter can send (its
`auth.test` answered), so a nudge due at start goes out once, on its first attempt - not 90 s later after failing
with "no adapter running". A real process, against the fake Slack Web API whose `auth.test` answers slowly."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.core import Core
from roundtable.compose import prepare_database
from storage.database import Database
from tests.adapters.slack.conftest import GENERAL, SECRET, served
from tests.helpers.slack_api import Call, FakeSlackAPI

ROOT = Path(__file__).resolve().parents[3]
AUTH_DELAY = 3.0


async def _group_meeting_within_the_hour(fake: FakeSlackAPI, url: str) -> datetime:
    """A Slack group whose one-hour reminder fell due this minute (its meeting starts in at most an hour)."""
    now = datetime.now(UTC)
    meeting = now.replace(second=0, microsecond=0) + timedelta(hours=1)
    db = Database(url)
    await prepare_database(db)
    try:
        core = Core(build_registry(), db, ManualClock(now))
        async with served(fake, core) as slack:
            created = await slack.command("group create Peers tz:UTC")
            assert "facilitator" in created.text, created.text
            await slack.command(f"schedule set weekly on {meeting:%A} at {meeting:%H:%M}")
            assert "now meets" in slack.posts_to(GENERAL)[-1]["text"]
    finally:
        await db.dispose()
    return meeting


async def _ledger(url: str) -> list[Any]:
    db = Database(url)
    try:
        async with db() as uow:
            return await uow.nudges.all()
    finally:
        await db.dispose()


async def test_nudges_due_at_start_go_out_once_on_the_first_attempt(fake: FakeSlackAPI, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'roundtable.sqlite3'}"
    meeting = await _group_meeting_within_the_hour(fake, url)
    fake.reset()
    answered: list[float] = []

    async def slow_auth_test(call: Call) -> Any:
        await asyncio.sleep(AUTH_DELAY)
        answered.append(asyncio.get_running_loop().time())
        return fake._m_auth_test(call, fake.identity)

    fake.set_handler("auth.test", slow_auth_test)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ROUNDTABLE_CONFIG": str(tmp_path / "none.toml"),
           "DATABASE_URL": url, "SLACK_BOT_TOKEN": fake.bot_token, "SLACK_SIGNING_SECRET": SECRET,
           "ROUNDTABLE_SLACK_API_BASE_URL": fake.api_url, "PORT": "0", "ROUNDTABLE_HTTP_HOST": "127.0.0.1",
           "ROUNDTABLE_LOG_LEVEL": "INFO"}
    log = (tmp_path / "run.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "roundtable.cli", "run"], cwd=tmp_path, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        posts = await fake.wait_for("chat.postMessage", timeout=90)  # a loaded host starts the process slowly
        assert answered and fake.calls_to("auth.test"), "a post before the token was checked"
        for _ in range(600):  # until the first sweep's nudges are all recorded (none pending or being sent)
            if not [r for r in await _ledger(url) if r.status in ("pending", "sending")]:
                break
            await asyncio.sleep(0.1)
        assert proc.poll() is None, (tmp_path / "run.log").read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        # Wait without blocking this loop: the fake Slack API runs on it, and the process finishes the batch it is
        # sending (a message paced a moment after the first) against it before it exits.
        try:
            await asyncio.to_thread(proc.wait, 40)
        except subprocess.TimeoutExpired:
            proc.kill()
            await asyncio.to_thread(proc.wait)
        log.close()
    assert proc.returncode == 0, (tmp_path / "run.log").read_text()
    rows = [r for r in await _ledger(url) if r.key.meeting_start == meeting]
    reminders = [r for r in rows if r.key.kind == "reminder_1h"]
    assert len(reminders) == 1, [(r.key.kind, r.status) for r in rows]
    [reminder] = reminders
    assert (reminder.status, reminder.attempts, reminder.reason) == ("sent", 1, None)
    assert all(r.attempts <= 1 and r.status in ("sent", "missed", "superseded", "dropped") for r in rows), \
        [(r.key.kind, r.status, r.attempts, r.reason) for r in rows]
    sent = [r for r in rows if r.status == "sent"]
    posts = fake.calls_to("chat.postMessage")
    assert len(posts) == len(sent), [p.params.get("text", "")[:40] for p in posts]  # each nudge once
    assert "no adapter running" not in (tmp_path / "run.log").read_text()

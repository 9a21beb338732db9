"""The console as a terminal program: line editing and history, clean Ctrl-C / Ctrl-D, `as @alice` for clicks and
forms, guidance before `as`, files per member, and `expect` that sees everything printed since the last command."""
from __future__ import annotations

import os
import pty
import select
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.identity import ChannelRef
from bot.messages import Reply, ToChannel, message
from storage.database import Database
from tests.helpers import Desk

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


async def test_as_lets_click_and_submit_drop_the_name(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    await desk.found_group()
    out = await desk.run("as @bob", "/consult join Tuesday Peers", 'click "I accept"')
    assert "welcome" in out.lower() or "member" in out.lower(), out
    out = await desk.run("as @alice", "/consult group settings", 'submit "Group settings" capacity=6')
    assert "6" in out, out
    assert "member" in await desk.say("bob", "members")


async def test_help_or_a_command_before_as_says_what_to_do(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    out = await desk.run("help")
    assert "as @alice" in out and "/consult help" in out
    out = await desk.run("/consult help")
    assert "as @alice" in out and "@alice: /consult help" in out
    out = await desk.run('click "I accept"')
    assert "as @alice" in out
    await desk.run("as @alice")
    assert "Run a group" in await desk.run("help")


async def test_each_members_files_are_kept_apart(sqlite_db: Database, tmp_path: Path) -> None:
    desk = Desk(sqlite_db, START)
    desk.session.files_dir = tmp_path
    await desk.found_group(members=("bob",))
    await desk.say("alice", "schedule set weekly on Tuesday at 18:00")
    await desk.say("alice", "calendar")
    await desk.say("bob", "calendar")
    assert (tmp_path / "alice" / "tuesday-peers.ics").exists()
    assert (tmp_path / "bob" / "tuesday-peers.ics").exists()


async def test_expect_sees_channel_posts_and_deletions_since_the_last_command(sqlite_db: Database) -> None:
    desk = Desk(sqlite_db, START)
    session = desk.session
    await desk.run("@alice: /consult group list")
    here = ChannelRef("console", "demo", "consultation")
    await session.send(Reply().add(ToChannel(here), message("A consultation request from @bob")).outbound[0])
    await session.deliver(Reply().add(ToChannel(here), message("Posted your request.")))
    await session.delete(here, "console-1")
    await desk.run('expect "A consultation request from @bob"', 'expect "Posted your request"',
                   'expect "(Roundtable deleted message console-1"')
    await desk.run("@alice: /consult group list")
    with pytest.raises(Exception, match="expected"):
        await desk.run('expect "A consultation request from @bob"')


# In a real terminal ------------------------------------------------------------------------------------------


def _spawn(tmp_path: Path, *argv: str) -> tuple[int, int]:
    env = {**os.environ, "HOME": str(tmp_path), "TERM": "xterm", "ROUNDTABLE_LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(ROOT)}
    env.pop("INPUTRC", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.chdir(tmp_path)
        os.execve(sys.executable, [sys.executable, *argv], env)
    return pid, fd


def _read_until(fd: int, wanted: bytes, timeout: float = 40.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"never saw {wanted!r}; saw {seen[-2000:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def _finish(pid: int, fd: int, timeout: float = 60.0) -> tuple[int, bytes]:
    rest = b""
    readable = True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            os.close(fd)
            return os.waitstatus_to_exitcode(status), rest
        ready = select.select([fd], [], [], 0.2)[0] if readable else []
        if not ready:
            time.sleep(0.05)
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal closed: the process is ending
            readable = False
            continue
        readable = bool(chunk)
        rest += chunk
    os.kill(pid, 9)
    raise AssertionError(f"the console did not end; it printed {rest[-2000:]!r}")


def _console(tmp_path: Path) -> tuple[int, int]:
    return _spawn(tmp_path, "-m", "roundtable.cli", "console", "--db", f"sqlite+aiosqlite:///{tmp_path / 'rt.sqlite3'}",
                  "--files", str(tmp_path / "files"))


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")
def test_ctrl_d_ends_cleanly_and_arrow_up_recalls_history(tmp_path: Path) -> None:
    pid, fd = _console(tmp_path)
    _read_until(fd, b"roundtable> ")
    os.write(fd, b"as @alice\r")
    _read_until(fd, b"@alice> ")
    os.write(fd, b"/consult group list\r")
    _read_until(fd, b"no groups here yet")
    _read_until(fd, b"@alice> ")
    os.write(fd, b"\x1b[A")  # arrow up: the last line comes back for editing
    echoed = _read_until(fd, b"/consult group list")
    assert b"group list" in echoed
    os.write(fd, b"\r")
    _read_until(fd, b"no groups here yet")
    _read_until(fd, b"@alice> ")
    os.write(fd, b"\x04")  # Ctrl-D
    code, rest = _finish(pid, fd)
    assert code == 0 and b"Traceback" not in rest
    assert "/consult group list" in (tmp_path / ".roundtable_history").read_text()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")
def test_ctrl_c_ends_cleanly(tmp_path: Path) -> None:
    pid, fd = _console(tmp_path)
    _read_until(fd, b"roundtable> ")
    os.write(fd, b"as @al")
    _read_until(fd, b"as @al")   # readline has the half-typed line: Ctrl-C now interrupts the editing
    os.write(fd, b"\x03")  # Ctrl-C
    code, rest = _finish(pid, fd)
    assert code == 0 and b"Traceback" not in rest and b"KeyboardInterrupt" not in rest


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")
def test_ctrl_c_under_dev_py_run_ends_cleanly(tmp_path: Path) -> None:
    """dev.py waits for its child and lets it handle Ctrl-C: no traceback from either."""
    import dev

    pid, fd = _spawn(tmp_path, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); import dev; "
                     "dev.ensure = lambda extras: None; "
                     f"sys.exit(dev.run_child([sys.executable, '-m', 'roundtable.cli', 'console', '--db', "
                     f"'sqlite+aiosqlite:///{tmp_path / 'rt.sqlite3'}']))")
    assert callable(dev.run_child)
    _read_until(fd, b"roundtable> ")
    os.write(fd, b"\x03")
    code, rest = _finish(pid, fd)
    assert code == 0 and b"Traceback" not in rest

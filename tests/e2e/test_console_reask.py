"""A console restarted on the same SQLite file asks the open check-in round again (roundtable/cli.py calls
`CheckinService.restarted`): the first run's held answer is gone with its process, and its member is asked again;
a member whose answer was written in a batch is not."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.checkins.texts import REASK_TITLE

ROOT = Path(__file__).resolve().parents[2]
FIRST = """\
@alice: /consult group create Tuesday Peers tz:America/Denver
""" + "".join(f"@{m}: /consult join Tuesday Peers\n@{m} click \"I accept\"\n" for m in ("bob", "carol", "dan", "erin", "farah")) + """\
@alice: /consult checkin settings cadence:off k:3
@alice: /consult checkin start
@bob click "2"
@carol click "3"
@dan click "4"
expect "your answer is in"
@erin click "1"
expect "held privately for now"
"""


def console(db: Path, script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "roundtable.cli", "console", "--db", f"sqlite+aiosqlite:///{db}", "--script", "-"],
        input=script, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_restarted_console_asks_the_open_round_again(tmp_path: Path) -> None:
    db = tmp_path / "roundtable.db"
    first = console(db, FIRST)
    assert REASK_TITLE not in first, "nothing restarted yet"
    second = console(db, '@erin: /consult checkin status\n')
    asked = {name for name in ("alice", "bob", "carol", "dan", "erin", "farah")
             if f"[DM to @{name}] == {REASK_TITLE}" in second}
    assert asked == {"alice", "erin", "farah"}, second
    assert "You haven't answered yet" in second, "erin's held answer went with the first process"

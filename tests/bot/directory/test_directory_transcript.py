"""The README's directory example (examples/directory.transcript) runs to the end: a newcomer finds a group, asks
to join, is approved and joins; a resource is shared for the next meeting, listed, and recapped after it once; an
unanswered request lapses and its requester is told; four people waiting with no fit are offered an introduction."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_directory_transcript_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "roundtable.cli", "console", "--db", f"sqlite+aiosqlite:///{tmp_path / 'd.sqlite3'}",
         "--script", str(ROOT / "examples" / "directory.transcript")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    assert "meets Thu 20:00 your time (inside your Tue-Thu 19:00-22:00)" in out
    assert "Morning Couples" not in out.split("> @noor: /consult find\n", 1)[1].split("> @noor: /consult join", 1)[0]
    assert "[DM to @hana] == Request to join Trauma Evenings ==" in out
    assert "[#trauma-evenings] @noor joined Trauma Evenings. Welcome!" in out
    assert "1. Grounding worksheet <https://example.org/grounding-worksheet.pdf>" in out
    recap = ("[#trauma-evenings] Shared for Trauma Evenings' meeting on Thu 3 Dec 2026:\n"
             "    • Grounding worksheet <https://example.org/grounding-worksheet.pdf>\n")
    assert out.count(recap) == 1  # once, and without who shared it

    lapsed = out.split("[DM to @omar] == Your request to join Trauma Evenings has lapsed ==", 1)
    assert len(lapsed) == 2 and out.count("has lapsed ==") == 1
    assert "That request expired on 18 Dec 2026" in lapsed[1] and "[DM to @omar]" not in lapsed[1]
    offers = [user for user in ("ada", "bea", "cyd", "dev")
              if f"[DM to @{user}] == Colleagues who could start a group with you ==" in out]
    assert offers == ["ada", "bea", "cyd", "dev"]
    met = out.split('> @dev click "Yes, introduce me"', 1)[1]
    assert "• @ada" in met and "[DM to @ada] == Another colleague wants to start a group with you ==" in met
    assert "@bea" not in met and "@cyd" not in met, "only those who said yes are introduced"

"""The README stays true: every /consult command and every CLI subcommand is documented there."""
from __future__ import annotations

from pathlib import Path

from bot.commands.catalog import build_registry

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_consult_command_is_in_the_readme() -> None:
    """Each command has a row in the commands table (rows may pair two, like `nudges mute` / `nudges unmute`)."""
    rows = [line for line in README.splitlines() if line.startswith("| `/consult")]
    missing = [c.name for c in build_registry().commands.values()
               if not any(f"/consult {c.name}" in row or f"`{c.name} " in row or f"`{c.name}`" in row
                          for row in rows)]
    assert missing == []


def test_every_cli_command_is_in_the_readme() -> None:
    for command in ("roundtable run", "roundtable console", "roundtable console --script", "roundtable db upgrade",
                    "roundtable discord sync", "roundtable slack manifest", "roundtable data export", "roundtable data purge",
                    "python3 dev.py run", "python3 dev.py test"):
        assert command in README, command

#!/usr/bin/env python3
"""Set up and run Roundtable from a fresh clone with nothing but Python 3.11+.

    python3 dev.py run      create .venv if needed, install, and start the bot (the console when no tokens are set)
    python3 dev.py test     create .venv if needed, install with test tools, and run the whole test suite

Extra arguments are passed on (to `roundtable run`, or to pytest).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036  (dev.py is run by whatever python3 the machine has)
        sys.exit(f"Roundtable needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()[:16]
    marker = VENV / f".installed-{stamp}"
    if marker.exists():
        return
    print(f"Installing Roundtable [{extras}] into .venv …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"], check=True, cwd=ROOT)
    for old in VENV.glob(".installed-*"):
        old.unlink()
    marker.touch()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    if action == "run":
        ensure("slack,discord")
        return run_child([str(PYTHON), "-m", "roundtable.cli", "run", *rest])
    ensure("dev")
    return run_child([str(PYTHON), "-m", "pytest", *rest])


def run_child(command: list[str]) -> int:
    """Run `command` and return its exit status. Ctrl-C reaches the child too (same terminal): the child decides
    how to end, and this wrapper waits for it instead of stopping with a traceback of its own."""
    with subprocess.Popen(command, cwd=ROOT) as child:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:
                continue


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The core stays platform-neutral: only the composition root (roundtable/, outside bot/) may import storage,
adapters or SDKs alongside the core; nothing imports the composition root."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
COMPOSITION = ROOT / "roundtable"
FORBIDDEN = ("adapters", "storage", "slack_bolt", "slack_sdk", "discord", "sqlalchemy", "apscheduler", "alembic",
             "aiohttp", "asyncpg", "aiosqlite")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_imports_no_adapter_storage_or_sdk() -> None:
    offenders = []
    for path in BOT.rglob("*.py"):
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(BOT.parent)} imports {name}")
    assert offenders == []


def test_nothing_imports_the_composition_root() -> None:
    """bot/, adapters/ and storage/ are wired by roundtable/, never the other way round."""
    offenders = []
    for package in ("bot", "adapters", "storage"):
        for path in (ROOT / package).rglob("*.py"):
            for name in imported_modules(path):
                if name.split(".")[0] == COMPOSITION.name:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_core_never_reads_the_wall_clock() -> None:
    """Not even the composition root: the real clock lives in adapters/system_clock.py."""
    offenders = []
    for path in [*BOT.rglob("*.py"), *COMPOSITION.rglob("*.py")]:
        source = path.read_text(encoding="utf-8")
        for needle in ("datetime.now(", "datetime.utcnow(", "date.today(", "time.time("):
            if needle in source:
                offenders.append(f"{path.relative_to(ROOT)} calls {needle}")
    assert offenders == []

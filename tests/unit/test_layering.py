"""The core stays platform-neutral: only the composition root may import storage, adapters or SDKs."""
from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
FORBIDDEN = ("adapters", "storage", "slack_bolt", "slack_sdk", "discord", "sqlalchemy", "apscheduler", "alembic",
             "aiohttp", "asyncpg", "aiosqlite")
COMPOSITION_ROOT = {"bootstrap.py", "cli.py"}


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
        if path.name in COMPOSITION_ROOT and path.parent == BOT:
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(BOT.parent)} imports {name}")
    assert offenders == []


def test_core_never_reads_the_wall_clock() -> None:
    """Not even the composition root: the real clock lives in adapters/system_clock.py."""
    offenders = []
    for path in BOT.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("datetime.now(", "datetime.utcnow(", "date.today(", "time.time("):
            if needle in source:
                offenders.append(f"{path.relative_to(BOT.parent)} calls {needle}")
    assert offenders == []

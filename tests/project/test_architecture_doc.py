"""docs/architecture.md stays true: its pictures are what docs/diagrams.py draws, and every file, folder and
`file: Name.function` it names exists."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGE = (DOCS / "architecture.md").read_text(encoding="utf-8")
PACKAGES = ("bot", "adapters", "storage", "roundtable", "tests", "docs")


def _diagrams() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diagrams", DOCS / "diagrams.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_committed_pictures_are_what_the_script_draws() -> None:
    stale = [name for name, svg in _diagrams().drawn().items()
             if (DOCS / name).read_text(encoding="utf-8") != svg]
    assert stale == [], "run: python3 docs/diagrams.py"


def test_the_page_shows_every_picture() -> None:
    assert [name for name in _diagrams().PICTURES if f"]({name})" not in PAGE] == []


def _exists(name: str) -> bool:
    """A path from the repository root, or a bare file or folder name found in one of the packages."""
    name = name.rstrip("/")
    if (ROOT / name).exists():
        return True
    if "/" in name:
        return any((ROOT / package / name).exists() for package in PACKAGES) or \
            any(p.as_posix().endswith("/" + name) for package in PACKAGES for p in (ROOT / package).rglob("*"))
    return any(any((ROOT / package).rglob(name)) for package in PACKAGES)


def _where(name: str) -> Path | None:
    name = name.rstrip("/")
    if (ROOT / name).is_file():
        return ROOT / name
    found = [p for package in PACKAGES for p in (ROOT / package).rglob("*.py") if p.as_posix().endswith("/" + name)]
    return found[0] if len(found) == 1 else None


def test_every_file_the_page_names_exists() -> None:
    named = set()
    for code in re.findall(r"`([^`]+)`", PAGE):
        if "*" in code:  # a pattern (`*_tables.py`), not a name
            continue
        for token in re.findall(r"[\w./-]+\.py|[\w.-]+(?:/[\w.-]+)*/", code):
            if not token.startswith("/") and "*" not in token:
                named.add(token)
    assert len(named) > 40
    assert sorted(n for n in named if not _exists(n)) == []


def test_every_function_the_page_names_is_in_its_file() -> None:
    """`path: Name` and `path: Name.attribute`: each name is defined (class, def or assignment) in that file."""
    missing = []
    for path, dotted in re.findall(r"`([\w./]+\.py):\s+([\w.]+)", PAGE):
        where = _where(path)
        if where is None:
            missing.append(f"{path} (not one file)")
            continue
        source = where.read_text(encoding="utf-8")
        for name in dotted.split("."):
            if not re.search(rf"(class|def)\s+{name}\b|^\s*{name}\s*[:=]", source, re.MULTILINE):
                missing.append(f"{path}: {name}")
    assert missing == []

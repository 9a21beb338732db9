"""Fixtures for every adapter test."""
from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_root_log_handler_outlives_its_test() -> Iterator[None]:
    """Some adapter tests run the real CLI (`roundtable discord sync`), which installs the production log handler,
    writing to that test's captured stderr and redacting every record, on the root logger. tests/adapters runs
    before tests/bot, so such a handler must not outlive its test: it would redact what later tests read through
    caplog and write to a closed stream. Handlers pytest itself attaches are left to pytest."""
    root = logging.getLogger()
    before = set(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before and type(h).__module__ != "_pytest.logging"]:
        root.removeHandler(handler)

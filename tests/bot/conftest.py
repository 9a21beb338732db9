"""Consultation requests and the data lifecycle, through the console on in-memory fakes and on real databases."""
from __future__ import annotations

from pathlib import Path

import pytest

from storage.database import Database
from tests.conftest import START
from tests.helpers.cases import CaseDesk
from tests.helpers.fakes import FakeDatabase


@pytest.fixture(params=["fake", "sqlite"])
def store(request: pytest.FixtureRequest, sqlite_db: Database) -> object:
    """Use cases run on the in-memory fakes and on SQLite: the fake must keep the real repository's rules."""
    return FakeDatabase() if request.param == "fake" else sqlite_db


@pytest.fixture
def desk(store: object, tmp_path: Path) -> CaseDesk:
    return CaseDesk(store, START, tmp_path)  # type: ignore[arg-type]

"""Check-in flows run on the in-memory fakes and on SQLite; storage and anonymity tests also on PostgreSQL."""
from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.conftest import drop_database, make_database
from tests.helpers.fakes import FakeDatabase


@pytest.fixture(params=["fake", "sqlite"])
async def db(request: pytest.FixtureRequest) -> AsyncIterator[object]:
    if request.param == "fake":
        yield FakeDatabase()
        return
    database, schema = await make_database("sqlite")
    try:
        yield database
    finally:
        await drop_database(database, schema)

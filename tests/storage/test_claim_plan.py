"""The delivery claim's plan does not depend on fresh statistics: on PostgreSQL with autovacuum off for the ledger
and no ANALYZE after a sweep recorded 80,000 pending rows (on top of an analysed history), the claim reads the head
of the partial index on pending nudges, in the claim's own order, and costs about the same as after ANALYZE."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from bot.nudges.plan import NudgeKey, NudgeRecord
from storage import tables
from storage.database import Database
from storage.nudge_ledger import SqlNudges
from tests.conftest import drop_database, make_database, postgres_or_skip

MEETING = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)
NOW = MEETING - timedelta(hours=48)
GROUPS, MEMBERS = 10_000, 8


async def _groups(db: Database) -> None:
    rows = [dict(id=g, platform="console", workspace_id="w", name=f"G{g}", name_key=f"g{g}", channel_id=f"c{g}",
                 timezone="UTC", created_by="u", created_at=NOW - timedelta(days=60), capacity=8,
                 meeting_minutes=90, location="", presenters_per_meeting=1, schedule="", agenda="", next_mark=8)
            for g in range(1, GROUPS + 1)]
    async with db.engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            await conn.execute(insert(tables.groups), rows[start:start + 5000])


async def _record(db: Database, meeting: datetime, status: str) -> None:
    rows = [NudgeRecord(NudgeKey(g, meeting, meeting, "rsvp", f"u{g}_{m}"), meeting - timedelta(hours=48), status)
            for g in range(1, GROUPS + 1) for m in range(MEMBERS)]
    async with db() as uow:
        await SqlNudges(uow.session).record(rows)
        await uow.commit()


async def _plan(db: Database, sql: str) -> str:
    async with db.engine.connect() as conn:
        lines = (await conn.exec_driver_sql("EXPLAIN " + sql)).scalars().all()
    return "\n".join(lines)


async def _claim_ms(db: Database, rounds: int = 20) -> float:
    """Median time of one claim of 200 rows, rolled back so that each round sees the same 80,000."""
    times = []
    for _ in range(rounds):
        async with db() as uow:
            started = time.perf_counter()
            taken = await SqlNudges(uow.session).claim(NOW, NOW + timedelta(minutes=2), 200)
            times.append((time.perf_counter() - started) * 1000)
            assert len(taken) == 200
            await uow.rollback()
    return sorted(times)[len(times) // 2]


CLAIM = ("UPDATE nudges SET status = 'sending', lease_until = now() WHERE nudges.id IN (SELECT nudges.id FROM nudges "
         "WHERE nudges.status = 'pending' ORDER BY nudges.matters_at, nudges.id LIMIT 200 FOR UPDATE SKIP LOCKED) "
         "RETURNING nudges.id")


@pytest.mark.postgres
async def test_the_claim_reads_the_pending_index_with_stale_statistics() -> None:
    postgres_or_skip()
    db, schema = await make_database("postgres")
    try:
        async with db.engine.connect() as conn:
            await conn.exec_driver_sql("ALTER TABLE nudges SET (autovacuum_enabled = false)")
            await conn.exec_driver_sql("ALTER TABLE groups SET (autovacuum_enabled = false)")
            await conn.commit()
        await _groups(db)
        await _record(db, MEETING - timedelta(days=7), "sent")  # last week's: history, analysed
        async with db.engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql("ANALYZE nudges")
            await conn.exec_driver_sql("ANALYZE groups")
        await _record(db, MEETING, "pending")  # this sweep's 80,000: the statistics do not know them

        statements: list[str] = []

        def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
            statements.append(statement)

        event.listen(db.engine.sync_engine, "before_cursor_execute", seen)
        stale_ms = await _claim_ms(db)
        event.remove(db.engine.sync_engine, "before_cursor_execute", seen)
        # what the claim sent is the statement explained below (the pending part), and it locks with SKIP LOCKED
        pending = [s for s in statements if "ORDER BY nudges.matters_at, nudges.id" in s]
        assert pending and all("FOR UPDATE SKIP LOCKED" in s and s.startswith("UPDATE") for s in pending), statements
        plan = await _plan(db, CLAIM)
        assert "ix_nudges_pending" in plan and "pk_nudges" in plan, plan
        assert "Seq Scan" not in plan and "Sort" not in plan and "Bitmap" not in plan, plan

        async with db.engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql("ANALYZE nudges")
        fresh_ms = await _claim_ms(db)
        assert "ix_nudges_pending" in await _plan(db, CLAIM)
        print(f"\nclaim of 200 with 80,000 pending: stale statistics {stale_ms:.2f} ms, "
              f"after ANALYZE {fresh_ms:.2f} ms, ratio {stale_ms / fresh_ms:.2f}x")
        assert stale_ms < 3 * fresh_ms + 5  # same plan: about the same cost (a wide margin for a shared host)
    finally:
        await drop_database(db, schema)

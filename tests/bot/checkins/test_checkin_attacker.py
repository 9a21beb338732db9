"""An attacker with copies of the database tries to tie check-in answers to members. They must not do better than
chance within a batch of at least k.

The attacker knows the roster and reads everything a copy of the files holds: every logical dump taken between
answers (both databases); on PostgreSQL every heap tuple version of every table with its xmin/xmax (pageinspect,
autovacuum off so nothing is cleaned away) and every WAL record of the round (pg_walinspect); on SQLite the database
file and its WAL copied after every answer and replayed commit by commit. While a round is open its key is in the
database, so the attacker can recompute every member's marker: they know who is in each batch.

"No better than chance" is tested as indistinguishability: the same members answer at the same moments in two runs
whose answers differ by a permutation inside each batch. Everything the attacker can reconstruct (which members
were written together, the counts each write produced, the physical order of rows, which transactions wrote what)
is identical in both runs, so no strategy can tell which run happened, i.e. who gave which answer within a batch.
Beside that, every write that moves the counts is checked to hide its answers among at least k members.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import random
import shutil
import sqlite3
import struct
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bot.checkins.mixing import AnswerMixer
from bot.identity import UserRef
from storage.database import Database
from storage.workspaces import export_workspace
from tests.conftest import drop_database, make_database, postgres_or_skip
from tests.helpers.checkins import CheckinDesk

ROSTER = ("bob", "carol", "dan", "erin", "fay")      # alice facilitates: 6 eligible members
K = 3
ORDER = ("bob", "carol", "dan", "erin", "fay", "alice")
# Two runs, same people answering in the same order; answers permuted within each batch of 3.
RUN_A = {"bob": 1, "carol": 2, "dan": 5, "erin": 3, "fay": 4, "alice": 4}
RUN_B = {"bob": 5, "carol": 1, "dan": 2, "erin": 4, "fay": 4, "alice": 3}
SEED = 20261130

Observe = Callable[[str], Awaitable[None]]


def marker_of(secret: str, user: UserRef) -> str:
    text_ = "\x1f".join((user.platform, user.workspace, user.id)).encode()
    return hmac.new(bytes.fromhex(secret), text_, hashlib.sha256).hexdigest()


class Attacker:
    """Knows the roster; turns markers into members with any round key found in what it reads."""

    def __init__(self, desk: CheckinDesk) -> None:
        self.users = {name: desk.user(name) for name in ("alice", *ROSTER)}
        self.secrets: set[str] = set()

    def learn(self, secret: Any) -> None:
        if isinstance(secret, str) and len(secret) == 64:
            self.secrets.add(secret)

    def who(self, marker: str) -> str:
        for secret in self.secrets:
            for name, user in self.users.items():
                if marker_of(secret, user) == marker:
                    return name
        return "?"


async def run_round(database: Database, answers: dict[str, int], observe: Observe,
                    answering: tuple[str, ...] = ORDER) -> CheckinDesk:
    desk = CheckinDesk(database)
    mixer = AnswerMixer(random.Random(SEED))
    desk.core.checkin_mixer = desk.checkins.mixer = mixer     # a seeded shuffle: the same in both runs
    await desk.found_group(members=ROSTER)
    await desk.say("alice", "checkin settings cadence:off k:3")
    assert "Started." in await desk.say("alice", "checkin start")
    await observe("opened")
    for name in answering:
        out = await desk.answer(name, answers[name])
        assert "Thank you" in out, out
        await observe(f"after {name}")
    out = await desk.run("time +3d1h")
    assert "answers" in out
    await observe("closed")
    return desk


# Logical dumps ----------------------------------------------------------------------------------------------------


async def dump(database: Database) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    async with database.engine.connect() as conn:
        for table in ("checkin_rounds", "checkin_counts", "checkin_answered"):
            rows = (await conn.execute(text(f"SELECT * FROM {table}"))).mappings().all()   # in the order stored
            out[table] = [dict(r) for r in rows]
    return out


def dump_view(dumps: list[dict[str, list[dict[str, Any]]]], attacker: Attacker) -> list[tuple[Any, ...]]:
    """What consecutive dumps reveal: for each change, who was newly marked (in stored order) and how counts moved."""
    view: list[tuple[Any, ...]] = []
    for before, after in zip(dumps, dumps[1:]):
        for row in before["checkin_rounds"] + after["checkin_rounds"]:
            attacker.learn(row["secret"])
        old = {m["marker"] for m in before["checkin_answered"]}
        new = [attacker.who(m["marker"]) for m in after["checkin_answered"] if m["marker"] not in old]
        counts_before = {r["bucket"]: r["count"] for r in before["checkin_counts"]}
        delta = tuple(sorted((r["bucket"], r["count"] - counts_before.get(r["bucket"], 0))
                             for r in after["checkin_counts"] if r["count"] != counts_before.get(r["bucket"], 0)))
        if new or delta:
            view.append((tuple(new), delta))
    return view


def check_batches(view: list[tuple[Any, ...]], eligible: int = 6) -> None:
    """Every write that moves the counts hides its answers among at least k members."""
    batched: set[str] = set()
    for new, delta in view:
        moved = sum(n for _, n in delta)
        if new:
            assert "?" not in new, "the attacker recovers every marker while the key is in the database"
            assert len(new) >= K and moved == len(new), f"a batch of {len(new)} members"
            batched |= set(new)
        elif moved:
            assert eligible - len(batched) >= K, "answers written without markers hide among >= k unbatched members"


async def dumps_of_a_run(database: Database, answers: dict[str, int],
                         answering: tuple[str, ...] = ORDER) -> tuple[list[tuple[Any, ...]], list[str]]:
    dumps: list[dict[str, list[dict[str, Any]]]] = []
    steps: list[str] = []

    async def observe(step: str) -> None:
        dumps.append(await dump(database))
        steps.append(step)

    desk = await run_round(database, answers, observe, answering)
    return dump_view(dumps, Attacker(desk)), steps


async def test_logical_dumps_between_answers_reveal_only_batches(database: Database, tmp_path: Path) -> None:
    view_a, _ = await dumps_of_a_run(database, RUN_A)
    other, schema = await make_database("postgres" if database.engine.dialect.name == "postgresql" else "sqlite")
    try:
        view_b, _ = await dumps_of_a_run(other, RUN_B)
    finally:
        await drop_database(other, schema)
    check_batches(view_a)
    assert [len(new) for new, _ in view_a] == [3, 3], "two batches of three; nothing written per answer"
    assert view_a == view_b, "the dumps are the same whichever way answers were permuted within a batch"


async def test_remainder_at_close_has_no_markers_and_hides_among_k(database: Database) -> None:
    view, _ = await dumps_of_a_run(database, RUN_A, answering=ORDER[:5])
    check_batches(view)
    assert len(view) == 2 and len(view[0][0]) == 3
    assert view[1][0] == () and sum(n for _, n in view[1][1]) == 2, "the last two answers, written at the close"


async def test_fewer_than_k_answers_never_reach_the_database(database: Database) -> None:
    view, _ = await dumps_of_a_run(database, RUN_A, answering=ORDER[:2])
    assert view == [], "two answers held in memory, dropped at the close: nothing was ever written"


async def test_an_export_during_an_open_round_holds_no_key_markers_or_counts(database: Database) -> None:
    exported: list[dict[str, Any]] = []

    async def observe(step: str) -> None:
        if step in ("after dan", "after erin", "closed"):
            exported.append(await export_workspace(database, "console", "demo"))

    await run_round(database, RUN_A, observe)
    for during in exported[:2]:
        tables = during["tables"]
        assert "checkin_answered" not in tables
        assert not [r for r in tables.get("checkin_rounds", []) if r.get("status") == "open"]
        assert not [r for r in tables.get("checkin_rounds", []) if "secret" in r]
        assert tables.get("checkin_counts", []) == []
    after = exported[2]["tables"]
    assert sum(r["count"] for r in after["checkin_counts"]) == 6, "a released round: its results only"
    assert "checkin_answered" not in after and not [r for r in after["checkin_rounds"] if "secret" in r]


# PostgreSQL: heap tuple versions, WAL records, statistics ----------------------------------------------------------


async def _superuser(database: Database) -> Any:
    import asyncpg

    from tests.conftest import POSTGRES_URL

    conn = await asyncpg.connect(POSTGRES_URL.replace("postgresql+asyncpg://", "postgresql://"))
    for extension in ("pageinspect", "pg_walinspect"):
        try:
            await conn.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
        except asyncpg.UniqueViolationError:   # created by a concurrent test
            pass
    return conn


def _varchar(raw: bytes) -> str:
    if raw[0] & 1:                       # short varlena: 1-byte header holding (length << 1) | 1
        return raw[1:(raw[0] >> 1)].decode()
    return raw[4:].decode()


async def heap_versions(conn: Any, schema: str, table: str) -> list[dict[str, Any]]:
    """Every tuple version on disk, live or dead, in physical order, with its xmin/xmax and raw attributes."""
    rel = f'"{schema}".{table}'
    pages = await conn.fetchval(f"SELECT pg_relation_size('{rel}') / current_setting('block_size')::int")
    out: list[dict[str, Any]] = []
    for page in range(pages):
        rows = await conn.fetch(
            f"SELECT lp, t_xmin::text::bigint AS xmin, t_xmax::text::bigint AS xmax, t_attrs "
            f"FROM heap_page_item_attrs(get_raw_page('{rel}', {page}), '{rel}'::regclass) WHERE t_attrs IS NOT NULL")
        out += [dict(r) for r in rows]
    return out


async def heap_view(conn: Any, schema: str, attacker: Attacker) -> list[tuple[Any, ...]]:
    """Per transaction (in xid order): the members whose markers it wrote, in physical order, and the count row
    versions it wrote."""
    for version in await heap_versions(conn, schema, "checkin_rounds"):
        raw = version["t_attrs"][-1]                       # the secret, the last column, in any version
        if raw is not None:
            attacker.learn(_varchar(raw))
    by_xid: dict[int, dict[str, list[Any]]] = {}
    for version in await heap_versions(conn, schema, "checkin_answered"):
        marker = _varchar(version["t_attrs"][1])
        by_xid.setdefault(version["xmin"], {"marked": [], "counts": []})["marked"].append(attacker.who(marker))
    for version in await heap_versions(conn, schema, "checkin_counts"):
        bucket, count = (struct.unpack("<i", version["t_attrs"][i])[0] for i in (1, 2))
        by_xid.setdefault(version["xmin"], {"marked": [], "counts": []})["counts"].append((bucket, count))
    return [(tuple(entry["marked"]), tuple(sorted(entry["counts"]))) for _, entry in sorted(by_xid.items())]


async def wal_view(conn: Any, schema: str, start: str, end: str) -> list[tuple[Any, ...]]:
    """Per transaction that wrote to the schema (in xid order): which tables it touched, how, and how often."""
    nodes = {str(row["node"]): row["relname"] for row in await conn.fetch(
        "SELECT pg_relation_filenode(c.oid) AS node, c.relname FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = $1 AND pg_relation_filenode(c.oid) IS NOT NULL", schema)}
    per_xid: dict[int, Counter[tuple[str, str]]] = {}
    for record in await conn.fetch("SELECT xid::text::bigint AS xid, record_type, block_ref "
                                   "FROM pg_get_wal_records_info($1::text::pg_lsn, $2::text::pg_lsn)", start, end):
        ref = record["block_ref"] or ""
        for node, name in nodes.items():
            if f"/{node} " in ref:
                per_xid.setdefault(record["xid"], Counter())[(name, record["record_type"])] += 1
    return [tuple(sorted(c.items())) for _, c in sorted(per_xid.items())]


async def physical_run(answers: dict[str, int], answering: tuple[str, ...] = ORDER) -> dict[str, Any]:
    postgres_or_skip()
    db, schema = await make_database("postgres")
    assert schema is not None
    conn = await _superuser(db)
    try:
        for table in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = $1", schema):
            await conn.execute(f'ALTER TABLE "{schema}".{table["tablename"]} SET (autovacuum_enabled = false)')
        marks: dict[str, str] = {}
        stats: dict[str, int] = {}

        async def observe(step: str) -> None:
            marks[step] = await conn.fetchval("SELECT pg_current_wal_lsn()::text")
            await db.engine.dispose()                  # a backend's statistics are flushed when it ends
            stats[step] = await _inserted(conn, schema)

        desk = await run_round(db, answers, observe, answering)
        attacker = Attacker(desk)
        return {
            "heap": await heap_view(conn, schema, attacker),
            "wal": await wal_view(conn, schema, marks["opened"], marks["closed"]),
            "answering_wal": await wal_view(conn, schema, marks["opened"], marks[f"after {answering[-1]}"]),
            "stats": stats,
        }
    finally:
        await conn.close()
        await drop_database(db, schema)


async def _inserted(conn: Any, schema: str) -> int:
    """n_tup_ins of the marker table, as any role that can connect may read it (waiting out the stats flush)."""
    value = -1
    for _ in range(40):
        await conn.execute("SELECT pg_stat_clear_snapshot()")
        value = await conn.fetchval("SELECT n_tup_ins FROM pg_stat_user_tables WHERE schemaname = $1 "
                                    "AND relname = 'checkin_answered'", schema)
        if value is not None:
            return int(value)
        await asyncio.sleep(0.05)   # statistics arrive asynchronously; this polls them, it times nothing
    return value


@pytest.mark.postgres
async def test_heap_tuple_versions_and_wal_reveal_only_batches_on_postgres() -> None:
    run_a = await physical_run(RUN_A)
    run_b = await physical_run(RUN_B)
    # Every transaction that wrote count versions wrote at least k markers with them, or none at all (the open and
    # the close); every marker-writing transaction wrote at least k.
    for marked, _counts in run_a["heap"]:
        if marked:
            assert len(marked) >= K and "?" not in marked, marked
    writers = [entry for entry in run_a["heap"] if entry[0]]
    assert [len(m) for m, _ in writers] == [3, 3]
    assert run_a["heap"] == run_b["heap"], "tuple versions, their xids and physical order are the same in both runs"
    assert run_a["wal"] == run_b["wal"], "the WAL's transactions and records are the same in both runs"
    # While people answered, only the two batch transactions wrote anything: no per-answer lock, row or statistic.
    touched = [dict(entry) for entry in run_a["answering_wal"]]
    assert len(touched) == 2, touched
    for entry in touched:
        assert entry.get(("checkin_answered", "INSERT"), 0) + entry.get(("checkin_answered", "INSERT+INIT"), 0) == 3


@pytest.mark.postgres
async def test_marker_table_statistics_move_only_by_whole_batches_on_postgres() -> None:
    run = await physical_run(RUN_A)
    stats = run["stats"]
    seen = [stats[step] for step in ("opened", *(f"after {n}" for n in ORDER))]
    assert seen == [0, 0, 0, 3, 3, 3, 6], seen


# SQLite: the file and its WAL, replayed commit by commit ----------------------------------------------------------


def replay_commits(db_copy: Path, wal_copy: Path, scratch: Path) -> list[dict[str, list[tuple[Any, ...]]]]:
    """Each committed state the WAL holds, applied frame by frame over the copied database file."""
    states: list[dict[str, list[tuple[Any, ...]]]] = []
    wal = wal_copy.read_bytes() if wal_copy.exists() else b""
    image = bytearray(db_copy.read_bytes())
    if len(wal) < 32:
        return [read_state(bytes(image), scratch)]
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    offset = 32
    while offset + 24 + page_size <= len(wal):
        header = wal[offset:offset + 24]
        page_no, commit_size = struct.unpack(">II", header[:8])
        if header[8:16] != salts:
            break                                   # frames of an earlier WAL generation
        page = wal[offset + 24:offset + 24 + page_size]
        start = (page_no - 1) * page_size
        if len(image) < start + page_size:
            image.extend(b"\0" * (start + page_size - len(image)))
        image[start:start + page_size] = page
        if commit_size:
            states.append(read_state(bytes(image[:commit_size * page_size]), scratch))
        offset += 24 + page_size
    return states


def read_state(image: bytes, scratch: Path) -> dict[str, list[tuple[Any, ...]]]:
    scratch.write_bytes(image)
    conn = sqlite3.connect(f"file:{scratch}?immutable=1", uri=True)
    try:
        state = {}
        for table in ("checkin_rounds", "checkin_counts", "checkin_answered"):
            try:
                state[table] = conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
            except sqlite3.DatabaseError:
                state[table] = []
        return state
    finally:
        conn.close()


async def wal_replay_view(tmp_path: Path, name: str, answers: dict[str, int]) -> list[tuple[Any, ...]]:
    path = tmp_path / f"{name}.sqlite3"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await db.create_all()
    copies: list[tuple[Path, Path]] = []

    async def observe(step: str) -> None:
        n = len(copies)
        main, wal = tmp_path / f"{name}-{n}.db", tmp_path / f"{name}-{n}.db-wal"
        shutil.copyfile(path, main)
        if Path(f"{path}-wal").exists():
            shutil.copyfile(f"{path}-wal", wal)
        copies.append((main, wal))

    try:
        desk = await run_round(db, answers, observe)
    finally:
        await db.dispose()
    attacker = Attacker(desk)
    states: list[dict[str, list[tuple[Any, ...]]]] = []
    for main, wal in copies:
        for state in replay_commits(main, wal, tmp_path / f"{name}-scratch.db"):
            if state not in states:          # each copy's WAL replays from its start: keep each state once
                states.append(state)
    as_dumps = [{
        "checkin_rounds": [{"secret": row[-1]} for row in state["checkin_rounds"]],
        "checkin_counts": [{"bucket": row[2], "count": row[3]} for row in state["checkin_counts"]],
        "checkin_answered": [{"marker": row[2]} for row in state["checkin_answered"]],
    } for state in states]
    return dump_view(as_dumps, attacker)


async def test_sqlite_file_and_wal_replayed_commit_by_commit_reveal_only_batches(tmp_path: Path) -> None:
    view_a = await wal_replay_view(tmp_path, "a", RUN_A)
    view_b = await wal_replay_view(tmp_path, "b", RUN_B)
    check_batches(view_a)
    assert [len(new) for new, _ in view_a if new] == [3, 3]
    assert view_a == view_b, "every committed state, rowids included, is the same in both runs"


# The shuffle itself ------------------------------------------------------------------------------------------------


def test_a_batch_is_shuffled_uniformly_whatever_the_order_of_answering() -> None:
    from datetime import datetime

    closes = datetime(2027, 1, 1, tzinfo=UTC)
    mixer = AnswerMixer(random.Random(7))
    first_lands: Counter[int] = Counter()
    for trial in range(3000):
        for i in range(4):
            mixer.hold(trial, closes, f"m{i}", i)
        batch = mixer.take_batch(trial, 4, 4, 0)
        assert batch is not None
        first_lands[[a.marker for a in batch].index("m0")] += 1
    assert all(600 <= first_lands[p] <= 900 for p in range(4)), first_lands

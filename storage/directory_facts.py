"""Keeps what `/consult find` reads true on every write: `directory_facts` (each group's active and waiting counts
and the modalities it brings, read instead of every member's profile) and `directory_versions` (each workspace's
token, new whenever anything find reads there changes), both in storage/directory_tables.py.

Every change the core makes to what find reads goes through the ORM, so mapper events note what a flush touched,
in the session's `info`: groups whose members changed, people whose modalities changed (their groups' facts are
computed again), groups whose entry or schedule changed, meetings skipped or moved. Just before the transaction
commits (and before a find reads inside a transaction that changed them), the touched groups' facts are computed
again from their rows, and the token of every workspace where something find reads changed is replaced, all in
the same transaction. The one Core-level write that matters, deleting a profile, notes the person itself
(`note_person`); a workspace purge deletes facts and token with the groups, and a workspace without a token is
never read from a cache.

Several replicas share one database: the facts and the token are rows written by the transaction that changed
what they describe, so a process that keeps what it read for a token (storage/directory.py) sees any replica's
change on its next find. Two transactions touching the same group (a member joining while another edits their
modalities) are serialised on PostgreSQL by locking the group's facts row before reading the members (in group
order, so two never deadlock; only at commit, so the lock is held for a moment): the second reads what the first
committed (READ COMMITTED: each statement sees the latest commit) and writes the sum of both. SQLite serialises
writers by itself. The facts are always recomputed from the rows, never incremented, so they are exactly what a
fresh computation over the group's rows gives."""
from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, event, inspect, literal, select, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapper, Session, object_session

from bot.directory.matching import brought
from bot.directory.model import split_list
from bot.domain.group import Group, Meeting, Member, Profile, Standing
from storage import directory_tables, tables

GROUPS = "directory_facts.groups"  # session.info: ids of groups whose members changed
PEOPLE = "directory_facts.people"  # session.info: (platform, workspace, user) whose modalities changed
SEEN = "directory_facts.seen"  # session.info: ids of groups whose entry, schedule or skipped/moved meetings changed
WORKSPACES = "directory_facts.workspaces"  # session.info: (platform, workspace) where something find reads changed
KEYS = (GROUPS, PEOPLE, SEEN, WORKSPACES)

# What find reads of a group's own row (storage/directory.py), and of its meetings.
ENTRY = ("listed", "name", "timezone", "capacity", "meeting_minutes", "schedule", "schedule_rule", "schedule_start",
         "focus", "description", "language", "joining")
MEETING = ("original_start", "start", "cancelled", "settled", "group_id")
CHUNK = 500

Facts = tuple[int, int, str]  # active, waiting, brings (comma-separated)


def compute(conn: Connection, group_ids: Iterable[int]) -> dict[int, Facts]:
    """The facts of the given groups (those that exist), straight from their member and profile rows."""
    g, m, p = tables.groups, tables.members, tables.profiles
    found: dict[int, Facts] = {}
    ids = sorted(set(group_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        # A correlated lookup of each member's profile (one indexed probe each), not a join: joined, SQLite's
        # planner may walk the workspace's profiles once per group.
        tags = (select(p.c.tags).where(p.c.platform == g.c.platform, p.c.workspace_id == g.c.workspace_id,
                                       p.c.user_id == m.c.user_id).scalar_subquery())
        rows = conn.execute(select(g.c.id, m.c.standing, tags).select_from(g.outerjoin(m, m.c.group_id == g.c.id))
                            .where(g.c.id.in_(chunk))).all()
        active: dict[int, list[list[str]]] = {}
        waiting: dict[int, int] = {}
        for group_id, standing, member_tags in rows:
            active.setdefault(group_id, [])
            waiting.setdefault(group_id, 0)
            if standing == Standing.ACTIVE.value:
                active[group_id].append(split_list(member_tags))
            elif standing == Standing.WAITLISTED.value:
                waiting[group_id] += 1
        for group_id, lists in active.items():
            found[group_id] = (len(lists), waiting[group_id], ",".join(brought(lists)))
    return found


def refresh(conn: Connection, group_ids: Iterable[int], seen: Iterable[int] = ()) -> set[int]:
    """Compute the facts of `group_ids` again and write them, and give a new stamp to each group whose facts
    changed or that is in `seen` (its entry or meetings changed); a group deleted meanwhile is left out. Returns
    the groups stamped."""
    f, g = directory_facts, tables.groups
    computed = set(group_ids)
    seen = set(seen)
    ids = sorted(computed | seen)
    insert = postgres_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stamped: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        conn.execute(insert(f).from_select(
            [f.c.group_id, f.c.active, f.c.waiting, f.c.brings, f.c.stamp],
            select(g.c.id, literal(-1), literal(0), literal(""), literal(0)).where(g.c.id.in_(chunk)),
        ).on_conflict_do_nothing(index_elements=[f.c.group_id]))
        # Lock the rows (PostgreSQL; SQLite has one writer at a time anyway) before reading what they summarise.
        old = {row[0]: tuple(row[1:]) for row in conn.execute(
            select(f.c.group_id, f.c.active, f.c.waiting, f.c.brings).where(f.c.group_id.in_(chunk))
            .order_by(f.c.group_id).with_for_update()).all()}
        if not old:
            continue
        facts = {group_id: new for group_id, new in compute(conn, [i for i in old if i in computed]).items()
                 if new != old[group_id]}
        for group_id in old:
            if group_id in seen and group_id not in facts:
                facts[group_id] = old[group_id]
        if not facts:
            continue
        conn.execute(update(f).where(f.c.group_id == bindparam("gid")).values(
            active=bindparam("n_active"), waiting=bindparam("n_waiting"), brings=bindparam("n_brings"),
            stamp=bindparam("n_stamp")),
            [{"gid": group_id, "n_active": a, "n_waiting": w, "n_brings": b, "n_stamp": new_token()}
             for group_id, (a, w, b) in facts.items()])
        stamped.update(facts)
    return stamped


def workspaces_of(conn: Connection, group_ids: Iterable[int]) -> set[tuple[str, str]]:
    g = tables.groups
    ids = sorted(set(group_ids))
    found: set[tuple[str, str]] = set()
    for start in range(0, len(ids), CHUNK):
        found.update((platform, workspace) for platform, workspace in conn.execute(
            select(g.c.platform, g.c.workspace_id).where(g.c.id.in_(ids[start:start + CHUNK])).distinct()).all())
    return found


def bump(conn: Connection, workspaces: Iterable[tuple[str, str]]) -> None:
    """Give each workspace a new directory token (in workspace order: two transactions never wait on each other
    in a circle)."""
    v = directory_versions
    insert = postgres_insert if conn.dialect.name == "postgresql" else sqlite_insert
    for platform, workspace in sorted(set(workspaces)):
        stmt = insert(v).values(platform=platform, workspace_id=workspace, token=new_token())
        conn.execute(stmt.on_conflict_do_update(index_elements=[v.c.platform, v.c.workspace_id],
                                                set_={"token": stmt.excluded.token}))


def new_token() -> int:
    return secrets.randbits(63)


def token(conn: Connection, platform: str, workspace: str) -> int | None:
    """The workspace's directory token, or None when it has none (nothing may be reused then)."""
    v = directory_versions
    return conn.execute(select(v.c.token).where(v.c.platform == platform, v.c.workspace_id == workspace)).scalar()


def groups_of(conn: Connection, people: Iterable[tuple[str, str, str]]) -> set[int]:
    """The groups (of each person's own workspace) that the people are in, in any standing."""
    g, m = tables.groups, tables.members
    by_workspace: dict[tuple[str, str], list[str]] = {}
    for platform, workspace, user in people:
        by_workspace.setdefault((platform, workspace), []).append(user)
    found: set[int] = set()
    for (platform, workspace), users in sorted(by_workspace.items()):
        users = sorted(set(users))
        for start in range(0, len(users), CHUNK):
            found.update(conn.execute(
                select(m.c.group_id).join(g, g.c.id == m.c.group_id)
                .where(g.c.platform == platform, g.c.workspace_id == workspace,
                       m.c.user_id.in_(users[start:start + CHUNK]))).scalars())
    return found


directory_facts = directory_tables.directory_facts
directory_versions = directory_tables.directory_versions


# Noting what a flush changed -------------------------------------------------------------------------------------

def _note(target: object, key: str, value: Any) -> None:
    session = object_session(target)
    if session is not None:
        session.info.setdefault(key, set()).add(value)


def _changed(target: object, *names: str) -> bool:
    state = inspect(target)
    return any(state.attrs[name].history.has_changes() for name in names)


def _member_written(_mapper: Mapper[Any], _conn: Connection, member: Member) -> None:
    _note(member, GROUPS, member.group_id)


def _member_updated(_mapper: Mapper[Any], _conn: Connection, member: Member) -> None:
    if _changed(member, "standing", "group_id", "user_id"):
        _note(member, GROUPS, member.group_id)
        for old in inspect(member).attrs["group_id"].history.deleted or ():
            _note(member, GROUPS, old)


def _profile_key(profile: Profile) -> tuple[str, str, str]:
    return profile.platform, profile.workspace_id, profile.user_id


def _profile_written(_mapper: Mapper[Any], _conn: Connection, profile: Profile) -> None:
    _note(profile, PEOPLE, _profile_key(profile))


def _profile_updated(_mapper: Mapper[Any], _conn: Connection, profile: Profile) -> None:
    if _changed(profile, "tags", "platform", "workspace_id", "user_id"):
        _note(profile, PEOPLE, _profile_key(profile))
        state = inspect(profile).attrs
        old = tuple((state[name].history.deleted or [getattr(profile, name)])[0]
                    for name in ("platform", "workspace_id", "user_id"))
        _note(profile, PEOPLE, old)


def _group_inserted(_mapper: Mapper[Any], _conn: Connection, group: Group) -> None:
    _note(group, GROUPS, group.id)
    _note(group, WORKSPACES, (group.platform, group.workspace_id))


def _group_updated(_mapper: Mapper[Any], _conn: Connection, group: Group) -> None:
    if _changed(group, *ENTRY):
        _note(group, SEEN, group.id)
        _note(group, WORKSPACES, (group.platform, group.workspace_id))


def _group_deleted(_mapper: Mapper[Any], _conn: Connection, group: Group) -> None:
    _note(group, WORKSPACES, (group.platform, group.workspace_id))


def _exceptional(meeting: Meeting, old: bool) -> bool:
    """Whether find reads the meeting (not settled, and skipped or moved): now, or before this flush (`old`)."""
    values = {}
    state = inspect(meeting).attrs
    for name in ("original_start", "start", "cancelled", "settled"):
        history = state[name].history
        values[name] = (history.deleted or [getattr(meeting, name)])[0] if old else getattr(meeting, name)
    return not values["settled"] and (bool(values["cancelled"]) or values["start"] != values["original_start"])


def _meeting_written(_mapper: Mapper[Any], _conn: Connection, meeting: Meeting) -> None:
    if _exceptional(meeting, old=False):
        _note(meeting, SEEN, meeting.group_id)


def _meeting_updated(_mapper: Mapper[Any], _conn: Connection, meeting: Meeting) -> None:
    if _changed(meeting, *MEETING) and (_exceptional(meeting, old=True) or _exceptional(meeting, old=False)):
        _note(meeting, SEEN, meeting.group_id)
        for old in inspect(meeting).attrs["group_id"].history.deleted or ():
            _note(meeting, SEEN, old)


def note_person(session: Session, platform: str, workspace: str, user: str) -> None:
    """For a write made around the ORM: the person's modalities changed (their profile went)."""
    session.info.setdefault(PEOPLE, set()).add((platform, workspace, user))


def pending(session: Session) -> bool:
    return any(session.info.get(key) for key in KEYS)


def settle(session: Session) -> None:
    """Flush, then bring the facts of every group this transaction touched up to date, and give every workspace
    where something find reads changed a new token (in the transaction)."""
    session.flush()
    if not pending(session):
        return
    groups: set[int] = session.info.pop(GROUPS, set())
    people: set[tuple[str, str, str]] = session.info.pop(PEOPLE, set())
    seen: set[int] = session.info.pop(SEEN, set())
    workspaces: set[tuple[str, str]] = session.info.pop(WORKSPACES, set())
    conn = session.connection()
    if people:
        groups |= groups_of(conn, people)
    stamped = refresh(conn, (i for i in groups if i is not None), (i for i in seen if i is not None))
    workspaces |= workspaces_of(conn, stamped)
    bump(conn, workspaces)


def _before_commit(session: Session) -> None:
    if pending(session) or session.new or session.dirty or session.deleted:
        settle(session)


def _after_rollback(session: Session) -> None:
    for key in KEYS:
        session.info.pop(key, None)


_registered = False


def register() -> None:
    """Listen for the changes (once per process; storage/mapping.py calls it after mapping the classes)."""
    global _registered
    if _registered:
        return
    _registered = True
    for kind in ("after_insert", "after_delete"):
        event.listen(Member, kind, _member_written)
        event.listen(Profile, kind, _profile_written)
    event.listen(Member, "after_update", _member_updated)
    event.listen(Profile, "after_update", _profile_updated)
    event.listen(Group, "after_insert", _group_inserted)
    event.listen(Group, "after_update", _group_updated)
    event.listen(Group, "after_delete", _group_deleted)
    for kind in ("after_insert", "after_delete"):
        event.listen(Meeting, kind, _meeting_written)
    event.listen(Meeting, "after_update", _meeting_updated)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_rollback", _after_rollback)

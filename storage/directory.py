"""The directory repository: listed groups for matching, join requests, and a group's resources."""
from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any

from sqlalchemy import delete, false, func, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.directory.model import Introducee, Introduction, JoinRequest, KeptSearch, ListedGroup, Resource
from bot.identity import UserRef, WorkspaceRef
from storage import directory_facts, directory_tables, tables

# What `listed` read of a workspace: the workspace's directory token when it was read, and each listed group with
# its stamp (storage/directory_facts.py). While the token in the database is the same, all of it is reused (any
# change find would see, by any process, replaces the token); once it changed, only the groups whose stamp changed
# are read again. By engine and workspace; the few most recently searched workspaces.
_read: OrderedDict[tuple[int, str, str], tuple[int, list[ListedGroup], dict[int, int]]] = OrderedDict()
KEPT_WORKSPACES = 64
CHUNK = 500


class SqlDirectory:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def listed(self, workspace: WorkspaceRef, apart_from: str) -> list[ListedGroup]:
        g, m, f, v = tables.groups, tables.members, directory_tables.directory_facts, \
            directory_tables.directory_versions
        # This transaction's own changes first (storage/directory_facts.py), so its token is its own.
        await self.session.run_sync(directory_facts.settle)
        token = await self.session.scalar(
            select(v.c.token).where(v.c.platform == workspace.platform, v.c.workspace_id == workspace.id))
        key = (id(self.session.bind), workspace.platform, workspace.id)
        kept = _read.get(key)
        if token is not None and kept is not None and kept[0] == token:
            _read.move_to_end(key)
            groups = kept[1]
        else:
            # Read after the token, so what is read is at least as new as the token (a change committed in
            # between has a newer token: the next find looks again). Each group read again comes with its stamp
            # from the same row, and a group is reused only under the stamp it was read with.
            stamps = {group_id: stamp for group_id, stamp in (await self.session.execute(
                select(g.c.id, f.c.stamp).select_from(g.outerjoin(f, f.c.group_id == g.c.id))
                .where(g.c.platform == workspace.platform, g.c.workspace_id == workspace.id,
                       g.c.listed == true()))).all()}
            before = {group.id: group for group in kept[1]} if kept is not None else {}
            same = {group_id for group_id, stamp in stamps.items()
                    if stamp is not None and kept is not None and kept[2].get(group_id) == stamp}
            fresh, fresh_stamps = await self._read_listed(workspace, sorted(set(stamps) - same))
            found = {group_id: before[group_id] for group_id in same}
            found.update((group.id, group) for group in fresh)
            groups = [found[group_id] for group_id in sorted(found)]
            if token is not None:
                _read[key] = (token, groups, {**{i: stamps[i] for i in same}, **fresh_stamps})
                _read.move_to_end(key)
                while len(_read) > KEPT_WORKSPACES:
                    _read.popitem(last=False)
        theirs = set((await self.session.scalars(select(m.c.group_id).where(m.c.user_id == apart_from))).all())
        return [group for group in groups if group.id not in theirs] if theirs else list(groups)

    async def _read_listed(self, workspace: WorkspaceRef, group_ids: list[int]
                           ) -> tuple[list[ListedGroup], dict[int, int]]:
        """The given groups, if listed, from their rows, facts and skipped or moved meetings (one row per group, no
        roster), with their stamps (none for a group without facts: it is read again each time)."""
        g, mt, f = tables.groups, tables.meetings, directory_tables.directory_facts
        rows: list[Any] = []
        exceptions: list[Any] = []
        for start in range(0, len(group_ids), CHUNK):
            chunk = group_ids[start:start + CHUNK]
            rows += (await self.session.execute(
                select(g.c.id, g.c.name, g.c.timezone, g.c.capacity, g.c.meeting_minutes, g.c.schedule,
                       g.c.schedule_rule, g.c.schedule_start, g.c.focus, g.c.description, g.c.language, g.c.joining,
                       f.c.active, f.c.waiting, f.c.brings, f.c.stamp)
                .select_from(g.outerjoin(f, f.c.group_id == g.c.id))
                .where(g.c.id.in_(chunk), g.c.platform == workspace.platform, g.c.workspace_id == workspace.id,
                       g.c.listed == true()))).all()
            exceptions += (await self.session.execute(
                select(mt.c.group_id, mt.c.original_start, mt.c.start, mt.c.cancelled)
                .where(mt.c.group_id.in_(chunk), mt.c.settled == false(),
                       or_(mt.c.cancelled == true(), mt.c.start != mt.c.original_start))
                .order_by(mt.c.group_id, mt.c.id))).all()
        # A group without facts (written around the ORM, e.g. by hand) is computed here, the slow way.
        missing = [row[0] for row in rows if row[12] is None]
        computed = await self.session.run_sync(lambda s: directory_facts.compute(s.connection(), missing)) \
            if missing else {}
        skipped: dict[int, list[datetime]] = {}
        moved: dict[int, list[tuple[datetime, datetime]]] = {}
        for group_id, original, start, cancelled in exceptions:
            if cancelled:
                skipped.setdefault(group_id, []).append(original)
            else:
                moved.setdefault(group_id, []).append((original, start))
        found = []
        stamps = {}
        for (group_id, name, zone, capacity, minutes, schedule, rule, first, focus, description, language, joining,
             active, waiting, brings, stamp) in rows:
            if active is None:
                active, waiting, brings = computed[group_id]
            else:
                stamps[group_id] = stamp
            found.append(ListedGroup(
                group_id, name, zone, capacity, minutes, schedule, rule, first, focus, description, language,
                joining, active, waiting, tuple(skipped.get(group_id, ())), tuple(moved.get(group_id, ())),
                tuple(t for t in brings.split(",") if t)))
        return found, stamps

    async def kept_search(self, user: UserRef) -> KeptSearch | None:
        k = directory_tables.directory_searches
        stmt = select(KeptSearch).where(k.c.platform == user.platform, k.c.workspace_id == user.workspace,
                                        k.c.user_id == user.id)
        return (await self.session.scalars(stmt)).first()

    async def keep_search(self, search: KeptSearch) -> None:
        self.session.add(search)

    async def drop_search(self, search: KeptSearch) -> None:
        await self.session.delete(search)

    async def kept_searches(self, workspace: WorkspaceRef) -> list[KeptSearch]:
        k = directory_tables.directory_searches
        stmt = select(KeptSearch).where(k.c.platform == workspace.platform, k.c.workspace_id == workspace.id
                                        ).order_by(k.c.id)
        return list((await self.session.scalars(stmt)).all())

    async def crowded_workspaces(self, minimum: int) -> list[WorkspaceRef]:
        k = directory_tables.directory_searches
        rows = await self.session.execute(
            select(k.c.platform, k.c.workspace_id).group_by(k.c.platform, k.c.workspace_id)
            .having(func.count() >= minimum).order_by(k.c.platform, k.c.workspace_id))
        return [WorkspaceRef(platform, ident) for platform, ident in rows.all()]

    async def add_introduction(self, introduction: Introduction, user_ids: list[str]) -> None:
        self.session.add(introduction)
        await self.session.flush()
        assert introduction.id is not None
        self.session.add_all([Introducee(introduction.id, user_id) for user_id in user_ids])
        await self.session.flush()

    async def introduction(self, introduction_id: int) -> Introduction | None:
        return await self.session.get(Introduction, introduction_id)

    async def introducees(self, workspace: WorkspaceRef) -> list[Introducee]:
        i, p = directory_tables.introductions, directory_tables.introducees
        ids = select(i.c.id).where(i.c.platform == workspace.platform, i.c.workspace_id == workspace.id)
        stmt = select(Introducee).where(p.c.introduction_id.in_(ids)).order_by(p.c.introduction_id, p.c.id)
        return list((await self.session.scalars(stmt)).all())

    async def introducees_of(self, introduction_id: int) -> list[Introducee]:
        p = directory_tables.introducees
        stmt = select(Introducee).where(p.c.introduction_id == introduction_id).order_by(p.c.id)
        return list((await self.session.scalars(stmt)).all())

    async def add_request(self, request: JoinRequest) -> None:
        self.session.add(request)
        await self.session.flush()

    async def request(self, request_id: int) -> JoinRequest | None:
        return await self.session.get(JoinRequest, request_id)

    async def requests_of(self, group_id: int, user_id: str) -> list[JoinRequest]:
        r = directory_tables.join_requests
        stmt = select(JoinRequest).where(r.c.group_id == group_id, r.c.user_id == user_id).order_by(r.c.id)
        return list((await self.session.scalars(stmt)).all())

    async def lapsed_requests(self, now: datetime, limit: int) -> list[JoinRequest]:
        r = directory_tables.join_requests
        stmt = (select(JoinRequest).where(r.c.status == "pending", r.c.expires_at <= now)
                .order_by(r.c.expires_at, r.c.id).limit(limit))
        return list((await self.session.scalars(stmt)).all())

    async def next_lapse(self) -> datetime | None:
        r = directory_tables.join_requests
        found: datetime | None = await self.session.scalar(
            select(func.min(r.c.expires_at)).where(r.c.status == "pending"))
        return found

    async def add_resource(self, resource: Resource) -> None:
        r = directory_tables.resources
        # The group's row is locked by whoever loaded the group (PostgreSQL), so two adds can't take one number.
        highest = await self.session.scalar(select(func.max(r.c.number)).where(r.c.group_id == resource.group_id))
        resource.number = (highest or 0) + 1
        self.session.add(resource)
        await self.session.flush()

    async def resources(self, group_id: int, tag: str | None, search: str | None, limit: int,
                        offset: int) -> tuple[list[Resource], int]:
        r = directory_tables.resources
        conditions = [r.c.group_id == group_id]
        if tag:
            # Tags are stored ",a,b," style-free ("a,b"): match a whole tag, any case.
            wrapped = func.lower("," + r.c.tags + ",")
            conditions.append(wrapped.contains("," + tag.casefold() + ",", autoescape=True))
        if search:
            needle = search.casefold()
            conditions.append(or_(func.lower(r.c.title).contains(needle, autoescape=True),
                                  func.lower(r.c.text).contains(needle, autoescape=True),
                                  func.lower(func.coalesce(r.c.link, "")).contains(needle, autoescape=True)))
        total = await self.session.scalar(select(func.count()).select_from(r).where(*conditions)) or 0
        stmt = select(Resource).where(*conditions).order_by(r.c.number.desc()).limit(limit).offset(offset)
        return list((await self.session.scalars(stmt)).all()), int(total)

    async def resource(self, group_id: int, number: int) -> Resource | None:
        r = directory_tables.resources
        stmt = select(Resource).where(r.c.group_id == group_id, r.c.number == number)
        return (await self.session.scalars(stmt)).first()

    async def shared_around(self, group_ids: list[int], since: datetime, until: datetime,
                            meetings: list[datetime]) -> list[Resource]:
        r = directory_tables.resources
        stmt = (select(Resource)
                .where(r.c.group_id.in_(group_ids),
                       or_(r.c.meeting.in_(meetings),
                           (r.c.meeting.is_(None)) & (r.c.created_at >= since) & (r.c.created_at < until)))
                .order_by(r.c.group_id, r.c.number))
        return list((await self.session.scalars(stmt)).all())

    async def remove_resource(self, resource: Resource) -> None:
        await self.session.delete(resource)

    async def forget(self, group_id: int, user_id: str) -> dict[str, int]:
        r, j = directory_tables.resources, directory_tables.join_requests
        renamed = await self.session.execute(
            update(r).where(r.c.group_id == group_id, r.c.author == user_id).values(author=None))
        gone = await self.session.execute(delete(j).where(j.c.group_id == group_id, j.c.user_id == user_id))
        g, k = tables.groups, directory_tables.directory_searches
        where = select(g.c.platform, g.c.workspace_id).where(g.c.id == group_id).subquery()
        await self.session.execute(delete(k).where(k.c.user_id == user_id, k.c.platform == select(where.c.platform)
                                                   .scalar_subquery(), k.c.workspace_id == select(
                                                       where.c.workspace_id).scalar_subquery()))
        # …and whether they were asked to be introduced to others waiting, and what they answered.
        i, p = directory_tables.introductions, directory_tables.introducees
        await self.session.execute(delete(p).where(p.c.user_id == user_id, p.c.introduction_id.in_(
            select(i.c.id).where(i.c.platform == select(where.c.platform).scalar_subquery(),
                                 i.c.workspace_id == select(where.c.workspace_id).scalar_subquery()))))
        return {"resources": int(renamed.rowcount),  # type: ignore[attr-defined]
                "join_requests": int(gone.rowcount)}  # type: ignore[attr-defined]

"""In-memory stand-ins for the storage port, for fast unit tests of the core's use cases.

Rollback is real: the store is snapshotted when a unit of work begins and restored unless it commits.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime

from bot.directory.matching import brought
from bot.directory.model import Introducee, Introduction, JoinRequest, KeptSearch, ListedGroup, Resource
from bot.domain.group import ActiveMember, Group, Meeting, Profile, Standing, SwapRequest
from bot.identity import ChannelRef, UserRef, WorkspaceRef
from bot.ports import GroupSummary


@dataclass
class Store:
    groups: dict[int, Group] = field(default_factory=dict)
    profiles: dict[UserRef, Profile] = field(default_factory=dict)
    swaps: dict[int, SwapRequest] = field(default_factory=dict)
    nudges: list = field(default_factory=list)  # type: ignore[type-arg]
    checkins: dict = field(default_factory=dict)  # type: ignore[type-arg]
    kept_searches: dict[int, KeptSearch] = field(default_factory=dict)
    join_requests: dict[int, JoinRequest] = field(default_factory=dict)
    resources: dict[int, Resource] = field(default_factory=dict)
    introductions: dict[int, Introduction] = field(default_factory=dict)
    introducees: dict[int, Introducee] = field(default_factory=dict)
    next_id: int = 1


class FakeGroups:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def add(self, group: Group) -> None:
        group.id = self.store.next_id
        self.store.next_id += 1
        self.store.groups[group.id] = group

    async def get(self, group_id: int, lock: bool = True) -> Group | None:
        return self.store.groups.get(group_id)

    async def get_many(self, group_ids: list[int]) -> list[Group]:
        return [self.store.groups[i] for i in group_ids if i in self.store.groups]

    async def rosters(self, group_ids: list[int]) -> dict[int, list[ActiveMember]]:
        return {i: self.store.groups[i].roster() for i in group_ids if i in self.store.groups}

    async def load_members(self, groups: list[Group]) -> None:
        return None

    async def by_name(self, workspace: WorkspaceRef, name_key: str) -> Group | None:
        return next((g for g in self.store.groups.values() if g.workspace == workspace and g.name_key == name_key), None)

    async def by_channel(self, channel: ChannelRef) -> list[Group]:
        return [g for g in self.store.groups.values() if g.channel == channel]

    async def for_user(self, user: UserRef, lock: bool = True) -> list[Group]:
        return [g for g in self.store.groups.values()
                if g.workspace == user.workspace_ref and g.member(user.id) is not None]

    async def summaries(self, workspace: WorkspaceRef) -> list[GroupSummary]:
        return [GroupSummary(g.id or 0, g.name, g.schedule, g.timezone, g.capacity,
                             sum(1 for m in g.members if m.standing == Standing.ACTIVE), g.channel_id)
                for g in self.store.groups.values() if g.workspace == workspace]

    async def names(self, workspace: WorkspaceRef, prefix: str, limit: int) -> list[str]:
        return sorted(g.name for g in self.store.groups.values()
                      if g.workspace == workspace and g.name_key.startswith(prefix))[:limit]

    async def held(self, group: Group, limit: int) -> list[Meeting]:
        return sorted((m for m in group.meetings if m.settled), key=lambda m: m.start, reverse=True)[:limit]


class FakeProfiles:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def get(self, user: UserRef) -> Profile | None:
        return self.store.profiles.get(user)

    async def many(self, users: list[UserRef]) -> list[Profile]:
        return [self.store.profiles[u] for u in users if u in self.store.profiles]

    async def add(self, profile: Profile) -> None:
        self.store.profiles[UserRef(profile.platform, profile.workspace_id, profile.user_id)] = profile

    async def timezones(self, workspace: WorkspaceRef) -> dict[str, str]:
        return {u.id: p.timezone for u, p in self.store.profiles.items()
                if u.workspace_ref == workspace and p.timezone}


class FakeSwaps:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def add(self, request: SwapRequest) -> None:
        request.id = self.store.next_id
        self.store.next_id += 1
        self.store.swaps[request.id] = request

    async def get(self, request_id: int) -> SwapRequest | None:
        return self.store.swaps.get(request_id)

    async def delete(self, request: SwapRequest) -> None:
        self.store.swaps.pop(request.id or 0, None)


class FakeUnitOfWork:
    def __init__(self, holder: FakeDatabase) -> None:
        self.holder = holder
        self.committed = False

    async def __aenter__(self) -> FakeUnitOfWork:
        self.snapshot = copy.deepcopy(self.holder.store)
        store = self.holder.store
        self.groups, self.profiles, self.swaps = FakeGroups(store), FakeProfiles(store), FakeSwaps(store)
        self.nudges = FakeNudges(store)
        self.checkins = FakeCheckins(store)
        self.cases = FakeCases(store)
        self.directory = FakeDirectory(store)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if not self.committed:
            await self.rollback()

    async def commit(self) -> None:
        self.committed = True
        self.holder.commits += 1

    async def flush(self) -> None:
        return None

    async def rollback(self) -> None:
        self.holder.store = self.snapshot


class FakeDatabase:
    """Callable like storage.Database: each call is a new unit of work."""

    def __init__(self) -> None:
        self.store = Store()
        self.commits = 0

    def __call__(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self)


class FakeDirectory:
    """In-memory stand-in for storage.directory.SqlDirectory (bot.directory.ports.DirectoryRepository), same rules.
    Listings are the store's groups marked `listed`; requests, resources and kept searches are the objects stored,
    so changes to them stick as they do on a session's loaded rows. Empty, nothing is listed and no one has asked to
    join anything."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _new_id(self) -> int:
        self.store.next_id += 1
        return self.store.next_id - 1

    def _listed(self, workspace: WorkspaceRef, apart_from: str) -> list[Group]:
        return sorted((g for g in self.store.groups.values()
                       if g.workspace == workspace and g.listed and g.member(apart_from) is None),
                      key=lambda g: g.id or 0)

    async def listed(self, workspace: WorkspaceRef, apart_from: str) -> list[ListedGroup]:
        found = []
        for g in self._listed(workspace, apart_from):
            pending = [m for m in g.meetings if not m.settled]
            profiles = [self.store.profiles.get(UserRef(workspace.platform, workspace.id, m.user_id))
                        for m in g.active]
            found.append(ListedGroup(
                g.id or 0, g.name, g.timezone, g.capacity, g.meeting_minutes, g.schedule, g.schedule_rule,
                g.schedule_start, g.focus, g.description, g.language, g.joining, len(g.active), len(g.waitlist),
                tuple(m.original_start for m in pending if m.cancelled),
                tuple((m.original_start, m.start) for m in pending if m.moved and not m.cancelled),
                brought([p.tag_list if p else [] for p in profiles])))
        return found

    async def kept_search(self, user: UserRef) -> KeptSearch | None:
        return next((k for _, k in sorted(self.store.kept_searches.items())
                     if (k.platform, k.workspace_id, k.user_id) == (user.platform, user.workspace, user.id)), None)

    async def keep_search(self, search: KeptSearch) -> None:
        if search.id is None:
            search.id = self._new_id()
        self.store.kept_searches[search.id] = search

    async def drop_search(self, search: KeptSearch) -> None:
        self.store.kept_searches.pop(search.id or 0, None)

    async def kept_searches(self, workspace: WorkspaceRef) -> list[KeptSearch]:
        return [k for _, k in sorted(self.store.kept_searches.items())
                if (k.platform, k.workspace_id) == (workspace.platform, workspace.id)]

    async def add_request(self, request: JoinRequest) -> None:
        request.id = self._new_id()
        self.store.join_requests[request.id] = request

    async def request(self, request_id: int) -> JoinRequest | None:
        return self.store.join_requests.get(request_id)

    async def requests_of(self, group_id: int, user_id: str) -> list[JoinRequest]:
        return [r for _, r in sorted(self.store.join_requests.items())
                if r.group_id == group_id and r.user_id == user_id]

    async def lapsed_requests(self, now: datetime, limit: int) -> list[JoinRequest]:
        found = sorted((r for r in self.store.join_requests.values() if r.status == "pending" and r.expires_at <= now),
                       key=lambda r: (r.expires_at, r.id or 0))
        return found[:limit]

    async def next_lapse(self) -> datetime | None:
        return min((r.expires_at for r in self.store.join_requests.values() if r.status == "pending"), default=None)

    async def crowded_workspaces(self, minimum: int) -> list[WorkspaceRef]:
        counts: dict[tuple[str, str], int] = {}
        for k in self.store.kept_searches.values():
            counts[(k.platform, k.workspace_id)] = counts.get((k.platform, k.workspace_id), 0) + 1
        return [WorkspaceRef(*where) for where, n in sorted(counts.items()) if n >= minimum]

    async def add_introduction(self, introduction: Introduction, user_ids: list[str]) -> None:
        introduction.id = self._new_id()
        self.store.introductions[introduction.id] = introduction
        for user_id in user_ids:
            asked = Introducee(introduction.id, user_id, id=self._new_id())
            self.store.introducees[asked.id or 0] = asked

    async def introduction(self, introduction_id: int) -> Introduction | None:
        return self.store.introductions.get(introduction_id)

    async def introducees(self, workspace: WorkspaceRef) -> list[Introducee]:
        ids = {i for i, x in self.store.introductions.items()
               if (x.platform, x.workspace_id) == (workspace.platform, workspace.id)}
        return sorted((a for a in self.store.introducees.values() if a.introduction_id in ids),
                      key=lambda a: (a.introduction_id, a.id or 0))

    async def introducees_of(self, introduction_id: int) -> list[Introducee]:
        return sorted((a for a in self.store.introducees.values() if a.introduction_id == introduction_id),
                      key=lambda a: a.id or 0)

    async def add_resource(self, resource: Resource) -> None:
        resource.number = max((r.number for r in self.store.resources.values() if r.group_id == resource.group_id),
                              default=0) + 1
        resource.id = self._new_id()
        self.store.resources[resource.id] = resource

    async def resources(self, group_id: int, tag: str | None, search: str | None, limit: int,
                        offset: int) -> tuple[list[Resource], int]:
        found = [r for r in self.store.resources.values() if r.group_id == group_id]
        if tag:
            found = [r for r in found if "," + tag.casefold() + "," in ("," + r.tags + ",").lower()]
        if search:
            needle = search.casefold()
            found = [r for r in found
                     if needle in r.title.lower() or needle in r.text.lower() or needle in (r.link or "").lower()]
        found.sort(key=lambda r: r.number, reverse=True)
        return found[offset:offset + limit], len(found)

    async def resource(self, group_id: int, number: int) -> Resource | None:
        return next((r for r in self.store.resources.values() if r.group_id == group_id and r.number == number), None)

    async def remove_resource(self, resource: Resource) -> None:
        self.store.resources.pop(resource.id or 0, None)

    async def forget(self, group_id: int, user_id: str) -> dict[str, int]:
        renamed = 0
        for r in self.store.resources.values():
            if r.group_id == group_id and r.author == user_id:
                r.author = None
                renamed += 1
        gone = [i for i, r in self.store.join_requests.items() if r.group_id == group_id and r.user_id == user_id]
        for i in gone:
            del self.store.join_requests[i]
        group = self.store.groups.get(group_id)
        if group is not None:
            for i in [i for i, k in self.store.kept_searches.items()
                      if (k.platform, k.workspace_id, k.user_id) == (group.platform, group.workspace_id, user_id)]:
                del self.store.kept_searches[i]
            ids = {i for i, x in self.store.introductions.items()
                   if (x.platform, x.workspace_id) == (group.platform, group.workspace_id)}
            for i in [i for i, a in self.store.introducees.items() if a.user_id == user_id and a.introduction_id in ids]:
                del self.store.introducees[i]
        return {"resources": renamed, "join_requests": len(gone)}


class FakeNudges:
    """An in-memory nudge ledger with the same uniqueness rule as the real one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def groups_due(self, now, after_id, limit):  # type: ignore[no-untyped-def]
        return sorted(g.id for g in self.store.groups.values()
                      if g.next_nudge_at is not None and g.next_nudge_at <= now and (g.id or 0) > after_id)[:limit]

    async def recorded(self, group_ids, since):  # type: ignore[no-untyped-def]
        return {r.key for r in self.store.nudges if r.key.group_id in group_ids and r.key.meeting_start >= since}

    async def record(self, rows):  # type: ignore[no-untyped-def]
        keys = {r.key for r in self.store.nudges}
        for row in rows:
            if row.key not in keys:
                row.id = self.store.next_id
                self.store.next_id += 1
                self.store.nudges.append(row)
                keys.add(row.key)
        return len(rows)

    async def advance(self, looked, now):  # type: ignore[no-untyped-def]
        for group_id, next_at in looked:
            group = self.store.groups[group_id]
            group.next_nudge_at, group.nudged_through = next_at, now

    async def claim(self, now, lease_until, limit):  # type: ignore[no-untyped-def]
        from bot.nudges.plan import matters_at

        ready = sorted((r for r in self.store.nudges if _claimable(r, now)),
                       key=lambda r: (matters_at(r.key.kind, r.key.meeting_start, r.due_at), r.id))[:limit]
        taken = [copy.copy(r) for r in ready]
        for r in ready:
            r.status = "sending"
        return taken

    async def finish_many(self, records):  # type: ignore[no-untyped-def]
        for record in records:
            await self.finish(record)

    async def finish(self, record):  # type: ignore[no-untyped-def]
        for index, r in enumerate(self.store.nudges):
            if r.id == record.id:
                self.store.nudges[index] = copy.copy(record)

    async def all(self):  # type: ignore[no-untyped-def]
        return list(self.store.nudges)

    async def next_due(self):  # type: ignore[no-untyped-def]
        found = [g.next_nudge_at for g in self.store.groups.values() if g.next_nudge_at is not None]
        found += [r.next_attempt_at for r in self.store.nudges if r.status == "retry" and r.next_attempt_at]
        found += [r.due_at for r in self.store.nudges if r.status == "pending"]
        return min(found) if found else None


def _claimable(r, now):  # type: ignore[no-untyped-def]
    return r.status == "pending" or (r.status == "retry" and r.next_attempt_at is not None and r.next_attempt_at <= now)


class FakeCheckins:
    """In-memory check-ins with the same rules as storage.checkins.SqlCheckins: counts per bucket, markers apart."""

    def __init__(self, store: Store) -> None:
        self.data = store.checkins
        self.data.setdefault("settings", {})
        self.data.setdefault("rounds", {})
        self.data.setdefault("counts", {})
        self.data.setdefault("answered", {})
        self.store = store

    async def settings(self, group_id):  # type: ignore[no-untyped-def]
        found = self.data["settings"].get(group_id)
        return copy.copy(found) if found else None

    async def ensure_settings(self, group_id, now):  # type: ignore[no-untyped-def]
        from bot.checkins.rounds import CheckinSettings

        self.data["settings"].setdefault(group_id, CheckinSettings(group_id, considered_through=now, next_check_at=now))
        return await self.settings(group_id)

    async def save_settings(self, settings):  # type: ignore[no-untyped-def]
        self.data["settings"][settings.group_id] = copy.copy(settings)

    async def adopt(self, now):  # type: ignore[no-untyped-def]
        missing = [g for g in self.store.groups if g not in self.data["settings"]]
        for group_id in missing:
            await self.ensure_settings(group_id, now)
        return len(missing)

    async def groups_due(self, now, limit):  # type: ignore[no-untyped-def]
        return sorted(s.group_id for s in self.data["settings"].values()
                      if s.cadence != "off" and s.next_check_at is not None and s.next_check_at <= now)[:limit]

    async def add_round(self, round_, buckets):  # type: ignore[no-untyped-def]
        if any(r.group_id == round_.group_id and r.trigger == round_.trigger for r in self.data["rounds"].values()):
            return False
        round_.id = self.store.next_id
        self.store.next_id += 1
        self.data["rounds"][round_.id] = copy.copy(round_)
        self.data["counts"][round_.id] = {b: 0 for b in buckets}
        self.data["answered"][round_.id] = set()
        return True

    async def get_round(self, round_id, lock=False):  # type: ignore[no-untyped-def]
        found = self.data["rounds"].get(round_id)
        return copy.copy(found) if found else None

    async def open_round(self, group_id):  # type: ignore[no-untyped-def]
        found = [r for r in self.data["rounds"].values() if r.group_id == group_id and r.status == "open"]
        return copy.copy(max(found, key=lambda r: r.opened_at)) if found else None

    async def closed_rounds(self, group_id, limit):  # type: ignore[no-untyped-def]
        found = sorted((r for r in self.data["rounds"].values() if r.group_id == group_id and r.status == "closed"),
                       key=lambda r: (r.closes_at, r.id))
        return [copy.copy(r) for r in found[-limit:]]

    async def latest_closed(self, group_id):  # type: ignore[no-untyped-def]
        found = await self.closed_rounds(group_id, 1)
        return found[-1] if found else None

    async def rounds_to_remind(self, now):  # type: ignore[no-untyped-def]
        return sorted(r.id for r in self.data["rounds"].values() if r.status == "open" and not r.reminded
                      and r.remind_at is not None and r.remind_at <= now < r.closes_at)

    async def rounds_to_close(self, now):  # type: ignore[no-untyped-def]
        return sorted(r.id for r in self.data["rounds"].values() if r.status == "open" and r.closes_at <= now)

    async def open_rounds(self, now):  # type: ignore[no-untyped-def]
        return sorted(r.id for r in self.data["rounds"].values() if r.status == "open" and now < r.closes_at)

    async def mark_reminded(self, round_):  # type: ignore[no-untyped-def]
        self.data["rounds"][round_.id].reminded = round_.reminded = True

    async def close(self, round_, released):  # type: ignore[no-untyped-def]
        stored = self.data["rounds"][round_.id]
        stored.status, stored.released, stored.secret = "closed", released, None
        round_.status, round_.released, round_.secret = "closed", released, None
        self.data["answered"].pop(round_.id, None)
        if not released:
            self.data["counts"].pop(round_.id, None)

    async def written(self, round_id):  # type: ignore[no-untyped-def]
        return len(self.data["answered"].get(round_id, set()))

    async def existing(self, round_id, markers):  # type: ignore[no-untyped-def]
        return set(markers) & self.data["answered"].get(round_id, set())

    async def has_answered(self, round_id, marker):  # type: ignore[no-untyped-def]
        return marker in self.data["answered"].get(round_id, set())

    async def answered(self, round_id):  # type: ignore[no-untyped-def]
        return set(self.data["answered"].get(round_id, set()))

    async def write_batch(self, round_id, markers, counts):  # type: ignore[no-untyped-def]
        self.data["answered"].setdefault(round_id, set()).update(markers)
        await self.add_counts(round_id, counts)

    async def add_counts(self, round_id, counts):  # type: ignore[no-untyped-def]
        stored = self.data["counts"][round_id]
        for bucket, n in counts.items():
            if bucket not in stored:
                raise RuntimeError("the check-in round has no such bucket")
            stored[bucket] += n

    async def counts(self, round_id):  # type: ignore[no-untyped-def]
        return dict(self.data["counts"].get(round_id, {}))

    async def next_due(self):  # type: ignore[no-untyped-def]
        found = [s.next_check_at for s in self.data["settings"].values() if s.cadence != "off" and s.next_check_at]
        found += [r.remind_at for r in self.data["rounds"].values()
                  if r.status == "open" and not r.reminded and r.remind_at]
        found += [r.closes_at for r in self.data["rounds"].values() if r.status == "open"]
        found += [g.created_at for gid, g in self.store.groups.items() if gid not in self.data["settings"]]
        return min(found) if found else None


class FakeCases:
    """In-memory stand-in for storage.cases.SqlCases (bot.cases.model.CaseRepository), same rules."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.data = store.__dict__.setdefault("cases", {"requests": {}, "retention": {}, "prompts": {}, "tallies": {}})

    async def add(self, request):  # type: ignore[no-untyped-def]
        request.id = self.store.next_id
        self.store.next_id += 1
        self.data["requests"][request.id] = copy.copy(request)

    async def get(self, request_id):  # type: ignore[no-untyped-def]
        found = self.data["requests"].get(request_id)
        return copy.copy(found) if found else None

    async def posted_many(self, group_ids):  # type: ignore[no-untyped-def]
        found = {}
        for group_id in group_ids:
            mine = await self.posted(group_id)
            if mine:
                found[group_id] = mine
        return found

    async def posted(self, group_id):  # type: ignore[no-untyped-def]
        return [copy.copy(r) for r in sorted(self.data["requests"].values(), key=lambda r: (r.posted_at, r.id))
                if r.group_id == group_id and r.status == "posted"]

    async def save(self, request):  # type: ignore[no-untyped-def]
        self.data["requests"][request.id] = copy.copy(request)

    async def deletions_due(self, now, limit):  # type: ignore[no-untyped-def]
        due = [r for r in self.data["requests"].values()
               if r.status == "posted" and r.delete_after is not None and r.delete_after <= now]
        return [copy.copy(r) for r in sorted(due, key=lambda r: (r.delete_after, r.id))][:limit]

    async def next_deletion(self):  # type: ignore[no-untyped-def]
        found = [r.delete_after for r in self.data["requests"].values() if r.status == "posted" and r.delete_after]
        return min(found) if found else None

    async def retention(self, group_id):  # type: ignore[no-untyped-def]
        return self.data["retention"].get(group_id)

    async def set_retention(self, group_id, days):  # type: ignore[no-untyped-def]
        from datetime import timedelta

        self.data["retention"][group_id] = days
        for request in self.data["requests"].values():
            if request.group_id == group_id and request.status == "posted":
                request.delete_after = request.meeting_start + timedelta(days=days) if days else None
                request.attempts = 0

    async def behind(self, limit):  # type: ignore[no-untyped-def]
        found = []
        for group in sorted(self.store.groups.values(), key=lambda g: g.id or 0):
            version = max((a.version for a in group.agreements), default=1)
            if version <= 1:
                continue
            for member in sorted(group.members, key=lambda m: m.user_id):
                if member.standing == Standing.ACTIVE and member.agreement_version < version \
                        and (group.id, member.user_id, version) not in self.data["prompts"]:
                    found.append((group.id, member.user_id, version))
        return found[:limit]

    async def add_prompts(self, prompts):  # type: ignore[no-untyped-def]
        for prompt in prompts:
            key = (prompt.group_id, prompt.user_id, prompt.version)
            if key not in self.data["prompts"]:
                prompt.id = self.store.next_id
                self.store.next_id += 1
                self.data["prompts"][key] = copy.copy(prompt)

    async def prompts_due(self, now, limit):  # type: ignore[no-untyped-def]
        due = [p for p in self.data["prompts"].values() if p.status in ("pending", "retry")
               and p.next_attempt_at is not None and p.next_attempt_at <= now]
        return [copy.copy(p) for p in sorted(due, key=lambda p: (p.next_attempt_at, p.id))][:limit]

    async def save_prompt(self, prompt):  # type: ignore[no-untyped-def]
        self.data["prompts"][(prompt.group_id, prompt.user_id, prompt.version)] = copy.copy(prompt)

    async def next_prompt(self):  # type: ignore[no-untyped-def]
        found = [p.next_attempt_at for p in self.data["prompts"].values()
                 if p.status in ("pending", "retry") and p.next_attempt_at is not None]
        return min(found) if found else None

    async def attended(self, user, since, until):  # type: ignore[no-untyped-def]
        from bot.cases.model import LogEntry

        entries = []
        for group in self.store.groups.values():
            if group.workspace != user.workspace_ref:
                continue
            for meeting in group.meetings:
                mine = meeting.find(user.id)
                if not meeting.settled or meeting.cancelled or mine is None or not mine.attended:
                    continue
                if (since is not None and meeting.start < since) or (until is not None and meeting.start >= until):
                    continue
                count = sum(1 for p in meeting.participants if p.attended)
                count += self.data["tallies"].get((group.id, meeting.original_start), 0)
                entries.append(LogEntry(group.name, group.timezone, group.meeting_minutes, meeting.start,
                                        mine.presented, count, sum(1 for p in meeting.participants if p.presented)))
        return sorted(entries, key=lambda e: e.start)

    async def forget(self, group_id, user_id):  # type: ignore[no-untyped-def]
        group = self.store.groups[group_id]
        counts = {"participations": 0, "swap_requests": 0, "nudges": 0, "agreement_prompts": 0, "case_requests": 0}
        for meeting in group.meetings:
            mine = meeting.find(user_id)
            if not meeting.settled or mine is None:
                continue
            if mine.attended:
                key = (group_id, meeting.original_start)
                self.data["tallies"][key] = self.data["tallies"].get(key, 0) + 1
            meeting.participants.remove(mine)
            counts["participations"] += 1
        for request_id, swap in list(self.store.swaps.items()):
            if swap.group_id == group_id and user_id in (swap.requester, swap.partner):
                del self.store.swaps[request_id]
                counts["swap_requests"] += 1
        kept = [r for r in self.store.nudges if not (r.key.group_id == group_id and r.key.recipient == user_id)]
        counts["nudges"] = len(self.store.nudges) - len(kept)
        self.store.nudges[:] = kept
        for key in [k for k in self.data["prompts"] if k[0] == group_id and k[1] == user_id]:
            del self.data["prompts"][key]
            counts["agreement_prompts"] += 1
        for request in self.data["requests"].values():
            if request.group_id == group_id and request.presenter == user_id:
                request.presenter = None
                counts["case_requests"] += 1
        return counts

    async def delete_profile(self, user):  # type: ignore[no-untyped-def]
        return self.store.profiles.pop(user, None) is not None

    # Calendar subscriptions: secret hash -> (member, created).
    async def subscribe(self, user, secret_hash, now):  # type: ignore[no-untyped-def]
        self.data.setdefault("feeds", {})[secret_hash] = (user, now)

    async def unsubscribe(self, user):  # type: ignore[no-untyped-def]
        feeds = self.data.setdefault("feeds", {})
        mine = [key for key, (owner, _) in feeds.items() if owner == user]
        for key in mine:
            del feeds[key]
        return len(mine)

    async def subscriber(self, secret_hash):  # type: ignore[no-untyped-def]
        found = self.data.setdefault("feeds", {}).get(secret_hash)
        return found[0] if found else None


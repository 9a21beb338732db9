"""Issue 18 benchmark: 80,000 RSVP direct messages (8 members x 10,000 groups) through Discord's limits.

bench/nudge_plan.py's groups (meeting Tuesday 18:00 Denver), with Discord ids. Two days before, the RSVP message falls
due for every member. `roundtable run`'s delivery does the rest: NudgeService in the background (`background=True`)
swept every 30 s like adapters/scheduler.py, the real Discord chat port (adapters/discord/chat.py: rendering,
views, the DM channel ids kept in the database by storage/direct_channels.py), and below it a fake discord.py
client enforcing Discord's documented limits - at most 50 requests in any sliding second per bot (every route: the
DM itself and `create_dm`) and 5 per 5 s per channel (a DM channel is one) - and answering after `--rtt` ms. A
request over a limit is answered 429 and retried after the window frees, as discord.py does (counted).

One more group's one-hour reminder falls due `--reminder-after` minutes into the burst; it must overtake the RSVP
messages still waiting (most urgent first) and arrive on time.

`--dm-channels open` (default): nobody's DM channel is known yet (the first RSVP round after install): each member's
is opened once (`create_dm` calls are counted per member), so the burst needs 160,000 requests. `kept`: the ids
are in the database from an earlier round (80,000 requests).

**Time scale.** At Discord's limits the floor is 80,000 / 50 a second = 1,600 s. `--time-scale K` runs everything
that is time K times faster: the fake platform's limits (50 requests per 1/K s, 5 per 5/K s per channel) and round
trip (rtt/K), the pacer's limits (the adapter's `limits()` each multiplied by K - the pacer takes its rates from
them), the sweep interval (30/K s) and the bot's clock (K simulated seconds a second). Our own CPU work is not
scaled: at K it has 1/K of the time per message it would have, so a scaled run is pessimistic when local cost
matters. Figures are printed in simulated (platform) seconds and real seconds.

Run: `.venv/bin/python bench/rsvp_burst.py --time-scale 10`.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import os
import platform
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from adapters.discord.chat import DiscordChat  # noqa: E402
from adapters.discord.views import FormShelf  # noqa: E402
from bench.nudge_plan import CREATED, MOMENTS, open_database, populate  # noqa: E402
from bot.domain.schedule import parse_recurrence  # noqa: E402
from bot.messages import Outbound  # noqa: E402
from bot.nudges import NudgeService  # noqa: E402
from bot.ports import Limit  # noqa: E402
from roundtable.compose import configure_runtime  # noqa: E402
from storage import tables  # noqa: E402
from storage.direct_channels import SqlDirectChannels  # noqa: E402

GLOBAL_PER_SECOND = 50   # Discord: per bot, all routes
CHANNEL_PER_5S = 5       # Discord: POST /channels/{id}/messages
GUILD = "900"
RSVP_DUE = MOMENTS["rsvp"][0]
SWEEP_EVERY = 30.0       # adapters/scheduler.py's interval


class FakePlatform:
    """Discord's far end: sliding-window limits and a round trip, all `scale` times faster."""

    def __init__(self, rtt: float, scale: float) -> None:
        self.rtt = rtt / scale
        self.second = 1.0 / scale
        self.window: collections.deque[float] = collections.deque()
        self.per_channel: dict[int, collections.deque[float]] = {}
        self.arrived: dict[int, list[float]] = {}  # channel -> arrival times (loop time)
        self.refused = 0
        self.requests = 0
        self.create_dm: collections.Counter[int] = collections.Counter()
        self.dm_ids: dict[int, int] = {}

    async def request(self, channel: int | None) -> float:
        """One request (a message to `channel`, or with None another route); returns when it was accepted."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.rtt / 2)
            now = loop.time()
            while self.window and self.window[0] <= now - self.second:
                self.window.popleft()
            mine = self.per_channel.setdefault(channel, collections.deque()) if channel is not None else None
            while mine and mine[0] <= now - 5 * self.second:
                mine.popleft()
            if len(self.window) < GLOBAL_PER_SECOND and (mine is None or len(mine) < CHANNEL_PER_5S):
                self.window.append(now)
                if mine is not None:
                    mine.append(now)
                self.requests += 1
                await asyncio.sleep(self.rtt / 2)
                return now
            # 429: discord.py waits for retry_after and sends again
            self.refused += 1
            frees = [self.window[0] + self.second] if len(self.window) >= GLOBAL_PER_SECOND else []
            if mine is not None and len(mine) >= CHANNEL_PER_5S:
                frees.append(mine[0] + 5 * self.second)
            await asyncio.sleep(self.rtt / 2 + max(0.0, max(frees) - now))


class _Sent:
    def __init__(self, ident: int) -> None:
        self.id = ident


class _Channel:
    def __init__(self, platform: FakePlatform, ident: int) -> None:
        self.platform = platform
        self.id = ident

    async def send(self, **kwargs: Any) -> _Sent:
        at = await self.platform.request(self.id)
        self.platform.arrived.setdefault(self.id, []).append(at)
        return _Sent(self.platform.requests)


class FakeClient:
    """What DiscordChat uses of discord.py's client, on the fake platform."""

    def __init__(self, platform: FakePlatform) -> None:
        self.platform = platform

    def get_channel(self, ident: int) -> None:
        return None

    def get_partial_messageable(self, ident: int, **kwargs: Any) -> _Channel:
        return _Channel(self.platform, ident)

    async def create_dm(self, user: Any) -> _Channel:
        self.platform.create_dm[user.id] += 1
        await self.platform.request(None)
        ident = self.platform.dm_ids.setdefault(user.id, 10**15 + user.id)
        return _Channel(self.platform, ident)


class ScaledChat(DiscordChat):
    """The real adapter's chat port; only its limits are K times faster, as the fake platform's are."""

    def __init__(self, client: Any, direct: SqlDirectChannels, scale: float) -> None:
        super().__init__(client, FormShelf(), direct)
        self.scale = scale

    def limits(self, outbound: Outbound) -> list[Limit]:
        return [Limit(limit.key, limit.per_second * self.scale, limit.burst) for limit in super().limits(outbound)]


class SimClock:
    """The bot's clock: `scale` simulated seconds for each second of the event loop, from `start`."""

    def __init__(self, start: datetime, scale: float) -> None:
        self.start, self.scale = start, scale
        self.origin = asyncio.get_running_loop().time()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=(asyncio.get_running_loop().time() - self.origin) * self.scale)

    def at(self, loop_time: float) -> datetime:
        return self.start + timedelta(seconds=(loop_time - self.origin) * self.scale)


def digits(column: str) -> str:
    return f"replace(replace({column}, 'u', ''), '_', '')"


async def build(groups: int, reminder_after: float, kept: bool) -> tuple[Any, int, datetime]:
    """The database: `groups` groups with RSVPs due at RSVP_DUE, Discord ids; one more group whose one-hour reminder
    falls due `reminder_after` minutes later. Returns (database, that group's channel id, its reminder's due time)."""
    db, _, _ = await open_database(None)
    await populate(db, groups, "rsvp")
    async with db.engine.begin() as conn:
        await conn.exec_driver_sql(f"UPDATE groups SET platform = 'discord', workspace_id = '{GUILD}', "
                                   f"channel_id = CAST(1000000 + id AS TEXT), created_by = {digits('created_by')}")
        await conn.exec_driver_sql(f"UPDATE members SET user_id = {digits('user_id')}")
        await conn.exec_driver_sql(f"UPDATE agreements SET created_by = {digits('created_by')}")
        await conn.exec_driver_sql(f"UPDATE nudges SET recipient = {digits('recipient')} WHERE recipient != ''")
        if kept:
            await conn.exec_driver_sql(
                "INSERT INTO direct_channels (platform, workspace_id, user_id, channel_id) "
                "SELECT 'discord', '" + GUILD + "', user_id, CAST(1000000000000000 + user_id AS TEXT) FROM members")
    # The reminder's group: meets on Sunday, 1 h + reminder_after after the RSVPs fall due (Sunday 18:00 local).
    due = RSVP_DUE + timedelta(minutes=reminder_after)
    meeting = due + timedelta(hours=1)
    local = meeting.astimezone(__import__("zoneinfo").ZoneInfo("America/Denver"))
    rec = parse_recurrence(f"weekly on Sunday at {local:%H:%M} from 2026-10-04", CREATED.date())
    rule, start = rec.stored_rule()
    gid = groups + 1
    channel = 1000000 + gid
    users = [f"{gid}{m}" for m in range(8)]
    async with db.engine.begin() as conn:
        await conn.execute(insert(tables.groups), [dict(
            id=gid, platform="discord", workspace_id=GUILD, name=f"G{gid}", name_key=f"g{gid}", channel_id=str(channel),
            timezone="America/Denver", created_by=users[0], created_at=CREATED, capacity=8, meeting_minutes=90,
            location="", presenters_per_meeting=1, schedule=rec.describe(), schedule_rule=rule, schedule_start=start,
            settled_until=meeting - timedelta(days=7), next_mark=8, agenda="", next_nudge_at=due,
            nudged_through=due - timedelta(hours=23))])
        await conn.execute(insert(tables.agreements), [dict(group_id=gid, version=1, text="Agreement",
                                                            created_at=CREATED, created_by=users[0])])
        await conn.execute(insert(tables.members), [dict(
            group_id=gid, user_id=u, role="facilitator" if m == 0 else "member", standing="active", joined_at=CREATED,
            agreement_version=1, agreement_accepted_at=CREATED, turn_mark=m, muted=False) for m, u in enumerate(users)])
        rows = []
        for kind, lead, who in MOMENTS["reminder"][1]:
            recipients = {"facilitator": [users[0]], "all": users, "channel": [""]}[who]
            rows += [dict(group_id=gid, occurrence=meeting, meeting_start=meeting, kind=kind, recipient=r,
                          due_at=meeting - timedelta(hours=lead), status="sent", attempts=1, late=False,
                          matters_at=meeting) for r in recipients]
        await conn.execute(insert(tables.nudges), rows)
    return db, channel, due


class Tally(logging.Handler):
    """Counts what the delivery logs (never the message text: these records carry none): retries, failed rounds,
    ids that could not be kept - the ways a DM channel could be opened twice."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seen: collections.Counter[str] = collections.Counter()

    def emit(self, record: logging.LogRecord) -> None:
        text = str(record.msg)
        for what in ("retrying", "delivery failed", "could not keep", "delivery raised", "could not prepare"):
            if what in text:
                self.seen[what] += 1


async def run(args: argparse.Namespace) -> dict[str, Any]:
    scale = args.time_scale
    tally = Tally()
    for name in ("roundtable.nudges", "roundtable.direct"):
        logging.getLogger(name).addHandler(tally)
        logging.getLogger(name).setLevel(logging.INFO)
    db, reminder_channel, reminder_due = await build(args.groups, args.reminder_after, args.dm_channels == "kept")
    fake = FakePlatform(args.rtt / 1000, scale)
    chat = ScaledChat(FakeClient(fake), SqlDirectChannels(db.engine, "discord"), scale)
    clock = SimClock(RSVP_DUE, scale)
    service = NudgeService(db, clock, chat, background=True)
    loop = asyncio.get_running_loop()
    expected = 8 * args.groups
    started = loop.time()
    sweeps = 0
    sweep_took: list[float] = []

    def dms() -> int:  # members reached (each member's DM channel is its own; a repeat does not count)
        return sum(1 for k in fake.arrived if k != reminder_channel)

    while dms() < expected or reminder_channel not in fake.arrived:
        t = loop.time()
        await service.sweep()
        sweep_took.append(loop.time() - t)
        sweeps += 1
        if loop.time() - started > args.give_up * 60 / scale:
            break
        await asyncio.sleep(max(0.0, t + SWEEP_EVERY / scale - loop.time()))
    await service.stop(5)
    await db.dispose()
    dm_times = sorted(v[0] for k, v in fake.arrived.items() if k != reminder_channel)  # each member's first
    reminder_at = clock.at(fake.arrived[reminder_channel][0]) if reminder_channel in fake.arrived else None
    opened = fake.create_dm
    per_channel = collections.Counter({k: len(v) for k, v in fake.arrived.items() if k != reminder_channel})
    return {"dms": sum(per_channel.values()), "expected": expected,
            "first_s": (dm_times[0] - started) * scale, "last_s": (dm_times[-1] - started) * scale,
            "last_real_s": dm_times[-1] - started, "floor_s": expected / GLOBAL_PER_SECOND,
            "requests": fake.requests, "refused": fake.refused,
            "create_dm": sum(opened.values()), "members_opened": len(opened),
            "opened_more_than_once": sum(1 for c in opened.values() if c > 1),
            "reminder_due": reminder_due, "reminder_at": reminder_at,
            "reminder_late_s": (reminder_at - reminder_due).total_seconds() if reminder_at else None,
            "sweeps": sweeps, "first_sweep_s": sweep_took[0] if sweep_took else 0.0,
            "members_reached": len(per_channel), "dm_twice": sum(1 for c in per_channel.values() if c > 1),
            "logged": dict(tally.seen)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=10_000)
    parser.add_argument("--rtt", type=float, default=50.0, help="round trip at real pace, ms")
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--reminder-after", type=float, default=10.0, help="simulated minutes into the burst")
    parser.add_argument("--dm-channels", choices=["open", "kept"], default="open")
    parser.add_argument("--give-up", type=float, default=120.0, help="simulated minutes")
    args = parser.parse_args()
    configure_runtime()
    load = os.getloadavg()
    print(f"start {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC, {platform.machine()}, Python "
          f"{platform.python_version()}, {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"{args.groups} groups, rtt {args.rtt:g} ms, time scale {args.time_scale:g}x, DM channels "
          f"{args.dm_channels}, a one-hour reminder due {args.reminder_after:g} min into the burst")
    r = asyncio.run(run(args))
    s = args.time_scale
    print(f"RSVP DMs arrived {r['dms']} of {r['expected']}; first {r['first_s']:.1f} s, last {r['last_s']:.0f} s "
          f"after they fell due (simulated platform time; real {r['last_real_s']:.0f} s at {s:g}x)")
    print(f"  floor {r['floor_s']:.0f} s ({r['expected']} / {GLOBAL_PER_SECOND} a second) -> last / floor "
          f"{r['last_s'] / r['floor_s']:.2f}x; requests accepted {r['requests']} (floor for those "
          f"{r['requests'] / GLOBAL_PER_SECOND:.0f} s -> {r['last_s'] / (r['requests'] / GLOBAL_PER_SECOND):.2f}x); "
          f"429s (retried as discord.py does) {r['refused']}")
    print(f"  create_dm calls {r['create_dm']} for {r['members_opened']} members; opened more than once: "
          f"{r['opened_more_than_once']}")
    if r["reminder_at"] is not None:
        print(f"  the one-hour reminder due {r['reminder_due']:%H:%M:%S} UTC arrived {r['reminder_at']:%H:%M:%S} "
              f"UTC: {r['reminder_late_s']:.1f} s after it fell due (simulated)")
    else:
        print("  the one-hour reminder never arrived")
    print(f"  sweeps {r['sweeps']}; the first (planning the RSVPs) took {r['first_sweep_s']:.1f} s real")
    print(f"  members reached {r['members_reached']}; a DM arrived twice for {r['dm_twice']}; logged by the delivery: "
          f"{r['logged'] or 'no retry, no failed round, every DM id kept'}")
    load = os.getloadavg()
    print(f"end {datetime.now(UTC):%H:%M:%S} UTC, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()

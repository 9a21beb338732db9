"""Issue 16 benchmark: the directory sweep's look for introductions in one workspace, without I/O — finding the
circles among people waiting with `find notify:yes` (bot/directory/introductions.py: circles), and checking each
against the open listed groups (OpenSeats).

Baselines in the same run: for `circles`, reading every person's windows into UTC spans (the input it can't avoid);
for the fit check, scoring every open listing for every person as `find` does (has_open_fit), the plain way.
Run: `.venv/bin/python bench/directory_introductions.py [--people 1000] [--groups 2000] [--samples 5]`.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.directory.introductions import (  # noqa: E402
    OpenSeats,
    Waiting,
    circles,
    has_open_fit,
    open_listings,
    spans,
)
from bot.directory.matching import Seeker  # noqa: E402
from bot.directory.model import ListedGroup, parse_windows  # noqa: E402
from bot.domain.schedule import Recurrence  # noqa: E402

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
ZONES = ("America/New_York", "America/Chicago", "Europe/London", "Europe/Berlin")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def people(rnd: random.Random, n: int) -> list[Waiting]:
    found = []
    for i in range(n):
        windows = []
        for _ in range(3):
            start = rnd.randrange(8, 20)
            windows.append(f"{rnd.choice(DAYS)} {start:02d}:00-{min(start + rnd.randrange(2, 5), 23):02d}:00")
        found.append(Waiting(f"u{i}", rnd.choice(ZONES), parse_windows(", ".join(windows))))
    return found


def groups(rnd: random.Random, n: int) -> list[ListedGroup]:
    found = []
    for i in range(n):
        rule, start = Recurrence("weekly", 1, rnd.randrange(7), None, None, clock_time(rnd.randrange(8, 20)),
                                 date(2026, 11, 1)).stored_rule()
        found.append(ListedGroup(i, f"g{i}", rnd.choice(ZONES), 8, 90, "weekly", rule, start, "", "", "", "open",
                                 rnd.randrange(3, 9), 0))
    return found


def timed(samples: int, work: Callable[[], object]) -> list[float]:
    out = []
    for _ in range(samples):
        began = time.perf_counter()
        work()
        out.append((time.perf_counter() - began) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--groups", type=int, default=2000)
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args()
    rnd = random.Random(16)
    waiting, listed = people(rnd, args.people), groups(rnd, args.groups)
    listings = open_listings(listed, NOW)
    seekers = [Seeker(w.zone, w.windows) for w in waiting]

    read = timed(args.samples, lambda: [spans(w, NOW) for w in waiting])
    found = timed(args.samples, lambda: circles(waiting, NOW))
    filing = timed(args.samples, lambda: open_listings(listed, NOW))

    def filed_once() -> list[bool]:
        seats = OpenSeats(listings)  # filed once per look, as the sweep does
        return [seats.fits(s) for s in seekers]

    fast = timed(args.samples, filed_once)
    plain = timed(max(1, args.samples // 2), lambda: [has_open_fit(s, listings) for s in seekers])
    agree = filed_once() == [has_open_fit(s, listings) for s in seekers]

    med = statistics.median
    print(f"{args.people} people waiting (3 windows each), {args.groups} listed groups ({len(listings)} with a seat)")
    print(f"circles: median {med(found):.0f} ms ({len(circles(waiting, NOW))} circles); "
          f"baseline spans {med(read):.0f} ms; ratio {med(found) / med(read):.2f}x")
    print(f"open_listings: median {med(filing):.0f} ms")
    print(f"OpenSeats fit check: median {med(fast):.0f} ms; baseline has_open_fit {med(plain):.0f} ms; "
          f"ratio {med(fast) / med(plain):.3f}x; same answers: {agree}")


if __name__ == "__main__":
    main()

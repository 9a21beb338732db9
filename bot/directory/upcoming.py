"""The next meetings of a listed group's schedule, as `find` needs them, without expanding the same rule again on
every find.

A schedule's meetings do not depend on any stored row but the rule itself (a group with skipped or moved meetings
is expanded afresh every time, by the caller), so this keeps, per (rule, first meeting, zone), a few more meetings
than asked for, from the moment they were computed: the next meetings at a later moment are the kept ones from
that moment on, as long as enough are left (or the series ended among them). Pure computation, so nothing here can
go stale when data changes; bounded, least recently used first out."""
from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain.schedule import Recurrence, occurrences

SPARE = 12  # meetings kept beyond those asked for: a weekly group's kept ones last about three months
KEPT = 8192  # schedules kept

# (rule, first meeting, zone) -> (computed at, the starts from then on, whether the series ends among them, the
# tuples handed out by their first index and length: groups on one schedule get one tuple, which `rank` relies on).
_kept: OrderedDict[tuple[str, str, str],
                   tuple[datetime, tuple[datetime, ...], bool, dict[tuple[int, int], tuple[datetime, ...]]]] = \
    OrderedDict()


def next_starts(rule: str, start: str, zone: str, after: datetime, count: int) -> tuple[datetime, ...]:
    """The starts of the schedule's next `count` meetings at or after `after`: `occurrences(…, after=after,
    count=count)` for a schedule with no skipped or moved meeting."""
    key = (rule, start, zone)
    kept = _kept.get(key)
    if kept is not None:
        since, starts, ended, handed = kept
        if since <= after:
            first = bisect_left(starts, after)
            if first + count <= len(starts) or ended:
                _kept.move_to_end(key)
                rest = handed.get((first, count))
                if rest is None:
                    rest = handed[(first, count)] = starts[first:first + count]
                return rest
    wanted = count + SPARE
    starts = tuple(o.start for o in occurrences(Recurrence.from_rule(rule, start), ZoneInfo(zone), after=after,
                                                count=wanted))
    rest = starts[:count]
    _kept[key] = (after, starts, len(starts) < wanted, {(0, count): rest})
    _kept.move_to_end(key)
    while len(_kept) > KEPT:
        _kept.popitem(last=False)
    return rest

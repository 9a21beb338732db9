"""Time zones as people name them: every IANA zone, and a refusal for an offset written where a place belongs."""
from __future__ import annotations

import difflib
import zoneinfo
from functools import lru_cache

from bot.domain.errors import Refusal


@lru_cache(maxsize=1)
def known_timezones() -> tuple[str, ...]:
    """Every IANA zone name (from tzdata), sorted: for validation and for adapters' autocomplete."""
    return tuple(sorted(zoneinfo.available_timezones()))


@lru_cache(maxsize=1)
def _zone_index() -> tuple[frozenset[str], dict[str, str]]:
    zones = known_timezones()
    return frozenset(zones), {z.lower(): z for z in zones}


# Abbreviations and the POSIX-style legacy zones: EST is UTC-5 all year, so a group in New York would meet an
# hour off for half the year. A place name follows the place's daylight-saving rules.
OFFSET_ZONES = {
    "est": "America/New_York", "edt": "America/New_York", "est5edt": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "cst6cdt": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mst7mdt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pst8pdt": "America/Los_Angeles",
    "hst": "Pacific/Honolulu", "akst": "America/Anchorage", "bst": "Europe/London",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "met": "Europe/Berlin", "eet": "Europe/Athens",
    "eest": "Europe/Athens", "wet": "Europe/Lisbon", "aest": "Australia/Sydney", "nzst": "Pacific/Auckland",
}


def check_timezone(name: str) -> str:
    if name.strip().lower() in OFFSET_ZONES:
        raise Refusal(f"“{name.strip()}” names a clock offset, not a place, so it can't follow the daylight-saving "
                      f"rules where the group meets (meetings could be an hour off for part of the year). Use a "
                      f"place name, e.g. `{OFFSET_ZONES[name.strip().lower()]}`.")
    exact, folded = _zone_index()
    if name in exact:
        return name
    if name.lower() in folded:
        return folded[name.lower()]
    zones = known_timezones()
    guess = difflib.get_close_matches(name, zones, n=1, cutoff=0.6) or difflib.get_close_matches(
        name.replace(" ", "_"), zones, n=1, cutoff=0.5
    )
    hint = f" Did you mean `{guess[0]}`?" if guess else " Use a name like `America/Denver` or `Europe/Berlin`."
    raise Refusal(f"“{name[:60]}” isn't a time zone I know.{hint}")

"""`GET /calendar/<secret>.ics`: a member's calendar subscription over HTTP, on the status server in every mode.

The body is the core's (bot/calendar_feed.py: `CalendarFeed.render`). Here: the per-secret rate limit (429 with
Retry-After), the ETag (a hash of the body) and Last-Modified so calendar clients poll cheaply (If-None-Match or
If-Modified-Since -> 304), and 404 for an unknown or revoked secret after the same work as a valid one (the hash
and one query); and no answer sooner than FLOOR after the request, so the time a request takes does not tell a
live secret from a dead one. The secret is never logged: the route logs nothing with the path, uvicorn's access log is off and
the root log filter withholds every library line that could carry a URL (adapters/logging_setup.py).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Protocol

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.calendar_feed import secret_hash

log = logging.getLogger("roundtable.calendar")

PATH = "/calendar/{name}"
LIMIT = 60            # requests per secret per window
WINDOW = 3600.0       # seconds
KEYS = 10_000         # secrets the limiter and the Last-Modified memory remember (least recently seen dropped)
FLOOR = 0.15         # seconds: the least time any answer takes (a live and a dead secret look alike)
HEADERS = {"Cache-Control": "private, max-age=300", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex"}


class Feed(Protocol):
    async def render(self, secret: str) -> bytes | None: ...


class Limiter:
    """At most `limit` requests per key in any `window` seconds (a sliding log); `clock` is injected for tests."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW, clock: Callable[[], float] = time.monotonic,
                 keys: int = KEYS) -> None:
        self.limit, self.window, self.clock, self.keys = limit, window, clock, keys
        self.seen: OrderedDict[str, deque[float]] = OrderedDict()

    def allow(self, key: str) -> float:
        """0 if the request may go ahead (and it is counted), else the seconds until it may."""
        now = self.clock()
        times = self.seen.pop(key, None) or deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        self.seen[key] = times
        while len(self.seen) > self.keys:
            self.seen.popitem(last=False)
        if len(times) >= self.limit:
            return max(1.0, times[0] + self.window - now)
        times.append(now)
        return 0.0


class CalendarRoute:
    def __init__(self, feed: Feed, limiter: Limiter | None = None,
                 wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC), floor: float = FLOOR,
                 timer: Callable[[], float] = time.monotonic) -> None:
        """`floor`: no answer (feed, 304 or 404) leaves sooner than this many seconds after the request came, so
        how long a request took does not tell a live secret from a dead one while building a feed takes less."""
        self.feed = feed
        self.floor = floor
        self.timer = timer
        self.limiter = limiter or Limiter()
        self.wall_clock = wall_clock
        # (ETag, since when) per secret's hash: Last-Modified is when this process first served that body.
        self.versions: OrderedDict[str, tuple[str, datetime]] = OrderedDict()

    def route(self) -> Route:
        return Route(PATH, self.serve, methods=["GET", "HEAD"])

    async def serve(self, request: Request) -> Response:
        started = self.timer()
        response = await self._answer(request)
        if response.status_code != 429:  # the limit is per hashed secret, alive or not: it tells nothing
            await asyncio.sleep(max(0.0, self.floor - (self.timer() - started)))
        return response

    async def _answer(self, request: Request) -> Response:
        name = request.path_params.get("name", "")
        secret = name[:-4] if name.endswith(".ics") else name
        key = secret_hash(secret)
        wait = self.limiter.allow(key)
        if wait:
            return PlainTextResponse("Too many requests for this calendar; try again later.", status_code=429,
                                     headers={"Retry-After": str(int(wait + 0.999))})
        try:
            body = await self.feed.render(secret)
        except Exception as error:  # noqa: BLE001 - the type only: never the path
            log.warning("calendar feed unavailable: %s", type(error).__name__)
            return PlainTextResponse("The calendar is unavailable right now.", status_code=503,
                                     headers={"Retry-After": "300"})
        if body is None or not name.endswith(".ics"):
            self.versions.pop(key, None)
            return PlainTextResponse("Not found.", status_code=404)
        etag = '"' + hashlib.sha256(body).hexdigest()[:40] + '"'
        known = self.versions.pop(key, None)
        since = known[1] if known is not None and known[0] == etag else self.wall_clock().replace(microsecond=0)
        self.versions[key] = (etag, since)
        while len(self.versions) > KEYS:
            self.versions.popitem(last=False)
        headers = {**HEADERS, "ETag": etag, "Last-Modified": format_datetime(since, usegmt=True)}
        if _matches(request.headers.get("if-none-match"), etag) or (
                "if-none-match" not in request.headers
                and _not_modified_since(request.headers.get("if-modified-since"), since)):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    tags = [tag.strip() for tag in header.split(",")]
    return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)


def _not_modified_since(header: str | None, since: datetime) -> bool:
    if not header:
        return False
    try:
        when = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return since <= when

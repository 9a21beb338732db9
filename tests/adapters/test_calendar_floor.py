"""A calendar feed's answer takes at least FLOOR, whether the secret is live or not: an attacker timing requests
cannot tell a live secret from a dead one by the feed the live one makes the server build."""
from __future__ import annotations

import asyncio

from starlette.requests import Request

from adapters.calendar_feed import CalendarRoute, secret_hash

LIVE = "live-secret"
ICS = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


class SlowForTheLive:
    """A feed that takes a while to build for a live secret and none for a dead one."""

    async def render(self, secret: str) -> bytes | None:
        if secret_hash(secret) != secret_hash(LIVE):
            return None
        await asyncio.sleep(0.03)
        return ICS


def request(secret: str) -> Request:
    return Request({"type": "http", "method": "GET", "path": f"/calendar/{secret}.ics", "headers": [],
                    "path_params": {"name": f"{secret}.ics"}, "query_string": b""})


async def timed(route: CalendarRoute, secret: str) -> tuple[int, float]:
    loop = asyncio.get_running_loop()
    started = loop.time()
    response = await route.serve(request(secret))
    return response.status_code, loop.time() - started


async def test_live_and_dead_secrets_take_the_same_least_time() -> None:
    route = CalendarRoute(SlowForTheLive(), floor=0.1)
    (live, live_took), (dead, dead_took) = await timed(route, LIVE), await timed(route, "dead-secret")
    assert (live, dead) == (200, 404)
    assert live_took >= 0.1 and dead_took >= 0.1  # without the floor: about 0.03 s against none


async def test_without_a_floor_the_difference_shows() -> None:
    """What the floor is for (and that the check above can fail): no floor, the dead secret answers at once."""
    route = CalendarRoute(SlowForTheLive(), floor=0.0)
    (_, live_took), (_, dead_took) = await timed(route, LIVE), await timed(route, "dead-secret")
    assert dead_took < 0.02 <= live_took

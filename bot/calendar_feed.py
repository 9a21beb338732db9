"""A member's calendar subscription: a private, revocable URL whose feed holds their groups' meetings.

The URL is `<public URL>/calendar/<secret>.ics`; the secret is 32 random bytes (URL-safe base64) and only its
SHA-256 hash is stored, with whose it is. The feed is built at request time from the groups the member is in then
(leaving a group takes it out of the feed), with the same content as the calendar file (bot/records.py): the call
link, since the subscriber is a member. An unknown or revoked secret costs the same work as a valid one: the hash
and one query. The HTTP side (rate limit, ETag, 404) is the adapters' (adapters/calendar_feed.py).
"""
from __future__ import annotations

import hashlib
import secrets

from bot.cases.ports import CaseUnitOfWorkFactory
from bot.domain.group import Group, Meeting
from bot.records import feed_ics

SECRET_BYTES = 32
HELD = 500  # held meetings per group: enough for moved meetings in the past years


def new_secret() -> str:
    return secrets.token_urlsafe(SECRET_BYTES)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogateescape")).hexdigest()


def feed_url(public_url: str, secret: str) -> str:
    return f"{public_url.rstrip('/')}/calendar/{secret}.ics"


class CalendarFeed:
    """What the feed's HTTP route calls: the feed's body for a secret, or None (unknown or revoked)."""

    def __init__(self, uow_factory: CaseUnitOfWorkFactory) -> None:
        self.uow_factory = uow_factory

    async def render(self, secret: str) -> bytes | None:
        digest = secret_hash(secret)
        async with self.uow_factory() as uow:
            user = await uow.cases.subscriber(digest)
            if user is None:
                return None
            schedules: list[tuple[Group, list[Meeting]]] = []
            for group in await uow.groups.for_user(user, lock=False):
                if group.is_member(user.id) and group.recurrence() is not None:
                    schedules.append((group, list(group.meetings) + await uow.groups.held(group, HELD)))
            return feed_ics(schedules)  # inside the unit: the groups' rows are loaded lazily

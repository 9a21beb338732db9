"""Small helpers the command modules share: looking things up and saying them kindly."""
from __future__ import annotations

from datetime import date, datetime

from bot.context import Context
from bot.domain.errors import Refusal
from bot.domain.group import Group, Upcoming
from bot.messages import Mention, Span, When
from bot.payloads import MeetingPayload


def when(group: Group, at: datetime, style: str = "full") -> When:
    return When(at, group.timezone, style)


def people(group: Group, user_ids: list[str] | tuple[str, ...], empty: str = "nobody yet") -> list[Span]:
    """Mentions joined with commas, as spans."""
    if not user_ids:
        return [empty]
    spans: list[Span] = []
    for index, user_id in enumerate(user_ids):
        if index:
            spans.append(" and " if index == len(user_ids) - 1 else ", ")
        spans.append(Mention(group.user(user_id)))
    return spans


def local_today(ctx: Context, group: Group) -> date:
    return ctx.now.astimezone(group.zone).date()


async def reader_zone(ctx: Context) -> str | None:
    """The time zone of the person asking, from their profile, if they set one. A date they type is a day of their
    own calendar: this zone's, else the group's (`Group.on_day`)."""
    profile = await ctx.uow.profiles.get(ctx.actor)
    return profile.timezone if profile is not None and profile.timezone else None


async def find_on_day(ctx: Context, group: Group, on_date: str | None, horizon: int = 60) -> Upcoming:
    """The next meeting, or the one on a date of the asker's own calendar."""
    if on_date is None:
        return group.find_upcoming(ctx.now, None, horizon)
    return group.find_upcoming(ctx.now, on_date, horizon, await reader_zone(ctx))


def upcoming_by_value(ctx: Context, group: Group, original_iso: str) -> Upcoming:
    """Find an upcoming meeting from the identity a button carried, as text."""
    try:
        original = datetime.fromisoformat(original_iso)
    except ValueError:
        raise Refusal("That button refers to a meeting I can't find. Try `/consult next`.") from None
    return upcoming_at(ctx, group, original)


async def presenters_meeting(ctx: Context, value: str) -> tuple[Group, Upcoming]:
    """The group and meeting a presenter's button (confirm, pass) refers to; refused unless the clicker presents."""
    clicked = MeetingPayload.decode(value)
    group = await ctx.load_group(clicked.group_id)
    item = upcoming_at(ctx, group, clicked.occurrence)
    if ctx.actor.id not in item.presenters:
        raise Refusal("You're no longer presenting at that meeting.")
    return group, item


def upcoming_at(ctx: Context, group: Group, original: datetime) -> Upcoming:
    """Find an upcoming meeting by its identity (its original start), as a decoded payload carries it."""
    for item in group.upcoming(ctx.now, 60):
        if item.original_start == original:
            return item
    raise Refusal("That meeting has already started, was cancelled, or is no longer on the schedule.")


def group_id_of(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise Refusal("That button is out of date. Try the command again.") from None

"""The group directory: `/consult find` (matching, bot/directory/matching.py), join requests to `by request` groups,
and the resources a group keeps."""
from __future__ import annotations

from typing import Any

from bot.commands.spec import Access, Kind, Param, Routes
from bot.context import Context
from bot.directory.matching import LOOKAHEAD, SHOWN, Listing, Match, Seeker, brought, rank
from bot.directory.model import (
    JOIN_BY_REQUEST,
    WINDOW_EXAMPLE,
    Window,
    parse_windows,
    split_list,
)
from bot.directory.ports import directory_of
from bot.domain.errors import Refusal
from bot.domain.group import Group
from bot.messages import Heading, Reply

ROUTES = Routes()
command, action, form = ROUTES.command, ROUTES.action, ROUTES.form


@command("find", "Find groups that fit you, and why",
         Param("focus", Kind.TAGS, "Focus areas (default: your profile's)",
               max_length=600),
         Param("when", Kind.TEXT, "When you can meet, e.g. Tue-Thu 18:00-21:00", max_length=300),
         Param("tz", Kind.TIMEZONE, "Time zone of when (default: yours)", max_length=64),
         access=Access.ANYONE, replans_nudges=False,
         examples=("/consult find", "/consult find focus:trauma when:\"Tue-Thu 18:00-21:00\" tz:Europe/Berlin"))
async def find(ctx: Context, args: dict[str, Any]) -> Reply:
    profile = await ctx.uow.profiles.get(ctx.actor)
    zone = args.get("tz") or (profile.timezone if profile and profile.timezone else ctx.app.default_timezone)
    windows: tuple[Window, ...]
    if "when" in args:
        windows = parse_windows(args["when"])
    elif profile is not None and profile.available:
        windows = parse_windows(profile.available)
    else:
        raise Refusal("To find a group that meets when you can, tell me when that is, in your own time zone: "
                      f"`/consult find when:\"{WINDOW_EXAMPLE}\"`, or save it once with "
                      f"`/consult profile available:\"{WINDOW_EXAMPLE}\" tz:Europe/Berlin`.")
    seeker = Seeker(
        zone=zone, windows=windows,
        focus=tuple(args["focus"]) if "focus" in args else tuple(split_list(profile.focus if profile else "")),
        modalities=tuple(profile.tag_list) if profile else (),
        languages=tuple(split_list(profile.languages)) if profile else (),
    )
    directory = directory_of(ctx.uow)
    groups = await directory.listed(ctx.actor.workspace_ref) if directory is not None else []
    groups = [g for g in groups if g.member(ctx.actor.id) is None]
    tags = await directory.member_tags(groups) if directory is not None and groups else {}
    listings = [listing_of(ctx, g, tags.get(g.id or 0, [])) for g in groups]
    matches = rank(seeker, listings)
    said = ", ".join(w.describe() for w in windows)
    if not matches:
        unscheduled = sum(1 for li in listings if not li.meetings)
        text = (f"No listed group meets inside your times ({said}, {zone}) in its next {LOOKAHEAD} meetings"
                if listings else "No groups are listed in the directory here yet")
        extra = f"; {unscheduled} listed group{'s have' if unscheduled != 1 else ' has'} no schedule yet" \
            if unscheduled else ""
        return ctx.private(text + extra + ". You could widen your windows (`when:`), or start a group with "
                           "`/consult group create NAME`.")
    blocks: list[Any] = [Heading(f"Groups that fit you ({len(matches[:SHOWN])} of {len(matches)} that fit)"),
                         f"Your times: {said} ({zone})."]
    for number, match in enumerate(matches[:SHOWN], 1):
        blocks.append(_result(number, match))
    return ctx.private(*blocks)


def _result(number: int, match: Match) -> str:
    listing = match.listing
    lines = [f"{number}. {listing.name}" + (f" – {listing.description}" if listing.description else "")]
    lines.append("   " + " · ".join(match.reasons()))
    meets = f"meets {listing.schedule} ({listing.timezone})" if listing.schedule else ""
    about = [meets, f"{listing.size} member{'s' if listing.size != 1 else ''}"]
    if listing.focus:
        about.append("focus: " + ", ".join(listing.focus))
    lines.append("   " + "; ".join(a for a in about if a) + ".")
    how = (f"Ask to join: `/consult join {listing.name} note:\"…\"` (its facilitators approve requests)"
           if listing.joining == JOIN_BY_REQUEST else f"Join: `/consult join {listing.name}`")
    lines.append(f"   {how}. Score {match.points}.")
    return "\n".join(lines)


def listing_of(ctx: Context, group: Group, member_tags: list[list[str]]) -> Listing:
    """What `find` may know of a listed group: its entry and counts, never its roster."""
    meetings = tuple(o.start for o in group.occurrences_between(ctx.now, LOOKAHEAD))
    return Listing(
        group_id=group.id or 0, name=group.name, meetings=meetings, minutes=group.meeting_minutes,
        seats_free=group.seats_free, waiting=len(group.waitlist), size=len(group.active),
        focus=tuple(split_list(group.focus)), brings=brought(member_tags), language=group.language,
        description=group.description, joining=group.joining, schedule=group.schedule or "",
        timezone=group.timezone)

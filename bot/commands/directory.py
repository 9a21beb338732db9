"""The group directory: `/consult find` (matching, bot/directory/matching.py), join requests to `by request` groups,
and the resources a group keeps."""
from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote, unquote

from bot.commands.common import find_on_day
from bot.commands.spec import GROUP_PARAM, Access, Kind, Param, Routes
from bot.context import Context
from bot.directory import listings
from bot.directory.introductions import describe_slot
from bot.directory.matching import LOOKAHEAD, SHOWN, Listing, Match, Seeker, brought, rank, score
from bot.directory.model import (
    JOIN_BY_REQUEST,
    MAX_RESOURCE_TEXT,
    MAX_TITLE,
    WINDOW_EXAMPLE,
    Introducee,
    Introduction,
    KeptSearch,
    ListedGroup,
    Resource,
    Window,
    check_link,
    guarded,
    introduction,
    join_list,
    parse_windows,
    split_list,
)
from bot.directory.service import INTRODUCE_ACTION, NOT_INTRODUCE_ACTION
from bot.domain.errors import Refusal
from bot.domain.group import Group, Profile, Upcoming
from bot.domain.text import check_name
from bot.identity import UserRef
from bot.messages import (
    Button,
    Heading,
    Link,
    Mention,
    Reply,
    Span,
    ToChannel,
    ToDirect,
    When,
    buttons,
    message,
    para,
    possessive,
)

ROUTES = Routes()
command, action, form = ROUTES.command, ROUTES.action, ROUTES.form


@command("find", "Find groups that fit you, and why",
         Param("focus", Kind.TAGS, "Focus areas (default: your profile's)",
               max_length=600),
         Param("when", Kind.TEXT, "When you can meet, e.g. Tue-Thu 18:00-21:00", max_length=300),
         Param("tz", Kind.TIMEZONE, "Time zone of when (default: yours)", max_length=64),
         Param("notify", Kind.CHOICE, "yes: tell me when one fits", choices=("yes", "no")),
         access=Access.ANYONE, replans_nudges=False,
         examples=("/consult find", "/consult find focus:trauma when:\"Tue-Thu 18:00-21:00\" tz:Europe/Berlin"))
async def find(ctx: Context, args: dict[str, Any]) -> Reply:
    return await _find(ctx, args)


FIND_ACTION = "home.find"


@action(FIND_ACTION)
async def find_click(ctx: Context, value: str) -> Reply:
    """**Find a group** on a member's own page (bot/commands/home.py): `find` from their profile."""
    return await _find(ctx, {})


async def _find(ctx: Context, args: dict[str, Any]) -> Reply:
    directory = ctx.uow.directory
    if args.get("notify") == "no":
        kept = await directory.kept_search(ctx.actor)
        if kept is None:
            return ctx.private("You have no search kept, so there is nothing to stop.")
        await directory.drop_search(kept)
        return ctx.private("Done: I've stopped watching for groups for you.")
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
    workspace = ctx.actor.workspace_ref
    listings = [listing_of(ctx, g) for g in await directory.listed(workspace, ctx.actor.id)]
    matches = rank(seeker, listings)
    said = ", ".join(w.describe() for w in windows)
    kept_note = ""
    if args.get("notify") == "yes":
        await _keep(ctx, seeker, [m.listing.group_id for m in matches])
        kept_note = (" I'll keep this search and tell you privately when another listed group that fits your times "
                     "opens a seat or joins the directory (`/consult find notify:no` stops it).")
    if not matches:
        unscheduled = sum(1 for li in listings if not li.meetings)
        text = (f"No listed group meets inside your times ({said}, {zone}) in its next {LOOKAHEAD} meetings"
                if listings else "No groups are listed in the directory here yet")
        extra = f"; {unscheduled} listed group{'s have' if unscheduled != 1 else ' has'} no schedule yet" \
            if unscheduled else ""
        return ctx.private(text + extra + ". You could widen your windows (`when:`), start a group with "
                           "`/consult group create NAME`" + (", or let me watch for one: `/consult find notify:yes`."
                                                             if not kept_note else "." + kept_note))
    blocks: list[Any] = [Heading(f"Groups that fit you ({len(matches[:SHOWN])} of {len(matches)} that fit)"),
                         f"Your times: {said} ({zone})."]
    for number, match in enumerate(matches[:SHOWN], 1):
        blocks.append(_result(match, f"{number}. "))
    if kept_note:
        blocks.append(kept_note.strip())
    return ctx.private(*blocks)


async def _keep(ctx: Context, seeker: Seeker, shown: list[int]) -> None:
    directory = ctx.uow.directory
    kept = await directory.kept_search(ctx.actor)
    windows = ", ".join(w.describe() for w in seeker.windows)
    told = ",".join(str(i) for i in shown[:SHOWN])
    if kept is None:
        await directory.keep_search(KeptSearch(ctx.actor.platform, ctx.actor.workspace, ctx.actor.id, seeker.zone,
                                               windows, join_list(list(seeker.focus)), ctx.now, told))
    else:
        kept.zone, kept.windows, kept.focus, kept.created_at, kept.told = (
            seeker.zone, windows, join_list(list(seeker.focus)), ctx.now, told)


async def tell_kept_searches(ctx: Context, group: Group, reply: Reply) -> None:
    """After a change that may open a seat in a listed group (or list it): each kept search it now fits, and that
    was not told of it before, is told privately, once."""
    directory = ctx.uow.directory
    if not group.listed or group.seats_free <= 0 or group.id is None:
        return
    searches = [s for s in await directory.kept_searches(group.workspace)
                if not s.was_told(group.id) and group.member(s.user_id) is None]
    if not searches:
        return
    profiles = await ctx.uow.profiles.many([group.user(m.user_id) for m in group.active])
    listing = listing_of(ctx, listed_of(group, brought([p.tag_list for p in profiles])))
    for search in searches:
        match = score(Seeker(search.zone, parse_windows(search.windows), tuple(split_list(search.focus))), listing)
        if match is None:
            continue
        search.tell(group.id)
        reply.add(ToDirect(group.user(search.user_id)), message(
            Heading("A group that fits your times has a seat"), _result(match),
            "You asked me to watch for one; `/consult find notify:no` stops these messages."))


def listed_of(group: Group, brings: tuple[str, ...]) -> ListedGroup:
    """A loaded group as `find` reads a listed one (`brings`: what `brought` makes of its active members' modalities)."""
    pending = [m for m in group.meetings if not m.settled]
    return ListedGroup(
        group.id or 0, group.name, group.timezone, group.capacity, group.meeting_minutes, group.schedule,
        group.schedule_rule, group.schedule_start, group.focus, group.description, group.language, group.joining,
        len(group.active), len(group.waitlist), tuple(m.original_start for m in pending if m.cancelled),
        tuple((m.original_start, m.start) for m in pending if m.moved and not m.cancelled), brings)


def _result(match: Match, number: str = "") -> str:
    listing = match.listing
    lines = [f"{number}{listing.name}" + (f" – {listing.description}" if listing.description else "")]
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


def listing_of(ctx: Context, group: ListedGroup) -> Listing:
    """What `find` may know of a listed group at this moment (bot/directory/listings.py)."""
    return listings.listing(group, ctx.now)


# Resources --------------------------------------------------------------------------------------------------------

PAGE = 10


@command("resources add", "Keep a link or note for the group", GROUP_PARAM,
         Param("what", Kind.TEXT, "An http(s) link, or a short text", required=True, rest=True,
               max_length=MAX_RESOURCE_TEXT),
         Param("title", Kind.TEXT, "A title", max_length=MAX_TITLE, named_only=True),
         Param("tags", Kind.TAGS, "Tags, comma-separated", max_length=300, named_only=True),
         Param("for", Kind.TEXT, "Meeting: next or YYYY-MM-DD", max_length=10,
               named_only=True),
         replans_nudges=False,
         examples=("/consult resources add https://example.org/grounding.pdf title:\"Grounding worksheet\" "
                   "tags:\"trauma, worksheet\" for:next", "/consult resources add Local DBT skills group every Monday, "
                   "sliding scale tags:referrals"))
async def resources_add(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    what = " ".join(str(args["what"]).split())
    link = check_link(what)
    title = guarded(check_name(args["title"], "A title"), "the title") if args.get("title") else ""
    text = "" if link else guarded(what, "the resource")
    tags = join_list(args.get("tags", []))
    if len(text) > MAX_RESOURCE_TEXT:
        raise Refusal(f"A resource can be at most {MAX_RESOURCE_TEXT} characters.")
    meeting = await _meeting_for(ctx, group, args.get("for"))
    resource = Resource(group.id or 0, ctx.actor.id, link, text, title, tags, ctx.now,
                        meeting=meeting.original_start if meeting else None)
    await ctx.uow.directory.add_resource(resource)
    name = title or (link or text)[:60]
    tied: list[Span] = ([", for the meeting on ", When(meeting.start, group.timezone, "date"),
                         " (its recap lists it)"] if meeting else [])
    reply = ctx.private(para(f"Saved for {group.name} as resource {resource.number}", *tied,
                             ". `/consult resources list` shows what the group keeps."))
    reply.add(ToChannel(group.channel), message(para(
        Mention(ctx.actor), " shared a resource with the group: ", Link(link, name) if link else f"“{name}”",
        ". See `/consult resources list`.")))
    return reply


async def _meeting_for(ctx: Context, group: Group, value: Any) -> Upcoming | None:
    """`for:next` or `for:YYYY-MM-DD` (a day of the asker's calendar): the meeting a resource is shared for."""
    if not value:
        return None
    said = str(value).strip().lower()
    if said != "next":
        try:
            date.fromisoformat(said)
        except ValueError:
            raise Refusal("Give `for:next` or a meeting date like `for:2026-03-05`.") from None
    return await find_on_day(ctx, group, None if said == "next" else said)


@command("resources list", "The group's links and notes", GROUP_PARAM,
         Param("tag", Kind.TEXT, "Only this tag", max_length=40),
         Param("search", Kind.TEXT, "Words to look for", max_length=80),
         Param("page", Kind.INTEGER, "Page", min_value=1, max_value=1000),
         replans_nudges=False, examples=("/consult resources list", "/consult resources list tag:worksheet page:2"))
async def resources_list(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    page = int(args.get("page", 1))
    tag = " ".join(str(args["tag"]).split()) if args.get("tag") else None
    search = str(args["search"]).strip() if args.get("search") else None
    return await _resource_page(ctx, group, page, tag, search)


PAGE_ACTION = "resources.page"


@action(PAGE_ACTION)
async def resources_page(ctx: Context, value: str) -> Reply:
    """**Previous** / **Next** under a long `resources list`: the same list, another page (for members only)."""
    group_id, page, tag, search = _page_of(value)
    group = await ctx.load_group(group_id)
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"That's for members of {group.name}. You can ask to join with `/consult join {group.name}`.")
    return await _resource_page(ctx, group, page, tag, search)


def _page_value(group: Group, page: int, tag: str | None, search: str | None) -> str | None:
    """A page button's value: `group|page|tag|search`, the filters percent-encoded; None when it would be too long
    for every platform's buttons (Discord's custom_id holds 100 characters), where the list's text says how."""
    value = "|".join([str(group.id), str(page), quote(tag or "", safe=""), quote(search or "", safe="")])
    return value if len(value) <= MAX_PAGE_VALUE else None


MAX_PAGE_VALUE = 64


def _page_of(value: str) -> tuple[int, int, str | None, str | None]:
    parts = value.split("|")
    if len(parts) != 4 or not parts[0].isdigit() or not parts[1].isdigit() or int(parts[1]) < 1:
        raise Refusal("That button is out of date. Try `/consult resources list` again.")
    return int(parts[0]), int(parts[1]), unquote(parts[2]) or None, unquote(parts[3]) or None


async def _resource_page(ctx: Context, group: Group, page: int, tag: str | None, search: str | None) -> Reply:
    found, total = await ctx.uow.directory.resources(group.id or 0, tag, search, PAGE, (page - 1) * PAGE)
    narrowed = " matching that" if tag or search else ""
    if not total:
        return ctx.private(f"{group.name} keeps no resources{narrowed} yet. Share one with "
                           "`/consult resources add https://… title:\"…\"`.")
    pages = (total + PAGE - 1) // PAGE
    if page > pages:
        raise Refusal(f"There {'is' if pages == 1 else 'are'} only {pages} page{'s' if pages != 1 else ''}.")
    blocks: list[Any] = [Heading(f"{possessive(group.name)} resources{narrowed} ({total})")]
    for resource in found:
        spans: list[Any] = [f"{resource.number}. "]
        if resource.link:
            spans.append(Link(resource.link, resource.title or resource.link))
        else:
            spans.append((resource.title + ": " if resource.title else "") + resource.text)
        if resource.tag_list:
            spans.append(f" [{', '.join(resource.tag_list)}]")
        spans.append(" – shared by ")
        spans.append(Mention(group.user(resource.author)) if resource.author else "a former member")
        spans.append(" on ")
        spans.append(When(resource.created_at, group.timezone, "date"))
        if resource.meeting is not None:
            spans += [", for the meeting on ", When(resource.meeting, group.timezone, "date")]
        blocks.append(para(*spans))
    if pages > 1:
        more = f" `/consult resources list page:{page + 1}` for more." if page < pages else ""
        blocks.append(f"Page {page} of {pages}.{more}")
        turns = [Button(label, PAGE_ACTION, value) for label, to in (("← Previous", page - 1), ("Next →", page + 1))
                 if 1 <= to <= pages and (value := _page_value(group, to, tag, search)) is not None]
        if turns:
            blocks.append(buttons(*turns))
    return ctx.private(*blocks)


@command("resources remove", "Remove a resource", GROUP_PARAM,
         Param("number", Kind.INTEGER, "Its number in the list", required=True, min_value=1),
         replans_nudges=False, examples=("/consult resources remove 3",
                                         "/consult resources remove 3 group:\"Tuesday Peers\""))
async def resources_remove(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    directory = ctx.uow.directory
    resource = await directory.resource(group.id or 0, int(args["number"]))
    if resource is None:
        raise Refusal(f"{group.name} has no resource {args['number']}. `/consult resources list` shows them.")
    if resource.author != ctx.actor.id and not ctx.may_facilitate(group):
        raise Refusal("Only the person who shared it, or a facilitator, can remove a resource.")
    await directory.remove_resource(resource)
    return ctx.private(f"Removed resource {resource.number} from {group.name}.")


# Introductions when nothing fits (bot/directory/introductions.py; offered by the directory sweep) ----------------


async def _asked(ctx: Context, value: str) -> tuple[Introduction, Introducee]:
    """The introduction a button answers and the actor's place in it; a kind refusal if it isn't theirs."""
    try:
        introduction_id = int(value)
    except ValueError:
        raise Refusal("That button is out of date. Nothing was changed.") from None
    directory = ctx.uow.directory
    introduction = await directory.introduction(introduction_id)
    mine = next((a for a in await directory.introducees_of(introduction_id) if a.user_id == ctx.actor.id), None) \
        if introduction is not None else None
    if introduction is None or mine is None or (introduction.platform, introduction.workspace_id) != (
            ctx.actor.platform, ctx.actor.workspace):
        raise Refusal("That invitation isn't there for you any more. Nothing was changed.")
    if mine.answer:
        raise Refusal("You answered that already: " + (
            "you were introduced to the others who said yes." if mine.answer == "yes"
            else "you said no thanks, so you weren't introduced to anyone."))
    return introduction, mine


def _about(user: UserRef, profile: Profile | None) -> list[Span]:
    """A colleague as an introduction shows them: who, and what their profile says they do."""
    return ["• ", Mention(user), _details(profile)]


def _details(profile: Profile | None) -> str:
    about = introduction(profile.profession, profile.tag_list, profile.focus) if profile is not None else []
    return (" – " + "; ".join(about)) if about else ""


def _start_hint(slot: str) -> str:
    return (f"You can all meet {slot} your time. To start, one of you creates the group in a channel you share "
            "(`/consult group create NAME`), sets its time (`/consult schedule set weekly on …`), and the others "
            "join it with `/consult join NAME`.")


@action(INTRODUCE_ACTION)
async def introduce_me(ctx: Context, value: str) -> Reply:
    """Yes: the actor is introduced to everyone in the circle who said yes before, and they to the actor. Nobody
    who hasn't said yes is named to anyone."""
    introduction, mine = await _asked(ctx, value)
    mine.answer, mine.answered_at = "yes", ctx.now
    others = [a for a in await ctx.uow.directory.introducees_of(introduction.id or 0)
              if a.answer == "yes" and a.user_id != ctx.actor.id]
    if not others:
        return ctx.private("Thank you. You're the first to say yes: I'll introduce you as soon as someone else "
                           "does, and nobody learns you were asked until then.")
    users = [UserRef(ctx.actor.platform, ctx.actor.workspace, a.user_id) for a in others]
    profiles = {p.user_id: p for p in await ctx.uow.profiles.many([*users, ctx.actor])}
    zones: dict[str, str] = {}
    for user in [*users, ctx.actor]:  # each reads the slot in the zone of their search (else their profile's)
        kept = await ctx.uow.directory.kept_search(user)
        profile = profiles.get(user.id)
        zones[user.id] = kept.zone if kept else (profile.timezone if profile and profile.timezone
                                                 else ctx.app.default_timezone)
    reply = ctx.private(
        Heading("Colleagues who want to start a group with you"),
        "They also said yes:", *[para(*_about(u, profiles.get(u.id))) for u in users],
        _start_hint(describe_slot(introduction.slot_start, introduction.slot_end, zones[ctx.actor.id])))
    for user in users:
        reply.add(ToDirect(user), message(
            Heading("Another colleague wants to start a group with you"),
            para(Mention(ctx.actor), " also said yes", _details(profiles.get(ctx.actor.id)), "."),
            _start_hint(describe_slot(introduction.slot_start, introduction.slot_end, zones[user.id]))))
    return reply


@action(NOT_INTRODUCE_ACTION)
async def not_introduce_me(ctx: Context, value: str) -> Reply:
    _, mine = await _asked(ctx, value)
    mine.answer, mine.answered_at = "no", ctx.now
    return ctx.private("No problem: you won't be introduced, and nobody learns you were asked. I'll keep watching "
                       "for a group that fits (`/consult find notify:no` stops that), and won't ask you this again "
                       "for this search.")

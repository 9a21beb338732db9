"""Creating and configuring groups, their facilitators and their confidentiality agreement."""
from __future__ import annotations

from typing import Any

from bot.commands.arguments import convert, default_mentions
from bot.commands.common import group_id_of, people, when
from bot.commands.directory import tell_kept_searches
from bot.commands.membership import round_opened
from bot.commands.spec import GROUP_PARAM, Access, Kind, Param, Routes
from bot.context import Context
from bot.directory.model import JOINING as JOINING_CHOICES
from bot.directory.model import MAX_DESCRIPTION, check_description, join_list, split_list
from bot.domain.errors import Refusal
from bot.domain.group import (
    DEFAULT_CAPACITY,
    MAX_CAPACITY,
    MAX_PRESENTERS,
    MIN_CAPACITY,
    USUAL_CAPACITY,
    Group,
)
from bot.domain.text import check_name
from bot.domain.zones import check_timezone
from bot.identity import ChannelRef
from bot.messages import (
    Form,
    FormField,
    Heading,
    Reply,
    ToChannel,
    ToDirect,
    ToPerson,
    message,
    para,
    possessive,
)

MIN_MINUTES, MAX_MINUTES = 15, 480
MAX_PLACE = 300
MAX_AGREEMENT = 3000  # a Slack text input holds at most 3,000 characters

ROUTES = Routes()
command, action, form = ROUTES.command, ROUTES.action, ROUTES.form

CAPACITY = Param("capacity", Kind.INTEGER, f"Most members at once ({MIN_CAPACITY}-{MAX_CAPACITY}, usually 4-8)",
                 min_value=MIN_CAPACITY, max_value=MAX_CAPACITY)
TZ = Param("tz", Kind.TIMEZONE, "The group's time zone, e.g. America/Denver", max_length=64)
LENGTH = Param("length", Kind.INTEGER, f"Meeting length in minutes ({MIN_MINUTES}-{MAX_MINUTES})",
               min_value=MIN_MINUTES, max_value=MAX_MINUTES)
PLACE = Param("place", Kind.TEXT, "Video-call link or meeting place", max_length=MAX_PLACE)
PRESENTERS = Param("presenters", Kind.INTEGER, f"Presenters per meeting (1-{MAX_PRESENTERS})",
                   min_value=1, max_value=MAX_PRESENTERS)
# The directory entry (bot/directory): what colleagues see in `/consult find` once the group is listed.
LISTED = Param("listed", Kind.CHOICE, "yes: list the group in /consult find", choices=("yes", "no"))
DESCRIPTION = Param("description", Kind.TEXT, f"Directory description (≤{MAX_DESCRIPTION} characters)",
                    max_length=MAX_DESCRIPTION)
FOCUS = Param("focus", Kind.TAGS, "Focus areas, comma-separated", max_length=600)
PROFESSIONS = Param("professions", Kind.TAGS, "Professions welcome, comma-separated", max_length=600)
LANGUAGE = Param("language", Kind.TEXT, "Language it meets in", max_length=40)
JOINING = Param("joining", Kind.CHOICE, "open, or by request",
                choices=JOINING_CHOICES)
EVENTS = Param("discord_events", Kind.CHOICE, "Discord: the next meetings as server events",
               choices=("yes", "no"))
EVENTS_LINK = Param("discord_events_link", Kind.CHOICE,
                    "Discord: the call link in those events (all can see)", choices=("yes", "no"))


@command("group create", "Start a consultation group with this channel as its home",
         Param("name", Kind.TEXT, "The group's name", required=True, rest=True, max_length=80),
         TZ, CAPACITY, LENGTH, PLACE,
         Param("confirm", Kind.CHOICE, "yes: make this channel a home it already is to another group",
               choices=("yes", "no")),
         access=Access.ANYONE, example="/consult group create Tuesday Peers tz:America/Denver")
async def group_create(ctx: Context, args: dict[str, Any]) -> Reply:
    name = check_name(args["name"])
    if await ctx.uow.groups.by_name(ctx.actor.workspace_ref, name.casefold()) is not None:
        raise Refusal(f"There's already a group called “{name}” here. Pick another name.")
    sharing = await _homes_here(ctx, ctx.channel)
    if sharing and args.get("confirm") != "yes":
        raise Refusal(shared_home_warning(sharing, name) + " If that is what you want, run "
                      f"`/consult group create {name} confirm:yes`; otherwise run it in the channel "
                      "that should be the new group's home.")
    zone = args.get("tz")
    if zone is None:
        profile = await ctx.uow.profiles.get(ctx.actor)
        zone = profile.timezone if profile and profile.timezone else ctx.app.default_timezone
    group = Group(
        platform=ctx.actor.platform, workspace_id=ctx.actor.workspace, name=name, name_key=name.casefold(),
        channel_id=ctx.channel.id, timezone=zone, created_by=ctx.actor.id, created_at=ctx.now,
        capacity=args.get("capacity", DEFAULT_CAPACITY), meeting_minutes=args.get("length", 90),
        location=args.get("place", ""),
    )
    group.found(ctx.now)
    await ctx.uow.groups.add(group)
    notes = [f"You're its facilitator. Time zone: {group.timezone}; up to {group.capacity} members; "
             f"{group.meeting_minutes}-minute meetings."]
    if group.capacity not in USUAL_CAPACITY:
        notes.append(_capacity_note(group.capacity))
    notes.append("Next: set the meeting schedule, e.g. `/consult schedule set every 2 weeks on Tuesday at 18:00`, "
                 "and review the confidentiality agreement with `/consult agreement show`.")
    reply = ctx.private(*notes)
    announcement = (f"A new consultation group, “{group.name}”, has started here. "
                    f"Colleagues can ask to join with `/consult join {group.name}`.")
    if sharing:
        announcement += (f" This channel is also the home of {_names(sharing)}: both groups' requests, "
                         "reminders and check-in results appear here.")
    reply.add(ToChannel(ctx.channel), message(para(announcement)))
    return reply


@command("group list", "The groups in this workspace: name, cadence and free seats", access=Access.ANYONE, replans_nudges=False)
async def group_list(ctx: Context, args: dict[str, Any]) -> Reply:
    rows = await ctx.uow.groups.summaries(ctx.actor.workspace_ref)
    if not rows:
        return ctx.private("There are no groups here yet. Start one with `/consult group create NAME`.")
    lines = []
    for row in sorted(rows, key=lambda s: s.name.casefold()):
        free = row.capacity - row.members
        seats = f"{free} seat{'s' if free != 1 else ''} free" if free > 0 else "full (waitlist open)"
        cadence = _describe(row.schedule) if row.schedule else "no schedule yet"
        lines.append(f"• {row.name} – {cadence} ({row.timezone}) – {seats}")
    return ctx.private(Heading("Consultation groups here"), "\n".join(lines))


@command("group info", "About a group: schedule, size and facilitators", GROUP_PARAM, access=Access.ANYONE, replans_nudges=False)
async def group_info(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    rec = group.recurrence()
    blocks: list[Any] = [Heading(group.name)]
    blocks.append(f"Meets {rec.describe() if rec else '(no schedule yet)'} – {group.timezone}, "
                  f"{group.meeting_minutes} minutes, {group.presenters_per_meeting} presenter(s) per meeting.")
    blocks.append(f"{len(group.active)} of {group.capacity} seats taken; {len(group.waitlist)} waiting.")
    blocks.append(para("Facilitated by ", *people(group, [m.user_id for m in group.facilitators])))
    if group.listed:
        entry = [group.description] if group.description else []
        if group.focus:
            entry.append("Focus: " + ", ".join(split_list(group.focus)) + ".")
        if group.professions:
            entry.append("Welcome: " + ", ".join(split_list(group.professions)) + ".")
        if group.language:
            entry.append(f"Language: {group.language}.")
        entry.append("Joining: by request (facilitators approve)." if group.joining == "by request" else "Joining: open.")
        blocks.append("In the directory: " + " ".join(entry))
    if group.is_member(ctx.actor.id) and group.location:
        blocks.append(f"Where: {group.location}")
    upcoming = group.upcoming(ctx.now, 1)
    if upcoming:
        blocks.append(para("Next meeting: ", when(group, upcoming[0].start)))
    return ctx.private(*blocks)


@command("group settings", "Change the group's settings (facilitators)",
         GROUP_PARAM, Param("name", Kind.TEXT, "A new name for the group", max_length=80),
         CAPACITY, TZ, LENGTH, PLACE, PRESENTERS, LISTED, DESCRIPTION, FOCUS, PROFESSIONS, LANGUAGE, JOINING,
         EVENTS, EVENTS_LINK, access=Access.FACILITATOR,
         example="/consult group settings capacity:6 place:https://meet.example/abc",
         examples=("/consult group settings listed:yes focus:\"trauma, grief\" joining:\"by request\"",))
async def group_settings(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    changes = {k: v for k, v in args.items() if k != "group"}
    if not changes:
        return ctx.private(_settings_form(group))
    return await _apply_settings(ctx, group, changes)


@form("group.settings")
async def settings_form(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    group = await ctx.load_group(group_id_of(context))
    if not ctx.may_facilitate(group):
        raise Refusal(f"Only the facilitators of {group.name} can change its settings.")
    changes: dict[str, Any] = {}
    for key, param in (("capacity", CAPACITY), ("tz", TZ), ("length", LENGTH),
                       ("place", PLACE), ("presenters", PRESENTERS)):
        raw = (values.get(key) or "").strip()
        if not raw:
            if key == "place":
                changes[key] = ""  # an emptied field clears the place
            continue
        changes[key] = convert(param, raw, default_mentions(ctx.actor))
    return await _apply_settings(ctx, group, changes)


@command("group listing", "Directory entry form (facilitators)", GROUP_PARAM,
         access=Access.FACILITATOR, replans_nudges=False,
         examples=("/consult group listing", "/consult group listing group:\"Tuesday Peers\""))
async def group_listing(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    return ctx.private(Form(
        "group.listing", "Directory entry",
        (
            FormField("description", f"Description (at most {MAX_DESCRIPTION} characters)", "long_text", False,
                      group.description, MAX_DESCRIPTION),
            FormField("focus", "Focus areas, comma-separated", "text", False,
                      ", ".join(split_list(group.focus)), 600),
            FormField("professions", "Professions welcome, comma-separated", "text", False,
                      ", ".join(split_list(group.professions)), 600),
            FormField("language", "Language it meets in", "text", False, group.language, 40),
            FormField("joining", "Joining", "choice", True, group.joining, 20, choices=JOINING_CHOICES),
        ),
        context=str(group.id), submit_label="Save and list",
        intro="Colleagues see this in `/consult find`; it never shows who is in the group. The description is "
              "checked for anything that could identify a client."))


@form("group.listing")
async def listing_form(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    group = await ctx.load_group(group_id_of(context))
    if not ctx.may_facilitate(group):
        raise Refusal(f"Only the facilitators of {group.name} can change its directory entry.")
    joining = (values.get("joining") or group.joining).strip().lower()
    if joining not in JOINING_CHOICES:
        raise Refusal("Joining must be open or by request.")
    changes: dict[str, Any] = {
        "listed": "yes", "joining": joining,
        "description": (values.get("description") or "").strip(),
        "language": (values.get("language") or "").strip(),
    }
    for key, param in (("focus", FOCUS), ("professions", PROFESSIONS)):
        raw = (values.get(key) or "").strip()
        changes[key] = convert(param, raw, default_mentions(ctx.actor)) if raw else []
    return await _apply_settings(ctx, group, changes)


@command("facilitator add", "Make a member a co-facilitator (facilitators)", GROUP_PARAM,
         Param("member", Kind.USER, "The member", required=True), access=Access.FACILITATOR)
async def facilitator_add(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    member = group.member(args["member"].id)
    if member is None or not group.is_member(member.user_id):
        raise Refusal("Only a member of the group can become a facilitator.")
    if member.is_facilitator:
        raise Refusal("They're already a facilitator.")
    member.role = "facilitator"
    return ctx.public(para(*people(group, [member.user_id]), f" is now a co-facilitator of {group.name}."),
                      channel=group.channel)


@command("facilitator remove", "Step a co-facilitator back to member (facilitators)", GROUP_PARAM,
         Param("member", Kind.USER, "The facilitator", required=True), access=Access.FACILITATOR)
async def facilitator_remove(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    member = group.member(args["member"].id)
    if member is None or not member.is_facilitator:
        raise Refusal("They're not a facilitator of this group.")
    if len(group.facilitators) == 1:
        raise Refusal("A group needs at least one facilitator. Add another before stepping this one back.")
    member.role = "member"
    return ctx.public(para(*people(group, [member.user_id]), f" is no longer a facilitator of {group.name}."),
                      channel=group.channel)


@command("agreement show", "Read the group's confidentiality agreement", GROUP_PARAM, access=Access.ANYONE, replans_nudges=False)
async def agreement_show(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    agreement = group.agreement
    return ctx.private(Heading(f"{group.name}: confidentiality agreement (version {agreement.version})"),
                       agreement.text)


@command("agreement edit", "A new version of the confidentiality agreement (facilitators)",
         GROUP_PARAM, access=Access.FACILITATOR, replans_nudges=False)
async def agreement_edit(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    return ctx.private(Form(
        "agreement.edit", "Edit agreement",
        (FormField("text", "Agreement text", "long_text", True, group.agreement.text, MAX_AGREEMENT),),
        context=str(group.id), submit_label="Save new version",
        intro="Members accept each new version before their next meeting."))


@form("agreement.edit")
async def agreement_form(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    group = await ctx.load_group(group_id_of(context))
    if not ctx.may_facilitate(group):
        raise Refusal(f"Only the facilitators of {group.name} can change its agreement.")
    text = (values.get("text") or "").strip()
    if not text:
        raise Refusal("The agreement can't be empty.")
    if len(text) > MAX_AGREEMENT:
        raise Refusal(f"The agreement can be at most {MAX_AGREEMENT} characters.")
    if text == group.agreement.text:
        raise Refusal("That's the same as the current version, so nothing changed.")
    version = group.new_agreement(text, ctx.actor.id, ctx.now)
    reply = Reply().add(ToPerson(ctx.actor, ctx.channel), message(f"Saved as version {version.version}."))
    reply.add(ToChannel(group.channel), message(
        f"{possessive(group.name)} confidentiality agreement has a new version ({version.version}). "
        "Read it with `/consult agreement show`."))
    return reply


async def _homes_here(ctx: Context, channel: ChannelRef) -> list[Group]:
    return sorted(await ctx.uow.groups.by_channel(channel), key=lambda g: g.name.casefold())


def _names(groups: list[Group]) -> str:
    names = [g.name for g in groups]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def shared_home_warning(sharing: list[Group], name: str) -> str:
    """Who would read what if `name` made its home in a channel that is already `sharing`'s home. Everything a group
    posts in its channel (consultation requests, meeting reminders, presenter changes, check-in announcements and
    results) is read by everyone in that channel, the other groups' members included. For whoever sets or changes
    a group's home channel: group create now, and any command that moves a group."""
    others = _names(sharing)
    members = f"{others}' members" if len(sharing) == 1 else "those groups' members"
    return (f"This channel is already the home of {others}: everyone who reads it, {members} included, would read "
            f"{possessive(name)} consultation requests, meeting reminders and check-in results, and whoever joins it for "
            f"{name} would read {others}'.")


def _describe(schedule_text: str) -> str:
    """The stored sentence, as it was said when the schedule was set (the rule lives beside it, never parsed)."""
    return schedule_text


def _server_events(group: Group, changes: dict[str, Any]) -> tuple[bool, bool] | None:
    """The asked-for (discord_events, discord_events_link), or None when neither was given. Discord only."""
    if "discord_events" not in changes and "discord_events_link" not in changes:
        return None
    if group.platform != "discord":
        raise Refusal("Server events are a Discord feature, so there's nothing to switch on here. Members can "
                      "still add the meetings to their own calendar with `/consult calendar`.")
    on = changes.get("discord_events", "yes" if group.discord_events else "no") == "yes"
    link = changes.get("discord_events_link", "yes" if group.discord_events_link else "no") == "yes"
    return on, link


def _events_notes(group: Group, on: bool, link: bool) -> list[str]:
    if not on:
        return ["Its server events will be removed in a moment."] if group.discord_events else []
    notes = [f"Roundtable keeps {possessive(group.name)} next 3 meetings as events of this server, showing the "
             "group's name and the time only. It needs the **Manage Events** permission; if it's missing, "
             "you'll get a private message saying how to grant it."]
    if link and not group.location:
        notes.append("There's no call link yet (`/consult group settings place:…`), so the events say "
                     "“Roundtable consultation group” instead.")
    elif link:
        notes.append("The events show the call link as their location: everyone in this server can see it.")
    return notes


def _capacity_note(capacity: int) -> str:
    return (f"Note: consultation groups usually have 4-8 members; {capacity} is "
            f"{'small' if capacity < 4 else 'large'} – that's fine if it suits you.")


def _settings_form(group: Group) -> Form:
    return Form(
        "group.settings", "Group settings",
        (
            FormField("capacity", f"Capacity ({MIN_CAPACITY}-{MAX_CAPACITY})", "text", True, str(group.capacity), 2),
            FormField("tz", "Time zone (e.g. America/Denver)", "text", True, group.timezone, 64),
            FormField("length", "Meeting length in minutes", "text", True, str(group.meeting_minutes), 3),
            FormField("place", "Video-call link or place", "text", False, group.location, MAX_PLACE),
            FormField("presenters", f"Presenters per meeting (1-{MAX_PRESENTERS})", "text", True,
                      str(group.presenters_per_meeting), 1),
        ),
        context=str(group.id), submit_label="Save",
    )


async def _apply_settings(ctx: Context, group: Group, changes: dict[str, Any]) -> Reply:
    """Apply only what differs from the current settings; validate everything before changing anything."""
    said: list[str] = []
    notes: list[str] = []
    name = check_name(str(changes["name"])) if "name" in changes else group.name
    if name != group.name:
        other = await ctx.uow.groups.by_name(group.workspace, name.casefold())
        if other is not None and other is not group:
            raise Refusal(f"There's already a group called “{name}” here.")
    capacity_value = int(changes.get("capacity", group.capacity))
    if capacity_value < len(group.active):
        raise Refusal(f"{group.name} has {len(group.active)} members, so capacity can't go below that.")
    zone = check_timezone(str(changes["tz"])) if "tz" in changes else group.timezone
    place = str(changes.get("place", group.location)).strip()
    if len(place) > MAX_PLACE:
        raise Refusal(f"The place can be at most {MAX_PLACE} characters.")
    minutes = int(changes.get("length", group.meeting_minutes))
    presenters_value = int(changes.get("presenters", group.presenters_per_meeting))
    listed = changes["listed"] == "yes" if "listed" in changes else group.listed
    description = check_description(str(changes["description"])) if "description" in changes else group.description
    focus = join_list(changes["focus"]) if "focus" in changes else group.focus
    professions = join_list(changes["professions"]) if "professions" in changes else group.professions
    language = check_name(str(changes["language"]), "A language") if changes.get("language") else \
        ("" if "language" in changes else group.language)
    joining = str(changes.get("joining", group.joining))
    events = _server_events(group, changes)

    if name != group.name:
        group.name, group.name_key = name, name.casefold()
        said.append(f"name “{name}”")
    if capacity_value != group.capacity:
        group.capacity = capacity_value
        said.append(f"capacity {capacity_value}")
        if capacity_value not in USUAL_CAPACITY:
            notes.append(_capacity_note(capacity_value))
    if zone != group.timezone:
        group.timezone = zone
        said.append(f"time zone {zone} (meetings keep their local time)")
    if minutes != group.meeting_minutes:
        group.meeting_minutes = minutes
        said.append(f"{minutes}-minute meetings")
    if place != group.location:
        group.location = place
        said.append("meeting place updated" if place else "meeting place cleared")
    if presenters_value != group.presenters_per_meeting:
        group.presenters_per_meeting = presenters_value
        said.append(f"{presenters_value} presenter(s) per meeting")
    listing: list[str] = []
    for attribute, value, words in (("description", description, "description"), ("focus", focus, "focus areas"),
                                    ("professions", professions, "professions welcome"),
                                    ("language", language, "language"), ("joining", joining, "joining")):
        if value != getattr(group, attribute):
            setattr(group, attribute, value)
            listing.append(f"{words} {', '.join(split_list(value)) if attribute in ('focus', 'professions') else value}"
                           if value else f"{words} cleared")
    said += listing
    if listed != group.listed:
        group.listed = listed
        said.append("listed in the directory (`/consult find`)" if listed else "no longer listed in the directory")
    elif listing and not group.listed:
        notes.append("The group isn't listed yet: `/consult group settings listed:yes` shows it in `/consult find`.")
    if events is not None and events != (group.discord_events, group.discord_events_link):
        notes.extend(_events_notes(group, *events))
        group.discord_events, group.discord_events_link = events
        said.append(("the next meetings shown as server events" + (" with the call link" if events[1] else ""))
                    if events[0] else "no server events" + (" (they'll show the call link once on)" if events[1] else ""))
    if not said:
        return ctx.private(f"Nothing to change: {possessive(group.name)} settings are already like that.")
    promoted = []
    opened = await round_opened(ctx, group)
    while (member := group.promote_waiting(ctx.now, opened)) is not None:
        promoted.append(member.user_id)
    reply = ctx.private(f"Updated {group.name}: " + ", ".join(said) + ".", *notes)
    await tell_kept_searches(ctx, group, reply)
    if promoted:
        reply.add(ToChannel(group.channel), message(para(*people(group, promoted), f" joined {group.name} from the waitlist.")))
        for user_id in promoted:
            reply.add(ToDirect(group.user(user_id)), message(
                f"Good news: a seat opened in {group.name} and it's yours. Try `/consult next` to see the next meeting."))
    return reply

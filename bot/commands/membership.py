"""Joining (after accepting the agreement), the waitlist, leaving, removal, profiles and the roster."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.cases.forget import forget_member
from bot.commands.common import group_id_of, people
from bot.commands.directory import tell_kept_searches
from bot.commands.spec import GROUP_PARAM, Access, Kind, Param, Routes
from bot.context import Context
from bot.directory.model import (
    CADENCES,
    JOIN_BY_REQUEST,
    MAX_NOTE,
    REQUEST_DAYS,
    WINDOW_EXAMPLE,
    JoinRequest,
    check_note,
    describe_windows,
    introduction,
    join_list,
    parse_windows,
    split_list,
)
from bot.domain.errors import Refusal
from bot.domain.group import Group, Profile, Standing, Upcoming
from bot.domain.text import check_name
from bot.domain.zones import check_timezone
from bot.messages import (
    Button,
    Form,
    FormField,
    Heading,
    Mention,
    Reply,
    ToChannel,
    ToDirect,
    When,
    buttons,
    message,
    para,
    possessive,
)
from bot.payloads import AgreementPayload, JoinRequestPayload

ROUTES = Routes()
command, action, form = ROUTES.command, ROUTES.action, ROUTES.form


@command("join", "Ask to join a group (you'll accept its confidentiality agreement first)",
         GROUP_PARAM, Param("note", Kind.TEXT, f"A note for the facilitators (≤{MAX_NOTE} characters)", max_length=MAX_NOTE, named_only=True),
         access=Access.ANYONE, example="/consult join Tuesday Peers", replans_nudges=False,
         examples=("/consult join Trauma Evenings note:\"I work with adult survivors and would value the group.\"",))
async def join(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    existing = group.member(ctx.actor.id)
    if existing is not None:
        if existing.standing == Standing.WAITLISTED:
            raise Refusal(f"You're already on the waitlist for {group.name} "
                          f"(number {group.waitlist.index(existing) + 1}).")
        raise Refusal(f"You're already a member of {group.name}.")
    if group.joining == JOIN_BY_REQUEST and await approved_request(ctx, group) is None:
        return await request_to_join(ctx, group, args.get("note", ""))
    return agreement_offer(ctx, group)


async def approved_request(ctx: Context, group: Group) -> JoinRequest | None:
    """The actor's approved (and not yet used) request to join `group`, if any."""
    if group.id is None:
        return None
    found = [r for r in await ctx.uow.directory.requests_of(group.id, ctx.actor.id) if r.status == "approved"]
    return found[-1] if found else None


def agreement_offer(ctx: Context, group: Group) -> Reply:
    """The agreement to read, with I accept / Not now, privately to the actor."""
    return ctx.private(*agreement_blocks(group))


def agreement_blocks(group: Group) -> list[Any]:
    agreement = group.agreement
    blocks: list[Any] = [
        Heading(f"{group.name}: confidentiality agreement (version {agreement.version})"),
        agreement.text,
    ]
    if group.seats_free == 0:
        blocks.append(f"{group.name} is full. Accepting puts you on the waitlist as number "
                      f"{len(group.waitlist) + 1}; you'll get a message when a seat opens.")
    blocks.append(buttons(
        Button("I accept", "agreement.accept", AgreementPayload(group.id or 0, agreement.version).encode(), "primary"),
        Button("Not now", "agreement.decline", str(group.id)),
    ))
    return blocks


@action("agreement.accept")
async def accept(ctx: Context, value: str) -> Reply:
    accepted = AgreementPayload.decode(value)
    group = await ctx.load_group(accepted.group_id)
    approval = None
    if group.joining == JOIN_BY_REQUEST and group.member(ctx.actor.id) is None:
        approval = await approved_request(ctx, group)
        if approval is None:
            raise Refusal(f"{group.name} takes new members by request: ask its facilitators with "
                          f"`/consult join {group.name} note:\"…\"`. Nothing was changed.")
    member = group.admit(ctx.actor.id, accepted.version, ctx.now, await round_opened(ctx, group))
    if approval is not None:
        approval.status = "joined"
    if member.standing == Standing.WAITLISTED:
        place = group.waitlist.index(member) + 1
        return ctx.private(f"Thank you. {group.name} is full, so you're number {place} on the waitlist. "
                           "You'll get a message as soon as a seat opens.")
    welcome: list[Any] = [
        f"Welcome to {group.name}. You accepted version {accepted.version} of its agreement. "
        "You'll join the presenter rotation after the colleagues already waiting for a turn. "
        "Try `/consult next` to see the next meeting, and `/consult profile` to add your modalities."]
    if group.listed:
        # Someone who found the group in the directory may not know anyone yet: offer an introduction, only if
        # they want one.
        welcome += ["Would you like the group to get a short introduction from your profile (name, profession, "
                    "modalities, focus)?",
                    buttons(Button("Introduce me", "join.introduce", str(group.id), "primary"))]
    reply = ctx.private(*welcome)
    reply.add(ToChannel(group.channel), message(para(*people(group, [ctx.actor.id]), f" joined {group.name}. Welcome!")))
    return reply


@action("join.introduce")
async def introduce(ctx: Context, value: str) -> Reply:
    group = await ctx.load_group(group_id_of(value))
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"Only members of {group.name} can be introduced to it.")
    profile = await ctx.uow.profiles.get(ctx.actor)
    about = introduction(profile.profession, profile.tag_list, profile.focus) if profile is not None else []
    if not about:
        raise Refusal("Your profile has nothing to introduce yet. Add to it with e.g. "
                      "`/consult profile profession:Psychologist tags:\"CBT, EMDR\" focus:trauma`, then press the "
                      "button again.")
    reply = ctx.private("Done: the group got your introduction.")
    reply.add(ToChannel(group.channel), message(para(
        "Please welcome ", Mention(ctx.actor), f" to {group.name}: " + "; ".join(about) + ".")))
    return reply


async def request_to_join(ctx: Context, group: Group, note: str) -> Reply:
    """For a `by request` group: the facilitators get the person's profile and note, with Approve / Decline."""
    directory = ctx.uow.directory
    assert group.id is not None
    waiting = [r for r in await directory.requests_of(group.id, ctx.actor.id) if r.open_at(ctx.now)]
    if waiting:
        raise Refusal(f"You asked to join {group.name} already; its facilitators have until "
                      f"{waiting[-1].expires_at:%-d %b %Y} to answer. You'll get a message here when they do.")
    checked = check_note(note)
    request = JoinRequest(group.id, ctx.actor.id, checked, ctx.now, ctx.now + timedelta(days=REQUEST_DAYS))
    await directory.add_request(request)
    profile = await ctx.uow.profiles.get(ctx.actor)
    payload = JoinRequestPayload(group.id, request.id or 0).encode()
    about: list[str] = []
    if profile is not None:
        if profile.profession:
            about.append(f"Profession: {profile.profession}")
        if profile.tag_list:
            about.append(f"Modalities: {', '.join(profile.tag_list)}")
        if profile.focus:
            about.append(f"Focus: {', '.join(split_list(profile.focus))}")
    if checked:
        about.append(f"Their note: {checked}")
    reply = ctx.private(f"Your request to join {group.name} went to its facilitators, with your profile"
                        + (" and your note" if checked else "") + f". You'll hear from them here; a request "
                        f"stays open for {REQUEST_DAYS} days.")
    for facilitator in group.facilitators:
        reply.add(ToDirect(group.user(facilitator.user_id)), message(
            Heading(f"Request to join {group.name}"),
            para(Mention(ctx.actor), f" would like to join {group.name}."),
            "\n".join(about) if about else "They haven't filled in a profile yet.",
            f"The request stays open until {request.expires_at:%-d %b %Y}.",
            buttons(Button("Approve", "join.approve", payload, "primary"),
                    Button("Decline", "join.decline", payload))))
    return reply


async def _open_request(ctx: Context, value: str) -> tuple[Group, JoinRequest]:
    clicked = JoinRequestPayload.decode(value)
    group = await ctx.load_group(clicked.group_id)
    if not ctx.may_facilitate(group):
        raise Refusal(f"Only the facilitators of {group.name} can answer requests to join it.")
    request = await ctx.uow.directory.request(clicked.request_id)
    if request is None or request.group_id != group.id:
        raise Refusal("That request no longer exists.")
    if request.status == "expired":  # the sweep marked it lapsed (bot/directory/service.py) and told them
        raise Refusal(f"That request expired on {request.expires_at:%-d %b %Y} (requests stay open "
                      f"{REQUEST_DAYS} days), so nothing was changed. They were told it lapsed and can ask again "
                      f"with `/consult join {group.name}`.")
    if request.status != "pending":
        said = "approved" if request.status in ("approved", "joined") else "declined"
        raise Refusal(f"That request was already {said}" + (
            f" on {request.decided_at:%-d %b %Y}." if request.decided_at else "."))
    if not request.open_at(ctx.now):
        raise Refusal(f"That request expired on {request.expires_at:%-d %b %Y} (requests stay open "
                      f"{REQUEST_DAYS} days). They can ask again with `/consult join {group.name}`.")
    return group, request


@action("join.approve")
async def approve_request(ctx: Context, value: str) -> Reply:
    group, request = await _open_request(ctx, value)
    request.status, request.decided_by, request.decided_at = "approved", ctx.actor.id, ctx.now
    newcomer = group.user(request.user_id)
    reply = ctx.private(para("Approved: ", Mention(newcomer), f" can now read and accept {possessive(group.name)} "
                             "agreement to join."))
    reply.add(ToDirect(newcomer), message(
        f"Good news: the facilitators of {group.name} approved your request. Please read the group's "
        "confidentiality agreement; accepting it makes you a member.", *agreement_blocks(group)))
    return reply


@action("join.decline")
async def decline_request(ctx: Context, value: str) -> Reply:
    group, request = await _open_request(ctx, value)
    return ctx.private(Form(
        "join.decline", "Decline request",
        (FormField("message", "A message for them (optional)", "long_text", False, "", MAX_NOTE,
                   hint="Without one, they are told kindly that there is no place for them now, and nothing "
                        "about why."),),
        context=value, submit_label="Decline",
        intro=f"Declining a request to join {group.name}."))


@form("join.decline")
async def decline_form(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    group, request = await _open_request(ctx, context)
    written = check_note(values.get("message") or "")
    request.status, request.decided_by, request.decided_at = "declined", ctx.actor.id, ctx.now
    text = (f"Thank you for your interest in {group.name}. Its facilitators aren't able to offer you a place "
            "at the moment.")
    text += f" They wrote: “{written}”" if written else " `/consult find` can suggest other groups that fit you."
    reply = ctx.private(para("Declined. ", Mention(group.user(request.user_id)), " was told kindly"
                             + (", with your message." if written else ", without a reason.")))
    reply.add(ToDirect(group.user(request.user_id)), message(text))
    return reply


@action("agreement.decline")
async def decline(ctx: Context, value: str) -> Reply:
    return ctx.private("No problem – nothing was changed. You can run `/consult join` again any time.")


@command("leave", "Leave a group (or its waitlist)", GROUP_PARAM,
         Param("forget", Kind.CHOICE, "yes: also delete your personal data",
               choices=("yes", "no")), access=Access.ANYONE, example="/consult leave forget:yes")
async def leave(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    was = group.member(ctx.actor.id)
    if was is None:
        raise Refusal(f"You're not in {group.name}, so there is nothing to leave.")
    waiting = was.standing == Standing.WAITLISTED
    before = group.upcoming(ctx.now, 1)
    promoted = group.release(ctx.actor.id, ctx.now, await round_opened(ctx, group))
    forgotten = ""
    if args.get("forget") == "yes":
        forgotten = " " + (await forget_member(ctx.uow, ctx.app.cases, group, ctx.actor, ctx.now)).summary()
    if waiting:
        return ctx.private(f"You've left {possessive(group.name)} waitlist." + forgotten)
    reply = ctx.private(f"You've left {group.name}. Thank you for the consultations." + forgotten)
    reply.add(ToChannel(group.channel), message(para(*people(group, [ctx.actor.id]), f" has left {group.name}.")))
    _announce_promotion(reply, group, promoted)
    _announce_presenter_change(reply, ctx, group, before)
    await tell_kept_searches(ctx, group, reply)
    return reply


@command("remove", "Remove a member from the group (facilitators)", GROUP_PARAM,
         Param("member", Kind.USER, "The member to remove", required=True), access=Access.FACILITATOR)
async def remove(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    target = args["member"]
    if target == ctx.actor:
        raise Refusal("To leave the group yourself, use `/consult leave`.")
    if group.member(target.id) is None:
        raise Refusal("They're not in this group.")
    before = group.upcoming(ctx.now, 1)
    promoted = group.release(target.id, ctx.now, await round_opened(ctx, group))
    reply = ctx.private(para("Removed ", *people(group, [target.id]), f" from {group.name}."))
    reply.add(ToDirect(target), message(f"A facilitator removed you from {group.name}. "
                                        "If you think this is a mistake, please talk to them."))
    _announce_promotion(reply, group, promoted)
    _announce_presenter_change(reply, ctx, group, before)
    await tell_kept_searches(ctx, group, reply)
    return reply


@command("members", "Who is in the group, with their modalities (members only)", GROUP_PARAM, replans_nudges=False)
async def members(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    profiles = await ctx.uow.profiles.many([group.user(m.user_id) for m in group.members])
    by_id = {p.user_id: p for p in profiles}
    lines: list[Any] = [Heading(f"{group.name}: {len(group.active)} of {group.capacity} members")]
    for member in sorted(group.active, key=lambda m: (m.joined_at or ctx.now, m.turn_mark)):
        profile = by_id.get(member.user_id)
        extra = []
        if member.is_facilitator:
            extra.append("facilitator")
        if profile and profile.tag_list:
            extra.append(", ".join(profile.tag_list))
        lines.append(para("• ", *people(group, [member.user_id]), f" – {'; '.join(extra)}" if extra else ""))
    if group.waitlist:
        if group.is_facilitator(ctx.actor.id):
            lines.append(para("Waitlist: ", *people(group, [m.user_id for m in group.waitlist])))
        else:
            lines.append(f"{len(group.waitlist)} waiting for a seat.")
    return ctx.private(*lines)


@command("profile", "Your profile: name, modalities, zone, focus, times",
         Param("name", Kind.TEXT, "Your display name", max_length=80),
         Param("tags", Kind.TAGS, "Modalities and specialties, comma-separated (CBT, EMDR, somatic…)", max_length=600),
         Param("tz", Kind.TIMEZONE, "Your own time zone, e.g. Europe/Berlin", max_length=64),
         Param("profession", Kind.TEXT, "Your profession", max_length=80),
         Param("focus", Kind.TAGS, "Focus areas, comma-separated", max_length=600),
         Param("available", Kind.TEXT, "When you can meet, e.g. Tue-Thu 18:00-21:00",
               max_length=300),
         Param("cadence", Kind.CHOICE, "How often you'd meet", choices=CADENCES),
         Param("languages", Kind.TAGS, "Languages, comma-separated", max_length=200),
         access=Access.ANYONE, example="/consult profile tags:\"CBT, EMDR\" tz:Europe/Berlin",
         examples=(f"/consult profile focus:\"trauma, grief\" available:\"{WINDOW_EXAMPLE}\"",))
async def profile(ctx: Context, args: dict[str, Any]) -> Reply:
    existing = await ctx.uow.profiles.get(ctx.actor)
    if not args:
        if existing is None:
            return ctx.private("You have no profile yet. Set one with e.g. "
                               "`/consult profile name:\"Sam Lee\" tags:\"CBT, EMDR\" tz:America/Denver`.")
        return ctx.private(Heading("Your profile"), describe_profile(existing))
    current = existing or Profile(ctx.actor.platform, ctx.actor.workspace, ctx.actor.id)
    # Check everything before changing anything.
    name = check_name(args["name"], "A display name") if "name" in args else current.display_name
    zone = check_timezone(args["tz"]) if "tz" in args else current.timezone
    profession = check_name(args["profession"], "A profession") if "profession" in args else current.profession
    available = describe_windows(parse_windows(args["available"])) if "available" in args else current.available
    current.display_name, current.timezone, current.profession, current.available = name, zone, profession, available
    if "tags" in args:
        current.tags = ",".join(dict.fromkeys(args["tags"]))
    if "focus" in args:
        current.focus = join_list(args["focus"])
    if "cadence" in args:
        current.cadence = args["cadence"]
    if "languages" in args:
        current.languages = join_list(args["languages"])
    if existing is None:
        await ctx.uow.profiles.add(current)
    note = ""
    if "available" in args and not current.timezone:
        note = (f" Your windows are read in {ctx.app.default_timezone} until you set your own zone "
                "(`/consult profile tz:Europe/Berlin`).")
    return ctx.private("Your profile is saved." + note)


def describe_profile(p: Profile) -> str:
    lines = [f"Name: {p.display_name or '–'}",
             f"Modalities: {', '.join(p.tag_list) or '–'}",
             f"Time zone: {p.timezone or 'not set (group times shown in the group zone)'}"]
    if p.profession:
        lines.append(f"Profession: {p.profession}")
    if p.focus:
        lines.append(f"Focus: {', '.join(split_list(p.focus))}")
    if p.available:
        lines.append(f"Available: {p.available}")
    if p.cadence:
        lines.append(f"Preferred cadence: {p.cadence}")
    if p.languages:
        lines.append(f"Languages: {', '.join(split_list(p.languages))}")
    return "\n".join(lines)


async def round_opened(ctx: Context, group: Group) -> datetime | None:
    """When the group's open check-in round opened, if one is open: whoever joins now joins after it and is asked
    from the next round (`Group.admit`, `promote_waiting`). Read after the group is loaded, so on PostgreSQL under
    the group's lock, which opening a round also takes."""
    if group.id is None:
        return None
    found = await ctx.uow.checkins.open_round(group.id)
    return found.opened_at if found is not None else None


def _announce_presenter_change(reply: Reply, ctx: Context, group: Group, before: list[Upcoming]) -> None:
    after = group.upcoming(ctx.now, 1)
    if before and after and before[0].presenters != after[0].presenters:
        reply.add(ToChannel(group.channel), message(para(
            "Change of presenter for ", When(after[0].start, group.timezone, "date"), ": ",
            *people(group, after[0].presenters, "open floor"), ".")))


def _announce_promotion(reply: Reply, group: Group, promoted: Any) -> None:
    if promoted is None:
        return
    reply.add(ToDirect(group.user(promoted.user_id)),
              message(f"Good news: a seat opened in {group.name} and it's yours. "
                      "Try `/consult next` to see the next meeting."))
    reply.add(ToChannel(group.channel), message(para(*people(group, [promoted.user_id]),
                                                     f" joined {group.name} from the waitlist. Welcome!")))


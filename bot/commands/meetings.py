"""The meeting schedule, "what's next", RSVPs, attendance and the presenter rotation."""
from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.commands.common import (
    find_on_day,
    group_id_of,
    local_today,
    people,
    presenters_meeting,
    reader_zone,
    upcoming_at,
    when,
)
from bot.commands.spec import GROUP_PARAM, Access, Kind, Param, Routes
from bot.context import Context
from bot.domain.errors import Refusal
from bot.domain.group import AmbiguousDay, Answer, Group, Meeting, SwapRequest, Upcoming
from bot.domain.schedule import ScheduleError, parse_local_datetime, parse_recurrence
from bot.messages import (
    Button,
    Heading,
    Reply,
    ToChannel,
    ToDirect,
    buttons,
    message,
    para,
)
from bot.nudges.render import rsvp_buttons
from bot.payloads import RsvpPayload

HORIZON = 60
DATE_PARAM = Param("date", Kind.DATE, "Date, YYYY-MM-DD, your own day (default: the next)",
                   max_length=10)


ROUTES = Routes()
command, action = ROUTES.command, ROUTES.action


@command("schedule set", "Set when the group meets (facilitators)", GROUP_PARAM,
         Param("when", Kind.SCHEDULE, "e.g. “every 2 weeks on Tuesday at 18:00”, “2nd Tuesday at 18:00”, "
               "“last Thursday at 19:30”, “monthly on day 15 at 12:00”", required=True, rest=True),
         access=Access.FACILITATOR, example="/consult schedule set every 2 weeks on Tuesday at 18:00 from 2026-12-01")
async def schedule_set(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    try:
        rec = parse_recurrence(args["when"], local_today(ctx, group), zone=group.timezone)
    except ScheduleError as error:
        raise Refusal(str(error)) from None
    group.set_schedule(rec, ctx.now)
    upcoming = group.upcoming(ctx.now, 1)
    if not upcoming:
        raise Refusal("That schedule has no meetings in the future. Check the start date.")
    return ctx.public(
        para(f"{group.name} now meets {group.schedule} ({group.timezone}). The first meeting: ",
             when(group, upcoming[0].start), "."),
        channel=group.channel)


@command("schedule show", "The next meetings (with presenters, for members)", GROUP_PARAM,
         Param("count", Kind.INTEGER, "How many (1-20)", min_value=1, max_value=20), access=Access.ANYONE, replans_nudges=False)
async def schedule_show(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    rec = group.recurrence()
    if rec is None:
        raise Refusal(f"{group.name} has no schedule yet. A facilitator can set one with `/consult schedule set`.")
    items = group.upcoming(ctx.now, args.get("count", 6))
    # Who presents says who is in the group: like the roster, it is for members (and whoever may facilitate).
    insider = sees_presenters(ctx, group)
    lines: list[Any] = [Heading(f"{group.name} meets {rec.describe()} ({group.timezone} time)")]
    zone = await reader_zone(ctx)
    if zone is not None and zone != group.timezone:
        lines.append(f"Times below are in your time zone ({zone}).")
    end = items[-1].start if items else ctx.now
    cancelled = sorted((m for m in group.meetings if m.cancelled and ctx.now < m.original_start <= end),
                       key=lambda m: m.original_start)
    entries: list[tuple[datetime, Any]] = []
    for item in items:
        note = " (moved)" if item.moved else ""
        if insider:
            entries.append((item.start, para("• ", when(group, item.start), f"{note} – presenting: ",
                                              *people(group, item.presenters, "open floor"))))
        else:
            entries.append((item.start, para("• ", when(group, item.start), note)))
    for meeting in cancelled:
        entries.append((meeting.original_start, para("• ", when(group, meeting.original_start), " – cancelled")))
    lines += [p for _, p in sorted(entries, key=lambda e: e[0])]
    if not insider:
        lines.append(f"Presenters are shown to members of {group.name}.")
    return ctx.private(*lines)


@command("schedule skip", "Cancel one meeting, e.g. a holiday (facilitators)", GROUP_PARAM,
         Param("date", Kind.DATE, "The meeting's date, YYYY-MM-DD", required=True, max_length=10),
         access=Access.FACILITATOR, example="/consult schedule skip 2026-12-22")
async def schedule_skip(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    item = await find_on_day(ctx, group, args["date"], HORIZON)
    group.cancel(item)
    return ctx.public(para(f"The {group.name} meeting on ", when(group, item.start, "date"),
                           " is cancelled. Presenters keep their place in line."), channel=group.channel)


@command("schedule restore", "Undo a skipped meeting (facilitators)", GROUP_PARAM,
         Param("date", Kind.DATE, "The cancelled meeting's date, YYYY-MM-DD", required=True, max_length=10),
         access=Access.FACILITATOR)
async def schedule_restore(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    cancelled = [m for m in group.meetings if m.cancelled and not m.settled and m.original_start > ctx.now]
    meeting = group.on_day(cancelled, args["date"], await reader_zone(ctx), lambda m: m.original_start,
                           "cancelled meeting", " `/consult schedule show` lists cancelled meetings too.")
    meeting.cancelled = False
    return ctx.public(para(f"The {group.name} meeting on ", when(group, meeting.start), " is back on."),
                      channel=group.channel)


@command("schedule move", "Move one meeting to another time (facilitators)", GROUP_PARAM,
         Param("date", Kind.DATE, "The meeting's current date, YYYY-MM-DD", required=True, max_length=10),
         Param("to", Kind.DATETIME, "The new date and time (your time zone), e.g. 2026-12-23 18:00", required=True,
               rest=True, max_length=40),
         access=Access.FACILITATOR, example="/consult schedule move 2026-12-22 2026-12-23 18:00")
async def schedule_move(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    zone = await reader_zone(ctx)
    item = group.find_upcoming(ctx.now, args["date"], HORIZON, zone)
    try:
        new_start = parse_local_datetime(args["to"], ZoneInfo(zone) if zone else group.zone)
    except ScheduleError as error:
        raise Refusal(str(error)) from None
    if new_start <= ctx.now:
        raise Refusal("A meeting can only be moved to a time in the future.")
    clash = group.overlapping(new_start, moving=item.original_start)
    if clash is not None:
        other = clash.start.astimezone(ZoneInfo(zone) if zone else group.zone)
        raise Refusal(
            f"That would overlap the {group.name} meeting of {other:%a} {other.day} {other:%b %Y}, "
            f"{other:%H:%M} {other.tzname()} (meetings last {group.meeting_minutes} minutes). Choose a time at "
            f"least {group.meeting_minutes} minutes before or after it.")
    group.move(item, new_start)
    return ctx.public(para(f"The {group.name} meeting of ", when(group, item.start, "date"), " moves to ",
                           when(group, new_start), "."), channel=group.channel)


@command("next", "When the next meeting is and who presents", GROUP_PARAM, replans_nudges=False)
async def next_meeting(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    item = group.find_upcoming(ctx.now, None)
    record = item.record
    counts = {a: 0 for a in Answer}
    mine = None
    if record is not None:
        for p in record.participants:
            if p.rsvp:
                counts[Answer(p.rsvp)] += 1
            if p.user_id == ctx.actor.id:
                mine = p.rsvp
    blocks: list[Any] = [
        para(f"Next meeting of {group.name}: ", when(group, item.start),
             f" ({group.meeting_minutes} min)" + (" – moved from its usual time" if item.moved else "")),
        para("Presenting: ", *people(group, item.presenters, "open floor (nobody is in line)")),
    ]
    if group.location:
        blocks.append(f"Where: {group.location}")
    blocks.append(f"Coming: {counts[Answer.YES]} yes, {counts[Answer.MAYBE]} maybe, {counts[Answer.NO]} no. "
                  f"Your answer: {mine or 'not yet'}.")
    blocks.append(rsvp_buttons(group, item.original_start))
    return ctx.private(*blocks)


@command("rsvp", "Say whether you'll come to the next (or a given) meeting", GROUP_PARAM,
         Param("answer", Kind.CHOICE, "yes, no or maybe", required=True, choices=("yes", "no", "maybe")),
         DATE_PARAM, example="/consult rsvp yes")
async def rsvp(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    answer = Answer(args["answer"])
    try:
        item = await find_on_day(ctx, group, args.get("date"), HORIZON)
    except AmbiguousDay as ambiguous:
        # Two meetings on the asker's day: ask which, with a button that answers for each.
        zone = ZoneInfo(await reader_zone(ctx) or group.timezone)
        choices = [Button(f"{answer.value}: {c.start.astimezone(zone):%a} {c.start.astimezone(zone).day} "
                          f"{c.start.astimezone(zone):%b %H:%M}", "rsvp",
                          RsvpPayload(group.id or 0, c.original_start, answer.value).encode()) for c in ambiguous.choices]
        return ctx.private(ambiguous.message.replace(", so nothing was changed", " – choose below"),
                           buttons(*choices))
    return _record_rsvp(ctx, group, item, answer)


@action("rsvp")
async def rsvp_click(ctx: Context, value: str) -> Reply:
    payload = RsvpPayload.decode(value)
    group = await ctx.load_group(payload.group_id)
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"Only members of {group.name} can answer.")
    return _record_rsvp(ctx, group, upcoming_at(ctx, group, payload.occurrence), Answer(payload.answer))


@command("rsvp list", "Who is coming to the next (or a given) meeting (facilitators)", GROUP_PARAM, DATE_PARAM,
         access=Access.FACILITATOR, replans_nudges=False)
async def rsvp_list(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    item = await find_on_day(ctx, group, args.get("date"), HORIZON)
    answers: dict[str, list[str]] = {a.value: [] for a in Answer}
    answered = set()
    if item.record is not None:
        for p in item.record.participants:
            if p.rsvp and group.is_member(p.user_id):
                answers[p.rsvp].append(p.user_id)
                answered.add(p.user_id)
    silent = [m.user_id for m in group.active if m.user_id not in answered]
    return ctx.private(
        para("Meeting ", when(group, item.start)),
        para("Yes: ", *people(group, answers["yes"], "–")),
        para("Maybe: ", *people(group, answers["maybe"], "–")),
        para("No: ", *people(group, answers["no"], "–")),
        para("No answer yet: ", *people(group, silent, "–")))


@command("attendance show", "Who attended a past meeting (facilitators)", GROUP_PARAM,
         Param("date", Kind.DATE, "The meeting's date; default: the last one", max_length=10),
         access=Access.FACILITATOR, replans_nudges=False)
async def attendance_show(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    meeting = await _held(ctx, group, args.get("date"))
    present = sorted(p.user_id for p in meeting.participants if p.attended)
    return ctx.private(
        para("Meeting of ", when(group, meeting.start), " – presented: ", *people(group, meeting.presenters, "nobody")),
        para("Attended: ", *people(group, present, "nobody recorded")),
        "Correct it with `/consult attendance set @name present|absent`.")


@command("attendance set", "Correct attendance for a past meeting (facilitators)", GROUP_PARAM,
         Param("member", Kind.USER, "The member", required=True),
         Param("status", Kind.CHOICE, "present or absent", required=True, choices=("present", "absent")),
         Param("date", Kind.DATE, "The meeting's date; default: the last one", max_length=10),
         access=Access.FACILITATOR, example="/consult attendance set @sam absent")
async def attendance_set(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    meeting = await _held(ctx, group, args.get("date"))
    target = args["member"]
    if group.member(target.id) is None:
        raise Refusal("They're not a member of this group.")
    was_presenter = target.id in meeting.presenters
    group.correct_attendance(meeting, target.id, args["status"] == "present")
    note = ""
    if was_presenter and args["status"] == "absent":
        note = " They were the presenter, so they keep their place at the front of the line."
    return ctx.private(para("Recorded ", *people(group, [target.id]), f" as {args['status']} on ",
                            when(group, meeting.start, "date"), "." + note))


@command("rotation show", "Who presents at the next meetings", GROUP_PARAM,
         Param("count", Kind.INTEGER, "How many meetings (1-12)", min_value=1, max_value=12), replans_nudges=False)
async def rotation_show(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    items = group.upcoming(ctx.now, args.get("count", 4))
    if not items:
        raise Refusal(f"{group.name} has no upcoming meetings.")
    lines: list[Any] = [Heading(f"{group.name}: presenters")]
    for item in items:
        lines.append(para("• ", when(group, item.start, "date"), " – ", *people(group, item.presenters, "open floor")))
    return ctx.private(*lines)


@command("rotation pass", "No case this time: hand your turn on, keep your place",
         GROUP_PARAM)
async def rotation_pass(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    item = group.presenting_turn(ctx.actor.id, ctx.now, 1)
    if item is None:
        raise Refusal("You're not presenting at the next meeting, so there's nothing to pass.")
    return _pass(ctx, group, item)


@action("rotation.pass")
async def pass_click(ctx: Context, value: str) -> Reply:
    group, item = await presenters_meeting(ctx, value)
    return _pass(ctx, group, item)


@command("rotation swap", "Offer to exchange your next turn with a colleague's", GROUP_PARAM,
         Param("member", Kind.USER, "The colleague", required=True), example="/consult rotation swap @sam")
async def rotation_swap(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    partner = args["member"]
    if partner == ctx.actor:
        raise Refusal("You can't swap with yourself.")
    if not group.is_member(partner.id):
        raise Refusal("You can only swap with a member of the group.")
    mine = group.presenting_turn(ctx.actor.id, ctx.now)
    theirs = group.presenting_turn(partner.id, ctx.now)
    if mine is None:
        raise Refusal("You don't have an upcoming turn to swap. `/consult rotation show` shows the line-up.")
    if theirs is None:
        raise Refusal("They don't have an upcoming turn in the current line-up to swap with.")
    if mine.original_start == theirs.original_start:
        raise Refusal("You're both presenting at the same meeting already.")
    request = SwapRequest(group.id or 0, ctx.actor.id, partner.id, mine.original_start, theirs.original_start, ctx.now)
    await ctx.uow.swaps.add(request)
    await ctx.uow.flush()
    reply = ctx.private(para("I've asked ", *people(group, [partner.id]), " to swap: you'd present on ",
                             when(group, theirs.start, "date"), " and they on ", when(group, mine.start, "date"), "."))
    reply.add(ToDirect(partner), message(
        para(*people(group, [ctx.actor.id]), f" ({group.name}) asks to swap presenting turns: you'd present on ",
             when(group, mine.start), " instead of ", when(group, theirs.start), "."),
        buttons(Button("Accept swap", "swap.accept", str(request.id), "primary"),
                Button("Decline", "swap.decline", str(request.id)))))
    return reply


@action("swap.accept")
async def swap_accept(ctx: Context, value: str) -> Reply:
    request = await _swap_request(ctx, value)
    group = await ctx.load_group(request.group_id)
    mine = group.presenting_turn(request.requester, ctx.now)
    theirs = group.presenting_turn(request.partner, ctx.now)
    await ctx.uow.swaps.delete(request)
    if (mine is None or theirs is None or mine.original_start != request.requester_meeting
            or theirs.original_start != request.partner_meeting):
        raise Refusal("The line-up has changed since this swap was offered, so it can't go ahead. "
                      "Your colleague can ask again.")
    group.swap(request.requester, mine, request.partner, theirs)
    reply = ctx.private("Done – you've swapped turns.")
    reply.add(ToChannel(group.channel), message(
        para(*people(group, [request.partner]), " now presents on ", when(group, mine.start, "date"), " and ",
             *people(group, [request.requester]), " on ", when(group, theirs.start, "date"), ".")))
    return reply


@action("swap.decline")
async def swap_decline(ctx: Context, value: str) -> Reply:
    request = await _swap_request(ctx, value)
    await ctx.uow.swaps.delete(request)
    group = await ctx.load_group(request.group_id)
    reply = ctx.private("Declined. Nothing changed.")
    reply.add(ToDirect(group.user(request.requester)),
              message(para(*people(group, [ctx.actor.id]), " can't swap this time. Your turn stays as it was.")))
    return reply


@command("rotation assign", "Put a member in a meeting's presenting slot (facilitators)", GROUP_PARAM,
         Param("member", Kind.USER, "The member who will present", required=True), DATE_PARAM,
         access=Access.FACILITATOR, example="/consult rotation assign @sam 2026-12-08")
async def rotation_assign(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    target = args["member"]
    if not group.is_member(target.id):
        raise Refusal("Only a member of the group can present.")
    item = await find_on_day(ctx, group, args.get("date"), HORIZON)
    group.assign(target.id, item)
    after = next(u for u in group.upcoming(ctx.now, HORIZON) if u.original_start == item.original_start)
    return ctx.public(para("Presenting on ", when(group, item.start, "date"), ": ",
                           *people(group, after.presenters), " (assigned by a facilitator)."),
                      channel=group.channel)


def sees_presenters(ctx: Context, group: Group) -> bool:
    """Members, and whoever may act as a facilitator (a workspace admin), see who presents; the waitlist doesn't."""
    return group.is_member(ctx.actor.id) or ctx.may_facilitate(group)


def _record_rsvp(ctx: Context, group: Group, item: Upcoming, answer: Answer) -> Reply:
    passed = group.rsvp(ctx.actor.id, item, answer, ctx.now)
    if not passed:
        return ctx.private(para(f"Noted: {answer.value} for ", when(group, item.start), "."))
    reply = ctx.private(para(f"Noted: {answer.value} for ", when(group, item.start),
                             ". You were presenting, so your turn passes on and you'll be first in line next time."))
    after = next((u for u in group.upcoming(ctx.now, HORIZON) if u.original_start == item.original_start), None)
    if after is not None:
        reply.add(ToChannel(group.channel), message(para(
            "Change of presenter for ", when(group, item.start, "date"), ": ",
            *people(group, after.presenters, "open floor"), ".")))
    return reply


def _pass(ctx: Context, group: Group, item: Upcoming) -> Reply:
    group.pass_turn(ctx.actor.id, item)
    after = next((u for u in group.upcoming(ctx.now, HORIZON) if u.original_start == item.original_start), None)
    reply = ctx.private("Passed. You keep your place: you'll be first in line for the following meeting.")
    if after is not None:
        reply.add(ToChannel(group.channel), message(para(
            "Change of presenter for ", when(group, item.start, "date"), ": ",
            *people(group, after.presenters, "open floor – bring a question if you have one"), ".")))
    return reply


async def _held(ctx: Context, group: Group, on_date: str | None) -> Meeting:
    """The last held meeting, or the one on a date of the asker's own calendar."""
    meetings = [m for m in await ctx.uow.groups.held(group, 50) if not m.cancelled]
    if not meetings:
        raise Refusal("I can't find a held meeting yet.")
    if on_date is None:
        return meetings[0]
    return group.on_day(meetings, on_date, await reader_zone(ctx), what="held meeting",
                        hint=" `/consult attendance show` without a date shows the last one.")


async def _swap_request(ctx: Context, value: str) -> Any:
    request = await ctx.uow.swaps.get(group_id_of(value))
    if request is None:
        raise Refusal("That swap offer is no longer open.")
    if request.partner != ctx.actor.id:
        raise Refusal("That swap offer was meant for someone else.")
    return request

"""Consultation requests, their retention, the hours log, the group's calendar file, and re-accepting the agreement."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.cases.agreements import ACCEPT_ACTION, acceptance_blocks, needs_acceptance
from bot.cases.model import CaseRequest
from bot.cases.requests import (
    POST_ANYWAY,
    REQUEST_FORM,
    REVIEW_FORM,
    Draft,
    check,
    form_known,
    parse_context,
    request_form,
    review_blocks,
    review_form,
)
from bot.cases.service import (
    MAX_RETENTION_DAYS,
    CaseService,
    deletion_problem,
)
from bot.commands.common import find_on_day, group_id_of, upcoming_at, upcoming_by_value, when
from bot.commands.spec import GROUP_PARAM, Access, Kind, Param, Routes
from bot.context import Context
from bot.domain.errors import Refusal
from bot.domain.group import Group, Upcoming
from bot.messages import (
    Block,
    Button,
    Heading,
    Reply,
    ToChannel,
    buttons,
    message,
    para,
    possessive,
)
from bot.payloads import AgreementPayload, MeetingPayload
from bot.ports import DeliveryFailed
from bot.records import calendar_file, describe_hours, hours_file, totals

HORIZON = 60
TURNS_AHEAD = 6
DATE_PARAM = Param("date", Kind.DATE, "Meeting date, YYYY-MM-DD (default: your next turn)", max_length=10)

ROUTES = Routes()
command, action, form = ROUTES.command, ROUTES.action, ROUTES.form


# Consultation requests ---------------------------------------------------------------------------

@command("case submit", "Write your consultation request",
         GROUP_PARAM, DATE_PARAM, replans_nudges=False, example="/consult case submit")
async def case_submit(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    item = await _target(ctx, group, args.get("date"))
    return await _form_or_gate(ctx, group, item)


@action("case.open")
async def case_open(ctx: Context, value: str) -> Reply:
    meeting = MeetingPayload.decode(value)
    group = await ctx.load_group(meeting.group_id)
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"Only members of {group.name} can post consultation requests.")
    return await _form_or_gate(ctx, group, upcoming_at(ctx, group, meeting.occurrence))


@form(REQUEST_FORM)
async def request_submitted(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    return await _submitted(ctx, context, values, post_anyway=False)


@form(REVIEW_FORM)
async def review_submitted(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    return await _submitted(ctx, context, values, post_anyway=values.get("send") == POST_ANYWAY)


@command("case withdraw", "Delete your posted consultation request", GROUP_PARAM,
         Param("date", Kind.DATE, "Meeting date, YYYY-MM-DD", max_length=10),
         Param("member", Kind.USER, "Whose (facilitators)"), replans_nudges=False)
async def case_withdraw(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    assert group.id is not None
    who = args.get("member") or ctx.actor
    if who != ctx.actor and not ctx.may_facilitate(group):
        raise Refusal("Only facilitators can withdraw a colleague's request.")
    posted = [r for r in await ctx.uow.cases.posted(group.id) if r.presenter == who.id]
    if "date" in args:
        posted = [r for r in posted if _local_date(group, r.meeting_start) == args["date"]]
    elif posted:
        posted = posted[-1:]
    if not posted:
        raise Refusal("There's no posted consultation request to withdraw"
                      + (f" for {args['date']}." if "date" in args else "."))
    return await _withdraw(ctx, group, posted)


@action("case.withdraw")
async def withdraw_click(ctx: Context, value: str) -> Reply:
    request = await ctx.uow.cases.get(group_id_of(value))
    if request is None or request.status != "posted":
        raise Refusal("That request has already been deleted.")
    group = await ctx.load_group(request.group_id)
    if request.presenter != ctx.actor.id and not ctx.may_facilitate(group):
        raise Refusal("Only the presenter or a facilitator can withdraw a request.")
    return await _withdraw(ctx, group, [request])


@command("case retention", "Days to keep posted requests (facilitators)", GROUP_PARAM,
         Param("days", Kind.TEXT, f"1-{MAX_RETENTION_DAYS} days after the meeting, or off", max_length=10),
         replans_nudges=False, example="/consult case retention 30")
async def case_retention(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    assert group.id is not None
    repository = ctx.uow.cases
    service = ctx.app.cases
    unable = ("" if service is not None and service.can_delete else
              " Note: Roundtable can't delete messages on this platform yet, so posted requests stay until "
              "someone deletes them by hand.")
    if "days" not in args:
        days = await repository.retention(group.id)
        state = (f"deletes its consultation request messages {days} days after each meeting" if days
                 else "keeps its consultation request messages (retention is off)")
        return ctx.private(f"{group.name} {state}. Change it with `/consult case retention 30` or "
                           "`/consult case retention off`." + unable)
    if not ctx.may_facilitate(group):
        raise Refusal(f"Only the facilitators of {group.name} can change how long requests are kept.")
    days = _parse_days(args["days"])
    await repository.set_retention(group.id, days)
    if days is None:
        return ctx.private(f"Retention is off: {possessive(group.name)} consultation request messages stay in the channel.")
    reply = ctx.private(f"{group.name} will delete its consultation request messages {days} days after each "
                        "meeting, including those already posted." + unable)
    reply.add(ToChannel(group.channel), message(
        f"Consultation requests posted here for {group.name} will be deleted {days} days after each meeting."))
    return reply


# Records ----------------------------------------------------------------------------------------

@command("hours", "Your consultation hours, with a CSV file",
         Param("from", Kind.DATE, "From (YYYY-MM-DD)", max_length=10),
         Param("to", Kind.DATE, "To (YYYY-MM-DD)", max_length=10),
         access=Access.ANYONE, replans_nudges=False, example="/consult hours from:2026-01-01 to:2026-12-31")
async def hours(ctx: Context, args: dict[str, Any]) -> Reply:
    first = date.fromisoformat(args["from"]) if "from" in args else None
    last = date.fromisoformat(args["to"]) if "to" in args else None
    if first and last and last < first:
        raise Refusal("`to` comes before `from`.")
    since = datetime.combine(first, time(), UTC) - timedelta(days=1) if first else None
    until = datetime.combine(last, time(), UTC) + timedelta(days=2) if last else None
    for group in await ctx.uow.groups.for_user(ctx.actor):
        group.settle(ctx.now)  # meetings that have taken place since anyone last looked count too
    await ctx.uow.flush()
    entries = [e for e in await ctx.uow.cases.attended(ctx.actor, since, until)
               if (first is None or _local(e.start, e.timezone) >= first)
               and (last is None or _local(e.start, e.timezone) <= last)]
    span = (f" from {first or 'the start'} to {last or 'today'}" if first or last else "")
    if not entries:
        return ctx.private(f"No attended meetings are recorded for you{span} yet. Attendance is recorded "
                           "after each meeting from the “yes” answers; a facilitator can correct it.")
    overall = totals(entries)
    lines = [f"{overall.meetings} meeting{'s' if overall.meetings != 1 else ''}, "
             f"{describe_hours(overall.minutes)} in total: {overall.presented} as presenter "
             f"({describe_hours(overall.presented_minutes)}), {overall.meetings - overall.presented} as "
             f"participant ({describe_hours(overall.minutes - overall.presented_minutes)})."]
    by_group: dict[str, list[Any]] = {}
    for entry in entries:
        by_group.setdefault(entry.group_name, []).append(entry)
    if len(by_group) > 1:
        for name, items in sorted(by_group.items()):
            part = totals(items)
            lines.append(f"• {name}: {part.meetings} meeting{'s' if part.meetings != 1 else ''}, "
                         f"{describe_hours(part.minutes)}")
    return ctx.private(
        Heading(f"Your consultation hours{span}"), "\n".join(lines),
        "Boards count peer-group time differently (BACP, for one, halves it in groups of four or fewer and "
        "divides it by the group's size in larger ones), so the file lists each meeting's date, length, how "
        "many attended and presented, and your role: the facts your board's rule needs.",
        hours_file(entries))


@command("calendar", "Meetings as a calendar file", GROUP_PARAM,
         replans_nudges=False)
async def calendar(ctx: Context, args: dict[str, Any]) -> Reply:
    return await _calendar(ctx, ctx.the_group)


CALENDAR_ACTION = "home.calendar"
HOURS_ACTION = "home.hours"


@action(CALENDAR_ACTION)
async def calendar_click(ctx: Context, value: str) -> Reply:
    """**Calendar file** on a member's own page (bot/commands/home.py): `calendar` for that group."""
    group = await ctx.load_group(group_id_of(value))
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"The calendar file is for members of {group.name}.")
    return await _calendar(ctx, group)


@action(HOURS_ACTION)
async def hours_click(ctx: Context, value: str) -> Reply:
    """**My consultation hours** on a member's own page: `hours` with no dates."""
    return await hours(ctx, {})


async def _calendar(ctx: Context, group: Group) -> Reply:
    rec = group.recurrence()
    if rec is None:
        raise Refusal(f"{group.name} has no schedule yet. A facilitator can set one with `/consult schedule set`.")
    records = list(group.meetings) + await ctx.uow.groups.held(group, 500)
    return ctx.private(
        f"{group.name} meets {rec.describe()} ({group.timezone}). The file has the whole series, with skipped "
        "and moved meetings and the call link: import it into Google Calendar, Outlook or Apple Calendar. "
        "When the schedule changes, import the new file and remove the old series.",
        calendar_file(group, records, ctx.now))


# Re-accepting a changed agreement ---------------------------------------------------------------

@command("agreement accept", "Accept the agreement's current version", GROUP_PARAM,
         replans_nudges=False)
async def agreement_accept(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    member = group.member(ctx.actor.id)
    assert member is not None
    if not needs_acceptance(group, ctx.actor.id):
        return ctx.private(f"You've accepted the current version ({group.agreement.version}) of "
                           f"{possessive(group.name)} agreement.")
    return ctx.private(*acceptance_blocks(group, "Please read the current version and accept it."))


@action(ACCEPT_ACTION)
async def reaccept(ctx: Context, value: str) -> Reply:
    accepted = AgreementPayload.decode(value)
    group = await ctx.load_group(accepted.group_id)
    member = group.member(ctx.actor.id)
    if member is None or not group.is_member(ctx.actor.id):
        raise Refusal(f"You're not a member of {group.name}.")
    version = accepted.version
    if version != group.agreement.version:
        return ctx.private(*acceptance_blocks(
            group, "The agreement has changed again since that message. This is the current version."))
    if member.agreement_version >= version:
        return ctx.private(f"You've already accepted version {version} of {possessive(group.name)} agreement.")
    member.agreement_version, member.agreement_accepted_at = version, ctx.now
    return ctx.private(f"Thank you. You accepted version {version} of {possessive(group.name)} agreement.")


# Helpers ------------------------------------------------------------------------------------------------

def _service(ctx: Context) -> CaseService:
    service = ctx.app.cases
    if service is None:
        raise Refusal("Consultation requests aren't switched on in this deployment yet.")
    return service


async def _target(ctx: Context, group: Group, on_date: str | None) -> Upcoming:
    """The meeting a request is for: the given date's (a day of the actor's own calendar), or the actor's next turn,
    or an open-floor next meeting."""
    if on_date:
        return await find_on_day(ctx, group, on_date, HORIZON)
    turn = group.presenting_turn(ctx.actor.id, ctx.now, TURNS_AHEAD)
    if turn is not None:
        return turn
    following = group.find_upcoming(ctx.now, None)
    if not following.presenters:
        return following
    raise Refusal("You're not presenting at any of the next meetings, so there's no request to write yet. "
                  "`/consult rotation show` shows the line-up; a colleague can swap with you "
                  "(`/consult rotation swap @you`), or a facilitator can assign you.")


def _may_present(ctx: Context, group: Group, item: Upcoming) -> None:
    if item.presenters and ctx.actor.id not in item.presenters:
        raise Refusal("You're not presenting at that meeting. If you'd like to, ask the presenter to swap with you "
                      "(`/consult rotation swap`) or a facilitator to assign you.")


def _gated(ctx: Context, group: Group) -> bool:
    """Members who haven't accepted the current agreement may not share case material; facilitators are never held up."""
    return needs_acceptance(group, ctx.actor.id) and not ctx.may_facilitate(group)


async def _form_or_gate(ctx: Context, group: Group, item: Upcoming) -> Reply:
    _may_present(ctx, group, item)
    service = _service(ctx)
    if _gated(ctx, group):
        return ctx.private(*acceptance_blocks(
            group, "Before you share case material, please read and accept the group's current agreement. "
                   "Then run `/consult case submit` again."))
    return ctx.private(request_form(group, item, known=await service.known(ctx.uow, group, item, ctx.actor.id)))


async def _submitted(ctx: Context, context: str, values: dict[str, str], post_anyway: bool) -> Reply:
    service = _service(ctx)
    group_id, original = parse_context(context)
    group = await ctx.load_group(group_id)
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"Only members of {group.name} can post consultation requests.")
    item = upcoming_by_value(ctx, group, original)
    _may_present(ctx, group, item)
    known = form_known(context)
    await service.refuse_stale(ctx.uow, group, item, ctx.actor.id, known)  # a used or superseded form posts nothing
    draft = Draft.from_values(values)
    if _gated(ctx, group):
        return ctx.private(*acceptance_blocks(group, "Before your request is posted, please accept the group's "
                                                     "current agreement; then send the form below again."),
                           request_form(group, item, draft, known))
    findings = check(draft)
    if findings and not post_anyway:
        return ctx.private(*review_blocks(draft, findings), review_form(group, item, draft, findings, known))
    try:
        request = await service.post(ctx.uow, group, item, ctx.actor.id, draft, bool(findings), ctx.now)
    except DeliveryFailed as failure:
        return ctx.private(
            f"I couldn't post your request in the group's channel ({failure.reason.replace('_', ' ')}), so nothing "
            "was posted or kept. It's in the form below, to try again once that's fixed.",
            request_form(group, item, draft, known))
    replaced = await _replace_earlier(ctx, service, group, item, request)
    meeting = group.record(item.original_start, item.start)
    if ctx.actor.id not in (p.user_id for p in meeting.participants if p.assigned):
        group.assign(ctx.actor.id, item)
    meeting.part(ctx.actor.id).confirmed = True
    assert group.id is not None
    days = await ctx.uow.cases.retention(group.id)
    notes: list[Block | str] = [para("Posted in the group's channel for the meeting on ", when(group, item.start, "date"),
                                    ". You're confirmed as presenting. Roundtable keeps only that you posted it, "
                                    "not what it says.")]
    if replaced:
        notes.append("Your earlier request for this meeting was deleted.")
    if days and service.can_delete:
        notes.append(f"The group deletes requests {days} days after the meeting.")
    if service.can_delete:
        notes.append(buttons(Button("Withdraw it", "case.withdraw", str(request.id))))
    return ctx.private(*notes)


async def _replace_earlier(ctx: Context, service: CaseService, group: Group, item: Upcoming,
                           request: CaseRequest) -> int:
    """A presenter who posts again for the same meeting replaces their earlier request (where it can be deleted)."""
    assert group.id is not None
    repository = ctx.uow.cases
    replaced = 0
    for earlier in await repository.posted(group.id):
        if earlier.id != request.id and earlier.presenter == ctx.actor.id \
                and earlier.occurrence == item.original_start and await service.withdraw(group, earlier, ctx.now):
            await repository.save(earlier)
            replaced += 1
    return replaced


async def _withdraw(ctx: Context, group: Group, requests: list[CaseRequest]) -> Reply:
    service = _service(ctx)
    if not service.can_delete:
        raise Refusal("Roundtable can't delete messages on this platform; please delete it in the channel "
                      "(or ask a workspace admin to).")
    repository = ctx.uow.cases
    done, failed = 0, []
    for request in requests:
        if await service.withdraw(group, request, ctx.now):
            done += 1
        else:
            failed.append(request.reason)
        await repository.save(request)
    said = f"Withdrawn: {done} consultation request message{'s' if done != 1 else ''} deleted from {possessive(group.name)} channel."
    if failed:  # what went wrong, truthfully: "try again" only when that can help
        what = "it" if len(failed) == 1 else f"{len(failed)} of them"
        said = (said if done else "") + f" I couldn't delete {what}: {deletion_problem(failed[0], len(failed) > 1)}"
    return ctx.private(said.strip())


def _parse_days(text: str) -> int | None:
    text = text.strip().lower()
    if text in ("off", "none", "no", "0", "never"):
        return None
    match = re.fullmatch(r"(\d{1,3})\s*(d|days?)?", text)
    if match is None or not 1 <= int(match.group(1)) <= MAX_RETENTION_DAYS:
        raise Refusal(f"Give a number of days from 1 to {MAX_RETENTION_DAYS} (e.g. `30`), or `off`.")
    return int(match.group(1))


def _local(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def _local_date(group: Group, moment: datetime) -> str:
    return moment.astimezone(group.zone).date().isoformat()

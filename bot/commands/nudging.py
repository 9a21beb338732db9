"""Settings for pre-meeting nudges: lead times, turning kinds off, muting, the agenda; confirming a turn."""
from __future__ import annotations

from typing import Any

from bot.commands.common import presenters_meeting, when
from bot.commands.spec import GROUP_PARAM, Access, Kind, Param, Routes
from bot.context import Context
from bot.domain.errors import Refusal
from bot.messages import Heading, Reply, para, possessive
from bot.nudges.plan import (
    DEFAULT_AGENDA,
    DESCRIPTIONS,
    KINDS,
    NudgePlan,
    check_lead,
    describe_lead,
    lead_range,
    parse_lead,
)

MAX_AGENDA = 600

ROUTES = Routes()
command, action = ROUTES.command, ROUTES.action


@command("nudges show", "Which reminders the group sends, and when", GROUP_PARAM, replans_nudges=False)
async def nudges_show(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    plan = NudgePlan.parse(group.nudge_plan)
    lines = [f"• {kind}: {describe_lead(kind, plan.leads[kind])} – {DESCRIPTIONS[kind]} "
             f"(can be {lead_range(kind)})" for kind in KINDS]
    member = group.member(ctx.actor.id)
    muted = "You have muted private nudges from this group." if member and member.muted else \
        "You receive private nudges from this group (`/consult nudges mute` to stop them)."
    agenda = " → ".join(_agenda(group.agenda))
    return ctx.private(Heading(f"{group.name}: nudges"), "\n".join(lines), f"Agenda in reminders: {agenda}", muted)


@command("nudges set", "Change a nudge's lead time or turn it off (facilitators)", GROUP_PARAM,
         Param("kind", Kind.CHOICE, "Which nudge", required=True, choices=KINDS),
         Param("lead", Kind.TEXT, "Before the meeting (after its end: after, recap): 7d, 36h, 90m, or off",
               required=True, max_length=12),
         access=Access.FACILITATOR, example="/consult nudges set prepare 5d")
async def nudges_set(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    minutes = check_lead(args["kind"], parse_lead(args["lead"]))
    group.nudge_plan = NudgePlan.parse(group.nudge_plan).with_lead(args["kind"], minutes).to_text()
    return ctx.private(f"{possessive(group.name)} {args['kind']} nudge: {describe_lead(args['kind'], minutes)}.")


@command("nudges mute", "Stop private nudges from this group (channel reminders stay)", GROUP_PARAM)
async def nudges_mute(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    member = group.member(ctx.actor.id)
    assert member is not None
    member.muted = True
    return ctx.private(f"Muted: {group.name} won't send you private nudges. `/consult nudges unmute` undoes it.")


@command("nudges unmute", "Receive private nudges from this group again", GROUP_PARAM)
async def nudges_unmute(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    member = group.member(ctx.actor.id)
    assert member is not None
    member.muted = False
    return ctx.private(f"You'll receive {possessive(group.name)} private nudges again.")


@command("agenda set", "The meeting agenda shown in reminders, items separated by ';' (facilitators)",
         GROUP_PARAM, Param("items", Kind.TEXT, "e.g. Check-in; Case; Feedback; Closing", required=True,
                            rest=True, max_length=MAX_AGENDA),
         access=Access.FACILITATOR, example="/consult agenda set Check-in round; Case presentation; Feedback; Closing")
async def agenda_set(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    items = [" ".join(i.split()) for i in args["items"].split(";")]
    items = [i for i in items if i]
    if not items or len(items) > 12 or any(len(i) > 80 for i in items):
        raise Refusal("Give 1-12 agenda items of at most 80 characters, separated by ';'.")
    group.agenda = "\n".join(items)
    return ctx.private("Agenda saved: " + " → ".join(items) + ".")


@action("nudge.confirm")
async def confirm(ctx: Context, value: str) -> Reply:
    group, item = await presenters_meeting(ctx, value)
    meeting = group.record(item.original_start, item.start)
    meeting.part(ctx.actor.id).confirmed = True
    return ctx.private(para("Thank you – you're presenting on ", when(group, item.start),
                            ". Prepare your de-identified consultation question; the group will see it at the meeting."))


def _agenda(text: str) -> list[str]:
    return [line for line in (text or "\n".join(DEFAULT_AGENDA)).splitlines() if line.strip()]

"""Each member's own page (Slack's App Home): their groups at a glance, with the buttons they need there.

The page shows a member only what the commands already show them (`next`, `rotation show`, `checkin status`, their
place on a waitlist): never a roster, never how many have answered a check-in. Someone in no group sees a short
welcome that says what Roundtable is and how to find a group. `Core.home(actor)` runs `home_page` in a transaction
of its own, like a command; the adapter publishes the message (Slack: `views.publish`).

The buttons are the ones the rest of Roundtable already answers (`rsvp`, `rotation.pass`, `case.open`), plus three
declared beside the commands they stand for: `checkin.prompt` (checkins.py), `home.calendar` and `home.hours`
(cases.py).
"""
from __future__ import annotations

from bot.checkins.rounds import may_answer
from bot.commands.cases import CALENDAR_ACTION, HOURS_ACTION
from bot.commands.checkins import PROMPT_ACTION, has_answered
from bot.commands.common import people, when
from bot.context import Context
from bot.domain.group import Group, Standing
from bot.messages import Block, Button, Heading, Message, buttons, para
from bot.nudges.render import rsvp_buttons
from bot.payloads import MeetingPayload

MAX_GROUPS = 10  # Slack allows 100 blocks on a Home tab; a group takes at most 9

WELCOME = (
    "Roundtable runs peer consultation groups in this workspace: whose turn it is to present, reminders before "
    "each meeting, and anonymous check-ins on how colleagues are doing.",
    "`/consult group list` shows the groups here, and `/consult join NAME` asks to join one (you read and accept "
    "its confidentiality agreement first).",
    "`/consult help` lists everything Roundtable does.",
)


async def home_page(ctx: Context) -> Message:
    """The member's page: each of their groups (waitlists included), then the commands they may want."""
    groups = sorted(await ctx.uow.groups.for_user(ctx.actor), key=lambda g: g.name.casefold())
    if not groups:
        return Message((Heading("Welcome to Roundtable"), *(para(line) for line in WELCOME)))
    blocks: list[Block] = [Heading("Your consultation groups")]
    for group in groups[:MAX_GROUPS]:
        group.settle(ctx.now)  # meetings that have taken place move the rotation on, as any command does
        blocks += await _group(ctx, group)
    if len(groups) > MAX_GROUPS:
        blocks.append(para(f"… and {len(groups) - MAX_GROUPS} more: `/consult next group:NAME` shows any of them."))
    blocks.append(para("Also: `/consult hours` for your consultation-hours log, `/consult group list` for other "
                       "groups here, `/consult help` for everything."))
    blocks.append(buttons(Button("My consultation hours", HOURS_ACTION, "all")))
    return Message(tuple(blocks))


async def _group(ctx: Context, group: Group) -> list[Block]:
    me = ctx.actor.id
    member = group.member(me)
    assert member is not None and group.id is not None
    blocks: list[Block] = [Heading(group.name)]
    if member.standing == Standing.WAITLISTED:
        place = [m.user_id for m in group.waitlist].index(me) + 1
        blocks.append(para(f"You're number {place} on the waitlist. You'll hear from Roundtable when a seat opens."))
        return blocks
    coming = group.upcoming(ctx.now, 1)
    if not coming:
        blocks.append(para("No meeting is scheduled yet. A facilitator sets one with `/consult schedule set`."))
        return blocks
    item = coming[0]
    blocks.append(para("Next meeting: ", when(group, item.start), f" ({group.meeting_minutes} min)"
                       + (", moved from its usual time" if item.moved else "") + "."))
    blocks.append(para("Presenting: ", *people(group, item.presenters, "open floor (nobody is in line)")))
    meeting = MeetingPayload(group.id, item.original_start).encode()
    if me in item.presenters:
        blocks.append(para("It's your turn to present. Write a de-identified consultation question, or pass: "
                           "you stay first in line for the following meeting."))
        blocks.append(buttons(Button("Write my request", "case.open", meeting, "primary"),
                              Button("Pass this time", "rotation.pass", meeting)))
    part = item.record.find(me) if item.record is not None else None
    blocks.append(para(f"Your answer: {part.rsvp if part is not None and part.rsvp else 'not yet'}."))
    blocks.append(rsvp_buttons(group, item.original_start))
    round_ = await ctx.uow.checkins.open_round(group.id)
    if (round_ is not None and round_.is_open(ctx.now) and may_answer(group, round_, me)
            and not await has_answered(ctx, round_)):
        blocks.append(para("A check-in is open until ", when(group, round_.closes_at), ". You haven't answered "
                           "yet; nobody else can see whether you do."))
        blocks.append(buttons(Button("Answer the check-in", PROMPT_ACTION, str(round_.id), "primary"),
                              Button("Calendar file", CALENDAR_ACTION, str(group.id))))
    else:
        blocks.append(buttons(Button("Calendar file", CALENDAR_ACTION, str(group.id))))
    return blocks

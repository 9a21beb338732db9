"""What a nudge says: rendered from the group's current state when it goes out, in words about when that fit the
reader's calendar."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.group import ActiveMember, Group, Upcoming
from bot.messages import (
    Button,
    Heading,
    Mention,
    Message,
    Outbound,
    ToChannel,
    ToDirect,
    When,
    buttons,
    message,
    para,
    possessive,
)
from bot.nudges.plan import (
    AFTER,
    CHANNEL,
    DEFAULT_AGENDA,
    LAST_CALL,
    PREPARE,
    RECAP,
    REMINDER_1H,
    REMINDER_24H,
    RSVP,
    UNKNOWN,
    NudgeKey,
)
from bot.payloads import MeetingPayload, RsvpPayload


def in_about(delta: timedelta) -> str:
    """How far off a meeting is, the same for every reader wherever they are: "in about an hour", "in 3 hours"."""
    minutes = max(0, round(delta.total_seconds() / 60))
    if minutes < 2:
        return "now"
    if minutes < 45:
        return f"in {minutes} minutes"
    if minutes <= 90:
        return "in about an hour"
    hours, rest = divmod(minutes, 60)
    return f"in {hours} hours" if rest == 0 else f"in about {hours + (rest >= 30)} hours"


def day_and_time(start: datetime, now: datetime, zone: ZoneInfo) -> str:
    """When a meeting is on the calendar of someone in `zone`, seen at `now`: "today at 17:00", "tomorrow at
    18:00", "on Thursday at 18:00"; within about an hour and a half, "in about an hour"."""
    if start - now <= timedelta(minutes=90):
        return in_about(start - now)
    local = start.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    clock = f"{local:%H:%M}"
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"on {local:%A} at {clock}"
    return f"on {local:%a} {local.day} {local:%b} at {clock}"


PREPARE_GUIDE = (
    "A good consultation question is short and de-identified. Share only what the group needs:\n"
    "• the question you want help with (the one thing to prepare);\n"
    "• a brief, de-identified context: presenting concern, what you've tried, your working formulation;\n"
    "• what kind of feedback you'd like (ideas, an ethical view, countertransference, resources, or just listening).\n"
    "Leave out names, dates more specific than a year, places smaller than a state, contact details, record "
    "numbers and any detail that could identify your client."
)


def render(group: Group, key: NudgeKey, item: Upcoming | None, late: bool,
           notes: Sequence[Any] = (), *, now: datetime, reader_zone: str | None = None,
           roster: Sequence[ActiveMember] | None = None) -> Outbound | None:
    """The message for a nudge, from the group's current state; None when it no longer makes sense.

    `notes`: blocks the nudge service's hooks found for it - agenda lines for a reminder, the resources shared for
    the meeting for a recap (none: no recap).

    Words about when ("today at 17:00", "in 3 hours") are worked out at `now`, when the nudge goes out (a change can
    make a nudge due late: a schedule set the morning of a meeting), on the calendar of the reader: `reader_zone` (a
    direct message's recipient's own zone, when their profile has one), else the group's zone, which is also
    everyone's in its channel (where each platform still shows the exact time in each reader's own zone).

    `roster`: the group's active members as plain values (the delivery's batch reads them so, without member
    records); without it, the group's loaded members are asked."""
    start = When(key.meeting_start, group.timezone)
    calendar_day = day_and_time(key.meeting_start, now, ZoneInfo(reader_zone or group.timezone))
    late_note = " (Sorry this comes late: Roundtable was offline when it was due.)" if late else ""
    value = MeetingPayload(group.id or 0, key.occurrence).encode()
    person = group.user(key.recipient) if key.recipient not in (CHANNEL, UNKNOWN) else None
    if key.kind in (PREPARE, LAST_CALL):
        if item is None or key.recipient not in item.presenters or person is None:
            return None
        heading = (f"You're presenting at {group.name}" if key.kind == PREPARE
                   else f"You present at {group.name} {calendar_day}")
        return Outbound(ToDirect(person, group.channel), Message((
            Heading(heading),
            para("The meeting is on ", start, "." + late_note),
            *message(PREPARE_GUIDE).blocks,
            buttons(Button("I'll present", "nudge.confirm", value, "primary"),
                    Button("Pass this time", "rotation.pass", value),
                    Button("Write my request", "case.open", value)),
        )))
    if key.kind == RSVP:
        if item is None or person is None or not _is_member(group, roster, key.recipient):
            return None
        return Outbound(ToDirect(person, group.channel), Message((
            para(f"Will you be at {group.name} on ", start, "?" + late_note),
            rsvp_buttons(group, key.occurrence),
        )))
    if key.kind in (REMINDER_24H, REMINDER_1H):
        if item is None:
            return None
        soon = in_about(key.meeting_start - now) if key.kind == REMINDER_1H else calendar_day
        presenters: list[Any] = []
        for index, user_id in enumerate(item.presenters):
            presenters += ([", "] if index else []) + [_mention(group, user_id)]
        blocks: list[Any] = [
            Heading(f"{group.name} meets {soon}"),
            para(start, f" ({group.meeting_minutes} min)." + late_note),
            para("Presenting: ", *(presenters or ["open floor – bring a question if you have one"])),
        ]
        if group.location:
            blocks.append(para(f"Where: {group.location}"))
        agenda = [line for line in (group.agenda or "\n".join(DEFAULT_AGENDA)).splitlines() if line.strip()]
        blocks.append(para("Agenda: " + " → ".join(agenda)))
        blocks.extend(notes)
        blocks.append(rsvp_buttons(group, key.occurrence))
        return Outbound(ToChannel(group.channel), Message(tuple(blocks)))
    if key.kind == AFTER:
        if person is None or not _is_facilitator(group, roster, key.recipient):
            return None
        return Outbound(ToDirect(person), Message((
            para(f"{group.name} met on ", start, ". Attendance is recorded from the “yes” answers and the "
                 "presenters; check it with `/consult attendance show` and correct it with "
                 "`/consult attendance set @name present|absent`."),
        ), see_again="/consult attendance show"))
    if key.kind == RECAP:
        if not notes:  # nothing was shared for this meeting: no message
            return None
        return Outbound(ToChannel(group.channel), Message((
            para(f"Shared for {possessive(group.name)} meeting on ", When(key.meeting_start, group.timezone, "date"),
                 ":"),
            *notes,
            para("All the group keeps: `/consult resources list`."),
        )))
    raise ValueError(f"unknown nudge kind {key.kind}")


def _is_member(group: Group, roster: Sequence[ActiveMember] | None, user_id: str) -> bool:
    if roster is None:
        return group.is_member(user_id)
    return any(m.user_id == user_id for m in roster)


def _is_facilitator(group: Group, roster: Sequence[ActiveMember] | None, user_id: str) -> bool:
    if roster is None:
        return group.is_facilitator(user_id)
    return any(m.user_id == user_id and m.facilitator for m in roster)


def _mention(group: Group, user_id: str) -> Mention:
    return Mention(group.user(user_id))


def rsvp_buttons(group: Group, occurrence: datetime) -> Any:
    """Yes / No / Maybe for one meeting (by its original start): on the RSVP nudge, the reminder and `rsvp`."""
    def value(answer: str) -> str:
        return RsvpPayload(group.id or 0, occurrence, answer).encode()

    return buttons(Button("Yes, I'll be there", "rsvp", value("yes"), "primary"),
                   Button("No", "rsvp", value("no")), Button("Maybe", "rsvp", value("maybe")))

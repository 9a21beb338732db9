"""Every `/consult` command, button and form, gathered in one registry.

Each command module declares its handlers with decorators beside them (`@command("rsvp", …)` above
`async def rsvp`), into its module-level `ROUTES`; `build_registry` imports the modules and collects those. To find a
command's handler, search for its name in a decorator: `@command("rsvp"` is in bot/commands/meetings.py.
"""
from __future__ import annotations

from bot.checkins.instruments import BUILT_IN, Instruments
from bot.checkins.resources import DEFAULT_RESOURCES, check_resources
from bot.commands import cases, checkins, directory, groups, meetings, membership, nudging
from bot.commands import help as help_command
from bot.commands.spec import Options, Registry, Routes

# In this order: the order commands are listed in (help, the Slack manifest, the Discord command tree).
ROUTES: tuple[Routes, ...] = (help_command.ROUTES, groups.ROUTES, membership.ROUTES, meetings.ROUTES,
                              nudging.ROUTES, cases.ROUTES, checkins.ROUTES, directory.ROUTES)

# Real invocations shown by `/consult help <command>`, for commands whose declaration gives fewer than two.
# (A declaration may carry its own with `examples=(…)`; those come first.) A test parses every one.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "group create": ("/consult group create \"Thursday Trauma Peers\" tz:Europe/Berlin capacity:6 length:75",),
    "group list": ("/consult group list",),
    "group info": ("/consult group info", "/consult group info group:\"Tuesday Peers\""),
    "group settings": ("/consult group settings presenters:2", "/consult group settings"),
    "facilitator add": ("/consult facilitator add @sam", "/consult facilitator add @sam group:\"Tuesday Peers\""),
    "facilitator remove": ("/consult facilitator remove @sam",
                           "/consult facilitator remove @sam group:\"Tuesday Peers\""),
    "agreement show": ("/consult agreement show", "/consult agreement show group:\"Tuesday Peers\""),
    "agreement edit": ("/consult agreement edit", "/consult agreement edit group:\"Tuesday Peers\""),
    "agreement accept": ("/consult agreement accept", "/consult agreement accept group:\"Tuesday Peers\""),
    "join": ("/consult join",),
    "leave": ("/consult leave Tuesday Peers",),
    "remove": ("/consult remove @sam", "/consult remove @sam group:\"Tuesday Peers\""),
    "members": ("/consult members", "/consult members group:\"Tuesday Peers\""),
    "profile": ("/consult profile name:\"Dr. Sam Rivera\"",),
    "schedule set": ("/consult schedule set monthly on the last Thursday at 19:30 until 2027-06-30",
                     "/consult schedule set weekly on Monday at 12:00 for 10 meetings"),
    "schedule show": ("/consult schedule show", "/consult schedule show count:8"),
    "schedule skip": ("/consult schedule skip 2026-12-29 group:\"Tuesday Peers\"",),
    "schedule restore": ("/consult schedule restore 2026-12-22",
                         "/consult schedule restore 2026-12-29 group:\"Tuesday Peers\""),
    "schedule move": ("/consult schedule move 2026-12-29 2027-01-05 18:00",),
    "next": ("/consult next", "/consult next group:\"Tuesday Peers\""),
    "rsvp": ("/consult rsvp no date:2026-12-22",),
    "rsvp list": ("/consult rsvp list", "/consult rsvp list date:2026-12-22"),
    "attendance show": ("/consult attendance show", "/consult attendance show date:2026-12-08"),
    "attendance set": ("/consult attendance set @sam present date:2026-12-08",),
    "rotation show": ("/consult rotation show", "/consult rotation show count:6"),
    "rotation pass": ("/consult rotation pass", "/consult rotation pass group:\"Tuesday Peers\""),
    "rotation swap": ("/consult rotation swap @sam group:\"Tuesday Peers\"",),
    "rotation assign": ("/consult rotation assign @sam",),
    "nudges show": ("/consult nudges show", "/consult nudges show group:\"Tuesday Peers\""),
    "nudges set": ("/consult nudges set reminder_1h off",),
    "nudges mute": ("/consult nudges mute", "/consult nudges mute group:\"Tuesday Peers\""),
    "nudges unmute": ("/consult nudges unmute", "/consult nudges unmute group:\"Tuesday Peers\""),
    "agenda set": ("/consult agenda set Arrivals; One case; Closing round",),
    "case submit": ("/consult case submit date:2026-12-22",),
    "case withdraw": ("/consult case withdraw", "/consult case withdraw date:2026-12-22 member:@sam"),
    "case retention": ("/consult case retention off", "/consult case retention"),
    "hours": ("/consult hours",),
    "calendar": ("/consult calendar", "/consult calendar group:\"Tuesday Peers\""),
    "checkin start": ("/consult checkin start", "/consult checkin start group:\"Tuesday Peers\""),
    "checkin status": ("/consult checkin status", "/consult checkin status group:\"Tuesday Peers\""),
    "checkin answer": ("/consult checkin answer", "/consult checkin answer group:\"Tuesday Peers\""),
    "checkin results": ("/consult checkin results", "/consult checkin results group:\"Tuesday Peers\""),
    "checkin trend": ("/consult checkin trend", "/consult checkin trend group:\"Tuesday Peers\""),
    "checkin settings": ("/consult checkin settings cadence:after-meeting hours:48",),
    "checkin support": ("/consult checkin support",),
}


def build_registry(checkin_resources: tuple[str, ...] | list[str] | None = None,
                   instruments: Instruments = BUILT_IN) -> Registry:
    """A new registry of every command, button and form. `checkin_resources`: the support lines shown privately after
    a high-distress check-in answer (deployment configuration; the default lists 988 and the Physician Support
    Line); `instruments`: the check-in questionnaires offered."""
    registry = Registry(options=Options(instruments, check_resources(
        DEFAULT_RESOURCES if checkin_resources is None else checkin_resources)))
    for routes in ROUTES:
        registry.include(routes)
    for name, examples in EXAMPLES.items():
        if registry.find(name) is not None:
            registry.add_examples(name, *examples)
    return registry

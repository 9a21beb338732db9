"""Every `/consult` command, button and form, gathered in one registry."""
from __future__ import annotations

from bot.commands import cases, checkins, groups, meetings, membership, nudging
from bot.commands.spec import Registry


def build_registry(checkin_resources: tuple[str, ...] | list[str] | None = None) -> Registry:
    """`checkin_resources`: the support lines shown privately after a high-distress check-in answer
    (deployment configuration; the default lists 988 and the Physician Support Line)."""
    registry = Registry()
    for module in (groups, membership, meetings, nudging, cases):
        module.register(registry)
    if checkin_resources is None:
        checkins.register(registry)
    else:
        checkins.register(registry, resources=checkin_resources)
    return registry

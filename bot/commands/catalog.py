"""Every `/consult` command, button and form, gathered in one registry."""
from __future__ import annotations

from bot.commands import groups, meetings, membership, nudging
from bot.commands.spec import Registry


def build_registry() -> Registry:
    registry = Registry()
    for module in (groups, membership, meetings, nudging):
        module.register(registry)
    return registry

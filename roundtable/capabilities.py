"""Optional chat capabilities, and which ones each platform's chat port must have: checked once, at wiring.

A chat port always sends (`bot.ports.ChatPort`). Some can do more, and the core uses it where they can: send with an
idempotency key (exactly-once nudges across a crash), delete a message the bot posted (withdrawn and expired
consultation requests), find a message already sent with a key. A port that should have one and lacks it used to
go unnoticed until the first delete at run time (Discord's `delete`); here the composition root refuses to start
with it (`check`, called by `RoutingChat.register`).

The capabilities are the core's Protocols (bot/ports.py); this module only says which platform needs which.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.ports import CanDelete, CanFindDelivered, CanSendKeyed

Capability = type[CanSendKeyed] | type[CanDelete] | type[CanFindDelivered]

WHAT: dict[type, str] = {
    CanSendKeyed: "send with an idempotency key (send_keyed), for nudges sent once across a restart",
    CanDelete: "delete messages (delete), for withdrawn and expired consultation requests",
    CanFindDelivered: "find a message already delivered (find_delivered)",
}

# What each platform's chat port must be able to do. Slack's port cannot delete yet (its facilitators are told
# that retention keeps messages); Discord's and the console's can, and must go on being able to.
NEEDED: Mapping[str, Sequence[Capability]] = {
    "discord": (CanSendKeyed, CanDelete),
    "console": (CanDelete,),
    "slack": (),
}


class MissingCapability(RuntimeError):
    """A chat port lacks a capability its platform needs: raised while wiring, before anything is served."""


def check(platform: str, port: object, needed: Mapping[str, Sequence[Capability]] = NEEDED) -> None:
    """MissingCapability unless `port` has every capability `needed` names for `platform`."""
    missing = [capability for capability in needed.get(platform, ()) if not isinstance(port, capability)]
    if missing:
        raise MissingCapability(
            f"the {platform} chat port ({type(port).__name__}) cannot "
            + "; nor ".join(WHAT.get(capability, capability.__name__) for capability in missing)
            + ". Roundtable needs this on " + platform + ": fix the adapter before starting.")

"""Optional chat capabilities, and which ones each platform's chat port must have: checked once, at wiring.

A chat port always sends (`bot.ports.ChatPort`). Some can do more, and the core uses it where they can: send with an
idempotency key (exactly-once nudges across a crash), delete a message the bot posted (withdrawn and expired
consultation requests), find a message already sent with a key. A port that should have one and lacks it used to
go unnoticed until the first delete at run time (Discord's `delete`); here the composition root refuses to start
with it (`check`, called by `RoutingChat.register`).

These Protocols are minimal stand-ins until the core declares its own in bot/ports.py (issue 15): the lead
reconciles the two; the checks below only need them to be runtime-checkable.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

from bot.identity import ChannelRef
from bot.messages import Outbound


@runtime_checkable
class KeyedSending(Protocol):
    """Sends with an idempotency key the platform honours (Discord: the message nonce with enforce_nonce)."""

    async def send_keyed(self, outbound: Outbound, key: str) -> str | None: ...


@runtime_checkable
class MessageDeleting(Protocol):
    """Deletes a message the bot posted in `channel`, given the reference `send` returned (gone counts as deleted)."""

    async def delete(self, channel: ChannelRef, reference: str) -> None: ...


@runtime_checkable
class DeliveryLookup(Protocol):
    """The reference of a message already sent with this key, or None."""

    async def find_delivered(self, key: str) -> str | None: ...


Capability = type[KeyedSending] | type[MessageDeleting] | type[DeliveryLookup]

WHAT: dict[type, str] = {
    KeyedSending: "send with an idempotency key (send_keyed), for nudges sent once across a restart",
    MessageDeleting: "delete messages (delete), for withdrawn and expired consultation requests",
    DeliveryLookup: "find a message already delivered (find_delivered)",
}

# What each platform's chat port must be able to do. Slack's port cannot delete yet (its facilitators are told
# that retention keeps messages); Discord's and the console's can, and must go on being able to.
NEEDED: Mapping[str, Sequence[Capability]] = {
    "discord": (KeyedSending, MessageDeleting),
    "console": (MessageDeleting,),
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

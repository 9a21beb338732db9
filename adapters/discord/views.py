"""Buttons and forms on Discord: persistent buttons that carry the core's action and value, and modals.

A button's custom_id carries everything needed to handle a click, so a click works in any process at any time
(after a restart, on another shard): `rt:<action>:<value>` in a server channel, `rt@<server>:<action>:<value>` in
a direct message, where Discord does not say which server the click belongs to. Discord allows 100 characters;
when a value would not fit, its UTC timestamps are written compactly (`rz` ids, see `compact`).

Modals live in memory (discord.py keeps them until submitted or timed out), like every Discord bot's: a form
opened before a restart cannot be sent to the new process, and the person runs the command again.

A form that could not be the first answer to an interaction waits on the FormShelf behind an "Open form" button,
for one submission. A form that carries typed text back (the review of a consultation request, pre-filled with the
author's words) is held for at most FORM_TIMEOUT after it was last shown or opened; other forms for a day. It is
gone from memory - the shelf entry and every modal opened from it - as soon as one of its modals is submitted
(posted, or edited and sent again), when a newer form for the same person and purpose replaces it, or when it
expires (a timer clears it; nothing needs to touch the shelf). Its button then answers "That form has expired".
Discord does not say when someone closes a modal unsent; closing counts as expiry.
"""
from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, datetime
from typing import Any, Protocol, cast

import discord

from bot.identity import ChannelRef
from bot.messages import Form, FormField
from bot.privacy import error_summary

MAX_CUSTOM_ID = 100
MODAL_TITLE = 45
LABEL = 45
LABEL_DESCRIPTION = 100
TEXT_INPUT_MAX = 4000
MODAL_COMPONENTS = 5
BUTTON_LABEL = 80
FORM_TIMEOUT = 15 * 60            # discord.py's timeout for an open modal, and the longest typed text is held
FORM_SHELF_TTL = 24 * 3600        # a form without typed text in it (a blank request form, settings)
log = logging.getLogger("roundtable.discord")

EXPIRED = "That form has expired. Please run the command again."
OUT_OF_DATE = "That button is out of date, so nothing was changed. Please run the command again."

BUTTON_TEMPLATE = (
    r"r(?P<mode>[tz])(?:@(?P<guild>[0-9]{1,20}))?:(?P<action>[a-z][a-z0-9_.\-]{0,39}):(?P<value>[^\n]*)"
)
FORM_TEMPLATE = r"rt-form:(?P<token>[0-9a-f]{24})"

_UTC_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
_COMPACT = re.compile(r"~([0-9a-z]{1,12})")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 36)
        out = _DIGITS[digit] + out
        if number == 0:
            return out


def compact(value: str) -> str:
    """Write each UTC ISO timestamp (`2026-12-02T01:00:00+00:00`, 25 characters) as `~` + base-36 seconds."""
    if "~" in value:
        raise ValueError("a button value with '~' cannot be compacted")
    return _UTC_ISO.sub(lambda m: "~" + _base36(int(datetime.fromisoformat(m[0]).timestamp())), value)


def expand(value: str) -> str:
    return _COMPACT.sub(
        lambda m: datetime.fromtimestamp(int(m[1], 36), UTC).isoformat(), value)


def button_custom_id(action: str, value: str, guild: str | None = None) -> str:
    """The custom_id for a button; raises ValueError when it cannot fit in Discord's 100 characters."""
    where = f"@{guild}" if guild else ""
    plain = f"rt{where}:{action}:{value}"
    if not re.fullmatch(BUTTON_TEMPLATE, plain):
        raise ValueError(f"a button with action {action!r} cannot be written as a custom_id")
    if len(plain) <= MAX_CUSTOM_ID:
        return plain
    short = f"rz{where}:{action}:{compact(value)}"
    if len(short) > MAX_CUSTOM_ID:
        raise ValueError(f"button value too long for Discord ({len(short)} > {MAX_CUSTOM_ID}): {action}")
    return short


@dataclass(frozen=True)
class ButtonPress:
    action: str
    value: str
    guild: str | None  # only for buttons in direct messages


def read_custom_id(custom_id: str) -> ButtonPress | None:
    match = re.fullmatch(BUTTON_TEMPLATE, custom_id)
    if match is None:
        return None
    return _press(match)


def _press(match: re.Match[str]) -> ButtonPress:
    value = match["value"] if match["mode"] == "t" else expand(match["value"])
    return ButtonPress(match["action"], value, match["guild"])


class ViewHandlers(Protocol):
    """What buttons and modals call (adapters.discord.interactions.Interactions, the client's `interactions`)."""

    async def click(self, interaction: discord.Interaction, press: ButtonPress) -> None: ...

    async def open_form(self, interaction: discord.Interaction, token: str) -> None: ...

    async def failed(self, interaction: discord.Interaction, error: BaseException, where: str) -> None: ...


class _RoutingClient(Protocol):
    interactions: ViewHandlers


def _handlers(interaction: discord.Interaction) -> ViewHandlers:
    # Buttons are registered once per client (setup_hook) and found by custom_id, so they reach the handlers
    # through the client the interaction arrived on.
    return cast(_RoutingClient, interaction.client).interactions


class ActionButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=BUTTON_TEMPLATE):
    """A button that asks the core to run `action` with `value` for whoever clicks it."""

    def __init__(self, press: ButtonPress | None, *, label: str | None = None,
                 style: discord.ButtonStyle = discord.ButtonStyle.secondary, custom_id: str | None = None) -> None:
        super().__init__(discord.ui.Button(
            label=_clip(label or (press.action if press else "?"), BUTTON_LABEL), style=style,
            custom_id=custom_id or button_custom_id(press.action, press.value, press.guild)))  # type: ignore[union-attr]
        self.press = press  # None: a button this version cannot read

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ActionButton:
        # discord.py only logs an error raised here, and the person sees "This interaction failed": never raise.
        try:
            press: ButtonPress | None = _press(match)
        except Exception as error:
            log.warning("unreadable button: %s", error_summary(error))
            press = None
        if isinstance(item, discord.ui.Button):
            return cls(press, label=item.label, style=item.style, custom_id=item.custom_id)
        return cls(press, custom_id=match.string)

    async def callback(self, interaction: discord.Interaction) -> None:
        # A DynamicItem has no on_error: discord.py would only log. Errors end in the same handler as the tree's.
        try:
            if self.press is None:
                await interaction.response.send_message(OUT_OF_DATE, ephemeral=True)
                return
            await _handlers(interaction).click(interaction, self.press)
        except Exception as error:
            await _handlers(interaction).failed(interaction, error, "button")


class OpenFormButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=FORM_TEMPLATE):
    """Opens a form that could not be the first answer to an interaction (Discord shows a modal only then)."""

    def __init__(self, token: str, *, label: str = "Open form") -> None:
        super().__init__(discord.ui.Button(label=_clip(label, BUTTON_LABEL), style=discord.ButtonStyle.primary,
                                           custom_id=f"rt-form:{token}"))
        self.token = token

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> OpenFormButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["token"], label=label or "Open form")

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await _handlers(interaction).open_form(interaction, self.token)
        except Exception as error:
            await _handlers(interaction).failed(interaction, error, "form button")


def holds_text(form: Form) -> bool:
    """Whether a form carries text back to the person (pre-filled text fields): then it is held briefly."""
    return any(f.kind in ("text", "long_text") and f.initial for f in form.fields)


def _monotonic() -> float:
    return time.monotonic()  # looked up at each call, so a simulated clock (SimCord's) drives the shelf too


@dataclass(eq=False)
class ShelvedForm:
    form: Form
    workspace: str
    channel: ChannelRef | None
    expires: float
    owner: str | None = None      # the user it was shown to; None for a form in a public channel
    modals: list[FormModal] = dataclass_field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str, str] | None:
        """Forms with the same key serve the same person for the same purpose (a request and its reviews for
        one meeting share one): a newer one replaces the older, and a submission uses them all up."""
        if self.owner is None:
            return None
        return self.owner, self.workspace, self.form.form_id.split(".")[0], self.form.context


class FormShelf:
    """Forms waiting behind an "Open form" button, in memory, each for one submission and a limited time."""

    def __init__(self, ttl: float = FORM_SHELF_TTL, capacity: int = 2000,
                 clock: Callable[[], float] = _monotonic, held_ttl: float = FORM_TIMEOUT) -> None:
        self._items: OrderedDict[str, ShelvedForm] = OrderedDict()
        self._ttl = ttl
        self._held_ttl = held_ttl
        self._capacity = capacity
        self._clock = clock
        self._timer: asyncio.Task[None] | None = None
        self._timer_due = 0.0

    def put(self, form: Form, workspace: str, channel: ChannelRef | None, owner: str | None = None) -> str:
        self.prune()
        token = secrets.token_hex(12)
        ttl = self._held_ttl if holds_text(form) else self._ttl
        item = ShelvedForm(form, workspace, channel, self._clock() + ttl, owner)
        self._drop_key(item.key)  # superseded
        self._items[token] = item
        while len(self._items) > self._capacity:
            self._drop(next(iter(self._items)))
        self._watch()
        return token

    def get(self, token: str) -> ShelvedForm | None:
        self.prune()
        return self._items.get(token)

    def opened(self, token: str, modal: FormModal) -> None:
        """A modal was opened from the form: it lives as long as the form, and the form at least as long as it."""
        item = self._items.get(token)
        if item is None:
            modal.forget()
            return
        item.modals.append(modal)
        item.expires = max(item.expires, self._clock() + FORM_TIMEOUT)
        self._watch()

    def spend(self, token: str) -> bool:
        """A submission from this form: True for the first (it may go ahead); the form, the modals opened from it
        and every form with the same purpose are gone. False when it was used, replaced or expired already."""
        self.prune()
        item = self._items.get(token)
        if item is None:
            return False
        self._drop(token)
        self._drop_key(item.key)
        return True

    def prune(self) -> None:
        now = self._clock()
        for token in [t for t, item in self._items.items() if item.expires <= now]:
            self._drop(token)

    def __len__(self) -> int:
        return len(self._items)

    def _drop_key(self, key: tuple[str, str, str, str] | None) -> None:
        if key is not None:
            for token in [t for t, item in self._items.items() if item.key == key]:
                self._drop(token)

    def _drop(self, token: str) -> None:
        item = self._items.pop(token, None)
        if item is not None:
            for modal in item.modals:
                modal.forget()
            item.modals.clear()

    def _watch(self) -> None:
        """Clear each form when it expires, whether or not anything touches the shelf again: one timer, set for
        the earliest expiry (and set again when an earlier one arrives)."""
        if not self._items:
            return
        due = min(item.expires for item in self._items.values())
        if self._timer is not None and not self._timer.done():
            if self._timer_due <= due:
                return
            self._timer.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._timer_due = due
        self._timer = loop.create_task(self._expire_as_due(), name="roundtable-form-expiry")

    async def _expire_as_due(self) -> None:
        while self._items:
            self._timer_due = min(item.expires for item in self._items.values())
            wait = self._timer_due - self._clock()
            if wait > 0:
                await asyncio.sleep(wait)
            self.prune()

    def close(self) -> None:
        """Forget every form and stop the timer (on shutdown)."""
        for token in list(self._items):
            self._drop(token)
        if self._timer is not None:
            self._timer.cancel()


Submit = Callable[[discord.Interaction, dict[str, str]], Awaitable[None]]


class FormModal(discord.ui.Modal):
    """A core Form as a Discord modal: each field a labelled text input (or a select for choices)."""

    def __init__(self, form: Form, on_submit: Submit, extra_intro: str = "") -> None:
        self.spent = False
        if len(form.fields) > MODAL_COMPONENTS:
            raise ValueError(f"Discord modals hold at most {MODAL_COMPONENTS} fields; "
                             f"form {form.form_id!r} has {len(form.fields)}")
        super().__init__(title=_clip(form.title, MODAL_TITLE), timeout=FORM_TIMEOUT)
        self.form = form
        self._on_submit = on_submit
        self._inputs: dict[str, discord.ui.TextInput[Any] | discord.ui.Select[Any]] = {}
        intro = "\n".join(t for t in (extra_intro, form.intro) if t)
        if intro and len(form.fields) < MODAL_COMPONENTS:
            self.add_item(discord.ui.TextDisplay(_clip(intro, TEXT_INPUT_MAX)))
            intro = ""
        for index, field in enumerate(form.fields):
            description = field.hint or (intro if index == 0 and len(intro) <= LABEL_DESCRIPTION else "")
            control = _control(field)
            self._inputs[field.name] = control
            self.add_item(discord.ui.Label(text=_clip(field.label, LABEL), component=control,
                                           description=_clip(description, LABEL_DESCRIPTION) or None))

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, control in self._inputs.items():
            if isinstance(control, discord.ui.Select):
                out[name] = control.values[0] if control.values else ""
            else:
                out[name] = control.value or ""
        return out

    async def on_submit(self, interaction: discord.Interaction, /) -> None:
        if self.spent or self._on_submit is None:
            await interaction.response.send_message(EXPIRED, ephemeral=True)
            return
        await self._on_submit(interaction, self.values())

    # discord.py's Modal narrows View.on_error (no `item`); this matches Modal's documented signature.
    async def on_error(self, interaction: discord.Interaction, error: Exception, /) -> None:  # type: ignore[override]
        await _handlers(interaction).failed(interaction, error, "form")

    async def on_timeout(self) -> None:
        self.forget()

    def forget(self) -> None:
        """Used, replaced or expired: drop everything this modal holds of the form, text included. A later
        submission of it answers "That form has expired"."""
        self.spent = True
        self.form = None  # type: ignore[assignment]
        self._on_submit = None  # type: ignore[assignment]
        for control in self._inputs.values():
            if isinstance(control, discord.ui.TextInput):
                control.default = None
        self._inputs.clear()
        self.clear_items()


def _control(field: FormField) -> discord.ui.TextInput[Any] | discord.ui.Select[Any]:
    if field.kind == "choice":
        if not 1 <= len(field.choices) <= 25:
            raise ValueError(f"form field {field.name!r} needs 1-25 choices for Discord")
        return discord.ui.Select(
            custom_id=field.name, required=field.required, min_values=0 if not field.required else 1, max_values=1,
            options=[discord.SelectOption(label=_clip(c, 100), value=c[:100], default=c == field.initial)
                     for c in field.choices])
    if field.kind not in ("text", "long_text"):
        raise TypeError(f"Discord cannot show a form field of kind {field.kind!r}")
    return discord.ui.TextInput(
        custom_id=field.name,
        style=discord.TextStyle.paragraph if field.kind == "long_text" else discord.TextStyle.short,
        default=field.initial[:TEXT_INPUT_MAX] or None,
        required=field.required,
        max_length=min(field.max_length, TEXT_INPUT_MAX),
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

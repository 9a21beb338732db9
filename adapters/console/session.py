"""The console adapter: a simulated workspace where you act as any named person.

Transcript syntax (one instruction per line; `#` starts a comment):

    time set 2026-12-01 09:00 UTC          set the simulated clock (before anything has happened, any time; later only forward)
    time +3d  /  time +2h30m               move the simulated clock forward (nudges that fall due are sent, in order)
    channel #peers                         the channel later lines act in (default #consultation)
    @alice: /consult group create Peers    run a command as @alice in the current channel
    @alice in #other: /consult next        ... in another channel
    @bob click "I accept"                  press the newest button with that label that @bob can see
    @bob submit "Group settings" capacity=6 place="https://…"   fill in the newest such form @bob was shown
    @bob home                              @bob's own page (Slack's Home tab): their groups, with buttons
    expect "text"                          stop with an error unless the output since the last command contains text
    as @alice                              act as @alice: then `/consult …`, `click "…"` and `submit "…"` need no name

Files the bot sends (hours, calendars, charts) are written per reader: `roundtable-files/alice/roundtable-hours.csv`,
`roundtable-files/channel-consultation/…` for a channel's.

A form carrying typed text is held for the one submission it serves, as on the chat platforms: once sent it is
forgotten (a form of choices only, like WHO-5's, stays for a corrected answer; the core refuses a second one), a newer form
for the same person and purpose (a newer review of the same request) replaces it, and a form carrying typed text
back (a review of your own words) expires after HELD_FOR of simulated time. Submitting it then answers "That form
has expired"; only its title is remembered for that, never what it held.
"""
from __future__ import annotations

import functools
import re
import shlex
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from adapters.console.render import render
from bot.core import Core
from bot.domain.errors import Refusal
from bot.domain.zones import check_timezone
from bot.identity import ChannelRef, UserRef
from bot.messages import Actions, FileAttachment, Form, Message, Outbound, Reply, ToChannel, ToDirect, ToPerson

PLATFORM = "console"
DEFAULT_CHANNEL = "consultation"
HELD_FOR = timedelta(minutes=15)  # a form carrying typed text back, like Discord's modal timeout
EXPIRED = "That form has expired. Please run the command again."
SPENT_TITLES = 200                # titles (never contents) remembered to answer "expired"


class TranscriptError(Exception):
    pass


class SimulatedClock:
    """The console's clock: settable freely until something has happened, then only forward."""

    def __init__(self, start: datetime) -> None:
        self._now = start.astimezone(UTC)
        self.touched = False

    def now(self) -> datetime:
        self.touched = True
        return self._now

    def set(self, when: datetime) -> None:
        when = when.astimezone(UTC)
        if self.touched and when < self._now:
            raise TranscriptError("time only moves forward once things have happened")
        self._now = when

    def advance(self, delta: timedelta) -> None:
        self._now += delta


@dataclass(frozen=True)
class Shown:
    """A button or form someone can act on. `reader` None means everyone in `channel` sees it."""

    reader: str | None
    channel: ChannelRef | None
    label: str
    action: str = ""
    value: str = ""
    form: Form | None = None
    shown_at: datetime | None = None

    @property
    def key(self) -> tuple[str | None, str, str]:
        """Forms with the same key serve the same purpose for the same person: the newest replaces the others."""
        assert self.form is not None
        return self.reader, self.form.form_id.split(".")[0], self.form.context

    @property
    def holds_text(self) -> bool:
        return self.form is not None and any(f.kind in ("text", "long_text") and f.initial for f in self.form.fields)


LINE = re.compile(r"^@(?P<user>[\w.\-]+)(?:\s+in\s+#(?P<channel>[\w.\-]+))?\s*:\s*(?P<text>.*)$")
CLICK = re.compile(r"^@(?P<user>[\w.\-]+)\s+click\s+(?P<label>.+)$")
SUBMIT = re.compile(r"^@(?P<user>[\w.\-]+)\s+submit\s+(?P<rest>.+)$")
HOME = re.compile(r"^@(?P<user>[\w.\-]+)\s+home$")
OWN_CLICK = re.compile(r"^click\s+(?P<label>.+)$")
OWN_SUBMIT = re.compile(r"^submit\s+(?P<rest>.+)$")
AS = re.compile(r"^as\s+@?(?P<user>[\w.\-]+)$")
WHO_FIRST = ("Who is asking? Type `as @alice` first (any name), then `/consult help`; "
             "or put the name in front: `@alice: /consult help`.")
CONSOLE_HELP = ("Lines: `as @alice` to act as someone; then `/consult …`, `click \"I accept\"`, "
                "`submit \"Group settings\" capacity=6`. Also `@bob: /consult next`, `time +2d`, `channel #peers`, "
                "`expect \"text\"`. Ctrl-D or Ctrl-C quits.")
DURATION = re.compile(r"(\d+)\s*([dhm])")


class ConsoleSession:
    def __init__(
        self,
        core: Core,
        clock: SimulatedClock,
        out: TextIO,
        workspace: str = "demo",
        files_dir: Path | None = None,
        sweep: Callable[[], Awaitable[object]] | None = None,
        next_due: Callable[[], Awaitable[datetime | None]] | None = None,
        echo_input: bool = True,
    ) -> None:
        """`sweep`/`next_due`: what walking the clock wakes, and when it is next due. `echo_input`: transcripts show
        each line before its answers; an interactive terminal already did."""
        self.core = core
        self.clock = clock
        self.out = out
        self.workspace = workspace
        self.channel = DEFAULT_CHANNEL
        self.shown: list[Shown] = []
        self.spent: OrderedDict[tuple[str | None, str], None] = OrderedDict()
        self.last_output: list[str] = []
        self.files_dir = files_dir or Path("roundtable-files")
        self.sweep = sweep
        self.next_due = next_due
        self._time_note: str | None = None
        self.current_user: str | None = None
        self.echo_input = echo_input
        self._zones: dict[str, str] | None = None
        self.sent = 0

    def user(self, name: str) -> UserRef:
        return UserRef(PLATFORM, self.workspace, name)

    def chan(self, name: str) -> ChannelRef:
        return ChannelRef(PLATFORM, self.workspace, name)

    async def run_lines(self, lines: list[str]) -> None:
        for number, line in enumerate(lines, 1):
            try:
                await self.execute(line)
            except TranscriptError as error:
                raise TranscriptError(f"line {number}: {error}") from None

    async def execute(self, line: str) -> None:
        line = line.strip()
        if not line or line.startswith("#"):
            return
        if self.echo_input:
            self.echo(f"> {line}")
        if not line.startswith("expect "):
            self.last_output = []  # `expect` looks at everything printed since the last other line
        await self._step(line)
        if self.sweep is not None and not line.startswith(("expect ", "channel ", "as ")):
            await self.sweep()
        self.forget_expired()

    async def _step(self, line: str) -> None:
        if line.startswith("time "):
            await self._time(line[5:].strip())
        elif line.startswith("channel "):
            self.channel = line.split(None, 1)[1].lstrip("#")
        elif line.startswith("as ") or line == "as":
            m = AS.match(line)
            if m is None:
                raise TranscriptError("write `as @alice` (a name of letters, digits, `.`, `-` or `_`)")
            self.current_user = m["user"]
            if not self.echo_input:
                self._show([f"(acting as @{self.current_user}: type `/consult help`, or `click \"…\"`, "
                            "`submit \"…\" field=value`)"])
        elif line.startswith("expect "):
            self._expect(line[7:].strip())
        elif line.lower() in ("help", "?", "/help"):
            if self.current_user:
                await self._command(self.current_user, self.channel, "/consult help")
            else:
                self._show([CONSOLE_HELP, WHO_FIRST])
        elif line.startswith("/consult"):
            if not self.current_user:
                self._show([WHO_FIRST])
            else:
                await self._command(self.current_user, self.channel, line)
        elif line == "home":
            if not self.current_user:
                self._show([WHO_FIRST.replace("then `/consult help`", "then `home`")])
            else:
                await self._home(self.current_user)
        elif m := HOME.match(line):
            await self._home(m["user"])
        elif (m := OWN_CLICK.match(line)) or OWN_SUBMIT.match(line):
            if not self.current_user:
                self._show([WHO_FIRST.replace("then `/consult help`", f"then `{line[:40]}`")])
            elif m:
                await self._click(self.current_user, _unquote(m["label"]))
            else:
                await self._submit(self.current_user, line.split(None, 1)[1])
        elif m := LINE.match(line):
            await self._command(m["user"], m["channel"] or self.channel, m["text"])
        elif m := CLICK.match(line):
            await self._click(m["user"], _unquote(m["label"]))
        elif m := SUBMIT.match(line):
            await self._submit(m["user"], m["rest"])
        else:
            raise TranscriptError(f"I can't read “{line[:60]}”. Lines look like `@alice: /consult next`, "
                                  "`@bob click \"I accept\"`, `time +2d` or `expect \"text\"`.")

    def echo(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    async def _command(self, user: str, channel: str, text: str) -> None:
        text = text.strip()
        if not text.startswith("/consult"):
            raise TranscriptError("commands start with /consult")
        body = text[len("/consult"):].strip()
        if body.lower().startswith("profile"):
            self._zones = None
        reply = await self.core.command_text(self.user(user), self.chan(channel), body)
        await self.deliver(reply)

    async def _home(self, user: str) -> None:
        """The person's own page, as Slack's Home tab shows it (bot/commands/home.py), printed to them."""
        actor = self.user(user)
        await self.deliver(Reply().add(ToPerson(actor, self.chan(self.channel)), await self.core.home(actor)))

    def _visible(self, user: str, label: str, forms: bool) -> Shown | None:
        for item in reversed(self.shown):
            if (item.reader in (user, None) and item.label.lower() == label.lower()
                    and (item.form is not None) == forms):
                return item
        return None

    async def _click(self, user: str, label: str) -> None:
        item = self._visible(user, label, forms=False)
        if item is None:
            raise TranscriptError(f"@{user} has no button “{label}” to press")
        reply = await self.core.click(self.user(user), item.channel or self.chan(self.channel), item.action, item.value)
        await self.deliver(reply)

    async def _submit(self, user: str, rest: str) -> None:
        try:
            words = shlex.split(rest)
        except ValueError:
            raise TranscriptError("unclosed quote in submit") from None
        if not words:
            raise TranscriptError("submit needs the form's title")
        title, pairs = words[0], words[1:]
        self.forget_expired()
        item = self._visible(user, title, forms=True)
        if item is None or item.form is None:
            if (user, title.lower()) in self.spent:
                self._show([f"[only @{user}] {EXPIRED}"])
                return
            raise TranscriptError(f"@{user} has no form “{title}” open")
        form = item.form
        values = {f.name: f.initial for f in form.fields}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            if not sep or key not in values:
                raise TranscriptError(f"“{form.title}” has no field “{key}” (fields: {', '.join(values)})")
            values[key] = value
        too_long = [f.name for f in form.fields if len(values[f.name]) > f.max_length]
        missing = [f.name for f in form.fields if f.required and not values[f.name].strip()]
        if missing or too_long:
            problems = ([f"please fill in {', '.join(missing)}"] if missing else []) + (
                [f"{', '.join(too_long)} is too long"] if too_long else [])
            self._show([f"[only @{user}] The form was not sent: {'; '.join(problems)}."])
            return
        if item.holds_text:   # typed text serves one submission; a form of choices stays for a corrected answer
            self._forget(functools.partial(_same_purpose, item.key))
        reply = await self.core.submit(self.user(user), item.channel or self.chan(self.channel),
                                       form.form_id, form.context, values)
        await self.deliver(reply)

    async def _time(self, spec: str) -> None:
        if spec.startswith("+"):
            parts = DURATION.findall(spec)
            if not parts or "".join(f"{n}{u}" for n, u in parts) != spec[1:].replace(" ", ""):
                raise TranscriptError("durations look like +3d, +2h or +1d2h30m")
            delta = sum((timedelta(**{{"d": "days", "h": "hours", "m": "minutes"}[u]: int(n)}) for n, u in parts),
                        timedelta())
            target = self.clock._now + delta
        elif spec.startswith("set "):
            target = parse_console_time(spec[4:].strip())
            if not self.clock.touched:
                self.clock.set(target)
        else:
            raise TranscriptError("use `time set 2026-12-01 09:00 UTC` or `time +2d`")
        if target < self.clock._now:
            raise TranscriptError("time only moves forward once things have happened")
        await self._walk_to(target)
        self._show([f"(the time is now {self.clock._now:%Y-%m-%d %H:%M} UTC)"])

    async def _walk_to(self, target: datetime) -> None:
        """Move the clock to `target`, stopping at each moment a nudge falls due so it goes out on time."""
        for _ in range(10_000):
            upcoming = await self.next_due() if (self.next_due and self.sweep) else None
            if upcoming is None or upcoming > target:
                break
            if upcoming > self.clock._now:
                self.clock.set(upcoming)
            self._time_note = f"(time passes: {self.clock._now:%Y-%m-%d %H:%M} UTC)"
            assert self.sweep is not None
            await self.sweep()
            self._time_note = None
        self.clock.set(target)

    def _expect(self, spec: str) -> None:
        wanted = _unquote(spec)
        if not any(wanted in line for line in self.last_output):
            raise TranscriptError(f"expected “{wanted}” in the last output")

    async def deliver(self, reply: Reply) -> None:
        lines: list[str] = []
        for outbound in reply.outbound:
            lines.extend(await self.render_outbound(outbound))
        self._show(lines)

    async def send(self, outbound: Outbound) -> str:
        """The chat port for messages the bot sends on its own (nudges): printed as they go out."""
        lines = await self.render_outbound(outbound)
        if self._time_note:
            self._show([self._time_note])
            self._time_note = None
        self._show(lines)
        self.sent += 1
        return f"console-{self.sent}"

    def _show(self, lines: list[str]) -> None:
        self.last_output = self.last_output + lines
        for line in lines:
            self.echo(line)

    async def delete(self, channel: ChannelRef, reference: str) -> None:
        """The chat port's delete (retention, withdrawn requests): the console can only say so."""
        self._show([f"(Roundtable deleted message {reference} in #{channel.id})"])

    async def render_outbound(self, outbound: Outbound) -> list[str]:
        audience = outbound.audience
        channel: ChannelRef | None
        if isinstance(audience, ToChannel):
            label, reader, channel = f"[#{audience.channel.id}]", None, audience.channel
        elif isinstance(audience, ToPerson):
            where = f" in #{audience.channel.id}" if audience.channel else ""
            label, reader, channel = f"[only @{audience.user.id}{where}]", audience.user, audience.channel
        elif isinstance(audience, ToDirect):
            label, reader, channel = f"[DM to @{audience.user.id}]", audience.user, None
        else:
            raise TypeError(f"the console cannot deliver to a {type(audience).__name__}")
        zone = await self._zone(reader) if reader else None
        self._remember(outbound.message, reader, channel)
        folder = reader.id if reader else f"channel-{channel.id if channel else 'unknown'}"
        body = render(outbound.message, zone, functools.partial(self._save_file, folder))
        return [f"{label} {body[0]}"] + [f"    {line}" for line in body[1:]] if body else [label]

    async def _zone(self, reader: UserRef) -> str | None:
        """The reader's own time zone (their profile's). The workspace's zones are loaded once and again after
        anyone runs `profile`; this console is the only way they change here."""
        if self._zones is None:
            self._zones = await self.core.reader_timezones(reader.workspace_ref)
        return self._zones.get(reader.id)

    def _remember(self, message: Message, reader: UserRef | None, channel: ChannelRef | None) -> None:
        who = reader.id if reader else None
        for block in message.blocks:
            if isinstance(block, Actions):
                self.shown.extend(Shown(who, channel, b.label, b.action, b.value) for b in block.buttons)
            elif isinstance(block, Form):
                shown = Shown(who, channel, block.title, form=block, shown_at=self.clock._now)
                self._forget(functools.partial(_same_purpose, shown.key))  # superseded
                self.spent.pop((who, block.title.lower()), None)
                self.shown.append(shown)

    def forget_expired(self) -> None:
        """Drop every form that carries typed text back and was shown more than HELD_FOR ago."""
        now = self.clock._now
        self._forget(lambda shown: shown.holds_text and shown.shown_at is not None and now - shown.shown_at > HELD_FOR)

    def _forget(self, gone: Callable[[Shown], bool]) -> None:
        kept: list[Shown] = []
        for shown in self.shown:
            if shown.form is not None and gone(shown):
                self.spent[(shown.reader, shown.label.lower())] = None
                self.spent.move_to_end((shown.reader, shown.label.lower()))
            else:
                kept.append(shown)
        self.shown = kept
        while len(self.spent) > SPENT_TITLES:
            self.spent.popitem(last=False)

    def _save_file(self, folder: str, attachment: FileAttachment) -> str:
        """Each reader's files in their own folder, so one member's hours never overwrite another's."""
        where = self.files_dir / (re.sub(r"[^\w.\-]", "_", folder).lstrip(".") or "unknown")
        where.mkdir(parents=True, exist_ok=True)
        path = where / Path(attachment.filename).name
        path.write_bytes(attachment.content)
        return str(path)


def _same_purpose(key: tuple[str | None, str, str], shown: Shown) -> bool:
    return shown.form is not None and shown.key == key


def parse_console_time(text: str) -> datetime:
    """`2026-12-01 09:00 UTC`, `2026-12-01T09:00 America/Denver`, or ISO with an offset."""
    parts = re.sub(r"(\d)T(\d)", r"\1 \2", text).split()
    if len(parts) == 3:
        stamp, zone = " ".join(parts[:2]), parts[2]
        if zone.upper() != "UTC":
            try:
                zone = check_timezone(zone)
            except Refusal as refusal:
                raise TranscriptError(refusal.message) from None
        try:
            when = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
        except ValueError:
            raise TranscriptError(f"can't read the time “{text}”; use e.g. 2026-12-01 09:00 UTC") from None
        return when.replace(tzinfo=ZoneInfo("UTC" if zone.upper() == "UTC" else zone))
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise TranscriptError(f"can't read the time “{text}”; use e.g. 2026-12-01 09:00 UTC") from None
    if value.tzinfo is None:
        raise TranscriptError("give a time zone, e.g. `2026-12-01 09:00 UTC`")
    return value


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'“”":
        return text[1:-1]
    if text.startswith("“") and text.endswith("”"):
        return text[1:-1]
    return text

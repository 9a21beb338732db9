"""`roundtable run` as a real process whose Discord is SimCord, inside this process (tests/roundtable/
test_graceful_stop_discord.py starts it with `python -m tests.helpers.discord_process`).

Everything but Discord's network is production: `roundtable.cli.main(["run"])` loads the settings, composes the
services, takes the scheduling lock, installs the SIGTERM/SIGINT handlers and runs the graceful stop; the Discord
adapter is the real RoundtableClient (discord.py, command tree, Interactions with its drain). The one seam is
`cli.main(discord_gateway=...)`: instead of `client.start(token)` (a websocket to discord.com) the client is attached
to a SimCord env, which logs it in over SimCord's in-memory HTTP and feeds it gateway events. To report, the client's
`close` and its Interactions' `drain` are wrapped on the instance (each calls the original, unchanged).

Once the parent writes a line to stdin, a burst of `/consult group create` commands starts: each by its own member
in its own channel, CONCURRENCY at a time, topped up as they finish, until the client is closed (or LIMIT). It is
emitted as Discord would - INTERACTION_CREATE on the gateway - without SimCord's settling, so many are in flight
at once and the stop lands among them. One JSON object per line on stdout:

  {"event": "ready"}                                the world exists and the commands are published
  {"event": "acknowledged", "i": 3}                 interaction 3 was deferred ("thinking…"): it was taken
  {"event": "answered", "i": 3}                     its answer replaced the "thinking…" message
  {"event": "turned_away", "i": 9}                  answered at once with the "restarting" notice (not taken)
  {"event": "drain", "in_flight": 6, "emitted": 40} the stop reached the adapter with 6 interactions in flight,
                                                    after interactions 0-39 were emitted
  {"event": "drained", "left": 0}                   ... and this many were left when the drain ended
  {"event": "final", "interactions": [...], "errors": [...]}
                                                    after the client closed and SimCord detached: for each
                                                    interaction emitted, its state and the bot's messages in its
                                                    channel as its member sees them; SimCord's recorded errors

The acknowledged/answered/turned_away lines come from looking every 2 ms: they pace the parent (when to send
SIGTERM). The verdict is `final`, read from SimCord's backend - what Discord holds at the end.
"""
from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import dataclass, field
from typing import Any

import simcord
from simcord import actors as _actors
from simcord import interactions as _interactions
from simcord.backend.models import Interaction
from simcord.enums import AppCommandType, InteractionType

from adapters.discord.interactions import RESTARTING
from adapters.discord.sync import sync_commands
from roundtable import cli

CONCURRENCY = 6   # interactions in flight at once while the burst runs
LIMIT = 400       # the burst ends here even if nobody stops the process


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record), flush=True)


@dataclass
class Sent:
    i: int
    member: simcord.MemberActor
    channel: simcord.ChannelHandle
    record: Interaction
    seen: set[str] = field(default_factory=set)


def slash_without_settling(actor: simcord.MemberActor, channel: simcord.ChannelHandle, command: str, /,
                           **options: Any) -> Interaction:
    """`actor.slash(...)` minus its settling: SimCord's own steps (simcord.actors._slash, private API) up to
    INTERACTION_CREATE, so that many interactions can be in flight at once, as on Discord."""
    parts = command.split()
    root = _actors._resolve_visible_command(actor, channel.id, parts[0], AppCommandType.CHAT_INPUT)
    leaf, nesting = _interactions.walk_to_subcommand(root, parts[1:])
    leaf_options, resolved = _interactions.build_options(actor, command, leaf, options, channel_id=channel.id)
    data: dict[str, Any] = {"id": root["id"], "name": root["name"], "type": root.get("type", AppCommandType.CHAT_INPUT),
                            "options": _interactions.nest_options(root, nesting, leaf_options)}
    if resolved:
        data["resolved"] = resolved
    if root.get("guild_id"):
        data["guild_id"] = root["guild_id"]
    backend = actor._env.backend
    record, payload = _interactions.base_payload(backend, type=InteractionType.APPLICATION_COMMAND,
                                                 channel_id=channel.id, guild_id=actor.guild.id, user_id=actor.id,
                                                 data=data)
    backend.emit("INTERACTION_CREATE", payload)
    return record


def _report_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        emit({"event": "burst_failed", "error": repr(task.exception())})


def _bot_id(env: simcord.Env) -> int:
    assert env.bot.user is not None
    return env.bot.user.id


def _messages(env: simcord.Env, sent: Sent) -> list[dict[str, Any]]:
    """What the bot showed this member in this channel (their own private answers included), each with whether
    only they see it."""
    return [{"private": m.flags.ephemeral, "text": m.content + "".join(e.description or "" for e in m.embeds)}
            for m in sent.channel.history(viewer=sent.member) if m.author.id == _bot_id(env)]


def _state(env: simcord.Env, sent: Sent) -> str:
    """unanswered (Discord would say "This interaction failed"), acknowledged ("thinking…"), turned_away (the
    restarting notice, nothing taken) or answered."""
    if not sent.record.responded:
        return "unanswered"
    if sent.record.loading:
        return "acknowledged"
    return "turned_away" if [m["text"] for m in _messages(env, sent)] == [RESTARTING] else "answered"


async def _burst(env: simcord.Env, world: list[tuple[simcord.MemberActor, simcord.ChannelHandle]],
                 sent: list[Sent], closed: asyncio.Event) -> None:
    stdin = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    await stdin.readline()  # the parent says go

    def report() -> int:
        busy = 0
        for s in sent:
            if "answered" in s.seen or "turned_away" in s.seen:
                continue
            state = _state(env, s)
            if state == "answered" and "acknowledged" not in s.seen:
                # Deferred and answered between two looks: group create is always deferred before the core runs.
                s.seen.add("acknowledged")
                emit({"event": "acknowledged", "i": s.i})
            if state not in s.seen and state != "unanswered":
                s.seen.add(state)
                emit({"event": state, "i": s.i})
            busy += state in ("unanswered", "acknowledged")
        return busy

    while not closed.is_set():
        busy = report()
        if len(sent) < len(world) and busy < CONCURRENCY:
            i = len(sent)
            member, channel = world[i]
            sent.append(Sent(i, member, channel, slash_without_settling(
                member, channel, "consult group create", name=f"Burst {i}", tz="America/Denver")))
            continue
        await asyncio.sleep(0.002)


async def simcord_gateway(client: Any, token: str) -> None:
    """cli's DiscordGateway: attach the client to SimCord and serve until the graceful stop closes it."""
    closed = asyncio.Event()
    sent: list[Sent] = []
    close, drain = client.close, client.interactions.drain

    async def observed_close() -> None:
        try:
            await close()
        finally:
            closed.set()

    async def observed_drain(timeout: float) -> int:
        emit({"event": "drain", "in_flight": client.interactions._in_flight, "emitted": len(sent)})
        left: int = await drain(timeout)
        emit({"event": "drained", "left": left})
        return left

    client.close, client.interactions.drain = observed_close, observed_drain
    env = simcord.Env(client, check_errors=False)
    await env.start()
    guild = env.create_guild("Practice Collective")
    world = [(guild.add_member(env.create_user(f"member{i}")), guild.create_text_channel(f"burst-{i}"))
             for i in range(LIMIT)]
    await sync_commands(client)  # the deploy step (`roundtable discord sync`), done before the process starts
    emit({"event": "ready"})
    burst = asyncio.create_task(_burst(env, world, sent, closed))
    burst.add_done_callback(_report_failure)
    try:
        await closed.wait()
    finally:
        if not burst.done():  # stopped before the parent said go, or the burst's last look
            burst.cancel()
        await asyncio.gather(burst, return_exceptions=True)
        await env.shutdown()
        emit({"event": "final", "errors": [type(e).__name__ for e in env.errors],
              "interactions": [{"i": s.i, "state": _state(env, s), "messages": _messages(env, s)} for s in sent]})


if __name__ == "__main__":
    raise SystemExit(cli.main(["run"], discord_gateway=simcord_gateway))

"""Anonymous burnout check-ins: starting a round, answering it, its status, results, trend and settings.

Answering goes through `_record`, which writes nothing about the one answer: it is held in memory and written
only in a mixed batch of at least k (bot/checkins/mixing.py). It deliberately does not load the group through
`Context.load_group`, which would settle meetings and stamp the group with the moment of the answer.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.checkins import texts
from bot.checkins.instruments import SINGLE, Instrument, Instruments
from bot.checkins.rounds import (
    AFTER_MEETING,
    CADENCES,
    MAX_HOURS,
    MAX_K,
    MIN_HOURS,
    MIN_K,
    MONTHLY,
    OFF,
    OPEN,
    CheckinRound,
    CheckinSettings,
    eligible,
    first_of_next_month,
    may_answer,
    new_round,
    tally,
)
from bot.checkins.service import opening, write_ready_batch
from bot.commands.common import group_id_of, when
from bot.commands.spec import GROUP_PARAM, Access, Kind, Options, Param, Routes, registry_of
from bot.context import Context
from bot.domain.errors import Refusal
from bot.domain.group import Group
from bot.messages import Block, Heading, Reply, ToPerson, para, possessive
from bot.payloads import CheckinChoice

CLOSED_REFUSAL = "This check-in round has closed, so answers are no longer accepted. The next round will ask again."
ALREADY = "You've already answered this round – thank you. Each member answers once per round."

ROUTES = Routes()
command, action, form = ROUTES.command, ROUTES.action, ROUTES.form


def _options(ctx: Context) -> Options:
    """The deployment's check-in choices, from the registry that dispatched the call: the instruments it offers and
    the support lines shown privately to anyone whose answer signals distress (`build_registry`'s arguments)."""
    return registry_of(ctx).options


def _offered(options: Options) -> tuple[str, ...]:
    return options.instruments.ids


@command("checkin start", "Open a check-in round now (facilitators)", GROUP_PARAM,
         access=Access.FACILITATOR)
async def checkin_start(ctx: Context, args: dict[str, Any]) -> Reply:
    instruments = _options(ctx).instruments
    group = ctx.the_group
    assert group.id is not None
    repo = ctx.uow.checkins
    settings = await repo.ensure_settings(group.id, ctx.now)
    current = await repo.open_round(group.id)
    if current is not None and current.is_open(ctx.now):
        raise Refusal(f"A check-in round is already open until {_local(group, current)}. "
                      "A new one can start after it closes.")
    if current is not None:
        raise Refusal("The last check-in round is closing right now. Please try again in a minute.")
    if settings.instrument not in instruments:
        raise Refusal("This group's check-in instrument isn't offered here any more. "
                      "Choose one with `/consult checkin settings instrument:…`.")
    round_ = new_round(settings, f"manual:{ctx.now.isoformat()}", ctx.now)
    members = len(eligible(group, round_))
    if members < round_.min_answers:
        raise Refusal(f"{group.name} has {members} members, and results need at least {round_.min_answers} "
                      "answers, so a round couldn't share anything. Lower k with "
                      "`/consult checkin settings k:3` (never below 3), or start once more members have joined.")
    await repo.add_round(round_, instruments.get(round_.instrument).buckets)
    reply = ctx.private(para("Started. The round is open until ", when(group, round_.closes_at),
                             "; each member has a private prompt, and a reminder goes to those who haven't "
                             "answered a day before it closes. You won't see who has answered – nobody can."))
    reply.outbound += opening(group, round_, instruments)
    return reply


@command("checkin status", "Is a check-in open, and until when", GROUP_PARAM, replans_nudges=False)
async def checkin_status(ctx: Context, args: dict[str, Any]) -> Reply:
    instruments = _options(ctx).instruments
    group = ctx.the_group
    assert group.id is not None
    repo = ctx.uow.checkins
    settings = await repo.settings(group.id) or CheckinSettings(group.id)
    round_ = await repo.open_round(group.id)
    blocks: list[Block] = [Heading(f"Check-ins – {group.name}")]
    if round_ is not None and round_.is_open(ctx.now):
        instrument = _instrument(instruments, round_)
        blocks.append(para(f"A round ({instrument.name}) is open until ", when(group, round_.closes_at),
                           f". Results come to the channel after it closes, if at least {round_.min_answers} "
                           "members answer."))
        if not may_answer(group, round_, ctx.actor.id):
            blocks.append(para("You joined after this round opened, so you'll be asked from the next one."))
        elif await has_answered(ctx, round_):
            blocks.append(para("You have answered this round. Thank you."))
        else:
            blocks.append(para("You haven't answered yet: use your private prompt, or `/consult checkin answer`."))
        blocks.append(para(texts.NO_LIVE_COUNT))
    else:
        blocks.append(para("No round is open. ", *_next_round(ctx, group, settings)))
        if len(group.active) < settings.min_answers:
            blocks.append(para(f"{group.name} has {len(group.active)} members, fewer than the "
                               f"{settings.min_answers} answers results need, so rounds won't open until more "
                               "members join (or a facilitator lowers k, never below 3)."))
    blocks.append(para(_describe(settings, instruments)))
    return ctx.private(*blocks)


@command("checkin answer", "Your private check-in prompt", GROUP_PARAM, replans_nudges=False)
async def checkin_answer(ctx: Context, args: dict[str, Any]) -> Reply:
    group = ctx.the_group
    assert group.id is not None
    round_ = await ctx.uow.checkins.open_round(group.id)
    if round_ is None or not round_.is_open(ctx.now):
        raise Refusal(f"{group.name} has no check-in round open right now. `/consult checkin status` says "
                      "when the next one opens.")
    return await _prompt_again(ctx, group, round_)


PROMPT_ACTION = "checkin.prompt"


@action(PROMPT_ACTION)
async def prompt_click(ctx: Context, value: str) -> Reply:
    """The **Answer the check-in** button on a member's own page (bot/commands/home.py): the private prompt."""
    group, round_ = await _open_round_for(ctx, value)
    return await _prompt_again(ctx, group, round_)


async def _prompt_again(ctx: Context, group: Group, round_: CheckinRound) -> Reply:
    instruments = _options(ctx).instruments
    if not may_answer(group, round_, ctx.actor.id):
        raise Refusal("You joined after this round opened, so you'll be asked from the next one.")
    if await has_answered(ctx, round_):
        raise Refusal(ALREADY)
    return Reply().add(ToPerson(ctx.actor, ctx.channel), texts.prompt(group, round_, _instrument(instruments, round_)))


@command("checkin results", "Latest check-in results", GROUP_PARAM, replans_nudges=False)
async def checkin_results(ctx: Context, args: dict[str, Any]) -> Reply:
    instruments = _options(ctx).instruments
    group = ctx.the_group
    assert group.id is not None
    repo = ctx.uow.checkins
    blocks: list[Block] = []
    latest = await repo.latest_closed(group.id)
    if latest is None:
        blocks.append(para(f"No check-in round of {group.name} has closed yet."))
    elif latest.released:
        counts = await repo.counts(latest.id or 0)
        blocks += texts.results_blocks(group, latest, tally(_instrument(instruments, latest), counts))
    else:
        blocks.append(para("The latest round, closed on ", when(group, latest.closes_at, "date"),
                           ", had too few answers for results to be shared."))
    current = await repo.open_round(group.id)
    if current is not None and current.is_open(ctx.now):
        blocks.append(para("A round is open now; its results come after it closes on ",
                           when(group, current.closes_at), "."))
    return ctx.private(*blocks)


@command("checkin trend", "Check-in results over time", GROUP_PARAM,
         replans_nudges=False)
async def checkin_trend(ctx: Context, args: dict[str, Any]) -> Reply:
    instruments = _options(ctx).instruments
    group = ctx.the_group
    assert group.id is not None
    repo = ctx.uow.checkins
    closed = await repo.closed_rounds(group.id, 4 * texts.MAX_TREND)
    known = [c for c in closed if c.instrument in instruments]
    if not known:
        raise Refusal(f"No check-in round of {group.name} has closed yet, so there's no trend to show.")
    instrument = instruments.get(known[-1].instrument)
    all_same = [c for c in known if c.instrument == instrument.id]
    same = all_same[-texts.MAX_TREND:]
    others = len([c for c in closed if c.instrument != instrument.id])
    if not any(c.released for c in same):
        raise Refusal("No check-in round has had enough answers to share results yet, so there's no trend to show.")
    rounds = [(c, await repo.counts(c.id or 0) if c.released else {}) for c in same]
    return ctx.private(*texts.trend(group, instrument, rounds, others, total=len(all_same)))


@command("checkin settings", "Check-in settings (facilitators)",
         GROUP_PARAM,
         Param("instrument", Kind.CHOICE, "Questionnaire",
               choices_from=_offered),
         Param("k", Kind.INTEGER, f"Fewest answers to share results ({MIN_K}-{MAX_K})",
               min_value=MIN_K, max_value=MAX_K),
         Param("cadence", Kind.CHOICE, "When rounds open",
               choices=CADENCES),
         Param("hours", Kind.INTEGER, f"Hours a round stays open ({MIN_HOURS}-{MAX_HOURS})",
               min_value=MIN_HOURS, max_value=MAX_HOURS),
         access=Access.FACILITATOR, example="/consult checkin settings instrument:who-5 k:5 cadence:monthly")
async def checkin_settings(ctx: Context, args: dict[str, Any]) -> Reply:
    instruments = _options(ctx).instruments
    group = ctx.the_group
    assert group.id is not None
    repo = ctx.uow.checkins
    settings = await repo.ensure_settings(group.id, ctx.now)
    changes = {k: v for k, v in args.items() if k != "group"}
    if not changes:
        return ctx.private(Heading(f"Check-in settings – {group.name}"), para(_describe(settings, instruments)),
                           para("Change them with e.g. `/consult checkin settings k:5 cadence:monthly hours:96`."))
    said: list[str] = []
    if changes.get("instrument", settings.instrument) != settings.instrument:
        settings.instrument = changes["instrument"]
        said.append(f"instrument: {instruments.get(settings.instrument).name}")
    if changes.get("k", settings.min_answers) != settings.min_answers:
        settings.min_answers = int(changes["k"])
        said.append(f"results need at least {settings.min_answers} answers")
    if changes.get("hours", settings.hours) != settings.hours:
        settings.hours = int(changes["hours"])
        said.append(f"rounds stay open {settings.hours} hours")
    if changes.get("cadence", settings.cadence) != settings.cadence:
        settings.cadence = changes["cadence"]
        settings.considered_through = ctx.now   # no round for anything that happened before this change
        settings.next_check_at = ctx.now
        said.append(f"cadence: {_cadence(settings.cadence)}")
    if not said:
        return ctx.private(f"Nothing to change: {possessive(group.name)} check-in settings are already like that.")
    await repo.save_settings(settings)
    notes = [f"Updated {possessive(group.name)} check-ins: " + "; ".join(said) + "."]
    current = await repo.open_round(group.id)
    if current is not None:
        notes.append(f"The round that's open keeps the rules it opened with ({_instrument(instruments, current).name}, "
                     f"at least {current.min_answers} answers); the changes apply from the next round.")
    if settings.min_answers > len(group.active):
        notes.append(f"{group.name} has {len(group.active)} members, fewer than {settings.min_answers}: rounds "
                     "won't open until it has enough members for results to be shared.")
    return ctx.private(*notes)


@command("checkin support", "Support resources, shown only to you",
         access=Access.ANYONE, replans_nudges=False)
async def checkin_support(ctx: Context, args: dict[str, Any]) -> Reply:
    support_lines = _options(ctx).support_lines
    return Reply().add(ToPerson(ctx.actor, ctx.channel), texts.support(support_lines, distress=False))

# Answering -------------------------------------------------------------------------------------


@action(texts.ANSWER)
async def answer_click(ctx: Context, value: str) -> Reply:
    instruments = _options(ctx).instruments
    clicked = CheckinChoice.decode(value)
    group, round_ = await _open_round_for(ctx, str(clicked.round_id))
    instrument = _instrument(instruments, round_)
    option = instrument.option_for(str(clicked.choice)) if instrument.scoring == SINGLE else None
    if option is None:
        raise Refusal("That button is out of date. Try `/consult checkin answer`.")
    return await _record(ctx, group, round_, instrument, instrument.raw_score((option.value,)))


@action(texts.OPEN_FORM)
async def open_form(ctx: Context, value: str) -> Reply:
    instruments = _options(ctx).instruments
    group, round_ = await _open_round_for(ctx, value)
    if await has_answered(ctx, round_):
        raise Refusal(ALREADY)
    return ctx.private(texts.form(round_, _instrument(instruments, round_)))


@form(texts.FORM_ID)
async def answer_form(ctx: Context, context: str, values: dict[str, str]) -> Reply:
    instruments = _options(ctx).instruments
    group, round_ = await _open_round_for(ctx, context)
    instrument = _instrument(instruments, round_)
    chosen = [instrument.option_for(values.get(f"i{n}") or "") for n in range(1, len(instrument.items) + 1)]
    if instrument.scoring == SINGLE or any(c is None for c in chosen):
        raise Refusal(f"Please choose an answer for each of the {len(instrument.items)} statements; "
                      "nothing was recorded.")
    return await _record(ctx, group, round_, instrument, instrument.raw_score(tuple(c.value for c in chosen if c)))


async def _record(ctx: Context, group: Group, round_: CheckinRound, instrument: Instrument, raw: int) -> Reply:
    """All that an answer does: it is held in memory with the others (bot/checkins/mixing.py). Nothing about this
    one answer is written; when enough are held, they are written together as one shuffled batch."""
    support_lines = _options(ctx).support_lines
    mixer = ctx.app.checkin_mixer
    assert round_.id is not None
    if await has_answered(ctx, round_):
        raise Refusal(ALREADY)
    marker = round_.marker(ctx.actor)
    if not mixer.hold(round_.id, round_.closes_at, marker, raw):     # a second click while the first was checked
        raise Refusal(ALREADY)
    ctx.on_rollback.append(lambda: mixer.drop(round_.id or 0, marker))
    # The batch, if this answer completes one, is written in this command's transaction: the reply goes out only
    # after it commits (a failed commit gives the batch back to the mixer and replies with an error instead). Only
    # then may the member be told the answer is in; otherwise it is only held, and the thank-you says so.
    written = await write_ready_batch(ctx.uow.checkins, mixer, round_, len(eligible(group, round_)), ctx.now,
                                      ctx.on_rollback)
    stored = written > 0 and not mixer.holds(round_.id, marker)
    reply = Reply().add(ToPerson(ctx.actor, ctx.channel), texts.thanks(group, round_, stored=stored))
    if instrument.distressed(raw):
        reply.add(ToPerson(ctx.actor, ctx.channel), texts.support(support_lines, distress=True))
    return reply


async def _open_round_for(ctx: Context, round_text: str) -> tuple[Group, CheckinRound]:
    """The round a button or form refers to, if the person may answer it now.

    Read without locks: on PostgreSQL a row lock is a write (the row's xmax and a WAL record stamped with this
    transaction), and an answer must leave nothing behind. The lock is taken only when a batch is written."""
    repo = ctx.uow.checkins
    round_id = group_id_of(round_text)
    round_ = await repo.get_round(round_id)
    if round_ is None:
        raise Refusal("That check-in no longer exists.")
    group = await ctx.uow.groups.get(round_.group_id, lock=False)
    if group is None or group.workspace != ctx.actor.workspace_ref:
        raise Refusal("That check-in belongs to a group I can't find here.")
    if not group.is_member(ctx.actor.id):
        raise Refusal(f"Only members of {group.name} can answer its check-in.")
    if round_.status != OPEN or ctx.now >= round_.closes_at:
        raise Refusal(CLOSED_REFUSAL)
    if not may_answer(group, round_, ctx.actor.id):
        raise Refusal("You joined after this round opened, so you'll be asked from the next one.")
    return group, round_


async def has_answered(ctx: Context, round_: CheckinRound) -> bool:
    """Answered: held here in memory, taken for a batch, or already written in one."""
    marker = round_.marker(ctx.actor)
    return ctx.app.checkin_mixer.answered_here(round_.id or 0, marker) or await ctx.uow.checkins.has_answered(
        round_.id or 0, marker)


def _instrument(instruments: Instruments, round_: CheckinRound) -> Instrument:
    if round_.instrument not in instruments:
        raise Refusal("That round used an instrument this deployment no longer offers.")
    return instruments.get(round_.instrument)


def _local(group: Group, round_: CheckinRound) -> str:
    local = round_.closes_at.astimezone(group.zone)
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M} {local.tzname()}"


def _cadence(cadence: str) -> str:
    return {AFTER_MEETING: "after each meeting", MONTHLY: "monthly, on the 1st at 09:00",
            OFF: "only when a facilitator starts one"}[cadence]


def _describe(settings: CheckinSettings, instruments: Instruments) -> str:
    name = instruments.get(settings.instrument).name if settings.instrument in instruments else settings.instrument
    return (f"Instrument: {name}. Rounds open {_cadence(settings.cadence)} and stay open {settings.hours} hours; "
            f"results are shared only if at least {settings.min_answers} members answer.")


def _next_round(ctx: Context, group: Group, settings: CheckinSettings) -> list[Any]:
    if settings.cadence == AFTER_MEETING:
        upcoming = group.upcoming(ctx.now, 1)
        if upcoming:
            end = upcoming[0].start + timedelta(minutes=group.meeting_minutes)
            return ["The next opens after the next meeting, at ", when(group, end), "."]
        return ["The next opens after the group's next meeting (it has no schedule yet)."]
    if settings.cadence == MONTHLY:
        return ["The next opens on ", when(group, first_of_next_month(ctx.now, group.zone)), "."]
    return ["A facilitator can start one with `/consult checkin start`."]

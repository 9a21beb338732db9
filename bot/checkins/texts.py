"""What check-ins say, as neutral messages: the announcement, the private prompt and form, the reminder, the
confirmation, support resources, results and the trend. Nothing here names who answered or what."""
from __future__ import annotations

from typing import Any

from bot.checkins.chart import Point, trend_png
from bot.checkins.instruments import AT_OR_ABOVE, SINGLE, Instrument
from bot.checkins.rounds import CheckinRound, Results, tally
from bot.domain.group import Group
from bot.messages import (
    Block,
    Button,
    FileAttachment,
    Form,
    FormField,
    Heading,
    Link,
    Message,
    Paragraph,
    When,
    buttons,
    para,
)
from bot.payloads import CheckinChoice

ANSWER, OPEN_FORM = "checkin.answer", "checkin.open"
FORM_ID = "checkin.form"

PRIVACY = ("Your answer is kept only as one more count for its option – never with your name, and not with the time "
           "you answered. Nobody, the facilitators included, can see who has answered or what.")
NO_LIVE_COUNT = ("While a round is open Roundtable shows no running count of answers: in a small group, watching a "
                 "count go up would tell people who answered when.")


def attribution(instrument: Instrument) -> Paragraph:
    return para(f"{instrument.attribution} (", Link(instrument.source_url, "source"), ").")


def announcement(group: Group, round_: CheckinRound, instrument: Instrument) -> Message:
    return Message((
        Heading(f"Anonymous check-in for {group.name}"),
        para(f"Each member has a private prompt ({instrument.name}). It's open until ",
             When(round_.closes_at, group.timezone), "."),
        para("Nobody – facilitators included – can see who has answered or what. Results come to this channel "
             f"after the round closes, and only if at least {round_.min_answers} members answer."),
        para("No prompt? `/consult checkin answer` shows it to you privately."),
    ))


def prompt(group: Group, round_: CheckinRound, instrument: Instrument, reminder: bool = False) -> Message:
    """The private prompt: buttons for a single item, a button that opens the form for several items."""
    head = "Reminder – " if reminder else ""
    blocks: list[Block] = [Heading(f"{head}Anonymous check-in – {group.name}")]
    if reminder:
        blocks.append(para("The check-in closes in about a day, at ", When(round_.closes_at, group.timezone),
                           ". If you'd like to take part, there's still time. (If you answered and still got this, "
                           "Roundtable restarted before your answer could be stored with others' – answering again "
                           "is safe: each member counts once.)"))
    value = str(round_.id)
    if instrument.scoring == SINGLE:
        blocks.append(para(instrument.stem))
        blocks.append(para("\n".join(f"{o.value}. {o.label}" for o in instrument.options)))
        blocks.append(buttons(*(Button(str(o.value), ANSWER, CheckinChoice(round_.id or 0, o.value).encode()) for o in instrument.options)))
    else:
        intro = instrument.instructions or instrument.stem
        blocks.append(para(intro))
        blocks.append(para(instrument.stem + "\n" + "\n".join(f"{n}. {item}" for n, item in
                                                               enumerate(instrument.items, 1))))
        blocks.append(para("Answer each with one of: " + ", ".join(o.label for o in instrument.options) + "."))
        blocks.append(buttons(Button("Answer the check-in", OPEN_FORM, value, "primary")))
    if not reminder:
        blocks.append(para("Open until ", When(round_.closes_at, group.timezone), ". " + PRIVACY + " Results are "
                           f"shared in the group's channel only if at least {round_.min_answers} members answer."))
    blocks.append(attribution(instrument))
    return Message(tuple(blocks))


def form(round_: CheckinRound, instrument: Instrument) -> Form:
    """The items of a multi-item instrument as one form of choice fields, worded verbatim."""
    fields = tuple(
        FormField(f"i{n}", item, "choice", True, "", 60, tuple(o.label for o in instrument.options),
                  hint=item if len(item) > 45 else "")
        for n, item in enumerate(instrument.items, 1))
    return Form(FORM_ID, instrument.form_title, fields, context=str(round_.id), submit_label="Send anonymously",
                intro=f"{instrument.instructions or instrument.stem} ({instrument.attribution})")


def thanks(group: Group, round_: CheckinRound, stored: bool = False) -> Message:
    """The private confirmation. `stored`: this answer completed a batch, written together with it; otherwise the
    answer is only held in the bot's memory (bot/checkins/mixing.py) and must not be called stored or counted."""
    results = ("Results come to the channel after the round closes on ", When(round_.closes_at, group.timezone, "date"),
               f", if at least {round_.min_answers} members answer.")
    if stored:
        return Message((para("Thank you – your answer is in, stored mixed with other members' answers, never on its "
                             "own. ", *results),))
    return Message((para("Thank you – your answer is received. To keep it anonymous it is held privately for now, "
                         "never stored on its own: it will be stored mixed with your colleagues' answers once enough "
                         "of them have answered. If Roundtable restarts before then, it will ask you again. ",
                         *results),))


REASK_TITLE = "Anonymous check-in – asked again"


def reask(group: Group, round_: CheckinRound, instrument: Instrument) -> Message:
    """After a restart: the prompt again, for members not marked as having answered (an answer that was only held
    in memory could not be kept). Worded so that it says nothing to those who never answered."""
    blocks = list(prompt(group, round_, instrument).blocks)
    blocks[0] = Heading(f"{REASK_TITLE} – {group.name}")
    blocks.insert(1, para("Roundtable restarted. If you had answered this check-in, your answer could not be kept "
                          "(it was held privately until enough colleagues had answered, never stored on its own) – "
                          "here it is again, still anonymous. If you hadn't answered yet, you still can."))
    return Message(tuple(blocks))


def support(resources: tuple[str, ...], distress: bool) -> Message:
    """Shown only to the person, at once; nothing about it is recorded."""
    intro = ("Your answer suggests you may be carrying a lot right now. This note is shown only to you, and "
             "nothing about it is recorded or shared. If it would help, here is where to find support:"
             if distress else "Support, if you'd like it. Nothing about this request is recorded or shared.")
    return Message((Heading("Support for you"), para(intro), para("\n".join(f"• {line}" for line in resources))))


# Results ------------------------------------------------------------------------------------------


def results_blocks(group: Group, round_: CheckinRound, results: Results) -> list[Block]:
    instrument = results.instrument
    blocks: list[Block] = [
        Heading(f"Check-in results – {group.name}"),
        para("The round that closed on ", When(round_.closes_at, group.timezone, "date"),
             f" ({instrument.name}): {results.answers} answers."),
        para(f"{results.flagged_share * 100:.0f}% {instrument.flag_label}."),
        para(f"Mean: {_mean_text(instrument, results.mean)} ({instrument.scale_note})."),
    ]
    if results.distribution is not None:
        blocks.append(para("Distribution: " + " · ".join(f"{label}: {n}" for label, n in results.distribution)))
    blocks.append(para("Support is always available privately: `/consult checkin support`."))
    return blocks


def released(group: Group, round_: CheckinRound, results: Results) -> Message:
    return Message(tuple(results_blocks(group, round_, results)))


def withheld(group: Group, round_: CheckinRound) -> Message:
    return Message((
        Heading(f"Check-in closed – {group.name}"),
        para("Too few members answered for results to be shared (at least "
             f"{round_.min_answers} are needed), so none are shown and the answers have been discarded."),
    ))


# Trend --------------------------------------------------------------------------------------------

MAX_TREND = 12


def trend(group: Group, instrument: Instrument, rounds: list[tuple[CheckinRound, dict[int, int]]],
          other_instruments: int, total: int | None = None) -> list[Block]:
    """Released rounds over time as a chart and as text; withheld rounds only as gaps. `total`: how many rounds
    there were when only the last of them are given (the chart and the text then say "last 12 of 30")."""
    points: list[Point] = []
    lines: list[Any] = []
    for round_, counts in rounds:
        when = round_.closes_at.astimezone(group.zone)
        label = f"{when:%b} {when.day}"
        if round_.released:
            results = tally(instrument, counts)
            points.append(Point(label, results.mean, results.flagged_share, when.year))
            lines += ["\n• ", When(round_.closes_at, group.timezone, "date"),
                      f": {results.answers} answers; {results.flagged_share * 100:.0f}% {instrument.flag_label}; "
                      f"mean {_mean_text(instrument, results.mean)}"]
        else:
            points.append(Point(label, None, None, when.year))
            lines += ["\n• ", When(round_.closes_at, group.timezone, "date"), ": –"]
    low, high = instrument.scale
    withheld = [r.min_answers for r, _ in rounds if not r.released]
    k = max(withheld) if withheld else None
    higher_is_worse = instrument.cutoff_direction == AT_OR_ABOVE
    png = trend_png(f"Check-in trend: {instrument.short_name}", (low, high),
                    f"MEAN ({instrument.scale_note.split(';')[0]})", instrument.flag_short, points,
                    withheld_k=k, higher_is_worse=higher_is_worse, total=total)
    shown = (f"the last {len(rounds)} of {total} rounds, oldest first" if total is not None and total > len(rounds)
             else "oldest first")
    dash = (f"a dash marks a round whose results were not shared: fewer than {k} answered" if k is not None
            else "a dash would mark a round whose results were not shared")
    blocks: list[Block] = [
        Heading(f"Check-in trend – {group.name}"),
        FileAttachment("checkin-trend.png", png, "image/png", f"{group.name}: check-in trend"),
        Paragraph((f"{instrument.name}, {shown} ({dash}); "
                   f"{'higher' if higher_is_worse else 'lower'} is worse:", *lines)),
    ]
    if other_instruments:
        blocks.append(para(f"{other_instruments} earlier round(s) used another instrument and are not shown."))
    return blocks


def _mean_text(instrument: Instrument, mean: float) -> str:
    """Half up, as people round by hand (2.25 -> "2.3"); Python's formatting rounds half to even."""
    from decimal import ROUND_HALF_UP, Decimal

    low, high = instrument.scale
    step = Decimal("0.1") if high - low <= 10 else Decimal("1")
    return str(Decimal(repr(mean)).quantize(step, rounding=ROUND_HALF_UP))

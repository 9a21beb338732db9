"""Check-in rounds end to end through the console adapter (on the fakes and on SQLite), with the simulated clock."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.checkins.chart import decode_png
from bot.checkins.instruments import SINGLE_ITEM_BURNOUT, Instruments, instrument_from_dict
from bot.checkins.service import CheckinService
from bot.commands.catalog import build_registry
from bot.messages import FileAttachment, ToDirect, ToPerson
from tests.helpers.checkins import FIRST_END, CheckinDesk, RecordingChat, lines_for

OPEN_FIRST = "time +1d18h"     # Mon 30 Nov 09:00 UTC -> Wed 2 Dec 03:00 UTC, past the first meeting's end
CLOSE_FIRST = "time +3d"       # -> Sat 5 Dec 03:00 UTC, past the round's close (5 Dec 02:30 UTC)


async def opened(db: object, files: Path | None = None, **kwargs: object) -> CheckinDesk:
    desk = CheckinDesk(db, files=files)  # type: ignore[arg-type]
    await desk.group_with_schedule(**kwargs)  # type: ignore[arg-type]
    desk.opening = await desk.run(OPEN_FIRST)  # type: ignore[attr-defined]
    return desk


async def round_id(desk: CheckinDesk) -> int:
    async with desk.checkins.uow_factory() as uow:
        found = await uow.checkins.open_round(1)
        assert found is not None and found.id is not None
        return found.id


async def test_a_round_opens_after_the_meeting_with_a_notice_and_private_prompts(db: object) -> None:
    desk = await opened(db)
    out = desk.opening  # type: ignore[attr-defined]
    assert "(time passes: 2026-12-02 02:30 UTC)" in out, "it opens when the meeting ends"
    channel = "\n".join(lines_for(out, "[#consultation]"))
    assert "Anonymous check-in for Tuesday Peers" in channel and "at least 4 members answer" in channel
    assert "Using your own definition" not in channel, "the question itself is only in private prompts"
    for member in ("alice", "bob", "carol", "dan", "erin"):
        prompt = "\n".join(lines_for(out, f"[DM to @{member}]"))
        assert SINGLE_ITEM_BURNOUT.stem in prompt
        assert all(option.label in prompt for option in SINGLE_ITEM_BURNOUT.options), "worded verbatim"
        assert "ABFM 2016" in prompt and "buttons: [1]  [2]  [3]  [4]  [5]" in prompt
    again = await desk.run("time +6h")
    assert "Anonymous check-in" not in again, "one round per meeting"


async def test_one_answer_per_member_with_a_private_confirmation(db: object) -> None:
    desk = await opened(db)
    out = await desk.answer("bob", 2)
    assert out.splitlines()[1].startswith("[only @bob in #consultation] Thank you – your answer is received.")
    assert "held privately for now" in out and "it will ask you again" in out, "only held: not called stored"
    assert "[#consultation]" not in out
    again = await desk.answer("bob", 4)
    assert "already answered this round" in again
    rid = await round_id(desk)
    async with desk.checkins.uow_factory() as uow:
        assert sum((await uow.checkins.counts(rid)).values()) == 0, "held in memory until a batch is complete"
    assert desk.core.checkin_mixer.held(rid) == 1
    assert "already answered" in await desk.say("bob", "checkin answer")
    assert "You have answered this round" in await desk.say("bob", "checkin status")


async def test_results_come_only_after_the_round_closes(db: object) -> None:
    desk = await opened(db)
    for user, option in (("bob", 2), ("carol", 3), ("dan", 4), ("erin", 1)):
        await desk.answer(user, option)
    early = await desk.say("bob", "checkin results")
    assert "No check-in round of Tuesday Peers has closed yet" in early and "A round is open now" in early
    before_close = await desk.run("time +2d23h")      # Fri 4 Dec 02:00 UTC: still open
    assert "Check-in results" not in before_close
    out = await desk.run("time +1d")
    results = "\n".join(lines_for(out, "[#consultation]"))
    assert "Check-in results – Tuesday Peers" in results
    assert "4 answers" in results
    assert "50% answered 3 or higher" in results
    assert "Mean: 2.5" in results
    assert "Distribution" not in results, "fewer than 8 answers: no distribution"
    assert "@" not in results, "results name nobody"
    assert "4 answers" in await desk.say("carol", "checkin results")


async def test_below_k_the_channel_is_told_too_few_answered_and_the_answers_are_discarded(db: object) -> None:
    desk = await opened(db)
    for user in ("bob", "carol", "dan"):
        await desk.answer(user, 5)
    rid = await round_id(desk)
    out = await desk.run(CLOSE_FIRST)
    channel = "\n".join(lines_for(out, "[#consultation]"))
    assert "Too few members answered for results to be shared (at least 4 are needed)" in channel
    assert "3" not in channel.replace("(at least 4", ""), "not even the number of answers"
    assert "too few answers" in await desk.say("bob", "checkin results")
    async with desk.checkins.uow_factory() as uow:
        assert await uow.checkins.counts(rid) == {}


async def test_answers_after_the_round_closed_are_refused(db: object) -> None:
    desk = await opened(db)
    await desk.run(CLOSE_FIRST)
    out = await desk.answer("bob", 3)
    assert "has closed, so answers are no longer accepted" in out
    assert "no check-in round open right now" in await desk.say("bob", "checkin answer")


async def test_one_reminder_a_day_before_close_only_to_those_who_have_not_answered(db: object) -> None:
    desk = await opened(db)
    await desk.answer("bob", 1)
    await desk.answer("carol", 2)
    await desk.say("dan", "nudges mute")
    out = await desk.run("time +2d")      # Fri 4 Dec 03:00 UTC, past the reminder at 02:30
    assert "(time passes: 2026-12-04 02:30 UTC)" in out
    reminded = {line.split()[2].strip("@]") for line in out.splitlines() if "== Reminder" in line}
    assert reminded == {"alice", "erin"}, "not those who answered, not the muted"
    assert "[#consultation]" not in out, "nothing public about who hasn't answered"
    assert "Reminder" not in await desk.run("time +20h")


async def test_reminders_never_fall_back_to_the_channel_and_failures_are_told_to_nobody(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.group_with_schedule()
    chat = RecordingChat()
    chat.unreachable = {"erin"}
    service = CheckinService(db, desk.clock, chat, desk.core.checkin_mixer)  # type: ignore[arg-type]
    desk.session.sweep, desk.session.next_due = service.sweep, service.next_due
    await desk.run(OPEN_FIRST)
    prompts = [o for o in chat.sent if isinstance(o.audience, ToDirect)]
    assert prompts and all(o.audience.fallback is not None for o in prompts), "a prompt may ask in the channel"
    chat.sent.clear()
    await desk.run("time +2d")
    reminders = [o for o in chat.sent if "Reminder" in o.message.plain_text()]
    assert {o.audience.user.id for o in reminders} == {"alice", "bob", "carol", "dan"}
    assert all(isinstance(o.audience, ToDirect) and o.audience.fallback is None for o in reminders)
    assert len(chat.sent) == len(reminders), "erin's failed reminder is reported to no one"


async def test_a_member_who_leaves_mid_round(db: object) -> None:
    desk = await opened(db)
    await desk.answer("bob", 4)
    await desk.say("bob", "leave")
    await desk.say("carol", "leave")
    assert "Only members of Tuesday Peers can answer" in await desk.answer("carol", 2)
    for user in ("alice", "dan", "erin"):
        await desk.answer(user, 1)
    out = await desk.run(CLOSE_FIRST)
    assert "4 answers" in out, "an answer given before leaving still counts: nobody can tell which it was"
    assert "[DM to @carol] == Reminder" not in out


async def test_a_newcomer_joins_the_next_round(db: object) -> None:
    desk = await opened(db, extra="tz:America/Denver capacity:8")
    await desk.say("frank", "join Tuesday Peers")
    await desk.run('@frank click "I accept"')
    assert "you'll be asked from the next one" in await desk.say("frank", "checkin status")
    assert "you'll be asked from the next one" in await desk.say("frank", "checkin answer")
    out = await desk.run("time +7d")
    assert "[DM to @frank] == Anonymous check-in" in out


async def test_changing_k_while_a_round_is_open_keeps_the_rule_it_opened_with(db: object) -> None:
    desk = await opened(db)
    said = await desk.say("alice", "checkin settings k:3")
    assert "keeps the rules it opened with" in said and "at least 4 answers" in said
    for user in ("bob", "carol", "dan"):
        await desk.answer(user, 2)
    out = await desk.run(CLOSE_FIRST)
    assert "Too few members answered" in out and "(at least 4 are needed)" in out
    nxt = await desk.run("time +4d")          # the 8 Dec meeting ends 9 Dec 02:30 UTC: a round with k = 3
    assert "only if at least 3 members answer" in nxt
    for user in ("bob", "carol", "dan"):
        await desk.answer(user, 2)
    assert "3 answers" in await desk.run("time +3d")


async def test_nobody_not_even_a_facilitator_can_see_who_has_answered(db: object) -> None:
    desk = await opened(db)
    watched = ("checkin status", "checkin results", "checkin settings", "members")
    before = [await desk.say("alice", command) for command in watched]
    for user in ("bob", "carol"):
        out = await desk.answer(user, 3)
        assert "[#consultation]" not in out and "@alice" not in out
    after = [await desk.say("alice", command) for command in watched]
    assert before == after, "nothing a facilitator can read changes when someone answers"
    assert "no running count" in before[0]
    assert not [c for c in desk.core.registry.commands if "checkin" in c and c[-1] in ("list", "who", "responders")]


async def test_distress_shows_support_privately_at_once_and_records_nothing(db: object) -> None:
    desk = await opened(db)
    rid = await round_id(desk)
    reply = await desk.core.click(desk.user("carol"), desk.channel(), "checkin.answer", f"{rid}|5")
    assert all(isinstance(o.audience, ToPerson) and o.audience.user == desk.user("carol") for o in reply.outbound)
    support = reply.outbound[-1].message.plain_text()
    assert "Support for you" in support and "988" in support and "1-888-409-0141" in support
    assert "colleague-assistance" in support
    calm = await desk.core.click(desk.user("bob"), desk.channel(), "checkin.answer", f"{rid}|4")
    assert len(calm.outbound) == 1 and "Support" not in calm.outbound[0].message.plain_text()
    async with desk.checkins.uow_factory() as uow:
        assert await uow.checkins.counts(rid) == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}, "nothing on disk yet"
    assert sorted(a.bucket for a in desk.core.checkin_mixer.take_all(rid)) == [4, 5]
    assert "Support for you" in await desk.say("zed", "checkin support"), "anyone can ask, privately"


async def test_who5_is_answered_with_one_form(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.group_with_schedule()
    assert "instrument: WHO-5 Well-Being Index" in await desk.say("alice", "checkin settings instrument:who-5")
    out = await desk.run(OPEN_FIRST)
    prompt = "\n".join(lines_for(out, "[DM to @bob]"))
    assert "My daily life has been filled with things that interest me" in prompt and "[Answer the check-in]" in prompt
    assert "Psychiatric Research Unit" in prompt
    form = await desk.run('@bob click "Answer the check-in"')
    assert "form “WHO-5 check-in”" in form and "i5: My daily life" in form
    incomplete = await desk.run('@bob submit "WHO-5 check-in" i1="All of the time" i2=4 i3=4 i4=4 i5=sometimes')
    assert "Please choose an answer for each of the 5 statements" in incomplete
    assert "Thank you" in await desk.run('@bob submit "WHO-5 check-in" i1="All of the time" i2=4 i3=4 i4=4 i5=3')
    assert "already answered" in await desk.run('@bob click "Answer the check-in"')
    low = await desk.who5("carol", "At no time", "Some of the time", "1", "2", "3")   # raw 7: distress
    assert "Support for you" in low
    assert "Support" not in await desk.who5("dan", "2", "2", "2", "1", "1")           # raw 8
    await desk.who5("erin", "3", "3", "3", "3", "3")
    out = await desk.run(CLOSE_FIRST)
    assert "4 answers" in out and "Mean: 50 (score 0-100" in out, "(80 + 28 + 32 + 60) / 4"
    assert "50% scored 50 or lower of 100 (poor wellbeing)" in out


async def test_the_full_distribution_is_shown_from_eight_answers(db: object) -> None:
    members = ("bob", "carol", "dan", "erin", "frank", "gina", "hal")
    desk = await opened(db, members=members, extra="tz:America/Denver capacity:10")
    for user, option in zip(("alice",) + members, (1, 2, 2, 3, 3, 3, 4, 5)):
        await desk.answer(user, option)
    out = await desk.run(CLOSE_FIRST)
    assert "8 answers" in out
    assert "Distribution: Answer 1: 1 · Answer 2: 2 · Answer 3: 3 · Answer 4: 1 · Answer 5: 1" in out


async def test_results_trend_and_status_are_for_members_only(db: object) -> None:
    desk = await opened(db)
    for command in ("checkin results", "checkin trend", "checkin status", "checkin answer"):
        out = await desk.say("zed", f"{command} group:\"Tuesday Peers\"")
        assert "That's for members of Tuesday Peers" in out, command
    assert "Only the facilitators of Tuesday Peers" in await desk.say("bob", "checkin start")
    assert "Only the facilitators of Tuesday Peers" in await desk.say("bob", "checkin settings k:5")


async def test_trend_is_a_chart_file_with_a_text_fallback_and_withheld_rounds_as_gaps(db: object, tmp_path: Path) -> None:
    desk = CheckinDesk(db, files=tmp_path)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol", "dan", "erin"))
    await desk.say("alice", "checkin settings cadence:off")
    assert "no trend to show" in await desk.say("bob", "checkin trend")
    for answers in ((1, 2, 3, 4), (5, 5), (2, 2, 2, 3, 1)):
        await desk.say("alice", "checkin start")
        for user, option in zip(("alice", "bob", "carol", "dan", "erin"), answers):
            await desk.answer(user, option)
        await desk.run("time +3d1h")
    out = await desk.say("carol", "checkin trend")
    assert "[only @carol in #consultation] == Check-in trend – Tuesday Peers ==" in out
    assert f"file: checkin-trend.png -> {tmp_path / 'carol' / 'checkin-trend.png'}" in out
    lines = [line.strip() for line in out.splitlines() if line.strip().startswith("•")]
    assert lines == ["• Thu 3 Dec 2026: 4 answers; 50% answered 3 or higher (read as burned out); mean 2.5",
                     "• Sun 6 Dec 2026: –",
                     "• Wed 9 Dec 2026: 5 answers; 20% answered 3 or higher (read as burned out); mean 2.0"]
    width, height, _ = decode_png((tmp_path / "carol" / "checkin-trend.png").read_bytes())
    assert (width, height) == (1440, 800)  # drawn at 2x for high-density screens
    reply = await desk.core.command_text(desk.user("carol"), desk.channel(), "checkin trend")
    files = [b for o in reply.outbound for b in o.message.blocks if isinstance(b, FileAttachment)]
    assert len(files) == 1 and files[0].mime == "image/png" and isinstance(reply.outbound[0].audience, ToPerson)


async def test_starting_a_round_by_hand(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.found_group(members=("bob", "carol"))
    refused = await desk.say("alice", "checkin start")
    assert "has 3 members, and results need at least 4 answers" in refused
    await desk.say("alice", "checkin settings k:3")
    out = await desk.say("alice", "checkin start")
    assert "Started." in out and "[#consultation] == Anonymous check-in for Tuesday Peers ==" in out
    assert "[DM to @carol] == Anonymous check-in – Tuesday Peers ==" in out
    assert "already open until" in await desk.say("alice", "checkin start")


async def test_settings_are_checked_and_cadence_decides_when_rounds_open(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.group_with_schedule()
    assert "must be between 3 and 12" in await desk.say("alice", "checkin settings k:2")
    assert "must be between 24 and 336" in await desk.say("alice", "checkin settings hours:12")
    assert "must be one of single-item, who-5" in await desk.say("alice", "checkin settings instrument:mbi")
    assert "Nothing to change" in await desk.say("alice", "checkin settings k:4")
    shown = await desk.say("alice", "checkin settings")
    assert "Rounds open after each meeting and stay open 72 hours" in shown
    await desk.say("alice", "checkin settings cadence:off")
    assert "Anonymous check-in" not in await desk.run(OPEN_FIRST), "off: only started by hand"
    await desk.say("alice", "checkin settings cadence:monthly hours:48")
    out = await desk.run("time set 2027-01-01 17:00 UTC")
    assert "(time passes: 2027-01-01 16:00 UTC)" in out and "Anonymous check-in for Tuesday Peers" in out
    assert "open until Sun 3 Jan 2027, 09:00 MST" in out


async def test_another_free_instrument_works_without_new_code(db: object) -> None:
    pulse = instrument_from_dict({
        "id": "pulse-2", "name": "Two-item pulse", "short_name": "pulse", "attribution": "Example pulse, public domain",
        "source_url": "https://example.org/pulse", "stem": "Over the last week:", "scoring": "sum",
        "items": ["I had energy for my work", "I felt connected to colleagues"],
        "options": [{"value": 0, "label": "Not at all"}, {"value": 1, "label": "Somewhat"},
                    {"value": 2, "label": "Mostly"}, {"value": 3, "label": "Completely"}],
        "cutoff": 2, "cutoff_direction": "at_or_below", "flag_label": "scored 2 or lower", "flag_short": "% LOW",
        "scale_note": "score 0-6", "distress_raw": 0, "distress_direction": "at_or_below",
        "bands": [{"low": 0, "high": 2, "label": "low"}, {"low": 3, "high": 6, "label": "ok"}],
        "form_title": "Pulse check-in",
    })
    offered = Instruments(SINGLE_ITEM_BURNOUT, pulse)
    registry = build_registry(checkin_resources=("Call your colleague line: 555-0100.",), instruments=offered)
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    desk.core.registry = registry
    desk.checkins.instruments = offered
    await desk.group_with_schedule()
    await desk.say("alice", "checkin settings instrument:pulse-2")
    await desk.run(OPEN_FIRST)
    await desk.run('@bob click "Answer the check-in"')
    out = await desk.run('@bob submit "Pulse check-in" i1="Not at all" i2="Not at all"')
    assert "Call your colleague line: 555-0100." in out, "the deployment's own resource list"
    for user in ("carol", "dan", "erin"):
        await desk.run(f'@{user} click "Answer the check-in"')
        await desk.run(f'@{user} submit "Pulse check-in" i1=Mostly i2=Completely')
    out = await desk.run(CLOSE_FIRST)
    assert "4 answers" in out and "25% scored 2 or lower" in out


@pytest.mark.parametrize("value", ["x|3", "999|3", "1|9", "1", "1|3|extra"])
async def test_bad_button_values_are_refused_kindly(db: object, value: str) -> None:
    desk = await opened(db)
    reply = await desk.core.click(desk.user("bob"), desk.channel(), "checkin.answer", value)
    text = reply.outbound[0].message.plain_text()
    assert isinstance(reply.outbound[0].audience, ToPerson) and "went wrong" not in text
    async with desk.checkins.uow_factory() as uow:
        assert sum((await uow.checkins.counts(await round_id(desk))).values()) == 0


async def test_a_round_opens_even_after_downtime_but_not_a_day_late(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.group_with_schedule()
    await desk.run("time +1h")
    desk.session.sweep = None      # the bot is down across the meeting
    await desk.run("time +1d20h")  # Wed 2 Dec 06:00 UTC
    desk.session.sweep = desk.checkins.sweep
    out = await desk.run("time +1m")
    assert "Anonymous check-in for Tuesday Peers" in out and FIRST_END.isoformat() not in out
    desk.session.sweep = None
    await desk.run("time +8d")     # down across the 8 Dec meeting and for more than a day after it
    desk.session.sweep = desk.checkins.sweep
    assert "Anonymous check-in" not in await desk.run("time +1m")


async def test_a_group_smaller_than_k_gets_no_automatic_round_and_is_told_why(db: object) -> None:
    desk = CheckinDesk(db)  # type: ignore[arg-type]
    await desk.group_with_schedule(members=("bob", "carol"))
    assert "Anonymous check-in" not in await desk.run(OPEN_FIRST)
    assert "has 3 members, fewer than the 4 answers results need" in await desk.say("bob", "checkin status")

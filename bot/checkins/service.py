"""Opening, reminding and closing check-in rounds: what is due at time T, done once.

Like the nudges, nothing is scheduled per round: a sweep asks the database what is due now. Each step runs in its
own short transaction that changes the round's state (opened, reminded, closed) under the group's lock, then sends
what that step says; the state change, not the message, is what makes a step happen once across sweeps and
replicas. A message lost to a crash between the two is not re-sent: members can always see an open round with
`/consult checkin status` or `checkin answer`, and results with `checkin results`.

Reminders never carry a channel fallback, and a failed reminder is never reported to anyone: either would tell
someone who had not answered.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.checkins import texts
from bot.checkins.instruments import BUILT_IN, Instruments
from bot.checkins.mixing import AnswerMixer, HeldAnswer, batch_ready, counts_of
from bot.checkins.ports import CheckinRepository, CheckinUnitOfWork, CheckinUnitOfWorkFactory
from bot.checkins.rounds import (
    CheckinRound,
    due_trigger,
    eligible,
    new_round,
    next_trigger,
    releasable,
    tally,
)
from bot.clock import Clock
from bot.domain.group import Group
from bot.messages import Outbound, ToChannel, ToDirect
from bot.metrics import NO_METRICS, Metrics
from bot.ports import ChatPort, DeliveryFailed
from bot.sweeps import Tally

log = logging.getLogger("roundtable.checkins")

HELD_LOOKBACK = 6
# No re-ask after a restart this close to a round's close: the member might see it only once answers are refused,
# and the 24-hour reminder has already given them a second chance.
REASK_CUTOFF = timedelta(hours=1)


@dataclass
class CheckinReport(Tally):
    """Round-level numbers only: never how many people were reminded or answered."""

    opened: int = 0
    reminded: int = 0
    reasked: int = 0        # rounds with members asked again after a restart
    released: int = 0
    withheld: int = 0
    failed: int = 0


async def recent_held(uow: CheckinUnitOfWork, group: Group) -> list:  # type: ignore[type-arg]
    return await uow.groups.held(group, HELD_LOOKBACK)


def opening(group: Group, round_: CheckinRound, instruments: Instruments) -> list[Outbound]:
    """The channel announcement and each member's private prompt."""
    instrument = instruments.get(round_.instrument)
    out = [Outbound(ToChannel(group.channel), texts.announcement(group, round_, instrument))]
    out += [Outbound(ToDirect(group.user(user_id), group.channel), texts.prompt(group, round_, instrument))
            for user_id in eligible(group, round_)]
    return out


async def write_ready_batch(repo: CheckinRepository, mixer: AnswerMixer, round_: CheckinRound, eligible_count: int,
                            now: datetime, on_rollback: list[Callable[[], None]]) -> int:
    """Write what the mixer holds for the round as one batch, if the batch rule allows it now. Returns its size.

    Readiness is first checked without any lock (a lock would be a write of its own, per answer); only a batch takes
    the round's lock, then re-checks under it. Members whose marker another replica already wrote are dropped (their
    first answer counts); if that leaves too few, the rest are held again and nothing is written.
    """
    assert round_.id is not None
    k = round_.min_answers
    if not batch_ready(mixer.held(round_.id), k, eligible_count, await repo.written(round_.id)):
        return 0
    locked = await repo.get_round(round_.id, lock=True)
    if locked is None or not locked.is_open(now):
        return 0
    written = await repo.written(round_.id)
    batch = mixer.take_batch(round_.id, k, eligible_count, written)
    if not batch:
        return 0
    already = await repo.existing(round_.id, [a.marker for a in batch])
    fresh = [a for a in batch if a.marker not in already]
    if not batch_ready(len(fresh), k, eligible_count, written):
        mixer.give_back(round_.id, round_.closes_at, fresh)
        return 0
    on_rollback.append(lambda: mixer.give_back(round_.id or 0, round_.closes_at, fresh))
    await repo.write_batch(round_.id, [a.marker for a in fresh], counts_of(fresh))
    return len(fresh)


async def _fresh(repo: CheckinRepository, round_id: int, held: list[HeldAnswer]) -> list[HeldAnswer]:
    """Held answers of members whose marker isn't written yet (another replica may have written theirs)."""
    already = await repo.existing(round_id, [a.marker for a in held])
    return [a for a in held if a.marker not in already]


class CheckinService:
    """Sweeps check-in rounds. A scheduler (APScheduler, the console's clock) calls `sweep`; `next_due` says when.

    `mixer` is the core's (`Core.checkin_mixer`): the answers this process holds, which the close adds to the
    counts. `settle`: how long after a round's closing time it is closed, so that other replicas can first write the
    answers they hold (`settle_held`); 0 for a single process.
    """

    def __init__(self, uow_factory: CheckinUnitOfWorkFactory, clock: Clock, chat: ChatPort, mixer: AnswerMixer,
                 instruments: Instruments = BUILT_IN, chunk: int = 200, settle: timedelta = timedelta(0),
                 metrics: Metrics = NO_METRICS) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.chat = chat
        self.mixer = mixer
        self.instruments = instruments
        self.chunk = chunk
        self.settle = settle
        self.metrics = metrics  # rounds opened / released / withheld (bot/metrics.py)
        # Open rounds to ask again after a restart (`restarted`), and those already asked again in this term.
        self._reask_due = False
        self._reasked: set[int] = set()

    def restarted(self) -> None:
        """This process has just become the scheduler: at its start, or after the one before it died or stood down.
        Whatever a dead process held in memory is lost, and nothing records whose answers those were; so the next
        sweep asks every member of each open round who is not marked as having answered, once (see `_reask_due`).
        The scheduler's runner calls this when it takes the lead (roundtable/compose.py)."""
        self._reask_due = True
        self._reasked = set()

    async def settle_held(self) -> int:
        """Write the answers this process still holds for rounds whose closing time has come (counts only: no
        marker, so they hide among every member left out of the round's batches). Every replica runs this."""
        now = self.clock.now()
        written = 0
        for round_id in self.mixer.closed_by(now):
            async with self.uow_factory() as uow:
                repo = uow.checkins
                round_ = await repo.get_round(round_id, lock=True)
                held = self.mixer.take_all(round_id)
                if round_ is None or round_.status != "open":
                    continue   # closed already: what was held is lost, as in a crash
                fresh = await _fresh(repo, round_id, held)
                try:
                    await repo.add_counts(round_id, counts_of(fresh))
                    await uow.commit()
                except Exception:
                    self.mixer.give_back(round_id, round_.closes_at, fresh)
                    raise
                written += len(fresh)
        return written

    async def write_on_stop(self) -> int:
        """On a graceful stop: write what is held where it makes a batch on its own; the rest is lost, as in a crash
        (those members were never marked, so they are asked again)."""
        now = self.clock.now()
        written = 0
        for round_id in self.mixer.rounds():
            async with self.uow_factory() as uow:
                repo = uow.checkins
                round_ = await repo.get_round(round_id)
                group = await uow.groups.get(round_.group_id, lock=False) if round_ else None
                if round_ is None or group is None:
                    self.mixer.forget(round_id)
                    continue
                written += await write_ready_batch(repo, self.mixer, round_, len(eligible(group, round_)), now, [])
                await uow.commit()
        return written

    async def next_due(self) -> datetime | None:
        async with self.uow_factory() as uow:
            return await uow.checkins.next_due()

    async def sweep(self) -> CheckinReport:
        now = self.clock.now()
        report = CheckinReport()
        async with self.uow_factory() as uow:
            await uow.checkins.adopt(now)
            await uow.commit()
        await self._close_due(now, report)
        reminded = await self._remind_due(now, report)
        if self._reask_due:
            await self._reask_open(now, report, reminded)
        await self._open_due(now, report)
        for state in ("opened", "released", "withheld"):
            if getattr(report, state):
                self.metrics.checkin_round(state, getattr(report, state))
        return report

    # Opening ---------------------------------------------------------------------------------------

    async def _open_due(self, now: datetime, report: CheckinReport) -> None:
        async with self.uow_factory() as uow:
            group_ids = await uow.checkins.groups_due(now, self.chunk)
        for group_id in group_ids:
            outbound = await self._open_one(group_id, now, report)
            await self._send_all(outbound, report)

    async def _open_one(self, group_id: int, now: datetime, report: CheckinReport) -> list[Outbound]:
        async with self.uow_factory() as uow:
            repo = uow.checkins
            group = await uow.groups.get(group_id)        # locks the group on PostgreSQL
            settings = await repo.settings(group_id)
            if group is None or settings is None or (settings.next_check_at and settings.next_check_at > now):
                return []
            group.settle(now)
            held = await recent_held(uow, group)
            out: list[Outbound] = []
            trigger = due_trigger(group, settings, held, now)
            if trigger is not None and settings.instrument in self.instruments \
                    and await repo.open_round(group_id) is None:
                round_ = new_round(settings, trigger.key, now)
                if len(eligible(group, round_)) >= round_.min_answers:
                    instrument = self.instruments.get(round_.instrument)
                    if await repo.add_round(round_, instrument.buckets):
                        out = opening(group, round_, self.instruments)
                        report.opened += 1
            settings.considered_through = now
            settings.next_check_at = next_trigger(group, settings, held, now)
            await repo.save_settings(settings)
            await uow.commit()
            return out

    # Reminding -------------------------------------------------------------------------------------

    async def _remind_due(self, now: datetime, report: CheckinReport) -> dict[int, set[str]]:
        """Sends the reminders due; returns who was reminded, per round (the re-ask after a restart skips them)."""
        async with self.uow_factory() as uow:
            round_ids = await uow.checkins.rounds_to_remind(now)
        reminded: dict[int, set[str]] = {}
        for round_id in round_ids:
            outbound = await self._remind_one(round_id, now, report)
            reminded[round_id] = {o.audience.user.id for o in outbound if isinstance(o.audience, ToDirect)}
            await self._send_all(outbound, report, quiet=True)
        return reminded

    # Asking again after a restart ------------------------------------------------------------------

    async def _reask_open(self, now: datetime, report: CheckinReport, reminded: dict[int, set[str]]) -> None:
        """Once per round per restart: each open round's eligible members not marked as having answered (nor held
        here) get the prompt again, privately, with no channel fallback - like the reminder, a public notice would
        name who hasn't answered. Rounds within REASK_CUTOFF of their close are skipped, and so are members whose
        reminder goes out in this very sweep (the reminder says the same). Muted members are asked too (the reminder
        skips them): this is not a nudge but the promise the thank-you made. A round is marked done here only once its messages were handed
        to the chat port; a sweep that fails part-way retries the rest at the next sweep."""
        async with self.uow_factory() as uow:
            round_ids = await uow.checkins.open_rounds(now)
        for round_id in round_ids:
            if round_id in self._reasked:
                continue
            outbound = await self._reask_one(round_id, now, report, reminded.get(round_id, set()))
            await self._send_all(outbound, report, quiet=True)
            self._reasked.add(round_id)
        self._reask_due = False

    async def _reask_one(self, round_id: int, now: datetime, report: CheckinReport,
                         reminded: set[str]) -> list[Outbound]:
        async with self.uow_factory() as uow:
            repo = uow.checkins
            round_ = await repo.get_round(round_id)
            if round_ is None or not round_.is_open(now) or now >= round_.closes_at - REASK_CUTOFF:
                return []
            group = await uow.groups.get(round_.group_id, lock=False)
            if group is None or round_.instrument not in self.instruments:
                return []
            answered = await repo.answered(round_id) | self.mixer.answered_markers(round_id)
            instrument = self.instruments.get(round_.instrument)
            out = [Outbound(ToDirect(group.user(user_id)), texts.reask(group, round_, instrument))
                   for user_id in eligible(group, round_)
                   if user_id not in reminded and round_.marker(group.user(user_id)) not in answered]
        report.reasked += bool(out)
        return out

    async def _remind_one(self, round_id: int, now: datetime, report: CheckinReport) -> list[Outbound]:
        async with self.uow_factory() as uow:
            repo = uow.checkins
            found = await repo.get_round(round_id)
            if found is None:
                return []
            group = await uow.groups.get(found.group_id)
            round_ = await repo.get_round(round_id, lock=True)
            if group is None or round_ is None or round_.reminded or not round_.is_open(now):
                return []
            await repo.mark_reminded(round_)
            answered = await repo.answered(round_id) | self.mixer.answered_markers(round_id)
            muted = {m.user_id for m in group.active if m.muted}
            instrument = self.instruments.get(round_.instrument)
            # No fallback channel: a public "please check your messages" would name someone who hasn't answered.
            out = [Outbound(ToDirect(group.user(user_id)), texts.prompt(group, round_, instrument, reminder=True))
                   for user_id in eligible(group, round_)
                   if user_id not in muted and round_.marker(group.user(user_id)) not in answered]
            await uow.commit()
            report.reminded += 1
            return out

    # Closing ---------------------------------------------------------------------------------------

    async def _close_due(self, now: datetime, report: CheckinReport) -> None:
        async with self.uow_factory() as uow:
            round_ids = await uow.checkins.rounds_to_close(now - self.settle)
        for round_id in round_ids:
            outbound = await self._close_one(round_id, now, report)
            await self._send_all(outbound, report)

    async def _close_one(self, round_id: int, now: datetime, report: CheckinReport) -> list[Outbound]:
        async with self.uow_factory() as uow:
            repo = uow.checkins
            found = await repo.get_round(round_id)
            if found is None:
                return []
            group = await uow.groups.get(found.group_id)
            round_ = await repo.get_round(round_id, lock=True)
            if round_ is None or round_.status != "open" or now < round_.closes_at + self.settle:
                return []
            # What this process still holds joins the counts in the closing transaction, with no marker: the batch
            # rule left at least k members outside every batch for it to hide among.
            held = await _fresh(repo, round_id, self.mixer.take_all(round_id))
            remainder = counts_of(held)
            counts = await repo.counts(round_id)
            for bucket, n in remainder.items():
                counts[bucket] = counts.get(bucket, 0) + n
            release = releasable(round_, counts, now)
            if release:
                await repo.add_counts(round_id, remainder)
            await repo.close(round_, release)
            await uow.commit()
        self.mixer.forget(round_id)      # nobody can answer it now: no marker of it need stay in memory
        if group is None:
            return []
        if release:
            report.released += 1
            results = tally(self.instruments.get(round_.instrument), counts)
            return [Outbound(ToChannel(group.channel), texts.released(group, round_, results))]
        report.withheld += 1
        return [Outbound(ToChannel(group.channel), texts.withheld(group, round_))]

    # Delivery --------------------------------------------------------------------------------------

    async def _send_all(self, outbound: list[Outbound], report: CheckinReport, quiet: bool = False) -> None:
        for item in outbound:
            try:
                await self.chat.send(item)
            except DeliveryFailed as failure:
                report.failed += 1
                if isinstance(item.audience, ToChannel):
                    log.warning("check-in channel message not delivered: %s", failure.reason)
                elif not quiet:
                    log.info("a check-in prompt was not delivered: %s", failure.reason)
            except Exception as error:  # an adapter bug must not stop the sweep
                report.failed += 1
                log.warning("check-in delivery raised %s", type(error).__name__)

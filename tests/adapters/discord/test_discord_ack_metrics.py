"""The acknowledgement latency histogram per adapter and the command counter, fed by the real Discord (SimCord) adapter."""
from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from adapters.status import PrometheusMetrics
from bot.clock import ManualClock
from bot.core import Core
from storage.database import Database
from tests.adapters.discord.test_deletes import wire
from tests.helpers.discord import World, found_group


def _samples(metrics: PrometheusMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    families = text_string_to_metric_families(metrics.exposition().decode())
    return {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families for s in f.samples}


async def test_discord_first_responses_are_timed(world: World, core: Core, sqlite_db: Database,
                                                 clock: ManualClock) -> None:
    wire(world, core, sqlite_db, clock)
    metrics = PrometheusMetrics()
    core.metrics = metrics
    await found_group(world, world.bob)
    await world.alice.slash(world.channel, "consult case submit")       # a modal as the first response
    samples = _samples(metrics)
    assert samples[("roundtable_ack_latency_seconds_count", (("adapter", "discord"),))] >= 2
    assert any(n == "roundtable_requests_total" and ("adapter", "discord") in ls for (n, ls) in samples)

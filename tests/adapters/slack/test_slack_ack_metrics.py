"""The acknowledgement latency histogram per adapter and the command counter, fed by the real Slack (signed requests, a local fake Web API) adapter."""
from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from adapters.status import PrometheusMetrics
from bot.core import Core
from tests.adapters.slack.conftest import Workspace


def _samples(metrics: PrometheusMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    families = text_string_to_metric_families(metrics.exposition().decode())
    return {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families for s in f.samples}


async def test_slack_acks_are_timed_and_commands_counted(slack: Workspace, core: Core) -> None:
    metrics = PrometheusMetrics()
    core.metrics = metrics
    await slack.command("group create Peers")
    await slack.command("group list")
    samples = _samples(metrics)
    assert samples[("roundtable_ack_latency_seconds_count", (("adapter", "slack"),))] == 2
    assert samples[("roundtable_ack_latency_seconds_bucket", (("adapter", "slack"), ("le", "3.0")))] == 2
    assert samples[("roundtable_requests_total", (("adapter", "slack"), ("kind", "command"),
                                                  ("name", "group create"), ("outcome", "ok")))] == 1

"""Issue 14, item 5: retries through slack-sdk's own handlers and backoff calculator, with today's behaviour:
429 honoured up to a maximum wait, 5xx retried with exponential backoff, the person told when Slack is not
answering."""
from __future__ import annotations

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import (
    BackoffRetryIntervalCalculator,
)

from adapters.slack.chat import SlackChat
from adapters.slack.retries import retry_handlers
from adapters.slack.tokens import StaticClients
from bot.identity import ChannelRef
from bot.messages import Outbound, ToChannel, message, para
from tests.adapters.slack.conftest import Workspace, make_client, no_jitter
from tests.helpers.slack_api import FakeSlackAPI

GROUP = ChannelRef("slack", "T0001", "C1GENERAL")


def test_the_handlers_are_slack_sdks() -> None:
    rate, connection, server = retry_handlers()
    assert isinstance(rate, AsyncRateLimitErrorRetryHandler)
    assert isinstance(connection, AsyncConnectionErrorRetryHandler)
    assert isinstance(server, AsyncServerErrorRetryHandler)
    for handler in (connection, server):
        assert isinstance(handler.interval_calculator, BackoffRetryIntervalCalculator)
        assert handler.max_retry_count == 3
    calculator = retry_handlers(jitter=no_jitter)[2].interval_calculator
    assert [calculator.calculate_sleep_duration(n) for n in range(3)] == [0.5, 1.0, 2.0]  # no cap to never reach


async def test_every_5xx_is_retried(fake: FakeSlackAPI) -> None:
    chat = SlackChat(StaticClients(make_client(fake)))
    for status in (500, 502, 503, 504):
        fake.server_error("chat.postMessage", times=1, status=status)
        assert await chat.send(Outbound(ToChannel(GROUP), message(para("hello"))))
    assert [c.status for c in fake.calls_to("chat.postMessage")] == [500, 200, 502, 200, 503, 200, 504, 200]


async def test_slack_not_answering_is_said_plainly(slack: Workspace) -> None:
    slack.fake.server_error("chat.postMessage", times=None, status=503)
    created = await slack.command("group create Peers")
    assert created.status == 200
    assert len(slack.fake.calls_to("chat.postMessage")) == 4  # one try and three retries
    assert "facilitator" in created.text

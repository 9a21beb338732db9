"""How the Slack Web API clients retry: slack-sdk's own retry handlers and backoff calculator, bounded.

A 429 is retried after the Retry-After Slack gives, unless that is longer than a maximum wait (then it fails at
once as rate_limited, and the person is told plainly); dropped connections and any 5xx are retried with
exponential backoff and jitter. slack-sdk counts retries per call across all handlers.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable

from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import (
    BackoffRetryIntervalCalculator,
)
from slack_sdk.http_retry.jitter import Jitter, RandomJitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState


class CallableJitter(Jitter):
    """slack-sdk's Jitter from a function giving the extra seconds (tests pass one that gives 0)."""

    def __init__(self, extra: Callable[[], float]) -> None:
        self.extra = extra

    def recalculate(self, duration: float) -> float:
        return duration + self.extra()


class RateLimitRetry(AsyncRateLimitErrorRetryHandler):
    """slack-sdk's 429 handler, bounded: wait what Retry-After says unless that is longer than `max_wait` (then
    fail as rate_limited at once). Its own wait would take `int()` of the header (a "1.5" would raise) and add
    up to a second; this one reads the header leniently and adds the configured jitter."""

    def __init__(self, max_retry_count: int = 3, max_wait: float = 30.0, jitter: Jitter | None = None) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait
        self.jitter = jitter or RandomJitter()

    @staticmethod
    def retry_after(response: HttpResponse) -> float:
        for key, values in response.headers.items():
            if key.lower() == "retry-after" and values:
                try:
                    return max(0.0, float(values[0]))
                except ValueError:
                    return 1.0
        return 1.0

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        return (await super()._can_retry_async(state=state, request=request, response=response, error=error)
                and response is not None and self.retry_after(response) <= self.max_wait)

    async def prepare_for_next_attempt_async(self, *, state: RetryState, request: HttpRequest,
                                             response: HttpResponse | None = None,
                                             error: Exception | None = None) -> None:
        assert response is not None
        state.next_attempt_requested = True
        await asyncio.sleep(self.jitter.recalculate(self.retry_after(response)))
        state.increment_current_attempt()


class ServerErrorRetry(AsyncServerErrorRetryHandler):
    """slack-sdk's 5xx handler, for every 5xx Slack answers when it has a problem (its own retries 500 and 503
    only; a 502 or 504 from Slack's edge is as temporary)."""

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        return response is not None and response.status_code in (500, 502, 503, 504)


def retry_handlers(max_retries: int = 3, jitter: Callable[[], float] | None = None,
                   backoff: float = 0.5, max_rate_limit_wait: float = 30.0) -> list[AsyncRetryHandler]:
    """slack-sdk's handlers for 429 (Retry-After, up to `max_rate_limit_wait`), dropped connections and 5xx, the
    last two with its exponential backoff calculator (`backoff` s, doubled at each retry: 0.5, 1, 2 s) plus
    jitter (slack-sdk's: up to 1 s). slack-sdk counts retries per call across all handlers, so `max_retries`
    bounds the attempts of one call whatever mix of failures it meets."""
    spread: Jitter = RandomJitter() if jitter is None else CallableJitter(jitter)
    backoff_calculator = BackoffRetryIntervalCalculator(backoff_factor=backoff, jitter=spread)
    return [
        RateLimitRetry(max_retry_count=max_retries, max_wait=max_rate_limit_wait, jitter=spread),
        AsyncConnectionErrorRetryHandler(max_retry_count=max_retries, interval_calculator=backoff_calculator),
        ServerErrorRetry(max_retry_count=max_retries, interval_calculator=backoff_calculator),
    ]

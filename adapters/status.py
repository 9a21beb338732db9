"""Health, readiness and metrics over HTTP: one small Starlette app, served in every mode.

* `GET /healthz` - liveness: the process's loops are alive (the event loop answers; each registered loop - the
  scheduler's campaign, an adapter's connection task - has not died). Nothing external is checked: a database
  hiccup must not make every replica restart at once. "ok" (200) or the dead loops (503).
* `GET /readyz` - readiness: the database answers, its migrations are at head, each configured adapter is connected,
  and the process is not stopping; the body (JSON) also says this replica's scheduler role (leader or standby),
  which does not affect readiness. 200 or 503.
* `GET /metrics` - Prometheus text format from this process's own registry (prometheus-client).

In Slack HTTP mode these routes are added to the Slack app on its port; otherwise `serve_status` runs them on
their own port. More routes (a calendar feed, say) join through `StatusBoard.routes(extra=...)`.

`PrometheusMetrics` implements the core's metrics port (bot/metrics.py). Label values are fixed words only:
command and action names from the registry, outcomes, nudge kinds, platforms.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import uvicorn
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

log = logging.getLogger("roundtable.status")

Probe = Callable[[], Awaitable[tuple[bool, str]]]
PROBE_TIMEOUT = 3.0


class PrometheusMetrics:
    """The core's `Metrics` port over a prometheus-client registry of this process's own."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter("roundtable_requests", "Commands, clicks and forms handled, by registry name and "
                                "outcome", ["kind", "name", "outcome", "adapter"], registry=r)
        self.request_seconds = Histogram("roundtable_request_duration_seconds", "Time the core took to handle a "
                                         "command, click or form", ["kind", "adapter"], registry=r)
        self.ack_seconds = Histogram("roundtable_ack_latency_seconds", "From a request's arrival to its "
                                     "acknowledgement (Slack ack, Discord first response)", ["adapter"],
                                     buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 2.5, 3.0, 5.0), registry=r)
        self.nudges = Counter("roundtable_nudges", "Nudges by kind and state: due, sent, late, missed, failed",
                              ["kind", "state"], registry=r)
        self.rounds = Counter("roundtable_checkin_rounds", "Check-in rounds opened, released, withheld", ["state"],
                              registry=r)
        self.sweep_seconds = Histogram("roundtable_sweep_duration_seconds", "One scheduler sweep (nudges, check-ins, "
                                       "data lifecycle)", buckets=(0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120),
                                       registry=r)
        self.leading = Gauge("roundtable_scheduler_leader", "1 while this process holds the scheduling lock",
                             registry=r)

    def handled(self, kind: str, name: str, outcome: str, adapter: str, seconds: float) -> None:
        self.requests.labels(kind, name, outcome, adapter).inc()
        self.request_seconds.labels(kind, adapter).observe(seconds)

    def acknowledged(self, adapter: str, seconds: float) -> None:
        self.ack_seconds.labels(adapter).observe(seconds)

    def nudge(self, kind: str, state: str, count: int = 1) -> None:
        self.nudges.labels(kind, state).inc(count)

    def checkin_round(self, state: str, count: int = 1) -> None:
        self.rounds.labels(state).inc(count)

    def sweep(self, seconds: float) -> None:
        self.sweep_seconds.observe(seconds)

    def leader(self, leading: bool) -> None:
        self.leading.set(1 if leading else 0)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class StatusBoard:
    """What /healthz and /readyz look at, registered by the composition root as the parts start."""

    def __init__(self, metrics: PrometheusMetrics) -> None:
        self.metrics = metrics
        self.loops: dict[str, Callable[[], bool]] = {}
        self.probes: dict[str, Probe] = {}
        self.role: Callable[[], str] = lambda: "none"
        self.stopping = False

    def loop(self, name: str, alive: Callable[[], bool]) -> None:
        """A loop whose death makes the process unhealthy (e.g. `lambda: not task.done()`)."""
        self.loops[name] = alive

    def probe(self, name: str, check: Probe) -> None:
        """A readiness check: (ok, a short detail - never a secret)."""
        self.probes[name] = check

    async def healthz(self, request: Request) -> Response:
        dead = sorted(name for name, alive in self.loops.items() if not _safely(alive))
        if dead:
            return PlainTextResponse("dead: " + ", ".join(dead), status_code=503)
        return PlainTextResponse("ok")

    async def readiness(self) -> tuple[bool, dict[str, Any]]:
        names = list(self.probes)
        results = await asyncio.gather(*(_bounded(self.probes[name]) for name in names))
        checks = {name: {"ok": ok, "detail": detail} for name, (ok, detail) in zip(names, results, strict=True)}
        if self.stopping:
            checks["accepting_work"] = {"ok": False, "detail": "stopping"}
        ready = all(check["ok"] for check in checks.values())
        return ready, {"ready": ready, "scheduler": _safe_role(self.role), "checks": checks}

    async def readyz(self, request: Request) -> Response:
        ready, body = await self.readiness()
        return Response(json.dumps(body), status_code=200 if ready else 503, media_type="application/json")

    async def metrics_page(self, request: Request) -> Response:
        return Response(self.metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    def routes(self, extra: Sequence[BaseRoute] = ()) -> list[BaseRoute]:
        return [Route("/healthz", self.healthz, methods=["GET"]), Route("/readyz", self.readyz, methods=["GET"]),
                Route("/metrics", self.metrics_page, methods=["GET"]), *extra]

    def app(self, extra: Sequence[BaseRoute] = ()) -> Starlette:
        return Starlette(routes=self.routes(extra))


def _safely(alive: Callable[[], bool]) -> bool:
    try:
        return bool(alive())
    except Exception:  # noqa: BLE001 - a broken check counts as dead
        return False


def _safe_role(role: Callable[[], str]) -> str:
    try:
        return role()
    except Exception:  # noqa: BLE001
        return "unknown"


async def _bounded(probe: Probe) -> tuple[bool, str]:
    try:
        return await asyncio.wait_for(probe(), PROBE_TIMEOUT)
    except TimeoutError:
        return False, "timed out"
    except Exception as error:  # noqa: BLE001 - only the type: a message may carry a URL or credentials
        return False, type(error).__name__


class QuietServer(uvicorn.Server):
    """uvicorn leaving the process's signals alone: the caller decides when it stops (`should_exit`)."""

    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[no-untyped-def]  # uvicorn's own is unannotated
        yield


def server_config(app: Any, host: str, port: int, graceful: float = 10.0) -> uvicorn.Config:
    # No log_config: uvicorn's loggers then reach the root handler and its redaction filter
    # (adapters/logging_setup.py); no access log (URLs).
    return uvicorn.Config(app, host=host, port=port, lifespan="off", access_log=False, server_header=False,
                          timeout_graceful_shutdown=int(graceful), log_config=None)


async def serve_status(board: StatusBoard, host: str, port: int, stop: asyncio.Event,
                       on_listening: Callable[[int], None] | None = None) -> int:
    """Serve the status routes on their own port until `stop` is set. `on_listening(port)` once bound."""
    server = QuietServer(server_config(board.app(), host, port, graceful=2))
    task = asyncio.create_task(server.serve(), name="roundtable-status")
    try:
        while not server.started:
            if task.done():
                with contextlib.suppress(SystemExit, Exception):  # uvicorn exits when it can't bind
                    await task
                log.error("the status server could not listen on %s:%d", host, port)
                return 2
            await asyncio.sleep(0.01)
        bound = server.servers[0].sockets[0].getsockname()[1] if server.servers else port
        log.info("status server on %s:%d (/healthz, /readyz, /metrics)", host, bound)
        if on_listening is not None:
            on_listening(bound)
        stopped = asyncio.create_task(stop.wait())
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
    finally:
        server.should_exit = True
        with contextlib.suppress(SystemExit, Exception):
            await task
    return 0

"""Errors reach the logs as a type and code locations, never their message: a message can echo what someone typed."""
from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from bot.clock import ManualClock
from bot.commands.catalog import build_registry
from bot.commands.spec import Access, Kind, Param
from bot.core import Core
from bot.identity import ChannelRef, UserRef
from bot.privacy import error_summary
from tests.helpers.fakes import FakeDatabase

SECRET = "Maria from Boulder, seen since March 3"


def test_error_summary_names_the_type_and_place_but_not_the_message() -> None:
    try:
        raise ValueError(SECRET)
    except ValueError as error:
        summary = error_summary(error)
    assert summary.startswith("ValueError at test_log_privacy.py:")
    assert SECRET not in summary


async def test_a_failing_command_logs_no_text(caplog: pytest.LogCaptureFixture) -> None:
    registry = build_registry()

    @registry.command("explode", "A command that fails with the person's words in its error",
                      Param("words", Kind.TEXT, "text", required=True, rest=True), access=Access.ANYONE)
    async def explode(ctx, args):  # type: ignore[no-untyped-def]
        raise RuntimeError(args["words"])

    core = Core(registry, FakeDatabase(), ManualClock(datetime(2026, 11, 30, tzinfo=UTC)))
    with caplog.at_level(logging.DEBUG):
        reply = await core.command_text(UserRef("console", "w", "a"), ChannelRef("console", "w", "c"),
                                        f"explode {SECRET}")
    assert "Something went wrong" in reply.outbound[0].message.plain_text()
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "command explode failed: RuntimeError at" in logged
    assert "Maria" not in logged and "Boulder" not in logged


def test_an_error_class_can_declare_its_fixed_messages_loggable() -> None:
    class Fixed(RuntimeError):
        loggable = True

    try:
        raise Fixed("could not record a check-in answer")
    except Fixed as error:
        assert error_summary(error).startswith("Fixed: could not record a check-in answer at ")

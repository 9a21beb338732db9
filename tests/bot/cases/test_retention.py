"""Retention: a group may have its posted request messages deleted some days after each meeting (off by default)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.ports import DeliveryFailed
from tests.conftest import START
from tests.helpers.cases import CaseDesk, presenting_group

MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)


async def post_alices_request(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case submit")
    await desk.submit_request("alice")


async def test_retention_is_off_by_default_and_nothing_is_deleted(desk: CaseDesk) -> None:
    await post_alices_request(desk)
    assert "keeps its consultation request messages (retention is off)" in await desk.say("alice", "case retention")
    await desk.run("time +90d")
    [request] = await desk.requests()
    assert request.status == "posted" and desk.chat.deleted == []


async def test_requests_are_deleted_that_many_days_after_the_meeting(desk: CaseDesk) -> None:
    await post_alices_request(desk)
    out = await desk.say("alice", "case retention 30")
    assert "will delete its consultation request messages 30 days after each meeting, including those already" in out
    assert "[#consultation] Consultation requests posted here for Tuesday Peers will be deleted 30 days" in out
    assert "deletes its consultation request messages 30 days" in await desk.say("bob", "case retention")
    assert await desk.cases.next_due() == MEETING + timedelta(days=30)
    await desk.run("time +31d")  # 31 Dec: not yet
    assert desk.chat.deleted == []
    out = await desk.run("time +1d")
    assert "(Roundtable deleted message console-1)" in out
    [request] = await desk.requests()
    assert (request.status, request.reference, request.deleted_at) == ("deleted", None, MEETING + timedelta(days=30))
    assert await desk.cases.next_due() is None


async def test_a_request_posted_under_retention_is_scheduled_at_once(desk: CaseDesk) -> None:
    await presenting_group(desk)
    await desk.say("alice", "case retention 7d")
    await desk.say("alice", "case submit")
    out = await desk.submit_request("alice")
    assert "The group deletes requests 7 days after the meeting." in out
    [request] = await desk.requests()
    assert request.delete_after == MEETING + timedelta(days=7)


async def test_turning_retention_off_keeps_what_was_scheduled(desk: CaseDesk) -> None:
    await post_alices_request(desk)
    await desk.say("alice", "case retention 30")
    assert "Retention is off" in await desk.say("alice", "case retention off")
    await desk.run("time +60d")
    [request] = await desk.requests()
    assert request.status == "posted" and request.delete_after is None


async def test_a_failed_deletion_is_retried_then_reported_to_facilitators(desk: CaseDesk) -> None:
    await post_alices_request(desk)
    await desk.say("alice", "case retention 1")
    desk.chat.fail_delete += [DeliveryFailed("rate_limited", False), DeliveryFailed("missing_permissions", True)]
    await desk.run("time +3d")
    [request] = await desk.requests()
    assert (request.status, request.attempts, request.reason) == ("delete_failed", 2, "missing_permissions")
    assert "[DM to @alice] Tuesday Peers keeps consultation requests for a limited time, but Roundtable couldn't " \
           "delete the one posted for the meeting on Tue 1 Dec 2026 (missing permissions)" in desk.out.getvalue()


async def test_a_transient_failure_is_retried_later(desk: CaseDesk) -> None:
    await post_alices_request(desk)
    await desk.say("alice", "case retention 1")
    desk.chat.fail_delete.append(DeliveryFailed("unavailable", False))
    await desk.run("time +2d16h")
    assert (await desk.requests())[0].delete_after == MEETING + timedelta(days=1, minutes=5)
    await desk.run("time +1h")
    [request] = await desk.requests()
    assert request.status == "deleted" and request.attempts == 2 and desk.chat.deleted == ["console-1"]


async def test_a_platform_that_cannot_delete_leaves_requests_marked_undeletable(store: object, tmp_path: Path) -> None:
    desk = CaseDesk(store, START, tmp_path, deletable=False)  # type: ignore[arg-type]
    await post_alices_request(desk)
    await desk.say("alice", "case retention 1")
    await desk.run("time +3d")
    [request] = await desk.requests()
    assert request.status == "undeletable" and request.reason == "unsupported"
    assert "[DM to @alice]" not in desk.out.getvalue(), "facilitators were told when they set retention"


async def test_retention_settings_are_checked(desk: CaseDesk) -> None:
    await presenting_group(desk)
    assert "from 1 to 365" in await desk.say("alice", "case retention 999")
    assert "from 1 to 365" in await desk.say("alice", "case retention soon")
    assert "Only the facilitators of Tuesday Peers can change" in await desk.say("bob", "case retention 30")

"""Button payloads (bot/payloads.py): each kind reads back what it wrote, writes what the buttons always carried,
and refuses a value that is not one of its kind."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.discord.views import compact, expand
from bot.domain.errors import Refusal
from bot.payloads import (
    OUT_OF_DATE,
    UNKNOWN_MEETING,
    AgreementPayload,
    CheckinChoice,
    MeetingPayload,
    RequestFormContext,
    RsvpPayload,
)

MEETING = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
ISO = "2026-12-02T01:00:00+00:00"

PAYLOADS = [
    (MeetingPayload(12, MEETING), f"12|{ISO}"),
    (RsvpPayload(12, MEETING, "maybe"), f"12|{ISO}|maybe"),
    (AgreementPayload(12, 3), "12|3"),
    (CheckinChoice(41, 0), "41|0"),
    (RequestFormContext(12, MEETING, 7), f"12|{ISO}|7"),
]


@pytest.mark.parametrize(("payload", "text"), PAYLOADS)
def test_each_payload_writes_the_text_buttons_carried_and_reads_it_back(payload: object, text: str) -> None:
    assert payload.encode() == text  # type: ignore[attr-defined]
    assert type(payload).decode(text) == payload  # type: ignore[attr-defined]


@pytest.mark.parametrize(("payload", "text"), PAYLOADS)
def test_a_payload_survives_discords_compacted_custom_id(payload: object, text: str) -> None:
    assert type(payload).decode(expand(compact(text))) == payload  # type: ignore[attr-defined]


def test_a_form_context_from_before_known_reads_as_known_zero() -> None:
    assert RequestFormContext.decode(f"12|{ISO}") == RequestFormContext(12, MEETING, 0)


@pytest.mark.parametrize(("kind", "text", "refusal"), [
    (MeetingPayload, "12", OUT_OF_DATE),
    (MeetingPayload, f"12|{ISO}|yes", OUT_OF_DATE),
    (MeetingPayload, f"twelve|{ISO}", OUT_OF_DATE),
    (MeetingPayload, "12|next tuesday", UNKNOWN_MEETING),
    (RsvpPayload, f"12|{ISO}|perhaps", OUT_OF_DATE),
    (RsvpPayload, f"12|{ISO}", OUT_OF_DATE),
    (AgreementPayload, "12|v3", OUT_OF_DATE),
    (CheckinChoice, "41", OUT_OF_DATE),
    (RequestFormContext, f"12|{ISO}|x", OUT_OF_DATE),
    (RequestFormContext, "", OUT_OF_DATE),
])
def test_a_value_of_another_kind_is_refused_as_out_of_date(kind: type, text: str, refusal: str) -> None:
    with pytest.raises(Refusal) as caught:
        kind.decode(text)
    assert caught.value.message == refusal

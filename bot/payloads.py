"""What a button carries back to the core (and a consultation request form, its context): typed values, written as
short text.

The text travels through the platform (Slack's button `value`, Discord's custom_id, where adapters/discord/views.py
compacts UTC timestamps) and comes back unchanged, so the same payload is written here by `encode` and read here by
`decode`. `decode` refuses a value that is not one of its kind - a button from an older release, a forged click -
with the refusal people see for an out-of-date button. Fields are joined with `|`; none of them can contain one
(ids and versions are numbers, moments are ISO timestamps, answers are fixed words).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain.errors import Refusal

SEP = "|"
OUT_OF_DATE = "That button is out of date. Try the command again."
UNKNOWN_MEETING = "That button refers to a meeting I can't find. Try `/consult next`."
RSVP_ANSWERS = ("yes", "no", "maybe")


def _fields(value: str, count: int) -> list[str]:
    parts = value.split(SEP)
    if len(parts) != count:
        raise Refusal(OUT_OF_DATE)
    return parts


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise Refusal(OUT_OF_DATE) from None


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise Refusal(UNKNOWN_MEETING) from None


@dataclass(frozen=True)
class MeetingPayload:
    """A group's meeting, by its identity (its original start): `12|2026-12-02T01:00:00+00:00`. Carried by the
    preparation nudge's buttons (confirm, pass, write my request)."""

    group_id: int
    occurrence: datetime

    def encode(self) -> str:
        return f"{self.group_id}{SEP}{self.occurrence.isoformat()}"

    @classmethod
    def decode(cls, value: str) -> MeetingPayload:
        group_id, occurrence = _fields(value, 2)
        return cls(_number(group_id), _moment(occurrence))


@dataclass(frozen=True)
class RsvpPayload:
    """An answer to "will you be there?" for one meeting: `12|2026-12-02T01:00:00+00:00|yes`."""

    group_id: int
    occurrence: datetime
    answer: str  # yes | no | maybe

    def encode(self) -> str:
        return f"{MeetingPayload(self.group_id, self.occurrence).encode()}{SEP}{self.answer}"

    @classmethod
    def decode(cls, value: str) -> RsvpPayload:
        group_id, occurrence, answer = _fields(value, 3)
        if answer not in RSVP_ANSWERS:
            raise Refusal(OUT_OF_DATE)
        return cls(_number(group_id), _moment(occurrence), answer)


@dataclass(frozen=True)
class AgreementPayload:
    """Accepting one version of a group's confidentiality agreement: `12|3`."""

    group_id: int
    version: int

    def encode(self) -> str:
        return f"{self.group_id}{SEP}{self.version}"

    @classmethod
    def decode(cls, value: str) -> AgreementPayload:
        group_id, version = _fields(value, 2)
        return cls(_number(group_id), _number(version))


@dataclass(frozen=True)
class CheckinChoice:
    """One option of a single-item check-in, for one round: `41|3`."""

    round_id: int
    choice: int

    def encode(self) -> str:
        return f"{self.round_id}{SEP}{self.choice}"

    @classmethod
    def decode(cls, value: str) -> CheckinChoice:
        round_id, choice = _fields(value, 2)
        return cls(_number(round_id), _number(choice))


@dataclass(frozen=True)
class RequestFormContext:
    """What a consultation request (or review) form is issued against: the group, the meeting, and `known`, the id
    of the presenter's request for that meeting that was up when the form was issued (0 for none):
    `12|2026-12-02T01:00:00+00:00|0`. A context from before `known` existed (two fields) reads as known 0."""

    group_id: int
    occurrence: datetime
    known: int = 0

    def encode(self) -> str:
        return f"{MeetingPayload(self.group_id, self.occurrence).encode()}{SEP}{self.known}"

    @classmethod
    def decode(cls, value: str) -> RequestFormContext:
        parts = value.split(SEP)
        if len(parts) == 2:
            parts.append("0")
        group_id, occurrence, known = _fields(SEP.join(parts), 3)
        return cls(_number(group_id), _moment(occurrence), _number(known))


@dataclass(frozen=True)
class JoinRequestPayload:
    """A request to join a `by request` group, for its facilitators' Approve / Decline buttons and the decline form:
    `12|7` (group, request)."""

    group_id: int
    request_id: int

    def encode(self) -> str:
        return f"{self.group_id}{SEP}{self.request_id}"

    @classmethod
    def decode(cls, value: str) -> JoinRequestPayload:
        group_id, request_id = _fields(value, 2)
        return cls(_number(group_id), _number(request_id))

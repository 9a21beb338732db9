"""The consultation request itself: its form, the identifier check, the private review, and the public post.

Nothing here stores anything. A request exists as the values of a submitted form; if the guard finds something,
the review sends those values straight back to the author inside a pre-filled form (`initial` travels to the
platform's UI), so "edit" and "post anyway" are both a submission of that form - no copy of the text waits in our
database, our logs, or our process memory between the two steps.

Each form is issued against what was posted: its context is `group|meeting|known`, where `known` is the id of the
presenter's request for that meeting that was up when the form was issued (0 for none). A form whose `known` is no
longer the presenter's latest post for the meeting is stale - a used review button, a second open form, a replayed
submission - and posts nothing (CaseService.refuse_stale). A fresh `/consult case submit` knows the posted request,
so it still replaces it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from bot.cases.model import FEEDBACK_KINDS
from bot.confidentiality.guard import UNCHECKED, Finding, check_text, highlight
from bot.domain.errors import Refusal
from bot.domain.group import Group, Upcoming
from bot.domain.text import has_control_characters
from bot.identity import UserRef
from bot.messages import (
    Block,
    Form,
    FormField,
    Heading,
    Mention,
    Message,
    When,
    para,
    possessive,
)
from bot.payloads import RequestFormContext

REQUEST_FORM = "case.request"
REVIEW_FORM = "case.review"
CHECK_AGAIN, POST_ANYWAY = "Check again", "Post anyway"
HINT_LIMIT = 100  # Discord shows a field's hint in at most 100 characters

# (field, label, required, max length, hint)
TEXT_FIELDS = (
    ("question", "Your consultation question", True, 500,
     "The one thing you'd like the group's help with."),
    ("context", "Brief context", False, 1500,
     "De-identified: presenting concern, relevant history, your working formulation."),
    ("tried", "What you've tried", False, 1000, ""),
)
LABELS = {name: label for name, label, *_ in TEXT_FIELDS}
POST_LABELS = {"question": "Question", "context": "Context", "tried": "Tried so far"}


@dataclass(frozen=True)
class Draft:
    """A request as submitted: held for the length of one form submission, never stored."""

    question: str
    context: str = ""
    tried: str = ""
    feedback: str = ""

    @classmethod
    def from_values(cls, values: dict[str, str]) -> Draft:
        texts = {}
        for name, _label, required, limit, _ in TEXT_FIELDS:
            text = (values.get(name) or "").strip()
            if required and not text:
                raise Refusal(f"Please write {LABELS[name].lower()}.")
            if len(text) > limit:
                raise Refusal(f"{LABELS[name]} can be at most {limit} characters (that one has {len(text)}).")
            if has_control_characters(text):
                raise Refusal(f"{LABELS[name]} contains invisible control characters. Please retype it.")
            texts[name] = text
        feedback = (values.get("feedback") or "").strip()
        if feedback and feedback not in FEEDBACK_KINDS:
            raise Refusal("Please pick the kind of feedback from the list.")
        return cls(texts["question"], texts["context"], texts["tried"], feedback)

    def texts(self) -> Iterator[tuple[str, str]]:
        for name, *_ in TEXT_FIELDS:
            text = getattr(self, name)
            if text:
                yield name, text

    def as_values(self) -> dict[str, str]:
        return {"question": self.question, "context": self.context, "tried": self.tried, "feedback": self.feedback}


Findings = dict[str, list[Finding]]


def check(draft: Draft) -> Findings:
    """What the identifier guard flags, per field (fields with nothing flagged are left out)."""
    found = {name: check_text(text) for name, text in draft.texts()}
    return {name: items for name, items in found.items() if items}


def form_context(group: Group, item: Upcoming, known: int = 0) -> str:
    """`group|meeting|known`: `known` is the id of the presenter's posted request the form was issued against."""
    return RequestFormContext(group.id or 0, item.original_start, known).encode()


def form_known(context: str) -> int:
    """The posted request a form was issued against (0: none; forms from before the marker count as 0)."""
    parts = context.split("|")
    if len(parts) == 3 and parts[2].isdigit():
        return int(parts[2])
    return 0


def request_form(group: Group, item: Upcoming, draft: Draft | None = None, known: int = 0) -> Form:
    values = draft.as_values() if draft else {}
    return Form(REQUEST_FORM, "Consultation request", _fields(values), context=form_context(group, item, known),
                submit_label="Check and post",
                intro=f"For {possessive(group.name)} meeting. Before anything is posted, Roundtable checks it privately "
                      "for details that could identify your client. What you write is not stored.")


def review_form(group: Group, item: Upcoming, draft: Draft, findings: Findings, known: int = 0) -> Form:
    hints = {name: _hint(getattr(draft, name), items) for name, items in findings.items()}
    fields = _fields(draft.as_values(), hints) + (
        FormField("send", "Next step", "choice", True, CHECK_AGAIN, max_length=20,
                  choices=(CHECK_AGAIN, POST_ANYWAY),
                  hint="“Check again” checks your edited text first; “Post anyway” posts it as it is."),)
    return Form(REVIEW_FORM, "Review your request", fields, context=form_context(group, item, known),
                submit_label="Submit")


def review_blocks(draft: Draft, findings: Findings) -> list[Block | str]:
    """The private warning: each flagged passage marked ⟦like this⟧, with why, and the two ways forward."""
    # Text in a script the guard cannot read comes back as an UNCHECKED finding: a gentle note, not a flag.
    unchecked = [LABELS[name] for name, items in findings.items() if any(f.category == UNCHECKED for f in items)]
    findings = {name: kept for name, items in findings.items()
                if (kept := [f for f in items if f.category != UNCHECKED])}
    count = sum(len(items) for items in findings.values())
    blocks: list[Block | str] = [
        Heading("Check before it reaches the group"),
        (f"Roundtable's identifier check flagged {count} passage{'s' if count != 1 else ''} that could identify a "
         "client. " if count or not unchecked else "") + "Nothing has been posted, and what you wrote is not stored.",
    ]
    if unchecked:
        blocks.append(f"Part of {' and '.join(unchecked).lower()} is written in a script Roundtable can't read, so "
                      "it could not check that part for identifiers. Please read it over yourself; you can still "
                      "post it as it is.")
    reasons: list[str] = []
    for name, items in findings.items():
        text = getattr(draft, name)
        blocks.append(para(f"{LABELS[name]}: ", highlight(text, items)))
        for finding in items:
            line = f"• “{text[finding.start:finding.end]}” – {finding.reason}"
            if line not in reasons:
                reasons.append(line)
    blocks.append("\n".join(reasons[:12]) + ("\n• …" if len(reasons) > 12 else ""))
    blocks.append("Edit your request in the form and send it with “Check again”, or choose “Post anyway” if "
                  "these passages don't identify anyone (a made-up name, a public figure). The check is an aid, "
                  "not a guarantee: you know best what could identify your client.")
    return blocks


def public_message(group: Group, item: Upcoming, presenter: UserRef, draft: Draft) -> Message:
    blocks: list[Block] = [
        Heading("Consultation request"),
        para(Mention(presenter), " asks for the group's help at the meeting on ",
             When(item.start, group.timezone, "date"), "."),
    ]
    for name, text in draft.texts():
        blocks.append(para(f"{POST_LABELS[name]}: ", text))
    if draft.feedback:
        blocks.append(para(f"Feedback wanted: {draft.feedback.lower()}."))
    blocks.append(para("Please keep replies de-identified too."))
    return Message(tuple(blocks))


def parse_context(context: str) -> tuple[int, str]:
    """The group and the meeting of a request or review form's context (see `form_known` for the rest)."""
    group_id, _, rest = context.partition("|")
    original, _, known = rest.partition("|")
    try:
        if known and not known.isdigit():
            raise ValueError(known)
        datetime.fromisoformat(original)
        return int(group_id), original
    except ValueError:
        raise Refusal("That form is out of date. Start again with `/consult case submit`.") from None


def _fields(values: dict[str, str], hints: dict[str, str] | None = None) -> tuple[FormField, ...]:
    hints = hints or {}
    fields = [FormField(name, label, "long_text", required, values.get(name, ""), limit, hint=hints.get(name, hint))
              for name, label, required, limit, hint in TEXT_FIELDS]
    fields.append(FormField("feedback", "Feedback you'd like", "choice", False, values.get("feedback", ""),
                            max_length=40, choices=FEEDBACK_KINDS))
    return tuple(fields)


def _hint(text: str, findings: list[Finding]) -> str:
    if all(f.category == UNCHECKED for f in findings):
        return "Not checked: written in a script Roundtable can't read. Please read it over yourself."
    parts = [f"“{text[f.start:f.end]}” ({f.category.replace('_', ' ')})" for f in findings if f.category != UNCHECKED]
    hint = "Flagged: " + ", ".join(parts)
    return hint if len(hint) <= HINT_LIMIT else hint[: HINT_LIMIT - 1] + "…"

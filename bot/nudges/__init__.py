"""Pre-meeting nudges: what is due at time T, and sending it exactly once.

The database is the source of truth. Each nudge is a row in a ledger keyed by (group, occurrence, meeting
start, kind, recipient), so a nudge is recorded at most once across restarts, retries and replicas. Nothing
is scheduled per nudge: a sweep asks "what is due now?", computed from each group's current state (schedule,
skips and moves, the presenter rotation, RSVPs), so a pass, a swap, a skipped meeting or a changed lead time
takes effect at the next sweep with no pending jobs to fix up. Each group carries `next_nudge_at`, the
earliest moment anything could fall due for it, so a sweep only loads groups with something to do.

A sweep has two phases. *Plan* (bulk): record every due nudge as pending (or as missed, when the meeting has
already started). *Deliver*: claim pending rows a batch at a time, most urgent first, under a short lease (in
`roundtable run` from the moment the sweep's first chunk is recorded, while the rest is planned), render them from
the current state, send them through the chat port, paced to its limits, and mark them sent (late if overdue), or
retry with backoff, or report the failure to the facilitators.

- plan.py     the kinds and lead times, the ledger's rows, and planning: what is due at `now` (no I/O)
- render.py   what each nudge says, from the group's current state
- service.py  NudgeService: the sweep that plans and delivers
- ports.py    what nudges need from storage: the ledger
"""
from bot.nudges.plan import (
    AFTER,
    AFTER_USEFUL_FOR,
    CHANNEL,
    DEFAULT_AGENDA,
    DEFAULT_LEADS,
    DESCRIPTIONS,
    KINDS,
    LAST_CALL,
    LEAD_RANGES,
    MAX_LEAD,
    PREPARE,
    PRIVATE_KINDS,
    RECAP,
    REMINDER_1H,
    REMINDER_24H,
    RSVP,
    UNKNOWN,
    Due,
    GroupPlan,
    NudgeKey,
    NudgePlan,
    NudgeRecord,
    check_lead,
    collapse,
    describe_lead,
    lead_range,
    parse_lead,
    plan_group,
)
from bot.nudges.ports import NudgeLedger
from bot.nudges.render import PREPARE_GUIDE, day_and_time, in_about, render
from bot.nudges.service import LATE_AFTER, LEASE, RETRY_BACKOFF, AfterMeetingHook, NudgeService, SweepReport

__all__ = [
    "AFTER", "AFTER_USEFUL_FOR", "CHANNEL", "DEFAULT_AGENDA", "DEFAULT_LEADS", "DESCRIPTIONS", "KINDS", "LAST_CALL",
    "LATE_AFTER", "LEAD_RANGES", "LEASE", "MAX_LEAD", "PREPARE", "PREPARE_GUIDE", "PRIVATE_KINDS", "RECAP", "REMINDER_1H",
    "REMINDER_24H", "RETRY_BACKOFF", "RSVP", "UNKNOWN", "AfterMeetingHook", "Due", "GroupPlan", "NudgeKey",
    "NudgeLedger", "NudgePlan", "NudgeRecord", "NudgeService", "SweepReport", "check_lead", "collapse",
    "day_and_time", "describe_lead", "in_about", "lead_range", "parse_lead", "plan_group", "render",
]

"""store each group's schedule as its rule (RRULE + local DTSTART), not as a sentence

Revision ID: 0006
Revises: 0005

Until now `groups.schedule` held a sentence (`Recurrence.to_text()`, e.g. "every 2 weeks on Tuesday at 18:00 from
2026-12-01") that was parsed again on every load. This adds the rule beside it and fills it in for existing rows;
the sentence stays, for display only.

The sentences are read here by a small, frozen reader of exactly the form the old code wrote, so this migration
gives the same result whatever later happens to the phrase parser. A row it cannot read stops the migration with
the group's id and text (a schedule is never dropped silently).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NTH = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1}
_OLD_TEXT = re.compile(
    r"every (?:(?P<n>\d+) )?(?P<unit>weeks?|months?) on "
    r"(?:(?P<weekday>[a-z]+day)|day (?P<day>\d+)|the (?P<nth>1st|2nd|3rd|4th|last) (?P<mday>[a-z]+day)) "
    r"at (?P<hh>\d{2}):(?P<mm>\d{2}) from (?P<start>\d{4}-\d{2}-\d{2})")


def _in_month(year: int, month: int, nth: int | None, weekday: int | None, day: int | None) -> date:
    if day is not None:
        return date(year, month, day)
    assert weekday is not None and nth is not None
    if nth == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def rule_from_old_text(group_id: int, text: str) -> tuple[str, str]:
    """(RRULE, DTSTART) for one stored sentence; DTSTART is the first meeting on or after its start date."""
    m = _OLD_TEXT.fullmatch(text.strip().lower())
    if m is None:
        raise RuntimeError(f"group {group_id}: cannot read its stored schedule {text!r}; fix the row by hand "
                           "(write it as e.g. 'every 2 weeks on Tuesday at 18:00 from 2026-12-01') and migrate again")
    interval = int(m["n"] or 1)
    start = date.fromisoformat(m["start"])
    every = f";INTERVAL={interval}" if interval > 1 else ""
    if m["unit"].startswith("week"):
        weekday = _DAYS.index(m["weekday"])
        first = start + timedelta(days=(weekday - start.weekday()) % 7)
        rule = f"FREQ=WEEKLY{every};BYDAY={_RRULE_DAYS[weekday]}"
    else:
        on_weekday = _DAYS.index(m["mday"]) if m["mday"] else None
        nth = _NTH[m["nth"]] if m["nth"] else None
        day = int(m["day"]) if m["day"] else None
        first = _in_month(start.year, start.month, nth, on_weekday, day)
        if first < start:
            year, month0 = divmod(start.year * 12 + start.month, 12)
            first = _in_month(year, month0 + 1, nth, on_weekday, day)
        rule = (f"FREQ=MONTHLY{every};BYMONTHDAY={day}" if day is not None
                else f"FREQ=MONTHLY{every};BYDAY={nth}{_RRULE_DAYS[on_weekday or 0]}")
    return rule, f"{first:%Y%m%d}T{m['hh']}{m['mm']}00"


def upgrade() -> None:
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('schedule_rule', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('schedule_start', sa.String(length=15), nullable=True))
    groups = sa.table('groups', sa.column('id', sa.Integer), sa.column('schedule', sa.String),
                      sa.column('schedule_rule', sa.String), sa.column('schedule_start', sa.String))
    conn = op.get_bind()
    rows = conn.execute(sa.select(groups.c.id, groups.c.schedule).where(groups.c.schedule.is_not(None))).all()
    for group_id, text in rows:
        rule, start = rule_from_old_text(group_id, text)
        conn.execute(sa.update(groups).where(groups.c.id == group_id)
                     .values(schedule_rule=rule, schedule_start=start))


def downgrade() -> None:
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_column('schedule_start')
        batch_op.drop_column('schedule_rule')

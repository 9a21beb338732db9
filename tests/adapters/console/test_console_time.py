"""The console's `time set` reads zones like every command does: a kind answer, never a raw Python error."""
from __future__ import annotations

import pytest

from adapters.console.session import TranscriptError, parse_console_time


@pytest.mark.parametrize("text, said", [
    ("2026-12-01 09:00 Mars/Base", "isn't a time zone I know"),
    ("2026-12-01 09:00 EST", "Use a place name, e.g. `America/New_York`"),
    ("2026-12-01 9h UTC", "use e.g. 2026-12-01 09:00 UTC"),
])
def test_a_bad_time_set_answers_kindly(text: str, said: str) -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_console_time(text)
    assert said in str(caught.value) and "key" not in str(caught.value)


def test_zone_names_are_read_as_commands_read_them() -> None:
    assert parse_console_time("2026-12-01 09:00 america/denver").utcoffset().total_seconds() == -7 * 3600
    assert parse_console_time("2026-12-01 09:00 UTC").utcoffset().total_seconds() == 0

"""dates_ages: dates and ages over 89 (issue 12's missed kinds, new examples)."""
from __future__ import annotations

import pytest

from tests.guard._support import assert_clean, assert_flagged

FOUND = [
    ("A retired teacher, 96, wants help with her grief.", "96", "age_over_89"),
    ("Her grandfather (92) lives with them now.", "92", "age_over_89"),
    ("He's 95 and still chops his own wood.", "95", "age_over_89"),
    ("She is 91 and terrified of the move.", "91", "age_over_89"),
    ("At 93, he is outliving all his friends.", "93", "age_over_89"),
    ("Her aunt turned ninety-seven last winter.", "ninety-seven", "age_over_89"),
    ("The man, ninety-two and sharp as a tack, asked for me.", "ninety-two", "age_over_89"),
    ("The hearing is set for the 17th and she is dreading it.", "17th", "date"),
    ("Her mother died on 6/9.", "6/9", "date"),
    ("We met on 12.3.2024 for the intake.", "12.3.2024", "date"),
    ("The assault was on 14-Mar-2023? No, 14 March 2023.", "14 March 2023", "date"),
]


@pytest.mark.parametrize("text, substring, category", FOUND)
def test_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "Her BMI was 17.8 and then 18.9 by the spring.",
    "Her dose went from 2.5 to 7.5 mg.",
    "He was 90 minutes late; she is 95% sure he relapsed.",
    "She's 89 and still drives.",
    "A 94-page report from the school, and a score of 92 on the reading test.",
    "Ninety minutes felt too long for her.",
    "Temperature 37.9; HbA1c 6.1.",
])
def test_clean(text):
    assert_clean(text)

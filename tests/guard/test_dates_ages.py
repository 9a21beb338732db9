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


# Ages over 89 said with a verb ("hit", "reached", "turned"), in "a hundred and X" words,
# or as an ordinal birthday ("93rd bday").  New examples, not the development sets' strings.
AGES_ROUND3 = [
    ("My client's nonna just hit 101 and the whole village came.", "101", "age_over_89"),
    ("Her great-grandfather reached 97 last spring, still sharp.", "97", "age_over_89"),
    ("his oma is turning 94 next month and he is dreading the trip", "94", "age_over_89"),
    ("Pt says her granddad hits 103 on Sunday.", "103", "age_over_89"),
    ("She finally reached ninety-eight!", "ninety-eight", "age_over_89"),
    ("His grandma is a hundred and four and lives alone.", "a hundred and four", "age_over_89"),
    ("The neighbour was a hundred and twelve when she died.", "a hundred and twelve", "age_over_89"),
    ("Her aunt turned one hundred and two in May.", "one hundred and two", "age_over_89"),
    ("we skipped group for nana's 96th bday", "96th", "age_over_89"),
    ("The fight started at great-aunt Rosa's 104th b-day.", "104th", "age_over_89"),
    ("it was his dad's 91st birthday party", "91st", "age_over_89"),
    ("Pt's abuelo turned 99 yesterday.", "99", "age_over_89"),
    ("Her great-grandma's hundredth birthday is the trigger.", "hundredth birthday", "age_over_89"),
    ("His grandfather made it to 104!", "104", "age_over_89"),
]


@pytest.mark.parametrize("text, substring, category", AGES_ROUND3)
def test_ages_round3(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "We hit 100 sessions together this year.",
    "She reached 95 on the reading test.",
    "His heart rate hit 112 during the panic attack.",
    "The fever hit 103 overnight.",
    "They finally reached 90 days sober.",
    "He's on a 90-day supply now.",
    "She scored 90 out of 100 on the quiz.",
    "Her weight is in the 90th percentile.",
    "He turned 90 minutes into 2 hours.",
    "I've told her a hundred and one times to call.",
    "The 100th session felt like a milestone.",
    "Pt's 90th day sober is tomorrow.",
])
def test_ages_round3_clean(text):
    assert_clean(text)

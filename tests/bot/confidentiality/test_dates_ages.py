"""dates_ages: dates and ages over 89 (issue 12's missed kinds, new examples)."""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged

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


# Round 4: ages with "yrs"/"years" but no "old", a pronoun that "hit" 90+ on a date, a possessive
# ordinal birthday used as a noun; relative-month and weekday-abbreviation dates; a short m/d next to a
# full date; scores written x/10 in a rating context are not dates.  New examples.
ROUND4 = [
    ("my new client was 93 yrs when we started and is sharp as anything.", "93 yrs", "age_over_89"),
    ("Intake note: pt is 97years, lives alone, refuses home care.", "97years", "age_over_89"),
    ("He's 102 yrs young and flirts with every nurse on the unit.", "102 yrs young", "age_over_89"),
    ("grandpa, now 94yrs, still mows the lawn himself.", "94yrs", "age_over_89"),
    ("he reached 100 last week and the whole ward sang.", "100", "age_over_89"),
    ("they hit 91 yesterday and asked for a quiet day.", "91", "age_over_89"),
    ("she hit 96 on thurs and wanted no fuss at all.", "96", "age_over_89"),
    ("his 95th was last saturday and nobody came.", "95th", "age_over_89"),
    ("my client's 92nd party got cancelled because of the storm.", "92nd", "age_over_89"),
    ("their mum's 99th is in october, the whole clan is flying in.", "99th", "age_over_89"),
    ("her brother was killed the 9th of last month in a crash.", "the 9th of last month", "date"),
    ("we are meeting the 22nd of next month for the hearing.", "the 22nd of next month", "date"),
    ("the fire was on wed the 4th, right before group.", "wed the 4th", "date"),
    ("Pt relapsed on Fri 13th and called me crying.", "Fri 13th", "date"),
    ("admitted thu. the 2nd, discharged a week later.", "thu. the 2nd", "date"),
    ("Her dob is 3/22/1984 on the chart, not 3/2 as the school wrote.", "3/2", "date"),
    ("the court date moved from 2025-06-04 to 6/11 apparently.", "6/11", "date"),
    ("On 7/10 she rated her mood 4/10.", "7/10", "date"),
]


@pytest.mark.parametrize("text, substring, category", ROUND4)
def test_round4_found(text, substring, category):
    assert_flagged(text, substring, category)


@pytest.mark.parametrize("text", [
    "it's 100 years since the flood, the town had a memorial.",
    "we've done this for 100 yrs it feels like.",
    "over 90yrs of combined experience on the team.",
    "She is 91 days sober today.",
    "She hit 90 on the test and cried with relief.",
    "He hit 100 sessions with me last month.",
    "his heart rate hit 110 on monday during the panic.",
    "He hit 100 last week on his step count.",
    "They reached 95 today on the bench press.",
    "It was his 90th session with me and he finally cried.",
    "her 95th percentile score was noted in the report.",
    "her 100th session is next week.",
    "my 100th client was last month.",
    "Rent is due the 1st of the month, she always panics.",
    "He sat the 3rd exam and failed it again.",
    "Got home on sat and slept 12 hours.",
    "She rated her anxiety 8/10 before exposure and 4/10 after.",
    "SUDS 6/10 at start, 2/10 at end of session.",
    "Pain was 5/10 this morning and 7/10 last night.",
    "VoC 3/7 going to 6/7 by the end.",
    "He scored 3/5 on the recall task and 5/5 on orientation.",
    "From 9/10 down to 3/10 over the session.",
    "She said 4/10 then 2/10, good progress.",
    "She was on 2.5mg, then 5mg, then 7.5mg.",
])
def test_round4_clean(text):
    assert_clean(text)

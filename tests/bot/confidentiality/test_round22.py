"""Round 22: kinds read from the pooled false alarms of spent sets 17-21 (written before locked set 22 was read),
each as its whole kind.  Not flagged any more: an author cited by what they made - a full name's possessive before
a work ("Marsha Okonjo's original study"), a surname's possessive before a Title Case title or a manual, authors
after "by" or "from" and a work ("the workbook by Teague and Vollmer"), one author and a year in parentheses, a
method's name and its authors in the same parentheses, authors before a quoted title; an organisation named for
someone ("the Dorothy Wen Trust"); a foundation or an institute, and a health organisation's alliance or act, as no
site; holidays from the ``holidays`` package's names ("Chuseok", "Día de Muertos").  Still flagged: a person's own
things after a possessive (studies, papers, an ID, a watch), people in parentheses after a relation word, a city that
shares a holiday's name.

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    # a possessive before a work
    "Has anyone read Marsha Okonjo's original study on grief in nurses? Worth assigning?",
    "Priya Venn's trials of the app looked promising but the samples were tiny.",
    "Halvorsen's framework is what I use for the first four sessions of the group.",
    "Reading Tremaine Oduya's Compassionate Exposure for Anxious Teens this week, very practical.",
    "Esterhazy's Holding Grief Gently changed how I run my older adults group.",
    # "by" or "from" after a work
    "Try the perfectionism workbook by Teague and Vollmer, it has good homework sheets.",
    "We use the grief model from Osterberg and Quint with bereaved parents.",
    "A short validated version by Lindqvist-Amaro exists for primary care.",
    "The sleep protocol developed by Hannelore Brisk is free for clinicians.",
    # parentheses
    "Hearing loss is a big modifiable risk (Okafor 2023) so I ask about it at intake.",
    "We run MIST (Mindful Interoception Skills Training, Dowd and Pelletier) on Thursdays.",
    # authors then a quoted title
    'Our book club read Renata Blum and Teodor Sachs, "The Quiet Years After", and it split the room.',
    # an organisation named for a person, a body, a law
    "The Dorothy Wen Trust funds two places on the course each year.",
    "Materials from the Ferncliffe Foundation are free to download.",
    "The Community Health Alliance webinar on billing was useful.",
    "Is anyone registering under the new Mental Health Services Act here?",
    # holidays
    "Clients from the Korean church are away for Chuseok next week.",
    "Día de Muertos altars came up in the grief group and it was lovely.",
    "Mardi Gras week is always quiet in the clinic.",
])
def test_round22_not_identifiers(text):
    assert_clean(text)


@pytest.mark.parametrize("text, found, category", [
    ("Kemi's studies are suffering since the breakup.", "Kemi", "name"),
    ("Adaeze Obi's studies stalled after the assault.", "Adaeze Obi", "name"),
    ("Kwame Mensah's papers came through from the Home Office at last.", "Kwame Mensah", "name"),
    ("Wilhelmina's Attachment Repair Studio is where she works now.", "Wilhelmina", None),
    ("Rosalind Achebe's Medicaid ID was on the fax cover sheet.", "Rosalind Achebe", "name"),
    ("Tobias Renner's Apple Watch logs his panic attacks at night.", "Tobias Renner", "name"),
    ("Her parents (Ifeoma and Chidi) both want to join the session.", "Chidi", "name"),
    ("She's a client in Corpus Christi and wants telehealth only.", "Corpus Christi", "place"),
    ("The boy goes to Sacred Heart in Wexford, his mum says.", "Sacred Heart", "place"),
    ("A poem by her daughter Anouk was read at the funeral.", "Anouk", "name"),
])
def test_round22_people_and_places_still_flagged(text, found, category):
    assert_flagged(text, found, category)

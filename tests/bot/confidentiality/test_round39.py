"""Round 39: kinds read from spent sets 40's and 41's misses and false alarms, each as its whole kind.
Found: a full name before "talks", "quotes" or "interviews" used as a verb ("Maria Santos talks about the fire" - a
public figure's talks are still a work: "Gabor Maté talks on YouTube"); a labelled code of three letter groups, or of
two with five letters ("fishing licence KE-FL-MSA 0917", "permit NMA-GUIDE 2217"); a plate after the bare word
"vehicle" ("vehicle PRCS 4-417"); a Maltese postcode in an address written in Maltese ("Ħal Għargħur, GRG 1104"); a
postcode after a Norwegian floor ("2. etasje, 6718 ..."); a town with an accented capital after its postcode
("957 31 Övertorneå"); a name before what a person has not done ("... hasn't been in for three weeks").
Not flagged any more: British, Irish, Australian and New Zealand spellings of listed clinical words and medicines
("Hyponatraemia", "haemoglobin", "Amenorrhoea", "oesophagitis").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Teodora Vasquez talks about the fire as if it were yesterday.", "Teodora Vasquez", "name"),
    ("I keep wondering why Adaeze Oyelaran talks so little about her father.", "Adaeze Oyelaran", "name"),
    ("His fishing licence TZ-FL-KGM 0388 was confiscated at the landing site.", "TZ-FL-KGM 0388", "licence"),
    ("Guide permit NMA-TREKS 5521 expired while he was in hospital.", "NMA-TREKS 5521", "licence"),
    ("Paramedic, vehicle MDA 7-220, was first on scene at the market.", "MDA 7-220", "vehicle"),
    ("Her address is Triq San Pawl 14, Ħaż-Żabbar, ZBR 1234; the family visits daily.", "ZBR 1234", "zip_code"),
    ("Moved to Fjordgata 9, 3. etasje, 5003 Bergenhus, after the divorce.", "5003", "zip_code"),
    ("Visit at Storgatan 4, 981 32 Östermalmsbyn, on Thursday afternoon.", "981 32", "zip_code"),
    ("Visit at Storgatan 4, 981 32 Östermalmsbyn, on Thursday afternoon.", "Östermalmsbyn", "place"),
])
def test_round39_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text, found", [
    ("The email bounced and Oyinkansola Adebayo-Reid hasn't been in since June.", "Oyinkansola Adebayo-Reid"),
    ("Honestly Tereza Kowalczuk-Lind doesn't know her son posted it.", "Tereza Kowalczuk-Lind"),
])
def test_round39_names_weighed_and_kept(text, found):
    assert_flagged(text, found, "name")


@pytest.mark.parametrize("text", [
    "The CKS page on Hyponatraemia says to recheck within a week.",
    "Her haemoglobin came back low, which fits the tiredness she describes.",
    "Secondary Amenorrhoea on the antipsychotic made her stop taking it.",
    "Reflux and Oesophagitis have kept him from eating before sessions.",
    "I love Gabor Maté talks on YouTube, though some clients find them heavy.",
])
def test_round39_not_identifiers(text):
    assert_clean(text)

"""Round 20: kinds read from spent set 19's misses and false alarms (after round 19 was scored on it), each made as
general as its kind allows.  Regions of every country come from package data (data/regions.txt.gz,
scripts/build_safe_terms.py).  Found: ages in Japanese, Chinese and Korean ("96歳", "91세"), "96-y.o.", "aged 93½",
"Name is 97 ..."; a postcode named in the practice networks' languages or a few words after its name, in the shapes
used worldwide ("código postal C1425", "PLZ 10115", "the postcode for the home is 7925"); houses and plots on
numbered roads ("House 27, Road 9A", "Plot 22, Ikeja"); Slavic streets ("vul. Sadova 12, kv. 7"); Indian driving
licences; plates of Uganda, Rwanda, Tanzania and South Korea ("12가 3456"); Korean and Chinese given names of two
hyphenated syllables ("Sung-min", "Mei-ling"); a rare word's possessive before a chart, house or school.  Not flagged
any more: a country's first-level region ("Gauteng", "Andhra Pradesh", "Lagos State"); several authors after their
work and "by" ("by Faber and Mazlish"); compounds such as "Tai-chi".

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from bot.confidentiality.lexicon import is_region
from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Her great-grandmother (94歳) still runs the family shop.", "94歳", "age_over_89", ),
    ("Halmoni is 92세 and lives alone since the winter.", "92세", "age_over_89"),
    ("How do I adapt the MoCA for a 97-y.o. who is hard of hearing?", "97-y.o", "age_over_89"),
    ("Her grandfather is aged 91½ and insists on driving.", "aged 91½", "age_over_89"),
    ("Tita Remedios is 96 and still cooks for twelve.", "96", "age_over_89"),
    ("Mr Oyelaran was 93 when he moved in with his son.", "93", "age_over_89"),
    ("Mateo's código postal C1407 is on the school form.", "C1407", "zip_code"),
    ("The postcode for her new flat is 6011 if anyone knows a service nearby.", "6011", "zip_code"),
    ("PLZ 80331 - she moved to the centre last month.", "80331", "zip_code"),
    ("We visited at House 14, Road 3B, and the aunt answered.", "House 14, Road 3B", "street_address"),
    ("They rent at Plot 9, Karu now.", "Plot 9", "street_address"),
    ("new address: vul. Lisova 8, kv. 21, in the suburbs.", "vul. Lisova 8", "street_address"),
    ("His driving licence is KA05 20190012345, suspended after the crash.", "KA05 20190012345", "licence"),
    ("The boda rider (UBK 412Q) waits outside her hostel.", "UBK 412Q", "vehicle"),
    ("Their car 34나 7812 was seen outside the school again.", "34나 7812", "vehicle"),
    ("Hye-jin's school counsellor emailed me twice.", "Hye-jin", "name"),
    ("Mei-ling's chart came from the children's hospital.", "Mei-ling", "name"),
    ("Anyone seen Tevaga's school report? The parents want it reviewed.", "Tevaga", "name"),
])
def test_round20_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Anyone practising in Gauteng who takes medical aid for play therapy?",
    "The family moved from Andhra Pradesh and the boy is learning Telugu and English.",
    "Perinatal services in Ogun State are stretched, a colleague says.",
    "Pilot sites in Limpopo and KwaZulu-Natal start next term.",
    "I love \"Siblings Without Rivalry\" by Faber and Mazlish for new parents.",
    "The perinatal book by Karen Kleiman and Valerie Raskin is still my go-to.",
    "Our group does Tai-chi on Fridays and the teens love Ping-pong.",
    "Score is 95 on the full scale and the report is due Friday.",
    "Sodium was 129 at admission, so the team held the lithium.",
    "The House 3 episode had a great differential diagnosis.",
])
def test_round20_not_identifiers(text):
    assert_clean(text)


def test_regions_are_whole_phrases_and_not_towns_or_names():
    assert is_region("Gauteng") and is_region("andhra pradesh") and is_region("Lagos State")
    assert not is_region("Lagos")  # a town too: it can place a client
    assert not is_region("Mpumalanga")  # a province, but also a township in KwaZulu-Natal
    assert not is_region("Victoria")  # a given name: left to the name rules
    assert not is_region("Ohio State")  # a university, not a US state's region

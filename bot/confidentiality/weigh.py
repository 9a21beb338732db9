"""The last step of the guard: weigh each name and place it found by the words in and around it.

The detectors find a name or a place by rules: a word in a name position that no English list holds, a phrase ending
in a place word, a cue before it.  Such rules also fire on what is no one's name - a cited author ("Gerald Klerman and
Myrna Weissman"), a body ("the Belarusian Helsinki Committee"), a word of another language ("Newroz").  Each rule
was right more often than wrong, but together they raised two to three false alarms per ten clean consultation
requests, and no single rule could be cut without losing hundreds of real names (bench/README.md, rounds 33-37).

So a name or place finding is weighed, as de-identification systems that learn from labelled text do: a logistic
model over features of the span itself (how common its words are in English, whether they are listed given names,
surnames or towns, its shape) and of the words right around it (what comes before and after, a possessive, a
comma, a parenthesis).  Nothing of the rest of the text counts - not how many capitals it holds, not whether it
also holds a phone number - so that a name standing alone in a long clean question is weighed like any other.

* The weights (data/weigher.json.gz) are learned by scripts/train_weigher.py from the development data only (the
  sets bench/guard_eval.py lists as DEVELOPMENT), never from the locked set; the script reports, by holding out one
  fifth of the sets at a time, what the weighing costs in recall and saves in false alarms.
* The threshold, stored with the weights, is the highest at which the held-out recall of names and places in texts
  holding nothing else stays within one point of what the rules alone find: a client mentioned by name only is the
  case this guard exists for (blind sets lost about twice what was held out, so the allowance is small).
* A name the text itself says is a person's is never dropped (``evident``: "my client tomas", "Blessing is 12",
  "Remy, her son", "calls her Peanut"), and nothing but names and places is weighed: numbers, dates and contacts
  are found by their shape and stay found.
"""
from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import json
import math
import re
from pathlib import Path

from . import names, places
from . import wordlists as W
from .base import Ctx, Finding, Tok
from .lexicon import (
    GENERIC,
    NAMED_WORDS,
    PLACE_PREPS,
    POSSESSED,
    STRONG_VERBS,
    census_surnames,
    city_ngrams,
    fold,
    geo_cities,
    small_places,
    zipf,
)

_DATA = Path(__file__).with_name("data") / "weigher.json.gz"
WEIGHED = frozenset({"name", "place"})
_ZEROS = itertools.repeat(0.0)

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# A word before the span that says a person follows: such a name is kept whatever its weight.
_PEOPLE_PLURALS = frozenset("""parents carers twins siblings kids children grandparents in-laws folks referrals clients
patients""".split())
_PERSON_BEFORE = W.RELATION_WORDS | W.TITLES | NAMED_WORDS | W.SOCIAL_VERBS | frozenset("""client clients patient pt pt's
initials phoned rang""".split())
# A site named after "the" and a word of where: "back to the Lower Ninth Ward", "near the Bell & Anchor".
_SITE_BEFORE_RE = re.compile(r"(?i:\b(?:to|near|outside|at|behind|opposite|from)\s+the\s+)$")


@functools.cache
def _model() -> tuple[dict[str, float], float, float]:
    """(weights, bias, threshold), read once; no file, no weighing (every finding kept)."""
    try:
        with gzip.open(_DATA, "rt", encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return {}, math.inf, 0.0
    return data["weights"], data["bias"], data["threshold"]


def preload() -> None:
    _model()
    names.listed_given_names()


def _band(z: float) -> str:
    return "0" if z == 0 else "1" if z < 2 else "2" if z < 3 else "3" if z < 4 else "4" if z < 5 else "5"


def _span_features(span: str, category: str) -> tuple[str, ...]:
    """The features of the span's own words, whatever surrounds it."""
    words = _WORD_RE.findall(span) or [span]
    lows = [w.lower().strip("'’") for w in words]
    n = str(min(len(words), 3))
    bands = [_band(zipf(w)) for w in lows]
    low_band, high_band = min(bands), max(bands)
    given, surnames, towns = names.listed_given_names(), census_surnames(), geo_cities()
    f = ["cat=" + category, "nw=" + n, category + ":nw=" + n, "zmin=" + low_band, "zmax=" + high_band,
         "zfirst=" + bands[0], "zlast=" + bands[-1], category + ":zmin=" + low_band, category + ":zmax=" + high_band]
    f.extend("w=" + w for w in lows)
    first_given = "1" if lows[0] in given else "0"
    f += ["first_given=" + first_given, "last_sur=" + ("1" if lows[-1] in surnames else "0"),
          "any_geo=" + ("1" if any(towns.get(w, 0) >= 1000 for w in lows) else "0"),
          "cat_given=" + category + first_given, "suf=" + lows[-1][-3:], "len=" + str(min(len(span) // 6, 4))]
    if span.isupper():
        f.append("allcaps")
    if span.islower():
        f.append("lower")
    if "-" in span:
        f.append("hyphen")
    if category == "name" and _given_alone(span):
        f.append("given_alone")
    if not span.isascii():
        f.append("nonascii")
    return tuple(f)


def _given_alone(span: str) -> bool:
    """One word, a listed given name and no English word: "Maria", "Tomasz" - not "Grace", not "Will"."""
    low = span.lower().rstrip("'’s") if span.endswith(("'s", "’s")) else span.lower()
    return " " not in span and low in names.listed_given_names() and low not in GENERIC


def features(text: str, category: str, start: int, end: int) -> list[str]:
    """What the weights are learned on and applied to: the span's words and the words around it."""
    return [*_span_features(text[start:end], category), *_context_features(text, category, start, end)]


def _context_features(text: str, category: str, start: int, end: int) -> list[str]:
    """The features of the words around the span."""
    f: list[str] = []
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    prev = _WORD_RE.findall(before)
    nxt = _WORD_RE.findall(after)
    p1 = prev[-1].lower() if prev else "^"
    p2 = prev[-2].lower() if len(prev) > 1 else "^"
    p3 = prev[-3].lower() if len(prev) > 2 else "^"
    n1 = nxt[0].lower() if nxt else "$"
    n2 = nxt[1].lower() if len(nxt) > 1 else "$"
    f += ["p1=" + p1, "p2p1=" + p2 + "_" + p1, "n1=" + n1, category + ":p1=" + p1, "p2=" + p2, "p3=" + p3,
          "n2=" + n2, "n1n2=" + n1 + "_" + n2, category + ":n1=" + n1]
    f.extend("bw=" + w.lower() for w in prev[-6:])
    f.extend("aw=" + w.lower() for w in nxt[:4])
    if prev and prev[-1][:1].isupper():
        f.append("p1cap")
    if nxt and nxt[0][:1].isupper():
        f.append("n1cap")
    if after.startswith(("'s", "’s")):
        f.append("poss")
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ".!?:\n":
        f.append("sentstart")
    if after[:1] in (",", ";"):
        f.append("n_comma")
    if before.endswith(", "):
        f.append("p_comma")
    if after.lstrip()[:1] == "(":
        f.append("n_paren")
    if stripped.endswith("("):
        f.append("inparen")
    return f


def probability(text: str, category: str, start: int, end: int) -> float:
    """How likely the span is a real identifier, by the learned weights (1.0 when none are installed)."""
    weights, bias, _threshold = _model()
    if bias == math.inf:
        return 1.0
    # (no cache keyed by the span: the guard keeps no name or phrase of a request once the check is done)
    z = bias + sum(map(weights.get, _span_features(text[start:end], category), _ZEROS)) \
        + sum(map(weights.get, _context_features(text, category, start, end), _ZEROS))  # (get(x, 0.0), in C)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# A nickname in quotation marks after the words that give one: "calls her 'Peanut'", "goes by 'Smokey'".
_NICKNAME_BEFORE_RE = re.compile(r"(?i:\b(?:calls?|called|calling)\s+(?:her|him|them|me)|goes\s+by|went\s+by|known\s+as|"
                                 r"nicknamed|aka)\s*[\"“'‘]?$")


# What a person does or undergoes, right after the name: "Hunter keeps cancelling", "Destiny is pregnant", "Summer
# was taken into care" - not what an author does ("writes", "described", "says").
_PERSON_AFTER = (STRONG_VERBS - frozenset("""writes wrote write describes described describe quotes quoted argues
argued shows showed notes noted explains explained uses used mentions mentioned found finds suggests
suggested""".split()))
_NOT_DOING = frozenset("""hasn't hadn't doesn't didn't won't wouldn't can't couldn't isn't wasn't hasnt doesnt didnt
wont cant isnt wasnt""".split())
_STATE_AFTER_RE = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|got|gets)\s+(?:\w+\s+)?(?:pregnant|expelled|suspended|"
                             r"arrested|sectioned|homeless|adopted|fostered|married|engaged|grounded|bullied|missing|"
                             r"hospitali[sz]ed|admitted|discharged|suicidal|sober|taken\s+into\s+care|the\s+name|"
                             r"\d{1,2}\b)", re.I)
# In parentheses after a word for people, or after a name: "her parents (Ifeoma and Chidi)", "the twins' carers (Hemi
# & Aroha)", 'Gaetano Russo ("Tano")', "(MG for short)".
_PAREN_PEOPLE_RE = re.compile(r"(?P<w>[\w'’-]+)['’]?\s\(\s*[\"“]?(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s*|\s+and\s+|\s*&\s*))?$")
_AND_ANOTHER_RE = re.compile(r"\s+(?:and|&)\s+[\w'’-]+")
# (round 53) Who the person is in the family, said right after the name: "Abenaa Kakra is the child", "Kojo was her
# eldest".
_IS_WHO_AFTER_RE = re.compile(r"\s+(?:is|was|are|were)\s+(?:the|her|his|their|my|our)\s+(?P<w>[a-z]+)\b")
_FAMILY_PLACES = frozenset("""child children kid kids baby parent parents eldest youngest middle twin twins firstborn
stepson stepdaughter client patient""".split())
# (round 53) One of siblings listed before the one given with the family's name: "Siavash, Niloufar and Darya Moradi".
_LISTED_BEFORE_FAMILY_RE = re.compile(r"(?:,\s+[A-Z][\w-]+)*,?\s+(?:and|&)\s+[A-Z][\w-]+\s+(?P<s>[A-Z][\w-]+)"
                                      r"\s+(?:arrived|are|were|have|had|came|come|live|lived|moved|fled|left|attend|"
                                      r"attended|share|shared|sleep|slept|lost|survived)\b")  # (what they did, together)
# What happened in a town, said right after it: "Te Anau was flooded", "Kettering hosted the county fair".
_HAPPENED_THERE_RE = re.compile(r"\s+(?:was|were|got)\s+(?:flooded|evacuated|hit|burned|burnt|cut\s+off|destroyed|"
                                r"locked\s+down)\b|\s+hosted\b")
# An event of a client's life named by where it was: "the Pitlochry trip", "the Kinross move".
_EVENT_THERE_RE = re.compile(r"\s+(?:trip|visit|holiday|move|accident|incident|" + places.EVENT_NOUNS + r")\b")
# (round 50: what happened there, in the words the places rules read it by - "Tarakwai quake: ...")
# Two people and what they do together: "Ottoline and Kwabena are bringing their daughter".
_PAIR_DOING_RE = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]+\s+(?:are|were)\s+\w+ing\b")
# A meeting with someone, or a pupil's school year: "The intake with Oluwadamilare", "Primrose in Y10".
_MEETING_WITH_RE = re.compile(r"(?i:\b(?:intake|session|sessions|appointment|meeting|call|assessment|review|supervision)"
                              r"\s+with\s+)$")
_SCHOOL_YEAR_RE = re.compile(r"\s+in\s+(?:[YP]\d{1,2}|year\s+\d{1,2}|grade\s+\d{1,2})\b", re.I)
_RELATION_OF_RE = re.compile(r"(?P<w>[a-z][\w-]*)\s+of\s+$")
# When something happened to or with the person, right after the name: "described by Darnell Okafor last week",
# "Tamsin yesterday", "Kofi on Monday" - an author's work has no such day.
_WHEN_AFTER_RE = re.compile(r"\s+(?:last\s+(?:week|night|month|session|time)|yesterday|today|this\s+(?:morning|week|"
                            r"afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
                            re.I)
# Who someone is, said after a comma: ", a teacher", ", an electrician" (not ", a lot", ", a bit").
_A_ROLE_AFTER_RE = re.compile(r",\s+an?\s+(?!(?:lot|bit|few|little|while|year|week|month|day|time|way|kind|sort)\b)"
                              r"[a-z]{3,}")
# Where someone is from, then what they did: "Dean of Kilbride said ...", "Aroha of Ōtaki rang".
_OF_PLACE_THEN_RE = re.compile(r"\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?P<v>[a-z]+)\b")


def _of_place_then_doing(text: str, end: int) -> bool:
    m = _OF_PLACE_THEN_RE.match(text, end)
    return m is not None and (m.group("v") in _PERSON_AFTER or m.group("v") in _NOT_DOING)


_FAMILY_AFTER_RE = re.compile(r"\s+(?:family|families|household|twins|kids|children|siblings|brothers|sisters|boys|"
                              r"girls)\b")
_FOR_SHORT_RE = re.compile(r"\s+for\s+short\b")
# A nickname in quotation marks said to be one: 'prefers "Bodie"', '"Slim" to everyone'.
_QUOTED_NICKNAME_RE = re.compile(r"[\"”'’]\s+to\s+(?:everyone|everybody|friends|his\s+friends|her\s+friends|the\s+family|"
                                 r"his\s+mates|her\s+mates)\b")
# People listed after a word for them and a colon: "Clients this week: Pema, Sonam, Dorji".
_LISTED_PEOPLE_RE = re.compile(r"\b(?:clients|patients|kids|children|members|parents|siblings|twins|sons|daughters|"
                               r"grandchildren|students|referrals)\b[^.:;!?\n]{0,30}:\s*(?:[\w'’-]+(?:,\s*|\s+and\s+))*$",
                               re.I)
# Where colleagues are, said of the colleagues: "perth folks - anyone ...", "auckland colleagues, ...".
_PEOPLE_OF_PLACE_RE = re.compile(r"\s+(?:folks|colleagues|people|peeps|clinicians|therapists|counsellors|counselors|"
                                 r"crew|team|friends|locals)\b", re.I)


_WHERE_BEFORE = PLACE_PREPS | frozenset("fled leave left leaving off outside near visiting visited".split())


def _listed_town(span: str) -> bool:
    """A town of 1,000 people or more in GeoNames (or the first part of a hyphenated one: "Niono-Coura"), or a small
    place of the practice networks' countries that is no English word."""
    if " " in span:
        return False
    low = fold(span.lower())
    towns = geo_cities()
    head = low.split("-")[0]  # (round 52: a head that is no English word - not "Post-Dobbs", "Pan-African")
    return towns.get(low, 0) >= 1000 or (towns.get(head, 0) >= 1000 and zipf(head) < 3.0) or (
        low in small_places() and zipf(low) < 3.0)


def _listed_place(span: str) -> bool:
    """A listed town, of one word or several ("Apple Valley")."""
    if " " not in span:
        return _listed_town(span)
    low = fold(" ".join(span.lower().split()))
    return geo_cities().get(low, 0) >= 1000 or low in city_ngrams()


_TOWN_AND_RE = re.compile(r"(?P<t>[A-Z][^\W\d_][\w'’-]*)(?:\s+(?:and|or)\s+|,\s)$")
_OPENING_EVENT_RE = re.compile(places.EVENT_YEAR_OR_SURVIVORS_AFTER)


def _listed_town_before_and(text: str, start: int) -> bool:
    m = _TOWN_AND_RE.search(text, max(0, start - 40), start)
    return m is not None and _listed_town(m.group("t"))


def _start(t: Tok) -> int:
    return t.start


# (round 46) A town's possessive before one of its districts: "Croydon's Waddon", "Luleå's Svartöstaden", "Nice's
# Californie quarter", "Orlando's SoDo" - a district in no English word list, or one named as a side or quarter.
_DISTRICT_AFTER_RE = re.compile(r"['’]s?\s+(?P<d>[A-Z][^\W\d_][\w'’-]*(?:[ -][A-Z][^\W\d_][\w'’-]*)?)"
                                r"(?P<kind>\s+(?:side|end|quarter|district|barrio|estate|township|neighbourhood|"
                                r"neighborhood))?\b")


def _district_after(text: str, end: int) -> bool:
    m = _DISTRICT_AFTER_RE.match(text, end)
    if m is None:
        return False
    words = re.split(r"[ -]", m.group("d").lower())
    return m.group("kind") is not None or any(zipf(w) < 3.0 and w not in names.listed_given_names() for w in words)


# (round 52) What may stand between a word for a person and the name it introduces: a space, a title's full stop, a
# label's colon, a dash or an apposition's comma ("Dr. Achterberg", "Client: Esi", "my client, Tomas") - not the end
# of a sentence ("from a former client? Gut says no") nor the comma after a name's last word ("Pauline Boss,
# Ambiguous Loss").
def _said_of(text: str, start: int, prev: list[str]) -> bool:
    word = prev[-1]
    gap = text[text.rindex(word, max(0, start - 24), start) + len(word):start]
    if "?" in gap or "!" in gap or ";" in gap or "\n" in gap or ("." in gap and word.lower() not in W.TITLES):
        return False
    return "," not in gap or not (word[:1].isupper() and len(prev) > 1 and prev[-2][:1].isupper())


def evident(ctx: Ctx, finding: Finding) -> bool:
    """A name the text itself says is a person's, which no weight may drop: after a word for a person ("my client
    tomas", "Dr. Achterberg", "named Kofi"), before what says it is one ("Blessing is 12", "Remy, her son", "Hemi
    (carer)", "Juniper's eating disorder"), or a nickname given ("everyone calls her Peanut")."""
    text, start = ctx.text, finding.start
    prev = _WORD_RE.findall(text[max(0, start - 24):start])
    if prev and prev[-1].lower().rstrip(".") in _PERSON_BEFORE and _said_of(text, start, prev):
        return True
    if (not prev or prev[-1].lower() in _WHERE_BEFORE) and _listed_town(text[start:finding.end]) and (
            prev or not text[:start].strip()):
        return True  # (round 40) a listed town where someone is or comes from, or opening the text: "from Niono-Coura",
        # "fled Benghazi", "Taipei transfer: ..." (whichever category the rules gave it)
    if not text[:start].strip() and _OPENING_EVENT_RE.match(text, finding.end):
        return True  # (round 46) opening the text with the year of what happened there, or who it left: "Tenerife
        # 1977, ...", "Lockerbie parent, ..." (whichever category the rules gave it)
    if prev and (prev[-1].lower() in ("and", "or") or text.endswith(", ", 0, start)) \
            and _listed_place(text[start:finding.end]) and _listed_town_before_and(text, start):
        return True  # (round 46) the second of two listed towns: "I cover Lakeville and Apple Valley"; (round 52) or
        # after a comma: "from Eagan, Apple Valley and Farmington"
    if finding.category != "name":
        return any(c.isdigit() for c in text[start:finding.end]) \
            or _PEOPLE_OF_PLACE_RE.match(text, finding.end) is not None \
            or _SITE_BEFORE_RE.search(text, max(0, start - 16), start) is not None \
            or _HAPPENED_THERE_RE.match(text, finding.end) is not None \
            or _EVENT_THERE_RE.match(text, finding.end) is not None \
            or _district_after(text, finding.end) or places.town_and_district(text, start, finding.end)
    span = text[start:finding.end]
    if span.islower() or _NICKNAME_BEFORE_RE.search(text, max(0, start - 24), start):
        return True  # (a name in lower case: the rules found it by lists and cues, few words are so written)
    # (round 54: a given name alone, no English word - "Maria, a teacher in Boulder" - is no longer evident but weighed,
    # with a feature of its own (_given_alone): 208 of the 485 it kept on development data were no one's - "Jane
    # App", "Ross Greene's", "Alma changed their CPT rates" - and weighed, held out, the false alarms fall by a tenth
    # for the same recall of names that stand alone)
    if (_A_ROLE_AFTER_RE.match(text, finding.end) or _of_place_then_doing(text, finding.end)) and _given_alone(span):
        return True  # ... unless the text says who they are or what they did: "Maria, a teacher in Boulder",
        # "Tomasz, an electrician", "Dean of Kilbride said he would call"
    if _STATE_AFTER_RE.match(text, finding.end) or _FOR_SHORT_RE.match(text, finding.end) \
            or _WHEN_AFTER_RE.match(text, finding.end):
        return True
    quoted = text[start - 1:start] in ("\"", "“") and text[finding.end:finding.end + 1] in ("\"", "”")
    if quoted and (text[max(0, start - 10):start - 1].rstrip().endswith(("prefers", "prefer"))
                   or _QUOTED_NICKNAME_RE.match(text, finding.end)):
        return True
    paren = _PAREN_PEOPLE_RE.search(text, max(0, start - 40), start)
    if paren is not None:
        word = paren.group("w").lower()
        if word in names.PAREN_PERSON_BEFORE or word[:-1] in names.PAREN_PERSON_BEFORE or word in _PEOPLE_PLURALS \
                or (paren.group("w")[:1].isupper() and not word.isupper()):
            return True
    relation = _RELATION_OF_RE.search(text, max(0, start - 24), start)
    if relation is not None and relation.group("w") in W.RELATION_WORDS:
        return True  # "a friend of Kwame's", "the mother of Aroha"
    if text[max(0, start - 4):start].lower() == "the " and _FAMILY_AFTER_RE.match(text, finding.end):
        return True  # (round 57) a family by its name: "the Brannigan family wants a letter", "the Okafor twins"
    if _PAIR_DOING_RE.match(text, finding.end) or _SCHOOL_YEAR_RE.match(text, finding.end) \
            or _MEETING_WITH_RE.search(text, max(0, start - 30), start):
        return True
    who = _IS_WHO_AFTER_RE.match(text, finding.end)
    if who is not None and (who.group("w") in W.RELATION_WORDS or who.group("w") in _FAMILY_PLACES):
        return True
    if " " not in span:
        family = _LISTED_BEFORE_FAMILY_RE.match(text, finding.end)
        if family is not None and (family.group("s").lower() in census_surnames() or zipf(family.group("s").lower()) == 0):
            return True
    pair = _AND_ANOTHER_RE.match(text, finding.end)
    if pair is not None and names.PLURAL_PAREN_RE.match(text, pair.end()):
        return True  # "Precious and Miracle (twins, 9)"
    if ":" in text[max(0, start - 70):start] and _LISTED_PEOPLE_RE.search(text, max(0, start - 70), start):
        return True
    toks = ctx.toks
    i = bisect.bisect_left(toks, finding.end, key=_start) - 1  # the span's last word
    if i < 0 or toks[i].start < start:
        return False
    t = toks[i]
    if t.poss and i + 1 < len(toks) and toks[i + 1].low in POSSESSED:
        return True
    if not t.poss and i + 1 < len(toks) and ctx.gaps[i] == " " and toks[i + 1].low in names.RECORD_WORDS \
            and text[max(0, start - 4):start].lower() == "the ":
        return True  # (round 50) a family's record, as the names rules read it: "opened the Lindqvist chart"
    if not t.poss and i + 1 < len(toks) and ctx.gaps[i] == " " and (
            toks[i + 1].low in _PERSON_AFTER or toks[i + 1].low in _NOT_DOING):
        return True  # (round 39: or what a person has not done - "Gbemisola Akinyemi hasn't been in")
    return bool(names.person_follows(ctx, i))


def keep(ctx: Ctx, findings: list[Finding]) -> list[Finding]:
    """The findings less the names and places whose weight is under the learned threshold."""
    weights, bias, threshold = _model()
    if bias == math.inf or not any(f.category in WEIGHED for f in findings):
        return findings
    return [f for f in findings
            if f.category not in WEIGHED or probability(ctx.text, f.category, f.start, f.end) >= threshold
            or evident(ctx, f)]  # (the weight first: most names weigh enough, and it is the cheaper test)

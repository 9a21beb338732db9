"""Personal names, found by what a word is NOT (in the manner of Philter, UCSF).

A word in a name position - capitalised mid-sentence, after "my client" / "named" / a title or
relation word, a possessive, in capitals after a title, or in lower case right after such a cue -
is a candidate name unless it is known safe: common English (wordfreq, see lexicon.py), clinical
vocabulary, or the project's safe lists (wordlists.py).  Candidates are then weighed with context:
a person verb after it ("Gaukhar said"), a possessive with a relation ("Ikenna's father"), a
neighbouring name, against signs that it is a thing (an app, a show, a cited author, a method).
Listed given names and surnames (US Census via the ``names`` package, plus the hand lists for
other cultures) raise the weight; they are never the only way a name is found.

A word built from a common English word by a suffix ("Declining", "parented", "flips";
``lexicon.english_morph``) counts as English, and a word with capitals inside ("MoCA", "GoFundMe")
as a brand or test.  Lower-case full names ("ivy nakamura was ...") and names typed in capitals in
text that is not ("YOUSEF AL-KHATIB - sorry caps lock") have their own passes.

Speed: a word's kind is computed once per spelling and memoised (``_KIND_CACHE``; past a check only for public
words, memo.py), and the cue pass looks only at words that can be cues, so a 500-character request costs well under
a millisecond.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import wordlists as W
from .base import Ctx, Tok, sentence_start_at
from .lexicon import (
    BIG_PLACES_1,
    CUE_ONLY,
    CUE_PAIRS,
    DETERMINERS,
    GENERIC,
    KNOWN,
    LOWER_UNSAFE,
    MEASURE_SHORT_NAMES,
    NAMED_WORDS,
    PARTICLES,
    POSSESSED,
    SKIP_MAX,
    SKIP_NAMES,
    STRONG_VERBS,
    census_given,
    census_surnames,
    english_morph,
    followed_by_method,
    geo_cities,
    is_region,
    measure_use,
    mixed_caps,
    romance_common,
    safe_terms,
    zipf,
)
from .memo import Memo, per_check


def _is_casual_lowercase(ctx: Ctx) -> bool:
    """Typed without capitals: 'ok so bongani finally agreed ... i think'."""
    toks = ctx.toks
    if not toks:
        return False
    if any(t.word == "i" for t in toks):
        return True
    # a sentence begun in lower case - after a full stop, a line break or at the start; after a colon, a semicolon
    # or a dash lower case is ordinary English ("Basil, rosemary and mint: her garden is ...")
    return any(not t.cap and ctx.sent(k) and t.low not in ("e", "g", "i")
               and ctx.text[:t.start].rstrip(" \t\"'“‘([*_>")[-1:] in ("", ".", "!", "?", "\n", "\r", "…")
               for k, t in enumerate(toks))


# Zipf thresholds (wordfreq): below RARE a word is not common English; from COMMON up it is.
RARE = 3.0
COMMON = 4.0


@functools.cache
def _given() -> frozenset[str]:
    return W.GIVEN_NAMES | census_given()


def listed_given_names() -> frozenset[str]:
    """The given names of the project's list and the 1990 US Census (weigh.py reads them too)."""
    return _given()


_CONTRACTION_ENDS = ("'t", "'s", "'ll", "'re", "'ve", "'d", "'m", "’t", "’s", "’ll", "’re", "’ve", "’d", "’m")
_APOSTROPHES_RE = re.compile("['’]")
_ELISIONS = ("j'", "j’", "qu'", "qu’", "n'", "n’", "s'", "s’", "t'", "t’", "m'", "m’")


@per_check  # (memo.py: its keys are words of what people typed, forgotten when the check ends)
def _by_frequency(low: str) -> str:
    """Kind of a word in no hand list, by what it is NOT: not common English -> a candidate name."""
    z = zipf(low)
    if ("'" in low or "’" in low) and z >= RARE and not low.endswith(_CONTRACTION_ENDS) \
            and not low.startswith(_ELISIONS):  # (French elision: "J'ouvert", "qu'il")
        # an apostrophe inside a name ("Mata'afa", "Ka'imi", "O'Dowd"): wordfreq reads its parts as words
        z = min(zipf(part) for part in _APOSTROPHES_RE.split(low) if part) if len(low) >= 5 else z
    if low in census_given() or low in census_surnames():
        if z < 3.5:
            return "known"
        if z < 4.5:
            return "wordlike"
        return "common"
    if z < COMMON and english_morph(low):
        return "common"  # a form of a common English word: "Declining", "parented", "flips"
    if z < RARE:
        return "rare"
    if z < COMMON:
        return "unknown"
    return "common"


# Word endings of English adjectives and abstract nouns ("ambivalent", "resistant", "tearful"): a lower-case
# word after "pt" that ends like this and is not a listed name is a description, not a name.
_ENGLISH_ENDINGS = ("ent", "ant", "ive", "ous", "ful", "less", "able", "ible", "ness", "ment", "tion", "sion", "ity",
                    "ical", "ally", "ism", "ist", "ized", "ised", "ated", "ating", "ish", "ary", "ory")


# Endings of clinical and learned terms.  Wordfreq keeps no word rarer than Zipf 2.5 here, so "anhedonia",
# "interoceptive" and a client's name all read 0: in lower case, without a listed name, the ending tells them apart.
_TERM_ENDINGS = _ENGLISH_ENDINGS + ("ia", "ive", "sis", "ic", "al", "ology", "pathy", "phobia", "emia", "itis", "osis",
                                    "ance", "ence", "ing", "ed", "ly", "ine", "ide", "ate", "one", "am", "ol")


def _term_shape(low: str) -> bool:
    """A lower-case word shaped like a clinical or learned term and no listed given name."""
    return low.endswith(_TERM_ENDINGS) and low not in _given()


def _english_shape(low: str) -> bool:
    return low.endswith(_ENGLISH_ENDINGS) and zipf(low) >= 2.0 and low not in _given() \
        and low not in census_surnames()


# A parenthesis or an apposition after a word that says the word is a person: "Anwen (pt)", "Radek (client, 52)",
# "Noor (29F)", "Tevita (he/him)", "Ottilie, 44, ...".
_PERSON_PAREN_RE = re.compile(
    r"\s?\((?:(?:pt|client|cl|patient)\s?[,)]|age\s?\d|(?:the|her|his|their)\s+(?:older|younger|eldest|oldest|youngest|"
    r"middle|little|big|baby)\s+(?:boy|girl|one|son|daughter|brother|sister|kid|child)\b|\d{1,3}\s?(?:[fmFM]|yo|y/o|yrs?|years?(?: old)?)\s?[,)/]"
    r"|(?:he|she|they|ze|xe)/|[fmFM],?\s?\d{1,3}\s?[,)]"
    r"|(?:yes,?\s+)?(?:that'?s\s+|it'?s\s+)?(?:her|his|their)\s+(?:real\s+|actual\s+|given\s+|chosen\s+|preferred\s+|legal\s+|"
    r"birth\s+|new\s+|old\s+|nick)?name\b"  # "Kōtuku (her real name)", '"Brandy" (her chosen name, ...)'
    r"|(?:yes,?\s+)?(?:that'?s\s+)?(?:her|his|their\s+)?real\s+name\b"
    r"|not\s+(?:her|his|their)\s+real\s+name\b"  # "Falzy (real name Rocco ...)", "(yes, real name)"
    # who someone is, then an age or what they speak: "Bishnu (Nepali, 41, ex-Gurkha)", "Arami (Paraguayan, speaks"
    r"|[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)?,\s?(?:\d{1,2}(?:\s?[,)/]|\s+(?:yo|y/o|years?)\b)|speaks\b|born\s+in\b|ex-)"
    r"|[A-Z][\w'’-]*\s+is\s+(?:her|his|their)\s+(?:real\s+)?name\b)")  # "Gift (Gift is his name)"
# What a person is said to do or be, in parentheses after the word (round 14): "ferdy (he's 19 and ...)", "Mihaela
# (she's a cashier there)", "bobo (nickname, ...)", "R.J.D. (prefers initials ...)".
_PRONOUN_PAREN_RE = re.compile(r"\s?\((?:(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+was|\s+writes|\s+signs|\s+goes|"
                               r"\s+prefers|\s+asked|\s+uses|\s+works|\s+lives|\s+wants|\s+hates|\s+likes)\b"
                               r"|nickname\b|(?:prefers\s+)?initials\b)")
_RELATION_PAREN_RE = re.compile(r"\s?\((?:(?:her|his|their|my|our|pt's|client's|the)\s)?(?:twins?|triplets|"
                                + "|".join(sorted((re.escape(w) for w in W.RELATION_WORDS), key=len, reverse=True))
                                + r")\b")
PLURAL_PAREN_RE = re.compile(r"\s?\((?:twins|triplets|siblings|sisters|brothers|both|a couple|married|partners|"
                               r"\d{1,2}\s?(?:&|and)\s?\d{1,2})\b")
_NUMBER_PAREN_RE = re.compile(r"\s?\(\d{1,2}\s?[,)]")
_PERSON_APPOSITION_RE = re.compile(
    r",\s\d{1,2}(?:\s?(?:yo|y/o|[fmFM])|-?ish|-something)?(?:[,;.!?)]|$|\s(?:and|with|who|has|had|is|was|years?|yrs?|yo)\b)"
    r"|\s[-–—]\s\d{1,2}(?:\s?(?:yo|y/o|[fmFM]))?(?:[,;)]|\s[-–—]\s)")  # "Eirlys - 41, works nights ..."

_RELATION_APPOSITION_RE = re.compile(r",\s(?:her|his|their|my|our|the\s+client's|pt's)\s+(?:(?:older|younger|eldest|"
                                     r"oldest|youngest|middle|little|big|baby|twin|step|late|new|ex)\s+)?(?:"
                                     + "|".join(sorted((re.escape(w) for w in W.RELATION_WORDS), key=len, reverse=True))
                                     + r")(?:[,;.!?)]|$)")
_RELATION_PLURALS = frozenset("in-laws inlaws parents children folks siblings grandparents stepkids step-kids".split())
# Pronouns said of someone: "River uses they/them", "Ash goes by he/him".
_PRONOUNS_STATED_RE = re.compile(r"\s(?:uses|prefers|goes\s+by|is)\s(?:they|she|he|ze|xe|any)/(?:them|her|him|hir|zir|they)\b")
# An age said of someone: "is 12 and", "was 15 when", "turns 16 in May", "is 9." (not "is 8/10", "was 12 mg").
_AGE_STATED_RE = re.compile(r"\s(?:is|was|turned|turns|just\s+turned)\s\d{1,2}(?=\s?(?:yo|y/o|years?\b|yrs?\b|[,;.!?)]"
                            r"|$|\s(?:and|but|now|when|with|so|in|this|last|next)\b))")


_PEOPLE_AND_AGE_RE = re.compile(r"(?:\s?\(\s*|,\s+|\s[-–—]\s+)(?P<w>[A-Za-z][\w'’-]+)(?:\s+[A-Za-z][\w'’-]+)?,\s*\d{1,2}"
                                r"(?:\s?[,)/]|\s+(?:yo|y/o|years?|yrs?|and|with|who|is|was|has)\b)")


def person_follows(ctx: Ctx, i: int) -> str:
    """"paren" or "apposition" when what follows token i says it is a person, else ""."""
    t = ctx.toks[i]
    rest = ctx.text[t.full_end:t.full_end + 24]
    if rest[:1] in "\"”'’" and ctx.text[t.start - 1:t.start] in "\"“'‘" and t.start:
        rest = rest[1:]  # a quoted name: '"Brandy" (her chosen name)'
    if "(" in rest[:2] and (_PERSON_PAREN_RE.match(rest) or _RELATION_PAREN_RE.match(rest)):  # (all three: "\s?\(")
        return "paren"
    if "(" in rest[:2] and not t.poss and _PRONOUN_PAREN_RE.match(rest):
        return "pronoun"  # (an English word needs more: "Therapy (she's ambivalent)" is no one)
    people = _PEOPLE_AND_AGE_RE.match(rest)
    if people and people.group("w").lower() in W.PEOPLES:
        return "paren"  # who someone is and their age: "Oguljan (turkmen, 19)", "Haroon, Pakistani, 19,", "Tiago - portuguese, 17"
    if "(" in rest[:2] and _NUMBER_PAREN_RE.match(rest):
        return "number"
    if not t.poss and _PERSON_APPOSITION_RE.match(rest):
        return "apposition"
    if not t.poss and (_AGE_STATED_RE.match(rest) or _PRONOUNS_STATED_RE.match(rest)):
        return "apposition"  # "Blessing is 12 and ...", "wanjiru was 15 when ...", "River uses they/them"
    if not t.poss and t.low not in GENERIC and not t.low.endswith("ly") and zipf(t.low) < 4.5 \
            and _RELATION_APPOSITION_RE.match(ctx.text, t.full_end):
        return "apposition"  # "Brandy, his daughter, is 16", "I called Hope, her sister." (not "Anyway, her son")
    return ""


@per_check  # speed: asked for the same pair many times per text (memo.py: forgotten when the check ends)
def _lower_full_name(t: Tok, u: Tok) -> bool:
    """t and u, both in lower case, read as a given name and a surname no English list has (round 29)."""
    compound = "-" in u.low or "'" in u.low
    if t.cap or u.cap or t.poss or len(t.low) < 3 or len(u.low) < 4 or not t.low.replace("-", "").isalpha() \
            or t.low in LOWER_UNSAFE or t.low in GENERIC or (not compound and _safe_lower(u.low)) \
            or u.low in LOWER_UNSAFE or u.low in GENERIC:
        return False
    if not (t.low in _given() and zipf(t.low) < 4.5) and (zipf(t.low) >= COMMON or english_morph(t.low)
                                                           or _term_shape(t.low) or t.low in W.METHOD_WORDS):
        return False  # (a given name no list has may be rare English: "conor", "wal", "dev")
    if compound:
        parts = [p for p in re.split("[-']", u.low) if p]
        return len(parts) >= 2 and all(p.isalpha() for p in parts) and any(
            len(p) >= 3 and zipf(p) < RARE and not _term_shape(p) and p not in GENERIC for p in parts) \
            and not _term_shape(u.low)
    return u.low.isalpha() and zipf(u.low) < 2.8 and (u.low in census_surnames() or zipf(u.low) == 0) \
        and not _term_shape(u.low) and u.low not in GENERIC and u.low not in W.METHOD_WORDS


def _safe_lower(low: str) -> bool:
    return low in GENERIC or low in W.METHOD_WORDS or low in W.PERSON_VERBS or zipf(low) >= COMMON


# Adverbs and particles after "called"/"named": "never called back", "called in sick", "called again".
_PARTICLES = frozenset("""back in out off up again over around ahead today yesterday tonight twice once early late
later now first home sick about it""".split())


_POSSESSIVE_PRONOUNS = frozenset("my your his her its our their".split())
_MET_BEFORE = frozenset("saw met see meet seeing meeting into with about".split())  # (before a lower-case pair)
# What only a person does, after a lower-case pair opening a sentence ("moana lutui runs a stall"); not verbs a thing
# can take too ("periwinkle harmonica attempts at naming ...", "attempts", "uses", "shows").
_PAIR_PERSON_VERBS = frozenset("""said says told tells texted texts called calls rang rings phoned emailed messaged
works worked lives lived runs ran wants wanted keeps kept refuses refused cried cries moved came comes left
asked asks disclosed admitted denied insists insisted drinks drank sleeps slept hates loves misses missed
cancelled canceled""".split())


@per_check  # speed: asked for the same words many times per text (memo.py: forgotten when the check ends)
def _foreign_lower(low: str) -> bool:
    """A lower-case word that may be part of a name: in no English word list, no clinical term, not a code."""
    return len(low) >= 3 and low.isalpha() and zipf(low) < 3.0 and not _term_shape(low) and low not in GENERIC \
        and low not in LOWER_UNSAFE and low not in W.METHOD_WORDS and low not in W.PERSON_VERBS


@per_check  # speed: asked for the same words many times per text (memo.py: forgotten when the check ends)
def _listed_lower(low: str) -> bool:
    """A lower-case word that is a listed given name or surname and no common English word: "lee", "vang"."""
    return len(low) >= 2 and low.isalpha() and zipf(low) < 5.0 and low not in GENERIC and low not in LOWER_UNSAFE \
        and low not in W.PERSON_VERBS and (low in _given() or low in census_surnames())


_DISCOURSE = frozenset("so anyway ok okay and but then also btw um well hey update re plus oh yeah".split())


def _opens_clause(ctx: Ctx, i: int) -> bool:
    """Token i opens its sentence, perhaps after a few words that only open a clause ("so anyway ...")."""
    j = i
    while j > 0 and i - j < 3 and ctx.toks[j - 1].low in _DISCOURSE and ctx.gaps[j - 1] in (" ", ", "):
        j -= 1
    return ctx.sent(j)


def _verb_form(low: str) -> bool:
    """A past tense or -ing form of an English verb, even one that is also a surname: "client gambled $300",
    "pt binged", "client relapsed"; not a given name ("ahmed", "reed")."""
    if len(low) < 5 or not low.endswith(("ed", "ing")) or low in _given() or low in KNOWN:
        return False
    head = low[:-2] if low.endswith("ed") else low[:-3]
    stems = (head, head + "e", head[:-1] if len(head) > 3 and head[-1] == head[-2] else head)
    return any(zipf(x) >= 3.5 for x in stems if len(x) >= 3)


def _s_form(low: str) -> bool:
    """A plural or third-person form of an English word, and no listed name: "foster carers", "his wife supervises"
    (not "nicolas", "carlos")."""
    return len(low) >= 5 and low.endswith("s") and low not in _given() and (
        zipf(low[:-1]) >= 2.8 or (low.endswith("es") and zipf(low[:-2]) >= 2.8))


def _participle(low: str) -> bool:
    """A verb's -ing form: "asking", "saying", "crying" (not "sterling")."""
    return len(low) >= 6 and low.endswith("ing") and (zipf(low[:-3]) >= 3.0 or zipf(low[:-3] + "e") >= 3.0)


# (round 54) What follows a verb, not a name: after "a client", a word that is also a name reads as the verb when one
# of these follows it - "a client drew her family", "the client will the house to" - not "my client drew is 15".
_OBJECT_WORDS = frozenset("her his their a an the my me us them it its our your".split())


def _lower_candidate(low: str, kind: str, strength: int) -> bool:
    """A lower-case word right after a name cue: a name unless it is known safe."""
    if kind in ("never", "common", "cue_only"):
        return strength >= 3 and kind != "never" and low not in W.PERSON_VERBS and low not in _PARTICLES \
            and not low.endswith("ly") and not _participle(low)
        # (an adverb: "was called, unkindly" - listed names ending so are "known"; a participle: "called asking")
    if low in W.PERSON_VERBS or low in W.METHOD_WORDS or _english_shape(low) or _verb_form(low) or _s_form(low):
        return False
    if len(low) >= 6 and low.endswith("ing") and zipf(low) >= 3.0 and low not in _given():
        return False  # (round 44) a verb's -ing form English knows, after "client": "a client grieving a stillbirth"
    if len(low) >= 6 and low.endswith("ed") and zipf(low) >= 2.5 and low not in _given() \
            and low not in census_surnames():
        return False  # (round 47) ... and its past: "my client tapered over five months"
    if kind == "wordlike":  # "pt hope is ..." is the word; "my client hope" and "named hope" are the name
        return strength >= 3 or (low in _given() and zipf(low) < 4.5)
    return kind != "unknown" or zipf(low) < 3.5 or strength >= 3


# Words before a capitalised word that make it a thing (an app, a show, a book, a cited author), not a client.
_THING_BEFORE = frozenset("""binged binge binges bingeing binging streamed streams streaming rewatched rewatching
rewatches rewatch through via using use uses used into watched watches watching watch plays played
playing reads read reading downloaded download app apps per cf podcast podcasts show shows book books
brand""".split())
# ... except what a record shows: "the platform log shows Nikolai Sorokin connecting from ...".
_SHOWS = frozenset("shows show showed lists listed has had names named".split())
_RECORDS = frozenset("""log logs record records chart file screen list register report camera footage video photo
screenshot email history notes system portal rota roster schedule calendar form referral letter receipt""".split())
_THING_BEFORE_TO = frozenset("listens listen listening listened".split())
# ... except a person met by chance: "I ran into Salote Kupu", "bumped into her ex".
_MET_INTO = frozenset("ran run runs running bumped bump bumps bumping".split())
# "a game of Uno", "a bottle of Jameson", "a season of Bluey", "a copy of Atomic Habits": an X of a thing
_THING_BEFORE_OF = frozenset("""game games round rounds hand hands bottle bottles glass glasses cup cups pack packet
box can cans episode episodes season seasons copy copies issue issues dose doses course""".split())
_THING_AFTER = frozenset("app apps podcast show series game games book books channel website site platform "
                         "account program programme course curriculum brand form forms scale scales questionnaire "
                         "questionnaires rating ratings checklist overview chapter textbook article paper "
                         "papers trials review reviews".split())

# What a person has, said with a possessive: "Kahurangi's account", "Yoselin's channel" - an owner, not an author
# ("Linehan's book") or an app ("the Calm app").
_OWNED = frozenset("account accounts channel website site profile page login papers".split())


def _owned_after(ctx: Ctx, last: int) -> bool:
    """What follows a possessive, within three words, is a thing a person has: "... 's client portal account"."""
    toks = ctx.toks
    return any(toks[k].low in _OWNED or toks[k].low in POSSESSED for k in range(last + 1, min(last + 4, len(toks))))


def _thing_context(ctx: Ctx, first: int, last: int) -> bool:
    toks = ctx.toks
    if first > 0 and ctx.gap(first - 1, first) == " ":
        p = toks[first - 1].low
        if p in _THING_BEFORE and not (p == "into" and first > 1 and toks[first - 2].low in _MET_INTO) \
                and not (p in _SHOWS and first > 1 and toks[first - 2].low in _RECORDS) \
                and not (toks[last].poss and _owned_after(ctx, last)):
            return True  # (but "using Noor Al-Sayed's client portal account" is hers: round 27)
        if p == "to" and first > 1 and toks[first - 2].low in _THING_BEFORE_TO:
            return True
        if p == "of" and first > 1 and toks[first - 2].low in _THING_BEFORE_OF and ctx.gap(first - 2, first - 1) == " ":
            return True
    if last + 1 < len(toks) and ctx.gap(last, last + 1) == " " and toks[last + 1].low in _THING_AFTER \
            and not (toks[last].poss and toks[last + 1].low in _OWNED):
        return True
    # two authors: "the Mitchell & Black overview"
    if last + 2 < len(toks) and ctx.gap(last, last + 1) == " & " and toks[last + 1].cap \
            and ctx.gap(last + 1, last + 2) == " " and toks[last + 2].low in _THING_AFTER:
        return True
    # ... or with "and", either author: "the 1987 Hazan and Shaver paper"
    if last + 3 < len(toks) and toks[last + 1].low == "and" and toks[last + 2].cap and not toks[last + 2].poss \
            and ctx.gap(last, last + 1) == " " and ctx.gap(last + 1, last + 2) == " " \
            and ctx.gap(last + 2, last + 3) == " " and toks[last + 3].low in _THING_AFTER:
        return True
    if first >= 2 and toks[first - 1].low == "and" and toks[first - 2].cap and ctx.gap(first - 1, first) == " " \
            and ctx.gap(first - 2, first - 1) == " " and last + 1 < len(toks) and ctx.gap(last, last + 1) == " " \
            and toks[last + 1].low in _THING_AFTER:
        return True
    return False


_KIND_CACHE: Memo[str] = Memo(limit=200_000)  # (memo.py: past a check it keeps only public words)
_PREFIXES = frozenset("mid pre post anti non pro neo ex co self semi multi inter intra".split())
_DATE_PARTS = frozenset("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec "
                        "monday tuesday wednesday thursday friday saturday sunday".split())
# Kin titles said before a name ("nana dorcas", "doña remedios", "mzee otieno"), after a comma or a possessive.
_KIN_TITLES = frozenset("nana doña dona don mzee bibi kuya manang manong abuela abuelo tía tío tia tio nani dadi "
                        "aunty auntie uncle tita tito lola lolo".split())
_KIN_TITLE_BEFORE = frozenset("the her his their my our mom mum mother dad father grandmother grandma grandfather "
                              "grandpa abuela abuelo".split())
PAREN_PERSON_BEFORE = W.RELATION_WORDS | frozenset("""fella fellow guy bloke lad lass girl boy kid man woman
dude chap youngster teen teenager child client patient pt""".split())
_CALL_VERBS = frozenset("call calls called calling nickname nicknames nicknamed".split())
_CALL_OBJECTS = frozenset("him her them me".split())
# Every word that can give the next word a name cue (see the cue loop in _find_names).
_CUE_WORDS = (W.TITLES | NAMED_WORDS | frozenset(b for _a, b in CUE_PAIRS) | {"name", "with"} | W.RELATION_WORDS
              | frozenset(w + "s" for w in W.RELATION_WORDS) | W.SOCIAL_VERBS | _CALL_OBJECTS | _KIN_TITLES)


# A brand or agency name built from a common English word and a service suffix: "Carelink", "Jobnet",
# "Safeworks" - an organisation, unless it is a listed surname.
_BRAND_SUFFIXES = ("link", "line", "net", "works", "mart", "tech", "soft", "serve", "corp", "connect", "direct",
                   "assist", "plus", "care", "hub", "space", "base", "book")
_CAMEL_RE = re.compile(r"[a-z]{4}[A-Z][a-z]")
_INNER_CAPITAL_RE = re.compile(r"^[A-Z]([a-z]+)[A-Z]")
# What comes before a capital inside a name: "McKenzie", "MacLeod", "DeShawn", "LaToya", "JaMarcus", "DiMaggio".
_NAME_PREFIXES = frozenset("mc mac de da di du la le lo van von fitz ja je ke ki ta te sha ra ty st al el ben abu "
                           "ka na ni kwa".split())  # ("KwaDukuza", "KwaMashu": a place's prefix)


def brand_case(word: str) -> bool:
    """A capital inside a word after no name's prefix: a brand, a degree or a system ("MyConcern", "PsyD")."""
    m = _INNER_CAPITAL_RE.match(word)
    if m is None or word[:m.end(1)].lower() in _NAME_PREFIXES:
        return False
    half = len(word) // 2
    return not (len(word) % 2 == 0 and word[:half].lower() == word[half:].lower())  # (a doubled name: "JoJo", "LuLu")
_VOWELS = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöøùúûüýÿāēīōūăơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


# A technical prefix before a common English word: "Telehealth", "Cyberbullying", "Selfcare", "Neurodivergent".
_TECH_PREFIXES = ("tele", "cyber", "neuro", "psycho", "micro", "bio", "eco", "self")


def _brand_compound(low: str) -> bool:
    for pre in _TECH_PREFIXES if low.startswith(_TECH_PREFIXES) else ():
        if low.startswith(pre) and len(low) - len(pre) >= 4 and zipf(low[len(pre):]) >= COMMON \
                and low not in census_surnames() and low not in census_given():
            return True
    for suf in _BRAND_SUFFIXES if low.endswith(_BRAND_SUFFIXES) else ():
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            head = low[:-len(suf)]
            return zipf(head) >= COMMON and low not in census_surnames() and low not in census_given()
    return False


# The syllables of Korean (Revised Romanization and McCune-Reischauer spellings) and Chinese (pinyin and Wade-Giles)
# given names, which are written with a hyphen between them: "Sung-min", "Su-bin", "Ji-an", "Mei-ling", "Chia-hui".
_GIVEN_SYLLABLES = frozenset("""a ae ah an bin bo bok bong byung byeong chae chan chang cheol chul chun chung da dae
dam do dong eon eun ga gang geon geun gi gil gu gun gyu gyeong ha hae hak han ho hoon hun hwa hwan hye hyeon hyun hyo
hyuk hee hui in il ja jae jang je jeong ji jin jo joo jong joon jun jung kang ki kwang kyu kyung kyeong man mi min
mo mok mun moon myeong myung na nam ok ra rae ri rim ro ryeong ryung sa sae sang se seo seok seon seong seung si sik
so sol soo sook su suk sun sung ta tae u uk un won woo wook ya ye yeon yeong yi yo yong yoo yoon young yu yun
ai bao bing chen cheng chi chia chih chieh ching chiu chu chuan chuang chun chung fang fei feng fu guang guo hai hao
he heng hong hsiang hsiao hsien hsin hsing hsiu hsu hu hua huai huan huang hui hung jia jian jiang jie jing jiu ju
juan jue kai kan kuan kuei kun kuo lan lei li lian liang lin ling liu long lu mei meng miao ming mu nan ning pei
peng ping qi qian qiang qin qing rong ru rui shan shao shen sheng shi shih shu shuang shun si song tian ting tsai
tsung tung wan wei wen xi xia xian xiang xiao xin xing xiu xu xuan ya yan yang yao yi yin ying yong yu yuan yue
yun zhen zheng zhi zhong zhou zhu zi""".split())
# Compounds of such syllables that are English or a practice: "Ping-pong", "Tai-chi", "Yin-yang".
_SYLLABLE_COMPOUNDS = frozenset("""ping-pong ding-dong yin-yang tai-chi chi-chi so-so yo-yo go-go ha-ha ho-ho
hee-hee mi-mi no-no bo-bo ga-ga hi-fi wi-fi ju-jitsu kung-fu mah-jong""".split())


def _syllable_name(low: str) -> bool:
    parts = low.split("-")
    return len(parts) == 2 and parts[0] in _GIVEN_SYLLABLES and parts[1] in _GIVEN_SYLLABLES \
        and low not in _SYLLABLE_COMPOUNDS


# (round 29) Endings no one's name has, of clinical and learned terms that wordfreq's list is too short to hold
# ("kleptomania", "scrupulosity", "dermatillomania" all read Zipf 0 there, as a client's name does).
_LEARNED_ENDINGS = ("mania", "manias", "osity", "osities", "phobia", "phobias", "phagia", "logia", "itis", "pathy",
                    "pathies", "algia", "ectomy", "otomy", "plasty", "therapist", "therapists", "ologies", "iasis",
                    "ists", "azide", "azides",
                    # (round 33) more of them: "Psychodermatology", "Suicidality", "Transdiagnostic", "Integrative",
                    # "Neurodivergent", "Surrogacy" (not -icity: "Felicity")
                    "ology", "ality", "alities", "ility", "ilities", "ivity", "agnostic", "ative", "atives", "ocracy",
                    "ogacy", "ergent", "ergence", "iatry", "ogenic", "ometry", "otic", "otics")


def _romance_title(toks: list[Tok], caps: list[int]) -> bool:
    """Every capitalised word a common word of Spanish, Portuguese, Italian or French, and at most one of them also
    a listed name (the lists are long: "Ley", "Delegado", "Lei" are surnames somewhere) - none when the title has
    only two words."""
    listed = 0
    for k in caps:
        low = toks[k].low
        if not romance_common(low):
            return False
        if low in _given() or low in census_surnames() or low in W.SURNAMES:
            listed += 1
            if listed > 1 or len(caps) == 2:
                return False  # (two words and a name among them: "Gómez de la Torre", "Dolores del Río")
    return True


def _plural_of_a_word(low: str) -> bool:
    """A plural of an English word that is in no list of names: "facilitators", "lifeguards", "subtypes" (not
    "Sands", "Williams", "Roberts": a surname or given name, which the lists hold)."""
    if len(low) < 4 or not low.endswith("s") or not low.isalpha() or low in census_surnames() or low in _given() \
            or low in W.SURNAMES:
        return False
    singulars = [low[:-1]]
    if low.endswith("es"):
        singulars.append(low[:-2])
    if low.endswith("ies"):
        singulars.append(low[:-3] + "y")
    return any(zipf(w) >= 2.5 and w not in _given() and w not in census_surnames() and w not in W.SURNAMES
               for w in singulars)


def _school_of(low: str) -> bool:
    stem = low[:-1] if low.endswith("s") else low
    stem = stem[:-3]
    return any(s in W.EPONYMS for s in (stem, stem + "e", stem + "y", stem.removesuffix("i")))


def _word_kind(t: Tok) -> str:
    """Kind of a token's word: never / known / wordlike / cue_only / common / unknown / rare."""
    if len(t.word) < 2 or t.acronym or mixed_caps(t.word) or (len(t.word) == 3 and not t.word[1:].islower()):
        return "never"  # also "VoC", "SuD": short abbreviations of measures
    low = t.low
    if len(low) >= 3 and _VOWELS.isdisjoint(low):
        return "never"  # no vowel at all: a unit or an abbreviation ("Mbps", "Pvt", "Hwy"), not a name
    if brand_case(t.word):
        return "never"  # a capital inside after no name's prefix: "MyConcern", "PsyD", "HaShoah", "SystmOne"
    if _CAMEL_RE.search(t.word):
        return "never"  # two words run together, the second capitalised: "SimplePractice", "TherapyNotes"
        # (a name's inner capital follows a short prefix: "McKenzie", "DeShawn", "FitzGerald")
    if "-" not in low and _brand_compound(low):
        return "common"
    if t.poss and (low + "'s") in GENERIC:
        return "never"  # "Hashimoto's", "Crohn's"
    if low in KNOWN:
        return "known"
    if low in W.WORDLIKE_NAMES:
        return "wordlike"
    if low in CUE_ONLY:
        return "cue_only"
    if low in GENERIC:
        return "never"
    if len(low) >= 6 and low[1:2] == "-" and low[0] in "ldn" and low[2:].isalpha():
        return "never"  # a chemical's form: "L-theanine", "D-mannose", "N-acetylcysteine"
    if len(low) >= 6 and low.endswith(("ism", "isms")):
        return "common"  # a creed or a school of thought: "Stoicism", "Absurdism"; no one's name
    if len(low) >= 10 and low.endswith(("ung", "ungen", "heit", "keit", "schaft", "therapy", "therapie", "kammer",
                                        "verband", "verein", "kasse", "stiftung", "behörde", "ministerium",
                                        "styrelsen", "direktoratet", "tilsynet", "myndigheten", "ministeriet",
                                        "kassan", "förmedlingen", "verket")) \
            and low not in census_surnames():
        return "common"  # a German noun or a therapy: "Grundversicherung", "Kassenzulassung", "Logotherapy"; (round
        # 54) a German body: "Psychotherapeutenkammer", "Berufsverband", "Krankenkasse", "Landesbehörde"; (round 56)
        # a Nordic one: "Sundhedsstyrelsen", "Helsedirektoratet", "Arbeidstilsynet", "Socialstyrelsen"; (round 57)
        # "Försäkringskassan", "Arbetsförmedlingen", "Skatteverket"
    if len(low) >= 9 and low.endswith(("ment", "tion", "sion", "ness")) and low not in census_surnames() \
            and low not in census_given() and low not in W.GIVEN_NAMES and low not in W.SURNAMES:
        return "common"  # a noun of English shape: "Reimbursement seems OK", "Supervision", "Homelessness"
    if len(low) >= 8 and low.endswith(("ologist", "ologists", "iatrist", "iatrists", "ician", "icians")):
        return "common"  # a profession: "Nephrologist wants to switch", "Podiatrist", "Dietician"
    if len(low) >= 8 and low.endswith(_LEARNED_ENDINGS) and low not in census_surnames() and low not in _given() \
            and low not in W.SURNAMES and not low.endswith(("qvists", "quists", "kvists")) \
            and not low.endswith(("aitis", "ytis", "ūtis", "ėtis")) \
            and not (low.endswith("s") and (low[:-1] in census_surnames() or low[:-1] in W.SURNAMES)):
        return "common"  # (round 29) a learned term in Greek or Latin: "Kleptomania", "Scrupulosity", "Linguists"
        # (round 47: not a Lithuanian surname in -aitis or -ytis, "Petraitis", "Žemaitis": no inflammation ends so)
    if "-" in low:
        parts = low.split("-")
        if parts[0] in _ARABIC_PARTICLES and (t.cap or _particle_then_capital(t)):
            return "known"  # (round 43: also "al-Khatib", "bin-Laden", the particle in lower case)
        if low in _SYLLABLE_COMPOUNDS:
            return "common"
        if len(parts) == 2 and parts[0] == parts[1] and t.cap:
            return "rare"  # a doubled pet name: "Boy-Boy", "Jun-Jun"
        if t.cap and _syllable_name(low):
            return "known"  # a Korean or Chinese given name of two syllables: "Sung-min", "Ji-an", "Mei-ling"
        if all(p in W.EPONYMS for p in parts) or (parts[0] in _PREFIXES and all(
                p in W.EPONYMS for p in parts[1:])):  # ... or a prefix before one: "Non-Hodgkin", "post-Freudian"
            return "cue_only"  # named for two people: "Prader-Willi", "Dunning-Kruger", "Creutzfeldt-Jakob"
        given = _given()
        if parts[0] not in _PREFIXES and _DATE_PARTS.isdisjoint(parts) and (not t.cap and all(
                len(p) >= 2 and p.isalpha() for p in parts) and any(p in given for p in parts) and all(
                p in given or (zipf(p) == 0 and not _term_shape(p)) for p in parts) or (
                t.cap and all(x[:1].isupper() for x in t.word.split("-")) and any(p in given for p in parts)
                and all(p in given or zipf(p) == 0 or (k == 0 and p == "baby") for k, p in enumerate(parts)))):
            # ("Baby-" is a Filipino pet-name prefix: "Baby-Joy"; "Lincoln-Way" stays a road's name)
            return "known"  # a double given name: "callum-joe", "kirra-lee", "Baby-Joy", "Aoibheann-Rose"
        if all(p in GENERIC for p in parts):
            return "never"
        if t.cap and any(p in KNOWN for p in parts):
            return "known"
        # a part in no vocabulary decides: "Mbatha-Lowe" is as rare as "Mbatha" ("Yale-Brown" goes by "brown")
        low = next((p for p in parts if t.cap and len(p) >= 3 and p.isalpha() and zipf(p) == 0
                    and p not in W.EPONYMS and p not in GENERIC and not _term_shape(p)), parts[-1])
    if t.cap and len(low) >= 7 and low.endswith(("ian", "ean", "ians", "eans")) and _school_of(low):
        return "common"  # (round 30) a school of thought named for its founder: "Lacanian", "Bowlbian", "Kohutian"
    if t.cap and _demonym(low):
        return "cue_only"  # "Tasmanian", "Queenslander", "Dubliner": people of a place; a name only after a cue
    if low in safe_terms() and (zipf(low) < COMMON or "'" in low):  # (zipf reads "k'iche" as "k")
        return "cue_only"  # a medicine or a language: "Pregabalin", "Humira", "Lingala"; a name only after a cue
    return _by_frequency(low)


_ARABIC_PARTICLES = frozenset(("al", "el", "abu", "bin", "ben", "ould", "ibn", "abd"))


def _particle_then_capital(t: Tok) -> bool:
    """(Round 43) An Arabic surname whose particle is written in lower case: "al-Khatib", "el-Sayed", "bin-Laden"
    ("Rayan al-Khatib builds ..." was read as "Rayan" alone and, opening the text, let through)."""
    word = t.word
    cut = word.find("-")
    return 1 < cut < len(word) - 2 and word[cut + 1].isupper() and word[:cut] in _ARABIC_PARTICLES


_DEMONYM_ENDINGS = (("ians", ("ia", "", "i", "y")), ("ian", ("ia", "", "i", "y", "e")), ("eans", ("ea", "")),
                    ("ean", ("ea", "")), ("ans", ("a", "")), ("an", ("a", "", "o")), ("ers", ("",)), ("er", ("", "e")),
                    ("ites", ("", "e")), ("ite", ("", "e")), ("ese", ("", "a", "o")))


@per_check  # (memo.py: its keys are words of what people typed, forgotten when the check ends)
def _demonym(low: str) -> bool:
    """A word for the people of a place: the place (a city GeoNames lists, a state, a country) plus an ending.
    (Round 43) A town's name plus a bare "-an" is as often a name no list has as a word for its people: "Kulpan" is
    no one from Kulp (26,000 people), and "Kulpan Zhaksylykov joined ..." went unflagged; that ending is read as one
    only after a city of 100,000 people or more ("Romans", "Havanans"), or a state or country ("Kenyans")."""
    if len(low) < 6 or low in _given() or low in census_surnames():
        return False
    cities = geo_cities()
    for ending, restore in _DEMONYM_ENDINGS:
        if low.endswith(ending):
            stem = low[:-len(ending)]
            for r in restore:
                place = stem + r
                if len(place) >= 4 and (place in BIG_PLACES_1 or cities.get(place, -1) >= (
                        _DEMONYM_CITY_SIZE if ending in ("an", "ans") else 0)):
                    return True
    return False


_DEMONYM_CITY_SIZE = 100_000


_SHORT_TITLES = frozenset("dr mr mrs ms mx prof".split())
_LOWER_PERSON = frozenset(("rare", "known", "wordlike", "unknown"))
# Two capitals after a relation word that are abbreviations, not initials: "her son ER visit" is rare, "mom OT".
_NOT_INITIALS = frozenset("er ed or ot pt md dr rn np gp iv tv ok pe ap ib ai ta ra uk us eu".split())
_AFTER_NAME = frozenset("and or who whose from at in on with to has had is was".split())
# (made once: a difference of these lists costs tens of microseconds to build)
_GENERIC_NOT_WORDLIKE = GENERIC - W.WORDLIKE_NAMES
_PAIR_FIRST = frozenset(("known", "wordlike", "rare"))
_PAIR_GIVEN = frozenset(("known", "wordlike", "rare", "unknown", "cue_only"))  # (round 29: lower-case full names)
_PAIR_SECOND = frozenset(("known", "rare"))
_CITING_VERBS = frozenset("says writes argues suggests describes notes recommends calls defines proposes "
                          "puts explains claims".split())
_INTENSIFIERS = frozenset("real total complete classic typical proper regular true veritable modern-day".split())


def _cited_in_parentheses(ctx: Ctx, first: int, last: int, kinds: list[str]) -> bool:
    """'Attachment-focused EMDR (Laurel Parnell)', 'the Safety Planning Intervention (Stanley-Brown)':
    an author cited in parentheses right after a method, test or acronym."""
    text, toks = ctx.text, ctx.toks
    if "(" not in text:
        return False
    if first > 0 and _PAREN_AFTER_OPENER_RE.fullmatch(ctx.gap(first - 1, first)) and text.startswith(")", toks[last].full_end):
        opener = first - 1
    else:
        # one author of several: "(Young & Klosko)", "(Schauer, Neuner, Elbert)", "(Bateman and Fonagy, 2016)"
        opening = text.rfind("(", max(0, toks[first].start - 120), toks[first].start)
        closing = text.find(")", toks[last].end, toks[last].end + 120)
        if opening < 0 or closing < 0 or not _AUTHOR_LIST_RE.fullmatch(text, opening + 1, closing):
            return False
        if _YEAR_END_RE.search(text, opening + 1, closing) and not text[opening + 1:closing].isupper():
            return True  # an author and a year: "(Okafor 2023)", "(Lind and Moe, 2019)" - whatever comes before
        opener = next((k for k in range(first - 1, -1, -1) if toks[k].end <= opening), -1)
        if opener < 0 or text[toks[opener].full_end:opening].strip(" \"”’'"):
            return False  # (after a title in quotation marks: '"Healing Your Grieving Heart" (Wolfelt)' is fine)
        o = toks[opener].low
        if "&" in text[opening:closing] and o not in W.RELATION_WORDS and o[:-1] not in W.RELATION_WORDS \
                and o not in _FAMILY_NOUNS and o not in _PEOPLE_NOUNS and toks[opener].word not in _ROLE_ACRONYMS:
            return True  # two authors joined the way a citation joins them: "with adolescents (Naar & Suarez)"
    p = toks[opener]
    if p.word in _ROLE_ACRONYMS:
        return False  # a person in a role, named in parentheses: "the GAL (Ana Ruiz)", "her SW (Tom Hale)"
    return p.acronym or p.low in W.METHOD_WORDS or (p.cap and kinds[opener] in ("common", "never")
                                                     and p.low not in W.RELATION_WORDS)


# Two or more authors in parentheses, maybe with "et al." and a year: "Young & Klosko", "Schauer, Neuner, Elbert",
# "Bateman and Fonagy, 2016" - capitalised words only, so "(Amara, 7, and Tomas, 9)" is no citation.
_AUTHOR = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
# Round 22: also one author with a year, "(Livingston 2024)", and authors after the method they made, in the same
# parentheses: "(Cognitive Stimulation Therapy, Spector and Orrell)".
_TITLE_LEAD = (r"(?:[A-Z][\w'’\-]*(?:[ -](?:[A-Z][\w'’\-]*|of|for|and|the|in|to|with)){1,5}|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)"
               r",\s+")  # (or a measure's code: "(PG-13-R, Prigerson)")
_AUTHOR_LIST_RE = re.compile(r"(?:" + _TITLE_LEAD + r")?(?:" + _AUTHOR + r"(?:\s*(?:,|&|;|,?\s+and)\s*" + _AUTHOR
                             + r")+(?:,?\s+et\s+al\.?)?(?:,?\s+(?:19|20)\d\d)?|" + _AUTHOR
                             + r",?\s+(?:et\s+al\.?,?\s+)?(?:19|20)\d\d[a-z]?)")


# Words for the people named in the parentheses after them: "my couples (Tavita & Losa)", "two clients (A & B)".
_PEOPLE_NOUNS = frozenset("""couple couples client clients patient patients student students pair pairs siblings
members member residents participants people folks friends parents kids teens twins youth roommates housemates
neighbours neighbors colleagues staff""".split())
# Between a method, test or title and the author's parenthesis: a space, a closing quotation mark, a version or a
# number of items ('"Healing Your Grieving Heart" (Wolfelt)', "the OQ-45 (Lambert)").
_PAREN_AFTER_OPENER_RE = re.compile(r"(?:-\d{1,3}[A-Za-z]?)?\s*[\"”’']?\s*\(")
_YEAR_END_RE = re.compile(r"(?:19|20)\d\d[a-z]?$")
_ROLE_ACRONYMS = frozenset("GAL CASA SW PO GP OT SLP NP RN CM TA DSP ILO CPN AMHP IMHA IDVA ISVA".split())


def _list_of_things(ctx: Ctx, first: int, last: int, kinds: list[str]) -> bool:
    """An item of a list of capitalised items of which another item is a thing: 'into Sanrio, Studio Ghibli and
    K-pop', 'uses Headspace, Calm and Insight Timer' - by the words around that item, or (round 33) by its own words,
    a medicine, an app or a brand the safe lists hold or common English: 'Visanne, Zoladex and Ryeqo', 'Lexapro and
    Depas', 'Cerner and Epic users', 'Fortnite, Roblox and Valorant'."""
    toks = ctx.toks
    n = len(toks)
    k = first
    joined = False  # the item right before is joined by "and" or "or": "Lexapro and Depas", "Visanne, Zoladex and
    # Ryeqo" (after a comma alone an item may be an apposition: "Team, Owen Whitlock", "a Hutterite, Elias ...")
    for step in range(6):  # the items before
        if k == 0:
            break
        g = ctx.gap(k - 1, k)
        if g.strip() in (",", "/"):
            prev = k - 1
        elif g == " " and toks[k - 1].low in ("and", "or") and k >= 2 and ctx.gap(k - 2, k - 1).strip() in ("", ","):
            prev = k - 2
            joined = joined or step == 0
        else:
            break
        end = prev
        k = prev
        while k > 0 and toks[k - 1].cap and ctx.gap(k - 1, k) == " ":
            k -= 1
        if not toks[k].cap or not toks[end].cap:
            break
        if _thing_context(ctx, k, k) or (joined and _safe_item(ctx, kinds, k, end)):
            return True
    k = last
    for _ in range(6):  # the items after, joined by "and", "or" or "/" (after a comma a place or a nationality
        # may stand in apposition: "Chevonne Alleyne, Barbados, ...")
        if k + 2 >= n or toks[k].poss:
            return False
        g = ctx.gap(k, k + 1)
        if g.strip() == "/":
            nxt = k + 1
        elif g in (" ", ", ") and toks[k + 1].low in ("and", "or") and ctx.gap(k + 1, k + 2) == " ":
            nxt = k + 2
        else:
            return False
        if not toks[nxt].cap:
            return False
        k = nxt
        while k + 1 < n and toks[k + 1].cap and ctx.gap(k, k + 1) == " " and not toks[k].poss:
            k += 1
        if _safe_item(ctx, kinds, nxt, k):
            return True
    return False


def _safe_item(ctx: Ctx, kinds: list[str], first: int, last: int) -> bool:
    """An item that is a thing: a body or a programme by its last word ("St Giles Trust"), an abbreviation of three
    letters or more ("ICAS", "NVFC"), or one whose every word is a safe term or common English that is no word for a
    person."""
    tl = ctx.toks[last]
    if tl.low in _BODY_HEADS and first < last:
        return True
    if first == last and tl.acronym and len(tl.word) >= 3 and tl.word.isalpha() and tl.low not in _given():
        return True
    for k in range(first, last + 1):
        t = ctx.toks[k]
        if t.acronym or not t.low.isalpha() or t.low in W.RELATION_WORDS or t.low in W.TITLES or t.low in _given():
            return False
        if not (kinds[k] == "never" or (kinds[k] == "common" and zipf(t.low) >= COMMON)):
            return False
    return True


# The edition or revision of a test or manual after its acronym: "MMPI-II", "SCID-5-RV", "ADOS-2", "DSM-IV-TR".
_EDITION_PARTS = frozenset("i ii iii iv v vi vii viii ix x r rv tr rc cv sf c a b".split())


def _caps_name_word(low: str) -> bool:
    """A word in capitals that can be part of a name: not an acronym of the lists, not common English."""
    if len(low) < 3 or low in GENERIC or low in W.NOT_NAMES or low in W.METHOD_WORDS:
        return False
    if "-" in low and low.rsplit("-", 1)[1] in _EDITION_PARTS:
        return False  # a test's acronym with its edition: "KABC-II", "CELF-V"
    return zipf(low) < COMMON or low in _given()


def _listed_name(low: str) -> bool:
    if low in KNOWN or low in _given() or low in census_surnames():
        return True
    if "-" in low:
        parts = low.split("-")
        return parts[0] in ("al", "el", "abu", "bin", "ibn", "abd") or any(
            p in KNOWN or p in census_surnames() or p in _given() for p in parts)
    return False


def _and_their_relative(ctx: Ctx, j: int, flag: list[bool]) -> bool:
    """The flagged name at j (and the flagged words after it) is followed by "and their mum": "Manaaki, Te Ariki
    and their mum are moving" - a list of people."""
    toks = ctx.toks
    while j + 1 < len(toks) and flag[j + 1] and ctx.gaps[j] == " ":
        j += 1
    return j + 3 < len(toks) and toks[j + 1].low == "and" and toks[j + 2].low in ("their", "his", "her") \
        and toks[j + 3].low in W.RELATION_WORDS


def _find_names(ctx: Ctx) -> None:
    toks = ctx.toks
    n = len(toks)
    if not n:
        return

    text = ctx.text

    kinds: list[str] = []
    kinds_now = _KIND_CACHE.now
    tlen = len(text)
    # (speed: without a digit no token is part of a code; outside ASCII str.isdigit also takes "²", which \d does not)
    has_digit = ctx.has_digit or not text.isascii()
    for t in toks:
        if has_digit and ((t.start and text[t.start - 1].isdigit()) or (t.end < tlen and text[t.end].isdigit())):
            kinds.append("never")  # part of a code: "HbA1c", "T4", "3rd"
            continue
        key = (t.word, t.poss)
        kind = _KIND_CACHE.get(key)
        if kind is None:
            kind = kinds_now.get(key)
            if kind is None:
                kind = _word_kind(t)
                _KIND_CACHE.put(key, kind)
        kinds.append(kind)
    # The tokens each pass below can act on, in text order: a pass skips every other token at its first test,
    # so it visits only these (same order, same result, without a Python step per token of the text).
    capital: list[int] = []
    acronyms: list[int] = []
    possessives: list[int] = []
    for i, t in enumerate(toks):
        if t.cap:
            capital.append(i)
        if t.acronym:
            acronyms.append(i)
        if t.poss:
            possessives.append(i)
    not_english = [i for i, k in enumerate(kinds) if k in _PAIR_FIRST]  # known, wordlike, rare

    # Cue strength per token: 3 = title / "named", 2 = relation word, 1 = social verb.
    cue = [0] * n
    gaps = ctx.gaps
    for i in [i for i in range(1, n) if toks[i - 1].low in _CUE_WORDS]:
        p = toks[i - 1]
        if p.low not in _CUE_WORDS:
            continue
        if p.start > 1 and text[p.start - 1] == "-" and text[p.start - 2].isdigit():
            continue  # a count compound, not a relation: "my 25-client caseload", "a 3-sister household"
        g = gaps[i - 1]
        gs = g.strip()
        if p.cap and p.low in W.TITLES and gs in ("", ".") and not p.poss and not (
                gs == "" and not toks[i].cap and kinds[i] == "common" and p.low in _TITLES_THAT_ARE_NOUNS
                and zipf(toks[i].low) >= COMMON):
            cue[i] = 3  # (round 29: not a thing named after the noun - "the PTSD Coach app", "a Judge ruling")
        elif p.low in _SHORT_TITLES and gs == "." and not p.poss:
            cue[i] = 3  # typed in lower case: "dr. achterberg", "mrs. o'leary"
        elif p.low in NAMED_WORDS and gs in ("", ":", ",") and not p.poss:
            cue[i] = 3
        elif i >= 2 and (toks[i - 2].low, p.low) in CUE_PAIRS and gs in ("", ":"):
            cue[i] = 3
        elif p.low == "name" and p.poss and gs == "":
            cue[i] = 3
        elif i >= 2 and p.low in _CALL_OBJECTS and toks[i - 2].low in _CALL_VERBS and g == " " \
                and gaps[i - 2] == " ":
            cue[i] = 3 if toks[i].cap else 2  # "everyone calls him Tiny"; not "called her back"
        elif not p.poss and gs in ("", ",", "(", ":", "-", "–") and p.low in W.RELATION_WORDS:
            cue[i] = 2
        elif not p.poss and gs == "" and p.low in _KIN_TITLES and not toks[i].cap and kinds[i] in ("known", "rare") \
                and i >= 2 and toks[i - 2].low in _KIN_TITLE_BEFORE:
            cue[i] = 2  # a kin title before a name: "client's mom, nana dorcas, ...", "his abuela, doña remedios"
        elif not p.poss and gs in ("", ",", "(", ":", "-", "–") and p.low.endswith("s") \
                and p.low[:-1] in W.RELATION_WORDS and (toks[i].cap or (
                    kinds[i] in ("rare", "known") and zipf(toks[i].low) < 2.5 and p.low not in _CASELOAD
                    and not _term_shape(toks[i].low))):
            cue[i] = 2  # "her parents, Ana and Luis", "her kids ryker and ..."; not "both partners stonewall"
        elif g == " " and p.low in W.SOCIAL_VERBS and not p.poss:
            cue[i] = 1
        elif g == " " and p.low == "with" and i >= 2 and toks[i - 2].low in W.WITH_VERBS \
                and ctx.gap(i - 2, i - 1) == " ":
            cue[i] = 1

    # An initial between a cue and the surname passes the cue on: "client M. Okafor-Lund", "Dr. J. Whitlow".
    for i in [i for i in range(n - 1) if len(toks[i].word) == 1]:
        if cue[i] >= 2 and len(toks[i].word) == 1 and toks[i].word.isupper() and ctx.gaps[i] == ". " \
                and toks[i + 1].cap:
            cue[i + 1] = max(cue[i + 1], cue[i])

    flag = [False] * n
    cued = [i for i in range(n) if cue[i] >= 2]
    # Written in capitals after a title or relation word: "SIGNED BY MRS ABERNETHY", "MY CLIENT TOMASZ".
    for i in cued:
        t = toks[i]
        if cue[i] >= 2 and t.acronym and len(t.word) >= 3 and t.low not in GENERIC and zipf(t.low) < COMMON \
                and (cue[i] >= 3 or ctx.gaps[i - 1] == " "):  # not "a nurse client, MBI subscale ..."
            flag[i] = True
        elif cue[i] == 2 and t.word.isupper() and len(t.word) == 2 and toks[i - 1].low in W.RELATION_WORDS \
                and t.low not in GENERIC and t.low not in _NOT_INITIALS and ctx.gaps[i - 1] == " ":
            flag[i] = True  # initials after a relation word: "her son DJ"

    # Chains of capitalised tokens separated by one space (or particles): "Maria de la Cruz".
    i = 0
    for c in capital:  # (a chain starts at a capitalised word: the words between are not visited)
        if c < i:
            continue
        i = c
        t = toks[i]
        if not t.cap or kinds[i] == "never":
            i += 1
            continue
        chain = [i]
        j = i
        while j + 1 < n and not toks[j].poss:
            following = toks[j + 1]
            if ctx.gap(j, j + 1) == " " and (following.cap or _particle_then_capital(following)) \
                    and kinds[j + 1] != "never":
                chain.append(j + 1)
                j += 1
                continue
            k = j + 1
            while k < n and toks[k].low in PARTICLES and not toks[k].cap and k - j <= 3 \
                    and ctx.gap(k - 1, k) == " ":
                k += 1
            if j + 1 < k < n and toks[k].cap and kinds[k] != "never" and ctx.gap(k - 1, k) == " ":
                chain.extend(range(j + 1, k + 1))
                j = k
                continue
            break
        i = j + 1
        # A verb opening the sentence is not part of the name after it: "Transferring Rawiri Tipoki to ...",
        # "Referring Aroha Ngata to CAMHS", "Watching Severance with my partner", "Calling Priya later".
        if len(chain) >= 2 and ctx.sent(chain[0]) and kinds[chain[0]] in ("common", "never") \
                and len(toks[chain[0]].low) >= 6 and toks[chain[0]].low.endswith(("ing", "ed")) \
                and kinds[chain[1]] in ("rare", "known", "unknown", "wordlike", "cue_only", "common"):
            chain = chain[1:]
        if _judge_chain(ctx, chain, kinds, cue):
            for k in chain:
                if toks[k].cap or _particle_then_capital(toks[k]):
                    flag[k] = True

    # A word followed by a parenthesis or an apposition that says it is a person, at the start of a sentence
    # too: "Anwen (pt) ...", "Radek (client, 52)", "wiremu, 15, ...".  The capitalised words before it join.
    for i in [i for i in range(n) if toks[i].cap or kinds[i] in _LOWER_PERSON]:  # (the others fail the 2nd test)
        t = toks[i]
        if flag[i] or len(t.low) < 2 or t.acronym or t.low in W.METHOD_WORDS or t.low in W.RELATION_WORDS \
                or (t.low in W.NOT_NAMES and not (t.cap and t.low in _given())) or t.low in W.TITLES:
            continue  # (a given name that is also a word may still have an age: "June is 93 and ...")
        kind = kinds[i]
        nickname = text.startswith((" (nickname", "(nickname", " (real name", "(real name"), t.full_end)
        if not t.cap and (kind not in _LOWER_PERSON or (zipf(t.low) >= (3.0 if text[t.start - 1:t.start] == "("
                                                                        else 3.5 if nickname else 2.5)
                                                        and t.low not in _given())):
            continue  # (inside parentheses a little more: "client (oleksandr, 16)"; before "(nickname": "bobo")
        if kind == "never" and not mixed_caps(t.word) and t.low not in GENERIC:
            continue
        how = person_follows(ctx, i)
        if not how or (how != "paren" and (t.low in GENERIC or kind in ("common", "never")) and not (
                how == "apposition" and (kind == "common" or t.low in _given()) and t.cap and t.low not in _RATED
                and t.low not in W.METHOD_WORDS and t.low not in W.RELATION_WORDS and t.low not in W.TITLES
                and (i == 0 or toks[i - 1].low not in DETERMINERS))):
            continue  # an English word needs "(pt)", "(16F)", "(she/her)": "Sessions (12)" is a count; a
            # capitalised one with an age may be a name ("Testimony, 17, was ...", "Lovely is 15 and ...")
        flag[i] = True
        j = i - 1
        while j >= 0 and t.cap and toks[j].cap and ctx.gaps[j] == " " and not toks[j].poss \
                and kinds[j] not in ("never", "common"):
            flag[j] = True
            j -= 1
        # ... and a lower-case full name before it: "trinh thi ngoc lan (she writes her name all lowercase)"
        while not t.cap and j >= 0 and i - j <= 3 and not toks[j].cap and ctx.gaps[j] == " " and not toks[j].poss \
                and (_foreign_lower(toks[j].low) or _listed_lower(toks[j].low)) and not _safe_lower(toks[j].low):
            flag[j] = True
            j -= 1
        # "Precious and Miracle (twins, 9)": a parenthesis about two people names both
        if t.cap and i >= 2 and toks[i - 1].low in ("and", "&") and toks[i - 2].cap and kinds[i - 2] != "never" \
                and PLURAL_PAREN_RE.match(ctx.text, t.full_end) and toks[i - 2].low not in _GENERIC_NOT_WORDLIKE:
            flag[i - 2] = True

    # ... also when the last word is an English one, after a given name that is not: "Thiri Win is 24", "Ayaan
    # Hope, 15, ...".
    for i in capital:  # (only a capitalised word passes the 2nd test)
        if i < 1:
            continue
        t, before = toks[i], toks[i - 1]
        if flag[i] or not t.cap or not before.cap or before.poss or kinds[i - 1] not in ("rare", "unknown") \
                or ctx.gaps[i - 1] != " " or t.low in W.RELATION_WORDS or t.low in W.TITLES \
                or t.low in W.METHOD_WORDS or kinds[i] == "cue_only" or person_follows(ctx, i) not in ("apposition", "paren"):
            continue
        flag[i - 1] = flag[i] = True

    # A name alone in parentheses right after a word for a person: "the wee fella (callum-joe)", "her partner (Dev)".
    for i in not_english:
        if i < 1:
            continue
        t = toks[i]
        if flag[i] or t.poss or kinds[i] not in ("known", "rare", "wordlike") or t.start < 1 \
                or text[t.start - 1] != "(" or text[t.end:t.end + 1] != ")" or toks[i - 1].low not in PAREN_PERSON_BEFORE \
                or ctx.gap(i - 1, i) != " (":
            continue
        flag[i] = True
    # ... or two lower-case words there: "pt (pa nhia) missed again", "her husband (kou vang)".
    for i in range(1, n - 1) if "(" in text else ():  # (speed: the 5th test needs a parenthesis)
        t, u = toks[i], toks[i + 1]
        if flag[i] or t.cap or u.cap or t.start < 1 or text[t.start - 1] != "(" or text[u.end:u.end + 1] != ")" \
                or toks[i - 1].low not in PAREN_PERSON_BEFORE or ctx.gap(i - 1, i) != " (" or ctx.gaps[i] != " ":
            continue
        if (_foreign_lower(t.low) or _listed_lower(t.low)) and (_foreign_lower(u.low) or _listed_lower(u.low)) \
                and (_foreign_lower(t.low) or _foreign_lower(u.low)):
            flag[i] = flag[i + 1] = True

    # "Tevita and his brother ...": a word that is not English, then "and" and a relation of the same person.
    for i in not_english:
        if i >= n - 3:
            break
        t = toks[i]
        if flag[i] or not t.cap or t.poss or (kinds[i] not in ("rare", "known") and not (
                kinds[i] == "wordlike")):  # "Treasure and her twin ..."
            continue
        rel = toks[i + 3].low
        if toks[i + 1].low == "and" and toks[i + 2].low in ("his", "her", "their") \
                and (rel in W.RELATION_WORDS or rel in _RELATION_PLURALS or (rel.endswith("s") and rel[:-1] in W.RELATION_WORDS)) \
                and ctx.gaps[i] == " " and ctx.gaps[i + 1] == " ":
            flag[i] = True

    # Lower-case names: after a cue ("my client tomas", "named kofi") any word that is not known
    # safe; in text typed in lower case, listed names ("ok so bongani ...", "bill okafor").
    casual = None
    for i in sorted(set(cued).union(i for i in not_english if kinds[i] == "known")):
        t = toks[i]
        if cue[i] < 2 and kinds[i] != "known":
            continue  # neither after a cue nor a listed name
        if t.cap or flag[i] or len(t.low) < 3 or t.low in LOWER_UNSAFE or kinds[i] == "never":
            continue
        if cue[i] >= 2 and (cue[i] >= 3 or ctx.gaps[i - 1] == " " or (  # or "my client, kwesi, 33"
                ctx.gaps[i - 1] == ", " and i + 1 < n and ctx.gaps[i].startswith(","))) \
                and _lower_candidate(t.low, kinds[i], cue[i]) \
                and not (kinds[i] == "wordlike" and cue[i] < 3 and i + 1 < n and ctx.gaps[i] == " "
                         and toks[i + 1].low in _OBJECT_WORDS):
            flag[i] = True
            continue
        listed = t.low in KNOWN and (t.low in W.GIVEN_NAMES or zipf(t.low) < RARE)
        if not listed:
            continue
        if casual is None:
            casual = _is_casual_lowercase(ctx)
        if casual:
            flag[i] = True
    # (round 29) A lower-case given name and a surname in no English list, in text typed in lower case: "re conor
    # heffernan", "for noa ben-haim", "call dev kapoor-singh back" - the surname rare, or a double surname.
    for i in [i for i in range(n - 1) if kinds[i + 1] in _PAIR_FIRST and kinds[i] in _PAIR_GIVEN]:
        if flag[i] or flag[i + 1] or ctx.gaps[i] != " " or not _lower_full_name(toks[i], toks[i + 1]):
            continue
        if casual is None:
            casual = _is_casual_lowercase(ctx)
        if not casual:
            break
        flag[i] = flag[i + 1] = True
    # A lower-case possessive of a word that is not English, before a relation: "kacper's mum", "ji-hoon's psychiatrist".
    for i in possessives:
        if i >= n - 1:
            break
        t = toks[i]
        if flag[i] or t.cap or not t.poss or len(t.low) < 3 or t.low in LOWER_UNSAFE \
                or kinds[i] not in ("rare", "known") or _safe_lower(t.low):
            continue
        if toks[i + 1].low in POSSESSED and ctx.gaps[i] == " ":
            flag[i] = True
    for i in possessives:  # the same with a hyphenated word: "ji-hoon's psychiatrist"
        if i >= n - 1:
            break
        t = toks[i]
        if flag[i] or t.cap or not t.poss or "-" not in t.low or zipf(t.low) > 0 or toks[i + 1].low not in POSSESSED:
            continue
        parts = t.low.split("-")
        if all(len(p) >= 2 and p.isalpha() for p in parts) and any(zipf(p) < COMMON for p in parts) \
                and ctx.gaps[i] == " ":
            flag[i] = True

    # A lower-case full name: the word after (or before) a flagged lower-case name.
    for i, t in enumerate(toks):
        if not flag[i] or t.cap:
            continue
        j = i + 1
        while j < n and j - i <= 2 and not toks[j - 1].poss and ctx.gap(j - 1, j) == " " and not toks[j].cap \
                and not flag[j] and kinds[j] in ("rare", "known", "unknown") and not _safe_lower(toks[j].low):
            flag[j] = True
            j += 1
        k = i - 1
        if k >= 0 and not toks[k].cap and not flag[k] and ctx.gap(k, i) == " " and not toks[k].poss \
                and kinds[k] in ("known", "wordlike") and toks[k].low in _given() and ctx.sent(k) is not None:
            if kinds[i] == "rare" or t.low in W.SURNAMES:
                flag[k] = True

    # Two lower-case words that may be a name (in no English word list, or a listed given name or surname), one of
    # them in no word list at all: opening a sentence, then what a person does ("moana lutui runs a stall", "mele
    # fifita has been crying"); after a word for meeting someone ("i saw tavita leiataua", "saw tou lee"); or before
    # an age ("the new intake, kou vang, who is 19").
    for i in range(n - 1):
        if flag[i] or flag[i + 1] or toks[i].cap or toks[i + 1].cap or toks[i].poss or ctx.gaps[i] != " ":
            continue
        given, family = toks[i].low, toks[i + 1].low
        if not ((_foreign_lower(given) or _listed_lower(given)) and (_foreign_lower(family) or _listed_lower(family))
                and (_foreign_lower(given) or _foreign_lower(family))):
            continue
        met = i > 0 and toks[i - 1].low in _MET_BEFORE and ctx.gaps[i - 1] == " "
        person_after = not toks[i + 1].poss and (_PERSON_APPOSITION_RE.match(text, toks[i + 1].full_end) is not None
                                                 or text.startswith(", who ", toks[i + 1].full_end))
        unlisted = zipf(given) == 0 and _foreign_lower(given) or zipf(family) == 0 and _foreign_lower(family)
        if not (met or person_after) and not (unlisted and ctx.sent(i) and i + 2 < n and ctx.gaps[i + 1] in (" ", ", ")
                                              and (toks[i + 2].low in _PAIR_PERSON_VERBS
                                                   or toks[i + 2].low in _AUX_BEFORE_PREDICATE)):
            continue
        flag[i] = flag[i + 1] = True

    # A given name that is also a word, opening a sentence, then what only a person is or does: "Summer is living
    # in her car", "Chase was expelled", "Joy has been crying every session" (not "Joy has been missing for months").
    for i in capital:
        if i >= n - 1:
            break
        t = toks[i]
        if flag[i] or not t.cap or t.poss or t.acronym or not ctx.sent(i) or cue[i] \
                or not (t.low in _given() or t.low in W.WORDLIKE_NAMES) or t.low in W.TITLES \
                or t.low in W.RELATION_WORDS or t.low in W.METHOD_WORDS or t.low in W.EPONYMS \
                or t.low in DETERMINERS or t.low in _POSSESSIVE_PRONOUNS:
            continue  # ("My autistic clients ...": "My" is a given name too)
        j = i + 1
        while j < n and j - i <= 3 and toks[j].low in _AUX_BEFORE_PREDICATE and not toks[j].cap:
            j += 1
        if j < n and not toks[j].cap and all(ctx.gaps[k] == " " for k in range(i, j)) and (
                toks[j].low in _PERSON_PREDICATES or (toks[j].low in _PERSON_PREDICATES_WEAK and t.low not in GENERIC)
                or _IN_CARE_RE.match(text, toks[j].start)):
            flag[i] = True
    # "Autumn Rose is the baby's name", "Tui is her real name": a name said to be one.
    if "name" in text:
        for m in _SAID_TO_BE_A_NAME_RE.finditer(text):
            if m.group(1).split()[0].lower() not in DETERMINERS:
                ctx.add(m.start(1), m.end(1), "name")

    # In text typed in lower case, a word in no English word list opening a sentence, then what a person does:
    # "rodelio texted me at 2am", "ngozika refuses to eat".
    for i in not_english:
        if i >= n - 1:
            break
        t = toks[i]
        if flag[i] or t.cap or t.poss or not (kinds[i] == "rare" or (kinds[i] == "known" and "-" in t.low)) \
                or len(t.low) < 4 or not t.low.replace("-", "").isalpha() \
                or zipf(t.low) > 0 or _term_shape(t.low) or t.low in LOWER_UNSAFE or not _opens_clause(ctx, i) \
                or ctx.gaps[i] != " " or not (toks[i + 1].low in STRONG_VERBS or (
                    toks[i + 1].low in _AUX_BEFORE_PREDICATE and i + 2 < n and toks[i + 2].low in _PERSON_PREDICATES)):
            continue  # (also after "so", "ok", "anyway": "so anyway kalinda has stopped coming")
        if casual is None:
            casual = _is_casual_lowercase(ctx)
        if casual:
            flag[i] = True

    # Lower-case coordination: "her kids ryker and saylor", "ebele, tunde and ..."; and in text typed in lower
    # case, two words that are in no English word list at all, joined by "and": "the twins are somadina and
    # kosisochukwu".
    for i in [j - 2 for j in not_english if j >= 2]:
        t, joiner, u = toks[i], toks[i + 1], toks[i + 2]
        if t.cap or u.cap or t.poss or joiner.low not in ("and", "&") or ctx.gaps[i] != " " or ctx.gaps[i + 1] != " ":
            continue
        if len(u.low) < 3 or u.low in LOWER_UNSAFE or kinds[i + 2] not in ("rare", "known") or _safe_lower(u.low) \
                or zipf(u.low) >= 2.5 or _term_shape(u.low):
            continue
        if flag[i] and not flag[i + 2]:
            flag[i + 2] = True
        elif not flag[i] and not flag[i + 2] and zipf(t.low) == 0 and zipf(u.low) == 0 and len(t.low) >= 4 \
                and not _term_shape(t.low) and not _term_shape(u.low) \
                and len(u.low) >= 4 and t.low.isalpha() and u.low.isalpha() and kinds[i] in ("rare", "known") \
                and t.low not in LOWER_UNSAFE:
            if casual is None:
                casual = _is_casual_lowercase(ctx)
            if casual:
                flag[i] = flag[i + 2] = True

    # A lower-case pair that reads as a full name: a given name and a word that is not English
    # ("ivy nakamura was ..."), or two words that are not English before a person verb
    # ("stavros papadakis runs a gym").
    for i in not_english:
        if i >= n - 1:
            break
        if kinds[i + 1] not in _PAIR_SECOND or kinds[i] not in _PAIR_FIRST:
            continue
        t, u = toks[i], toks[i + 1]
        if t.cap or u.cap or flag[i] or flag[i + 1] or t.poss or ctx.gaps[i] != " " or len(t.low) < 3 \
                or len(u.low) < 3 or t.low in LOWER_UNSAFE or u.low in LOWER_UNSAFE:
            continue
        zu = zipf(u.low)
        if zu >= 3.5 or u.low in W.PERSON_VERBS or u.low in W.METHOD_WORDS:
            continue
        nxt = toks[i + 2].low if i + 2 < n and ctx.gaps[i + 1] == " " else ""
        if t.low in _given() and zipf(t.low) < COMMON:
            # and the pair ends like a name: a verb, "and", "who"..., a possessive or punctuation
            ok = u.poss or nxt in W.PERSON_VERBS or nxt in _AFTER_NAME or (
                not nxt and (i + 2 >= n or ctx.gaps[i + 1].strip()[:1] in (".", ",", ";", ":", "!", "?", ")", "-")))
        elif zipf(t.low) == 0 and zu == 0 and kinds[i] != "wordlike":
            ok = nxt in STRONG_VERBS  # neither word is in wordfreq's English list at all
        else:
            ok = False
        if ok:
            flag[i] = flag[i + 1] = True

    # Names written in capitals in text that is not: "YOUSEF AL-KHATIB - sorry caps lock".
    for i in acronyms:
        if i >= n - 1:
            break
        if not (toks[i].acronym and toks[i + 1].acronym) or flag[i] or ctx.gaps[i] != " ":
            continue
        j = i + 1
        while j + 1 < n and j - i < 3 and toks[j + 1].acronym and ctx.gaps[j] == " ":
            j += 1
        run = range(i, j + 1)
        if all(_caps_name_word(toks[k].low) or toks[k].low in _given() for k in run) \
                and any(_caps_name_word(toks[k].low) and _listed_name(toks[k].low) for k in run):
            for k in run:
                flag[k] = True

    if not any(flag):
        return
    # Coordination: "Tomasz and Agnieszka", "Ikaika and Noelani", "Kwame, Ama and Kofi".
    for _ in range(2):
        for i in capital:
            t = toks[i]
            if flag[i] or not t.cap or kinds[i] == "never":
                continue
            if kinds[i] == "cue_only" and t.low not in W.EPONYMS:
                continue
            for j, mid in ((i - 2, i - 1), (i + 2, i + 1), (i - 1, None), (i + 1, None)):
                if not 0 <= j < n or not flag[j]:
                    continue
                a, b = (j, i) if j < i else (i, j)
                if mid is None:
                    ok = ctx.gap(a, b).strip() in (",", "&", "/")
                else:
                    ok = toks[mid].low in ("and", "or") and ctx.gap(a, mid) == " " and ctx.gap(mid, b) == " "
                # At the start of a sentence only "X and <name>" counts, not "X, <name>".
                # ... or the first of a list of three or more: "Pema, Sonam and Dorji are ...", "group: Aroha, Mere, Hemi".
                long_list = mid is None and j == i + 1 and (
                    (j + 1 < n and flag[j + 1] and ctx.gap(j, j + 1).strip() in (",", "&"))
                    or (j + 2 < n and flag[j + 2] and toks[j + 1].low == "and")
                    # ... or "and their mum": "Manaaki, Te Ariki and their mum are moving"
                    or _and_their_relative(ctx, j, flag))
                if ok and not (ctx.sent(i) and kinds[i] not in ("known", "unknown")
                               and not (kinds[i] == "rare" and mid is not None and toks[mid].low == "and")
                               and not (kinds[i] in ("rare", "known") and long_list)) \
                        and not (ctx.sent(i) and kinds[i] == "unknown" and mid is None and not long_list):
                    flag[i] = True
                    break

    # Emit spans, merging consecutive flagged tokens (and particles between them).
    i = 0
    while i < n:
        if not flag[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and not toks[j].poss and ctx.gap(j, j + 1) == " " and (
                flag[j + 1] or (toks[j + 1].low in PARTICLES and j + 2 < n and flag[j + 2]
                                and ctx.gap(j + 1, j + 2) == " ")):
            j += 1
        ctx.add(toks[i].start, toks[j].end, "name")
        i = j + 1


# A capitalised word right after a count compound of a measure is the measure: "a 5-point Likert",
# "the 21-item Beck", "a 4-factor Rasch".
_MEASURE_BEFORE = re.compile(r"\d+\s?-\s?(?:point|item|question|factor|step|level|page|dimension|domain|scale|"
                             r"subscale|stage|phase|module)\s$")
_SCORE_AFTER = re.compile(r"\s+\d{1,3}\s*(?:/|of\b|out\s+of\b)\s*\d{1,3}(?!\d|\s+[a-z]+s\b)")
_PET_WORDS = r"(?:dog|dogs|cat|cats|puppy|pup|kitten|horse|pony|rabbit|bunny|bird|parrot|budgie|guinea\s+pig|hamster)"
_PET_AFTER = re.compile(r",?\s+(?:the|our|my|her|his|their)\s+(?:therapy\s+|family\s+|service\s+|old\s+|new\s+)?"
                        + _PET_WORDS + r"\b")
_PET_BEFORE = re.compile(r"\b(?:therapy\s+|family\s+|service\s+)?" + _PET_WORDS + r",?\s+$", re.I)
# (round 33) The last word of a body, a programme or a profession's association: "the Headington Institute",
# "the Howard League", "Awakn Clinics", "the British Association of Urological Surgeons", "Hui Process".  A
# person's name does not end in one of them; after a title it still may ("Dr. Amelia Trust").
_BODY_HEADS = frozenset("""institute institutes league authority foundation trust society association council network alliance
coalition collective federation union commission board agency ministry initiative campaign charity fund programme
program process clinics surgeons guardians counsellors counselors psychologists psychiatrists therapists physicians
practitioners chaplains nurses midwives committee committees centre center bureau tribunal""".split())  # (round 38: the last five)
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
_BEFORE_A_TIME = frozenset("in on since until till by from during last next this early late mid of before after".split())
_WHERE_BEFORE = frozenset("at in from to near leave left leaving outside around into".split())
_PET_SET = frozenset("dog dogs cat cats puppy pup kitten horse pony rabbit bunny bird parrot budgie guinea hamster".split())
# What is named for someone rather than being that person: "Megan's Law", "Murphy's law", "Wernicke's
# encephalopathy", "the Yerkes-Dodson curve", "Lewy body dementia" (compared in lower case).
_NAMED_LAWS = frozenset("""law laws act bill rule syndrome disease principle razor curve encephalopathy phenomenon
paradox fallacy palsy chorea aphasia triad sign body bodies wager dilemma delusion dementia standard doctrine
criteria""".split())
_KIN_TERMS = frozenset("nan nana nanna gran granny grandad granddad grandpa grandma pop poppa nonna nonno aunty "
                       "auntie oma opa".split())
_CITED_AFTER = re.compile(r"\s*(?:et\s+al\b|and\s+colleagues\b|\(\s*(?:19|20)\d\d[a-z]?\s*[),;]|,\s*(?:19|20)\d\d[a-z]?\s*[);])")
_TITLE_WORDS = frozenset("in of on at for to the a an with from without into about under over".split())


_KIN = frozenset("""mum mom mother dad father aunt aunty auntie uncle grandma grandmother grandpa grandfather nan nana
gran granny sister brother son daughter husband wife boyfriend girlfriend stepmom stepmum stepdad cousin niece
nephew""".split())
_FAMILY_NOUNS = frozenset("""boy girl boys girls kid kids family children twins brothers sisters household chart file
case referral records notes intake""".split())
_WITH_FAMILY_RE = re.compile(r"(?i:\b(?:with|w/|placed|visiting|visited|fostering|and)\s*)$")
_FAMILY_VERBS = frozenset("cancelled canceled came arrived again rescheduled".split())


def _family_reference(ctx: Ctx, first: int, last: int, ks: list[str], nxt: str) -> bool:
    """A family by its surname: "the Okafor boy", "the Brannigan family", "with the Okafors again",
    "the Lindqvists cancelled" (a surname that is not English, after "the")."""
    toks = ctx.toks
    if first == 0 or toks[first - 1].low != "the" or ctx.gap(first - 1, first) != " " \
            or not all(k in ("rare", "known") for k in ks):
        return False
    tl = toks[last]
    if nxt in _FAMILY_NOUNS and not tl.poss:
        return True
    if tl.poss or not tl.low.endswith("s") or len(tl.low) < 5:
        return False
    stem = tl.low[:-1]
    if zipf(stem) >= RARE or zipf(tl.low) >= RARE:
        return False
    before = ctx.text[max(0, toks[first - 1].start - 12):toks[first - 1].start]
    return bool(_WITH_FAMILY_RE.search(before)) or nxt in W.PERSON_VERBS or nxt in _FAMILY_VERBS


def _title_after_author(ctx: Ctx, first: int) -> bool:
    """A Title Case phrase of English words with a small word inside, right after an author's possessive, is
    a book or a film: the capitalised words of "Yalom's Gift of Therapy", "Hari's Lost in Connections".
    A word that is not English makes it a business and its place: "Sasha's Diner in Tullow"."""
    toks = ctx.toks
    if zipf(toks[first].low) < RARE:
        return False
    k, small = first, False
    for _ in range(6):
        if k == 0 or ctx.gap(k - 1, k) != " ":
            return False
        p = toks[k - 1]
        if p.poss:
            return small and p.cap and k < first and not ctx.sent(k) and toks[k].cap \
                and toks[k].low not in POSSESSED and toks[k].low not in W.RELATION_WORDS
        if p.low in _TITLE_WORDS and not p.cap:
            small = True
        elif not p.cap or (not p.poss and zipf(p.low) < RARE):
            return False
        k -= 1
    return False


# Round 22 (pooled false alarms of blind sets 17-21): authors cited by what they wrote or made, which the
# possessive and method rules above let through.
# What an author has made, after the possessive of a full name or a surname: "Vincent Felitti's original study",
# "Brett Litz's trials" ("Ana's book" is a given name's, and stays flagged unless a work follows the word).
# (Not "studies", "papers", "research" or "writing": "Adaeze Obi's studies" are a student's, "Kwame Mensah's papers"
# an asylum seeker's.)
_AUTHOR_WORKS = frozenset("""book books study trials model models manual manuals framework protocol theory critique
critiques workbook curriculum adaptation adaptations chapter chapters memoir novel poetry hexaflex""".split())
# ... of which one word's possessive (a surname or a given name) may name only these, being no one's own:
# "Kitwood's model", "Lindahl's framework"; "Kemi's studies", "Kemi's papers" or "Kemi's workbook" are a student's,
# an asylum seeker's or a client's own.
_ONE_WORD_WORKS = frozenset("manual manuals framework protocol theory critique critiques curriculum "
                            "adaptation adaptations model models trials poetry hexaflex".split())
# ... and a listed given name's, fewer still: "Ana's model" may be her role model.
_GIVEN_NAME_WORKS = _ONE_WORD_WORKS - frozenset("model models trials".split())
# (round 48) ... or what is published in a journal: "Raskind's trial in the NEJM", "Helen's review in Transcultural
# Psychiatry" (a client's trial is in a court, not in "the" capitalised title of a journal).
_PUBLISHED_WORKS = frozenset("trial review paper study meta-analysis".split())
_IN_A_JOURNAL_RE = re.compile(r"\s+in\s+(?:the\s+)?(?!Court\b|Crown\b|Family\b|High\b|Supreme\b|District\b)[A-Z]")
_WORK_AFTER_NOT = frozenset("club clubs bag bags report reports shelf fair deal".split())
# Works on a subject: "Stuart Murray's papers on muscle dysmorphia" ("Kwame Mensah's papers came" are his own).
_WORKS_ON = frozenset("papers paper research writing writings work studies articles lectures talks".split())
# "Judith Cohen's team": a research team, when the text speaks of training or research.
_TEAM_CONTEXT = frozenset("""training trainers trainer trainings adaptation adapted trial trials study studies research
protocol curriculum program programme model manual certification workshop workshops rollout""".split())
# A work's title in quotation marks after an author's possessive: 'C.S. Lewis's "A Grief Observed"'.
_QUOTED_TITLE_RE = re.compile(r"\s+[\"“][A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|a|an|the|of|for|and|in|to|on|with|as|is))+"
                              r"[,.!?]?[\"”]")
# A method named in capitals and the word for it after the possessive: "Naomi Feil's Validation method".
_METHOD_NOUNS = frozenset("method approach model therapy technique protocol framework theory scale inventory".split())
# The work's title after an author's possessive, in Title Case: "Kitwood's Dementia Care Mapping", "Melton's
# Psychological Evaluations" - unless it names a business or a building ("Tom's Auto Repair", "Ana's High School"),
# a day or a month, or an identity document or a device ("Ana Ruiz's Medicaid ID", "... Apple Watch").
_MONTHS_DAYS = _DATE_PARTS | frozenset("january february march april may june july august september october "
                                      "november december".split())
_RECORD_TITLE_WORDS = frozenset("""id card number no file record records watch phone licence license passport permit
account policy certificate visa chart plate""".split())
_DIGIT_NEAR_RE = re.compile(r"\d")


def _owns_a_document(ctx: Ctx, last: int) -> bool:
    """Within the three words after token ``last`` (a possessive), a word for an identity document or a record."""
    toks = ctx.toks
    return any(toks[k].low in _RECORD_TITLE_WORDS for k in range(last + 1, min(len(toks), last + 4)))
_TITLE_SMALL = frozenset("a an the of for and in to as with on at you your".split())
_BUSINESS_WORDS = frozenset("""repair repairs shop store bakery diner cafe café bar pub garage salon market kitchen
grill pizza pizzeria restaurant auto plumbing construction landscaping farm ranch school high academy clinic
hospital center centre house home street road avenue lane park church motel hotel inn lodge""".split())
# Titles that are also nouns of things' names: "Coach app", "Officer training", "Sister ward".
_TITLES_THAT_ARE_NOUNS = frozenset("coach officer judge sister brother father detective lord pastor".split())
_VEHICLE_MAKES = frozenset("""toyota honda ford nissan chevy chevrolet hyundai kia mazda subaru volkswagen vw bmw audi
mercedes tesla jeep dodge gmc buick cadillac lexus volvo peugeot renault citroen fiat skoda vauxhall mitsubishi suzuki
yamaha kawasaki harley ducati holden porsche jaguar landrover range""".split())
# A work or a maker before "by" or "from" the author: "the ERP manual by Foa and Yadin", "the OCSB model from
# Braun-Harvey and Vigorito", "a validated version by Fountoulakis", "IPSRT by Ellen Frank", "developed by ...".
_WORK_BEFORE_BY = _AUTHOR_WORKS | frozenset("""method methods approach therapy theory technique protocol inventory
scale measure questionnaire guide version versions review article articles podcast talk lecture intervention
program programme workbook film documentary translation""".split())
# ... and after "from", only what is made to be used ("a sleep study from Dannevirke" is a town's clinic).
_WORK_BEFORE_FROM = frozenset("""model models manual manuals framework protocol workbook curriculum adaptation
adaptations approach method technique scale measure questionnaire inventory version versions
therapy therapies methodology methodologies toolkit toolkits treatment treatments programme programmes program
programs training checklist screener interview literature""".split())  # (round 29: therapy, methodology; round 33: toolkit
# ... interview: "the DUNDRUM toolkit from Harry Kennedy", "Complicated Grief Treatment from Katherine Shear")
# Recordings, which come from where they were made: "CCTV from Cotteridge parade".
_RECORDINGS = frozenset("cctv anpr dashcam bodycam footage video audio".split())
_MADE_BY = frozenset("""developed created written authored edited founded published designed validated translated
adapted illustrated narrated certified trained""".split())
_DESCRIBED_BY = frozenset("described outlined proposed formulated defined conceptualised conceptualized".split())
_AUTHOR_WITH_PARTICLES = r"[A-Z][\w'’\-]+(?:\s+(?:(?:van|von|der|den|de|du|da|di|del|la|le|ten|ter)\s+)*[A-Z][\w'’\-]+)?"
_AUTHORS_SEP = r"(?:,\s+|\s+and\s+|\s+&\s+|,\s+and\s+|,?\s+or\s+)"  # (round 38: "or" - "from Moshe Talmon or ...")
_AUTHORS_BEFORE_RE = re.compile(r"(?:" + _AUTHOR_WITH_PARTICLES + _AUTHORS_SEP + r")*")
# (round 38) Authors between "as" and what they wrote or designed: "as Donald Robertson writes", "as Gerald Klerman and
# Myrna Weissman designed them" (not "such as ...", nor what a client says or suggests).
_AS_AUTHORS_BEFORE_RE = re.compile(r"(?<!such )(?<!Such )\b[Aa]s\s+(?:" + _AUTHOR_WITH_PARTICLES + _AUTHORS_SEP + r")*$")
_AUTHORS_WROTE_RE = re.compile(r"(?:" + _AUTHORS_SEP + _AUTHOR_WITH_PARTICLES + r")*\s+(?:writes|wrote|argues|argued|"
                               r"designed|defines|defined|proposed|proposes|theori[sz]ed|puts\s+it|put\s+it|"
                               r"conceptuali[sz]ed|originally\s+(?:designed|described|wrote))\b"
                               r"(?!\s+(?:in\s+(?:her|his|their|my|our)|to\s+(?:me|us|her|him|them)|on\s+(?:her|his)|back)\b)")
_BY_BEFORE_RE = re.compile(r"\b(by|from|with)\s+")
_LAST_WORD_RE = re.compile(r"([\w'’-]+)[)\"”’?!]?\s+$")  # (a work in parentheses or quotation marks ends so)
# Round 25: what a speaker gives, and a title in Title Case, before "by" ("the keynote by ...", "Overcoming Health
# Anxiety by Willson and Veale"); a training "with" its trainers ("Facilitator training with Cooper, Hoffman and
# Powell").
_EVENT_BY = frozenset("keynote keynotes webinar webinars workshop workshops presentation talk talks plenary panel "
                      "masterclass seminar seminars series lecture course".split())
_TRAINING_WITH = frozenset("""training trainings workshop workshops course courses masterclass seminar webinar bootcamp
intensive certification consultation""".split())
_TRAINING_NEAR_RE = re.compile(r"(?i)\b(?:training|trainings|trained|course|workshop|webinar|masterclass|bootcamp|"
                               r"intensive|certification|cohort|alert|online|in\s+person)\b")
_TITLE_BEFORE_BY_RE = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z]{2,}|of|in|the|a|an|and|for|to|your|with|from|on)"
                                 r"(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]{2,}|of|in|the|a|an|and|for|to|your|with|from|on))+\s+$")
# What only an organisation is called: "the Terrence Higgins Trust", "the Jed Foundation".
_ORG_AFTER = frozenset("trust foundation institute society fund prize award awards scholarship fellowship "
                       "lecture lectures".split())
# ... and the last word of a body's name (round 26).
# (Not "institute": a client studies, works or is treated at one - "at Huntsman Cancer Institute".)
_ORG_WORDS = (_ORG_AFTER - {"institute"}) | frozenset("association alliance network coalition council charity "
                                                       "federation union collective club helpline".split())
# Two capitals and then small letters: a brand's spelling ("VSee"), not a name's ("DeShawn", "McKenzie").
_BRAND_CASE_RE = re.compile(r"[A-Z]{2,}[a-z]{2,}")
# Authors and then the title of their book in quotation marks: 'Bruce Perry and Maia Szalavitz, "The Boy Who ...'
_QUOTED_TITLE_AFTER_RE = re.compile(r"(?:\s+(?:and|&)\s+" + _AUTHOR + r")?,?\s+[\"“][A-Z][\w'’-]*\s+(?:[a-z]+\s+)?[A-Z]")


# A year between an author's possessive and the work: what a publication of that year is called.
_YEAR_GAP_RE = re.compile(r" (?:19|20)\d\d ")
# A work's title (capitalised words, small words between them) and its year in parentheses, after the possessive.
_TITLE_THEN_YEAR_RE = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*,?|of|the|and|a|an|in|on|for|to|his|her|with|from|manual|book|"
                                 r"model|review|study|guide|workbook|chapter)){1,10}\s+\((?:19|20)\d\d\)")
_DATED_WORKS = _AUTHOR_WORKS | frozenset("""paper papers trial trials review reviews article articles study studies rct
meta-analysis report guidance guideline guidelines edition lecture talk survey cohort""".split())


def _possessive_work(ctx: Ctx, first: int, last: int, caps: list[int], joint: bool = False) -> bool:
    """(``joint``: the possessive of the second of two authors, "Anda and Felitti's", whose works are a full
    name's.)"""
    toks = ctx.toks
    tl = toks[last]
    if not tl.poss or last + 1 >= len(toks) or (ctx.gap(last, last + 1) not in (" ", ' "', " “")
                                                 and not _YEAR_GAP_RE.fullmatch(ctx.gap(last, last + 1))):
        return False
    if first >= 2 and toks[first - 1].low == "and" and toks[first - 2].cap and ctx.gap(first - 2, first - 1) == " " \
            and ctx.gap(first - 1, first) == " ":
        joint = True
    given = len(caps) == 1 and toks[first].low in _given() and not joint
    works = _AUTHOR_WORKS if joint else _GIVEN_NAME_WORKS if given else _ONE_WORD_WORKS if len(caps) == 1 \
        else _AUTHOR_WORKS
    if _YEAR_GAP_RE.fullmatch(ctx.gap(last, last + 1)):
        return toks[last + 1].low in _DATED_WORKS  # (round 44) "Manfield's 2017 paper", "Raskind's 2018 trial"
    if _TITLE_THEN_YEAR_RE.match(ctx.text, tl.full_end) and not any(
            toks[last + 1].low in words for words in (_VEHICLE_MAKES, _RECORD_TITLE_WORDS, _BUSINESS_WORDS,
                                                      _MONTHS_DAYS, POSSESSED, W.RELATION_WORDS)):
        return True  # (round 45) a title and its year in parentheses: "Kleinman's Rethinking Psychiatry (1988)"
        # (not a car and its year: "Ana Ruiz's Toyota Corolla (2015)")
    if ctx.gap(last, last + 1) != " ":
        return _QUOTED_TITLE_RE.match(ctx.text, tl.full_end) is not None
    k, described = last + 1, 2
    while k < len(toks) and k <= last + 3:
        t = toks[k]
        if t.low in works or (t.low == "team" and len(caps) >= 2 and not ctx.lows.isdisjoint(_TEAM_CONTEXT)) or (
                t.low in _WORKS_ON and k + 1 < len(toks) and toks[k + 1].low == "on" and ctx.gap(k, k + 1) == " ") \
                or (t.low in _PUBLISHED_WORKS and _IN_A_JOURNAL_RE.match(ctx.text, t.full_end)):
            return not (k + 1 < len(toks) and ctx.gap(k, k + 1) == " " and toks[k + 1].low in _WORK_AFTER_NOT)
        if t.cap or not described or t.low in POSSESSED or t.low in W.RELATION_WORDS or zipf(t.low) < RARE \
                or k + 1 >= len(toks) or ctx.gap(k, k + 1) not in (" ", "/"):
            break  # (up to two words that say what the work is: "Felitti's original study", "mind/body program")
        described -= 1
        k += 1
    # A title in quotation marks: 'C.S. Lewis's "A Grief Observed"', 'Resmaa Menakem's "My Grandmother's Hands"'.
    if _QUOTED_TITLE_RE.match(ctx.text, tl.full_end):
        return True
    # A method named in capitals, then the word for it: "Naomi Feil's Validation method".
    if last + 2 < len(toks) and toks[last + 1].cap and ctx.gap(last + 1, last + 2) == " " \
            and toks[last + 2].low in _METHOD_NOUNS and toks[last + 1].low not in POSSESSED \
            and zipf(toks[last + 1].low) >= RARE and not (given and toks[last + 2].low == "model"):
        return True
    # A title in Title Case: two capitalised English words or more (small words between them allowed).
    if given:
        return False
    k, capitals, last_capital = last + 1, 0, last
    while k < len(toks) and k <= last + 6:
        t = toks[k]
        if t.cap or t.acronym:
            if capitals == 0 and (t.low in POSSESSED or t.low in W.RELATION_WORDS or t.low in _MONTHS_DAYS
                                  or t.low in _VEHICLE_MAKES):
                return False  # (round 29: a car is no work - "Ana Ruiz's Honda Civic was taken")
            if t.acronym or zipf(t.low) < RARE or t.low in _BUSINESS_WORDS or t.low in _RECORD_TITLE_WORDS:
                if capitals >= 2 and toks[k - 1].low in ("and", "or"):
                    k = last_capital + 1
                    break  # (round 29) the title ended before "and": "The Broken Mirror and Veale and Willson's ..."
                return False  # (an identity document or a device, not a work: "Ana Ruiz's MRN", "... Apple Watch")
            capitals += 1
            last_capital = k
        elif not (t.low in _TITLE_SMALL and capitals):
            break
        if k + 1 >= len(toks) or ctx.gap(k, k + 1) != " ":
            k += 1
            break
        k += 1
    # The title ends on a capital ("Building a Bridge"), unless it opens with an article ("The Anxious Family
    # Handbook for parents"): "Jamal Price's Toyota Camry for sale" is his car.  Not before a number either:
    # "Bongani Sithole's Apple Watch (IMEI ...)".
    if capitals >= 2 and not toks[k - 1].cap and last_capital + 1 < len(toks) \
            and toks[last_capital + 1].low in ("and", "or") and ctx.gap(last_capital, last_capital + 1) == " ":
        k = last_capital + 1  # (round 29) a list goes on after the title: "... Attention Deficit Disorder and the ..."
    article = toks[last + 1].low in ("the", "a", "an")
    return capitals >= 2 and (toks[k - 1].cap or article) and (
        not ctx.has_digit or _DIGIT_NEAR_RE.search(ctx.text, toks[last_capital].end, toks[last_capital].end + 24) is None)


_WORK_AFTER_POSSESSIVE_RE = re.compile(r"['’]s?\s+(?:[\"“][A-Z]|(?:[a-z][\w-]*\s+){0,2}(?P<w>[a-z]+)\b|"
                                       r"(?P<t>(?:The\s+|A\s+|An\s+)?[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|of|the|and|a|"
                                       r"in|for|to))+))")


def a_person_before_work(text: str, start: int, end: int) -> bool:
    """text[start:end] is a given name and a surname whose possessive is followed by a work: "from David Okoro's The
    Anxious Family Handbook", "Ana Ruiz's workbook" is not one (a client's); read so where another detector took the
    person for a place ("from X" places a town)."""
    words = text[start:end].split()
    if len(words) != 2 or words[0].lower() not in _given():
        return False
    m = _WORK_AFTER_POSSESSIVE_RE.match(text, end)
    if m is None:
        return False
    if m.group("w") is not None:
        return m.group("w") in _AUTHOR_WORKS
    if m.group("t") is not None:
        caps = [x.lower() for x in m.group("t").split() if x[:1].isupper()]
        return len(caps) >= 2 and all(zipf(x) >= RARE and x not in _BUSINESS_WORDS and x not in _RECORD_TITLE_WORDS
                                      for x in caps)
    return True  # a title in quotation marks


# What comes from a person without being their work: "a letter from", "the Referral from" (a client's).
_SENT_FROM = frozenset("""letter letters text texts message messages referral referrals email emails call calls voicemail
note notes visit visits fax faxes report reports card cards gift gifts money payment complaint request""".split())


def _title_before_from(before: str) -> bool:
    """(round 33) A title in Title Case, two words or more, right before "from" and the author: "the Zones of
    Regulation from Leah Kuypers", "(Multidimensional Inventory of Dissociation) from Paul Dell"."""
    stripped = before.rstrip()
    if stripped.endswith((")", '"', "”")):
        before = stripped[:-1] + " "
    title = _TITLE_BEFORE_BY_RE.search(before)
    if title is None:
        return False
    words = [x.lower() for x in title.group(0).split() if x[:1].isupper()]
    return len(words) >= 2 and words[-1] not in _SENT_FROM and all(
        zipf(x) >= RARE and x not in _BUSINESS_WORDS and x not in W.RELATION_WORDS and x not in _MONTHS_DAYS
        and x not in _given() and x not in census_surnames() for x in words)  # (not a person: "Callum Gunn from")


_RECORD_AFTER_TITLE_RE = re.compile(r"\s+(?:file|plate|card|number|no\.?|id|account|chart|record|records|policy|"
                                    r"licen[cs]e|passport|visa|permit|claim|case|address|phone)\b", re.I)


def an_author_before_work(text: str, start: int, end: int) -> bool:
    """(round 36) text[start:end] is a given name and a surname whose possessive is followed by a work's title, not
    by a thing of the client's named for a place or a body: "Nancy Kline's Time to Think" (not "Rima Haddadin's
    Dubai Healthcare City file", "Bongani Zulu-Pearson's South African plate")."""
    if not a_person_before_work(text, start, end):
        return False
    m = _WORK_AFTER_POSSESSIVE_RE.match(text, end)
    title = m.group("t") if m is not None else None
    if m is None or title is None:
        return True
    first = title.split()[0].lower()
    if first in ("the", "a", "an") and len(title.split()) > 1:
        first = title.split()[1].lower()
    return not (first in geo_cities() and zipf(first) < COMMON) and first not in BIG_PLACES_1 and not is_region(first) \
        and first not in ("south", "north", "east", "west", "new") \
        and _RECORD_AFTER_TITLE_RE.match(text, m.end("t")) is None


def authors_after_work(text: str, start: int) -> bool:
    """The word at ``start`` is an author (or one of the authors) after "by" or "from" and a work: "the ERP manual
    by Foa and Yadin", "the OCSB model from Braun-Harvey and Vigorito" - a person's or a town's name alike."""
    seg = text[max(0, start - 80):start]
    if "by" not in seg and "from" not in seg and "with" not in seg:
        return False  # (speed: the pattern below needs one of these words; plain text finds that faster)
    m = None
    for found in _BY_BEFORE_RE.finditer(seg):  # (the last "by" or "from" before the name)
        m = found
    if m is None or not _AUTHORS_BEFORE_RE.fullmatch(seg, m.end()):
        return False
    w = _LAST_WORD_RE.search(seg, 0, m.start())
    if w is None:
        return False
    word = w.group(1)
    low = word.lower()
    if m.group(1) == "from":
        # (round 29) also a measure's revised form ("Saving Inventory-Revised from Frost and ..."), a method in
        # capitals ("MANTRA from Schmidt and ...")
        return low in _WORK_BEFORE_FROM or any(part in _WORK_BEFORE_FROM for part in low.split("-")[:-1]) \
            or (len(word) >= 4 and word.isupper() and word.isalpha() and low not in _RECORDINGS) \
            or _title_before_from(seg[:m.start()])
    if m.group(1) == "with":
        # (round 28) or a training's title before "with", in a sentence about a training: "ACT for Psychosis
        # Recovery with Eric Morris and ...", "CBT for Psychosis with ... or via the Maudsley"
        return low in _TRAINING_WITH or (word[:1].isupper() and _TRAINING_NEAR_RE.search(seg) is not None)
    if low in _DESCRIBED_BY and seg[:w.start(1)].rstrip().lower().endswith(" as"):
        return True  # (round 38) "as described by Schauer, Neuner and Elbert" (not "the voices described by Tom")
    if low in _WORK_BEFORE_BY or low in _MADE_BY or low in _EVENT_BY or (
            len(word) >= 3 and word.isupper() and word.isalpha()):
        return True
    # a book's title of one word, capitalised mid-sentence: "I'm reading Burnout by ...", "Attached by Levine ..."
    if word[:1].isupper() and not word.isupper() and zipf(low) >= RARE and low not in _BUSINESS_WORDS \
            and low not in W.RELATION_WORDS and low not in _MONTHS_DAYS \
            and not sentence_start_at(text, max(0, start - 80) + w.start(1)):
        return True
    # a book's title before "by": capitalised English words, two or more, none of a place ("Elm Street")
    title = _TITLE_BEFORE_BY_RE.search(seg, 0, m.start())
    if title is None:
        return False
    words = [x.lower() for x in title.group(0).split() if x[:1].isupper()]
    return len(words) >= 2 and all(zipf(x) > 0 and x not in _BUSINESS_WORDS and x not in W.RELATION_WORDS
                                   and x not in _MONTHS_DAYS for x in words)  # ("Structural Dissociation by ...")


def _cited_work(ctx: Ctx, first: int, last: int, caps: list[int]) -> bool:
    """An author cited by what they made: by a possessive before the work, after "by" or "from" and a work, with
    the work's title in quotation marks after; or not a person at all, an organisation named for one."""
    toks = ctx.toks
    if _possessive_work(ctx, first, last, caps):
        return True
    if not toks[last].poss and last + 2 < len(toks) and toks[last + 1].low == "and" and toks[last + 2].cap \
            and toks[last + 2].poss and ctx.gap(last, last + 1) == " " and ctx.gap(last + 1, last + 2) == " " \
            and _possessive_work(ctx, last + 2, last + 2, [last + 2], joint=True):
        return True  # the first of two authors: "Anda and Felitti's original study"
    if len(caps) == 1 and ((toks[first].low in _ORG_WORDS and toks[first].low not in _given())
                           or _BRAND_CASE_RE.fullmatch(toks[first].word)):
        return True  # an organisation's word alone ("MISS Foundation"), a brand's spelling ("VSee")
    if len(caps) >= 2 and toks[last].low in _ORG_WORDS and not toks[last].poss:
        return True  # a body named in full: "the British Tinnitus Association", "the Helen Bamber Foundation"
    if first > 0 and authors_after_work(ctx.text, toks[first].start):
        return True
    if first > 0 and not toks[last].poss and " as " in ctx.text \
            and _AS_AUTHORS_BEFORE_RE.search(ctx.text, max(0, toks[first].start - 80), toks[first].start) \
            and _AUTHORS_WROTE_RE.match(ctx.text, toks[last].full_end):
        return True  # (round 38) "as Donald Robertson writes"
    if last + 1 < len(toks) and ctx.gap(last, last + 1) == " " and toks[last + 1].cap \
            and toks[last + 1].low in _ORG_AFTER:
        return True
    if last + 2 < len(toks) and ctx.gap(last, last + 1) == " & " and toks[last + 1].cap \
            and followed_by_method(ctx, last + 1):
        return True  # two authors and their model: "the Hawkins & Shohet Seven-Eyed Model"
    if first >= 2 and ctx.gap(first - 2, first - 1) == " & " and toks[first - 1].cap and followed_by_method(ctx, last):
        return True
    if not toks[last].poss and ('"' in ctx.text or "“" in ctx.text) \
            and _QUOTED_TITLE_AFTER_RE.match(ctx.text, toks[last].full_end):
        return True
    return False


# (round 32) Posts named in capitals: "<Head> of <X>" and the like, and a post alone after "the"/"our".
_POST_HEADS = frozenset("head heads dean director directors chair chairs chief vice deputy assistant associate "
                        "principal provost registrar bursar warden master mistress rector chancellor secretary "
                        "superintendent commissioner coordinator manager lead".split())
_POSTS_ALONE = frozenset("provost registrar bursar warden chancellor vice-chancellor rector dean principal "
                         "superintendent headteacher headmaster headmistress ombudsman coroner".split())


def _job_title(ctx: Ctx, first: int, last: int) -> bool:
    toks = ctx.toks
    n = len(toks)
    # the chain is the post's head: "Dean of Students", "Head of Year 9"
    if toks[first].low in _POST_HEADS and last + 1 < n and toks[last + 1].low == "of" and first == last \
            and ctx.gap(last, last + 1) == " " and last + 2 < n and toks[last + 2].cap \
            and (toks[last + 2].acronym or zipf(toks[last + 2].low) >= RARE):
        return True  # (of a department, not of a place: "Dean of Kilbride" may be a man from there)
    # the chain is what the post is of: "Head of Pastoral", "Director of Nursing"
    if first >= 2 and toks[first - 1].low == "of" and toks[first - 2].cap and toks[first - 2].low in _POST_HEADS \
            and ctx.gap(first - 2, first - 1) == " " and ctx.gap(first - 1, first) == " ":
        return True
    # a post alone after an article or "our": "the Provost", "our Registrar"
    return first == last and toks[first].low in _POSTS_ALONE and first > 0 \
        and toks[first - 1].low in ("the", "our", "their", "your", "a") and ctx.gap(first - 1, first) == " "


def _thing_veto(ctx: Ctx, chain: list[int], caps: list[int], strength: int, sent: bool, after_det: bool) -> bool:
    """Kinds of things standing where a name stands (round 6).  Asked only about chains the rules above would
    flag, so the common path pays nothing for them."""
    toks = ctx.toks
    first, last = chain[0], chain[-1]
    t0, tl = toks[first], toks[last]
    if strength < 2 and first == last and _plural_of_a_word(t0.low) and not tl.poss and not (
            first and toks[first - 1].low in _WHERE_BEFORE):
        return True  # (round 33) a plural of an English word: "licenses Facilitators", "Lifeguards in Australia"
        # (but where someone goes or is: "did she leave Northfields?")
    if strength < 2 and first == last and first and t0.low in _MONTH_NAMES and toks[first - 1].low in _BEFORE_A_TIME:
        return True  # (round 34) a month after a word of time: "the conference in May said ...", "since June"
    if strength < 3 and len(caps) >= 2 and len(chain) > len(caps) and _romance_title(toks, caps) and not (
            first and (toks[first - 1].low in _WHERE_BEFORE or toks[first - 1].poss)):
        return True  # (round 35) a title in Spanish, Portuguese, Italian or French: "Lei Geral de Proteção de Dados",
        # "Delegado de Protección de Datos" (not "María de la Cruz", "Dolores del Río"; nor where someone is or comes
        # from: "from Assembleia de Deus Madureira", "Vaulx-en-Velin's Mas du Taureau")
    if strength < 3 and len(caps) >= 2 and tl.low in _BODY_HEADS:
        return True  # (round 33) a body or a programme: "the Howard League", "Hui Process"
    if strength < 3 and _job_title(ctx, first, last):
        return True  # (round 32) a post, not a person: "our Dean of Students", "Head of Pastoral", "the Provost"
    if strength < 2 and len(caps) == 1 and t0.low in MEASURE_SHORT_NAMES and measure_use(ctx.text, tl.full_end):
        return True  # a measure by its short name: "the Columbia was positive on item 3"
    if strength < 3 and not tl.poss and tl.low not in _given() and _SCORE_AFTER.match(ctx.text, tl.full_end):
        return True  # a measure named for its author, with a score: "Kessler 10 of 50", "Zung 41/80"
    if strength < 3 and not ctx.lows.isdisjoint(_PET_SET) and (_PET_AFTER.match(ctx.text, tl.full_end) or _PET_BEFORE.search(
            ctx.text, max(0, t0.start - 20), t0.start)):
        return True  # a pet: "Rosie the therapy dog", "her cat Milo" (not a person's name)
    if last + 1 < len(toks) and toks[last + 1].low in _NAMED_LAWS and ctx.gap(last, last + 1) == " " \
            and (tl.poss or tl.low not in _given()):
        return True  # named for someone: "Megan's Law", "Down's Syndrome", "Yerkes-Dodson curve", "Lewy body"
    if len(caps) == 1 and strength < 2 and t0.low in _KIN_TERMS and (sent or after_det or tl.poss):
        return True  # a relative called by the kin word: "Nan's birthday", "Gran said", "the Aunty"
    if strength < 3 and _CITED_AFTER.match(ctx.text, tl.full_end):
        return True  # a cited author: "Kessler et al.", "Walker (2017)", "(Linde, 2014)"
    if strength < 2 and _cited_work(ctx, first, last, caps):
        return True
    if strength < 3 and len(caps) >= 2 and tl.low in ("day", "week", "month") and not tl.poss \
            and all(zipf(toks[k].low) >= RARE and toks[k].low not in _given() for k in caps[:-1]):
        return True  # (round 28) an observance, also after a word for a person: "Therapist Appreciation Day"
    if strength < 3 and first > 0:
        if ctx.text[t0.start - 2:t0.start - 1].isalpha() and ctx.text.find("-", max(0, t0.start - 24), t0.start) >= 0 \
                and _MEASURE_BEFORE.search(ctx.text, max(0, t0.start - 24), t0.start):
            return True
        p = toks[first - 1]
        if (p.cap or p.low in _TITLE_WORDS) and _title_after_author(ctx, first):
            return True
    return False


_OWNERS = frozenset("my her his their our your".split())
# Someone addressed by name: "Nurbol please see above", "Tane thanks for this".
_VOCATIVE_AFTER = frozenset("please pls plz thanks thank".split())
_ASKED_AFTER_RE = re.compile(r",\s+(?:can|could|would|will)\s+you\b")  # "Heilala, can you update the template?"


def _capital_after(ctx: Ctx, i: int) -> bool:
    """A capitalised word right after token i: "Elfed in Rhayader"."""
    return i + 1 < len(ctx.toks) and ctx.toks[i + 1].cap and ctx.gap(i, i + 1) == " "
# A person's record after their full name: "Fernão Castanheira chart #0055-88341" (not "the Gottman method").
RECORD_WORDS = frozenset("chart file record records notes folder referral".split())
# "it's", "that's", "who's": a verb run into its subject, not a possessive before a name ("it's Ivor Penhaligon's")
_CONTRACTED = frozenset("it he she that what there who here where let everyone everybody someone somebody this".split())
_AUX_BEFORE_PREDICATE = frozenset("""is was has had been keeps kept got gets just still now always never finally
a an the currently recently""".split())
# What only a person is or does, right after a sentence's first word: "Chase was expelled", "Rich is a veteran".
_IN_CARE_RE = re.compile(r"(?:taken|placed|put|removed)\s+(?:into|in|from)\s+(?:care|custody|foster\s+care|her\s+care|"
                         r"his\s+care)\b")
# (speed: the look-behind is tested after the first character, so the engine skips to candidates; same matches)
_SAID_TO_BE_A_NAME_RE = re.compile(r"((?:[A-Z](?<![\w'’].)[\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:is|was)\s+(?:the\s+"
                                   r"(?:baby|kid|child|client|boy|girl|twins?|dog|cat)['’]s|her|his|their|my\s+client['’]s|"
                                   r"my\s+pt['’]s|my\s+patient['’]s)"
                                   r"\s+(?:real\s+|actual\s+|full\s+|given\s+|legal\s+|birth\s+|childhood\s+|school\s+|"
                                   r"family\s+)?(?:nick)?name\b")
# A nickname in quotes after a comma, said to be what people call someone: 'Dwayne McKoy, "Tallest" to everyone,'.
_QUOTED_NICK_TO_RE = re.compile(r",\s+[\"“'‘](?P<n>[A-Z][^\W\d_][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)[\"”'’]\s+(?:to|for)\s+"
                                r"(?:everyone|everybody|friends|family|his\s+\w+|her\s+\w+|the\s+\w+|us|all)\b")
# A short name before the full one in parentheses: "Seryozha (Sergei Bondarenko-Lvov), 20", "Abhi (Abhishek Deshpande)".
# (speed: the look-behind is tested after the first character, so the engine skips to candidates; same matches)
_SHORT_BEFORE_FULL_RE = re.compile(r"(?P<n>[A-Z](?<![\w'’-].)[^\W\d_][\w'’-]*)\s+\((?:[A-Z][^\W\d_][\w'’-]*\s+){1,3}"
                                   r"[A-Z][^\W\d_][\w'’-]*\)")
_PERSON_PREDICATES = frozenset("""sobbing punched expelled suspended arrested sectioned pregnant relapsed overdosed
self-harming suicidal homeless veteran bullied assaulted raped fostered unemployed incarcerated deployed hospitalised
hospitalized autistic dyslexic nonverbal transgender bisexual pansexual anorexic bulimic vaping truanting""".split())
# ... and what a person does that a word can do in a figure of speech ("Hope is living proof", "Rose is grieving in
# the poem"): only after a name that is no English word ("Madison has an eating disorder", "Miracle is the youngest").
_PERSON_PREDICATES_WEAK = frozenset("""crying cried cries admitted discharged married divorced separated widowed cutting
living sleeping drinking sober youngest oldest eldest abused adopted grieving dating engaged fired retired gambling
failing eating""".split())
_KIN_PLURAL = frozenset("parents kids children siblings grandparents partner ex baby family".split())
_SPEECH_VERBS = frozenset("""says said told tells cried cries refuses refused wants wanted feels felt hates hated
admitted admits disclosed discloses texted texts confided screamed yelled insists insisted""".split())
# What is rated with a number in session notes: "Pain is 6 and ...", "Mood, 4, ..." (a rating, not an age).
_RATED = frozenset("""pain mood sleep energy anxiety distress craving cravings urge urges score stress appetite
motivation focus level worry fear anger sadness shame guilt suds sud rating item question week day session
step stage module phase grade year number dose total""".split())
_NAMED_FOR_SITES = frozenset("""secondary school high college elementary primary academy hospital centre center clinic
institute memorial library park street road avenue house hall building bridge airport station stadium""".split())
_CASELOAD = frozenset("pts clients patients".split())  # "my pts dissociate": a verb, not a name
_NOT_LIST_WORDS = frozenset("""my her his their our your the a an who whose she he they we you i it its this that
aged age now then please sorry honestly anyway btw though which where when not also""".split())


_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten twelve first second third""".split())


def _agent_noun(low: str) -> bool:
    """One who does a common verb, and no given name: "Payer", "Referrer", "Assessor" (not "Hunter", "Tyler")."""
    if low in _given() or len(low) < 5 or not low.endswith(("er", "or")):
        return False
    stem = low[:-2]
    return zipf(stem) >= 4.0 or zipf(stem + "e") >= 4.0 or (len(stem) > 3 and stem[-1] == stem[-2]
                                                             and zipf(stem[:-1]) >= 4.0)


def _opens_list_of_things(ctx: Ctx, i: int) -> bool:
    """Token i opens a list of lower-case English words: "Violet, lilac and grey", "Carpenter, plumber, electrician".
    A name opening a sentence is followed by its verb or by an aside ("Kofi, my client, ..."), not by a list."""
    toks = ctx.toks
    n = len(toks)
    if toks[i].poss or i + 2 >= n or ctx.gap(i, i + 1) != ", ":
        return False
    w = toks[i + 1]
    if w.cap or w.poss or w.low in _NOT_LIST_WORDS or w.low in _given() or zipf(w.low) < RARE:
        return False
    following = ctx.gap(i + 1, i + 2)
    if following not in (", ", " and ", " or ", " & "):
        if following != " " or toks[i + 2].low not in ("and", "or"):
            return False
    return not toks[i + 2].cap


def _judge_chain(ctx: Ctx, chain: list[int], kinds: list[str], cue: list[int]) -> bool:
    if not _judge_chain_rules(ctx, chain, kinds, cue):
        return False
    toks = ctx.toks
    first = chain[0]
    after_det = first > 0 and toks[first - 1].low in DETERMINERS and ctx.gap(first - 1, first) == " "
    return not _thing_veto(ctx, chain, [k for k in chain if toks[k].cap], cue[first], ctx.sent(first), after_det)


def _does_something_to_me(ctx: Ctx, last: int) -> bool:
    """A verb and "me"/"us" after the word: "Uzma met me at the café", "Kobina rang us twice"."""
    toks = ctx.toks
    return last + 2 < len(toks) and not toks[last + 1].cap and toks[last + 1].low.isalpha() \
        and toks[last + 1].low not in DETERMINERS and toks[last + 2].low in ("me", "us") \
        and ctx.gap(last, last + 1) == " " and ctx.gap(last + 1, last + 2) == " "


_SKIP_FIRST_WORDS = frozenset(name.split(" ")[0] for name in SKIP_NAMES)
# Method words that after a possessive are someone's own: "Ozan's school counsellor", "Yevheniia's chart", "at
# Mele's house" (not "Linehan's work": an eponym's possessive still cites).
_ONES_OWN = frozenset(("chart", "house", "school"))


_ADVERBS_BEFORE_VERB = frozenset("only just still never always really also often rarely barely finally".split())
_DOES_AFTER_FULL_NAME = frozenset("has had is was came went keeps kept said says told tells".split())
_GROUP_OWNERS = frozenset("our my their your his her the these those some many several two three four".split())
_PEOPLE_PLURAL = frozenset("""clients patients families refugees kids children students members speakers communities
elders women men youth teens adolescents parents mothers fathers survivors workers veterans""".split())


def _judge_chain_rules(ctx: Ctx, chain: list[int], kinds: list[str], cue: list[int]) -> bool:
    toks = ctx.toks
    caps = [k for k in chain if toks[k].cap or _particle_then_capital(toks[k])]
    # Famous people and public figures ("Marsha Linehan", "Taylor Swift", "Fox News"), also when the
    # phrase runs past the chain or starts before it.
    lo = chain[0]
    while lo > 0 and chain[0] - lo < SKIP_MAX - 1 and toks[lo - 1].cap and ctx.gap(lo - 1, lo) == " ":
        lo -= 1
    hi = chain[-1]
    while hi + 1 < len(toks) and hi - chain[-1] < SKIP_MAX - 1 and ctx.gap(hi, hi + 1) == " ":
        hi += 1
    words = [toks[k].low for k in range(lo, hi + 1)]
    for a in range(len(words)):
        if words[a] not in _SKIP_FIRST_WORDS:
            continue  # no famous name starts with this word
        for b in range(a + 1, min(len(words), a + SKIP_MAX) + 1):
            if lo + a <= chain[-1] and lo + b - 1 >= chain[0] and " ".join(words[a:b]) in SKIP_NAMES \
                    and not (b < len(words) and words[b] in _NAMED_FOR_SITES):
                return False  # (but a site named for them is a place: "Sir Winston Churchill Secondary")
    first, last = chain[0], chain[-1]
    ks = [kinds[k] for k in caps]
    strength = cue[first]
    method = followed_by_method(ctx, last)
    t0 = toks[first]
    sent = ctx.sent(first)
    after_det = first > 0 and ctx.gap(first - 1, first) == " " and (toks[first - 1].low in DETERMINERS or (
        toks[first - 1].poss and toks[first - 1].low not in _given() and toks[first - 1].low not in _CONTRACTED and (
            not toks[first - 1].cap or kinds[first - 1] in ("never", "common", "cue_only"))))
    # (a possessive noun, brand or author works as one: "a client's Lenten fast", "mum's Sunday roast",
    # "Netflix's Baby Reindeer", "Kafka's Metamorphosis")
    if not after_det and first >= 2 and toks[first - 1].low in _INTENSIFIERS and toks[first - 2].low in ("a", "an") \
            and ctx.gap(first - 1, first) == " " and ctx.gap(first - 2, first - 1) == " ":
        after_det = True  # a comparison to a type: "a real Jekyll and Hyde", "a total Romeo"
    tl = toks[last]
    nxt = toks[last + 1].low if last + 1 < len(toks) and ctx.gap(last, last + 1) == " " else ""
    strong_verb = nxt in STRONG_VERBS and not tl.poss
    any_verb = nxt in W.PERSON_VERBS and not tl.poss
    if not any_verb and nxt in _ADVERBS_BEFORE_VERB and not tl.poss and last + 2 < len(toks) \
            and ctx.gap(last + 1, last + 2) == " " and toks[last + 2].low in W.PERSON_VERBS \
            and toks[last + 2].low not in ("works", "worked", "helps", "helped"):  # ("my MacBook still works")
        any_verb = True  # (round 47) an adverb between the person and what they do: "Meleane only opens up"
    if after_det and toks[first - 1].low == "that" and (any_verb or (
            len(caps) >= 2 and ks[-1] in ("rare", "known") and all(k in ("rare", "known", "unknown") for k in ks))):
        after_det = False  # (round 45) "that" opening a clause, not pointing: "is it normal that Marijana remembers";
        # (round 48) before a full name in no English word list, whatever follows: "the Tesla that Henrik Aasland
        # crashed"
    poss_rel = tl.poss and nxt in POSSESSED

    if _family_reference(ctx, first, last, ks, nxt):
        return True  # (before the method check: "the Okafor chart" is a record, not a charting method)
    if method and strength == 2 and len(caps) == 1 and tl.poss and first >= 1 and not toks[first - 1].cap \
            and ctx.gap(first - 1, first) == " " and (t0.low in _given() or ks[0] in ("rare", "known")):
        method = False  # (round 48) a person right after a word for one, whatever they own: "my client Tama's
        # manual wheelchair", "her son Tevita's model aeroplanes"
    if method and len(caps) >= 2 and tl.poss and ks[-1] in ("rare", "known") and _owns_a_document(ctx, last):
        method = False  # (round 51) nor is a full name's possessive before an identity card a cited work
    if method and strength < 3 and not (len(caps) == 1 and tl.poss and (t0.low in _given() or ks[0] == "rare"
                                                                         or _syllable_name(t0.low))
                                        and t0.low not in W.EPONYMS and ks[0] in ("known", "rare", "unknown")
                                        and (nxt not in W.METHOD_WORDS or nxt in _ONES_OWN) and not toks[last + 1].cap) \
            and not (len(caps) >= 2 and (tl.poss or nxt in RECORD_WORDS) and (t0.low in _given() or ks[0] in (
                "wordlike", "rare")) and t0.low not in W.EPONYMS
                     and all(k in ("known", "rare", "unknown", "wordlike") for k in ks)
                     and ks[-1] in ("known", "rare", "unknown")):
        # (a given name's possessive is a person's: "Yusuf's asylum interview", and a full name's: "Yuki Tanabe's
        # insurance card"; "Gilbert's model" cites)
        return False
    if tl.poss and nxt in ("day", "wort"):
        return False  # a holiday or a herb: "St. Patrick's Day", "Valentine's Day", "St John's wort"
    if strength < 2 and _cited_in_parentheses(ctx, first, last, kinds):
        return False
    if strength >= 3:
        return not (method and all(k == "cue_only" for k in ks))
    if strength == 2:
        if not all(k == "common" for k in ks):
            return True
        # An English word as a name, after an owner and a relation: "my client Favour", "her son Journey (7)".
        return len(caps) == 1 and not sent and not tl.poss and first >= 2 and t0.low not in W.NOT_NAMES \
            and toks[first - 2].low in _OWNERS and toks[first - 1].low in W.RELATION_WORDS \
            and ctx.gap(first - 2, first - 1) == " " and ctx.gap(first - 1, first) == " " \
            and not (nxt and (nxt in _NAMED_LAWS or nxt in W.METHOD_WORDS))
    if strength == 1:
        return any(k in ("known", "wordlike", "unknown", "rare") for k in ks)
    thing = _thing_context(ctx, first, last) or _list_of_things(ctx, first, last, kinds)
    if len(caps) == 1 and tl.poss and nxt in _KIN and ks[0] in ("common", "cue_only", "wordlike") \
            and t0.low not in W.RELATION_WORDS and not thing:
        return True  # a word that is also English, with a relative: "Memory's aunt", "Royal's mom"
    if len(caps) == 1 and sent and strength == 0 and (_opens_list_of_things(ctx, last) or _agent_noun(t0.low)):
        return False  # "Violet, lilac and grey ...", "Payer says no."
    if strength < 2 and t0.low in _NUMBER_WORDS:
        return False  # a title, not a person: "Four Horsemen", "Seven Principles", "First Nations"
    if len(caps) == 1 and sent and strength == 0 and ks[0] == "known" and not any_verb and not poss_rel \
            and not tl.poss and nxt and zipf(t0.low) >= RARE and t0.low not in _given():
        return False  # a surname that is also an English word, opening a sentence: "Taper info ...", "Payer allows"
    if nxt in W.LANGUAGES_WITH_VARIETIES and toks[last + 1].cap and not tl.poss and t0.low not in _given() \
            and all(kinds[k] in ("rare", "unknown", "cue_only") for k in caps):
        return False  # (round 44) a language's variety, not a person: "in Rioplatense Spanish", "Kriolu Portuguese"
    if len(caps) == 1 and first > 0 and toks[first - 1].low in _GROUP_OWNERS and not tl.poss \
            and nxt in _PEOPLE_PLURAL and ctx.gap(first - 1, first) == " ":
        return False  # (round 44) a people, before people in the plural: "our Karen clients", "my Hmong families"
    if len(caps) >= 2 and "rare" in ks and all(k in ("rare", "known", "common") for k in ks) \
            and ks[0] in ("rare", "known", "common") and ks[-1] in ("rare", "known") and tl.poss \
            and _owns_a_document(ctx, last) and not after_det:
        return True  # (round 51) a full name's possessive before an identity document: "Gift Mwale Phiri's NHIMA
        # card", "Thandiwe Zungu-Ngcobo's Discovery Health number"
    if len(caps) >= 3 and "known" in ks and all(k in ("rare", "known") for k in ks) and not after_det \
            and nxt not in ("and", "&"):  # (not the first of authors listed: "reading Ananya Jahanara Kabir and ...")
        return True  # (round 51) three listed or unlisted name words, whatever thing is near: "the booking site shows
        # Kagiso Thato Molefe at ..."
    if (sent or ctx.text[:t0.start].rstrip().endswith(";")) and len(caps) >= 2 and nxt == "from" \
            and (ks[0] in ("rare", "known") or (ks[0] == "common" and ks[-1] == "rare")) \
            and ks[-1] in ("rare", "known") and "never" not in ks and not thing and _capital_after(ctx, last + 1):
        return True  # (round 51) a full name opening a sentence, then where the person is from: "Endang Sri Rahayu
        # from Bantul's ..."; (round 53) or a clause, a given name that is also a word first: "; Gift Chikomba from ..."
    if "known" in ks:
        # a listed name's possessive mid-sentence is its owner's, even before a thing: "into Tanvi's account"
        return not thing or any_verb or poss_rel or (len(caps) == 1 and tl.poss and not sent and bool(nxt))
    if len(caps) == 1:
        k = ks[0]
        if k == "wordlike":
            return strong_verb or poss_rel or (any_verb and not sent)
        if k == "rare":  # not common English, not clinical, not on the safe list: a name by what it is not
            return not after_det and (any_verb or poss_rel or (not sent and not thing)
                                      or (nxt == "from" and not thing and not _term_shape(t0.low))
                                      or (sent and nxt in _VOCATIVE_AFTER)
                                      or (sent and _ASKED_AFTER_RE.match(ctx.text, tl.full_end) is not None)
                                      or (sent and nxt in ("in", "at") and _capital_after(ctx, last + 1)
                                          and not thing and not _term_shape(t0.low))
                                      or (tl.poss and bool(nxt) and (not thing or not sent))
                                      or (not tl.poss and _does_something_to_me(ctx, last)))
        if k == "unknown":
            return not after_det and (strong_verb or poss_rel or (any_verb and not sent))
        if k == "cue_only":
            # A given name that is also a place, a month or a word, with what only a person has or does:
            # "Sydney's parents are divorcing", "Jordan says he's scared", "Georgia told me ...".
            if t0.low in _given() and t0.low not in W.EPONYMS and not after_det and (
                    (tl.poss and (nxt in _KIN or nxt in _KIN_PLURAL)) or (not tl.poss and nxt in _SPEECH_VERBS)):
                return True
            # "Beck said ..." may be a client named Beck; "Gottman says ..." is the citation's present tense.
            return t0.low in W.EPONYMS and strong_verb and not sent and not after_det and nxt not in _CITING_VERBS
        return False
    if after_det:
        return False
    if "rare" in ks and (any_verb or poss_rel or (
            tl.poss and ks[-1] == "rare" and bool(nxt) and not thing and (
                ks[0] in ("common", "wordlike", "rare", "unknown") or (ks[0] == "cue_only" and t0.low in _given()))
            and not (ks[0] == "common" and t0.low.endswith(("ing", "ed")))) or (not thing and (not sent or all(
            k in ("rare", "wordlike", "unknown") or (n == 0 and k == "cue_only" and t0.low in _given())
            for n, k in enumerate(ks))))):
        return True  # (round 32: also a listed given name that is a word or a place too, opening the sentence with a
        # surname no list has - "Orlando Pérez-Gutiérrez gave me his account ...")
    if "wordlike" in ks and all(k in ("wordlike", "unknown") for k in ks) and not sent:
        return True
    if sent and len(caps) == 2 and nxt in _DOES_AFTER_FULL_NAME and (t0.low in _given() or ks[0] in ("rare", "unknown")) \
            and t0.low not in GENERIC \
            and (tl.low in census_surnames() or tl.low in W.SURNAMES) and tl.low not in GENERIC:
        return True  # (round 47) a given name and a surname opening a sentence, then what the person does or did:
        # "Seamus Rooney has been emailing", "Jonas Petraitis came from ..."
    if sent and strong_verb and all(k == "wordlike" for k in ks):
        return True  # two listed names that are also words, then what they did: "Ka Yan says ..."
    if sent and len(caps) in (2, 3) and not thing and (t0.low in _given() or ks[0] in ("rare", "known")) \
            and "never" not in ks and (ks[-1] != "common" or "'" in tl.word) and not tl.poss \
            and _INTRODUCED_AFTER_RE.match(ctx.text, tl.full_end):
        return True  # (round 50) a full name opening the text or a sentence, then how to reach or place them:
        # "Adjoua Kouassi N'Guessan, +225 07 ...", "Darren Pilkington-Ward (from Cooke Point), ...", "..., a nurse"
    if ks[-1] == "common" and "rare" not in ks:
        return False  # a title of English words, not a person: "Atomic Habits came up again"
    # Several unknown capitalised words followed by a person verb: "Thandeka Mthembu said"
    return strong_verb and any(k == "unknown" for k in ks)


# ---------------------------------------------------------------------------


_INTRODUCED_AFTER_RE = re.compile(r",\s+(?:\+?\d[\d ()-]{6,}\d|an?\s+[a-z]{3,}|\d{1,3}\b)|\s+\(from\s+[A-Z]")
# A nickname in quotation marks right after a word for a person or a verb that names a person: "her boyfriend
# 'Tank'", "my client, 'Bubbles' to her friends", "goes by \"Smokey\"".  (After other words - "called", "named"
# too - a quoted capitalised word is as often an app, a film or a group: "an app called 'Calm'".)
_NICK_CUES = sorted(W.RELATION_WORDS | frozenset("""guy guys man woman bloke lad girl boy kid dealer sponsor client
pt patient friend mate neighbour neighbor coworker colleague boss manager pimp ex prefers""".split()), key=len,
    reverse=True)
_NICK_CUE_BEFORE_RE = re.compile(r"(?i:\b(?:" + "|".join(re.escape(w) for w in _NICK_CUES) + r"|known\s+as|goes\s+by|"
                                 r"nicknamed|calls\s+(?:him|her|them)(?:self|selves)?)\s*,?\s*)$")
_QUOTE_CAP_HINT = re.compile(r"['\"‘“][A-Z]")
# (speed: the look-behind is tested after the first character, so the engine skips to candidates; same matches)
_QUOTED_CAP_RE = re.compile(r"['\"‘“](?<![\w'’].)(?P<n>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)['\"’”]")


def _find_quoted_nicknames(ctx: Ctx) -> None:
    # (the quoted capitalised word first: a quotation mark alone is in every "she's")
    text = ctx.text
    if _QUOTE_CAP_HINT.search(text) is None:
        return
    for m in _QUOTED_CAP_RE.finditer(text):
        if _NICK_CUE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) \
                and m.group("n").lower() not in W.METHOD_WORDS:
            ctx.add(m.start("n"), m.end("n"), "name")


# A name, a nickname in quotation marks, a surname: "Chukwunonso 'Nonso' Nwosu-Hart", "Hōhepa 'Bro' Pōtae-Hirini".
# (speed: the look-behind is tested after the first character, so the engine skips to candidates; same matches)
_NAME_NICK_NAME_RE = re.compile(r"([A-Z](?<![\w'’-].)[^\W\d_][\w'’-]*)\s+(['‘\"“])([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’\"”]"
                                r"\s+([A-Z][^\W\d_][\w'’-]*)")
# "(PJ for short)", "(Nonso for short)": the short form of a name.
_FOR_SHORT_RE = re.compile(r"\(([A-Z][\w'’-]{1,20})\s+for\s+short\)")


def _find_name_forms(ctx: Ctx) -> None:
    """Names in the forms people write them in, whatever the words: a nickname between a given name and a
    surname, a short form "for short", an initial and a surname that is no English word ("R. Balasubramanian")."""
    text = ctx.text
    # (the nickname's opening quotation mark before a capital first: an apostrophe alone is in every "she's")
    if ("'" in text or "‘" in text or '"' in text or "“" in text) and _QUOTE_CAP_HINT.search(text) is not None:
        for m in _NAME_NICK_NAME_RE.finditer(text):
            if m.group(1).lower() in GENERIC or m.group(4).lower() in GENERIC:
                continue
            for g in (1, 3, 4):
                ctx.add(m.start(g), m.end(g), "name")
    if "for short" in text:
        for m in _FOR_SHORT_RE.finditer(text):
            ctx.add(m.start(1), m.end(1), "name")
    toks = ctx.toks
    # (round 45) a given name and the initial of the surname, as people write a client they half-name: "Wren C. has
    # 40k followers", "Link Milica S. sent", "Tereza H.'s Substack" (not "Vitamin D.", "Plan B.", "Hepatitis C.").
    for i in [i for i in range(1, len(toks)) if len(toks[i].word) == 1 and toks[i].word.isupper()]:
        t, u = toks[i - 1], toks[i]
        if ctx.gaps[i - 1] != " " or not t.cap or t.acronym or t.poss or len(t.low) < 3 \
                or not text.startswith(".", u.end) or text.startswith(".", u.end + 1) or t.low in W.METHOD_WORDS \
                or t.low in W.TITLES or t.low in GENERIC or t.low in W.NOT_NAMES:
            continue
        kind = _word_kind(t)
        if (t.low in _given() and zipf(t.low) < 4.0) or (kind in ("known", "rare") and zipf(t.low) < 3.0):
            ctx.add(t.start, u.end + 1, "name")
    for i in [i for i in range(len(toks) - 1) if len(toks[i].word) == 1]:
        t, u = toks[i], toks[i + 1]
        if len(t.word) == 1 and t.word.isupper() and ctx.gaps[i] == ". " and u.cap and not u.acronym \
                and u.low not in W.EPONYMS and len(u.low) >= 4 and _word_kind(u) in ("rare", "known") \
                and zipf(u.low) < RARE:
            ctx.add(t.start, u.end, "name")
    if "(" in text:
        for m in _PAREN_NICKNAME_RE.finditer(text):
            ctx.add(m.start("n"), m.end("n"), "name")
        for m in _SHORT_BEFORE_FULL_RE.finditer(text):
            inner = text[m.end("n"):m.end()].strip(" ()").split()
            if m.group("n").lower() not in GENERIC and all(w.lower() not in GENERIC for w in inner) \
                    and any(zipf(w.lower()) < 3.0 for w in inner) and m.group("n").lower() not in W.METHOD_WORDS \
                    and not m.group("n").isupper():  # (an acronym before its founder: "PACT (Stan Tatkin)")
                ctx.add(m.start("n"), m.end("n"), "name")
    if " to " in text:
        for m in _QUOTED_NICK_TO_RE.finditer(text):
            ctx.add(m.start("n"), m.end("n"), "name")
    if "." in text or "-" in text or "initials" in text:
        for m in _initials_of_someone(text):
            g = 1 if m.group(1) else 2
            letters = re.sub(r"[.-]", "", m.group(g)).lower()
            if letters not in _ABBREVIATIONS_NOT_PEOPLE and letters not in GENERIC:
                ctx.add(m.start(g), m.end(g), "name")
    if "(initials" in text:
        for m in _FIRST_OF_TWO_INITIALS_RE.finditer(text):
            if re.sub(r"[.-]", "", m.group(1)).lower() not in _ABBREVIATIONS_NOT_PEOPLE:
                ctx.add(m.start(1), m.end(1), "name")


_ABBREVIATIONS_NOT_PEOPLE = frozenset("us uk un eu aa na ca ga oa dc la ny nz sa uae usa ussr pe pt ot er ed ok "
                                      "am pm bc ad ce bce ie eg cv nb ps rn md np gp ma ba bs phd".split())
# A nickname in quotation marks, in parentheses after a name: 'Salvatore Lo Piccolo ("Totò")', '(aka "Bigga")'.
# (speed: "\s(?<=[^\W\d_]\s)\s*" is "(?<=[^\W\d_])\s+" starting with its space, so the engine skips ahead)
_PAREN_NICKNAME_RE = re.compile(r"\s(?<=[^\W\d_]\s)\s*\((?:aka\s+|a\.k\.a\.?\s+|known\s+as\s+)?[\"“'‘]"
                                r"(?P<n>[A-Z][^\W\d_][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)[\"”'’]\s*[),]")
# Initials standing for someone: "B.K. (initials only) is 15", "A.M.O., 34,", "S-J is the name she goes by",
# "initials T.R.", "K.M. told me", not an abbreviation of a thing ("U.S. is", "A.A. meetings").
_INITIALS_OF_SOMEONE_RE = re.compile(
    r"(?<![\w.-])((?:[A-Z]\.){2,3}(?!\w)|[A-Z]-[A-Z](?![\w-]))(?=\s*\((?:(?:prefers\s+)?initials|pt|client|her|his|age\s?\d|\d{1,2}\s?[fmFM]?\)"
    r"|[A-Za-z][\w-]+,\s?\d{1,2}\b)"
    r"|,\s\d{1,2}\s?[,)]|\s(?:is|was|turns|turned)\s\d{1,2}\b(?!\s*(?:%|mg|/))|\s(?:is\s+(?:the\s+name|what)\s+(?:she|he|they))"
    r"|\s(?:told|says|said|texted|emailed|called|rang|cried|refuses|refused|wants|disclosed)\b)"
    r"|(?<=initials\s)((?:[A-Z]\.?){2,3})(?![\w.])")
_INITIAL_START_RE = re.compile(r"[A-Z][.-]")


def _initials_of_someone(text: str) -> Iterator[re.Match[str]]:
    """_INITIALS_OF_SOMEONE_RE.finditer(text), faster: (speed) its leading look-behind makes the regex engine try
    every position, but without "initials" in the text a match can only start at a capital before "." or "-", so
    the full pattern is tried only there (same matches, same order)."""
    if "initials" in text:
        yield from _INITIALS_OF_SOMEONE_RE.finditer(text)
        return
    pos = 0
    while (c := _INITIAL_START_RE.search(text, pos)) is not None:
        m = _INITIALS_OF_SOMEONE_RE.match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


# ... and the first of two people by initials: "D.W. and T.M. (initials only for now)".
_FIRST_OF_TWO_INITIALS_RE = re.compile(r"(?<![\w.-])((?:[A-Z]\.){2,3})(?=\s(?:and|&)\s(?:[A-Z]\.){2,3}\s*\(initials)")


# A Vietnamese full name in any case, by its shape: a common family name, "thi" or "van", then one or two given
# names ("tran thi ngoc lan", "Nguyen Van Thanh"); the word after "thi"/"van" is no common English word.
_VIETNAMESE_NAME_RE = re.compile(r"(?i)\b(?:nguyen|nguyễn|tran|trần|le|lê|pham|phạm|hoang|hoàng|huynh|huỳnh|phan|vu|vũ|vo|võ|"
                                 r"dang|đặng|bui|bùi|do|đỗ|ho|hồ|ngo|ngô|duong|dương|ly|lý|truong|trương|dinh|đinh)\s+"
                                 r"(?:thi|thị|van|văn)\s+(?P<g>[^\W\d_]+)(?:\s+(?P<h>[^\W\d_]+))?")


def _find_vietnamese_names(ctx: Ctx) -> None:
    if " thi " not in ctx.low and " van " not in ctx.low and " thị " not in ctx.low and " văn " not in ctx.low:
        return
    for m in _VIETNAMESE_NAME_RE.finditer(ctx.text):
        g = m.group("g").lower()
        if zipf(g) >= (2.5 if m.group(0)[:3].lower().rstrip() in ("do", "ho", "le", "ly", "vo", "vu") else 3.5) \
                and g not in _given():
            continue  # ("do van pickups" is no one)
        end = m.end("g")
        h = m.group("h")
        if h and zipf(h.lower()) < 4.0 and h.lower() not in GENERIC and (h[0].isupper() == m.group("g")[0].isupper()):
            end = m.end("h")
        ctx.add(m.start(), end, "name")


# A name corrected as it is typed: "Robisho? no - Robichaux", "Kaisa? no it's Kaija", "Pauliasi - sorry, Sitani?"
# (the wrong name names someone too); and a pupil by their school year: "Marigold in Y9 has been ...".
# (the correction first - "? no", "- sorry" are quick to find - then the word before it)
_CORRECTION_RE = re.compile(r"\?\s*(?:no|nope|wait|sorry)\b")  # (a literal start: fast to find)
_SORRY_RE = re.compile(r"[—–-]+\s*sorry\b")
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][^\W\d_][\w'’ʻ-]*)\s*$")
_WHAT_THEY_CALL_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z]+)\s*[-–—,]\s*that['’]?s\s+what\s+(?:everyone|everybody|they|we|"
                                r"the\s+family|her\s+\w+|his\s+\w+)\s+calls?\b")
_SCHOOL_YEAR_RE = re.compile(r" in (?:Y|Yr|Year\s|Grade\s|P|S)\d{1,2}\b")  # (a literal start: fast to find)
_PUPIL_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z]+)$")


def _find_corrected_names_and_pupils(ctx: Ctx) -> None:
    text = ctx.text
    corrections = list(_CORRECTION_RE.finditer(text)) if "?" in text else []
    if "sorry" in ctx.lows:
        corrections += _SORRY_RE.finditer(text)
    if corrections:
        for c in corrections:
            m = _WORD_BEFORE_RE.search(text, max(0, c.start() - 40), c.start())
            if m is None:
                continue
            low = m.group("n").lower()
            if low not in GENERIC and low not in W.METHOD_WORDS and low not in W.TITLES and zipf(low) < 4.0 \
                    and not brand_case(m.group("n")) and not m.group("n").isupper():
                ctx.add(m.start("n"), m.end("n"), "name")
    if "what" in ctx.lows:
        for m in _WHAT_THEY_CALL_RE.finditer(text):
            ctx.add(m.start("n"), m.end("n"), "name")  # "Dadi - that's what everyone calls Kamla Devi Agarwal"
    if " in " in text:
        for y in _SCHOOL_YEAR_RE.finditer(text):
            m = _PUPIL_BEFORE_RE.search(text, max(0, y.start() - 30), y.start())
            if m is None:
                continue
            low = m.group("n").lower()
            if (low in _given() or zipf(low) < RARE) and low not in GENERIC:
                ctx.add(m.start("n"), m.end("n"), "name")


def find(ctx: Ctx) -> None:
    _find_names(ctx)
    _find_vietnamese_names(ctx)
    _find_corrected_names_and_pupils(ctx)
    _find_quoted_nicknames(ctx)
    _find_name_forms(ctx)
    if " from " in ctx.text or " in " in ctx.text:
        _find_lower_names_from_places(ctx)


# (round 44) In chat typed in lower case, a person and where they are from, neither word English nor clinical: "agata
# from nowa huta wants to switch", "olafur from grafarvogur texted", "thoudam ibeyaima from moirang".  Both sides must
# read so ("clients from hialeah" is a group, "sara from work" a colleague's day).
_LOWER_PARTICLES = frozenset("ap ab van der den de da del di du le la bin binti bint al el ibn ter ten von zu dos das".split())
_LOWER_LINK_RE = re.compile(r" (?:from|in|lives in) ")  # (round 52: "treyvon mcallister, from", "maryse jean-louis in")
_LOWER_WORD_RE = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+")
_LOWER_PLACE_AFTER_RE = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+(?: [a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+)?(?![\w'’-])")


def _name_word_lower(w: str) -> bool:
    if "-" in w.strip("-"):  # (round 52) a hyphenated name: "sadvakasova-nurly", "jean-louis" (not "follow-up")
        parts = w.split("-")
        return all(part.isalpha() and (zipf(part) < 4.0 or part in _given()) and not _safe_lower(part)
                   and part not in W.NOT_NAMES for part in parts) \
            and any(_name_word_lower(part) or part in _given() for part in parts)
    return len(w) >= 3 and (_foreign_lower(w) or _listed_lower(w)) and not _safe_lower(w) and w not in W.NOT_NAMES


def _find_lower_names_from_places(ctx: Ctx) -> None:
    text = ctx.text
    for link in _LOWER_LINK_RE.finditer(text):
        end = link.start()
        if text.startswith(",", end - 1):
            if link.group() != " from ":
                continue
            end -= 1  # ("treyvon mcallister, from ...")
        if text[text.rfind(" ", 0, end) + 1:end] in W.COMMON_WORDS:
            continue  # (speed: "was in", "moved from")
        head = text[max(0, end - 60):end].split(" ")
        if end > 60:
            head = head[1:]  # (a word the window cut)
        names: list[str] = []  # (the up to three lower-case words right before the link)
        for word in reversed(head[-3:]):
            if _LOWER_WORD_RE.fullmatch(word) is None:
                break
            names.insert(0, word)
        if not names or not _name_word_lower(names[-1]):
            continue
        p = _LOWER_PLACE_AFTER_RE.match(text, link.end())
        if p is None:
            continue
        while names and not _name_word_lower(names[0]):
            names.pop(0)  # (the words before the name: "quick agata from ...")
        if not names or not all(_name_word_lower(w) or (0 < k < len(names) - 1 and w in _LOWER_PARTICLES)
                                for k, w in enumerate(names)):
            continue  # (round 56: a particle inside, "dilys ap rhydderch", "kiki van der hulst")
        place = p.group().split()
        town_part = place[0].endswith(("'s", "’s"))
        if town_part:
            place[0] = place[0][:-2]  # (round 52) a town's part: "eliseu koch from muçum's ferry landing"
        # (round 56) after a full name, a place in no common use, hyphenated too: "tui manuela from randwick park",
        # "dilys ap rhydderch from nant-y-pandy bach"
        parts = place[0].split("-")
        full = len(names) >= 2 and len(place[0]) >= 4 and all(part.isalpha() and part not in W.NOT_NAMES
                                                               for part in parts) \
            and all(len(part) <= 3 or (zipf(part) < 3.0 and not _safe_lower(part)) for part in parts) \
            and any(len(part) >= 3 and zipf(part) < 3.0 and not _safe_lower(part) for part in parts)
        if not full and not (town_part and geo_cities().get(place[0], 0) >= 1000) and (
                not _foreign_lower(place[0]) or zipf(place[0]) > 0 or place[0] in W.NOT_NAMES):
            continue
        ctx.add(end - len(" ".join(names)), end, "name")
        place_end = p.start() + len(place[0])
        if len(place) == 2 and _foreign_lower(place[1]) and zipf(place[1]) == 0:
            place_end = p.end()
        ctx.add(p.start(), place_end, "place")

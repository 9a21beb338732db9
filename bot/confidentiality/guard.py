"""Identifier guard: flags text that could identify a client before it is posted.

Covers the HIPAA Safe Harbor categories that can be recognised in text
(45 CFR 164.514(b)(2)): names, geography smaller than a state, date elements
other than the year, ages over 89, phone/fax numbers, e-mail, URLs, IP
addresses, SSNs, medical record / health plan / account / licence numbers,
vehicle and device identifiers.

The guard is a warning aid shown privately to the author; it is neither a
de-identification tool nor a guarantee.  It favours recall on structured
identifiers (numbers, dates, addresses) and uses word lists plus context cues
("her sister X", "Mr. X", "lives in X") for names and places.

Pure module: standard library plus ``phonenumbers``.  Patterns compile at
import time and most of them sit behind cheap prefilters, so a typical
500-character text is checked in well under a millisecond.
"""
from __future__ import annotations

import bisect
import ipaddress
import re
from dataclasses import dataclass
from typing import Iterable

from phonenumbers import Leniency, PhoneNumberMatcher

from . import names as N

__all__ = ["Finding", "CATEGORIES", "REASONS", "check_text", "highlight"]

CATEGORIES: tuple[str, ...] = (
    "name", "date", "age_over_89", "phone", "fax", "email", "url", "ip_address", "ssn",
    "medical_record", "health_plan", "account", "licence", "vehicle", "device",
    "street_address", "zip_code", "place",
)

REASONS: dict[str, str] = {
    "name": "looks like a person's name",
    "date": "looks like a specific date (a year on its own is fine)",
    "age_over_89": "ages over 89 can identify someone; '90 or older' is safer",
    "phone": "looks like a phone number",
    "fax": "looks like a fax number",
    "email": "looks like an email address",
    "url": "looks like a web address or online handle",
    "ip_address": "looks like an IP address",
    "ssn": "looks like a Social Security number",
    "medical_record": "looks like a medical record number",
    "health_plan": "looks like a health plan or member number",
    "account": "looks like an account or other ID number",
    "licence": "looks like a licence or certificate number",
    "vehicle": "looks like a licence plate or vehicle ID",
    "device": "looks like a device serial number or ID",
    "street_address": "looks like a street address",
    "zip_code": "looks like a ZIP or postal code",
    "place": "names a specific place (town, school or employer)",
}

# Higher wins when two candidate spans overlap.
_PRIORITY: dict[str, int] = {
    "email": 100, "url": 95, "ip_address": 92, "ssn": 90,
    "medical_record": 85, "health_plan": 85, "account": 84, "licence": 85, "vehicle": 85,
    "device": 85, "fax": 80, "phone": 75, "street_address": 70, "zip_code": 65,
    "date": 60, "age_over_89": 60, "place": 45, "name": 40,
}
_GENERIC_ID_PRIORITY = 30  # unlabelled long numbers (reported as "account")


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    reason: str


# ---------------------------------------------------------------------------
# Word sets derived from the data module
# ---------------------------------------------------------------------------
def _single(s: Iterable[str]) -> frozenset[str]:
    return frozenset(x for x in s if " " not in x)


_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CAPW = rf"[{_UP}][\w'’&.\-]*"  # a capitalised word, for regexes

_STATES_1 = _single(N.US_STATES)
_BIG_PLACES = N.US_STATES | N.COUNTRIES | N.OTHER_REGIONS
_BIG_PLACES_1 = _single(_BIG_PLACES)
_ALL_NAMES = N.GIVEN_NAMES | N.SURNAMES
_GENERIC = N.COMMON_WORDS | N.NOT_NAMES | _BIG_PLACES_1 | N.RELATION_WORDS
# Names that need a strong cue (title, relation word, "named") or a neighbouring name.
_CUE_ONLY = (N.CUE_ONLY_NAMES | N.EPONYMS | (_ALL_NAMES & _GENERIC)) - N.WORDLIKE_NAMES
_KNOWN = _ALL_NAMES - _CUE_ONLY - N.WORDLIKE_NAMES - _GENERIC
_CITIES = (N.US_CITIES | N.WORLD_CITIES) - _BIG_PLACES
_CITIES_1 = _single(_CITIES)
_CITY_NGRAMS = frozenset(c.replace(".", "") for c in _CITIES if " " in c)
_STATE_NGRAMS = frozenset(s for s in N.US_STATES if " " in s)
_SKIP_NAMES = N.FAMOUS_FULL_NAMES | N.PUBLIC_FIGURES
_SKIP_MAX = max(len(n.split()) for n in _SKIP_NAMES)

_PARTICLES = frozenset("de del della dei der den van von da di do dos das du le la bin ibn al el "
                       "ben ter ten y e".split())
_LEADING_STOP = frozenset("the a an in at from of to she he they her his our my their and near "
                          "with for by on this that its".split())
_DETERMINERS = frozenset("the a an this that these those any some every each no another "
                         "our your their its".split())
_WEAK_VERBS = frozenset("is was has had will would could should didn't doesn't won't can't isn't "
                        "wasn't hasn't hadn't used uses left leaves shows showed".split())
_STRONG_VERBS = N.PERSON_VERBS - _WEAK_VERBS
_POSSESSED = frozenset("""mother mom mum father dad parents parent husband wife partner boyfriend
girlfriend sister brother son daughter kids children child family teacher school boss friend
friends ex grandmother grandfather grandma grandpa aunt uncle cousin therapist psychiatrist
doctor mood moods behavior behaviour diagnosis anxiety depression drinking birthday house home
room phone car job work case file chart sessions session""".split())
_EMPLOYER_BRANDS = frozenset("amazon google apple kaiser uber lyft doordash netflix facebook "
                             "instagram tiktok microsoft walmart target costco starbucks".split())
_PLACE_EXCLUDE = (_GENERIC - _EMPLOYER_BRANDS) | N.EPONYMS
_LOWER_UNSAFE = frozenset("hung fang ping mere carol lei tao taro sang yaw eve ada art ray sue ama "
                          "ali jan nan nana bo lin ling rob nick chuck jimmy dolly patty gabby randy "
                          "terry rusty sunny ty cal jay josh".split())
_CUE_PAIRS = frozenset({("name", "is"), ("name", "was"), ("goes", "by"), ("known", "as"),
                        ("signed", "by"), ("went", "by")})
_NAMED_WORDS = frozenset("named called nicknamed aka".split())

_PLACE_VERBS = frozenset("""lives live living lived moved moving moves relocated relocating relocate
raised born based located resides reside residing stays stay staying stayed commutes commute
commuting works work working worked employed interns intern interning volunteers volunteer
volunteering attends attend attending attended enrolled studies studying teaches teaching
transferred goes went grew settled""".split())
_PLACE_PREPS = frozenset("in to from near outside around at for on by into".split())
_PLACE_ADVERBS = frozenset("back here there nearby now currently full-time part-time nights days "
                           "together originally up out also still just".split())
_FROM_SUBJECTS = frozenset("is are was were comes come came originally hails family".split())
_PRONOUNS = frozenset("he she they it who".split())
_TOWN_WORDS = frozenset("town city village suburb hamlet borough municipality neighborhood "
                        "neighbourhood".split())
_PLACE_NOUNS = frozenset("employer company workplace school hometown town city neighborhood "
                         "neighbourhood job office church campus".split())
_ORG_SUFFIX_WORDS = frozenset("""school elementary primary high academy university college prep
preparatory montessori hospital center centre system clinic church mosque masjid synagogue
cathedral corp corporation inc llc l.l.c ltd co company group bank union mall prison jail
penitentiary correctional facility shelter home living rehab institute foundation logistics
industries enterprises associates partners consulting dental pharmacy restaurant cafe café diner
bakery salon gym fitness hotel motel resort casino factory warehouse supermarket farm farms ranch
barracks precinct firm agency daycare preschool kindergarten analytics technologies labs""".split())
_COUNTY_WORDS = frozenset("county parish township borough reservation rancheria pueblo".split())
_STREET_WORDS = frozenset("""street avenue road boulevard lane drive court place terrace way circle
highway parkway trail square crescent close row alley pike loop path mews grove gardens heights
ridge crossing commons plaza expressway freeway turnpike causeway esplanade promenade cove st ave
av rd blvd ln dr ct pl ter terr cir hwy pkwy pky trl sq cres aly expy fwy tpke""".split())
_STREET_WORDS_LOWER = frozenset("street avenue ave road rd boulevard blvd lane ln st highway hwy".split())
_STREET_PREFIXES = frozenset("rue calle avenida av via viale piazza rua praça chemin carrer paseo "
                             "jalan ulica ul strada calzada".split())
_GERMAN_STREET = ("straße", "strasse", "weg", "gasse", "platz", "allee", "laan", "straat", "gatan",
                  "gade", "vej", "veien")
_NAMED_STREET_WORDS = frozenset("street avenue road boulevard lane drive terrace parkway highway".split())
_MONTH_WORDS = frozenset("""jan january feb february mar march apr april may jun june jul july aug
august sep sept september oct october nov november dec december""".split())
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                  "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                  "twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|"
                  "twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first")


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


# ---------------------------------------------------------------------------
# Labelled numbers: cue word + identifier
# ---------------------------------------------------------------------------
_FILLER = (r"(?:\s*(?:[:#=(,]|(?i:is|was|of|number|no\.|no|num\.?|nr\.?|id|ending\s+in|ending|"
           r"ends\s+in|code)(?![A-Za-z])\.?))*\s*")
_ID = (r"(?P<id>(?:[A-Z]{1,4}[ -]?)?[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-./][A-Za-z0-9]+)*"
       r"(?:\s\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3})(?![A-Za-z0-9])")
# (category, lower-case prefilter keywords, case-sensitive prefilter keywords, cue pattern)
_LABELLED: list[tuple[str, tuple[str, ...], tuple[str, ...], str]] = [
    ("ssn", ("ssn", "ss#", "ss #", "social", "insurance number", "itin"), ("SIN", "TIN", "NI "),
     r"(?i:ssn|ss\s*#|social\s+security(?:\s+(?:number|no|#|card))?|social\s+insurance(?:\s+number)?|"
     r"national\s+insurance(?:\s+number)?|itin)|SIN|TIN|NI\s+number"),
    ("medical_record", ("mrn", "mr#", "mr ", "record", "med rec", "chart", "patient", "pt ", "hospital",
                        "case", "encounter", "file"), (),
     r"(?i:mrn|mr\s*#|medical\s+record(?:\s+number)?|med\s+rec|record|chart|patient\s+(?:id|number|#)|"
     r"pt\s+(?:id|#)|hospital\s+(?:id|number)|case\s+(?:number|id|#)|encounter(?:\s+(?:id|number))?|"
     r"file\s+(?:number|no))"),
    ("health_plan", ("member", "subscriber", "policy", "group", "insurance", "plan", "medicaid",
                     "medicare", "medi-cal", "beneficiary", "health", "nhs"), ("MBI",),
     r"(?i:member\s*(?:id|number|no|#)|subscriber(?:\s*(?:id|number|no|#))?|"
     r"policy(?:\s*holder)?(?:\s*(?:id|number|no|#))?|group\s*(?:id|number|no|#)|"
     r"insurance\s*(?:id|number|no|#|card)|plan\s*(?:id|number|#)|medicaid(?:\s*(?:id|number|no|#|card))?|"
     r"medicare(?:\s*(?:id|number|no|#|card))?|medi-cal(?:\s*(?:id|number|no|#))?|"
     r"beneficiary\s*(?:id|number|#)|health\s*(?:plan|card|insurance)\s*(?:id|number|no|#)?|"
     r"nhs\s*(?:number|no))|MBI"),
    ("account", ("account", "acct", "a/c", "routing", "card", "iban", "sort code"), (),
     r"(?i:(?:(?:bank|checking|savings|credit\s+card|debit\s+card|credit\s+union|paypal|venmo|loan)\s+)?"
     r"(?:account|acct\.?|a/c)(?:\s*(?:number|no|num|#))?|routing(?:\s*(?:number|no|#))?|"
     r"card\s*(?:number|no|#)|iban|sort\s+code)"),
    ("licence", ("licen", "lic.", "permit", "passport", "certificate", "npi", "dea", "state id",
                 "id card"), ("DL", "D.L."),
     r"(?i:(?:driver'?s?|driving|nursing|medical|professional)\s+licen[cs]e|licen[cs]e(?!\s+plate)|"
     r"lic\.|permit|passport|certificate|npi|dea|state\s+id|id\s+card)|DL|D\.L\."),
    ("vehicle", ("plate", "registration", "reg.", "vin", "vehicle", "tag"), (),
     r"(?i:licen[cs]e\s+plate|number\s+plate|plate|registration|reg\.|vin|vehicle\s*(?:id|number)|"
     r"tag\s*(?:number|no|#)|tags)"),
    ("device", ("serial", "s/n", "device", "imei", "meid", "udi", "model", "asset tag", "pump"), ("SN",),
     r"(?i:serial(?:\s*(?:number|no|#))?|s/n|device\s*(?:id|number|serial|#)|imei|meid|udi|"
     r"model\s*(?:number|no|#)|asset\s*tag|pump\s*(?:id|serial))|SN"),
]
_LABELLED_RE = [
    (cat, low_kw, cs_kw, re.compile(r"(?<![A-Za-z0-9])(?:" + cue + r")(?:(?<=[#.:/])|(?![A-Za-z]))" + _FILLER + _ID))
    for cat, low_kw, cs_kw, cue in _LABELLED
]
_VANITY_PLATE_RE = re.compile(r"(?i:\b(?:plate|tag)s?\s+(?:reading|reads|that\s+reads|saying|says|"
                              r"that\s+says)\s*[:\"'“]?\s*)(?P<id>[A-Z0-9][A-Z0-9 -]{1,7}[A-Z0-9])(?![A-Za-z0-9])")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_VIN_RE = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])")
_MAC_RE = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
_CARD_RE = re.compile(r"(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])")
_GENERIC_ID_RE = re.compile(r"(?<![\w./-])(?:[A-Z]{1,4}-?)?\d[\d-]{4,}\d(?![\w-])"
                            r"|(?<![\w./-])[A-Z]{1,4}\d{5,}[A-Z0-9]*(?![\w-])")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d-(?:(?:19|20)?\d\d)")
_D5 = re.compile(r"\d{5}")
_DIGITS3_RE = re.compile(r"\d(?:[\dA-Za-z./ -]{0,3}\d){2,}")  # 3+ digits, maybe split by separators
_D4 = re.compile(r"\d{4}")


def _plausible_id(s: str) -> bool:
    if _digits(s) < 3:
        return False
    if s.isdigit() and (len(s) < 4 or _YEARISH.fullmatch(s)):
        return False
    return True


def _luhn(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# ---------------------------------------------------------------------------
# E-mail, URLs, IPs
# ---------------------------------------------------------------------------
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])")
_EMAIL_OBFUSCATED_RE = re.compile(
    r"(?i)(?<![\w.+-])[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\})\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\.)\s*[\w-]+)+")
_TLDS = ("com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|nz|de|fr|es|it|nl|se|no|dk|fi|ie|in|ch|at|"
         "be|br|mx|jp|kr|cn|za|ng|ke|ph|info|biz|me|ly|app|dev|health|care|online|site|xyz|tv|fm|"
         "page|blog|life|coach|club|shop|store|link|live|ai|so|gg|ws|social|email|website|space|"
         "therapy|clinic|doctor|family|church|school|news|art|studio|design|tech")
_URL_RE = re.compile(
    r"(?i:\b(?:https?://|ftp://|www\.)[^\s<>\"'`|]+)"
    r"|(?i:(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w-])"
    r"(?:/[^\s<>\"'`|]*)?)")
_DOMAIN_HINT = re.compile(r"[A-Za-z0-9]\.[A-Za-z]")
_HANDLE_RE = re.compile(r"(?<![\w@.<])@(?!(?:here|channel|everyone)\b)[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])")
_IPV4_RE = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)")
_IPV4_HINT = re.compile(r"\d\.\d")
_IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")

# ---------------------------------------------------------------------------
# Phone / fax
# ---------------------------------------------------------------------------
_PHONE_HINT = re.compile(r"\d[\d\s().\-]{5,}\d")
_PHONE_FALLBACK = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\d-])"
    r"|(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?!\d)")
_PHONE_CUE_RE = re.compile(
    r"(?i:\b(?:phone|cell|mobile|tel|telephone|landline|whatsapp|text(?:ed|s)?|call(?:ed|s)?|"
    r"number|reach\s+(?:me|her|him|them)\s+at)\b)[^\d\n]{0,15}(?P<num>\+?\(?\d[\d\s().-]{5,18}\d)")
_FAX_CUE_RE = re.compile(r"(?i)\bfax(?:ed|ing|es)?\b|(?<![A-Za-z])F\s*[:.]\s*$|\(f\)\s*$")

# ---------------------------------------------------------------------------
# Dates and ages
# ---------------------------------------------------------------------------
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|"
        r"AUG|SEP|SEPT|OCT|NOV|DEC|january|february|april|june|july|august|september|october|"
        r"november|december)(?:\.(?=\s))?(?![A-Za-z])")
_YEAR = r"(?:(?:19|20)\d\d|'\d\d)(?!\d)"
_NOT_COUNT = (r"(?!\s*(?:-|–|to)?\s*\d*\s*(?:sessions?|times|weeks?|days?|months?|years?|hours?|hrs?|"
              r"minutes?|mins?|%|percent|people|clients?|patients?|kids|children|pounds|lbs|kg|miles|"
              r"members?)\b)")
_ORDW = r"(?i:" + _ORDINAL_WORDS + r")"
# Need a month name in the text:
_MONTH_DATE_RES = [
    # March 14, March 14th, 2025, Mar. 3 '24
    re.compile(r"(?<![A-Za-z])" + _MON + r"\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
               r"(?:(?:,\s*|\s+)(?:of\s+)?" + _YEAR + r")?" + _NOT_COUNT),
    # 14 March 2025, 3rd of May
    re.compile(r"(?<![\d.,/])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON
               + r"(?:,?\s+" + _YEAR + r")?"),
    # March 2024, March of 2024
    re.compile(r"(?<![A-Za-z])" + _MON + r",?\s+(?:of\s+)?" + _YEAR),
    # the twelfth of March, March twelfth
    re.compile(r"\b" + _ORDW + r"\s+of\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?"),
    re.compile(r"(?<![A-Za-z])" + _MON + r"\s+(?:the\s+)?" + _ORDW + r"\b(?!\s+(?:time|session|week|day|"
               r"visit|appointment|year|of\s+(?:many|several|her|his|their|the)))"),
]
_ORD_HINT = re.compile(r"\d(?:st|nd|rd|th)\b")
_ORD_DATE_RES = [
    re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b"),
    re.compile(r"(?i:\bon\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])"),
]
_NUMSEP_HINT = re.compile(r"\d[/.-]\d")
_DATE_NUM_RE = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
                          r"(?!\d|[./-]\d)")
_DATE_ISO_RE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
                          r"(?!\d|[./-]\d)")
# "on 5/2", "died 11/3": a bare month/day needs a cue word in front of it.
_DATE_MD_RE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?![\d/.]|\s*(?:of|%))")
_PREV_WORDS_RE = re.compile(r"([A-Za-z.]+)\s*:?\s+$")
_MD_CUES = frozenset("""on since until till by from after before dated dob d.o.b. born admitted discharged
starting started through thru between and to session appt appointment died passed happened occurred
scheduled due birthday anniversary deadline date hearing court surgery accident incident assault
attempt overdose""".split())

_AGE = r"(?:9\d|1[0-2]\d)"
_AGE_HINT = re.compile(r"(?<!\d)(?:9\d|1[0-2]\d)(?!\d)")
_AGE_NUM_RES = [
    re.compile(r"(?<![\d.])" + _AGE + r"[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b", re.I),
    re.compile(r"(?<![\d.])" + _AGE + r"\s*(?:y/o|y\.o\.?|yo|yrs?\s*old)(?![A-Za-z])", re.I),
    re.compile(r"(?i:\b(?:aged?|age\s*[:=]|age\s+of|turned|turns|turning|is\s+now)\s+)" + _AGE
               + r"\b(?!\s*(?:%|percent|minutes|mins|days|sessions|times|pounds|lbs|dollars))"),
    re.compile(r"(?<![\d.])" + _AGE + r"(?:st|nd|rd|th)\s+birthday", re.I),
]
_AGE_WORD = (r"(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
             r"(?:one|a)[\s-]hundred(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)")
_AGE_WORD_RES = [
    re.compile(r"(?i)\b" + _AGE_WORD + r"[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b"),
    re.compile(r"(?i:\b(?:aged?|turned|turns|turning)\s+)" + _AGE_WORD + r"\b"),
]
_AGE_DECADE_RE = re.compile(r"(?i:\bin\s+(?:his|her|their|my|the)\s+(?:early\s+|mid\s+|mid-|late\s+)?)"
                            r"(?:90s|90's|nineties|100s)")
_AGE_NOUN_RE = re.compile(r"(?i)\b(?:nonagenarian|centenarian|supercentenarian)s?\b")

# ---------------------------------------------------------------------------
# Addresses, ZIP codes
# ---------------------------------------------------------------------------
_SUFFIX = (r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Circle|Highway|Parkway|"
           r"Trail|Square|Crescent|Close|Row|Alley|Pike|Loop|Path|Mews|Grove|Gardens|Heights|Ridge|"
           r"Crossing|Commons|Plaza|Expressway|Freeway|Turnpike|Causeway|Esplanade|Promenade|Cove|"
           r"St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Terr|Cir|Hwy|Pkwy|Pky|Trl|Sq|Cres|Aly|Expy|Fwy|Tpke)")
_UNIT = (r"(?:,?\s*(?:(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Building)\.?\s*#?\s*|#\s*)"
         r"[A-Za-z0-9-]+)?")
_STREET_NUM_RE = re.compile(
    r"(?<![\w/.-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+|(?:North|South|East|West)\s+)?"
    r"(?:(?:" + _CAPW + r"|\d{1,3}(?:st|nd|rd|th))\s+){1,4}" + _SUFFIX + r"\b\.?" + _UNIT)
_STREET_LOWER_RE = re.compile(
    r"(?<![\w/.-])\d{1,6}\s+(?:[a-z][a-z'’-]*\s+){1,3}(?:street|avenue|ave|road|rd|boulevard|blvd|lane|ln|st|"
    r"highway|hwy)\b\.?" + _UNIT)
_STREET_PREFIX_RE = re.compile(
    r"\b(?:Rue|Calle|Avenida|Av\.|Via|Viale|Piazza|Rua|Praça|Chemin|Carrer|Paseo|Jalan|Ulica|ul\.|Strada|"
    r"Calzada)\s+(?:(?:de|del|de la|des|du|di|da|do|dos|das|la|le|les|los|las|el|della|dei)\s+)*"
    + _CAPW + r"(?:\s+" + _CAPW + r"){0,2}(?:\s+\d{1,5})?")
_STREET_GERMAN_RE = re.compile(rf"\b[{_UP}][a-zäöüß]+(?:" + "|".join(_GERMAN_STREET) + r")(?:\s+\d{1,4}[a-z]?)?\b")
_PO_BOX_RE = re.compile(r"(?i:\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|postal\s+box|locked\s+bag|"
                        r"private\s+bag)\s*#?\s*\d+)")
_NAMED_STREET_RE = re.compile(r"\b((?:" + _CAPW + r"\s+){1,3})(?:Street|Avenue|Road|Boulevard|Lane|Drive|"
                              r"Terrace|Parkway|Highway)\b")
_NOT_STREETS = frozenset("memory easy sesame abbey silk penny lovers lover's".split())

_STATE_ABBR = "|".join(sorted(N.US_STATE_ABBREVIATIONS))
_STATE_NAMES = "|".join(re.escape(s.title()) for s in sorted(N.US_STATES, key=len, reverse=True))
_ZIP_D5_RES = [
    re.compile(r"\b(?:" + _STATE_ABBR + r")\.?,?\s+(?P<z>\d{5}(?:-\d{4})?)(?![\d-])"),
    re.compile(r"\b(?:" + _STATE_NAMES + r"),?\s+(?P<z>\d{5}(?:-\d{4})?)(?![\d-])"),
    re.compile(r"(?<![\d-])(?P<z>\d{5}-\d{4})(?![\d-])"),
    re.compile(r"(?i:\b(?:in|near|around|from|to|area|neighbou?rhood)\s+(?:the\s+)?)(?P<z>\d{5})"
               r"(?=\s*(?:area|zip|neighbou?rhood|region)\b|\s*[,.;:!?)]|\s*$)"),
]
_ZIP_CUE_RE = re.compile(
    r"(?i:\b(?:zip|zipcode|zip\s+code|postal\s+code|postcode|post\s+code)(?:\s+(?:code|is|of|was))*\s*[:#]?\s*)"
    r"(?P<z>\d{5}(?:-\d{4})?|[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)")
_POSTCODE_HINT = re.compile(r"[A-Z]\d")
_POSTCODE_RES = [
    re.compile(r"\b(?P<z>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b"),  # UK
    re.compile(r"\b(?P<z>[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"),  # Canada
]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
_ORG_SUFFIX = (r"(?:High\s+School|Middle\s+School|Elementary(?:\s+School)?|Primary(?:\s+School)?|"
               r"Junior\s+High|Senior\s+High|Academy|University|College|Prep|Preparatory|Montessori|"
               r"Hospital|Medical\s+Cent(?:er|re)|Health\s+System|Clinic|Church|Mosque|Masjid|Synagogue|"
               r"Cathedral|Corp(?:oration)?\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Co\.|Company|Group|Bank|"
               r"Credit\s+Union|Mall|Prison|Jail|Penitentiary|Correctional(?:\s+Facility)?|"
               r"Detention\s+Cent(?:er|re)|Shelter|Nursing\s+Home|Assisted\s+Living|Senior\s+Living|"
               r"Treatment\s+Cent(?:er|re)|Recovery\s+Cent(?:er|re)|Rehab|Institute|Foundation|Logistics|"
               r"Industries|Enterprises|Associates|Partners|Consulting|Dental|Pharmacy|Restaurant|Cafe|"
               r"Café|Diner|Bakery|Salon|Gym|Fitness|Hotel|Motel|Resort|Casino|Factory|Warehouse|"
               r"Supermarket|Farms?|Ranch|Barracks|Precinct|Firm|Agency|Daycare|Preschool|Kindergarten|"
               r"Analytics|Technologies|Labs)")
_LEGAL_SUFFIX = re.compile(r"(?:Corp(?:oration)?\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Co\.)$")
_ORG_RE = re.compile(r"\b((?:" + _CAPW + r"\s+){0,4}" + _CAPW + r")\s+" + _ORG_SUFFIX + r"(?![\w])")
_COUNTY_RE = re.compile(r"\b((?:" + _CAPW + r"\s+){1,3})(?:County|Parish|Township|Borough|Reservation|"
                        r"Rancheria|Pueblo)\b")

# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?")


class _Tok:
    __slots__ = ("start", "end", "full_end", "word", "low", "cap", "acronym", "poss")

    def __init__(self, m: re.Match):
        w = m.group(0)
        self.start = m.start()
        self.full_end = m.end()
        self.poss = False
        if len(w) > 2 and w[-2] in "'’" and w[-1] == "s":
            w = w[:-2]
            self.poss = True
        elif w[-1] in "'’":
            w = w[:-1]
            self.poss = True
        self.word = w
        self.end = self.start + len(w)
        self.low = w.lower()
        self.cap = w[:1].isupper()
        self.acronym = len(w) > 1 and (w.isupper() or (len(w) > 2 and w[-1] == "s" and w[:-1].isupper()))


class _Ctx:
    """Per-call state shared by the detectors."""

    def __init__(self, text: str):
        self.text = text
        self.low = text.lower()
        self.toks = [_Tok(m) for m in _WORD_RE.finditer(text)]
        self.items: list[tuple[int, int, str, int]] = []
        self.has_digit = any(ch.isdigit() for ch in text)
        self.has5 = self.has_digit and _D5.search(text) is not None
        self._sent: dict[int, bool] = {}
        self._num_windows: list[tuple[int, int]] | None = None

    def num_windows(self) -> list[tuple[int, int]]:
        """Stretches of text around numbers of 3+ digits (where labelled IDs can be)."""
        if self._num_windows is None:
            self._num_windows = _merge_windows(
                [(m.start() - 48, m.end() + 24) for m in _DIGITS3_RE.finditer(self.text)], len(self.text))
        return self._num_windows

    def gap(self, i: int, j: int) -> str:
        """Text between token i (including its possessive) and token j."""
        return self.text[self.toks[i].full_end:self.toks[j].start]

    def sent(self, i: int) -> bool:
        """Token i starts a sentence (or the text)."""
        r = self._sent.get(i)
        if r is None:
            r = _sentence_start_at(self.text, self.toks[i].start)
            self._sent[i] = r
        return r

    def add(self, start: int, end: int, category: str, priority: int | None = None) -> None:
        text = self.text
        while start < end and text[start] in " \t\r\n,;:('\"“‘`[":
            if text[start] == "(" and ")" in text[start:end]:
                break
            start += 1
        while end > start and text[end - 1] in " \t\r\n.,;:!?)]}'\"”’`|(":
            if text[end - 1] == ")" and "(" in text[start:end]:
                break
            end -= 1
        if end > start:
            self.items.append((start, end, category, _PRIORITY[category] if priority is None else priority))


# ---------------------------------------------------------------------------
# Detectors
# ---------------------------------------------------------------------------
def _find_labelled(ctx: _Ctx) -> None:
    text, low = ctx.text, ctx.low
    for lo, hi in ctx.num_windows():
        wlow = low[lo:hi]
        wtext = text[lo:hi]
        for cat, low_kw, cs_kw, rx in _LABELLED_RE:
            if not any(k in wlow for k in low_kw) and not any(k in wtext for k in cs_kw):
                continue
            for m in rx.finditer(text, lo, hi):
                ident = m.group("id").rstrip(".-/ ")
                if _plausible_id(ident):
                    ctx.add(m.start("id"), m.start("id") + len(ident), cat)
    if "-" in text:
        for m in _SSN_RE.finditer(text):
            ctx.add(m.start(), m.end(), "ssn")
    for m in _VIN_RE.finditer(text):
        s = m.group(0)
        if not s.isdigit() and not s.isalpha():
            ctx.add(m.start(), m.end(), "vehicle")
    if text.count(":") >= 5 or text.count("-") >= 5:
        for m in _MAC_RE.finditer(text):
            ctx.add(m.start(), m.end(), "device")
    if _D4.search(text):
        for m in _CARD_RE.finditer(text):
            if 13 <= _digits(m.group(0)) <= 19 and _luhn(m.group(0)):
                ctx.add(m.start(), m.end(), "account")
    for m in _GENERIC_ID_RE.finditer(text):
        s = m.group(0)
        if _YEAR_RANGE.fullmatch(s) or _digits(s) < 5 or (s.replace("-", "").isdigit() and _digits(s) < 6):
            continue
        ctx.add(m.start(), m.end(), "account", _GENERIC_ID_PRIORITY)


def _find_vanity_plates(ctx: _Ctx) -> None:
    if "plate" in ctx.low or "tag" in ctx.low:
        for m in _VANITY_PLATE_RE.finditer(ctx.text):
            ctx.add(m.start("id"), m.end("id"), "vehicle")


def _find_web(ctx: _Ctx) -> None:
    text, low = ctx.text, ctx.low
    if "@" in text:
        for m in _EMAIL_RE.finditer(text):
            ctx.add(m.start(), m.end(), "email")
        for m in _HANDLE_RE.finditer(text):
            if len(m.group(0)) > 2:
                ctx.add(m.start(), m.end(), "url")
    if "[at]" in low or "(at)" in low or "{at}" in low:
        for m in _EMAIL_OBFUSCATED_RE.finditer(text):
            ctx.add(m.start(), m.end(), "email")
    if "://" in text or _DOMAIN_HINT.search(text):
        for m in _URL_RE.finditer(text):
            ctx.add(m.start(), m.end(), "url")
    if ctx.has_digit and _IPV4_HINT.search(text):
        for m in _IPV4_RE.finditer(text):
            ctx.add(m.start(), m.end(), "ip_address")
    if "::" in text or text.count(":") >= 3:
        for m in _IPV6_RE.finditer(text):
            cand = m.group(0)
            if cand.count(":") < 2:
                continue
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            ctx.add(m.start(), m.end(), "ip_address")


def _phone_category(text: str, start: int) -> str:
    return "fax" if _FAX_CUE_RE.search(text, max(0, start - 40), start) else "phone"


def _find_phones(ctx: _Ctx) -> None:
    text = ctx.text
    windows = _merge_windows([(m.start() - 6, m.end() + 6) for m in _PHONE_HINT.finditer(text)], len(text))
    if not windows:
        return
    seen: list[tuple[int, int]] = []
    for lo, hi in windows:  # the matcher only sees the digit runs (plus a little context)
        try:
            for m in PhoneNumberMatcher(text[lo:hi], "US", leniency=Leniency.POSSIBLE):
                seen.append((lo + m.start, lo + m.end))
                ctx.add(lo + m.start, lo + m.end, _phone_category(text, lo + m.start))
        except Exception:  # pragma: no cover - never let the library crash the guard
            pass
    for lo, hi in windows:
        for m in _PHONE_FALLBACK.finditer(text, lo, hi):
            if _digits(m.group(0)) >= 7 and not any(s <= m.start() < e for s, e in seen):
                ctx.add(m.start(), m.end(), _phone_category(text, m.start()))
    for lo, hi in _merge_windows([(lo - 40, hi) for lo, hi in windows], len(text)):
        for m in _PHONE_CUE_RE.finditer(text, lo, hi):
            num = m.group("num").rstrip(" .-(")
            if 7 <= _digits(num) <= 15 and not _YEAR_RANGE.fullmatch(num):
                ctx.add(m.start("num"), m.start("num") + len(num), _phone_category(text, m.start("num")))


def _merge_windows(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        lo, hi = max(0, lo), min(size, hi)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _valid_md(a: int, b: int) -> bool:
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


def _find_dates(ctx: _Ctx) -> None:
    text, low = ctx.text, ctx.low
    windows = _merge_windows([(t.start - 30, t.end + 30) for t in ctx.toks if t.low in _MONTH_WORDS],
                             len(text))
    for lo, hi in windows:  # only look around month names
        for rx in _MONTH_DATE_RES:
            for m in rx.finditer(text, lo, hi):
                d = m.groupdict().get("d")
                if d is not None and not 1 <= int(d) <= 31:
                    continue
                ctx.add(m.start(), m.end(), "date")
    if ctx.has_digit:
        if _ORD_HINT.search(text):
            for rx in _ORD_DATE_RES:
                for m in rx.finditer(text):
                    if 1 <= int(m.group("d")) <= 31:
                        ctx.add(m.start(), m.end(), "date")
        for lo, hi in _merge_windows([(m.start() - 30, m.end() + 12) for m in _NUMSEP_HINT.finditer(text)],
                                     len(text)):
            for m in _DATE_NUM_RE.finditer(text, lo, hi):
                if _valid_md(int(m.group("a")), int(m.group("b"))):
                    ctx.add(m.start(), m.end(), "date")
            for m in _DATE_ISO_RE.finditer(text, lo, hi):
                if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
                    ctx.add(m.start(), m.end(), "date")
            for m in _DATE_MD_RE.finditer(text, lo, hi):
                if not _valid_md(int(m.group("a")), int(m.group("b"))):
                    continue
                prev = _PREV_WORDS_RE.search(text, max(0, m.start() - 25), m.start())
                if not prev:
                    continue
                word = prev.group(1).lower()
                as_of = word == "of" and low[max(0, prev.start() - 4):prev.start()].rstrip().endswith("as")
                if word in _MD_CUES or as_of:
                    ctx.add(m.start(), m.end(), "date")
        for lo, hi in _merge_windows([(m.start() - 25, m.end() + 20) for m in _AGE_HINT.finditer(text)],
                                     len(text)):
            for rx in _AGE_NUM_RES:
                for m in rx.finditer(text, lo, hi):
                    ctx.add(m.start(), m.end(), "age_over_89")
        if "90s" in low or "90's" in low or "100s" in low:
            for m in _AGE_DECADE_RE.finditer(text):
                ctx.add(m.start(), m.end(), "age_over_89")
    if "ninety" in low or "hundred" in low:
        for rx in _AGE_WORD_RES:
            for m in rx.finditer(text):
                ctx.add(m.start(), m.end(), "age_over_89")
        if "nineties" in low:
            for m in _AGE_DECADE_RE.finditer(text):
                ctx.add(m.start(), m.end(), "age_over_89")
    if "genarian" in low:
        for m in _AGE_NOUN_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")


def _sentence_start_at(text: str, pos: int) -> bool:
    """True when pos starts a sentence, a quotation, a list item or the text."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘([*_>":
        if text[j] in "\"“" and (j == 0 or text[j - 1] in " \t\n(:"):
            return True  # opening quotation mark: 'she said, "Will I ever ..."'
        j -= 1
    return j < 0 or text[j] in ".!?:;\n\r•…-–—|"


def _find_addresses(ctx: _Ctx) -> None:
    text, low, toks = ctx.text, ctx.low, ctx.toks
    caps = {t.word.lower() for t in toks if t.cap}
    lows = {t.low for t in toks}
    if ctx.has_digit:
        if caps & _STREET_WORDS:
            for m in _STREET_NUM_RE.finditer(text):
                ctx.add(m.start(), m.end(), "street_address")
        if lows & _STREET_WORDS_LOWER:
            for m in _STREET_LOWER_RE.finditer(text):
                ctx.add(m.start(), m.end(), "street_address")
    if caps & _STREET_PREFIXES or "ul." in low:
        for m in _STREET_PREFIX_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if any(t.low.endswith(_GERMAN_STREET) and len(t.low) > 6 and t.cap for t in toks):
        for m in _STREET_GERMAN_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and ("box" in low or "bag" in low):
        for m in _PO_BOX_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if caps & _NAMED_STREET_WORDS:
        for m in _NAMED_STREET_RE.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower().strip(".,") in (_LEADING_STOP | N.COMMON_WORDS | N.NOT_NAMES):
                words.pop(0)
            if not words or words[0].lower() in _NOT_STREETS:
                continue
            ctx.add(m.start(1) + m.group(1).index(words[0]), m.end(), "street_address")
    if ctx.has5:
        for rx in _ZIP_D5_RES:
            for m in rx.finditer(text):
                ctx.add(m.start("z"), m.end("z"), "zip_code")
    if "zip" in low or "postal" in low or "post code" in low or "postcode" in low:
        for m in _ZIP_CUE_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if ctx.has_digit and _POSTCODE_HINT.search(text):
        for rx in _POSTCODE_RES:
            for m in rx.finditer(text):
                ctx.add(m.start("z"), m.end("z"), "zip_code")


def _base(word: str) -> str:
    w = word.rstrip(".,").lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’")


def _generic_words(words: list[str]) -> bool:
    """True when every word is generic (common word, clinical term, acronym, state...)."""
    for w in words:
        if w.isupper() and len(w) > 1:
            continue
        b = _base(w)
        if b in _GENERIC or b in N.EPONYMS or b in _BIG_PLACES:
            continue
        return False
    return True


def _followed_by_method(ctx: _Ctx, i: int) -> bool:
    """Token i is followed (within 4 words of a Title Case phrase) by a method word:
    'Gottman method', 'Beck Depression Inventory', 'Columbia protocol', 'Linehan's approach'."""
    toks = ctx.toks
    for k in range(i + 1, min(i + 5, len(toks))):
        if ctx.gap(k - 1, k).strip(" -") != "":
            return False
        t = toks[k]
        if t.low in N.METHOD_WORDS:
            return True
        if not t.cap and not (t.low in ("of", "for", "and") and k + 1 < len(toks) and toks[k + 1].cap):
            return False
    return False


def _phrase_from(ctx: _Ctx, i: int, limit: int = 4) -> int:
    """Index of the last token of a capitalised phrase starting at token i ('Oak Park',
    'St. Louis', 'Rio de Janeiro'); -1 when token i is not capitalised."""
    toks = ctx.toks
    if not toks[i].cap:
        return -1
    last = i
    k = i
    while k + 1 < len(toks) and k - i + 1 < limit and not toks[k].poss:
        gap = ctx.gap(k, k + 1)
        nxt = toks[k + 1]
        if gap in (" ", ". ") and (gap == " " or toks[k].low in ("st", "ft", "mt", "pt")) and nxt.cap \
                and not nxt.acronym:
            k += 1
            last = k
            continue
        if gap == " " and nxt.low in ("of", "de", "la", "del", "upon", "du", "des", "sur", "au") \
                and k + 2 < len(toks) and toks[k + 2].cap and ctx.gap(k + 1, k + 2) == " ":
            k += 2
            last = k
            continue
        break
    return last


def _place_span(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """Validated place phrase starting at token i, after a place cue."""
    last = _phrase_from(ctx, i)
    if last < 0:
        return None
    toks = ctx.toks
    words = [toks[k].word for k in range(i, last + 1)]
    first = toks[i].low
    if toks[i].acronym and first in N.NOT_NAMES:
        return None
    if first in _PLACE_EXCLUDE and (len(words) == 1 or _generic_words(words[1:])):
        return None
    phrase = " ".join(w.lower() for w in words)
    if phrase in _BIG_PLACES or phrase.replace(".", "") in _BIG_PLACES:
        return None
    if _generic_words(words) and phrase not in _CITIES:
        return None
    if _followed_by_method(ctx, last):
        return None
    return toks[i].start, toks[last].end


def _place_cue_before(ctx: _Ctx, i: int) -> bool:
    """'lives in X', 'moved to X', 'works at X', 'is from X', 'town of X', 'employer is X'."""
    toks = ctx.toks
    j = i - 1
    if j < 0 or ctx.gap(j, i) != " ":
        return False
    t = toks[j]
    if t.low in ("downtown", "uptown"):
        return True
    if t.low == "of" and j >= 1 and toks[j - 1].low in _TOWN_WORDS and ctx.gap(j - 1, j) == " ":
        return True
    if t.low in ("is", "was") and j >= 1 and toks[j - 1].low in _PLACE_NOUNS and ctx.gap(j - 1, j) == " ":
        return True
    if t.low in ("called", "named") and j >= 1 and (toks[j - 1].low in _TOWN_WORDS or toks[j - 1].low
                                                   in _PLACE_NOUNS) and ctx.gap(j - 1, j) == " ":
        return True
    prep = None
    if t.low in _PLACE_PREPS:
        prep = t.low
        j -= 1
        if j >= 0 and toks[j].low == "outside" and prep == "of":
            j -= 1
    steps = 0
    while j >= 0 and toks[j].low in _PLACE_ADVERBS and steps < 2 and ctx.gap(j, j + 1) == " ":
        j -= 1
        steps += 1
    if j < 0 or ctx.gap(j, j + 1) != " ":
        return False
    v = toks[j]
    if v.low in _PLACE_VERBS and not v.poss:
        return True
    if prep == "from" and (v.low in _FROM_SUBJECTS or (v.poss and v.low in _PRONOUNS)):
        return True
    return False


def _find_places(ctx: _Ctx) -> None:
    text, toks = ctx.text, ctx.toks
    caps = {t.low for t in toks if t.cap}
    if caps & _ORG_SUFFIX_WORDS:
        for m in _ORG_RE.finditer(text):
            words = m.group(1).split()
            lead = 0
            at_start = _sentence_start_at(text, m.start(1))
            while lead < len(words) and (words[lead].lower() in _LEADING_STOP
                                         or (lead == 0 and at_start and words[lead].lower() in N.COMMON_WORDS)):
                lead += 1
            words = words[lead:]
            if not words:
                continue
            if not _LEGAL_SUFFIX.search(m.group(0)) and _generic_words(words):
                continue
            ctx.add(m.start(1) + m.group(1).index(words[0]), m.end(), "place", 50)
    if caps & _COUNTY_WORDS:
        for m in _COUNTY_RE.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower() in _LEADING_STOP:
                words.pop(0)
            if words and not (len(words) == 1 and words[0].lower() in N.COMMON_WORDS - {"orange", "king"}):
                ctx.add(m.start(1) + m.group(1).index(words[0]), m.end(), "place", 50)
    n = len(toks)
    for i, t in enumerate(toks):
        if not t.cap or t.acronym:
            # State abbreviations are acronyms: "Columbus, OH" / "Portland ME 04101"
            if t.acronym and t.word in N.US_STATE_ABBREVIATIONS and i > 0:
                gap = ctx.gap(i - 1, i)
                zip_next = ctx.has5 and _D5.match(text, t.end + 1) is not None
                if gap == ", " or (gap == " " and zip_next):
                    _place_before_state(ctx, i)
            continue
        # multi-word city names
        matched = False
        for size in (4, 3, 2):
            if i + size <= n:
                span = toks[i:i + size]
                if not span[-1].cap:
                    continue
                if any(ctx.gap(i + k, i + k + 1) not in (" ", ". ") for k in range(size - 1)):
                    continue
                key = " ".join(s.low for s in span)
                if key in _CITY_NGRAMS:
                    if not _followed_by_method(ctx, i + size - 1):
                        ctx.add(t.start, span[-1].end, "place")
                    matched = True
                    break
                if key in _STATE_NGRAMS and i > 0 and ctx.gap(i - 1, i) == ", ":
                    _place_before_state(ctx, i)
        if matched:
            continue
        if t.low in _STATES_1 and i > 0 and ctx.gap(i - 1, i) == ", ":
            _place_before_state(ctx, i)
        if t.low in _CITIES_1 and t.low not in N.CUE_ONLY_PLACES and t.low not in N.NOT_NAMES \
                and not _followed_by_method(ctx, i):
            ctx.add(t.start, t.end, "place", 42)
        if _place_cue_before(ctx, i):
            span = _place_span(ctx, i)
            if span:
                ctx.add(span[0], span[1], "place")


def _place_before_state(ctx: _Ctx, k: int) -> None:
    """'Columbus, OH': the capitalised phrase that ends right before token k."""
    toks = ctx.toks
    j = k - 1
    if j < 0 or not toks[j].cap:
        return
    start = j
    while start - 1 >= 0 and toks[start - 1].cap and ctx.gap(start - 1, start) == " " and j - start < 2:
        start -= 1
    while start < j and _base(toks[start].word) in _LEADING_STOP | N.COMMON_WORDS:
        start += 1
    span = _place_span(ctx, start)
    if span:
        ctx.add(span[0], min(span[1], toks[j].end), "place")


def _is_casual_lowercase(ctx: _Ctx) -> bool:
    """Typed without capitals: 'ok so bongani finally agreed ... i think'."""
    toks = ctx.toks
    if not toks:
        return False
    if any(t.word == "i" for t in toks):
        return True
    return any(not t.cap and ctx.sent(k) and t.low not in ("e", "g", "i") for k, t in enumerate(toks))


def _find_names(ctx: _Ctx) -> None:
    toks = ctx.toks
    n = len(toks)
    if not n:
        return

    def kind(t: _Tok) -> str:
        if len(t.word) < 2 or t.acronym:
            return "never"
        low = t.low
        if low in _KNOWN:
            return "known"
        if low in N.WORDLIKE_NAMES:
            return "wordlike"
        if low in _CUE_ONLY:
            return "cue_only"
        if low in _GENERIC:
            return "never"
        if "-" in low:
            parts = low.split("-")
            if parts[0] in ("al", "el", "abu", "bin", "ben", "ould", "ibn", "abd") and t.cap:
                return "known"
            if all(p in _GENERIC for p in parts):
                return "never"
            if t.cap and any(p in _KNOWN for p in parts):
                return "known"
        return "unknown"

    kinds = [kind(t) for t in toks]

    # Cue strength per token: 3 = title / "named", 2 = relation word, 1 = social verb.
    cue = [0] * n
    for i in range(1, n):
        p = toks[i - 1]
        g = ctx.gap(i - 1, i)
        gs = g.strip()
        if p.cap and p.low in N.TITLES and gs in ("", ".") and not p.poss:
            cue[i] = 3
        elif p.low in _NAMED_WORDS and gs in ("", ":", ",") and not p.poss:
            cue[i] = 3
        elif i >= 2 and (toks[i - 2].low, p.low) in _CUE_PAIRS and gs in ("", ":"):
            cue[i] = 3
        elif p.low == "name" and p.poss and gs == "":
            cue[i] = 3
        elif not p.poss and gs in ("", ",", "(", ":", "-", "–") and (
                p.low in N.RELATION_WORDS or (p.low.endswith("s") and p.low[:-1] in N.RELATION_WORDS)):
            cue[i] = 2
        elif g == " " and p.low in N.SOCIAL_VERBS and not p.poss:
            cue[i] = 1
        elif g == " " and p.low == "with" and i >= 2 and toks[i - 2].low in N.WITH_VERBS \
                and ctx.gap(i - 2, i - 1) == " ":
            cue[i] = 1

    flag = [False] * n

    # Chains of capitalised tokens separated by one space (or particles): "Maria de la Cruz".
    i = 0
    while i < n:
        t = toks[i]
        if not t.cap or kinds[i] == "never":
            i += 1
            continue
        chain = [i]
        j = i
        while j + 1 < n and not toks[j].poss:
            nxt = toks[j + 1]
            if ctx.gap(j, j + 1) == " " and nxt.cap and kinds[j + 1] != "never":
                chain.append(j + 1)
                j += 1
                continue
            k = j + 1
            while k < n and toks[k].low in _PARTICLES and not toks[k].cap and k - j <= 3 \
                    and ctx.gap(k - 1, k) == " ":
                k += 1
            if j + 1 < k < n and toks[k].cap and kinds[k] != "never" and ctx.gap(k - 1, k) == " ":
                chain.extend(range(j + 1, k + 1))
                j = k
                continue
            break
        i = j + 1
        if _judge_chain(ctx, chain, kinds, cue):
            for k in chain:
                if toks[k].cap:
                    flag[k] = True

    # Lower-case given names after a cue ("client maria said") or in text typed in lower case.
    casual = None
    for i, t in enumerate(toks):
        if t.cap or flag[i] or t.low not in _KNOWN or t.low not in N.GIVEN_NAMES or t.low in _LOWER_UNSAFE:
            continue
        if len(t.low) < 3:
            continue
        if cue[i] >= 2:
            flag[i] = True
            continue
        if casual is None:
            casual = _is_casual_lowercase(ctx)
        if casual:
            flag[i] = True

    # Coordination: "Tomasz and Agnieszka", "Ikaika and Noelani", "Kwame, Ama and Kofi".
    for _ in range(2):
        for i in range(n):
            t = toks[i]
            if flag[i] or not t.cap or kinds[i] == "never":
                continue
            if kinds[i] == "cue_only" and t.low not in N.EPONYMS:
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
                if ok and not (ctx.sent(i) and kinds[i] not in ("known", "unknown")) \
                        and not (ctx.sent(i) and kinds[i] == "unknown" and mid is None):
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
                flag[j + 1] or (toks[j + 1].low in _PARTICLES and j + 2 < n and flag[j + 2]
                                and ctx.gap(j + 1, j + 2) == " ")):
            j += 1
        ctx.add(toks[i].start, toks[j].end, "name")
        i = j + 1


def _judge_chain(ctx: _Ctx, chain: list[int], kinds: list[str], cue: list[int]) -> bool:
    toks = ctx.toks
    caps = [k for k in chain if toks[k].cap]
    # Famous people and public figures ("Marsha Linehan", "Taylor Swift", "Fox News"), also when the
    # phrase runs past the chain or starts before it.
    lo = chain[0]
    while lo > 0 and chain[0] - lo < _SKIP_MAX - 1 and toks[lo - 1].cap and ctx.gap(lo - 1, lo) == " ":
        lo -= 1
    hi = chain[-1]
    while hi + 1 < len(toks) and hi - chain[-1] < _SKIP_MAX - 1 and ctx.gap(hi, hi + 1) == " ":
        hi += 1
    words = [toks[k].low for k in range(lo, hi + 1)]
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + _SKIP_MAX) + 1):
            if lo + a <= chain[-1] and lo + b - 1 >= chain[0] and " ".join(words[a:b]) in _SKIP_NAMES:
                return False
    first, last = chain[0], chain[-1]
    ks = [kinds[k] for k in caps]
    strength = cue[first]
    method = _followed_by_method(ctx, last)
    t0 = toks[first]
    sent = ctx.sent(first)
    after_det = first > 0 and toks[first - 1].low in _DETERMINERS and ctx.gap(first - 1, first) == " "
    tl = toks[last]
    nxt = toks[last + 1].low if last + 1 < len(toks) and ctx.gap(last, last + 1) == " " else ""
    strong_verb = nxt in _STRONG_VERBS and not tl.poss
    any_verb = nxt in N.PERSON_VERBS and not tl.poss
    poss_rel = tl.poss and nxt in _POSSESSED

    if method and strength < 3:
        return False
    if strength >= 3:
        return not (method and all(k == "cue_only" for k in ks))
    if strength == 2:
        return True
    if strength == 1:
        return any(k in ("known", "wordlike", "unknown") for k in ks)
    if "known" in ks:
        return True
    if len(caps) == 1:
        k = ks[0]
        if k == "wordlike":
            return (not sent and not after_det) or strong_verb or poss_rel
        if k == "unknown":
            return not after_det and (strong_verb or poss_rel or (any_verb and not sent))
        if k == "cue_only":
            return t0.low in N.EPONYMS and strong_verb and not sent
        return False
    if after_det:
        return False
    if "wordlike" in ks and all(k in ("wordlike", "unknown") for k in ks) and not sent:
        return True
    # Several unknown capitalised words followed by a person verb: "Thandeka Mthembu said"
    return strong_verb and any(k == "unknown" for k in ks)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
# Platform markup that carries IDs of the chat platform, not of a client: Slack/Discord
# mentions (<@U024BE7LH>, <@123...>, <@&role>, <#channel|name>, <!here>), Discord timestamps
# (<t:1733000000:F>) and custom emoji (<:blob:123...>).  Masked with spaces before scanning,
# so offsets still refer to the original text.
_PLATFORM_MARKUP_RE = re.compile(r"<(?:@[!&]?|#|!)[A-Za-z0-9^|._-]{1,100}>|<t:\d{1,13}(?::[A-Za-z])?>"
                                 r"|<a?:\w{1,64}:\d{5,25}>")


def _mask_platform_markup(text: str) -> str:
    if "<" not in text:
        return text
    return _PLATFORM_MARKUP_RE.sub(lambda m: " " * len(m.group(0)), text)

def _resolve(items: list[tuple[int, int, str, int]]) -> list[Finding]:
    """Keep non-overlapping spans, preferring higher priority, then longer spans."""
    items = sorted(set(items), key=lambda x: (-x[3], -(x[1] - x[0]), x[0]))
    starts: list[int] = []  # kept spans, sorted by start and non-overlapping
    kept: list[tuple[int, int, str]] = []
    for start, end, cat, _prio in items:
        k = bisect.bisect_right(starts, start)
        if k and kept[k - 1][1] > start:  # the span before overlaps
            continue
        if k < len(kept) and kept[k][0] < end:  # the span after overlaps
            continue
        starts.insert(k, start)
        kept.insert(k, (start, end, cat))
    return [Finding(cat, s, e, REASONS[cat]) for s, e, cat in kept]


def check_text(text: str) -> list[Finding]:
    """Find possible client identifiers in ``text``: sorted by start, non-overlapping."""
    if not text or not text.strip():
        return []
    ctx = _Ctx(_mask_platform_markup(text))
    if ctx.has_digit:
        _find_labelled(ctx)
        _find_phones(ctx)
    _find_vanity_plates(ctx)
    _find_dates(ctx)
    _find_web(ctx)
    _find_addresses(ctx)
    _find_places(ctx)
    _find_names(ctx)
    return _resolve(ctx.items)


def highlight(text: str, findings: Iterable[Finding]) -> str:
    """Wrap each flagged span as ⟦span⟧, for showing privately to the author."""
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos or f.end > len(text) or f.start >= f.end:
            continue
        out.append(text[pos:f.start])
        out.append("⟦" + text[f.start:f.end] + "⟧")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)

"""Identifier guard: flags text that could identify a client before it is posted.

Covers the HIPAA Safe Harbor categories that can be recognised in text
(45 CFR 164.514(b)(2)): names, geography smaller than a state, date elements
other than the year, ages over 89, phone/fax numbers, e-mail, URLs, IP
addresses, SSNs, medical record / health plan / account / licence numbers,
vehicle and device identifiers.

The guard is a warning aid for the author, shown privately; it is neither a
de-identification tool nor a guarantee.  It favours recall on structured
identifiers (numbers, dates, addresses) and uses word lists plus context cues
for names and places.

Pure module: standard library plus ``phonenumbers``; all patterns compile at
import time.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Iterable

from phonenumbers import Leniency, PhoneNumberMatcher

from . import names as N

__all__ = ["Finding", "CATEGORIES", "check_text", "highlight"]

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
_GENERIC_ID_PRIORITY = 30  # unlabelled long numbers (category "account")


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    reason: str


# ---------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------
_UPPER_EXTRA = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_UP = "A-Z" + _UPPER_EXTRA  # character-class body for capital letters
_CAPW = rf"[{_UP}][\w'’&.\-]*"  # a capitalised word (may carry punctuation)

_SINGLE_WORD = lambda s: frozenset(x for x in s if " " not in x)  # noqa: E731
_STATES_1 = _SINGLE_WORD(N.US_STATES)
_COUNTRIES_1 = _SINGLE_WORD(N.COUNTRIES)
_REGIONS_1 = _SINGLE_WORD(N.OTHER_REGIONS)
_BIG_PLACES = N.US_STATES | N.COUNTRIES | N.OTHER_REGIONS
_ALL_NAMES = N.GIVEN_NAMES | N.SURNAMES
_GENERIC = N.COMMON_WORDS | N.NOT_NAMES | _STATES_1 | _COUNTRIES_1 | _REGIONS_1
# Names that need a strong cue (title, relation word, "named") or a neighbouring name.
_CUE_ONLY = (N.CUE_ONLY_NAMES | N.EPONYMS | (_ALL_NAMES & _GENERIC)) - N.WORDLIKE_NAMES
_KNOWN = _ALL_NAMES - _CUE_ONLY - N.WORDLIKE_NAMES - _GENERIC
_CITIES = N.US_CITIES | N.WORLD_CITIES
_CITIES_1 = _SINGLE_WORD(_CITIES) - _BIG_PLACES
_CITIES_MULTI = sorted((c for c in _CITIES if " " in c and c not in _BIG_PLACES), key=len, reverse=True)
_PARTICLES = frozenset("de del della dei der den van von da di do dos das du le la bin ibn al el "
                       "ben ter ten st st. y e".split())
_LEADING_STOP = frozenset("the a an in at from of to she he they her his our my their and near "
                          "with for by on this that its".split())
_DETERMINERS = frozenset("the a an this that these those any some every each no another "
                         "our your their its".split())
_STRONG_VERBS = N.PERSON_VERBS - frozenset("is was has had will would could should didn't "
                                           "doesn't won't can't isn't wasn't hasn't hadn't "
                                           "used uses left leaves shows showed".split())
_POSSESSED = frozenset("""mother mom mum father dad parents parent husband wife partner boyfriend
girlfriend sister brother son daughter kids children child family teacher school boss friend
friends ex grandmother grandfather grandma grandpa aunt uncle cousin therapist psychiatrist
doctor mood moods behavior behaviour diagnosis anxiety depression drinking birthday house home
room phone car job work case file chart sessions session""".split())
_EMPLOYER_BRANDS = frozenset("amazon google apple kaiser uber lyft doordash netflix facebook "
                             "instagram tiktok microsoft walmart target costco starbucks".split())
_PLACE_EXCLUDE = (_GENERIC - _EMPLOYER_BRANDS) | N.EPONYMS


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


# ---------------------------------------------------------------------------
# Labelled numbers: cue word + identifier
# ---------------------------------------------------------------------------
_FILLER = (r"(?:\s*(?:[:#=(,]|(?i:is|was|of|number|no\.|no|num\.?|nr\.?|id|ending\s+in|ending|"
           r"ends\s+in|code)(?![A-Za-z])\.?))*\s*")
_ID = (r"(?P<id>(?:[A-Z]{1,4}[ -]?)?[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-./][A-Za-z0-9]+)*"
       r"(?:\s\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3})(?![A-Za-z0-9])")
_LABELLED_CUES: list[tuple[str, str]] = [
    ("ssn", r"(?i:ssn|ss\s*#|social\s+security(?:\s+(?:number|no|#|card))?|social\s+insurance"
            r"(?:\s+number)?|national\s+insurance(?:\s+number)?|itin)|SIN|TIN|NI\s+number"),
    ("medical_record", r"(?i:mrn|mr\s*#|medical\s+record(?:\s+number)?|med\s+rec|record|chart|"
                       r"patient\s+(?:id|number|#)|pt\s+(?:id|#)|hospital\s+(?:id|number)|"
                       r"case\s+(?:number|id|#)|encounter(?:\s+(?:id|number))?|file\s+(?:number|no))"),
    ("health_plan", r"(?i:member\s*(?:id|number|no|#)|subscriber(?:\s*(?:id|number|no|#))?|"
                    r"policy(?:\s*holder)?(?:\s*(?:id|number|no|#))?|group\s*(?:id|number|no|#)|"
                    r"insurance\s*(?:id|number|no|#|card)|plan\s*(?:id|number|#)|"
                    r"medicaid(?:\s*(?:id|number|no|#|card))?|medicare(?:\s*(?:id|number|no|#|card))?|"
                    r"medi-cal(?:\s*(?:id|number|no|#))?|beneficiary\s*(?:id|number|#)|"
                    r"health\s*(?:plan|card|insurance)\s*(?:id|number|no|#)?|nhs\s*(?:number|no))|MBI"),
    ("account", r"(?i:(?:(?:bank|checking|savings|credit\s+card|debit\s+card|credit\s+union|"
                r"paypal|venmo|loan)\s+)?(?:account|acct\.?|a/c)(?:\s*(?:number|no|num|#))?|"
                r"routing(?:\s*(?:number|no|#))?|card\s*(?:number|no|#)|iban|sort\s+code)"),
    ("licence", r"(?i:(?:driver'?s?|driving|nursing|medical|professional)\s+licen[cs]e|"
                r"licen[cs]e(?!\s+plate)|lic\.|permit|passport|certificate|npi|dea|state\s+id|"
                r"id\s+card)|DL|D\.L\."),
    ("vehicle", r"(?i:licen[cs]e\s+plate|number\s+plate|plate|registration|reg\.|vin|"
                r"vehicle\s*(?:id|number))"),
    ("device", r"(?i:serial(?:\s*(?:number|no|#))?|s/n|device\s*(?:id|number|serial|#)|imei|meid|"
               r"udi|model\s*(?:number|no|#)|asset\s*tag|pump\s*(?:id|serial))|SN"),
]
_LABELLED_RE = [
    (cat, re.compile(r"(?<![A-Za-z0-9])(?:" + cue + r")(?![A-Za-z])" + _FILLER + _ID))
    for cat, cue in _LABELLED_CUES
]
_YEARISH = re.compile(r"(?:19|20)\d\d")


def _plausible_id(s: str) -> bool:
    d = _digits(s)
    if d < 3:
        return False
    if s.isdigit() and (len(s) < 4 or _YEARISH.fullmatch(s)):
        return False
    return True


_SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_VIN_RE = re.compile(r"(?<![A-Za-z0-9])(?=[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9]))(?=[A-Z]*\d)(?=\d*[A-Z])"
                     r"[A-HJ-NPR-Z0-9]{17}")
_MAC_RE = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
_CARD_RE = re.compile(r"(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])")
_GENERIC_ID_RE = re.compile(
    r"(?<![\w./-])(?:[A-Z]{1,4}-?)?\d[\d-]{4,}\d(?![\w-])|(?<![\w./-])[A-Z]{1,4}\d{5,}[A-Z0-9]*(?![\w-])")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d-(?:(?:19|20)?\d\d)")


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
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])"
    r"|(?i:\b[\w.+-]+\s*(?:\[at\]|\(at\))\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\.)\s*[\w-]+)+)")
_TLDS = ("com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|nz|de|fr|es|it|nl|se|no|dk|fi|ie|in|ch|at|"
         "be|br|mx|jp|kr|cn|za|ng|ke|ph|info|biz|me|ly|app|dev|health|care|online|site|xyz|tv|fm|"
         "page|blog|life|coach|club|shop|store|link|live|ai|so|gg|ws|social|email|website|space|"
         "therapy|clinic|doctor|family|church|school|news|art|studio|design|tech")
_URL_RE = re.compile(
    r"(?i:\b(?:https?://|ftp://|www\.)[^\s<>\"'`|]+)"
    r"|(?i:(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w-])"
    r"(?:/[^\s<>\"'`|]*)?)")
_HANDLE_RE = re.compile(r"(?<![\w@.<])@(?!(?:here|channel|everyone)\b)[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])")
_IPV4_RE = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)")
_IPV6_RE = re.compile(r"(?<![\w:])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
                      r"(?![\w:])")

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
_DATE_RES = [
    # March 14, March 14th, 2025, Mar. 3 '24
    re.compile(r"(?<![A-Za-z])" + _MON + r"\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
               r"(?:(?:,\s*|\s+)(?:of\s+)?" + _YEAR + r")?" + _NOT_COUNT),
    # 14 March 2025, 3rd of May
    re.compile(r"(?<![\d.,/])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON
               + r"(?:,?\s+" + _YEAR + r")?"),
    # March 2024, March of 2024
    re.compile(r"(?<![A-Za-z])" + _MON + r",?\s+(?:of\s+)?" + _YEAR),
    # weekday the 14th
    re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+the\s+)(?P<d>\d{1,2})"
               r"(?:st|nd|rd|th)\b"),
    # on the 9th
    re.compile(r"(?i:\bon\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])"),
]
_DATE_NUM_RE = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
                          r"(?!\d|[./-]\d)")
_DATE_ISO_RE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
                          r"(?!\d|[./-]\d)")
_DATE_MD_CUE_RE = re.compile(
    r"(?i:\b(?:on|since|until|till|by|from|after|before|dated|as\s+of|dob|d\.o\.b\.|born|admitted|"
    r"discharged|starting|started|through|thru|between|and|to|session|appt|appointment)\s*:?\s+)"
    r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?![\d/.]|\s*(?:of|%))")

_AGE = r"(?:9\d|1[0-2]\d)"
_AGE_RES = [
    re.compile(r"(?<![\d.])" + _AGE + r"[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b", re.I),
    re.compile(r"(?<![\d.])" + _AGE + r"\s*(?:y/o|y\.o\.?|yo|yrs?\s*old)(?![A-Za-z])", re.I),
    re.compile(r"(?i:\b(?:aged?|age\s*[:=]|age\s+of|turned|turns|turning|is\s+now)\s+)" + _AGE
               + r"\b(?!\s*(?:%|percent|minutes|mins|days|sessions|times|pounds|lbs|dollars))"),
    re.compile(r"(?<![\d.])" + _AGE + r"(?:st|nd|rd|th)\s+birthday", re.I),
    re.compile(r"(?i:\bin\s+(?:his|her|their|my|the)\s+(?:early\s+|mid\s+|mid-|late\s+)?)"
               r"(?:90s|90's|nineties|100s)"),
    re.compile(r"(?i)\b(?:nonagenarian|centenarian|supercentenarian)s?\b"),
]

# ---------------------------------------------------------------------------
# Addresses, ZIP codes
# ---------------------------------------------------------------------------
_SUFFIX = (r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Circle|Highway|Parkway|"
           r"Trail|Square|Crescent|Close|Row|Alley|Pike|Loop|Path|Mews|Grove|Gardens|Heights|Ridge|"
           r"Crossing|Commons|Plaza|Expressway|Freeway|Turnpike|Causeway|Esplanade|Promenade|Cove|"
           r"St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Terr|Cir|Hwy|Pkwy|Pky|Trl|Sq|Cres|Aly|Expy|Fwy|Tpke)")
_UNIT = (r"(?:,?\s*(?:(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Building)\.?\s*#?\s*|#\s*)"
         r"[A-Za-z0-9-]+)?")
_STREET_RES = [
    re.compile(r"(?<![\w/.-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+|"
               r"(?:North|South|East|West)\s+)?(?:(?:" + _CAPW + r"|\d{1,3}(?:st|nd|rd|th))\s+){1,4}"
               + _SUFFIX + r"\b\.?" + _UNIT),
    re.compile(r"(?<![\w/.-])\d{1,6}\s+(?:[a-z][a-z'’-]*\s+){1,3}(?:street|avenue|ave|road|rd|boulevard|"
               r"blvd|lane|ln|st|highway|hwy)\b\.?" + _UNIT),
    re.compile(r"\b(?:Rue|Calle|Avenida|Av\.|Via|Viale|Piazza|Rua|Praça|Chemin|Carrer|Paseo|Jalan|Ulica|"
               r"ul\.|Strada|Calzada)\s+(?:(?:de|del|de la|des|du|di|da|do|dos|das|la|le|les|los|las|el|"
               r"della|dei)\s+)*" + _CAPW + r"(?:\s+" + _CAPW + r"){0,2}(?:\s+\d{1,5})?"),
    re.compile(rf"\b[{_UP}][a-zäöüß]+(?:straße|strasse|weg|gasse|platz|allee|laan|straat|gatan|gade|"
               r"vej|veien)(?:\s+\d{1,4}[a-z]?)?\b"),
    re.compile(r"(?i:\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|postal\s+box|locked\s+bag|private\s+bag)"
               r"\s*#?\s*\d+)"),
]
_NAMED_STREET_RE = re.compile(r"\b((?:" + _CAPW + r"\s+){1,3})(?:Street|Avenue|Road|Boulevard|Lane|Drive|"
                              r"Terrace|Parkway|Highway)\b")
_NOT_STREETS = frozenset("memory easy sesame abbey silk penny lovers lover's".split())

_STATE_ABBR = "|".join(sorted(N.US_STATE_ABBREVIATIONS))
_STATE_NAMES = "|".join(re.escape(s.title()) for s in sorted(N.US_STATES, key=len, reverse=True))
_ZIP_RES = [
    re.compile(r"\b(?:" + _STATE_ABBR + r")\.?,?\s+(?P<z>\d{5}(?:-\d{4})?)(?![\d-])"),
    re.compile(r"\b(?:" + _STATE_NAMES + r"),?\s+(?P<z>\d{5}(?:-\d{4})?)(?![\d-])"),
    re.compile(r"(?i:\b(?:zip|zipcode|zip\s+code|postal\s+code|postcode|post\s+code)(?:\s+(?:code|is|of|was))*"
               r"\s*[:#]?\s*)(?P<z>\d{5}(?:-\d{4})?|[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}|"
               r"[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)"),
    re.compile(r"(?<![\d-])(?P<z>\d{5}-\d{4})(?![\d-])"),
    re.compile(r"(?i:\b(?:in|near|around|from|to|area|neighbou?rhood)\s+(?:the\s+)?)(?P<z>\d{5})"
               r"(?=\s*(?:area|zip|neighbou?rhood|region)\b|\s*[,.;:!?)]|\s*$)"),
    re.compile(r"\b(?P<z>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b"),  # UK postcode
    re.compile(r"\b(?P<z>[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"),  # Canadian postal code
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
               r"Supermarket|Farms?|Ranch|Barracks|Precinct|Firm|Agency|Daycare|Preschool|Kindergarten)")
_LEGAL_SUFFIX = re.compile(r"(?:Corp(?:oration)?\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Co\.)$")
_ORG_RE = re.compile(r"\b((?:" + _CAPW + r"\s+){0,4}" + _CAPW + r")\s+" + _ORG_SUFFIX + r"(?![\w])")
_COUNTY_RE = re.compile(r"\b((?:" + _CAPW + r"\s+){1,3})(?:County|Parish|Township|Borough|Reservation|"
                        r"Rancheria|Pueblo)\b")
_CITY_MULTI_RE = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+").replace(r"\.", r"\.?")
                                   for c in _CITIES_MULTI) + r")(?![\w-])")
_CITY_STATE_RE = re.compile(r"\b(" + _CAPW + r"(?:\s+" + _CAPW + r"){0,2}),\s*(?:" + _STATE_ABBR + r"|"
                            + _STATE_NAMES + r")\b")
_CITY_STATE_ZIP_RE = re.compile(r"\b(" + _CAPW + r"(?:\s+" + _CAPW + r"){0,2})\s+(?:" + _STATE_ABBR
                                + r")\s+\d{5}\b")
_PLACE_CUE_RE = re.compile(
    r"(?i:\b(?:lives?|living|lived|moved|moving|moves|relocated|relocating|relocate|grew\s+up|raised|"
    r"born|based|located|resides?|residing|stays?|staying|stayed|commutes?|commuting|hometown\s+(?:is|was)|"
    r"works?|working|worked|employed|interns?|interning|volunteers?|volunteering|attends?|attending|"
    r"attended|enrolled|studies|studying|teaches|teaching|goes\s+to|went\s+to|transferred)"
    r"(?:\s+(?:back|here|there|nearby|now|currently|full-time|part-time|nights|days|together|"
    r"as\s+an?\s+[a-z]+))*\s+(?:in|to|from|near|outside(?:\s+of)?|around|at|for|on)?\s*"
    r"(?:the\s+(?:town|city|village|suburb|neighbou?rhood|area|hamlet|borough|county)\s+of\s+)?)"
    r"(?=[" + _UP + r"])"
    r"|(?i:\b(?:is|are|was|were|comes|came|originally|hails|'s|’s)\s+(?:originally\s+)?from\s+)(?=[" + _UP + r"])"
    r"|(?i:\b(?:town|city|village|suburb|hamlet|borough|municipality|neighbou?rhood)\s+of\s+)(?=[" + _UP + r"])"
    r"|(?i:\b(?:downtown|uptown|suburban)\s+)(?=[" + _UP + r"])")

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?")
_TITLE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Mister|Mme|Mlle|Sr|Sra|Srta|Herr|Frau|Rev|Fr|Sgt|Capt|Lt|Officer|"
    r"Detective|Judge|Pastor|Rabbi|Imam|Coach|Auntie|Aunty|Aunt|Uncle|Grandma|Grandpa|Nana|Abuela|Abuelo|"
    r"Tía|Tia|Tío|Tio|Cousin|Brother|Sister|Father|Madam|Madame|Sir)\.?\s+")
_NAMED_RE = re.compile(r"(?i:\b(?:named|called|nicknamed|name\s+is|name's|goes\s+by|known\s+as|aka|"
                       r"a\.k\.a\.|signed\s+by|from\s+dr\.?)\s+)")
_RELATION_RE = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in sorted(N.RELATION_WORDS, key=len, reverse=True))
    + r")s?\s*,?\s+)")
_FAMOUS_MAX = max(len(n.split()) for n in N.FAMOUS_FULL_NAMES)


class _Tok:
    __slots__ = ("start", "end", "word", "low", "cap", "acronym", "poss", "sent", "cued")

    def __init__(self, m: re.Match, text: str):
        w = m.group(0)
        self.start = m.start()
        self.poss = False
        if w.endswith(("'s", "’s")) and len(w) > 2:
            w = w[:-2]
            self.poss = True
        elif w.endswith(("'", "’")):
            w = w[:-1]
            self.poss = True
        self.word = w
        self.end = self.start + len(w)
        self.low = w.lower()
        self.cap = w[:1].isupper()
        self.acronym = len(w) > 1 and (w.isupper() or (len(w) > 2 and w[-1] == "s" and w[:-1].isupper()))
        self.sent = _sentence_start(text, self.start)
        self.cued = False


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘([*_>":
        j -= 1
    if j < 0:
        return True
    return text[j] in ".!?:;\n•…-–—|" or (text[j] == "\r")


# ---------------------------------------------------------------------------
# Candidate collection
# ---------------------------------------------------------------------------
_TRIM = " \t\r\n.,;:!?)]}'\"”’`|("


class _Cands:
    def __init__(self, text: str):
        self.text = text
        self.items: list[tuple[int, int, str, int]] = []

    def add(self, start: int, end: int, category: str, priority: int | None = None) -> None:
        text = self.text
        while start < end and text[start] in " \t\r\n,;:('\"“‘`[":
            if text[start] == "(" and ")" in text[start:end]:
                break
            start += 1
        while end > start and text[end - 1] in _TRIM:
            # keep a closing bracket that belongs to the span, e.g. "(412)"
            if text[end - 1] == ")" and "(" in text[start:end]:
                break
            end -= 1
        if end > start:
            self.items.append((start, end, category, _PRIORITY[category] if priority is None else priority))


def _find_labelled(text: str, c: _Cands) -> None:
    for cat, rx in _LABELLED_RE:
        for m in rx.finditer(text):
            ident = m.group("id").rstrip(".-/ ")
            if _plausible_id(ident):
                c.add(m.start("id"), m.start("id") + len(ident), cat)
    for m in _SSN_RE.finditer(text):
        c.add(m.start(), m.end(), "ssn")
    for m in _VIN_RE.finditer(text):
        c.add(m.start(), m.end(), "vehicle")
    for m in _MAC_RE.finditer(text):
        c.add(m.start(), m.end(), "device")
    for m in _CARD_RE.finditer(text):
        if 13 <= _digits(m.group(0)) <= 19 and _luhn(m.group(0)):
            c.add(m.start(), m.end(), "account")
    for m in _GENERIC_ID_RE.finditer(text):
        s = m.group(0)
        if _YEAR_RANGE.fullmatch(s) or _digits(s) < 5 or (s.replace("-", "").isdigit() and _digits(s) < 6):
            continue
        c.add(m.start(), m.end(), "account", _GENERIC_ID_PRIORITY)


def _find_web(text: str, c: _Cands) -> None:
    if "@" in text:
        for m in _EMAIL_RE.finditer(text):
            c.add(m.start(), m.end(), "email")
        for m in _HANDLE_RE.finditer(text):
            if len(m.group(0)) > 2:
                c.add(m.start(), m.end(), "url")
    if "." in text:
        for m in _URL_RE.finditer(text):
            c.add(m.start(), m.end(), "url")
        for m in _IPV4_RE.finditer(text):
            c.add(m.start(), m.end(), "ip_address")
    if "::" in text or text.count(":") >= 3:
        for m in _IPV6_RE.finditer(text):
            cand = m.group(0)
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            c.add(m.start(), m.end(), "ip_address")


def _phone_category(text: str, start: int) -> str:
    window = text[max(0, start - 40):start]
    return "fax" if _FAX_CUE_RE.search(window) else "phone"


def _find_phones(text: str, c: _Cands) -> None:
    if not _PHONE_HINT.search(text):
        return
    seen: list[tuple[int, int]] = []
    for leniency in (Leniency.POSSIBLE,):
        try:
            for m in PhoneNumberMatcher(text, "US", leniency=leniency):
                seen.append((m.start, m.end))
                c.add(m.start, m.end, _phone_category(text, m.start))
        except Exception:  # pragma: no cover - phonenumbers is robust, but never crash the guard
            pass
    for m in _PHONE_FALLBACK.finditer(text):
        if _digits(m.group(0)) >= 7 and not any(s <= m.start() < e for s, e in seen):
            c.add(m.start(), m.end(), _phone_category(text, m.start()))
    for m in _PHONE_CUE_RE.finditer(text):
        num = m.group("num").rstrip(" .-(")
        if 7 <= _digits(num) <= 15 and not _YEAR_RANGE.fullmatch(num):
            c.add(m.start("num"), m.start("num") + len(num), _phone_category(text, m.start("num")))


def _valid_md(a: int, b: int) -> bool:
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


def _find_dates(text: str, c: _Cands) -> None:
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            d = m.groupdict().get("d")
            if d is not None and not 1 <= int(d) <= 31:
                continue
            c.add(m.start(), m.end(), "date")
    for m in _DATE_NUM_RE.finditer(text):
        if _valid_md(int(m.group("a")), int(m.group("b"))):
            c.add(m.start(), m.end(), "date")
    for m in _DATE_ISO_RE.finditer(text):
        if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            c.add(m.start(), m.end(), "date")
    for m in _DATE_MD_CUE_RE.finditer(text):
        if _valid_md(int(m.group("a")), int(m.group("b"))):
            c.add(m.start("a"), m.end("b"), "date")
    for rx in _AGE_RES:
        for m in rx.finditer(text):
            c.add(m.start(), m.end(), "age_over_89")


def _find_addresses(text: str, c: _Cands) -> None:
    for rx in _STREET_RES:
        for m in rx.finditer(text):
            c.add(m.start(), m.end(), "street_address")
    for m in _NAMED_STREET_RE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower().strip(".,") in (_LEADING_STOP | N.COMMON_WORDS | N.NOT_NAMES):
            words.pop(0)
        if not words or words[0].lower() in _NOT_STREETS:
            continue
        start = m.end() - len(m.group(0)) + m.group(0).index(words[0])
        c.add(start, m.end(), "street_address")
    for rx in _ZIP_RES:
        for m in rx.finditer(text):
            c.add(m.start("z"), m.end("z"), "zip_code")


def _generic_words(words: list[str]) -> bool:
    """True when every word is generic (common word, clinical term, acronym, state...)."""
    for w in words:
        base = w.rstrip(".,").lower()
        base = base[:-2] if base.endswith(("'s", "’s")) else base
        if w.isupper() and len(w) > 1:
            continue
        if base in _GENERIC or base in N.EPONYMS or base in _BIG_PLACES:
            continue
        return False
    return True


def _followed_by_method(text: str, end: int) -> bool:
    """'Gottman method', 'Beck Depression Inventory', 'Columbia protocol'."""
    pos = end
    if text.startswith(("'s", "’s"), pos):
        pos += 2
    elif text.startswith(("'", "’"), pos):
        pos += 1
    for _ in range(4):
        m = _WORD_RE.match(text, pos + 1) if pos < len(text) and text[pos] in " -" else None
        if not m:
            return False
        w = m.group(0).lower().rstrip("'’")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if w in N.METHOD_WORDS:
            return True
        if not m.group(0)[:1].isupper() and w not in ("of", "for", "and", "&"):
            return False
        pos = m.end()
    return False


def _place_phrase(text: str, pos: int) -> tuple[int, int] | None:
    """A capitalised place phrase starting at pos ('Kettering', 'Oak Park', 'St. Louis')."""
    words: list[re.Match] = []
    p = pos
    while len(words) < 5:
        m = _WORD_RE.match(text, p)
        if not m:
            break
        w = m.group(0)
        if w[:1].isupper():
            words.append(m)
        elif words and w.lower() in ("of", "de", "la", "del", "upon", "on", "du", "des", "am", "an", "sur",
                                     "au") and _next_is_cap(text, m.end()):
            words.append(m)
        else:
            break
        p = m.end()
        if text.startswith(". ", p) and w.lower() in ("st", "ft", "mt", "pt"):
            p += 1
        if p < len(text) and text[p] == " " and p + 1 < len(text) and text[p + 1:p + 2].isupper():
            p += 1
            continue
        if p < len(text) and text[p] == " " and _next_word_lower_particle(text, p + 1):
            p += 1
            continue
        break
    while words and not words[-1].group(0)[:1].isupper():
        words.pop()
    if not words:
        return None
    ws = [m.group(0) for m in words]
    first = ws[0].lower().rstrip("'’")
    first = first[:-2] if first.endswith(("'s", "’s")) else first
    phrase = " ".join(w.lower() for w in ws)
    if first in _PLACE_EXCLUDE and not (len(ws) > 1 and not _generic_words(ws[1:])):
        return None
    if phrase in _BIG_PLACES or all(w.isupper() and w.lower() in N.NOT_NAMES for w in ws):
        return None
    if _generic_words(ws) and not any(w.lower() in _CITIES for w in ws):
        return None
    end = words[-1].end()
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
    if _followed_by_method(text, end):
        return None
    return pos, end


def _next_is_cap(text: str, pos: int) -> bool:
    return pos + 1 < len(text) and text[pos] == " " and text[pos + 1].isupper()


def _next_word_lower_particle(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m) and m.group(0).lower() in ("of", "de", "la", "del", "upon", "du", "des", "sur", "au") \
        and _next_is_cap(text, m.end())


def _find_places(text: str, c: _Cands, toks: list[_Tok]) -> None:
    for m in _ORG_RE.finditer(text):
        words = m.group(1).split()
        lead = 0
        while lead < len(words) and (words[lead].lower() in _LEADING_STOP
                                     or (lead == 0 and words[lead].lower() in N.COMMON_WORDS)):
            lead += 1
        words = words[lead:]
        if not words:
            continue
        if not _LEGAL_SUFFIX.search(m.group(0)) and _generic_words(words):
            continue
        start = m.start(1) + m.group(1).index(words[0])
        c.add(start, m.end(), "place", 50)
    for m in _COUNTY_RE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _LEADING_STOP | N.COMMON_WORDS - {"orange", "lake", "king"}:
            words.pop(0)
        if words:
            c.add(m.start(1) + m.group(1).index(words[0]), m.end(), "place", 50)
    for m in _CITY_MULTI_RE.finditer(text):
        if m.group(0)[:1].isupper() and not _followed_by_method(text, m.end()):
            c.add(m.start(), m.end(), "place")
    for rx in (_CITY_STATE_RE, _CITY_STATE_ZIP_RE):
        for m in rx.finditer(text):
            span = _place_phrase(text, m.start(1))
            if span:
                c.add(span[0], min(span[1], m.end(1)), "place")
    for m in _PLACE_CUE_RE.finditer(text):
        span = _place_phrase(text, m.end())
        if span:
            c.add(span[0], span[1], "place")
    for t in toks:
        if (t.cap and not t.acronym and t.low in _CITIES_1 and t.low not in N.CUE_ONLY_PLACES
                and t.low not in N.NOT_NAMES and not _followed_by_method(text, t.end)):
            c.add(t.start, t.end, "place", 42)


def _find_names(text: str, c: _Cands, toks: list[_Tok]) -> None:
    if not toks:
        return
    by_start = {t.start: i for i, t in enumerate(toks)}
    cue_strength: dict[int, int] = {}  # token index -> 2 (title/named) or 1 (relation)
    for rx, strength in ((_TITLE_RE, 2), (_NAMED_RE, 2), (_RELATION_RE, 1)):
        for m in rx.finditer(text):
            i = by_start.get(m.end())
            if i is not None:
                cue_strength[i] = max(cue_strength.get(i, 0), strength)

    n = len(toks)
    flag = [False] * n

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
        if low in _GENERIC or low in _BIG_PLACES:
            return "never"
        if "-" in low:
            head = low.split("-", 1)[0]
            if head in ("al", "el", "abu", "bin", "ben", "ould", "ibn", "abd"):
                return "known" if t.cap else "unknown"
            parts = low.split("-")
            if all(p in _GENERIC for p in parts):
                return "never"
            if any(p in _KNOWN for p in parts) and t.cap:
                return "known"
        return "unknown"

    kinds = [kind(t) for t in toks]

    # Chains of capitalised tokens separated by a single space (or particles).
    chains: list[list[int]] = []
    i = 0
    while i < n:
        t = toks[i]
        if not t.cap or kinds[i] == "never":
            i += 1
            continue
        chain = [i]
        j = i
        while j + 1 < n and not toks[j].poss:
            gap = text[toks[j].end:toks[j + 1].start]
            nxt = toks[j + 1]
            if gap == " " and nxt.cap and kinds[j + 1] != "never":
                chain.append(j + 1)
                j += 1
                continue
            # particles: "Maria de la Cruz", "Bessel van der Kolk"
            k = j + 1
            while k < n and toks[k].low in _PARTICLES and not toks[k].cap and k - j <= 3 \
                    and text[toks[k - 1].end:toks[k].start] == " ":
                k += 1
            if k > j + 1 and k < n and toks[k].cap and kinds[k] != "never" \
                    and text[toks[k - 1].end:toks[k].start] == " ":
                chain.extend(range(j + 1, k + 1))
                j = k
                continue
            break
        chains.append(chain)
        i = j + 1

    for chain in chains:
        caps = [k for k in chain if toks[k].cap]
        words = [toks[k].low for k in chain]
        if len(caps) >= 2:
            joined = " ".join(words)
            if joined in N.FAMOUS_FULL_NAMES or any(
                    " ".join(words[a:b]) in N.FAMOUS_FULL_NAMES
                    for a in range(len(words)) for b in range(a + 2, min(len(words), a + _FAMOUS_MAX) + 1)):
                continue
        first = chain[0]
        last = chain[-1]
        ks = [kinds[k] for k in caps]
        strength = cue_strength.get(first, 0)
        method = _followed_by_method(text, toks[last].end)
        t0 = toks[first]
        prev_word = _prev_word(text, t0.start)
        after_det = prev_word in _DETERMINERS
        nxt = _next_word(text, toks[last].end if not toks[last].poss else toks[last].end + 2)
        strong_verb = nxt in _STRONG_VERBS
        any_verb = nxt in N.PERSON_VERBS
        poss_rel = toks[last].poss and _next_word(text, toks[last].end + 2) in _POSSESSED

        ok = False
        if method and strength < 2:
            ok = False
        elif strength:
            ok = not (method and all(kinds[k] == "cue_only" for k in caps))
        elif "known" in ks:
            ok = not method
        elif len(caps) >= 2 and ("wordlike" in ks) and all(k in ("wordlike", "unknown") for k in ks) \
                and not t0.sent:
            ok = not after_det
        elif len(caps) == 1:
            k = ks[0]
            if k == "wordlike":
                ok = (not t0.sent and not after_det) or strong_verb or poss_rel
            elif k == "unknown":
                ok = not after_det and (strong_verb or poss_rel or (any_verb and not t0.sent))
            elif k == "cue_only":
                ok = t0.low in N.EPONYMS and strong_verb and not t0.sent
        elif len(caps) >= 2 and not after_det:
            # Two or more unknown capitalised words followed by a person verb: "Thandeka Mthembu said"
            ok = all(k in ("unknown", "wordlike", "cue_only") for k in ks) and strong_verb \
                and any(k == "unknown" for k in ks)
        if ok:
            for k in chain:
                if toks[k].cap:
                    flag[k] = True

    # Lower-case given names after a strong cue: "client maria said"
    for i, s in cue_strength.items():
        t = toks[i]
        if not t.cap and t.low in _KNOWN and t.low in N.GIVEN_NAMES:
            flag[i] = True

    # Coordination: "Tomasz and Agnieszka", "Kwame, Ama and Kofi"
    for _ in range(2):
        for i in range(n):
            if flag[i]:
                continue
            t = toks[i]
            if not t.cap or kinds[i] in ("never",) or (kinds[i] == "cue_only" and t.low not in N.EPONYMS):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < n and flag[j]:
                    a, b = (toks[j], t) if j < i else (t, toks[j])
                    gap = text[a.end + (2 if a.poss else 0):b.start].strip().lower()
                    if gap in ("and", "&", ",", "or", "/"):
                        if t.sent and kinds[i] != "known" and gap != ",":
                            continue
                        flag[i] = True
                        break

    # Emit spans, merging consecutive flagged tokens of one name.
    i = 0
    while i < n:
        if not flag[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and (flag[j + 1] or (toks[j + 1].low in _PARTICLES and j + 2 < n and flag[j + 2])) \
                and not toks[j].poss and text[toks[j].end:toks[j + 1].start] == " ":
            j += 1
        c.add(toks[i].start, toks[j].end, "name")
        i = j + 1


_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[^\w]*$")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m and text[m.end(1):pos].strip() == "" else ""


def _next_word(text: str, pos: int) -> str:
    m = _WORD_RE.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
    return m.group(0).lower() if m else ""


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
def _resolve(items: list[tuple[int, int, str, int]]) -> list[Finding]:
    """Keep non-overlapping spans, preferring higher priority, then longer spans."""
    items = sorted(set(items), key=lambda x: (-x[3], -(x[1] - x[0]), x[0]))
    taken: list[tuple[int, int]] = []
    kept: list[tuple[int, int, str]] = []
    for start, end, cat, _prio in items:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append((start, end, cat))
    kept.sort()
    return [Finding(cat, s, e, REASONS[cat]) for s, e, cat in kept]


def check_text(text: str) -> list[Finding]:
    """Find possible client identifiers in ``text``; sorted by start, non-overlapping."""
    if not text or not text.strip():
        return []
    c = _Cands(text)
    has_digit = any(ch.isdigit() for ch in text)
    if has_digit:
        _find_labelled(text, c)
        _find_phones(text, c)
        _find_dates(text, c)
    else:  # only the spelled-out age patterns can match without digits
        for rx in _AGE_RES[4:]:
            for m in rx.finditer(text):
                c.add(m.start(), m.end(), "age_over_89")
    _find_web(text, c)
    _find_addresses(text, c)
    toks = [_Tok(m, text) for m in _WORD_RE.finditer(text)]
    _find_places(text, c, toks)
    _find_names(text, c, toks)
    return _resolve(c.items)


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

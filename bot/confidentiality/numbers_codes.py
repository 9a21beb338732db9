"""Numbers and codes: labelled IDs (MRN, member, policy, account, licence, plate, serial...), SSNs,
VINs, MAC addresses, card numbers and unlabelled long IDs."""
from __future__ import annotations

import bisect
import re

from .base import D5, GENERIC_ID_PRIORITY, UP, YEAR_RANGE, Ctx, Tok, digits, merge_windows
from .lexicon import geo_cities, zipf

# ---------------------------------------------------------------------------
# Labelled numbers: cue word + identifier
# ---------------------------------------------------------------------------
_FILLER = (r"(?:\s*(?:[:#=(,]|(?i:is|was|of|number|no\.|no|num\.?|nr\.?|id|ending\s+in|ending|"
           r"ends\s+in|code)(?![A-Za-z])\.?))*\s*")
# (round 35: also two groups of letters before the digits, and letters with diacritics - "MFI-KPM-77410",
# "LZB-ZĀ-4417")
_ID = (r"(?P<id>(?:[A-Z]{1,4}[ -]?|[A-ZÀ-ÖØ-ÞĀ-Ž]{1,5}-[A-ZÀ-ÖØ-ÞĀ-Ž]{1,5}[- ]|[A-Z]{2,4} [A-Z]{2,4} (?=\d)|"
       r"[A-Z]{1,5}-[A-Z]{1,5}-[A-Z]{1,5}[- ](?=\d))?[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-./][A-Za-z0-9]+)*"
       r"(?:\s\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3})(?![A-Za-z0-9])")
# (category, lower-case prefilter keywords, case-sensitive prefilter keywords, cue pattern)
_LABELLED: list[tuple[str, tuple[str, ...], tuple[str, ...], str]] = [
    # (round 34: a national identity number by its label, whatever the country's shape - "NIN CM89041102XKPL")
    ("ssn", ("ssn", "ss#", "ss #", "social", "insurance number", "itin", "national id"), ("SIN", "TIN", "NI ", "NINO",
                                                                                          "NIN", "NID"),
     r"(?i:ssn|ss\s*#|social\s+security(?:\s+(?:number|no|#|card))?|social\s+insurance(?:\s+number)?|"
     r"national\s+insurance(?:\s+number)?|itin|national\s+id(?:entity|entification)?(?:\s+(?:card|number|no|#))?)|"
     r"SIN|TIN|NI\s+number|NINO|NIN|NID"),
    ("medical_record", ("mrn", "mr#", "mr ", "record", "med rec", "chart", "patient", "pt ", "hospital",
                        "case", "encounter", "file", "uhid", "akte", "kórlap", "povijest", "expediente", "prontu",
                        "cartella", "historia cl", "karta pacj"), ("HN",),
     r"(?i:mrn|mr\s*#|uhid|medical\s+record(?:\s+number)?|med\s+rec|record|chart|patient\s+(?:id|number|#)|"
     r"pt\s+(?:id|#)|hospital\s+(?:id|number)|case\s+(?:number|id|#)|encounter(?:\s+(?:id|number))?|"
     r"file\s+(?:number|no)|file(?=\s+(?-i:[A-Z]{2,5}-[A-Z]{2,4}\s\d))|"  # (round 37: "file CURE-MRD 4418")
     r"file(?=\s+(?-i:[A-Z]{2,5})\s\d{4}-\d)|"  # (round 42: "hospital file CWMH 2025-18830")
     # (round 43) a patient's file in the languages of Europe's and Latin America's clinics: "Akte FG-PSY 2207/418",
     # "kórlap OZD-4418/26", "povijest bolesti LS-22074", "expediente HC-44182", "prontuário 2207-4"
     r"(?:patienten)?akte|kórlap|povijest(?:\s+bolesti)?|expediente(?:\s+cl[ií]nico)?|prontu[áa]rio|"
     r"cartella(?:\s+clinica)?|historia\s+cl[ií]nica|karta\s+pacjenta)|"
     r"HN"),  # (round 54: a Thai hospital number, "Siriraj HN 2267-051/63")
    ("health_plan", ("member", "subscriber", "policy", "group", "insurance", "plan", "medicaid",
                     "medicare", "medi-cal", "beneficiary", "health", "nhs", "medical card", "benefit", "gms",
                     "ohip", "ramq", "ahcip", "phin", "care card", "carecard", "bhyt"), ("MBI", "MSP", "PHN", "HSN"),
     r"(?i:member(?:ship)?\s*(?:card\s*)?(?:id|number|no|#)?|subscriber(?:\s*(?:id|number|no|#))?|"
     r"policy(?:\s*holder)?(?:\s*(?:id|number|no|#))?|group\s*(?:id|number|no|#)|"
     r"insurance\s*(?:id|number|no|#|card)|plan\s*(?:id|number|#)|medicaid(?:\s*(?:id|number|no|#|card))?|"
     r"medicare(?:\s*(?:id|number|no|#|card))?|medi-cal(?:\s*(?:id|number|no|#))?|"
     r"beneficiary\s*(?:id|number|#)|health\s*(?:plan|card|insurance)\s*(?:id|number|no|#)?|"
     r"nhs\s*(?:number|no)|(?:medical|benefits?|gms|medicare)\s+card(?:\s*(?:number|no|#))?|"
     r"(?:ohip|ramq|ahcip|phin|manitoba\s+health|care\s*card|bc\s+services\s+card)(?:\s*(?:card|id|number|no|#))?)|"
     r"MBI|MSP|PHN|HSN|BHYT"),  # (round 42: Vietnam's health insurance card, "BHYT DN4797927461008")
    # (round 35: a loan by its own label - "microfinance loan MFI-KPM-77410", "loan ref 4471..."; not its amount, "her
    # student loan is 38500")
    ("account", ("account", "acct", "a/c", "routing", "card", "iban", "sort code", "badge", "employee", "student", "inmate", "booking", "claim", "docket", "reference", "ref", "confirmation", "case", "ticket", "#", "loan", "momo", "m-pesa", "mpesa", "mobile money",
                "airtel money", "mobilepay", "vipps", "swish", "venmo", "zelle", "cash app", "cashapp", "revolut",
                "bkash", "ecocash", "gcash", "paynow", "payid", "twint", "bizum", "blik", "pix"), ("ID",),
     r"(?i:(?:(?:bank|checking|savings|credit\s+card|debit\s+card|credit\s+union|paypal|venmo|loan)\s+)?"
     r"(?:account|acct\.?|a/c)(?:\s*(?:number|no|num|#))?|routing(?:\s*(?:number|no|#))?|"
     r"(?:micro(?:finance|credit)\s+|payday\s+|student\s+)?loan(?:\s*(?:number|no|ref|#|id)|(?=\s+(?-i:[A-Z]{2})))|"
     r"card\s*(?:number|no|#)|iban|sort\s+code|badge|employee\s*(?:id|number|no|#)|student\s*(?:id|number|no|#)|"
     r"inmate|booking|claim|docket|reference|ref\.?|confirmation|case|ticket|#|"
     r"(?:mtn\s+)?momo|m-?pesa|mobile\s+money|airtel\s+money|"
     # (round 49) a payment app's number: "MobilePay 28 44 17 93", "Swish 070 441 82 19", "Pix 11 98844-1723"
     r"mobilepay|vipps|swish|venmo|zelle|cash\s?app|revolut|bkash|ecocash|gcash|paynow|payid|twint|bizum|blik|pix)|ID"),
     # (round 40: "MTN MoMo 6 77 44 71 92")
    # (round 36: a pilot's licence, "ATPL GCAA ATPL 1127")
    ("licence", ("licen", "lic.", "permit", "passport", "certificat", "credential", "bar ", "npi", "dea", "state id",
                 "id card", "atpl", "cpl"), ("DL", "D.L."),
     r"(?i:(?:driver'?s?|driving|nursing|medical|professional)\s+licen[cs]e|"
     # (round 43) a licence for a trade, then its code of two letter groups: "licence as mountain guide GA-TN 0318",
     # "licence to fish mussels MOS-ZL 2207"
     r"licen[cs]e\s+(?:as|to|for)(?:\s+[a-z]+){1,3}(?=\s+(?-i:[A-Z]{2,3}-[A-Z]{2,3})\s\d)|"
     r"licen[cs]e(?!\s+plate)|atpl|cpl|"
     r"lic\.|permit|passport|certificat(?:e|ion)|credential|bar\s+(?:number|no|#)|npi|dea|state\s+id|id\s+card)|DL|D\.L\."),
    ("vehicle", ("plate", "registration", "reg.", "rego", "vin", "vehicle", "tag", "skiff", "boat", "vessel", "dinghy",
                 "kayak", "canoe", "patente", "rendsz", "tablice", "targa", "kenteken"), (),
     r"(?i:licen[cs]e\s+plate|number\s+plate|plate|registration|rego|reg\.|vin|vehicle\s*(?:id|number)|"
     r"patente|rendsz[áa]m|tablice|targa|kenteken|"  # (round 43: a plate in Spanish, Hungarian, Croatian, Italian, Dutch)
     r"vehicle(?=\s+(?-i:[A-Z]{2,5})\s?\d)|"  # (round 39: "vehicle PRCS 4-417")
     r"(?:skiff|boat|vessel|dinghy|kayak|canoe)(?=\s+\(?(?-i:[A-Z]{2})\s?\d{3,4}\s?(?-i:[A-Z]{1,2})\b)|"  # (round 40:
     # a boat's state number, "skiff (AK 4471 AD)")
     r"tag\s*(?:number|no|#)|tags)"),
    # (round 36: "udid", a disability card's number in India as much as a device's)
    ("device", ("serial", "s/n", "device", "imei", "meid", "udi", "model", "asset tag", "pump"), ("SN",),
     r"(?i:serial(?:\s*(?:number|no|#))?|s/n|device\s*(?:id|number|serial|#)|imei|meid|udid|udi|"
     r"model\s*(?:number|no|#)|asset\s*tag|pump\s*(?:id|serial))|SN"),
]
_LABELLED_RE = [
    (cat, low_kw, cs_kw, re.compile(r"(?<![A-Za-z0-9])(?:" + cue + r")(?:(?<=[#.:/])|(?![A-Za-z]))(?:(?<=[oOmMrR])\.)?" + _FILLER + _ID))
    for cat, low_kw, cs_kw, cue in _LABELLED
]
# A few words between the label and "is <id>": "chart no. at the county is 2026-88417", "policy number on
# the new card is W4471-0932".  Only the categories whose labels are nouns for a number.
_GAP_WORDS = r"(?:\s*(?:no\.|number|num|#|id)(?![A-Za-z]))?(?:\s+(?!is\b|was\b)[A-Za-z][A-Za-z'’]*){1,4}?\s+(?:is|was)\s*[:#]?\s*"
_GAP_CATS = ("ssn", "medical_record", "health_plan", "licence")
_LABELLED_GAP_RE = [
    (cat, low_kw, cs_kw, re.compile(r"(?<![A-Za-z0-9])(?:" + cue + r")(?:(?<=[#.:/])|(?![A-Za-z]))(?:(?<=[oOmMrR])\.)?"
                                    + _GAP_WORDS + _ID))
    for cat, low_kw, cs_kw, cue in _LABELLED if cat in _GAP_CATS
]
_IS_ID_HINT = re.compile(r"\b(?:is|was)\s*[:#]?\s*(?:[A-Z]{1,4}[ -]?)?[A-Za-z0-9]*\d")
_DOTTED_DATE = re.compile(r"\d{1,4}[.-]\d{1,2}[.-]\d{1,4}")
_UNIT_AFTER = re.compile(r"\s*(?:%|mg|mcg|ml|kg|lbs?|calories|steps|hours|hrs|minutes|mins|dollars|people|sessions|"
                         r"miles|feet|words|times|points|days|weeks|months|years|cases|patients|clients|deaths|visits|calls)\b", re.I)
_VANITY_PLATE_RE = re.compile(r"(?i:\b(?:plate|tag)s?\s+(?:reading|reads|that\s+reads|saying|says|"
                              r"that\s+says)\s*[:\"'“]?\s*)(?P<id>[A-Z0-9][A-Z0-9 -]{1,7}[A-Z0-9])(?![A-Za-z0-9])")
_YEARISH = re.compile(r"(?:19|20)\d\d")
# (The patterns below start with a character and check what stands before it behind it, "\d(?<![\d-]\d)" for
# "(?<![\d-])\d": the same matches, but the regex engine can skip ahead to the first character - 2-3x faster.)
_SSN_RE = re.compile(r"\d(?<![\d-]\d)\d\d-\d{2}-\d{4}(?![\d-])")
_VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-HJ-NPR-Z0-9])[A-HJ-NPR-Z0-9]{16}(?![A-Za-z0-9])")
_MAC_RE = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
_CARD_RE = re.compile(r"\d(?<![\d-]\d)\d\d\d(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])")
_D4 = re.compile(r"\d\d\d\d")


def _plausible_id(s: str) -> bool:
    if digits(s) < 3:
        return False
    if s.isdigit() and (len(s) < 4 or _YEARISH.fullmatch(s)):
        return False
    return True


_RANGE_RE = re.compile(r"(\d{1,5})-(\d{1,5})")


def _is_range(s: str) -> bool:
    """'400-1200' (calories, steps, mg): two numbers, the second larger, not an ID."""
    m = _RANGE_RE.fullmatch(s)
    if not m or m.group(1).startswith("0"):
        return False
    a, b = int(m.group(1)), int(m.group(2))
    # (a range ends in a round number or within 20 times its start: "2026-88417", a year-prefixed ID, is none)
    return a < b and (b <= 20 * a or b % 100 == 0)


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



# Every cue of _LABELLED holds one of its category's keywords, at most ~25 characters after the cue's
# start: find the keywords with one scan, then try each category's pattern only just before them.
def _keyword_alternation(words: set[str]) -> str:
    """The words as one alternation, longest first, grouped by their first character: "m(?:edicare|rn)|s(?:ort
    code|sn)|...".  The same matches as the flat list, but the engine tests each position against one branch per
    first character instead of one per word (~3x faster on these ~85 keywords)."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w)
    return "|".join(re.escape(c) + "(?:" + "|".join(re.escape(w[1:]) for w in ws) + ")" for c, ws in groups.items())


_KW_LOW_RE = re.compile(_keyword_alternation({k for _c, low, _cs, _r in _LABELLED for k in low}))
_KW_CS_RE = re.compile("|".join(sorted({re.escape(k) for _c, _l, cs, _r in _LABELLED for k in cs},
                                       key=len, reverse=True)))
_KW_CATS_LOW: dict[str, list[int]] = {}
_KW_CATS_CS: dict[str, list[int]] = {}
for _n, (_c, _low, _cs, _r) in enumerate(_LABELLED):
    for _k in _low:
        _KW_CATS_LOW.setdefault(_k, []).append(_n)
    for _k in _cs:
        _KW_CATS_CS.setdefault(_k, []).append(_n)
# a keyword found also stands for the shorter keywords it starts with ("insurance number": "insurance")
_PREFIX_CATS_LOW = {k: sorted({c for k2, cs in _KW_CATS_LOW.items() if k.startswith(k2) for c in cs})
                    for k in _KW_CATS_LOW}
_PREFIX_CATS_CS = {k: sorted({c for k2, cs in _KW_CATS_CS.items() if k.startswith(k2) for c in cs})
                   for k in _KW_CATS_CS}
_CUE_LOOKBACK = 30


def _kw_hits(text: str, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(position, category index) of every keyword in text[lo:hi], keywords overlapping allowed."""
    hits: list[tuple[int, int]] = []
    pos = lo
    while True:
        m = _KW_LOW_RE.search(low, pos, hi)
        if not m:
            break
        hits.extend((m.start(), c) for c in _PREFIX_CATS_LOW[m.group()])
        pos = m.start() + 1
    pos = lo
    while True:
        m = _KW_CS_RE.search(text, pos, hi)
        if not m:
            break
        hits.extend((m.start(), c) for c in _PREFIX_CATS_CS[m.group()])
        pos = m.start() + 1
    return hits


def _find_labelled(ctx: Ctx) -> None:
    text, low = ctx.text, ctx.low
    for lo, hi in ctx.num_windows():
        done: set[tuple[int, int]] = set()  # (category, match start) already taken
        tried: dict[int, int] = {}  # category -> the position its scan has reached
        for p, c in sorted(set(_kw_hits(text, low, lo, hi))):
            cat, rx = _LABELLED_RE[c][0], _LABELLED_RE[c][3]
            start = max(lo, p - _CUE_LOOKBACK, tried.get(c, lo))
            for m in rx.finditer(text, start, hi):
                if m.start() > p:
                    break
                tried[c] = m.start() + 1
                if (c, m.start()) in done:
                    continue
                done.add((c, m.start()))
                ident = m.group("id").rstrip(".-/ ")
                if _plausible_id(ident):
                    ctx.add(m.start("id"), m.start("id") + len(ident), cat)
    if "is" in ctx.lows or "was" in ctx.lows:
        for lo, hi in ctx.num_windows():
            h = _IS_ID_HINT.search(text, lo, hi)
            if h is None:
                continue
            seg, cs_seg = low[max(lo, h.start() - 60):h.start()], text[max(lo, h.start() - 60):h.start()]
            for cat, low_kw, cs_kw, rx in _LABELLED_GAP_RE:
                if not any(k in seg for k in low_kw) and not any(k in cs_seg for k in cs_kw):
                    continue
                for m in rx.finditer(text, max(lo, h.start() - 60), hi):
                    ident = m.group("id").rstrip(".-/ ")
                    n = digits(ident)
                    if "/" in ident or _DOTTED_DATE.fullmatch(ident):
                        continue  # "the dob on the chart is 3/22/1984": a date (dates_ages.py)
                    if n >= 5 and (not ident.isdigit() or n >= 6) and not _is_range(ident) \
                            and not YEAR_RANGE.fullmatch(ident) and not _UNIT_AFTER.match(text, m.end("id")):
                        ctx.add(m.start("id"), m.start("id") + len(ident), cat)
    # The patterns below all hold a run of 3+ digits: scan only the stretches around those.
    windows = ctx.num_windows()
    dash = "-" in text
    d4 = _D4.search(text) is not None
    for lo, hi in windows:
        if dash:
            for m in _SSN_RE.finditer(text, lo, hi):
                ctx.add(m.start(), m.end(), "ssn")
        for m in _VIN_RE.finditer(text, lo, hi):
            s = m.group(0)
            if not s.isdigit() and not s.isalpha():
                ctx.add(m.start(), m.end(), "vehicle")
        if d4:
            for m in _CARD_RE.finditer(text, lo, hi):
                if 13 <= digits(m.group(0)) <= 19 and _luhn(m.group(0)):
                    ctx.add(m.start(), m.end(), "account")
        # (unlabelled long numbers and codes: the catch-all pass, _find_catch_all, below)
    if text.count(":") >= 5 or text.count("-") >= 5:
        for m in _MAC_RE.finditer(text):
            ctx.add(m.start(), m.end(), "device")


# IBAN: country code, two check digits, then up to 30 letters and digits, often in groups of four.
_IBAN_RE = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")


# (round 29) or after the words for a bank account: "his bank account IE64 BOFI ..." - a mistyped IBAN of a client's
# account still names it; a made-up example is not written after "account".
_IBAN_CUE_RE = re.compile(r"\b(?:iban|(?:bank\s+)?account|acct|a/c)\s*(?:no\.?|number|#|:|details)?\s*$")


def _iban_ok(s: str) -> bool:
    """ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    s = s.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


# (round 34) The length of each country's IBAN (ISO 13616 registry): one of this length is a bank account however
# it is introduced ("Revolut IE29 REVO 9903 ..."), even when a digit was mistyped and the check fails.
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}


# ... unless the text says it is an example or not a real one: "the 2 invalid examples FR14 2004 ... fail the IBAN
# check", "FR14 ... is not a valid IBAN".
_EXAMPLE_NEAR_RE = re.compile(r"(?i)\b(?:examples?|e\.g\.|invalid|not\s+(?:a\s+)?valid|sample|dummy|fake|made[- ]up)\b")


def _iban_shaped(text: str, start: int, end: int) -> bool:
    compact = text[start:end].replace(" ", "")
    return _IBAN_LENGTHS.get(compact[:2]) == len(compact) \
        and _EXAMPLE_NEAR_RE.search(text, max(0, start - 60), min(len(text), end + 60)) is None


def _find_ibans(ctx: Ctx) -> None:
    for m in _IBAN_RE.finditer(ctx.text):
        if _iban_ok(m.group(0)) or _IBAN_CUE_RE.search(ctx.low, max(0, m.start() - 24), m.start()) \
                or _iban_shaped(ctx.text, m.start(), m.end()):
            ctx.add(m.start(), m.end(), "account")  # (after "IBAN" even when its check digits are wrong)


_VEHICLE_RE = next(rx for cat, _l, _c, rx in _LABELLED_RE if cat == "vehicle")
_VEHICLE_KW = next(low for cat, low, _c, _rx in _LABELLED_RE if cat == "vehicle")


def _find_short_plates(ctx: Ctx) -> None:
    """Plates with only two digits ('rego YQT-88K', 'plate AB 12 XYZ'): outside the 3-digit windows."""
    low = ctx.low
    if not any(k in low for k in _VEHICLE_KW):
        return
    for m in _VEHICLE_RE.finditer(ctx.text):
        ident = m.group("id").rstrip(".-/ ")
        letters = sum(map(str.isalpha, ident))
        if digits(ident) >= 2 and letters >= 2 and len(ident.replace(" ", "").replace("-", "")) >= 5:
            ctx.add(m.start("id"), m.start("id") + len(ident), "vehicle")


# A plate right after its cue word, with or without "is" / "#" / ":": "tag HVN-4471", "qld rego 418 HWK",
# "plate: 7ABC123".  4-8 capital letters and digits with both, split by at most one space or dash.
_PLATE_CUE_RE = re.compile(r"(?<![A-Za-z0-9])(?i:licen[cs]e\s+plates?|number\s+plates?|plates?|tags?|rego|registration|reg)"
                           r"(?:\.(?=\s))?(?:\s*(?:[:#]|(?i:is|was|no\.?|number|num)(?![A-Za-z])))*\s*"
                           # (a vanity plate may come in quotes: 'number plate "FRANKY1"')
                           # (round 48) after the code of the state or country that issued it: "plate NSW EQX-41K"
                           r"[\"“'‘]?(?P<id>(?P<issuer>[A-Z]{2,3}\s(?=[A-Z0-9]{2,4}[ -][A-Z0-9]{2,4}(?![A-Za-z0-9])))?"
                           # (round 54: or a middle dot between the groups, as Chile writes them - "KLRT·47")
                           r"[A-Z0-9]{1,7}(?:[ ·-][A-Z0-9]{1,7})?)(?![A-Za-z0-9]|[-.,/:]\d)")
_PLATE_CUE_WORDS = frozenset("plate plates tag tags rego registration reg".split())
_NOT_PLATE_RE = re.compile(r"\d+\s?(?:AM|PM|MG|ML|KG|LBS?|MM|CM|HRS?|ST|ND|RD|TH|AD|BC|X|K|M|MB|GB|D|W|Y|YR|YRS)"
                           r"|\d+\s?(?:USD|AUD|NZD|CAD|EUR|GBP|EUR|INR|MXN|JPY|CHF|SEK|NOK|DKK|ZAR)"
                           r"|[A-Z]+[ -]?\d{1,2}|(?:19|20)\d\d", re.I)


def _find_cued_plates(ctx: Ctx) -> None:
    if ctx.lows.isdisjoint(_PLATE_CUE_WORDS):
        return
    for m in _PLATE_CUE_RE.finditer(ctx.text):
        ident = m.group("id")
        core = ident[len(m.group("issuer") or ""):].replace(" ", "").replace("-", "").replace("·", "")
        quoted = ctx.text[m.start("id") - 1:m.start("id")] in "\"“'‘" and ctx.text[m.end("id"):m.end("id") + 1] in "\"”'’"
        if not 4 <= len(core) <= 8 or core.isdigit() or core.isalpha() or (
                _NOT_PLATE_RE.fullmatch(ident) and not quoted):
            continue
        ctx.add(m.start("id"), m.end("id"), "vehicle")
    # ... or anywhere in a text about a plate, a plate shaped in three dashed groups of letters and digits:
    # "my client's licence plate is on a viral video ... 55-KRT-7 in the video".
    for m in _DASHED_PLATE_RE.finditer(ctx.text) if not ctx.lows.isdisjoint(_PLATE_TOPIC_WORDS) else ():
        core = m.group(0).replace("-", "")
        if any(c.isdigit() for c in core) and any(c.isalpha() for c in core):
            ctx.add(m.start(), m.end(), "vehicle")


_DASHED_PLATE_RE = re.compile(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z]{2,4}-[A-Z0-9]{1,3}(?![\w-])")
_PLATE_TOPIC_WORDS = frozenset("plate plates rego reg registration car vehicle van truck ute motorbike".split())

# A plate in a sentence about a vehicle, in the shapes of other countries' plates: "Rig has the MT-55-TK-18
# plate", "had his car 5518 LKB towed", "the boat (FH 558 on the bow)".  Letters and digits both, 5-10 of them.
_VEHICLE_WORDS = frozenset("""car cars car's boat boats bow hull truck trucks truck's rig lorry van van's vans ute moped
scooter motorbike motorcycle bike vehicle vehicles trailer taxi cab camper campervan caravan jeep suv pickup
plate plates rego reg registration towed parked bus minibus coach quad tractor
kennzeichen nummernschild matrícula matricula placa placas targa immatriculation kenteken nummerplaat
registreringsnummer rekisterinumero sedan hatchback coupe minivan
kombi bajaji matatu boda tuk-tuk tuktuk rickshaw jeepney tricycle pmv louage microbus
vw volkswagen fiat toyota honda nissan hyundai kia mazda subaru bmw audi mercedes peugeot renault citroen citroën
opel skoda škoda dacia volvo suzuki mitsubishi tata mahindra lada chevrolet chevy isuzu
taksi taxis moto-taxi mototaxi songthaew trotro tro-tro bakkie okada keke autorickshaw colectivo""".split())  # (round 41: the
# vehicles of other countries and the makers' names - "kombi AFB 4418", "VW Golf B-JO 4412", "Fiat Panda FT 418 XK")
_FOREIGN_PLATE_RE = re.compile(r"(?<![\w-])(?:[A-Z0-9]{1,3}(?:-[A-Z0-9]{1,4}){2,3}|[A-Z]{1,3} \d{3,4}(?: [A-Z]{1,3})?"
                               r"|\d{3,4} [A-Z]{2,3}|[A-Z]{2,3} \d{2} [A-Z]{2,3}"
                               # round 23: a German plate ("M-KL 4471"), a US state's letters before the plate
                               # ("WV 3KG 448"), a plate of a digit, letters and digits ("3KG 448")
                               r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?|(?:[A-Z]{2} )?\d[A-Z]{2,3} \d{3,4}"
                               # round 26: four letters and three digits, maybe after the province ("ONT BTRK 582")
                               r"|(?:[A-Z]{2,3} )?[A-Z]{4} \d{3}"
                               r"|[A-Z]{2} \d{2} \d{3}"  # (round 41: Danish and Faroese, "AB 41 738")
                               # round 50: a Turkish plate ("34 KLM 471"), a West Australian one ("1GHK 471")
                               r"|\d{2} [A-Z]{1,3} \d{2,4}|\d[A-Z]{3} \d{3}"
                               # round 51: Victorian ("1XK 7RT"), Polish ("KR 4L187"), Québec ("QC F44 KLM") and
                               # Chilean ("HK·LT·44") shapes
                               r"|\d[A-Z]{2} \d[A-Z]{2}|[A-Z]{2,3} \d[A-Z0-9]{3,4}|(?:[A-Z]{2} )?[A-Z]\d{2} [A-Z]{3}"
                               r"|[A-Z]{2}·[A-Z]{2}·\d{2})(?![\w-])")


_SENTENCE_END_RE = re.compile(r"(?<!\bno)(?<!\bnr)(?<!\breg)[.!?]\s|\n", re.I)  # (not "bus no. BUS 55 MN")


def _find_plates_beside_vehicles(ctx: Ctx) -> None:
    if ctx.lows.isdisjoint(_VEHICLE_WORDS):
        return
    text = ctx.text
    for m in _FOREIGN_PLATE_RE.finditer(text):
        core = m.group(0).replace(" ", "").replace("-", "")
        if not 5 <= len(core) <= 10 or sum(c.isdigit() for c in core) < 2 or sum(c.isalpha() for c in core) < 2 \
                or _NOT_PLATE_RE.fullmatch(m.group(0)) or _YEARISH.fullmatch(core[-4:]) and " " in m.group(0):
            continue
        lo = max(0, m.start() - 60)
        before = text[lo:m.start()]
        cut = max((b.end() for b in _SENTENCE_END_RE.finditer(before)), default=0)
        window = (before[cut:] + text[m.end():m.end() + 40].split(". ")[0]).lower()
        if any(w.strip(".,;:()'\"") in _VEHICLE_WORDS for w in window.split()):
            ctx.add(m.start(), m.end(), "vehicle")


# Rural routes, highway contracts and boxes (street_address): "RR 3, Box 19", "Rural Route 2 Box 114",
# "R.R. #1", "HC 61 Box 12".  A bare "RR 18" is a respiratory rate and "HC 61" a head circumference:
# those need the box, a "#" or the dotted / spelled-out form.
_RURAL_RE = re.compile(r"(?<![\w.])(?:(?:RR|HC|Rte|R\.R\.|H\.C\.)\s*#?\s*\d{1,4}\s*,?\s*(?:(?i:site)\s*\d{1,4}\s*,?\s*)?"
                       r"(?i:p\.?\s?o\.?\s*)?(?i:box|bx)\s*#?\s*\d{1,5}[A-Z]?"
                       # (round 51) a site between the route and the box ("RR 3, Site 14, Box 9"); a house number
                       # on a numbered road ("221 Route 104", "1450 Highway 61")
                       r"|\d{1,5}\s+(?:(?:State|County|US|Provincial)\s+)?(?:Route|Rte\.?|Highway|Hwy\.?)\s+\d{1,4}[A-Z]?\b"
                       r"(?!\s*(?:miles|km|kilomet|minutes|hours|exit|trips?))"
                       # (round 54) ... or on a county, farm- or ranch-to-market road ("210 FM 539", "88 CR 4127")
                       r"|\d{1,5}\s+(?:FM|RM|CR|(?:County|Farm|Ranch)\s+(?:Road|Rd\.?)|(?:Farm|Ranch)\s+to\s+Market"
                       r"(?:\s+Road)?)\s+\d{1,4}[A-Z]?\b(?!\s*(?:miles|km|kilomet|minutes|hours|exit|trips?))"
                       r"|(?:R\.R\.|H\.C\.)\s*#?\s*\d{1,4}|(?:RR|HC)\s*#\s*\d{1,4}"
                       r"|(?i:route)\s*\d{1,4}\s*,?\s*(?i:box|bx)\s*#?\s*\d{1,5}[A-Z]?"  # "Route 2 Box 55"
                       r"|(?i:rural\s+route|highway\s+contract(?:\s+route)?|star\s+route)\s*(?:#\s*\d{1,4}"
                       r"|\d{1,4}(?=\s*(?:[,;.]|$|(?i:box|bx)\b)))(?:\s*,?\s*(?i:box|bx)\s*#?\s*\d{1,5}[A-Z]?)?)"
                       r"(?![\w/]|[.,]\d)")


# A rural address with no box: "Rural Route 4" (US, CA), "RD 3 Ruawai" (NZ rural delivery, before its town).
_RURAL_BARE_RE = re.compile(r"(?<![\w.])(?:(?i:rural\s+route|rural\s+delivery)\s*#?\s*\d{1,3}"
                            r"|(?:RD|R\.D\.)\s*\d{1,2}(?=,?\s+[A-Z][a-z]))(?![\w-])")


def _find_rural_routes(ctx: Ctx) -> None:
    text = ctx.text
    if "RR" in text or "R.R." in text or "HC" in text or "H.C." in text or "Rte" in text \
            or "route" in ctx.lows or "contract" in ctx.lows or "highway" in ctx.lows or "Hwy" in text \
            or "FM " in text or "RM " in text or "CR " in text or "county" in ctx.lows or "market" in ctx.lows:
        for m in _RURAL_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if "rural" in ctx.lows or "RD" in text or "R.D." in text:
        for m in _RURAL_BARE_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")


def _find_vanity_plates(ctx: Ctx) -> None:
    if "plate" in ctx.low or "tag" in ctx.low:
        for m in _VANITY_PLATE_RE.finditer(ctx.text):
            ctx.add(m.start("id"), m.end("id"), "vehicle")


_SSN_SPACED_RE = re.compile(r"\d(?<![\d-]\d)\d\d \d{2} \d{4}(?![\d-])")
# Canadian SIN, 3-3-3 with spaces or hyphens: nine digits that pass the Luhn check (SINs do; a run of
# three unrelated 3-digit numbers passes one time in ten), first digit 1-7 or 9 (0 and 8 are not issued).
_SIN_RE = re.compile(r"[1-79]\d\d([ -])\d{3}\1\d{3}(?![\d-]|[.,]\d| \d)")  # (what comes before: _sin_start)


def _sin_start(text: str, i: int) -> bool:
    """Nothing number-like right before: not '12 130 692 544', '4,130 692 544' or '1130 692 544'."""
    return i == 0 or not (text[i - 1].isdigit() or text[i - 1] in ",.-"
                          or (text[i - 1] == " " and i >= 2 and text[i - 2].isdigit()))
# UK National Insurance number (labelled "ssn", as the nearest Safe Harbor category): the valid prefixes,
# or any two letters when written in the printed "QQ 12 34 56 C" grouping.
_NINO_RE = re.compile(r"[A-CEGHJ-PR-TW-Z](?<!\w[A-CEGHJ-PR-TW-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
                      r"|[A-Z](?<!\w[A-Z])[A-Z] \d{2} \d{2} \d{2} [A-D]\b")  # ("\b" behind the first letter)
_NINO_SUFFIX_RE = re.compile(r" ?[A-D]\b")
_UK_PLATE_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d{2} ?[A-Z]{3}\b")
# Plate shapes written with hyphens (or spaces): Irish YY(Y)-county-serial ("191-D-48812", "08-KY-3345",
# "241 WX 905"), French SIV "AB-123-CD".  (Each holds 3+ digits: scanned inside the number windows.)
_IE_COUNTIES = "C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW"
_PLATE_SHAPES_RE = re.compile(
    r"\d(?<![\w./-]\d)(?:\d[12]?-(?:" + _IE_COUNTIES + r")-\d{1,6}|\d[12]? (?:" + _IE_COUNTIES + r") \d{3,6})"
    r"(?![\w/-]|[.,]\d)"
    r"|[A-HJ-NP-TV-Z](?<![\w./-][A-HJ-NP-TV-Z])[A-HJ-NP-TV-Z]-\d{3}-[A-HJ-NP-TV-Z]{2}(?![\w-])")
_PLATE_HINT = re.compile(r"\d[- ][A-Z]|[A-Z]-\d")
# Medicare Beneficiary Identifier (CMS): 11 characters C A AN N A AN N A A N N, letters without S L O I B Z,
# written plain or 4-3-4 with dashes ("7HQ2-RT8-WN51").
_MBI_L = "AC-HJKMNP-RT-Y"
_MBI_RE = re.compile(r"(?<![\w-])[1-9][" + _MBI_L + r"][" + _MBI_L + r"0-9]\d(-?)[" + _MBI_L + r"][" + _MBI_L
                     + r"0-9]\d\1[" + _MBI_L + r"]{2}\d\d(?![\w-])")
# Ontario health card: 10 digits 4-3-3 and a two-letter version code ("4532-281-947-KT").
_OHIP_SHAPE = r"(?<![\w-])\d{4}([- ])\d{3}\2\d{3}[- ]?[A-Z]{2}(?![\w-])"
_HEALTH_SHAPES_RE = re.compile(_MBI_RE.pattern + "|" + _OHIP_SHAPE)
_HEALTH_SHAPE_HINT = re.compile(r"\d[- ]?[A-Z]")


def _find_unlabelled_formats(ctx: Ctx) -> None:
    text = ctx.text
    for lo, hi in ctx.num_windows():
        for m in _SSN_SPACED_RE.finditer(text, lo, hi):
            ctx.add(m.start(), m.end(), "ssn")
        for m in _SIN_RE.finditer(text, lo, hi):
            if _sin_start(text, m.start()) and _luhn(m.group(0)):
                ctx.add(m.start(), m.end(), "ssn")
        for m in _NINO_RE.finditer(text, lo, hi):
            ctx.add(m.start(), m.end(), "ssn")
        if _PLATE_HINT.search(text, lo, hi):
            for m in _PLATE_SHAPES_RE.finditer(text, lo, hi):
                ctx.add(m.start(), m.end(), "vehicle")
        if _HEALTH_SHAPE_HINT.search(text, lo, hi):
            for m in _HEALTH_SHAPES_RE.finditer(text, lo, hi):
                ctx.add(m.start(), m.end(), "health_plan")
    for m in _UK_PLATE_RE.finditer(text):
        ctx.add(m.start(), m.end(), "vehicle")


# ---------------------------------------------------------------------------
# A professional credential right before a number: "LCSW-C 29714", "PSY 28811", "LMFT #54017"
# ---------------------------------------------------------------------------
# Mental-health and nursing licence titles that are not also words, states or course prefixes.
_CRED_STRONG = (r"LCSW(?:-[A-Z]{1,2})?|LICSW|LISW(?:-[A-Z]{1,2})?|LMSW|LGSW|LCSW-?R|LPCC?(?:-[A-Z]{1,2})?|LPCA|LPCMH|"
                r"LMFT(?:-[A-Z]{1,2})?|LMHCA?|LCMHC(?:-[A-Z]{1,2})?|LCPC|LCADC|CADC(?:-I{1,3})?|LADC|LCDC|LCAT|"
                r"LMHP|NCC|BCBA(?:-D)?|BCaBA|PMHNP(?:-BC)?|APRN|LPN|LVN|LCPAA?|PsyD|Psy\.D\.?|Ph\.?D\.?|PSY|"
                r"(?i:lcsw|licsw|lmft|lpcc|lmhc|lcpc|lcadc|bcba)")
# Short titles that are also US states or everyday abbreviations (MD Maryland, PA, DO, NP, RN, LP).
_CRED_WEAK = r"MD|DO|RN|NP|PA-C|LP"
_CRED_NUM = (r"(?:\s*(?:#|No\.?|no\.|Nr\.?|number|licen[cs]e(?:\s+(?:#|no\.?|number))?|lic\.?)\s*[:#]?|\s*:|[\s-])\s*")
_CRED_RE = re.compile(r"(?<![\w-])(?P<c>" + _CRED_STRONG + r"|(?P<w>" + _CRED_WEAK + r"))(?![\w])"
                      r"(?P<sep>" + _CRED_NUM + r")(?P<id>[A-Z]{0,3}-?\d(?:[\d-]{2,10}\d))(?![\w]|[.,/:]\d)")


_CRED_WORDS = frozenset("""lcsw lcsw-c lcsw-r lcswr licsw lisw lisw-s lisw-cp lmsw lgsw lpc lpcc lpc-s lpc-mh lpca lpcmh lmft
lmft-s lmhc lmhca lcmhc lcmhc-s lcpc lcadc cadc cadc-i cadc-ii cadc-iii ladc lcdc lcat lmhp ncc bcba bcba-d bcaba
pmhnp pmhnp-bc aprn lpn lvn lcpa lcpaa psyd psy ph""".split())
_CRED_WEAK_WORDS = ("MD", "DO", "RN", "NP", "PA-C", "LP")


def _find_credentials(ctx: Ctx) -> None:
    text = ctx.text
    if ctx.lows.isdisjoint(_CRED_WORDS) and not any(w in text for w in _CRED_WEAK_WORDS):
        return
    for lo, hi in ctx.num_windows():
        for m in _CRED_RE.finditer(text, lo, hi):
            ident = m.group("id")
            n = digits(ident)
            marked = any(c in m.group("sep").lower() for c in "#.:") or "lic" in m.group("sep").lower() \
                or "number" in m.group("sep").lower()
            if n > 10 or _YEARISH.fullmatch(ident) or _is_range(ident):
                continue
            if n < 4 or (n == 4 and not marked and m.group("c").upper() in ("PSY", "PHD", "PH.D.")):
                continue  # "PSY 101", "PSY 3050": a course
            if m.group("w") and not marked and (n < 6 or n == 5):
                continue  # "MD 20814": a state and a ZIP; "RN 12 hour shift"
            ctx.add(m.start("id"), m.end("id"), "licence")


# ---------------------------------------------------------------------------
# A run of 8+ digits in groups split by single spaces, right after a number label: "medical card
# no. 2044 8817 3321", "his id 4470 2219 8853".  Phone shapes (a leading 0, a 3-4 ending) are left to
# contact.py.
# ---------------------------------------------------------------------------
_GROUPED_RE = re.compile(r"(?i:(?<![\w])(?:no\.|nr\.?|num\.?|number|id|card)(?![\w])|#)\s*[:#]?\s*"
                         r"(?P<id>[1-9]\d{1,5}(?: \d{2,6}){1,4})(?![\d-]|[.,/:]\d)")
_HEALTH_LABEL_RE = re.compile(r"(?i)medical|member|policy|insurance|health|benefit|medicaid|medicare|medi-cal|"
                              r"\bnhs\b|\bgms\b|\bplan\b|subscriber")


_GROUPED_WORDS = frozenset("no nr num number id card".split())


def _find_grouped_ids(ctx: Ctx) -> None:
    text = ctx.text
    if "#" not in text and ctx.lows.isdisjoint(_GROUPED_WORDS):
        return
    for lo, hi in ctx.num_windows():
        for m in _GROUPED_RE.finditer(text, lo, hi):
            ident = m.group("id")
            sizes = [len(g) for g in ident.split()]
            if sum(sizes) < 8 or sizes[-2:] == [3, 4] or all(_YEARISH.fullmatch(g) for g in ident.split()):
                continue
            label = text[max(0, m.start() - 30):m.start("id")]
            ctx.add(m.start("id"), m.end("id"), "health_plan" if _HEALTH_LABEL_RE.search(label) else "account")


# ---------------------------------------------------------------------------
# Postcodes the ZIP rules of places.py do not read: Australian (state + 4 digits), 4-digit codes after
# the town of a street address (New Zealand, Australia), Irish Eircodes.
# ---------------------------------------------------------------------------
_AU_STATES_SURE = "NSW|VIC|Vic|QLD|Qld|TAS|Tas"
_AU_STATES_AMBIG = "SA|WA|NT|ACT"  # also "sexual assault", "Acceptance and Commitment Therapy"...
_NOT_POST = r"(?![\d-]|[.,:/]\d|\s*(?:%|mg|mcg|ml|kg|lbs?|calories|steps|hours|hrs|minutes|mins|dollars|people|sessions)\b)"
_NOT_POST_RE = re.compile(_NOT_POST[3:-1])
# (round 52: or after the side of a town the address names - "Fitzroy North's Holden Street end, VIC 3068")
_AU_POST_RE = re.compile(r"\b(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|end|side|edge|corner)\s*,?\s+(?P<st>" + _AU_STATES_SURE + "|"
                         + _AU_STATES_AMBIG + r")\.?,?\s+(?P<z>\d{4})" + _NOT_POST)
_AU_STATE_HINT = re.compile(r"\b(?:" + _AU_STATES_SURE + "|" + _AU_STATES_AMBIG + r")\.?,?\s+\d{4}\b")
_STREET_SFX = (r"(?:Street|St|Road|Rd|Avenue|Ave|Av|Terrace|Tce|Crescent|Cres|Place|Pl|Drive|Dr|Lane|Ln|Way|"
               r"Close|Cl|Grove|Gr|Parade|Pde|Quay|Highway|Hwy|Court|Ct|Boulevard|Blvd|Circuit|Cct|Rise|Mews|"
               r"Square|Sq|Esplanade|Esp|Track|Row|Heights|Hts|View|Glade|Green|Walk|Loop)")
_TOWN_W = r"[" + UP + r"](?:[^\W\d_]|['’])+"  # a capitalised word, accented letters too ("Ōtaki")
_TOWN = _TOWN_W + r"(?:[ -]" + _TOWN_W + r"){0,2}"
_ADDR_POST_RE = re.compile(r"(?<![\w/.-])\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
                           + _STREET_SFX + r"\.?,\s*(?:" + _TOWN + r",\s*){0,2}" + _TOWN + r",?\s+(?P<z>\d{4})"
                           + _NOT_POST)
_STREET_SFX_WORDS = frozenset(_STREET_SFX[3:-1].lower().split("|"))
_D4_ALONE = re.compile(r"\d(?<![\d.,:/-]\d)\d\d\d(?![\d-])")  # ("(?<![\d.,:/-])\d{4}", the first digit leading)
_AU_STATE_LIST = (_AU_STATES_SURE + "|" + _AU_STATES_AMBIG).split("|")
_STREET_BEFORE = re.compile(r"(?<![\w/.-])\d{1,5}[A-Za-z]?(?:/\d{1,5})?\s+[A-Z]")
_EIR_CH = "0-9AC-FHKNPRTV-Y"
_EIRCODE_RE = re.compile(r"(?<![\w-])(?P<z>(?:[AC-FHKNPRTV-Y]\d\d|D6W) ?[" + _EIR_CH + r"]{4})(?![\w-])")
_EIRCODE_CUE_RE = re.compile(r"(?i:\beir\s*code\b(?:\s+(?:is|was|of))?\s*[:#]?\s*)"
                             r"(?P<z>(?i:[a-z]\d[\dw]\s?[\da-z]{4}))(?![\w-])")
_EIRCODE_HINT = re.compile(r"[AC-FHKNPRTV-Y][\dW]\d")


def _find_postcodes(ctx: Ctx) -> None:
    text = ctx.text
    if any(st in text for st in _AU_STATE_LIST) and _AU_STATE_HINT.search(text):
        for m in _AU_POST_RE.finditer(text):
            z = m.group("z")
            year = _YEARISH.fullmatch(z) is not None
            ambiguous = m.group("st") in _AU_STATES_AMBIG.split("|")
            # "Reported SA 2015", "Sydney NSW 2000": a year-like code needs a street address before it; an
            # ambiguous state a street address or a comma before the town ("..., Bunbury WA 6230").
            if year or ambiguous:
                street = _STREET_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
                comma = text[:m.start()].rstrip().endswith(",")
                if not (street or (comma and not year)):
                    continue
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if not ctx.caps.isdisjoint(_STREET_SFX_WORDS):
        for lo, hi in merge_windows([(m.start() - 120, m.end() + 12) for m in _D4_ALONE.finditer(text)], len(text)):
            for m in _ADDR_POST_RE.finditer(text, lo, hi):
                ctx.add(m.start("z"), m.end("z"), "zip_code")
    if _EIRCODE_HINT.search(text):
        for m in _EIRCODE_RE.finditer(text):
            tail = m.group("z")[-4:]
            if any(c.isdigit() for c in tail) and any(c.isalpha() for c in tail):
                ctx.add(m.start("z"), m.end("z"), "zip_code")
    if "eir" in ctx.low:
        for m in _EIRCODE_CUE_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code")


# A 5-digit ZIP after a verb of moving or living: "she moved to 59427 (cut bank, MT)", "commutes from 55987
# to his job".  Not a CPT code, not a count or amount ("from 10000 steps", "from 45000 to 30000").
_ZIP_MOVE_RE = re.compile(r"(?i:\b(?:(?:moved|moving|moves|move|relocated|relocating|relocate|headed|heading|retired|"
                          r"transferred)\s+(?:back\s+)?to|(?:lives|living|lived|live|resides|residing|based|"
                          r"staying|stays|grew\s+up)\s+in|(?:commutes?|commuting|commuted|drives?|driving|drove|"
                          r"moved|moving|relocated|comes|came|coming)\s+(?:in\s+)?from|from)\s+(?:the\s+)?)"
                          r"(?<![$£€#])(?P<z>\d{5})(?![\d-]|[.,:/]\d)")
_ZIP_MOVE_CUES = frozenset("to in from".split())
# A 4-digit postcode (AU, NZ, much of Europe) after a verb of moving, with its town named right after it:
# "moved to 3551 - Bendigo way", "relocating to 4870 (Cairns area)".  Not a year.
_POST4_MOVE_RE = re.compile(r"(?i:\b(?:(?:moved|moving|moves|move|relocated|relocating|relocate|headed|heading|"
                            r"retired|transferred)\s+(?:back\s+)?to|(?:lives|living|lived|live|resides|residing|"
                            r"based|staying|stays)\s+in)\s+)(?P<z>(?!19\d\d|20\d\d)\d{4})(?![\d-]|[.,:/]\d)"
                            r"(?=\s*[-–—(,]\s*[A-Z][a-z])")
# A number named as a postcode right after it: "is 4350 the postcode for Toowoomba?", "3551 is his postcode".
_POST_NAMED_RE = re.compile(r"(?<![\d$£€#-])(?P<z>\d{4,5})(?![\d-]|[.,:/]\d)(?=\s+(?:(?:is|was|be)\s+)?(?:the|his|her|"
                            r"their|my|our|your|its)\s+(?:home\s+|new\s+|old\s+)?(?:zip|zipcode|zip\s+code|"
                            r"postal\s+code|postcode|post\s+code)\b)", re.I)
_POST4_MOVE_WORDS = frozenset("""moved moving moves move relocated relocating relocate headed heading retired
transferred lives living lived live resides residing based staying stays""".split())
# the subject of the moving verb is a person: "her ex moved to 3551 - ...", not "the budget moved to 4000 - ..."
_PERSON_MOVER_RE = re.compile(r"(?i)\b(?:i|we|she|he|they|you|client|clients|pt|patient|family|ex|mum|mom|dad|mother|"
                              r"father|son|daughter|partner|husband|wife|brother|sister|kids|nan|gran|grandma|grandpa|"
                              r"aunt|uncle|cousin|friend|boyfriend|girlfriend|parents)(?:['’]s)?\b[^.!?\n]{0,30}$")
_NOT_ZIP_AFTER = re.compile(r"\s*(?:(?:-|–|to|and|or)\s*\$?\d|[A-Za-z]*%|(?:mg|mcg|ml|kg|lbs?|calories|kcal|steps|"
                            r"hours|hrs|minutes|mins|seconds|dollars|bucks|people|sessions|miles|km|feet|ft|words|"
                            r"times|points|pts|days|weeks|months|years|units|users|followers|views|students|"
                            r"patients|clients|members|employees|residents|copies|a\s+(?:day|week|month|year)|"
                            r"per|each|k|square|sq|rent|salary|income|budget|deposit|debt|loan|mortgage|payment|"
                            r"usd|aud|nzd|cad|eur|gbp|iu|units?)\b)", re.I)


def _find_moved_zips(ctx: Ctx) -> None:
    text = ctx.text
    lows = ctx.lows
    if not lows.isdisjoint(_POST4_MOVE_WORDS) and _D4.search(text):
        for t in ctx.toks:
            if t.low in _POST4_MOVE_WORDS:
                m = _POST4_MOVE_RE.match(text, t.start)
                if m is not None and _PERSON_MOVER_RE.search(text, max(0, m.start() - 45), m.start()):
                    ctx.add(m.start("z"), m.end("z"), "zip_code")
    if "postcode" in lows or "zip" in lows or "zipcode" in lows or "post code" in ctx.low or "postal code" in ctx.low:
        for m in _POST_NAMED_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if not ctx.has5 or lows.isdisjoint(_ZIP_MOVE_CUES):
        return
    for lo, hi in merge_windows([(m.start() - 40, m.end() + 2) for m in D5.finditer(text)], len(text)):
        for m in _ZIP_MOVE_RE.finditer(text, lo, hi):
            z = m.group("z")
            if is_cpt_code(z) or _NOT_ZIP_AFTER.match(text, m.end()):
                continue
            ctx.add(m.start("z"), m.end("z"), "zip_code")


# A 4-digit postcode right after a town (Australia, New Zealand, much of Europe): "from Mullumbimby 2482",
# "moved to Taihape 4720".  The town is in GeoNames, or an uncommon capitalised word after a place cue; a
# year-like number (1900-2099) is left to the street-address rule above.
# (a year-like number, 1900-2099, is left out: "moved to Denver 2009")
_D4_TOWN_RE = re.compile(r"(?<=[^\W\d_] |[^\W\d_],|, )(?!19\d\d|20\d\d)\d{4}(?![\d-]|[.,:/]\d)")
_GEO_CUE_BEFORE_RE = re.compile(r"(?i:\b(?:in|at|to|from|near|outside|around)\s+)$")
_PLACE_CUE_BEFORE_RE = re.compile(r"(?i:\b(?:(?:moved|moving|moves|relocated|relocating|retired|headed|heading|back|"
                                  r"home|lives|living|lived|live|resides|residing|based|grew\s+up|raised|born|staying|"
                                  r"stays)\s+(?:back\s+)?(?:to|in|at|near|outside|from)|from|near|outside)\s+)$")
_TOWN_TAIL = frozenset("""bay beach heads harbour harbor creek river springs point park hill hills valley falls lake
lakes north south east west junction crossing bridge island port mount flat flats plains grove vale ridge rock rocks
downs waters sound""".split())
_NOT_TOWNS = frozenset("""room suite unit level floor ward bed page section chapter grade step phase week session table
flight bus route box gate lot apartment apt building bldg block tier stage model version item question part bay
dose code cpt icd form line class year month day size number no total score""".split())


def _tok_start(t: Tok) -> int:
    return t.start


def _find_town_postcodes(ctx: Ctx) -> None:
    text, toks = ctx.text, ctx.toks
    geo = None
    for lo, hi in ctx.num_windows():
        for h in _D4.finditer(text, lo, hi):
            m = _D4_TOWN_RE.match(text, h.start())
            if m is None or _NOT_POST_RE.match(text, m.end()) or _NOT_ZIP_AFTER.match(text, m.end()):
                continue
            # the capitalised words right before the number ("Mullumbimby 2482", "Port Chalmers, 9023")
            j = bisect.bisect_left(toks, m.start(), key=_tok_start) - 1
            if j < 0 or text[toks[j].full_end:m.start()] not in (" ", ", "):
                continue
            run = [j]
            while len(run) < 3 and run[-1] > 0 and ctx.gaps[run[-1] - 1] in (" ", "-") and toks[run[-1] - 1].cap:
                run.append(run[-1] - 1)
            last = toks[j]
            if not last.cap or last.acronym or last.low in _NOT_TOWNS:
                continue
            geo = geo if geo is not None else geo_cities()
            for i in reversed(run):  # the longest run of words ending at the number that names a town
                if not toks[i].cap:
                    continue
                words = [toks[k].low for k in range(i, j + 1)]
                name = " ".join(words)
                before = max(0, toks[i].start - 40), toks[i].start
                if (name in geo and (len(words) > 1 or zipf(name) < 4.5) and _GEO_CUE_BEFORE_RE.search(text, *before)) \
                        or (zipf(words[0]) < 2.5 and all(zipf(w) < 2.5 or w in _TOWN_TAIL for w in words[1:])
                            and _PLACE_CUE_BEFORE_RE.search(text, *before)):
                    ctx.add(m.start(), m.end(), "zip_code")
                    break


# CPT psychotherapy and psychiatry codes (90785-90899: 90791, 90832, 90834, 90837, 90847, 90853...).
# They read like 5-digit ZIP codes; places.py should take one for a ZIP only after a state, "zip" or a
# street address (see is_cpt_code).
def is_cpt_code(s: str) -> bool:
    """True for a 5-digit string in the psychiatry CPT range 90785-90899."""
    return len(s) == 5 and s.isdigit() and 90785 <= int(s) <= 90899


# ---------------------------------------------------------------------------
# Catch-all (the Philter principle, applied to numbers and codes): after the specific rules, flag any
# code-like token that is not KNOWN SAFE, as a generic identifier ("account", GENERIC_ID_PRIORITY, so any
# specific finding over the same text wins in guard._resolve).
#
# Code-like:   a run of 5+ digits (grouped by single spaces, dashes or dots when the grouping looks like
#              an ID: "459 002 816", "12-3456789", "123.456.789"); a token mixing letters and digits with
#              3+ digits and 5+ letters-and-digits ("HN-55821", "7731846WA", "v5l 2k9"), or 2 digits
#              interleaved with letters in 6+ characters ("YRK51C"); a 3+ digit number right after an
#              identifier word ("badge 512", "postcode is 9016").
# Known safe:  the named checks below (_safe_*), each one kind of number clinical text is full of.
# ---------------------------------------------------------------------------
# A token holding a digit: letters and digits, joined by - . / (and "," before a thousands group).  Found
# from its first digit (a pattern that starts with \d is the cheapest to scan for), then extended back over
# the letters and letter groups before it (_code_tokens).
_CODE_CORE_RE = re.compile(r"\d[A-Za-z0-9]*(?:(?:[-./]|,(?=\d{3}(?!\d)))[A-Za-z0-9]+)*(?![\w@])")
_NOT_BEFORE_TOKEN = "_@$£€¥₹'’:"
_PIECE_SPLIT = re.compile(r"[-./,]")
# Two letter/digit transitions or more in a token of 6+ characters ("YRK51C", "DMPXK2JWQ1GC"): they hold
# fewer than 3 digits, so they lie outside the number windows; found from the tokenizer's gaps (a gap of
# digits alone between two words).
_INTERLEAVED_RE = re.compile(r"(?<![\w@./-])[A-Za-z0-9]*[A-Za-z]\d+[A-Za-z][A-Za-z0-9]*(?![\w@]|[-./]\w)")

# --- known safe: the token itself -------------------------------------------------------------------
_UNITS = (r"mg|mcg|µg|ug|g|kg|lb|lbs|oz|st|ml|mL|l|L|cc|iu|IU|u|units?|mmol|mmhg|mmHg|bpm|cal|kcal|"
          r"calories|steps|mm|cm|m|km|in|ft|yd|mi|miles|mph|kph|kmh|hz|Hz|khz|mhz|ghz|fps|p|k|K|m|M|bn|"
          r"kb|mb|gb|tb|KB|MB|GB|TB|kbps|mbps|gbps|Mbps|Gbps|mah|mAh|w|W|kw|kwh|kWh|v|V|"
          r"h|hr|hrs|min|mins|s|sec|secs|ms|d|wk|wks|mo|mos|yr|yrs|y|yo|am|pm|AM|PM|x|X|F|C|pct")
# a dose or measurement written with its unit: "1200mg", "50000IU", "98.6F", "120bpm", "1080p", "12k"
# (at most 5 digits before the decimals: "4420718K" is a PPSN, not 4.4 million)
_SAFE_UNIT_TOKEN = re.compile(r"\d{1,5}(?:[.,]\d+)*(?:" + _UNITS + r")", re.I)
_SAFE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)                      # "100th", "123rd"
_SAFE_DECADE = re.compile(r"(?:1[89]|20)?\d0s")                              # "1990s", "2020s"
# ICD-10 ("F43.10", "Z63.0", "T74.11XA") and ICD-11 ("6B41", "6A70.1", "QE84") codes
_SAFE_ICD = re.compile(r"[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?|[1-9X][A-Z][0-9A-Z]\d(?:\.[0-9A-Z]{1,2})?")
_SAFE_YEARISH = re.compile(r"(?:FY|AY|CY|SY)'?\d{2,4}(?:[-/]\d{2,4})?|(?:19|20)\d\d[-/ ]?Q[1-4]|Q[1-4][-/ ]?(?:19|20)\d\d"
                           r"|(?:19|20)\d\d[-/](?:(?:19|20)?\d\d)", re.I)   # "FY2024", "2024Q3", "2019-2021"
_SAFE_TIME = re.compile(r"\d{1,2}[hH]\d{2}")                                 # "15h30"
_SAFE_VERSION = re.compile(r"v(?:er)?\.?\d{1,3}(?:\.\d{1,4}){1,3}[a-z]?", re.I)     # "v4.12.3", "ver.2.1"
# "3x10", "1920x1080"; a shift pattern or a schedule with its unit or plural: "4x10s", "2x8hr"
_SAFE_MULTIPLIER = re.compile(r"\d+[xX×]\d+(?:[xX×]\d+)?(?:s|h|hrs?|mins?)?")
# forms everyone names by number: immigration (I-589, N-400, DS-160), tax (1040, 1099-NEC, W-2), DD-214,
# CMS-1500, UB-04
_SAFE_FORM = re.compile(r"(?:I|N|DS|G|AR)-?\d{2,4}[A-Z]?|10(?:40|99|98)(?:-[A-Z]{1,4})?|W-?\d{1,2}|DD-?214|"
                        r"CMS-?1500|UB-?0?4|SF-?\d{2,3}", re.I)
# genes and variants (pharmacogenomic reports): CYP2C19, SLC6A4, HTR2A, MTHFR C677T, rs4680
_SAFE_GENE = re.compile(r"CYP\d{1,2}[A-Z]\d{1,2}|SLC\d{1,2}A\d{1,2}|HTR\d[A-Z]|5-?HTT?\d?[A-Z]?|UGT\d[A-Z]\d{1,2}|"
                        r"HLA-?[A-Z]{1,3}\d*|ADRA\d[A-Z]|[ACGT]\d{2,5}[ACGT]|rs\d{3,}|BRCA[12]|APOE\d?")
# product, virus and media names used generically
_SAFE_PRODUCT = re.compile(r"(?i:covid-?19|sars-cov-2|h\dn\d|[2-6]g|[48]k|[23]d|mp[34]|a[0-9]|ps[1-5]|kn?95|"
                           r"iphone\d{1,2}|win(?:dows)?\d{1,2}|f-?[1-3]50|rtx\d{4}|gtx\d{4}|[ab]\d{3})")
# HCPCS level II codes (H0031, T1017, G2212), safe in billing talk (see _safe_billing_context)
_HCPCS = re.compile(r"[A-V]\d{4}(?:-[A-Z0-9]{2})?")
_CPT = re.compile(r"\d{5}(?:-[A-Z0-9]{2})?")
_BILLING_BEFORE = re.compile(r"(?i:\b(?:cpt|hcpcs|codes?|coded|coding|bill(?:ed|ing|s)?|add-?ons?|e/?&?m|modifiers?|"
                             r"claims?\s+(?:for|with)|units?\s+of)\b)")


# (all of the above in one pattern, so each token costs one fullmatch)
_SAFE_TOKEN_RE = re.compile("|".join(
    "(?:" + ("(?i:" + rx.pattern + ")" if rx.flags & re.I else rx.pattern) + ")"
    for rx in (_SAFE_UNIT_TOKEN, _SAFE_ORDINAL, _SAFE_DECADE, _SAFE_ICD, _SAFE_YEARISH, _SAFE_TIME, _SAFE_VERSION,
               _SAFE_MULTIPLIER, _SAFE_FORM, _SAFE_GENE, _SAFE_PRODUCT)))


def _safe_token(s: str) -> bool:
    """The whole token is a kind of number clinical text is full of (named checks above)."""
    if _SAFE_TOKEN_RE.fullmatch(s):
        return True
    if is_cpt_code(s[:5]) and _CPT.fullmatch(s) is not None:
        return True  # CPT psychiatry range 90785-90899, maybe with a modifier ("90837-95")
    if any(c in s for c in "-/"):
        pieces = _PIECE_SPLIT.split(s)
        if all(len(p) <= 4 and p.isdigit() or _SAFE_UNIT_TOKEN.fullmatch(p) for p in pieces) \
                and not all(p.isdigit() for p in pieces):
            return True  # a range with its unit: "9-11pm", "10-15mg", "2-3x"
    return False


_CLOCK_RANGE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[-–](?:[01]\d|2[0-3])[0-5]\d")


def _safe_digits_shape(s: str) -> bool:
    """Digits split by separators in a way that reads as a quantity, not an ID."""
    if "," in s:
        return True  # thousands separators: an amount or count ("12,000", "1,234,567")
    pieces = _PIECE_SPLIT.split(s)
    if "/" in s and all(len(p) <= 4 for p in pieces):
        return True  # ratio, score, BP or date ("18/27", "128/84", "3/22/1984": dates are dates_ages's)
    if s.count(".") == 1 and "-" not in s and "/" not in s:
        return True  # a decimal number ("98.6", "2.45", "309.81": DSM-IV codes too)
    if "." in s and "-" not in s and "/" not in s and all(len(p) <= 2 for p in pieces[1:]):
        return True  # a version ("10.15.7")
    if YEAR_RANGE.fullmatch(s):
        return True  # "2019-2021"
    if _CLOCK_RANGE.fullmatch(s):
        return True  # two 24-hour clock times: a shift or opening hours ("0700-1930")
    if _is_range(s) and all(p[-1] in "05" for p in pieces):
        return True  # "400-1200", "1250-1750" (an unround range, "1122-3344", needs a unit or noun after)
    if "-" in s and all(len(p) <= 2 for p in pieces):
        return True  # a sequence ("5-4-3-2-1", "4-7-8"; a date like "11-03-24" is dates_ages's)
    return False


# --- known safe: what comes before or after ---------------------------------------------------------
_CURRENCY_SIGNS = "$£€¥₹"
_CURRENCY_WORDS = frozenset("usd aud nzd cad eur gbp inr rs rs. a$ nz$ c$ us$".split())
# words right before an amount or a count: "about 40000", "earns 85000", "rent was 2350"
_QUANTITY_WORDS = frozenset("""about around approx approx. approximately roughly nearly almost over under above below
exceed exceeds than some only just earn earns earned earning makes made paid pays owe owes owed saved spent spend
spends cost costs lost won walked walks weighs weighed score scored scores scoring x × ~ ≈ ~ total""".split())
_AMOUNT_NOUNS = frozenset("""salary income wage wages budget debt rent loan mortgage bill fee fees price worth bonus
settlement savings balance population pop pop. steps calories total""".split())
_LINK_WORDS = frozenset("is was are were of at now to".split())


def _amount_before(text: str, start: int) -> bool:
    """An amount or a count by what precedes it: a currency, a word of quantity or money."""
    if start == 0:
        return False
    prev = text[start - 1]
    if prev in _CURRENCY_SIGNS or prev in "~≈×" or (prev == " " and start > 1 and text[start - 2] in _CURRENCY_SIGNS):
        return True  # "$120000", "£ 45000", "~12000"
    if not prev.isspace():
        return False
    words = [w.strip(",:;(\"'“") for w in text[max(0, start - 40):start].lower().split()[-3:]]
    if not words:
        return False
    w = words[-1]
    if w in _CURRENCY_WORDS or w in _QUANTITY_WORDS or w in _AMOUNT_NOUNS:
        return True
    if len(words) >= 2 and w in _LINK_WORDS and (words[-2] in _AMOUNT_NOUNS or words[-2] in ("up", "came")):
        return True  # "rent was 2350", "went up to 14500", "came to 31000"
    return False


_COUNT_NOUNS = frozenset("""people persons kids children adults teens students clients patients members employees
staff users followers subscribers views likes viewers fans visitors residents veterans families cases deaths
visits sessions calls texts messages emails words pages steps calories miles kilometers kilometres meters metres
feet yards dollars bucks euros pounds pesos rupees yen cents points votes copies units doses pills tablets
beds rooms homes houses acres hours minutes seconds days weeks months years times rounds reps sets laps
downloads posts tweets hits signatures applicants participants respondents survivors soldiers troops
troopers officers nurses doctors therapists counsellors counselors workers jobs books items cigarettes drinks
beers shots lines kids' girls boys women men""".split())
_AFTER_WORDS = re.compile(r"\s*(?:-\s*)?([A-Za-z]+)(?:\s+([A-Za-z]+))?")
# (a unit after a space: not the one-letter ones, nor "in", "st", "am" - words too)
_SPACED_UNITS = "|".join(u for u in _UNITS.split("|") if len(u) > 1 and u.lower() not in ("in", "st", "am", "mo", "yo"))
_AFTER_UNIT = re.compile(r"(?:%|/(?:yr|year|y|mo|month|m|wk|week|w|day|d|hr|hour|h|night|session|visit|pp|person)\b|"
                         r"(?:" + _UNITS + r")\b|\s(?:%|percent\b|per\b|(?:a|an|each)\s+(?:day|night|week|month|year|"
                         r"session)\b|(?:" + _SPACED_UNITS + r")\b|thousand\b|million\b|billion\b|annually\b|yearly\b))")
_NOT_PLURAL = frozenset("""is was has does goes says keeps seems means makes looks gets comes takes gives
lives moves runs shows tells asks wants needs sees knows thinks feels uses works calls texts sends this
appears belongs matches expires starts ends reads stays remains includes contains links returns begins follows
sits stands belongs refers relates applies
his hers its ours yours theirs plus thus us yes always perhaps sometimes unless whereas as""".split())
_FUNCTION_WORDS = frozenset("""and or but to from in on at of for with by the a an is was which that who
it he she they we you i my her his their our your this these those then than so as if when""".split())


def _count_after(text: str, end: int, s: str = "") -> bool:
    """A unit, a rate or a plural noun right after: '10 000 steps', '12000 people', '85000 a year'."""
    if _AFTER_UNIT.match(text, end):
        return True
    m = _AFTER_WORDS.match(text, end)
    if m is None or m.start(1) - end > 2:
        return False
    if digits(s) >= 7 or s[:1] == "0":
        return False  # 7+ digits, or a leading zero: an identifier's shape, not a count's
    for w in (m.group(1), m.group(2)):
        if w is None:
            return False
        low = w.lower()
        if low in _COUNT_NOUNS or (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
                                   and low not in _NOT_PLURAL and w.islower()):
            return True
        if low in _FUNCTION_WORDS or not w.islower():
            return False  # only one describing word may stand between ("50000 new followers")
    return False


# --- known safe: a reference number in a published catalogue ---------------------------------------
# "schedule item 10990", "guideline CG90", "section 2711", "page 10456": a number right after the noun of the
# catalogue it is cited from (a fee schedule, a guideline series, an act or a book) names an entry of that
# catalogue, not a person.  Only catalogue-sized codes (up to 5 digits, up to 3 letters before them), and
# never after an identifier word ("item no.", "page ID").
CATALOGUE_NOUNS = frozenset("""item items guideline guidelines section sections s. ss. chapter chapters ch. page
pages pp. p. clause clauses rule rules schedule table tables figure fig. appendix article articles regulation
regulations reg. standard standards criterion criteria module modules lesson lessons verse verses psalm paragraph
para. footnote exhibit exercise worksheet handout""".split())
_CATALOGUE_CODE = re.compile(r"[A-Z]{0,3}\d{2,5}[a-z]?(?:[-–]\d{1,5}[a-z]?)?")  # also a range: "pages 112-140"


def _catalogue_before(text: str, start: int, s: str) -> bool:
    if start < 2 or text[start - 1] != " ":
        return False
    k = text.rfind(" ", 0, start - 1)
    return text[k + 1:start - 1].lower().strip("(\"'“") in CATALOGUE_NOUNS and _CATALOGUE_CODE.fullmatch(s) is not None


def _same_shape(a: str, b: str) -> bool:
    return len(a) == len(b) and all(x.isdigit() == y.isdigit() and (x.isdigit() or x.isupper() == y.isupper())
                                    for x, y in zip(a, b))


def _after_catalogue_code(ctx: Ctx, start: int, s: str) -> bool:
    """An alternative to a catalogue number cited just before, in the same shape: "item 10990 or 10991?",
    "is it CG90 or CG91 now"."""
    for _a, b, code in ctx.catalogue:
        if 0 < start - b <= 80 and _same_shape(code, s) and "\n" not in ctx.text[b:start]:
            return True
    return False


def _safe_context(text: str, start: int, end: int, s: str) -> bool:
    if _amount_before(text, start):
        return True  # an amount or a count: "$120000", "about 40000", "earns 85000"
    if _catalogue_before(text, start, s):
        return True  # "item 10990", "guideline CG90": an entry of a published catalogue
    if (_CPT.fullmatch(s) or _HCPCS.fullmatch(s)) and _BILLING_BEFORE.search(text, max(0, start - 80), start):
        return True  # "CPT 99213", "billed 96130 and 96131", "code H0031"
    return _count_after(text, end, s)


def _code_like(s: str) -> bool:
    """A token (spaces allowed between groups) that has the shape of an identifier."""
    n = digits(s)
    if n < 2:
        return False
    letters = sum(map(str.isalpha, s))
    if not letters:
        if n < 5 or is_cpt_code(s[:5]) and _CPT.fullmatch(s):
            return False
        if _safe_digits_shape(s.replace(" ", "")) and " " not in s:
            return False
        core = s.replace(" ", "")
        if core.isdigit() and core.endswith("000"):
            return False  # a round quantity ("120000"), or a placeholder ("0000 0000")
        return n >= 5
    if n >= 3:
        return n + letters >= 5 and not _safe_token(s)
    # two digits: only inside letters, one case, 6+ characters ("YRK51C")
    if n + letters < 6 or letters < 3 or not (s.isupper() or s.islower()):
        return False
    transitions = sum(1 for a, b in zip(s, s[1:]) if a.isdigit() != b.isdigit() and a.isalnum() and b.isalnum())
    return transitions >= 2 and not _safe_token(s)


def _phrase_pieces(s: str) -> list[tuple[int, str]] | None:
    """For a hyphenated phrase ('mid-2000s', 'post-90837', '2x/week'): its digit-holding pieces with offsets."""
    if not any(c in s for c in "-./"):
        return None
    out, pos, phrase = [], 0, False
    for p in _PIECE_SPLIT.split(s):
        if len(p) > 1 and p.isalpha() and (p.islower() or (p[0].isupper() and p[1:].islower())):
            phrase = True
        elif any(c.isdigit() for c in p):
            out.append((pos, p))
        pos += len(p) + 1
    return out if phrase else None


def _groupable(s: str) -> str:
    """'d' a bare digit group, 'm' a short mixed group ('v5l', '2k9'), '' neither."""
    if s.isdigit():
        return "d" if len(s) <= 6 else ""
    if len(s) <= 4 and s.isalnum() and not s.isdigit() and not s.isalpha() and not _safe_token(s):
        return "m"
    return ""


def _merge_groups(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join groups split by single spaces when the grouping looks like an ID: digit groups with one of 3+
    digits and 6+ digits in all ('459 002 816', '1044 8721'), or two short mixed groups ('v5l 2k9')."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        s0, e0, t0 = toks[i]
        kind = _groupable(t0)
        j = i
        if kind:
            while j + 1 < len(toks) and text[toks[j][1]:toks[j + 1][0]] == " " \
                    and _groupable(toks[j + 1][2]) == kind and j - i < (7 if kind == "d" else 1) \
                    and not (kind == "d" and (_YEARISH.fullmatch(toks[j + 1][2]) or _YEARISH.fullmatch(toks[j][2]))):
                j += 1
        if j > i:
            groups = [t for _s, _e, t in toks[i:j + 1]]
            ok = (kind == "m") or (sum(map(len, groups)) >= 6 and max(map(len, groups)) >= 3)
            if ok:
                out.append((s0, toks[j][1], text[s0:toks[j][1]]))
                i = j + 1
                continue
        out.append(toks[i])
        i += 1
    return out


# --- a short number right after an identifier word ----------------------------------------------------
_ID_WORD_RE = re.compile(
    r"(?<![\w])(?i:(?P<lab>id|ref|reference|acc|acct|account|member|claim|file|record|student|employee|staff|badge|"
    r"passport|licen[cs]e|card|box|apt|apartment|suite|policy|mrn|chart|ticket|confirmation|booking|order|invoice|"
    r"tfn|ppsn?|nhi|bsb|abn|ird|ihi|pin|post\s?code|postal\s+code|zip(?:\s?code)?|eircode|no\.|nr\.|#)"
    r"(?:\s*(?P<num>no\.?|number|num|nr\.?|#|id|code)(?![\w]))?(?:\s*(?:is|was|[:#=])(?![\w]))*\s*)"
    r"#?(?P<id>[A-Za-z]{0,4}-?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w]|[-/.,:]\d| \d)")
_PUBLIC_NUMBERS = frozenset("911 988 999 111 112 000 211 311 411 511 611 711 811 101 119 110 1737 741741 "
                            "13 11 14 131114 1800".split())
_LABEL_CATS = {"postcode": "zip_code", "post code": "zip_code", "postal code": "zip_code", "zip": "zip_code",
               "zipcode": "zip_code", "zip code": "zip_code", "eircode": "zip_code", "tfn": "ssn", "pps": "ssn",
               "ppsn": "ssn", "passport": "licence", "licence": "licence", "license": "licence",
               "mrn": "medical_record", "chart": "medical_record", "nhi": "medical_record",
               "box": "street_address", "apt": "street_address", "apartment": "street_address",
               "suite": "street_address"}


_ID_WORDS = frozenset("""id ref reference acc acct account member claim file record student employee staff badge
passport licence license card box apt apartment suite policy mrn chart ticket confirmation booking order invoice
tfn pps ppsn nhi bsb abn ird ihi pin postcode post postal zip zipcode eircode no nr""".split())


def _find_labelled_short(ctx: Ctx, lo: int, hi: int, label_words: bool) -> None:
    text, toks = ctx.text, ctx.toks
    starts: list[int] = []
    if label_words:
        i = bisect.bisect_left(toks, lo, key=_tok_start)
        while i < len(toks) and toks[i].start < hi:
            if toks[i].low in _ID_WORDS:
                starts.append(toks[i].start)
            i += 1
    h = text.find("#", lo, hi)
    while h >= 0:
        starts.append(h)
        h = text.find("#", h + 1, hi)
    for p in starts:
        m = _ID_WORD_RE.match(text, p, hi)
        if m is None:
            continue
        ident = m.group("id")
        n = digits(ident)
        if n < 3 or ident in _PUBLIC_NUMBERS or _safe_token(ident) or _count_after(text, m.end("id"), ident):
            continue
        if ident.isdigit() and _YEARISH.fullmatch(ident) and not (m.group("num") or m.group("lab") in ("#", "no.")):
            continue  # "file 2019", "card 2024"; but "badge no. 2019"
        lab = re.sub(r"\s+", " ", m.group("lab").lower())
        ctx.add(m.start("id"), m.end("id"), _LABEL_CATS.get(lab, "account"), GENERIC_ID_PRIORITY)


def _catch_span(ctx: Ctx, start: int, end: int, s: str) -> None:
    if not _code_like(s):
        return
    if _catalogue_before(ctx.text, start, s):
        ctx.catalogue.append((start, end, s))
        return
    if _safe_context(ctx.text, start, end, s) or _after_catalogue_code(ctx, start, s):
        return
    ctx.add(start, end, "account", GENERIC_ID_PRIORITY)


def _code_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _CODE_CORE_RE.finditer(text, lo, hi):
        s, e = m.span()
        while s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
            s -= 1  # "ZKM4471", "v5l"
        while s > 1 and text[s - 1] in "-./" and text[s - 2].isascii() and text[s - 2].isalpha():
            s -= 2  # "HN-55821", "mid-2000s", "CLM-2026-004417"
            while s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
                s -= 1
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in _NOT_BEFORE_TOKEN):
            continue  # inside a longer word, after a currency sign or a colon ("12:30")
        out.append((s, e, text[s:e]))
    return out


def _find_catch_all(ctx: Ctx) -> None:
    text = ctx.text
    # (an IBAN's shape with a failing check is not a bank account: a made-up or mistyped example)
    label_words = not ctx.lows.isdisjoint(_ID_WORDS)
    for lo, hi in ctx.num_windows():
        toks = _code_tokens(text, lo, hi)
        if any(t[:2].isupper() and t[2:4].isdigit() for _s, _e, t in toks):
            bad = [m.span() for s, _e, t in toks if t[:2].isupper() and t[2:4].isdigit()
                   for m in [_IBAN_RE.match(text, s)] if m is not None and not _iban_ok(m.group())]
            toks = [t for t in toks if not any(a <= t[0] < b for a, b in bad)]
        for start, end, s in _merge_groups(text, toks):
            parts = _phrase_pieces(s) if " " not in s and s.upper() != s.lower() else None
            if parts is None:
                _catch_span(ctx, start, end, s)
            else:
                for off, p in parts:
                    _catch_span(ctx, start + off, start + off + len(p), p)
        _find_labelled_short(ctx, lo, hi, label_words)
    gaps, words = ctx.gaps, ctx.toks
    if not any(len(g) <= 2 for g in filter(str.isdigit, gaps)):
        return
    for i, g in enumerate(gaps):
        if g.isdigit() and len(g) <= 2:
            pos = words[i].full_end
            for m in _INTERLEAVED_RE.finditer(text, max(0, words[i].start - 16), words[i + 1].full_end + 16):
                if m.start() <= pos < m.end() and digits(m.group()) == 2:
                    _catch_span(ctx, m.start(), m.end(), m.group())


# ---------------------------------------------------------------------------
# Published service numbers: helplines and crisis lines are numbers of an organisation, never of a person.
# Only the formats that are reserved for such services (non-geographic numbers nobody has at home): the EU's
# 116 xxx helplines (UK, IE), Australian 13 / 1300 / 1800 numbers, freephone 0800 / 0808 / 0508 (UK, NZ) and
# Irish 1800 / 1850 / 1890 numbers, plus SMS short codes ("text HELLO to 50505", "the 40404 text line") -
# and only in a text that talks about a helpline and not right after a personal label ("her mobile",
# "the clinic's direct line"), so a clinic's or a client's number in such a format is still flagged.
# ---------------------------------------------------------------------------
_SERVICE_NUMBER_RE = re.compile(
    r"(?<![\w+.-])(?:116[ -]?\d{3}|1[38]00[ -]?(?:\d[ -]?){5}\d|13[ -]?\d{2}[ -]?\d{2}"
    r"|0(?:800|808|508)[ -]?(?:\d[ -]?){3,6}\d|18[59]0[ -]?(?:\d[ -]?){5}\d)(?![\w-]|[.,]\d| \d)")
_SHORT_CODE_RE = re.compile(r"(?i:\btext(?:ing)?\s+(?:[a-z]+\s+)?to\s+|\bsms\s+)(\d{4,6})(?![\d-])"
                            r"|(?<![\w.-])(\d{4,6})(?=\s+(?i:crisis\s+)?(?i:text|txt)\s?line)")
_SHORT_CODE_WORDS = frozenset("text texting txt sms".split())
# North American toll-free numbers are also offices' and clinics' lines: only right after a hotline's name.
_US_TOLLFREE_RE = re.compile(r"(?<![\w+.-])(?:1[ .-]?)?\(?8(?:00|88|77|66|55|44|33)\)?[ .-]?\d{3}[ .-]?\d{4}(?![\w-])")
_STRONG_HELPLINE_RE = re.compile(r"(?i)\b(?:hot\s?line|help\s?line|lifeline|warm\s?line|crisis\s+(?:line|text|cent(?:er|re))|"
                                 r"samaritans)\b[^.!?\n\d]{0,25}$")
_HELPLINE_CUE_RE = re.compile(
    r"(?i)\b(?:help\s?lines?|hot\s?lines?|(?:life|health|kids|parent|youth|crisis|support|info|advice|care|quit|"
    r"gambling|drug|alcohol|family|beyond|suicide|text|men'?s|women'?s)\s?lines?|crisis|samaritans|"
    r"free\s?(?:call|phone|text)|free\s+to\s+call|toll[- ]free|24/7|call\s+back\s+service|safety\s+plans?|"
    r"services?)\b")
_PERSONAL_BEFORE_RE = re.compile(r"(?i)\b(?:his|her|their|my|mobile|cell|home|fax|direct|personal|private|office|"
                                 r"clinic'?s?|practice'?s?|ext)\b[^\d\n]{0,20}$")
_NUMBER_START = frozenset("0123456789+(")
_DIGITS = frozenset("0123456789")
_ORG_GAP_RE = re.compile(r"\s*(?:on|at|is|:|-|–)?\s*")
_ORG_BEFORE_SERVICE_RE = re.compile(r"\s*(?:on|at|is|:|-|–)?\s*$")


_HELPLINE_WORDS = frozenset("crisis samaritans freephone free toll service services safety".split())


def _helpline_words(ctx: Ctx) -> bool:
    """A cheap look at the words before the cue pattern runs: a helpline word, or a word ending in 'line'."""
    return not ctx.lows.isdisjoint(_HELPLINE_WORDS) or ("line" in ctx.low and any(
        w.endswith(("line", "lines")) for w in ctx.lows))


def _service_spans(ctx: Ctx) -> list[tuple[int, int]]:
    # Only where a finding could be on a service number: a number finding, or a name right before a number.
    if not _helpline_words(ctx):
        return []
    text = ctx.text
    windows = []
    for s, e, cat, _p in ctx.items:
        if text[s] in _NUMBER_START:
            windows.append((max(0, s - 6), e + 6))
        elif cat == "name" and any(c in _DIGITS for c in text[e:e + 6]):
            m = _ORG_GAP_RE.match(text, e)
            if m is not None and m.end() < len(text) and text[m.end()].isdigit():
                windows.append((m.end(), m.end() + 24))
    if not windows:
        return []
    windows = merge_windows(windows, len(text))
    found = [m for lo, hi in windows for m in _SERVICE_NUMBER_RE.finditer(text, lo, hi)]
    found += [m for lo, hi in windows for m in _US_TOLLFREE_RE.finditer(text, lo, hi)
              if _STRONG_HELPLINE_RE.search(text, max(0, m.start() - 60), m.start())]
    shorts = list(_SHORT_CODE_RE.finditer(text)) if not ctx.lows.isdisjoint(_SHORT_CODE_WORDS) else []
    if not (found or shorts) or not _HELPLINE_CUE_RE.search(text):
        return []
    out = [m.span() for m in found if not _PERSONAL_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())]
    out += [m.span(1) if m.group(1) else m.span(2) for m in shorts]
    return out


# References of publications, registries and code systems: "ISBN 978-...", "DOI 10.1176/...", "PMID 3123...",
# "NCT04123456", "SNOMED 35489007".  They name a paper, a trial or a concept, never a person.
_REFERENCE_RE = re.compile(
    r"(?i:\b(?:isbn(?:-1[03])?|issn|doi|pmid|pmcid|snomed(?:\s+ct)?|loinc|ndc|orcid)\b\s*[:#]?\s*)[\w./-]*\d[\w./-]*"
    r"|\b(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|PMC\d{5,8})\b|(?<![\w./])10\.\d{4,9}/[^\s\"'<>]+")
_DOI_HINT = re.compile(r"10\.\d{4,9}/")
_REFERENCE_WORDS = frozenset("isbn issn doi pmid pmcid snomed loinc ndc orcid".split())


def _reference_spans(ctx: Ctx) -> list[tuple[int, int]]:
    text = ctx.text
    if ctx.lows.isdisjoint(_REFERENCE_WORDS) and ("10." not in text or _DOI_HINT.search(text) is None) \
            and "NCT" not in text \
            and "ISRCTN" not in text and "ACTRN" not in text and "PMC" not in text:
        return []
    return [m.span() for m in _REFERENCE_RE.finditer(ctx.text)]


# Published crisis and support lines of the network's countries, by their digits (five or more: a shorter one
# can be a room or a unit).  A finding that is exactly one of them is the service's number in any context.
PUBLISHED_SERVICE_NUMBERS = frozenset("""
741741 18002738255 18007997233 18006564673 18006624357 18664887386
116123 85258 08001111 08088005000 0800585858 03001233393
50808 1800247247
131114 1300224636 1800551800 1300659467 1800737732
0800543354 0800111757
686868 18006686868 18334564566
18005990019 14416
0800567567
18002214444
23892222 28960000
0376272929 15999
""".split())
_SERVICE_CATS = frozenset(("phone", "fax", "account", "ssn", "medical_record", "health_plan"))


_NUMBER_CHARS = frozenset("0123456789 -.()+")


def _published(text: str, start: int, end: int) -> bool:
    """The finding is (a piece of) a published service number: the number around it, as written, is one."""
    if not _NUMBER_CHARS.issuperset(text[start:end]):
        return False
    while start > 0 and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    while end < len(text) and text[end] in _NUMBER_CHARS and not (text[end] == "." and not text[end + 1:end + 2].isdigit()):
        end += 1
    return "".join(filter(str.isdigit, text[start:end])) in PUBLISHED_SERVICE_NUMBERS


def drop_service_numbers(ctx: Ctx) -> None:
    """Remove findings on published service numbers, and the name of the organisation right before one
    ("Samaritans on 116 123": not a person), and findings inside references to publications and registries.
    Runs after all detector families."""
    if not ctx.has_digit:
        return
    text0 = ctx.text
    if any(it[2] in _SERVICE_CATS and _published(text0, it[0], it[1]) for it in ctx.items):
        ctx.items = [it for it in ctx.items if not (it[2] in _SERVICE_CATS and _published(text0, it[0], it[1]))]
    refs = _reference_spans(ctx)
    if refs:
        ctx.items = [it for it in ctx.items if it[2] == "url" or not any(a <= it[0] and it[1] <= b for a, b in refs)]
    spans = _service_spans(ctx)
    if not spans:
        return
    text = ctx.text

    def keep(item: tuple[int, int, str, int]) -> bool:
        s, e, cat, _p = item
        if cat == "name":
            return not any(a - e <= 6 and a >= e and _ORG_BEFORE_SERVICE_RE.fullmatch(text, e, a) for a, _b in spans)
        return not any(s < b and a < e and a <= s and e <= b + 1 for a, b in spans)

    ctx.items = [it for it in ctx.items if keep(it)]


# A serial number right after the device it belongs to (round 23): "Apple Watch GT7X4HPQ2M", "his iPhone
# F2LXK9PQHG7", "insulin pump 88Q41K-22" - letters and digits both, in capitals, 7 characters or more.
_DEVICE_WORDS = frozenset("""watch iphone ipad phone fitbit garmin sensor pump monitor cpap bipap implant aid aids tablet
laptop pacemaker tracker glucometer meter pdm device ring""".split())
_SERIAL_AFTER_DEVICE_RE = re.compile(
    r"(?i:\b(?:watch|iphone|ipad|phone|fitbit|garmin|sensor|pump|monitor|cpap|bipap|implant|hearing\s+aids?|tablet|"
    r"laptop|pacemaker|tracker|glucometer|meter|pdm|device|oura\s+ring)\b)\s+(?:(?:series|model|gen)\s+\d{1,2}\s+)?"
    r"(?P<id>(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{5,22}[A-Z0-9])(?![\w-])")


# (round 34) ... and a serial number after the maker and model that the word "serial" introduces: "CPAP serial
# ResMed AS10 23174419082", "s/n Philips DreamStation 2 J2284410" - five digits or more, after one to three words.
_SERIAL_AFTER_MODEL_RE = re.compile(
    r"(?i:\b(?:serial(?:\s+(?:number|no\.?|#))?|s/n)\s*[:#]?\s+)(?:[A-Z][\w-]*\s+(?:\d{1,2}\s+)?){1,3}"
    r"(?P<id>(?=(?:[A-Z-]*\d){5})[A-Z0-9][A-Z0-9-]{4,22}[A-Z0-9])(?![\w-])")


def _find_serials_after_devices(ctx: Ctx) -> None:
    if "serial" in ctx.low or "s/n" in ctx.low:
        for m in _SERIAL_AFTER_MODEL_RE.finditer(ctx.text):
            ctx.add(m.start("id"), m.end("id"), "device")
    if ctx.lows.isdisjoint(_DEVICE_WORDS):
        return
    for m in _SERIAL_AFTER_DEVICE_RE.finditer(ctx.text):
        ctx.add(m.start("id"), m.end("id"), "device")


# The last digits of a card or an account, as a receipt or a bank says them (round 24): "a card ending 8094",
# "account ending in 4471", "last four 2210".
_CARD_ENDING_RE = re.compile(r"(?i:\b(?:card|account|acct|visa|mastercard|amex|debit|credit)\b[^.\n\d]{0,30}?\b"
                             r"(?:ending(?:\s+in)?|ends\s+in|last\s+(?:four|4)(?:\s+digits)?(?:\s+of)?)\s*[:#-]?\s*)"
                             r"(?P<id>\d{4})(?!\d)")


# (round 35) A court case's reference as Polish, Czech and German courts write it: a division in Roman numerals, the
# register's letters and the number over the year ("Court case VI RC 447/25", "sygn. akt III K 1021/24").
_COURT_CASE_RE = re.compile(r"(?i:\b(?:case|sygn\.?(?:\s+akt)?|file|docket|court)\s*(?:no\.?|number|#|ref\.?)?\s*:?\s*)"
                            r"(?P<id>[IVXL]{1,5}\s+[A-Z][A-Za-z]{0,3}\s+\d{1,6}/\d{2,4})(?![\w/])")


# (round 34) A plate in Cyrillic or Greek letters after the words for a vehicle: "vehicle УБА 44-17", "plate
# А123ВС 77", "reg ΙΚΧ-4821".  (The Latin shapes are the labelled patterns' and id_formats'.)
# A plate written in another script after a vehicle word, its groups of letters and digits (round 34: Greek and
# Cyrillic; round 42: every script - Thai "กข 4471 เชียงใหม่", "1กค 2217", Arabic "ن ص ط 7718", "178 تونس 4421").
_NL = ("\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u10a0-\u10ff"
       "\u1200-\u137f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af")
_NL_GROUP = r"[\d" + _NL + r"]+"
_NON_LATIN_PLATE_RE = re.compile(
    r"(?i:\b(?:plates?|vehicle|registration|reg\.?|rego|car|truck|van|tuk-tuk|microbus|minibus|bus|taxi|louage|"
    r"bajaji|kombi|motorbike|moto)\b)\s*(?:[:#]|is\b)?\s*(?:(?i:number|no\.?)\s*)?"
    r"(?P<id>(?=[^,;.!?]*[" + _NL + r"])(?=[^,;.!?]*\d)" + _NL_GROUP + r"(?:[ -]" + _NL_GROUP + r"){0,5})"
    r"(?![\w-])")


def find(ctx: Ctx) -> None:
    if ctx.has_digit and "/" in ctx.text:
        for m in _COURT_CASE_RE.finditer(ctx.text):
            ctx.add(m.start("id"), m.end("id"), "account")
    if ctx.has_digit and not ctx.text.isascii():
        for m in _NON_LATIN_PLATE_RE.finditer(ctx.text):
            ctx.add(m.start("id"), m.end("id"), "vehicle")
    if ctx.has_digit:
        if "end" in ctx.low or "last" in ctx.low:
            for m in _CARD_ENDING_RE.finditer(ctx.text):
                ctx.add(m.start("id"), m.end("id"), "account")
        _find_serials_after_devices(ctx)
        _find_labelled(ctx)
        _find_unlabelled_formats(ctx)
        _find_credentials(ctx)
        _find_grouped_ids(ctx)
        _find_postcodes(ctx)
        _find_moved_zips(ctx)
        _find_town_postcodes(ctx)
        if ctx.num_windows():
            _find_ibans(ctx)
        _find_short_plates(ctx)
        _find_cued_plates(ctx)
        _find_plates_beside_vehicles(ctx)
        _find_rural_routes(ctx)
        _find_catch_all(ctx)
    _find_vanity_plates(ctx)

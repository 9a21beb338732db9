"""Numbers and codes: labelled IDs (MRN, member, policy, account, licence, plate, serial...), SSNs,
VINs, MAC addresses, card numbers and unlabelled long IDs."""
from __future__ import annotations

import re

from .base import GENERIC_ID_PRIORITY, YEAR_RANGE, Ctx, digits

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
     r"(?i:member(?:ship)?\s*(?:id|number|no|#)?|subscriber(?:\s*(?:id|number|no|#))?|"
     r"policy(?:\s*holder)?(?:\s*(?:id|number|no|#))?|group\s*(?:id|number|no|#)|"
     r"insurance\s*(?:id|number|no|#|card)|plan\s*(?:id|number|#)|medicaid(?:\s*(?:id|number|no|#|card))?|"
     r"medicare(?:\s*(?:id|number|no|#|card))?|medi-cal(?:\s*(?:id|number|no|#))?|"
     r"beneficiary\s*(?:id|number|#)|health\s*(?:plan|card|insurance)\s*(?:id|number|no|#)?|"
     r"nhs\s*(?:number|no))|MBI"),
    ("account", ("account", "acct", "a/c", "routing", "card", "iban", "sort code", "badge", "employee", "student", "inmate", "booking", "claim", "docket", "reference", "ref", "confirmation", "case", "ticket", "#"), ("ID",),
     r"(?i:(?:(?:bank|checking|savings|credit\s+card|debit\s+card|credit\s+union|paypal|venmo|loan)\s+)?"
     r"(?:account|acct\.?|a/c)(?:\s*(?:number|no|num|#))?|routing(?:\s*(?:number|no|#))?|"
     r"card\s*(?:number|no|#)|iban|sort\s+code|badge|employee\s*(?:id|number|no|#)|student\s*(?:id|number|no|#)|"
     r"inmate|booking|claim|docket|reference|ref\.?|confirmation|case|ticket|#)|ID"),
    ("licence", ("licen", "lic.", "permit", "passport", "certificat", "credential", "bar ", "npi", "dea", "state id",
                 "id card"), ("DL", "D.L."),
     r"(?i:(?:driver'?s?|driving|nursing|medical|professional)\s+licen[cs]e|licen[cs]e(?!\s+plate)|"
     r"lic\.|permit|passport|certificat(?:e|ion)|credential|bar\s+(?:number|no|#)|npi|dea|state\s+id|id\s+card)|DL|D\.L\."),
    ("vehicle", ("plate", "registration", "reg.", "rego", "vin", "vehicle", "tag"), (),
     r"(?i:licen[cs]e\s+plate|number\s+plate|plate|registration|rego|reg\.|vin|vehicle\s*(?:id|number)|"
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
_D4 = re.compile(r"\d{4}")


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
    return bool(m) and not m.group(1).startswith("0") and int(m.group(1)) < int(m.group(2))


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
_KW_LOW_RE = re.compile("|".join(sorted({re.escape(k) for _c, low, _cs, _r in _LABELLED for k in low},
                                        key=len, reverse=True)))
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
        for m in _GENERIC_ID_RE.finditer(text, lo, hi):
            s = m.group(0)
            if YEAR_RANGE.fullmatch(s) or digits(s) < 5 or (s.replace("-", "").isdigit() and digits(s) < 6) \
                    or _is_range(s):
                continue
            ctx.add(m.start(), m.end(), "account", GENERIC_ID_PRIORITY)
    if text.count(":") >= 5 or text.count("-") >= 5:
        for m in _MAC_RE.finditer(text):
            ctx.add(m.start(), m.end(), "device")


# IBAN: country code, two check digits, then up to 30 letters and digits, often in groups of four.
_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")


def _iban_ok(s: str) -> bool:
    """ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    s = s.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def _find_ibans(ctx: Ctx) -> None:
    for m in _IBAN_RE.finditer(ctx.text):
        if _iban_ok(m.group(0)):
            ctx.add(m.start(), m.end(), "account")


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


def _find_vanity_plates(ctx: Ctx) -> None:
    if "plate" in ctx.low or "tag" in ctx.low:
        for m in _VANITY_PLATE_RE.finditer(ctx.text):
            ctx.add(m.start("id"), m.end("id"), "vehicle")


_SSN_SPACED_RE = re.compile(r"(?<![\d-])\d{3} \d{2} \d{4}(?![\d-])")
# UK National Insurance number (labelled "ssn", as the nearest Safe Harbor category)
_NINO_RE = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_UK_PLATE_RE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")


def _find_unlabelled_formats(ctx: Ctx) -> None:
    text = ctx.text
    for lo, hi in ctx.num_windows():
        for m in _SSN_SPACED_RE.finditer(text, lo, hi):
            ctx.add(m.start(), m.end(), "ssn")
        for m in _NINO_RE.finditer(text, lo, hi):
            ctx.add(m.start(), m.end(), "ssn")
    for m in _UK_PLATE_RE.finditer(text):
        ctx.add(m.start(), m.end(), "vehicle")


def find(ctx: Ctx) -> None:
    if ctx.has_digit:
        _find_labelled(ctx)
        _find_unlabelled_formats(ctx)
        if ctx.num_windows():
            _find_ibans(ctx)
        _find_short_plates(ctx)
    _find_vanity_plates(ctx)

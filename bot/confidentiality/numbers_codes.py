"""Numbers and codes: labelled IDs (MRN, member, policy, account, licence, plate, serial...), SSNs,
VINs, MAC addresses, card numbers and unlabelled long IDs."""
from __future__ import annotations

import re

from .base import YEAR_RANGE, Ctx, GENERIC_ID_PRIORITY, digits

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
_D4 = re.compile(r"\d{4}")


def _plausible_id(s: str) -> bool:
    if digits(s) < 3:
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



def _find_labelled(ctx: Ctx) -> None:
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
            if 13 <= digits(m.group(0)) <= 19 and _luhn(m.group(0)):
                ctx.add(m.start(), m.end(), "account")
    for m in _GENERIC_ID_RE.finditer(text):
        s = m.group(0)
        if YEAR_RANGE.fullmatch(s) or digits(s) < 5 or (s.replace("-", "").isdigit() and digits(s) < 6):
            continue
        ctx.add(m.start(), m.end(), "account", GENERIC_ID_PRIORITY)


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
    for m in _SSN_SPACED_RE.finditer(text):
        ctx.add(m.start(), m.end(), "ssn")
    for m in _NINO_RE.finditer(text):
        ctx.add(m.start(), m.end(), "ssn")
    for m in _UK_PLATE_RE.finditer(text):
        ctx.add(m.start(), m.end(), "vehicle")


def find(ctx: Ctx) -> None:
    if ctx.has_digit:
        _find_labelled(ctx)
        _find_unlabelled_formats(ctx)
    _find_vanity_plates(ctx)

"""National identity numbers, tax and health numbers and vehicle plates of the countries the practice
networks serve, as one declarative table (issue 12, round 7): format metadata in the manner of
phonenumbers' metadata for phones, rather than one hand-written rule per format.

Each row of ``FORMATS`` says what a format looks like (a regex of its shape, with ``~`` standing for an
optional space or hyphen between groups), how it is verified (a check digit, a valid date of birth),
which words announce it (cues, looked for just before it) and when it counts:

* ``"always"``   - the shape alone is specific enough ("KDA 447K" in Kenya, "KTU-442AB" in Nigeria);
* ``"check"``    - the check digit (or date) must hold; a cue word is not needed;
* ``"check|cue"`` - the check holds, or a cue word stands right before it (a number written down wrongly
                  is still the client's number);
* ``"cue"``      - the shape is too common to flag alone ("ABC 1234" is a plate only after "plate", "car");
                  a cue word must stand right before it;
* ``"model"``    - a plate right after a capitalised word that follows an article, possessive or colour: a
                  car's make or model ("the Myvi WXY 4471").

Matches verified only by a check digit get a lower priority than a cue-confirmed match, so that a phone
number or date that happens to fit a shape keeps its own category.  The formats come from the issuing
authorities' published descriptions (UIDAI, Income Tax Department, Ministry of Road Transport (IN);
Department of Home Affairs (ZA); ICA, LTA (SG); PSA, SSS, BIR, PhilHealth (PH); NIMC, CBN, FRSC (NG);
KRA, NTSA (KE); URSB/URA (UG), RRA (RW), TRA (TZ); the Ministry of Land, Infrastructure and Transport (KR); JPN (MY); Immigration Department (HK); Revenue (IE); Ministerio del Interior (ES); Ministry of Health (NZ);
Services Australia, ATO (AU)).  Examples in the tests are invented.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .base import Ctx

# ---------------------------------------------------------------------------
# Check digits and dates
# ---------------------------------------------------------------------------
_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))


def verhoeff(digits: str) -> bool:
    """Verhoeff check (Aadhaar's last digit)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


_SPANISH_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def spanish_id(core: str) -> bool:
    """Spain's DNI (8 digits) or NIE (X, Y or Z for 0, 1, 2, then 7 digits): the letter is the number mod 23."""
    if core[:1] in "XYZ":
        core = str("XYZ".index(core[0])) + core[1:]
    return len(core) == 9 and core[:8].isdigit() and _SPANISH_LETTERS[int(core[:8]) % 23] == core[8]


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _yymmdd(s: str) -> bool:
    try:
        date(2000 + int(s[:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return False
    return True


def za_id(s: str) -> bool:
    """South African ID: YYMMDD SSSS C A Z - a date of birth, citizenship 0-2, and a Luhn check digit."""
    return len(s) == 13 and _yymmdd(s) and s[10] in "012" and luhn(s)


# Place-of-birth codes of a MyKad: Malaysian states 01-16, 21-59, foreign codes 60-68, 71-72, 74-79, 82-93, 98-99.
_MY_PB = frozenset([*range(1, 17), *range(21, 60), *range(60, 69), 71, 72, *range(74, 80), *range(82, 94), 98, 99])


def mykad(s: str) -> bool:
    """Malaysian MyKad YYMMDD-PB-###G: a date of birth and a place-of-birth code."""
    return len(s) == 12 and _yymmdd(s) and int(s[6:8]) in _MY_PB


def nric(s: str) -> bool:
    """Singapore NRIC/FIN: prefix letter, 7 digits, check letter."""
    s = s.upper()
    if len(s) != 9:
        return False
    total = sum(int(d) * w for d, w in zip(s[1:8], (2, 7, 6, 5, 4, 3, 2)))
    p = s[0]
    if p in "TG":
        total += 4
    elif p == "M":
        total += 3
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "KLJNPQRTUWX"}[p]
    if p == "M":
        return s[8] == table[10 - total % 11]
    return s[8] == table[total % 11]


def hkid(s: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, check digit (0-9 or A)."""
    s = s.upper()
    letters = s[:-7]
    if len(letters) == 1:
        letters = " " + letters
    if len(letters) != 2:
        return False
    vals = [36 if c == " " else ord(c) - 55 for c in letters] + [int(c) for c in s[-7:-1]]
    total = sum(v * w for v, w in zip(vals, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    return s[-1] == ("A" if check == 10 else str(check))


def sg_plate(s: str) -> bool:
    """Singapore vehicle plate S + 1-2 letters + 1-4 digits + check letter."""
    s = s.upper()
    m = re.fullmatch(r"([A-Z]{1,3})(\d{1,4})([A-Z])", s)
    if not m:
        return False
    letters = m.group(1)[-2:].rjust(2, "@")
    vals = [0 if c == "@" else ord(c) - 64 for c in letters] + [int(c) for c in m.group(2).rjust(4, "0")]
    total = sum(v * w for v, w in zip(vals, (9, 4, 5, 4, 3, 2)))
    return m.group(3) == "AZYXUTSRPMLKJHGEDCB"[total % 19]


def ppsn(s: str) -> bool:
    """Irish PPS number: 7 digits, a check letter, maybe a second letter (A, B, H or W)."""
    s = s.upper()
    total = sum(int(d) * w for d, w in zip(s[:7], range(8, 1, -1)))
    if len(s) == 9 and s[8] != "W":
        total += 9 * (ord(s[8]) - 64)
    r = total % 23
    return s[7] == ("W" if r == 0 else chr(64 + r))


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def nhi(s: str) -> bool:
    """New Zealand NHI number, old format AAA9999: three letters, three digits, a mod-11 check digit."""
    s = s.upper()
    if len(s) != 7 or any(c not in _NHI_LETTERS for c in s[:3]):
        return False
    vals = [_NHI_LETTERS.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:6]]
    check = 11 - sum(v * w for v, w in zip(vals, range(7, 1, -1))) % 11
    return check != 11 and check % 10 == int(s[6])


def au_medicare(s: str) -> bool:
    """Australian Medicare card: 10 (or 11) digits, first 2-6, ninth digit a weighted check of the first eight."""
    if len(s) not in (10, 11) or s[0] not in "23456":
        return False
    return sum(int(d) * w for d, w in zip(s[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(s[8])


def au_tfn(s: str) -> bool:
    """Australian tax file number: 9 digits with a weighted mod-11 check."""
    return len(s) == 9 and sum(int(d) * w for d, w in zip(s, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0


_UNIT_LETTERS = frozenset("MG ML KG MM CM AM PM HR MB GB IU".split())


def not_a_dose(s: str) -> bool:
    """A plate does not end in a unit: "ABC 123 XY" is a plate, "LEX 100 MG" a label."""
    return s[-2:].upper() not in _UNIT_LETTERS


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class IdFormat:
    country: str  # ISO 3166 code
    name: str
    category: str  # a guard category (base.CATEGORIES)
    shape: str  # regex; "~" = an optional space or hyphen between groups
    when: str  # "always" | "check" | "check|cue" | "cue" | "model"
    check: Callable[[str], bool] | None = None  # on the letters and digits only
    cues: tuple[str, ...] = ()  # lower-case words or phrases; one must end within CUE_WINDOW before the match


CUE_WINDOW = 24
_PRIO_CHECKED = 62  # a check digit alone: below phone (75), date (60 + 2 so a date-shaped mistake does not win)

_IN_STATES = ("AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|"
              "TN|TR|TS|UK|UP|WB")
_VEHICLE = ("plate", "plates", "reg", "rego", "registration", "car", "cars", "ute", "bakkie", "van", "truck", "bike",
            "motorbike", "motorcycle", "scooter", "taxi", "cab", "matatu", "jeepney", "tricycle", "keke", "okada",
            "auto", "rickshaw", "boda", "hatchback", "sedan", "suv", "4x4", "vehicle", "tractor", "lorry", "trailer",
            "moped", "camper", "motorhome", "caravan", "boat", "snowmobile", "quad", "vessel", "canoe", "trawler")

_MEDICARE_CUES = ("medicare", "medicare no", "medicare number", "medicare card")

FORMATS: tuple[IdFormat, ...] = (
    # India
    IdFormat("IN", "Aadhaar", "ssn", r"[2-9]\d{3}([ -]?)\d{4}\1\d{4}", "check|cue", verhoeff,
             ("aadhaar", "aadhar", "adhar", "uid", "uidai", "aadhaar no", "aadhaar number", "aadhaar card")),
    IdFormat("IN", "PAN", "ssn", r"[A-Z]{3}[PCHFATBLJG][A-Z]~\d{4}~[A-Z]", "always"),
    IdFormat("IN", "ABHA", "health_plan", r"\d{2}-\d{4}-\d{4}-\d{4}", "always"),
    IdFormat("IN", "vehicle plate", "vehicle", r"(?:" + _IN_STATES + r")~\d{1,2}~[A-Z]{1,3}~\d{4}", "always"),
    IdFormat("IN", "vehicle plate (BH series)", "vehicle", r"\d{2}~BH~\d{4}~[A-Z]{1,2}", "always"),
    IdFormat("IN", "driving licence", "licence", r"(?:" + _IN_STATES + r")~?\d{2}~?(?:19|20)\d\d~?\d{7}", "always"),
    # South Africa
    IdFormat("ZA", "identity number", "ssn", r"\d{6}~\d{4}~\d{2}~\d", "check|cue", za_id,
             ("id", "id no", "id no.", "id number", "identity number", "identity", "sa id", "rsa id", "id book",
              "smart id")),
    IdFormat("ZA", "plate (Gauteng, KZN)", "vehicle", r"[A-Z]{2}~\d{2}~[A-Z]{2}~(?:GP|ZN)", "always"),
    IdFormat("ZA", "plate (provinces)", "vehicle", r"[A-Z]{3}~\d{3}~(?:GP|MP|NW|FS|EC|NC|L|ZN)", "always"),
    IdFormat("ZA", "plate (Western Cape)", "vehicle", r"C[AFJKLWXYZ][A-Z]?~\d{3}-\d{3}", "always"),
    IdFormat("ZA", "plate (Western Cape, KZN)", "vehicle", r"(?:C[AFJKLWXYZ][A-Z]?|N[A-Z]{1,2})~\d{3,6}", "cue",
             None, _VEHICLE),
    # Singapore
    IdFormat("SG", "NRIC/FIN", "ssn", r"[STFGM]\d{7}[A-Z]", "check|cue", nric,
             ("nric", "fin", "ic", "ic no", "ic number", "i/c", "id", "nric no", "fin no")),
    IdFormat("SG", "vehicle plate", "vehicle", r"[SE][A-Z]{1,2}~\d{1,4}~[A-Z]", "check|cue", sg_plate, _VEHICLE),
    # Philippines
    IdFormat("PH", "PhilSys number", "ssn", r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}", "cue", None,
             ("philsys", "psn", "pcn", "philid", "national id", "id")),
    IdFormat("PH", "SSS number", "ssn", r"\d{2}-\d{7}-\d", "always"),
    IdFormat("PH", "UMID CRN", "ssn", r"\d{4}-\d{7}-\d", "always"),
    IdFormat("PH", "TIN", "ssn", r"\d{3}-\d{3}-\d{3}-\d{3,5}", "always"),
    IdFormat("PH", "TIN (no branch)", "ssn", r"\d{3}([ -])\d{3}\1\d{3}", "cue", None, ("tin", "tin no", "tin #")),
    IdFormat("PH", "PhilHealth number", "health_plan", r"\d{2}-\d{9}-\d", "always"),
    # Nigeria
    IdFormat("NG", "NIN", "ssn", r"\d{11}", "cue", None, ("nin", "nimc", "national identification number")),
    IdFormat("NG", "BVN", "account", r"22\d{9}", "cue", None, ("bvn",)),
    IdFormat("NG", "vehicle plate", "vehicle", r"[A-Z]{3}~\d{3}~?[A-Z]{2}", "check", not_a_dose),
    # Kenya
    IdFormat("KE", "KRA PIN", "ssn", r"[AP]\d{9}[A-Z]", "always"),
    IdFormat("KE", "national ID", "ssn", r"\d{7,8}", "cue", None,
             ("kenyan id", "national id", "national id no", "id card", "huduma", "huduma namba")),
    IdFormat("KE", "vehicle plate", "vehicle", r"K[A-Z]{2}~\d{3}~?[A-Z]", "always"),
    IdFormat("KE", "motorcycle plate", "vehicle", r"KM[A-Z]{2}~\d{3}~?[A-Z]", "always"),
    # Uganda, Rwanda, Tanzania (the East African Community's shapes)
    IdFormat("UG", "vehicle plate", "vehicle", r"U[A-Z]{2}~\d{3}~?[A-Z]", "always"),
    IdFormat("RW", "vehicle plate", "vehicle", r"R[A-Z]{2}~\d{3}~?[A-Z]", "always"),
    IdFormat("TZ", "vehicle plate", "vehicle", r"T~?\d{3}~[A-Z]{3}", "always"),
    # South Korea: two or three digits, a Hangul syllable, four digits ("12가 3456")
    IdFormat("KR", "vehicle plate", "vehicle", r"\d{2,3}[\uac00-\ud7a3]~?\d{4}", "always"),
    # Malaysia
    IdFormat("MY", "MyKad", "ssn", r"\d{6}([ -]?)\d{2}\1\d{4}", "check", mykad),
    IdFormat("MY", "vehicle plate", "vehicle", r"[A-Z]{1,3}~\d{1,4}(?:~[A-Z])?", "cue", None, _VEHICLE),
    # Hong Kong
    IdFormat("HK", "HKID", "ssn", r"[A-Z]{1,2}\d{6}~?(?:\([0-9A]\)|[0-9A])", "check|cue", hkid,
             ("hkid", "hk id", "id", "id card", "identity card")),
    # Ireland
    IdFormat("IE", "PPS number", "ssn", r"\d{7}[A-W][ABHW]?", "check|cue", ppsn, ("pps", "ppsn", "pps no")),
    # Spain (round 41): DNI and NIE, the letter a check of the number, written grouped too ("X 4127 003 L")
    IdFormat("ES", "DNI", "ssn", r"\d{2}\.?\d{3}\.?\d{3}~[A-Z]", "check|cue", spanish_id, ("dni", "nif", "dni/nif")),
    IdFormat("ES", "NIE", "ssn", r"[XYZ]~\d{4}~?\d{3}~[A-Z]", "always"),  # (the shape alone: a letter, 7 digits, a letter)
    # New Zealand
    IdFormat("NZ", "NHI number", "health_plan", r"[A-HJ-NP-Z]{3}\d{4}", "check|cue", nhi, ("nhi", "nhi number")),
    # Australia
    IdFormat("AU", "Medicare number", "health_plan", r"[2-6]\d{3}[ -]\d{5}[ -]\d(?:[-/ ]?\d)?", "check|cue",
             au_medicare, _MEDICARE_CUES),
    IdFormat("AU", "Medicare number, run together", "health_plan", r"[2-6]\d{9,10}", "cue", None, _MEDICARE_CUES),
    IdFormat("AU", "tax file number", "ssn", r"\d{3}~\d{3}~\d{3}", "cue", None, ("tfn", "tax file number")),
    # Germany (round 35): the district's letters, a hyphen, one or two letters and a number ("RO-KN 1976")
    IdFormat("DE", "vehicle plate", "vehicle", r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}~\d{1,4}[EH]?", "cue", None, _VEHICLE),
    # Vietnam (round 35): the province's two digits, a series, and five digits with a dot ("59-X2 447.18")
    IdFormat("VN", "vehicle plate", "vehicle", r"\d{2}-?[A-Z]{1,2}\d?~\d{3}\.\d{2}", "always"),
    # Plates of any country after a vehicle word: "the Hilux FKR 882", "rego 1ABC 234", "plate WXY 4471"
    IdFormat("*", "vehicle plate after a vehicle word", "vehicle",
             r"(?:[A-Z]{1,3}~\d{2,4}(?:~[A-Z]{1,3})?|\d{1,3}~[A-Z]{2,3}~\d{2,4}|\d[A-Z]{2,3}~\d{2,3}|\d{3}~[A-Z]{3}"
             r"|[A-Z]{2}~[A-Z]{2,3}~\d{3,4})",  # (round 37: the country's letters first - "SE FXR 418", "PA-DAR 0418")
             "cue", None, _VEHICLE),
    # ... and after a car's make or model, without a vehicle word: "the Myvi WXY 4471", "a white Polo, HJK 447"
    IdFormat("*", "vehicle plate after a car's make", "vehicle", r"[A-Z]{2,3}~\d{3,4}(?:~[A-Z]{1,3})?", "model"),
)


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------
def _compile(shape: str) -> re.Pattern[str]:
    # not a piece of a longer number: "4111 1111 1111 1111" holds no Aadhaar
    return re.compile(r"(?<![A-Za-z0-9-])(?<!\d )(?:" + shape.replace("~", "[ -]?") + r")(?![A-Za-z0-9]|[-.,/ ]\d)")


_COMPILED: list[tuple[IdFormat, re.Pattern[str]]] = [(f, _compile(f.shape)) for f in FORMATS]
_FILLERS = frozenset(("is", "was", "no", "no.", "number", "num", "#", "reads", "card"))
# Car models written before a plate ("the Myvi WXY 4471", "a white Polo, HJK 447 GP").
_MODEL_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|my|white|black|silver|red|blue|grey|gray|green)\s+)"
                           r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+,?\s*$")
# Letters that open another kind of number or a score, not a plate: "MRN 4471", "BSN 1112", "PHQ 21".
_NOT_PLATE_LETTERS = frozenset("""MRN SSN NPI DEA NHS BSN PIN TFN NIN BVN SIN TIN PAN UR ID DOB ICD CPT DSM PHQ GAD BDI
BAI PCL IQ HR BP RM APT STE NO REF CRN PPS NHI MBI PHN HSN UMID SSS PSN PCN NRIC FIN HKID IC KRA EPDS MMSE MOCA
SUDS VOC BMI""".split())
# (round 44) Scales whose name and edition have a plate's shape, whatever the format: "SCL-90-R" beside "Dutch
# colleagues" read as a Dutch plate.
_SCALE_LETTERS = frozenset("SCL BSI DES CAPS MADRS HAMD PANSS YBOCS ASRS SDQ PHQ GAD BDI BAI PCL EPDS MMSE MOCA".split())
_LETTERS_RE = re.compile(r"[A-Z]+")
_NOT_PLATE_AFTER = re.compile(r"\s*(?:%|mg|mcg|ml|kg|lbs?|am|pm|hrs?|hours|mins?|minutes|days|weeks|years|times|x)\b",
                              re.I)


def _cued(text: str, start: int, cues: tuple[str, ...]) -> bool:
    before = text[max(0, start - CUE_WINDOW):start].lower()
    stripped = before.rstrip(" :#=(,-")
    for cue in cues:
        if stripped.endswith(cue) and (len(stripped) == len(cue) or not stripped[-len(cue) - 1].isalnum()):
            return True
        # one filler word between the cue and the number: "Aadhaar no. 2345 ...", "plate is WXY 4471"
        k = stripped.rfind(" ")
        if k > 0 and stripped[k + 1:] in _FILLERS \
                and stripped[:k].rstrip(" :#").endswith(cue):
            return True
    return False


def _cue_words(cues: tuple[str, ...]) -> frozenset[str]:
    """The words (as the tokenizer lower-cases them) any of the cues starts or ends with."""
    out = set()
    for cue in cues:
        parts = re.findall(r"[a-z]+", cue)
        if parts:
            out.add(parts[0])
            out.add(parts[-1])
    return frozenset(out)


# Per format: the words whose presence makes a cue possible (None: the format is checked without a cue).
_GATES: list[tuple[IdFormat, re.Pattern[str], frozenset[str] | None]] = [
    (f, rx, _cue_words(f.cues) if f.when == "cue" else None) for f, rx in _COMPILED]


def _any_shape(shapes: list[str]) -> re.Pattern[str]:
    """One regex that matches where any of the shapes does (backreferences made loose): a window in which it
    finds nothing needs no format tried one by one."""
    loose = [re.sub(r"\\1", "[ -]?", re.sub(r"(?<!\\)\((?!\?)", "(?:", sh)) for sh in shapes]
    return _compile("|".join(f"(?:{sh})" for sh in loose))


_UNGATED_ANY = _any_shape([f.shape for f, _rx, gate in _GATES if gate is None])


# Every shape is written in capitals, digits, spaces, hyphens and parentheses: the formats are tried only on runs
# of those characters that hold a digit (a cheap scan, as the run's first character is a plain character class).
_RUN_RE = re.compile(r"[A-Z0-9][A-Z0-9() \uac00-\ud7a3-]{2,}[A-Z0-9)]")  # (and Hangul, for Korean plates)
_LOOK = 3  # characters after a run that a shape's lookahead reads


def find(ctx: Ctx) -> None:
    text = ctx.text
    if not ctx.has_digit:
        return
    n = len(text)
    runs = [(m.start(), min(n, m.end() + _LOOK)) for m in _RUN_RE.finditer(text)
            if any(map(str.isdigit, m.group(0)))]
    if not runs:
        return
    lows = ctx.lows
    ungated: list[tuple[int, int]] | None = None
    for fmt, rx, gate in _GATES:
        if gate is not None:
            if gate.isdisjoint(lows):
                continue
            todo = runs
        else:
            if ungated is None:
                ungated = [w for w in runs if _UNGATED_ANY.search(text, w[0], w[1])]
            todo = ungated
        for lo, hi in todo:
            for m in rx.finditer(text, lo, hi):
                _found(ctx, fmt, m)


def _found(ctx: Ctx, fmt: IdFormat, m: re.Match[str]) -> None:
    text = ctx.text
    s = m.group(0)
    core = "".join(c for c in s if c.isalnum())
    vehicle = fmt.category == "vehicle"
    if vehicle:
        lead = _LETTERS_RE.match(s)
        if not any(c.isalpha() for c in core) or _NOT_PLATE_AFTER.match(text, m.end()) or (
                fmt.when in ("cue", "model") and lead is not None and lead.group(0) in _NOT_PLATE_LETTERS) or (
                lead is not None and lead.group(0) in _SCALE_LETTERS):
            return
    when = fmt.when
    if when == "always":
        ctx.add(m.start(), m.end(), fmt.category)
        return
    checked = fmt.check is not None and fmt.check(core)
    if when == "check":
        if checked:
            ctx.add(m.start(), m.end(), fmt.category)
        return
    if when == "model":
        if _MODEL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            ctx.add(m.start(), m.end(), fmt.category)
        return
    if _cued(text, m.start(), fmt.cues):
        ctx.add(m.start(), m.end(), fmt.category)
    elif when == "check|cue" and checked:
        ctx.add(m.start(), m.end(), fmt.category, _PRIO_CHECKED)

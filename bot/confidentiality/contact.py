"""Contact details: e-mail, web addresses and handles, IP addresses, phone and fax numbers.

Phone numbers: North American and international ("+44 ...") numbers by pattern; numbers in a
national format that starts with a trunk 0 (UK, AU, IE, NZ) by pattern too, and by ``phonenumbers``'
matcher (regions in lexicon.PHONE_REGIONS) for the digit runs no pattern covers - the matcher costs
about 0.1-0.3 ms a call, so it is kept off the common path.
"""
from __future__ import annotations

import ipaddress
import re

from phonenumbers import Leniency, PhoneNumberMatcher

from .base import YEAR_RANGE, Ctx, digits, merge_windows
from .lexicon import PHONE_REGIONS

# ---------------------------------------------------------------------------
# E-mail, URLs, IPs
# ---------------------------------------------------------------------------
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])")
_EMAIL_OBFUSCATED_RE = re.compile(
    r"(?i)(?<![\w.+-])[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\})\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\.)\s*[\w-]+)+")
# (round 48) An Indian UPI payment address: a name and a bank's or app's handle, no dot - "dhruvpatel19@okaxis",
# "9876543210@ybl" (the handles of NPCI's list that the large banks and apps issue).
_UPI_ADDRESS_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.-]{1,48}@(?:ok(?:axis|sbi|hdfcbank|icici)|ybl|ibl|axl|paytm|"
                             r"apl|yapl|upi|pty(?:es|axis|hdfc|sbi)|axisbank|hdfcbank|icici|sbi|kotak|idfcbank|"
                             r"freecharge|jupiteraxis|waaxis|wahdfcbank|wasbi|waicici)(?![\w-]|\.\w)", re.I)
# (round 52) ... or any handle of that shape (a name, "@", a word, no domain after it) named as where a payment goes:
# "Interac to jcardinal.ftmc@interac", "PayID sam.k@anz", "Zelle: lucy.b@chase".
_PAYMENT_HANDLE_RE = re.compile(r"(?i:\b(?:interac|e-?transfer|zelle|payid|upi|venmo|paypal|pix|vpa)\b[^.\n@]{0,24}?)"
                                r"(?<![\w.+-])(?P<h>[A-Za-z0-9][\w.-]{1,48}@[A-Za-z][\w-]{1,30})(?![\w@-]|\.\w)")
_TLDS = ("com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|nz|de|fr|es|it|nl|se|no|dk|fi|ie|in|ch|at|"
         "be|br|mx|jp|kr|cn|za|ng|ke|ph|info|biz|me|ly|app|dev|health|care|online|site|xyz|tv|fm|"
         "page|blog|life|coach|club|shop|store|link|live|ai|so|gg|ws|social|email|website|space|"
         "therapy|clinic|doctor|family|church|school|news|art|studio|design|tech|example|test")
_URL_RE = re.compile(
    r"(?i:\b(?:https?://|ftp://|www\.)[^\s<>\"'`|]+)"
    r"|(?i:(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")(?![\w-])"
    r"(?:/[^\s<>\"'`|]*)?)"
    # any other top-level domain when a path follows: "gofund.example/someones-page", "site.xyz/a/b"
    r"|(?i:(?<![\w@.\-/])(?:[a-z0-9][a-z0-9-]+[a-z0-9]\.)+[a-z]{2,24}/[\w\-./?=&%#~+]*[\w/])")
# An e-mail address spelled out with words, so that it is not a link: "j.okoro77 at mailbox dot example".
_EMAIL_WORDS_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*\s+(?:at|AT)\s+[A-Za-z0-9][\w-]*"
                             r"(?:\s+(?:dot|DOT)\s+[A-Za-z0-9][\w-]*)+")
_NOT_EMAIL_LOCAL = frozenset("i me we you he she they it him her them us is was look looking be am are not all "
                             "home work school this that one".split())
# A Reddit user ("u/name"): a handle, unlike a community ("r/name").
_REDDIT_USER_RE = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}(?![\w/-])")
# "x.y": found from its dot (a literal the regex engine skips ahead to; a leading [A-Za-z0-9] is tried at nearly every
# position), the character before it checked behind.  Its spans start at the dot: see _find_web.
_DOMAIN_HINT = re.compile(r"\.(?<=[A-Za-z0-9]\.)[A-Za-z]")
# (round 38) A user name standing alone, without its "@": letters, an underscore and digits in one word.
_BARE_HANDLE_RE = re.compile(r"(?<![\w@./:-])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*\d[A-Za-z0-9_]*(?![\w@/-])(?!\.\w)")
_CASHTAG_RE = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_]{3,19}(?![\w$])")  # a Cash App cashtag
_SPACE_RE = re.compile(r"\s")
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
    r"|(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?!\d)"
    # a 7-digit local number ("555-0143"), not a range of amounts ("400-1200 calories")
    r"|(?<![\w+.,/-])\d{3}[\s.-]\d{4}(?![\d-]|[.,]\d|\s*(?:mg|mcg|ml|kg|lbs?|calories|kcal|steps|%|percent|"
    r"dollars|words|people|hours|minutes|miles|km|ms|points|sessions|feet|ft|metres|meters|iu|units?|mmol|"
    r"meq|ng|pg|mcl|µl|cells|copies|ppm|IU)\b)"
    # ten digits in a row with a North American area code ("5035550142")
    r"|(?<![\w+])(?:\+?1)?[2-9]\d{2}[2-9]\d{6}(?![\w-])")
# National format outside North America: a trunk 0, an area code, 9-11 digits in all
# ("020 7946 0018", "0161 496 0327", "07700 900461", "(08) 5550 1234", "01 555 0123").
_PHONE_NATIONAL = re.compile(r"(?<![\w+.,/-])(?:\(0[1-9]\d{0,3}\)|0[1-9]\d{0,3})[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,2}(?![\d-]|[.,]\d)")
_PHONE_CUE_RE = re.compile(
    r"(?i:\b(?:phone|cell|mobile|tel|telephone|landline|whatsapp|text(?:ed|s)?|call(?:ed|s)?|"
    r"number|reach\s+(?:me|her|him|them)\s+at)\b)[^\d\n]{0,15}(?P<num>\+?\(?\d[\d\s().-]{5,18}\d)")
_FAX_CUE_RE = re.compile(r"(?i)\bfax(?:ed|ing|es)?\b|(?<![A-Za-z])F\s*[:.]\s*$|\(f\)\s*$")


# A bare domain written with a capital, no "www", no path: how a product or a body is named ("Doxy.me",
# "Otter.ai", "Neurosymptoms.org"); no web address of a person in the development sets (8,700 texts) is written so.
# (After an owner it is theirs: "her site Annaweaves.com".)
_PRODUCT_DOMAIN_RE = re.compile(r"[A-Z][a-z0-9]+(?:-[a-z0-9]+)?\.(?:com|org|net|me|ai|io|co|app|health|care|info)")
_OWNER_BEFORE_RE = re.compile(r"(?i:\b(?:my|her|his|their|client's|clients'|patient's)\s+(?:own\s+)?"
                              r"(?:site|website|page|blog|shop|store|domain|business)?\s*)$|['’]s\s+$")


def product_domain(text: str, start: int, end: int) -> bool:
    """text[start:] is a bare domain written as a name (``end``: its end, or the end of its first word)."""
    m = _PRODUCT_DOMAIN_RE.match(text, start)
    return m is not None and m.end() >= end and not text[m.end():m.end() + 1].isalnum() \
        and text[m.end():m.end() + 1] not in "/@" and text[start - 1:start] not in ".@/" \
        and not _OWNER_BEFORE_RE.search(text, max(0, start - 24), start)


def _find_web(ctx: Ctx) -> None:
    text, low = ctx.text, ctx.low
    if "@" in text:
        for m in _EMAIL_RE.finditer(text):
            ctx.add(m.start(), m.end(), "email")
        for m in _HANDLE_RE.finditer(text):
            if len(m.group(0)) > 2:
                ctx.add(m.start(), m.end(), "url")
        for m in _UPI_ADDRESS_RE.finditer(text):  # (round 48) "UPI dhruvpatel19@okaxis"
            ctx.add(m.start(), m.end(), "account")
        for m in _PAYMENT_HANDLE_RE.finditer(text):
            ctx.add(m.start("h"), m.end("h"), "account")
    if " dot " in low and " at " in low:
        for m in _EMAIL_WORDS_RE.finditer(text):
            if m.group().split()[0].lower() not in _NOT_EMAIL_LOCAL:
                ctx.add(m.start(), m.end(), "email")
    if "_" in text and ctx.has_digit:
        for m in _BARE_HANDLE_RE.finditer(text):  # (round 38) "WeChat pay wxid_zxm0417kmg"
            if sum(c.isdigit() for c in m.group()) >= 2:  # (not "PHQ_9")
                ctx.add(m.start(), m.end(), "account")
    if "$" in text:
        cash_app = "cash app" in low or "cashapp" in low
        for m in _CASHTAG_RE.finditer(text):  # (round 40) "Cash App $TiaBurnsKY447" - not "$100", "$USD"
            tag = m.group()[1:]
            if cash_app or (any(c.isdigit() for c in tag) and any(c.isalpha() for c in tag)) or (
                    any(c.islower() for c in tag) and any(c.isupper() for c in tag[1:])):
                ctx.add(m.start(), m.end(), "account")
    if "u/" in text:
        for m in _REDDIT_USER_RE.finditer(text):
            ctx.add(m.start(), m.end(), "url")
    if "[at]" in low or "(at)" in low or "{at}" in low:
        for m in _EMAIL_OBFUSCATED_RE.finditer(text):
            ctx.add(m.start(), m.end(), "email")
    # A web address holds no white space: scan only the white-space-delimited stretches with a hint.
    # (each span from the character before the dot: "a.b.c" yields "a.b" and "b.c" - one window all the same, as
    # each grows to the white space around it)
    spans = [(m.start() - 1, m.end()) for m in _DOMAIN_HINT.finditer(text)]
    if "://" in text:
        spans += [(i, i + 3) for i in range(len(text)) if text.startswith("://", i)]
    if spans:
        windows = []
        for lo, hi in spans:
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
            space = _SPACE_RE.search(text, hi)
            windows.append((lo, space.start() if space else len(text)))
        for lo, hi in merge_windows(windows, len(text)):
            for m in _URL_RE.finditer(text, lo, hi):
                if product_domain(text, m.start(), m.end()):
                    continue  # a product or a body by its domain, written as a name: "Doxy.me", "Otter.ai"
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



# Two 24-hour clock times joined by a dash: a shift or opening hours ("0700-1930"), not an 8-digit number.
_TIME_RANGE_RE = re.compile(r"([01]\d|2[0-3])[0-5]\d\s?[-–]\s?([01]\d|2[0-3])[0-5]\d")
# (round 48) A range of round hundreds, the smaller first: "private fees in pesos are 800-1200".
_PHONE_WORD_BEFORE_RE = re.compile(r"(?i)\b(?:phone|number|no|call|calls|called|cell|mobile|tel|fax|text|ring|dial|line|"
                                   r"ext)\b")
_ROUND_RANGE_RE = re.compile(r"(?P<a>[1-9]\d{0,2}00)\s?[-–]\s?(?P<b>[1-9]\d{0,2}00)")


def _a_range(text: str, start: int, end: int) -> bool:
    if _TIME_RANGE_RE.fullmatch(text, start, end):
        return True
    m = _ROUND_RANGE_RE.fullmatch(text, start, end)
    return m is not None and int(m.group("a")) < int(m.group("b")) \
        and not _PHONE_WORD_BEFORE_RE.search(text, max(0, start - 32), start)


def _phone_category(text: str, start: int) -> str:
    return "fax" if _FAX_CUE_RE.search(text, max(0, start - 40), start) else "phone"


_DATE_SHAPE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}")
_NATIONAL_ZERO = re.compile(r"(?<![\w./-])\(?0\d")


_NATIONAL_REGIONS = tuple(r for r in PHONE_REGIONS if r not in ("US", "CA"))  # CA: same plan as the US


def _matcher_spans(chunk: str, region: str) -> list[tuple[int, int, str]]:
    try:
        return [(m.start, m.end, m.raw_string) for m in PhoneNumberMatcher(chunk, region, leniency=Leniency.POSSIBLE)]
    except Exception:  # pragma: no cover - never let the library crash the guard
        return []


# (round 53) A national number with its area or network code before a slash, as Serbia, Croatia, Austria and Germany
# write them: "064/519-2284", "0664/1234567" (a leading 0, then seven digits or more).
_SLASH_PHONE_RE = re.compile(r"(?<![\w/.-])0\d{2,4}/\d{3,4}[-\s]?\d{3,4}(?![\w/-])")


def _find_phones(ctx: Ctx) -> None:
    text = ctx.text
    if "/" in text:
        for m in _SLASH_PHONE_RE.finditer(text):
            ctx.add(m.start(), m.end(), "phone")
    # Only digit runs that could be a phone number: 7+ digits and not a date ("2026-03-14").
    runs = [m.span() for m in _PHONE_HINT.finditer(text)
            if digits(m.group(0)) >= 7 and not _DATE_SHAPE.fullmatch(m.group(0))]
    if not runs:
        return
    # (the tail is long enough for the patterns' look-aheads: "400-1200 calories")
    windows = merge_windows([(a - 6, b + 24) for a, b in runs], len(text))
    seen: list[tuple[int, int]] = []
    # the pattern matches of each window, found once for both loops below
    plain = [([m for m in _PHONE_FALLBACK.finditer(text, lo, hi) if digits(m.group(0)) >= 7],
              [m for m in _PHONE_NATIONAL.finditer(text, lo, hi) if 9 <= digits(m.group(0)) <= 11]) for lo, hi in windows]
    for (lo, hi), (nanp, national) in zip(windows, plain):
        fallback = nanp + national
        # The matcher (libphonenumber) is the slow part: skip it when the plain North American /
        # international pattern already covers every digit run of the window.
        if all(any(f.start() <= a + 1 and b - 1 <= f.end() for f in fallback) for a, b in runs if lo <= a < hi):
            continue
        chunk = text[lo:hi]
        # Numbers in national format outside North America start with 0 (UK, AU, IE, NZ): try those
        # regions and stop at the first that reads a number.  North American numbers are left to the
        # patterns of _PHONE_FALLBACK: the library's matcher costs ~0.3 ms a window and found nothing more
        # on the development sets.
        regions = _NATIONAL_REGIONS if any(text[a] == "0" for a, b in runs if lo <= a < hi) else ()
        for region in regions:
            found = False
            for s, e, raw in _matcher_spans(chunk, region):
                if any(a <= lo + s < b for a, b in seen) or _DATE_SHAPE.fullmatch(raw) \
                        or len(set(c for c in raw if c.isdigit()) - {"0"}) < 2:
                    continue  # a date, or mostly zeros ("00 0000 0000")
                found = True
                seen.append((lo + s, lo + e))
                ctx.add(lo + s, lo + e, _phone_category(text, lo + s))
            if found:
                break
    for nanp, national in plain:
        for m in nanp:
            if not any(s <= m.start() < e for s, e in seen):
                ctx.add(m.start(), m.end(), _phone_category(text, m.start()))
        for m in national:
            if not any(s <= m.start() < e for s, e in seen):
                ctx.add(m.start(), m.end(), _phone_category(text, m.start()))
    for lo, hi in merge_windows([(lo - 40, hi) for lo, hi in windows], len(text)):
        for m in _PHONE_CUE_RE.finditer(text, lo, hi):
            num = m.group("num").rstrip(" .-(")
            if 7 <= digits(num) <= 15 and not YEAR_RANGE.fullmatch(num):
                ctx.add(m.start("num"), m.start("num") + len(num), _phone_category(text, m.start("num")))


def _drop_time_ranges(ctx: Ctx, first: int) -> None:
    """Phone findings (added from index ``first`` on) that are a range of clock times or of round hundreds."""
    text = ctx.text
    ctx.items[first:] = [it for it in ctx.items[first:]
                         if it[2] not in ("phone", "fax") or not _a_range(text, it[0], it[1])]


def find(ctx: Ctx) -> None:
    if ctx.has_digit:
        first = len(ctx.items)
        _find_phones(ctx)
        if len(ctx.items) > first:
            _drop_time_ranges(ctx, first)
    _find_web(ctx)

"""Contact details: e-mail, web addresses and handles, IP addresses, phone and fax numbers."""
from __future__ import annotations

import ipaddress
import re

from phonenumbers import Leniency, PhoneNumberMatcher

from .lexicon import PHONE_REGIONS
from .base import YEAR_RANGE, Ctx, digits, merge_windows

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


def _find_web(ctx: Ctx) -> None:
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


_DATE_SHAPE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}")
_NATIONAL_ZERO = re.compile(r"(?<![\w./-])\(?0\d")


def _find_phones(ctx: Ctx) -> None:
    text = ctx.text
    windows = merge_windows([(m.start() - 6, m.end() + 6) for m in _PHONE_HINT.finditer(text)], len(text))
    if not windows:
        return
    seen: list[tuple[int, int]] = []
    for lo, hi in windows:  # the matcher only sees the digit runs (plus a little context)
        try:
            chunk = text[lo:hi]
            # North America first; numbers in national format elsewhere start with 0 (UK, AU, IE, NZ).
            regions = PHONE_REGIONS if _NATIONAL_ZERO.search(chunk) else ("US",)
            for region in regions:
                if region == "CA":
                    continue  # same numbering plan as the US
                for m in PhoneNumberMatcher(chunk, region, leniency=Leniency.POSSIBLE):
                    if any(s <= lo + m.start < e for s, e in seen) or _DATE_SHAPE.fullmatch(m.raw_string):
                        continue
                    seen.append((lo + m.start, lo + m.end))
                    ctx.add(lo + m.start, lo + m.end, _phone_category(text, lo + m.start))
        except Exception:  # pragma: no cover - never let the library crash the guard
            pass
    for lo, hi in windows:
        for m in _PHONE_FALLBACK.finditer(text, lo, hi):
            if digits(m.group(0)) >= 7 and not any(s <= m.start() < e for s, e in seen):
                ctx.add(m.start(), m.end(), _phone_category(text, m.start()))
    for lo, hi in merge_windows([(lo - 40, hi) for lo, hi in windows], len(text)):
        for m in _PHONE_CUE_RE.finditer(text, lo, hi):
            num = m.group("num").rstrip(" .-(")
            if 7 <= digits(num) <= 15 and not YEAR_RANGE.fullmatch(num):
                ctx.add(m.start("num"), m.start("num") + len(num), _phone_category(text, m.start("num")))


def find(ctx: Ctx) -> None:
    if ctx.has_digit:
        _find_phones(ctx)
    _find_web(ctx)

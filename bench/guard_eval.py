"""Evaluate the identifier guard on the hand-written evaluation set.

Run from the project root:  python bench/guard_eval.py  [--misses]

Prints per-category recall, overall pattern recall, name recall, false alarms
per 10 clean snippets and the median time per snippet, then a Markdown table
for the README.  A planted identifier counts as found when any finding
overlaps its span (whatever category the guard gave it); the table also shows
how often the guard's category matched.
"""
from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.confidentiality import check_text  # noqa: E402
from bot.confidentiality.guard import CATEGORIES  # noqa: E402
from tests.guard.eval_set import CASES, PATTERN_CATEGORIES  # noqa: E402


def evaluate(cases=CASES):
    found = defaultdict(int)
    total = defaultdict(int)
    same_cat = defaultdict(int)
    misses: list[tuple[str, str, str]] = []
    false_alarms: list[tuple[str, list]] = []
    clean = 0
    for case in cases:
        findings = check_text(case.text)
        if not case.expected:
            clean += 1
            if findings:
                false_alarms.append((case.text, [(f.category, case.text[f.start:f.end]) for f in findings]))
            continue
        for cat, sub in case.expected:
            start = case.text.index(sub)
            end = start + len(sub)
            total[cat] += 1
            hits = [f for f in findings if f.start < end and start < f.end]
            if hits:
                found[cat] += 1
                if any(f.category == cat for f in hits):
                    same_cat[cat] += 1
            else:
                misses.append((cat, sub, case.text))
    pattern_total = sum(total[c] for c in PATTERN_CATEGORIES)
    pattern_found = sum(found[c] for c in PATTERN_CATEGORIES)
    return {
        "found": dict(found), "total": dict(total), "same_category": dict(same_cat),
        "pattern_recall": pattern_found / pattern_total if pattern_total else 1.0,
        "pattern_found": pattern_found, "pattern_total": pattern_total,
        "name_recall": found["name"] / total["name"] if total["name"] else 1.0,
        "place_recall": found["place"] / total["place"] if total["place"] else 1.0,
        "clean": clean, "false_alarms": false_alarms,
        "false_alarms_per_clean": len(false_alarms) / clean if clean else 0.0,
        "misses": misses,
    }


def timing(cases=CASES, rounds: int = 20) -> dict[str, float]:
    per_snippet: list[float] = []
    for case in cases:
        check_text(case.text)  # warm-up
        t0 = time.perf_counter()
        for _ in range(rounds):
            check_text(case.text)
        per_snippet.append((time.perf_counter() - t0) / rounds)
    text500 = " ".join(c.text for c in cases)[:500]
    t0 = time.perf_counter()
    for _ in range(rounds * 10):
        check_text(text500)
    per500 = (time.perf_counter() - t0) / (rounds * 10)
    return {"median_ms": statistics.median(per_snippet) * 1000, "max_ms": max(per_snippet) * 1000,
            "per_500_chars_ms": per500 * 1000}


def main(argv: list[str]) -> int:
    r = evaluate()
    t = timing()
    n_id = sum(1 for c in CASES if c.expected)
    print(f"snippets: {len(CASES)} ({n_id} with planted identifiers, {r['clean']} clean); "
          f"planted identifiers: {sum(r['total'].values())}")
    print()
    print(f"{'category':<16}{'found':>7}{'total':>7}{'recall':>9}{'same cat':>10}")
    for cat in CATEGORIES:
        tot = r["total"].get(cat, 0)
        if not tot:
            continue
        fnd = r["found"].get(cat, 0)
        print(f"{cat:<16}{fnd:>7}{tot:>7}{fnd / tot:>9.1%}{r['same_category'].get(cat, 0) / tot:>10.1%}")
    print()
    print(f"pattern recall (numbers, dates, e-mail, URLs, addresses): "
          f"{r['pattern_recall']:.1%} ({r['pattern_found']}/{r['pattern_total']})")
    print(f"name recall:  {r['name_recall']:.1%}")
    print(f"place recall: {r['place_recall']:.1%}")
    print(f"false alarms: {len(r['false_alarms'])} of {r['clean']} clean snippets "
          f"= {10 * r['false_alarms_per_clean']:.2f} per 10 clean snippets")
    print(f"time: median {t['median_ms']:.3f} ms per snippet, max {t['max_ms']:.3f} ms, "
          f"{t['per_500_chars_ms']:.3f} ms for a 500-character text")
    if r["false_alarms"]:
        print("\nfalse alarms:")
        for text, fs in r["false_alarms"]:
            print(f"  {fs}  <- {text[:90]}")
    if r["misses"] and ("--misses" in argv or len(r["misses"]) <= 15):
        print("\nmissed:")
        for cat, sub, text in r["misses"]:
            print(f"  [{cat}] {sub!r}  <- {text[:90]}")
    print("\nREADME table:\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| recall, pattern identifiers ({r['pattern_total']}) | {r['pattern_recall']:.1%} | >= 98% |")
    print(f"| recall, personal names ({r['total'].get('name', 0)}) | {r['name_recall']:.1%} | >= 90% |")
    print(f"| recall, places ({r['total'].get('place', 0)}) | {r['place_recall']:.1%} | - |")
    print(f"| false alarms per 10 clean snippets ({r['clean']}) | {10 * r['false_alarms_per_clean']:.2f} | <= 1 |")
    print(f"| median time per snippet | {t['median_ms']:.2f} ms | < 1 ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Evaluate the identifier guard on the development set and on the locked test set, in one run.

Run from the project root:  python bench/guard_eval.py  [--misses]

* DEVELOPMENT set: tests/guard/eval_set.py (CASES) plus tests/guard/dev_extra.py (EXTRA_CASES).
  Rules may be tuned on it; ``--misses`` prints its misses and false alarms.
* LOCKED test set: tests/guard/locked_set.py (LOCKED_CASES), written before the rules it scores.
  Only aggregate figures are printed for it, never its misses or false alarms: the
  locked figures are the guard's figures.

A planted identifier counts as found when any finding overlaps its span (whatever
category the guard gave it); "same cat" shows how often the category matched too.
A clean snippet with any finding is one false alarm.

Also measured: the time and memory it takes to load the guard's word lists once
(RSS delta of this process, and tracemalloc's count of the Python objects kept),
and p50/p99 latency of check_text on 500-character requests after that.
"""
from __future__ import annotations

import gc
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as f:
            import os
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - not Linux
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure_load() -> dict[str, float]:
    """Import the guard and load its lists once; time, RSS delta and traced Python memory."""
    gc.collect()
    rss0 = _rss_bytes()
    tracemalloc.start()
    t0 = time.perf_counter()
    from bot.confidentiality import guard
    guard.preload()
    seconds = time.perf_counter() - t0
    traced, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    rss1 = _rss_bytes()
    # tracemalloc slows the load down; time it again without it in a child process.
    import subprocess
    code = ("import sys,time; sys.path.insert(0, %r); t=time.perf_counter(); "
            "from bot.confidentiality import guard; guard.preload(); print(time.perf_counter()-t)" % str(ROOT))
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        plain = float(out.stdout.strip().splitlines()[-1])
    except Exception:  # pragma: no cover
        plain = seconds
    return {"load_s": plain, "load_traced_s": seconds, "rss_mb": (rss1 - rss0) / 2**20,
            "traced_mb": traced / 2**20}


def evaluate(cases):
    from bot.confidentiality import check_text
    from tests.guard.eval_set import PATTERN_CATEGORIES
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
        "n": len(cases), "found": dict(found), "total": dict(total), "same_category": dict(same_cat),
        "pattern_recall": pattern_found / pattern_total if pattern_total else 1.0,
        "pattern_found": pattern_found, "pattern_total": pattern_total,
        "name_recall": found["name"] / total["name"] if total["name"] else 1.0,
        "place_recall": found["place"] / total["place"] if total["place"] else 1.0,
        "clean": clean, "false_alarms": false_alarms,
        "false_alarms_per_10": 10 * len(false_alarms) / clean if clean else 0.0,
        "misses": misses,
    }


def latency(cases, n_texts: int = 200, rounds: int = 25) -> dict[str, float]:
    """p50/p99 of single check_text calls on 500-character requests cut from the dev set."""
    from bot.confidentiality import check_text
    blob = " ".join(c.text for c in cases)
    step = max(1, (len(blob) - 500) // n_texts)
    texts = [blob[i:i + 500] for i in range(0, len(blob) - 500, step)][:n_texts]
    for t in texts:
        check_text(t)  # warm
    samples: list[float] = []
    perf = time.perf_counter
    for _ in range(rounds):
        for t in texts:
            t0 = perf()
            check_text(t)
            samples.append(perf() - t0)
    samples.sort()
    q = lambda p: samples[min(len(samples) - 1, int(p * len(samples)))] * 1000  # noqa: E731
    return {"p50_ms": q(0.50), "p99_ms": q(0.99), "mean_ms": statistics.fmean(samples) * 1000,
            "n": len(samples)}


def _row(cat: str, r: dict) -> str:
    tot = r["total"].get(cat, 0)
    if not tot:
        return f"{'-':>13}"
    return f"{r['found'].get(cat, 0):>4}/{tot:<4}{r['found'].get(cat, 0) / tot:>5.0%}"


def main(argv: list[str]) -> int:
    load = measure_load()
    from bot.confidentiality.guard import CATEGORIES
    from tests.guard.dev_extra import EXTRA_CASES
    from tests.guard.eval_set import CASES
    from tests.guard.locked_set import LOCKED_CASES
    dev_cases = list(CASES) + list(EXTRA_CASES)
    dev = evaluate(dev_cases)
    locked = evaluate(LOCKED_CASES)
    lat = latency(dev_cases)

    print(f"development set: {dev['n']} snippets ({dev['clean']} clean); "
          f"locked set: {locked['n']} snippets ({locked['clean']} clean)\n")
    print(f"{'category':<16}{'dev found/total':>17}{'locked found/total':>20}")
    for cat in CATEGORIES:
        if dev["total"].get(cat) or locked["total"].get(cat):
            print(f"{cat:<16}{_row(cat, dev):>17}{_row(cat, locked):>20}")
    print()
    header = f"{'':<36}{'dev':>16}{'LOCKED':>16}"
    print(header)
    for label, key, tot in (("recall, pattern identifiers", "pattern_recall", "pattern_total"),
                            ("recall, names", "name_recall", None), ("recall, places", "place_recall", None)):
        def cell(r):
            n = r[tot] if tot else r["total"].get("name" if "name" in key else "place", 0)
            return f"{r[key]:.1%} ({n})"
        print(f"{label:<36}{cell(dev):>16}{cell(locked):>16}")
    print(f"{'false alarms per 10 clean snippets':<36}"
          f"{dev['false_alarms_per_10']:>10.2f} ({dev['clean']})"
          f"{locked['false_alarms_per_10']:>10.2f} ({locked['clean']})")
    print()
    print(f"latency, 500-character request: p50 {lat['p50_ms']:.3f} ms, p99 {lat['p99_ms']:.3f} ms "
          f"(mean {lat['mean_ms']:.3f} ms, {lat['n']} calls, lists already loaded)")
    print(f"list load (import + preload, once): {load['load_s']:.2f} s; memory: RSS +{load['rss_mb']:.0f} MB, "
          f"Python objects kept (tracemalloc) {load['traced_mb']:.0f} MB")

    if "--misses" in argv:  # DEVELOPMENT set only; the locked set's misses are never printed
        if dev["false_alarms"]:
            print("\ndev false alarms:")
            for text, fs in dev["false_alarms"]:
                print(f"  {fs}  <- {text[:100]}")
        if dev["misses"]:
            print("\ndev misses:")
            for cat, sub, text in dev["misses"]:
                print(f"  [{cat}] {sub!r}  <- {text[:100]}")

    print("\nREADME table:\n")
    print("| measure | development set | locked test set | target (locked) |")
    print("|---|---|---|---|")
    print(f"| recall, pattern identifiers | {dev['pattern_recall']:.1%} ({dev['pattern_total']}) | "
          f"{locked['pattern_recall']:.1%} ({locked['pattern_total']}) | >= 98% |")
    print(f"| recall, names | {dev['name_recall']:.1%} ({dev['total'].get('name', 0)}) | "
          f"{locked['name_recall']:.1%} ({locked['total'].get('name', 0)}) | >= 93% |")
    print(f"| recall, places smaller than a state | {dev['place_recall']:.1%} ({dev['total'].get('place', 0)}) | "
          f"{locked['place_recall']:.1%} ({locked['total'].get('place', 0)}) | >= 85% |")
    print(f"| false alarms per 10 clean snippets | {dev['false_alarms_per_10']:.2f} ({dev['clean']}) | "
          f"{locked['false_alarms_per_10']:.2f} ({locked['clean']}) | <= 0.5 |")
    print(f"| latency, 500-character request, p50 / p99 | {lat['p50_ms']:.2f} / {lat['p99_ms']:.2f} ms | | p99 <= 2 ms |")
    print(f"| list load, once | {load['load_s']:.2f} s, RSS +{load['rss_mb']:.0f} MB | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

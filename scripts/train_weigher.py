"""Learn the weights of the guard's last step (bot/confidentiality/weigh.py) from the development data only.

Run from the project root:  python scripts/train_weigher.py  [--dry-run]

1. Every development case (bench/guard_eval.py's DEVELOPMENT table - never the locked set) is checked with the
   detectors alone (guard._candidates).  Each name or place they find is one example: 1 when it overlaps a planted
   identifier, 0 when it does not (in a clean snippet, or a word beside the identifiers of another snippet).
2. A logistic model over weigh.features() of the findings that are not evident (weigh.evident) is learned by stochastic gradient descent (plain Python, a fixed seed:
   the same data gives the same weights, byte for byte).
3. Held out: the development sets are dealt into five folds; each fold is scored by a model learned on the other
   four.  For thresholds from 0.05 to 0.9 the script prints recall of names and places, false alarms per 10 clean
   snippets, and recall of the names and places in snippets that hold nothing else - on all development data and on
   the dense sets (25 and up, written like the locked sets).  The threshold kept is the highest at which that last
   recall stays within LONE_RECALL_LOSS of what the rules alone find.
4. The model learned on all development data, with that threshold, is written to
   bot/confidentiality/data/weigher.json.gz (weights rounded to 4 decimals; those under 0.001 left out).
"""
from __future__ import annotations

import gzip
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.guard_eval import DEVELOPMENT, _cases, development_fingerprint  # noqa: E402
from bot.confidentiality import guard, weigh  # noqa: E402

OUT = ROOT / "bot" / "confidentiality" / "data" / "weigher.json.gz"
# (round 40) The held-out loss allowed in recall of names and places standing alone: 1 point.  Rounds 38 and 39
# allowed it to fall to 94.5 % (about 2 points); on blind sets 42 and 43 the loss was twice the held-out one (set 43:
# 98.3 % found by the rules, 94.2 % kept), so the allowance was halved.
LONE_RECALL_LOSS = 0.01
FOLDS = 5
# (round 54) Twelve passes left the weights short of where they settle: twenty cut the held-out false alarms from 0.59
# to 0.56 per 10 (dense sets 0.83 -> 0.79) for the same recall of names and places standing alone; thirty or fifty
# gained nothing more.
EPOCHS = 20
RATE = 0.1
L2 = 1e-4
NEGATIVE_WEIGHT = 0.5  # negatives count this share of the positives' total, so the rare class is not drowned
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9)
_DENSE_RE = re.compile(r"locked_set_(\d+)$")


def _examples():
    """(cases, examples): cases as (module, text, expected spans, findings); examples as dicts."""
    cases, examples = [], []
    for _label, module, name in DEVELOPMENT:
        for case in _cases(module, name):
            ctx, found = guard._candidates(case.text)
            spans = []
            for cat, sub in case.expected:
                start = case.text.index(sub)
                spans.append((cat, start, start + len(sub)))
            index = len(cases)
            cases.append((module, case.text, spans, found))
            for k, f in enumerate(found):
                if f.category not in weigh.WEIGHED:
                    continue
                y = int(any(s < f.end and f.start < e for _c, s, e in spans))
                examples.append({"case": index, "finding": k, "module": module, "y": y,
                                 "f": weigh.features(case.text, f.category, f.start, f.end),
                                 "protected": weigh.evident(ctx, f)})
    return cases, examples


def _train(rows: list[dict]) -> tuple[dict[str, float], float]:
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    rng = random.Random(1)
    rows = list(rows)
    positives = sum(r["y"] for r in rows)
    class_weight = {1: 1.0, 0: NEGATIVE_WEIGHT * positives / max(1, len(rows) - positives)}
    for epoch in range(EPOCHS):
        rng.shuffle(rows)
        step = RATE / (1 + epoch)
        for r in rows:
            z = bias + sum(weights[x] for x in r["f"])
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - r["y"]) * class_weight[r["y"]]
            bias -= step * g
            for x in r["f"]:
                weights[x] -= step * (g + L2 * weights[x])
    return dict(weights), bias


def _probability(weights: dict[str, float], bias: float, feats: list[str]) -> float:
    z = bias + sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _score(cases, examples, threshold: float, modules=None) -> dict[str, float]:
    dropped = {(e["case"], e["finding"]) for e in examples
               if not e["protected"] and e["p"] < threshold}
    found, total = Counter(), Counter()
    clean = false_alarms = 0
    for index, (module, _text, spans, findings) in enumerate(cases):
        if modules is not None and module not in modules:
            continue
        kept = [f for k, f in enumerate(findings) if (index, k) not in dropped]
        if not spans:
            clean += 1
            false_alarms += bool(kept)
            continue
        lone = all(cat in weigh.WEIGHED for cat, _s, _e in spans)
        for cat, s, e in spans:
            hit = any(f.start < e and s < f.end for f in kept)
            if cat in weigh.WEIGHED:
                total[cat] += 1
                found[cat] += hit
                if lone:
                    total["lone"] += 1
                    found["lone"] += hit
    return {"names": found["name"] / max(1, total["name"]), "places": found["place"] / max(1, total["place"]),
            "lone": found["lone"] / max(1, total["lone"]), "fa10": 10 * false_alarms / max(1, clean)}


def main(argv: list[str]) -> int:
    cases, examples = _examples()
    modules = [m for _l, m, _n in DEVELOPMENT]
    fold = {m: i % FOLDS for i, m in enumerate(modules)}
    weighed = [e for e in examples if not e["protected"]]
    print(f"{len(cases)} development cases, {len(examples)} names and places found "
          f"({sum(e['y'] for e in examples)} real, {sum(1 - e['y'] for e in examples)} not); "
          f"{len(weighed)} weighed ({sum(e['y'] for e in weighed)} real), the others evident")
    for k in range(FOLDS):
        weights, bias = _train([e for e in examples if fold[e["module"]] != k and not e["protected"]])
        for e in examples:
            if fold[e["module"]] == k:
                e["p"] = _probability(weights, bias, e["f"])
    dense = {m for m in modules if (m2 := _DENSE_RE.match(m)) and int(m2.group(1)) >= 25}
    base_all, base_dense = _score(cases, examples, 0.0), _score(cases, examples, 0.0, dense)
    print("held out, by threshold: all development data | dense sets (25 and up)")
    print(f"  none: names {base_all['names']:.3f} places {base_all['places']:.3f} lone {base_all['lone']:.3f} "
          f"FA/10 {base_all['fa10']:.2f} | names {base_dense['names']:.3f} places {base_dense['places']:.3f} "
          f"lone {base_dense['lone']:.3f} FA/10 {base_dense['fa10']:.2f}")
    chosen = 0.0
    for th in THRESHOLDS:
        a, d = _score(cases, examples, th), _score(cases, examples, th, dense)
        print(f"  {th:.2f}: names {a['names']:.3f} places {a['places']:.3f} lone {a['lone']:.3f} FA/10 {a['fa10']:.2f}"
              f" | names {d['names']:.3f} places {d['places']:.3f} lone {d['lone']:.3f} FA/10 {d['fa10']:.2f}")
        if a["lone"] >= base_all["lone"] - LONE_RECALL_LOSS:
            chosen = th
    print(f"threshold kept: {chosen} (held-out recall of names and places standing alone at most "
          f"{LONE_RECALL_LOSS:.0%} under the rules' own)")
    weights, bias = _train([e for e in examples if not e["protected"]])
    kept = {x: round(w, 4) for x, w in sorted(weights.items()) if abs(w) >= 0.001}
    print(f"{len(kept)} weights (of {len(weights)})")
    if "--dry-run" in argv:
        return 0
    data = {"threshold": chosen, "bias": round(bias, 4), "weights": kept,
            "trained_on": modules, "development_fingerprint": development_fingerprint(),
            "lone_recall_loss": LONE_RECALL_LOSS}
    raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    with open(OUT, "wb") as f:  # (mtime 0: the same weights make the same bytes)
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(raw)
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The guard answers the same whatever the process's hash seed: two detectors finding one span with the same
priority used to be settled by set order ("Medicaid 55-KY-991823" came back as a health plan or as a plate)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TEXTS = [
    "Pt's Medicaid 55-KY-991823 lapsed and her rego 55-KY-991823 is the same digits, oddly.",
    "Her Medicaid 71-TN-448102 lapsed during the redetermination; the office is an hour away.",
    "SSN 219-09-9999 and account 219-09-9999 both appear on the letter.",
]
PROGRAM = ("import json, sys; sys.path.insert(0, sys.argv[1]); from bot.confidentiality import check_text; "
           "print(json.dumps([[(f.category, f.start, f.end) for f in check_text(t)] for t in json.loads(sys.argv[2])]))")


def _answers(seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run([sys.executable, "-c", PROGRAM, str(ROOT), json.dumps(TEXTS)], env=env, check=True,
                         capture_output=True, text=True, timeout=120)
    return json.loads(out.stdout)


def test_the_same_answer_under_every_hash_seed():
    first = _answers(0)
    assert all(first), first  # each text has findings to settle
    for seed in (1, 2, 3, 4, 5):
        assert _answers(seed) == first, seed

"""The README's settings reference is generated from the settings model: this fails when they differ (regenerate it
with `python -c "from roundtable.settings import reference_table; print(reference_table())"`)."""
from __future__ import annotations

import re
from pathlib import Path

from roundtable.settings import all_settings, reference_table

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_table_matches_the_model() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- settings:begin[^>]*-->\n(.*?)\n<!-- settings:end -->", readme, re.S)
    assert found is not None, "README.md has no generated settings reference"
    assert found.group(1) == reference_table()


def test_every_setting_is_in_the_example_config() -> None:
    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for setting in all_settings():
        name = setting.key.split(".")[-1]
        assert re.search(rf"^#?\s*{re.escape(name)}\s*=", example, re.M), setting.key

"""Settings are validated at start: one clear line per problem (key, value, what is allowed, where it came from),
exit status 2 and no traceback; unknown keys in config.toml are reported; `roundtable config check` shows the
effective settings with secrets masked, each with its source."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.settings import ConfigError, effective, load, load_settings

ROOT = Path(__file__).resolve().parents[2]
NOWHERE = Path("/nonexistent/config.toml")


def _problems(path: Path, environ: dict[str, str]) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load(path, environ)
    return caught.value.problems


def test_defaults_without_a_file_or_environment() -> None:
    settings = load_settings(NOWHERE, {})
    assert settings.database_url.startswith("sqlite")
    assert (settings.log_level, settings.log_format, settings.purge_grace_days) == ("INFO", "plain", 30)
    assert settings.slack.http_port == 3000 and settings.status.serve == "auto"


def test_existing_environment_names_and_file_keys_keep_working(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text((ROOT / "config.example.toml").read_text() + '\n')
    settings = load_settings(path, {"PORT": "8080", "SLACK_BOT_TOKEN": "xoxb-1", "ROUNDTABLE_DISCORD_SHARDED": "true",
                                    "DATABASE_URL": "postgresql://db/x", "ROUNDTABLE_LOG_LEVEL": "debug",
                                    "ROUNDTABLE_PURGE_GRACE_DAYS": "7", "DISCORD_TOKEN": ""})
    assert settings.slack.http_port == 8080 and settings.slack.bot_token == "xoxb-1"
    assert settings.discord.sharded is True and settings.discord.token == ""   # an empty variable is unset
    assert settings.database_url == "postgresql://db/x"
    assert settings.log_level == "DEBUG" and settings.purge_grace_days == 7


def test_a_bad_number_time_zone_and_log_level_each_get_one_line_naming_key_value_allowed_and_source() -> None:
    problems = _problems(NOWHERE, {"ROUNDTABLE_PURGE_GRACE_DAYS": "abc", "ROUNDTABLE_DEFAULT_TIMEZONE": "Mars/Base",
                                   "ROUNDTABLE_LOG_LEVEL": "loud"})
    assert len(problems) == 3
    days = next(p for p in problems if p.startswith("purge_grace_days"))
    assert "'abc'" in days and "environment variable ROUNDTABLE_PURGE_GRACE_DAYS" in days and "0-3650" in days
    zone = next(p for p in problems if p.startswith("default_timezone"))
    assert "'Mars/Base'" in zone and "IANA" in zone
    level = next(p for p in problems if p.startswith("log_level"))
    assert "'loud'" in level and "DEBUG, INFO" in level


def test_unknown_keys_in_the_file_are_reported_not_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('log_levl = "DEBUG"\n[slack]\nhttp_prot = 3001\nhttp_port = 70000\n[nonsense]\nx = 1\n')
    problems = _problems(path, {})
    assert any(p.startswith("log_levl: unknown setting") and "log_level" in p for p in problems)
    assert any(p.startswith("slack.http_prot: unknown setting") and "http_port" in p for p in problems)
    assert any(p.startswith("nonsense: unknown setting") for p in problems)
    assert any(p.startswith("slack.http_port = 70000") and f"config file {path}" in p for p in problems)


def test_secrets_are_masked_in_problems_and_in_the_check(tmp_path: Path) -> None:
    secret = "xapp-not-shown-anywhere-123"
    problems = _problems(NOWHERE, {"SLACK_APP_TOKEN": secret.replace("xapp-", "xoxp-")})
    assert problems and "not-shown" not in "\n".join(problems)
    loaded = load(NOWHERE, {"SLACK_APP_TOKEN": secret, "SLACK_BOT_TOKEN": "xoxb-also-secret-456",
                            "DATABASE_URL": "postgresql://user:pw@db.internal/rt"})
    rows = {key: (value, source) for key, value, source in effective(loaded)}
    assert "not-shown" not in rows["slack.app_token"][0]
    assert rows["slack.app_token"][1] == "environment variable SLACK_APP_TOKEN"
    assert "pw" not in rows["database_url"][0] and "db.internal" in rows["database_url"][0]
    assert rows["log_level"] == ("'INFO'", "default")


def _cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("ROUNDTABLE_", "SLACK_", "DISCORD_"))}
    environ.pop("PORT", None)
    environ.pop("DATABASE_URL", None)
    environ["PYTHONPATH"] = str(ROOT)
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "roundtable.cli", *args], capture_output=True, text=True,
                          env=environ, cwd=cwd, timeout=60)


def test_the_process_exits_2_with_the_problems_and_no_traceback(tmp_path: Path) -> None:
    done = _cli("run", env={"ROUNDTABLE_PURGE_GRACE_DAYS": "abc", "ROUNDTABLE_LOG_LEVEL": "verbose"}, cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "purge_grace_days = 'abc'" in done.stderr and "log_level = 'verbose'" in done.stderr
    assert not (tmp_path / "roundtable.sqlite3").exists()   # nothing was started


def test_config_check_prints_every_setting_with_its_source(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('log_format = "json"\n[discord]\ntoken = "discord-secret-token-value"\n')
    done = _cli("config", "check", env={"PORT": "8081", "ROUNDTABLE_LOG_LEVL": "DEBUG"}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = {line.split()[0]: line for line in done.stdout.splitlines()[1:-1]}
    assert "'json'" in lines["log_format"] and "(config file config.toml)" in lines["log_format"]
    assert "8081" in lines["slack.http_port"] and "(environment variable PORT)" in lines["slack.http_port"]
    assert "(default)" in lines["log_level"]
    assert "discord-secret-token-value" not in done.stdout
    assert done.stdout.splitlines()[-1].startswith("Note:") and "ROUNDTABLE_LOG_LEVL" in done.stdout
    bad = _cli("config", "check", env={"ROUNDTABLE_STATUS_PORT": "-1"}, cwd=tmp_path)
    assert bad.returncode == 2 and "status.port = '-1'" in bad.stderr

"""Settings: defaults, then `config.toml` (git-ignored), then environment variables. Secrets never live in code."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from bot.checkins.resources import DEFAULT_RESOURCES


@dataclass
class SlackSettings:
    bot_token: str = ""
    signing_secret: str = ""
    app_token: str = ""          # xapp-… enables Socket Mode
    client_id: str = ""          # with client_secret: multi-workspace OAuth distribution
    client_secret: str = ""
    api_base_url: str = ""       # e.g. a GovSlack host; tests point it at a local fake
    http_port: int = 3000
    http_host: str = "0.0.0.0"   # HTTP mode's bind address; 127.0.0.1 behind a reverse proxy on the same host

    @property
    def configured(self) -> bool:
        """Socket Mode needs the app and bot tokens; HTTP mode the signing secret and a bot token or OAuth."""
        return bool(self.app_token and self.bot_token) or bool(self.signing_secret and (self.bot_token or self.client_id))


@dataclass
class DiscordSettings:
    token: str = ""
    sharded: bool = False
    max_ratelimit_timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.token)


@dataclass
class Settings:
    database_url: str = "sqlite+aiosqlite:///roundtable.sqlite3"
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    console_workspace: str = "demo"
    purge_grace_days: int = 30
    checkin_resources: list[str] = field(default_factory=lambda: list(DEFAULT_RESOURCES))
    slack: SlackSettings = field(default_factory=SlackSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)


ENVIRONMENT = {
    "ROUNDTABLE_DATABASE_URL": ("database_url",),
    "DATABASE_URL": ("database_url",),
    "ROUNDTABLE_DEFAULT_TIMEZONE": ("default_timezone",),
    "ROUNDTABLE_LOG_LEVEL": ("log_level",),
    "ROUNDTABLE_PURGE_GRACE_DAYS": ("purge_grace_days",),
    "SLACK_BOT_TOKEN": ("slack", "bot_token"),
    "SLACK_SIGNING_SECRET": ("slack", "signing_secret"),
    "SLACK_APP_TOKEN": ("slack", "app_token"),
    "SLACK_CLIENT_ID": ("slack", "client_id"),
    "SLACK_CLIENT_SECRET": ("slack", "client_secret"),
    "ROUNDTABLE_SLACK_API_BASE_URL": ("slack", "api_base_url"),
    "PORT": ("slack", "http_port"),
    "ROUNDTABLE_HTTP_HOST": ("slack", "http_host"),
    "DISCORD_TOKEN": ("discord", "token"),
    "ROUNDTABLE_DISCORD_SHARDED": ("discord", "sharded"),
    "ROUNDTABLE_DISCORD_MAX_RATELIMIT_TIMEOUT": ("discord", "max_ratelimit_timeout"),
}


def _coerce(current: Any, value: Any) -> Any:
    if isinstance(current, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    if isinstance(current, int):
        return int(value)
    if isinstance(current, float):
        return float(value)
    return str(value)


def _apply(target: Any, values: dict[str, Any], where: str) -> None:
    known = {f.name for f in fields(target)}
    for key, value in values.items():
        if key not in known:
            raise ValueError(f"unknown setting {where}{key} in the config file")
        current = getattr(target, key)
        if isinstance(current, list):
            if not isinstance(value, list):
                raise ValueError(f"setting {where}{key} must be a list")
            setattr(target, key, [str(v) for v in value])
        elif isinstance(value, dict):
            _apply(current, value, f"{where}{key}.")
        else:
            setattr(target, key, _coerce(current, value))


def load_settings(path: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    settings = Settings()
    config_path = Path(path or env.get("ROUNDTABLE_CONFIG", "config.toml"))
    if config_path.exists():
        with config_path.open("rb") as handle:
            _apply(settings, tomllib.load(handle), "")
    for name, target in ENVIRONMENT.items():
        if name in env and env[name] != "":
            obj: Any = settings
            for part in target[:-1]:
                obj = getattr(obj, part)
            setattr(obj, target[-1], _coerce(getattr(obj, target[-1]), env[name]))
    return settings

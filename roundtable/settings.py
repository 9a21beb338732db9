"""The settings model: defaults, then `config.toml`, then environment variables, validated at start (pydantic-settings).

Every problem is reported at once, one line each: the key, the value, what is allowed and where the value came from
(default, config file, environment variable). An unknown key in the config file is a problem too: a typo must not
fall back to a default silently. `load(...)` returns the core's plain `bot.config.Settings` (the core imports no
settings library) and, for `roundtable config check`, where each value came from.

The README's settings reference is generated from this model (`reference_table()`), and a test checks they match.
"""
from __future__ import annotations

import contextvars
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bot.checkins.resources import DEFAULT_RESOURCES
from bot.config import DiscordSettings, Settings, SlackSettings, StatusSettings

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _field(default: Any, allowed: str, about: str, env: tuple[str, ...] = (), secret: bool = False,
           **limits: Any) -> Any:
    """A setting: its default, what is allowed (shown in errors and the README), what it is for, its environment
    variables (the first named wins when several are set) and whether it is a secret (masked when shown)."""
    return Field(default, description=about, json_schema_extra={"allowed": allowed, "env": list(env),
                                                                "secret": secret}, **limits)


def _extra(info: FieldInfo) -> dict[str, Any]:
    extra = info.json_schema_extra
    return extra if isinstance(extra, dict) else {}


class SlackModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bot_token: str = _field("", "empty, or a bot token (xoxb-…)", "the bot token for a single workspace",
                            ("SLACK_BOT_TOKEN",), secret=True)
    signing_secret: str = _field("", "empty, or the app's signing secret", "verifies that HTTP requests come from "
                                 "Slack (HTTP mode)", ("SLACK_SIGNING_SECRET",), secret=True)
    app_token: str = _field("", "empty, or an app-level token (xapp-…)", "turns on Socket Mode (no public URL)",
                            ("SLACK_APP_TOKEN",), secret=True)
    client_id: str = _field("", "empty, or the app's client id", "with client_secret: multi-workspace OAuth",
                            ("SLACK_CLIENT_ID",))
    client_secret: str = _field("", "empty, or the app's client secret", "with client_id: multi-workspace OAuth",
                                ("SLACK_CLIENT_SECRET",), secret=True)
    api_base_url: str = _field("", "empty (slack.com), or an http(s) URL", "another Web API host (GovSlack)",
                               ("ROUNDTABLE_SLACK_API_BASE_URL",))
    http_port: int = _field(3000, "a port number, 0-65535", "HTTP mode listens here (/slack/events and the "
                            "status routes)", ("PORT",), ge=0, le=65535)
    http_host: str = _field("0.0.0.0", "an address to bind", "HTTP mode's bind address; 127.0.0.1 behind a proxy "
                            "on the same host", ("ROUNDTABLE_HTTP_HOST",), min_length=1)

    @field_validator("api_base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("app_token")
    @classmethod
    def _xapp(cls, value: str) -> str:
        if value and not value.startswith("xapp-"):
            raise ValueError("an app-level token starts with xapp-")
        return value


class DiscordModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = _field("", "empty, or a bot token", "the Discord bot token", ("DISCORD_TOKEN",), secret=True)
    sharded: bool = _field(False, "true or false", "AutoShardedClient for large deployments",
                           ("ROUNDTABLE_DISCORD_SHARDED",))
    max_ratelimit_timeout: float = _field(30.0, "seconds, more than 0", "how long discord.py may wait on a rate "
                                          "limit before giving up on a send",
                                          ("ROUNDTABLE_DISCORD_MAX_RATELIMIT_TIMEOUT",), gt=0, le=3600)


class StatusModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    serve: Literal["auto", "on", "off"] = _field(
        "auto", "auto, on or off", "the health/readiness/metrics server: auto serves it for `roundtable run` "
        "(on the Slack port in HTTP mode, else on status.port) and not for the console", ("ROUNDTABLE_STATUS",))
    host: str = _field("0.0.0.0", "an address to bind", "the status server's bind address",
                       ("ROUNDTABLE_STATUS_HOST",), min_length=1)
    port: int = _field(9180, "a port number, 0-65535", "the status server's port (/healthz, /readyz, /metrics)",
                       ("ROUNDTABLE_STATUS_PORT",), ge=0, le=65535)


_PATH: contextvars.ContextVar[Path | None] = contextvars.ContextVar("roundtable_config_path", default=None)
_ENVIRON: contextvars.ContextVar[Mapping[str, str]] = contextvars.ContextVar("roundtable_environ", default=os.environ)


class RoundtableSettings(BaseSettings):
    """Every setting. Nested tables: [slack], [discord], [status]."""

    model_config = SettingsConfigDict(extra="forbid")

    database_url: str = _field("sqlite+aiosqlite:///roundtable.sqlite3", "a sqlite or postgresql URL",
                               "where Roundtable keeps its data",
                               ("ROUNDTABLE_DATABASE_URL", "DATABASE_URL"), secret=True)
    default_timezone: str = _field("UTC", "an IANA time zone, e.g. America/Denver", "a new group's time zone when "
                                   "its creator names none", ("ROUNDTABLE_DEFAULT_TIMEZONE",))
    log_level: str = _field("INFO", "DEBUG, INFO, WARNING, ERROR or CRITICAL", "how much is logged",
                            ("ROUNDTABLE_LOG_LEVEL",))
    log_format: Literal["plain", "json"] = _field("plain", "plain or json", "plain text, or one JSON object a line",
                                                  ("ROUNDTABLE_LOG_FORMAT",))
    console_workspace: str = _field("demo", "a name", "the simulated workspace the console acts in", min_length=1)
    purge_grace_days: int = _field(30, "a whole number of days, 0-3650", "how long a workspace that removed the "
                                   "app keeps its data", ("ROUNDTABLE_PURGE_GRACE_DAYS",), ge=0, le=3650)
    stop_timeout: float = _field(20.0, "seconds, 1-600", "on SIGTERM, how long in-flight work may take before the "
                                 "process exits anyway", ("ROUNDTABLE_STOP_TIMEOUT",), ge=1, le=600)
    checkin_resources: list[str] = _field(list(DEFAULT_RESOURCES), "a list of strings (config file only)",
                                          "support resources shown privately after a high-distress check-in answer",
                                          min_length=1)
    slack: SlackModel = Field(default_factory=SlackModel)
    discord: DiscordModel = Field(default_factory=DiscordModel)
    status: StatusModel = Field(default_factory=StatusModel)

    @field_validator("default_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("not a known time zone") from None
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        name = value.strip().upper()
        if name == "WARN":
            name = "WARNING"
        if name not in LEVELS:
            raise ValueError(f"unknown log level {value.strip()!r}")
        return name

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql", "postgres://")):
            raise ValueError("not a sqlite or postgresql URL")
        return value

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, MappedEnvironment(settings_cls, _ENVIRON.get())]
        path = _PATH.get()
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


# --- where the settings are ---------------------------------------------------------------------------------------

def _models() -> list[tuple[tuple[str, ...], type[BaseModel]]]:
    return [((), RoundtableSettings), (("slack",), SlackModel), (("discord",), DiscordModel),
            (("status",), StatusModel)]


@dataclass(frozen=True)
class Setting:
    key: str                     # "slack.http_port"
    path: tuple[str, ...]
    info: FieldInfo

    @property
    def env(self) -> list[str]:
        return list(_extra(self.info).get("env", []))

    @property
    def secret(self) -> bool:
        return bool(_extra(self.info).get("secret"))

    @property
    def allowed(self) -> str:
        return str(_extra(self.info).get("allowed", ""))

    @property
    def default(self) -> Any:
        return self.info.get_default(call_default_factory=True)


def all_settings() -> list[Setting]:
    found = []
    for prefix, model in _models():
        for name, info in model.model_fields.items():
            if info.annotation in (SlackModel, DiscordModel, StatusModel):
                continue
            path = (*prefix, name)
            found.append(Setting(".".join(path), path, info))
    return found


def _environment_values(environ: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The settings given in the environment, nested, and the variable each came from (the first one named wins)."""
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for setting in all_settings():
        for name in setting.env:
            if environ.get(name, "") != "":
                target = values
                for part in setting.path[:-1]:
                    target = target.setdefault(part, {})
                target[setting.path[-1]] = environ[name]
                origin[setting.key] = name
                break
    return values, origin


class MappedEnvironment(PydanticBaseSettingsSource):
    """Environment variables by their historic names (SLACK_BOT_TOKEN, PORT, ...), not a prefix scheme; an empty
    variable counts as unset."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        super().__init__(settings_cls)
        self.values, self.origin = _environment_values(environ)

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return self.values


# --- loading ------------------------------------------------------------------------------------------------------

class ConfigError(Exception):
    """The settings can't be used: `problems` holds one line for the operator per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    sources: dict[str, str]       # "slack.http_port" -> "default" | "config file x.toml" | "environment PORT"
    path: Path

    def source(self, key: str) -> str:
        return self.sources.get(key, "default")

    def chosen(self, key: str) -> bool:
        return self.source(key) != "default"


def config_path(path: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> Path:
    return Path(path or environ.get("ROUNDTABLE_CONFIG", "config.toml"))


def _file_values(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError([f"{path}: not valid TOML ({error})"]) from None
    except OSError as error:
        raise ConfigError([f"{path}: can't be read ({error.strerror})"]) from None


def _flatten(values: Mapping[str, Any], prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for key, value in values.items():
        if isinstance(value, dict) and key in ("slack", "discord", "status") and not prefix:
            keys |= _flatten(value, f"{key}.")
        else:
            keys.add(prefix + key)
    return keys


def load(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Loaded:
    """Read and validate every setting; ConfigError with every problem found."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    file = config_path(path, env)
    in_file = _flatten(_file_values(file))
    _, from_env = _environment_values(env)
    sources = {key: f"config file {file}" for key in in_file}
    sources.update({key: f"environment variable {name}" for key, name in from_env.items()})
    path_token = _PATH.set(file if file.exists() else None)
    env_token = _ENVIRON.set(env)
    try:
        model = RoundtableSettings()
    except ValidationError as error:
        raise ConfigError([_problem(e, sources, file) for e in error.errors()]) from None
    finally:
        _PATH.reset(path_token)
        _ENVIRON.reset(env_token)
    return Loaded(to_core(model), sources, file)


def load_settings(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    return load(path, environ).settings


def _problem(error: Any, sources: dict[str, str], file: Path) -> str:
    loc = [str(part) for part in error["loc"] if not isinstance(part, int)]
    key = ".".join(loc)
    if error["type"] == "extra_forbidden":
        table = ".".join(loc[:-1])
        known = sorted(s.key.split(".")[-1] for s in all_settings() if ".".join(s.path[:-1]) == table)
        where = f"[{table}]" if table else "the top level"
        return (f"{key}: unknown setting in {file} - known settings at {where}: {', '.join(known)}")
    setting = next((s for s in all_settings() if s.key == key), None)
    if setting is None and loc:  # an item inside a list, e.g. checkin_resources
        setting = next((s for s in all_settings() if key.startswith(s.key)), None)
    allowed = setting.allowed if setting is not None else ""
    value = error.get("input")
    shown = _mask(value) if setting is not None and setting.secret else repr(value)
    source = sources.get(setting.key if setting else key, "default")
    reason = str(error.get("msg", "")).removeprefix("Value error, ")
    return f"{key} = {shown} (from {source}): {reason}; allowed: {allowed}"


def _mask(value: Any) -> str:
    text = str(value)
    if not text:
        return "''"
    if "://" in text and "@" in text:  # a database URL: keep the scheme and host, hide the credentials
        scheme, rest = text.split("://", 1)
        return f"'{scheme}://***@{rest.rsplit('@', 1)[1]}'"
    if "://" in text:
        return repr(text)
    return f"'{text[:4]}***'" if len(text) > 12 else "'***'"


def to_core(model: RoundtableSettings) -> Settings:
    """The core's plain settings (bot/config.py) from the validated model."""
    return Settings(database_url=model.database_url, default_timezone=model.default_timezone,
                    log_level=model.log_level, log_format=model.log_format,
                    console_workspace=model.console_workspace, purge_grace_days=model.purge_grace_days,
                    stop_timeout=model.stop_timeout, checkin_resources=list(model.checkin_resources),
                    slack=SlackSettings(**model.slack.model_dump()),
                    discord=DiscordSettings(**model.discord.model_dump()),
                    status=StatusSettings(**model.status.model_dump()))


def effective(loaded: Loaded) -> list[tuple[str, str, str]]:
    """(key, value as shown - secrets masked, source) for every setting: what `roundtable config check` prints."""
    rows = []
    for setting in all_settings():
        value: Any = loaded.settings
        for part in setting.path:
            value = getattr(value, part)
        shown = _mask(value) if setting.secret else _show(value)
        rows.append((setting.key, shown, loaded.source(setting.key)))
    return rows


# ROUNDTABLE_* variables that are not settings: the config file's path, the console's history, the test suite's.
NOT_SETTINGS = ("ROUNDTABLE_CONFIG", "ROUNDTABLE_HISTORY", "ROUNDTABLE_TEST_", "ROUNDTABLE_REQUIRE_POSTGRES",
                "ROUNDTABLE_REPLICA_GROUPS")


def unknown_environment(environ: Mapping[str, str] | None = None) -> list[str]:
    """ROUNDTABLE_* variables that name no setting (a typo such as ROUNDTABLE_LOG_LEVL), for `config check`."""
    env = os.environ if environ is None else environ
    known = {name for setting in all_settings() for name in setting.env}
    return sorted(name for name in env if name.startswith("ROUNDTABLE_") and name not in known
                  and not name.startswith(NOT_SETTINGS))


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return f"[{len(value)} entries]"
    return repr(value) if isinstance(value, str) else str(value)


def reference_table() -> str:
    """The README's settings reference, as a Markdown table generated from the model."""
    lines = ["| setting | environment | default | allowed | what it is for |", "|---|---|---|---|---|"]
    for setting in all_settings():
        default = setting.default
        shown = "(built-in list)" if isinstance(default, list) else ("empty" if default == "" else f"`{_show(default)}`")
        env = ", ".join(f"`{name}`" for name in setting.env) or "(config file only)"
        about = setting.info.description or ""
        lines.append(f"| `{setting.key}` | {env} | {shown} | {setting.allowed} | {about} |")
    return "\n".join(lines)

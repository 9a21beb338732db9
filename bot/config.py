"""Settings as the core and the adapters see them: plain dataclasses. They are read and validated (defaults, then
`config.toml`, then environment variables) by the composition root, roundtable/settings.py. Secrets never live in
code."""
from __future__ import annotations

from dataclasses import dataclass, field

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
class StatusSettings:
    serve: str = "auto"          # auto: for `roundtable run`, not the console; on; off
    host: str = "0.0.0.0"
    port: int = 9180


@dataclass
class Settings:
    database_url: str = "sqlite+aiosqlite:///roundtable.sqlite3"
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    log_format: str = "plain"
    console_workspace: str = "demo"
    purge_grace_days: int = 30
    stop_timeout: float = 20.0
    checkin_resources: list[str] = field(default_factory=lambda: list(DEFAULT_RESOURCES))
    slack: SlackSettings = field(default_factory=SlackSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    status: StatusSettings = field(default_factory=StatusSettings)

"""`roundtable slack manifest`: a ready-to-paste Slack app manifest with the fewest scopes the features need.

Scopes, and why each is needed:
  commands     the /consult slash command
  chat:write   public answers and announcements, private (ephemeral) answers, messages in the bot's DMs
  im:write     opening a direct message with a member (conversations.open) for nudges and private notices
  files:write  CSV, calendar and chart files (files.getUploadURLExternal / files.completeUploadExternal)
"""
from __future__ import annotations

import argparse
import json
from typing import Any

from bot.commands.spec import Registry

COMMAND = "/consult"
BOT_SCOPES = ("commands", "chat:write", "im:write", "files:write")
BOT_EVENTS = ("app_home_opened", "app_uninstalled", "tokens_revoked")
EVENTS_PATH = "/slack/events"
REDIRECT_PATH = "/slack/oauth_redirect"


def usage_hint(registry: Registry, limit: int = 100) -> str:
    """The first words of the declared commands, most used first: `next | rsvp | join | …`."""
    first = ["next", "rsvp", "join", "help"]
    words = first + sorted({path[0] for path in registry.commands} - set(first))
    words = [w for w in words if any(path[0] == w for path in registry.commands)]
    hint = ""
    for word in words:
        candidate = f"{hint} | {word}" if hint else word
        if len(candidate) > limit - 4:
            return hint + " | …"
        hint = candidate
    return hint


def build_manifest(registry: Registry, *, http_url: str | None = None, name: str = "Roundtable") -> dict[str, Any]:
    """Socket Mode when `http_url` is None; otherwise HTTP mode with Slack calling `http_url`/slack/events."""
    base = http_url.rstrip("/") if http_url else None
    command: dict[str, Any] = {
        "command": COMMAND,
        "description": "Peer consultation groups: schedule, presenters, RSVPs",
        "usage_hint": usage_hint(registry),
        "should_escape": True,  # mentions arrive as <@U123>, which the core reads as people
    }
    settings: dict[str, Any] = {
        "event_subscriptions": {"bot_events": list(BOT_EVENTS)},
        "interactivity": {"is_enabled": True},
        "org_deploy_enabled": False,
        "socket_mode_enabled": base is None,
        "token_rotation_enabled": False,
    }
    oauth: dict[str, Any] = {"scopes": {"bot": list(BOT_SCOPES)}}
    if base is not None:
        command["url"] = base + EVENTS_PATH
        settings["event_subscriptions"]["request_url"] = base + EVENTS_PATH
        settings["interactivity"]["request_url"] = base + EVENTS_PATH
        oauth = {"redirect_urls": [base + REDIRECT_PATH], **oauth}
    return {
        "display_information": {
            "name": name,
            "description": "Runs peer consultation groups for therapists: turns, schedules and RSVPs.",
            "background_color": "#2f4858",
        },
        "features": {
            "app_home": {"home_tab_enabled": True, "messages_tab_enabled": True,
                         "messages_tab_read_only_enabled": True},
            "bot_user": {"display_name": name, "always_online": False},
            "slash_commands": [command],
        },
        "oauth_config": oauth,
        "settings": settings,
    }


def to_yaml(value: Any, indent: int = 0) -> str:
    """A small YAML writer for the manifest's dicts, lists, strings and booleans (strings JSON-quoted)."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines.append(to_yaml(item, indent + 1))
            else:
                lines.append(f"{pad}{key}: {_scalar(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                body = to_yaml(item, indent + 1).splitlines()
                lines.append(f"{pad}- {body[0].strip()}")
                lines.extend(body[1:])
            else:
                lines.append(f"{pad}- {_scalar(item)}")
    else:
        lines.append(pad + _scalar(value))
    return "\n".join(lines)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(value, ensure_ascii=False)


def manifest_text(registry: Registry, *, http_url: str | None = None, as_json: bool = False,
                  name: str = "Roundtable") -> str:
    manifest = build_manifest(registry, http_url=http_url, name=name)
    if as_json:
        return json.dumps(manifest, indent=2, ensure_ascii=False)
    return to_yaml(manifest) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """For `roundtable slack manifest`."""
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--socket", action="store_true", help="Socket Mode: no public URL needed (the default)")
    mode.add_argument("--http", metavar="URL", help="HTTP mode: the public base URL, e.g. https://roundtable.example.org")
    parser.add_argument("--json", action="store_true", help="print JSON instead of YAML")
    parser.add_argument("--name", default="Roundtable", help="the app's display name")


def run(args: argparse.Namespace, registry: Registry) -> int:
    url = args.http
    if url is not None and not url.startswith(("https://", "http://")):
        print("--http needs the public base URL, e.g. https://roundtable.example.org")
        return 2
    print(manifest_text(registry, http_url=url, as_json=args.json, name=args.name), end="" if not args.json else "\n")
    return 0

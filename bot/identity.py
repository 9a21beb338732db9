"""Who and where, in words every platform can be translated into.

Adapters turn platform ids (Slack `U024BE7LH`, Discord snowflakes, console names) into these values;
the core never parses a platform id itself.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WorkspaceRef:
    """A Slack team, a Discord server, or the console's simulated workspace."""

    platform: str
    id: str


@dataclass(frozen=True, slots=True)
class UserRef:
    platform: str
    workspace: str
    id: str

    @property
    def workspace_ref(self) -> WorkspaceRef:
        return WorkspaceRef(self.platform, self.workspace)


@dataclass(frozen=True, slots=True)
class ChannelRef:
    platform: str
    workspace: str
    id: str

    @property
    def workspace_ref(self) -> WorkspaceRef:
        return WorkspaceRef(self.platform, self.workspace)

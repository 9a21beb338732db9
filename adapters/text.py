"""Text helpers the chat adapters share."""
from __future__ import annotations


def split_lines(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` characters, at line breaks where possible (a Slack section,
    a Discord embed). A single line longer than the limit is cut."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces

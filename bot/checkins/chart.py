"""The check-in trend as a small PNG, drawn in pure Python (zlib + struct) with a built-in 5x7 pixel font.

No plotting library is needed: the chart is two panels – the mean per round as a line, and the concerning share
as bars – over equally spaced rounds. A withheld round is an empty slot: no point, no bar, a break in the line.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

Colour = tuple[int, int, int]

WHITE: Colour = (255, 255, 255)
INK: Colour = (40, 44, 52)
GRID: Colour = (225, 228, 232)
MUTED: Colour = (140, 146, 156)
LINE: Colour = (79, 109, 122)
BAR: Colour = (214, 137, 76)

_FONT_ROWS = {
    "A": ".###.#...##...#######...##...##...#", "B": "####.#...##...#####.#...##...#####.",
    "C": ".###.#...##....#....#....#...#.###.", "D": "####.#...##...##...##...##...#####.",
    "E": "######....#....####.#....#....#####", "F": "######....#....####.#....#....#....",
    "G": ".###.#...##....#.####...##...#.####", "H": "#...##...##...#######...##...##...#",
    "I": ".###...#....#....#....#....#...###.", "J": "..###...#....#....#....#.#..#..##..",
    "K": "#...##..#.#.#..##...#.#..#..#.#...#", "L": "#....#....#....#....#....#....#####",
    "M": "#...###.###.#.##.#.##...##...##...#", "N": "#...##...###..##.#.##..###...##...#",
    "O": ".###.#...##...##...##...##...#.###.", "P": "####.#...##...#####.#....#....#....",
    "Q": ".###.#...##...##...##.#.##..#..##.#", "R": "####.#...##...#####.#.#..#..#.#...#",
    "S": ".#####....#.....###.....#....#####.", "T": "#####..#....#....#....#....#....#..",
    "U": "#...##...##...##...##...##...#.###.", "V": "#...##...##...##...##...#.#.#...#..",
    "W": "#...##...##...##.#.##.#.##.#.#.#.#.", "X": "#...##...#.#.#...#...#.#.#...##...#",
    "Y": "#...##...#.#.#...#....#....#....#..", "Z": "#####....#...#...#...#...#....#####",
    "0": ".###.#...##..###.#.###..##...#.###.", "1": "..#...##....#....#....#....#...###.",
    "2": ".###.#...#....#...#...#...#...#####", "3": "#####...#...#.....#.....##...#.###.",
    "4": "...#...##..#.#.#..#.#####...#....#.", "5": "######....####.....#....##...#.###.",
    "6": "..##..#...#....####.#...##...#.###.", "7": "#####....#...#...#...#....#....#...",
    "8": ".###.#...##...#.###.#...##...#.###.", "9": ".###.#...##...#.####....#...#..##..",
    "%": "##...##..#...#...#...#...#..##...##", ".": ".........................##...##...",
    "-": "...............#####...............", ":": "......##...##........##...##.......",
    "/": ".........#...#...#...#...#.........", "(": "...#...#...#....#....#.....#.....#.",
    ")": ".#.....#.....#....#....#...#...#...", ",": "....................##....#...#....",
    "+": "......#....#..#####..#....#........", "=": "..........#####.....#####..........",
    "<": "...#...#...#...#.....#.....#.....#.", ">": ".#.....#.....#.....#...#...#...#...",
    "?": ".###.#...#....#...#...#.........#..", " ": "...................................",
}
GLYPH_W, GLYPH_H = 5, 7


class Canvas:
    """Drawn in layout units; `ratio` device pixels per unit (2: sharp on high-density screens)."""

    def __init__(self, width: int, height: int, background: Colour = WHITE, ratio: int = 1) -> None:
        self.ratio = ratio
        self.width, self.height = width * ratio, height * ratio
        self.pixels = bytearray(bytes(background) * (self.width * self.height))

    def dot(self, x: int, y: int, colour: Colour) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            at = (y * self.width + x) * 3
            self.pixels[at:at + 3] = bytes(colour)

    def rect(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        """Fill [x0, x1) x [y0, y1) (layout units)."""
        r = self.ratio
        self._fill(x0 * r, y0 * r, x1 * r, y1 * r, colour)

    def _fill(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        x0, x1 = max(0, min(x0, x1)), min(self.width, max(x0, x1))
        y0, y1 = max(0, min(y0, y1)), min(self.height, max(y0, y1))
        row = bytes(colour) * (x1 - x0)
        for y in range(y0, y1):
            at = (y * self.width + x0) * 3
            self.pixels[at:at + len(row)] = row

    def line(self, x0: int, y0: int, x1: int, y1: int, colour: Colour, width: int = 1) -> None:
        r = self.ratio
        x0, y0, x1, y1, width = x0 * r, y0 * r, x1 * r, y1 * r, width * r
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        half = width // 2
        for i in range(steps + 1):
            x = round(x0 + (x1 - x0) * i / steps)
            y = round(y0 + (y1 - y0) * i / steps)
            self._fill(x - half, y - half, x - half + width, y - half + width, colour)

    def disc(self, cx: int, cy: int, radius: int, colour: Colour) -> None:
        r = self.ratio
        cx, cy, radius = cx * r + r // 2, cy * r + r // 2, radius * r
        for y in range(cy - radius, cy + radius + 1):
            for x in range(cx - radius, cx + radius + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius:
                    self.dot(x, y, colour)

    def text(self, x: int, y: int, text: str, colour: Colour = INK, scale: int = 1) -> int:
        """Draw upper-cased text with its top-left at (x, y); returns the width drawn."""
        start = x
        for char in text.upper():
            rows = _FONT_ROWS.get(char, _FONT_ROWS["?"])
            for index, bit in enumerate(rows):
                if bit == "#":
                    gx, gy = index % GLYPH_W, index // GLYPH_W
                    self.rect(x + gx * scale, y + gy * scale, x + (gx + 1) * scale, y + (gy + 1) * scale, colour)
            x += (GLYPH_W + 1) * scale
        return x - start

    def png(self) -> bytes:
        return encode_png(self.width, self.height, bytes(self.pixels))


def text_width(text: str, scale: int = 1) -> int:
    return len(text) * (GLYPH_W + 1) * scale


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    """A truecolour PNG (8 bits per channel, no filtering) from raw RGB rows."""
    stride = width * 3
    raw = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Read back what `encode_png` writes (for tests): width, height, raw RGB."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG")
    at, width, height, idat = 8, 0, 0, b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        tag, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        if tag == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif tag == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 3
    return width, height, b"".join(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)] for y in range(height))


@dataclass(frozen=True)
class Point:
    """One round on the chart; `mean` and `share` are None for a withheld round (a gap)."""

    label: str
    mean: float | None
    share: float | None
    year: int | None = None  # shown under the dates when the rounds span more than one year


@dataclass(frozen=True)
class Layout:
    width: int = 720
    height: int = 400
    left: int = 70
    right: int = 20
    mean_top: int = 62
    mean_bottom: int = 192
    bars_top: int = 236
    bars_bottom: int = 336
    heading_gap: int = 28  # a panel's heading sits this far above it, clear of a full bar's value label
    ratio: int = 2         # device pixels per layout unit

    def slot(self, index: int, count: int) -> tuple[int, int]:
        """The x range of a round's slot."""
        span = (self.width - self.left - self.right) / max(count, 1)
        return round(self.left + index * span), round(self.left + (index + 1) * span)


def trend_png(title: str, scale: tuple[int, int], mean_label: str, share_label: str, points: list[Point],
              layout: Layout = Layout(), withheld_k: int | None = None, higher_is_worse: bool | None = None,
              total: int | None = None) -> bytes:
    """`withheld_k`: say what a grey date means; `higher_is_worse`: say which way the mean is worse;
    `total`: the rounds there were, when only the last `len(points)` are drawn."""
    c = Canvas(layout.width, layout.height, ratio=layout.ratio)
    c.text(layout.left, 16, title[:54], INK, 2)
    if total is not None and total > len(points):
        note = f"LAST {len(points)} OF {total} ROUNDS"
        c.text(layout.width - layout.right - text_width(note), 20, note, MUTED)
    low, high = scale

    # Mean panel.
    if higher_is_worse is not None:
        mean_label = f"{mean_label} - {'HIGHER' if higher_is_worse else 'LOWER'} IS WORSE"
    c.text(layout.left, layout.mean_top - 14, mean_label[:100], MUTED)
    for fraction in (0.0, 0.5, 1.0):
        y = round(layout.mean_bottom - fraction * (layout.mean_bottom - layout.mean_top))
        c.line(layout.left, y, layout.width - layout.right, y, GRID)
        value = low + fraction * (high - low)
        label = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
        c.text(layout.left - 8 - text_width(label), y - 3, label, MUTED)

    def mean_y(value: float) -> int:
        return round(layout.mean_bottom - (value - low) / ((high - low) or 1) * (layout.mean_bottom - layout.mean_top))

    previous: tuple[int, int] | None = None
    for index, point in enumerate(points):
        x0, x1 = layout.slot(index, len(points))
        cx = (x0 + x1) // 2
        if point.mean is None:
            previous = None
            continue
        here = (cx, mean_y(point.mean))
        if previous is not None:
            c.line(previous[0], previous[1], here[0], here[1], LINE, 3)
        previous = here
    for index, point in enumerate(points):
        if point.mean is not None:
            x0, x1 = layout.slot(index, len(points))
            c.disc((x0 + x1) // 2, mean_y(point.mean), 5, LINE)

    # Share panel.
    c.text(layout.left, layout.bars_top - layout.heading_gap, f"{share_label} - HIGHER IS WORSE"[:100], MUTED)
    for fraction in (0.0, 0.5, 1.0):
        y = round(layout.bars_bottom - fraction * (layout.bars_bottom - layout.bars_top))
        c.line(layout.left, y, layout.width - layout.right, y, GRID)
        label = f"{fraction * 100:.0f}%"
        c.text(layout.left - 8 - text_width(label), y - 3, label, MUTED)
    for index, point in enumerate(points):
        x0, x1 = layout.slot(index, len(points))
        width = max(4, min(40, (x1 - x0) * 3 // 5))
        cx = (x0 + x1) // 2
        if point.share is not None:
            top = round(layout.bars_bottom - point.share * (layout.bars_bottom - layout.bars_top))
            c.rect(cx - width // 2, top, cx - width // 2 + width, layout.bars_bottom, BAR)
            share = f"{point.share * 100:.0f}%"
            if text_width(share) <= x1 - x0:
                c.text(cx - text_width(share) // 2, max(top - 10, layout.bars_top - 12), share, INK)
        label = point.label[:12]
        if text_width(label) <= x1 - x0:
            c.text(cx - text_width(label) // 2, layout.bars_bottom + 8,
                   label, INK if point.share is not None else MUTED)
    years = [p.year for p in points]
    if len({y for y in years if y is not None}) > 1:
        for index, year in enumerate(years):
            if year is not None and (index == 0 or years[index - 1] != year):
                x0, x1 = layout.slot(index, len(points))
                c.text((x0 + x1) // 2 - text_width(str(year)) // 2, layout.bars_bottom + 20, str(year), MUTED)
    c.line(layout.left, layout.bars_bottom, layout.width - layout.right, layout.bars_bottom, INK)
    if withheld_k is not None and any(p.share is None for p in points):
        legend = f"GREY DATE, NO BAR: RESULTS WITHHELD (FEWER THAN {withheld_k} ANSWERS)"
        c.text(layout.left, layout.height - 20, legend[:100], MUTED)
    return c.png()

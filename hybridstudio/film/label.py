"""The label printed on each film, rendered in black at the film's resolution."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .pages import mm_to_px

TEXT_MM = 2.2


def wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width_px: int) -> list[str]:
    """Greedy word wrap to ``width_px``."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            trial = f"{line} {word}".strip()
            if line and font.getlength(trial) > width_px:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def render_label(text: str, dpi: float, width_px: int, max_lines: int = 4) -> np.ndarray:
    """``text`` as a bool ink patch (True = black), at most ``max_lines`` lines of TEXT_MM type."""
    size = max(8, mm_to_px(TEXT_MM, dpi))
    font = ImageFont.load_default(size=size)
    lines = wrap(text, font, width_px)[:max_lines]
    line_h = int(size * 1.3)
    img = Image.new("1", (width_px, line_h * len(lines) + size // 3), 1)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((0, i * line_h), line, fill=0, font=font)
    return ~np.asarray(img)


def film_label_text(
    ink: str, order: int, count: int, screen: str, recipe: str, date: str, disclosure: str, extra: str = ""
) -> str:
    """The label: ink, print order, screen (ruling, angle, dot shape), recipe, date, AI line."""
    first = f"{ink} · print {order}/{count} · {screen}"
    if extra:
        first += f" · {extra}"
    second = " · ".join(b for b in (recipe, date) if b)
    return "\n".join(b for b in (first, second, disclosure) if b)

"""The virtual film gate: which physical size an image stands for.

Grain, halation and every other physical size are given in micrometres or millimetres on the film.
An image of W×H pixels is mapped onto the frame of a film format: the image's long side spans the
format's long side (a 6000-pixel-wide image "shot on 135" has 36 mm / 6000 = 6 µm pixels). A
reduced preview of the same image therefore has bigger pixels and the grain scales with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.params import lookup


@dataclass(frozen=True)
class FilmFormat:
    """A film frame: ``long_mm`` × ``short_mm`` of image area."""

    id: str
    title: str
    long_mm: float
    short_mm: float


FORMATS: dict[str, FilmFormat] = {
    f.id: f
    for f in (
        FilmFormat("135", QT_TRANSLATE_NOOP("steps", "35 mm still (24×36 mm)"), 36.0, 24.0),
        FilmFormat("half-frame", QT_TRANSLATE_NOOP("steps", "35 mm half frame (18×24 mm)"), 24.0, 18.0),
        FilmFormat("super35", QT_TRANSLATE_NOOP("steps", "Super 35 cine (24.89×18.66 mm)"), 24.89, 18.66),
        FilmFormat("super16", QT_TRANSLATE_NOOP("steps", "Super 16 cine (12.52×7.41 mm)"), 12.52, 7.41),
        FilmFormat("645", QT_TRANSLATE_NOOP("steps", "120 roll film 6×4.5 (56×41.5 mm)"), 56.0, 41.5),
        FilmFormat("6x6", QT_TRANSLATE_NOOP("steps", "120 roll film 6×6 (56×56 mm)"), 56.0, 56.0),
        FilmFormat("6x7", QT_TRANSLATE_NOOP("steps", "120 roll film 6×7 (69.5×56 mm)"), 69.5, 56.0),
        FilmFormat("4x5", QT_TRANSLATE_NOOP("steps", "4×5 inch sheet (120×95 mm)"), 120.0, 95.0),
        FilmFormat("8x10", QT_TRANSLATE_NOOP("steps", "8×10 inch sheet (245×195 mm)"), 245.0, 195.0),
    )
}


def get_format(format_id: str) -> FilmFormat:
    """The film format with this id; a ValueError listing the known ones otherwise."""
    return lookup(FORMATS, format_id, "film format", error=ValueError, known="formats")


def pixel_pitch_um(width_px: int, height_px: int, format_id: str = "135") -> float:
    """Size of one pixel on the film in micrometres: the long side of the image spans the long
    side of the frame."""
    fmt = get_format(format_id)
    return fmt.long_mm * 1000.0 / max(int(width_px), int(height_px), 1)

"""Default screen angles for a set of inks.

Classic rules: 30° between strong colours, the lightest ink 15° from its neighbours (Exploriso:
3 inks darkest 45°, middle 75°, lightest 15°; 2 inks darker at 75°). Screen printing adds 7.5° to
every angle so none falls on the mesh's 0/45/90° directions (Sefar).
"""

from __future__ import annotations

from collections.abc import Sequence

#: Darkest ink first.
ANGLE_SETS: dict[int, tuple[float, ...]] = {
    1: (22.5,),
    2: (82.5, 52.5),
    3: (52.5, 82.5, 22.5),
    4: (52.5, 82.5, 22.5, 7.5),
}


def lightness(srgb: Sequence[float]) -> float:
    """CIE L* (0..100) of an sRGB colour (0..1), for ranking inks dark to light."""
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return 116.0 * y ** (1.0 / 3.0) - 16.0 if y > 0.008856 else 903.3 * y


def default_angles(ink_colours: Sequence[Sequence[float]]) -> list[float]:
    """One angle per ink (same order as given): darkest inks get the 30°-apart slots. Beyond four
    inks the slots repeat, a lighter ink sharing the angle of a darker one."""
    n = len(ink_colours)
    if n == 0:
        return []
    slots = ANGLE_SETS[min(n, 4)]
    by_darkness = sorted(range(n), key=lambda i: lightness(ink_colours[i]))
    out = [0.0] * n
    for rank, i in enumerate(by_darkness):
        out[i] = slots[rank % len(slots)]
    return out

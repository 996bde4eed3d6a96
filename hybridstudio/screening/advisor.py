"""What a print technician would say about a screening set-up, with numbers.

- Ruling vs mesh: the mesh should count 4–5 threads per halftone line (help.screenprinting.com,
  Sefar's 2.5/3.75/5 : 1 per cm).
- Moiré between two screens of frequencies f₁, f₂ at relative angle α: the beat frequency is
  √(f₁² + f₂² − 2 f₁ f₂ cos α), a period of p / (2 sin(α/2)) for equal rulings.
- Moiré against the mesh: strongest when a screen runs along the weave's 0/45/90° directions.
- A dot must cover more than one mesh opening plus one thread (= the mesh pitch) to be held.
- Grey levels of one halftone cell: (dpi/lpi)² + 1; under ~100 gradients band.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .geometry import grey_levels

MIN_LEVELS = 100
BEAT_RATIO = 3.5  # moiré periods over 3.5 screen periods read as a pattern (α < ~16° at equal rulings)
MESH_ANGLE_TOLERANCE = 5.0  # degrees from the weave's 0/45/90°
LIGHT_INK_L = 75.0


@dataclass(frozen=True)
class Advice:
    level: str  # "warning" or "note"
    topic: str  # mesh, moire, mesh-moire, min-dot, grey-levels, resolution
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"level": self.level, "topic": self.topic, "message": self.message}


def beat_period(f1: float, f2: float, alpha_deg: float) -> float:
    """Moiré period (in the unit of 1/f) of two line gratings at relative angle α; inf if none."""
    a = math.radians(alpha_deg)
    fm2 = f1 * f1 + f2 * f2 - 2.0 * f1 * f2 * math.cos(a)
    return math.inf if fm2 <= 1e-12 else 1.0 / math.sqrt(fm2)


def _relative(a: float, b: float, period: float = 90.0) -> float:
    """Smallest angle between two screens that repeat every ``period`` degrees."""
    d = (a - b) % period
    return min(d, period - d)


def screen_moire(films: list[dict[str, Any]]) -> list[Advice]:
    """Pairs of AM screens that beat. Each film dict: ink, lightness, lpi, angle (achieved)."""
    out: list[Advice] = []
    for i in range(len(films)):
        for j in range(i + 1, len(films)):
            a, b = films[i], films[j]
            alpha = _relative(a["angle"], b["angle"])
            d_in = beat_period(a["lpi"], b["lpi"], alpha)
            p = 1.0 / min(a["lpi"], b["lpi"])
            pair = f"{a['ink']} ({a['angle']:.2f}°, {a['lpi']:.2f} lpi) and {b['ink']} " \
                   f"({b['angle']:.2f}°, {b['lpi']:.2f} lpi)"
            if math.isinf(d_in):
                out.append(Advice("note", "moire", f"{pair} share one screen: no moiré between "
                                  "them, but their dots print on top of each other"))
                continue
            ratio = d_in / p
            if ratio > BEAT_RATIO:
                light = [f["ink"] for f in (a, b) if f.get("lightness", 0.0) >= LIGHT_INK_L]
                level = "note" if light and alpha >= 14.0 else "warning"
                why = f" (tolerable because {light[0]} is light)" if level == "note" else ""
                out.append(Advice(level, "moire",
                                  f"{pair} are {alpha:.1f}° apart: moiré period "
                                  f"{d_in * 25.4:.2f} mm ({ratio:.1f} × the dot spacing){why}; "
                                  f"keep strong colours 30° apart"))
    return out


def mesh_advice(lpi: float, angle: float, mesh: float, mesh_angle: float, ink: str) -> list[Advice]:
    """Ruling vs mesh count and screen angle vs the weave for one AM film."""
    out: list[Advice] = []
    ratio = mesh / lpi
    if ratio < 4.0:
        out.append(Advice("warning", "mesh",
                          f"{ink}: {lpi:.1f} lpi is too fine for {mesh:g} mesh (mesh/lpi = "
                          f"{ratio:.2f}, needs 4–5): use at most {math.floor(mesh / 4)} lpi "
                          f"({math.floor(mesh / 5)} lpi is safe) or a mesh of "
                          f"{math.ceil(lpi * 4.5)} or finer"))
    elif ratio < 5.0:
        out.append(Advice("note", "mesh", f"{ink}: {lpi:.1f} lpi on {mesh:g} mesh (mesh/lpi = "
                          f"{ratio:.2f}) holds only with a dialled-in darkroom; {math.floor(mesh / 5)} lpi "
                          f"is safe"))
    rel = (angle - mesh_angle) % 90.0
    for direction in (0.0, 45.0, 90.0):
        off = abs(rel - direction)
        if off < MESH_ANGLE_TOLERANCE:
            harmonic = lpi * (math.sqrt(2.0) if direction == 45.0 else 1.0)
            k = max(1, round(mesh / harmonic))
            d = beat_period(k * harmonic, mesh, off)
            period = "no measurable period" if math.isinf(d) else f"moiré period {d * 25.4:.1f} mm"
            out.append(Advice("warning", "mesh-moire",
                              f"{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh's "
                              f"{direction % 90:g}° direction ({period} between the {k}th dot "
                              f"harmonic and the threads); turn the screen by 7.5° or angle the "
                              f"mesh"))
            break
    return out


def min_dot_advice(cell_mm: float, min_dot: float, mesh: float, ink: str, kind: str = "am") -> list[Advice]:
    """A dot (AM: round at ``min_dot`` coverage of a ``cell_mm`` cell; FM/index: a square of side
    ``cell_mm``) must be larger than the mesh pitch (one opening + one thread)."""
    pitch = 25.4 / mesh
    if kind == "am":
        diameter = cell_mm * math.sqrt(4.0 * min_dot / math.pi)
        if diameter < pitch:
            need = math.pi / 4.0 * (pitch / cell_mm) ** 2 * 100.0
            return [Advice("warning", "min-dot",
                           f"{ink}: the smallest dot ({min_dot * 100:g} %, {diameter * 1000:.0f} µm) is "
                           f"smaller than one opening plus one thread of {mesh:g} mesh "
                           f"({pitch * 1000:.0f} µm): it will not hold; raise the minimum dot to "
                           f"{need:.0f} % or use a finer mesh")]
    elif cell_mm < pitch:
        return [Advice("warning", "min-dot",
                       f"{ink}: {cell_mm * 1000:.0f} µm dots are smaller than one opening plus one "
                       f"thread of {mesh:g} mesh ({pitch * 1000:.0f} µm): they will not hold")]
    return []


def grey_level_advice(dpi: float, lpi: float, cell_px: int,
                      levels_with_supercell: int | None = None) -> list[Advice]:
    """(dpi/lpi)² + 1 grey levels per cell (``lpi`` as asked; ``cell_px`` what the device grid
    gives); under ~100 a gradient bands."""
    levels = grey_levels(dpi, lpi)
    if min(levels, cell_px + 1) >= MIN_LEVELS:
        return []
    extra = (f"; the supercell spreads {levels_with_supercell} levels over several cells, which "
             "softens but does not remove the steps" if levels_with_supercell else "")
    return [Advice("warning", "grey-levels",
                   f"{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per "
                   f"halftone cell ({cell_px + 1} on the device grid), fewer than {MIN_LEVELS}: "
                   f"gradients will band{extra}; raise the resolution to "
                   f"{lpi * math.sqrt(MIN_LEVELS - 1):.0f} dpi or lower the ruling to "
                   f"{dpi / math.sqrt(MIN_LEVELS - 1):.0f} lpi")]

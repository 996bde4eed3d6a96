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

from ..core.i18n import QT_TRANSLATE_NOOP, MeshCount, Message
from .geometry import grey_levels

MIN_LEVELS = 100
BEAT_RATIO = 3.5  # moiré periods over 3.5 screen periods read as a pattern (α < ~16° at equal rulings)
MESH_ANGLE_TOLERANCE = 5.0  # degrees from the weave's 0/45/90°
LIGHT_INK_L = 75.0


@dataclass(frozen=True)
class Advice:
    level: str  # "warning" or "note"
    topic: str  # mesh, moire, mesh-moire, min-dot, grey-levels, resolution
    message: str  # a core.i18n.Message: English here, translated where it is shown

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


def _say(template: str, **values: Any) -> Message:
    return Message("ScreeningAdvice", template, **values)


def _ink(name: str) -> Message:
    return Message("Inks", name)


def screen_moire(films: list[dict[str, Any]]) -> list[Advice]:
    """Pairs of AM screens that beat. Each film dict: ink, lightness, lpi, angle (achieved)."""
    out: list[Advice] = []
    for i in range(len(films)):
        for j in range(i + 1, len(films)):
            a, b = films[i], films[j]
            alpha = _relative(a["angle"], b["angle"])
            d_in = beat_period(a["lpi"], b["lpi"], alpha)
            p = 1.0 / min(a["lpi"], b["lpi"])
            pair = _say(
                QT_TRANSLATE_NOOP(
                    "ScreeningAdvice",
                    "{a} ({a_angle:.2f}°, {a_lpi:.2f} lpi) and {b} ({b_angle:.2f}°, {b_lpi:.2f} lpi)",
                ),
                a=_ink(a["ink"]),
                a_angle=float(a["angle"]),
                a_lpi=float(a["lpi"]),
                b=_ink(b["ink"]),
                b_angle=float(b["angle"]),
                b_lpi=float(b["lpi"]),
            )
            if math.isinf(d_in):
                out.append(
                    Advice(
                        "note",
                        "moire",
                        _say(
                            QT_TRANSLATE_NOOP(
                                "ScreeningAdvice",
                                "{pair} share one screen: no moiré between them, but their "
                                "dots print on top of each other",
                            ),
                            pair=pair,
                        ),
                    )
                )
                continue
            ratio = d_in / p
            if ratio > BEAT_RATIO:
                light = [f["ink"] for f in (a, b) if f.get("lightness", 0.0) >= LIGHT_INK_L]
                level = "note" if light and alpha >= 14.0 else "warning"
                values = dict(pair=pair, alpha=float(alpha), period=float(d_in * 25.4), ratio=float(ratio))
                if level == "note":
                    msg = _say(
                        QT_TRANSLATE_NOOP(
                            "ScreeningAdvice",
                            "{pair} are {alpha:.1f}° apart: moiré period {period:.2f} "
                            "mm ({ratio:.1f} × the dot spacing) (tolerable because {light} is light); "
                            "keep strong colours 30° apart",
                        ),
                        light=_ink(light[0]),
                        **values,
                    )
                else:
                    msg = _say(
                        QT_TRANSLATE_NOOP(
                            "ScreeningAdvice",
                            "{pair} are {alpha:.1f}° apart: moiré period {period:.2f} "
                            "mm ({ratio:.1f} × the dot spacing); keep strong colours 30° apart",
                        ),
                        **values,
                    )
                out.append(Advice(level, "moire", msg))
    return out


def mesh_advice(lpi: float, angle: float, mesh: float, mesh_angle: float, ink: str) -> list[Advice]:
    """Ruling vs mesh count and screen angle vs the weave for one AM film. The mesh is in threads
    per inch; the messages say it in the workshop's unit (per cm in French)."""
    out: list[Advice] = []
    ratio = mesh / lpi
    if ratio < 4.0:
        out.append(
            Advice(
                "warning",
                "mesh",
                _say(
                    QT_TRANSLATE_NOOP(
                        "ScreeningAdvice",
                        "{ink}: {lpi:.1f} lpi is too fine for a {mesh} mesh ({ratio:.2f} "
                        "threads per screen line, needs 4–5): use at most {most} lpi ({safe} lpi is safe) "
                        "or a mesh of {finer} or finer",
                    ),
                    ink=_ink(ink),
                    lpi=float(lpi),
                    mesh=MeshCount(mesh),
                    ratio=float(ratio),
                    most=math.floor(mesh / 4),
                    safe=math.floor(mesh / 5),
                    finer=MeshCount(lpi * 4.5, up=True),
                ),
            )
        )
    elif ratio < 5.0:
        out.append(
            Advice(
                "note",
                "mesh",
                _say(
                    QT_TRANSLATE_NOOP(
                        "ScreeningAdvice",
                        "{ink}: {lpi:.1f} lpi on a {mesh} mesh ({ratio:.2f} threads per "
                        "screen line) holds only with a dialled-in darkroom; {safe} lpi is safe",
                    ),
                    ink=_ink(ink),
                    lpi=float(lpi),
                    mesh=MeshCount(mesh),
                    ratio=float(ratio),
                    safe=math.floor(mesh / 5),
                ),
            )
        )
    rel = (angle - mesh_angle) % 90.0
    for direction in (0.0, 45.0, 90.0):
        off = abs(rel - direction)
        if off < MESH_ANGLE_TOLERANCE:
            harmonic = lpi * (math.sqrt(2.0) if direction == 45.0 else 1.0)
            k = max(1, round(mesh / harmonic))
            d = beat_period(k * harmonic, mesh, off)
            values = dict(
                ink=_ink(ink), angle=float(angle), off=float(off), direction=float(direction % 90), k=k
            )
            if math.isinf(d):
                msg = _say(
                    QT_TRANSLATE_NOOP(
                        "ScreeningAdvice",
                        "{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the "
                        "mesh's {direction:g}° direction (no measurable period between dot harmonic "
                        "{k} and the threads); turn the screen by 7.5° or angle the mesh",
                    ),
                    **values,
                )
            else:
                msg = _say(
                    QT_TRANSLATE_NOOP(
                        "ScreeningAdvice",
                        "{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the "
                        "mesh's {direction:g}° direction (moiré period {period:.1f} mm between dot "
                        "harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh",
                    ),
                    period=float(d * 25.4),
                    **values,
                )
            out.append(Advice("warning", "mesh-moire", msg))
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
            return [
                Advice(
                    "warning",
                    "min-dot",
                    _say(
                        QT_TRANSLATE_NOOP(
                            "ScreeningAdvice",
                            "{ink}: the smallest dot ({dot:g} %, {diameter:.0f} µm) is smaller "
                            "than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): it will not "
                            "hold; raise the minimum dot to {need:.0f} % or use a finer mesh",
                        ),
                        ink=_ink(ink),
                        dot=float(min_dot * 100),
                        diameter=float(diameter * 1000),
                        mesh=MeshCount(mesh),
                        pitch=float(pitch * 1000),
                        need=float(need),
                    ),
                )
            ]
    elif cell_mm < pitch:
        return [
            Advice(
                "warning",
                "min-dot",
                _say(
                    QT_TRANSLATE_NOOP(
                        "ScreeningAdvice",
                        "{ink}: {size:.0f} µm dots are smaller than one opening plus one "
                        "thread of a {mesh} mesh ({pitch:.0f} µm): they will not hold",
                    ),
                    ink=_ink(ink),
                    size=float(cell_mm * 1000),
                    mesh=MeshCount(mesh),
                    pitch=float(pitch * 1000),
                ),
            )
        ]
    return []


def grey_level_advice(
    dpi: float, lpi: float, cell_px: int, levels_with_supercell: int | None = None
) -> list[Advice]:
    """(dpi/lpi)² + 1 grey levels per cell (``lpi`` as asked; ``cell_px`` what the device grid
    gives); under ~100 a gradient bands."""
    levels = grey_levels(dpi, lpi)
    if min(levels, cell_px + 1) >= MIN_LEVELS:
        return []
    values = dict(
        dpi=float(dpi),
        lpi=float(lpi),
        levels=levels,
        device=cell_px + 1,
        minimum=MIN_LEVELS,
        raise_dpi=float(lpi * math.sqrt(MIN_LEVELS - 1)),
        lower_lpi=float(dpi / math.sqrt(MIN_LEVELS - 1)),
    )
    if levels_with_supercell:
        msg = _say(
            QT_TRANSLATE_NOOP(
                "ScreeningAdvice",
                "{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey "
                "levels per halftone cell ({device} on the device grid), fewer than {minimum}: "
                "gradients will band; the supercell spreads {supercell} levels over several cells, "
                "which softens but does not remove the steps; raise the resolution to {raise_dpi:.0f} "
                "dpi or lower the ruling to {lower_lpi:.0f} lpi",
            ),
            supercell=levels_with_supercell,
            **values,
        )
    else:
        msg = _say(
            QT_TRANSLATE_NOOP(
                "ScreeningAdvice",
                "{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey "
                "levels per halftone cell ({device} on the device grid), fewer than {minimum}: "
                "gradients will band; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling "
                "to {lower_lpi:.0f} lpi",
            ),
            **values,
        )
    return [Advice("warning", "grey-levels", msg)]

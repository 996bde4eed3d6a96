"""Where a halftone screen really lands on the device grid.

A screen of ``lpi`` lines per inch at ``angle`` degrees, rendered at ``dpi``, has a cell vector of
``dpi / lpi`` device pixels along the angle. Device pixels are whole numbers, so the vector is
rounded (Rokicki): ``x = round(P cos θ)``, ``y = round(P sin θ)``. The achieved angle is
``atan2(y, x)`` and the achieved ruling ``dpi / √(x² + y²)``; both are what the film carries and
what a label must say.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..core.errors import ParamError

MIN_CELL_PX = 4.0  # a cell narrower than this cannot hold a recognisable dot


def grey_levels(dpi: float, lpi: float) -> int:
    """Tones one halftone cell can show: (dpi/lpi)² + 1."""
    return int(round((dpi / lpi) ** 2)) + 1


@dataclass(frozen=True)
class ScreenGeometry:
    """A screen on the device grid. Pixel coordinates: x right, y down; angles counter-clockwise
    as seen on the film (so the cell vector in pixels is (x, −y))."""

    dpi: float
    lpi: float  # requested
    angle: float  # requested, degrees
    x: int
    y: int

    @property
    def cell_px(self) -> int:
        """Device pixels in one halftone cell (x² + y²)."""
        return self.x * self.x + self.y * self.y

    @property
    def achieved_lpi(self) -> float:
        return self.dpi / math.sqrt(self.cell_px)

    @property
    def achieved_angle(self) -> float:
        """Achieved angle in degrees, in the same half-turn as the request."""
        a = math.degrees(math.atan2(self.y, self.x))
        # keep it close to the requested angle (a square screen repeats every 90°)
        while a - self.angle > 45.0:
            a -= 90.0
        while self.angle - a > 45.0:
            a += 90.0
        return a

    @property
    def levels(self) -> int:
        return self.cell_px + 1

    def as_dict(self) -> dict[str, float | int | list[int]]:
        return {
            "dpi": self.dpi,
            "lpi_requested": self.lpi,
            "angle_requested": self.angle,
            "lpi": round(self.achieved_lpi, 3),
            "angle": round(self.achieved_angle, 3),
            "cell_vector_px": [self.x, self.y],
            "grey_levels_per_cell": self.levels,
        }


def quantise_screen(dpi: float, lpi: float, angle: float) -> ScreenGeometry:
    """The device-grid screen closest to the request. Raises :class:`ParamError` when the cell
    would be smaller than :data:`MIN_CELL_PX` pixels or the numbers make no sense."""
    if not (math.isfinite(dpi) and dpi > 0):
        raise ParamError("dpi", f"must be a positive number, got {dpi}")
    if not (math.isfinite(lpi) and lpi > 0):
        raise ParamError("lpi", f"must be a positive number, got {lpi}")
    if not math.isfinite(angle):
        raise ParamError("angle", f"must be a number, got {angle}")
    period = dpi / lpi
    if period < MIN_CELL_PX:
        raise ParamError(
            "lpi",
            f"{lpi:g} lpi at {dpi:g} dpi leaves {period:.1f} px per cell; "
            f"at most {dpi / MIN_CELL_PX:.0f} lpi at this resolution",
        )
    t = math.radians(angle)
    x = round(period * math.cos(t))
    y = round(period * math.sin(t))
    return ScreenGeometry(dpi=float(dpi), lpi=float(lpi), angle=float(angle), x=int(x), y=int(y))

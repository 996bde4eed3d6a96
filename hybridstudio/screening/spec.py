"""What a film's screening is asked to be: method, dot shape, ruling, angles, resolution, tone."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..core.errors import ParamError
from ..core.params import CM_PER_INCH, parse_mesh  # noqa: F401 - mesh units live with the parameters
from .spots import SPOT_FUNCTIONS

METHODS = ("am", "fm", "index", "diffusion")
SHAPES = tuple(SPOT_FUNCTIONS)
DPI_RANGE = (72.0, 5080.0)
LPI_RANGE = (5.0, 300.0)
ANGLE_RANGE = (-180.0, 180.0)


@dataclass
class ScreenSpec:
    """Screening settings shared by the films of one job (angles: one per film, in print order;
    an empty list picks them from the ink lightness, see :func:`hybridstudio.screening.angles`)."""

    method: str = "am"
    dpi: float = 1200.0
    lpi: float = 55.0
    angles: list[float] = field(default_factory=list)
    shape: str = "elliptical"
    fm_dot_um: float = 42.0  # FM "dot" size (a square of whole device pixels)
    index_dpi: float = 200.0  # index screening: size of the square pixels
    diffusion_dot_px: int = 1  # error diffusion: device pixels per diffused pixel
    gain: str = "none"  # dot-gain compensation preset (see tone.GAIN_PRESETS) or "custom"
    curve: str = ""  # user compensation curve "in:out, in:out" in percent
    min_dot: float = 5.0  # percent: smaller dots would drop out on the press
    max_dot: float = 95.0  # percent: bigger ones would fill in
    mesh: float = 0.0  # threads per inch of the screen mesh (0 = unknown)
    mesh_angle: float = 0.0  # angle of the mesh weave on the frame, degrees

    def validate(self) -> ScreenSpec:
        """Raise :class:`ParamError` for values no film could carry."""
        if self.method not in METHODS:
            raise ParamError("method", f"{self.method!r} is not one of {', '.join(METHODS)}")
        if self.shape not in SHAPES:
            raise ParamError("shape", f"{self.shape!r} is not one of {', '.join(SHAPES)}")
        _in_range("dpi", self.dpi, DPI_RANGE, "dpi")
        if self.method == "am":
            _in_range("lpi", self.lpi, LPI_RANGE, "lpi")
        for a in self.angles:
            _in_range("angles", a, ANGLE_RANGE, "°")
        if not 0.0 <= self.min_dot < 50.0:
            raise ParamError("min_dot", f"{self.min_dot:g} % must be between 0 and 50 %")
        if not 50.0 < self.max_dot <= 100.0:
            raise ParamError("max_dot", f"{self.max_dot:g} % must be between 50 and 100 %")
        if self.method == "fm" and not 5.0 <= self.fm_dot_um <= 1000.0:
            raise ParamError("fm_dot_um", f"{self.fm_dot_um:g} µm must be between 5 and 1000 µm")
        if self.method == "index" and not 20.0 <= self.index_dpi <= self.dpi:
            raise ParamError("index_dpi", f"{self.index_dpi:g} must be between 20 and the film "
                                          f"resolution ({self.dpi:g} dpi)")
        if self.mesh < 0:
            raise ParamError("mesh", "must be 0 (unknown) or a thread count per inch")
        return self


def _in_range(name: str, value: float, bounds: tuple[float, float], unit: str) -> None:
    lo, hi = bounds
    if not (isinstance(value, (int, float)) and math.isfinite(value) and lo <= value <= hi):
        raise ParamError(name, f"{value} {unit} is out of range ({lo:g}–{hi:g} {unit})")



"""What a film's screening is asked to be: method, dot shape, ruling, angles, resolution, tone."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice, choices_from, fields_of, option
from ..core.params import CM_PER_INCH, parse_mesh  # noqa: F401 - mesh units live with the parameters
from .spots import DotShape
from .tone import GAIN_PRESETS


class Method(Choice):
    """How a film turns tones into 1-bit pixels."""

    AM = "am", QT_TRANSLATE_NOOP("steps", "Halftone dots (AM)")
    FM = "fm", QT_TRANSLATE_NOOP("steps", "Stochastic (FM, blue noise)")
    INDEX = "index", QT_TRANSLATE_NOOP("steps", "Index (square pixels)")
    DIFFUSION = "diffusion", QT_TRANSLATE_NOOP("steps", "Error diffusion")


METHODS = Method.ids()
SHAPES = DotShape.ids()


#: The dot-gain compensation presets (:data:`GAIN_PRESETS`), named with their gain at 50 %.
_GAIN_LABELS = {
    "none": QT_TRANSLATE_NOOP("steps", "No compensation"),
    "riso": QT_TRANSLATE_NOOP("steps", "Risograph (25 %)"),
    "automatic-press": QT_TRANSLATE_NOOP("steps", "Automatic press, garments (30 %)"),
    "manual-press": QT_TRANSLATE_NOOP("steps", "Manual press, garments (40 %)"),
}
GainPreset = choices_from("GainPreset", [(k, _GAIN_LABELS.get(k, k)) for k in GAIN_PRESETS], __name__)


@dataclass
class ScreenSpec:
    """Screening settings shared by the films of one job (angles: one per film, in print order;
    an empty list picks them from the ink lightness, see :func:`hybridstudio.screening.angles`).
    Declared once: recipes, forms and the `films` flags are derived from these fields."""

    method: Method = option(
        Method.AM,
        QT_TRANSLATE_NOOP("steps", "Screening"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Screening: am = halftone dots, fm = stochastic blue noise, index = square "
            "pixels, diffusion = error diffusion",
        ),
    )
    dpi: float = option(
        1200.0,
        QT_TRANSLATE_NOOP("steps", "Film resolution"),
        QT_TRANSLATE_NOOP("steps", "Film resolution (the printer's or imagesetter's)"),
        unit="dpi",
        minimum=72.0,
        maximum=5080.0,
    )
    lpi: float = option(
        55.0,
        QT_TRANSLATE_NOOP("steps", "Ruling"),
        QT_TRANSLATE_NOOP(
            "steps", "Halftone ruling (lines per inch); the mesh should count 4–5 threads per line"
        ),
        unit="lpi",
        minimum=5.0,
        maximum=300.0,
    )
    angles: list[float] = option(
        [],
        QT_TRANSLATE_NOOP("steps", "Angles"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Screen angle per film in print order (one value: the same for all; empty: "
            "chosen from the ink lightness)",
        ),
        unit="°",
        minimum=-180.0,
        maximum=180.0,
        optional=True,
    )
    shape: DotShape = option(
        DotShape.ELLIPTICAL, QT_TRANSLATE_NOOP("steps", "Dot shape"), QT_TRANSLATE_NOOP("steps", "Dot shape")
    )
    fm_dot_um: float = option(
        42.0,
        QT_TRANSLATE_NOOP("steps", "FM dot size"),
        QT_TRANSLATE_NOOP("steps", "FM dot size"),
        unit="µm",
        minimum=5.0,
        maximum=1000.0,
        flag="--fm-dot",
    )
    index_dpi: float = option(
        200.0,
        QT_TRANSLATE_NOOP("steps", "Index resolution"),
        QT_TRANSLATE_NOOP("steps", "Index screening: square pixels per inch"),
        unit="dpi",
        minimum=20.0,
        maximum=1200.0,
    )
    gain: str = option(
        "none",
        QT_TRANSLATE_NOOP("steps", "Dot gain"),
        QT_TRANSLATE_NOOP("steps", "Dot-gain compensation preset"),
        choices=GainPreset,
    )
    curve: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Curve"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Your own compensation curve, 'in:out' percentages, e.g. '0:0, 50:35, 100:100' "
            "(replaces the preset)",
        ),
        optional=True,
    )
    min_dot: float = option(
        5.0,
        QT_TRANSLATE_NOOP("steps", "Min dot"),
        QT_TRANSLATE_NOOP("steps", "Smallest dot the press holds"),
        unit="%",
        minimum=0.0,
        maximum=49.0,
    )
    max_dot: float = option(
        95.0,
        QT_TRANSLATE_NOOP("steps", "Max dot"),
        QT_TRANSLATE_NOOP("steps", "Largest dot before it fills in"),
        unit="%",
        minimum=51.0,
        maximum=100.0,
    )
    mesh: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Mesh"),
        QT_TRANSLATE_NOOP(
            "steps",
            'Screen mesh count: threads per inch, or per centimetre written as "90/cm" in '
            "recipes (0: not a screen print / unknown)",
        ),
        unit="threads/in",
        minimum=0.0,
        maximum=600.0,
    )
    mesh_angle: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Mesh angle"),
        QT_TRANSLATE_NOOP("steps", "Angle of the mesh weave on the frame"),
        unit="°",
        minimum=-90.0,
        maximum=90.0,
    )
    #: error diffusion: device pixels per diffused pixel (not a user option)
    diffusion_dot_px: int = 1

    def validate(self) -> ScreenSpec:
        """Raise :class:`ParamError` for values no film could carry: each option against its
        declaration (type, range, choices), then the rules between options."""
        for f in fields_of(ScreenSpec):
            value = getattr(self, f.name)
            if isinstance(value, float) and not math.isfinite(value):
                raise ParamError(f.name, f"{value} is not a number")
            f.param.validate(value.value if isinstance(value, Choice) else value)
        if self.method == Method.INDEX and not self.index_dpi <= self.dpi:
            raise ParamError(
                "index_dpi",
                f"{self.index_dpi:g} must be between 20 and the film resolution ({self.dpi:g} dpi)",
            )
        return self

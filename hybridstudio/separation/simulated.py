"""Method 5 — simulated process for dark garments: an opaque white underbase, N opaque spot colours
(halftoned), a highlight white, all on the garment colour.

The solver (:mod:`.unmix`) sees underbase white, the spot inks and the highlight white as opaque
inks over the garment, in that print order; the highlight white's coverage is fixed beforehand from
the original's lightness (:func:`.underbase.highlight_white`) and the rest is solved around it, so
dark areas let the garment show through and light ones get white. Because real spot inks are not
fully opaque on a dark shirt, they are modelled as hiding only part of what is under them
(``SPOT_HIDING``, or the ink's ``hiding``): the solver then puts underbase where a colour needs
white beneath to reach its brightness. The underbase is choked afterwards at the output resolution.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .sets import Ink
from .underbase import highlight_white
from .unmix import InkModel, separate_image

UNDERBASE_WHITE = Ink("Underbase White", (0.957, 0.957, 0.941), opacity="opaque")
HIGHLIGHT_WHITE = Ink("Highlight White", (1.0, 1.0, 1.0), opacity="opaque")
#: Share of a dark garment a plastisol spot ink hides without underbase (an estimate; set
#: ``hiding`` per ink in the library when measured).
SPOT_HIDING = 0.8


def simulated_planes(
    rgb: np.ndarray,
    spots: list[Ink],
    garment: Ink,
    dot_gain: float,
    underbase_ink: Ink = UNDERBASE_WHITE,
    highlight_ink: Ink | None = HIGHLIGHT_WHITE,
    check: Callable[[], None] | None = None,
) -> tuple[np.ndarray, list[np.ndarray], np.ndarray | None]:
    """Underbase (unchoked), spot planes (in the order of ``spots``) and highlight white (or None)."""
    opaque = [
        Ink(s.name, s.srgb, s.lab, "opaque", s.code, s.hiding if s.hiding is not None else SPOT_HIDING)
        for s in spots
    ]
    inks = [underbase_ink, *opaque] + ([highlight_ink] if highlight_ink is not None else [])
    model = InkModel(inks, garment, dot_gain)
    n = len(inks)

    def preset(colours: np.ndarray) -> np.ndarray:
        out = np.full((len(colours), n), np.nan)
        out[:, -1] = highlight_white(colours)
        return out

    planes = separate_image(model, rgb, check=check, preset=preset if highlight_ink is not None else None)
    spot_planes = planes[1 : 1 + len(opaque)]
    under = planes[0]
    hl = planes[-1] if highlight_ink is not None else None
    return under.astype(np.float32), spot_planes, hl

"""Halftone screening: turning a continuous ink coverage plane into 1-bit film pixels.

- :mod:`.geometry` – screen ruling and angle on the device grid (what the film really gets).
- :mod:`.spots` – dot shapes (round, elliptical, square, line, diamond, euclidean).
- :mod:`.thresholds` – threshold "bricks" for AM (clustered dots) and FM (blue noise) screens.
- :mod:`.tone` – dot-gain compensation curves and the printable-dot clamp.
- :mod:`.render` – strip-by-strip rendering at the output resolution (never a float film).
- :mod:`.advisor` – warnings a print technician would give (mesh, moiré, grey levels, tiny dots).
"""

from .geometry import ScreenGeometry, grey_levels, quantise_screen
from .spec import METHODS, SHAPES, ScreenSpec

__all__ = ["METHODS", "SHAPES", "ScreenGeometry", "ScreenSpec", "grey_levels", "quantise_screen"]

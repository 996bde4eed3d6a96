"""Dot shapes as spot functions: for a point (u, v) of a halftone cell (both in [−1, 1], the dot
centre at 0), a number that says how early that point turns black as the tone rises. Only the
ORDER matters: the threshold brick ranks the pixels of a cell by it.

Every shape is point-symmetric about the centre so the dot sits in the middle of the cell.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice

SpotFunction = Callable[[np.ndarray, np.ndarray], np.ndarray]


class DotShape(Choice):
    """The dot shapes a film can carry. Adding one: a member here and its spot function below,
    decorated with ``@spot(DotShape.NEW)``."""

    ROUND = "round", QT_TRANSLATE_NOOP("steps", "Round")
    ELLIPTICAL = "elliptical", QT_TRANSLATE_NOOP("steps", "Elliptical (chain)")
    EUCLIDEAN = "euclidean", QT_TRANSLATE_NOOP("steps", "Euclidean (square at 50 %)")
    SQUARE = "square", QT_TRANSLATE_NOOP("steps", "Square")
    DIAMOND = "diamond", QT_TRANSLATE_NOOP("steps", "Diamond")
    LINE = "line", QT_TRANSLATE_NOOP("steps", "Line")


#: The spot function of every dot shape.
SPOT_FUNCTIONS: dict[DotShape, SpotFunction] = {}


def spot(shape: DotShape) -> Callable[[SpotFunction], SpotFunction]:
    """Decorator: ``fn`` is the spot function of ``shape``."""

    def register(fn: SpotFunction) -> SpotFunction:
        SPOT_FUNCTIONS[shape] = fn
        return fn

    return register


#: Ellipse axis ratio and the share of the cell grown as a dot (vs. shrunk as a hole): with these
#: the dots join their neighbours along the long axis at about 40 % and the white holes close
#: off at about 60 % (the two "chain" points of an elliptical dot).
ELLIPSE_RATIO = 1.95
ELLIPSE_SPLIT = 1.5


@spot(DotShape.ROUND)
def _round(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    # a circle that grows until it meets its neighbours (~78 %), then fills the corners
    return u * u + v * v


@spot(DotShape.EUCLIDEAN)
def _euclidean(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    # round black dots up to 50 %, a checkerboard at 50 %, round white holes above
    au, av = np.abs(u), np.abs(v)
    inner = au + av <= 1.0
    return np.where(inner, u * u + v * v, 2.0 - ((1.0 - au) ** 2 + (1.0 - av) ** 2))


@spot(DotShape.ELLIPTICAL)
def _elliptical(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    # ellipse dots growing, then ellipse holes (turned 90°) closing: chains at ~40 % and ~60 %
    au, av = np.abs(u), np.abs(v)
    k = ELLIPSE_RATIO
    s_in = au * au + (k * av) ** 2
    s_out = (k * (1.0 - au)) ** 2 + (1.0 - av) ** 2
    big = 2.0 * (1.0 + k * k)
    return np.where(s_in <= ELLIPSE_SPLIT * s_out, s_in, big - s_out)


@spot(DotShape.SQUARE)
def _square(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return np.maximum(np.abs(u), np.abs(v)) + 1e-3 * (u * u + v * v)


@spot(DotShape.DIAMOND)
def _diamond(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return np.abs(u) + np.abs(v) + 1e-3 * (u * u + v * v)


@spot(DotShape.LINE)
def _line(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    # lines run along the screen angle; they thicken from their centre line
    return np.abs(v) + 1e-3 * np.abs(u)


missing = [s.value for s in DotShape if s not in SPOT_FUNCTIONS]
if missing:  # a member without its function would fail only when a film uses it
    raise TypeError(f"dot shapes without a spot function: {', '.join(missing)}")


def spot_values(shape: str, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Spot function of ``shape`` at cell coordinates (u, v) in [−1, 1]."""
    try:
        fn = SPOT_FUNCTIONS[DotShape(shape)]
    except ValueError:
        raise ValueError(f"unknown dot shape {shape!r}; one of {', '.join(DotShape.ids())}") from None
    return fn(np.asarray(u, np.float64), np.asarray(v, np.float64))

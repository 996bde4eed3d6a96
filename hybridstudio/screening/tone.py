"""Tone on the press: dot-gain compensation and the printable-dot clamp.

Ink spreads: a 50 % film dot prints bigger on a T-shirt or a riso drum. The press is modelled by
``printed(a) = 1 − (1 − a)^γ`` with γ chosen so that 50 % prints at ``50 % + gain``; for a 25 %
gain this is exactly ``a + 4·0.25·a·(1 − a)``, the riso model of hafaio's press simulation, and
unlike that parabola it stays monotone and ≤ 100 % for the 30–40 % gains of garment printing.
Compensation puts ``printed⁻¹(wanted)`` on the film.

A user curve ("in:out" pairs in percent, e.g. read off a printed tone ramp) replaces the preset.
Then the printable-dot clamp: dots under ``min_dot`` are rounded to nothing or to ``min_dot``
(whichever is nearer), holes under ``100 − max_dot`` likewise, so no dot smaller than the press
can hold reaches the film.
"""

from __future__ import annotations

import math

import numpy as np

from ..core.errors import ParamError

#: Dot gain at a 50 % tint, in tone units (0.30 = 50 % prints at 80 %).
GAIN_PRESETS: dict[str, float] = {
    "none": 0.0,
    "riso": 0.25,  # hafaio press model Δ50 = 0.25 (0.20–0.30), ~71 lpi
    "automatic-press": 0.30,  # garments, automatic press: up to ~30 % (Fresener)
    "manual-press": 0.40,  # garments, manual press: up to ~40 % (Fresener, shirtlizard)
}
LUT_SIZE = 65536


def gain_gamma(gain: float) -> float:
    """γ of the press model for a dot gain at 50 %."""
    if not 0.0 <= gain < 0.5:
        raise ParamError("gain", f"dot gain {gain * 100:g} % at 50 % must be between 0 and 50 %")
    return math.log(0.5 - gain) / math.log(0.5)


def printed(a: np.ndarray, gain: float) -> np.ndarray:
    """Predicted printed coverage of film coverage ``a`` on a press with this dot gain."""
    a = np.clip(np.asarray(a, np.float64), 0.0, 1.0)
    return 1.0 - (1.0 - a) ** gain_gamma(gain)


def compensate(wanted: np.ndarray, gain: float) -> np.ndarray:
    """The film coverage that prints as ``wanted`` on a press with this dot gain."""
    w = np.clip(np.asarray(wanted, np.float64), 0.0, 1.0)
    return 1.0 - (1.0 - w) ** (1.0 / gain_gamma(gain))


def parse_curve(text: str) -> tuple[np.ndarray, np.ndarray]:
    """'0:0, 50:38, 100:100' → (inputs, outputs) in 0..1. 0:0 and 100:100 are added when absent;
    the outputs must never fall as the inputs rise."""
    pts: list[tuple[float, float]] = []
    for item in text.replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            a, b = (float(s) for s in item.split(":"))
        except ValueError:
            raise ParamError("curve", f"{item!r} is not an 'in:out' pair of percentages") from None
        if not (0.0 <= a <= 100.0 and 0.0 <= b <= 100.0):
            raise ParamError("curve", f"{item!r}: percentages must be within 0–100")
        pts.append((a, b))
    if not pts:
        raise ParamError("curve", "no points given")
    pts.sort()
    if pts[0][0] > 0.0:
        pts.insert(0, (0.0, 0.0))
    if pts[-1][0] < 100.0:
        pts.append((100.0, 100.0))
    xs = np.array([p[0] for p in pts]) / 100.0
    ys = np.array([p[1] for p in pts]) / 100.0
    if np.any(np.diff(xs) <= 0):
        raise ParamError("curve", "two points share the same input")
    if np.any(np.diff(ys) < 0):
        raise ParamError("curve", "the output must not fall as the input rises")
    return xs, ys


def clamp_printable(c: np.ndarray, min_dot: float, max_dot: float) -> np.ndarray:
    """Round dots below ``min_dot`` (0..1) to 0 or ``min_dot`` and holes above ``max_dot`` to 1 or
    ``max_dot``, whichever is nearer."""
    c = np.asarray(c, np.float64)
    out = c.copy()
    if min_dot > 0:
        low = (c > 0) & (c < min_dot)
        out[low] = np.where(c[low] < min_dot / 2.0, 0.0, min_dot)
    if max_dot < 1:
        high = (c > max_dot) & (c < 1)
        out[high] = np.where(c[high] > (1.0 + max_dot) / 2.0, 1.0, max_dot)
    return out


class ToneCurve:
    """Wanted coverage → film coverage: compensation then the printable-dot clamp."""

    def __init__(
        self, gain: str | float = "none", curve: str = "", min_dot: float = 0.0, max_dot: float = 1.0
    ):
        self.xs: np.ndarray | None
        self.ys: np.ndarray | None
        self.gain: float | None
        if curve.strip():
            self.xs, self.ys = parse_curve(curve)
            self.name = "user curve " + curve.strip()
            self.gain = None
        else:
            if isinstance(gain, str):
                if gain not in GAIN_PRESETS:
                    raise ParamError("gain", f"{gain!r} is not one of {', '.join(GAIN_PRESETS)}")
                self.name, self.gain = gain, GAIN_PRESETS[gain]
            else:
                self.name, self.gain = f"{gain * 100:g} % at 50 %", float(gain)
            gain_gamma(self.gain)
            self.xs = self.ys = None
        self.min_dot, self.max_dot = float(min_dot), float(max_dot)
        self._lut: np.ndarray | None = None

    def __call__(self, wanted: np.ndarray) -> np.ndarray:
        w = np.clip(np.asarray(wanted, np.float64), 0.0, 1.0)
        if self.xs is not None and self.ys is not None:
            film = np.interp(w, self.xs, self.ys)
        else:
            film = compensate(w, self.gain or 0.0)
        return clamp_printable(film, self.min_dot, self.max_dot)

    def lut16(self) -> np.ndarray:
        """uint16 table: index round(wanted·65535) → film coverage·65535."""
        if self._lut is None:
            x = np.arange(LUT_SIZE) / (LUT_SIZE - 1)
            self._lut = np.round(self(x) * (LUT_SIZE - 1)).astype(np.uint16)
        return self._lut

    def apply16(self, coverage: np.ndarray) -> np.ndarray:
        """Float coverage plane (0..1) → film coverage as uint16 (0..65535)."""
        idx = np.clip(coverage, 0.0, 1.0) * np.float32(LUT_SIZE - 1)
        idx = np.rint(idx, out=idx).astype(np.uint16)
        return self.lut16()[idx]

    def describe(self) -> str:
        clamp = f"printable dots {self.min_dot * 100:g}–{self.max_dot * 100:g} %"
        if self.xs is not None:
            return f"{self.name}; {clamp}"
        if not self.gain:
            return f"no dot-gain compensation; {clamp}"
        return (
            f"dot-gain compensation '{self.name}' ({self.gain * 100:g} % gain at 50 %: "
            f"50 % is filmed at {compensate(np.array(0.5), self.gain) * 100:.1f} %); {clamp}"
        )

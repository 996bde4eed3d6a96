"""Calibration print simulation: how a process turns negative ink into print tone and colour.

This is the small model the calibration needs — a characteristic (H&D) curve per process and a
two-colour (paper → maximum black) colourant — used for the look preview of the expected print,
for the process presets' starting curves and for closing the calibration loop in tests. It is not
an artistic look (grain, paper texture, brush marks); those belong to the analog looks engine.

Model, per pixel:

* the negative's UV density is ``film_base + n · negative_density`` (``n`` = ink 0..1);
* log exposure relative to clear film: ``x = −D_neg``;
* print density from the classic toe/shoulder characteristic curve
  ``D(x) = γ·t·log10(1 + 10^((x − x0)/t)) − γ·s·log10(1 + 10^((x − x0 − S)/s))`` with
  exposure scale ``S`` (log exposure from the first tone to full black), ``γ = Dmax / S`` and the
  shoulder placed ``clear_margin`` below the clear-film exposure (the standard printing time gives
  full black through clear film, the usual first step of a calibration);
* colour: linear sRGB ``paper · (dmax / paper)^(D / Dmax)`` — density scales every channel of
  the colourant alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .curve import ToneCurve
from .tone import hex_to_rgb, linear_to_srgb, srgb_to_linear, srgb_to_lstar


@dataclass(frozen=True)
class ProcessModel:
    """Parameters of the calibration print simulation for one process."""

    paper_colour: str = "#f3efe6"
    dmax_colour: str = "#1e2f55"
    exposure_scale: float = 1.3  # log10 exposure, first tone → full black
    toe: float = 0.18  # softness of the toe (log exposure units)
    shoulder: float = 0.12  # softness of the shoulder
    negative_density: float = 2.2  # UV density of full ink above clear film
    film_base: float = 0.05
    clear_margin: float = 0.12  # clear film over-exposes the shoulder by this much

    @property
    def dmax(self) -> float:
        """Print density range from paper to full black (from the two colours' luminances)."""
        p = srgb_to_linear(np.array(hex_to_rgb(self.paper_colour)))
        d = srgb_to_linear(np.array(hex_to_rgb(self.dmax_colour)))
        yp = float(p @ np.array([0.2126, 0.7152, 0.0722]))
        yd = float(d @ np.array([0.2126, 0.7152, 0.0722]))
        return float(np.log10(yp / max(yd, 1e-6)))

    def density(self, n: np.ndarray) -> np.ndarray:
        """Relative print density (0 = paper, ``dmax`` = full black) for ink ``n`` (0..1)."""
        n = np.clip(np.asarray(n, dtype=np.float64), 0.0, 1.0)
        x = -(self.film_base + n * self.negative_density)
        s_scale = self.exposure_scale
        gamma = self.dmax / s_scale
        x0 = -self.film_base - self.clear_margin - s_scale
        t, s = self.toe, self.shoulder
        d = gamma * t * np.log10(1 + 10 ** ((x - x0) / t)) - gamma * s * np.log10(
            1 + 10 ** ((x - x0 - s_scale) / s)
        )
        return np.clip(d, 0.0, self.dmax)

    def print_rgb(self, n: np.ndarray) -> np.ndarray:
        """sRGB (0..1, float32, ``n.shape + (3,)``) of the print under ink ``n``."""
        paper = srgb_to_linear(np.array(hex_to_rgb(self.paper_colour), dtype=np.float32))
        dmaxc = srgb_to_linear(np.array(hex_to_rgb(self.dmax_colour), dtype=np.float32))
        ratio = np.log10(np.maximum(dmaxc, 1e-5) / np.maximum(paper, 1e-5))  # ≤ 0
        frac = (self.density(n) / max(self.dmax, 1e-6)).astype(np.float32)
        lin = paper * np.power(10.0, frac[..., None] * ratio).astype(np.float32)
        return linear_to_srgb(lin)

    def _rgb_for_fraction(self, frac: np.ndarray) -> np.ndarray:
        paper = srgb_to_linear(np.array(hex_to_rgb(self.paper_colour), dtype=np.float32))
        dmaxc = srgb_to_linear(np.array(hex_to_rgb(self.dmax_colour), dtype=np.float32))
        ratio = np.log10(np.maximum(dmaxc, 1e-5) / np.maximum(paper, 1e-5))
        return linear_to_srgb(paper * np.power(10.0, frac[..., None] * ratio).astype(np.float32))

    def rgb_for_tone(self, q: np.ndarray) -> np.ndarray:
        """sRGB of a print tone ``q`` (0 = this process's black, 1 = paper white, linear in L*)."""
        frac = np.linspace(0.0, 1.0, 1024, dtype=np.float32)
        lstar = srgb_to_lstar(self._rgb_for_fraction(frac))  # decreasing with frac
        target = lstar[-1] + np.clip(np.asarray(q, np.float32), 0, 1) * (lstar[0] - lstar[-1])
        f = np.interp(target, lstar[::-1], frac[::-1]).astype(np.float32)
        return self._rgb_for_fraction(f)

    def print_lstar(self, n: np.ndarray) -> np.ndarray:
        """L* of the print under ink ``n``."""
        return srgb_to_lstar(self.print_rgb(n))

    def response(self, n: np.ndarray) -> np.ndarray:
        """Normalised print tone ``q`` (0 = clear-film black, 1 = full-ink white) under ink ``n``."""
        lo, hi = self.print_lstar(np.array([0.0, 1.0]))
        return (self.print_lstar(n) - lo) / (hi - lo)


def simulate_print(ink: np.ndarray, model: ProcessModel, response: ToneCurve | None = None) -> np.ndarray:
    """The expected print (sRGB float32 HxWx3) of a negative given as ink amounts (HxW, 0..1),
    right-reading (as the print is seen, whatever the negative's mirroring).

    With a measured ``response`` (from a calibration), tones follow the measurement and only the
    colours come from the process model; without, the model's own characteristic curve is used.
    """
    if response is not None:
        return model.rgb_for_tone(response(ink).astype(np.float32))
    return model.print_rgb(ink)

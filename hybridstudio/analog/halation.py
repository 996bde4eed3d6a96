"""Halation and bloom in linear light, sizes in micrometres on the film.

Halation: light that crosses the emulsion reflects off the back of the film base and re-exposes
the emulsion around bright points. Red light reaches the deepest layer, so the glow is red-orange
(strong on films without an anti-halation layer, e.g. CineStill, Vision3 stripped of its rem-jet).
Here each channel's highlights H_c (a soft knee above a threshold) are spread by a kernel of
Gaussians of σ = size·√k (k = 1, 2, 3, weights 1, ½, ¼ — several base reflections, after
spektrafilm's model) and ``out_c = E_c + a_c·(G⋆H_c − H_c)``: light moves from the highlight into
the halo, the total per channel is unchanged (energy-preserving). Bloom (diffusion filters, a
Pro-Mist) is the same with a white spread of the whole image: out = (1−f)·E + f·G⋆E.
Blurs run on a reduced copy sized to the kernel, then come back up (they are smooth).
"""

from __future__ import annotations

import cv2
import numpy as np

from .linear import luminance


def _spread(img: np.ndarray, sigma_px: float, weights=(1.0, 0.5, 0.25)) -> np.ndarray:
    """Image blurred by a sum of Gaussians σ·√k (weights normalised), computed at reduced size."""
    h, w = img.shape[:2]
    f = max(1.0, sigma_px / 3.0)
    small = cv2.resize(img, (max(1, round(w / f)), max(1, round(h / f))), interpolation=cv2.INTER_AREA)
    wsum = float(sum(weights))
    acc = np.zeros_like(small)
    for k, wk in enumerate(weights, start=1):
        s = sigma_px * np.sqrt(k) / f
        acc += (wk / wsum) * cv2.GaussianBlur(small, (0, 0), s, borderType=cv2.BORDER_REFLECT)
    if f == 1.0:
        return acc
    return cv2.resize(acc, (w, h), interpolation=cv2.INTER_LINEAR)


def highlights(linear: np.ndarray, threshold: float) -> np.ndarray:
    """The part of the light above ``threshold`` (linear), with a soft knee: E·L²/(L²+t²) on
    luminance L, so mid-tones give almost nothing and clipped whites give almost all."""
    lum = luminance(linear)
    t2 = np.float32(max(threshold, 1e-4) ** 2)
    l2 = lum * lum
    knee = l2 / (l2 + t2)
    knee *= knee  # sharper knee
    return linear * knee[..., None]


def halation(linear: np.ndarray, pitch_um: float, size_um: float = 150.0, strength: float = 0.3,
             threshold: float = 0.6, tint: tuple[float, float, float] = (1.0, 0.35, 0.05)) -> np.ndarray:
    """Red-orange halation around highlights of a linear RGB image (H×W×3 float32).

    ``size_um``: σ of the first reflection on the film (µm; ~65–200 µm, larger for thick bases);
    ``strength``: fraction of the highlight light scattered (red channel); ``tint``: per-channel
    share (red penetrates deepest). The sum of each channel over the image is preserved.
    """
    hl = highlights(linear, threshold)
    halo = _spread(hl, size_um / pitch_um)
    halo -= hl
    a = np.asarray(tint, np.float32) * np.float32(strength)
    out = linear + halo * a
    return np.maximum(out, 0.0, out=out)


def bloom(linear: np.ndarray, pitch_um: float, size_um: float = 400.0, amount: float = 0.15) -> np.ndarray:
    """Soft glow of a diffusion filter: mixes a fraction ``amount`` of the image spread over
    ``size_um`` (σ on the film) back in; energy-preserving."""
    spread = _spread(linear, size_um / pitch_um)
    return cv2.addWeighted(linear, 1.0 - amount, spread, amount, 0.0)

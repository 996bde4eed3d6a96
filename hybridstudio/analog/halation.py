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


def highlight_knee(linear: np.ndarray, threshold: float) -> np.ndarray:
    """Share of the light above ``threshold`` (linear) at each pixel, a soft knee (L²/(L²+t²))²
    on luminance L: mid-tones give almost nothing, clipped whites almost all."""
    lum = cv2.transform(
        np.ascontiguousarray(linear, dtype=np.float32), np.array([[0.2126, 0.7152, 0.0722]], np.float32)
    )
    cv2.multiply(lum, lum, dst=lum)
    knee = cv2.add(lum, float(max(threshold, 1e-4) ** 2))
    cv2.divide(lum, knee, dst=knee)
    return cv2.multiply(knee, knee, dst=knee)


def halation(
    linear: np.ndarray,
    pitch_um: float,
    size_um: float = 150.0,
    strength: float = 0.3,
    threshold: float = 0.6,
    tint: tuple[float, float, float] = (1.0, 0.35, 0.05),
) -> np.ndarray:
    """Red-orange halation around highlights of a linear RGB image (H×W×3 float32).

    ``size_um``: σ of the first reflection on the film (µm; ~65–200 µm, larger for thick bases);
    ``strength``: fraction of the highlight light scattered (red channel); ``tint``: per-channel
    share (red penetrates deepest). The sum of each channel over the image is preserved:
    out = E·(1 − a·k) + a·G⋆(E·k), with k the highlight knee.
    """
    linear = np.ascontiguousarray(linear, dtype=np.float32)
    knee = highlight_knee(linear, threshold)
    hl = cv2.multiply(linear, cv2.merge([knee, knee, knee]))  # the highlights
    del knee
    halo = _spread(hl, size_um / pitch_um)
    cv2.subtract(halo, hl, dst=halo)  # light arrives in the halo, leaves the highlight
    del hl
    a = tuple(float(t) * strength for t in tint) + (0.0,)
    cv2.multiply(halo, a, dst=halo)
    # E·(1 − a·k) ≥ 0 as a, k ≤ 1: no clamp needed
    return cv2.add(linear, halo, dst=halo)


def bloom(linear: np.ndarray, pitch_um: float, size_um: float = 400.0, amount: float = 0.15) -> np.ndarray:
    """Soft glow of a diffusion filter: mixes a fraction ``amount`` of the image spread over
    ``size_um`` (σ on the film) back in; energy-preserving."""
    spread = _spread(linear, size_um / pitch_um)
    return cv2.addWeighted(linear, 1.0 - amount, spread, amount, 0.0)

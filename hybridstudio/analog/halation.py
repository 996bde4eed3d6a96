"""Halation and bloom in linear light, sizes in micrometres on the film.

Halation: light that crosses the emulsion reflects off the back of the film base and re-exposes
the emulsion around bright points. Red light reaches the deepest layer, so the glow is red-orange
(strong on films without an anti-halation layer, e.g. CineStill, Vision3 stripped of its rem-jet).
Here each channel's highlights H_c (a soft knee above a threshold) are spread by a kernel of
Gaussians of σ = size·√k (k = 1, 2, 3, weights 1, ½, ¼ — several base reflections, after
spektrafilm's model) and ``out_c = E_c + a_c·(G⋆H_c − H_c)``: light moves from the highlight into
the halo, the total per channel is unchanged (energy-preserving). Bloom (diffusion filters, a
Pro-Mist) is the same with a white spread of the whole image: out = (1−f)·E + f·G⋆E.
Both stream film-sized images in row strips (:func:`spread_stream`).
Blurs run on a reduced copy sized to the kernel, then come back up (they are smooth).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from ..core.srgb import to_linear, to_srgb


def highlight_knee(linear: np.ndarray, threshold: float) -> np.ndarray:
    """Share of the light above ``threshold`` (linear) at each pixel, a soft knee (L²/(L²+t²))²
    on luminance L: mid-tones give almost nothing, clipped whites almost all."""
    lum = cv2.transform(
        np.ascontiguousarray(linear, dtype=np.float32),
        np.array([[0.2126, 0.7152, 0.0722]], np.float32),
        np.empty(linear.shape[:2], np.float32),
    )
    cv2.multiply(lum, lum, dst=lum)
    knee = cv2.add(lum, float(max(threshold, 1e-4) ** 2), np.empty_like(lum))
    cv2.divide(lum, knee, dst=knee)
    return cv2.multiply(knee, knee, dst=knee)


def _blur_small(small: np.ndarray, sigma_small: float, weights=(1.0, 0.5, 0.25)) -> np.ndarray:
    wsum = float(sum(weights))
    acc = np.zeros_like(small)
    for k, wk in enumerate(weights, start=1):
        acc += (wk / wsum) * cv2.GaussianBlur(
            small, (0, 0), sigma_small * np.sqrt(k), borderType=cv2.BORDER_REFLECT
        )
    return acc


def spread_stream(
    img: np.ndarray,
    sigma_px: float,
    extract: Callable[[np.ndarray], np.ndarray],
    combine: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray],
    srgb: bool,
    threads: int = 2,
    strip_pixels: int = 1 << 21,
) -> np.ndarray:
    """Glow effects on a film-sized image in row strips, never holding more than the output and a
    small copy. Pass 1: each strip's light (``extract(linear)``) is box-averaged by an integer
    factor f ≈ σ/3 into a small image; pass 2: the small image is blurred (Gaussians σ·√k, weights
    1, ½, ¼); pass 3: each strip gets ``combine(linear, extracted, spread)`` with the spread light
    upsampled bilinearly. ``srgb``: the image is sRGB-encoded (decoded per strip, result encoded).
    The result does not depend on the strips."""
    h, w = img.shape[:2]
    f = max(1, int(round(sigma_px / 3.0)))
    hs, ws = -(-h // f), -(-w // f)
    rows = max(f, (strip_pixels // max(w, 1)) // f * f)
    jobs = [(r0, min(h, r0 + rows)) for r0 in range(0, h, rows)]
    small = np.empty((hs, ws) + img.shape[2:], np.float32)

    def linear_rows(r0: int, r1: int) -> np.ndarray:
        block = np.ascontiguousarray(img[r0:r1], dtype=np.float32)
        return to_linear(block) if srgb else block

    def shrink(job: tuple[int, int]) -> None:
        r0, r1 = job
        src = extract(linear_rows(r0, r1))
        n = r1 - r0
        pad_r, pad_c = -n % f, ws * f - w
        if pad_r or pad_c:
            src = cv2.copyMakeBorder(src, 0, pad_r, 0, pad_c, cv2.BORDER_REPLICATE)
        small[r0 // f : r0 // f + (n + pad_r) // f] = cv2.resize(
            src, (ws, (n + pad_r) // f), interpolation=cv2.INTER_AREA
        ).reshape(small[r0 // f : r0 // f + (n + pad_r) // f].shape)

    out = np.empty(img.shape, np.float32)

    def grow(job: tuple[int, int]) -> None:
        r0, r1 = job
        lin = linear_rows(r0, r1)
        src = extract(lin)
        if f == 1:
            up = spread[r0:r1]
        else:
            k0, k1 = max(0, r0 // f - 1), min(hs, (r1 - 1) // f + 2)
            crop = spread[k0:k1]
            up = cv2.resize(crop, (ws * f, (k1 - k0) * f), interpolation=cv2.INTER_LINEAR)
            up = up.reshape((k1 - k0) * f, ws * f, *img.shape[2:])[r0 - k0 * f : r1 - k0 * f, :w]
        res = combine(lin, src, up)
        out[r0:r1] = to_srgb(res) if srgb else res

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(shrink, jobs))
        spread = _blur_small(small, sigma_px / f)
        list(pool.map(grow, jobs))
    return out


def halation(
    img: np.ndarray,
    pitch_um: float,
    size_um: float = 150.0,
    strength: float = 0.3,
    threshold: float = 0.6,
    tint: tuple[float, float, float] = (1.0, 0.35, 0.05),
    srgb: bool = False,
) -> np.ndarray:
    """Red-orange halation around highlights of an RGB image (H×W×3 float32; linear light, or
    sRGB-encoded in and out with ``srgb``).

    ``size_um``: σ of the first reflection on the film (µm; ~65–200 µm, larger for thick bases);
    ``strength``: fraction of the highlight light scattered (red channel); ``tint``: per-channel
    share (red penetrates deepest). The sum of each channel over the image is preserved:
    out = E·(1 − a·k) + a·G⋆(E·k), with k the highlight knee (E·(1 − a·k) ≥ 0 as a, k ≤ 1).
    """
    a = tuple(float(t) * strength for t in tint) + (0.0,)

    def extract(lin: np.ndarray) -> np.ndarray:
        knee = highlight_knee(lin, threshold)
        return np.multiply(lin, knee[..., None])

    def combine(lin: np.ndarray, hl: np.ndarray, halo: np.ndarray) -> np.ndarray:
        d = cv2.subtract(halo, hl, dst=np.empty_like(hl))  # arrives in the halo, leaves the highlight
        cv2.multiply(d, a, dst=d)
        return cv2.add(lin, d, dst=d)

    return spread_stream(img, size_um / pitch_um, extract, combine, srgb)


def bloom(
    img: np.ndarray, pitch_um: float, size_um: float = 400.0, amount: float = 0.15, srgb: bool = False
) -> np.ndarray:
    """Soft glow of a diffusion filter: mixes a fraction ``amount`` of the image spread over
    ``size_um`` (σ on the film) back in, in linear light; energy-preserving."""

    def combine(lin: np.ndarray, _src: np.ndarray, spread: np.ndarray) -> np.ndarray:
        return cv2.addWeighted(lin, 1.0 - amount, spread, amount, 0.0, dst=np.empty_like(lin))

    return spread_stream(img, size_um / pitch_um, lambda lin: lin, combine, srgb)

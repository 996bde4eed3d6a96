"""Risograph look: the image split into a few spot inks, each printed through its own stencil with
ink texture and misregistration, the layers multiplied like transparent inks on paper.

Separation: in the multiply model an ink of colour t (linear, on white) at coverage c lets
t^c through, so −log(image) = Σ cᵢ·(−log tᵢ): a small least-squares problem per pixel, clipped to
0..1. Each layer is then offset (drum misregistration, in mm) and slightly rotated, gets stencil
dot gain and ink starvation (mottled low-frequency and speckled high-frequency coverage loss).
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from ..core.params import lookup
from ..core.srgb import to_linear, to_srgb
from .cube import apply_3d
from .grain_fast import gaussian_noise

#: Riso ink colours (sRGB), from RISO's published ink list.
INKS: dict[str, str] = {
    "black": "#000000",
    "blue": "#0078bf",
    "fluorescent-pink": "#ff48b0",
    "yellow": "#ffe800",
    "bright-red": "#f15060",
    "green": "#00a95c",
    "medium-blue": "#3255a4",
    "teal": "#00838a",
    "federal-blue": "#3d5588",
    "purple": "#765ba7",
    "orange": "#ff6c2f",
    "burgundy": "#914e72",
    "hunter-green": "#407060",
    "brown": "#925f52",
    "aqua": "#5ec8e5",
    "sunflower": "#ffb511",
    "fluorescent-orange": "#ff7477",
    "mint": "#82d8d5",
}


#: No ink absorbs everything: the floor of an ink's transmittance in each channel (linear).
INK_FLOOR = 0.03


def ink_linear(name: str) -> np.ndarray:
    """An ink's transmittance (linear RGB on white, at least :data:`INK_FLOOR`)."""
    c = lookup(INKS, name, "riso ink", error=ValueError, known="inks").lstrip("#")
    return np.maximum(
        to_linear(np.array([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)], np.float32)),
        np.float32(INK_FLOOR),
    )


@lru_cache(maxsize=8)
def _coverage_grid(inks: tuple[str, ...], n: int = 33, iterations: int = 400) -> np.ndarray:
    """Ink coverages (n×n×n×k, indexed [r, g, b]) for every colour of an n³ sRGB grid: bounded
    least squares 0 ≤ c ≤ 1 of −log(colour) ≈ Σ cᵢ·(−log tᵢ), by projected gradient on all grid
    colours at once."""
    a = np.stack([-np.log(np.clip(ink_linear(i), INK_FLOOR, 1.0)) for i in inks], axis=1).astype(np.float64)
    axis = np.linspace(0.0, 1.0, n)
    grid = np.stack(np.meshgrid(axis, axis, axis, indexing="ij"), axis=-1).reshape(-1, 3)
    target = -np.log(np.clip(to_linear(grid.astype(np.float32)).astype(np.float64), INK_FLOOR**2, 1.0))
    ata = a.T @ a
    step = 1.0 / max(float(np.linalg.eigvalsh(ata).max()), 1e-9)
    atb = target @ a  # (m, k)
    c = np.clip(atb @ np.linalg.pinv(ata), 0.0, 1.0)
    for _ in range(iterations):
        c -= step * (c @ ata - atb)
        np.clip(c, 0.0, 1.0, out=c)
    return c.reshape(n, n, n, len(inks))


def separate(rgb: np.ndarray, inks: list[str]) -> np.ndarray:
    """Coverage (H×W×n, 0..1) of each ink that best reproduces the image by multiplication,
    through a 33³ table of bounded least-squares solutions (tetrahedral interpolation)."""
    for name in inks:
        ink_linear(name)
    grid = _coverage_grid(tuple(inks))
    domain = np.array([[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]])
    out = np.empty(rgb.shape[:2] + (len(inks),), np.float32)
    for start in range(0, len(inks), 3):
        part = grid[..., start : start + 3]
        k = part.shape[-1]
        if k < 3:
            part = np.concatenate([part, np.zeros(part.shape[:3] + (3 - k,))], axis=-1)
        out[..., start : start + k] = apply_3d(rgb, part, domain)[..., :k]
    return out


#: Screen angles by darkness of the ink (darkest first), as risograph workshops set them.
ANGLES = {1: (45.0,), 2: (75.0, 45.0), 3: (45.0, 75.0, 15.0), 4: (45.0, 75.0, 15.0, 0.0)}


def screen_angles(inks: list[str]) -> list[float]:
    """Screen angle of each ink: the darkest ink gets the least visible angle (45°, or 75° with
    two inks), lighter inks the others."""
    lum = [float(ink_linear(i) @ np.array([0.2126, 0.7152, 0.0722], np.float32)) for i in inks]
    order = np.argsort(lum)
    table = ANGLES.get(len(inks), ANGLES[4])
    out = [0.0] * len(inks)
    for rank, k in enumerate(order):
        out[int(k)] = table[rank % len(table)]
    return out


@lru_cache(maxsize=1)
def _spot_linearisation() -> tuple[np.ndarray, np.ndarray]:
    """(inked area, threshold) pairs of the round-dot spot function over one screen cell, so that
    a coverage asks for the threshold that really inks that share of the cell."""
    t = (np.arange(512) + 0.5) / 512 * 2 * np.pi
    spot = (np.cos(t)[:, None] + np.cos(t)[None, :]) * 0.25 + 0.5
    levels = np.linspace(0.0, 1.0, 257)
    area = np.array([(spot > 1.0 - c).mean() for c in levels])
    area[0], area[-1] = 0.0, 1.0
    return area, levels


def halftone(coverage: np.ndarray, mm_per_px: float, lpi: float, angle_deg: float) -> np.ndarray:
    """Amplitude-modulated round dots of ``lpi`` lines per inch at ``angle_deg``, anti-aliased;
    the coverage is returned unscreened when pixels are too coarse to draw the dots (fewer than
    4 pixels per screen cell, e.g. a reduced preview: there the eye sees the average anyway)."""
    f = lpi / 25.4  # cycles per mm
    if 1.0 / (f * mm_per_px) < 4.0:
        return coverage
    h, w = coverage.shape
    a = np.deg2rad(angle_deg)
    x = (np.arange(w, dtype=np.float32) + 0.5) * np.float32(mm_per_px * 2 * np.pi * f)
    y = (np.arange(h, dtype=np.float32) + 0.5) * np.float32(mm_per_px * 2 * np.pi * f)
    u = x[None, :] * np.float32(np.cos(a)) + y[:, None] * np.float32(np.sin(a))
    v = y[:, None] * np.float32(np.cos(a)) - x[None, :] * np.float32(np.sin(a))
    spot = (np.cos(u) + np.cos(v)) * np.float32(0.25) + np.float32(0.5)  # 1 at dot centres
    area, levels = _spot_linearisation()
    coverage = np.interp(coverage, area, levels).astype(np.float32)
    soft = np.float32(np.pi * f * mm_per_px * 0.7)  # one pixel of the spot function's slope
    ink = (spot - (1.0 - coverage)) / soft + np.float32(0.5)
    return np.clip(ink, 0.0, 1.0, out=ink)


def risograph(
    rgb: np.ndarray,
    mm_per_px: float,
    inks: list[str] | None = None,
    seed: int = 0,
    misregistration_mm: float = 0.4,
    texture: float = 1.0,
    dot_gain: float = 0.1,
    screen: str = "dots",
    lpi: float = 71.0,
) -> np.ndarray:
    """Risograph rendition of an sRGB image with the given inks (default blue + fluorescent pink).

    ``dot_gain`` is the tone value increase at 50 % (f(a) = a + 4·Δ50·a(1−a); about 0.25 at
    71 lpi when nothing compensates it). ``screen``: "dots" (round halftone dots at ``lpi``, the
    drum's usual screen), "grain" (stochastic dots, RISO's Grain Touch) or "none"."""
    if screen not in ("dots", "grain", "none"):
        raise ValueError(f"unknown screen {screen!r}; known screens: dots, grain, none")

    inks = inks or ["blue", "fluorescent-pink"]
    h, w = rgb.shape[:2]
    cov = separate(rgb, inks)
    rng = np.random.default_rng(seed)
    log_t = np.zeros((h, w, 3), np.float32)  # Σ coverage·log(ink transmittance), per channel
    angles = screen_angles(inks)
    for k, name in enumerate(inks):
        c = np.ascontiguousarray(cov[..., k])
        # stencil dot gain: coverage spreads (more in the mid-tones)
        c += np.float32(dot_gain * 4) * c * (1 - c)
        if texture > 0:
            # ink mottle: blotches of ~2 mm; ink starvation: specks of ~0.03 mm
            cell = 2.0 / mm_per_px
            small = rng.standard_normal((max(2, int(h / cell) + 2), max(2, int(w / cell) + 2)))
            mottle = cv2.resize(
                cv2.GaussianBlur(small.astype(np.float32), (0, 0), 0.7), (w, h), interpolation=cv2.INTER_CUBIC
            ).astype(np.float32, copy=False)
            mottle /= max(float(mottle.std()), 1e-6)
            speck = cv2.GaussianBlur(
                gaussian_noise((h, w), seed, 100 + k), (0, 0), max(0.5, 0.03 / mm_per_px)
            ).astype(np.float32, copy=False)
            speck /= max(float(speck.std()), 1e-6)
            c *= 1.0 - np.float32(0.08 * texture) * np.abs(mottle)
            c -= np.float32(0.06 * texture) * np.maximum(speck, 0)
        if screen == "dots":
            c = halftone(np.clip(c, 0, 1), mm_per_px, lpi, angles[k])
        elif screen == "grain" and mm_per_px <= 0.06:  # dots of 1/600 inch need ≥ 1 px each
            c = (c > np.random.default_rng([seed, k]).random((h, w), dtype=np.float32)).astype(np.float32)
        dx, dy = rng.normal(0, misregistration_mm / mm_per_px, 2) if k else (0.0, 0.0)
        ang = rng.normal(0, 0.1) if k else 0.0
        m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0).astype(np.float64, copy=False)
        m[:, 2] += (dx, dy)
        c = cv2.warpAffine(
            np.clip(c, 0, 1), m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
        )
        log_t += c[..., None] * np.log(ink_linear(name))[None, None, :]
    paper = to_linear(np.array([0.96, 0.95, 0.92], np.float32))
    out = cv2.exp(log_t)
    out *= paper
    return to_srgb(out)

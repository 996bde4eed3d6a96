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

from .linear import to_linear, to_srgb
from .paper import height_map

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
    if name not in INKS:
        from ..core.params import did_you_mean

        raise ValueError(
            f"unknown riso ink {name!r}{did_you_mean(name, INKS)}; known inks: {', '.join(INKS)}"
        )
    c = INKS[name].lstrip("#")
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
    from .cube import apply_3d

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


def risograph(
    rgb: np.ndarray,
    mm_per_px: float,
    inks: list[str] | None = None,
    seed: int = 0,
    misregistration_mm: float = 0.4,
    texture: float = 1.0,
    dot_gain: float = 0.1,
) -> np.ndarray:
    """Risograph rendition of an sRGB image with the given inks (default blue + fluorescent pink)."""
    inks = inks or ["blue", "fluorescent-pink"]
    h, w = rgb.shape[:2]
    cov = separate(rgb, inks)
    rng = np.random.default_rng(seed)
    paper = to_linear(np.array([0.96, 0.95, 0.92], np.float32))
    out = np.broadcast_to(paper, (h, w, 3)).copy()
    for k, name in enumerate(inks):
        c = np.ascontiguousarray(cov[..., k])
        # stencil dot gain: coverage spreads (more in the mid-tones)
        c = c + np.float32(dot_gain) * 4 * c * (1 - c)
        if texture > 0:
            mottle = height_map(h, w, mm_per_px * 0.25, seed + 11 * k + 1)  # scales ×4: blotches
            speck = cv2.GaussianBlur(
                rng.standard_normal((h, w)).astype(np.float32), (0, 0), max(0.5, 0.03 / mm_per_px)
            )
            speck /= max(float(speck.std()), 1e-6)
            c = c * (1.0 - np.float32(0.08 * texture) * np.abs(mottle)) - np.float32(
                0.06 * texture
            ) * np.maximum(speck, 0)
        dx, dy = rng.normal(0, misregistration_mm / mm_per_px, 2) if k else (0.0, 0.0)
        ang = rng.normal(0, 0.1) if k else 0.0
        m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        m[:, 2] += (dx, dy)
        c = cv2.warpAffine(
            np.clip(c, 0, 1), m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
        )
        out *= np.power(ink_linear(name)[None, None, :], c[..., None])
    return to_srgb(out.astype(np.float32))

"""A synthetic alternative process and scanner for the negative engine's tests.

The "process" here is the tests' own (a sigmoid characteristic curve in density with a blue
colourant), deliberately different from the engine's preset simulation, so calibration is checked
against a response the engine does not know.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import tifffile

PAPER = np.array([0.92, 0.90, 0.84])  # linear RGB of the paper
BLUE = np.array([0.018, 0.045, 0.16])  # linear RGB at maximum density


def process_density(ink: np.ndarray) -> np.ndarray:
    """Fraction of maximum density printed under ink 0..1: a steep, offset sigmoid in log exposure
    (the film's ink blocks 2.1 log units; the emulsion's scale is about 1.1)."""
    x = -2.1 * np.asarray(ink, dtype=np.float64)  # log exposure relative to clear film
    return 1.0 / (1.0 + np.exp(-(x + 0.75) / 0.16))


def soft_density(ink: np.ndarray) -> np.ndarray:
    """A long-scale process with a long toe that never quite reaches paper white (a power law in
    exposure with flare)."""
    e = 10.0 ** (-2.4 * np.asarray(ink, dtype=np.float64))  # exposure through the ink
    return np.clip((e**0.45 - 0.02) / 0.98, 0.0, 1.0)


def hard_density(ink: np.ndarray) -> np.ndarray:
    """A short-scale, contrasty process that blocks up in the shadows (a steep cubic in log exposure)."""
    x = np.clip(1.0 - 2.2 * np.asarray(ink, dtype=np.float64) + 0.35, 0.0, 1.0)
    return x**3 * (3.0 - 2.0 * x) ** 1.5


def synthetic_print(ink: np.ndarray, density=process_density) -> np.ndarray:
    """sRGB float32 print of an ink map (HxW, 0..1, right-reading)."""
    frac = np.clip(density(ink), 0.0, 1.0)[..., None]
    lin = PAPER * (BLUE / PAPER) ** frac
    lin = np.clip(lin, 0, 1)
    srgb = np.where(lin <= 0.0031308, lin * 12.92, 1.055 * lin ** (1 / 2.4) - 0.055)
    return srgb.astype(np.float32)


def print_lstar(ink: np.ndarray, density=process_density) -> np.ndarray:
    """L* of the synthetic print under ink (computed independently of the engine's tone module)."""
    frac = np.clip(density(ink), 0.0, 1.0)[..., None]
    lin = PAPER * (BLUE / PAPER) ** frac
    y = lin @ np.array([0.2126, 0.7152, 0.0722])
    return np.where(y > 216 / 24389, 116 * np.cbrt(y) - 16, y * 24389 / 27)


def ink_from_negative_file(path: Path, colour=(0.0, 0.0, 0.0)) -> np.ndarray:
    """Contact-print a negative file: read the TIFF, undo the mirror (film flipped onto the paper)
    and recover the ink from the channel where the negative colour is darkest."""
    px = tifffile.imread(path).astype(np.float64) / 65535.0
    c = int(np.argmin(colour))
    ink = (1.0 - px[..., c]) / (1.0 - colour[c])
    return np.clip(ink[:, ::-1], 0, 1).astype(np.float32)


def scan(
    print_rgb: np.ndarray,
    angle: float = 3.0,
    scale: float = 0.8,
    skew: float = 0.01,
    noise: float = 0.01,
    dust: int = 300,
    seed: int = 1,
    pad: int = 40,
) -> np.ndarray:
    """A flatbed scan: rotated, scaled, slightly skewed, on a light lid, with noise and dust."""
    rng = np.random.default_rng(seed)
    h, w = print_rgb.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[0, 1] += skew
    corners = np.array([[0, 0, 1], [w, 0, 1], [w, h, 1], [0, h, 1]], dtype=np.float64) @ m.T
    m[:, 2] += pad - corners.min(axis=0)
    size = (int(np.ptp(corners[:, 0])) + 2 * pad, int(np.ptp(corners[:, 1])) + 2 * pad)
    out = cv2.warpAffine(
        print_rgb,
        m,
        size,
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
        borderValue=(0.96, 0.96, 0.96),
    )
    out = out + rng.normal(0, noise, out.shape).astype(np.float32)
    for _ in range(dust):
        y, x = rng.integers(0, out.shape[0]), rng.integers(0, out.shape[1])
        tone = (0.05, 0.05, 0.05) if rng.random() < 0.7 else (1.0, 1.0, 1.0)  # specks and scratches
        cv2.circle(out, (int(x), int(y)), int(rng.integers(1, 4)), tone, -1)
    return np.clip(out, 0, 1).astype(np.float32)


def save_scan(rgb: np.ndarray, path: Path, bits: int = 16) -> Path:
    """Write a scan as a PNG/TIFF file (8 or 16 bit)."""
    scale = 65535 if bits == 16 else 255
    arr = np.round(rgb[..., ::-1] * scale).astype(np.uint16 if bits == 16 else np.uint8)
    assert cv2.imwrite(str(path), arr)
    return path


def sheet_ink(sheet) -> np.ndarray:
    """The ink of a whole (small) sheet, right-reading, float32 0..1."""
    rows = [sheet.ink_rows(y, min(y + 512, sheet.height_px)) for y in range(0, sheet.height_px, 512)]
    return np.concatenate(rows).astype(np.float32) / 65535.0

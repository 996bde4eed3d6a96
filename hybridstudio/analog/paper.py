"""Paper texture: a seeded height map of fibres and tooth, in millimetres on the print.

The height map is the sum of noise at the scales of a paper's tooth (0.3 mm), its fibres
(streaks ~1–3 mm long along the machine direction) and its cockle (1–2 cm), built small and
resized. It shades the image as raking light would (the slope of the height map) and, for
processes whose sensitiser soaks into the paper, modulates the maximum density.
"""

from __future__ import annotations

import cv2
import numpy as np


def height_map(
    height: int, width: int, mm_per_px: float, seed: int = 0, roughness: float = 1.0
) -> np.ndarray:
    """Zero-mean, unit-std height map (H×W float32) of a paper surface."""
    rng = np.random.default_rng(seed)
    out = np.zeros((height, width), np.float32)
    for scale_mm, weight, stretch in ((0.3, 1.0, 1.0), (1.5, 0.6, 4.0), (12.0, 0.5, 1.0)):
        cell = scale_mm / mm_per_px  # pixels per noise cell
        gh = max(2, int(np.ceil(height / max(cell, 1.0))) + 2)
        gw = max(2, int(np.ceil(width / max(cell * stretch, 1.0))) + 2)
        n: np.ndarray = rng.standard_normal((gh, gw)).astype(np.float32)
        n = cv2.GaussianBlur(n, (0, 0), 0.7)
        layer = cv2.resize(n, (width, height), interpolation=cv2.INTER_CUBIC if cell > 1 else cv2.INTER_AREA)
        out += weight * layer / max(float(layer.std()), 1e-6)
    out -= out.mean()
    out /= max(float(out.std()), 1e-6)
    return out * np.float32(roughness)


def paper_texture(
    rgb: np.ndarray, mm_per_px: float, seed: int = 0, strength: float = 0.5, light_angle_deg: float = 135.0
) -> np.ndarray:
    """Shade an image by a paper surface under raking light (``strength`` 0..1)."""
    h, w = rgb.shape[:2]
    hm = height_map(h, w, mm_per_px, seed)
    gx = cv2.Sobel(hm, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(hm, cv2.CV_32F, 0, 1, ksize=3)
    a = np.deg2rad(light_angle_deg)
    shade = np.cos(a) * gx + np.sin(a) * gy
    shade /= max(float(shade.std()), 1e-6)
    factor = 1.0 + np.float32(0.06 * strength) * shade + np.float32(0.02 * strength) * hm
    return np.clip(rgb * factor[..., None], 0.0, 1.0)

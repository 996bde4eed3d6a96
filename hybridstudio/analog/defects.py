"""Procedural, seeded imperfections: light leaks, dust, hairs and scratches. Sizes in mm/µm on
the film, so a preview shows the same defects smaller."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import ArrayLike


def light_leak(
    linear: np.ndarray,
    seed: int = 0,
    strength: float = 0.6,
    colour: ArrayLike = (1.0, 0.45, 0.12),
) -> np.ndarray:
    """Add a light leak: warm light fogging the film from one edge (a gap in the camera back or
    an opened door). Added as exposure in linear light, before any tone curve."""
    h, w = linear.shape[:2]
    rng = np.random.default_rng(seed)
    sw, sh = 192, max(2, round(192 * h / w))
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    leak = np.zeros((sh, sw), np.float32)
    edge = rng.integers(4)
    for _ in range(rng.integers(2, 5)):
        along = rng.uniform(0.1, 0.9)
        depth = rng.uniform(-0.05, 0.15)
        cx, cy = [
            (depth * sw, along * sh),
            ((1 - depth) * sw, along * sh),
            (along * sw, depth * sh),
            (along * sw, (1 - depth) * sh),
        ][edge]
        rx, ry = rng.uniform(0.08, 0.3) * sw, rng.uniform(0.15, 0.5) * sh
        if edge >= 2:
            rx, ry = ry * sw / sh, rx * sh / sw
        leak += rng.uniform(0.4, 1.0) * np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
    leak = cv2.GaussianBlur(leak, (0, 0), 4)
    leak = cv2.resize(leak, (w, h), interpolation=cv2.INTER_CUBIC)
    tint = np.asarray(colour, np.float32) * np.float32(strength)
    return linear + leak[..., None] * tint


def dust_and_scratches(
    rgb: np.ndarray,
    pitch_um: float,
    seed: int = 0,
    dust_per_cm2: float = 20.0,
    hairs_per_cm2: float = 0.5,
    scratches: int = 2,
    polarity: str = "white",
    opacity: float = 0.85,
) -> np.ndarray:
    """Dust specks (20–150 µm), hairs (curved, 0.5–4 mm long) and vertical scratches along the
    film's length, drawn anti-aliased on a mask. ``polarity`` "white" is dirt on a scanned
    negative (it blocks light, prints white); "dark" is dirt on a print or slide."""
    if polarity not in ("white", "dark"):
        raise ValueError(f"unknown polarity {polarity!r}; known: white, dark")
    h0, w0 = rgb.shape[:2]
    # draw on a finer mask when pixels are coarse (previews), so that specks keep their area
    s = int(min(4, max(1, np.ceil(pitch_um / 10.0)), max(1, np.sqrt(3e7 / (h0 * w0)))))
    h, w = h0 * s, w0 * s
    pitch_um = pitch_um / s
    rng = np.random.default_rng(seed)
    px_per_mm = 1000.0 / pitch_um
    area_cm2 = (w * pitch_um / 1e4) * (h * pitch_um / 1e4)
    mask = np.zeros((h, w), np.uint8)
    sub = 4  # sub-pixel precision for cv2's shift argument
    f = float(1 << sub)
    for _ in range(rng.poisson(dust_per_cm2 * area_cm2)):
        r = rng.uniform(10, 75) / pitch_um
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        cv2.circle(mask, (int(cx * f), int(cy * f)), max(1, int(r * f)), 255, -1, cv2.LINE_AA, sub)
    for _ in range(rng.poisson(hairs_per_cm2 * area_cm2)):
        length = rng.uniform(0.5, 4.0) * px_per_mm
        n = 12
        ang = rng.uniform(0, 2 * np.pi) + np.cumsum(rng.normal(0, 0.35, n))
        step = length / n
        pts = np.cumsum(np.stack([np.cos(ang), np.sin(ang)], 1) * step, axis=0)
        pts += [rng.uniform(0, w), rng.uniform(0, h)]
        thick = max(1, round(rng.uniform(8, 20) / pitch_um))
        cv2.polylines(mask, [(pts * f).astype(np.int32)], False, 255, thick, cv2.LINE_AA, sub)
    for _ in range(int(scratches)):
        x = rng.uniform(0.05, 0.95) * w
        y0, y1 = sorted(rng.uniform(0, h, 2))
        if rng.random() < 0.5:
            y0, y1 = 0, h
        wobble = rng.normal(0, 0.2 * px_per_mm, 8).cumsum()
        ys = np.linspace(y0, y1, 8)
        pts = np.stack([x + wobble, ys], 1)
        thick = max(1, round(rng.uniform(10, 30) / pitch_um))
        cv2.polylines(mask, [(pts * f).astype(np.int32)], False, 160, thick, cv2.LINE_AA, sub)
    m: np.ndarray = mask.astype(np.float32) * np.float32(opacity / 255.0)
    if s > 1:
        m = cv2.resize(m, (w0, h0), interpolation=cv2.INTER_AREA)
    m = m[..., None]
    if polarity == "white":
        return rgb + (1.0 - rgb) * m
    return rgb * (1.0 - m)

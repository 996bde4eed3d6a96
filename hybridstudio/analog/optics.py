"""Lens looks: vignetting (cos⁴ law, in linear light) and lateral chromatic aberration."""

from __future__ import annotations

import cv2
import numpy as np

from .gate import get_format


def vignette_map(
    height: int, width: int, focal_mm: float = 35.0, format_id: str = "135", amount: float = 1.0
) -> np.ndarray:
    """Relative illumination cos⁴θ of a lens of focal length ``focal_mm`` on the format (θ: angle
    of the ray to the axis at each point of the frame), blended with 1 by ``amount``."""
    fmt = get_format(format_id)
    long_px = max(width, height)
    mm_per_px = fmt.long_mm / long_px
    # computed small (the map is smooth), then resized
    scale = min(1.0, 256.0 / long_px)
    sh, sw = max(2, round(height * scale)), max(2, round(width * scale))
    y = (np.arange(sh) + 0.5) / sh * height - height / 2
    x = (np.arange(sw) + 0.5) / sw * width - width / 2
    r_mm = np.hypot(x[None, :], y[:, None]) * mm_per_px
    cos4 = (focal_mm / np.hypot(focal_mm, r_mm)) ** 4
    m = (1.0 - amount + amount * cos4).astype(np.float32)
    return cv2.resize(m, (width, height), interpolation=cv2.INTER_LINEAR)


def vignette(
    linear: np.ndarray, focal_mm: float = 35.0, format_id: str = "135", amount: float = 1.0
) -> np.ndarray:
    """Darken the corners of a linear RGB image like a lens's natural vignetting."""
    m = vignette_map(linear.shape[0], linear.shape[1], focal_mm, format_id, amount)
    return linear * m[..., None]


def chromatic_aberration(rgb: np.ndarray, percent: float = 0.1) -> np.ndarray:
    """Lateral chromatic aberration: red magnified by ``percent`` % of the radius and blue shrunk
    by the same about the centre (real lenses: about 0.05–0.3 %), green untouched."""
    h, w = rgb.shape[:2]
    out = rgb.copy()
    for c, sign in ((0, 1.0), (2, -1.0)):
        s = 1.0 + sign * percent / 100.0
        m = np.array([[s, 0, (1 - s) * (w - 1) / 2], [0, s, (1 - s) * (h - 1) / 2]], np.float32)
        out[..., c] = cv2.warpAffine(
            np.ascontiguousarray(rgb[..., c]),
            m,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )
    return out

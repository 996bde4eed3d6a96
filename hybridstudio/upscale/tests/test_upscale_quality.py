"""Downscale a real photo ×4, enlarge it back: the thick ESRGAN model beats bicubic in PSNR."""

from __future__ import annotations

import cv2
import numpy as np

from hybridstudio.testing import photo
from hybridstudio.upscale import load_upscaler, upscale

CROPS = [
    ("astronaut", 60, 180),
    ("astronaut", 300, 300),
    ("chelsea", 80, 120),
    ("coffee", 150, 200),
    ("camera", 100, 200),
]


def _luma_psnr(a: np.ndarray, b: np.ndarray, border: int = 4) -> float:
    w = np.array([0.299, 0.587, 0.114], np.float32)
    d = ((a - b) @ w)[border:-border, border:-border]
    return float(10 * np.log10(1.0 / np.mean(d * d)))


def _scores(model_id: str) -> list[tuple[float, float]]:
    up = load_upscaler(model_id)
    out = []
    for name, y, x in CROPS:
        hr = photo(name)[y : y + 128, x : x + 128]
        lr = cv2.resize(hr, (32, 32), interpolation=cv2.INTER_AREA)
        bicubic = np.clip(cv2.resize(lr, (128, 128), interpolation=cv2.INTER_CUBIC), 0, 1)
        sr = upscale(lr, None, up).rgb
        assert sr.shape == hr.shape and sr.dtype == np.float32
        out.append((_luma_psnr(hr, sr), _luma_psnr(hr, bicubic)))
    return out


def test_thick_x4_beats_bicubic_on_every_crop():
    scores = _scores("esrgan-thick-x4")
    for (name, _, _), (model, bic) in zip(CROPS, scores, strict=True):
        assert model > bic + 0.2, f"{name}: model {model:.2f} dB vs bicubic {bic:.2f} dB"
    gain = np.mean([m - b for m, b in scores])
    assert gain > 0.5


def test_slim_x4_does_not_beat_bicubic():
    """The fast models are plumbing models (see shared/models/README.md): the test can tell."""
    scores = _scores("esrgan-slim-x4")
    assert np.mean([m - b for m, b in scores]) < 0.2

"""The separation report: how close the predicted print is to the original, and how much ink."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cv2
import numpy as np

from .colours import delta_e2000, linear_to_srgb, srgb_to_lab, srgb_to_linear
from .sets import Separation

_MAX_MEASURED = 4_000_000


def _match_size(a: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    if a.shape[:2] == shape:
        return a
    return cv2.resize(a.astype(np.float32), (shape[1], shape[0]), interpolation=cv2.INTER_AREA)


def _in_linear_light(rgb: np.ndarray, fn) -> np.ndarray:
    """Apply an averaging filter the way the eye and a halftone average: on light, not on codes."""
    return linear_to_srgb(fn(srgb_to_linear(rgb).astype(np.float32))).astype(np.float32)


def delta_e_stats(
    original: np.ndarray, composite: np.ndarray, mask: np.ndarray | None = None, viewing_blur_px: float = 0.0
) -> dict[str, Any]:
    """ΔE2000 mean / p95 / max between two sRGB images. The larger one is area-averaged (in linear
    light) to the other's size; ``mask`` (True = measured) leaves out transparent pixels;
    ``viewing_blur_px`` > 0 low-passes both first, in linear light (for dithered separations, whose
    single pixels the eye does not see)."""
    h = min(original.shape[0], composite.shape[0])
    w = min(original.shape[1], composite.shape[1])

    def fit(x: np.ndarray) -> np.ndarray:
        return _match_size(x, (h, w))

    o = original if original.shape[:2] == (h, w) else _in_linear_light(original, fit)
    c = composite if composite.shape[:2] == (h, w) else _in_linear_light(composite, fit)
    if viewing_blur_px > 0:
        o = _in_linear_light(o, lambda x: cv2.GaussianBlur(x, (0, 0), viewing_blur_px))
        c = _in_linear_light(c, lambda x: cv2.GaussianBlur(x, (0, 0), viewing_blur_px))
    o = o.reshape(-1, 3)
    c = c.reshape(-1, 3)
    if mask is not None:
        m = _match_size(mask.astype(np.float32), (h, w)).reshape(-1) > 0.5
        o, c = o[m], c[m]
    if len(o) == 0:
        return {"mean": 0.0, "p95": 0.0, "max": 0.0, "pixels_measured": 0}
    step = max(1, len(o) // _MAX_MEASURED)
    de = delta_e2000(srgb_to_lab(o[::step]), srgb_to_lab(c[::step]))
    return {
        "mean": round(float(de.mean()), 3),
        "p95": round(float(np.percentile(de, 95)), 3),
        "max": round(float(de.max()), 3),
        "pixels_measured": int(len(de)),
    }


def coverage_stats(
    separations: Sequence[Separation],
    limit: float | None = None,
    dpi: float | None = None,
    area_mm: float = 3.0,
) -> dict[str, Any]:
    """Per-ink coverage (% of the area), total area coverage (sum of inks: mean, max) and, with a
    ``limit`` (riso: 0.85), the share of the sheet where ink over ~``area_mm`` patches exceeds it."""
    per_ink = []
    total = None
    for sep in sorted(separations, key=lambda s: s.order):
        cov = sep.coverage
        per_ink.append(
            {
                "ink": sep.ink.name,
                "hex": sep.ink.hex,
                "role": sep.role,
                "order": sep.order,
                "opacity": sep.ink.opacity,
                "coverage_percent": round(float(cov.mean()) * 100, 2),
                "max_percent": round(float(cov.max()) * 100, 1) if cov.size else 0.0,
            }
        )
        total = cov.astype(np.float32) if total is None else total + cov
    out: dict[str, Any] = {"per_ink": per_ink}
    if total is None:
        out["total_area_coverage"] = {"mean_percent": 0.0, "max_percent": 0.0}
        return out
    out["total_area_coverage"] = {
        "mean_percent": round(float(total.mean()) * 100, 2),
        "max_percent": round(float(total.max()) * 100, 1),
    }
    if limit is not None:
        k = max(1, int(round((area_mm / 25.4) * (dpi or 300.0))))
        local = cv2.blur(total, (k, k)) if k > 1 else total
        over = local > limit + 1e-6
        out["coverage_check"] = {
            "limit_percent": round(limit * 100, 1),
            "area_mm": area_mm,
            "over_limit_percent_of_area": round(float(over.mean()) * 100, 2),
            "ok": bool(not over.any()),
        }
    return out


def over_limit_mask(
    separations: Sequence[Separation], limit: float, dpi: float, area_mm: float = 3.0
) -> np.ndarray:
    """Boolean HxW: where the total ink averaged over ~``area_mm`` patches exceeds ``limit``."""
    total = np.zeros(separations[0].coverage.shape, np.float32)
    for s in separations:
        total += s.coverage
    k = max(1, int(round((area_mm / 25.4) * dpi)))
    return (cv2.blur(total, (k, k)) if k > 1 else total) > limit + 1e-6


def gradient_smoothness(
    original: np.ndarray, composite: np.ndarray, planes: Sequence[np.ndarray]
) -> dict[str, float]:
    """How smoothly a separation follows a smooth gradient (HxWx3 ``original``, one row = one ramp):
    ``step_ratio``: the 99th percentile of ΔE2000 between neighbouring pixels of the predicted print
    over that of the original (banding and speckle raise it far above 1); ``max_coverage_step``: the
    largest jump of any plane between neighbouring pixels; ``reversals``: the share of neighbouring
    steps where the print's lightness moves against the original's (speckle)."""
    lab_o = srgb_to_lab(original)
    lab_c = srgb_to_lab(composite)
    step_o = delta_e2000(lab_o[:, 1:], lab_o[:, :-1])
    step_c = delta_e2000(lab_c[:, 1:], lab_c[:, :-1])
    d_o = np.diff(lab_o[..., 0], axis=1)
    d_c = np.diff(lab_c[..., 0], axis=1)
    moving = np.abs(d_o) > 0.05
    reversals = float(((d_o * d_c) < -1e-3)[moving].mean()) if moving.any() else 0.0
    jump = max(float(np.abs(np.diff(p, axis=1)).max()) for p in planes) if planes else 0.0
    return {
        "step_ratio": float(np.percentile(step_c, 99) / max(np.percentile(step_o, 99), 1e-6)),
        "max_coverage_step": jump,
        "reversals": reversals,
    }


def mix_switch_steps(
    original: np.ndarray,
    composite: np.ndarray,
    planes: Sequence[np.ndarray],
    smooth_de: float = 1.0,
    active: float = 0.02,
) -> dict[str, float]:
    """Banding where the solve switches ink combinations, on any image (a photo's smooth areas):
    among neighbouring pixels (across and down) whose original colours differ by less than
    ``smooth_de`` ΔE2000 but whose sets of inks in use (coverage > ``active``) differ, the 99th
    percentile and the maximum of the ΔE2000 between the two predicted print pixels, and the share
    of such switches among the neighbour pairs. A smooth separation keeps these steps near the
    original's own (below ``smooth_de``); a jump to another mix shows as a step of several ΔE."""
    lab_o, lab_c = srgb_to_lab(original), srgb_to_lab(composite)
    cov = np.stack(list(planes), -1) > active
    steps, pairs = [], 0
    for a, b in (
        ((slice(None), slice(1, None)), (slice(None), slice(None, -1))),
        ((slice(1, None), slice(None)), (slice(None, -1), slice(None))),
    ):
        switch = (cov[a] != cov[b]).any(-1) & (delta_e2000(lab_o[a], lab_o[b]) < smooth_de)
        steps.append(delta_e2000(lab_c[a][switch], lab_c[b][switch]))
        pairs += switch.size
    step = np.concatenate(steps)
    if not step.size:
        return {"p99": 0.0, "max": 0.0, "share": 0.0}
    return {"p99": float(np.percentile(step, 99)), "max": float(step.max()), "share": step.size / pairs}

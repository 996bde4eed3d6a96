"""What the canvas can show of a payload: the whole result, one channel, one separation, the
predicted print on its substrate. Each payload kind lists its views and renders them: a payload
that knows its own (``views()``/``render_view()``, the films) or an entry of :data:`KINDS`.
Pure numpy (no Qt) so it runs in workers and tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from ..core.i18n import QT_TRANSLATE_NOOP, Message, term
from ..core.payloads import View

__all__ = ["KINDS", "KindViews", "View", "available_views", "register_views", "render_view"]

#: Luma weights (Rec. 709) for the "lightness" channel view.
_LUMA = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


@dataclass(frozen=True)
class KindViews:
    """How the app looks at one payload kind: the views it offers (the first the default) and
    an sRGB float32 HxWx3 picture of each."""

    offered: Callable[[Any], list[View]]
    render: Callable[[Any, str], np.ndarray]


#: payload kind → its views. A payload with its own ``views()`` and ``render_view(key)`` (films)
#: needs no entry; a kind without either shows its ``preview_rgb()`` as the one "result" view.
KINDS: dict[str, KindViews] = {}


def register_views(
    kind: str, offered: Callable[[Any], list[View]], render: Callable[[Any, str], np.ndarray]
) -> None:
    """Teach the app the views of payloads of ``kind``."""
    KINDS[kind] = KindViews(offered, render)


def available_views(payload: Any) -> list[View]:
    """The views a payload offers, the first being the default."""
    if payload is None:
        return []
    if hasattr(payload, "views"):  # the payload says which views it offers (films)
        return list(payload.views())
    entry = KINDS.get(getattr(payload, "kind", ""))
    return entry.offered(payload) if entry else [View("result", QT_TRANSLATE_NOOP("Views", "Result"))]


def render_view(payload: Any, key: str) -> np.ndarray:
    """An sRGB float32 HxWx3 picture of ``payload`` seen through the view ``key``."""
    if hasattr(payload, "render_view"):  # the payload renders its own views
        return np.asarray(payload.render_view(key), dtype=np.float32)
    entry = KINDS.get(getattr(payload, "kind", ""))
    if entry is None or key == "result":
        return np.asarray(payload.preview_rgb(), dtype=np.float32)
    return np.asarray(entry.render(payload, key), dtype=np.float32)


# -- images: the picture, each channel, lightness ---------------------------------------------
def _image_views(payload: Any) -> list[View]:
    return [
        View("result", QT_TRANSLATE_NOOP("Views", "Result")),
        View("ch:0", QT_TRANSLATE_NOOP("Views", "Red channel")),
        View("ch:1", QT_TRANSLATE_NOOP("Views", "Green channel")),
        View("ch:2", QT_TRANSLATE_NOOP("Views", "Blue channel")),
        View("luma", QT_TRANSLATE_NOOP("Views", "Lightness")),
    ]


def _image_render(payload: Any, key: str) -> np.ndarray:
    rgb = np.asarray(payload.preview_rgb(), dtype=np.float32)
    if not (key.startswith("ch:") or key == "luma"):
        return rgb
    plane = rgb @ _LUMA if key == "luma" else rgb[..., int(key[3:])]
    return np.repeat(plane[..., None], 3, axis=2)


# -- separations: the predicted print, each separation in its ink, each film --------------------
def _separation_views(payload: Any) -> list[View]:
    views = [View("print", QT_TRANSLATE_NOOP("Views", "Predicted print on the substrate"))]
    for i, sep in enumerate(payload.separations):
        name = _ink_detail(sep)
        views.append(View(f"sep:{i}", QT_TRANSLATE_NOOP("Views", "Separation"), name))
        views.append(View(f"film:{i}", QT_TRANSLATE_NOOP("Views", "Film"), name))
    return views


def _separation_render(payload: Any, key: str) -> np.ndarray:
    if key.startswith("sep:"):
        sep = payload.separations[int(key[4:])]
        sub = np.asarray(payload.substrate.srgb, dtype=np.float32)
        ink = np.asarray(sep.ink.srgb, dtype=np.float32)
        cov = np.clip(sep.coverage, 0.0, 1.0)[..., None]
        if sep.ink.opacity == "opaque":  # opaque ink covers the substrate
            return sub * (1.0 - cov) + ink * cov
        return sub * (1.0 - cov + cov * ink)  # transparent ink multiplies
    if key.startswith("film:"):
        cov = np.clip(payload.separations[int(key[5:])].coverage, 0.0, 1.0)
        return np.repeat((1.0 - cov)[..., None], 3, axis=2)  # film positive: ink is black
    return np.asarray(payload.preview_rgb(), dtype=np.float32)


# -- digital negatives: the predicted print, the negative, both ---------------------------------
def _negative_views(payload: Any) -> list[View]:
    return [
        View("negprint", QT_TRANSLATE_NOOP("Views", "Predicted print")),
        View("negative", QT_TRANSLATE_NOOP("Views", "The negative (as printed on film)")),
        View("negboth", QT_TRANSLATE_NOOP("Views", "Negative and predicted print side by side")),
    ]


def _negative_render(payload: Any, key: str) -> np.ndarray:
    if key not in ("negative", "negboth"):
        return np.asarray(payload.preview_rgb(), dtype=np.float32)
    neg = np.asarray(payload.sheet.preview_negative(), dtype=np.float32)
    if key == "negative":
        return neg
    return _side_by_side(neg, np.asarray(payload.preview_rgb(), dtype=np.float32))


register_views("image", _image_views, _image_render)
register_views("separations", _separation_views, _separation_render)
register_views("negative", _negative_views, _negative_render)


def _side_by_side(left: np.ndarray, right: np.ndarray, gap: int = 16) -> np.ndarray:
    """Two pictures next to each other at the same height, on a neutral grey."""
    h = max(left.shape[0], right.shape[0])

    def fit(a: np.ndarray) -> np.ndarray:
        if a.shape[0] == h:
            return a
        w = max(1, round(a.shape[1] * h / a.shape[0]))
        return cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)

    a, b = fit(left), fit(right)
    out = np.full((h, a.shape[1] + gap + b.shape[1], 3), 0.5, np.float32)
    out[:, : a.shape[1]] = a
    out[:, a.shape[1] + gap :] = b
    return out


def payload_size(payload: Any) -> tuple[int, int]:
    """(width, height) in pixels of an image, a separation set or a film page."""
    if hasattr(payload, "page_size"):
        return payload.page_size()
    if hasattr(payload, "width") and hasattr(payload, "height"):
        return int(payload.width), int(payload.height)
    shape = getattr(payload, "shape", None)
    if shape:
        return int(shape[1]), int(shape[0])
    h, w = payload.preview_rgb().shape[:2]
    return int(w), int(h)


def to_rgb8(rgb: np.ndarray, alpha: np.ndarray | None = None) -> np.ndarray:
    """float 0..1 HxWx3 (+ alpha) to contiguous uint8 HxWx3 or HxWx4, rounded, clipped."""
    out = np.clip(rgb, 0.0, 1.0) * 255.0 + 0.5
    if alpha is not None:
        out = np.concatenate([out, np.clip(alpha, 0.0, 1.0)[..., None] * 255.0 + 0.5], axis=2)
    return np.ascontiguousarray(out.astype(np.uint8))


def reduce_for_display(rgb: np.ndarray, max_side: int) -> np.ndarray:
    """Shrink a picture so its longer side is at most ``max_side`` (area average, OpenCV)."""
    h, w = rgb.shape[:2]
    scale = max_side / max(h, w)
    if scale >= 1.0:
        return rgb

    return cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)


def preview_scale_for(width: int, height: int, target_pixels: float = 1.0e6) -> float | None:
    """The executor's ``preview_scale`` that brings an image near ``target_pixels`` (None: the
    image is small enough to preview at full size)."""
    n = width * height
    if n <= target_pixels:
        return None
    return float(np.sqrt(target_pixels / n))


def print_size(
    width_px: int, height_px: int, dpi: float | None, units: str
) -> tuple[float, float, str] | None:
    """(width, height, unit) of the print in mm or inches at ``dpi``; None without a DPI."""
    if not dpi:
        return None
    w_in, h_in = width_px / dpi, height_px / dpi
    if units == "inch":
        return round(w_in, 2), round(h_in, 2), "in"
    return round(w_in * 25.4, 1), round(h_in * 25.4, 1), "mm"


def _ink_detail(sep) -> Message:
    """'2 · Fluorescent Pink', the ink's name said in the app's language where it is shown."""
    return Message("", "{order} · {ink}", order=sep.order, ink=term("Inks", sep.ink.name))

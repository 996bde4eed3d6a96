"""Page sizes and the layout of a film: the image at its print size, marks around it, a label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.errors import InputError, ParamError

#: Portrait width × height in millimetres.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A3+": (329.0, 483.0),
    "A2": (420.0, 594.0),
    "letter": (215.9, 279.4),
    "tabloid": (279.4, 431.8),
}
MARGIN_MM = 5.0  # edge of the sheet a printer cannot reach
MARK_ZONE_MM = 10.0  # around the image: registration bullseyes and crop marks
LABEL_ZONE_MM = 12.0  # under the bottom marks: the film's label
FIT_TOLERANCE_MM = 0.05  # pixel rounding of the image size
_CUSTOM = re.compile(r"^\s*([0-9.]+)\s*[x×]\s*([0-9.]+)\s*(mm|cm|in)?\s*$", re.IGNORECASE)


def page_size(name: str) -> tuple[float, float]:
    """A named page ('A3', 'tabloid'…, any case) or a custom 'WxH' in mm (or 'WxHin', 'WxHcm')."""
    for key, size in PAGE_SIZES.items():
        if key.lower() == name.strip().lower():
            return size
    m = _CUSTOM.match(name)
    if not m:
        raise ParamError(
            "page", f"{name!r} is not a page size ({', '.join(PAGE_SIZES)} or WxH in mm, e.g. 330x480)"
        )
    scale = {"mm": 1.0, None: 1.0, "cm": 10.0, "in": 25.4}[(m.group(3) or "").lower() or None]
    w, h = float(m.group(1)) * scale, float(m.group(2)) * scale
    if not (20.0 <= w <= 5000.0 and 20.0 <= h <= 5000.0):
        raise ParamError("page", f"{w:g} × {h:g} mm is not a usable film size")
    return w, h


def mm_to_px(mm: float, dpi: float) -> int:
    return int(round(mm / 25.4 * dpi))


@dataclass(frozen=True)
class Layout:
    """Everything in device pixels at ``dpi`` (page origin top-left)."""

    dpi: float
    page_mm: tuple[float, float]
    page_px: tuple[int, int]  # width, height
    image_px: tuple[int, int]  # width, height at the output resolution
    image_xy: tuple[int, int]  # top-left of the image on the page
    label_xy: tuple[int, int]
    label_width_px: int

    @property
    def image_mm(self) -> tuple[float, float]:
        return (self.image_px[0] / self.dpi * 25.4, self.image_px[1] / self.dpi * 25.4)

    def as_dict(self) -> dict[str, object]:
        return {
            "page_mm": [round(v, 2) for v in self.page_mm],
            "page_px": list(self.page_px),
            "image_mm": [round(v, 2) for v in self.image_mm],
            "image_px": list(self.image_px),
            "image_offset_px": list(self.image_xy),
            "dpi": self.dpi,
        }


def required_mm(image_mm: tuple[float, float]) -> tuple[float, float]:
    """The smallest page (portrait) that holds an image of this size with marks and a label."""
    w = image_mm[0] + 2 * (MARK_ZONE_MM + MARGIN_MM)
    h = image_mm[1] + 2 * (MARK_ZONE_MM + MARGIN_MM) + LABEL_ZONE_MM
    return w, h


def plan_layout(
    image_src_px: tuple[int, int],
    src_dpi: float,
    dpi: float,
    page: str,
    orientation: str = "auto",
    source: str | None = None,
) -> Layout:
    """Place an image of ``image_src_px`` pixels at ``src_dpi`` (its print size) on ``page``.
    Raises :class:`InputError` when the page cannot hold the image, the marks and the label."""
    pw, ph = page_size(page)
    img_mm = (image_src_px[0] / src_dpi * 25.4, image_src_px[1] / src_dpi * 25.4)
    need_w, need_h = required_mm(img_mm)
    need_w, need_h = need_w - FIT_TOLERANCE_MM, need_h - FIT_TOLERANCE_MM
    fits_portrait = pw >= need_w and ph >= need_h
    fits_landscape = ph >= need_w and pw >= need_h
    if orientation not in ("auto", "portrait", "landscape"):
        raise ParamError("orientation", f"{orientation!r} is not auto, portrait or landscape")
    if orientation == "landscape" or (orientation == "auto" and not fits_portrait and fits_landscape):
        pw, ph = ph, pw
    if not (pw >= need_w and ph >= need_h):
        bigger = [
            n
            for n, (w, h) in PAGE_SIZES.items()
            if (w >= need_w and h >= need_h) or (h >= need_w and w >= need_h)
        ]
        hint = f"; {bigger[0]} fits" if bigger else ""
        raise InputError(
            source,
            f"page {page} ({pw:g} × {ph:g} mm) is too small for the image "
            f"({img_mm[0]:.1f} × {img_mm[1]:.1f} mm at {src_dpi:g} dpi) plus "
            f"registration marks and label: needs at least {need_w:.1f} × "
            f"{need_h:.1f} mm{hint}",
        )
    page_px = (mm_to_px(pw, dpi), mm_to_px(ph, dpi))
    img_px = (mm_to_px(img_mm[0], dpi), mm_to_px(img_mm[1], dpi))
    block_h = img_mm[1] + 2 * MARK_ZONE_MM + LABEL_ZONE_MM
    top_mm = (ph - block_h) / 2.0 + MARK_ZONE_MM
    x0 = (page_px[0] - img_px[0]) // 2
    y0 = mm_to_px(top_mm, dpi)
    label_y = y0 + img_px[1] + mm_to_px(MARK_ZONE_MM + 1.0, dpi)
    label_x = mm_to_px(MARGIN_MM, dpi)
    return Layout(
        dpi=float(dpi),
        page_mm=(pw, ph),
        page_px=page_px,
        image_px=img_px,
        image_xy=(x0, y0),
        label_xy=(label_x, label_y),
        label_width_px=page_px[0] - 2 * label_x,
    )

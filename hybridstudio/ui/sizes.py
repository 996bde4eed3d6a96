"""Sizes in words before exporting: physical size and file sizes in MB, in the user's locale."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ..film.pages import page_size
from .views import payload_size, print_size

#: Check pictures a full run writes only when it finds something to show.
CONDITIONAL_PREVIEWS = frozenset({"coverage-check"})


def number(value: float, decimals: int = 1) -> str:
    """A number in the current locale (decimal comma in French)."""
    return QLocale().toString(float(value), "f", decimals)


def megabytes(n: float) -> str:
    mb = n / 1e6
    return QCoreApplication.translate("Sizes", "%1 MB").replace("%1", number(mb, 1 if mb < 10 else 0))


def length(mm: float, units: str) -> tuple[str, str]:
    if units == "inch":
        return number(mm / 25.4, 2), "in"
    return number(mm, 1), "mm"


def negative_files(payload: Any) -> list[tuple[str, float]]:
    """(file kind, estimated bytes) of what exporting a negative writes."""
    est = (getattr(payload, "info", None) or {}).get("estimate") or {}
    files = []
    if "tiff_bytes" in est:
        files.append((QCoreApplication.translate("Sizes", "16-bit TIFF"), est["tiff_bytes"]))
    if "pdf_bytes" in est:
        files.append((QCoreApplication.translate("Sizes", "PDF at exact size"), est["pdf_bytes"]))
    return files


def negative_size_text(payload: Any, units: str) -> str:
    """'Negative 204.0 × 238.1 mm at 1440 dpi · TIFF ≈ 256 MB · PDF ≈ 306 MB'."""
    est = (getattr(payload, "info", None) or {}).get("estimate") or {}
    if not est:
        return ""
    w, unit = length(est["width_mm"], units)
    h, _ = length(est["height_mm"], units)
    text = (
        QCoreApplication.translate("Sizes", "Negative %1 × %2 %3 at %4 dpi")
        .replace("%1", w)
        .replace("%2", h)
        .replace("%3", unit)
        .replace("%4", number(est["dpi"], 0))
    )
    for name, n in negative_files(payload):
        text += " · " + QCoreApplication.translate("Sizes", "%1 ≈ %2").replace("%1", name).replace(
            "%2", megabytes(n)
        )
    return text


def shown_size_text(payload: Any, scale: float | None, units: str) -> str:
    """The status bar's size of what the canvas shows: pixels, print size at its dpi, and that it
    is a preview ('1200 × 800 px · 101.6 × 67.7 mm at 300 dpi · preview')."""
    translate = QCoreApplication.translate
    if getattr(payload, "kind", "") == "negative":
        return negative_size_text(payload, units)
    if getattr(payload, "kind", "") not in ("image", "separations"):
        return ""
    w, h = payload_size(payload)
    dpi = getattr(payload, "dpi", None)
    if scale:
        w, h = round(w / scale), round(h / scale)
        dpi = dpi / scale if dpi else dpi
    text = f"{w} × {h} px"
    size = print_size(w, h, dpi, units)
    if size:
        loc = QLocale()
        decimals = 2 if size[2] == "in" else 1
        text += " · " + translate("MainWindow", "%1 × %2 %3 at %4 dpi").replace(
            "%1", loc.toString(size[0], "f", decimals)
        ).replace("%2", loc.toString(size[1], "f", decimals)).replace("%3", size[2]).replace(
            "%4", loc.toString(round(dpi, 1), "g", 6)
        )
    if scale:
        text += " · " + translate("MainWindow", "preview")
    return text


def export_files(
    payload: Any,
    stem: str,
    films: dict | None,
    image_format: str,
    bit_depth: int | None,
    scale: float | None = None,
) -> list[tuple[str, str]]:
    """(file name, size in words) of every file an export will write, sidecars aside.

    ``films``: the films step's parameters when films are made (then only films are written).
    Sizes are the estimate of the exporter's own codecs (negatives), or the uncompressed upper
    bound ("at most") where compression depends on the picture. ``scale``: the payload is a live
    preview this much smaller than the export.
    """
    grow = 1.0 / scale if scale else 1.0
    # lazy: separation.export loads colour; only when export_files() runs
    from ..separation.export import (
        COMPOSITE_NAME,
        INDEX_NAME,
        REPORT_NAME,
        ink_slug,
        separation_filename,
    )

    kind = getattr(payload, "kind", "image")

    def at_most(n: float) -> str:
        return QCoreApplication.translate("Sizes", "at most %1").replace("%1", megabytes(n))

    def about(n: float) -> str:
        return QCoreApplication.translate("Sizes", "about %1").replace("%1", megabytes(n))

    if kind == "negative":
        est = (getattr(payload, "info", None) or {}).get("estimate") or {}
        out = [(f"{stem}-negative.tif", about(est.get("tiff_bytes", 0)))]
        if "pdf_bytes" in est:
            out.append((f"{stem}-negative.pdf", about(est["pdf_bytes"])))
        return out
    if kind == "separations" and films is not None:
        page_mm = _page_mm(str(films.get("page", "A3")))
        dpi = float(films.get("dpi", 1200.0))
        one = (page_mm[0] / 25.4 * dpi) * (page_mm[1] / 25.4 * dpi) / 8 if page_mm else 0
        out = [(f"{stem}.pdf", QCoreApplication.translate("Sizes", "every film, one page each"))]
        for k, sep in enumerate(payload.separations, start=1):
            size = at_most(one) if one else ""
            out.append((f"{stem}-{getattr(sep, 'order', k):02d}-{ink_slug(sep.ink.name)}.tif", size))
        out.append((f"{stem}.films.json", QCoreApplication.translate("Sizes", "the films' report")))
        return out
    if kind == "separations":
        pw, ph = payload_size(payload)
        w, h = round(pw * grow), round(ph * grow)
        seps = sorted(payload.separations, key=lambda sep: sep.order)
        out = [
            (f"{stem}/{separation_filename(sep, k)}", at_most(w * h + 4096))
            for k, sep in enumerate(seps, start=1)
        ]
        out.append((f"{stem}/{COMPOSITE_NAME}", at_most(w * h * 3 + 4096)))
        for name in getattr(payload, "previews", {}):
            # the coverage check is drawn only where the full-resolution sheet is over the ink
            # limit, which the preview cannot promise either way
            what = QCoreApplication.translate("Sizes", "a check picture")
            if name in CONDITIONAL_PREVIEWS:
                what = QCoreApplication.translate(
                    "Sizes", "a check picture, only if some of the sheet is over the ink limit"
                )
            out.append((f"{stem}/{ink_slug(name)}.png", what))
        out += [(f"{stem}/{name}", "") for name in getattr(payload, "attachments", {})]
        out.append((f"{stem}/{REPORT_NAME}", QCoreApplication.translate("Sizes", "the separation report")))
        out.append((f"{stem}/{INDEX_NAME}", QCoreApplication.translate("Sizes", "the list of inks")))
        return out
    if kind == "films":
        return [(f"{stem}.pdf", QCoreApplication.translate("Sizes", "every film, one page each"))]
    w, h = round(payload.width * grow), round(payload.height * grow)
    fmt = image_format.lower()
    depth = 8 if fmt in ("jpg", "jpeg", "webp") else (bit_depth or getattr(payload, "bit_depth", 8))
    channels = 4 if getattr(payload, "alpha", None) is not None and fmt not in ("jpg", "jpeg") else 3
    raw = w * h * channels * (2 if depth > 8 else 1)
    size = about(w * h * 3 / 8) if fmt in ("jpg", "jpeg", "webp") else at_most(raw + 4096)
    return [(f"{stem}.{fmt}", size)]


def _page_mm(page: str) -> tuple[float, float] | None:
    try:
        return page_size(page)
    except Exception:  # noqa: BLE001 - an unknown page: no size
        return None

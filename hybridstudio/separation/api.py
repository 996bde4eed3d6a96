"""One entry point for the separation methods (:mod:`.methods`, one module each): :func:`separate`
turns an image into a separation set (planes at the output resolution, the predicted print, the
report).

Geometry: the print size is ``width_mm`` if given, else the image's own DPI, else one image pixel
per output pixel. The output DPI is ``dpi`` if given, else 600 for riso (the master resolution),
200 for index separations, else the image's DPI, else 300. Colour is analysed at the image's
resolution; the planes are then resampled (bicubic up, area down) to the output size, where choke
and trap widths in mm apply. Index separations are dithered directly at the output resolution.

Transparency: the image is first laid over the substrate (semi-transparent pixels mix with it), and
fully transparent pixels (alpha 0) print no ink at all on any separation; they are left out of the
ΔE figures.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import cv2
import numpy as np

from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from ..core.memory import check_fits
from ..core.options import params_of, values_of
from ..core.payloads import ImagePayload
from ..core.progress import Progress
from .colours import hex_to_srgb
from .composite import DEFAULT_DOT_GAIN, composite_of, ink_srgb
from .inks import InkLibrary, load_library, resolve_substrate
from .methods import Job, get_method
from .options import MAX_INKS, SeparateOptions
from .perceptual import cap_total
from .report import coverage_stats, delta_e_stats, over_limit_mask
from .riso import RISO_DPI, RISO_INK_LIMIT, misregistered
from .sets import Ink, Separation, SeparationSet
from .spot import pixel_sample
from .underbase import choke, mm_to_px, trap
from .unmix import SolveOptions

__all__ = ["SeparateOptions", "separate", "separation_peak_bytes"]


def _validated(opts: SeparateOptions) -> SeparateOptions:
    """``opts`` checked against its declaration (types, ranges, choices), choices as plain ids; None
    stands for the default. The method is checked against the registry, which may hold methods
    added after start-up."""
    values = values_of(opts)
    checked = {
        p.name: p.validate(p.default if values[p.name] is None else values[p.name])
        for p in params_of(SeparateOptions)
        if p.name != "method"
    }
    return dataclasses.replace(opts, method=get_method(str(opts.method)).id, **checked)


def _pick_inks(names: list[str], library: InkLibrary | None, opacity: str) -> list[Ink]:
    inks = []
    for name in names:
        if name.startswith("#"):
            try:
                rgb = hex_to_srgb(name)
            except ValueError as exc:
                raise ParamError("pick", str(exc)) from exc
            inks.append(Ink(f"Spot {name.lower()}", rgb, opacity=opacity))
        elif library is None:
            raise ParamError("pick", f"{name!r}: name an ink library (--library) or give '#rrggbb'")
        else:
            try:
                inks.append(library.get(name))
            except KeyError as exc:
                raise ParamError("pick", str(exc.args[0])) from exc
    return inks


def _geometry(
    image: ImagePayload, opts: SeparateOptions, process: str, method_dpi: float | None
) -> tuple[float, int, int]:
    h, w = image.height, image.width
    dpi = opts.dpi or (RISO_DPI if process == "riso" else None) or method_dpi or image.dpi or 300.0
    if opts.width_mm:
        width_mm = opts.width_mm
    elif image.dpi:
        width_mm = w / image.dpi * 25.4
    else:
        width_mm = w / dpi * 25.4
    out_w = max(1, int(round(width_mm / 25.4 * dpi)))
    out_h = max(1, int(round(out_w * h / w)))
    return float(dpi), out_w, out_h


#: Peak bytes per output pixel of a separation, measured by bench/bench_memory_budget.py: the
#: resized RGB, its Lab, linear and float64 colour-science copies, the composite and its ΔE map,
#: plus a coverage plane and a dithering temporary per ink.
SEP_BYTES_PER_PX, SEP_BYTES_PER_INK = 400, 12


def separation_peak_bytes(out_w: int, out_h: int, inks: int) -> int:
    """Estimated peak memory of separating into ``inks`` planes of ``out_w``×``out_h``."""
    return int(out_w * out_h * (SEP_BYTES_PER_PX + SEP_BYTES_PER_INK * max(1, inks)))


def _resize(plane: np.ndarray, w: int, h: int) -> np.ndarray:
    if plane.shape == (h, w):
        return plane.astype(np.float32)
    up = w > plane.shape[1]
    out = cv2.resize(
        plane.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC if up else cv2.INTER_AREA
    )
    return np.clip(out, 0.0, 1.0)


def separate(
    image: ImagePayload, opts: SeparateOptions, progress: Progress = Progress.none()
) -> SeparationSet:
    """Separate ``image`` with ``opts``; raises ParamError / InputError with plain messages. The
    warnings for the user are in ``report["warnings"]``."""
    t0 = time.perf_counter()
    opts = _validated(opts)
    method = get_method(opts.method)
    if opts.coverage_limit is not None and opts.coverage_limit <= 0.0:
        raise ParamError("coverage_limit", f"{opts.coverage_limit:g} must be above 0 (0.85 = 85 % total ink)")
    warnings: list[str] = []
    lib_name = opts.library or method.library
    library = load_library(lib_name) if lib_name else None
    process = opts.process if opts.process != "auto" else (library.process if library else "screen")
    if process not in DEFAULT_DOT_GAIN:
        raise ParamError("process", f"{process!r} is not one of riso, screen, digital")
    lib_gain = library.dot_gain if library is not None else None
    gain = (
        opts.dot_gain
        if opts.dot_gain is not None
        else (lib_gain if lib_gain is not None else DEFAULT_DOT_GAIN[process])
    )
    substrate = resolve_substrate(opts.substrate, method.substrate)
    opacity = (
        opts.opacity
        if opts.opacity != "auto"
        else ("opaque" if process in method.opaque_on else "transparent")
    )
    picked = _pick_inks(opts.pick, library, opacity) if opts.pick else []

    # transparency: lay the image over the substrate; alpha 0 prints nothing
    rgb = np.clip(np.nan_to_num(image.pixels, nan=0.0), 0.0, 1.0)
    visible = None
    if image.alpha is not None:
        a = np.clip(image.alpha, 0.0, 1.0)[..., None]
        rgb = (rgb * a + ink_srgb(substrate).astype(np.float32) * (1.0 - a)).astype(np.float32)
        visible = image.alpha > 0.0
        if not visible.any():
            warnings.append(QT_TRANSLATE_NOOP("Warnings", "the image is fully transparent: nothing prints"))
    dpi, out_w, out_h = _geometry(image, opts, process, method.dpi)
    if not opts.width_mm and not image.dpi:
        warnings.append(
            Message(
                "Warnings",
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "the image has no resolution: it prints {width:.1f} mm wide (one image pixel "
                    "per {dpi:g} dpi dot); give a printed width to choose",
                ),
                width=float(out_w / dpi * 25.4),
                dpi=float(dpi),
            )
        )
    if out_w * out_h > 400_000_000:
        raise ParamError("dpi", f"{out_w}×{out_h} px at {dpi:g} dpi is too large; lower the DPI or size")
    check_fits(
        QT_TRANSLATE_NOOP("memory", "the separations"),
        out_w,
        out_h,
        separation_peak_bytes(out_w, out_h, opts.inks or MAX_INKS),
    )
    sample = pixel_sample(rgb, visible, seed=opts.seed)
    if len(sample) < 64:  # (almost) nothing visible: pad with the substrate so clustering works
        sample = np.concatenate([sample, np.repeat(ink_srgb(substrate)[None], 64, axis=0)])
    report: dict[str, Any] = {"method": opts.method}
    limit = (
        opts.coverage_limit
        if opts.coverage_limit is not None
        else (RISO_INK_LIMIT if process == "riso" else None)
    )
    solve_stats: dict[str, Any] = {}
    kept: list[float] = []  # the limit the coverage solve kept, when it kept one

    def solve_for(count: int) -> SolveOptions:
        # the limit less half an 8-bit step per ink, so the saved 8-bit masters stay within it
        inner = None if limit is None else max(limit - count * 0.5 / 255.0, 0.0)
        if inner is not None and opts.solver == "perceptual":
            kept.append(inner)
        return SolveOptions(opts.solver, inner, opts.ink_tolerance, solve_stats)

    progress.set(0.05, QT_TRANSLATE_NOOP("Progress", "analysing colours"))
    job = Job(
        opts,
        rgb,
        visible,
        sample,
        substrate,
        gain,
        process,
        library,
        picked,
        opacity,
        (out_w, out_h),
        check=progress.check_cancelled,
        progress=progress,
        solve=solve_for,
        limit=limit,
        report=report,
        warnings=warnings,
    )
    planes = method.run(job)
    seps, attachments = planes.separations, job.attachments
    if planes.dot_gain is not None:
        gain = planes.dot_gain
    composite_override = planes.composite

    progress.check_cancelled()
    progress.set(0.75, QT_TRANSLATE_NOOP("Progress", "resampling to the output resolution"))
    if visible is not None and not planes.dithered:
        for s in seps:
            s.coverage = np.where(visible, s.coverage, 0.0).astype(np.float32)
    for s in seps:
        s.coverage = np.clip(_resize(s.coverage, out_w, out_h), 0.0, 1.0)
        s.meta["dot_gain"] = gain
    if kept:  # bicubic resampling overshoots at edges: keep the solved limit at the output size
        cap_total([s.coverage for s in seps], min(kept))
    notes: list[str] = []
    choke_px = mm_to_px(opts.choke_mm, dpi)
    for s in seps:
        if s.role == "underbase" and choke_px:
            s.coverage = choke(s.coverage, choke_px)
            notes.append(f"underbase choked {opts.choke_mm:g} mm ({choke_px} px)")
    notes += trap(seps, mm_to_px(opts.trap_mm, dpi))

    press = {"process": process, "dot_gain": gain}
    sepset = SeparationSet(seps, substrate, dpi, press=press, attachments=attachments, source=image.source)
    progress.set(0.85, QT_TRANSLATE_NOOP("Progress", "predicting the print"))
    if composite_override is not None:
        sepset.composite = _resize_rgb(composite_override, out_w, out_h)
    else:
        sepset.composite = composite_of(sepset)
    # ΔE of the final prediction, area-averaged to the image's size when the output is larger
    measured = sepset.composite
    report.update(
        {
            "inks": len(seps),
            "ink_names": [s.ink.name for s in sorted(seps, key=lambda s: s.order)],
            "library": library.name if library else None,
            "substrate": substrate.as_dict(),
            "process": process,
            "dot_gain": gain,
            "dpi": dpi,
            "size_px": [out_w, out_h],
            "size_mm": [round(out_w / dpi * 25.4, 2), round(out_h / dpi * 25.4, 2)],
            "delta_e2000": delta_e_stats(
                rgb, measured, visible, viewing_blur_px=1.0 if planes.dithered else 0.0
            ),
            "coverage": coverage_stats(seps, limit, dpi),
        }
    )
    if solve_stats:
        report["solver"] = solve_stats
    if planes.dithered:
        report["delta_e2000"]["note"] = "after a 1-pixel viewing blur (dithered dots are not seen singly)"
    if visible is not None:
        report["transparency"] = "transparent areas print no ink and are not measured"
    if limit is not None and not report["coverage"]["coverage_check"]["ok"]:
        mask = over_limit_mask(seps, limit, dpi)
        warn = report["coverage"]["coverage_check"]["over_limit_percent_of_area"]
        warnings.append(
            Message(
                "Warnings",
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "{share:g} % of the sheet carries more than {limit:.0f} % total ink (smudging, "
                    "slow drying): the “coverage check” view shows where (coverage-check.png beside saved "
                    "separations)",
                ),
                share=float(warn),
                limit=float(limit * 100),
            )
        )
        small = _preview_scale(sepset)
        pic = _resize_rgb(sepset.composite, small.shape[1], small.shape[0]).copy()
        m = _resize(mask.astype(np.float32), small.shape[1], small.shape[0]) > 0.5
        pic[m] = pic[m] * 0.4 + np.array([1.0, 0.0, 0.0], dtype=np.float32) * 0.6
        sepset.previews["coverage-check"] = pic
    if opts.misregistration_mm > 0:
        small = _preview_scale(sepset)
        moved, offsets = misregistered(small, opts.misregistration_mm, opts.seed)
        registered = small.composite if small is not sepset else sepset.composite
        assert registered is not None  # both composites are predicted above
        sepset.previews["composite-misregistered"] = moved
        report["misregistration"] = {
            "max_mm": opts.misregistration_mm,
            "offsets": offsets,
            "preview_dpi": small.dpi,
            "delta_e2000_vs_registered": delta_e_stats(registered, moved),
        }
    if notes:
        report["notes"] = notes
    used = {s.ink.name for s in seps}
    if library is not None:  # out-of-gamut notes for the inks actually used
        warnings = [w for w in library.warnings if w.split(":", 1)[0] in used] + warnings
    report["warnings"] = warnings
    report["time_s"] = round(time.perf_counter() - t0, 2)
    sepset.report = report
    progress.set(1.0, QT_TRANSLATE_NOOP("Progress", "done"))
    return sepset


PREVIEW_MAX_PIXELS = 25_000_000


def _preview_scale(sepset: SeparationSet) -> SeparationSet:
    """The set itself, or a reduced copy (≤ 25 MP, DPI scaled) for the extra preview pictures."""
    h, w = sepset.shape
    if h * w <= PREVIEW_MAX_PIXELS:
        return sepset
    f = (PREVIEW_MAX_PIXELS / (h * w)) ** 0.5
    sw, sh = max(1, int(w * f)), max(1, int(h * f))
    seps = [
        Separation(s.ink, _resize(s.coverage, sw, sh), s.order, s.role, dict(s.meta))
        for s in sepset.separations
    ]
    small = SeparationSet(seps, sepset.substrate, sepset.dpi * sw / w, press=dict(sepset.press))
    small.composite = composite_of(small)
    return small


def _resize_rgb(rgb: np.ndarray, w: int, h: int) -> np.ndarray:
    if rgb.shape[:2] == (h, w):
        return rgb.astype(np.float32)
    return np.clip(cv2.resize(rgb.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC), 0, 1)

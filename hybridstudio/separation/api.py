"""One entry point for the five methods: :func:`separate` turns an image into a separation set
(planes at the output resolution, the predicted print, the report).

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

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

from ..core.context import StepContext
from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import check_fits
from ..core.payloads import ImagePayload
from .colours import hex_to_srgb
from .composite import DEFAULT_DOT_GAIN, composite_of, ink_srgb
from .inks import InkLibrary, load_library, resolve_substrate
from .report import coverage_stats, delta_e_stats, over_limit_mask
from .riso import RISO_DPI, RISO_INK_LIMIT, misregistered
from .sets import Ink, Separation, SeparationSet
from .spot import auto_count, auto_palette, pixel_sample, spot_planes
from .underbase import choke, mm_to_px, trap
from .unmix import SOLVERS, SolveOptions, order_light_to_dark

if TYPE_CHECKING:
    from PIL import ImageCms

METHODS = ("spot", "stock", "index", "cmyk", "simulated")
EDGES = ("smooth", "hard")
MAX_INKS = 12
INDEX_DPI = 200.0  # index separations: 150–200 dpi at print size is the usual practice


@dataclass
class SeparateOptions:
    """What to separate and how. See ``hybridstudio separate --help`` for each option."""

    method: str = "stock"
    inks: int = 0  # N; 0 = automatic (spot, index, simulated) or 4 (cmyk)
    library: str | None = None  # library name or TOML file
    substrate: str | None = None  # substrate name or '#rrggbb'
    pick: list[str] = field(default_factory=list)  # ink names from the library or '#rrggbb'
    opacity: str = "auto"  # opacity of auto/hex spot inks: auto, transparent, opaque
    edges: str = "smooth"  # spot: smooth or hard
    dither: str = "diffusion"  # index: diffusion, blue-noise, none
    black: str = "medium"  # cmyk black generation
    icc: str | None = None  # cmyk: the user's CMYK output profile
    process: str = "auto"  # auto (from the library), riso, screen, digital
    dot_gain: float | None = None  # tone value increase at 50 %, 0..0.25
    dpi: float | None = None
    width_mm: float | None = None
    choke_mm: float = 0.35  # underbase choke (≈ 1 pt)
    trap_mm: float = 0.0
    highlight: bool = True
    misregistration_mm: float = 0.0  # riso preview: ±shift per drum (0 = off)
    coverage_limit: float | None = None  # None = 0.85 for riso, off otherwise
    solver: str = "perceptual"  # spot/stock coverages: perceptual (ΔE2000, ink limit) or least-squares
    ink_tolerance: float = 0.5  # ΔE2000 the perceptual solve may give up to lay less ink
    seed: int = 0


def _check(ctx: StepContext | None) -> None:
    if ctx is not None:
        ctx.check_cancelled()


def _progress(ctx: StepContext | None, f: float, msg: str) -> None:
    if ctx is not None:
        ctx.progress(f, msg)


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


def _geometry(image: ImagePayload, opts: SeparateOptions, process: str) -> tuple[float, int, int]:
    h, w = image.height, image.width
    dpi = (opts.dpi or (RISO_DPI if process == "riso" else None)
           or (INDEX_DPI if opts.method == "index" else None) or image.dpi or 300.0)
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
    out = cv2.resize(plane.astype(np.float32), (w, h),
                     interpolation=cv2.INTER_CUBIC if up else cv2.INTER_AREA)
    return np.clip(out, 0.0, 1.0)


def separate(image: ImagePayload, opts: SeparateOptions, ctx: StepContext | None = None) -> SeparationSet:
    """Separate ``image`` with ``opts``; raises ParamError / InputError with plain messages."""
    t0 = time.perf_counter()
    if opts.method not in METHODS:
        raise ParamError("method", f"{opts.method!r} is not one of {', '.join(METHODS)}")
    if opts.edges not in EDGES:
        raise ParamError("edges", f"{opts.edges!r} is not one of {', '.join(EDGES)}")
    if not 0 <= opts.inks <= MAX_INKS:
        raise ParamError("inks", f"{opts.inks} inks: choose 1 to {MAX_INKS} (0 = automatic)")
    if opts.solver not in SOLVERS:
        raise ParamError("solver", f"{opts.solver!r} is not one of {', '.join(SOLVERS)}")
    if opts.coverage_limit is not None and not 0.0 < opts.coverage_limit <= MAX_INKS:
        raise ParamError("coverage_limit", f"{opts.coverage_limit:g} must be above 0 (0.85 = 85 % total ink)")
    if opts.dot_gain is not None and not 0.0 <= opts.dot_gain <= 0.25:
        raise ParamError("dot_gain", f"{opts.dot_gain} is outside 0..0.25")
    warnings: list[str] = []
    default_lib = {"stock": "riso", "cmyk": "screenprint", "simulated": "screenprint"}.get(opts.method)
    lib_name = opts.library or default_lib
    library = load_library(lib_name) if lib_name else None
    process = opts.process if opts.process != "auto" else (library.process if library else "screen")
    if process not in DEFAULT_DOT_GAIN:
        raise ParamError("process", f"{process!r} is not one of riso, screen, digital")
    lib_gain = library.dot_gain if library is not None else None
    gain = opts.dot_gain if opts.dot_gain is not None else (
        lib_gain if lib_gain is not None else DEFAULT_DOT_GAIN[process])
    sub_default = "garment-black" if opts.method == "simulated" else "paper-white"
    substrate = resolve_substrate(opts.substrate, sub_default)
    opacity = opts.opacity if opts.opacity != "auto" else (
        "opaque" if opts.method == "simulated" or (process == "screen" and opts.method == "spot")
        else "transparent")
    picked = _pick_inks(opts.pick, library, opacity) if opts.pick else []

    # transparency: lay the image over the substrate; alpha 0 prints nothing
    rgb = np.clip(np.nan_to_num(image.pixels, nan=0.0), 0.0, 1.0)
    visible = None
    if image.alpha is not None:
        a = np.clip(image.alpha, 0.0, 1.0)[..., None]
        rgb = (rgb * a + ink_srgb(substrate).astype(np.float32) * (1.0 - a)).astype(np.float32)
        visible = image.alpha > 0.0
        if not visible.any():
            warnings.append("the image is fully transparent: nothing prints")
    dpi, out_w, out_h = _geometry(image, opts, process)
    if not opts.width_mm and not image.dpi:
        warnings.append(f"the image has no resolution: it prints {out_w / dpi * 25.4:.1f} mm wide "
                        f"(one image pixel per {dpi:g} dpi dot); give a printed width to choose")
    if out_w * out_h > 400_000_000:
        raise ParamError("dpi", f"{out_w}×{out_h} px at {dpi:g} dpi is too large; lower the DPI or size")
    check_fits(QT_TRANSLATE_NOOP("memory", "the separations"), out_w, out_h,
               separation_peak_bytes(out_w, out_h, opts.inks or MAX_INKS))
    sample = pixel_sample(rgb, visible, seed=opts.seed)
    if len(sample) < 64:  # (almost) nothing visible: pad with the substrate so clustering works
        sample = np.concatenate([sample, np.repeat(ink_srgb(substrate)[None], 64, axis=0)])
    def check():
        return (_check(ctx))
    report: dict[str, Any] = {"method": opts.method}
    limit = opts.coverage_limit if opts.coverage_limit is not None else (
        RISO_INK_LIMIT if process == "riso" else None)
    solve_stats: dict[str, Any] = {}

    def solve_for(count: int) -> SolveOptions:
        # the limit less half an 8-bit step per ink, so the saved 8-bit masters stay within it
        inner = None if limit is None else max(limit - count * 0.5 / 255.0, 0.0)
        return SolveOptions(opts.solver, inner, opts.ink_tolerance, solve_stats)

    seps: list[Separation] = []
    attachments: dict[str, bytes] = {}
    composite_override = None
    n = opts.inks
    _progress(ctx, 0.05, "analysing colours")

    if opts.method == "spot":
        if picked:
            inks = order_light_to_dark(picked)
        else:
            if n == 0:
                n = auto_count(sample, seed=opts.seed)
                report["auto_inks"] = n
            inks = auto_palette(sample, n, substrate, opacity, seed=opts.seed)
        planes = spot_planes(rgb, inks, substrate, gain, opts.edges, check, solve_for(len(inks)))
        seps = [Separation(i, p, k + 1, "spot") for k, (i, p) in enumerate(zip(inks, planes, strict=True))]
        report["edges"] = opts.edges

    elif opts.method == "stock":
        from .stock import best_inks

        assert library is not None  # the stock method has a default library
        pool = library.searchable()
        n = n or 3
        if n > len(pool):
            raise ParamError("inks", f"asked for {n} inks but library {library.name!r} offers only "
                                     f"{len(pool)} distinct inks")
        if len(picked) > n:
            raise ParamError("pick", f"{len(picked)} inks picked but only {n} asked for (--inks)")
        choice = best_inks(sample, pool, n, substrate, gain, check=check,
                           progress=lambda f, m: _progress(ctx, 0.05 + 0.5 * f, m), seed=opts.seed,
                           required=picked,
                           limit=limit if opts.solver == "perceptual" else None)
        planes = spot_planes(rgb, choice.inks, substrate, gain, "smooth", check, solve_for(n))
        seps = [Separation(i, p, k + 1, "spot")
                for k, (i, p) in enumerate(zip(choice.inks, planes, strict=True))]
        report["stock"] = {"library": library.name, "candidates": len(pool),
                           "required": [i.name for i in picked],
                           "chosen": [i.name for i in choice.inks],
                           "search_sample_mean_delta_e2000": choice.sample_mean_de,
                           "sets_evaluated": choice.evaluated, "start": choice.start,
                           "history": choice.history}
        est = [i.name for i in choice.inks if i.name in library.estimates]
        if est:
            warnings.append(f"colour of {', '.join(est)} is an estimate (fluorescent/metallic): "
                            "the print will differ from the preview")

    elif opts.method == "index":
        from .index import index_labels, index_planes, palette_colours

        if picked:
            inks = picked
        elif library is not None:
            from .stock import best_inks

            n = n or 6
            pool = library.searchable()
            if n > len(pool):
                raise ParamError("inks", f"asked for {n} inks but library {library.name!r} offers only "
                                         f"{len(pool)} distinct inks")
            inks = best_inks(sample, pool, n, substrate, gain, check=check, seed=opts.seed,
                             mode="palette").inks
        else:
            n = n or 6
            inks = auto_palette(sample, n, substrate, "opaque", seed=opts.seed)
        inks = order_light_to_dark(inks)
        big = cv2.resize(rgb, (out_w, out_h), interpolation=cv2.INTER_AREA if out_w < image.width
                         else cv2.INTER_CUBIC) if (out_w, out_h) != (image.width, image.height) else rgb
        palette = palette_colours(inks, substrate)
        labels = index_labels(np.clip(big, 0, 1), palette, opts.dither, check)
        if visible is not None:
            vis = cv2.resize(visible.astype(np.uint8), (out_w, out_h), interpolation=cv2.INTER_NEAREST) > 0
            labels[~vis] = 0
        # every pixel is one colour: each ink lands alone, so index inks are shown opaque
        inks = [Ink(i.name, i.srgb, i.lab, "opaque", i.code) if i.opacity != "opaque" else i for i in inks]
        seps = [Separation(i, p, k + 1, "index") for k, (i, p) in
                enumerate(zip(inks, index_planes(labels, len(inks)), strict=True))]
        gain = 0.0  # solid square dots: index separations are known for very little gain
        report["dither"] = opts.dither

    elif opts.method == "cmyk":
        from .cmyk import default_process_inks, generated_profile, open_cmyk_profile, proof_srgb, to_cmyk

        if picked:
            if len(picked) != 4:
                raise ParamError("pick", "CMYK takes four inks, in cyan, magenta, yellow, black order")
            inks = picked
        else:
            process_inks = default_process_inks(library.inks, process) if library else None
            if process_inks is None:
                raise ParamError("library", f"library {library.name if library else '-'!r} has no process "
                                            "set; pick four inks (cyan, magenta, yellow, black roles)")
            inks = process_inks
        profile: ImageCms.ImageCmsProfile | bytes
        if opts.icc:
            profile = open_cmyk_profile(opts.icc)
            report["icc"] = {"file": str(opts.icc), "description": profile.profile.profile_description,
                             "black_generation": "the profile's own"}
        else:
            profile = generated_profile(inks, substrate, gain, opts.black)
            attachments["cmyk-profile.icc"] = profile
            report["icc"] = {"file": "cmyk-profile.icc (generated)", "black_generation": opts.black}
        cmyk = to_cmyk(rgb, profile)
        roles = ("process", "process", "process", "key")
        seps = [Separation(inks[k], cmyk[..., k].copy(), k + 1, roles[k]) for k in range(4)]
        if opts.icc:
            composite_override = proof_srgb(cmyk, profile)

    elif opts.method == "simulated":
        from .simulated import HIGHLIGHT_WHITE, SPOT_HIDING, UNDERBASE_WHITE, simulated_planes

        white = UNDERBASE_WHITE
        hl_ink = HIGHLIGHT_WHITE
        if library is not None:
            try:
                white = library.get("White")
                hl_ink = library.get("Highlight White")
            except KeyError:
                pass
        if picked:
            spots = picked
        else:
            n = n or 4
            spots = auto_palette(sample, n, substrate, "opaque", seed=opts.seed)
        spots = order_light_to_dark(spots)
        under, planes, hl = simulated_planes(rgb, spots, substrate, gain, white,
                                             hl_ink if opts.highlight else None, check)
        seps = [Separation(white, under, 1, "underbase")]
        seps += [Separation(Ink(s.name, s.srgb, s.lab, "opaque", s.code,
                                s.hiding if s.hiding is not None else SPOT_HIDING), p, k + 2, "spot")
                 for k, (s, p) in enumerate(zip(spots, planes, strict=True))]
        if hl is not None:
            seps.append(Separation(hl_ink, hl, len(seps) + 1, "highlight"))

    _check(ctx)
    _progress(ctx, 0.75, "resampling to the output resolution")
    if visible is not None and opts.method != "index":
        for s in seps:
            s.coverage = np.where(visible, s.coverage, 0.0).astype(np.float32)
    for s in seps:
        s.coverage = np.clip(_resize(s.coverage, out_w, out_h), 0.0, 1.0)
        s.meta["dot_gain"] = gain
    notes: list[str] = []
    choke_px = mm_to_px(opts.choke_mm, dpi)
    for s in seps:
        if s.role == "underbase" and choke_px:
            s.coverage = choke(s.coverage, choke_px)
            notes.append(f"underbase choked {opts.choke_mm:g} mm ({choke_px} px)")
    notes += trap(seps, mm_to_px(opts.trap_mm, dpi))

    press = {"process": process, "dot_gain": gain}
    sepset = SeparationSet(seps, substrate, dpi, press=press, attachments=attachments,
                           source=image.source)
    _progress(ctx, 0.85, "predicting the print")
    if composite_override is not None:
        sepset.composite = _resize_rgb(composite_override, out_w, out_h)
    else:
        sepset.composite = composite_of(sepset)
    # ΔE of the final prediction, area-averaged to the image's size when the output is larger
    measured = sepset.composite
    report.update({
        "inks": len(seps),
        "ink_names": [s.ink.name for s in sorted(seps, key=lambda s: s.order)],
        "library": library.name if library else None,
        "substrate": substrate.as_dict(),
        "process": process,
        "dot_gain": gain,
        "dpi": dpi,
        "size_px": [out_w, out_h],
        "size_mm": [round(out_w / dpi * 25.4, 2), round(out_h / dpi * 25.4, 2)],
        "delta_e2000": delta_e_stats(rgb, measured, visible,
                                     viewing_blur_px=1.0 if opts.method == "index" else 0.0),
        "coverage": coverage_stats(seps, limit, dpi),
    })
    if solve_stats:
        report["solver"] = solve_stats
    if opts.method == "index":
        report["delta_e2000"]["note"] = "after a 1-pixel viewing blur (dithered dots are not seen singly)"
    if visible is not None:
        report["transparency"] = "transparent areas print no ink and are not measured"
    if limit is not None and not report["coverage"]["coverage_check"]["ok"]:
        mask = over_limit_mask(seps, limit, dpi)
        warn = report["coverage"]["coverage_check"]["over_limit_percent_of_area"]
        warnings.append(f"{warn}% of the sheet carries more than {limit * 100:.0f}% total ink "
                        "(smudging, slow drying): the 'coverage check' view shows where "
                        "(coverage-check.png beside saved separations)")
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
        report["misregistration"] = {"max_mm": opts.misregistration_mm, "offsets": offsets,
                                     "preview_dpi": small.dpi,
                                     "delta_e2000_vs_registered": delta_e_stats(registered, moved)}
    if notes:
        report["notes"] = notes
    used = {s.ink.name for s in seps}
    if library is not None:  # out-of-gamut notes for the inks actually used
        warnings = [w for w in library.warnings if w.split(":", 1)[0] in used] + warnings
    report["warnings"] = warnings
    report["time_s"] = round(time.perf_counter() - t0, 2)
    sepset.report = report
    if ctx is not None:
        for w in warnings:
            ctx.warn(w)
    _progress(ctx, 1.0, "done")
    return sepset


PREVIEW_MAX_PIXELS = 25_000_000


def _preview_scale(sepset: SeparationSet) -> SeparationSet:
    """The set itself, or a reduced copy (≤ 25 MP, DPI scaled) for the extra preview pictures."""
    h, w = sepset.shape
    if h * w <= PREVIEW_MAX_PIXELS:
        return sepset
    f = (PREVIEW_MAX_PIXELS / (h * w)) ** 0.5
    sw, sh = max(1, int(w * f)), max(1, int(h * f))
    seps = [Separation(s.ink, _resize(s.coverage, sw, sh), s.order, s.role, dict(s.meta))
            for s in sepset.separations]
    small = SeparationSet(seps, sepset.substrate, sepset.dpi * sw / w, press=dict(sepset.press))
    small.composite = composite_of(small)
    return small


def _resize_rgb(rgb: np.ndarray, w: int, h: int) -> np.ndarray:
    if rgb.shape[:2] == (h, w):
        return rgb.astype(np.float32)
    return np.clip(cv2.resize(rgb.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC), 0, 1)

"""`hybridstudio separate` and `hybridstudio inks`."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..core.errors import HybridStudioError, InputError
from ..core.options import add_arguments, values_from_args
from ..core.params import validate_params
from .options import SeparateOptions

_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(mm|pt|in)?\s*$")


def length_mm(text: str) -> float:
    """'0.35', '0.35mm', '1pt' or '0.01in' → millimetres (argparse type)."""
    m = _LENGTH.match(str(text))
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a length like 0.35mm or 1pt")
    value, unit = float(m.group(1)), (m.group(2) or "mm")
    return value * {"mm": 1.0, "pt": 25.4 / 72.0, "in": 25.4}[unit]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("separate", help="colour separations for screen printing and riso",
                       description="Split IMAGE into one greyscale TIFF per ink (ink dark, at the output "
                                   "DPI: 600 for riso), the predicted print (composite.png) and a JSON "
                                   "report with ΔE2000 and ink coverage.")
    p.add_argument("image")
    # every option of SeparateOptions, as declared; these four keep their list and length syntax
    add_arguments(p, SeparateOptions, skip=("pick", "choke_mm", "trap_mm", "misregistration_mm"))
    p.add_argument("--pick", action="append", default=[], metavar="INK",
                   help="use this ink (library name or '#rrggbb'); repeat or separate with commas. "
                        "With --method stock: inks that must be among the N (the rest are chosen)")
    p.add_argument("--choke", dest="choke_mm", type=length_mm, default=SeparateOptions.choke_mm,
                   metavar="LEN", help="underbase choke, e.g. 0.35mm or 1pt (default 0.35mm)")
    p.add_argument("--trap", dest="trap_mm", type=length_mm, default=SeparateOptions.trap_mm, metavar="LEN",
                   help="spread lighter inks under darker ones, e.g. 0.2mm or 0.5pt")
    p.add_argument("--misregistration", dest="misregistration_mm", type=length_mm,
                   default=SeparateOptions.misregistration_mm, metavar="LEN",
                   help="also preview the print with drums shifted up to LEN (riso: 0.5mm)")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    p.add_argument("--overwrite", action="store_true", help="replace separations already in OUTDIR")
    p.set_defaults(func=cmd_separate)

    p = sub.add_parser("ink-fit", help="fit an opaque/garment ink (Kubelka–Munk) from a drawdown scan",
                       description="Read a scanned drawdown of one ink (two rows of patches at the "
                                   "--steps coverages: top row on the garment or substrate, bottom row "
                                   "on white card, first patch of each row bare) and write the ink, "
                                   "with its Kubelka–Munk absorption and scattering and the measured "
                                   "dot gain, to an ink library file usable with --library.")
    p.add_argument("scan", metavar="SCAN")
    p.add_argument("--name", required=True, help="the ink's name, e.g. 'Plastisol Red'")
    p.add_argument("-o", "--output", required=True, metavar="LIBRARY.toml")
    p.add_argument("--steps", default=",".join(str(v) for v in range(0, 101, 10)), metavar="PCT,...",
                   help="nominal coverage of each patch, left to right (default 0,10,…,100)")
    p.add_argument("--update", action="store_true",
                   help="add the ink to an existing library file (a new file otherwise)")
    p.set_defaults(func=cmd_ink_fit)

    p = sub.add_parser("inks", help="list ink libraries, or the inks of one")
    p.add_argument("library", nargs="?", help="a library name or .toml file; 'substrates' for papers")
    p.set_defaults(func=cmd_inks)


def cmd_separate(args: argparse.Namespace) -> int:
    from ..core.context import StepContext
    from ..core.cost import describe
    from ..core.provenance import ProcessRecord
    from ..core.settings import Settings
    from ..io.images import load_image
    from ..progress import TerminalProgress
    from ..steps.separate import Separate
    from .api import separate
    from .export import write_separation_folder

    settings = Settings.load()
    out = Path(args.output)
    src = Path(args.image)
    if out.resolve() == src.resolve():
        raise InputError(out, "the output folder is the input image")
    image = load_image(src, max_pixels=settings.max_pixels)
    params = values_from_args(args, SeparateOptions)
    params["pick"] = [p.strip() for item in args.pick for p in item.split(",") if p.strip()]
    params = validate_params(Separate.params, params)
    bar = TerminalProgress()
    ctx = StepContext.standalone("separate", settings, on_progress=bar)
    ctx.record.params = params
    try:
        with ctx.cost.measure("separate", "cpu"):
            sepset = separate(image, Separate().bind(params), ctx)
    finally:
        bar.close()
    sepset.source = str(src)
    cost = ctx.cost.totals()
    ctx.record.cost = cost
    record = ProcessRecord(steps=[ctx.record], inputs=[{"path": str(src)}], cost=cost)
    files = write_separation_folder(sepset, out, record, overwrite=args.overwrite)
    r = sepset.report
    de = r["delta_e2000"]
    print(f"{src} → {out}  ({r['method']}, {r['inks']} inks, {r['size_mm'][0]}×{r['size_mm'][1]} mm "
          f"at {r['dpi']:g} dpi, on {r['substrate']['name']})")
    for ink in r["coverage"]["per_ink"]:
        print(f"  {ink['order']:2d}. {ink['ink']:<28} {ink['hex']}  {ink['role']:<9} "
              f"coverage {ink['coverage_percent']:6.2f} %")
    tac = r["coverage"]["total_area_coverage"]
    print(f"  predicted ΔE2000: mean {de['mean']:.2f}, p95 {de['p95']:.2f}, max {de['max']:.1f}; "
          f"total ink: mean {tac['mean_percent']:.1f} %, max {tac['max_percent']:.0f} %")
    lim = r.get("solver", {}).get("ink_limit")
    if lim:
        print(f"  ink limit {lim['limit_percent']:g} % kept in the solve: "
              f"{lim['pixels_at_limit_percent']:.1f} % of the image at the limit, costing ΔE2000 "
              f"{lim['delta_e2000_price_mean']:.2f} on average")
    if "stock" in r:
        print(f"  stock: chose {', '.join(r['stock']['chosen'])} from {r['stock']['candidates']} inks "
              f"({r['stock']['sets_evaluated']} sets tried)")
    for w in r["warnings"]:
        print(f"  warning: {w}")
    print(f"  cost: {describe(cost)}")
    print(f"  wrote {len(files)} files, report in {out / 'report.json'}")
    return 0


def cmd_ink_fit(args: argparse.Namespace) -> int:
    from ..core.atomic import atomic_write_bytes
    from ..core.errors import ParamError
    from ..io.images import load_image
    from .inks import parse_library
    from .kubelka import fit_drawdown

    try:
        steps = tuple(float(v) for v in args.steps.split(",") if v.strip())
    except ValueError:
        raise ParamError("steps", f"{args.steps!r} is not a list of percentages like 0,10,20") from None
    scan = Path(args.scan)
    fit = fit_drawdown(load_image(scan).pixels, steps, scan)
    out = Path(args.output)
    if out.exists() and not args.update:
        raise InputError(out, "exists; add --update to add the ink to it, or choose another name")
    head = "" if out.exists() else (
        "# HybridStudio ink library with drawdown-fitted inks (Kubelka–Munk): a plain file to share.\n"
        f'hybridstudio_inks = 1\nname = "{out.stem}"\nprocess = "screen"\n'
        f"dot_gain = {fit.dot_gain:.3f}        # measured on the drawdown's tints\n")
    old = out.read_text("utf-8") if out.exists() else ""
    text = old + head + fit.toml(args.name.replace('"', "'"))
    parse_library(text, out)  # what is written reads back
    atomic_write_bytes(out, text.encode("utf-8"))
    print(f"{args.name}: K {', '.join(f'{v:.3g}' for v in fit.k)}; S {', '.join(f'{v:.3g}' for v in fit.s)} "
          f"(linear R, G, B); dot gain {fit.dot_gain:.3f} at 50 %; model RMS {fit.rms:.4f}")
    print(f"  wrote {out} (use it with --library {out})")
    return 0


def cmd_inks(args: argparse.Namespace) -> int:
    from .inks import available_libraries, load_library, load_substrates

    if not args.library:
        for name, path in available_libraries().items():
            try:
                lib = load_library(path)
                print(f"{name:<20} {len(lib.inks):3d} inks  {lib.process:<7} {lib.name}  ({path})")
            except HybridStudioError as exc:
                print(f"{name:<20} unreadable: {exc}", file=sys.stderr)
        print(f"{'substrates':<20} {len(load_substrates().inks):3d} papers and garments")
        return 0
    lib = load_substrates() if args.library == "substrates" else load_library(args.library)
    for ink in lib.inks:
        flag = " (estimate)" if ink.name in lib.estimates else ""
        lab = f" Lab {list(ink.lab)}" if ink.lab else ""
        print(f"{ink.name:<24} {ink.hex} {ink.opacity:<11}{lab}{flag}")
    for w in lib.warnings:
        print(f"warning: {w}")
    return 0




"""`hybridstudio inks` and `hybridstudio ink-fit` (`hybridstudio separate` is a one-step recipe:
:mod:`hybridstudio.commands.separate`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.atomic import atomic_write_bytes
from ..core.errors import HybridStudioError, InputError, ParamError
from ..io.images import load_image
from .inks import available_libraries, load_library, load_substrates, parse_library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ink-fit",
        help="fit an opaque/garment ink (Kubelka–Munk) from a drawdown scan",
        description="Read a scanned drawdown of one ink (two rows of patches at the "
        "--steps coverages: top row on the garment or substrate, bottom row "
        "on white card, first patch of each row bare) and write the ink, "
        "with its Kubelka–Munk absorption and scattering and the measured "
        "dot gain, to an ink library file usable with --library.",
    )
    p.add_argument("scan", metavar="SCAN")
    p.add_argument("--name", required=True, help="the ink's name, e.g. 'Plastisol Red'")
    p.add_argument("-o", "--output", required=True, metavar="LIBRARY.toml")
    p.add_argument(
        "--steps",
        default=",".join(str(v) for v in range(0, 101, 10)),
        metavar="PCT,...",
        help="nominal coverage of each patch, left to right (default 0,10,…,100)",
    )
    p.add_argument(
        "--update", action="store_true", help="add the ink to an existing library file (a new file otherwise)"
    )
    p.set_defaults(func=cmd_ink_fit)

    p = sub.add_parser("inks", help="list ink libraries, or the inks of one")
    p.add_argument("library", nargs="?", help="a library name or .toml file; 'substrates' for papers")
    p.set_defaults(func=cmd_inks)


def cmd_ink_fit(args: argparse.Namespace) -> int:
    from .kubelka import fit_drawdown  # lazy: Kubelka-Munk fitting (scipy.optimize), not for --help

    try:
        steps = tuple(float(v) for v in args.steps.split(",") if v.strip())
    except ValueError:
        raise ParamError("steps", f"{args.steps!r} is not a list of percentages like 0,10,20") from None
    scan = Path(args.scan)
    fit = fit_drawdown(load_image(scan).pixels, steps, scan)
    out = Path(args.output)
    if out.exists() and not args.update:
        raise InputError(out, "exists; add --update to add the ink to it, or choose another name")
    head = (
        ""
        if out.exists()
        else (
            "# HybridStudio ink library with drawdown-fitted inks (Kubelka–Munk): a plain file to share.\n"
            f'hybridstudio_inks = 1\nname = "{out.stem}"\nprocess = "screen"\n'
            f"dot_gain = {fit.dot_gain:.3f}        # measured on the drawdown's tints\n"
        )
    )
    old = out.read_text("utf-8") if out.exists() else ""
    text = old + head + fit.toml(args.name.replace('"', "'"))
    parse_library(text, out)  # what is written reads back
    atomic_write_bytes(out, text.encode("utf-8"))
    print(
        f"{args.name}: K {', '.join(f'{v:.3g}' for v in fit.k)}; S {', '.join(f'{v:.3g}' for v in fit.s)} "
        f"(linear R, G, B); dot gain {fit.dot_gain:.3f} at 50 %; model RMS {fit.rms:.4f}"
    )
    print(f"  wrote {out} (use it with --library {out})")
    return 0


def cmd_inks(args: argparse.Namespace) -> int:
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

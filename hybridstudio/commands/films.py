"""`hybridstudio films SEPARATIONS_DIR -o OUT.pdf`: films from a separation folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import InputError, ParamError
from ..core.i18n import QT_TRANSLATE_NOOP, Message, say
from ..core.options import add_arguments, values_from_args
from ..core.settings import Settings
from ..film.job import FilmOptions
from ..film.proof import write_proofs
from ..film.sources import load_separation_source
from ..screening.spec import ScreenSpec
from .step_command import Cancelled, cancelled_exit, print_results, run_step_command


def _region(text: str) -> tuple[float, float, float, float]:
    try:
        x, y, w, h = (float(v) for v in text.replace(";", ",").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not X,Y,W,H in mm") from None
    if w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be positive")
    return x, y, w, h


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "films",
        help="halftone a separation folder into 1-bit films (TIFF + PDF)",
        description="Screen every separation of SEPARATIONS_DIR at the film "
        "resolution and write OUT.pdf (one page per film, exact size) "
        "plus one CCITT G4 TIFF per film beside it.",
    )
    p.add_argument(
        "separations",
        metavar="SEPARATIONS_DIR",
        help="a HybridStudio separations folder, a folder of greyscale TIFF/PNG files "
        "(one ink per file, ink dark) or a multichannel TIFF",
    )
    p.add_argument(
        "--ink",
        action="append",
        default=[],
        metavar="NAME[=#rrggbb]",
        help="separations made elsewhere: the ink of each file or channel, in order "
        "(repeat; default: read from the file names or channel names)",
    )
    p.add_argument(
        "--sep-dpi",
        type=float,
        metavar="DPI",
        help="separations made elsewhere: their resolution, when the files carry none",
    )
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="the films (needed unless --proof)")
    screening = p.add_argument_group("screening")
    add_arguments(screening, ScreenSpec)
    add_arguments(p.add_argument_group("film page"), FilmOptions)
    p.add_argument(
        "--proof",
        metavar="PROOF.png",
        help="also (or, without -o, only) write what the app's films view shows of a "
        "page region: the screened films overprinted in their inks (PROOF.png) "
        "and each film (PROOF-NN-ink.png)",
    )
    p.add_argument(
        "--proof-region",
        type=_region,
        metavar="X,Y,W,H",
        help="the proof's page region in mm from the film page's top-left corner "
        "(default: a 25 mm square at the image centre)",
    )
    p.add_argument(
        "--proof-zoom",
        type=float,
        default=1.0,
        metavar="Z",
        help="screen pixels per film pixel: 1 (default) shows every film pixel; 0.25 "
        "makes each proof pixel the mean of 4 × 4 film pixels",
    )
    p.set_defaults(func=cmd_films)


def cmd_films(args: argparse.Namespace) -> int:
    values = values_from_args(args, ScreenSpec, FilmOptions)
    if args.output is None and args.proof is None:
        raise ParamError("output", "give -o OUT.pdf for the films, --proof PROOF.png for a proof, or both")
    if args.proof is not None and (
        Path(args.proof).suffix.lower() != ".png" or not 0.01 <= args.proof_zoom <= 32.0
    ):
        raise ParamError("proof", f"{args.proof} must end in .png and --proof-zoom be within 0.01–32")
    out = Path(args.output or Path(args.proof).with_suffix(".pdf"))
    if out.suffix.lower() != ".pdf":
        raise ParamError("output", f"{out} must end in .pdf (the TIFFs are written beside it)")
    folder = Path(args.separations)
    inks = [n.strip() for item in args.ink for n in item.split(",") if n.strip()]
    sepset = load_separation_source(folder, inks, args.sep_dpi)
    try:
        [res] = run_step_command("films", values, [sepset], out if args.output else None)
    except Cancelled:
        return cancelled_exit()
    written = []
    if args.proof is not None:
        proof = Path(args.proof)
        if proof.resolve() in {Path(f).resolve() for f in sepset.files}:
            raise InputError(proof, "would overwrite one of the separations; choose another name")
        written = write_proofs(res.payload, proof, args.proof_region, args.proof_zoom, res.record)
    job = res.payload.job
    lay = job.layout
    print(
        f"{folder}: {len(job.films)} films on {job.options.page} ({lay.page_mm[0]:g} × "
        f"{lay.page_mm[1]:g} mm), image {lay.image_mm[0]:.1f} × {lay.image_mm[1]:.1f} mm at "
        f"{job.spec.dpi:g} dpi"
    )
    for f in job.films:
        print(f"  {f.order}. {f.ink:<16} {f.screen_text()}")
    print(f"  tone: {job.tone.describe()}")
    mesh_preference = Settings.load().mesh_unit
    for a in job.advice:
        if a.level != "warning":  # warnings are printed with the results
            line = Message(
                "ScreeningAdvice", QT_TRANSLATE_NOOP("ScreeningAdvice", "note: {advice}"), advice=a.message
            )
            print(f"  {say(line, mesh_preference=mesh_preference)}")
    print_results([res])
    for p in written:
        print(f"  wrote {p}")
    return 0

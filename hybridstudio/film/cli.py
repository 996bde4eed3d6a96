"""`hybridstudio films SEPARATIONS_DIR -o OUT.pdf`: films from a separation folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import InputError, ParamError
from ..core.i18n import QT_TRANSLATE_NOOP, Message, say
from ..core.settings import Settings
from ..screening.spec import METHODS, SHAPES, parse_mesh
from ..screening.tone import GAIN_PRESETS


def _angles(text: str) -> list[float]:
    try:
        return [float(a) for a in text.replace(";", ",").split(",") if a.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of angles") from None


def _region(text: str) -> tuple[float, float, float, float]:
    try:
        x, y, w, h = (float(v) for v in text.replace(";", ",").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not X,Y,W,H in mm") from None
    if w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be positive")
    return x, y, w, h


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("films", help="halftone a separation folder into 1-bit films (TIFF + PDF)",
                       description="Screen every separation of SEPARATIONS_DIR at the film "
                                   "resolution and write OUT.pdf (one page per film, exact size) "
                                   "plus one CCITT G4 TIFF per film beside it.")
    p.add_argument("separations", metavar="SEPARATIONS_DIR",
                   help="a HybridStudio separations folder, a folder of greyscale TIFF/PNG files "
                        "(one ink per file, ink dark) or a multichannel TIFF")
    p.add_argument("--ink", action="append", default=[], metavar="NAME[=#rrggbb]",
                   help="separations made elsewhere: the ink of each file or channel, in order "
                        "(repeat; default: read from the file names or channel names)")
    p.add_argument("--sep-dpi", type=float, metavar="DPI",
                   help="separations made elsewhere: their resolution, when the files carry none")
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="the films (needed unless --proof)")
    p.add_argument("--method", choices=METHODS, default="am")
    p.add_argument("--dpi", type=float, default=1200.0, help="film resolution (default 1200)")
    p.add_argument("--lpi", type=float, default=55.0, help="halftone ruling (default 55)")
    p.add_argument("--angles", type=_angles, default=[], metavar="A,B,...",
                   help="one angle per film in print order, or one for all (default: by ink "
                        "lightness, 7.5° off the mesh directions)")
    p.add_argument("--shape", choices=SHAPES, default="elliptical")
    p.add_argument("--fm-dot", type=float, default=42.0, metavar="UM", help="FM dot size in µm")
    p.add_argument("--index-dpi", type=float, default=200.0, help="index screening square pixels")
    p.add_argument("--gain", choices=tuple(GAIN_PRESETS), default="none",
                   help="dot-gain compensation preset")
    p.add_argument("--curve", default="", metavar="IN:OUT,...",
                   help="your compensation curve in percent, e.g. '0:0,50:35,100:100'")
    p.add_argument("--min-dot", type=float, default=5.0, metavar="PCT")
    p.add_argument("--max-dot", type=float, default=95.0, metavar="PCT")
    p.add_argument("--mesh", type=parse_mesh, default=0.0,
                   help="screen mesh: threads per inch (230, 230/in) or per centimetre (90/cm)")
    p.add_argument("--mesh-angle", type=float, default=0.0)
    p.add_argument("--page", default="A3", help="A4, A3, A3+, A2, letter, tabloid or WxH (mm)")
    p.add_argument("--orientation", choices=("auto", "portrait", "landscape"), default="auto")
    p.add_argument("--mirror", action="store_true", help="wrong-reading films")
    p.add_argument("--negative", action="store_true", help="negative films")
    p.add_argument("--proof", metavar="PROOF.png",
                   help="also (or, without -o, only) write what the app's films view shows of a "
                        "page region: the screened films overprinted in their inks (PROOF.png) "
                        "and each film (PROOF-NN-ink.png)")
    p.add_argument("--proof-region", type=_region, metavar="X,Y,W,H",
                   help="the proof's page region in mm from the film page's top-left corner "
                        "(default: a 25 mm square at the image centre)")
    p.add_argument("--proof-zoom", type=float, default=1.0, metavar="Z",
                   help="screen pixels per film pixel: 1 (default) shows every film pixel; 0.25 "
                        "makes each proof pixel the mean of 4 × 4 film pixels")
    p.set_defaults(func=cmd_films)


def cmd_films(args: argparse.Namespace) -> int:
    from ..core.context import StepContext, StepRecord
    from ..core.provenance import file_input
    from ..core.step import get_step
    from ..progress import TerminalProgress
    from .sources import load_for_films, record_for_films

    step = get_step("films")()
    raw = {"method": args.method, "dpi": args.dpi, "lpi": args.lpi, "angles": args.angles,
           "shape": args.shape, "fm_dot_um": args.fm_dot, "index_dpi": args.index_dpi,
           "gain": args.gain, "curve": args.curve, "min_dot": args.min_dot,
           "max_dot": args.max_dot, "mesh": args.mesh, "mesh_angle": args.mesh_angle,
           "page": args.page, "orientation": args.orientation, "mirror": args.mirror,
           "negative": args.negative}
    from ..core.params import validate_params

    params = validate_params(step.params, raw)
    if args.output is None and args.proof is None:
        raise ParamError("output", "give -o OUT.pdf for the films, --proof PROOF.png for a proof, "
                                   "or both")
    if args.proof is not None and (Path(args.proof).suffix.lower() != ".png"
                                   or not 0.01 <= args.proof_zoom <= 32.0):
        raise ParamError("proof", f"{args.proof} must end in .png and --proof-zoom be within "
                                  "0.01–32")
    out = Path(args.output or Path(args.proof).with_suffix(".pdf"))
    if out.suffix.lower() != ".pdf":
        raise ParamError("output", f"{out} must end in .pdf (the TIFFs are written beside it)")
    folder = Path(args.separations)
    inks = [n.strip() for item in args.ink for n in item.split(",") if n.strip()]
    sepset, upstream = load_for_films(folder, inks, args.sep_dpi)
    inputs = [p.resolve() for p in (folder.iterdir() if folder.is_dir() else [folder])]
    srec = StepRecord("films", str(step.title), False, raw)
    bar = TerminalProgress()
    ctx = StepContext.standalone("films", on_progress=bar)
    ctx.record = srec
    payload = step.run(sepset, params, ctx)
    from .proof import proof_paths
    from .writer import film_paths

    proofs = [p for _, p in proof_paths(payload, Path(args.proof))] if args.proof else []
    for target in [out, *film_paths(out, payload.job), *proofs]:
        if target.resolve() in inputs:
            raise InputError(target, "would overwrite one of the separations; choose another name")
    record = record_for_films(upstream, srec, [file_input(f, "componentOf") for f in sepset.files])
    written = payload.save(out.parent, out.stem, record, ctx) if args.output else []
    bar.close()
    if args.proof is not None:
        from .proof import write_proofs

        written += write_proofs(payload, Path(args.proof), args.proof_region, args.proof_zoom, record)
    job = payload.job
    lay = job.layout
    print(f"{folder}: {len(job.films)} films on {args.page} ({lay.page_mm[0]:g} × {lay.page_mm[1]:g}"
          f" mm), image {lay.image_mm[0]:.1f} × {lay.image_mm[1]:.1f} mm at {job.spec.dpi:g} dpi")
    for f in job.films:
        print(f"  {f.order}. {f.ink:<16} {f.screen_text()}")
    print(f"  tone: {job.tone.describe()}")
    mesh_preference = Settings.load().mesh_unit
    for a in job.advice:
        stream = sys.stderr if a.level == "warning" else sys.stdout
        line = Message("ScreeningAdvice", QT_TRANSLATE_NOOP("ScreeningAdvice", "warning: {advice}")
                       if a.level == "warning" else QT_TRANSLATE_NOOP("ScreeningAdvice", "note: {advice}"),
                       advice=a.message)
        print(f"  {say(line, mesh_preference=mesh_preference)}", file=stream)
    for p in written:
        print(f"  wrote {p}")
    print(f"  {record.ai_disclosure()}")
    return 0

"""`hybridstudio separate IMAGE -o OUTDIR`: colour separations, the separate step run as a
one-step recipe through the executor (provenance, cost, Ctrl-C, progress), written into OUTDIR."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..core.errors import InputError
from ..core.options import add_arguments, values_from_args
from ..separation.export import write_separation_folder
from ..separation.options import SeparateOptions
from .step_command import Cancelled, cancelled_exit, print_results, run_step_command

_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(mm|pt|in)?\s*$")


def length_mm(text: str) -> float:
    """'0.35', '0.35mm', '1pt' or '0.01in' → millimetres (argparse type)."""
    m = _LENGTH.match(str(text))
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a length like 0.35mm or 1pt")
    value, unit = float(m.group(1)), (m.group(2) or "mm")
    return value * {"mm": 1.0, "pt": 25.4 / 72.0, "in": 25.4}[unit]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "separate",
        help="colour separations for screen printing and riso",
        description="Split IMAGE into one greyscale TIFF per ink (ink dark, at the output "
        "DPI: 600 for riso), the predicted print (composite.png) and a JSON "
        "report with ΔE2000 and ink coverage.",
    )
    p.add_argument("image")
    # every option of SeparateOptions, as declared; these four keep their list and length syntax
    add_arguments(p, SeparateOptions, skip=("pick", "choke_mm", "trap_mm", "misregistration_mm"))
    p.add_argument(
        "--pick",
        action="append",
        default=[],
        metavar="INK",
        help="use this ink (library name or '#rrggbb'); repeat or separate with commas. "
        "With --method stock: inks that must be among the N (the rest are chosen)",
    )
    p.add_argument(
        "--choke",
        dest="choke_mm",
        type=length_mm,
        default=SeparateOptions.choke_mm,
        metavar="LEN",
        help="underbase choke, e.g. 0.35mm or 1pt (default 0.35mm)",
    )
    p.add_argument(
        "--trap",
        dest="trap_mm",
        type=length_mm,
        default=SeparateOptions.trap_mm,
        metavar="LEN",
        help="spread lighter inks under darker ones, e.g. 0.2mm or 0.5pt",
    )
    p.add_argument(
        "--misregistration",
        dest="misregistration_mm",
        type=length_mm,
        default=SeparateOptions.misregistration_mm,
        metavar="LEN",
        help="also preview the print with drums shifted up to LEN (riso: 0.5mm)",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    p.add_argument("--overwrite", action="store_true", help="replace separations already in OUTDIR")
    p.set_defaults(func=cmd_separate)


def cmd_separate(args: argparse.Namespace) -> int:
    out = Path(args.output)
    src = Path(args.image)
    if out.resolve() == src.resolve():
        raise InputError(out, "the output folder is the input image")
    values = values_from_args(args, SeparateOptions)
    values["pick"] = [p.strip() for item in args.pick for p in item.split(",") if p.strip()]
    try:
        [res] = run_step_command("separate", values, [src], None)
    except Cancelled:
        return cancelled_exit()
    sepset = res.payload
    # OUTDIR is the separations folder itself (refused when it holds separations, unless --overwrite)
    files = write_separation_folder(sepset, out, res.record, overwrite=args.overwrite)
    r = sepset.report
    de = r["delta_e2000"]
    print(
        f"{src} → {out}  ({r['method']}, {r['inks']} inks, {r['size_mm'][0]}×{r['size_mm'][1]} mm "
        f"at {r['dpi']:g} dpi, on {r['substrate']['name']})"
    )
    for ink in r["coverage"]["per_ink"]:
        print(
            f"  {ink['order']:2d}. {ink['ink']:<28} {ink['hex']}  {ink['role']:<9} "
            f"coverage {ink['coverage_percent']:6.2f} %"
        )
    tac = r["coverage"]["total_area_coverage"]
    print(
        f"  predicted ΔE2000: mean {de['mean']:.2f}, p95 {de['p95']:.2f}, max {de['max']:.1f}; "
        f"total ink: mean {tac['mean_percent']:.1f} %, max {tac['max_percent']:.0f} %"
    )
    lim = r.get("solver", {}).get("ink_limit")
    if lim:
        print(
            f"  ink limit {lim['limit_percent']:g} % kept in the solve: "
            f"{lim['pixels_at_limit_percent']:.1f} % of the image at the limit, costing ΔE2000 "
            f"{lim['delta_e2000_price_mean']:.2f} on average"
        )
    if "stock" in r:
        print(
            f"  stock: chose {', '.join(r['stock']['chosen'])} from {r['stock']['candidates']} inks "
            f"({r['stock']['sets_evaluated']} sets tried)"
        )
    print_results([res])
    print(f"  wrote {len(files)} files, report in {out / 'report.json'}")
    return 0

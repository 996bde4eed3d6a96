"""`hybridstudio negative …`: step-wedge targets, calibration from a scan or readings (their own
code: they are not steps), and calibrated negatives (`negative make`: the negative step run as a
one-step recipe)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np

from ..core.atomic import output_path
from ..core.cancel import CancelToken
from ..core.context import StepContext
from ..core.cost import CostMeter
from ..core.errors import Cancelled, HybridStudioError, InputError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import check_disk
from ..core.options import add_arguments, build, values_from_args
from ..core.provenance import ProcessRecord
from ..core.settings import Settings
from ..credentials import signed_output
from ..credentials.sign import collect_signing_warnings
from ..negative.calibration import Calibration, calibrate, format_report
from ..negative.export import export_sheet
from ..negative.options import PAGES, NegativeOptions, ProcessOptions
from ..negative.processes import load_presets
from ..negative.readings import read_csv
from ..negative.resolve import resolve
from ..negative.target import LAYOUTS, make_target
from ..progress import TerminalProgress, ctrl_c_cancels
from .step_command import cancelled_exit, print_results, run_step_command


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``negative`` command and its sub-commands."""
    neg = sub.add_parser(
        "negative",
        help="calibrated digital negatives for alternative processes",
        description="Step-wedge targets, calibration from a scanned print or "
        "densitometer readings, and calibrated negatives.",
    )
    nsub = neg.add_subparsers(dest="negative_command", metavar="SUBCOMMAND")
    neg.set_defaults(func=lambda a: (neg.print_help(), 2)[1])

    t = nsub.add_parser("target", help="make a step-wedge target negative")
    t.add_argument("--steps", type=int, choices=sorted(LAYOUTS), default=21)
    t.add_argument("--process", default="cyanotype", help="process preset (see `negative processes`)")
    t.add_argument(
        "--colour",
        "--color",
        dest="colour",
        help="negative colour #rrggbb (default: the calibration's or the process's)",
    )
    t.add_argument("--printer", default="", help="printer name, printed on the label")
    t.add_argument("--dpi", type=float, default=1440.0, help="printer resolution (default 1440)")
    t.add_argument("--calibration", help="print the target through this calibration (second round)")
    t.add_argument("--no-mirror", action="store_true", help="right-reading (no emulsion-to-emulsion)")
    t.add_argument("-o", "--output", required=True, help="16-bit TIFF to write")
    t.add_argument("--pdf", help="also write a PDF")
    t.add_argument("--page", choices=PAGES, default="fit", help="PDF page size")
    t.add_argument("--uncompressed", action="store_true", help="TIFF without Deflate compression")
    t.set_defaults(func=cmd_target)

    c = nsub.add_parser("calibrate", help="fit a calibration from a scanned target print or readings")
    c.add_argument("scan", nargs="?", help="scan of the exposed, developed and dried target print")
    c.add_argument("--csv", help="densitometer (density) or spectrophotometer (L*) readings instead")
    c.add_argument("--previous", help="the calibration the target was printed through (merges rounds)")
    for name in (
        "process",
        "paper",
        "chemistry",
        "printer",
        "film",
        "exposure",
        "uv-source",
        "name",
        "notes",
    ):
        c.add_argument(f"--{name}", default="")
    c.add_argument(
        "--colour", "--color", dest="colour", default="", help="negative colour used (default: the process's)"
    )
    c.add_argument("--knots", type=int, default=16, help="effective curve points (default 16)")
    c.add_argument("-o", "--output", required=True, help="calibration file to write (.negcal.json)")
    c.add_argument("--json", action="store_true", help="print the report as JSON")
    c.set_defaults(func=cmd_calibrate)

    m = nsub.add_parser("make", help="make a calibrated negative of an image")
    m.add_argument("image")
    add_arguments(m, ProcessOptions, skip=("process",))
    m.add_argument(
        "--process", default=None, help="process preset (default: the calibration's, else cyanotype)"
    )
    add_arguments(m, NegativeOptions, skip=("width_mm", "height_mm", "show_label", "pdf"))
    add_arguments(m.add_mutually_exclusive_group(), NegativeOptions, only=("width_mm", "height_mm"))
    m.add_argument("--no-label", action="store_true", help="no label under the image")
    m.add_argument("-o", "--output", required=True, help="16-bit TIFF to write")
    m.add_argument("--pdf", help="also write a PDF")
    m.add_argument("--uncompressed", action="store_true", help="TIFF without Deflate compression")
    m.add_argument("--preview", help="write the expected print (PNG) here")
    m.set_defaults(func=cmd_make)

    p = nsub.add_parser("processes", help="list the process presets")
    p.set_defaults(func=cmd_processes)


@contextmanager
def _writing() -> Iterator[tuple[CancelToken, TerminalProgress]]:
    """Writing a negative or a target: a progress bar, and Ctrl-C cancels (the files being written
    are removed, :class:`Cancelled` is raised)."""
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels(CancelToken()) as token:
            yield token, bar
    finally:
        bar.close()


def _outputs(args: argparse.Namespace, *inputs: str | None) -> tuple[Path, Path | None, Path | None]:
    """``-o``, ``--pdf`` and ``--preview`` through the one output-path policy: an input is never
    replaced, an existing file gets a ``-2`` name."""
    chosen: list[Path | None] = []
    for name in (args.output, getattr(args, "pdf", None), getattr(args, "preview", None)):
        if not name:
            chosen.append(None)
            continue
        if any(c is not None and c.resolve() == Path(name).resolve() for c in chosen):
            raise InputError(name, "is given twice as an output: choose another name")
        chosen.append(output_path(name, inputs))
    out = chosen[0]
    if out is None:  # -o is a required option of every command that writes
        raise InputError(None, "give the file to write with -o")
    return out, chosen[1], chosen[2]


def _check_disk(sheet, tiff: Path, pdf: Path | None, compressed: bool) -> None:
    """16-bit RGB: 6 bytes a pixel in each file (Deflate rarely does better than a third)."""
    raw = sheet.width_px * sheet.height_px * 6
    need = raw / (3 if compressed else 1) * (2 if pdf is not None else 1)
    check_disk(tiff.parent, need, QT_TRANSLATE_NOOP("memory", "the negative"))


def _record(step_id: str, params: dict) -> tuple[StepContext, ProcessRecord]:
    ctx = StepContext.standalone(step_id)
    ctx.record.params = params
    return ctx, ProcessRecord(steps=[ctx.record])


def cmd_target(args: argparse.Namespace) -> int:
    build(NegativeOptions, {"dpi": args.dpi})  # the negative's own resolution range
    setup = resolve(args.process, args.calibration, args.colour, linear=True)
    out, pdf, _ = _outputs(args, args.calibration)
    sheet = make_target(
        args.steps,
        setup.curve,
        setup.colour,
        args.dpi,
        process=setup.process.id,
        printer=args.printer,
        curve_name=setup.curve_name,
        mirror=not args.no_mirror,
    )
    try:
        with _writing() as (token, bar):
            ctx, record = _record("negative-target", {k: v for k, v in vars(args).items() if k != "func"})
            ctx.record.notes.append(f"step-wedge target, {args.steps} steps, curve {setup.curve_name}")
            with ctx.cost.measure("negative-target"):
                written = export_sheet(
                    sheet,
                    out,
                    pdf,
                    args.page,
                    xmp=record.xmp_packet(),
                    progress=bar,
                    check_cancelled=token.check,
                    compress=not args.uncompressed,
                    record=record,
                )
    except Cancelled:
        return cancelled_exit()
    record.cost = ctx.cost.totals()
    for p in written:
        record.write_sidecar(p)
    w, h = sheet.size_mm
    print(
        f"\nwrote {', '.join(map(str, written))}: {sheet.width_px}×{sheet.height_px} px at "
        f"{args.dpi:g} dpi = {w:.1f} × {h:.1f} mm, {setup.process.name}, ink {setup.colour}, "
        f"curve {setup.curve_name}"
    )
    print(
        "Print it with colour management off, expose at your standard printing time, develop, "
        "dry, scan at 300–600 dpi, then: hybridstudio negative calibrate SCAN -o FILE.negcal.json"
        + (f" --previous {args.calibration}" if args.calibration else "")
    )
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    if bool(args.scan) == bool(args.csv):
        raise InputError(None, "give either a SCAN of the target print or --csv READINGS")
    out = output_path(args.output, (args.scan, args.csv, args.previous))
    if args.csv:
        reading = read_csv(args.csv)
    else:
        from ..negative.scan import read_scan  # lazy: negative.scan loads scipy.stats, only to read a scan

        reading, _geom = read_scan(args.scan)
    previous = Calibration.load(args.previous) if args.previous else None
    process = args.process or (previous.meta.get("process") if previous else "") or "cyanotype"
    presets = load_presets()
    colour = (
        args.colour
        or (previous.meta.get("negative_colour") if previous else "")
        or (presets[process].negative_colour if process in presets else "")
    )
    meta = {
        "process": process,
        "paper": args.paper,
        "chemistry": args.chemistry,
        "printer": args.printer,
        "film": args.film,
        "exposure": args.exposure,
        "uv_source": args.uv_source,
        "name": args.name or out.name.split(".")[0],
        "notes": args.notes,
        "negative_colour": colour,
    }
    cal = calibrate(reading, meta, previous=previous, knots=args.knots)
    cal.save(out)
    if args.json:
        print(json.dumps(cal.report, indent=1))
    else:
        print(format_report(cal))
        print(f"wrote {out}")
    return 0


def _write_preview(preview: Path, expected_print: np.ndarray, record: ProcessRecord) -> Path:
    """The expected print as an 8-bit PNG, signed."""
    with signed_output(preview, record) as tmp:
        ok, buf = cv2.imencode(
            ".png", np.round(np.clip(expected_print, 0, 1)[..., ::-1] * 255).astype(np.uint8)
        )
        if not ok:
            raise HybridStudioError(f"{preview}: could not encode the preview")
        tmp.write_bytes(buf.tobytes())
    return preview


def cmd_make(args: argparse.Namespace) -> int:
    out, pdf, preview = _outputs(args, args.image, args.calibration)
    values = values_from_args(args, ProcessOptions, NegativeOptions)
    # the flags that say it differently from the recipe: --no-label, --pdf FILE, and no --process
    # meaning the calibration's process (resolved by the step), else cyanotype
    values.update(show_label=not args.no_label, pdf=pdf is not None)
    if args.process is None:
        values["process"] = None if args.calibration else "cyanotype"
    settings = Settings.load()
    try:
        [res] = run_step_command("negative", values, [Path(args.image)], None, settings=settings)
    except Cancelled:
        return cancelled_exit()
    payload, record = res.payload, res.record
    _check_disk(payload.sheet, out, pdf, compressed=not args.uncompressed)
    try:
        with _writing() as (token, bar), collect_signing_warnings() as unsigned:
            ctx = StepContext(
                settings,
                token,
                record.steps[-1],
                CostMeter.from_records(settings.power, record.cost.get("entries", [])),
                bar,
            )
            # the long part of a negative: rendered at the printer's resolution as it is written
            res.outputs = payload.export(out, pdf, record, ctx, compress=not args.uncompressed)
            if preview is not None and payload.expected_print is not None:
                res.outputs.append(_write_preview(preview, payload.expected_print, record))
    except Cancelled:
        return cancelled_exit()
    res.cost = record.cost
    res.warnings.extend(unsigned)  # said with the job's other warnings
    sheet = payload.sheet
    w_mm, h_mm = sheet.meta["image_mm"]
    print(
        f"\nnegative {sheet.width_px}×{sheet.height_px} px at {sheet.dpi:g} dpi = "
        f"{sheet.size_mm[0]:.2f} × {sheet.size_mm[1]:.2f} mm; image {w_mm:.2f} × {h_mm:.2f} mm; "
        f"curve {payload.info['curve']}; {record.steps[-1].notes[-1].split('; ')[-1]}"
    )
    print_results([res])
    return 0


def cmd_processes(args: argparse.Namespace) -> int:
    for p in load_presets().values():
        print(f"{p.id:<20} {p.name} — negative colour {p.negative_colour}; {p.notes}")
    return 0

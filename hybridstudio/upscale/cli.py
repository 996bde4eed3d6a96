"""`hybridstudio upscale IMAGE... -m MODEL [-o OUT] [--tile N] [--device …]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.atomic import unique_path
from ..core.cancel import CancelToken
from ..core.context import StepContext, StepRecord
from ..core.cost import CostMeter, describe
from ..core.errors import Cancelled, InputError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import check_fits
from ..core.provenance import ProcessRecord, file_input, now_iso
from ..core.settings import Settings
from ..progress import TerminalProgress, ctrl_c_cancels
from ..runtime.providers import DEVICES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("upscale", help="enlarge images with an AI super-resolution model (ONNX)")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="PNG, TIFF, JPEG or WebP files")
    p.add_argument("-m", "--model", default="esrgan-thick-x4",
                   help="model id (see `hybridstudio models list`) or path to an .onnx file "
                        "(default: esrgan-thick-x4)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file (one image) or folder; default: NAME-xS.EXT beside each image")
    p.add_argument("--tile", type=int, default=0, metavar="N",
                   help="tile size in input pixels (default: chosen from the free memory)")
    p.add_argument("--context", type=int, default=12, metavar="PX",
                   help="context pixels around each tile, dropped after (default 12)")
    p.add_argument("--alpha", choices=("model", "lanczos"), default="model",
                   help="how transparency is enlarged (default: model)")
    p.add_argument("--device", choices=DEVICES, help="force the device (default: settings, auto)")
    from ..server.remote import add_server_args

    add_server_args(p)
    p.set_defaults(func=cmd_upscale)


def _target(src: Path, out: str | None, scale: int, many: bool) -> Path:
    name = f"{src.stem}-x{scale}{src.suffix}"
    if out is None:
        return src.with_name(name)
    o = Path(out)
    if many or o.is_dir() or out.endswith(("/", "\\")) or not o.suffix:
        return o / name
    return o


#: Memory of the tiles in flight (inputs, model activations on the CPU), beyond the output.
TILE_WORK_BYTES = 256 * 2**20
HINT_SMALLER_IMAGE = QT_TRANSLATE_NOOP("memory", "Upscale a smaller image, or crop it first.")


def check_output_fits(raster, scale: int) -> int:
    """The enlarged picture is held whole (8 or 16-bit) and once more while being encoded."""
    h, w = raster.rgb.shape[:2]
    ow, oh = w * scale, h * scale
    chans = 3 + (raster.alpha is not None)
    return check_fits(QT_TRANSLATE_NOOP("memory", "the upscaled image"), ow, oh,
                      ow * oh * chans * raster.rgb.itemsize * 2 + TILE_WORK_BYTES, HINT_SMALLER_IMAGE)


def cmd_upscale(args: argparse.Namespace) -> int:
    from ..core.params import validate_params
    from ..steps.upscale import Upscale
    from ..upscale import load_upscaler, upscale
    from .estimate import estimate
    from .rasters import read_raster, write_raster

    # the same ranges as the recipe step: a negative tile or a huge context is refused
    validate_params(tuple(p for p in Upscale.params if p.name in ("tile", "context")),
                    {"tile": args.tile, "context": args.context})
    settings = Settings.load()
    if args.device:
        settings.device = args.device
    for img in args.images:
        if not Path(img).is_file():
            raise InputError(img, "no such file")
    if args.server:
        from ..server.remote import remote_upscale

        try:
            code = remote_upscale(args, [Path(i) for i in args.images])
        except Cancelled:
            print("hybridstudio: cancelled — stopped on the server, nothing was written", file=sys.stderr)
            return 130
        if code is not None:
            return code
    up = load_upscaler(args.model, settings)
    m = up.model
    print(f"model: {up.resolved.id} ({m.describe()}); licence {up.resolved.manifest.licence.name}")
    print(f"device: {m.report.message}")
    if m.report.fell_back:
        print(f"device: {m.report.plain()}")
    token = CancelToken()
    inputs = [Path(i) for i in args.images]
    try:
        with ctrl_c_cancels(token):
            for src in inputs:
                bar = TerminalProgress()
                meter = CostMeter(settings.power)
                raster = read_raster(src, settings.max_pixels)
                check_output_fits(raster, m.scale)
                print(estimate(m, raster.rgb.shape[1], raster.rgb.shape[0], settings, args.tile).text(),
                      flush=True)
                target = unique_path(_target(src, args.output, m.scale, len(inputs) > 1),
                                     protect=tuple(inputs))
                srec = StepRecord("upscale", "AI upscale", True,
                                  {"model": args.model, "tile": args.tile, "context": args.context,
                                   "alpha": args.alpha})
                srec.started = now_iso()
                ctx = StepContext(settings, token, srec, meter, bar)
                ctx.note_device(m.report)
                with meter.measure("step upscale", "cpu"):
                    res = upscale(raster.rgb, raster.alpha, up, tile=args.tile, context=args.context,
                                  settings=settings, alpha_method=args.alpha, progress=bar,
                                  check=token.check, cost=meter)
                srec.finished = now_iso()
                srec.ai = {"model": up.resolved.record(), "task": "super-resolution", "scale": m.scale,
                           "tile": res.tile, "context": res.context, "device": m.device}
                h, w = raster.rgb.shape[:2]
                srec.notes.append(f"{w}×{h} → {w * m.scale}×{h * m.scale} px, {raster.bit_depth}-bit, "
                                  f"ICC profile {'kept' if raster.icc else 'none in the source'}")
                srec.cost = meter.totals()
                record = ProcessRecord(recipe={"name": "upscale (command line)"},
                                       inputs=[file_input(src)],
                                       steps=[srec], ai_roles=["modifies"])
                record.cost = meter.totals()
                dpi = raster.dpi * m.scale if raster.dpi else None
                tile, splits = res.tile, res.oom_splits
                write_raster(target, res.rgb, res.alpha, raster.icc, dpi, record.xmp_packet(), consume=True,
                             record=record)
                del res, raster  # free the big arrays before the next image
                record.write_sidecar(target)
                bar.close()
                print(f"{src} → {target} ({w * m.scale}×{h * m.scale} px, tiles {tile} px)")
                print(f"  cost: {describe(record.cost)}")
                if splits:
                    print(f"  warning: memory ran short; tiles split {splits} time(s)")
                lic = up.resolved.manifest.licence
                if lic.commercial_use is False:
                    print(f"  warning: {lic.name}: not for commercial use")
    except Cancelled:
        print("hybridstudio: cancelled — no partial output was written", file=sys.stderr)
        return 130
    return 0

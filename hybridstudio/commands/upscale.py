"""`hybridstudio upscale IMAGE... -m MODEL [-o OUT] [--tile N] [--device …]`: the upscale step run
as a one-step recipe on each image, which keeps its own 8/16-bit samples and ICC profile."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from ..core.errors import Cancelled, InputError
from ..core.executor import mark_source_file
from ..core.options import add_arguments, values_from_args
from ..core.settings import Settings
from ..io.images import load_samples
from ..runtime.providers import DEVICES
from ..server.remote import add_server_args, remote_upscale
from ..upscale.engine import load_upscaler, upscaled_path
from ..upscale.estimate import estimate
from ..upscale.options import UpscaleOptions
from .step_command import CANCELLED, cancelled_exit, print_results, run_step_command


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("upscale", help="enlarge images with an AI super-resolution model (ONNX)")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="PNG, TIFF, JPEG or WebP files")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file (one image) or folder; default: NAME-xS.EXT beside each image",
    )
    add_arguments(p, UpscaleOptions)
    p.add_argument("--device", choices=DEVICES, help="force the device (default: settings, auto)")
    add_server_args(p)
    p.set_defaults(func=cmd_upscale)


def cmd_upscale(args: argparse.Namespace) -> int:
    values = values_from_args(args, UpscaleOptions)
    # the file's own samples are written back at their own depth (8 or 16 bit, PNG and TIFF)
    settings = replace(Settings.load(), image_bit_depth=0)
    if args.device:
        settings.device = args.device
    inputs = [Path(i) for i in args.images]
    for img in inputs:
        if not img.is_file():
            raise InputError(img, "no such file")
    if args.server:
        try:
            code = remote_upscale(args, inputs)
        except Cancelled:
            print("hybridstudio: cancelled — stopped on the server, nothing was written", file=sys.stderr)
            return CANCELLED
        if code is not None:
            return code
    # opened once here for its contract (the step reuses the cached session)
    model = load_upscaler(values["model"], settings).model
    scale = model.scale
    try:
        for src in inputs:
            image = load_samples(src, settings.max_pixels)
            mark_source_file(image, src)
            # how long and how much memory, before the work starts
            print(
                estimate(model, image.width, image.height, settings, values.get("tile") or 0).text(),
                flush=True,
            )
            target = upscaled_path(src, args.output, scale, len(inputs) > 1)
            results = run_step_command(
                "upscale", values, [image], target, settings=settings, out_suffix=target.suffix
            )
            del image
            print_results(results)
    except Cancelled:
        return cancelled_exit()
    return 0

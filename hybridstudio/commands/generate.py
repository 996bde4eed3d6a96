"""`hybridstudio generate`: make images from a prompt (or rework a start image) on this computer,
as one-step recipes (``generate`` or ``img2img``) run through the executor; ``--batch N`` runs
seeds N, N+1, … (image i is the image a single run with seed N+i makes)."""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path
from typing import Any

from ..core.errors import Cancelled, ParamError
from ..core.executor import JobResult
from ..core.memory import MemoryBudgetError
from ..core.options import add_arguments, fields_of, values_from_args
from ..core.settings import Settings
from ..diffusion.estimate import for_request
from ..diffusion.options import GenerateOptions, Img2ImgOptions, PromptOptions, load_latents
from ..diffusion.pipeline import MAX_BATCH
from ..io.images import open_image
from ..server.remote import add_server_args, remote_generate
from .step_command import cancelled_exit, print_results, run_step_command

EXAMPLES = """examples:
  hybridstudio generate "a linocut of a fox, black ink on cream paper" -m lcm-dreamshaper-v7 --seed 7
  hybridstudio generate "riso poster, two inks" -m ./my-model-folder --size 512x768 -o poster.png
  hybridstudio generate "a woodcut harbour" -m lcm-dreamshaper-v7 --init scan.png --strength 0.5
"""
_COMMON = tuple(f.name for f in fields_of(PromptOptions))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="make images from a text prompt with a local diffusion model",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("prompt", help="what the picture shows")
    p.add_argument(
        "-m",
        "--model",
        required=True,
        help="a catalogue id (e.g. lcm-dreamshaper-v7) or a local model folder",
    )
    add_arguments(p, PromptOptions, skip=("prompt", "model", "width", "height"))
    p.add_argument("--size", default=None, metavar="WxH", help="image size in pixels (multiples of 8)")
    p.add_argument("--batch", type=int, default=1, help="number of images (seeds N, N+1, …)")
    p.add_argument("--init", default=None, metavar="IMAGE", help="start image (image-to-image)")
    add_arguments(p, Img2ImgOptions, skip=_COMMON)  # --strength (with --init)
    add_arguments(p, GenerateOptions, skip=_COMMON)  # --latents (without --init)
    p.add_argument("--device", choices=("auto", "cpu", "cuda", "directml", "coreml"), default=None)
    p.add_argument(
        "--low-memory",
        action="store_true",
        help="load the text encoder, unet and VAE one at a time (8 GB machines)",
    )
    p.add_argument(
        "--estimate",
        action="store_true",
        help="only print how long the generation would take here and its peak memory "
        "(nothing is loaded; exit status 1 when it would not fit)",
    )
    p.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="OUT",
        help="output image (PNG, TIFF, JPEG, WebP); default generated-SEED.png",
    )
    add_server_args(p)
    p.set_defaults(func=cmd_generate)


def parse_size(text: str | None) -> tuple[int | None, int | None]:
    """'512x768' → (512, 768); '512' → (512, 512)."""
    if not text:
        return None, None
    parts = text.lower().replace("×", "x").split("x")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        raise ParamError("size", f"{text!r} is not WIDTHxHEIGHT in pixels, e.g. 512x768") from None
    if len(nums) == 1:
        return nums[0], nums[0]
    if len(nums) != 2:
        raise ParamError("size", f"{text!r} is not WIDTHxHEIGHT in pixels, e.g. 512x768")
    return nums[0], nums[1]


def _values(args: argparse.Namespace) -> dict[str, Any]:
    """The step's recipe values from the flags (left-out ones: the model's own)."""
    width, height = parse_size(args.size)
    options = Img2ImgOptions if args.init else GenerateOptions
    values = {**values_from_args(args, options), "width": width, "height": height}
    if args.init and args.latents:
        raise ParamError(
            "latents",
            "explicit starting latents are for text-to-image; img2img starts from the encoded image",
        )
    return {k: v for k, v in values.items() if v is not None and v != ""}


def _check_latents(args: argparse.Namespace) -> None:
    """Explicit starting noise: one image per file (an error names the file otherwise)."""
    latents = load_latents(args.latents)
    rows = latents.shape[0] if latents.ndim == 4 else 1
    if rows != 1 or args.batch != 1:
        raise ParamError(
            "latents",
            f"{args.latents} holds {rows} starting latents and {args.batch} "
            "images are asked for: give one latents file per image",
        )


def _summary(res: JobResult) -> None:
    ai = next((s.ai for s in res.record.steps if s.ai), None) or {}
    print(
        f"  seed {ai['seed']}, {ai['steps_run']} steps, {ai['scheduler']['name']}, guidance "
        f"{ai['guidance']:g}, {ai['width']}x{ai['height']}"
    )
    licence = ai.get("model", {}).get("licence", {})
    if licence.get("commercial_use") is False:
        print(f"  licence: {licence.get('name')} — not for commercial use")
    elif licence.get("commercial_use") is None:
        print(f"  licence: {licence.get('name', 'unknown')} — check before sharing results")


def print_estimate(values: dict[str, Any], settings: Settings, args: argparse.Namespace) -> bool:
    """Say how long the generation will roughly take and its peak memory, before anything is
    loaded (True when said); refuse one whose peak exceeds the memory available."""
    init_size = None
    if args.init:
        with open_image(args.init, settings.max_pixels) as img:
            init_size = img.size
    est = for_request(
        values.get("model", ""),
        settings,
        width=values.get("width"),
        height=values.get("height"),
        steps=values.get("steps"),
        guidance=values.get("guidance"),
        batch=args.batch,
        init_size=init_size,
        strength=values.get("strength") or 1.0,
    )
    if est is None:
        return False
    if not est.fits:  # say it with the estimate's own advice (sizes, the low-memory mode)
        raise MemoryBudgetError(est.text().replace("\n", " "), est.peak_bytes, est.available_bytes)
    print(est.text(), flush=True)
    return True


def only_estimate(values: dict[str, Any], settings: Settings, args: argparse.Namespace) -> int:
    """``--estimate``: the estimate alone, with its advice when it would not fit (exit status 1)."""
    try:
        if not print_estimate(values, settings, args):
            print(
                f"hybridstudio: no estimate for {values.get('model')!r} (not a diffusion model folder "
                "nor a catalogue id with a known size)",
                file=sys.stderr,
            )
            return 1
    except MemoryBudgetError as exc:
        print(str(exc), flush=True)
        return 1
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    values = _values(args)
    if args.estimate and args.server:
        raise ParamError("estimate", "--estimate tells the time on this computer: leave out --server")
    if args.server:
        try:
            code = remote_generate(args, {k: v for k, v in values.items() if k != "seed"})
        except Cancelled:
            print("hybridstudio: cancelled — stopped on the server, nothing was written", file=sys.stderr)
            return 130
        if code is not None:
            return code
    if not 1 <= args.batch <= MAX_BATCH:
        raise ParamError("batch", f"{args.batch} is outside 1..{MAX_BATCH}")
    if args.latents:
        _check_latents(args)
    settings = Settings.load()
    if args.device:
        settings.device = args.device
    if args.low_memory:
        settings.memory_mode = "low"
    if args.estimate:
        return only_estimate(values, settings, args)
    print_estimate(values, settings, args)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    out = Path(args.output) if args.output else Path(f"generated-{seed}.png")
    kind = "img2img" if args.init else "generate"
    try:
        for i in range(args.batch):
            target = out if args.batch == 1 else out.with_name(f"{out.stem}-{seed + i}{out.suffix}")
            [res] = run_step_command(
                kind,
                {**values, "seed": seed + i},
                [Path(args.init)] if args.init else [],
                target,
                settings=settings,
                out_suffix=target.suffix or None,
            )
            print_results([res])
            _summary(res)
    except Cancelled:
        return cancelled_exit()
    return 0

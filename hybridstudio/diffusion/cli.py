"""`hybridstudio generate`: make images from a prompt (or rework a start image) on this computer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from ..core.atomic import unique_path
from ..core.cancel import CancelToken
from ..core.context import StepContext, StepRecord
from ..core.cost import CostMeter, describe
from ..core.errors import Cancelled, InputError, ParamError
from ..core.provenance import ProcessRecord, now_iso
from ..core.settings import Settings
from ..core.step import AI_GENERATES, AI_MODIFIES
from .schedulers import SCHEDULERS

EXAMPLES = """examples:
  hybridstudio generate "a linocut of a fox, black ink on cream paper" -m lcm-dreamshaper-v7 --seed 7
  hybridstudio generate "riso poster, two inks" -m ./my-model-folder --size 512x768 -o poster.png
  hybridstudio generate "a woodcut harbour" -m lcm-dreamshaper-v7 --init scan.png --strength 0.5
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("generate", help="make images from a text prompt with a local diffusion model",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("prompt", help="what the picture shows")
    p.add_argument("-m", "--model", required=True,
                   help="a catalogue id (e.g. lcm-dreamshaper-v7) or a local model folder")
    p.add_argument("--negative", default=None, metavar="TEXT", help="what to steer away from")
    p.add_argument("--seed", type=int, default=None, help="starting noise (default: a new one)")
    p.add_argument("--steps", type=int, default=None, help="denoising steps (default: the model's)")
    p.add_argument("--guidance", type=float, default=None, help="guidance scale (default: the model's)")
    p.add_argument("--scheduler", choices=tuple(SCHEDULERS), default=None,
                   help="default: the scheduler the model came with")
    p.add_argument("--size", default=None, metavar="WxH", help="image size in pixels (multiples of 8)")
    p.add_argument("--batch", type=int, default=1, help="number of images (seeds N, N+1, …)")
    p.add_argument("--init", default=None, metavar="IMAGE", help="start image (image-to-image)")
    p.add_argument("--strength", type=float, default=0.6,
                   help="with --init: how much of the image is replaced, 0..1 (default 0.6)")
    p.add_argument("--latents", default=None, metavar="FILE.npy",
                   help="explicit starting noise, float32 [batch, 4, H/8, W/8] (text-to-image)")
    p.add_argument("--device", choices=("auto", "cpu", "cuda", "directml", "coreml"), default=None)
    p.add_argument("--low-memory", action="store_true",
                   help="load the text encoder, unet and VAE one at a time (8 GB machines)")
    p.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="output image (PNG, TIFF, JPEG, WebP); default generated-SEED.png")
    from ..server.remote import add_server_args

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


def load_latents(path: str) -> np.ndarray:
    p = Path(path)
    if not p.is_file():
        raise InputError(p, "no such file")
    try:
        arr = np.load(p, allow_pickle=False)
    except (ValueError, OSError) as exc:
        raise InputError(p, f"not a NumPy .npy array ({exc})") from exc
    if arr.dtype.kind != "f":
        raise InputError(p, f"starting latents must be floating point, got {arr.dtype}")
    return arr.astype(np.float32)


def _generate_on_server(args: argparse.Namespace) -> int | None:
    """`generate --server`: the same request as a one-step recipe on the school server."""
    from ..server.remote import remote_generate

    width, height = parse_size(args.size)
    params = {"prompt": args.prompt, "model": args.model, "negative": args.negative or "",
              "steps": args.steps, "guidance": args.guidance, "scheduler": args.scheduler or "model",
              "width": width, "height": height,
              "strength": args.strength if args.init else None}
    try:
        return remote_generate(args, {k: v for k, v in params.items() if v is not None})
    except Cancelled:
        print("hybridstudio: cancelled — stopped on the server, nothing was written", file=sys.stderr)
        return 130


def check_estimate(model: str, settings: Settings, request) -> None:
    """Print how long the generation will roughly take and its peak memory, before anything is
    loaded; refuse (MemoryBudgetError) when that peak exceeds the memory available."""
    from ..core.memory import MemoryBudgetError
    from .estimate import for_request

    init = request.init_image
    est = for_request(model, settings, width=request.width, height=request.height,
                      steps=request.steps, guidance=request.guidance, batch=request.batch,
                      init_size=(init.shape[1], init.shape[0]) if init is not None else None,
                      strength=request.strength)
    if est is None:
        return
    if not est.fits:
        raise MemoryBudgetError(est.text().replace("\n", " "), est.peak_bytes, est.available_bytes)
    print(est.text(), flush=True)


def cmd_generate(args: argparse.Namespace) -> int:
    from ..io.images import load_image, save_image
    from .job import run_job
    from .pipeline import GenerationRequest

    if args.server:
        code = _generate_on_server(args)
        if code is not None:
            return code
    settings = Settings.load()
    if args.device:
        settings.device = args.device
    if args.low_memory:
        settings.memory_mode = "low"
    width, height = parse_size(args.size)
    init = load_image(args.init, settings.max_pixels) if args.init else None
    latents = load_latents(args.latents) if args.latents else None
    request = GenerationRequest(args.prompt, negative_prompt=args.negative, seed=args.seed,
                                steps=args.steps, guidance=args.guidance, scheduler=args.scheduler,
                                width=width, height=height, batch=args.batch,
                                init_image=init.pixels if init is not None else None,
                                strength=args.strength, latents=latents)
    check_estimate(args.model, settings, request)
    from ..progress import TerminalProgress, ctrl_c_cancels

    bar = TerminalProgress()
    token = CancelToken()
    kind = "img2img" if init is not None else "generate"
    params = {k: v for k, v in {"prompt": args.prompt, "model": args.model, "negative": args.negative,
                                "seed": args.seed, "steps": args.steps, "guidance": args.guidance,
                                "scheduler": args.scheduler, "size": args.size, "batch": args.batch,
                                "strength": args.strength if init is not None else None,
                                "latents": args.latents}.items() if v is not None}
    srec = StepRecord(kind, "Generate from a prompt" if init is None else
                      "Rework an image from a prompt", True, params)
    meter = CostMeter(settings.power)
    ctx = StepContext(settings, token, srec, meter, bar)
    srec.started = now_iso()
    try:
        with ctrl_c_cancels(token), meter.measure(f"step {kind}", "cpu"):
            images, result = run_job(args.model, request, ctx)
    except Cancelled:
        bar.close()
        print("hybridstudio: cancelled — no output was left behind", file=sys.stderr)
        return 130
    srec.finished = now_iso()
    inputs = []
    if args.init:
        from ..core.provenance import file_input

        inputs.append(file_input(args.init))
    written = []
    out = Path(args.output) if args.output else Path(f"generated-{result.seeds[0]}.png")
    protect = (Path(args.init),) if args.init else ()
    for img, seed in zip(images, result.seeds, strict=True):
        target = out if len(images) == 1 else out.with_name(f"{out.stem}-{seed}{out.suffix}")
        target = unique_path(target, protect)
        srec.cost = meter.totals()
        record = ProcessRecord(recipe={"name": f"hybridstudio {kind} (command line)"}, inputs=inputs,
                               steps=[srec], cost=meter.totals(),
                               ai_roles=[AI_MODIFIES if init is not None else AI_GENERATES])
        if len(images) > 1:
            record.recipe["image_seed"] = seed
        written.append(save_image(img, target, record=record))
    for line in ctx.device_report:
        print(f"device: {line}")
    from ..runtime.providers import plain_lines

    for line in plain_lines(srec.devices):
        print(f"device: {line}")
    for w in srec.warnings:
        print(f"notice: {w}")
    for p in written:
        print(f"wrote {p}")
    s = result.settings
    print(f"seed {s['seed']}, {s['steps_run']} steps, {s['scheduler']['name']}, guidance "
          f"{s['guidance']:g}, {s['width']}x{s['height']}")
    print(f"cost: {describe(meter.totals())}")
    licence = (srec.ai or {}).get("model", {}).get("licence", {})
    if licence.get("commercial_use") is False:
        print(f"licence: {licence.get('name')} — not for commercial use")
    elif licence.get("commercial_use") is None:
        print(f"licence: {licence.get('name', 'unknown')} — check before sharing results")
    return 0

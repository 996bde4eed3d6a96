"""`--server URL` for `generate`, `upscale` and `run`: the same commands, computed on the school
server. Outputs land where the local command would put them, with the server's process record
(which names the server, the machine and the device that ran the job, and the energy it measured)."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from ..core.atomic import atomic_write_bytes, unique_path
from ..core.cancel import CancelToken
from ..core.cost import describe
from ..core.errors import Cancelled, HybridStudioError, InputError
from ..core.provenance import SIDECAR_SUFFIX
from ..core.recipe import Recipe, RecipeStep
from ..progress import TerminalProgress, ctrl_c_cancels
from .client import RemoteResult, ServerClient, ServerUnreachable, insecure_warning, place_files


def add_server_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("school server")
    g.add_argument(
        "--server",
        default=None,
        metavar="URL",
        help="compute on a school server (hybridstudio serve) instead of this computer",
    )
    g.add_argument(
        "--token",
        default=None,
        help="access token (default: $HYBRIDSTUDIO_SERVER_TOKEN, else the settings file)",
    )
    g.add_argument(
        "--local-fallback",
        action="store_true",
        help="if the server cannot be reached, compute on this computer instead",
    )


def run_remote(args: argparse.Namespace, recipe: Recipe, inputs: list[Path]) -> list[RemoteResult] | None:
    """Run on the server with a progress bar and Ctrl-C; None means: fall back to this computer."""
    client = ServerClient(args.server, args.token)
    warn = insecure_warning(client.url)
    if warn:
        print(f"warning: {warn}", file=sys.stderr)
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels(CancelToken()) as token:
            return client.run(recipe, inputs, cancel=token, on_progress=bar)
    except ServerUnreachable as exc:
        bar.close()
        if getattr(args, "local_fallback", False):
            print(f"hybridstudio: {exc} — computing on this computer instead", file=sys.stderr)
            return None
        raise HybridStudioError(f"{exc} (add --local-fallback to compute here instead)") from None
    except Cancelled:
        bar.close()
        raise


def report(res: RemoteResult, written: list[Path], indent: str = "") -> None:
    where = res.record.get("compute") or {}
    print(
        f"{indent}computed on: school server {where.get('server')} (machine {where.get('node')}, "
        f"device {where.get('device')}{', GPU ' + ', '.join(where['gpus']) if where.get('gpus') else ''})"
    )
    for line in res.device_report:
        print(f"{indent}device: {line}")
    for w in res.warnings:
        print(f"{indent}warning: {w}")
    for p in written:
        print(f"{indent}wrote {p}")
    print(f"{indent}cost (measured on the server): {describe(res.cost)}")
    print(f"{indent}{res.record.get('disclosure', '')}")


def _write_to(res: RemoteResult, target: Path, protect: tuple[Path, ...]) -> list[Path]:
    """The main file to ``target`` (a free name), its sidecar record beside it."""
    name, data = res.main_file
    target = unique_path(target.with_suffix(Path(name).suffix), protect)
    written = [atomic_write_bytes(target, data)]
    for n, d in res.files:
        if n.endswith(SIDECAR_SUFFIX):
            written.append(atomic_write_bytes(target.with_name(target.name + SIDECAR_SUFFIX), d))
    return written


def remote_run(args: argparse.Namespace, recipe: Recipe, inputs: list[Path]) -> int | None:
    results = run_remote(args, recipe, inputs)
    if results is None:
        return None
    out = Path(args.output)
    sources: list[Path | None] = [*inputs] if inputs else [None] * len(results)  # None: generated
    for res, src in zip(results, sources, strict=True):
        print(f"{src or '(generated)'}:")
        report(res, place_files(res.files, out, tuple(inputs)), "  ")
    return 0


def remote_generate(args: argparse.Namespace, params: dict[str, Any]) -> int | None:
    if args.latents:
        raise InputError(
            args.latents,
            "explicit starting noise stays on this computer; drop --latents to use the school server",
        )
    kind = "img2img" if args.init else "generate"
    seed = args.seed if args.seed is not None else random.randrange(2**31 - 1)
    out = Path(args.output) if args.output else None
    protect = (Path(args.init),) if args.init else ()
    for i in range(args.batch):
        step = RecipeStep(kind, {**params, "seed": seed + i})
        recipe = Recipe(name=f"hybridstudio {kind} (command line)", steps=[step])
        recipe.check_chain()
        results = run_remote(args, recipe, [Path(args.init)] if args.init else [])
        if results is None:
            return None
        res = results[0]
        target = out or Path(f"generated-{seed + i}.png")
        if args.batch > 1:
            target = target.with_name(f"{target.stem}-{seed + i}{target.suffix}")
        report(res, _write_to(res, target, protect))
    return 0


def remote_upscale(args: argparse.Namespace, inputs: list[Path]) -> int | None:
    # lazy: upscale.engine loads the model catalogue; not for --help
    from ..upscale.engine import upscaled_path

    step = RecipeStep(
        "upscale", {"model": args.model, "tile": args.tile, "context": args.context, "alpha": args.alpha}
    )
    recipe = Recipe(name="upscale (command line)", steps=[step])
    recipe.check_chain()
    for src in inputs:
        results = run_remote(args, recipe, [src])
        if results is None:
            return None
        res = results[0]
        scale = int(((res.record.get("steps") or [{}])[0].get("ai") or {}).get("scale") or 1)
        target = upscaled_path(src, args.output, scale, len(inputs) > 1)
        print(f"{src}:")
        report(res, _write_to(res, target, tuple(inputs)), "  ")
    return 0

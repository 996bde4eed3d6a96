"""`hybridstudio look` (analog looks on an image: the steps given, run as a recipe through the
executor) and `hybridstudio grainmeter` (check the grain of every film stock against its RMS
granularity; not a step, its own code)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import Cancelled, HybridStudioError, InputError, ParamError
from ..core.params import validate_params
from ..core.recipe import Recipe, RecipeStep
from ..core.step import get_step
from ..io.images import WRITE_FORMATS
from .step_command import cancelled_exit, print_results, run_recipe_command


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "look",
        help="apply analog looks (grain, halation, LUT, cyanotype…) to an image",
        description="Apply one or more analog steps in order, e.g.\n  hybridstudio look photo.jpg "
        "-o out.png --step grain stock=tri-x-400 --step halation size_um=200",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("image", help="input image")
    p.add_argument("-o", "--output", required=True, help="output image (.png, .tif, .jpg, .webp)")
    p.add_argument(
        "--step",
        nargs="+",
        action="append",
        required=True,
        metavar=("KIND", "NAME=VALUE"),
        help="a step kind (see `hybridstudio steps`) and its parameters; repeatable",
    )
    p.set_defaults(func=cmd_look)

    p = sub.add_parser("grainmeter", help="measure each film stock's grain through a 48 µm aperture")
    p.add_argument("--stock", action="append", help="only these stocks")
    p.add_argument(
        "--pitch-um",
        type=float,
        default=4.0,
        help="pixel size on the film of the test patches (default 4 µm)",
    )
    p.set_defaults(func=cmd_grainmeter)


def parse_value(text: str) -> Any:
    """A parameter value from the command line: true/false, numbers, comma lists, else text."""
    low = text.lower()
    if low in ("true", "false"):
        return low == "true"
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    if "," in text:
        return [parse_value(t.strip()) for t in text.split(",") if t.strip()]
    return text


def build_recipe(step_args: list[list[str]]) -> Recipe:
    """A recipe from ``--step KIND NAME=VALUE …`` groups (validated like a recipe file)."""
    steps = []
    for group in step_args:
        kind, *pairs = group
        try:
            cls = get_step(kind)
        except KeyError as exc:
            raise ParamError("--step", str(exc.args[0])) from None
        given = {}
        for pair in pairs:
            if "=" not in pair:
                raise ParamError(kind, f"expected NAME=VALUE, got {pair!r}")
            name, value = pair.split("=", 1)
            param = next((p for p in cls.params if p.name == name), None)
            given[name] = (
                [value]
                if param is not None and param.kind == "strs" and "," not in value
                else (
                    value
                    if param is not None and param.kind in ("str", "path", "choice", "text", "color")
                    else parse_value(value)
                )
            )
        steps.append(RecipeStep(kind, validate_params(cls.params, given)))
    return Recipe(name="look", steps=steps, description="analog looks from the command line")


def cmd_look(args: argparse.Namespace) -> int:
    src = Path(args.image)
    if not src.is_file():
        raise InputError(src, "no such image")
    out = Path(args.output)
    if out.suffix.lower() not in WRITE_FORMATS:
        raise InputError(
            out,
            f"cannot write {out.suffix or 'files without an extension'}; use "
            + ", ".join(sorted(WRITE_FORMATS)),
        )
    recipe = build_recipe(args.step)
    try:
        results = run_recipe_command(recipe, [src], out, out_suffix=out.suffix)
    except Cancelled:
        return cancelled_exit()
    print_results(results)
    return 0


def cmd_grainmeter(args: argparse.Namespace) -> int:
    # lazy: the grain renderer and stocks load only when this command runs, not for --help
    from ..analog.grain_fast import render_fast
    from ..analog.grainmeter import rms_granularity
    from ..analog.stocks import STOCKS, get_stock

    ids = args.stock or list(STOCKS)
    print(f"{'stock':16} {'format':9} {'RMS':>6} {'measured':>9} {'radius µm':>10} {'cloud µm':>9}  source")
    worst = 0.0
    for sid in ids:
        try:
            s = get_stock(sid)
        except ValueError as exc:
            raise HybridStudioError(str(exc)) from None
        r = s.layer_radius_um(1)
        patch = render_fast(
            np.full((640, 640), 0.9, np.float32), args.pitch_um, r, s.spread, s.cloud_um, seed=1
        )
        m = rms_granularity(patch, args.pitch_um)
        worst = max(worst, abs(m / s.rms - 1))
        print(f"{s.id:16} {s.format:9} {s.rms:6.2f} {m:9.2f} {r:10.3f} {s.cloud_um:9.1f}  {s.rms_source}")
    print(f"largest deviation: {worst * 100:.1f} % (gate ±10 %)")
    return 0 if worst <= 0.10 else 1

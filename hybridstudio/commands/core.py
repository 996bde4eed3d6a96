"""Core CLI commands: `run`, `steps`, `info`."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from ..core.cancel import CancelToken
from ..core.cost import describe
from ..core.errors import Cancelled, InputError
from ..core.executor import Executor, check_source_path
from ..core.i18n import current_language, translate
from ..core.recipe import Recipe
from ..core.settings import Settings
from ..core.step import all_steps, get_step
from ..core.text import sanitise
from ..credentials import read_credentials
from ..credentials.verify import describe as describe_credentials
from ..io.images import is_image_file, read_record
from ..paths import recipes_dir
from ..progress import TerminalProgress, ctrl_c_cancels
from ..server.remote import add_server_args, remote_run
from .step_command import cancelled_exit, print_results

#: The shipped recipes (beside the package from source, inside the bundle when frozen).
RECIPES_DIR = recipes_dir()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="run a recipe on images (files or folders)")
    p.add_argument("recipe", help="a recipe file, or the name of a shipped recipe")
    p.add_argument(
        "-i",
        "--input",
        nargs="+",
        default=[],
        metavar="INPUT",
        help="image files or folders (none for recipes that generate)",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    p.add_argument(
        "--device",
        choices=("auto", "cpu", "cuda", "directml", "coreml"),
        help="force the device AI steps run on",
    )
    add_server_args(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("steps", help="list the step kinds recipes can use")
    p.add_argument("kind", nargs="?", help="show one step kind in full")
    p.add_argument("--lang", choices=("en", "fr"), help="language of the descriptions")
    p.set_defaults(func=cmd_steps)

    p = sub.add_parser("recipes", help="list the recipes shipped with HybridStudio")
    p.set_defaults(func=cmd_recipes)

    p = sub.add_parser("device", help="check which device AI steps really run on (runs a tiny model)")
    p.add_argument(
        "--device",
        choices=("auto", "cpu", "cuda", "directml", "coreml"),
        help="check this device instead of the one in the settings",
    )
    p.set_defaults(func=cmd_device)

    p = sub.add_parser("info", help="print the process record of an output file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="the whole record as JSON")
    p.set_defaults(func=cmd_info)


def resolve_recipe(name: str) -> Path:
    """A recipe path, or a shipped recipe by name (with or without .toml)."""
    path = Path(name)
    if path.is_file():
        return path
    for cand in (RECIPES_DIR / name, RECIPES_DIR / f"{name}.toml"):
        if cand.is_file():
            return cand
    return path  # Recipe.load names the missing file


def expand_inputs(items: list[str], consumes: str) -> list[Path]:
    """Files stay; folders expand to their images (sorted), or stay whole for separations."""
    out: list[Path] = []
    for item in items:
        p = Path(item)
        if not p.exists():
            raise InputError(p, "no such file or folder")
        if p.is_dir() and consumes == "image":
            found = sorted(f for f in p.iterdir() if f.is_file() and is_image_file(f))
            if not found:
                raise InputError(p, "the folder holds no images (PNG, JPEG, TIFF, WebP)")
            out.extend(found)
        else:
            out.append(p)
    return out


def cmd_run(args: argparse.Namespace) -> int:
    recipe = Recipe.load(resolve_recipe(args.recipe))
    settings = Settings.load()
    if args.device:
        settings.device = args.device
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(out_dir, "is a file: -o names the folder the outputs go into")
    inputs = expand_inputs(args.input, recipe.consumes)
    for src in inputs:  # a films recipe on a photo: say what is missing before anything runs
        check_source_path(recipe, src)
    if args.server:
        try:
            code = remote_run(args, recipe, inputs)
        except Cancelled:
            print("hybridstudio: cancelled — stopped on the server, nothing was written", file=sys.stderr)
            return 130
        if code is not None:
            return code
    if any(rs.enabled and rs.step_class.uses_ai for rs in recipe.steps):
        from ..runtime.probe import probe_lines  # lazy: keeps runtime.probe out of `hybridstudio --help`

        for line in probe_lines(settings):
            print(f"device: {line}")
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels(CancelToken()) as token:
            results = Executor(settings).run(recipe, inputs or None, out_dir, cancel=token, on_progress=bar)
    except Cancelled:
        bar.close()
        return cancelled_exit()
    print_results(results)
    return 0


def cmd_steps(args: argparse.Namespace) -> int:
    lang = args.lang

    def t(text: str) -> str:
        return translate("steps", text, lang)

    if args.kind:
        cls = get_step(args.kind)
        print(
            f"{cls.id} — {t(cls.title)}  [{cls.category}; {cls.consumes} → {cls.produces}; "
            f"{'AI' if cls.ai else 'craft'}]"
        )
        print(textwrap.fill(t(cls.description), 90))
        if cls.how_it_works:
            print(
                "\nHow it works:\n"
                + textwrap.fill(t(cls.how_it_works), 90, initial_indent="  ", subsequent_indent="  ")
            )
        if cls.craft:
            print(
                "\nThe craft without AI:\n"
                + textwrap.fill(t(cls.craft), 90, initial_indent="  ", subsequent_indent="  ")
            )
        print("\nParameters:")
        for p in cls.params:
            print(f"  {p.describe()}")
            if p.help:
                print(textwrap.fill(t(p.help), 88, initial_indent="      ", subsequent_indent="      "))
        return 0
    for cls in all_steps().values():
        tag = "AI   " if cls.ai else "craft"
        print(f"{cls.id:<22} {tag} {cls.consumes:>11} → {cls.produces:<11} {t(cls.title)}")
    return 0


def cmd_recipes(args: argparse.Namespace) -> int:
    for path in sorted(RECIPES_DIR.glob("*.toml")):
        recipe = Recipe.load(path)

        name, description = recipe.localized(current_language())
        first = description.splitlines()[0] if description else ""
        print(f"{path.stem:<28} {name}: {first}")
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    from ..runtime.probe import probe_device, probe_lines  # lazy: keeps runtime.probe out of --help

    settings = Settings.load()
    if args.device:
        settings.device = args.device
    for line in probe_lines(settings):
        print(line)
    return 0 if probe_device(settings).report is not None else 1


def device_line(dev: dict) -> str:
    """'device cpu (CPUExecutionProvider) for upscaler, asked for CUDA…: why' from a record entry."""
    what = f" for {dev['purpose']}" if dev.get("purpose") else ""
    line = f"device {dev.get('device')} ({dev.get('provider')}){what}"
    if dev.get("fell_back"):
        asked = (dev.get("requested") or ["?"])[0]
        line += f", fell back from {asked}"
        if dev.get("reason"):
            line += f": {dev['reason']}"
    return line


def _d(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _l(value: object) -> list:
    return value if isinstance(value, list) else []


def _short(value: object, n: int = 16) -> str:
    return sanitise(value)[:n]


def cmd_info(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise InputError(path, "no such file")

    cred = read_credentials(path)
    rec = read_record(path) or cred.record
    if args.json:
        print(
            sanitise(json.dumps({**(rec or {}), "credentials": cred.as_dict()}, indent=2, ensure_ascii=False))
        )
        return 0 if rec is not None else 1
    if rec is None:
        print(f"{sanitise(path)}: no HybridStudio process record (no sidecar JSON, no embedded XMP)")
        print(f"  credentials {sanitise(describe_credentials(cred))}")
        return 1

    def out(text: str) -> None:
        print(sanitise(text))

    out(f"{path}")
    out(f"  credentials {describe_credentials(cred)}")
    if cred.signer:
        out(f"  signed by  {cred.signer} ({cred.issuer})")
    for problem in cred.problems:
        out(f"  problem    {problem}")
    out(f"  made with  {rec.get('software')} on {rec.get('created')}")
    out(f"  AI used    {'yes' if rec.get('ai_used') else 'no'} — {rec.get('disclosure')}")
    if isinstance(rec.get("digital_source_type"), str):
        out(f"  IPTC type  {rec['digital_source_type'].rsplit('/', 1)[-1]}")
    recipe = _d(rec.get("recipe"))
    out(f"  recipe     {recipe.get('name')}" + (f" ({recipe['file']})" if recipe.get("file") else ""))
    for inp in _l(rec.get("inputs")):
        inp = _d(inp)
        out(f"  input      {inp.get('path')}  sha256 {_short(inp.get('sha256'))}…")
    for i, s in enumerate(_l(rec.get("steps")), start=1):
        s = _d(s)
        out(f"  {i}. [{s.get('kind')}] {s.get('step')}: {s.get('title')}")
        params = ", ".join(f"{k}={v}" for k, v in _d(s.get("params")).items())
        if params:
            out(textwrap.fill(sanitise(params), 100, initial_indent="       ", subsequent_indent="       "))
        ai = _d(s.get("ai"))
        model = _d(ai.get("model"))
        if model:
            lic = _d(model.get("licence"))
            out(
                f"       model {model.get('id')} rev {model.get('revision')} "
                f"sha256 {_short(model.get('sha256'))}… licence {lic.get('name')}"
            )
        for key in ("prompt", "negative_prompt", "seed", "scheduler"):
            if key in ai:
                out(f"       {key}: {ai[key]}")
        for dev in _l(s.get("devices")):
            if isinstance(dev, dict):
                out("       " + device_line(dev))
    if isinstance(rec.get("cost"), dict):
        try:
            out(f"  cost       {describe(rec['cost'])}")
        except (TypeError, ValueError, KeyError, AttributeError):
            out("  cost       (unreadable)")
    return 0

"""``hybridstudio --self-test``: checks an installed HybridStudio works, without opening a window.

Run by CI on the frozen Linux bundle and by a teacher or a student after installing (the Windows
start menu has a "HybridStudio self-test" entry). It checks, in order:

1. the shipped files are where the program looks for them (recipes, model catalogue, tiny model),
   every command module imports, the step kinds register and every shipped recipe and model
   manifest is valid; the engines see their ink libraries, process presets and translations;
2. a shipped recipe runs on a generated image into a temporary folder: the image is written at the
   recipe's print size and DPI, with its process record (sidecar JSON and embedded XMP) and valid
   content credentials (C2PA), and its process card is made;
3. onnxruntime imports, and lists the execution providers this build has;
4. an ONNX session runs a tiny shipped model (2× nearest upscaler) on the best provider, and its
   result is checked against numpy; the provider that really ran is reported;
5. with ``--gui``, the desktop app opens its window and closes it, in a child process (so that a
   missing Qt plugin is reported as a failure, not a crash of the self-test).

It prints one line per check and a PASS/FAIL summary; the exit code is 0 only when all passed.
No Qt is imported (``--gui`` starts Qt in a child process).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import numpy as np
from PIL import Image

from . import __version__
from .card.cli import make_card
from .core.cost import describe
from .core.executor import Executor
from .core.i18n import translate
from .core.provenance import ProcessRecord, record_from_xmp
from .core.recipe import Recipe
from .core.settings import Settings
from .core.step import all_steps
from .credentials import read_credentials
from .io.images import read_xmp
from .models.catalogue import all_manifests, load_manifest
from .parser import COMMAND_MODULES, build_parser
from .paths import install_root, is_frozen, models_dir, recipes_dir, resources_dir
from .runtime.providers import DEVICES
from .runtime.sessions import open_session, release

#: The shipped recipe the self-test runs (craft steps only: fast, no model download).
RECIPE = "print-ready-greyscale.toml"
#: The tiny ONNX model the self-test runs (made by models/tiny/make_tiny_models.py).
TINY_MODEL = Path("tiny") / "nearest-x2.onnx"
#: Command-line flag that opens the main window and closes it (the app's own smoke test).
WINDOW_FLAG = "--self-test-window"
#: GPU providers may compute float32 convolutions in TF32 or FP16: allow their rounding.
TOLERANCE = 2e-3


@dataclass
class Check:
    """The outcome of one check: a name, whether it passed, and what was found."""

    name: str
    ok: bool
    details: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _run(name: str, fn: Callable[[list[str]], None]) -> Check:
    """Run ``fn(details)``; any exception fails the check with its message."""
    check = Check(name, True)
    t0 = time.perf_counter()
    try:
        fn(check.details)
    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
        check.ok = False
        check.details.append(f"{type(exc).__name__}: {exc}")
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        for frame in last:
            check.details.append(f"at {Path(frame.filename).name}:{frame.lineno}")
    check.seconds = time.perf_counter() - t0
    return check


def check_shipped_files(details: list[str]) -> None:
    """The recipes, model catalogue and tiny model are where the program looks for them."""
    missing = [p for p in (recipes_dir() / RECIPE, models_dir() / TINY_MODEL) if not p.is_file()]
    if missing:
        raise FileNotFoundError("missing shipped file(s): " + ", ".join(str(p) for p in missing))
    recipes = sorted(recipes_dir().glob("*.toml"))
    manifests = sorted(models_dir().glob("*.toml"))
    translations = sorted((resources_dir() / "translations").glob("hybridstudio_*.*"))
    details.append(
        f"{len(recipes)} recipes, {len(manifests)} model manifests, "
        f"{len(translations)} translation files under {install_root()}"
    )


def check_modules(details: list[str]) -> None:
    """Every CLI command module imports, the step kinds register, every shipped recipe and model
    manifest loads, and the model catalogue reads the shipped folder.

    A frozen build that misses a module (steps and commands are imported by name, which
    PyInstaller's analysis cannot see) fails here rather than in a student's hands.
    """
    build_parser()
    steps = all_steps()
    if not steps:
        raise RuntimeError("no step kinds are registered (the hybridstudio.steps modules are missing)")
    recipes = sorted(recipes_dir().glob("*.toml"))
    for path in recipes:
        Recipe.load(path)  # validates every step kind and parameter

    shipped = [load_manifest(p) for p in sorted(models_dir().glob("*.toml"))]  # each one valid
    known = all_manifests()
    unseen = [m.id for m in shipped if m.id not in known]
    if unseen:
        raise RuntimeError(
            f"the model catalogue does not see the shipped manifests {unseen} from {models_dir()}"
        )
    details.append(
        f"{len(COMMAND_MODULES)} command modules, {len(steps)} step kinds, "
        f"{len(recipes)} shipped recipes and {len(shipped)} model manifests valid"
    )


def check_window(details: list[str]) -> None:
    """Start the desktop app in a child process, open the main window, close it (Qt plugins,
    icons, translations). Headless machines get Qt's offscreen platform."""
    cmd = [sys.executable] if is_frozen() else [sys.executable, "-m", "hybridstudio"]
    env = dict(os.environ)
    headless = sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if headless:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="hybridstudio-selftest-user-") as user:
        # the window's settings and autosaves go to a throw-away folder, not the user's
        env["HYBRIDSTUDIO_CONFIG_DIR"] = str(Path(user) / "config")
        env["HYBRIDSTUDIO_DATA_DIR"] = str(Path(user) / "data")
        res = subprocess.run([*cmd, WINDOW_FLAG], env=env, capture_output=True, text=True, timeout=120)
    noise = [ln for ln in res.stderr.splitlines() if ln.strip()]
    if res.returncode != 0:
        raise RuntimeError(f"the app exited with code {res.returncode}: " + " | ".join(noise[-6:]))
    details.append(f"main window opened and closed on Qt platform {env.get('QT_QPA_PLATFORM') or 'default'}")
    details.extend(f"qt: {ln}" for ln in noise if "qt." in ln or "Could not" in ln)


def check_libraries(details: list[str]) -> None:
    """The engines find their shipped data: ink libraries and substrates (separation), process
    presets (digital negatives) and the French translation of the step texts (CLI and app)."""
    # lazy: negative.processes loads colour, scipy; only when check_libraries() runs
    from .negative.processes import load_presets

    # lazy: separation.inks loads colour; only when check_libraries() runs
    from .separation.inks import available_libraries, load_library, load_substrates

    folder = resources_dir() / "inks"
    shipped = sorted(p.stem for p in folder.glob("*.toml") if p.stem != "substrates")
    libs = available_libraries()
    unseen = [n for n in shipped if n not in libs]
    if unseen:
        raise RuntimeError(f"the separation engine does not see the ink libraries {unseen} in {folder}")
    inks = sum(len(load_library(libs[n]).inks) for n in shipped)
    substrates = len(load_substrates().inks)
    presets = load_presets()
    titles = [cls.title for cls in all_steps().values()]
    french = sum(translate("steps", t, "fr") != t for t in titles)
    if titles and not french:
        raise RuntimeError(f"no step title has a French translation in {resources_dir() / 'translations'}")
    details.append(
        f"{len(shipped)} ink libraries ({inks} inks), {substrates} substrates, "
        f"{len(presets)} negative process presets, {french}/{len(titles)} step titles in French"
    )


def chart_image(width: int = 96, height: int = 64) -> np.ndarray:
    """A small colour chart: a hue sweep left to right, darkening top to bottom (uint8 RGB)."""
    x = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    y = np.linspace(1.0, 0.2, height, dtype=np.float32)[:, None]
    hue = x * 6.0
    rgb = np.stack(
        [
            np.clip(np.abs(hue - 3.0) - 1.0, 0, 1),
            np.clip(2.0 - np.abs(hue - 2.0), 0, 1),
            np.clip(2.0 - np.abs(hue - 4.0), 0, 1),
        ],
        axis=-1,
    )
    return np.round(rgb * y[..., None] * 255.0).astype(np.uint8)


def check_recipe(work: Path, device: str, details: list[str]) -> None:
    """Run the shipped recipe on a generated PNG; check the image and its process record."""
    recipe_path = recipes_dir() / RECIPE
    recipe = Recipe.load(recipe_path)
    src = work / "chart.png"
    Image.fromarray(chart_image()).save(src, dpi=(72, 72))
    out_dir = work / "out"
    results = Executor(Settings(device=device)).run(recipe, [src], out_dir)
    if len(results) != 1:
        raise RuntimeError(f"expected one result for one input, got {len(results)}")
    images = [p for p in results[0].outputs if p.suffix.lower() in (".png", ".tif", ".tiff", ".jpg")]
    if not images:
        raise RuntimeError(f"the recipe wrote no image into {out_dir}")
    out = images[0]

    with Image.open(out) as im:
        size, mode, dpi = im.size, im.mode, im.info.get("dpi")
        arr = np.asarray(im.convert("RGB"), dtype=np.int16)
    sizing = [s for s in recipe.steps if s.kind == "print_size"]
    if sizing:
        want_dpi = float(sizing[0].params["dpi"])
        want_w = round(float(sizing[0].params["width_mm"]) / 25.4 * want_dpi)
        if abs(size[0] - want_w) > 1:
            raise RuntimeError(f"{out.name} is {size[0]} px wide, the recipe asks {want_w} px")
        if not dpi or abs(float(dpi[0]) - want_dpi) > 0.5:
            raise RuntimeError(f"{out.name} is tagged {dpi} dpi, the recipe asks {want_dpi:g}")
    if any(s.kind == "greyscale" for s in recipe.steps):
        spread = int(np.abs(arr - arr[..., :1]).max())
        if spread > 1:
            raise RuntimeError(f"{out.name} is not grey: channels differ by up to {spread} levels")
    tagged = float(dpi[0]) if dpi else 0.0
    details.append(
        f"{recipe.name!r} on a generated {chart_image().shape[1]}×{chart_image().shape[0]} "
        f"chart → {out.name} {size[0]}×{size[1]} px {mode} at {tagged:.0f} dpi"
    )

    sidecar = ProcessRecord.sidecar_path(out)
    if not sidecar.is_file():
        raise RuntimeError(f"no process record beside the output: {sidecar.name} is missing")
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    kinds = [s.get("step") for s in record.get("steps", [])]
    wanted = [s.kind for s in recipe.steps if s.enabled]
    if kinds != wanted:
        raise RuntimeError(f"the process record lists steps {kinds}, the recipe has {wanted}")
    if record.get("ai_used"):
        raise RuntimeError("the process record says AI was used by a craft-only recipe")
    embedded = read_xmp(out)
    if not embedded or not record_from_xmp(embedded):
        raise RuntimeError(f"{out.name} carries no embedded XMP process record")
    details.append(
        f"process record: {sidecar.name} ({len(kinds)} steps, AI used: no) and XMP in the "
        f"image; cost: {describe(results[0].cost)}"
    )

    cred = read_credentials(out)
    if cred.verdict != "valid":
        raise RuntimeError(f"{out.name}: content credentials {cred.verdict} {cred.problems}")
    card = make_card(out, work / "card.pdf", "en")
    details.append(
        f"content credentials: {cred.verdict}, signed by {cred.signer}; process card "
        f"{card.name} ({card.stat().st_size // 1024} KiB)"
    )


def wheel_of(ort) -> str:
    """Which onnxruntime wheel provides the imported module (they all install ``onnxruntime``)."""
    here = Path(ort.__file__).resolve()
    for name in ("onnxruntime-gpu", "onnxruntime-directml", "onnxruntime"):
        try:
            found = Path(distribution(name).locate_file("onnxruntime/__init__.py")).resolve()
        except (PackageNotFoundError, OSError):
            continue
        if found == here:
            return name
    return "onnxruntime"  # the packaged app carries no wheel metadata


def check_onnxruntime(state: dict, details: list[str]) -> None:
    """onnxruntime imports and lists its providers."""
    import onnxruntime as ort  # lazy: loads onnxruntime only when check_onnxruntime() runs

    available = list(ort.get_available_providers())
    state["ort"], state["available"] = ort, available
    dist = wheel_of(ort)
    details.append(f"{dist} {ort.__version__}; providers in this build: {', '.join(available)}")


def check_onnx_session(state: dict, device: str, details: list[str]) -> None:
    """Open the tiny upscaler the way AI steps open their models (:mod:`hybridstudio.runtime`:
    best provider first, CPU last, with the reason for any fallback) and check its result
    against numpy's nearest upscale."""
    if state.get("ort") is None:
        raise RuntimeError("skipped: onnxruntime did not import")

    model = models_dir() / TINY_MODEL
    chatter = io.StringIO()  # onnxruntime prints its CUDA library search to stdout
    with contextlib.redirect_stdout(chatter):
        session, report = open_session(model, Settings(device=device), purpose="self-test")
    try:
        rng = np.random.default_rng(7)
        x = rng.random((1, 3, 24, 32), dtype=np.float32)
        (y,) = session.run(None, {session.get_inputs()[0].name: x})
    finally:
        del session
        release(model)
    expected = x.repeat(2, axis=2).repeat(2, axis=3)
    if y.shape != expected.shape:
        raise RuntimeError(f"{model.name} gave shape {y.shape}, expected {expected.shape}")
    err = float(np.abs(y - expected).max())
    ran = report.actual[0] if report.actual else "?"
    if err > TOLERANCE:
        raise RuntimeError(f"{model.name} on {ran} differs from the nearest upscale by {err:.2e}")
    state["ran"] = ran
    details.append(
        f"asked for {' → '.join(report.requested)}; ran on {ran} ({model.name}, max error {err:.1e})"
    )
    details.append(report.message)
    details.extend(
        f"onnxruntime: {ln.strip()}"
        for ln in chatter.getvalue().splitlines()
        if ln.startswith("Failed to load")
    )
    if device != "auto" and report.device != device:
        raise RuntimeError(f"{device} was asked for but the model ran on {report.device}")


def run_self_test(argv: list[str] | None = None) -> int:
    """Run every check, print the report, return 0 when all passed, else 1."""
    parser = argparse.ArgumentParser(
        prog="hybridstudio --self-test", description="Check this HybridStudio installation works."
    )
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--device",
        choices=DEVICES,
        default="auto",
        help="the device the ONNX check must run on (default: the best available, "
        "the CPU as the last resort)",
    )
    parser.add_argument("--keep", metavar="DIR", help="write the test outputs into DIR and keep them")
    parser.add_argument(
        "--gui", action="store_true", help="also open the desktop app's window and close it (needs Qt)"
    )
    args = parser.parse_args(argv)

    where = "installed app" if is_frozen() else "source checkout"
    print(
        f"HybridStudio {__version__} self-test ({where}) — Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}"
    )
    t0 = time.perf_counter()
    state: dict = {}
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="hybridstudio-selftest-"))
    try:
        checks = [
            _run("shipped files", check_shipped_files),
            _run("commands, steps, recipes and models", check_modules),
            _run("ink libraries, presets and translations", check_libraries),
            _run("recipe and process record", lambda d: check_recipe(work, args.device, d)),
            _run("onnxruntime", lambda d: check_onnxruntime(state, d)),
            _run("ONNX session", lambda d: check_onnx_session(state, args.device, d)),
        ]
        if args.gui:
            checks.append(_run("desktop app window", check_window))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    for c in checks:
        print(f"[{'PASS' if c.ok else 'FAIL'}] {c.name} ({c.seconds:.2f} s)")
        for line in c.details:
            print(f"       {line}")
    failed = [c.name for c in checks if not c.ok]
    total = time.perf_counter() - t0
    if failed:
        print(f"FAIL: {len(failed)} of {len(checks)} checks failed ({', '.join(failed)}) in {total:.1f} s")
        return 1
    print(
        f"PASS: all {len(checks)} checks passed in {total:.1f} s; AI steps will run on "
        f"{state.get('ran', '?')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())

"""Benchmark: how long HybridStudio takes to stop after Ctrl-C (SIGINT) in the middle of a long
command, for several commands: an AI upscale (ONNX), a recipe run through the executor, film
rendering, a digital negative (while it is drawn, and while its 430 MB TIFF is being signed) and an
analog look.

    PYTHONPATH=. python bench/bench_cancel.py [--repeat 3] [--delay 1.0] [--only films,upscale]

Each command runs in its own process on a real photo (scikit-image's astronaut, enlarged); once its
progress shows the long work under way (for signing: once the C2PA library's staging file
appears), it gets ``--delay`` seconds more, then SIGINT. The figure is
the time from the signal to the process's exit, with its exit status (130 expected) and whether any
file other than the inputs was left in its folder (none expected). On a shared 2-core machine the
figures are pessimistic.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT.parent / "shared" / "models" / "esrgan-thick-x4.onnx"
UPSCALE_RECIPE = """hybridstudio_recipe = 1
name = "bench upscale"

[[steps]]
kind = "upscale"
model = "esrgan-thick-x4.onnx"
"""

#: The marker of a command stopped while it signs: the C2PA library's staging file appears.
SIGNING = ".*.c2pa"
#: name → (command arguments, a progress text that says the long work is under way, or SIGNING:
#: a glob for the staging file the C2PA library writes)
COMMANDS: dict[str, tuple[list[str], str]] = {
    "upscale": (["upscale", "photo.png", "-m", str(MODEL), "-o", "up.png"], "tile"),
    "run (upscale recipe)": (["run", "upscale.toml", "-i", "photo.png", "-o", "out"], "tile"),
    "films": (["films", "seps", "--dpi", "2400", "--page", "A3", "-o", "f.pdf"], "film 1/"),
    "negative make": (
        [
            "negative",
            "make",
            "photo.png",
            "--width-mm",
            "300",
            "--dpi",
            "2880",
            "-o",
            "neg.tif",
            "--pdf",
            "neg.pdf",
        ],
        "writing the negative",
    ),
    "negative signing": (
        ["negative", "make", "photo.png", "--width-mm", "300", "--dpi", "1440", "-o", "neg.tif"],
        SIGNING,
    ),
    "look": (
        ["look", "big.png", "-o", "look.png", "--step", "grain", "stock=tri-x-400", "--step", "halation"],
        "%",
    ),
}


def _prepare(folder: Path) -> None:
    """A 1024 px photo, a 4096 px one, its two-ink separations and the upscale recipe."""
    import cv2
    from skimage import data

    img = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    cv2.imwrite(str(folder / "photo.png"), cv2.resize(img, (1024, 1024), interpolation=cv2.INTER_CUBIC))
    cv2.imwrite(str(folder / "big.png"), cv2.resize(img, (4096, 4096), interpolation=cv2.INTER_CUBIC))
    (folder / "upscale.toml").write_text(UPSCALE_RECIPE)  # the model beside its recipe
    shutil.copyfile(MODEL, folder / MODEL.name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hybridstudio",
            "separate",
            "photo.png",
            "--method",
            "spot",
            "--inks",
            "2",
            "-o",
            "seps",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
    )


def interrupt_once(
    args: list[str], marker: str, folder: Path, delay: float, timeout: float = 300.0
) -> tuple[int | None, float | None, list[str]]:
    """(exit status, seconds from SIGINT to exit, files left behind) for one interrupted run."""
    before = {p for p in folder.rglob("*")}
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    p = subprocess.Popen(
        [sys.executable, "-m", "hybridstudio", *args],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = threading.Event()

    def drain() -> None:  # read the progress to the end, so the pipe never fills
        for line in p.stderr:
            if marker in line:
                seen.set()
        seen.set()

    def started() -> bool:  # the long work is under way
        return any(folder.glob(SIGNING)) if marker == SIGNING else seen.is_set()

    threading.Thread(target=drain, daemon=True).start()
    t_end = time.time() + timeout
    while time.time() < t_end and p.poll() is None and not started():
        time.sleep(0.01)
    time.sleep(delay)
    if p.poll() is not None:
        return p.returncode, None, []
    t0 = time.perf_counter()
    p.send_signal(signal.SIGINT)
    try:
        p.wait(timeout=120)
        took: float | None = time.perf_counter() - t0
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        took = None
    left = sorted(str(q.relative_to(folder)) for q in set(folder.rglob("*")) - before)
    return p.returncode, took, left


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--delay", type=float, default=1.0, help="seconds of work before SIGINT")
    ap.add_argument("--only", default="", help="comma-separated command names")
    a = ap.parse_args()
    chosen = [c.strip() for c in a.only.split(",") if c.strip()] or list(COMMANDS)
    with tempfile.TemporaryDirectory(prefix="bench-cancel-") as tmp:
        folder = Path(tmp)
        _prepare(folder)
        print(f"SIGINT → exit, {a.repeat} runs each, signal {a.delay:.1f} s after the work starts")
        print(f"{'command':<22} {'rc':>5} {'min s':>7} {'median s':>9} {'max s':>7}  left behind")
        for name in chosen:
            args, marker = COMMANDS[name]
            rcs, times, left = [], [], []
            for _ in range(a.repeat):
                rc, took, files = interrupt_once(args, marker, folder, a.delay)
                rcs.append(rc)
                left += files
                if took is not None:
                    times.append(took)
            if not times:
                print(f"{name:<22} {'/'.join(map(str, rcs)):>5}  finished before the signal")
                continue
            rc_text = "/".join(sorted({str(r) for r in rcs}))
            print(
                f"{name:<22} {rc_text:>5} {min(times):7.2f} {statistics.median(times):9.2f} "
                f"{max(times):7.2f}  {', '.join(left) if left else 'nothing'}"
            )


if __name__ == "__main__":
    main()

"""Upscaling benchmarks: throughput per model, tiled vs whole-image, peak memory of a 12 MP ×4 job.

    PYTHONPATH=. python bench/bench_upscale.py [--skip-12mp | --only-12mp] [--model-12mp esrgan-slim-x4]

Throughput is in input megapixels per second (and output MP/s) on a real photo, all in one
process; the 12 MP job runs the real `hybridstudio upscale` command in a subprocess, so its peak
RSS (from the operating system's accounting of the child) is the whole program's, file I/O included.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hybridstudio.upscale import TiledUpscaler, choose_tile, load_upscaler  # noqa: E402

SIZES = {"esrgan-slim-x2": 512, "esrgan-slim-x4": 512, "esrgan-medium-x4": 512, "esrgan-thick-x4": 384}


def real_photo(h: int, w: int) -> np.ndarray:
    """A mosaic of scikit-image's real photos, resized to h×w, uint8 RGB."""
    from skimage import data

    tiles = []
    for name in ("astronaut", "coffee", "chelsea", "rocket"):
        img = getattr(data, name)()
        tiles.append(cv2.resize(img[..., :3], (512, 384), interpolation=cv2.INTER_AREA))
    mosaic = np.vstack([np.hstack(tiles[:2]), np.hstack(tiles[2:])])
    return cv2.resize(mosaic, (w, h), interpolation=cv2.INTER_LANCZOS4 if w > 1024 else cv2.INTER_AREA)


def throughput() -> None:
    print("\n## Throughput (one process; input MP/s, output MP/s)")
    print(
        f"{'model':<18} {'image':>9} {'tile':>5} {'whole s':>8} {'tiled s':>8} {'whole MP/s':>11} "
        f"{'tiled MP/s':>11} {'out MP/s':>9} {'tiled/whole':>11} {'max diff':>9}"
    )
    for mid, side in SIZES.items():
        up = load_upscaler(mid)
        img = real_photo(side, side)
        tile = choose_tile(up.model)
        TiledUpscaler(up.model, 64).upscale(img[:64, :64])  # warm-up
        t = time.perf_counter()
        whole = TiledUpscaler(up.model, side + 64).upscale(img)
        tw = time.perf_counter() - t
        t = time.perf_counter()
        tiled = TiledUpscaler(up.model, tile).upscale(img)
        tt = time.perf_counter() - t
        mp = side * side / 1e6
        diff = int(np.abs(whole.astype(int) - tiled).max())
        print(
            f"{mid:<18} {side:>4}×{side:<4} {tile:>5} {tw:>8.2f} {tt:>8.2f} {mp / tw:>11.4f} "
            f"{mp / tt:>11.4f} {mp * up.scale**2 / tt:>9.3f} {tw / tt:>10.2f}× {diff:>6}/255"
        )


def peak_12mp(model: str) -> None:
    print(f"## 12 MP ×4 job in a subprocess (`hybridstudio upscale`, model {model})")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "photo-12mp.png"
        img = real_photo(3000, 4000)
        cv2.imwrite(str(src), img[..., ::-1])
        del img
        out = Path(tmp) / "out.png"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "hybridstudio.cli", "upscale", str(src), "-m", model, "-o", str(out)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        text = proc.stdout.read() if proc.stdout else ""
        peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        ok = os.waitstatus_to_exitcode(status) == 0 and out.is_file()
        size = out.stat().st_size / 1e6 if out.is_file() else 0
        print(text.strip())
        print(f"input 4000×3000 (12.0 MP) → 16000×12000 (192 MP); exit ok: {ok}; PNG {size:.0f} MB")
        print(
            f"wall {wall:.1f} s ({12.0 / wall:.3f} input MP/s incl. reading and writing); "
            f"peak RSS {peak_mb:.0f} MB (goal ≤ 2048 MB)"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-12mp", action="store_true")
    ap.add_argument("--only-12mp", action="store_true")
    ap.add_argument("--model-12mp", default="esrgan-slim-x4")
    args = ap.parse_args()
    import onnxruntime as ort

    print(
        f"# bench_upscale — {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"onnxruntime {ort.__version__} ({', '.join(ort.get_available_providers())}), "
        f"python {platform.python_version()}"
    )
    # The 12 MP job first: a child forked from a big process inherits its resident pages in the
    # kernel's peak-RSS accounting, so it must start while this process is still small.
    if not args.skip_12mp:
        peak_12mp(args.model_12mp)
    if not args.only_12mp:
        throughput()
    print(f"\n(bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()

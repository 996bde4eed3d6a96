"""Speed of the analog looks: a 24 MP image through grain + halation + LUT, 2 MP previews per step,
and the fast grain renderer against the exact Boolean-model renderer on the same patch.

Run: PYTHONPATH=. python bench/bench_analog.py   (figures depend on the machine and its load)
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hybridstudio.analog.grain_exact import render_exact  # noqa: E402
from hybridstudio.analog.grain_fast import render_fast  # noqa: E402
from hybridstudio.analog.stocks import get_stock  # noqa: E402
from hybridstudio.core.context import StepContext  # noqa: E402
from hybridstudio.core.params import validate_params  # noqa: E402
from hybridstudio.core.payloads import ImagePayload  # noqa: E402
from hybridstudio.core.step import all_steps  # noqa: E402


def photo(w: int, h: int) -> ImagePayload:
    from skimage import data

    img = cv2.resize(data.astronaut(), (w, h), interpolation=cv2.INTER_CUBIC)
    return ImagePayload(img.astype(np.float32) / 255.0)


def write_cube(path: Path, n: int = 33) -> None:
    a = np.linspace(0, 1, n)
    b, g, r = np.meshgrid(a, a, a, indexing="ij")  # red fastest in the file
    rgb = np.stack([r**0.9, g, b**1.1 * 0.95 + 0.03], axis=-1).reshape(-1, 3)
    path.write_text(f"LUT_3D_SIZE {n}\n" + "\n".join(f"{x:.6f} {y:.6f} {z:.6f}" for x, y, z in rgb) + "\n")


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


CPU: dict[str, float] = {}


def run_step(sid: str, img: ImagePayload, **params) -> tuple[ImagePayload, float]:
    """Run one step; returns (output, wall seconds) and stores its CPU seconds in CPU[sid]."""
    cls = all_steps()[sid]
    p = validate_params(cls.params, params)
    c = cpu_s()
    t = time.perf_counter()
    out = cls().run(img, p, StepContext.standalone(sid))
    CPU[sid] = cpu_s() - c
    return out, time.perf_counter() - t


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    cube = tmp / "grade.cube"
    write_cube(cube)
    t = time.perf_counter()
    run_step("cube_lut", photo(64, 48), path=str(cube))
    print(f"reading and checking a 33³ .cube (once per file version): {time.perf_counter() - t:.2f} s")
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"load average at start: {load} (wall times grow with other work on the machine; CPU times")
    print("are this process's own user+system seconds, summed over its threads)")
    print("== 24 MP (6000×4000) through grain + halation + LUT, float32, 2 cores ==")
    img = photo(6000, 4000)
    for stock, colour in (("tri-x-400", "mono"), ("portra-400", "colour")):
        total = 0.0
        x = img
        cpu = 0.0
        x, t = run_step("grain", x, stock=stock, colour=colour)
        total += t
        cpu += CPU["grain"]
        print(
            f"grain {stock} ({colour}, incl. its tables for this pixel size): {t:.2f} s wall, "
            f"{CPU['grain']:.2f} s CPU"
        )
        x, t = run_step("halation", x)
        total += t
        cpu += CPU["halation"]
        print(f"halation: {t:.2f} s wall, {CPU['halation']:.2f} s CPU")
        x, t = run_step("cube_lut", x, path=str(cube))
        total += t
        cpu += CPU["cube_lut"]
        print(f"LUT 33³ tetrahedral: {t:.2f} s wall, {CPU['cube_lut']:.2f} s CPU")
        print(f"TOTAL {stock}: {total:.2f} s wall, {cpu:.2f} s CPU")
    del img, x

    print("\n== 2 MP preview (1732×1155), per step, median of 3 ==")
    prev = photo(1732, 1155)
    extra = {"cube_lut": {"path": str(cube)}}
    for sid, cls in all_steps().items():
        if cls.category != "analog":
            continue
        run_step(sid, prev, **extra.get(sid, {}))
        times, cpus = [], []
        for _ in range(3):
            times.append(run_step(sid, prev, **extra.get(sid, {}))[1])
            cpus.append(CPU[sid])
        wall_ms, cpu_ms = statistics.median(times) * 1000, statistics.median(cpus) * 1000
        print(f"{sid:22s} {wall_ms:7.0f} ms wall {cpu_ms:7.0f} ms CPU")

    print("\n== grain alone, colour (3 film-noise layers), median of 3 ==")
    # 1732 px: 20.8 µm pixels cut the 12 µm film lattice; 5000 px: 7.2 µm pixels cut the 6 µm one
    # (the 6000 px export above reads the 6 µm lattice directly)
    for w, h in ((1732, 1155), (5000, 3333)):
        img = photo(w, h)
        run_step("grain", img, stock="portra-400", colour="colour")
        times = [run_step("grain", img, stock="portra-400", colour="colour")[1] for _ in range(3)]
        print(f"portra-400 colour {w}×{h}: {statistics.median(times) * 1000:.0f} ms wall")
    del img

    print("\n== fast vs exact Boolean renderer, same patch ==")
    for label, size, pitch, r, spread, blur in (
        ("Newson-like r=0.6 px, σr=0.4", 128, 1.0, 0.6, 0.4, 0.0),
        ("Tri-X at 6 µm pixels", 32, 6.0, get_stock("tri-x-400").layer_radius_um(1), 0.4, 1.5),
    ):
        u = np.full((size, size), 0.5, np.float32)
        t = time.perf_counter()
        ex = render_exact(u, pitch, r, spread, blur, seed=1)
        te = time.perf_counter() - t
        render_fast(u, pitch, r, spread, blur, seed=1)  # tables
        t = time.perf_counter()
        for _ in range(10):
            fa = render_fast(u, pitch, r, spread, blur, seed=1)
        tf = (time.perf_counter() - t) / 10
        print(
            f"{label}: {size}² px exact {te:.3f} s, fast {tf * 1000:.2f} ms (×{te / tf:.0f}); "
            f"std exact {ex.std():.4f} fast {fa.std():.4f}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory: {rss:.0f} MB")


if __name__ == "__main__":
    main()

"""Benchmark of the digital-negative engine: reading a 600 dpi target scan, and making A4
negatives at 1440 and 2880 dpi (16-bit TIFF, and PDF), with wall time, CPU time and peak memory.

Run: PYTHONPATH=. python bench/bench_negative.py [--quick]
Each case runs in its own process so its peak memory is its own; on Linux the peak of the writing
phase alone is measured too (the peak is reset once the negative is laid out).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited over exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _reset_peak() -> bool:
    """Start a new peak-memory measurement from the current resident size (Linux ≥ 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _rss_mb() -> float:
    """This process's current resident memory (Linux; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def make_scan(steps: int, path: Path) -> str:
    """A 600 dpi scan of a simulated print of the target (rotated 2°, noise, dust), as a file."""
    from hybridstudio.negative.curve import ToneCurve
    from hybridstudio.negative.target import make_target
    from hybridstudio.testing.negative_sim import save_scan, scan, sheet_ink, synthetic_print

    sheet = make_target(steps, ToneCurve.identity(), "#000000", 600.0)
    scanned = scan(synthetic_print(sheet_ink(sheet)), angle=2.0, scale=1.0, seed=1)
    save_scan(scanned, path, bits=16)
    return f"{scanned.shape[1]}×{scanned.shape[0]} px 16-bit TIFF"


def case_read(path: str) -> str:
    from hybridstudio.negative.scan import read_scan

    t0, c0 = time.perf_counter(), time.process_time()
    reading, geom = read_scan(path)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return (
        f"{wall:.2f} s wall, {cpu:.2f} s CPU, {reading.steps} steps, "
        f"{len(geom.markers_found)} fiducials, peak {_peak_mb():.0f} MB"
    )


def make_source(path: Path) -> None:
    """A 24 MP 16-bit photo (scikit-image's chelsea, enlarged) as a PNG file."""
    import cv2
    from skimage import data

    src = cv2.resize(data.chelsea(), (6000, 3990), interpolation=cv2.INTER_CUBIC)
    cv2.imwrite(str(path), src[..., ::-1].astype(np.uint16) * 257)


def case_make(source: str, dpi: float, tiff: bool, pdf: bool, compress: bool) -> str:
    from hybridstudio.io.images import load_image
    from hybridstudio.negative.export import export_sheet
    from hybridstudio.negative.make import make_negative
    from hybridstudio.negative.processes import get_preset

    preset = get_preset("platinum-palladium")
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        tif = Path(tmp) / "neg.tif" if tiff else None
        pdf_path = Path(tmp) / "neg.pdf" if pdf else None
        t0, c0 = time.perf_counter(), time.process_time()
        image = load_image(source)
        # 277 mm wide image + 10 mm borders: a landscape A4 sheet
        sheet = make_negative(
            image.pixels,
            preset.start_curve,
            preset.negative_colour,
            dpi,
            width_mm=277.0,
            border_mm=10.0,
            strip=False,
            label="bench",
        )
        del image
        peak_make, held = _peak_mb(), _rss_mb()
        reset = _reset_peak()
        t1 = time.perf_counter()
        export_sheet(sheet, tif, pdf_path, page="fit", compress=compress)
        t2 = time.perf_counter()
        wall, cpu = t2 - t0, time.process_time() - c0
        peak_write = _peak_mb()
        mp = sheet.width_px * sheet.height_px / 1e6
        sizes = ", ".join(
            f"{kind} {p.stat().st_size / 1e6:.0f} MB"
            for kind, p in (("TIFF", tif), ("PDF", pdf_path))
            if p is not None
        )
    what = " + ".join(["TIFF"] * tiff + ["PDF"] * pdf) + (
        " (Deflate)" if compress or not tiff else " (uncompressed)"
    )
    peaks = (
        f"peak {max(peak_make, peak_write):.0f} MB (load + make + write); writing alone: "
        f"peak {peak_write:.0f} MB with {held:.0f} MB held by the sheet, {t2 - t1:.1f} s"
        if reset
        else f"peak {max(peak_make, peak_write):.0f} MB (load + make + write)"
    )
    return (
        f"A4 negative at {dpi:g} dpi from a 24 MP 16-bit PNG, {sheet.width_px}×{sheet.height_px} "
        f"px = {mp:.0f} MP, {what}: {wall:.1f} s wall, {cpu:.1f} s CPU, {mp / wall:.1f} MP/s, "
        f"{sizes}, {peaks}"
    )


MAKE_CASES = {  # dpi, TIFF, PDF, TIFF compressed
    "a4-1440-tiff": (1440.0, True, False, True),
    "a4-1440-raw": (1440.0, True, False, False),
    "a4-1440-tiff-pdf": (1440.0, True, True, True),
    "a4-2880-tiff": (2880.0, True, False, True),
    "a4-2880-pdf": (2880.0, False, True, False),
}


def _child(*args: str) -> str:
    res = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    return res.stdout.strip() or res.stderr.strip().splitlines()[-1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--read")
    ap.add_argument("--make", nargs=2, metavar=("SOURCE", "CASE"))
    ap.add_argument("--quick", action="store_true", help="skip the 2880 dpi case")
    args = ap.parse_args()
    if args.read:
        print(case_read(args.read), flush=True)
        return 0
    if args.make:
        print(case_make(args.make[0], *MAKE_CASES[args.make[1]]), flush=True)
        return 0
    print(
        f"HybridStudio negative benchmark — {os.cpu_count()} CPU cores, "
        f"numpy {np.__version__}, Python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for steps in (21, 101):
            path = Path(tmp) / f"scan{steps}.tif"
            what = make_scan(steps, path)
            print(
                f"[read scan] {steps}-step target at 600 dpi ({what}): {_child('--read', str(path))}",
                flush=True,
            )
        source = Path(tmp) / "source.png"
        make_source(source)
        for name in MAKE_CASES:
            if args.quick and "2880" in name:
                continue
            print(f"[{name}] {_child('--make', str(source), name)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the digital-negative engine: reading a 600 dpi target scan, and making A4
negatives at 1440 and 2880 dpi (16-bit TIFF, and PDF), with wall time, CPU time and peak memory.

Run: PYTHONPATH=. python bench/bench_negative.py [--quick]
Each case runs in its own process so its peak memory is its own.
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
sys.path.insert(0, str(ROOT / "tests"))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def case_scan(steps: int) -> str:
    from negative_sim import save_scan, scan, sheet_ink, synthetic_print

    from hybridstudio.negative.curve import ToneCurve
    from hybridstudio.negative.scan import read_scan
    from hybridstudio.negative.target import make_target

    sheet = make_target(steps, ToneCurve.identity(), "#000000", 600.0)
    scanned = scan(synthetic_print(sheet_ink(sheet)), angle=2.0, scale=1.0, seed=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = save_scan(scanned, Path(tmp) / "scan.tif", bits=16)
        size = f"{scanned.shape[1]}×{scanned.shape[0]} px 16-bit TIFF"
        del scanned
        t0, c0 = time.perf_counter(), time.process_time()
        reading, geom = read_scan(path)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return (f"read {steps}-step target scan at 600 dpi ({size}): {wall:.2f} s wall, {cpu:.2f} s CPU, "
            f"{len(geom.markers_found)} fiducials, peak {_peak_mb():.0f} MB")


def case_make(dpi: float, pdf: bool, compress: bool) -> str:
    import cv2
    from skimage import data

    from hybridstudio.negative.export import export_sheet
    from hybridstudio.negative.make import make_negative
    from hybridstudio.negative.processes import get_preset

    preset = get_preset("platinum-palladium")
    src = data.chelsea().astype(np.float32) / 255.0  # 451×300, enlarged to a 24 MP source
    src = cv2.resize(src, (6000, 3990), interpolation=cv2.INTER_CUBIC)
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        tif = Path(tmp) / "neg.tif"
        pdf_path = Path(tmp) / "neg.pdf" if pdf else None
        t0, c0 = time.perf_counter(), time.process_time()
        # 277 mm wide image + 10 mm borders: a landscape A4 sheet
        sheet = make_negative(src, preset.start_curve, preset.negative_colour, dpi, width_mm=277.0,
                              border_mm=10.0, strip=False, label="bench")
        export_sheet(sheet, tif, pdf_path, page="fit", compress=compress)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        mp = sheet.width_px * sheet.height_px / 1e6
        sizes = f"TIFF {tif.stat().st_size / 1e6:.0f} MB" + (
            f", PDF {pdf_path.stat().st_size / 1e6:.0f} MB" if pdf_path else "")
    what = "TIFF" + (" + PDF" if pdf else "") + (" (Deflate)" if compress else " (uncompressed)")
    return (f"A4 negative at {dpi:g} dpi, {sheet.width_px}×{sheet.height_px} px = {mp:.0f} MP, "
            f"{what}: {wall:.1f} s wall, {cpu:.1f} s CPU, {mp / wall:.1f} MP/s, {sizes}, "
            f"peak {_peak_mb():.0f} MB")


CASES = {
    "scan21": lambda: case_scan(21),
    "scan101": lambda: case_scan(101),
    "a4-1440-tiff": lambda: case_make(1440.0, False, True),
    "a4-1440-raw": lambda: case_make(1440.0, False, False),
    "a4-1440-tiff-pdf": lambda: case_make(1440.0, True, True),
    "a4-2880-tiff": lambda: case_make(2880.0, False, True),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", choices=CASES)
    ap.add_argument("--quick", action="store_true", help="skip the 2880 dpi case")
    args = ap.parse_args()
    if args.case:
        print(CASES[args.case](), flush=True)
        return 0
    print(f"HybridStudio negative benchmark — {os.cpu_count()} CPU cores, "
          f"numpy {np.__version__}, Python {sys.version.split()[0]}")
    for name in CASES:
        if args.quick and "2880" in name:
            continue
        res = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True)
        print(f"[{name}] " + (res.stdout.strip() or res.stderr.strip().splitlines()[-1]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

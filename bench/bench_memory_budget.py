"""The memory budget against reality: for ten representative jobs, the peak memory HybridStudio
estimates before it starts (what it compares with the memory available) and the peak resident
memory the job really adds. The budget holds when no job exceeds its estimate by more than 25 %.

Run: PYTHONPATH=. python bench/bench_memory_budget.py [--quick]
Each job runs in its own process; the peak is reset (Linux clear_refs) once the imports and the
input are in memory, so "measured" is the job's own peak above that baseline.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MB = 1024**2


def _rss_hwm() -> tuple[float, float]:
    rss = hwm = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024.0
        elif line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) * 1024.0
    return rss, hwm


def _reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


def _image(mp: float, seed: int = 1):
    from hybridstudio.core.payloads import ImagePayload

    h = int((mp * 1e6 / 1.5) ** 0.5)
    w = int(h * 1.5)
    rng = np.random.default_rng(seed)
    small = rng.random((h // 8 + 1, w // 8 + 1, 3)).astype(np.float32)
    import cv2

    pixels = np.clip(cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC), 0, 1)
    return ImagePayload(pixels=pixels, dpi=300.0)


def _signing_peak(sheet, tiff: Path, pdf: Path) -> int:
    """What signing adds to a negative's export: the larger of its two files, signed after it is
    written while the sheet is still held, at the sizes the exporter predicts before writing."""
    from hybridstudio.credentials.sign import signing_peak_bytes
    from hybridstudio.negative.export import estimate_export

    est = estimate_export(sheet, pdf=True)
    return max(signing_peak_bytes(tiff, est["tiff_bytes"]), signing_peak_bytes(pdf, est["pdf_bytes"]))


def job(name: str, mp: float, tmp: Path) -> dict:
    """Run one job in this process; returns estimate and measured bytes. The same work runs once
    on a tiny image first, so that lazy imports and caches count in the baseline, not the job."""
    from hybridstudio.core.context import StepContext
    from hybridstudio.core.step import get_step

    ctx = StepContext.standalone(name)
    if name == "load-png":
        from hybridstudio.io.images import DECODE_BYTES_PER_PX, load_image, save_image

        src = tmp / "in.png"
        save_image(_image(mp), src)
        w, h = _image(mp).width, _image(mp).height
        estimate = w * h * DECODE_BYTES_PER_PX
        _reset_peak()
        base = _rss_hwm()[0]
        load_image(src)
    elif name.startswith("upscale"):
        from hybridstudio.core.settings import Settings
        from hybridstudio.io.images import load_samples, save_image
        from hybridstudio.steps.upscale import output_bytes
        from hybridstudio.upscale import load_upscaler, upscale

        src = tmp / "in.png"
        save_image(_image(mp), src, bit_depth=8)
        settings = Settings()
        up = load_upscaler("esrgan-slim-x2", settings)
        image = load_samples(src)
        estimate = output_bytes(image, up.model.scale)
        _reset_peak()
        base = _rss_hwm()[0]
        res = upscale(image.pixels, image.alpha, up, tile=0, context=12, settings=settings)
        save_image(image.with_pixels(res.rgb, alpha=res.alpha), tmp / "out.png")
    elif name.startswith("negative"):
        from hybridstudio.core.params import validate_params
        from hybridstudio.negative.export import export_sheet
        from hybridstudio.negative.make import sheet_geometry
        from hybridstudio.steps.negative import NegativeStep

        image = _image(mp)
        dpi = 1440.0 if "1440" in name else 2880.0
        params = validate_params(NegativeStep.params, {"dpi": dpi, "width_mm": 180.0})
        geo = sheet_geometry(image.pixels.shape[:2], dpi, 180.0, None, image.dpi, params["border_mm"])
        estimate = geo.peak_bytes(image.pixels.shape[:2])
        warm = NegativeStep().run(_image(0.01), {**params, "width_mm": 20.0}, ctx)
        if name == "negative-signed":  # c2pa and the signing identity load before the baseline
            from hybridstudio.core.provenance import ProcessRecord

            warm.export(tmp / "w.tif", tmp / "w.pdf", ProcessRecord(steps=[ctx.record]), ctx)
        _reset_peak()
        base = _rss_hwm()[0]
        payload = NegativeStep().run(image, params, ctx)
        if name == "negative-signed":  # what `negative make -o neg.tif --pdf neg.pdf` does
            from hybridstudio.core.provenance import ProcessRecord

            tiff, pdf = tmp / "neg.tif", tmp / "neg.pdf"
            estimate += _signing_peak(payload.sheet, tiff, pdf)
            payload.export(tiff, pdf, ProcessRecord(steps=[ctx.record]), ctx)
        else:
            export_sheet(payload.sheet, tmp / "neg.tif", None, compress=True)
    elif name.startswith("separate"):
        from hybridstudio.separation.api import SeparateOptions, separate, separation_peak_bytes

        image = _image(mp)
        method, inks = ("index", 6) if "index" in name else ("spot", 3)
        opts = SeparateOptions(
            method=method, inks=inks, library="screenprint" if method == "index" else "", dpi=300.0
        )
        estimate = separation_peak_bytes(image.width, image.height, inks)
        separate(_image(0.01), opts, ctx.as_progress())
        _reset_peak()
        base = _rss_hwm()[0]
        separate(image, opts, ctx.as_progress())
    else:  # recipe steps through their own peak_bytes: print_size, greyscale, grain, halation
        kind, _, arg = name.partition(":")
        image = _image(mp)
        step = get_step(kind)()
        from hybridstudio.core.params import validate_params

        given = {
            "print_size": {"width_mm": image.width / 300 * 25.4 * float(arg or 1), "dpi": 300.0},
        }.get(kind, {})
        params = validate_params(step.params, given)
        estimate = step.peak_bytes(image, params)[2]
        step.run(_image(0.01), params, ctx)
        _reset_peak()
        base = _rss_hwm()[0]
        step.run(image, params, ctx)
    measured = _rss_hwm()[1] - base
    return {"job": name, "estimate": estimate, "measured": measured}


JOBS = [
    ("load-png", 12),
    ("print_size:2", 6),
    ("print_size:0.5", 12),
    ("greyscale", 12),
    ("grain", 6),
    ("halation", 6),
    ("negative-1440", 6),
    ("negative-2880", 6),
    ("negative-signed", 6),
    ("separate-spot", 4),
    ("separate-index", 3),
    ("upscale-x2", 1),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="quarter-size images")
    ap.add_argument("--child", nargs=2, metavar=("JOB", "MP"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(job(args.child[0], float(args.child[1]), Path(tmp))))
        return
    scale = 0.25 if args.quick else 1.0
    print(
        f"{'job':<16} {'MP':>5} {'estimate MB':>12} {'measured MB':>12} {'measured/estimate':>18}"
        "  within 25 %"
    )
    worst = 0.0
    for name, mp in JOBS:
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, __file__, "--child", name, str(mp * scale)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={
                "PYTHONPATH": str(ROOT),
                "PATH": "/usr/bin:/bin",
                "HOME": str(Path.home()),
                "HYBRIDSTUDIO_SHARED": str(ROOT.parent / "shared"),
            },
        )
        if out.returncode:
            print(f"{name:<16} failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = r["measured"] / r["estimate"]
        worst = max(worst, ratio)
        print(
            f"{name:<16} {mp * scale:>5.2f} {r['estimate'] / MB:>12.0f} {r['measured'] / MB:>12.0f} "
            f"{ratio:>18.2f}  {'yes' if ratio <= 1.25 else 'NO'}   ({time.perf_counter() - t0:.0f} s)"
        )
    print(f"worst measured/estimate: {worst:.2f} (the budget holds below 1.25)")


if __name__ == "__main__":
    main()

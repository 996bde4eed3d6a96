"""Benchmark: the app's films view on the issue's job (A3, 4 separations of a photo at 300 dpi,
1200 dpi films of ~278 MP): time to render the screened crop a 1500 × 1000 screen shows, at
100 %, at 25 % (box-averaged) and for the whole page fitted, plus the peak memory of a crop.

    PYTHONPATH=. python bench/bench_film_view.py [--dpi 1200] [--page A3] [--repeat 5]

Figures on a shared 2-core machine are pessimistic.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import tracemalloc

import cv2
import numpy as np
from skimage import data

from hybridstudio.film import FilmJob, FilmOptions
from hybridstudio.film.payload import OVERPRINT, FilmsPayload
from hybridstudio.screening.spec import ScreenSpec
from hybridstudio.separation.sets import Ink, Separation, SeparationSet

SCREEN = (1500, 1000)
INKS = {
    "Cyan": (0.0, 0.6, 0.9),
    "Magenta": (0.9, 0.0, 0.5),
    "Yellow": (1.0, 0.9, 0.0),
    "Black": (0.0, 0.0, 0.0),
}


def separations(image_mm: tuple[float, float] = (260.0, 370.0), dpi: float = 300.0) -> SeparationSet:
    w, h = (round(v / 25.4 * dpi) for v in image_mm)
    rgb = cv2.resize(data.astronaut(), (w, h), interpolation=cv2.INTER_CUBIC).astype(np.float32) / 255
    k = 0.5 * (1.0 - rgb.max(axis=2))
    planes = [1.0 - rgb[..., 0] - k, 1.0 - rgb[..., 1] - k, 1.0 - rgb[..., 2] - k, k]
    seps = [
        Separation(Ink(n, INKS[n]), np.clip(p, 0, 1).astype(np.float32), i)
        for i, (n, p) in enumerate(zip(INKS, planes, strict=True), start=1)
    ]
    return SeparationSet(seps, Ink("paper", (1.0, 1.0, 1.0)), dpi, source="astronaut.png")


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", type=float, default=1200.0)
    ap.add_argument("--lpi", type=float, default=55.0)
    ap.add_argument("--page", default="A3")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {subprocess.getoutput('nproc')} cores")
    job = FilmJob(separations(), ScreenSpec(dpi=args.dpi, lpi=args.lpi), FilmOptions(page=args.page))
    payload = FilmsPayload(job)
    pw, ph = job.layout.page_px
    ix, iy = job.layout.image_xy
    iw, ih = job.layout.image_px
    cx, cy = ix + iw // 2, iy + ih // 2
    sw, sh = SCREEN
    print(
        f"{args.page} job: {len(job.films)} films of {pw} × {ph} px ({pw * ph / 1e6:.0f} MP each) "
        f"at {args.dpi:g} dpi, {args.lpi:g} lpi; screen crop {sw} × {sh} px, median of {args.repeat}"
    )

    def crop(key: str, zoom: float):
        hw, hh = sw / zoom / 2, sh / zoom / 2
        return payload.render_crop(key, int(cx - hw), int(cy - hh), int(cx + hw), int(cy + hh), zoom)

    crop("page:0", 1.0)  # warm caches (label, threshold tiles)
    for key, name in (("page:0", "one film"), (OVERPRINT, "4 films overprinted")):
        t100 = timed(lambda key=key: crop(key, 1.0), args.repeat)
        t25 = timed(lambda key=key: crop(key, 0.25), max(1, args.repeat // 2))
        print(
            f"  {name}: 100 % {t100 * 1000:.0f} ms ({sw * sh / 1e6 / t100:.0f} MP/s), "
            f"25 % (box-averaged 4 × 4, {sw * sh * 16 / 1e6:.0f} MP of film) {t25 * 1000:.0f} ms"
        )
    fit = min(sw / pw, sh / ph)
    t_fit = timed(lambda: payload.render_crop("page:0", 0, 0, pw, ph, fit), 1)
    print(
        f"  one film, whole page fitted ({fit * 100:.1f} %, box {int(1 / fit)} × {int(1 / fit)}): "
        f"{t_fit:.2f} s ({pw * ph / 1e6 / t_fit:.0f} MP/s of film)"
    )
    tracemalloc.start()
    crop("page:0", 1.0)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  peak traced memory of a 100 % crop: {peak / 1e6:.1f} MB "
        f"(the whole film: {pw * ph / 1e6:.0f} MB as bools, {pw * ph / 8e6:.0f} MB packed)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

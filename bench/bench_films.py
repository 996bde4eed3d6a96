"""Benchmark: an A3 job of 4 separations at 1200 dpi (4 films of ~278 MP), and one A4 600 dpi film
against ImageMagick's ordered dither on the same page, in the same run.

    PYTHONPATH=. python bench/bench_films.py [--dpi 1200] [--page A3]

Each job runs in its own subprocess so its peak RSS is its own (the separations, 32-bit float
planes at 300 dpi, are part of it: the films payload holds them). Figures on a shared 2-core
machine are pessimistic.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
import cv2, numpy as np
from pathlib import Path
from skimage import data
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.separation.sets import Ink, Separation, SeparationSet
from hybridstudio.film import FilmJob, FilmOptions
from hybridstudio.film.writer import save_films
from hybridstudio.screening.spec import ScreenSpec

args = json.loads(sys.argv[1])
w_px, h_px = (round(v / 25.4 * args["src_dpi"]) for v in args["image_mm"])
img = cv2.resize(data.astronaut().astype(np.float32) / 255, (w_px, h_px), interpolation=cv2.INTER_CUBIC)
img = np.clip(img, 0, 1)
k = 1 - img.max(axis=2)
# CMY without grey removal plus a skeleton black: every film carries dots nearly everywhere,
# the hard case for G4 compression
planes = [1 - img[..., 0], 1 - img[..., 1], 1 - img[..., 2], np.clip(k - 0.3, 0, 1)][: args["inks"]]
names = ["Cyan", "Magenta", "Yellow", "Black"]
cols = [(0, .6, .9), (.9, 0, .5), (1, .9, 0), (0, 0, 0)]
seps = [Separation(Ink(names[i], cols[i]), np.clip(p, 0, 1).astype(np.float32), i + 1)
        for i, p in enumerate(planes)]
if args["inks"] == 1:
    seps = [Separation(Ink("Black", (0, 0, 0)), (1 - img.mean(axis=2)).astype(np.float32), 1)]
del img, k, planes
sepset = SeparationSet(seps, Ink("paper", (1, 1, 1)), args["src_dpi"])
t0 = time.perf_counter()
job = FilmJob(sepset, ScreenSpec(dpi=args["dpi"], lpi=args["lpi"], shape="elliptical",
                                 method=args.get("method", "am")),
              FilmOptions(page=args["page"]))
t1 = time.perf_counter()
paths = save_films(job, Path(args["out"]) / "bench.pdf", ProcessRecord())
t2 = time.perf_counter()
pw, ph = job.layout.page_px
print(json.dumps({"plan_s": t1 - t0, "save_s": t2 - t1, "films": len(job.films), "page_px": [pw, ph],
                  "bytes": {p.name: p.stat().st_size for p in paths}}))
"""

MEASURE = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": r.returncode, "wall_s": wall, "stdout": r.stdout, "stderr": r.stderr[-2000:],
                  "cpu_s": u.ru_utime + u.ru_stime, "peak_rss_mb": u.ru_maxrss / 1024}))
"""


def measured(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``cmd`` in a wrapper process; its wall time, CPU time and peak RSS (of ``cmd`` alone)."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **(env or {})},
    )
    res = json.loads(out.stdout)
    if res["rc"] != 0:
        raise SystemExit(f"failed: {' '.join(cmd[:3])}…\n{res['stderr']}")
    return res


def films_job(tmp: Path, **kw) -> dict:
    out = tmp / f"job-{time.monotonic_ns()}"
    out.mkdir()
    res = measured([sys.executable, "-c", CHILD, json.dumps({**kw, "out": str(out)})])
    res.update(json.loads(res.pop("stdout")))
    shutil.rmtree(out, ignore_errors=True)
    return res


def imagemagick() -> str | None:
    for name in ("/usr/bin/magick", "/usr/bin/convert-im6.q16", "/usr/bin/convert"):
        if Path(name).exists():
            return name
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", type=float, default=1200.0)
    ap.add_argument("--lpi", type=float, default=55.0)
    ap.add_argument("--page", default="A3")
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {subprocess.getoutput('nproc')} cores")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        # 1. the job: A3, 4 separations (image 260 × 370 mm at 300 dpi), 1200 dpi films
        big = films_job(
            tmp, image_mm=[260.0, 370.0], src_dpi=300.0, inks=4, dpi=args.dpi, lpi=args.lpi, page=args.page
        )
        pw, ph = big["page_px"]
        mp = pw * ph * big["films"] / 1e6
        print(
            f"\n{args.page} job: {big['films']} films of {pw} × {ph} px ({pw * ph / 1e6:.0f} MP each) "
            f"at {args.dpi:g} dpi, {args.lpi:g} lpi elliptical"
        )
        print(
            f"  plan {big['plan_s']:.2f} s, render + G4 TIFFs + PDF {big['save_s']:.2f} s, "
            f"whole process {big['wall_s']:.2f} s (incl. imports and making the test separations; "
            f"CPU {big['cpu_s']:.1f} s)"
        )
        print(f"  {mp / big['save_s']:.0f} MP/s of film ({mp:.0f} MP), peak RSS {big['peak_rss_mb']:.0f} MB")
        print(
            "  files: "
            + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in big["bytes"].items() if not k.endswith(".json"))
        )
        # 2. one A4 600 dpi film vs ImageMagick's ordered dither on the same page
        a4 = films_job(
            tmp, image_mm=[175.0, 250.0], src_dpi=300.0, inks=1, dpi=600.0, lpi=args.lpi, page="A4"
        )
        pw, ph = a4["page_px"]
        print(f"\nA4 600 dpi, one film of {pw} × {ph} px ({pw * ph / 1e6:.1f} MP)")
        print(
            f"  HybridStudio (AM {args.lpi:g} lpi, resampling, marks, label, G4 TIFF + PDF): "
            f"{a4['save_s']:.2f} s, {pw * ph / 1e6 / a4['save_s']:.0f} MP/s; whole process "
            f"{a4['wall_s']:.2f} s (CPU {a4['cpu_s']:.1f} s), peak RSS {a4['peak_rss_mb']:.0f} MB"
        )
        im = imagemagick()
        if im is None:
            print("  ImageMagick not installed (apt install imagemagick): no comparison")
            return 0
        import cv2
        import numpy as np
        from skimage import data

        grey = cv2.resize(data.camera(), (pw, ph), interpolation=cv2.INTER_CUBIC)
        src = tmp / "page.png"
        cv2.imwrite(str(src), grey.astype(np.uint8))
        # Debian's policy.xml caps ImageMagick's pixel cache at 256 MiB, which sends a 35 MP page to
        # disk (minutes); a local policy with room for the page keeps the comparison fair.
        policy = tmp / "impolicy"
        policy.mkdir()
        (policy / "policy.xml").write_text(
            '<policymap><policy domain="resource" name="memory" value="2GiB"/>'
            '<policy domain="resource" name="map" value="4GiB"/>'
            '<policy domain="resource" name="area" value="1GP"/></policymap>'
        )
        res = measured(
            [
                im,
                str(src),
                "-density",
                "600",
                "-ordered-dither",
                "h8x8a",
                "-compress",
                "Group4",
                str(tmp / "im.tif"),
            ],
            env={"MAGICK_CONFIGURE_PATH": str(policy)},
        )
        print(
            f"  ImageMagick {Path(im).name} -ordered-dither h8x8a -compress Group4 (PNG in, 0° 8×8 "
            f"dither, G4 TIFF out): {res['wall_s']:.2f} s, {pw * ph / 1e6 / res['wall_s']:.0f} MP/s "
            f"(CPU {res['cpu_s']:.1f} s), peak RSS {res['peak_rss_mb']:.0f} MB"
        )
        print(
            f"  ratio HybridStudio / ImageMagick: wall {a4['wall_s'] / res['wall_s']:.2f} (whole "
            f"processes), CPU {a4['cpu_s'] / res['cpu_s']:.2f}, screening + writing alone "
            f"{a4['save_s'] / res['wall_s']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

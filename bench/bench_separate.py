"""Separation benchmark: speed of every method, and the stock claim.

Run: ``PYTHONPATH=. python bench/bench_separate.py [--quick]``

1. Quality: on real photos (scikit-image), mean ΔE2000 between the original and the predicted print
   for "best N inks from stock" (riso library, riso dot gain) against two baselines at equal N:
   - k-means: a plain k-means palette in CIELAB with N+1 free colours (N inks + the paper), every
     pixel replaced by its cluster colour;
   - Pillow: Pillow's quantiser restricted to the same N inks (each printed solid on the paper) and
     the paper, without dithering, and with Floyd–Steinberg (then both it and the stock result are
     measured after the same 1-pixel Gaussian viewing blur, in linear light, since single dithered
     pixels are not seen and the eye averages light, not sRGB codes).
   A third comparison isolates the search itself: the riso inks nearest to a k-means palette,
   separated with the same solver.
2. Speed: wall time of each method on a photo at its own size and of a riso master at 600 dpi.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hybridstudio.core.payloads import ImagePayload  # noqa: E402
from hybridstudio.separation.api import SeparateOptions, separate  # noqa: E402
from hybridstudio.separation.colours import delta_e2000, srgb_to_lab  # noqa: E402
from hybridstudio.separation.index import palette_colours  # noqa: E402
from hybridstudio.separation.inks import load_library, resolve_substrate  # noqa: E402
from hybridstudio.testing import photo  # noqa: E402


def _blur_linear(rgb: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian viewing blur in linear light (how the eye averages dots), back to sRGB codes."""
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4).astype(np.float32)
    lin = np.clip(cv2.GaussianBlur(lin, (0, 0), sigma), 0, 1)
    return np.where(lin <= 0.0031308, lin * 12.92, 1.055 * lin ** (1 / 2.4) - 0.055)


def mean_de(a: np.ndarray, b: np.ndarray, blur: float = 0.0) -> float:
    if blur:
        a = _blur_linear(a, blur)
        b = _blur_linear(b, blur)
    return float(delta_e2000(srgb_to_lab(a), srgb_to_lab(b)).mean())


def kmeans_posterise(rgb: np.ndarray, k: int) -> np.ndarray:
    lab = srgb_to_lab(rgb).reshape(-1, 3).astype(np.float32)
    cv2.setRNGSeed(0)
    crit = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 50, 0.1)
    _, labels, centres = cv2.kmeans(lab, k, None, crit, 3, cv2.KMEANS_PP_CENTERS)
    from hybridstudio.separation.colours import lab_to_srgb

    return lab_to_srgb(centres[labels.ravel()].astype(np.float64)).reshape(rgb.shape)


def nearest_inks(rgb: np.ndarray, inks: list, n: int) -> list:
    """The library inks nearest (ΔE2000) to an N-colour k-means palette of the image, all distinct."""
    from hybridstudio.separation.spot import kmeans_lab, pixel_sample

    centres, _ = kmeans_lab(srgb_to_lab(pixel_sample(rgb, count=20000)), n)
    ink_lab = srgb_to_lab(np.array([i.srgb for i in inks]))
    chosen: list[int] = []
    for c in centres:
        order = np.argsort(delta_e2000(ink_lab, np.broadcast_to(c, ink_lab.shape)))
        chosen.append(int(next(i for i in order if int(i) not in chosen)))
    return [inks[i] for i in chosen]


def pillow_quantise(rgb: np.ndarray, palette: np.ndarray, dither: bool) -> np.ndarray:
    pal = Image.new("P", (1, 1))
    flat = np.round(palette * 255).astype(np.uint8).ravel().tolist()
    pal.putpalette(flat + flat[:3] * (256 - len(palette)))
    src = Image.fromarray(np.round(rgb * 255).astype(np.uint8))
    out = src.quantize(palette=pal, dither=Image.Dither.FLOYDSTEINBERG if dither else Image.Dither.NONE)
    idx = np.asarray(out).copy()
    idx[idx >= len(palette)] = 0  # padding entries repeat the paper
    return palette[idx].astype(np.float32)


def claim_rows(names: list[str], ns: list[int], size: int) -> list[dict]:
    riso = load_library("riso")
    paper = resolve_substrate("paper-white")
    rows = []
    for name in names:
        img = photo(name)
        scale = size / max(img.shape[:2])
        if scale < 1:
            img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        img = np.clip(img, 0, 1)
        for n in ns:
            t = time.perf_counter()
            s = separate(
                ImagePayload(img, dpi=300.0),
                SeparateOptions(method="stock", inks=n, dpi=300.0, library="riso"),
            )
            dt = time.perf_counter() - t
            chosen = [riso.get(x) for x in s.report["stock"]["chosen"]]
            palette = palette_colours(chosen, paper)
            comp = s.composite
            # the search's own worth: the riso inks nearest to a k-means palette, same solver
            near = nearest_inks(img, riso.searchable(), n)
            k_sep = separate(
                ImagePayload(img, dpi=300.0),
                SeparateOptions(method="spot", pick=[i.name for i in near], library="riso", dpi=300.0),
            )
            rows.append(
                {
                    "photo": name,
                    "n": n,
                    "inks": ", ".join(s.report["stock"]["chosen"]),
                    "stock": mean_de(img, comp),
                    "kmeans": mean_de(img, kmeans_posterise(img, n + 1)),
                    "kmeans_inks": mean_de(img, k_sep.composite),
                    "pillow": mean_de(img, pillow_quantise(img, palette, False)),
                    "stock_blur": mean_de(img, comp, 1.0),
                    "pillow_fs_blur": mean_de(img, pillow_quantise(img, palette, True), 1.0),
                    "time": dt,
                }
            )
    return rows


def speed(size: int) -> list[tuple[str, float, str]]:
    img = photo("coffee")
    out = []
    cases = [
        ("spot auto (smooth)", SeparateOptions(method="spot")),
        ("spot 4 hard", SeparateOptions(method="spot", inks=4, edges="hard")),
        ("stock 3 of 78 riso", SeparateOptions(method="stock", inks=3)),
        ("stock 4 of 78 riso", SeparateOptions(method="stock", inks=4)),
        ("index 6, diffusion", SeparateOptions(method="index", inks=6)),
        ("index 6, blue noise", SeparateOptions(method="index", inks=6, dither="blue-noise")),
        ("cmyk (generated ICC, medium GCR)", SeparateOptions(method="cmyk")),
        ("simulated 4 on black", SeparateOptions(method="simulated", inks=4)),
    ]
    payload = ImagePayload(img, dpi=150.0)
    for label, opts in cases:
        if opts.dpi is None:
            opts.dpi = 150.0
        t = time.perf_counter()
        s = separate(payload, opts)
        out.append(
            (
                label,
                time.perf_counter() - t,
                f"{s.shape[1]}×{s.shape[0]} px, ΔE mean {s.report['delta_e2000']['mean']:.2f}",
            )
        )
    # a riso master: coffee printed 200 mm wide at 600 dpi (4724 px wide)
    t = time.perf_counter()
    s = separate(payload, SeparateOptions(method="stock", inks=3, width_mm=200.0))
    out.append(
        (
            "riso stock 3, 200 mm at 600 dpi",
            time.perf_counter() - t,
            f"{s.shape[1]}×{s.shape[0]} px = {s.shape[0] * s.shape[1] / 1e6:.1f} MP",
        )
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="two photos, N = 3 only")
    ap.add_argument("--size", type=int, default=384, help="longest side of the photos for the claim")
    args = ap.parse_args()
    names = ["astronaut", "coffee"] if args.quick else ["astronaut", "coffee", "chelsea", "rocket"]
    ns = [3] if args.quick else [2, 3, 4]
    print(f"Stock claim: mean ΔE2000 vs original (lower is better), photos at ≤{args.size} px, riso library")
    print(
        "| photo | N | stock inks chosen | stock | k-means N+1 | Pillow same inks | stock, blur | "
        "Pillow FS, blur | k-means→nearest inks, same solver | stock time |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    wins = 0
    rows = claim_rows(names, ns, args.size)
    for r in rows:
        win = r["stock"] < r["kmeans"] and r["stock"] < r["pillow"] and r["stock_blur"] < r["pillow_fs_blur"]
        wins += win
        print(
            f"| {r['photo']} | {r['n']} | {r['inks']} | **{r['stock']:.2f}** | {r['kmeans']:.2f} | "
            f"{r['pillow']:.2f} | {r['stock_blur']:.2f} | {r['pillow_fs_blur']:.2f} | "
            f"{r['kmeans_inks']:.2f} | {r['time']:.1f} s |"
        )
    print(f"stock wins {wins} of {len(rows)}")
    print()
    print("Speed (coffee 400×600 at 150 dpi unless said; this machine: 2 shared cores — pessimistic)")
    for label, dt, info in speed(args.size):
        print(f"  {label:<36} {dt:6.2f} s   {info}")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak resident memory of the whole run: {peak:.0f} MB (the 14.9 MP riso job dominates)")


if __name__ == "__main__":
    main()

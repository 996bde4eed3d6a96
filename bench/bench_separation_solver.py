"""Separation solver bench: today's least-squares solve, the perceptual solve, and a plain per-colour
ΔE2000 minimiser, side by side on public photos.

Run: ``PYTHONPATH=. python bench/bench_separation_solver.py [--size 512] [--images a,b] [--big]``

Setting (the one of the peer comparison): each image at 512 px (long side), riso dot gain 0.25,
white paper, transparent inks, the multiply / Neugebauer–Demichel composite model; three ink sets:

- ``KBR``: Black + Blue #0078BF + Bright Red #F15060 (fixed);
- ``KBY``: Black + Blue + Yellow #FFE800 (fixed);
- ``stock``: the 3 riso inks the stock search chooses (today's search for today's solver and the
  baseline, the limit-aware search for the new one).

Columns, per solver: mean and p95 ΔE2000 of the predicted print against the original (computed here
with colour-science), mean total ink, share of pixels whose total ink exceeds 85 % (per pixel,
stricter than the product's 3 mm average), and wall time of the whole ``separate`` call.

- ``today``: ``solver="least-squares"`` (Levenberg–Marquardt in Euclidean CIELAB, no ink limit);
- ``today capped``: today's planes scaled down where their sum passes 85 % (the plain way to make
  them printable, for a comparison at equal ink);
- ``new (85 %)``: ``solver="perceptual"`` (CIEDE2000, 85 % ink limit inside the solve, fewest ink
  within 0.5 ΔE2000): the riso default;
- ``new (no limit)``: the same solve and the same inks with the limit lifted;
- ``dE-min``: a straightforward per-colour ΔE2000 minimiser written here: every distinct colour
  (7 bits per channel) takes, among a 33-level grid of all ink mixes (35 937 for 3 inks), the one of
  smallest ΔE2000 (the 64 nearest in CIELAB re-ranked by CIEDE2000); no ink limit, no ink saving.

``--big`` also times today's and the new solver on a 15 MP riso job (astronaut upscaled).

``--bounds`` prints, instead of the solvers, how far any per-pixel separation could go: for each
case today's mean ΔE2000 beside the best mean ΔE2000 reachable with today's inks, without a limit
and within the 85 % limit (every distinct colour solved to its own CIEDE2000 minimum from two
starts, the best of a 33-level mix grid and today's coverages, by the product's projected
Levenberg–Marquardt with no ink saving and no smoothing), and whether a solver 10 % better than
today is possible at all.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hybridstudio.core.payloads import ImagePayload  # noqa: E402
from hybridstudio.io.images import load_image  # noqa: E402
from hybridstudio.separation.api import SeparateOptions, separate  # noqa: E402
from hybridstudio.separation.colours import delta_e2000, srgb_to_lab  # noqa: E402
from hybridstudio.separation.composite import composite_planes, inverse_tvi  # noqa: E402
from hybridstudio.separation.inks import load_library, resolve_substrate  # noqa: E402
from hybridstudio.separation.unmix import InkModel, candidate_grid, order_light_to_dark  # noqa: E402
from hybridstudio.testing import photo  # noqa: E402

IMAGES = (
    "astronaut",
    "coffee.png",
    "chelsea",
    "rocket",
    "immunohistochemistry",
    "hubble_deep_field",
    "retina",
    "colorwheel",
    "logo",
)
SETS = {"KBR": ["Black", "Blue", "Bright Red"], "KBY": ["Black", "Blue", "Yellow"], "stock": []}
LIMIT = 0.85
GAIN = 0.25


def load(name: str, size: int) -> np.ndarray:
    """The image at ``size`` px long side, sRGB 0..1; RGBA laid over white paper."""
    if name.endswith(".png"):
        img = load_image(ROOT / "resources" / "samples" / name).pixels
    else:
        from skimage import data

        raw = getattr(data, name)()
        if raw.ndim == 2:
            raw = np.stack([raw] * 3, -1)
        img = raw[..., :3].astype(np.float32) / 255.0
        if raw.shape[-1] == 4:
            a = raw[..., 3:4].astype(np.float32) / 255.0
            img = img * a + (1.0 - a)
    s = size / max(img.shape[:2])
    if s != 1.0:
        img = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
    return np.clip(img, 0.0, 1.0).astype(np.float32)


def options(inks: list[str], solver: str) -> SeparateOptions:
    if inks:
        return SeparateOptions(
            method="spot", library="riso", pick=inks, process="riso", dot_gain=GAIN, dpi=600.0, solver=solver
        )
    return SeparateOptions(
        method="stock", library="riso", inks=3, process="riso", dot_gain=GAIN, dpi=600.0, solver=solver
    )


def de_minimiser(rgb: np.ndarray, inks: list, levels: int = 33, k: int = 64) -> list[np.ndarray]:
    """The baseline: per distinct colour, the grid mix of smallest ΔE2000 (no limit, no ink saving)."""
    from scipy.spatial import cKDTree

    model = InkModel(order_light_to_dark(inks), resolve_substrate("paper-white"), GAIN)
    eff = candidate_grid(model.n, levels)
    lab = model.lab_effective(eff)
    tree = cKDTree(lab)
    q = np.round(rgb.reshape(-1, 3) * 127).astype(np.int32)
    keys = (q[:, 0] << 14) | (q[:, 1] << 7) | q[:, 2]
    uniq, inv = np.unique(keys, return_inverse=True)
    colours = np.stack([uniq >> 14, (uniq >> 7) & 127, uniq & 127], -1) / 127.0
    target = srgb_to_lab(colours)
    best = np.empty(len(uniq), dtype=np.int64)
    for s in range(0, len(uniq), 4096):
        t = target[s : s + 4096]
        _, idx = tree.query(t, k=k)
        de = delta_e2000(np.repeat(t[:, None], k, 1), lab[idx])
        best[s : s + 4096] = idx[np.arange(len(idx)), de.argmin(1)]
    nominal = inverse_tvi(eff[best][inv], GAIN).astype(np.float32)
    h, w = rgb.shape[:2]
    return [nominal[:, i].reshape(h, w) for i in range(model.n)], model.inks


def best_possible(
    rgb: np.ndarray, inks: list, today: list[np.ndarray], limit: float | None, levels: int = 33, k: int = 128
) -> list[np.ndarray]:
    """Per distinct colour (7 bits per channel), the coverages of smallest ΔE2000 reachable with
    ``inks`` (with ``Σ coverage ≤ limit`` when given): the better of two projected
    Levenberg–Marquardt descents, from the best grid mix and from today's coverages."""
    from scipy.spatial import cKDTree

    from hybridstudio.separation.composite import tvi
    from hybridstudio.separation.perceptual import de2000_residuals, project_limit, solve_perceptual

    model = InkModel(inks, resolve_substrate("paper-white"), GAIN)
    eff = candidate_grid(model.n, levels)
    if limit is not None:
        eff = eff[inverse_tvi(eff, GAIN).sum(-1) <= limit + 1e-9]
    lab = model.lab_effective(eff)
    q = np.round(rgb.reshape(-1, 3) * 127).astype(np.int32)
    keys = (q[:, 0] << 14) | (q[:, 1] << 7) | q[:, 2]
    uniq, first, inv = np.unique(keys, return_index=True, return_inverse=True)
    target = srgb_to_lab(np.stack([uniq >> 14, (uniq >> 7) & 127, uniq & 127], -1) / 127.0)
    grid_best = np.empty(len(uniq), dtype=np.int64)
    tree = cKDTree(lab)
    for s in range(0, len(uniq), 2048):
        t = target[s : s + 2048]
        _, idx = tree.query(t, k=min(k, len(lab)))
        de = delta_e2000(np.repeat(t[:, None], idx.shape[1], 1), lab[idx])
        grid_best[s : s + 2048] = idx[np.arange(len(idx)), de.argmin(1)]
    today_nominal = project_limit(
        np.stack([p.reshape(-1)[first] for p in today], -1).astype(np.float64), limit
    )
    results = []
    for start in (eff[grid_best], tvi(today_nominal, GAIN)):
        res = solve_perceptual(model, target, start, limit, tolerance=0.0, iterations=20)
        de = np.linalg.norm(de2000_residuals(model.lab_effective(tvi(res.nominal, GAIN)), target), axis=-1)
        results.append((res.nominal, de))
    (a, da), (b, db) = results
    nominal = np.where((da <= db)[:, None], a, b)[inv].astype(np.float32)
    h, w = rgb.shape[:2]
    return [nominal[:, i].reshape(h, w) for i in range(model.n)]


def bounds(args: argparse.Namespace) -> int:
    """Today's mean ΔE2000 against the best any per-pixel solver could reach with today's inks."""
    print(
        "mean ΔE2000 of the predicted print, today's inks; best: per-colour minimum; "
        "a 10 % gain is possible only where best ≤ 0.9 × today"
    )
    print(
        f"{'image':<14}{'set':<6}| today  >85% | best, no limit  vs today | best ≤ 85 %  vs today | "
        "10 % possible: no limit / at 85 %"
    )
    possible_free = possible_cap = total = 0
    for name in args.images.split(","):
        rgb = load(name, args.size)
        for set_name in args.sets.split(","):
            today, inks, _, planes = run_separate(rgb, SETS[set_name], "least-squares")
            free = measure(rgb, best_possible(rgb, inks, planes, None), inks, 0.0)
            cap = measure(rgb, best_possible(rgb, inks, planes, LIMIT), inks, 0.0)
            ok_free = free["mean"] <= 0.9 * today["mean"]
            ok_cap = cap["mean"] <= 0.9 * today["mean"]
            total += 1
            possible_free += ok_free
            possible_cap += ok_cap
            print(
                f"{name[:13]:<14}{set_name:<6}| {today['mean']:5.2f} {today['over'] * 100:5.1f} | "
                f"{free['mean']:14.2f} {(1 - free['mean'] / today['mean']) * 100:+8.1f} % | "
                f"{cap['mean']:11.2f} {(1 - cap['mean'] / today['mean']) * 100:+8.1f} % | "
                f"{'yes' if ok_free else 'no':>3} / {'yes' if ok_cap else 'no'}",
                flush=True,
            )
    print(
        f"a solver 10 % better than today is possible in {possible_free} of {total} cases without a "
        f"limit and in {possible_cap} of {total} within the 85 % limit"
    )
    return 0


def measure(rgb: np.ndarray, planes: list[np.ndarray], inks: list, seconds: float) -> dict:
    comp = composite_planes(planes, inks, resolve_substrate("paper-white"), GAIN)
    de = delta_e2000(srgb_to_lab(rgb.reshape(-1, 3)), srgb_to_lab(comp.reshape(-1, 3)))
    total = np.sum(planes, axis=0)
    return {
        "mean": float(de.mean()),
        "p95": float(np.percentile(de, 95)),
        "ink": float(total.mean()),
        "over": float((total > LIMIT + 1e-6).mean()),
        "time": seconds,
    }


def run_separate(rgb: np.ndarray, inks: list[str], solver: str, limit: float | None = None):
    """One ``separate`` call: (measures, inks in print order, report, planes)."""
    opts = options(inks, solver)
    opts.coverage_limit = limit
    t = time.perf_counter()
    sep = separate(ImagePayload(rgb, dpi=600.0), opts)
    dt = time.perf_counter() - t
    seps = sorted(sep.separations, key=lambda s: s.order)
    planes = [s.coverage for s in seps]
    return measure(rgb, planes, [s.ink for s in seps], dt), [s.ink for s in seps], sep.report, planes


def fmt(m: dict) -> str:
    return f"{m['mean']:6.2f} {m['p95']:6.2f} {m['ink'] * 100:4.0f} {m['over'] * 100:5.1f} {m['time']:5.1f}"


def capped(planes: list[np.ndarray], limit: float = LIMIT) -> list[np.ndarray]:
    """Today's planes made legal the plain way: scaled down where their sum exceeds the limit."""
    total = np.sum(planes, axis=0)
    f = np.where(total > limit, limit / np.maximum(total, 1e-9), 1.0)
    return [p * f for p in planes]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--images", default=",".join(IMAGES))
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--big", action="store_true", help="also time a 15 MP riso job")
    ap.add_argument("--bounds", action="store_true", help="today against the best any solver could do")
    args = ap.parse_args()
    if args.bounds:
        return bounds(args)
    riso = load_library("riso")
    cols = "mean   p95 ink% >85%     s"
    print(
        "mean/p95: ΔE2000 of the predicted print; ink%: mean total ink; >85%: share of pixels over "
        "the 85 % limit; s: seconds"
    )
    print(
        f"{'image':<14}{'set':<6}| today:  {cols} | today capped: {cols} | new (85 %): {cols} | "
        f"new (no limit): {cols} | dE-min: {cols} | new vs today, vs capped, price"
    )
    fails = []
    for name in args.images.split(","):
        rgb = load(name, args.size)
        for set_name in args.sets.split(","):
            picks = SETS[set_name]
            today, inks_today, _, planes_today = run_separate(rgb, picks, "least-squares")
            cap = measure(rgb, capped(planes_today), inks_today, today["time"])
            new, inks_new, rep, _ = run_separate(rgb, picks, "perceptual")
            free, _, _, _ = run_separate(rgb, [i.name for i in inks_new], "perceptual", limit=12.0)
            t = time.perf_counter()
            planes, base_inks = de_minimiser(rgb, [riso.get(i.name) for i in inks_today])
            base = measure(rgb, planes, base_inks, time.perf_counter() - t)
            gain = 1.0 - new["mean"] / today["mean"]
            gain_cap = 1.0 - new["mean"] / cap["mean"]
            price = rep.get("solver", {}).get("ink_limit", {}).get("delta_e2000_price_mean", float("nan"))
            print(
                f"{name[:13]:<14}{set_name:<6}| {fmt(today)} | {fmt(cap)} | {fmt(new)} | {fmt(free)} | "
                f"{fmt(base)} | {gain * 100:+6.1f} % {gain_cap * 100:+6.1f} % {price:5.2f}",
                flush=True,
            )
            if set_name == "stock":
                print(
                    f"{'':<20}  stock chose, today: {', '.join(i.name for i in inks_today)}; "
                    f"new: {', '.join(i.name for i in inks_new)}",
                    flush=True,
                )
            if gain < 0.10:
                fails.append(f"{name}/{set_name}")
    print(
        f"goal (new ≥ 10 % better mean ΔE2000 than today everywhere): "
        f"{'met' if not fails else 'NOT met on ' + ', '.join(fails)}"
    )
    if args.big:
        img = cv2.resize(photo("astronaut"), (4480, 3360), interpolation=cv2.INTER_CUBIC)
        img = np.clip(img + np.random.default_rng(0).normal(0, 0.01, img.shape).astype(np.float32), 0, 1)
        for solver in ("least-squares", "perceptual"):
            t = time.perf_counter()
            sep = separate(ImagePayload(img, dpi=600.0), options(SETS["KBR"], solver))
            print(
                f"15 MP riso job (4480×3360, KBR), {solver}: {time.perf_counter() - t:.1f} s, "
                f"ΔE2000 mean {sep.report['delta_e2000']['mean']:.2f}, "
                f"{sep.report['solver']['colours_solved']} colours solved",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

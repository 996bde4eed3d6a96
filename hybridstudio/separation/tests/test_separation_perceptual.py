"""The perceptual solve: CIEDE2000 written as residuals, the ink limit inside the solve, fewest ink,
smooth gradients, and better colour than the least-squares solve on real photos. Every ΔE here is
computed by colour-science, independently of the engine's own residuals."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from scipy.optimize import minimize

from hybridstudio.core.colour_lib import colour
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.separation.api import SeparateOptions, separate
from hybridstudio.separation.colours import srgb_to_lab
from hybridstudio.separation.composite import composite_planes
from hybridstudio.separation.inks import load_library, resolve_substrate
from hybridstudio.separation.perceptual import de2000_residuals, project_limit, solve_perceptual
from hybridstudio.separation.report import gradient_smoothness
from hybridstudio.separation.unmix import InkModel, solve_colours
from hybridstudio.testing import photo

KBR = ["Black", "Blue", "Bright Red"]


def de00(a, b):
    return colour.delta_E(np.asarray(a, np.float64), np.asarray(b, np.float64), method="CIE 2000")


def small(name, size=128):
    img = photo(name)
    s = size / max(img.shape[:2])
    return np.clip(cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA), 0, 1)


def run(img, solver="perceptual", limit=None, inks=KBR, tolerance=0.5):
    return separate(
        ImagePayload(img, dpi=600.0),
        SeparateOptions(
            method="spot",
            library="riso",
            pick=inks,
            process="riso",
            dot_gain=0.25,
            dpi=600.0,
            solver=solver,
            coverage_limit=limit,
            ink_tolerance=tolerance,
        ),
    )


def test_residuals_have_the_ciede2000_norm():
    rng = np.random.default_rng(0)
    ref = rng.uniform([0, -90, -90], [100, 90, 90], (5000, 3))
    lab = ref + rng.normal(0, 12, ref.shape)
    ref[:50, 1:] = 0.0  # neutrals, where hue is undefined
    lab[50:100] = ref[50:100]
    got = np.linalg.norm(de2000_residuals(lab, ref), axis=-1)
    assert np.abs(got - de00(ref, lab)).max() < 1e-9


def test_projection_is_the_nearest_point_within_the_limit():
    rng = np.random.default_rng(1)
    x = rng.uniform(-0.3, 1.3, (12, 3))
    p = project_limit(x, 0.85)
    assert (p >= 0).all() and (p <= 1).all() and (p.sum(-1) <= 0.85 + 1e-9).all()
    for xi, pi in zip(x, p, strict=True):  # scipy's SLSQP solves the same projection
        ref = minimize(
            lambda v, xi=xi: ((v - xi) ** 2).sum(),
            np.full(3, 0.2),
            method="SLSQP",
            bounds=[(0, 1)] * 3,
            options={"ftol": 1e-12},
            constraints=[{"type": "ineq", "fun": lambda v: 0.85 - v.sum()}],
        )
        assert np.abs(ref.x - pi).max() < 1e-4


def test_in_gamut_mixes_come_back_within_the_limit():
    riso = load_library("riso")
    model = InkModel(
        [riso.get(n) for n in ("Yellow", "Fluorescent Pink", "Blue", "Black")],
        resolve_substrate("paper-white"),
        0.25,
    )
    rng = np.random.default_rng(3)
    nominal = project_limit(rng.uniform(0, 0.6, (400, 4)), 0.8)
    from hybridstudio.separation.composite import tvi

    target = model.lab_effective(tvi(nominal, 0.25))
    res = solve_perceptual(model, target, solve_colours(model, target), limit=0.85, tolerance=0.0)
    assert (res.nominal.sum(-1) <= 0.85 + 1e-9).all()
    de = de00(target, model.lab_effective(tvi(res.nominal, 0.25)))
    assert de.mean() < 0.3 and np.percentile(de, 95) < 1.0


@pytest.mark.parametrize("name", ["astronaut", "coffee"])
def test_better_colour_than_least_squares_and_the_limit_is_kept(name):
    img = small(name)
    old = run(img, "least-squares", limit=4.0)
    new_free = run(img, "perceptual", limit=4.0)
    new = run(img)  # riso: 85 % by default
    de_old = de00(srgb_to_lab(img), srgb_to_lab(old.composite)).mean()
    de_free = de00(srgb_to_lab(img), srgb_to_lab(new_free.composite)).mean()
    assert de_free < de_old * 0.97, (de_free, de_old)
    total = sum(s.coverage for s in new.separations)
    assert total.max() <= 0.85 + 1e-6  # every pixel, not only the 3 mm average
    assert new.report["coverage"]["coverage_check"]["ok"]
    lim = new.report["solver"]["ink_limit"]
    assert lim["limit_percent"] == pytest.approx(85.0 - 3 * 50 / 255, abs=0.1)
    # the price of the limit is what the measured ΔE rose by, roughly
    de_new = de00(srgb_to_lab(img), srgb_to_lab(new.composite)).mean()
    rise = de_new - de_free
    assert lim["delta_e2000_price_mean"] == pytest.approx(rise, abs=0.5 + 0.2 * rise)
    # scaling today's planes down to the limit is worse than solving within it
    old_planes = [s.coverage for s in sorted(old.separations, key=lambda s: s.order)]
    t = np.sum(old_planes, axis=0)
    capped = [p * np.where(t > 0.85, 0.85 / np.maximum(t, 1e-9), 1.0) for p in old_planes]
    comp = composite_planes(
        capped,
        [s.ink for s in sorted(old.separations, key=lambda s: s.order)],
        resolve_substrate("paper-white"),
        0.25,
    )
    assert de_new < de00(srgb_to_lab(img), srgb_to_lab(comp)).mean()


def test_fewest_ink_within_the_tolerance():
    img = small("chelsea")
    inks = ["Black", "Blue", "Bright Red", "Yellow"]  # four inks: many colours have several mixes
    best = run(img, limit=4.0, inks=inks, tolerance=0.0)
    lean = run(img, limit=4.0, inks=inks, tolerance=0.5)
    ink_best = float(np.mean(sum(s.coverage for s in best.separations)))
    ink_lean = float(np.mean(sum(s.coverage for s in lean.separations)))
    de_best = de00(srgb_to_lab(img), srgb_to_lab(best.composite))
    de_lean = de00(srgb_to_lab(img), srgb_to_lab(lean.composite))
    assert ink_lean < ink_best * 0.98, (ink_lean, ink_best)
    assert de_lean.mean() <= de_best.mean() + 0.5 and (de_lean - de_best).max() <= 0.5 + 0.1


def test_gradients_stay_smooth():
    """Ramps from the paper into the inks, between them, and grey: no banding, no speckle. (An exact
    copy scores a step ratio of ~2 here: the solve works on 7-bit colours.) Ramps where two mixes
    meet (saturated red into black: red + blue or black; yellow into violet) are spread over
    neighbouring colours at the riso limit; without a limit, red into black still switches mix."""
    x = np.linspace(0, 1, 256, dtype=np.float32)[None, :, None]

    def smoothness(a, b, limit):
        ramp = np.repeat(np.array(a, np.float32) * (1 - x) + np.array(b, np.float32) * x, 4, axis=0)
        s = run(ramp, limit=limit)
        return gradient_smoothness(ramp, s.composite, [p.coverage for p in s.separations])

    for a, b in (
        ((1, 1, 1), (0.0, 0.47, 0.75)),
        ((1, 1, 1), (0.95, 0.31, 0.38)),
        ((0.0, 0.47, 0.75), (0.95, 0.31, 0.38)),
        ((1, 1, 1), (0.1, 0.1, 0.1)),
    ):
        for limit in (None, 4.0):
            m = smoothness(a, b, limit)
            assert m["step_ratio"] < 4.5 and m["max_coverage_step"] < 0.05 and m["reversals"] < 0.12, (
                a,
                b,
                limit,
                m,
            )
    for a, b in (((0.95, 0.31, 0.38), (0, 0, 0)), ((0.9, 0.9, 0.2), (0.2, 0.1, 0.5))):
        m = smoothness(a, b, None)
        assert m["step_ratio"] < 5.5 and m["max_coverage_step"] < 0.2 and m["reversals"] < 0.12, (a, b, m)


def test_smoothness_measure_sees_banding_and_speckle():
    x = np.linspace(0, 1, 256, dtype=np.float32)
    ramp = np.repeat(np.stack([x, x, x], -1)[None], 4, axis=0)
    banded = np.round(ramp * 6) / 6
    speckled = np.clip(ramp + np.random.default_rng(0).normal(0, 0.02, ramp.shape).astype(np.float32), 0, 1)
    plane = [ramp[..., 0]]
    assert gradient_smoothness(ramp, ramp, plane)["step_ratio"] == pytest.approx(1.0, abs=0.05)
    assert gradient_smoothness(ramp, banded, [banded[..., 0]])["step_ratio"] > 5
    assert gradient_smoothness(ramp, speckled, plane)["reversals"] > 0.2


def test_cli_screenprint_limit_is_kept_in_the_saved_films(tmp_path, capsys):
    """A settable limit for screen printing, end to end: the 8-bit TIFFs on disk stay within it,
    and the command says what it cost."""
    from PIL import Image

    from hybridstudio.cli import main

    src = tmp_path / "coffee.png"
    Image.fromarray(np.round(small("coffee", 96) * 255).astype(np.uint8)).save(src, dpi=(150, 150))
    out = tmp_path / "seps"
    assert (
        main(
            [
                "separate",
                str(src),
                "--method",
                "spot",
                "--library",
                "screenprint",
                "--process",
                "screen",
                "--pick",
                "Black",
                "--pick",
                "Process Cyan,Process Magenta",
                "--coverage-limit",
                "0.7",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "ink limit 69.4 % kept in the solve" in text  # 70 % less half an 8-bit step per ink
    total = sum(1.0 - np.asarray(Image.open(p), np.float64) / 255 for p in sorted(out.glob("*.tif")))
    assert total.max() <= 0.70 + 1e-9

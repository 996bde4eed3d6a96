"""Opaque garment inks by Kubelka–Munk: the closed form against a numerical two-flux solution, an
ink fitted from a simulated drawdown scan (with scanner noise, written as an 8-bit PNG), the
calibration file read back as an ink library, and separations on a black shirt with it."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from scipy.integrate import solve_bvp

from hybridstudio.cli import main
from hybridstudio.core.colour_lib import colour
from hybridstudio.core.errors import InputError
from hybridstudio.separation.colours import srgb_to_lab, srgb_to_linear
from hybridstudio.separation.composite import composite_planes
from hybridstudio.separation.inks import load_library, parse_library, resolve_substrate
from hybridstudio.separation.kubelka import fit_drawdown, km_reflectance, render_drawdown

WHITE_K = np.array([0.08, 0.09, 0.12])  # a plastisol white: little absorption, strong scattering
WHITE_S = np.array([3.0, 3.2, 3.4])
RED_K = np.array([0.05, 2.5, 2.0])
RED_S = np.array([1.5, 1.2, 1.2])


def two_flux(k: float, s: float, rg: float) -> float:
    """Kubelka–Munk's two differential equations solved numerically (scipy): down flux i, up flux j
    in a layer of unit thickness over a background of reflectance rg; reflectance j(0)/i(0)."""

    def f(x, y):
        i, j = y
        return np.vstack([-(k + s) * i + s * j, (k + s) * j - s * i])

    def bc(y0, y1):
        return np.array([y0[0] - 1.0, y1[1] - rg * y1[0]])

    x = np.linspace(0, 1, 50)
    sol = solve_bvp(f, bc, x, np.vstack([np.exp(-x), 0.5 * np.exp(-x)]), tol=1e-8)
    assert sol.success
    return float(sol.sol(0.0)[1])


def test_closed_form_matches_the_two_flux_equations():
    for k, s, rg in ((0.1, 3.0, 0.02), (2.5, 1.2, 0.8), (0.5, 0.5, 0.3), (0.05, 8.0, 0.9)):
        got = km_reflectance(np.full(3, k), np.full(3, s), np.full(3, rg))[0]
        assert got == pytest.approx(two_flux(k, s, rg), abs=1e-5)
    # a thin white over black is grey, over white it is white: the garment shows through
    black, white = km_reflectance(WHITE_K, WHITE_S, np.zeros(3)), km_reflectance(WHITE_K, WHITE_S, np.ones(3))
    assert (black < white - 0.1).all()


def scan(tmp_path, k, s, gain, name="drawdown.png"):
    garment = np.array(resolve_substrate("garment-black").srgb)
    img = render_drawdown(k, s, garment, gain, patch=48)
    rng = np.random.default_rng(0)
    img = np.clip(img + rng.normal(0, 0.01, img.shape), 0, 1)  # scanner noise
    path = tmp_path / name
    Image.fromarray(np.round(img * 255).astype(np.uint8)).save(path, dpi=(300, 300))
    return path


@pytest.mark.parametrize(("k", "s", "gain"), [(WHITE_K, WHITE_S, 0.2), (RED_K, RED_S, 0.12)])
def test_fit_recovers_the_ink_from_a_drawdown_scan(tmp_path, k, s, gain):
    path = scan(tmp_path, k, s, gain)
    rgb = np.asarray(Image.open(path).convert("RGB"), np.float32) / 255
    fit = fit_drawdown(rgb)
    assert fit.dot_gain == pytest.approx(gain, abs=0.03)
    for bg in (np.zeros(3) + 0.01, np.full(3, 0.5), np.ones(3) * 0.9):  # same look over any garment
        want = colour.delta_E(
            srgb_to_lab(_srgb(km_reflectance(k, s, bg))),
            srgb_to_lab(_srgb(km_reflectance(fit.k, fit.s, bg))),
            method="CIE 2000",
        )
        assert float(np.max(want)) < 1.5


def _srgb(lin):
    from hybridstudio.separation.colours import linear_to_srgb

    return linear_to_srgb(np.clip(lin, 0, 1))


def test_ink_fit_command_writes_a_library_used_on_a_black_shirt(tmp_path, capsys):
    path = scan(tmp_path, WHITE_K, WHITE_S, 0.2)
    lib_path = tmp_path / "our-inks.toml"
    assert main(["ink-fit", str(path), "--name", "Plastisol White", "-o", str(lib_path)]) == 0
    assert "dot gain" in capsys.readouterr().out
    assert main(["ink-fit", str(path), "--name", "Again", "-o", str(lib_path)]) != 0  # no overwrite
    path2 = scan(tmp_path, RED_K, RED_S, 0.2, "red.png")
    assert main(["ink-fit", str(path2), "--name", "Plastisol Red", "-o", str(lib_path), "--update"]) == 0
    lib = load_library(lib_path)
    white, red = lib.get("Plastisol White"), lib.get("Plastisol Red")
    assert white.km is not None and red.km is not None and lib.dot_gain == pytest.approx(0.2, abs=0.03)
    # the composite with the fitted ink reproduces the scanned solid on the shirt
    shirt = resolve_substrate("garment-black")
    solid = composite_planes([np.ones((2, 2), np.float32)], [white], shirt, 0.0)[0, 0]
    scanned = np.asarray(Image.open(path).convert("RGB"), np.float32)[24, -24] / 255
    assert float(colour.delta_E(srgb_to_lab(solid), srgb_to_lab(scanned), method="CIE 2000")) < 2.0
    # and separating onto the black shirt with it goes end to end
    img = np.zeros((40, 40, 3), np.float32) + np.linspace(0.05, 0.9, 40, dtype=np.float32)[None, :, None]
    from hybridstudio.core.payloads import ImagePayload
    from hybridstudio.separation.api import SeparateOptions, separate

    sep = separate(
        ImagePayload(img, dpi=150.0),
        SeparateOptions(
            method="spot", library=str(lib_path), pick=["Plastisol White"], substrate="garment-black"
        ),
    )
    de = colour.delta_E(srgb_to_lab(img), srgb_to_lab(sep.composite), method="CIE 2000")
    assert float(de.mean()) < 3.0
    cov = sep.separations[0].coverage
    assert np.all(np.diff(cov.mean(0)) >= -1e-3)  # lighter grey, more white ink
    assert srgb_to_linear(np.array(white.srgb)).mean() > 0.6


def test_bad_calibrations_are_refused(tmp_path):
    text = (
        'hybridstudio_inks = 1\n[[inks]]\nname = "W"\nhex = "#ffffff"\nkm_k = [0.1, 0.1]\nkm_s = [1, 1, 1]\n'
    )
    with pytest.raises(InputError, match="km_k.*three positive numbers"):
        parse_library(text, tmp_path / "x.toml")
    flat = np.full((100, 400, 3), 0.2, np.float32)
    with pytest.raises(InputError, match="bottom row"):
        fit_drawdown(flat)

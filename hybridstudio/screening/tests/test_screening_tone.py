"""Tone reproduction measured on the 1-bit pixels: 0–100 % ramps within ±2 points."""

from __future__ import annotations

import numpy as np
import pytest
from skimage.measure import label
from skimage.segmentation import clear_border

from hybridstudio.core.errors import ParamError
from hybridstudio.screening.render import PlaneScreener
from hybridstudio.screening.spec import SHAPES, ScreenSpec
from hybridstudio.screening.tone import ToneCurve
from hybridstudio.testing.screening import black_share

STEPS = np.linspace(0.0, 1.0, 21)  # 0, 5, …, 100 %
PATCH = 192  # film pixels per patch side
INNER = slice(32, PATCH - 32)


def ramp_plane(values=STEPS, tone: ToneCurve | None = None) -> np.ndarray:
    """A ramp of patches left to right, already at film resolution, as 16-bit film coverage."""
    tone = tone or ToneCurve("none", "", 0.0, 1.0)
    wanted = np.repeat(np.asarray(values, np.float32), PATCH)[None, :].repeat(PATCH, axis=0)
    return tone.apply16(wanted)


def measure(ink: np.ndarray, n: int) -> list[float]:
    return [black_share(ink[INNER, k * PATCH : (k + 1) * PATCH][:, INNER]) for k in range(n)]


def screen(plane: np.ndarray, angle: float = 22.5, **spec) -> np.ndarray:
    s = ScreenSpec(**{"dpi": 1200.0, "lpi": 55.0, **spec}).validate()
    h, w = plane.shape
    return PlaneScreener(plane, w, h, s, angle).rows(0, h)


@pytest.mark.parametrize("shape", SHAPES)
def test_am_ramp_within_two_points(shape):
    ink = screen(ramp_plane(), shape=shape)
    got = measure(ink, len(STEPS))
    err = np.abs(np.array(got) - STEPS * 100)
    assert err.max() <= 2.0, list(zip(STEPS * 100, got, strict=True))
    assert got[0] == 0.0 and got[-1] == 100.0
    assert np.all(np.diff(got) > 0)


@pytest.mark.parametrize(
    ("method", "extra"), [("fm", {"fm_dot_um": 42.0}), ("index", {"index_dpi": 200.0}), ("diffusion", {})]
)
def test_other_methods_ramp_within_two_points(method, extra):
    ink = screen(ramp_plane(), method=method, **extra)
    got = measure(ink, len(STEPS))
    err = np.abs(np.array(got) - STEPS * 100)
    assert err.max() <= 2.0, list(zip(STEPS * 100, got, strict=True))


def test_riso_compensation_prints_the_wanted_tone():
    # hafaio's riso press model (Δ50 = 0.25): printed = a + 4·0.25·a·(1 − a), written out here
    tone = ToneCurve("riso", "", 0.0, 1.0)
    ink = screen(ramp_plane(tone=tone), method="am", shape="round", dpi=600.0, lpi=71.0, angle=45.0)
    film = np.array(measure(ink, len(STEPS))) / 100.0
    printed = film + 4 * 0.25 * film * (1 - film)
    assert np.abs(printed - STEPS).max() * 100 <= 2.0, list(zip(STEPS, printed, strict=True))
    # and the film really is lighter than asked: 50 % goes on film near 29 %
    assert film[10] == pytest.approx(1 - np.sqrt(0.5), abs=0.02)


@pytest.mark.parametrize("preset", ["manual-press", "automatic-press"])
def test_garment_presets_put_lighter_midtones_on_film(preset):
    tone = ToneCurve(preset, "", 0.0, 1.0)
    ink = screen(ramp_plane([0.5], tone=tone))
    film = measure(ink, 1)[0]
    gain = {"manual-press": 40.0, "automatic-press": 30.0}[preset]
    # a press adding `gain` points at 50 % must get a film well under 50 %
    assert film < 50.0 - gain / 2


def test_user_curve_is_followed():
    tone = ToneCurve("none", "0:0, 50:30, 100:100", 0.0, 1.0)
    ink = screen(ramp_plane([0.25, 0.5, 0.75], tone=tone))
    got = measure(ink, 3)
    for measured, target in zip(got, (15.0, 30.0, 65.0), strict=True):
        assert abs(measured - target) <= 2.0, got


@pytest.mark.parametrize("bad", ["0:0, 50:60, 60:40", "50", "0:0, 120:50", "a:b"])
def test_bad_user_curves_are_refused(bad):
    with pytest.raises(ParamError):
        ToneCurve("none", bad)


def test_printable_dot_clamp():
    tone = ToneCurve("none", "", 0.05, 0.95)
    ink = screen(ramp_plane([0.02, 0.04, 0.10, 0.90, 0.96, 0.985], tone=tone))
    got = measure(ink, 6)
    assert got[0] == 0.0  # under half the minimum: dropped
    assert abs(got[1] - 5.0) <= 1.0  # raised to the minimum dot
    assert abs(got[2] - 10.0) <= 1.0 and abs(got[3] - 90.0) <= 1.0
    assert abs(got[4] - 95.0) <= 1.0  # holes kept at the maximum dot
    assert got[5] == 100.0  # filled


@pytest.mark.parametrize("wanted", [0.045, 0.06, 0.079])
def test_no_dot_below_the_minimum_reaches_the_film(wanted):
    tone = ToneCurve("none", "", 0.08, 0.92)
    ink = screen(tone.apply16(np.full((480, 480), wanted, np.float32)), shape="round", angle=0.0, lpi=50.0)
    cell = 24 * 24  # 1200 dpi / 50 lpi at 0°
    sizes = np.bincount(clear_border(label(ink, connectivity=2)).ravel())[1:]
    sizes = sizes[sizes > 0]
    assert sizes.size >= 300
    assert sizes.min() >= int(0.08 * cell) - 2


def test_elliptical_dots_chain_near_40_and_60_percent():
    # the two joins of an elliptical dot: dots touch along the long axis, then the holes close off
    def parts(c):
        ink = screen(
            np.full((576, 576), int(c * 65535), np.uint16),
            shape="elliptical",
            angle=0.0,
            dpi=1200.0,
            lpi=50.0,
        )
        return label(ink, connectivity=1).max(), label(~ink, connectivity=1).max()

    dots_35, _ = parts(0.35)
    dots_45, holes_45 = parts(0.45)
    _, holes_55 = parts(0.55)
    _, holes_65 = parts(0.65)
    cells = (576 // 24) ** 2
    assert dots_35 >= cells and dots_45 <= 2 * 576 // 24  # dots join into chains between 35 and 45 %
    assert holes_55 <= 2 * 576 // 24 and holes_65 >= cells  # holes close off between 55 and 65 %


def test_dot_shapes_have_their_shapes():
    def biggest_dot(shape, c=0.2):
        ink = screen(
            np.full((480, 480), int(c * 65535), np.uint16), shape=shape, angle=0.0, dpi=1200.0, lpi=25.0
        )
        from skimage.measure import regionprops

        props = regionprops(label(ink, connectivity=1))
        return max(props, key=lambda p: p.area), label(ink, connectivity=1).max()

    round_dot, _ = biggest_dot("round")
    square_dot, _ = biggest_dot("square", 0.25)  # 0.25 × 48² px: a whole 24 × 24 square
    diamond_dot, _ = biggest_dot("diamond")
    ellipse_dot, _ = biggest_dot("elliptical")
    _, lines = biggest_dot("line")
    assert round_dot.extent == pytest.approx(np.pi / 4, abs=0.05)
    assert square_dot.extent > 0.95
    assert diamond_dot.extent == pytest.approx(0.5, abs=0.1)  # pixel diamonds run a little over
    assert ellipse_dot.axis_major_length / ellipse_dot.axis_minor_length > 1.6
    assert lines <= 480 // 48 + 1  # one component per line, not per cell


def test_banded_error_diffusion_keeps_the_tone(monkeypatch):
    # planes over WHOLE_PLANE_DIFFUSION_PX are diffused band by band: force that path here
    from hybridstudio.screening import render

    monkeypatch.setattr(render, "WHOLE_PLANE_DIFFUSION_PX", 1000)
    plane = ramp_plane()
    s = ScreenSpec(method="diffusion", dpi=1200.0).validate()
    screener = PlaneScreener(plane, plane.shape[1], plane.shape[0], s, 0.0)
    ink = np.vstack([screener.rows(y, y + 64) for y in range(0, PATCH, 64)])
    got = measure(ink, len(STEPS))
    assert np.abs(np.array(got) - STEPS * 100).max() <= 2.0, got

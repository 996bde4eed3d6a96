"""Analog looks measured: energy, physical sizes, curve shapes, colours, seeds."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.analog import curves, defects, halation, optics, processes, riso
from hybridstudio.core.srgb import luminance, to_linear, to_srgb
from hybridstudio.testing import photo


def _spot(h: int, w: int, r: int) -> np.ndarray:
    img = np.full((h, w, 3), 0.02, np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    img[(yy - h // 2) ** 2 + (xx - w // 2) ** 2 <= r * r] = 2.0  # a light source, linear
    return img


def _halo_radius(img: np.ndarray, base: np.ndarray, c: int = 0) -> float:
    """Distance from the centre where the added red light falls below half its peak outside the spot."""
    h, w = img.shape[:2]
    prof = (img - base)[h // 2, w // 2 :, c]
    outside = prof[np.argmax(prof) :]
    return float(np.argmax(outside < outside.max() / 2) + np.argmax(prof))


def test_halation_is_red_orange_energy_preserving_and_physical():
    base = _spot(300, 300, 6)
    out = halation.halation(base, pitch_um=10.0, size_um=200, strength=0.4)
    for c in range(3):
        assert out[..., c].sum() == pytest.approx(base[..., c].sum(), rel=0.01)
    ring = (out - base)[150, 150 + 25]
    assert ring[0] > 2 * ring[1] > 0 and ring[2] < 0.2 * ring[1] + 1e-6
    # the same scene at twice the pixel count: the halo doubles in pixels
    big = _spot(600, 600, 12)
    out2 = halation.halation(big, pitch_um=5.0, size_um=200, strength=0.4)
    assert _halo_radius(out2, big) == pytest.approx(2 * _halo_radius(out, base), rel=0.15)


def test_glows_stream_in_strips_without_seams():
    lin = to_linear(photo("astronaut")) * np.float32(2.0)
    knee = lambda x: x * halation.highlight_knee(x, 0.5)[..., None]  # noqa: E731

    def combine(x, hl, spread):
        return x + spread - hl

    whole = halation.spread_stream(lin, 12.0, knee, combine, srgb=False, strip_pixels=10**9)
    strips = halation.spread_stream(lin, 12.0, knee, combine, srgb=False, strip_pixels=512 * 24)
    assert np.abs(whole - strips).max() < 1e-5


def test_grain_strips_give_the_whole_image_result():
    from hybridstudio.analog.grain_fast import apply_layer, apply_layer_block, layer_plan

    u = photo("camera")[..., 0]
    for radius, pitch in ((0.36, 6.0), (3.0, 1.0)):  # white-ish grain; grain wider than a pixel
        plan = layer_plan(radius, 0.4, 1.5, pitch)
        strips = apply_layer(u, plan, seed=9, strip_pixels=512 * 40)  # 13 strips
        assert np.array_equal(strips, apply_layer_block(u, plan, seed=9))


def test_bloom_preserves_energy():
    lin = to_linear(photo("astronaut"))
    out = halation.bloom(lin, pitch_um=70.0, size_um=600, amount=0.3)
    assert out.sum() == pytest.approx(lin.sum(), rel=0.005)
    assert not np.allclose(out, lin)


def test_vignette_follows_cos4():
    flat = np.ones((240, 360, 3), np.float32)
    out = optics.vignette(flat, focal_mm=28.0, format_id="135")
    corner_mm = np.hypot(18.0, 12.0) * (359 / 360)  # centre of the corner pixel
    assert out[0, 0, 1] == pytest.approx(np.cos(np.arctan(corner_mm / 28.0)) ** 4, rel=0.02)
    assert out[120, 180, 1] == pytest.approx(1.0, abs=0.01)


def test_hd_curve_has_toe_shoulder_and_keeps_mid_grey():
    table = curves.positive_curve(gamma=1.6, toe=0.35, shoulder=0.3, dmax=2.2)
    e = np.linspace(0, 1, table.size)
    assert np.all(np.diff(table) >= 0)
    assert np.interp(0.18, e, table) == pytest.approx(0.18, rel=0.01)
    assert table[0] == pytest.approx(10**-2.2, rel=0.05)
    # slope in log-log: gentler in the toe than in the straight part
    logd = -np.log10(np.maximum(table, 1e-9))
    x = np.log10(np.maximum(e, 1e-9))
    i_toe, i_mid = np.searchsorted(e, [0.002, 0.18])
    slope = lambda i: (logd[i + 5] - logd[i - 5]) / (x[i + 5] - x[i - 5])  # noqa: E731
    assert abs(slope(i_toe)) < 0.6 * abs(slope(i_mid))


def test_slide_is_more_contrasty_than_a_negative_print():
    img = photo("coffee")
    neg = luminance(to_linear(curves.film_look(img, "colour-negative")))
    slide = luminance(to_linear(curves.film_look(img, "slide")))
    assert np.log10(slide + 1e-3).std() > 1.2 * np.log10(neg + 1e-3).std()
    with pytest.raises(ValueError, match="known looks"):
        curves.film_look(img, "polaroid")


def test_hd_curve_on_an_image_matches_the_curve_in_linear_light():
    img = photo("camera")
    out = to_linear(curves.characteristic_curve(img, gamma=1.6, toe=0.35, shoulder=0.3, dmax=2.2))
    lin = to_linear(img).astype(np.float64)
    expect = curves.positive_response(lin, 1.6, 0.35, 0.3, 2.2)
    assert np.abs(out - expect).max() < 2e-3


def test_chromatic_aberration_fringes_point_outwards():
    img = np.zeros((200, 300, 3), np.float32)
    img[20:24, 30:34] = 1.0  # a white dot near the top-left corner
    out = optics.chromatic_aberration(img, percent=2.0)
    yy, xx = np.mgrid[0:200, 0:300]

    def dist(c):
        w = out[..., c]
        return np.hypot((w * xx).sum() / w.sum() - 149.5, (w * yy).sum() / w.sum() - 99.5)

    assert dist(0) > dist(1) > dist(2)


def test_dust_and_scratches_are_seeded_and_physical():
    img = np.full((600, 900, 3), 0.3, np.float32)
    a = defects.dust_and_scratches(img, 40.0, seed=1, dust_per_cm2=30, scratches=0, hairs_per_cm2=0)
    b = defects.dust_and_scratches(img, 40.0, seed=1, dust_per_cm2=30, scratches=0, hairs_per_cm2=0)
    c = defects.dust_and_scratches(img, 40.0, seed=2, dust_per_cm2=30, scratches=0, hairs_per_cm2=0)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert (a >= img - 1e-6).all()  # white polarity: dirt on a negative prints light
    # the same film at half the pixels: the dirt covers the same share of the frame
    half = defects.dust_and_scratches(
        img[::2, ::2], 80.0, seed=1, dust_per_cm2=30, scratches=0, hairs_per_cm2=0
    )
    assert (half - img[::2, ::2]).mean() == pytest.approx((a - img).mean(), rel=0.25)
    dark = defects.dust_and_scratches(img, 40.0, seed=1, polarity="dark")
    assert (dark <= img + 1e-6).all()


def test_light_leak_only_adds_light_from_one_side():
    lin = to_linear(photo("astronaut"))
    out = defects.light_leak(lin, seed=3, strength=0.8)
    add = (out - lin)[..., 0]
    assert (add >= -1e-6).all() and add.max() > 0.3
    edges = [add[:, :40].mean(), add[:, -40:].mean(), add[:40].mean(), add[-40:].mean()]
    assert max(edges) > 3 * min(edges)
    assert (out - lin)[..., 0].sum() > (out - lin)[..., 2].sum()  # warm


def test_alternative_processes_have_their_colours():
    ramp = np.repeat(np.linspace(0, 1, 256, dtype=np.float32)[None, :, None], 64, axis=0).repeat(3, axis=2)
    cyan = processes.alternative_process(ramp, "cyanotype", texture=0)
    shadow, highlight = cyan[32, 5], cyan[32, 250]
    assert shadow[2] > shadow[0] + 0.1  # Prussian blue
    assert np.all(highlight > 0.85)  # paper white
    vdb = processes.alternative_process(ramp, "van-dyke", texture=0)[32, 5]
    assert vdb[0] > vdb[2]  # brown
    lith = processes.alternative_process(ramp, "lith", texture=0)
    hi, lo = lith[32, 200], lith[32, 3]
    assert hi[0] - hi[2] > lo[0] - lo[2]  # warm highlights, colder blacks
    assert np.all(np.diff(luminance(to_linear(cyan))[32]) > -0.02)  # a positive: tone order kept
    with pytest.raises(ValueError, match="known processes: cyanotype"):
        processes.get_process("gum-bichromate")


def test_paper_texture_modulates_alt_process_density():
    grey = np.full((256, 256, 3), 0.35, np.float32)
    smooth = processes.alternative_process(grey, "platinum", texture=0)
    rough = processes.alternative_process(grey, "platinum", texture=2, mm_per_px=0.05)
    assert smooth[..., 1].std() < 1e-3 < rough[..., 1].std()


def test_riso_multiplies_ink_colours_and_misregisters():
    pink = to_srgb(riso.ink_linear("fluorescent-pink"))
    img = np.ones((120, 160, 3), np.float32)
    img[30:90, 40:120] = pink
    cov = riso.separate(img, ["blue", "fluorescent-pink"])
    assert cov[60, 80, 1] > 0.9 and cov[60, 80, 0] < 0.1
    out = riso.risograph(
        img, 0.2, ["blue", "fluorescent-pink"], seed=1, misregistration_mm=0, texture=0, dot_gain=0
    )
    assert np.abs(out[60, 80] - pink).max() < 0.08
    moved = riso.risograph(img, 0.2, ["blue", "fluorescent-pink"], seed=1, misregistration_mm=2, texture=0)
    assert np.abs(moved - out).max() > 0.3
    with pytest.raises(ValueError, match="known inks"):
        riso.ink_linear("gold-leaf")


def test_riso_halftone_has_the_ruling_angle_and_tone():
    mm_per_px = 25.4 / 1200  # a 1200 dpi master
    flat = np.full((1024, 1024), 0.5, np.float32)
    dots = riso.halftone(flat, mm_per_px, lpi=71, angle_deg=0)
    spectrum = np.abs(np.fft.rfft(dots.mean(axis=0) - dots.mean()))
    cycles = np.argmax(spectrum) / (1024 * mm_per_px)  # per mm
    assert cycles * 25.4 == pytest.approx(71, rel=0.03)
    for c in (0.1, 0.3, 0.7):
        assert riso.halftone(np.full((512, 512), c, np.float32), mm_per_px, 71, 45).mean() == pytest.approx(
            c, abs=0.01
        )
    assert riso.screen_angles(["yellow", "black", "bright-red"]) == [15.0, 45.0, 75.0]
    # too coarse to draw dots (a reduced preview): the tone is kept, unscreened
    assert np.array_equal(riso.halftone(flat, 0.3, 71, 45), flat)

"""Film grain: the fast renderer against the exact Boolean model, resolution independence, the
grainmeter against each stock's RMS granularity, seeds, colour layers, real photos."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.analog.grain_exact import render_exact
from hybridstudio.analog.grain_fast import render_fast
from hybridstudio.analog.grainmeter import rms_granularity
from hybridstudio.analog.stocks import STOCKS, add_grain, get_stock
from hybridstudio.testing import photo


def _corr_length(p: np.ndarray, lags: int = 4) -> float:
    """Correlation length in pixels: 1 + 2·Σ ρ(k) along rows and columns (the integral scale)."""
    a = p - p.mean()
    v = a.var()
    rho = [((a[:, k:] * a[:, :-k]).mean() + (a[k:] * a[:-k]).mean()) / (2 * v) for k in range(1, lags + 1)]
    return 1.0 + 2.0 * float(np.sum(rho))


@pytest.mark.parametrize("radius,spread", [(1.0, 0.0), (0.6, 0.4)])
def test_fast_matches_exact_boolean_model(radius, spread):
    levels = (0.1, 0.3, 0.5, 0.7, 0.9)
    for u in levels:
        flat = np.full((128, 128), u)
        exact = render_exact(flat, 1.0, radius, spread, seed=11)
        fast = render_fast(flat, 1.0, radius, spread, seed=11)
        # the model's intensity covers a fraction u; 0.02 is ~3 standard errors of one 128² patch
        assert abs(exact.mean() - u) < 0.02
        assert abs(fast.mean() - u) < 0.02
        assert fast.std() == pytest.approx(exact.std(), rel=0.10), f"variance differs at u={u}"
        assert _corr_length(fast) == pytest.approx(_corr_length(exact), rel=0.15), f"correlation at u={u}"


def test_fast_matches_exact_for_real_tri_x_at_24_megapixels():
    # the regime of real images: grains of 0.36 µm, clumps of 1.5 µm, 6 µm pixels (6000 px on 36 mm)
    stock = get_stock("tri-x-400")
    r = stock.layer_radius_um(1)
    exact = render_exact(np.full((24, 24), 0.6), 6.0, r, stock.spread, stock.cloud_um, seed=2)
    fast = render_fast(np.full((256, 256), 0.6, np.float32), 6.0, r, stock.spread, stock.cloud_um, seed=2)
    assert fast.std() == pytest.approx(exact.std(), rel=0.10)


def test_fast_grain_near_black_and_white_stays_bounded_with_the_model_statistics():
    from hybridstudio.analog.grain_model import LEVELS, pixel_statistics

    stock = get_stock("tri-x-400")
    r = stock.layer_radius_um(1)
    stats = pixel_statistics(r, stock.spread, stock.cloud_um, 6.0)
    for u in (1 / 255, 3 / 255, 0.5, 252 / 255):
        out = render_fast(np.full((512, 512), u, np.float32), 6.0, r, stock.spread, stock.cloud_um, seed=5)
        assert out.min() >= 0.0 and out.max() <= 1.0
        assert out.mean() == pytest.approx(u, abs=3e-4)
        assert out.std() == pytest.approx(np.interp(u, LEVELS, stats.sigma), rel=0.10)


def test_exact_grains_are_tied_to_the_film_not_the_pixels():
    u = np.full((48, 48), 0.5)
    one = render_exact(u, 2.0, 1.5, 0.3, seed=4)
    two = render_exact(np.full((96, 96), 0.5), 1.0, 1.5, 0.3, seed=4)
    down = two.reshape(48, 2, 48, 2).mean(axis=(1, 3))
    assert np.corrcoef(one.ravel(), down.ravel())[0, 1] > 0.95  # the same grains
    other = render_exact(u, 2.0, 1.5, 0.3, seed=5)
    assert abs(np.corrcoef(one.ravel(), other.ravel())[0, 1]) < 0.1


def test_fast_render_at_twice_the_resolution_downsampled_matches():
    stock = get_stock("tri-x-400")
    r = stock.layer_radius_um(1, size=4.0)  # coarse grain: correlated over pixels
    for u in (0.3, 0.6, 0.9):
        one = render_fast(
            np.full((256, 256), u, np.float32), 6.0, r, stock.spread, 4 * stock.cloud_um, seed=1
        )
        two = render_fast(
            np.full((512, 512), u, np.float32), 3.0, r, stock.spread, 4 * stock.cloud_um, seed=1
        )
        down = two.reshape(256, 2, 256, 2).mean(axis=(1, 3))
        assert down.std() == pytest.approx(one.std(), rel=0.05)
        assert down.mean() == pytest.approx(one.mean(), abs=0.003)


@pytest.mark.parametrize("stock_id", list(STOCKS))
def test_grainmeter_reads_the_stock_rms_granularity(stock_id):
    stock = get_stock(stock_id)
    pitch = 4.0  # a 9000-pixel-wide 135 frame: the 48 µm aperture spans 12 px
    d1 = np.full((640, 640), 0.9, np.float32)  # coverage 0.9 = transmittance 0.1 = density 1.0
    img = render_fast(d1, pitch, stock.layer_radius_um(1), stock.spread, stock.cloud_um, seed=3)
    assert rms_granularity(img, pitch) == pytest.approx(stock.rms, rel=0.10)


def test_grain_is_seeded_and_per_layer_or_mono():
    img = photo("coffee")
    a = add_grain(img, "portra-400", amount=4, seed=1)
    b = add_grain(img, "portra-400", amount=4, seed=1)
    c = add_grain(img, "portra-400", amount=4, seed=2)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    flat = np.full((256, 256, 3), 0.5, np.float32)
    col = add_grain(flat, "portra-400", colour=True, amount=4) - flat
    assert abs(np.corrcoef(col[..., 0].ravel(), col[..., 2].ravel())[0, 1]) < 0.1
    mono = add_grain(flat, "tri-x-400", colour=False) - flat
    assert np.allclose(mono[..., 0], mono[..., 2])


def test_grain_on_a_photo_keeps_tones_and_depends_on_grey_level():
    img = photo("camera")
    out = add_grain(img, "tri-x-400", amount=2)
    assert abs(float(out.mean() - img.mean())) < 0.004
    diff = (out - img)[..., 0]
    lum = img[..., 0]
    mid = diff[(lum > 0.4) & (lum < 0.6)].std()
    deep = diff[lum < 0.03].std()
    assert mid > 1.5 * deep  # Boolean model: variance ∝ u(1−u), small near black


def test_grain_is_physical_in_a_preview():
    big = np.full((800, 1200, 3), 0.5, np.float32)
    small = np.full((400, 600, 3), 0.5, np.float32)
    s_big = (add_grain(big, "tri-x-400", colour=False) - big)[..., 0]
    s_small = (add_grain(small, "tri-x-400", colour=False) - small)[..., 0]
    s_big2 = s_big.reshape(400, 2, 600, 2).mean(axis=(1, 3))
    assert s_small.std() == pytest.approx(s_big2.std(), rel=0.08)  # same film, bigger pixels


@pytest.mark.parametrize("stock_id", ["tri-x-400", "portra-400"])
def test_preview_shows_the_grains_of_the_full_resolution_export(stock_id):
    # the same 9 mm square of a 135 frame, as the 6000-px export and as the 1732-px preview sees it
    import cv2

    from hybridstudio.analog.gate import pixel_pitch_um

    export_pitch, preview_pitch = pixel_pitch_um(6000, 4000, "135"), pixel_pitch_um(1732, 1155, "135")
    big = np.full((1500, 1500, 3), 0.5, np.float32)  # 1500 × 6 µm = 9 mm
    small = np.full((433, 433, 3), 0.5, np.float32)  # 433 × 20.785 µm = 9 mm
    g_big = add_grain(big, stock_id, pitch_um=export_pitch, seed=7) - big
    g_small = add_grain(small, stock_id, pitch_um=preview_pitch, seed=7) - small
    down = cv2.resize(g_big, (433, 433), interpolation=cv2.INTER_AREA)  # exact area weights
    for c in range(3):
        assert np.corrcoef(down[..., c].ravel(), g_small[..., c].ravel())[0, 1] > 0.7  # same grains
    other = add_grain(small, stock_id, pitch_um=preview_pitch, seed=8) - small
    assert abs(np.corrcoef(down[..., 1].ravel(), other[..., 1].ravel())[0, 1]) < 0.05


def test_a_crop_rendered_alone_has_the_grain_of_the_same_region_of_the_whole():
    img = photo("coffee")  # 400 × 600
    pitch = 12.0
    for stock_id, size in (("portra-400", 1.0), ("tri-x-400", 6.0)):  # fine colour, coarse mono
        part = img[130:337, 210:541]
        whole = add_grain(img, stock_id, pitch_um=pitch, size=size, seed=3)
        crop = add_grain(part, stock_id, pitch_um=pitch, size=size, seed=3, origin_px=(130, 210))
        assert np.abs(crop - whole[130:337, 210:541]).max() < 1e-5  # float rounding in filters
        elsewhere = add_grain(part, stock_id, pitch_um=pitch, size=size, seed=3)  # at the frame's corner
        assert (elsewhere - crop)[..., 1].std() > 0.5 * (crop - part)[..., 1].std()  # position matters


def test_unknown_stock_lists_the_known_ones():
    with pytest.raises(ValueError, match="known stocks: .*tri-x-400.*portra-400"):
        get_stock("trix-400")

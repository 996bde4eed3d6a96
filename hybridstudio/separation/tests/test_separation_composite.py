"""The composite model: paper, solids, Neugebauer–Demichel overlaps, dot gain, opaque cover."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from hybridstudio.separation.colours import srgb_to_lab
from hybridstudio.separation.composite import composite_of, composite_planes, inverse_tvi, tvi
from hybridstudio.separation.inks import load_library
from hybridstudio.separation.sets import Ink, Separation, SeparationSet

PAPER = Ink("paper", (1.0, 1.0, 1.0), opacity="opaque")


def _srgb_decode(v):
    v = np.asarray(v, dtype=np.float64)
    return np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)


def _srgb_encode(v):
    v = np.clip(v, 0, 1)
    return np.where(v <= 0.0031308, v * 12.92, 1.055 * v ** (1 / 2.4) - 0.055)


def test_paper_and_solids():
    riso = load_library("riso")
    pink = riso.get("Fluorescent Pink")
    h, w = 4, 6
    none = composite_planes([np.zeros((h, w))], [pink], PAPER)
    solid = composite_planes([np.ones((h, w))], [pink], PAPER)
    assert np.allclose(none, 1.0, atol=1e-6)
    assert np.allclose(solid[0, 0], pink.srgb, atol=1e-4)  # a solid prints its own colour on white


def test_neugebauer_demichel_over_every_overlap():
    """Three transparent inks at random coverages: the model equals the explicit Neugebauer sum over
    all 2³ overprints with Demichel weights (computed here independently, in linear light)."""
    riso = load_library("riso")
    inks = [riso.get("Yellow"), riso.get("Fluorescent Pink"), riso.get("Blue")]
    paper = Ink("cream", (0.96, 0.94, 0.88), opacity="opaque")
    rng = np.random.default_rng(1)
    cov = rng.uniform(0, 1, (3, 5, 5))
    got = composite_planes(list(cov), inks, paper)
    t = [_srgb_decode(i.srgb) for i in inks]
    p = _srgb_decode(paper.srgb)
    expected = np.zeros((5, 5, 3))
    for subset in itertools.product((0, 1), repeat=3):
        weight = np.ones((5, 5))
        colour = p.copy()
        for k, on in enumerate(subset):
            weight = weight * (cov[k] if on else 1 - cov[k])
            if on:
                colour = colour * t[k]
        expected += weight[..., None] * colour
    assert np.abs(got - _srgb_encode(expected)).max() < 1e-4


def test_yellow_over_blue_prints_green():
    riso = load_library("riso")
    out = composite_planes([np.ones((1, 1)), np.ones((1, 1))], [riso.get("Yellow"), riso.get("Blue")], PAPER)
    lab = srgb_to_lab(out[0, 0])
    hue = np.degrees(np.arctan2(lab[2], lab[1])) % 360
    assert 120 < hue < 200 and lab[0] < 60


def test_dot_gain_curve():
    # riso: nominal 50 % prints ~75 % with Δ50 = 0.25 (shared notes, hafaio press model)
    assert tvi(np.array(0.5), 0.25) == pytest.approx(0.75)
    a = np.linspace(0, 1, 101)
    g = tvi(a, 0.25)
    assert g[0] == 0 and g[-1] == pytest.approx(1.0) and np.all(np.diff(g) >= 0)
    assert np.allclose(inverse_tvi(g, 0.25), a, atol=1e-9)
    ink = Ink("black", (0.0, 0.0, 0.0))
    half = np.full((2, 2), 0.5, dtype=np.float32)
    with_gain = composite_planes([half], [ink], PAPER, 0.25)[0, 0, 0]
    without = composite_planes([half], [ink], PAPER, 0.0)[0, 0, 0]
    assert with_gain < without  # gain darkens the midtones
    assert _srgb_decode(with_gain) == pytest.approx(0.25, abs=1e-3)  # 75 % black → 25 % reflectance


def test_opaque_inks_cover_in_print_order():
    white = Ink("white", (1.0, 1.0, 1.0), opacity="opaque")
    black = Ink("black", (0.0, 0.0, 0.0), opacity="opaque")
    shirt = Ink("navy", (0.12, 0.16, 0.27), opacity="opaque")
    one = np.ones((2, 2), dtype=np.float32)
    white_last = composite_planes([one, one], [black, white], shirt)
    black_last = composite_planes([one, one], [white, black], shirt)
    assert np.allclose(white_last, 1.0) and np.allclose(black_last, 0.0)
    # composite_of follows each separation's order, not the list order
    sepset = SeparationSet([Separation(black, one, 2), Separation(white, one, 1)], shirt, 300)
    assert np.allclose(composite_of(sepset), 0.0)
    # partial hiding: a 0.8-hiding white on navy shows some of the shirt
    semi = Ink("white", (1.0, 1.0, 1.0), opacity="opaque", hiding=0.8)
    out = composite_planes([one], [semi], shirt)[0, 0]
    assert np.all(out < 1.0) and np.all(out > shirt.srgb)

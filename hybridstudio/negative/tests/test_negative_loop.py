"""Closing the calibration loop in simulation: a synthetic process with a known non-linear response
prints the target (read from the exported TIFF), the scan (rotated, scaled, skewed, noisy, dusty)
is read back, and after calibration a 21-step wedge prints linear in L* within ΔL* ≤ 2."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.negative.calibration import calibrate, quality_report
from hybridstudio.negative.curve import ToneCurve
from hybridstudio.negative.export import export_sheet
from hybridstudio.negative.scan import read_scan
from hybridstudio.negative.target import LAYOUTS, make_target
from hybridstudio.testing.negative_sim import (
    hard_density,
    ink_from_negative_file,
    print_lstar,
    scan,
    sheet_ink,
    soft_density,
    synthetic_print,
)

DPI = 300.0


def _print_and_scan(tmp_path, curve, name, **scan_kw):
    sheet = make_target(21, curve, "#000000", DPI, process="synthetic")
    tif = tmp_path / f"{name}.tif"
    export_sheet(sheet, tif, compress=True)
    ink = ink_from_negative_file(tif)
    return sheet, ink, scan(synthetic_print(ink), **scan_kw)


@pytest.fixture(scope="module")
def first_round(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("loop")
    _, _, scanned = _print_and_scan(
        tmp, ToneCurve.identity(), "round1", angle=3.0, scale=0.8, skew=0.012, seed=3
    )
    reading, geom = read_scan(scanned)
    return tmp, reading, geom, calibrate(reading, {"process": "synthetic"})


def test_uncalibrated_print_is_far_from_linear(first_round):
    _, reading, geom, cal = first_round
    assert sorted(geom.markers_found) == [0, 1, 2, 3]
    assert abs(geom.rotation_deg - (-3.0)) < 0.5  # OpenCV's angle sign: counter-clockwise positive
    rep = cal.report["measured"]
    assert rep["max_delta_lstar"] > 15  # the synthetic process is strongly non-linear
    assert rep["distinguishable_steps"] < 18


def test_scan_reading_matches_the_process(first_round):
    _, reading, _, _ = first_round
    truth = print_lstar(np.linspace(0, 1, 21))
    # the reading of each patch (noise, dust, resampling) is within 1 L* of the true print
    assert np.max(np.abs(reading.lstar - truth)) < 1.0
    assert abs(reading.white_lstar - print_lstar(np.array([1.0]))[0]) < 1.0
    assert abs(reading.clear_lstar - print_lstar(np.array([0.0]))[0]) < 1.0


def test_calibrated_wedge_is_linear_within_2_lstar(first_round):
    tmp, _, _, cal = first_round
    curve = cal.curve
    assert len(curve.x) <= 16
    assert np.all(np.diff(curve(np.linspace(0, 1, 1001))) >= 0)  # monotone
    # the wedge printed through the correction, straight from the process (no scan)
    tones = np.linspace(0, 1, 21)
    lstar = print_lstar(curve(tones))
    white, clear = print_lstar(np.array([1.0, 0.0]))
    direct = quality_report(tones, lstar, white, clear)
    assert direct["max_delta_lstar"] <= 2.0, direct
    # … and the whole loop again: a calibrated target, exported, printed, scanned differently
    _, _, scanned = _print_and_scan(tmp, curve, "round2", angle=-2.5, scale=0.7, skew=-0.008, seed=7)
    reading, _ = read_scan(scanned)
    measured = quality_report(reading.tones(), reading.lstar, reading.white_lstar, reading.clear_lstar)
    assert measured["max_delta_lstar"] <= 2.0, measured
    assert measured["distinguishable_steps"] == 21


def test_second_round_merges_and_stays_linear(first_round):
    tmp, _, _, cal = first_round
    _, _, scanned = _print_and_scan(tmp, cal.curve, "round2b", angle=1.5, scale=0.9, seed=11)
    reading, _ = read_scan(scanned)
    cal2 = calibrate(reading, previous=cal)
    assert len(cal2.rounds) == 2
    assert cal2.rounds[1].inks == pytest.approx(list(cal.curve(reading.tones())), abs=1e-9)
    assert cal2.meta["process"] == "synthetic"
    tones = np.linspace(0, 1, 21)
    white, clear = print_lstar(np.array([1.0, 0.0]))
    after = quality_report(tones, print_lstar(cal2.curve(tones)), white, clear)
    assert after["max_delta_lstar"] <= 2.0, after
    # round 2 samples the mid-tones densely where round 1 was coarse: the merged fit is not worse
    before = quality_report(tones, print_lstar(cal.curve(tones)), white, clear)
    assert after["mean_delta_lstar"] <= before["mean_delta_lstar"] + 0.3


@pytest.mark.parametrize("steps", [51, 101])
def test_larger_wedges_are_found_and_read(steps):
    sheet = make_target(steps, ToneCurve.identity(), "#000000", 200.0)

    scanned = scan(synthetic_print(sheet_ink(sheet)), angle=-1.0, scale=1.0, seed=steps)
    reading, geom = read_scan(scanned)
    assert geom.layout is LAYOUTS[steps]
    assert reading.steps == steps
    truth = print_lstar(np.linspace(0, 1, steps))
    assert np.max(np.abs(reading.lstar - truth)) < 1.5


@pytest.mark.parametrize("density", [soft_density, hard_density], ids=["long-toe", "blocked-shadows"])
def test_other_process_shapes_calibrate_within_2_lstar(density):
    sheet = make_target(21, ToneCurve.identity(), "#000000", 200.0)
    scanned = scan(synthetic_print(sheet_ink(sheet), density), angle=-3.5, scale=0.9, seed=4)
    reading, _ = read_scan(scanned)
    cal = calibrate(reading)
    tones = np.linspace(0, 1, 21)
    white, clear = print_lstar(np.array([1.0, 0.0]), density)
    after = quality_report(tones, print_lstar(cal.curve(tones), density), white, clear)
    assert after["max_delta_lstar"] <= 2.0, after
    assert cal.report["measured"]["max_delta_lstar"] > 5.0
    if density is soft_density:  # the negative never prints paper white: the report says so
        assert any("paper white" in a for a in cal.report["advice"])

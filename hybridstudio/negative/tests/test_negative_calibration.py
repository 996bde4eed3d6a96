"""Curve fitting, readings CSV import, calibration files and the quality report."""

from __future__ import annotations

import json

import numpy as np
import pytest

from hybridstudio.core.errors import InputError
from hybridstudio.negative.calibration import Calibration, calibrate, quality_report
from hybridstudio.negative.curve import ToneCurve, fit_response
from hybridstudio.negative.processes import load_presets
from hybridstudio.negative.readings import WedgeReading, read_csv
from hybridstudio.testing.negative_sim import print_lstar


def _synthetic_reading(curve: ToneCurve | None = None, noise: float = 0.0, seed: int = 0) -> WedgeReading:
    tones = np.linspace(0, 1, 21)
    inks = tones if curve is None else curve(tones)
    rng = np.random.default_rng(seed)
    lstar = print_lstar(inks) + rng.normal(0, noise, 21)
    white, clear = print_lstar(np.array([1.0, 0.0]))
    return WedgeReading(lstar, float(white), float(clear), source="synthetic")


def test_fit_is_monotone_smooth_and_inverts_a_known_response():
    n = np.linspace(0, 1, 101)
    q = np.clip(n**0.45 + np.random.default_rng(2).normal(0, 0.01, n.size), 0, 1)  # noisy, non-monotone
    fit = fit_response(n, q, knots=16)
    grid = np.linspace(0, 1, 2001)
    assert np.all(np.diff(fit.correction(grid)) >= 0)
    assert np.all(np.diff(fit.response(grid)) >= 0)
    assert len(fit.correction.x) <= 16
    # the correction undoes the true response n ** 0.45 → C(p) ≈ p ** (1 / 0.45)
    p = np.linspace(0, 1, 21)
    target = fit.q_black + p * (fit.q_white - fit.q_black)
    # (1 % noise; the response is steepest near 0, where a 0.005 error in n moves q by 0.03)
    assert np.max(np.abs(fit.correction(p) ** 0.45 - target)) < 0.04


def test_fit_errors():
    with pytest.raises(ValueError, match="at least three"):
        fit_response(np.array([0.0, 1.0]), np.array([0.0, 1.0]))
    with pytest.raises(ValueError, match="no tonal scale"):
        fit_response(np.linspace(0, 1, 10), np.full(10, 0.5))


def test_tone_curve_validation_and_lut():
    with pytest.raises(ValueError, match="monotone"):
        ToneCurve((0.0, 0.5, 1.0), (0.0, 0.8, 0.6))
    with pytest.raises(ValueError, match="increase"):
        ToneCurve((0.0, 0.0, 1.0), (0.0, 0.2, 1.0))
    curve = ToneCurve.from_points([[0, 0], [0.5, 0.3], [1, 1]])
    lut = curve.lut16()
    assert lut.dtype == np.uint16 and lut.size == 65536
    assert lut[0] == 0 and lut[-1] == 65535 and lut[32768] == pytest.approx(0.3 * 65535, abs=2)
    assert np.all(np.diff(lut.astype(int)) >= 0)
    assert len(np.unique(lut)) > 50000  # a real 16-bit table, not 256 levels


def test_quality_report_counts_distinguishable_steps():
    rep = quality_report(np.linspace(0, 1, 5), np.array([20.0, 20.5, 22.0, 22.2, 30.0]), 30.0, 20.0)
    assert rep["distinguishable_steps"] == 3  # 20, 22 and 30; 20.5 and 22.2 are within 1 L*
    assert [s["target_lstar"] for s in rep["steps"]] == [20.0, 22.5, 25.0, 27.5, 30.0]
    assert rep["max_delta_lstar"] == pytest.approx(5.3)  # step 4: 22.2 vs 27.5


def test_calibration_file_round_trip(tmp_path):
    cal = calibrate(
        _synthetic_reading(noise=0.3),
        {
            "process": "cyanotype",
            "paper": "Arches Platine",
            "chemistry": "classic 1:1",
            "printer": "Epson P700",
            "film": "Pictorico OHP",
            "exposure": "12 min UV LED",
            "negative_colour": "#a06fb8",
        },
    )
    path = cal.save(tmp_path / "cyan.negcal.json")
    data = json.loads(path.read_text())
    assert data["format"] == "hybridstudio-negative-calibration" and data["version"] == 1
    assert data["paper"] == "Arches Platine" and len(data["rounds"][0]["steps"]) == 21
    back = Calibration.load(path)
    grid = np.linspace(0, 1, 257)
    assert np.max(np.abs(back.curve(grid) - cal.curve(grid))) < 1e-4
    assert back.meta == cal.meta
    assert back.rounds[0].lstar == pytest.approx(cal.rounds[0].lstar, abs=1e-3)
    assert back.report["measured"]["max_delta_lstar"] == cal.report["measured"]["max_delta_lstar"]
    # a second round built on the loaded file keeps the first
    cal2 = calibrate(_synthetic_reading(back.curve, noise=0.3, seed=1), previous=back)
    assert len(cal2.rounds) == 2 and cal2.meta["paper"] == "Arches Platine"


def test_calibration_file_errors(tmp_path):
    with pytest.raises(InputError, match="not found"):
        Calibration.load(tmp_path / "nope.negcal.json")
    bad = tmp_path / "bad.negcal.json"
    bad.write_text("{ not json")
    with pytest.raises(InputError, match="bad.negcal.json"):
        Calibration.load(bad)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(InputError, match="not a HybridStudio negative calibration"):
        Calibration.load(other)
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(
            {
                "format": "hybridstudio-negative-calibration",
                "version": 1,
                "curve": {"points": [[0, 0.5], [1, 0.2]]},
            }
        )
    )
    with pytest.raises(InputError, match="damaged"):
        Calibration.load(broken)


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_csv_lstar_and_density(tmp_path):
    truth = print_lstar(np.linspace(0, 1, 21))
    rows = "\n".join(f"{i + 1},{v:.2f}" for i, v in enumerate(truth))
    p = _write(
        tmp_path,
        "l.csv",
        f"# i1Pro readings\npatch,L*\n{rows}\npaper-white,{truth[-1] + 0.3:.2f}\n"
        f"clear-film,{truth[0] - 0.2:.2f}\n",
    )
    r = read_csv(p)
    assert r.steps == 21 and r.lstar == pytest.approx(truth, abs=0.01)
    assert r.white_lstar == pytest.approx(truth[-1] + 0.3, abs=0.01)
    # densities (semicolons, decimal commas, no references): D = −log10(Y), L* from Y
    y = np.power((truth + 16) / 116, 3)
    dens = -np.log10(y)
    rows = "\n".join(f"{i + 1};{v:.3f}".replace(".", ",") for i, v in enumerate(dens))
    r = read_csv(_write(tmp_path, "d.csv", f"step;density\n{rows}\n"))
    assert r.lstar == pytest.approx(truth, abs=0.1)
    assert r.white_lstar == pytest.approx(truth.max(), abs=0.1)
    assert any("no paper-white" in n for n in r.notes)
    cal = calibrate(r, {"process": "salt"})
    assert cal.report["predicted_with_new_curve"]["max_delta_lstar"] < 2.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("patch,value\n1,20\n", "header must name"),
        ("patch,L\n1,20\n2,abc\n3,40\n", "row 3: 'abc' is not a number"),
        ("patch,L\n1,20\n2,30\n4,40\n", "missing: 3"),
        ("patch,L\n1,20\n2,30\n2,40\n", "given twice"),
        ("patch,L\n1,20\n2,30\n", "at least 3"),
        ("patch,L\n1,90\n2,50\n3,20\n", "numbered from the black end"),
        ("patch,L\n1,20\n2,22\n3,23\n", "no tonal scale"),
        ("patch,L\n1,20\nfoo,30\n3,40\n", "unknown patch 'foo'"),
        ("patch,L\n1,20\n2,130\n3,40\n", "outside 0..100"),
    ],
)
def test_csv_errors(tmp_path, text, message):
    p = _write(tmp_path, "r.csv", text)
    with pytest.raises(InputError, match=message) as err:
        read_csv(p)
    assert "r.csv" in str(err.value)


def test_preset_starting_curves_linearise_their_simulation():
    presets = load_presets()
    assert {"cyanotype", "van-dyke", "salt", "platinum-palladium"} <= set(presets)
    tones = np.linspace(0, 1, 21)
    for p in presets.values():
        lstar = p.model.print_lstar(p.start_curve(tones))
        white, clear = p.model.print_lstar(np.array([1.0, 0.0]))
        rep = quality_report(tones, lstar, white, clear)
        assert rep["max_delta_lstar"] < 1.0, (p.id, rep)
        raw = quality_report(tones, p.model.print_lstar(tones), white, clear)
        assert raw["max_delta_lstar"] > 5.0  # the start curve does real work
    # cyanotype prints blue, Van Dyke brown: colour of the simulated maximum black
    cyan = presets["cyanotype"].model.print_rgb(np.array([0.0]))[0]
    vdb = presets["van-dyke"].model.print_rgb(np.array([0.0]))[0]
    assert cyan[2] > cyan[0] + 0.1 and vdb[0] > vdb[2] + 0.03


def test_tone_maths_agree_with_colour_science():
    from hybridstudio.core.colour_lib import colour
    from hybridstudio.negative import tone

    v = np.linspace(0, 1, 1001)
    assert np.max(np.abs(tone.srgb_to_linear(v) - colour.models.eotf_sRGB(v))) < 1e-6
    assert np.max(np.abs(tone.linear_to_srgb(v) - colour.models.eotf_inverse_sRGB(v))) < 1e-6
    rgb = np.random.default_rng(0).random((64, 3))
    xyz = colour.sRGB_to_XYZ(rgb)
    lab = colour.XYZ_to_Lab(xyz, colour.CCS_ILLUMINANTS["CIE 1931 2 Degree Standard Observer"]["D65"])
    assert np.max(np.abs(tone.srgb_to_lstar(rgb) - lab[:, 0])) < 0.05


def test_advice_on_thin_negatives_and_short_exposures():
    tones = np.linspace(0, 1, 21)
    # a negative too thin: the print keeps lightening right up to full ink
    thin = 20 + 75 * tones**0.5
    cal = calibrate(WedgeReading(thin, 95.0, 20.0))
    assert any("paper white" in a for a in cal.report["advice"])
    # an exposure too short: the first bit of ink already lifts the shadows
    short = 20 + 75 * (1 - (1 - tones) ** 3)
    cal = calibrate(WedgeReading(short, 95.0, 20.0))
    assert any("standard printing time" in a for a in cal.report["advice"])
    # the synthetic process, printed right: no advice
    white, clear = print_lstar(np.array([1.0, 0.0]))
    good = calibrate(WedgeReading(print_lstar(tones), float(white), float(clear)))
    assert good.report["advice"] == []

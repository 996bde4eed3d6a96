"""`hybridstudio negative …` end to end: target → (simulated) print and scan → calibrate → second
round → make, plus CSV readings and the command's errors."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.io.images import save_image
from hybridstudio.testing import photo
from hybridstudio.testing.negative_sim import (
    ink_from_negative_file,
    print_lstar,
    save_scan,
    scan,
    synthetic_print,
)

PURPLE = (0xA0 / 255, 0x6F / 255, 0xB8 / 255)


def _print_scan(tif, path, **kw):
    return save_scan(scan(synthetic_print(ink_from_negative_file(tif, PURPLE)), **kw), path)


def test_processes(capsys):
    assert main(["negative", "processes"]) == 0
    out = capsys.readouterr().out
    for pid in ("cyanotype", "van-dyke", "salt", "platinum-palladium"):
        assert pid in out


def test_calibration_workflow(tmp_path, capsys):
    t1 = tmp_path / "target1.tif"
    assert (
        main(
            [
                "negative",
                "target",
                "--steps",
                "21",
                "--process",
                "cyanotype",
                "--dpi",
                "300",
                "--printer",
                "Epson P700",
                "-o",
                str(t1),
                "--pdf",
                str(tmp_path / "target1.pdf"),
                "--page",
                "A4",
            ]
        )
        == 0
    )
    assert "9" in capsys.readouterr().out
    with Image.open(t1) as im:
        assert im.info["dpi"] == pytest.approx((300, 300))
    assert (tmp_path / "target1.tif.hybridstudio.json").is_file()
    s1 = _print_scan(t1, tmp_path / "scan1.png", angle=2.0, scale=0.8, seed=2)
    cal1 = tmp_path / "paper.negcal.json"
    assert (
        main(
            [
                "negative",
                "calibrate",
                str(s1),
                "--process",
                "cyanotype",
                "--paper",
                "Bergger COT320",
                "--exposure",
                "15 min sun",
                "-o",
                str(cal1),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "max |ΔL*|" in out and "distinguishable" in out
    data = json.loads(cal1.read_text())
    assert data["paper"] == "Bergger COT320" and data["negative_colour"] == "#a06fb8"
    assert data["report"]["measured"]["max_delta_lstar"] > 10
    # second round: the target printed through the first calibration, merged into a new file
    t2 = tmp_path / "target2.tif"
    assert main(["negative", "target", "--dpi", "300", "--calibration", str(cal1), "-o", str(t2)]) == 0
    assert "curve paper" in capsys.readouterr().out
    s2 = _print_scan(t2, tmp_path / "scan2.png", angle=-3.0, scale=0.75, seed=5)
    cal2 = tmp_path / "paper-2.negcal.json"
    assert main(["negative", "calibrate", str(s2), "--previous", str(cal1), "-o", str(cal2), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["round"] == 2
    assert report["measured"]["max_delta_lstar"] <= 2.0  # the first calibration printed linear
    data2 = json.loads(cal2.read_text())
    assert len(data2["rounds"]) == 2 and data2["paper"] == "Bergger COT320"
    # a negative through the merged calibration
    img = save_image(ImagePayload(photo("astronaut")), tmp_path / "astro.png")
    neg = tmp_path / "astro-neg.tif"
    prev = tmp_path / "astro-print.png"
    assert (
        main(
            [
                "negative",
                "make",
                str(img),
                "--calibration",
                str(cal2),
                "--width-mm",
                "120",
                "--dpi",
                "720",
                "-o",
                str(neg),
                "--pdf",
                str(tmp_path / "astro-neg.pdf"),
                "--preview",
                str(prev),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "image 120.02 × 120.02 mm" in out  # 3402 px at 720 dpi: the nearest whole pixel
    with Image.open(neg) as im:
        assert im.info["dpi"] == pytest.approx((720, 720))
    with Image.open(prev) as im:
        rgb = np.asarray(im.convert("RGB"), dtype=float)
    assert rgb[..., 2].mean() > rgb[..., 0].mean()  # cyanotype blue


def test_calibrate_from_csv(tmp_path, capsys):
    lstar = print_lstar(np.linspace(0, 1, 21))
    csv = tmp_path / "readings.csv"
    csv.write_text("patch,L\n" + "\n".join(f"{i + 1},{v:.2f}" for i, v in enumerate(lstar)) + "\n")
    out = tmp_path / "csv.negcal.json"
    assert main(["negative", "calibrate", "--csv", str(csv), "--process", "salt", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["process"] == "salt" and data["negative_colour"] == "#000000"
    assert data["report"]["predicted_with_new_curve"]["max_delta_lstar"] < 2.0


def test_errors(tmp_path, capsys):
    photo_path = save_image(ImagePayload(photo("coffee")), tmp_path / "coffee.png")
    assert main(["negative", "calibrate", str(photo_path), "-o", str(tmp_path / "x.json")]) == 1
    assert "coffee.png: no step-wedge fiducials" in capsys.readouterr().err
    assert main(["negative", "calibrate", "-o", str(tmp_path / "x.json")]) == 1
    assert "either a SCAN" in capsys.readouterr().err
    assert main(["negative", "make", str(photo_path), "--width-mm", "50", "-o", str(photo_path)]) == 1
    assert "would replace an input" in capsys.readouterr().err
    assert (
        main(
            [
                "negative",
                "make",
                str(tmp_path / "nope.png"),
                "--width-mm",
                "50",
                "-o",
                str(tmp_path / "n.tif"),
            ]
        )
        == 1
    )
    assert "nope.png" in capsys.readouterr().err
    assert (
        main(
            [
                "negative",
                "make",
                str(photo_path),
                "--width-mm",
                "50",
                "--process",
                "gum",
                "-o",
                str(tmp_path / "n.tif"),
            ]
        )
        == 1
    )
    assert "not one of" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "n.tif").exists()

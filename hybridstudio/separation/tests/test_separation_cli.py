"""`hybridstudio separate` / `inks` end to end, and the shipped separation recipes."""

from __future__ import annotations

import json
import subprocess
import sys

import cv2
import numpy as np
import pytest
from PIL import Image

from hybridstudio.core.executor import Executor
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.recipe import Recipe
from hybridstudio.io.images import save_image
from hybridstudio.separation.export import load_separations
from hybridstudio.testing import ROOT, photo


def cli(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hybridstudio.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def small_png(tmp_path, name="coffee", size=120, dpi=72.0, alpha=False):
    img = photo(name)
    s = size / max(img.shape[:2])
    img = np.clip(cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA), 0, 1)
    a = None
    if alpha:
        a = np.ones(img.shape[:2], dtype=np.float32)
        a[:, : img.shape[1] // 3] = 0.0
    return save_image(ImagePayload(img, alpha=a, dpi=dpi), tmp_path / f"{name}.png")


def test_separate_riso_stock_writes_600dpi_masters_composite_and_report(tmp_path):
    src = small_png(tmp_path)
    out = tmp_path / "out"
    res = cli(
        "separate",
        str(src),
        "--method",
        "stock",
        "--inks",
        "2",
        "--library",
        "riso",
        "--substrate",
        "paper-white",
        "--misregistration",
        "0.5mm",
        "-o",
        str(out),
    )
    assert res.returncode == 0, res.stderr
    assert "predicted ΔE2000" in res.stdout
    report = json.loads((out / "report.json").read_text())
    assert report["method"] == "stock" and report["inks"] == 2 and report["dpi"] == 600
    for key in ("mean", "p95", "max"):
        assert report["delta_e2000"][key] >= 0
    assert len(report["coverage"]["per_ink"]) == 2 and "total_area_coverage" in report["coverage"]
    doc = json.loads((out / "separations.json").read_text())
    tiffs = [e["file"] for e in doc["separations"]]
    assert tiffs[0].startswith("01-") and tiffs[1].startswith("02-")
    for name in tiffs:
        with Image.open(out / name) as im:
            assert im.mode == "L" and im.info["dpi"] == (600.0, 600.0)
            # 120 px at 72 dpi → 42.3 mm → 1000 px at 600 dpi
            assert im.size[0] == 1000
    assert (out / "composite.png").is_file() and (out / "composite-misregistered.png").is_file()
    assert load_separations(out).dpi == 600
    # running again into the same folder is refused unless --overwrite
    again = cli("separate", str(src), "--inks", "2", "-o", str(out))
    assert again.returncode == 1 and "already holds separations" in again.stderr
    assert cli("separate", str(src), "--inks", "2", "-o", str(out), "--overwrite").returncode == 0


def test_separate_cmyk_and_simulated_and_transparency(tmp_path):
    src = small_png(tmp_path, "astronaut", alpha=True, dpi=300.0)
    out = tmp_path / "cmyk"
    res = cli("separate", str(src), "--method", "cmyk", "--black", "maximum", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert (out / "cmyk-profile.icc").is_file()
    sep = load_separations(out)
    assert [s.ink.name for s in sep.separations][-1] == "Process Black"
    assert all(s.coverage[:, :40].max() == 0 for s in sep.separations)  # transparent: no ink
    out2 = tmp_path / "tee"
    res = cli(
        "separate",
        str(src),
        "--method",
        "simulated",
        "--inks",
        "3",
        "--substrate",
        "garment-navy",
        "--choke",
        "1pt",
        "--trap",
        "0.5pt",
        "-o",
        str(out2),
    )
    assert res.returncode == 0, res.stderr
    roles = [e["role"] for e in json.loads((out2 / "separations.json").read_text())["separations"]]
    assert roles[0] == "underbase" and roles[-1] == "highlight"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--library", "nope"], "unknown ink library 'nope'"),
        (["--method", "stock", "--inks", "90"], "'inks': 90 is above the maximum 12"),
        (["--substrate", "velvet"], "no ink 'velvet'"),
        (["--choke", "3 furlongs"], "not a length"),
        (["--method", "cmyk", "--icc", "/nonexistent.icc"], "not a readable ICC profile"),
    ],
)
def test_bad_arguments_give_clear_errors(tmp_path, args, message):
    src = small_png(tmp_path, size=48)
    res = cli("separate", str(src), *args, "-o", str(tmp_path / "o"))
    assert res.returncode != 0
    assert message in res.stderr
    assert "Traceback" not in res.stderr


def test_bad_ink_file_and_missing_image(tmp_path):
    src = small_png(tmp_path, size=48)
    bad = tmp_path / "empty.toml"
    bad.write_text("")
    res = cli("separate", str(src), "--library", str(bad), "-o", str(tmp_path / "o"))
    assert res.returncode == 1 and "empty.toml: the library lists no inks" in res.stderr
    res = cli("separate", str(tmp_path / "missing.png"), "-o", str(tmp_path / "o"))
    assert res.returncode == 1 and "missing.png: no such file" in res.stderr


def test_inks_command_lists_libraries_and_inks():
    res = cli("inks")
    assert res.returncode == 0 and "riso" in res.stdout and "screenprint" in res.stdout
    res = cli("inks", "riso")
    assert "Fluorescent Pink" in res.stdout and "#ff48b0" in res.stdout and "(estimate)" in res.stdout


@pytest.mark.parametrize("name", ["riso-best-inks", "screenprint-dark-tee", "screenprint-index"])
def test_shipped_recipes_run(tmp_path, name):
    recipe = Recipe.load(ROOT / "resources" / "recipes" / f"{name}.toml")
    recipe.steps[0].params["width_mm"] = 40.0  # keep the test light: a 40 mm print
    img = photo("chelsea")
    img = cv2.resize(img, (120, 80), interpolation=cv2.INTER_AREA)
    results = Executor().run(
        recipe, [ImagePayload(np.clip(img, 0, 1), source="chelsea.png")], out_dir=tmp_path
    )
    sepset = results[0].payload
    assert sepset.kind == "separations" and sepset.report["inks"] >= 3
    width_mm = recipe.steps[0].params["width_mm"]
    assert sepset.shape[1] == round(width_mm / 25.4 * sepset.dpi)
    index = [p for p in results[0].outputs if p.name == "separations.json"]
    assert index and load_separations(index[0].parent).report["method"] == sepset.report["method"]


def test_separate_step_is_declared_and_previews_small():
    res = cli("steps", "separate")
    assert res.returncode == 0
    for text in ("Colour separations", "How it works", "The craft without AI", "method (choice"):
        assert text in res.stdout
    recipe = Recipe.loads(
        'hybridstudio_recipe = 1\nname = "p"\n[[steps]]\nkind = "separate"\n'
        'method = "spot"\ninks = 2\ndpi = 300.0\n'
    )
    img = ImagePayload(np.clip(photo("coffee")[:200, :300], 0, 1), dpi=300.0)
    full = Executor().run(recipe, [img])[0].payload
    prev = Executor().run(recipe, [img], preview_scale=0.25)[0].payload
    assert full.shape == (200, 300)
    assert prev.shape[1] < 100 and prev.composite.shape[:2] == prev.shape

"""`hybridstudio --self-test` run from source as a subprocess, as CI runs it on the frozen bundle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
from PIL import Image

from hybridstudio import paths
from hybridstudio.cli import opens_documents
from hybridstudio.testing import ROOT

TINY = ROOT / "models" / "tiny" / "nearest-x2.onnx"


def self_test(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "hybridstudio", "--self-test", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_self_test_passes_and_leaves_a_print_ready_image_with_its_record(tmp_path):
    keep = tmp_path / "kept"
    res = self_test("--keep", str(keep))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "PASS: all 6 checks passed" in res.stdout
    assert "[FAIL]" not in res.stdout
    # the provider reported as having run is one this onnxruntime build really has
    ran = res.stdout.split("ran on ")[1].split()[0]
    assert ran in ort.get_available_providers()
    # the kept output, read back independently: 200 mm at 300 dpi, grey, with its record
    (png,) = sorted((keep / "out").glob("*.png"))
    with Image.open(png) as im:
        assert im.size[0] == round(200 / 25.4 * 300)
        assert round(float(im.info["dpi"][0])) == 300
        rgb = np.asarray(im.convert("RGB"), dtype=np.int16)
    assert np.abs(rgb - rgb[..., :1]).max() <= 1
    record = json.loads((png.parent / (png.name + ".hybridstudio.json")).read_text(encoding="utf-8"))
    assert [s["step"] for s in record["steps"]] == ["greyscale", "levels", "print_size"]
    assert record["ai_used"] is False


@pytest.mark.gui
def test_self_test_gui_opens_and_closes_the_main_window():
    res = self_test("--gui", env={"QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 0, res.stdout + res.stderr
    assert "[PASS] desktop app window" in res.stdout
    assert "PASS: all 7 checks passed" in res.stdout


def test_self_test_fails_when_a_shipped_recipe_names_an_unknown_step(tmp_path):
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    (tmp_path / "resources" / "recipes" / "broken.toml").write_text(
        'hybridstudio_recipe = 1\nname = "Broken"\n[[steps]]\nkind = "no_such_step"\n', encoding="utf-8"
    )
    res = self_test(env={"HYBRIDSTUDIO_RESOURCES_DIR": str(tmp_path / "resources")})
    assert res.returncode == 1
    assert "[FAIL] commands, steps, recipes and models" in res.stdout
    assert "broken.toml" in res.stdout and "no_such_step" in res.stdout


def test_self_test_does_not_load_qt():
    code = (
        "import sys\nfrom hybridstudio.cli import main\nrc = main(['--self-test'])\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print('QT', qt)\nsys.exit(rc or (3 if qt else 0))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "QT []" in res.stdout


def test_self_test_fails_and_names_missing_resources(tmp_path):
    res = self_test(env={"HYBRIDSTUDIO_RESOURCES_DIR": str(tmp_path)})
    assert res.returncode == 1
    assert "[FAIL] shipped files" in res.stdout
    assert str(tmp_path / "recipes" / "print-ready-greyscale.toml") in res.stdout
    assert res.stdout.rstrip().splitlines()[-1].startswith("FAIL:")


def test_self_test_fails_on_a_model_that_is_not_the_nearest_upscaler(tmp_path, shared_models):
    # a real, trained 2x upscaler in place of the tiny one: right shapes, different pixels
    (tmp_path / "tiny").mkdir()
    shutil.copy(shared_models / "esrgan-slim-x2.onnx", tmp_path / "tiny" / "nearest-x2.onnx")
    res = self_test("--device", "cpu", env={"HYBRIDSTUDIO_MODELS_DIR": str(tmp_path)})
    assert res.returncode == 1, res.stdout
    assert "[FAIL] ONNX session" in res.stdout
    assert "differs from the nearest upscale" in res.stdout
    assert "[PASS] recipe and process record" in res.stdout


def test_self_test_fails_on_a_corrupt_model(tmp_path):
    (tmp_path / "tiny").mkdir()
    (tmp_path / "tiny" / "nearest-x2.onnx").write_bytes(TINY.read_bytes()[:200])
    res = self_test(env={"HYBRIDSTUDIO_MODELS_DIR": str(tmp_path)})
    assert res.returncode == 1
    assert "[FAIL] ONNX session" in res.stdout


@pytest.mark.skipif(
    "CUDAExecutionProvider" in ort.get_available_providers(), reason="this onnxruntime build has CUDA"
)
def test_self_test_says_when_the_asked_device_is_not_in_the_build():
    res = self_test("--device", "cuda")
    assert res.returncode == 1
    assert "[FAIL] ONNX session" in res.stdout
    assert "this onnxruntime build has no CUDA" in res.stdout
    assert "cuda was asked for but the model ran on cpu" in res.stdout


def test_committed_tiny_model_is_what_the_script_makes(tmp_path):
    res = subprocess.run(
        [sys.executable, str(TINY.parent / "make_tiny_models.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / TINY.name).read_bytes() == TINY.read_bytes()
    assert TINY.stat().st_size < 4096


def test_tiny_model_is_a_nearest_upscaler_on_odd_sizes():
    session = ort.InferenceSession(str(TINY), providers=["CPUExecutionProvider"])
    x = np.random.default_rng(1).random((1, 3, 7, 5), dtype=np.float32)
    (y,) = session.run(None, {"image": x})
    assert y.shape == (1, 3, 14, 10)
    assert np.array_equal(y[0, :, 1::2, 1::2], x[0]) and np.array_equal(y[0, :, ::2, ::2], x[0])


def test_paths_point_into_the_bundle_when_frozen(monkeypatch, tmp_path):
    assert paths.resources_dir() == ROOT / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen()
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.models_dir() == tmp_path / "models"
    assert paths.translations_dir() == tmp_path / "resources" / "translations"


def test_desktop_open_routes_only_existing_recipe_files(tmp_path):
    recipe = tmp_path / "poster.hsrecipe"
    recipe.write_text("hybridstudio_recipe = 1\n", encoding="utf-8")
    assert opens_documents([str(recipe)])
    assert opens_documents([str(ROOT / "resources" / "recipes" / "print-ready-greyscale.toml")])
    assert not opens_documents([str(tmp_path / "missing.toml")])
    assert not opens_documents(["run", str(recipe)])
    assert not opens_documents([str(Path(__file__))])


def test_self_test_fails_without_the_french_translations(tmp_path):
    shutil.copytree(ROOT / "resources", tmp_path / "resources", ignore=shutil.ignore_patterns("translations"))
    res = self_test(env={"HYBRIDSTUDIO_RESOURCES_DIR": str(tmp_path / "resources")})
    assert res.returncode == 1
    assert "[FAIL] ink libraries, presets and translations" in res.stdout
    assert "no step title has a French translation" in res.stdout

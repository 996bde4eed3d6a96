"""fp16-only models on a computer without an fp16 device: said before the download (nothing is
fetched from the hub), with the fp32 variant offered, from the CLI and the app's Models panel;
against the local stand-in for the Hugging Face hub (fake_hub.py) serving real diffusion folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hybridstudio.cli import main
from hybridstudio.core.settings import Settings
from hybridstudio.models import catalogue
from hybridstudio.models.precision import precision_problem
from hybridstudio.testing.diffusion import tiny_model
from hybridstudio.testing.fake_hub import FakeHub, FakeRepo

FP16_REPO, FP32_REPO = "example-school/sd-tiny-fp16-onnx", "example-school/sd-tiny-onnx"
INCLUDE = '["model_index.json", "scheduler/*.json", "tokenizer/*", "*/config.json", "*/model.onnx*"]'


def _manifest(model_id: str, repo: str, precision: str, extra: str = "") -> str:
    return f'''id = "{model_id}"
name = "Tiny SD ({precision})"
kind = "diffusion"
repo = "{repo}"
include = {INCLUDE}
size_bytes = 1000000
[licence]
name = "MIT"
commercial_use = true
[diffusion]
precision = "{precision}"
{extra}
'''


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def hub(tmp_path, monkeypatch):
    """The shipped catalogue plus an fp16 model whose catalogue entry names its fp32 variant, and
    a hub serving both (the fp16 folder has real float16 graphs), SD-Turbo's fp16 export too."""
    cat = tmp_path / "catalogue"
    shutil.copytree(catalogue.CATALOGUE_DIR, cat, ignore=shutil.ignore_patterns("tiny"))
    (cat / "tiny-sd-fp16.toml").write_text(
        _manifest("tiny-sd-fp16", FP16_REPO, "fp16", 'fp32_variant = "tiny-sd"')
    )
    (cat / "tiny-sd.toml").write_text(_manifest("tiny-sd", FP32_REPO, "fp32"))
    monkeypatch.setattr(catalogue, "CATALOGUE_DIR", cat)
    fp16 = tiny_model(tmp_path / "built", "sd-turbo-fp16")
    fp32 = tiny_model(tmp_path / "built", "sd15-optimum1")
    fake = FakeHub(
        {
            FP16_REPO: FakeRepo(_files(fp16)),
            FP32_REPO: FakeRepo(_files(fp32)),
            "onnxruntime/sd-turbo": FakeRepo(_files(fp16)),
        }
    ).start()
    monkeypatch.setenv("HF_ENDPOINT", fake.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    yield fake
    fake.stop()


def test_the_catalogue_knows_which_models_cannot_run_on_a_cpu():
    models = catalogue.all_manifests()
    assert precision_problem(models["sd-turbo"], device="cpu") is not None
    assert precision_problem(models["sd-turbo"], device="cuda") is None
    assert precision_problem(models["sd15"], device="cpu") is None
    assert precision_problem(models["lcm-dreamshaper-v7"], device="cpu") is None


def test_cli_refuses_an_fp16_model_before_downloading_and_offers_the_fp32_variant(hub, capsys, tmp_path):
    assert main(["models", "download", "tiny-sd-fp16"]) == 2
    err = capsys.readouterr().err
    assert "half-precision (fp16)" in err and "Download tiny-sd instead" in err and "--anyway" in err
    assert hub.log == []  # not one request: nothing was listed or fetched
    assert main(["models", "download", "tiny-sd"]) == 0
    assert "file(s) verified" in capsys.readouterr().out
    assert (
        main(
            [
                "generate",
                "a linocut of a heron",
                "-m",
                "tiny-sd",
                "--size",
                "64",
                "--steps",
                "2",
                "--seed",
                "1",
                "-o",
                str(tmp_path / "heron.png"),
            ]
        )
        == 0
    )
    assert (tmp_path / "heron.png").is_file()


def test_sd_turbo_fp16_says_how_to_make_the_fp32_export(hub, capsys, tmp_path):
    assert main(["models", "download", "sd-turbo"]) == 2
    err = capsys.readouterr().err
    assert "runs only on cuda" in err and "optimum-cli export onnx --model stabilityai/sd-turbo" in err
    assert hub.log == []
    # insisting downloads it (for another computer); running it here is refused plainly
    assert main(["models", "download", "sd-turbo", "--anyway"]) == 0
    assert any(m == "GET" for m, _, _ in hub.log)
    capsys.readouterr()
    assert (
        main(["generate", "a heron", "-m", "sd-turbo", "--size", "64", "-o", str(tmp_path / "heron.png")])
        != 0
    )
    assert "runs only on cuda" in capsys.readouterr().err and not (tmp_path / "heron.png").exists()


@pytest.mark.gui
def test_models_panel_warns_before_the_download_and_gets_the_fp32_variant(hub, qtbot):
    from hybridstudio.testing.ui import make_window, wait_jobs
    from hybridstudio.ui.models_panel import ModelsPanel

    w = make_window(qtbot)
    panel = ModelsPanel(w.model.settings, w.jobs)
    qtbot.addWidget(panel)
    assert panel.select("tiny-sd-fp16")
    assert panel.download() is None  # warned instead of downloading
    assert panel.problem.isVisibleTo(panel) and "fp16" in panel.problem.text.text()
    assert panel.variant_btn.isVisibleTo(panel) and hub.log == []
    panel.variant_btn.click()
    wait_jobs(qtbot, w, timeout=60)
    assert panel.current().manifest.id == "tiny-sd" and panel.current().installed
    assert all(FP16_REPO not in path for _, path, _ in hub.log)
    # insisting: a second press downloads the fp16 model all the same
    assert panel.select("tiny-sd-fp16") and panel.download() is None
    job = panel.download()
    assert job is not None
    wait_jobs(qtbot, w, timeout=60)
    assert panel.current().installed


def test_settings_device_is_what_the_check_uses():
    assert precision_problem(catalogue.all_manifests()["sd-turbo"], Settings(device="cpu")) is not None

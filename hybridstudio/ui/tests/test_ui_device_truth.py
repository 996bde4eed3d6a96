"""Device truth: what the status bar, the Models dialog and the CLI say comes from a real run of a
tiny model at start-up, not from the providers onnxruntime lists; onnxruntime's own log stays
quiet unless --verbose; every AI step's record names its device and provider."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import onnxruntime as ort
import pytest

from hybridstudio.core.settings import Settings
from hybridstudio.paths import models_dir
from hybridstudio.runtime.probe import probe_device, probe_lines
from hybridstudio.runtime.providers import LABEL, device_of
from hybridstudio.testing.ui import make_window

pytestmark = pytest.mark.gui

TINY = models_dir() / "tiny" / "nearest-x2.onnx"


def _really_runs_on() -> str:
    """Ask onnxruntime directly (outside HybridStudio) where the best listed provider lands."""
    providers = [
        p
        for p in ("CUDAExecutionProvider", "DmlExecutionProvider", "CoreMLExecutionProvider")
        if p in ort.get_available_providers()
    ]
    so = ort.SessionOptions()
    so.log_severity_level = 4
    sess = ort.InferenceSession(str(TINY), so, providers=[*providers, "CPUExecutionProvider"])
    x = np.zeros((1, 3, 4, 4), np.float32)
    sess.run(None, {sess.get_inputs()[0].name: x})
    return device_of(sess.get_providers()[0])


def test_probe_reports_the_device_that_really_runs():
    result = probe_device(Settings(device="auto"), refresh=True)
    assert result.report is not None, result.error
    truth = _really_runs_on()
    assert result.device == truth
    listed_gpu = any(
        p in ort.get_available_providers()
        for p in ("CUDAExecutionProvider", "DmlExecutionProvider", "CoreMLExecutionProvider")
    )
    # a GPU provider listed by the wheel but unusable is a fallback, said with its fix
    assert result.report.fell_back == (listed_gpu and truth == "cpu")
    if result.report.fell_back:
        en, fr = probe_lines(Settings(), "en")[1], probe_lines(Settings(), "fr")[1]
        assert "driver" in en and "pilote" in fr and en != fr


def test_status_bar_and_models_dialog_say_the_probed_device(qtbot):
    w = make_window(qtbot)
    qtbot.waitUntil(lambda: "…" not in w.device_label.text(), timeout=20000)
    truth = _really_runs_on()
    text = w.device_label.text()
    short = {"cuda": "CUDA", "directml": "DirectML", "coreml": "CoreML", "cpu": "CPU"}[truth]
    assert text.startswith(f"Device: {short}"), text
    if truth == "cpu" and "CUDAExecutionProvider" in ort.get_available_providers():
        assert "CUDA" not in text and "fallback" in text
        assert "CUDA" in w.device_label.toolTip() and "driver" in w.device_label.toolTip()
    from hybridstudio.ui.models_panel import ModelsPanel

    panel = ModelsPanel(w.model.settings, w.jobs)
    qtbot.addWidget(panel)
    assert panel.device.text().startswith(f"Device: {short}")
    assert LABEL[truth] not in ("",)


def test_device_follows_the_setting(qtbot):
    w = make_window(qtbot)
    qtbot.waitUntil(lambda: "…" not in w.device_label.text(), timeout=20000)
    w.studio.apply_settings(Settings(device="cpu"))
    qtbot.waitUntil(lambda: w.device_label.text() == "Device: CPU", timeout=20000)
    assert "processor" in w.device_label.toolTip()


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HYBRIDSTUDIO_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "hybridstudio", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_device_is_one_plain_line_and_verbose_shows_the_detail():
    quiet = _cli("device")
    assert quiet.returncode == 0, quiet.stderr
    lines = quiet.stdout.strip().splitlines()
    assert lines[0].startswith(f"AI steps run on {LABEL[_really_runs_on()]}")
    # onnxruntime's own multi-line loader errors are gone by default
    assert "onnxruntime:" not in quiet.stderr and "Failed to load" not in quiet.stdout + quiet.stderr
    assert len(lines) <= 2
    if len(lines) == 2:  # a fallback: the fix in one line; the raw detail only with --verbose
        verbose = _cli("--verbose", "device")
        assert verbose.returncode == 0
        assert len(verbose.stdout.strip().splitlines()) > 2


def test_ai_command_prints_one_plain_line_not_onnxruntime_logs(tmp_path, shared_models):
    from hybridstudio.testing.ui import save_photo

    src = save_photo(tmp_path, "chelsea", size=64)
    env = {**os.environ, "HYBRIDSTUDIO_LANG": "fr"}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "hybridstudio",
            "upscale",
            str(src),
            "-m",
            "esrgan-slim-x2",
            "-o",
            str(tmp_path / "up.png"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    assert "onnxruntime:" not in out.stderr and "Failed to load" not in out.stdout + out.stderr
    if _really_runs_on() == "cpu" and "CUDAExecutionProvider" in ort.get_available_providers():
        plain = [ln for ln in out.stdout.splitlines() if "pilote NVIDIA" in ln]
        assert len(plain) == 1, out.stdout  # the fix, once, in the user's language

"""An AI step in the app on a real model: the upscaler from the shared models, picked from the
installed models, run with a live preview and at full resolution; device and record shown."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox

from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_upscale_with_a_real_model(qtbot, tmp_path, shared_models):
    src = save_photo(tmp_path, "chelsea", size=160)
    w = make_window(qtbot)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    w.recipe_panel.add_step("upscale")
    combo = w.recipe_panel.form.editor("model")
    assert isinstance(combo, QComboBox)  # the installed models are offered
    i = combo.findData("esrgan-slim-x2")
    assert i >= 0
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert w.doc.steps[0].params["model"] == "esrgan-slim-x2"
    assert "AI" in w.recipe_panel.explain.text()
    wait_idle(qtbot, w, timeout=60)
    assert w.model.result is not None and w.model.result.width == 320  # the live preview ran
    seen = []  # (device entry, label) as the job opens its model, before it ends
    w.studio.device_status.noted.connect(lambda e: seen.append((e, w.device_label.text(), job.active)))
    job = w.studio.run_full(out_dir=tmp_path / "out")
    assert "in use" in w.device_label.text()  # while the job runs, the label says so
    wait_jobs(qtbot, w, timeout=120)
    assert job.status == DONE, job.error
    h, wd = w.model.source.height, w.model.source.width
    assert w.model.result.pixels.shape[:2] == (2 * h, 2 * wd)
    assert np.isfinite(w.model.result.pixels).all()
    assert job.device_report and "CPU" in w.device_label.text()
    sidecar = next(p for p in job.outputs if p.endswith(".hybridstudio.json"))
    with open(sidecar, encoding="utf-8") as fh:
        record = json.load(fh)
    assert record["ai_used"] is True
    assert record["steps"][0]["ai"]["model"]["id"] == "esrgan-slim-x2"
    # the record names the device and provider that really ran, as onnxruntime says
    import onnxruntime as ort

    from hybridstudio.runtime.providers import device_of

    so = ort.SessionOptions()
    so.log_severity_level = 4
    sess = ort.InferenceSession(
        str(shared_models / "esrgan-slim-x2.onnx"), so, providers=ort.get_available_providers()
    )
    truth = sess.get_providers()[0]
    dev = record["steps"][0]["devices"][0]
    assert (dev["provider"], dev["device"]) == (truth, device_of(truth))
    # the label showed the device of the job's own session while it ran
    assert seen and seen[0][0]["provider"] == truth and seen[0][2]
    short = {"cuda": "CUDA", "cpu": "CPU"}.get(device_of(truth), "")
    assert "in use" in seen[0][1] and short in seen[0][1]
    assert "in use" not in w.device_label.text()
    # `hybridstudio info` prints it
    import subprocess
    import sys

    image = next(p for p in job.outputs if not p.endswith(".json"))
    info = subprocess.run(
        [sys.executable, "-m", "hybridstudio", "info", image], capture_output=True, text=True, timeout=60
    )
    assert f"device {device_of(truth)} ({truth})" in info.stdout, info.stdout

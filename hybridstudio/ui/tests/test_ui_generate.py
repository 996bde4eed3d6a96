"""Generation from the generate panel on a tiny random-weight diffusion pipeline in the hub
layout (no download): live step previews in the filmstrip, the image becomes the source, and an
export says it was generated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridstudio.core.provenance import TRAINED
from hybridstudio.testing.credentials import DST, actions, c2pa_store
from hybridstudio.testing.diffusion import tiny_model
from hybridstudio.testing.ui import make_window, wait_idle, wait_jobs
from hybridstudio.ui.generate_panel import generation_step
from hybridstudio.ui.jobs import CANCELLED, DONE

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_pipelines():
    yield
    from hybridstudio.diffusion.job import release_pipelines

    release_pipelines()


def test_generate_with_live_step_previews_then_export(qtbot, tmp_path):
    folder = tiny_model(tmp_path / "models", "lcm")
    w = make_window(qtbot)
    panel = w.generate_panel
    assert generation_step() is not None and panel.go.isVisible()
    panel.prompt.setPlainText("a linocut of a heron in the reeds")
    panel.negative.setPlainText("blurry")
    for name, value in (("model", str(folder)), ("width", 64), ("height", 64), ("steps", 4), ("seed", 7)):
        panel.values[name] = value
    panel.form.set_values(panel.values)
    qtbot.mouseClick(panel.go, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, w, timeout=120)
    job = w.jobs_panel.model.row_info(0)
    assert job["status"] == DONE, job["error"]
    # one frame per denoising step (the diffusion engine's latent previews) and the final picture
    assert panel.strip.count() >= 3
    assert panel.strip.item(panel.strip.count() - 1).text() == "Final"
    gen = w.model.source_gen
    assert gen is not None and gen.params["prompt"] == "a linocut of a heron in the reeds"
    assert w.model.source.width == 64 and w.canvas.has_image()
    assert panel.last_seed == 7 and "7" in panel.seed_note.text()  # the seed, to make it again
    assert "generated image" in w.windowTitle()
    # a craft step on top, exported: the record says the picture was generated, with its prompt
    w.doc.add_step("greyscale")
    wait_idle(qtbot, w, timeout=60)
    run = w.studio.run_full(out_dir=tmp_path / "out")
    wait_jobs(qtbot, w, timeout=120)
    assert run.status == DONE, run.error
    sidecar = next(p for p in run.outputs if p.endswith(".hybridstudio.json"))
    with open(sidecar, encoding="utf-8") as fh:
        record = json.load(fh)
    assert record["digital_source_type"] == TRAINED
    assert [s["step"] for s in record["steps"]] == ["generate", "greyscale"]
    assert record["steps"][0]["ai"]["prompt"] == "a linocut of a heron in the reeds"
    # its content credentials (read by c2pa itself): made by a trained model, from no file
    manifest, state = c2pa_store(Path(next(p for p in run.outputs if p.endswith(".png"))))
    assert state == "Valid" and not manifest.get("ingredients")
    first, craft = actions(manifest)
    assert first["action"] == "c2pa.created" and first["digitalSourceType"] == TRAINED
    assert craft["action"] == "c2pa.edited" and craft["digitalSourceType"] == DST + "humanEdits"


def test_stop_a_generation(qtbot, tmp_path):
    folder = tiny_model(tmp_path / "models", "lcm")
    w = make_window(qtbot)
    params = {p.name: p.default for p in generation_step().params}
    params.update(prompt="a cat", model=str(folder), width=64, height=64, steps=50, seed=1)
    job = w.studio.generate("generate", params)
    w.generate_panel.stop.click()
    wait_jobs(qtbot, w, timeout=120)
    assert job.status == CANCELLED
    assert w.model.source_gen is None and w.generate_panel.go.isEnabled()


def test_panel_says_how_long_and_how_much_memory_before_generating(qtbot, tmp_path, monkeypatch):
    """The estimate under the form follows the model, the size and the steps, and turns into a
    warning when the peak is over the memory this computer has free."""
    folder = tiny_model(tmp_path / "models", "sd15-optimum1")
    w = make_window(qtbot)
    panel = w.generate_panel
    panel._value_changed("model", str(folder))
    panel._value_changed("steps", 10)
    assert panel.estimate_note.isVisibleTo(panel)
    ten = panel.estimate_note.text()
    assert ten.startswith("Estimate: about") and "(10 steps" in ten and "Warning" not in ten
    panel._value_changed("steps", 30)
    assert "(30 steps" in panel.estimate_note.text()
    monkeypatch.setenv("HYBRIDSTUDIO_MEMORY_BUDGET_MB", "1")
    panel._value_changed("width", 512)
    assert "Warning: this is more memory than is available." in panel.estimate_note.text()

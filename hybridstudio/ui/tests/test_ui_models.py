"""The model manager on the real catalogue and the real shared ONNX models: verify, import,
remove, disk usage — all in workers."""

from __future__ import annotations

import shutil

import pytest

from hybridstudio.core.settings import Settings
from hybridstudio.ui.jobs import DONE, JobManager
from hybridstudio.ui.models_panel import ModelsDialog

pytestmark = pytest.mark.gui


def _select(panel, model_id: str) -> None:
    ids = [st.manifest.id for st in panel.statuses]
    panel.table.setCurrentCell(ids.index(model_id), 0)


def test_verify_import_and_remove_a_model(qtbot, shared_models, tmp_path):
    jobs = JobManager()
    dlg = ModelsDialog(Settings(), jobs)
    qtbot.addWidget(dlg)
    panel = dlg.panel
    ids = [st.manifest.id for st in panel.statuses]
    assert "esrgan-slim-x2" in ids and any(st.manifest.kind == "diffusion" for st in panel.statuses)
    # the licence and what the model was trained on are shown
    _select(panel, "esrgan-slim-x2")
    assert "MIT" in panel.info.toPlainText()
    job = panel.verify()
    qtbot.waitUntil(lambda: not job.active, timeout=30000)
    assert job.status == DONE, job.error
    assert "sha256" in panel.info.toPlainText()
    # import a copy of a real upscaler
    src = tmp_path / "my-upscaler.onnx"
    shutil.copyfile(shared_models / "esrgan-slim-x2.onnx", src)
    job = panel.import_path(str(src))
    qtbot.waitUntil(lambda: not job.active, timeout=30000)
    assert job.status == DONE, job.error
    ids = [st.manifest.id for st in panel.statuses]
    assert "my-upscaler" in ids
    before = panel.disk.text()
    _select(panel, "my-upscaler")
    job = panel.remove()
    qtbot.waitUntil(lambda: not job.active, timeout=30000)
    assert job.status == DONE, job.error
    assert "my-upscaler" not in [st.manifest.id for st in panel.statuses]
    assert panel.disk.text() != before
    # a pickled checkpoint is refused with the reason
    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(b"\x80\x04\x95 not really a pickle")
    job = panel.import_path(str(ckpt))
    qtbot.waitUntil(lambda: not job.active, timeout=30000)
    assert job.status == "failed" and "model.ckpt" in job.error


@pytest.fixture
def hub(shared_models, tmp_path, monkeypatch):
    """The real download code against a local server that answers like the Hugging Face hub."""
    from hybridstudio.testing.fake_hub import FakeHub, FakeRepo

    fake = FakeHub(
        {
            "qualcomm/Real-ESRGAN-x4plus": FakeRepo(
                {
                    "Real-ESRGAN-x4plus.onnx": (shared_models / "esrgan-thick-x4.onnx").read_bytes(),
                    "README.md": b"# Real-ESRGAN\n",
                }
            )
        }
    ).start()
    monkeypatch.setenv("HF_ENDPOINT", fake.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    yield fake
    fake.stop()


def test_download_with_progress_then_cancel_another(qtbot, hub):
    jobs = JobManager()
    dlg = ModelsDialog(Settings(), jobs)
    qtbot.addWidget(dlg)
    panel = dlg.panel
    _select(panel, "real-esrgan-x4plus")
    assert panel.download_btn.isEnabled() and not panel.current().installed
    seen = []
    jobs.jobChanged.connect(lambda i: seen.append((jobs.jobs[i].progress, jobs.jobs[i].message)))
    job = panel.download()
    qtbot.waitUntil(lambda: not job.active, timeout=60000)
    assert job.status == DONE, job.error
    assert any("MB" in m for _p, m in seen)  # bytes, rate and time left were shown
    assert panel.current().installed and not panel.download_btn.isEnabled()
    assert "verified" in panel.last_message
    # remove it, then start again and cancel at once: nothing usable is left
    job = panel.remove()
    qtbot.waitUntil(lambda: not job.active, timeout=30000)
    job = panel.download()
    panel.cancel()
    qtbot.waitUntil(lambda: not job.active, timeout=60000)
    assert job.status == "cancelled"
    assert not panel.current().installed

"""Plain errors: what happened and what to do in the user's language, the technical detail behind
a Details toggle; download failures shown in place; Generate without its model offers the download
right there; no raw exception class names; no stale error after a success."""

from __future__ import annotations

import errno
import re
import subprocess
import sys

import pytest

from hybridstudio.core.errors import ModelError
from hybridstudio.models.failures import classify, exception_text, explain
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.jobs import FAILED

pytestmark = pytest.mark.gui

#: a host name that can never resolve (RFC 2606): "offline", with or without a network
OFFLINE_HUB = "http://hybridstudio-test.invalid"
CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(Error|Exception)\b")


def test_disk_full_is_recognised_from_the_real_error():
    try:
        with open("/dev/full", "wb") as fh:
            fh.write(b"x" * 65536)
            fh.flush()
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
        try:
            raise ModelError(f"model.onnx: download interrupted ({exc}); run it again") from exc
        except ModelError as wrapped:
            kind, what, todo = explain(exception_text(wrapped), "fr")
    assert kind == "disk_full"
    assert "disque" in what.lower() and "Téléchargez" not in what


def test_failed_download_is_shown_in_place_with_details(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_ENDPOINT", OFFLINE_HUB)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    w = make_window(qtbot)
    from hybridstudio.ui.models_panel import ModelsDialog

    dlg = ModelsDialog(w.model.settings, w.jobs, w)
    qtbot.addWidget(dlg)
    dlg.show()
    panel = dlg.panel
    assert panel.select("taesd")
    job = panel.download()
    qtbot.waitUntil(lambda: not job.active, timeout=60000)
    assert job.status == FAILED
    assert classify(job.error + job.details) == "offline"
    assert panel.problem.isVisible()
    text = panel.problem.text.text()
    assert "not connected to the internet" in text and "Import" in text
    assert "Errno" not in text and not CLASS_NAME.search(text)
    assert not panel.problem.details.isVisible()  # the detail only on request
    panel.problem.details_btn.click()
    assert (
        panel.problem.details.isVisible()
        and "hybridstudio-test.invalid" in panel.problem.details.toPlainText()
    )


def test_cli_download_failure_is_plain_first(monkeypatch, tmp_path):
    env = {
        **__import__("os").environ,
        "HF_ENDPOINT": OFFLINE_HUB,
        "HF_HOME": str(tmp_path / "hf"),
        "HYBRIDSTUDIO_LANG": "fr",
    }
    out = subprocess.run(
        [sys.executable, "-m", "hybridstudio", "models", "download", "taesd"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 1
    first = out.stderr.strip().splitlines()[0]
    assert "Traceback" not in out.stderr
    assert "pas connecté à Internet" in first


def test_generate_without_its_model_offers_the_download(qtbot):
    w = make_window(qtbot)
    panel = w.generate_panel
    if panel.step is None:
        pytest.skip("no generation step registered")
    panel.prompt.setPlainText("a heron in the reeds")
    panel._update_model_note()
    assert panel.model_note.isVisible(), "the default generator is not installed in a fresh profile"
    n_jobs = len(w.jobs.jobs)
    panel.go.click()
    assert len(w.jobs.jobs) == n_jobs  # no run that can only fail
    assert panel.get_model_btn.isVisible() and panel.import_model_btn.isVisible()
    assert "hybridstudio models download" not in panel.model_note.text()


def test_unreadable_file_and_stale_errors(qtbot, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"this is not a picture at all")
    w = make_window(qtbot)
    job = w.studio.open_image(bad)
    wait_jobs(qtbot, w)
    assert job.status == FAILED
    assert not CLASS_NAME.search(w.last_error), w.last_error
    assert "broken.png" in w.last_error
    assert w.statusBar().currentMessage()  # the error is said …
    w.studio.open_image(save_photo(tmp_path, "coffee", size=120))
    wait_jobs(qtbot, w)
    w.doc.add_step("greyscale")
    wait_idle(qtbot, w)
    assert w.model.result is not None
    assert w.last_error not in w.statusBar().currentMessage()  # … and gone after a success


def test_cancel_job_is_enabled_while_a_job_runs(qtbot, tmp_path):
    import threading

    w = make_window(qtbot)
    gate = threading.Event()

    def work(cancel, on_progress, on_preview):
        while not gate.wait(0.02):
            cancel.check()

    job = w.jobs.submit("a long job", work, kind="run")
    qtbot.waitUntil(lambda: w.jobs_panel.cancel_btn.isEnabled(), timeout=5000)
    w.jobs_panel.cancel_btn.click()
    qtbot.waitUntil(lambda: not job.active, timeout=5000)
    gate.set()
    assert job.status == "cancelled"

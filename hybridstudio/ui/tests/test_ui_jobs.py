"""Jobs from the main window: open an image, run a recipe, cancel, plain-word errors, and the
event loop stays responsive (< 100 ms) while a real recipe runs."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.jobs import CANCELLED, DONE, FAILED

pytestmark = pytest.mark.gui


def _grey_recipe(w, width_mm: float | None = None):
    w.doc.add_step("greyscale")
    w.doc.add_step("levels")
    w.doc.set_param(1, "black", 10.0)
    if width_mm:
        w.doc.add_step("print_size")
        w.doc.set_param(2, "width_mm", width_mm)


def test_open_an_image_build_a_recipe_and_run_it(qtbot, tmp_path):
    path = save_photo(tmp_path, "astronaut")
    w = make_window(qtbot)
    w.studio.open_image(path)
    wait_jobs(qtbot, w)
    assert w.model.source is not None and w.model.source.width == 512
    assert w.canvas.has_image()
    _grey_recipe(w, width_mm=100.0)
    wait_idle(qtbot, w)  # the live preview ran
    assert w.model.result is not None
    # a change to the last step re-runs only that step: the earlier ones come from the cache
    w.doc.set_param(2, "width_mm", 90.0)
    wait_idle(qtbot, w)
    assert [s.cached for s in w.model.result_record.steps] == [True, True, False]
    w.doc.set_param(2, "width_mm", 100.0)
    job = w.studio.run_full()
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    out = w.model.result.pixels
    # greyscale: the three channels are equal; print size: 100 mm at 300 dpi = 1181 px
    assert out.shape[1] == round(100 / 25.4 * 300)
    assert np.allclose(out[..., 0], out[..., 2])
    assert out.min() == 0.0  # levels' black point clipped the darkest 10 %
    assert "100.0 × 100.0 mm at 300 dpi" in w.size_label.text()
    # the job is in the queue with its time and energy
    row = w.jobs_panel.model.row_info(0)
    assert row["status"] == DONE and row["cost"]["energy_wh"] > 0
    assert "Wh" in w.jobs_panel.model.data(w.jobs_panel.model.index(0, 4))
    # a view of one channel
    w.view_combo.setCurrentIndex(w.view_combo.findData("ch:1"))
    wait_jobs(qtbot, w)
    assert w.model.view_key == "ch:1"


def test_cancel_a_job_leaves_nothing_behind(qtbot, tmp_path):
    path = save_photo(tmp_path, "astronaut")
    w = make_window(qtbot)
    w.studio.set_live_preview(False)
    w.studio.open_image(path)
    wait_jobs(qtbot, w)
    _grey_recipe(w, width_mm=300.0)  # 3543 px square, then film grain: long enough to cancel
    w.doc.add_step("grain")
    out = tmp_path / "out"
    job = w.studio.run_full(out_dir=out)
    qtbot.waitUntil(lambda: job.status == "running", timeout=10000)
    w.jobs.cancel(job.id)
    wait_jobs(qtbot, w, timeout=60)
    assert job.status == CANCELLED and not job.error
    assert not out.exists() or not any(p for p in out.iterdir() if not p.name.startswith("."))
    assert w.jobs_panel.model.row_info(0)["status"] == CANCELLED


def test_errors_are_in_plain_words(qtbot, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a picture")
    w = make_window(qtbot)
    job = w.studio.open_image(bad)
    wait_jobs(qtbot, w)
    assert job.status == FAILED
    assert "broken.png" in job.error and "Traceback" not in job.error
    assert "broken.png" in w.last_error


def test_event_loop_never_blocks_over_100_ms_while_a_recipe_runs(qtbot, tmp_path):
    """A 10 ms heartbeat on the GUI thread while a real recipe runs in a worker. "Blocked" is the
    GUI thread's own CPU time between two beats (our code running on it); the wall-clock gap is
    also held under 100 ms when the machine is not overloaded by other programs."""
    import os

    path = save_photo(tmp_path, "coffee")
    w = make_window(qtbot)
    w.studio.set_live_preview(False)
    w.studio.open_image(path)
    wait_jobs(qtbot, w)
    _grey_recipe(w, width_mm=750.0)  # 8858 × 5906 px at 300 dpi: a second or more on 2 cores
    gaps: list[float] = []
    busy: list[float] = []
    last = [time.perf_counter(), time.thread_time()]

    def beat() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gaps.append(now - last[0])
        busy.append(cpu - last[1])
        last[:] = [now, cpu]

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    load_before = os.getloadavg()[0]
    job = w.studio.run_full()
    timer.start()
    t0 = time.perf_counter()
    wait_jobs(qtbot, w, timeout=120)
    qtbot.wait(100)  # the result reaches the canvas: part of the job for the user
    timer.stop()
    assert job.status == DONE, job.error
    assert time.perf_counter() - t0 > 0.5, "the job was too short to measure anything"
    assert len(gaps) > 20
    load = max(load_before, os.getloadavg()[0])
    print(
        f"event loop: {len(gaps)} beats, longest GUI-thread work {max(busy) * 1000:.1f} ms, "
        f"longest wall gap {max(gaps) * 1000:.1f} ms, load average {load:.1f} on {os.cpu_count()} cores"
    )
    assert max(busy) < 0.100
    if load < (os.cpu_count() or 1):
        assert max(gaps) < 0.100


def test_job_history_survives_a_restart(qtbot, tmp_path):
    from hybridstudio.ui.jobs import JobManager
    from hybridstudio.ui.jobs_panel import JobsModel

    history = tmp_path / "jobs.json"
    jobs = JobManager(history_path=history)
    job = jobs.submit("Sum", lambda cancel, on_progress, on_preview: sum(range(1000)))
    qtbot.waitUntil(lambda: not job.active, timeout=10000)
    assert job.status == DONE and job.results == [499500]
    bad = jobs.submit("Broken", lambda cancel, on_progress, on_preview: 1 / 0)
    qtbot.waitUntil(lambda: not bad.active, timeout=10000)
    # plain words for the person, the class name and traceback only in the details
    assert bad.status == "failed" and "ZeroDivisionError" not in bad.error
    assert "ZeroDivisionError" in bad.details and "Traceback" in bad.details
    later = JobManager(history_path=history)
    later.session_started = time.time() + 1
    model = JobsModel(later)
    rows = [model.row_info(r) for r in range(model.rowCount())]
    assert [(r["title"], r["status"]) for r in rows] == [("Broken", "failed"), ("Sum", DONE)]

"""The app with a school server: it asks before computing here when the server cannot be reached,
for recipes and for generations."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.core.settings import Settings
from hybridstudio.testing.diffusion import tiny_model


@pytest.mark.gui
def test_app_asks_before_computing_here_when_the_server_cannot_be_reached(qtbot, tmp_path):
    import dataclasses

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from hybridstudio.server.local import free_port
    from hybridstudio.testing.ui import make_window, save_photo, wait_jobs
    from hybridstudio.ui.jobs import DONE, FAILED

    asked: list[str] = []
    answer: list[str] = []

    def reply() -> None:  # the student's click on the question, when it is shown
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "serverFallbackQuestion" and answer:
            asked.append(box.text())
            box.findChild(QPushButton, answer.pop()).click()

    clicker = QTimer()
    clicker.timeout.connect(reply)
    clicker.start(50)
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    w = make_window(
        qtbot, settings=Settings(compute="server", server_url=url, server_token="hs_x", server_fallback=False)
    )
    w.studio.set_live_preview(False)
    w.studio.open_image(save_photo(tmp_path, "chelsea", size=120))
    wait_jobs(qtbot, w)
    w.doc.add_step("greyscale")

    answer.append("cancelJob")
    count = len(w.jobs.jobs)
    job = w.studio.run_full()
    qtbot.waitUntil(lambda: job.status == FAILED and not w.jobs.active_jobs(), timeout=20000)
    assert len(asked) == 1 and "cannot be reached" in asked[0] and url in asked[0]
    assert len(w.jobs.jobs) == count + 1  # cancelled: nothing computed here

    answer.append("computeHere")
    before = set(w.jobs.jobs)
    w.studio.run_full(out_dir=tmp_path / "out")
    qtbot.waitUntil(
        lambda: any(w.jobs.jobs[i].status == DONE for i in set(w.jobs.jobs) - before), timeout=60000
    )
    wait_jobs(qtbot, w)
    assert len(asked) == 2
    grey = w.model.result.pixels
    assert np.array_equal(grey[..., 0], grey[..., 2])  # the recipe ran, on this computer
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".json", ".png"]

    # the setting says to fall back: no question, the job computes here and says so
    w.model.settings = dataclasses.replace(w.model.settings, server_fallback=True)
    job = w.studio.run_full()
    qtbot.waitUntil(lambda: job.status == DONE, timeout=60000)
    clicker.stop()
    assert len(asked) == 2 and "computed on this computer instead" in job.warnings[0]


@pytest.mark.gui
def test_app_generation_asks_too_and_generates_here(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from hybridstudio.core.step import get_step
    from hybridstudio.server.local import free_port
    from hybridstudio.testing.ui import make_window
    from hybridstudio.ui.jobs import DONE

    asked: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "serverFallbackQuestion" and not asked:
            asked.append(box.text())
            box.findChild(QPushButton, "computeHere").click()

    clicker = QTimer()
    clicker.timeout.connect(reply)
    clicker.start(50)
    model = tiny_model(tmp_path, "lcm")
    w = make_window(
        qtbot,
        settings=Settings(
            compute="server",
            server_token="hs_x",
            server_url=f"http://127.0.0.1:{free_port()}",
            server_fallback=False,
        ),
    )
    params = {p.name: p.default for p in get_step("generate").params}
    params.update(prompt="a heron", model=str(model), width=64, height=64, steps=2, seed=3)
    first = w.studio.generate("generate", params)
    qtbot.waitUntil(lambda: w.generate_panel.job_id != first.id, timeout=20000)
    again = w.jobs.jobs[w.generate_panel.job_id]
    qtbot.waitUntil(lambda: again.status == DONE, timeout=120000)
    clicker.stop()
    assert len(asked) == 1 and "cannot be reached" in asked[0]
    assert w.model.source.pixels.shape == (64, 64, 3)  # generated here, now the source image

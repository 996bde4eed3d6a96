"""The app's Runner: a one-step recipe on the shipped sample runs in a worker through the local
runner, with progress, files written and read back, and cancel; the school-server runner is the
same interface and, when the server cannot be reached, asks before computing here."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from hybridstudio.core.executor import Executor
from hybridstudio.core.recipe import Recipe, RecipeStep
from hybridstudio.core.settings import Settings
from hybridstudio.core.step import get_step
from hybridstudio.paths import resources_dir
from hybridstudio.server.local import free_port
from hybridstudio.ui.jobs import CANCELLED, DONE, JobManager
from hybridstudio.ui.runner import LocalRunner, RunRequest, ServerRunner, runner_for

pytestmark = pytest.mark.gui
SAMPLE = resources_dir() / "samples" / "coffee.png"


def one_step(kind: str, **params) -> Recipe:
    values = {p.name: p.default for p in get_step(kind).params}
    values.update(params)
    return Recipe(name=f"one {kind}", steps=[RecipeStep(kind, values)])


def finished(qtbot, job, timeout: float = 120.0) -> None:
    qtbot.waitUntil(lambda: not job.active, timeout=int(timeout * 1000))


def test_local_runner_runs_the_upscaler_with_progress(qtbot, tmp_path, shared_models):
    jobs = JobManager()
    runner = runner_for(Settings(), jobs, Executor(Settings()), lambda message: False)
    assert isinstance(runner, LocalRunner)
    progress: list[tuple[float, str]] = []
    jobs.jobChanged.connect(lambda i: progress.append((jobs.jobs[i].progress, jobs.jobs[i].message)))
    done, submitted = [], []
    out = tmp_path / "out"
    job = runner.submit(
        RunRequest(
            "Upscale the sample",
            one_step("upscale", model="esrgan-slim-x2"),
            [SAMPLE],
            out,
            finish=lambda result: (result, result.payload.pixels.shape),  # in the worker
            on_done=done.append,
            on_submitted=submitted.append,
        )
    )
    assert submitted == [job]
    finished(qtbot, job)
    assert job.status == DONE, job.error
    assert done == [job]
    result, shape = job.results[0]
    assert shape == (800, 1200, 3)  # 600 × 400, twice as large
    fractions = [f for f, _ in progress]
    assert any(0.0 < f < 1.0 for f in fractions) and fractions[-1] == 1.0
    assert any("AI upscale" in m for _, m in progress)  # the step says what it is doing
    png = next(p for p in job.outputs if p.endswith(".png"))
    with Image.open(png) as im:
        assert im.size == (1200, 800)
        written = np.asarray(im.convert("RGB"), np.float32) / 255.0
    assert np.abs(written - result.payload.pixels).max() <= 1.0 / 255 + 1e-6


def test_local_runner_cancel_stops_the_job_and_writes_nothing(qtbot, tmp_path, shared_models):
    jobs = JobManager()
    runner = LocalRunner(jobs, Executor(Settings()))
    errors, done = [], []
    out = tmp_path / "out"
    job = runner.submit(
        RunRequest(
            "Upscale the sample x4",
            one_step("upscale", model="esrgan-thick-x4"),
            [SAMPLE],
            out,
            on_done=done.append,
            on_error=errors.append,
        )
    )
    qtbot.waitUntil(lambda: job.status == "running", timeout=20000)
    jobs.cancel(job.id)
    finished(qtbot, job)
    assert job.status == CANCELLED and not job.error
    assert errors == [job] and done == []
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("answer", [True, False])
def test_school_server_runner_asks_before_computing_here(qtbot, tmp_path, answer):
    settings = Settings(
        compute="server",
        server_url=f"http://127.0.0.1:{free_port()}",
        server_token="hs_x",
        server_fallback=False,
    )  # nothing listens there
    jobs = JobManager()
    asked: list[str] = []

    def ask(message: str) -> bool:
        asked.append(message)
        return answer

    runner = runner_for(settings, jobs, Executor(Settings()), ask)
    assert isinstance(runner, ServerRunner)
    submitted, done, errors, stopped = [], [], [], []
    first = runner.submit(
        RunRequest(
            "Grey",
            one_step("greyscale"),
            [SAMPLE],
            on_done=done.append,
            on_error=errors.append,
            on_submitted=submitted.append,
            on_stopped=stopped.append,
        )
    )
    finished(qtbot, first, 30)
    assert len(asked) == 1 and "cannot be reached" in asked[0]
    assert errors == []  # not an error for the user: a question
    if not answer:
        assert stopped == [first] and submitted == [first] and done == []
        return
    assert stopped == [] and len(submitted) == 2 and submitted[0] is first
    again = submitted[1]
    finished(qtbot, again)
    assert again.status == DONE and done == [again]
    grey = again.results[0].payload.pixels
    assert np.array_equal(grey[..., 0], grey[..., 2]) and grey.shape == (400, 600, 3)

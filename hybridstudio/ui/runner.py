"""Where the app's computations run, behind one interface.

A :class:`Runner` takes a :class:`RunRequest` (a recipe, its inputs, what to do with the result)
and runs it as a job of the :class:`~hybridstudio.ui.jobs.JobManager`: in a worker thread, with
progress, live pictures and cancel, the result handed back on the GUI thread. Live previews,
full runs, exports and generations all go through :meth:`Runner.submit`, the one place that
builds a worker. :class:`LocalRunner` computes on this computer with an executor;
:class:`ServerRunner` computes on the school server (the Qt-free
:class:`~hybridstudio.server.runner.RemoteRunner`) and, when the server cannot be reached, asks
whether to compute here instead. :func:`runner_for` picks one from the settings.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.cancel import CancelToken
from ..core.executor import Executor, JobResult
from ..core.recipe import Recipe
from ..core.settings import Settings
from ..server.client import ServerClient, ServerUnreachable
from ..server.runner import KNOWN_SERVERS, RemoteRunner
from .jobs import Job, JobManager

__all__ = [
    "LocalRunner",
    "RunRequest",
    "Runner",
    "ServerRunner",
    "ask_compute_here",
    "runner_for",
    "server_summary",
]


def _same_result(result: JobResult) -> JobResult:
    return result


@dataclass
class RunRequest:
    """One computation the app asks for. ``finish`` runs in the worker on the first result (to
    render its picture off the GUI thread); what it returns is ``job.results[0]`` in ``on_done``.
    ``on_error`` hears failures and cancels; ``on_submitted`` each job sent for the request (a
    second one when it falls back to this computer); ``on_stopped`` that the user chose not to
    compute it after all."""

    title: str
    recipe: Recipe
    inputs: list[Any] | None = None
    out_dir: Path | None = None
    kind: str = "run"  # the job lane: "run" (one at a time, in order) or "preview" (newest wins)
    preview_scale: float | None = None
    finish: Callable[[JobResult], Any] = _same_result
    on_done: Callable[[Job], None] | None = None
    on_error: Callable[[Job], None] | None = None
    on_submitted: Callable[[Job], None] | None = None
    on_stopped: Callable[[Job], None] | None = None
    on_device: Callable[[dict], None] | None = None  # a model session opened (worker thread)


class Runner(ABC):
    """Runs requests as jobs; subclasses say how a recipe is computed (:meth:`compute`)."""

    def __init__(self, jobs: JobManager):
        self.jobs = jobs

    @abstractmethod
    def compute(
        self,
        request: RunRequest,
        cancel: CancelToken,
        on_progress: Callable[[float, str], None],
        on_preview: Callable[[np.ndarray], None],
    ) -> list[JobResult]:
        """Run the request's recipe (in a worker thread) and return its results."""

    def submit(self, request: RunRequest) -> Job:
        """Start ``request`` as a job; its callbacks come back on the GUI thread."""

        computed: list[JobResult] = []

        def work(cancel: CancelToken, on_progress, on_preview) -> Any:
            computed[:] = self.compute(request, cancel, on_progress, on_preview)
            return request.finish(computed[0])

        def done(job: Job) -> None:  # the job lists what the run wrote, cost and reported
            first = computed[0]
            job.outputs = [str(p) for r in computed for p in r.outputs]
            job.cost, job.warnings = first.cost, list(first.warnings)
            job.device_report = list(first.device_report)
            if request.on_done is not None:
                request.on_done(job)

        job = self.jobs.submit(
            request.title,
            work,
            kind=request.kind,
            on_done=done,
            on_error=lambda job: self.failed(request, job),
        )
        if request.on_submitted is not None:
            request.on_submitted(job)
        return job

    def failed(self, request: RunRequest, job: Job) -> None:
        """A job failed or was cancelled."""
        if request.on_error is not None:
            request.on_error(job)


class LocalRunner(Runner):
    """This computer: the executor in a worker thread."""

    def __init__(self, jobs: JobManager, executor: Executor):
        super().__init__(jobs)
        self.executor = executor

    def compute(self, request, cancel, on_progress, on_preview) -> list[JobResult]:
        return self.executor.run(
            request.recipe,
            request.inputs,
            request.out_dir,
            cancel=cancel,
            on_progress=on_progress,
            on_preview=on_preview,
            preview_scale=request.preview_scale,
            on_device=request.on_device,
        )


class ServerRunner(Runner):
    """The school server. When it cannot be reached the settings may fall back to ``local`` by
    themselves (the result says so in its warnings); otherwise ``ask(message)`` decides whether
    the job computes on this computer instead."""

    def __init__(self, jobs: JobManager, settings: Settings, local: LocalRunner, ask: Callable[[str], bool]):
        super().__init__(jobs)
        self.local, self.ask = local, ask
        self.remote = RemoteRunner(settings, local.executor)

    def compute(self, request, cancel, on_progress, on_preview) -> list[JobResult]:
        # the server computes at full size; live previews stay on this computer (a LocalRunner)
        return self.remote.run(
            request.recipe,
            request.inputs,
            request.out_dir,
            cancel=cancel,
            on_progress=on_progress,
            on_preview=on_preview,
            on_device=request.on_device,
        )

    def failed(self, request: RunRequest, job: Job) -> None:
        if not isinstance(job.exception, ServerUnreachable):
            return super().failed(request, job)
        if self.ask(job.error):
            self.local.submit(request)
        elif request.on_stopped is not None:
            request.on_stopped(job)


def runner_for(
    settings: Settings, jobs: JobManager, executor: Executor, ask: Callable[[str], bool]
) -> Runner:
    """This computer, or the school server when the settings say so."""
    local = LocalRunner(jobs, executor)
    if settings.compute == "server" and settings.server_url.strip():
        return ServerRunner(jobs, settings, local, ask)
    return local


def ask_compute_here(parent: QWidget, message: str) -> bool:
    """The school server cannot be reached: ask whether this job computes on this computer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SchoolServerFallback", "School server unreachable"),
        message
        + "\n\n"
        + QCoreApplication.translate(
            "SchoolServerFallback",
            "Compute this job on this computer instead? It can be much slower than on the server.",
        ),
        parent=parent,
    )
    box.setObjectName("serverFallbackQuestion")
    here = box.addButton(
        QCoreApplication.translate("SchoolServerFallback", "Compute on this computer"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    here.setObjectName("computeHere")
    cancel = box.addButton(
        QCoreApplication.translate("SchoolServerFallback", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("cancelJob")
    box.setDefaultButton(here)
    box.exec()
    return box.clickedButton() is here


def server_summary(settings: Settings) -> tuple[str, str]:
    """(short, long) for the status bar when jobs go to the school server."""
    url = ServerClient(settings.server_url, "").url
    known = KNOWN_SERVERS.get(url)
    prefix = "School server "
    if known and known.startswith(prefix):  # "School server NAME: GPU (device), machine NODE"
        short = QCoreApplication.translate("SchoolServer", "School server %1").replace(
            "%1", known[len(prefix) :].split(",")[0]
        )
    else:
        short = QCoreApplication.translate("SchoolServer", "School server (%1)").replace(
            "%1", url.split("://", 1)[-1]
        )
    long = (
        QCoreApplication.translate("SchoolServer", "Jobs compute on the school server at %1. %2")
        .replace("%1", url)
        .replace(
            "%2",
            known
            or QCoreApplication.translate(
                "SchoolServer", "Its GPU is named after the first job, or with Settings → Check."
            ),
        )
    )
    if settings.server_fallback:
        long += "\n" + QCoreApplication.translate(
            "SchoolServer", "If it cannot be reached, jobs compute on this computer."
        )
    return short, long

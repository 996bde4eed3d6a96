"""Jobs: recipes run in worker threads with progress, live pictures and cancel, never on the GUI
thread. A job's history (status, time, energy, errors in plain words) is kept for the queue."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal
from PySide6.QtGui import QImage

from ..core.atomic import atomic_write_bytes
from ..core.cancel import CancelToken
from ..core.errors import Cancelled, HybridStudioError
from ..core.i18n import Message
from .qimage import qimage_from_rgb
from .texts import engine_text
from .views import reduce_for_display

_ids = itertools.count(1)
#: Progress and pictures reach the GUI at most this often (seconds), so a chatty step cannot
#: flood the event loop.
PROGRESS_INTERVAL = 0.05
MAX_PREVIEWS = 250  # step previews (diffusion) are all shown, each one is a lesson; up to this many
PREVIEW_SIDE = 384  # live step previews are thumbnails

QUEUED, RUNNING, DONE, FAILED, CANCELLED = "queued", "running", "done", "failed", "cancelled"


def plain_error(exc: BaseException) -> str:
    """The message a student can act on, for any exception a job may raise."""
    if isinstance(exc, HybridStudioError):
        return engine_text(exc.args[0]) if exc.args else str(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "Jobs",
            "Not enough memory for this job. Try the low-memory mode in Settings, a smaller "
            "image, or closing other programs.",
        )
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("Jobs", "A file is missing: %1").replace(
            "%1", str(exc.filename or exc)
        )
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Jobs", "HybridStudio may not write there: %1").replace(
            "%1", str(exc.filename or exc)
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Jobs", "The system refused a file operation: %1").replace(
            "%1", str(exc)
        )
    if type(exc).__name__ == "UnidentifiedImageError":  # Pillow: not a picture it can read
        return QCoreApplication.translate(
            "PlainErrors",
            "This file is not a picture HybridStudio can read. Open a PNG, JPEG, TIFF or WebP file.",
        )
    return QCoreApplication.translate(
        "PlainErrors",
        "Something went wrong inside HybridStudio. Try again; if it happens again, "
        "open Details and show them to whoever looks after the computers.",
    )


def step_message(message: str) -> str:
    """The executor's 'Step title: what it does' with the step title in the app's language (the
    engine's progress words after the colon stay as the step wrote them)."""
    if isinstance(message, Message):
        return engine_text(message)
    title, sep, rest = message.partition(": ")
    return QCoreApplication.translate("steps", title) + sep + rest


@dataclass
class Job:
    """One run of a recipe. Lives in the GUI thread; the worker only talks to it via signals."""

    title: str
    kind: str  # "run" (full resolution, writes files), "preview" (reduced, nothing written), "task"
    id: int = field(default_factory=lambda: next(_ids))
    status: str = QUEUED
    progress: float = 0.0
    message: str = ""
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    error: str = ""
    details: str = ""
    outputs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    device_report: list[str] = field(default_factory=list)
    cost: dict[str, Any] = field(default_factory=dict)
    results: list[Any] = field(default_factory=list)
    cancel: CancelToken = field(default_factory=CancelToken)
    quiet: bool = False  # small GUI chores (switching a view): not listed, not in the history
    exception: BaseException | None = None  # what made it fail (e.g. an unreachable school server)

    @property
    def active(self) -> bool:
        return self.status in (QUEUED, RUNNING)

    @property
    def elapsed(self) -> float | None:
        if self.started is None:
            return None
        return (self.finished or time.time()) - self.started

    def summary(self) -> dict[str, Any]:
        """What the history keeps of a finished job."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "status": self.status,
            "created": self.created,
            "elapsed": self.elapsed,
            "error": self.error,
            "outputs": self.outputs,
            "warnings": self.warnings,
            "cost": self.cost,
            "device_report": self.device_report,
        }


def _lower_priority() -> None:
    """Workers yield the processor to the GUI thread when the machine is busy: a higher nice
    value for this thread on Linux (per-thread there), a lower Qt priority elsewhere."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), 10))
    else:
        QThread.currentThread().setPriority(QThread.Priority.LowPriority)


class _Signals(QObject):
    progress = Signal(int, float, str)
    preview = Signal(int, int, QImage)  # job id, frame number (1-based), picture
    finished = Signal(int, object)
    failed = Signal(int, str, str, bool)  # id, message, details, cancelled


class _Worker(QRunnable):
    def __init__(self, job: Job, work: Callable[..., Any], signals: _Signals):
        super().__init__()
        self.job, self.work, self.signals = job, work, signals
        self._last_progress = 0.0
        self._frames = 0

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last_progress = now
            self.signals.progress.emit(self.job.id, float(fraction), str(message))

    def _preview(self, rgb: np.ndarray) -> None:
        self._frames += 1
        if self._frames <= MAX_PREVIEWS:
            small = reduce_for_display(np.asarray(rgb, dtype=np.float32), PREVIEW_SIDE)
            self.signals.preview.emit(self.job.id, self._frames, qimage_from_rgb(small))

    def run(self) -> None:
        _lower_priority()
        self.signals.progress.emit(self.job.id, 0.0, QCoreApplication.translate("Jobs", "Starting…"))
        try:
            self.job.cancel.check()
            result = self.work(cancel=self.job.cancel, on_progress=self._progress, on_preview=self._preview)
        except Cancelled:
            self.signals.failed.emit(self.job.id, QCoreApplication.translate("Jobs", "Cancelled."), "", True)
        except BaseException as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.job.exception = exc  # read on the GUI thread once `failed` arrives
            if self.job.cancel.cancelled:
                self.signals.failed.emit(
                    self.job.id, QCoreApplication.translate("Jobs", "Cancelled."), "", True
                )
            else:
                self.signals.failed.emit(self.job.id, plain_error(exc), traceback.format_exc(), False)
        else:
            self.signals.finished.emit(self.job.id, result)


class JobManager(QObject):
    """Runs jobs on thread pools: one lane for full runs and tasks (one at a time, in order),
    one for live previews (a newer preview cancels the older one)."""

    jobAdded = Signal(int)  # noqa: N815
    jobChanged = Signal(int)  # noqa: N815
    jobFinished = Signal(int)  # noqa: N815 - done, failed or cancelled
    jobPreview = Signal(int, int, QImage)  # noqa: N815 - job id, frame number, picture
    activeChanged = Signal(bool)  # noqa: N815 - whether any non-preview job is queued or running

    def __init__(self, history_path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.jobs: dict[int, Job] = {}
        self.order: list[int] = []
        self.history: list[dict[str, Any]] = []
        self.history_path = history_path
        self.session_started = time.time()
        self._pools = {"run": QThreadPool(self), "preview": QThreadPool(self), "task": QThreadPool(self)}
        for pool in self._pools.values():
            pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.preview.connect(self._on_preview)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._load_history()

    # -- submitting -----------------------------------------------------------------------------
    def submit(
        self,
        title: str,
        work: Callable[..., Any],
        kind: str = "run",
        on_done: Callable[[Job], None] | None = None,
        on_error: Callable[[Job], None] | None = None,
        quiet: bool = False,
    ) -> Job:
        """Run ``work(cancel=, on_progress=, on_preview=)`` in a worker. ``on_done(job)`` and
        ``on_error(job)`` are called on the GUI thread afterwards (job.results holds the return)."""
        if kind == "preview":
            for j in self.jobs.values():
                if j.kind == "preview" and j.active:
                    j.cancel.cancel()
        job = Job(title=title, kind=kind, quiet=quiet or kind == "preview")
        self.jobs[job.id] = job
        self.order.append(job.id)
        self._callbacks[job.id] = (on_done, on_error)
        self.jobAdded.emit(job.id)
        self._pools[kind].start(_Worker(job, work, self._signals))
        self._emit_active()
        return job

    def cancel(self, job_id: int) -> None:
        job = self.jobs.get(job_id)
        if job and job.active:
            job.cancel.cancel()
            job.message = QCoreApplication.translate("Jobs", "Cancelling…")
            self.jobChanged.emit(job_id)

    def cancel_all(self, include_previews: bool = True) -> None:
        for j in list(self.jobs.values()):
            if j.active and (include_previews or j.kind != "preview"):
                self.cancel(j.id)

    def active_jobs(self, kind: str | None = None) -> list[Job]:
        return [
            self.jobs[i]
            for i in self.order
            if self.jobs[i].active and (kind is None or self.jobs[i].kind == kind)
        ]

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every worker (used at exit and in tests)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    # -- worker reports (GUI thread) ------------------------------------------------------------------
    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        job = self.jobs[job_id]
        if job.status == QUEUED:
            job.status, job.started = RUNNING, time.time()
        if job.cancel.cancelled:
            return
        job.progress, job.message = fraction, step_message(message) or job.message
        self.jobChanged.emit(job_id)

    def _on_preview(self, job_id: int, frame: int, image: QImage) -> None:
        self.jobPreview.emit(job_id, frame, image)

    def _on_finished(self, job_id: int, result: Any) -> None:
        job = self.jobs[job_id]
        job.started = job.started or job.created
        job.finished = time.time()
        if job.cancel.cancelled:  # finished although cancelled: the result is not wanted
            return self._finish(job, CANCELLED, QCoreApplication.translate("Jobs", "Cancelled."))
        job.results = list(result) if isinstance(result, list) else [result]
        for r in job.results:
            job.outputs += [str(p) for p in getattr(r, "outputs", []) or []]
            job.warnings += list(getattr(r, "warnings", []) or [])
            for line in getattr(r, "device_report", []) or []:
                if line not in job.device_report:
                    job.device_report.append(line)
        job.cost = _sum_costs([getattr(r, "cost", None) or {} for r in job.results])
        job.progress = 1.0
        job.message = QCoreApplication.translate("Jobs", "Done.")
        self._finish(job, DONE)

    def _on_failed(self, job_id: int, message: str, details: str, cancelled: bool) -> None:
        job = self.jobs[job_id]
        job.finished = time.time()
        job.started = job.started or job.created
        job.error, job.details = ("", "") if cancelled else (message, details)
        self._finish(job, CANCELLED if cancelled else FAILED, message)

    def _finish(self, job: Job, status: str, message: str | None = None) -> None:
        job.status = status
        if message:
            job.message = message
        if not job.quiet:
            self.history.append(job.summary())
            self.history = self.history[-200:]
            self._save_history()
        self.jobChanged.emit(job.id)
        self.jobFinished.emit(job.id)
        on_done, on_error = self._callbacks.pop(job.id, (None, None))
        cb = on_done if status == DONE else on_error
        if cb is not None:
            cb(job)
        if job.quiet:  # previews and chores do not clutter the queue
            self.order.remove(job.id)
            self.jobs.pop(job.id, None)
        self._emit_active()

    def _emit_active(self) -> None:
        self.activeChanged.emit(bool(self.active_jobs("run") or self.active_jobs("task")))

    # -- history on disk ---------------------------------------------------------------------------
    def _load_history(self) -> None:
        if self.history_path and self.history_path.is_file():
            try:
                data = json.loads(self.history_path.read_text(encoding="utf-8"))
                self.history = [h for h in data if isinstance(h, dict)][-200:]
            except (OSError, ValueError):
                self.history = []

    def _save_history(self) -> None:
        if not self.history_path:
            return

        with contextlib.suppress(OSError):  # history is a convenience; never fail a job over it
            atomic_write_bytes(self.history_path, json.dumps(self.history, indent=1, default=str).encode())

    def clear_history(self) -> None:
        self.history = []
        self._save_history()
        for jid in [j for j in self.order if not self.jobs[j].active]:
            self.order.remove(jid)
            self.jobs.pop(jid)
        self.jobChanged.emit(0)


def _sum_costs(costs: list[dict[str, Any]]) -> dict[str, Any]:
    costs = [c for c in costs if c]
    if not costs:
        return {}
    if len(costs) == 1:
        return dict(costs[0])
    out = dict(costs[0])
    for key in ("wall_s", "cpu_s", "energy_wh", "gco2e"):
        out[key] = round(sum(float(c.get(key, 0.0)) for c in costs), 5)
    out["estimated"] = any(c.get("estimated") for c in costs)
    return out

"""Which device really runs the AI steps, in words for the status bar and the Models dialog.

The truth comes from :func:`hybridstudio.runtime.probe.probe_device`, which runs a tiny shipped
model on the device the settings ask for. :class:`DeviceProbe` runs it once at start-up in a
worker thread; until it answers, the display says it is checking, never what the plan hopes.
After a job, the job's own device report wins (:class:`DeviceStatus`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..core.settings import Settings
from ..runtime.probe import cached_probe, probe_device
from .runner import server_summary

LABELS = {"cuda": "CUDA", "directml": "DirectML", "coreml": "CoreML", "cpu": "CPU"}


def device_summary(settings: Settings) -> tuple[str, str]:
    """(short text, longer explanation) for the status bar: the school server when the app computes
    there, else what the start-up probe found."""
    if settings.compute == "server" and settings.server_url.strip():
        return server_summary(settings)

    translate = QCoreApplication.translate
    result = cached_probe(settings)
    if result is None:
        return (
            QCoreApplication.translate("DeviceStatus", "checking…"),
            QCoreApplication.translate(
                "DeviceStatus",
                "HybridStudio is running a tiny test model to find out which device AI steps will use.",
            ),
        )
    if result.report is None:
        return (
            QCoreApplication.translate("DeviceStatus", "No AI runtime"),
            QCoreApplication.translate(
                "DeviceStatus", "AI steps cannot run (%1). Craft steps still work."
            ).replace("%1", result.error),
        )
    rep = result.report
    label = LABELS.get(rep.device, rep.device)
    if rep.fell_back:
        return (
            QCoreApplication.translate("DeviceStatus", "%1 (fallback)").replace("%1", label),
            rep.plain(translator=translate),
        )
    if rep.device == "cpu":
        return label, QCoreApplication.translate(
            "DeviceStatus",
            "AI steps run on the processor: everything works, only slower than "
            "on a graphics card (checked with a test model).",
        )
    return label, QCoreApplication.translate(
        "DeviceStatus", "AI steps run on %1 (checked with a test model)."
    ).replace("%1", label)


class _ProbeTask(QRunnable):
    def __init__(self, probe: DeviceProbe, settings: Settings):
        super().__init__()
        self.probe, self.settings = probe, settings

    def run(self) -> None:
        probe_device(self.settings, refresh=True)
        self.probe.finished.emit()


class DeviceProbe(QObject):
    """Runs the device probe off the GUI thread; ``finished`` fires on the GUI thread."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def start(self, settings: Settings) -> None:
        self.pool.start(_ProbeTask(self, Settings(**vars(settings))))

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


def record_devices(result: Any) -> list[dict]:
    """The device entries of every step of a job's result (a JobResult or a tuple starting
    with one)."""
    if isinstance(result, tuple) and result:
        result = result[0]
    record = getattr(result, "record", None)
    return [d for s in getattr(record, "steps", []) for d in getattr(s, "devices", [])]


class DeviceStatus(QObject):
    """What the device label says, kept in the model's ``device`` as (short, long): the start-up
    probe's answer, then what the last AI job really used; while an AI job runs, that it is in
    use and on which device its sessions opened."""

    noted = Signal(dict)  # a device entry from a worker thread, delivered on the GUI thread

    def __init__(self, model: Any, jobs: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.model, self.jobs = model, jobs
        self.last: list[dict] = []  # device and provider of each model of the last AI job
        self.running: list[dict] = []  # what the running AI job really opened
        self.ai_jobs: set[int] = set()  # running jobs with AI steps
        self.noted.connect(self._noted)
        self.probe = DeviceProbe(self)
        self.probe.finished.connect(self.update)
        jobs.jobFinished.connect(self._job_finished)
        self.probe.start(model.settings)

    def listener(self) -> Callable[[dict], None]:
        """A callback for a worker: each device entry a step notes reaches the label at once."""
        return self.noted.emit

    def settings_changed(self, device_changed: bool) -> None:
        if device_changed:
            self.last = []
            self.probe.start(self.model.settings)
        self.update()

    def track(self, job: Any, recipe: Any) -> None:
        """A job was submitted: while it runs AI steps the label says the device is in use."""
        if job is not None and any(rs.enabled and rs.step_class.uses_ai for rs in recipe.steps):
            self.ai_jobs.add(job.id)
            self.update()

    def _noted(self, entry: dict) -> None:
        if self.ai_jobs:
            self.running.append(entry)
            self.update()

    def _job_finished(self, job_id: int) -> None:
        if job_id in self.ai_jobs:
            self.ai_jobs.discard(job_id)
            if not self.ai_jobs:
                self.running = []
            job = self.jobs.jobs.get(job_id)
            devices = [d for r in (job.results if job else []) for d in record_devices(r)]
            if devices:
                self.last = devices
            self.update()

    def update(self) -> None:
        translate = QCoreApplication.translate
        short, long = device_summary(self.model.settings)
        if self.last:
            dev = self.last[-1]
            short = _label(dev)
            lines = [
                translate("MainWindow", "%1 ran on %2 (%3).")
                .replace("%1", d.get("purpose") or "AI")
                .replace("%2", LABELS.get(d.get("device", ""), d.get("device", "")))
                .replace("%3", d.get("provider", ""))
                for d in self.last
            ]
            long = "\n".join([long, *lines]) if dev.get("fell_back") else "\n".join(lines)
        running = [self.jobs.jobs[i] for i in self.ai_jobs if i in self.jobs.jobs]
        if running and self.running:  # the job's own sessions, as soon as they open
            short = _label(self.running[-1])
        if running:
            short = translate("MainWindow", "%1, in use").replace("%1", short)
            long = (
                translate("MainWindow", "“%1” runs its AI steps on this device.").replace(
                    "%1", running[-1].title
                )
                + "\n"
                + long
            )
        self.model.device = (short, long)

    def is_cpu(self) -> bool:
        """Whether AI steps run on the processor (or nothing answered yet)."""
        result = cached_probe(self.model.settings)
        return result is None or result.device in ("cpu", "none")


def _label(dev: dict) -> str:
    label = LABELS.get(dev.get("device", ""), dev.get("device", ""))
    return label + (
        " " + QCoreApplication.translate("MainWindow", "(fallback)") if dev.get("fell_back") else ""
    )

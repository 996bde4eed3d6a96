"""Which device really runs the AI steps, in words for the status bar and the Models dialog.

The truth comes from :func:`hybridstudio.runtime.probe.probe_device`, which runs a tiny shipped
model on the device the settings ask for. :class:`DeviceProbe` runs it once at start-up in a
worker thread; until it answers, the display says it is checking, never what the plan hopes.
After a job, the job's own device report wins (see ``MainWindow._update_device``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..core.settings import Settings

LABELS = {"cuda": "CUDA", "directml": "DirectML", "coreml": "CoreML", "cpu": "CPU"}


def device_summary(settings: Settings) -> tuple[str, str]:
    """(short text, longer explanation) for the status bar: the school server when the app computes
    there, else what the start-up probe found."""
    if settings.compute == "server" and settings.server_url.strip():
        from .runner import server_summary

        return server_summary(settings)
    from ..runtime.probe import cached_probe

    tr = QCoreApplication.translate
    result = cached_probe(settings)
    if result is None:
        return (QCoreApplication.translate("DeviceStatus", "checking…"),
                QCoreApplication.translate("DeviceStatus", "HybridStudio is running a tiny test "
                                           "model to find out which device AI steps will use."))
    if result.report is None:
        return (QCoreApplication.translate("DeviceStatus", "No AI runtime"),
                QCoreApplication.translate("DeviceStatus", "AI steps cannot run (%1). Craft steps "
                                           "still work.").replace("%1", result.error))
    rep = result.report
    label = LABELS.get(rep.device, rep.device)
    if rep.fell_back:
        return (QCoreApplication.translate("DeviceStatus", "%1 (fallback)").replace("%1", label),
                rep.plain(translator=tr))
    if rep.device == "cpu":
        return label, QCoreApplication.translate(
            "DeviceStatus", "AI steps run on the processor: everything works, only slower than "
            "on a graphics card (checked with a test model).")
    return label, QCoreApplication.translate(
        "DeviceStatus", "AI steps run on %1 (checked with a test model).").replace("%1", label)


class _ProbeTask(QRunnable):
    def __init__(self, probe: DeviceProbe, settings: Settings):
        super().__init__()
        self.probe, self.settings = probe, settings

    def run(self) -> None:
        from ..runtime.probe import probe_device

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

"""The app's side of "Compute on: this computer / school server": which runner a job uses, and
the status-bar words for a school server. The runners themselves are Qt-free
(:mod:`hybridstudio.server.runner`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.settings import Settings
from ..server.runner import KNOWN_SERVERS, Runner, runner_for

__all__ = ["Runner", "ask_compute_here", "runner_for", "server_summary"]


def ask_compute_here(parent: QWidget, message: str) -> bool:
    """The school server cannot be reached: ask whether this job computes on this computer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SchoolServerFallback", "School server unreachable"),
        message + "\n\n" + QCoreApplication.translate(
            "SchoolServerFallback",
            "Compute this job on this computer instead? It can be much slower than on the server."),
        parent=parent)
    box.setObjectName("serverFallbackQuestion")
    here = box.addButton(QCoreApplication.translate("SchoolServerFallback", "Compute on this computer"),
                          QMessageBox.ButtonRole.AcceptRole)
    here.setObjectName("computeHere")
    cancel = box.addButton(QCoreApplication.translate("SchoolServerFallback", "Cancel"),
                            QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelJob")
    box.setDefaultButton(here)
    box.exec()
    return box.clickedButton() is here


def server_summary(settings: Settings) -> tuple[str, str]:
    """(short, long) for the status bar when jobs go to the school server."""
    from ..server.client import ServerClient

    url = ServerClient(settings.server_url, "").url
    known = KNOWN_SERVERS.get(url)
    prefix = "School server "
    if known and known.startswith(prefix):  # "School server NAME: GPU (device), machine NODE"
        short = QCoreApplication.translate("SchoolServer", "School server %1").replace(
            "%1", known[len(prefix):].split(",")[0])
    else:
        short = QCoreApplication.translate("SchoolServer", "School server (%1)").replace(
            "%1", url.split("://", 1)[-1])
    long = QCoreApplication.translate(
        "SchoolServer", "Jobs compute on the school server at %1. %2").replace("%1", url).replace(
        "%2", known or QCoreApplication.translate(
            "SchoolServer", "Its GPU is named after the first job, or with Settings → Check."))
    if settings.server_fallback:
        long += "\n" + QCoreApplication.translate(
            "SchoolServer", "If it cannot be reached, jobs compute on this computer.")
    return short, long

"""Start the desktop app: high-DPI, system theme, translations, crash recovery, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..core.settings import Settings
from .i18n import Translations, resolve_language
from .theme import follow_system

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "hybridstudio.svg"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with high-DPI scaling that keeps fractional factors."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(["hybridstudio", *(argv or [])])
    QCoreApplication.setOrganizationName("HybridStudio")
    QCoreApplication.setApplicationName("HybridStudio")
    QGuiApplication.setApplicationDisplayName("HybridStudio")
    QGuiApplication.setDesktopFileName("org.hybridstudio.HybridStudio")
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def run_app(argv: list[str]) -> int:
    """Entry point of `hybridstudio` without a command. ``--self-test`` opens and closes."""
    self_test = "--self-test" in argv
    files = [a for a in argv if not a.startswith("-")]
    app = make_app([a for a in argv if a.startswith("-") and a != "--self-test"])
    follow_system(app)
    settings = Settings.load()
    translations = Translations()
    translations.switch(resolve_language(os.environ.get("HYBRIDSTUDIO_LANG", "") or settings.language))
    from .main_window import MainWindow

    window = MainWindow(settings, translations)
    window.show()
    if files:
        window.open_paths(files)
    if self_test:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(1500, window.close)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))

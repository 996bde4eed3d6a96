"""Start the desktop app: high-DPI, system theme, translations, crash recovery, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..core.settings import Settings
from ..paths import resources_dir
from .i18n import Translations, resolve_language
from .main_window import MainWindow
from .theme import follow_system

ICON = resources_dir() / "icons" / "hybridstudio.svg"


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


def create_window(argv: list[str]):
    """The application and its main window as a user starts them: system theme, the language of
    the settings (or HYBRIDSTUDIO_LANG), crash recovery, files given on the command line."""
    files = [a for a in argv if not a.startswith("-")]
    app = make_app([a for a in argv if a.startswith("-") and a != "--self-test"])
    follow_system(app)
    settings = Settings.load()
    translations = Translations()
    translations.switch(resolve_language(os.environ.get("HYBRIDSTUDIO_LANG", "") or settings.language))

    window = MainWindow(settings, translations)
    window.show()
    if files:
        window.open_paths(files)
    return app, window


def run_app(argv: list[str]) -> int:
    """Entry point of `hybridstudio` without a command. ``--self-test`` opens and closes."""
    app, window = create_window(argv)
    if "--self-test" in argv:
        QTimer.singleShot(1500, window.close)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))

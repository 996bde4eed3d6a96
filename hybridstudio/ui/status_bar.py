"""The main window's status bar, bound to the :class:`AppModel`: the size of what the canvas
shows (pixels, print size, preview), the zoom, the running job's progress with its cancel
button, and the device that really runs the AI steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from .app_model import AppModel, bind
from .sizes import shown_size_text


class AppStatusBar(QStatusBar):
    def __init__(self, model: AppModel, cancel: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.error_shown = False  # the message is an error: the next success clears it
        self.size_label = QLabel()
        self.zoom_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_btn = QToolButton()
        self.cancel_btn.setDefaultAction(cancel)
        self.cancel_btn.hide()
        self.device_label = QLabel()
        self.device_label.setObjectName("deviceLabel")
        for w in (self.size_label, self.zoom_label, self.progress, self.cancel_btn, self.device_label):
            self.addPermanentWidget(w)
        for name in ("result", "source", "result_scale", "settings"):
            getattr(model, f"{name}_changed").connect(self.update_size)
        bind(model, "device", self._device)
        bind(model, "busy", self._busy)
        bind(model, "progress", self._progress)

    def say(self, message: str, msecs: int = 0, is_error: bool = False) -> None:
        """A message for a while; an error stays marked until :meth:`clear_stale_error`."""
        self.showMessage(message, msecs)
        self.error_shown = self.error_shown or is_error

    def clear_stale_error(self) -> None:
        """A success: an earlier error no longer describes what the window shows."""
        if self.error_shown:
            self.clearMessage()
            self.error_shown = False

    def show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def show_pixel(self, x: int, y: int) -> None:
        if x >= 0:
            self.showMessage(f"x {x}  y {y}", 1500)

    def update_size(self, *_args) -> None:
        m = self.model
        scale = m.result_scale if m.result is not None else None
        self.size_label.setText(shown_size_text(m.shown, scale, m.settings.units))

    def retranslate(self) -> None:
        self._device(self.model.device)
        self.update_size()

    def _device(self, device: tuple[str, str]) -> None:
        text = QCoreApplication.translate("MainWindow", "Device: %1")
        self.device_label.setText(text.replace("%1", device[0]))
        self.device_label.setToolTip(device[1])

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)

    def _progress(self, progress: tuple[float, str]) -> None:
        fraction, message = progress
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{message[:40]} %p%" if message else "%p%")

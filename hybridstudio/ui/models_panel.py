"""The model manager (placeholder until the runtime engine's catalogue is available)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class ModelsDialog(QDialog):
    def __init__(self, settings, jobs, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("The model catalogue is not installed.")))
        b = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        b.rejected.connect(self.reject)
        lay.addWidget(b)

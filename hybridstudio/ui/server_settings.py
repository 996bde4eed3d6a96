"""Settings → Compute on: this computer or the school server (address, access token, a check
that names the server and its GPU, and whether to compute here when it cannot be reached)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..core.errors import HybridStudioError
from ..core.settings import Settings
from ..server.client import ServerClient, insecure_warning
from ..server.runner import KNOWN_SERVERS


class ServerSettings(QGroupBox):
    def __init__(self, s: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("serverSettings")
        self.setTitle(self.tr("Compute on"))
        self.compute_on = QComboBox()
        self.compute_on.setObjectName("computeOn")
        self.compute_on.addItem(self.tr("This computer"), "local")
        self.compute_on.addItem(self.tr("School server"), "server")
        self.compute_on.setCurrentIndex(max(0, self.compute_on.findData(s.compute)))
        self.server_url = QLineEdit(s.server_url)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://gpu.school.example:8000")
        self.server_token = QLineEdit(s.server_token)
        self.server_token.setObjectName("serverToken")
        self.server_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_token.setPlaceholderText(self.tr("The access token the school gave you"))
        self.server_fallback = QCheckBox(self.tr("If the server cannot be reached, compute on this computer"))
        self.server_fallback.setChecked(s.server_fallback)
        check = QPushButton(self.tr("Check"))
        check.setObjectName("serverCheck")
        check.setToolTip(self.tr("Ask the server who it is and which GPU it runs on"))
        check.clicked.connect(self.check_server)
        self.server_status = QLabel()
        self.server_status.setObjectName("serverStatus")
        self.server_status.setWordWrap(True)
        url_row = QHBoxLayout()
        url_row.addWidget(self.server_url, 1)
        url_row.addWidget(check)
        form = QFormLayout(self)
        form.addRow(self.tr("Compute on"), self.compute_on)
        form.addRow(self.tr("Server address"), url_row)
        form.addRow(self.tr("Access token"), self.server_token)
        form.addRow("", self.server_fallback)
        form.addRow("", self.server_status)
        self.compute_on.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        on = self.compute_on.currentData() == "server"
        for w in (self.server_url, self.server_token, self.server_fallback):
            w.setEnabled(on)

    def values(self) -> dict[str, Any]:
        """The Settings fields this group edits."""
        return {
            "compute": self.compute_on.currentData(),
            "server_url": self.server_url.text().strip(),
            "server_token": self.server_token.text().strip(),
            "server_fallback": self.server_fallback.isChecked(),
        }

    def check_server(self) -> None:
        """Ask the server who it is and what it runs on (a few seconds at most)."""
        try:
            client = ServerClient(self.server_url.text(), self.server_token.text().strip(), timeout=5)
            info = client.info()
        except HybridStudioError as exc:
            self.server_status.setText(str(exc))
            return
        machines = info.get("machines") or {}
        label = next((m.get("label") for m in machines.values() if m.get("label")), "?")
        KNOWN_SERVERS[client.url] = f"School server {info['server']}: {label}"
        text = (
            self.tr("Connected to %1 as %2: %3, %4 models.")
            .replace("%1", str(info["server"]))
            .replace("%2", str(info["user"]))
            .replace("%3", str(label))
            .replace("%4", str(len(info.get("models") or [])))
        )
        if insecure_warning(client.url):
            text += "\n" + self.tr(
                "Warning: this address is not encrypted (http); ask the school for an https address."
            )
        self.server_status.setText(text)

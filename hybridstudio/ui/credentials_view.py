"""Content credentials in the app: the image info panel, the export dialog's signing box, and
File → Process card. The engine does the work (``hybridstudio.credentials``, ``hybridstudio.card``);
this module only shows it."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..card.cli import make_card
from ..core.errors import HybridStudioError
from ..core.provenance import disclosure_line
from ..credentials import read_credentials
from ..credentials.identity import current_identity
from ..credentials.manifest import mime_type
from ..credentials.verify import (
    INVALID,
    NONE,
    TAMPERED,
    TRUSTED_TEXT,
    UNTRUSTED_TEXT,
    VALID,
    VERDICT_TEXT,
    Credentials,
)
from ..io.images import read_record

COLOURS = {VALID: "#2f7d4f", TAMPERED: "#b3261e", INVALID: "#b3261e", NONE: "#6b6b6b"}


def verdict_text(cred: Credentials) -> str:
    """The engine's verdict line, in the interface's language."""
    text = QCoreApplication.translate("credentials", VERDICT_TEXT[cred.verdict])
    if cred.verdict == VALID:
        text += " · " + QCoreApplication.translate(
            "credentials", TRUSTED_TEXT if cred.trusted else UNTRUSTED_TEXT
        )
    return text


def credentials_html(cred: Credentials, record: dict[str, Any] | None) -> str:
    """Rich text for a file: verdict, signer, problems, and the record's AI line."""
    translate = QCoreApplication.translate
    signed_by = translate("CredentialsPanel", "Signed by")
    parts = [
        f"<p style='margin:0'><b>{escape(cred.path.name)}</b></p>",
        f"<p style='margin:0; color:{COLOURS[cred.verdict]}'><b>{escape(verdict_text(cred))}</b></p>",
    ]
    if cred.signer:
        parts.append(f"<p style='margin:0'>{escape(signed_by)}: {escape(cred.signer)}</p>")
    for problem in cred.problems[:4]:
        parts.append(f"<p style='margin:0; color:#b3261e'>{escape(problem)}</p>")
    if record:
        parts.append(f"<p style='margin:0'>{escape(disclosure_line(record.get('steps') or [], _lang()))}</p>")
    return "".join(parts)


def _lang() -> str:
    app = QCoreApplication.instance()
    window = next((w for w in getattr(app, "topLevelWidgets", list)() if hasattr(w, "translations")), None)
    return getattr(getattr(window, "translations", None), "language", "en") or "en"


def read_file(path: Path) -> tuple[Credentials, dict[str, Any] | None]:
    cred = read_credentials(path)
    try:
        record = read_record(path) or cred.record
    except Exception:  # noqa: BLE001 - a damaged sidecar: the credentials still show
        record = cred.record
    return cred, record


class CredentialsPanel(QWidget):
    """The image info panel: the content credentials of the opened image or of the last export."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("credentialsPanel")
        self.path: Path | None = None
        self.cred: Credentials | None = None
        self.label = QLabel()
        self.label.setObjectName("credentialsText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_button = QPushButton()
        self.card_button.setObjectName("processCardButton")
        self.card_button.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.card_button)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.card_button.setText(self.tr("Process card…"))
        if self.path is None:
            self.label.setText(self.tr("Open an image or export a result to see its content credentials."))
        else:
            self.show_file(self.path)

    def show_file(self, path: str | Path) -> Credentials:
        self.path = Path(path)
        self.cred, record = read_file(self.path)
        self.label.setText(credentials_html(self.cred, record))
        self.card_button.setEnabled(record is not None)
        return self.cred

    def show_outputs(self, outputs: list[str]) -> Credentials | None:
        """Show the first exported file that can carry credentials."""
        for p in outputs:
            if mime_type(p) is not None and not p.endswith(".json"):
                return self.show_file(p)
        return None


class SigningBox(QGroupBox):
    """The export dialog's part: who will sign, the prompt privacy choice, the previous export's
    verdict (the dialog closes before the export runs: the new files' verdict then shows in the
    status bar and the Image info panel)."""

    def __init__(self, settings, last: Credentials | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signingBox")
        self.settings = settings
        self.setTitle(self.tr("Content credentials (C2PA)"))
        lay = QVBoxLayout(self)
        self.signer = QLabel(self._signer_text())
        self.signer.setObjectName("signerText")
        self.signer.setWordWrap(True)
        lay.addWidget(self.signer)
        self.share_prompt = QCheckBox(self.tr("Put the prompt text inside the exported files"))
        self.share_prompt.setObjectName("sharePrompt")
        self.share_prompt.setToolTip(
            self.tr(
                "Off: the files say which model and seed made them but not your prompt; the "
                ".hybridstudio.json file beside them keeps it for you."
            )
        )
        self.share_prompt.setChecked(bool(settings.share_prompt))
        lay.addWidget(self.share_prompt)
        self.last = QLabel()
        self.last.setObjectName("lastExportCredentials")
        self.last.setWordWrap(True)
        self.last.setTextFormat(Qt.TextFormat.RichText)
        if last is not None:
            colour = COLOURS[last.verdict]
            previous = self.tr("Previous export")
            self.last.setText(
                f"{escape(previous)}: {escape(last.path.name)} — "
                f"<span style='color:{colour}'>{escape(verdict_text(last))}</span>"
            )
        lay.addWidget(self.last)

    def _signer_text(self) -> str:
        try:
            ident = current_identity(create=False)
        except Exception:  # noqa: BLE001 - made on the first export
            return self.tr(
                "The files will be signed with this installation's own certificate (made "
                "on the first export); their credentials are shown in Image info once "
                "written."
            )
        subject = ident.certificates()[0].subject.rfc4514_string()
        if ident.kind == "school":
            return self.tr(
                "The files will be signed with the school's certificate: %1; their "
                "credentials are shown in Image info once written."
            ).replace("%1", subject)
        return self.tr(
            "The files will be signed with this installation's own certificate: %1; their "
            "credentials are shown in Image info once written."
        ).replace("%1", subject)

    def apply(self) -> bool:
        """Save the privacy choice; True when it changed."""
        if self.share_prompt.isChecked() == bool(self.settings.share_prompt):
            return False
        self.settings.share_prompt = self.share_prompt.isChecked()
        self.settings.save()
        return True


def install(window) -> CredentialsPanel:
    """Add the image info dock and File → Process card to the main window."""
    panel = CredentialsPanel()
    window.credentials_panel = panel
    window.last_export_credentials = None
    dock = QDockWidget(window)
    dock.setObjectName("credentialsDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.credentials_dock = dock
    window.menu_view.addAction(dock.toggleViewAction())
    panel.card_button.clicked.connect(lambda: process_card_dialog(window, panel.path))
    act = QAction(window)
    act.setObjectName("actProcessCard")
    act.triggered.connect(lambda: process_card_dialog(window, window.credentials_panel.path))
    actions = window.menu_file.actions()
    after = actions.index(window.acts.export) + 1 if window.acts.export in actions else len(actions)
    window.menu_file.insertAction(actions[after] if after < len(actions) else None, act)
    window.act_card = act
    retranslate(window)
    return panel


def retranslate(window) -> None:
    translate = QCoreApplication.translate
    window.credentials_dock.setWindowTitle(translate("CredentialsPanel", "Image info"))
    window.act_card.setText(translate("CredentialsPanel", "Process &card…"))
    window.act_card.setStatusTip(
        translate(
            "CredentialsPanel",
            "A one-page PDF telling how an output was made: "
            "steps, AI and craft, models, energy, content credentials",
        )
    )
    window.credentials_panel.retranslate()


def exported(window, outputs: list[str]) -> str:
    """After an export: the Image info panel (brought to the front) shows the first written file
    and its verdict; returns that verdict as a line for the status bar ("" when nothing that can
    carry credentials was written)."""
    if not outputs:
        return ""
    cred = window.last_export_credentials = window.credentials_panel.show_outputs(outputs)
    if cred is None:
        return ""
    window.credentials_dock.show()
    window.credentials_dock.raise_()
    return (
        QCoreApplication.translate("ExportCredentials", "Content credentials of %1: %2")
        .replace("%1", cred.path.name)
        .replace("%2", verdict_text(cred))
    )


def process_card_dialog(window, path: Path | None = None, target: Path | None = None) -> Path | None:
    """Ask for an output (default: the last export) and where to write its card; write it."""
    translate = QCoreApplication.translate
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, translate("CredentialsPanel", "Process card of which output?"), str(Path.home())
        )
        if not name:
            return None
        path = Path(name)
    if target is None:
        name, _ = QFileDialog.getSaveFileName(
            window,
            translate("CredentialsPanel", "Save the process card"),
            str(path.with_name(path.stem + "-card.pdf")),
            "PDF (*.pdf)",
        )
        if not name:
            return None
        target = Path(name)
    try:
        made = make_card(Path(path), target, _lang())
    except HybridStudioError as exc:
        window.show_error(translate("CredentialsPanel", "Could not make the process card"), str(exc))
        return None
    written = translate("CredentialsPanel", "Process card written: %1").replace("%1", str(made))
    window.statusBar().showMessage(written, 8000)
    return made

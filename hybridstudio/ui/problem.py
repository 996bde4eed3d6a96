"""A problem shown in place: what happened and what to do, in plain words, with the technical
detail behind a "Details" toggle (never a bare traceback in the user's face)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ProblemBox(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#problemBox { border: 1px solid #d9534f; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("problemText")
        self.text.setWordWrap(True)
        self.details_btn = QToolButton()
        self.details_btn.setObjectName("problemDetailsButton")
        self.details_btn.setCheckable(True)
        self.details_btn.toggled.connect(self._toggle)
        self.details = QPlainTextEdit()
        self.details.setObjectName("problemDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.details.hide()
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.details_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(top)
        lay.addWidget(self.details)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.details_btn.setText(self.tr("Details"))

    def _toggle(self, on: bool) -> None:
        self.details.setVisible(on)

    def show_problem(self, what: str, todo: str = "", details: str = "") -> None:
        self.text.setText(f"<b>{_html(what)}</b>" + (f"<br>{_html(todo)}" if todo else ""))
        self.details.setPlainText(details)
        self.details_btn.setVisible(bool(details))
        self.details_btn.setChecked(False)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.details.clear()


def _html(text: str) -> str:
    return escape(text)

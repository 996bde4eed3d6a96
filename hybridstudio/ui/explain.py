"""The "explain" charter: what a step does, how it works, and the craft technique without AI."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from .texts import ai_badge, category_label, steps_text


def explain_html(step_cls) -> str:
    """Rich text for a step kind, in the current language."""
    ai = step_cls.ai
    how_title = QCoreApplication.translate("Explain", "How it works")
    craft_title = QCoreApplication.translate("Explain", "The craft way, without AI")
    colour = "#c4572a" if ai else "#3d8b5a"
    parts = [
        f"<p style='margin:0'><span style='color:{colour}; font-weight:600'>{escape(ai_badge(ai))}</span>"
        + (
            f" &nbsp;·&nbsp; <span>{escape(category_label(step_cls.category))}</span>"
            if step_cls.category != "ai"
            else ""
        )
        + "</p>",
        f"<p>{escape(steps_text(step_cls.description))}</p>",
    ]
    if step_cls.how_it_works:
        parts.append(f"<p><b>{escape(how_title)}</b><br>{escape(steps_text(step_cls.how_it_works))}</p>")
    if step_cls.craft:
        parts.append(f"<p><b>{escape(craft_title)}</b><br>{escape(steps_text(step_cls.craft))}</p>")
    return "".join(parts)


class ExplainLabel(QLabel):
    """A word-wrapped rich-text label showing :func:`explain_html`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setObjectName("explain")

    def show_step(self, step_cls) -> None:
        self.setText(explain_html(step_cls) if step_cls is not None else "")

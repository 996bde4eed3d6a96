"""Shared translated labels (categories, AI roles) and small text helpers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.i18n import Message
from ..core.step import AI_GENERATES, AI_MODIFIES
from .i18n import mesh_unit


def category_label(category: str) -> str:
    labels = {
        "ai": QCoreApplication.translate("Texts", "AI"),
        "colour": QCoreApplication.translate("Texts", "Colour and separations"),
        "print": QCoreApplication.translate("Texts", "Print and films"),
        "analog": QCoreApplication.translate("Texts", "Analog looks"),
        "negative": QCoreApplication.translate("Texts", "Digital negatives"),
        "adjust": QCoreApplication.translate("Texts", "Adjust"),
    }
    return labels.get(category, category.capitalize())


def ai_badge(ai: str | None) -> str:
    if ai == AI_GENERATES:
        return QCoreApplication.translate("Texts", "AI · generates the image")
    if ai == AI_MODIFIES:
        return QCoreApplication.translate("Texts", "AI · modifies the image")
    return QCoreApplication.translate("Texts", "Craft · no AI")


def steps_text(text: str) -> str:
    """Engine text (marked with QT_TRANSLATE_NOOP("steps", …)) in the current language."""
    return QCoreApplication.translate("steps", text) if text else ""


def view_label(label: str) -> str:
    return QCoreApplication.translate("Views", label)


def view_title(view) -> str:
    """A view's label in the app's language, with its untranslated detail (an ink's name)."""
    return view_label(view.label) + (f" {engine_text(view.detail)}" if view.detail else "")


def engine_text(text: str) -> str:
    """Engine text in the app's language: a ``core.i18n.Message`` (advice, warnings, errors,
    progress) through Qt's translator with the locale's decimal separator and the workshop's mesh
    unit; any other text as it is."""
    if isinstance(text, Message):
        return text.translated(QCoreApplication.translate, QLocale().decimalPoint(), mesh_unit())
    return text

"""Clicking the app's widgets by object name, for tests outside hybridstudio/ui (they keep Qt out)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def click(qtbot: Any, parent: QWidget, object_name: str) -> None:
    """Click the button named ``object_name`` inside ``parent`` with the left mouse button."""
    button = parent.findChild(QAbstractButton, object_name)
    assert button is not None, f"no button {object_name!r} in {parent.objectName() or parent}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

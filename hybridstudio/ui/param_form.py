"""A parameter form built from a step's own ``Param`` declarations: the right editor per kind,
units as suffixes (lengths in mm or inches as the user prefers), ranges as limits, help as
tooltips. Nothing here knows any particular step."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ..core.errors import ParamError
from ..core.i18n import mesh_unit_word
from ..core.params import Param
from .i18n import mesh_unit

MM_PER_INCH = 25.4
BIG = 1_000_000_000


def display_unit(param: Param, units: str) -> tuple[str, float]:
    """The unit shown for ``param`` and the factor from its declared unit ("mm" shows as
    inches when the user prefers them)."""
    if param.unit == "mm" and units == "inch":
        return "in", 1.0 / MM_PER_INCH
    if param.unit == "threads/in":  # French workshops count mesh in threads per centimetre
        unit = mesh_unit()
        return mesh_unit_word(unit, QCoreApplication.translate), (1.0 / 2.54 if unit == "cm" else 1.0)
    return param.unit, 1.0


def number_text(value: float) -> str:
    """A number in the current locale, without needless decimals (1200 → '1200', 0.4 → '0,4')."""
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "g", 6)


def tooltip_for(param: Param, units: str = "mm") -> str:
    """Help, range and default of a parameter in one tooltip (help text translated)."""
    unit, factor = display_unit(param, units)
    lines = [QCoreApplication.translate("steps", param.help)] if param.help else []
    u = f" {unit}" if unit else ""
    if param.minimum is not None or param.maximum is not None:
        lo = "−∞" if param.minimum is None else number_text(param.minimum * factor)
        hi = "∞" if param.maximum is None else number_text(param.maximum * factor)
        lines.append(
            QCoreApplication.translate("ParamForm", "Range: %1 to %2")
            .replace("%1", lo + u)
            .replace("%2", hi + u)
        )
    if param.choices:
        lines.append(
            QCoreApplication.translate("ParamForm", "Choices: %1").replace(
                "%1", ", ".join(choice_text(param, c) for c in param.choices)
            )
        )
    default = param.default
    if isinstance(default, float) and factor != 1.0:
        default = round(default * factor, 4)
    if default is None:
        default = QCoreApplication.translate("ParamForm", "automatic")
    elif isinstance(default, bool):
        default = str(default)
    elif isinstance(default, (int, float)):
        default = number_text(default)
    elif isinstance(default, (list, tuple)):
        default = ", ".join(
            number_text(v) if isinstance(v, (int, float)) else choice_text(param, str(v)) for v in default
        )
    elif isinstance(default, str) and param.choices:
        default = choice_text(param, default)
    lines.append(QCoreApplication.translate("ParamForm", "Default: %1").replace("%1", f"{default}{u}"))
    lines.append(QCoreApplication.translate("ParamForm", "Name in recipes: %1").replace("%1", param.name))
    return "\n".join(lines)


def field_title(param: Param) -> str:
    """A field's title in the current language: its declared label, else its name made readable
    (:attr:`Param.title`), translated in the "steps" context."""
    return QCoreApplication.translate("steps", param.title)


def choice_text(param: Param, choice: str) -> str:
    """What a choice is called in the current language (the id stays in recipes): its declared
    label (a :class:`~hybridstudio.core.options.Choice` enum's), else the id made readable,
    translated in the "steps" context."""
    label = param.choice_label(choice)
    text = QCoreApplication.translate("steps", label)
    if text == label and not param.choice_labels:
        by_id = QCoreApplication.translate("steps", choice)  # the catalogue names some ids
        if by_id != choice:
            return by_id
    return text


def _compact(combo: QComboBox) -> None:
    """Combo boxes as narrow as the panel wants; long entries show in the open list."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


class _ColorButton(QPushButton):
    colorChanged = Signal(str)  # noqa: N815

    def __init__(self, value: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = value
        self.clicked.connect(self._pick)
        self.set_value(value)

    def set_value(self, value: str) -> None:
        self._value = value
        self.setText(value)
        c = QColor(value)
        fg = "#000" if c.lightness() > 140 else "#fff"
        self.setStyleSheet(f"QPushButton {{ background: {value}; color: {fg}; padding: 3px 10px; }}")

    def _pick(self) -> None:
        c = QColorDialog.getColor(
            QColor(self._value), self, QCoreApplication.translate("ParamForm", "Choose a colour")
        )
        if c.isValid():
            self.set_value(c.name())
            self.colorChanged.emit(c.name())


class ParamForm(QWidget):
    """Editors for the parameters of one step. ``valueChanged(name, value)`` carries values in
    the step's declared units, already validated."""

    valueChanged = Signal(str, object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, suggestions=None):
        """``suggestions(param)`` may return [(value, label)] offered for a text field (the
        installed models for a ``model`` parameter); the field stays editable."""
        super().__init__(parent)
        self.suggestions = suggestions
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._editors: dict[str, tuple[Param, QWidget, float]] = {}
        self._units = "mm"

    def build(self, params: tuple[Param, ...], values: dict[str, Any], units: str = "mm") -> None:
        """(Re)build the form for ``params`` showing ``values``."""
        self._units = units
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._editors.clear()
        for p in params:
            unit, factor = display_unit(p, units)
            editor = self._make_editor(p, unit, factor)
            editor.setObjectName(f"param_{p.name}")
            tip = tooltip_for(p, units)
            editor.setToolTip(tip)
            label = QLabel(field_title(p))
            label.setToolTip(tip)
            label.setBuddy(editor)
            self._layout.addRow(label, editor)
            self._editors[p.name] = (p, editor, factor)
            self._show(p.name, values.get(p.name, p.default))
        if not params:
            self._layout.addRow(QLabel(QCoreApplication.translate("ParamForm", "This step has no settings.")))

    def editor(self, name: str) -> QWidget:
        return self._editors[name][1]

    def names(self) -> list[str]:
        return list(self._editors)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show new values (after an undo, say) without emitting ``valueChanged``."""
        for name, v in values.items():
            if name in self._editors:
                self._show(name, v)

    # -- editors ------------------------------------------------------------------------------
    def _make_editor(self, p: Param, unit: str, factor: float) -> QWidget:
        k = p.kind
        suffix = f" {unit}" if unit else ""
        if k == "int":
            w = QSpinBox()
            lo = int(p.minimum) if p.minimum is not None else -BIG
            hi = int(p.maximum) if p.maximum is not None else BIG
            if p.default is None or p.optional:
                lo -= 1
                w.setSpecialValueText(QCoreApplication.translate("ParamForm", "Auto"))
            w.setRange(lo, hi)
            w.setSuffix(suffix)
            w.setKeyboardTracking(False)
            w.valueChanged.connect(lambda v, n=p.name: self._emit(n, v))
            return w
        if k == "float":
            w = QDoubleSpinBox()
            lo = p.minimum * factor if p.minimum is not None else -BIG
            hi = p.maximum * factor if p.maximum is not None else BIG
            span = (hi - lo) if (p.minimum is not None and p.maximum is not None) else 100.0
            decimals = max(1, min(4, 2 - math.floor(math.log10(max(span, 1e-6))) + 1))
            if unit == "in":  # millimetres shown in inches need the extra digits
                decimals = max(decimals, 3)
            step = 10 ** math.floor(math.log10(max(span, 1e-6)) - 1)
            if p.default is None or p.optional:
                lo -= step
                w.setSpecialValueText(QCoreApplication.translate("ParamForm", "Auto"))
            w.setDecimals(decimals)
            w.setRange(lo, hi)
            w.setSingleStep(step)
            w.setSuffix(suffix)
            w.setKeyboardTracking(False)
            w.valueChanged.connect(lambda v, n=p.name: self._emit(n, v))
            return w
        if k == "bool":
            w = QCheckBox()
            w.toggled.connect(lambda v, n=p.name: self._emit(n, bool(v)))
            return w
        if k == "choice":
            w = QComboBox()
            _compact(w)
            for c in p.choices or ():
                w.addItem(choice_text(p, c), c)
            w.currentIndexChanged.connect(lambda _i, n=p.name, cb=w: self._emit(n, cb.currentData()))
            return w
        if k == "color":
            w = _ColorButton(p.default or "#000000")
            w.colorChanged.connect(lambda v, n=p.name: self._emit(n, v))
            return w
        if k == "text":
            w = QPlainTextEdit()
            w.setMaximumHeight(90)
            timer = QTimer(w, singleShot=True, interval=600)
            timer.timeout.connect(lambda n=p.name, e=w: self._emit(n, e.toPlainText()))
            w.textChanged.connect(timer.start)
            return w
        if k == "path":
            box = QWidget()
            lay = QHBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            line = QLineEdit()
            line.setObjectName("line")
            btn = QToolButton(text="…")
            btn.setToolTip(QCoreApplication.translate("ParamForm", "Choose a file"))
            lay.addWidget(line, 1)
            lay.addWidget(btn)
            line.editingFinished.connect(lambda n=p.name, e=line: self._emit(n, e.text()))

            def browse(_=False, n=p.name, e=line) -> None:
                path, _f = QFileDialog.getOpenFileName(
                    self, QCoreApplication.translate("ParamForm", "Choose a file"), e.text()
                )
                if path:
                    e.setText(path)
                    self._emit(n, path)

            btn.clicked.connect(browse)
            return box
        offered = self.suggestions(p) if (self.suggestions and k == "str") else None
        if offered:
            w = QComboBox()
            _compact(w)
            w.setEditable(True)
            w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for value, label in offered:
                w.addItem(label, value)
            w.activated.connect(lambda i, n=p.name, cb=w: self._emit(n, cb.itemData(i)))
            w.lineEdit().editingFinished.connect(lambda n=p.name, cb=w: self._emit_combo_text(n, cb))
            return w
        # str, floats, strs: a line of text
        w = QLineEdit()
        if k == "floats":
            w.setPlaceholderText(QCoreApplication.translate("ParamForm", "numbers separated by commas"))
        elif k == "strs":
            w.setPlaceholderText(QCoreApplication.translate("ParamForm", "names separated by commas"))
        w.editingFinished.connect(lambda n=p.name, e=w: self._emit_text(n, e))
        return w

    def _show(self, name: str, value: Any) -> None:
        p, w, factor = self._editors[name]
        blocker = QSignalBlocker(w)  # noqa: F841 - blocks until it goes out of scope
        k = p.kind
        if k == "int":
            w.setValue(w.minimum() if value is None else int(value))
        elif k == "float":
            w.setValue(w.minimum() if value is None else float(value) * factor)
        elif k == "bool":
            w.setChecked(bool(value))
        elif k == "choice" or isinstance(w, QComboBox):
            i = w.findData(value)
            if i >= 0 or k == "choice":
                w.setCurrentIndex(max(i, 0))
            else:
                w.setEditText("" if value is None else str(value))
        elif k == "color":
            w.set_value(value or "#000000")
        elif k == "text":
            w.setPlainText(value or "")
        elif k == "path":
            line = w.findChild(QLineEdit, "line")
            with QSignalBlocker(line):
                line.setText(value or "")
        elif k == "floats":
            w.setText(", ".join(f"{v:g}" for v in (value or [])))
        elif k == "strs":
            w.setText(", ".join(value or []))
        else:
            w.setText("" if value is None else str(value))
        del blocker

    def _emit_combo_text(self, name: str, combo: QComboBox) -> None:
        text = combo.currentText().strip()
        i = combo.findText(text)
        self._emit(name, combo.itemData(i) if i >= 0 else text)

    def _emit_text(self, name: str, edit: QLineEdit) -> None:
        p = self._editors[name][0]
        text = edit.text().strip()
        try:
            if p.kind == "floats":
                value: Any = [float(x) for x in text.replace(";", ",").split(",") if x.strip()]
            elif p.kind == "strs":
                value = [x.strip() for x in text.split(",") if x.strip()]
            else:
                value = text
            p.validate(value)
        except (ValueError, ParamError) as exc:
            edit.setStyleSheet("QLineEdit { border: 1px solid #d33; }")
            edit.setToolTip(f"{exc}\n\n{tooltip_for(p, self._units)}")
            return
        edit.setStyleSheet("")
        edit.setToolTip(tooltip_for(p, self._units))
        self._emit(name, value)

    def _emit(self, name: str, value: Any) -> None:
        p, w, factor = self._editors[name]
        if p.kind in ("int", "float") and value == w.minimum() and w.specialValueText():
            value = None
        elif p.kind == "float" and factor != 1.0:
            value = round(value / factor, 6)
        if p.kind == "float" and value is not None:
            value = float(value)
        try:
            value = p.validate(value)
        except ParamError:
            return
        self.valueChanged.emit(name, value)

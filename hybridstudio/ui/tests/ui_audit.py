"""Audits of a laid-out window for the layout and French tests: clipped text, English left in
the French UI. Used by hybridstudio/ui/tests/test_ui_layout_fr.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import tomllib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from hybridstudio.core.i18n import TRANSLATIONS_DIR
from hybridstudio.paths import recipes_dir, resources_dir


def english_only_texts() -> set[str]:
    """English texts that must not show in the French UI: every catalogue source whose French
    differs (field titles and choice names of the steps included), shipped recipe names and
    descriptions, ink and substrate names."""
    root = ET.parse(TRANSLATIONS_DIR / "hybridstudio_fr.ts").getroot()
    english, french = set(), set()
    for m in root.iter("message"):
        src, fr = m.findtext("source") or "", m.findtext("translation") or ""
        if src != fr:
            english.add(src)
        french.add(fr)
    for p in recipes_dir().glob("*.toml"):
        data = tomllib.loads(p.read_text("utf-8"))
        for key in ("name", "description"):
            if data.get(f"{key}_fr") and data[f"{key}_fr"] != data[key]:
                english.add(data[key])
    for p in (resources_dir() / "inks").glob("*.toml"):
        data = tomllib.loads(p.read_text("utf-8"))
        for entry in _entries(data):
            if entry.get("name_fr") and entry["name_fr"] != entry.get("name"):
                english.add(entry["name"])
    # words common to both languages are not evidence
    return {t for t in english - french if len(t) > 3 and " " in t or t in _SINGLE_WORDS}


_SINGLE_WORDS = {
    "Automatic",
    "Screenprint",
    "Risograph",
    "Recipe",
    "Generate",
    "Jobs",
    "Device",
    "Export",
    "Settings",
    "Cancel",
    "Download",
    "Remove",
    "Verify",
    "Prompt:",
    "Seed",
    "Steps",
    "Details",
}


def _entries(data):
    for v in data.values():
        if isinstance(v, list):
            yield from (e for e in v if isinstance(e, dict))
        elif isinstance(v, dict):
            yield from _entries(v)


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person can see in ``top``: labels, buttons, group boxes,
    combo box items, window and dock titles, tooltips."""
    out = [(top.objectName() or type(top).__name__, top.windowTitle())]
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top):
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractSpinBox):
            out.append((name, w.text()))
        if w.toolTip():
            out.append((name + " tooltip", w.toolTip()))
        if w.isWindow() or hasattr(w, "features"):
            out.append((name + " title", w.windowTitle()))
    return [(where, t) for where, t in out if t]


def english_left(top: QWidget, english: set[str]) -> list[tuple[str, str]]:
    """Visible texts that are English sources with a different French translation."""
    found = []
    for where, text in visible_texts(top):
        for line in text.replace("&", "").splitlines():
            line = line.strip()
            if line in english or any(e in line for e in english if len(e) > 25):
                found.append((where, line))
    return found


def clipped(top: QWidget, slack: int = 2) -> list[tuple[str, str, int, int]]:
    """(where, text, needed, got) for visible labels and buttons narrower than their text needs
    (word-wrapped labels: lower than their text needs at their width)."""
    out = []
    for area in top.findChildren(QScrollArea):
        inner = area.widget()
        if (
            area.isVisibleTo(top)
            and inner is not None
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and inner.width() > area.viewport().width() + slack
        ):
            out.append(
                (
                    area.objectName() or "QScrollArea",
                    "content cut on the right",
                    inner.width(),
                    area.viewport().width(),
                )
            )
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + slack:
                    out.append((w.objectName() or "QLabel", w.text()[:60], need, w.height()))
            elif w.sizeHint().width() > w.width() + slack and not w.hasScaledContents():
                out.append((w.objectName() or "QLabel", w.text()[:60], w.sizeHint().width(), w.width()))
        elif isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + slack:
            out.append((w.objectName() or type(w).__name__, w.text()[:60], w.sizeHint().width(), w.width()))
    return out


_POINT_DECIMAL = __import__("re").compile(r"(?<![\w.])\d+\.\d+(?![\w.]*\.(png|tif|tiff|json|onnx|toml))")


def point_decimals(top: QWidget) -> list[tuple[str, str]]:
    """Visible texts writing a number with a decimal point (French writes a decimal comma)."""
    return [
        (where, text)
        for where, text in visible_texts(top)
        if _POINT_DECIMAL.search(text) and "http" not in text and "onnxruntime" not in text
    ]


# -- English left in the French UI, in general ---------------------------------------------------
# Words that only English uses (none of them is a French word): a text with two or more of them and
# fewer French function words is English, whether or not the catalogue knows it.
_EN_WORDS = {
    "the",
    "and",
    "of",
    "to",
    "is",
    "are",
    "with",
    "for",
    "from",
    "this",
    "that",
    "not",
    "be",
    "at",
    "by",
    "or",
    "its",
    "an",
    "your",
    "you",
    "was",
    "were",
    "will",
    "can",
    "into",
    "than",
    "only",
    "when",
    "which",
    "has",
    "have",
    "there",
    "been",
    "it",
    "no",
}
_FR_WORDS = {
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "un",
    "une",
    "et",
    "est",
    "pour",
    "sur",
    "avec",
    "dans",
    "au",
    "aux",
    "ne",
    "pas",
    "à",
    "en",
    "par",
    "ou",
    "ce",
    "cette",
    "ces",
    "qui",
    "que",
    "son",
    "sa",
    "ses",
    "vos",
    "votre",
    "l",
    "d",
    "n",
    "qu",
    "s",
    "se",
    "sont",
}
_WORD = __import__("re").compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


def looks_english(text: str) -> bool:
    """True for a sentence written in English (the heuristic above); names, numbers, paths and
    single words are not judged here (the catalogue check catches those)."""
    words = [w.lower() for w in _WORD.findall(text.replace("’", " ").replace("'", " "))]
    en = sum(w in _EN_WORDS for w in words)
    fr = sum(w in _FR_WORDS for w in words)
    return en >= 2 and en > fr


def readable_texts(top: QWidget) -> list[tuple[str, str]]:
    """Every text a person can read in ``top`` now: :func:`visible_texts`, the contents of visible
    text panes, table cells and their tooltips, and the status bar."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QHeaderView,
        QMainWindow,
        QPlainTextEdit,
        QTextEdit,
    )

    out = visible_texts(top)
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top):
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append((name, w.toPlainText()))
        if (
            isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView)
        ):  # a header repeats its table's model
            from PySide6.QtCore import QModelIndex

            m = w.model()
            try:
                columns = m.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount to themselves: one column
                columns = 1
            for r in range(min(m.rowCount(QModelIndex()), 50)):
                for c in range(max(1, columns)):
                    i = m.index(r, c)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        v = m.data(i, role)
                        if isinstance(v, str) and v:
                            out.append((f"{name}[{r},{c}]", v))
    if isinstance(top, QMainWindow):
        out.append(("statusBar", top.statusBar().currentMessage()))
    return [(where, t) for where, t in out if t]


def english_in_french(top: QWidget, english: set[str]) -> list[tuple[str, str]]:
    """Lines of ``top`` that are English: a catalogue source whose French differs (exactly, or
    inside a longer line), or a sentence the word heuristic reads as English."""
    found = []
    for where, text in readable_texts(top):
        for line in text.replace("&", "").splitlines():
            line = line.strip()
            if not line:
                continue
            if (
                line in english or any(e in line for e in english if len(e) > 25) or looks_english(line)
            ) and line not in {t for _w, t in found}:
                found.append((where, line))
    return found

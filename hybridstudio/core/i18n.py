"""Translatable strings in the engine without Qt.

The engine marks user-facing text with ``QT_TRANSLATE_NOOP(context, text)``: the call returns the
text unchanged, and Qt's ``pyside6-lupdate`` extracts it into ``resources/translations/*.ts``. The
desktop app translates it through ``QCoreApplication.translate``; the CLI reads the same ``.ts``
files through :func:`translate` (plain XML, no Qt needed).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import Any

from ..paths import translations_dir

TRANSLATIONS_DIR = translations_dir()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name recognised by lupdate
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@lru_cache(maxsize=8)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"hybridstudio_{lang}.ts"
    table: dict[tuple[str, str], str] = {}
    if not path.is_file():
        return table
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name", default="")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src and tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete"):
                table[(name, src)] = tr.text
    return table


_CHOSEN: list[str] = []  # the app's language, once it has chosen one


def set_language(lang: str | None) -> None:
    """The language the app shows (its settings): engine messages follow it (None: the
    environment's again)."""
    _CHOSEN[:] = [lang] if lang else []


def current_language() -> str:
    """The app's chosen language, else HYBRIDSTUDIO_LANG, else LANG; 'en' or 'fr'."""
    lang = (_CHOSEN[0] if _CHOSEN else None) or os.environ.get("HYBRIDSTUDIO_LANG") \
        or os.environ.get("LANG", "en")
    return "fr" if lang.lower().startswith("fr") else "en"


def translate(context: str, text: str, lang: str | None = None) -> str:
    """Translate engine text for the CLI (the app uses Qt's translator on the same files)."""
    lang = lang or current_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)


#: The context of the problems the readers of user files report (images, recipes, calibrations,
#: LUTs, ink libraries).
READERS = "ReaderErrors"


def reader_problem(text: str, /, **values: Any) -> str:
    """A reader's problem (marked ``QT_TRANSLATE_NOOP("ReaderErrors", …)``) in the user's
    language, its ``{fields}`` filled in with ``values``."""
    return translate(READERS, text).format(**values)

"""Translatable strings in the engine without Qt.

The engine marks user-facing text with ``QT_TRANSLATE_NOOP(context, text)``: the call returns the
text unchanged, and Qt's ``pyside6-lupdate`` extracts it into ``resources/translations/*.ts``. The
desktop app translates it through ``QCoreApplication.translate``; the CLI reads the same ``.ts``
files through :func:`translate` (plain XML, no Qt needed).
"""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..paths import translations_dir

#: ``tr(context, text)``: Qt's translator in the app, :func:`translate` in the CLI.
Translator = Callable[[str, str], str]

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


def local_number(value: float, spec: str = "g", lang: str | None = None) -> str:
    """``value`` formatted with ``spec``, with the language's decimal separator ('5,8' in French)."""
    text = format(value, spec)
    return text.replace(".", ",") if (lang or current_language()) == "fr" else text


def current_language() -> str:
    """The app's chosen language, else HYBRIDSTUDIO_LANG, else LANG; 'en' or 'fr'."""
    lang = (
        (_CHOSEN[0] if _CHOSEN else None)
        or os.environ.get("HYBRIDSTUDIO_LANG")
        or os.environ.get("LANG", "en")
    )
    return "fr" if lang.lower().startswith("fr") else "en"


def translate(context: str, text: str, lang: str | None = None) -> str:
    """Translate engine text for the CLI (the app uses Qt's translator on the same files)."""
    lang = lang or current_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)


class Message(str):
    """Engine text with values that knows how to say itself in another language.

    It *is* the English text (records, logs and JSON keep it as a plain string), and it remembers
    its translation ``context``, its ``template`` (marked with ``QT_TRANSLATE_NOOP`` so that
    ``pyside6-lupdate`` extracts it, ``{name}`` fields with format specs) and its ``values``. A
    value may itself be a :class:`Message` (a translated term such as an ink name). An empty
    context leaves the template as it is and translates only the values.
    """

    context: str
    template: str
    values: dict[str, object]

    def __new__(cls, context: str, template: str, /, **values: object) -> Message:
        text = template.format(**values) if values else template
        self = super().__new__(cls, text)
        self.context, self.template, self.values = context, template, values
        return self

    def __reduce__(self) -> tuple[Callable[..., Message], tuple[str, str, dict[str, object]]]:
        # pickles (worker processes) keep the translation data
        return (_rebuild, (self.context, self.template, self.values))

    def translated(self, tr: Translator | None = None, decimal: str = ".", mesh: str = "in") -> str:
        """The text through ``tr(context, text)`` (Qt's translator in the app, :func:`translate`
        for the CLI), numbers written with ``decimal`` as the decimal separator, mesh counts
        per inch or per centimetre (``mesh`` = 'in' or 'cm')."""
        tr = tr or (lambda c, t: t)
        template = tr(self.context, self.template) if self.context else self.template
        if not self.values:
            return template
        values = {
            k: (
                v.translated(tr, decimal, mesh)
                if hasattr(v, "translated")
                else _Number(v, decimal)
                if isinstance(v, float) and decimal != "."
                else v
            )
            for k, v in self.values.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            return str(self)


def _rebuild(context: str, template: str, values: dict[str, object]) -> Message:
    return Message(context, template, **values)


class _Number(float):
    """A float that writes its decimal separator as the language does ('0,25')."""

    decimal: str

    def __new__(cls, value: float, decimal: str) -> _Number:
        self = super().__new__(cls, value)
        self.decimal = decimal
        return self

    def __format__(self, spec: str) -> str:
        return format(float(self), spec).replace(".", self.decimal)

    def __str__(self) -> str:
        return format(float(self), "g").replace(".", self.decimal)


class MeshCount(float):
    """A screen mesh count, kept in threads per inch, said in the workshop's unit: '230 threads/in'
    or '90.6 threads/cm' ('90,6 fils/cm' in French). ``up``: a minimum to reach, rounded up."""

    up: bool

    def __new__(cls, per_inch: float, up: bool = False) -> MeshCount:
        self = super().__new__(cls, per_inch)
        self.up = up
        return self

    def __reduce__(self) -> tuple[type[MeshCount], tuple[float, bool]]:
        return (MeshCount, (float(self), self.up))

    def __format__(self, spec: str) -> str:
        return self.translated()

    def __str__(self) -> str:
        return self.translated()

    def translated(self, tr: Translator | None = None, decimal: str = ".", mesh: str = "in") -> str:
        """The count in ``mesh`` units ('in' or 'cm'), its unit word through ``tr``."""
        tr = tr or (lambda c, t: t)
        if mesh == "cm":
            value = float(self) / 2.54
            value = float(math.ceil(value)) if self.up else round(value, 1)
        else:
            value = float(math.ceil(self)) if self.up else round(float(self), 1)
        return f"{value:g}".replace(".", decimal) + " " + mesh_unit_word(mesh, tr)


def mesh_unit_word(mesh: str, translator: Translator | None = None) -> str:
    """'threads/cm' or 'threads/in' through ``translator(context, text)`` ('fils/cm' in French)."""
    word = (
        QT_TRANSLATE_NOOP("Units", "threads/cm") if mesh == "cm" else QT_TRANSLATE_NOOP("Units", "threads/in")
    )
    return translator("Units", word) if translator else word


def mesh_unit(preference: str, lang: str) -> str:
    """'cm' or 'in': the settings' choice, or by default the language's habit (French workshops
    count threads per centimetre, English-speaking ones per inch)."""
    if preference in ("cm", "in"):
        return preference
    return "cm" if lang == "fr" else "in"


def term(context: str, text: str) -> Message:
    """A fixed text (an ink or paper name, a progress word) to translate where it is shown."""
    return Message(context, text)


def say(text: str, lang: str | None = None, mesh_preference: str = "") -> str:
    """``text`` for the CLI in ``lang``: a :class:`Message` through the catalogue (mesh counts in
    the unit of ``mesh_preference``, the settings' ``mesh_unit``), other text as it is."""
    lang = lang or current_language()
    if not isinstance(text, Message):
        return str(text)
    return text.translated(
        lambda c, t: translate(c, t, lang), "," if lang == "fr" else ".", mesh_unit(mesh_preference, lang)
    )


#: The context of the problems the readers of user files report (images, recipes, calibrations,
#: LUTs, ink libraries).
READERS = "ReaderErrors"


def reader_problem(text: str, /, **values: Any) -> str:
    """A reader's problem (marked ``QT_TRANSLATE_NOOP("ReaderErrors", …)``) in the user's
    language, its ``{fields}`` filled in with ``values``."""
    return translate(READERS, text).format(**values)

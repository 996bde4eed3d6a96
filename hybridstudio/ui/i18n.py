"""English and French through Qt's translation system: QTranslator with the compiled .qm files in
``resources/translations`` (the engine's step texts included), switchable while the app runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.i18n import TRANSLATIONS_DIR, set_language
from ..core.i18n import mesh_unit as _mesh_unit

LANGUAGES = {"en": "English", "fr": "Français"}


def system_language() -> str:
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def resolve_language(setting: str) -> str:
    """'' (follow the system), 'en' or 'fr' → 'en' or 'fr'."""
    return setting if setting in LANGUAGES else system_language()


#: The translators installed on the application: one language at a time for the whole app, so a
#: window that switches removes what an earlier window installed.
_INSTALLED: list[QTranslator] = []


class Translations:
    """Installs the translators of one language; ``switch`` swaps them live (Qt then sends every
    widget a LanguageChange event and the widgets re-read their texts)."""

    def __init__(self) -> None:
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install ``language`` ('en' or 'fr'); True if its catalogue was found."""
        app = QCoreApplication.instance()
        for t in _INSTALLED:
            app.removeTranslator(t)
        _INSTALLED.clear()
        self.language = language
        set_language(language)  # the engine's messages (file errors) follow the app
        system = QLocale.system()
        same = system.name().lower().startswith(language)
        QLocale.setDefault(system if same else QLocale(language))  # numbers and dates follow
        if language == "en":
            return True
        ok = False
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"hybridstudio_{language}.qm")):
            app.installTranslator(ours)
            _INSTALLED.append(ours)
            ok = True
        qt = QTranslator(app)  # Qt's own dialogs (file dialogs, colour picker, standard buttons)
        if qt.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _INSTALLED.append(qt)
        return ok


def ui_language() -> str:
    """The language the app speaks now ('fr' or 'en'): ``Translations.switch`` sets the locale."""
    return "fr" if QLocale().name().lower().startswith("fr") else "en"


_mesh_preference = ""  # Settings.mesh_unit: "in", "cm" or "" (as the language)


def set_mesh_preference(preference: str) -> None:
    """Remember the settings' mesh unit (the window calls this on start and when settings change)."""
    global _mesh_preference
    _mesh_preference = preference or ""


def mesh_unit() -> str:
    """'cm' or 'in': how the app shows screen mesh counts now."""
    return _mesh_unit(_mesh_preference, ui_language())

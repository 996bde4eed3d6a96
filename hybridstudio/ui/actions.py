"""The window's commands as QActions: names, standard shortcuts, icons, their texts in the app's
language, and whether they can be used now (followed from the :class:`AppModel`).

:class:`Actions` only makes the actions and connects them to the slots it is given; the window
places them in menus and the toolbar, :class:`FileMenus` fills File → Open recent and File →
Shipped recipes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QWidget

from ..core.errors import HybridStudioError
from ..core.recipe import Recipe
from .app_model import AppModel, bind
from .i18n import LANGUAGES, ui_language

SK = QKeySequence.StandardKey
SP = QStyle.StandardPixmap

#: name: (object name, shortcut, checkable, toolbar icon)
SPECS: dict[str, tuple[str, object, bool, object]] = {
    "open": ("actOpen", SK.Open, False, SP.SP_DialogOpenButton),
    "open_seps": ("actOpenSeps", None, False, None),
    "open_seps_file": ("actOpenSepsFile", None, False, None),
    "open_recipe": ("actOpenRecipe", "Ctrl+Shift+O", False, None),
    "save": ("actSave", SK.Save, False, SP.SP_DialogSaveButton),
    "save_as": ("actSaveAs", SK.SaveAs, False, None),
    "new_recipe": ("actNewRecipe", SK.New, False, None),
    "export": ("actExport", "Ctrl+E", False, None),
    "quit": ("actQuit", SK.Quit, False, None),
    "prefs": ("actPrefs", SK.Preferences, False, None),
    "zoom_in": ("actZoomIn", SK.ZoomIn, False, None),
    "zoom_out": ("actZoomOut", SK.ZoomOut, False, None),
    "fit": ("actFit", "Ctrl+0", False, None),
    "actual": ("act100", "Ctrl+1", False, None),
    "split": ("actSplit", "Ctrl+B", True, None),
    "full_screen": ("actFullScreen", SK.FullScreen, True, None),
    "run": ("actRun", "Ctrl+R", False, SP.SP_MediaPlay),
    "cancel": ("actCancel", "Ctrl+.", False, SP.SP_BrowserStop),
    "live": ("actLive", None, True, None),
    "models": ("actModels", "Ctrl+M", False, None),
    "about": ("actAbout", None, False, None),
    "help": ("actHelp", SK.HelpContents, False, None),
}


class Actions(QObject):
    """Every QAction of the main window, as attributes named after :data:`SPECS` (``open``,
    ``save``, ``run`` …) plus ``undo``, ``redo`` and one ``languages`` action per language."""

    def __init__(
        self,
        window: QWidget,
        model: AppModel,
        slots: dict[str, Callable],
        set_language: Callable[[str], None],
    ):
        super().__init__(window)
        self.window = window
        for name, (obj_name, shortcut, checkable, icon) in SPECS.items():
            act = QAction(window)
            act.setObjectName(obj_name)
            if isinstance(shortcut, QKeySequence.StandardKey):
                act.setShortcuts(shortcut)
            elif shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setCheckable(checkable)
            if icon is not None:
                act.setIcon(window.style().standardIcon(icon))
            act.triggered.connect(slots[name])
            window.addAction(act)
            setattr(self, name, act)
        stack = model.doc.undo_stack
        self.undo = stack.createUndoAction(window)
        self.undo.setShortcuts(SK.Undo)
        self.undo.setObjectName("actUndo")
        self.redo = stack.createRedoAction(window)
        self.redo.setShortcuts(SK.Redo)
        self.redo.setObjectName("actRedo")
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, window, checkable=True)
            act.setObjectName(f"actLang_{code}")
            act.triggered.connect(lambda _=False, c=code: set_language(c))
            self.language_group.addAction(act)
            self.languages[code] = act
        self._follow(model)

    def _follow(self, model: AppModel) -> None:
        """Enable and check the actions from the model."""
        bind(model, "busy", self.cancel.setEnabled)
        bind(model, "live_preview", self.live.setChecked)

        def runnable(*_args) -> None:
            self.run.setEnabled(model.can_run())
            self.export.setEnabled(model.can_run())

        for signal in (model.source_changed, model.source_gen_changed, model.doc.changed):
            signal.connect(runnable)
        runnable()

    def check_language(self, language: str) -> None:
        for code, act in self.languages.items():
            act.setChecked(code == language)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        texts = {
            self.open: (
                translate("MainWindow", "&Open image…"),
                translate("MainWindow", "Open a photo, a scan or a drawing"),
            ),
            self.open_seps: (
                translate("MainWindow", "Open se&parations folder…"),
                translate("MainWindow", "Open separations (one greyscale TIFF per ink) to make films"),
            ),
            self.open_seps_file: (
                translate("MainWindow", "Open separations &file…"),
                translate(
                    "MainWindow",
                    "Open a multichannel TIFF or a Photoshop file with spot channels to make films",
                ),
            ),
            self.open_recipe: (
                translate("MainWindow", "Open re&cipe…"),
                translate("MainWindow", "Open a recipe file (.toml)"),
            ),
            self.new_recipe: (
                translate("MainWindow", "&New recipe"),
                translate("MainWindow", "Start an empty recipe"),
            ),
            self.save: (
                translate("MainWindow", "&Save recipe"),
                translate("MainWindow", "Save the recipe as a plain file to share"),
            ),
            self.save_as: (translate("MainWindow", "Save recipe &as…"), ""),
            self.export: (
                translate("MainWindow", "&Export…"),
                translate(
                    "MainWindow",
                    "Write the result at full resolution: images, "
                    "separations, films, with the process record",
                ),
            ),
            self.quit: (translate("MainWindow", "&Quit"), ""),
            self.prefs: (translate("MainWindow", "&Settings…"), ""),
            self.zoom_in: (translate("MainWindow", "Zoom &in"), ""),
            self.zoom_out: (translate("MainWindow", "Zoom &out"), ""),
            self.fit: (
                translate("MainWindow", "&Fit"),
                translate("MainWindow", "Fit the image in the window (Ctrl+0)"),
            ),
            self.actual: (
                translate("MainWindow", "100 %"),
                translate("MainWindow", "One image pixel per screen pixel (Ctrl+1)"),
            ),
            self.split: (
                translate("MainWindow", "Before / after"),
                translate(
                    "MainWindow", "Compare the original and the result with a split you can drag (Ctrl+B)"
                ),
            ),
            self.full_screen: (translate("MainWindow", "F&ull screen"), ""),
            self.run: (
                translate("MainWindow", "&Run"),
                translate("MainWindow", "Run the recipe at full resolution (Ctrl+R)"),
            ),
            self.cancel: (
                translate("MainWindow", "&Cancel jobs"),
                translate("MainWindow", "Stop every running job"),
            ),
            self.live: (translate("MainWindow", "&Live preview"), ""),
            self.models: (
                translate("MainWindow", "&Models…"),
                translate("MainWindow", "The AI models: download, import, check, remove"),
            ),
            self.about: (translate("MainWindow", "&About HybridStudio"), ""),
            self.help: (translate("MainWindow", "&Explain this step"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip or text.replace("&", ""))
            act.setStatusTip(tip)
        self.undo.setText(translate("MainWindow", "&Undo"))
        self.redo.setText(translate("MainWindow", "&Redo"))
        # the toolbar shows a fixed word: the undo stack's "Undo Add step …" would shift it
        self.undo.setIconText(translate("MainWindow", "Undo"))
        self.redo.setIconText(translate("MainWindow", "Redo"))


class FileMenus:
    """File → Open recent (from ``recent()``) and File → Shipped recipes (from ``recipes()``)."""

    def __init__(
        self,
        recent_menu: QMenu,
        recipes_menu: QMenu,
        recent: Callable[[], list[str]],
        recipes: Callable[[], list[Path]],
        open_paths: Callable[[list[str]], None],
        open_recipe: Callable[[Path], object],
        clear_recent: Callable[[], None],
    ):
        self.recent_menu, self.recipes_menu = recent_menu, recipes_menu
        self.recent, self.recipes = recent, recipes
        self.open_paths, self.open_recipe, self.clear_recent = open_paths, open_recipe, clear_recent

    def rebuild(self) -> None:
        self.rebuild_recent()
        self.rebuild_recipes()

    def rebuild_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.recent()
        for p in files:
            act = menu.addAction(Path(p).name)
            act.setToolTip(p)
            act.triggered.connect(lambda _=False, p=p: self.open_paths([p]))
        menu.setEnabled(bool(files))
        if files:
            menu.addSeparator()
            clear = menu.addAction(QCoreApplication.translate("MainWindow", "Clear the list"))
            clear.triggered.connect(self.clear_recent)

    def rebuild_recipes(self) -> None:
        menu = self.recipes_menu
        menu.clear()
        for p in self.recipes():
            try:
                r = Recipe.load(p)
                ai = any(s.step_class.ai for s in r.steps)
                name, tip = r.localized(ui_language())
                title = ("✦ " if ai else "") + name
            except HybridStudioError as exc:  # a recipe for a step kind not installed
                title, tip = p.stem, str(exc)
            act = menu.addAction(title)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(lambda _=False, p=p: self.open_recipe(p))
        menu.setToolTipsVisible(True)

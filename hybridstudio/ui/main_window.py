"""The main window: canvas in the middle, recipe and generate panels, the job queue, menus with
standard shortcuts, status bar with the device that really runs.

The window only lays things out. What it shows lives in :class:`~hybridstudio.ui.app_model.AppModel`
(the widgets are bound to it), what its commands do in :class:`~hybridstudio.ui.studio.Studio`,
its actions in :mod:`hybridstudio.ui.actions`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QImage
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMainWindow, QMessageBox, QToolBar, QWidget

from ..core.settings import Settings, config_dir, data_dir
from . import credentials_view, dialogs
from .actions import Actions, FileMenus
from .app_model import AppModel, bind
from .canvas import Canvas
from .generate_panel import GeneratePanel
from .i18n import Translations, resolve_language, set_mesh_preference
from .jobs import JobManager
from .jobs_panel import JobsPanel
from .recipe_panel import RecipePanel
from .runner import ask_compute_here
from .session import SessionStore
from .status_bar import AppStatusBar
from .studio import RESOURCES, Studio, first_run_recipe, shipped_recipes
from .texts import view_title
from .zoom_view import ZoomableView

__all__ = ["MainWindow", "first_run_recipe", "shipped_recipes"]


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        translations: Translations | None = None,
        store: SessionStore | None = None,
        recover: str = "ask",
        first_run_sample: bool = True,
    ):
        super().__init__()
        self.translations = translations or Translations()
        self.ask_before_close = True
        self.ui_state = QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(RESOURCES / "icons" / "hybridstudio.svg")))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.model = AppModel(settings, self)
        set_mesh_preference(self.model.settings.mesh_unit)  # advice counts mesh in this unit
        self.doc = self.model.doc
        self.jobs = JobManager(history_path=data_dir() / "jobs.json", parent=self)
        self.store = store or SessionStore()
        self.studio = Studio(self.model, self.jobs, self.store, self.ui_state, self)
        self.studio.ask_compute_here = lambda message: ask_compute_here(self, message)
        self.studio.on_exported = lambda outputs: credentials_view.exported(self, outputs)
        self.studio.ui_session = self._ui_session
        self.studio.restore_ui = self._restore_ui

        self.canvas = Canvas()
        self.canvas.setObjectName("canvas")
        self.setCentralWidget(self.canvas)
        self.zoom_view = ZoomableView(self.canvas, self.jobs, self)  # films: the screened crop
        self._build_docks()
        self.acts = Actions(self, self.model, self._slots(), lambda c: self.set_language(c, save=True))
        self._build_menus_and_toolbar()
        self._build_status_bar()
        credentials_view.install(self)
        self._bind()

        self.retranslate()
        self._restore_ui_state()
        self.store.start()
        state = self.store.crashed_session()
        recovered = False
        if state is not None and recover != "no" and (recover == "yes" or dialogs.ask_recover(self)):
            self.studio.restore_session(state)
            recovered = True
        if not recovered:
            self.store.discard()
            if first_run_sample:
                self.studio.open_first_run()

    # ------------------------------------------------------------------ building
    def _build_docks(self) -> None:
        units = self.model.settings.units
        self.recipe_panel = RecipePanel(self.doc, units)
        self.recipe_dock = self._dock("recipeDock", self.recipe_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.generate_panel = GeneratePanel(units)
        self.generate_dock = self._dock(
            "generateDock", self.generate_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.jobs_panel = JobsPanel(self.jobs)
        self.jobs_dock = self._dock("jobsDock", self.jobs_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.recipe_dock, self.generate_dock], [380, 300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.jobs_dock], [170], Qt.Orientation.Vertical)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _slots(self) -> dict[str, Any]:
        """What each action does."""
        s, c = self.studio, self.canvas
        return {
            "open": lambda: dialogs.open_image(self),
            "open_seps": lambda: dialogs.open_separations(self),
            "open_seps_file": lambda: dialogs.open_separations_file(self),
            "open_recipe": lambda: dialogs.open_recipe(self),
            "save": lambda: dialogs.save_recipe(self),
            "save_as": lambda: dialogs.save_recipe(self, ask=True),
            "new_recipe": lambda: self.doc.new(),
            "export": lambda: dialogs.export(self),
            "quit": self.close,
            "prefs": lambda: dialogs.settings(self),
            "zoom_in": c.zoom_in,
            "zoom_out": c.zoom_out,
            "fit": c.fit,
            "actual": c.actual_size,
            "split": c.set_split,
            "full_screen": lambda on: self.showFullScreen() if on else self.showNormal(),
            "run": lambda: s.run_full(),
            "cancel": lambda: self.jobs.cancel_all(),
            "live": s.set_live_preview,
            "models": lambda: dialogs.models(self),
            "about": lambda: dialogs.about(self),
            "help": self._explain_current,
        }

    def _build_menus_and_toolbar(self) -> None:
        a, mb = self.acts, self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recipes = self.menu_file.addMenu("")
        for act in (a.open, a.open_seps, a.open_seps_file, a.open_recipe):
            self.menu_file.insertAction(self.menu_recent.menuAction(), act)
        self.menu_file.addSeparator()
        self.menu_file.addActions([a.new_recipe, a.save, a.save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(a.export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(a.quit)
        self.file_menus = FileMenus(
            self.menu_recent,
            self.menu_recipes,
            self.studio.recent_files,
            shipped_recipes,
            self.studio.open_paths,
            self.studio.open_recipe,
            self.studio.clear_recent,
        )
        self.menu_edit = mb.addMenu("")
        self.menu_edit.addActions([a.undo, a.redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(a.prefs)
        self.menu_view = mb.addMenu("")
        self.menu_view.addActions([a.zoom_in, a.zoom_out, a.fit, a.actual])
        self.menu_view.addSeparator()
        self.menu_view.addActions([a.split, a.full_screen])
        self.menu_view.addSeparator()
        for dock in (self.recipe_dock, self.generate_dock, self.jobs_dock):
            self.menu_view.addAction(dock.toggleViewAction())
        self.menu_run = mb.addMenu("")
        self.menu_run.addActions([a.run, a.live, a.cancel])
        self.menu_tools = mb.addMenu("")
        self.menu_tools.addAction(a.models)
        self.menu_lang = self.menu_tools.addMenu("")
        self.menu_lang.addActions(list(a.languages.values()))
        self.menu_help = mb.addMenu("")
        self.menu_help.addActions([a.help, a.about])

        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb
        for group in ([a.open, a.save], [a.undo, a.redo], [a.fit, a.actual, a.split]):
            tb.addActions(group)
            tb.addSeparator()
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view_label = QLabel()
        tb.addWidget(self.view_label)
        tb.addWidget(self.view_combo)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred
        )
        tb.addWidget(spacer)
        tb.addActions([a.run, a.export])

    def _build_status_bar(self) -> None:
        self.status_bar = AppStatusBar(self.model, self.acts.cancel, self)
        self.setStatusBar(self.status_bar)
        sb = self.status_bar
        self.size_label, self.progress, self.device_label = sb.size_label, sb.progress, sb.device_label

    def _bind(self) -> None:
        """Canvas, view list, panels and status bar follow the model; their requests go to the
        studio."""
        m, s, c, sb = self.model, self.studio, self.canvas, self.status_bar
        c.filesDropped.connect(s.open_paths)
        c.zoomChanged.connect(sb.show_zoom)
        c.cursorPixel.connect(sb.show_pixel)
        bind(m, "result_image", self._show_result)
        bind(m, "busy_text", c.set_busy_text)
        s.runFrame.connect(lambda image: c.set_images(image, m.source_image))
        self.view_combo.currentIndexChanged.connect(lambda i: s.choose_view(self.view_combo.itemData(i)))
        bind(m, "views", self._fill_views)
        m.view_key_changed.connect(self._fill_views)

        rp, gp = self.recipe_panel, self.generate_panel
        rp.follow(m)
        rp.runRequested.connect(lambda: s.run_full())
        rp.openSeparationsRequested.connect(lambda: dialogs.open_separations(self))
        gp.follow(m, s)
        gp.generateRequested.connect(s.generate)
        gp.cancelRequested.connect(s.cancel_generation)
        gp.downloadModelRequested.connect(lambda model_id: dialogs.models(self, model_id, download=True))
        gp.importModelRequested.connect(lambda: dialogs.models(self, import_folder=True))
        m.source_changed.connect(self._source_opened)

        language = [m.settings.language]

        def settings(new: Settings) -> None:
            if new.language != language[0]:
                language[0] = new.language
                self.set_language(new.language)

        m.settings_changed.connect(settings)
        for signal in (
            m.source_path_changed,
            m.source_gen_changed,
            self.doc.undo_stack.cleanChanged,
            self.doc.pathChanged,
        ):
            signal.connect(self._update_title)
        s.status.connect(sb.say)
        s.error.connect(self.show_error)
        s.succeeded.connect(sb.clear_stale_error)
        s.recentChanged.connect(lambda: self.file_menus.rebuild_recent())

    # ------------------------------------------------------------------ showing the model
    def _show_result(self, image: QImage | None) -> None:
        m = self.model
        if image is None:
            return
        self.canvas.set_images(image, m.source_image, full_size=m.full_size())
        zoomable = hasattr(m.result, "render_crop")
        self.zoom_view.show(m.result, m.view() if zoomable else None)
        self.status_bar.update_size()

    def _fill_views(self, *_args) -> None:
        combo, m = self.view_combo, self.model
        combo.blockSignals(True)
        combo.clear()
        for v in m.views:
            combo.addItem(view_title(v), v.key)
        combo.setCurrentIndex(max(combo.findData(m.view_key), 0))
        combo.setEnabled(bool(m.views))
        combo.blockSignals(False)

    def _source_opened(self, _payload: Any) -> None:
        path = self.model.source_path
        if path is not None and path.is_file():
            self.credentials_panel.show_file(path)

    def _update_title(self, *_args) -> None:
        m = self.model
        name = self.doc.display()[0]
        src = m.source_path.name if m.source_path else (self.tr("generated image") if m.source_gen else "")
        parts = [p for p in (src, name + "[*]") if p]
        self.setWindowTitle(" — ".join(parts + ["HybridStudio"]))
        self.setWindowModified(not self.doc.undo_stack.isClean())

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        if hasattr(self, "act_card"):
            credentials_view.retranslate(self)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_recipes.setTitle(self.tr("Shipped &recipes"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_run.setTitle(self.tr("&Run"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_lang.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.recipe_dock.setWindowTitle(self.tr("Recipe"))
        self.generate_dock.setWindowTitle(self.tr("Generate"))
        self.jobs_dock.setWindowTitle(self.tr("Jobs"))
        self.acts.retranslate()
        self.view_label.setText(self.tr("Show:") + " ")
        self.canvas.set_placeholder(
            self.tr(
                "Drop an image or a recipe here, or use File › Open image…\n\n"
                "Or write a prompt in the Generate panel."
            )
        )
        self.canvas.set_split_labels(self.tr("Before"), self.tr("After"))
        self._fill_views()
        self.file_menus.rebuild()
        self.studio.device_status.update()
        self._update_title()
        self.status_bar.show_zoom(self.canvas.zoom)
        self.status_bar.retranslate()
        self.acts.check_language(self.translations.language)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str, save: bool = False) -> None:
        """Switch the whole interface to 'en' or 'fr' now."""
        self.translations.switch(resolve_language(language))
        self.setLocale(QLocale())  # numbers in every field follow the language (decimal comma)
        if save:
            self.model.settings.language = language
            self.model.settings.save()
        self.acts.check_language(self.translations.language)

    # ------------------------------------------------------------------ dialogs
    def show_error(self, title: str, message: str, details: str = "") -> None:
        """Errors in plain words; the technical detail only behind the box's Details button.
        The status bar keeps the message until the next success clears it."""
        self.status_bar.say(message, 10000, is_error=True)
        if getattr(self, "quiet_errors", False):
            self.last_error = message
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        box.exec()

    def _explain_current(self) -> None:
        self.recipe_dock.show()
        self.recipe_dock.raise_()
        self.recipe_panel.scroll.ensureWidgetVisible(self.recipe_panel.explain)

    # ------------------------------------------------------------------ session
    def _ui_session(self) -> dict[str, Any]:
        return {"generate_panel": self.generate_panel.state(), "split": self.canvas.split_on}

    def _restore_ui(self, state: dict[str, Any]) -> None:
        self.acts.split.setChecked(bool(state.get("split")))
        self.canvas.set_split(bool(state.get("split")))
        if state.get("generate_panel"):
            self.generate_panel.restore(state["generate_panel"])

    def _restore_ui_state(self) -> None:
        geo = self.ui_state.value("geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1440, 900)
        st = self.ui_state.value("windowState")
        if st is not None:
            self.restoreState(st)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not dialogs.may_close(self):
            event.ignore()
            return
        self.ui_state.setValue("geometry", self.saveGeometry())
        self.ui_state.setValue("windowState", self.saveState())
        self.ui_state.sync()
        self.jobs.cancel_all()
        self.jobs.wait(5000)
        self.store.clean_exit()
        event.accept()

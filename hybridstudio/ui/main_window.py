"""The main window: canvas in the middle, recipe and generate panels, the job queue, menus with
standard shortcuts, status bar with the device that really runs.

The window only lays things out. What it shows lives in :class:`~hybridstudio.ui.app_model.AppModel`
(the widgets are bound to it), what its commands do in :class:`~hybridstudio.ui.studio.Studio`,
its actions in :mod:`hybridstudio.ui.actions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..core.errors import HybridStudioError
from ..core.settings import Settings, config_dir, data_dir
from . import credentials_view
from .actions import Actions, FileMenus
from .app_model import AppModel, bind, bind_two_way
from .canvas import IMAGE_SUFFIXES, Canvas
from .generate_panel import GeneratePanel
from .i18n import Translations, resolve_language
from .jobs import JobManager
from .jobs_panel import JobsPanel
from .recipe_panel import RecipePanel
from .runner import ask_compute_here
from .session import SessionStore
from .sizes import shown_size_text
from .studio import RECIPES_DIR, RESOURCES, Studio, first_run_recipe, shipped_recipes
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
        if state is not None and recover != "no" and (recover == "yes" or self._ask_recover()):
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
            "open": lambda: self.open_image_dialog(), "open_seps": lambda: self.open_separations_dialog(),
            "open_recipe": lambda: self.open_recipe_dialog(), "save": lambda: self.save_recipe(),
            "save_as": lambda: self.save_recipe(ask=True), "new_recipe": lambda: self.doc.new(),
            "export": lambda: self.export_dialog(), "quit": self.close,
            "prefs": lambda: self.settings_dialog(), "zoom_in": c.zoom_in, "zoom_out": c.zoom_out,
            "fit": c.fit, "actual": c.actual_size, "split": c.set_split,
            "full_screen": lambda on: self.showFullScreen() if on else self.showNormal(),
            "run": lambda: s.run_full(), "cancel": lambda: self.jobs.cancel_all(),
            "live": s.set_live_preview, "models": lambda: self.models_dialog(),
            "about": self._about, "help": self._explain_current,
        }

    def _build_menus_and_toolbar(self) -> None:
        a, mb = self.acts, self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recipes = self.menu_file.addMenu("")
        for act in (a.open, a.open_seps, a.open_recipe):
            self.menu_file.insertAction(self.menu_recent.menuAction(), act)
        self.menu_file.addSeparator()
        self.menu_file.addActions([a.new_recipe, a.save, a.save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(a.export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(a.quit)
        self.file_menus = FileMenus(self.menu_recent, self.menu_recipes, self.studio.recent_files,
                                    shipped_recipes, self.studio.open_paths, self.studio.open_recipe,
                                    self.studio.clear_recent)
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
        sb = self.statusBar()
        self.size_label = QLabel()
        self.zoom_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_btn = QToolButton()
        self.cancel_btn.setDefaultAction(self.acts.cancel)
        self.cancel_btn.hide()
        self.device_label = QLabel()
        self.device_label.setObjectName("deviceLabel")
        for w in (self.size_label, self.zoom_label, self.progress, self.cancel_btn, self.device_label):
            sb.addPermanentWidget(w)

    def _bind(self) -> None:
        """Panels and status bar follow the model; their requests go to the studio."""
        m, s, c = self.model, self.studio, self.canvas
        c.filesDropped.connect(s.open_paths)
        c.zoomChanged.connect(lambda zoom: self.zoom_label.setText(f"{zoom * 100:.0f} %"))
        c.cursorPixel.connect(lambda x, y: x >= 0 and self.statusBar().showMessage(f"x {x}  y {y}", 1500))
        bind(m, "result_image", self._show_result)
        bind(m, "busy_text", c.set_busy_text)
        s.runFrame.connect(lambda image: c.set_images(image, m.source_image))
        self.view_combo.currentIndexChanged.connect(
            lambda i: s.choose_view(self.view_combo.itemData(i)))
        bind(m, "views", self._fill_views)
        m.view_key_changed.connect(self._fill_views)

        rp = self.recipe_panel
        rp.runRequested.connect(lambda: s.run_full())
        rp.openSeparationsRequested.connect(lambda: self.open_separations_dialog())
        bind_two_way(m, "live_preview", rp.live.setChecked, rp.livePreviewToggled)
        bind(m, "source", lambda p: rp.set_source_kind(getattr(p, "kind", None)))
        m.source_changed.connect(self._source_opened)

        gp = self.generate_panel
        gp.generateRequested.connect(s.generate)
        gp.cancelRequested.connect(s.cancel_generation)
        gp.downloadModelRequested.connect(lambda model_id: self.models_dialog(select=model_id, download=True))
        gp.importModelRequested.connect(lambda: self.models_dialog(import_folder=True))
        bind(m, "generation_job", lambda job_id: setattr(gp, "job_id", job_id))
        s.generationStarted.connect(gp.start_filmstrip)
        s.generationProgress.connect(gp.progress)
        s.generationFrame.connect(gp.add_frame)
        s.generationDone.connect(gp.finished)
        s.generationFailed.connect(gp.failed)

        language = [m.settings.language]

        def settings(new: Settings) -> None:
            rp.set_units(new.units)
            gp.set_units(new.units)
            if new.language != language[0]:
                language[0] = new.language
                self.set_language(new.language)

        m.settings_changed.connect(settings)
        for name in ("result", "source", "result_scale", "settings"):
            getattr(m, f"{name}_changed").connect(self._update_size_label)
        for name in ("source_path", "source_gen"):
            getattr(m, f"{name}_changed").connect(self._update_title)
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.doc.pathChanged.connect(self._update_title)
        bind(m, "device", self._show_device)
        bind(m, "busy", self._show_busy)
        bind(m, "progress", self._show_progress)
        s.status.connect(self._status)
        s.error.connect(self.show_error)
        s.succeeded.connect(self.clear_stale_error)
        s.recentChanged.connect(lambda: self.file_menus.rebuild_recent())

    # ------------------------------------------------------------------ showing the model
    def _show_result(self, image: QImage | None) -> None:
        m = self.model
        if image is None:
            return
        self.canvas.set_images(image, m.source_image, full_size=m.full_size())
        zoomable = hasattr(m.result, "render_crop")
        self.zoom_view.show(m.result, m.view() if zoomable else None)
        self._update_size_label()

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

    def _update_size_label(self, *_args) -> None:
        m = self.model
        scale = m.result_scale if m.result is not None else None
        self.size_label.setText(shown_size_text(m.shown, scale, m.settings.units))

    def _update_title(self, *_args) -> None:
        m = self.model
        name = self.doc.display()[0]
        src = m.source_path.name if m.source_path else (self.tr("generated image") if m.source_gen else "")
        parts = [p for p in (src, name + "[*]") if p]
        self.setWindowTitle(" — ".join(parts + ["HybridStudio"]))
        self.setWindowModified(not self.doc.undo_stack.isClean())

    def _show_device(self, device: tuple[str, str]) -> None:
        self.device_label.setText(self.tr("Device: %1").replace("%1", device[0]))
        self.device_label.setToolTip(device[1])

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)

    def _show_progress(self, progress: tuple[float, str]) -> None:
        fraction, message = progress
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{message[:40]} %p%" if message else "%p%")

    def _status(self, message: str, msecs: int, is_error: bool) -> None:
        self.statusBar().showMessage(message, msecs)
        if is_error:
            self._error_in_status = True

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
        self.zoom_label.setText(f"{self.canvas.zoom * 100:.0f} %")
        self._update_size_label()
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
        self.statusBar().showMessage(message, 10000)
        self._error_in_status = True
        if getattr(self, "quiet_errors", False):
            self.last_error = message
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        box.exec()

    def clear_stale_error(self) -> None:
        """A success: an earlier error no longer describes what the window shows."""
        if getattr(self, "_error_in_status", False):
            self.statusBar().clearMessage()
            self._error_in_status = False

    def open_image_dialog(self) -> None:
        recent = self.studio.recent_files()
        start = str(Path(recent[0]).parent) if recent else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open image"), start,
            self.tr("Images (%1)").replace("%1", " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))))
        if path:
            self.studio.open_image(Path(path))

    def open_separations_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a separations folder"), str(Path.home()))
        if path:
            self.studio.open_separations(Path(path))

    def open_recipe_dialog(self) -> None:
        start = str(self.doc.path.parent) if self.doc.path else str(RECIPES_DIR)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open recipe"), start,
                                              self.tr("Recipes (*.toml)"))
        if path:
            self.studio.open_recipe(Path(path))

    def save_recipe(self, ask: bool = False) -> Path | None:
        doc, path = self.doc, self.doc.path
        if ask or path is None or path.parent.resolve() == RECIPES_DIR.resolve():
            start = str((doc.path.parent if doc.path and not ask else Path.home())
                        / (doc.path.name if doc.path else "recipe.toml"))
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save recipe"), start,
                                                    self.tr("Recipes (*.toml)"))
            if not chosen:
                return None
            path = Path(chosen).with_suffix(".toml")
        try:
            saved = doc.save(path)
        except (HybridStudioError, OSError) as exc:
            self.show_error(self.tr("Could not save the recipe"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Recipe saved: %1").replace("%1", str(saved)), 5000)
        self.studio.add_recent(saved)
        return saved

    def settings_dialog(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.model.settings, self)
        if dlg.exec():
            self.studio.apply_settings(dlg.result_settings())

    def models_dialog(self, select: str = "", download: bool = False,
                      import_folder: bool = False) -> None:
        """The Models dialog; from the Generate panel it opens on the missing model and starts
        its download, or asks for a model folder to import."""
        from .models_panel import ModelsDialog

        dlg = ModelsDialog(self.model.settings, self.jobs, self)
        if select and dlg.panel.select(select) and download:
            dlg.panel.download()
        elif import_folder:
            QTimer.singleShot(0, lambda: dlg.panel.import_dialog(folder=True))
        dlg.exec()
        self.generate_panel.refresh_models()
        self.studio.device_status.update()

    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        dlg = ExportDialog(self, self.ui_state, self.model.result)
        if dlg.exec():
            out_dir, extra = dlg.choices()
            fmt, depth, dpi = dlg.image_options()
            self.studio.run_full(out_dir=out_dir, extra_steps=extra, image_format=fmt,
                                 bit_depth=depth, source_dpi=dpi)

    def _explain_current(self) -> None:
        self.recipe_dock.show()
        self.recipe_dock.raise_()
        self.recipe_panel.scroll.ensureWidgetVisible(self.recipe_panel.explain)

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About HybridStudio"),
            self.tr(
                "<h3>HybridStudio %1</h3><p>Local AI and craft image making for art schools and print "
                "workshops. Everything runs on this computer; every output says what was AI and what "
                "was craft, and what it cost in energy.</p><p>Free software (GPL 3 or later).</p>"
            ).replace("%1", __version__),
        )

    # ------------------------------------------------------------------ session
    def _ui_session(self) -> dict[str, Any]:
        return {"generate_panel": self.generate_panel.state(), "split": self.canvas.split_on}

    def _restore_ui(self, state: dict[str, Any]) -> None:
        self.acts.split.setChecked(bool(state.get("split")))
        self.canvas.set_split(bool(state.get("split")))
        if state.get("generate_panel"):
            self.generate_panel.restore(state["generate_panel"])

    def _ask_recover(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore your work?"),
            self.tr(
                "HybridStudio did not close normally last time. Restore the recipe "
                "and image you were working on?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        return box.exec() == QMessageBox.StandardButton.Yes

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
        if self.ask_before_close and not self.doc.undo_stack.isClean() and self.doc.path is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Save the recipe?"),
                self.tr("The recipe “%1” has changes that are not saved.").replace("%1", self.doc.name),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and self.save_recipe() is None:
                event.ignore()
                return
        self.ui_state.setValue("geometry", self.saveGeometry())
        self.ui_state.setValue("windowState", self.saveState())
        self.ui_state.sync()
        self.jobs.cancel_all()
        self.jobs.wait(5000)
        self.store.clean_exit()
        event.accept()

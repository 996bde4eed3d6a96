"""The main window: canvas in the middle, recipe and generate panels, the job queue, menus with
standard shortcuts, status bar with the device that really runs."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..core.cache import ResultCache
from ..core.errors import HybridStudioError
from ..core.executor import Executor, mark_source_file
from ..core.recipe import Recipe, RecipeStep
from ..core.settings import Settings, config_dir, data_dir
from ..core.step import all_steps
from ..paths import resources_dir
from . import credentials_view
from .canvas import IMAGE_SUFFIXES, RECIPE_SUFFIXES, Canvas
from .device import LABELS as DEVICE_LABELS
from .device import DeviceProbe, device_summary
from .document import RecipeDocument, StepEntry
from .i18n import LANGUAGES, Translations, resolve_language, set_mesh_preference, ui_language
from .jobs import Job, JobManager
from .jobs_panel import JobsPanel, cost_text
from .qimage import qimage_from_rgb
from .recipe_panel import RecipePanel
from .runner import ask_compute_here, runner_for
from .session import SessionStore
from .sizes import negative_size_text
from .texts import engine_text, view_label
from .views import (
    View,
    available_views,
    payload_size,
    preview_scale_for,
    print_size,
    reduce_for_display,
    render_view,
)
from .zoom_view import ZoomableView

RESOURCES = resources_dir()
SAMPLE_IMAGE = RESOURCES / "samples" / "coffee.png"
RECIPES_DIR = RESOURCES / "recipes"
DISPLAY_SIDE = 4096  # the canvas shows at most this many pixels on the long side
MAX_RECENT = 10
PREVIEW_PIXELS = 1.0e6  # live previews of craft recipes work on about one megapixel
PREVIEW_PIXELS_AI = 0.12e6  # … and of recipes with AI steps on a thumbnail


def shipped_recipes() -> list[Path]:
    return sorted(RECIPES_DIR.glob("*.toml"))


#: The recipe a first launch opens on the sample, when shipped: colourful, craft only, offline.
FIRST_RUN_RECIPES = ("riso-two-colour-look.toml", "tri-x-darkroom.toml", "print-ready-greyscale.toml")


def first_run_recipe() -> Path | None:
    """A shipped recipe that runs on an image with no model to download."""
    recipes = shipped_recipes()
    by_name = {p.name: p for p in recipes}
    for name in FIRST_RUN_RECIPES:
        if name in by_name:
            return by_name[name]
    for p in recipes:
        try:
            r = Recipe.load(p)
        except HybridStudioError:
            continue
        if r.consumes == "image" and not any(s.step_class.ai for s in r.steps):
            return p
    return None


class _DeviceRelay(QObject):
    """Carries device entries from worker threads to the GUI thread."""

    noted = Signal(dict)


def _record_devices(result: Any) -> list[dict]:
    """The device entries of every step of a job's result (a JobResult or a tuple starting
    with one)."""
    if isinstance(result, tuple) and result:
        result = result[0]
    record = getattr(result, "record", None)
    return [d for s in getattr(record, "steps", []) for d in getattr(s, "devices", [])]


def _run_work(runner: Any, recipe: Recipe, inputs: Any, out_dir: Path | None,
              on_device: Callable[[dict], None], finish: Callable[[Any], Any]) -> Callable:
    """A job's work function: ``runner`` (this computer or the school server) runs ``recipe``;
    ``finish`` turns the first result into what the job hands back to the GUI thread."""
    def work(cancel, on_progress, on_preview):
        results = runner.run(recipe, inputs, out_dir, cancel=cancel, on_progress=on_progress,
                             on_preview=on_preview, on_device=on_device)
        return finish(results[0])
    return work


def _display(payload: Any, key: str) -> QImage:
    """Worker-side: a view of a payload reduced for the screen, as a QImage."""
    rgb = render_view(payload, key)
    alpha = getattr(payload, "alpha", None) if key == "result" else None
    if alpha is not None:
        alpha = (
            reduce_for_display(alpha[..., None], DISPLAY_SIDE)[..., 0]
            if max(alpha.shape) > DISPLAY_SIDE
            else alpha
        )
    return qimage_from_rgb(reduce_for_display(rgb, DISPLAY_SIDE), alpha)


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
        self.settings = settings or Settings.load()
        set_mesh_preference(self.settings.mesh_unit)
        self.translations = translations or Translations()
        self.store = store or SessionStore()
        self.ask_before_close = True
        self.ui_state = QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(RESOURCES / "icons" / "hybridstudio.svg")))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        # engine side
        self.executor = Executor(self.settings)
        self.preview_executor = Executor(
            self.settings, ResultCache(max(64, self.settings.cache_limit_mb // 4) << 20)
        )
        self.jobs = JobManager(history_path=data_dir() / "jobs.json", parent=self)
        self.doc = RecipeDocument(self)

        # what is on the canvas
        self.source_path: Path | None = None
        self.source_payload: Any = None
        self.source_gen: StepEntry | None = None  # the source was generated by this step
        self.source_image: QImage | None = None
        self.result_payload: Any = None
        self.result_scale: float | None = None
        self.result_record = None  # the process record of what the canvas shows
        self.views: list[View] = []
        self.view_key = "result"
        self.live_preview = True
        self._last_run_job: Job | None = None
        self._last_devices: list[dict] = []  # device and provider of each model of the last AI job
        self._ai_jobs: set[int] = set()  # running jobs with AI steps: the device label says so

        self._build_canvas()
        self._build_docks()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        credentials_view.install(self)

        self.preview_timer = QTimer(self, singleShot=True, interval=250)
        self.preview_timer.timeout.connect(self.run_preview)
        self.autosave_timer = QTimer(self, singleShot=True, interval=1500)
        self.autosave_timer.timeout.connect(self.autosave)
        self.doc.changed.connect(self._recipe_changed)
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.doc.pathChanged.connect(self._update_title)
        self.jobs.activeChanged.connect(self._jobs_active)
        self.jobs.jobChanged.connect(self._job_progress)
        self.jobs.jobPreview.connect(self._job_preview)

        self.retranslate()
        self._device_relay = _DeviceRelay(self)
        self._device_relay.noted.connect(self._device_noted)
        self._running_devices: list[dict] = []  # what the running AI job really opened
        self.device_probe = DeviceProbe(self)
        self.device_probe.finished.connect(self._update_device)
        self.device_probe.start(self.settings)
        self.jobs.jobFinished.connect(self._ai_job_finished)
        self._restore_ui_state()
        self.store.start()
        state = self.store.crashed_session()
        recovered = False
        if state is not None and recover != "no" and (recover == "yes" or self._ask_recover()):
            self.restore_session(state)
            recovered = True
        if not recovered:
            self.store.discard()
            if first_run_sample:
                self.open_first_run()

    # ------------------------------------------------------------------ building
    def _build_canvas(self) -> None:
        self.canvas = Canvas()
        self.canvas.setObjectName("canvas")
        self.canvas.filesDropped.connect(self.open_paths)
        self.canvas.zoomChanged.connect(self._zoom_changed)
        self.canvas.cursorPixel.connect(self._cursor_pixel)
        self.setCentralWidget(self.canvas)
        self.zoom_view = ZoomableView(self.canvas, self.jobs, self)  # films: the screened crop

    def _build_docks(self) -> None:
        self.recipe_panel = RecipePanel(self.doc, self.settings.units)
        self.recipe_panel.runRequested.connect(self.run_full)
        self.recipe_panel.livePreviewToggled.connect(self.set_live_preview)
        self.recipe_panel.openSeparationsRequested.connect(lambda: self.open_separations_dialog())
        self.recipe_dock = self._dock("recipeDock", self.recipe_panel, Qt.DockWidgetArea.RightDockWidgetArea)

        from .generate_panel import GeneratePanel

        self.generate_panel = GeneratePanel(self.settings.units)
        self.generate_panel.generateRequested.connect(self.generate)
        self.generate_panel.cancelRequested.connect(self._cancel_generation)
        self.generate_panel.downloadModelRequested.connect(
            lambda model_id: self.models_dialog(select=model_id, download=True))
        self.generate_panel.importModelRequested.connect(
            lambda: self.models_dialog(import_folder=True))
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

    def _action(self, name: str, slot, shortcut=None, checkable: bool = False, icon=None) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                act.setShortcuts(shortcut)
            else:
                act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey  # noqa: N806
        SP = QStyle.StandardPixmap  # noqa: N806
        a = self._action
        self.act_open = a("actOpen", lambda: self.open_image_dialog(), SK.Open, icon=SP.SP_DialogOpenButton)
        self.act_open_seps = a("actOpenSeps", lambda: self.open_separations_dialog(), None)
        self.act_open_recipe = a("actOpenRecipe", lambda: self.open_recipe_dialog(), "Ctrl+Shift+O")
        self.act_save = a("actSave", lambda: self.save_recipe(), SK.Save, icon=SP.SP_DialogSaveButton)
        self.act_save_as = a("actSaveAs", lambda: self.save_recipe(ask=True), SK.SaveAs)
        self.act_new_recipe = a("actNewRecipe", self._new_recipe, SK.New)
        self.act_export = a("actExport", lambda: self.export_dialog(), "Ctrl+E")
        self.act_quit = a("actQuit", self.close, SK.Quit)
        self.act_undo = self.doc.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(SK.Undo)
        self.act_undo.setObjectName("actUndo")
        self.act_redo = self.doc.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts(SK.Redo)
        self.act_redo.setObjectName("actRedo")
        self.act_prefs = a("actPrefs", lambda: self.settings_dialog(), SK.Preferences)
        self.act_zoom_in = a("actZoomIn", self.canvas.zoom_in, SK.ZoomIn)
        self.act_zoom_out = a("actZoomOut", self.canvas.zoom_out, SK.ZoomOut)
        self.act_fit = a("actFit", self.canvas.fit, "Ctrl+0")
        self.act_100 = a("act100", self.canvas.actual_size, "Ctrl+1")
        self.act_split = a("actSplit", self._toggle_split, "Ctrl+B", checkable=True)
        self.act_full_screen = a("actFullScreen", self._toggle_full_screen, SK.FullScreen, checkable=True)
        self.act_run = a("actRun", self.run_full, "Ctrl+R", icon=SP.SP_MediaPlay)
        self.act_cancel = a("actCancel", lambda: self.jobs.cancel_all(), "Ctrl+.", icon=SP.SP_BrowserStop)
        self.act_cancel.setEnabled(False)
        self.act_live = a("actLive", lambda on: self.recipe_panel.live.setChecked(on), checkable=True)
        self.act_live.setChecked(True)
        self.act_models = a("actModels", lambda: self.models_dialog(), "Ctrl+M")
        self.act_about = a("actAbout", self._about)
        self.act_help = a("actHelp", self._explain_current, SK.HelpContents)
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setObjectName(f"actLang_{code}")
            act.triggered.connect(lambda _=False, c=code: self.set_language(c, save=True))
            self.lang_group.addAction(act)
            self.lang_actions[code] = act

    def _build_menus_and_toolbar(self) -> None:
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recipes = self.menu_file.addMenu("")
        for act in (self.act_open, self.act_open_seps, self.act_open_recipe):
            self.menu_file.insertAction(self.menu_recent.menuAction(), act)
        self.menu_file.addSeparator()
        for act in (self.act_new_recipe, self.act_save, self.act_save_as):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = mb.addMenu("")
        for act in (self.act_undo, self.act_redo):
            self.menu_edit.addAction(act)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_prefs)
        self.menu_view = mb.addMenu("")
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_100):
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_split)
        self.menu_view.addAction(self.act_full_screen)
        self.menu_view.addSeparator()
        for dock in (self.recipe_dock, self.generate_dock, self.jobs_dock):
            self.menu_view.addAction(dock.toggleViewAction())
        self.menu_run = mb.addMenu("")
        for act in (self.act_run, self.act_live, self.act_cancel):
            self.menu_run.addAction(act)
        self.menu_tools = mb.addMenu("")
        self.menu_tools.addAction(self.act_models)
        self.menu_lang = self.menu_tools.addMenu("")
        for act in self.lang_actions.values():
            self.menu_lang.addAction(act)
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_help)
        self.menu_help.addAction(self.act_about)

        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb
        tb.addAction(self.act_open)
        tb.addAction(self.act_save)
        tb.addSeparator()
        tb.addAction(self.act_undo)
        tb.addAction(self.act_redo)
        tb.addSeparator()
        tb.addAction(self.act_fit)
        tb.addAction(self.act_100)
        tb.addAction(self.act_split)
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view_combo.currentIndexChanged.connect(self._view_chosen)
        self.view_label = QLabel()
        tb.addSeparator()
        tb.addWidget(self.view_label)
        tb.addWidget(self.view_combo)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred
        )
        tb.addWidget(spacer)
        tb.addAction(self.act_run)
        tb.addAction(self.act_export)

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
        self.cancel_btn.setDefaultAction(self.act_cancel)
        self.cancel_btn.hide()
        self.device_label = QLabel()
        self.device_label.setObjectName("deviceLabel")
        sb.addPermanentWidget(self.size_label)
        sb.addPermanentWidget(self.zoom_label)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_btn)
        sb.addPermanentWidget(self.device_label)

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
        texts = {
            self.act_open: (self.tr("&Open image…"), self.tr("Open a photo, a scan or a drawing")),
            self.act_open_seps: (
                self.tr("Open se&parations folder…"),
                self.tr("Open separations (one greyscale TIFF per ink) to make films"),
            ),
            self.act_open_recipe: (self.tr("Open re&cipe…"), self.tr("Open a recipe file (.toml)")),
            self.act_new_recipe: (self.tr("&New recipe"), self.tr("Start an empty recipe")),
            self.act_save: (self.tr("&Save recipe"), self.tr("Save the recipe as a plain file to share")),
            self.act_save_as: (self.tr("Save recipe &as…"), ""),
            self.act_export: (
                self.tr("&Export…"),
                self.tr(
                    "Write the result at full resolution: images, separations, films, with the process record"
                ),
            ),
            self.act_quit: (self.tr("&Quit"), ""),
            self.act_prefs: (self.tr("&Settings…"), ""),
            self.act_zoom_in: (self.tr("Zoom &in"), ""),
            self.act_zoom_out: (self.tr("Zoom &out"), ""),
            self.act_fit: (self.tr("&Fit"), self.tr("Fit the image in the window (Ctrl+0)")),
            self.act_100: (self.tr("100 %"), self.tr("One image pixel per screen pixel (Ctrl+1)")),
            self.act_split: (
                self.tr("Before / after"),
                self.tr("Compare the original and the result with a split you can drag (Ctrl+B)"),
            ),
            self.act_full_screen: (self.tr("F&ull screen"), ""),
            self.act_run: (self.tr("&Run"), self.tr("Run the recipe at full resolution (Ctrl+R)")),
            self.act_cancel: (self.tr("&Cancel jobs"), self.tr("Stop every running job")),
            self.act_live: (self.tr("&Live preview"), ""),
            self.act_models: (self.tr("&Models…"), self.tr("The AI models: download, import, check, remove")),
            self.act_about: (self.tr("&About HybridStudio"), ""),
            self.act_help: (self.tr("&Explain this step"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip or text.replace("&", ""))
            act.setStatusTip(tip)
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        # the toolbar shows a fixed word: the undo stack's "Undo Add step …" would shift it
        self.act_undo.setIconText(self.tr("Undo"))
        self.act_redo.setIconText(self.tr("Redo"))
        self.recipe_dock.setWindowTitle(self.tr("Recipe"))
        self.generate_dock.setWindowTitle(self.tr("Generate"))
        self.jobs_dock.setWindowTitle(self.tr("Jobs"))
        self.view_label.setText(self.tr("Show:") + " ")
        self.canvas.set_placeholder(
            self.tr(
                "Drop an image or a recipe here, or use File › Open image…\n\n"
                "Or write a prompt in the Generate panel."
            )
        )
        self.canvas.set_split_labels(self.tr("Before"), self.tr("After"))
        self._fill_views()
        self._rebuild_recent_menu()
        self._rebuild_recipes_menu()
        self._update_device()
        self._update_title()
        self._zoom_changed(self.canvas.zoom)
        self._update_size_label()
        for code, act in self.lang_actions.items():
            act.setChecked(code == self.translations.language)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str, save: bool = False) -> None:
        """Switch the whole interface to 'en' or 'fr' now."""
        self.translations.switch(resolve_language(language))
        self.setLocale(QLocale())  # numbers in every field follow the language (decimal comma)
        if save:
            self.settings.language = language
            self.settings.save()
        for code, act in self.lang_actions.items():
            act.setChecked(code == self.translations.language)

    def _update_title(self, *_args) -> None:
        name = self.doc.display()[0]
        src = (
            self.source_path.name
            if self.source_path
            else (self.tr("generated image") if self.source_gen else "")
        )
        parts = [p for p in (src, name + "[*]") if p]
        self.setWindowTitle(" — ".join(parts + ["HybridStudio"]))
        self.setWindowModified(not self.doc.undo_stack.isClean())

    def _update_device(self) -> None:
        """The device label: the start-up probe's answer, then what the last AI job really used;
        while an AI job runs, that it is in use."""
        short, long = device_summary(self.settings)
        if self._last_devices:
            dev = self._last_devices[-1]
            label = DEVICE_LABELS.get(dev.get("device", ""), dev.get("device", ""))
            short = label + (" " + self.tr("(fallback)") if dev.get("fell_back") else "")
            lines = [self.tr("%1 ran on %2 (%3).").replace("%1", d.get("purpose") or "AI")
                     .replace("%2", DEVICE_LABELS.get(d.get("device", ""), d.get("device", "")))
                     .replace("%3", d.get("provider", "")) for d in self._last_devices]
            long = "\n".join([long, *lines]) if dev.get("fell_back") else "\n".join(lines)
        running = [self.jobs.jobs[i] for i in self._ai_jobs if i in self.jobs.jobs]
        if running and self._running_devices:  # the job's own sessions, as soon as they open
            dev = self._running_devices[-1]
            label = DEVICE_LABELS.get(dev.get("device", ""), dev.get("device", ""))
            short = label + (" " + self.tr("(fallback)") if dev.get("fell_back") else "")
        if running:
            short = self.tr("%1, in use").replace("%1", short)
            long = self.tr("“%1” runs its AI steps on this device.").replace(
                "%1", running[-1].title) + "\n" + long
        self.device_label.setText(self.tr("Device: %1").replace("%1", short))
        self.device_label.setToolTip(long)

    def _device_listener(self):
        """A callback for a worker: each device entry a step notes reaches the label at once
        (a queued signal to the GUI thread)."""
        return self._device_relay.noted.emit

    def _device_noted(self, entry: dict) -> None:
        if self._ai_jobs:
            self._running_devices.append(entry)
            self._update_device()

    def _device_is_cpu(self) -> bool:
        from ..runtime.probe import cached_probe

        result = cached_probe(self.settings)
        return result is None or result.device in ("cpu", "none")

    def _track_ai_job(self, job: Job | None, recipe: Recipe) -> None:
        if job is not None and any(rs.enabled and rs.step_class.uses_ai for rs in recipe.steps):
            self._ai_jobs.add(job.id)
            self._update_device()

    def _ai_job_finished(self, job_id: int) -> None:
        if job_id in self._ai_jobs:
            self._ai_jobs.discard(job_id)
            if not self._ai_jobs:
                self._running_devices = []
            job = self.jobs.jobs.get(job_id)
            devices = [d for r in (job.results if job else []) for d in _record_devices(r)]
            if devices:
                self._last_devices = devices
            self._update_device()

    # ------------------------------------------------------------------ files
    def open_first_run(self) -> None:
        """Something to see without any download: the last image, else the sample, and a shipped
        craft recipe."""
        recent = [p for p in self.recent_files() if Path(p).is_file()]
        image = Path(recent[0]) if recent else SAMPLE_IMAGE
        recipe = first_run_recipe()
        if recipe is not None and self.doc.is_empty():
            with contextlib.suppress(HybridStudioError):
                self.doc.load(recipe)
        if image.is_file():
            self.open_image(image, remember=image != SAMPLE_IMAGE)

    def open_paths(self, paths: list[str]) -> None:
        """Open dropped or command-line files: recipes, then the first image."""
        images = [Path(p) for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES]
        for p in paths:
            if Path(p).suffix.lower() in RECIPE_SUFFIXES:
                self.open_recipe(Path(p))
            elif Path(p).is_dir() or Path(p).name == "separations.json":
                self.open_separations(Path(p) if Path(p).is_dir() else Path(p).parent)
                return
        if images:
            self.open_image(images[0])

    def open_separations_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a separations folder"), str(Path.home()))
        if path:
            self.open_separations(Path(path))

    def open_separations(self, folder: Path, remember: bool = True) -> Job:
        """Load a folder of separations — HybridStudio's (separations.json), or made elsewhere: one
        greyscale TIFF/PNG per ink, inks read from the file names — or a multichannel TIFF, to
        make films or masters from it."""
        from ..separation.foreign import load_any_separations

        folder = Path(folder)

        def load(cancel, on_progress):
            sepset = load_any_separations(folder)
            return sepset, _display(sepset, available_views(sepset)[0].key)

        return self._open_in_worker(folder, load, self.tr("Could not open the separations"), remember)

    def open_image_dialog(self) -> None:
        start = str(Path(self.recent_files()[0]).parent) if self.recent_files() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open image"),
            start,
            self.tr("Images (%1)").replace("%1", " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))),
        )
        if path:
            self.open_image(Path(path))

    def open_image(self, path: Path, remember: bool = True) -> Job:
        """Load an image in a worker; the canvas shows it when ready."""
        from ..io.images import load_image

        path = Path(path)
        max_pixels = self.settings.max_pixels

        def load(cancel, on_progress):
            on_progress(0.1, self.tr("Reading %1").replace("%1", path.name))
            payload = load_image(path, max_pixels=max_pixels)
            # the file as read: an export declares it (with its own credentials) as its parent
            mark_source_file(payload, path)
            cancel.check()
            return payload, _display(payload, "result")

        return self._open_in_worker(path, load, self.tr("Could not open the image"), remember)

    def _open_in_worker(self, path: Path, load, error_title: str, remember: bool) -> Job:
        """Run ``load(cancel, on_progress) -> (source, picture)`` in a worker; show the result as
        the new source, or the error in plain words."""

        def work(cancel, on_progress, on_preview):
            return load(cancel, on_progress)

        def done(job: Job) -> None:
            source, image = job.results[0]
            self.set_source(source, image, path=path)
            if remember:
                self._add_recent(path)

        def failed(job: Job) -> None:
            if job.error:
                self.show_error(error_title, job.error, job.details)

        return self.jobs.submit(
            self.tr("Open %1").replace("%1", path.name), work, kind="task", on_done=done, on_error=failed
        )

    def set_source(
        self, payload: Any, image: QImage, path: Path | None = None, generated: StepEntry | None = None
    ) -> None:
        self.source_path = path
        self.source_payload = payload
        self.source_gen = generated
        self.source_image = image
        self.result_payload = None
        self.recipe_panel.set_source_kind(getattr(payload, "kind", None))
        self.canvas.set_images(image, image, full_size=payload_size(payload))
        if path is not None and path.is_file():
            self.credentials_panel.show_file(path)
        self._set_views(available_views(payload))
        self._update_title()
        self._update_size_label()
        self.schedule_preview()
        self.schedule_autosave()

    def open_recipe_dialog(self) -> None:
        start = str(self.doc.path.parent) if self.doc.path else str(RECIPES_DIR)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open recipe"), start, self.tr("Recipes (*.toml)")
        )
        if path:
            self.open_recipe(Path(path))

    def open_recipe(self, path: Path) -> bool:
        try:
            self.doc.load(Path(path))
        except HybridStudioError as exc:
            self.show_error(self.tr("Could not open the recipe"), str(exc))
            return False
        if path.parent.resolve() != RECIPES_DIR.resolve():
            self._add_recent(path)
        return True

    def save_recipe(self, ask: bool = False) -> Path | None:
        path = self.doc.path
        if ask or path is None or path.parent.resolve() == RECIPES_DIR.resolve():
            start = str(
                (self.doc.path.parent if self.doc.path and not ask else Path.home())
                / (self.doc.path.name if self.doc.path else "recipe.toml")
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save recipe"), start, self.tr("Recipes (*.toml)")
            )
            if not chosen:
                return None
            path = Path(chosen).with_suffix(".toml")
        try:
            saved = self.doc.save(path)
        except (HybridStudioError, OSError) as exc:
            self.show_error(self.tr("Could not save the recipe"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Recipe saved: %1").replace("%1", str(saved)), 5000)
        self._add_recent(saved)
        return saved

    def _new_recipe(self) -> None:
        self.doc.new()

    def recent_files(self) -> list[str]:
        value = self.ui_state.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        items = [str(Path(path).resolve())] + [
            p for p in self.recent_files() if p != str(Path(path).resolve())
        ]
        self.ui_state.setValue("recentFiles", items[:MAX_RECENT])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.menu_recent.clear()
        files = self.recent_files()
        for p in files:
            act = self.menu_recent.addAction(Path(p).name)
            act.setToolTip(p)
            act.triggered.connect(lambda _=False, p=p: self.open_paths([p]))
        self.menu_recent.setEnabled(bool(files))
        if files:
            self.menu_recent.addSeparator()
            clear = self.menu_recent.addAction(self.tr("Clear the list"))
            clear.triggered.connect(
                lambda: (self.ui_state.setValue("recentFiles", []), self._rebuild_recent_menu())
            )

    def _rebuild_recipes_menu(self) -> None:
        self.menu_recipes.clear()
        for p in shipped_recipes():
            try:
                r = Recipe.load(p)
                ai = any(s.step_class.ai for s in r.steps)
                name, tip = r.localized(ui_language())
                title = ("✦ " if ai else "") + name
            except HybridStudioError as exc:  # a recipe for a step kind not installed
                title, tip = p.stem, str(exc)
            act = self.menu_recipes.addAction(title)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(lambda _=False, p=p: self.open_recipe(p))
        self.menu_recipes.setToolTipsVisible(True)

    # ------------------------------------------------------------------ running
    def _recipe_changed(self) -> None:
        self.schedule_preview()
        self.schedule_autosave()

    def set_live_preview(self, on: bool) -> None:
        self.live_preview = on
        self.act_live.setChecked(on)
        if on:
            self.schedule_preview()

    def schedule_preview(self) -> None:
        if self.live_preview:
            self.preview_timer.start()

    def _recipe_for_run(
        self, with_source_generation: bool, extra_steps: list[RecipeStep] | None = None
    ) -> tuple[Recipe, list | None]:
        """The recipe to run and its inputs (a generated source re-enters as its generation step,
        so the process record says the image was generated)."""
        recipe = self.doc.to_recipe()
        recipe.steps += extra_steps or []
        if recipe.name == "Untitled recipe":
            recipe.name = self.tr("Untitled recipe")
        if with_source_generation and self.source_gen is not None:
            gen = RecipeStep(self.source_gen.kind, copy.deepcopy(self.source_gen.params))
            recipe.steps.insert(0, gen)
            return recipe, None
        if recipe.consumes == "nothing":
            return recipe, None
        return recipe, [self.source_path] if self.source_path else [self.source_payload]

    def run_preview(self) -> Job | None:
        """Run the recipe on a reduced copy of the image (the cache reuses unchanged steps)."""
        if self.source_payload is None or self.doc.is_empty() or not self.doc.needs_input():
            if self.source_image is not None and self.doc.is_empty():
                self._show(self.source_payload, self.source_image, None)
            return None
        try:
            recipe = self.doc.to_recipe()
            recipe.check_chain()
            recipe.check_source(getattr(self.source_payload, "kind", None))
        except HybridStudioError:
            self._show(self.source_payload, self.source_image, None, available_views(self.source_payload))
            return None  # the recipe panel says what is wrong and offers the fix
        payload = self.source_payload
        # AI steps are slow on a laptop processor: their live preview works on a smaller picture
        has_ai = any(s.step_class.ai for s in recipe.steps if s.enabled)
        target = PREVIEW_PIXELS_AI if has_ai else PREVIEW_PIXELS
        scale = (preview_scale_for(*payload_size(payload), target)
                 if getattr(payload, "kind", "") == "image" else None)
        key = self.view_key
        executor = self.preview_executor

        def work(cancel, on_progress, on_preview):
            results = executor.run(
                recipe,
                [payload],
                None,
                cancel=cancel,
                on_progress=on_progress,
                on_preview=on_preview,
                preview_scale=scale,
            )
            out = results[0].payload
            views = available_views(out)
            k = key if any(v.key == key for v in views) else views[0].key
            return results[0], _display(out, k), views, k

        def done(job: Job) -> None:
            result, image, views, k = job.results[0]
            self.result_record = result.record
            self.clear_stale_error()
            self._show(result.payload, image, scale, views, k)

        def failed(job: Job) -> None:
            if job.error:
                self.statusBar().showMessage(self.tr("Preview: %1").replace("%1", job.error), 8000)
                self._error_in_status = True
            self.canvas.set_busy_text("")

        self.canvas.set_busy_text(
            self.tr("AI preview on a small copy: AI steps take a few seconds on the processor…")
            if has_ai and self._device_is_cpu() else self.tr("Preview…"))
        return self.jobs.submit(self.tr("Preview"), work, kind="preview", on_done=done, on_error=failed)

    def run_full(
        self,
        out_dir: Path | None = None,
        extra_steps: list[RecipeStep] | None = None,
        title: str | None = None,
        image_format: str | None = None,
        bit_depth: int | None = None,
        source_dpi: float | None = None,
    ) -> Job | None:
        """Run the whole recipe at full resolution (and write the outputs when ``out_dir``).
        ``image_format``/``bit_depth`` override the settings for this export; ``source_dpi``
        gives the source picture a print resolution (one with none, or a screen's)."""
        if self.doc.is_empty() and self.source_gen is None and not extra_steps:
            self.statusBar().showMessage(self.tr("The recipe is empty: add a step first."), 5000)
            return None
        try:
            recipe, inputs = self._recipe_for_run(with_source_generation=True, extra_steps=extra_steps)
            recipe.check_chain()
            if inputs is not None and inputs[0] is not None:
                recipe.check_source(getattr(self.source_payload, "kind", None),
                                    translator=QCoreApplication.translate)
        except HybridStudioError as exc:
            self.show_error(self.tr("The recipe cannot run"), getattr(exc, "problem", str(exc)))
            return None
        if inputs is not None and inputs[0] is None:
            self.statusBar().showMessage(self.tr("Open an image first."), 5000)
            return None
        key = self.view_key
        executor = self.executor
        if image_format or bit_depth:
            executor = Executor(dataclasses.replace(
                self.settings, image_format=image_format or self.settings.image_format,
                image_bit_depth=bit_depth or 0), self.executor.cache)
        if source_dpi and inputs and getattr(self.source_payload, "kind", "") == "image":
            inputs = [dataclasses.replace(self.source_payload, dpi=float(source_dpi))]

        local = executor
        device_seen = self._device_listener()

        def shown(result):
            out = result.payload
            views = available_views(out)
            k = key if any(v.key == key for v in views) else views[0].key
            return result, _display(out, k), views, k

        def work_on(runner):
            return _run_work(runner, recipe, inputs, out_dir, device_seen, shown)

        def done(job: Job) -> None:
            result, image, views, k = job.results[0]
            job.outputs = [str(p) for p in result.outputs]
            job.cost = result.cost
            job.device_report = list(result.device_report)
            job.warnings = list(result.warnings)
            self._last_run_job = job
            self.result_record = result.record
            self.clear_stale_error()
            self._update_device()
            self._show(result.payload, image, None, views, k)
            verdict = credentials_view.exported(self, job.outputs)
            msg = self.tr("Finished: %1").replace("%1", cost_text(result.cost))
            if job.outputs:
                msg = self.tr("Exported %1 files. %2").replace("%1", str(len(job.outputs))).replace("%2", msg)
            if verdict:
                msg += " · " + verdict
            self.statusBar().showMessage(msg, 10000)

        def failed(job: Job) -> None:
            if self._offer_local_compute(job, lambda: submit(work_on(local))):
                return
            if job.error:
                self.show_error(self.tr("The job failed"), job.error, job.details)

        name = title or (self.tr("Export “%1”") if out_dir else self.tr("Run “%1”")).replace(
            "%1", self.doc.display()[0] if recipe.name == self.doc.name else recipe.name
        )

        def submit(work) -> Job:
            job = self.jobs.submit(name, work, kind="run", on_done=done, on_error=failed)
            self._track_ai_job(job, recipe)
            return job

        # this computer or the school server
        return submit(work_on(runner_for(self.settings, executor)))

    def _offer_local_compute(self, job: Job, resubmit) -> bool:
        """A job the school server could not take (unreachable, and the settings do not fall back
        on their own): ask whether it computes here instead. True when the question was asked."""
        from ..server.client import ServerUnreachable

        if not isinstance(job.exception, ServerUnreachable):
            return False
        if ask_compute_here(self, job.error):
            resubmit()
        return True

    def _show(
        self,
        payload: Any,
        image: QImage,
        scale: float | None,
        views: list[View] | None = None,
        key: str | None = None,
    ) -> None:
        self.result_payload = payload
        self.result_scale = scale
        full = None
        if getattr(payload, "kind", "") in ("image", "separations"):
            w, h = payload_size(payload)
            full = (round(w / scale), round(h / scale)) if scale else (w, h)
        elif hasattr(payload, "render_crop"):  # zoomable (films): the canvas counts film pixels
            full = payload_size(payload)
        self.canvas.set_busy_text("")
        self.canvas.set_images(image, self.source_image, full_size=full)
        if views is not None:
            self._set_views(views, key)
        zoomable = hasattr(payload, "render_crop")
        self.zoom_view.show(payload, next((v for v in self.views if v.key == self.view_key and zoomable),
                                          None))
        self._update_size_label()

    def generate(self, kind: str, params: dict) -> Job | None:
        """Generate a new source image with a generation step (live step previews in the panel)."""
        entry = StepEntry(kind, copy.deepcopy(params))
        recipe = Recipe(name=self.tr("Generation"), steps=[RecipeStep(kind, copy.deepcopy(params))])
        panel = self.generate_panel
        panel.start_filmstrip()

        device_seen = self._device_listener()

        def work_on(runner):
            return _run_work(runner, recipe, None, None, device_seen,
                             lambda result: (result, _display(result.payload, "result")))

        def done(job: Job) -> None:
            result, image = job.results[0]
            self._last_run_job = job
            job.device_report = list(result.device_report)
            self._update_device()
            panel.finished(image, result)
            self.set_source(result.payload, image, path=None, generated=entry)

        def here() -> None:
            panel.start_filmstrip()
            submit(work_on(self.executor))

        def failed(job: Job) -> None:
            if self._offer_local_compute(job, here):
                if panel.job_id == job.id:  # not sent again: the panel says why it stopped
                    panel.failed(job.error)
                return
            panel.failed(job.error)
            if job.error:
                self.show_error(self.tr("Generation failed"), job.error, job.details)

        def submit(work) -> Job:
            job = self.jobs.submit(
                self.tr("Generate “%1”").replace("%1", str(params.get("prompt", ""))[:40]),
                work,
                kind="run",
                on_done=done,
                on_error=failed,
            )
            panel.job_id = job.id
            self._track_ai_job(job, recipe)
            return job

        # this computer or the school server
        return submit(work_on(runner_for(self.settings, self.executor)))

    def _cancel_generation(self) -> None:
        if self.generate_panel.job_id is not None:
            self.jobs.cancel(self.generate_panel.job_id)

    def _job_progress(self, job_id: int) -> None:
        job = self.jobs.jobs.get(job_id)
        if job is None or job.quiet:
            return
        if job.active:
            self.progress.setValue(int(job.progress * 1000))
            self.progress.setFormat(f"{job.message[:40]} %p%")
            if job.id == self.generate_panel.job_id:
                self.generate_panel.progress(job.progress, job.message)

    def _job_preview(self, job_id: int, frame: int, image: QImage) -> None:
        """A step's intermediate picture (diffusion steps): into the filmstrip or the canvas."""
        if job_id == self.generate_panel.job_id:
            job = self.jobs.jobs.get(job_id)
            self.generate_panel.add_frame(image, frame, job.message if job else "")
        elif (job := self.jobs.jobs.get(job_id)) is not None and job.kind == "run":
            self.canvas.set_images(image, self.source_image)

    def _jobs_active(self, active: bool) -> None:
        self.progress.setVisible(active)
        self.cancel_btn.setVisible(active)
        self.act_cancel.setEnabled(active)
        if not active:
            self.progress.setValue(0)

    # ------------------------------------------------------------------ views
    def _set_views(self, views: list[View], key: str | None = None) -> None:
        self.views = views
        if key is not None:
            self.view_key = key
        elif not any(v.key == self.view_key for v in views) and views:
            self.view_key = views[0].key
        self._fill_views()

    def _fill_views(self) -> None:
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        for v in self.views:
            text = view_label(v.label) + (f" {engine_text(v.detail)}" if v.detail else "")
            self.view_combo.addItem(text, v.key)
        i = self.view_combo.findData(self.view_key)
        self.view_combo.setCurrentIndex(max(i, 0))
        self.view_combo.setEnabled(bool(self.views))
        self.view_combo.blockSignals(False)

    def _view_chosen(self, index: int) -> None:
        key = self.view_combo.itemData(index)
        if not key or key == self.view_key:
            return
        self.view_key = key
        payload = self.result_payload if self.result_payload is not None else self.source_payload
        if payload is None:
            return
        scale = self.result_scale

        def work(cancel, on_progress, on_preview):
            return _display(payload, key)

        self.jobs.submit(
            self.tr("Show %1").replace("%1", self.view_combo.itemText(index)),
            work,
            kind="task",
            on_done=lambda job: self._show(payload, job.results[0], scale),
            quiet=True,
        )
        self.schedule_autosave()

    def _toggle_split(self, on: bool) -> None:
        self.canvas.set_split(on)

    def _toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def _cursor_pixel(self, x: int, y: int) -> None:
        if x >= 0:
            self.statusBar().showMessage(f"x {x}  y {y}", 1500)

    def _update_size_label(self) -> None:
        p = self.result_payload if self.result_payload is not None else self.source_payload
        if getattr(p, "kind", "") == "negative":
            self.size_label.setText(negative_size_text(p, self.settings.units))
            return
        if getattr(p, "kind", "") not in ("image", "separations"):
            self.size_label.setText("")
            return
        w, h = payload_size(p)
        scale = self.result_scale if self.result_payload is not None else None
        dpi = getattr(p, "dpi", None)
        if scale:
            w, h = round(w / scale), round(h / scale)
            dpi = dpi / scale if dpi else dpi
        text = f"{w} × {h} px"
        size = print_size(w, h, dpi, self.settings.units)
        if size:
            loc = QLocale()
            decimals = 2 if size[2] == "in" else 1
            pattern = self.tr("%1 × %2 %3 at %4 dpi")
            text += " · " + pattern.replace("%1", loc.toString(size[0], "f", decimals)) \
                .replace("%2", loc.toString(size[1], "f", decimals)).replace("%3", size[2]) \
                .replace("%4", loc.toString(round(dpi, 1), "g", 6))
        if scale:
            text += " · " + self.tr("preview")
        self.size_label.setText(text)

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

    def settings_dialog(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.settings, self)
        if dlg.exec():
            self.apply_settings(dlg.result_settings())

    def apply_settings(self, new: Settings) -> None:
        old = self.settings
        new.save()
        self.settings = new
        self.executor.settings = new
        self.preview_executor.settings = new
        if new.cache_limit_mb != old.cache_limit_mb:
            self.executor.cache = ResultCache(new.cache_limit_mb << 20)
        if new.language != old.language:
            self.set_language(new.language)
        set_mesh_preference(new.mesh_unit)
        if new.units != old.units or new.mesh_unit != old.mesh_unit:
            self.recipe_panel.set_units(new.units)
            self.generate_panel.set_units(new.units)
        if new.device != old.device:
            self._last_devices = []
            self.device_probe.start(new)
        self._update_device()
        self._update_size_label()

    def models_dialog(self, select: str = "", download: bool = False,
                      import_folder: bool = False) -> None:
        """The Models dialog; from the Generate panel it opens on the missing model and starts
        its download, or asks for a model folder to import."""
        from .models_panel import ModelsDialog

        dlg = ModelsDialog(self.settings, self.jobs, self)
        if select and dlg.panel.select(select) and download:
            dlg.panel.download()
        elif import_folder:
            QTimer.singleShot(0, lambda: dlg.panel.import_dialog(folder=True))
        dlg.exec()
        self.generate_panel.refresh_models()
        self._update_device()

    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        dlg = ExportDialog(self, self.ui_state, self.result_payload)
        if dlg.exec():
            out_dir, extra = dlg.choices()
            fmt, depth, dpi = dlg.image_options()
            self.run_full(out_dir=out_dir, extra_steps=extra, image_format=fmt, bit_depth=depth,
                          source_dpi=dpi)

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
    def session_state(self) -> dict[str, Any]:
        return {
            "recipe": {
                "name": self.doc.name,
                "description": self.doc.description,
                "path": str(self.doc.path) if self.doc.path else None,
                "steps": [
                    {"kind": s.kind, "params": s.params, "label": s.label, "enabled": s.enabled}
                    for s in self.doc.steps
                ],
            },
            "input": str(self.source_path) if self.source_path else None,
            "generation": {"kind": self.source_gen.kind, "params": self.source_gen.params}
            if self.source_gen
            else None,
            "generate_panel": self.generate_panel.state(),
            "view": self.view_key,
            "split": self.canvas.split_on,
        }

    def schedule_autosave(self) -> None:
        self.autosave_timer.start()

    def autosave(self) -> None:
        try:
            self.store.save(self.session_state())
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(exc)), 5000)

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

    def restore_session(self, state: dict[str, Any]) -> None:
        """Bring back an autosaved session (after a crash)."""
        known = all_steps()
        rec = state.get("recipe") or {}
        steps = []
        for s in rec.get("steps") or []:
            if s.get("kind") in known:
                entry = StepEntry.new(s["kind"])
                entry.params.update(s.get("params") or {})
                entry.label, entry.enabled = s.get("label"), bool(s.get("enabled", True))
                steps.append(entry)
        self.doc.steps = steps
        self.doc.name = rec.get("name") or "Untitled recipe"
        self.doc.description = rec.get("description") or ""
        self.doc.path = Path(rec["path"]) if rec.get("path") else None
        self.doc.undo_stack.clear()
        self.doc.undo_stack.resetClean()  # restored changes are not saved in the recipe file
        self.doc.structureChanged.emit()
        self.doc.changed.emit()
        self.view_key = state.get("view") or "result"
        self.act_split.setChecked(bool(state.get("split")))
        self.canvas.set_split(bool(state.get("split")))
        if state.get("generate_panel"):
            self.generate_panel.restore(state["generate_panel"])
        if state.get("input") and Path(state["input"]).is_file():
            self.open_image(Path(state["input"]), remember=False)
        elif state.get("generation") and state["generation"].get("kind") in known:
            g = state["generation"]
            self.generate(g["kind"], g.get("params") or {})
        self.statusBar().showMessage(self.tr("Your last session was restored."), 8000)

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

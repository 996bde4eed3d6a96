"""What the window's commands do, without the window: open pictures, separations and recipes,
keep the live preview in step with the recipe, run and export at full resolution, generate,
switch views, autosave and restore the session. State goes into the :class:`AppModel` (the
widgets follow it); recipes are computed by a :class:`~hybridstudio.ui.runner.Runner`.

The window hears what it must show through signals (``status``, ``error``, the generation's
progress) and answers questions through two hooks (``ask_compute_here``, ``on_exported``).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QImage

from ..core.cache import ResultCache
from ..core.errors import HybridStudioError
from ..core.executor import Executor, JobResult, mark_source_file
from ..core.recipe import Recipe, RecipeStep
from ..core.settings import Settings
from ..core.step import all_steps
from ..io.images import load_image
from ..paths import resources_dir
from .app_model import AppModel
from .canvas import IMAGE_SUFFIXES, RECIPE_SUFFIXES
from .device import DeviceStatus
from .document import StepEntry
from .i18n import set_mesh_preference
from .jobs import Job, JobManager
from .jobs_panel import cost_text
from .qimage import qimage_from_rgb
from .runner import LocalRunner, Runner, RunRequest, runner_for
from .session import SessionStore
from .texts import view_title
from .views import View, available_views, payload_size, preview_scale_for, reduce_for_display, render_view

RESOURCES = resources_dir()
SAMPLE_IMAGE = RESOURCES / "samples" / "coffee.png"
RECIPES_DIR = RESOURCES / "recipes"
DISPLAY_SIDE = 4096  # the canvas shows at most this many pixels on the long side
MAX_RECENT = 10
PREVIEW_PIXELS = 1.0e6  # live previews of craft recipes work on about one megapixel
PREVIEW_PIXELS_AI = 0.12e6  # … and of recipes with AI steps on a thumbnail
#: The recipe a first launch opens on the sample, when shipped: colourful, craft only, offline.
FIRST_RUN_RECIPES = ("riso-two-colour-look.toml", "tri-x-darkroom.toml", "print-ready-greyscale.toml")


#: The window's words keep the translation context they had in the window ("MainWindow").
translate = QCoreApplication.translate


def shipped_recipes() -> list[Path]:
    return sorted(RECIPES_DIR.glob("*.toml"))


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


def picture(payload: Any, key: str) -> QImage:
    """Worker-side: a view of a payload reduced for the screen, as a QImage."""
    rgb = render_view(payload, key)
    alpha = getattr(payload, "alpha", None) if key == "result" else None
    if alpha is not None and max(alpha.shape) > DISPLAY_SIDE:
        alpha = reduce_for_display(alpha[..., None], DISPLAY_SIDE)[..., 0]
    return qimage_from_rgb(reduce_for_display(rgb, DISPLAY_SIDE), alpha)


def shown_as(key: str) -> Callable[[JobResult], tuple[JobResult, QImage, list[View], str]]:
    """Worker-side finish of a run: the result, the picture of view ``key`` (or of the first
    view when the result does not offer it), its views and the key shown."""

    def finish(result: JobResult) -> tuple[JobResult, QImage, list[View], str]:
        views = available_views(result.payload)
        k = key if any(v.key == key for v in views) else views[0].key
        return result, picture(result.payload, k), views, k

    return finish


class Studio(QObject):
    """Opening, previews, runs, generations, views and autosave for one window."""

    status = Signal(str, int, bool)  # a status-bar message, its time (ms), whether it is an error
    error = Signal(str, str, str)  # title, message in plain words, technical details
    succeeded = Signal()  # a job went well: an earlier error no longer describes the window
    remember = Signal(object)  # a file to put on the recent list
    recentChanged = Signal()  # noqa: N815
    runFrame = Signal(QImage)  # noqa: N815 - a full run's intermediate picture, for the canvas
    generationStarted = Signal()  # noqa: N815
    generationProgress = Signal(float, str)  # noqa: N815
    generationFrame = Signal(QImage, int, str)  # noqa: N815 - picture, frame number, step message
    generationDone = Signal(QImage, object)  # noqa: N815 - the final picture, the JobResult
    generationFailed = Signal(str)  # noqa: N815

    def __init__(
        self,
        model: AppModel,
        jobs: JobManager,
        store: SessionStore,
        ui_state: QSettings,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.model, self.jobs, self.store, self.ui_state = model, jobs, store, ui_state
        self.doc = model.doc
        settings = model.settings
        self.executor = Executor(settings)
        self.preview_executor = Executor(settings, ResultCache(max(64, settings.cache_limit_mb // 4) << 20))
        self.preview_runner = LocalRunner(jobs, self.preview_executor)  # previews: this computer
        self.device_status = DeviceStatus(model, jobs, self)
        #: answers "the school server cannot be reached: compute here?" (the window asks)
        self.ask_compute_here: Callable[[str], bool] = lambda message: False
        #: told the files an export wrote; returns a line about their credentials
        self.on_exported: Callable[[list[str]], str] = lambda outputs: ""
        #: the window's own part of the session (panels, split) and how it comes back
        self.ui_session: Callable[[], dict[str, Any]] = dict
        self.restore_ui: Callable[[dict[str, Any]], None] = lambda state: None

        self.preview_timer = QTimer(self, singleShot=True, interval=250)
        self.preview_timer.timeout.connect(self.run_preview)
        self.autosave_timer = QTimer(self, singleShot=True, interval=1500)
        self.autosave_timer.timeout.connect(self.autosave)
        self.doc.changed.connect(self._recipe_changed)
        model.live_preview_changed.connect(lambda on: on and self.schedule_preview())
        jobs.activeChanged.connect(self._jobs_active)
        jobs.jobChanged.connect(self._job_progress)
        jobs.jobPreview.connect(self._job_preview)
        self.remember.connect(self.add_recent)

    def runner(self, executor: Executor | None = None) -> Runner:
        """Where full runs and generations compute: this computer or the school server."""
        return runner_for(
            self.model.settings,
            self.jobs,
            executor or self.executor,
            lambda message: self.ask_compute_here(message),
        )

    # ------------------------------------------------------------------ settings
    def apply_settings(self, new: Settings) -> None:
        """New settings (saved): the executors, the device and every bound widget follow."""
        old = self.model.settings
        new.save()
        self.executor.settings = new
        self.preview_executor.settings = new
        if new.cache_limit_mb != old.cache_limit_mb:
            self.executor.cache = ResultCache(new.cache_limit_mb << 20)
        set_mesh_preference(new.mesh_unit)
        self.model.settings = new
        self.device_status.settings_changed(new.device != old.device)

    # ------------------------------------------------------------------ files
    def recent_files(self) -> list[str]:
        value = self.ui_state.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        self.ui_state.setValue("recentFiles", ([p] + [q for q in self.recent_files() if q != p])[:MAX_RECENT])
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        self.ui_state.setValue("recentFiles", [])
        self.recentChanged.emit()

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
            elif Path(p).is_dir() or Path(p).name == "separations.json" or Path(p).suffix.lower() == ".psd":
                self.open_separations(Path(p).parent if Path(p).name == "separations.json" else Path(p))
                return
        if images:
            self.open_image(images[0])

    def open_separations(self, folder: Path, remember: bool = True) -> Job:
        """Load a folder of separations — HybridStudio's (separations.json), or made elsewhere: one
        greyscale TIFF/PNG per ink, inks read from the file names — or a multichannel TIFF, to
        make films or masters from it."""
        # lazy: separation.foreign loads colour; only when open_separations() runs
        from ..separation.foreign import load_any_separations

        folder = Path(folder)

        def load(cancel, on_progress):
            sepset = load_any_separations(folder)
            return sepset, picture(sepset, available_views(sepset)[0].key)

        return self._open_in_worker(
            folder, load, translate("MainWindow", "Could not open the separations"), remember
        )

    def open_image(self, path: Path, remember: bool = True) -> Job:
        """Load an image in a worker; the canvas shows it when ready."""
        path = Path(path)
        max_pixels = self.model.settings.max_pixels
        reading = translate("MainWindow", "Reading %1").replace("%1", path.name)

        def load(cancel, on_progress):
            on_progress(0.1, reading)
            payload = load_image(path, max_pixels=max_pixels)
            # the file as read: an export declares it (with its own credentials) as its parent
            mark_source_file(payload, path)
            cancel.check()
            return payload, picture(payload, "result")

        return self._open_in_worker(path, load, translate("MainWindow", "Could not open the image"), remember)

    def _open_in_worker(self, path: Path, load, error_title: str, remember: bool) -> Job:
        """Run ``load(cancel, on_progress) -> (source, picture)`` in a worker; show the result as
        the new source, or the error in plain words."""

        def done(job: Job) -> None:
            source, image = job.results[0]
            self.set_source(source, image, path=path)
            if remember:
                self.remember.emit(path)

        def failed(job: Job) -> None:
            if job.error:
                self.error.emit(error_title, job.error, job.details)

        return self.jobs.submit(
            translate("MainWindow", "Open %1").replace("%1", path.name),
            lambda cancel, on_progress, on_preview: load(cancel, on_progress),
            kind="task",
            on_done=done,
            on_error=failed,
        )

    def set_source(
        self, payload: Any, image: QImage, path: Path | None = None, generated: StepEntry | None = None
    ) -> None:
        """A new picture to work on; the live preview follows."""
        self.model.set_views(available_views(payload))
        self.model.set_source(payload, image, path, generated)
        self.schedule_preview()
        self.schedule_autosave()

    def open_recipe(self, path: Path) -> bool:
        path = Path(path)
        try:
            self.doc.load(path)
        except HybridStudioError as exc:
            self.error.emit(translate("MainWindow", "Could not open the recipe"), str(exc), "")
            return False
        if path.parent.resolve() != RECIPES_DIR.resolve():
            self.remember.emit(path)
        return True

    # ------------------------------------------------------------------ running
    def _recipe_changed(self) -> None:
        self.schedule_preview()
        self.schedule_autosave()

    def set_live_preview(self, on: bool) -> None:
        self.model.live_preview = on

    def schedule_preview(self) -> None:
        if self.model.live_preview:
            self.preview_timer.start()

    def recipe_for_run(
        self, with_source_generation: bool, extra_steps: list[RecipeStep] | None = None
    ) -> tuple[Recipe, list | None]:
        """The recipe to run and its inputs (a generated source re-enters as its generation step,
        so the process record says the image was generated)."""
        m = self.model
        recipe = self.doc.to_recipe()
        recipe.steps += extra_steps or []
        if recipe.name == "Untitled recipe":
            recipe.name = translate("MainWindow", "Untitled recipe")
        if with_source_generation and m.source_gen is not None:
            recipe.steps.insert(0, RecipeStep(m.source_gen.kind, copy.deepcopy(m.source_gen.params)))
            return recipe, None
        if recipe.consumes == "nothing":
            return recipe, None
        return recipe, [m.source_path] if m.source_path else [m.source]

    def run_preview(self) -> Job | None:
        """Run the recipe on a reduced copy of the image (the cache reuses unchanged steps)."""
        m, doc = self.model, self.doc
        if m.source is None or doc.is_empty() or not doc.needs_input():
            if m.source_image is not None and doc.is_empty():
                m.show(m.source, m.source_image, None)
            return None
        try:
            recipe = doc.to_recipe()
            recipe.check_chain()
            recipe.check_source(getattr(m.source, "kind", None))
        except HybridStudioError:
            m.show(m.source, m.source_image, None, available_views(m.source))
            return None  # the recipe panel says what is wrong and offers the fix
        payload = m.source
        # AI steps are slow on a laptop processor: their live preview works on a smaller picture
        has_ai = any(s.step_class.ai for s in recipe.steps if s.enabled)
        target = PREVIEW_PIXELS_AI if has_ai else PREVIEW_PIXELS
        scale = (
            preview_scale_for(*payload_size(payload), target)
            if getattr(payload, "kind", "") == "image"
            else None
        )

        def done(job: Job) -> None:
            result, image, views, k = job.results[0]
            m.result_record = result.record
            self.succeeded.emit()
            m.show(result.payload, image, scale, views, k)

        def failed(job: Job) -> None:
            if job.error:
                self.status.emit(translate("MainWindow", "Preview: %1").replace("%1", job.error), 8000, True)
            m.busy_text = ""

        m.busy_text = (
            translate(
                "MainWindow", "AI preview on a small copy: AI steps take a few seconds on the processor…"
            )
            if has_ai and self.device_status.is_cpu()
            else translate("MainWindow", "Preview…")
        )
        return self.preview_runner.submit(
            RunRequest(
                translate("MainWindow", "Preview"),
                recipe,
                [payload],
                kind="preview",
                preview_scale=scale,
                finish=shown_as(m.view_key),
                on_done=done,
                on_error=failed,
            )
        )

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
        m = self.model
        if self.doc.is_empty() and m.source_gen is None and not extra_steps:
            self.status.emit(translate("MainWindow", "The recipe is empty: add a step first."), 5000, False)
            return None
        try:
            recipe, inputs = self.recipe_for_run(with_source_generation=True, extra_steps=extra_steps)
            recipe.check_chain()
            if inputs is not None and inputs[0] is not None:
                recipe.check_source(getattr(m.source, "kind", None), translator=QCoreApplication.translate)
        except HybridStudioError as exc:
            self.error.emit(
                translate("MainWindow", "The recipe cannot run"), getattr(exc, "problem", str(exc)), ""
            )
            return None
        if inputs is not None and inputs[0] is None:
            self.status.emit(translate("MainWindow", "Open an image first."), 5000, False)
            return None
        settings = m.settings
        executor = self.executor
        if image_format or bit_depth:
            executor = Executor(
                dataclasses.replace(
                    settings,
                    image_format=image_format or settings.image_format,
                    image_bit_depth=bit_depth or 0,
                ),
                self.executor.cache,
            )
        if source_dpi and inputs and getattr(m.source, "kind", "") == "image":
            inputs = [dataclasses.replace(m.source, dpi=float(source_dpi))]

        def done(job: Job) -> None:
            result, image, views, k = job.results[0]
            m.result_record = result.record
            self.succeeded.emit()
            self.device_status.update()
            m.show(result.payload, image, None, views, k)
            verdict = self.on_exported(job.outputs)
            msg = translate("MainWindow", "Finished: %1").replace("%1", cost_text(result.cost))
            if job.outputs:
                msg = (
                    translate("MainWindow", "Exported %1 files. %2")
                    .replace("%1", str(len(job.outputs)))
                    .replace("%2", msg)
                )
            self.status.emit(msg + (" · " + verdict if verdict else ""), 10000, False)

        def failed(job: Job) -> None:
            if job.error:
                self.error.emit(translate("MainWindow", "The job failed"), job.error, job.details)

        name = title or (
            translate("MainWindow", "Export “%1”") if out_dir else translate("MainWindow", "Run “%1”")
        ).replace("%1", self.doc.display()[0] if recipe.name == self.doc.name else recipe.name)
        return self.runner(executor).submit(
            RunRequest(
                name,
                recipe,
                inputs,
                out_dir,
                finish=shown_as(m.view_key),
                on_done=done,
                on_error=failed,
                on_submitted=lambda job: self.device_status.track(job, recipe),
                on_device=self.device_status.listener(),
            )
        )

    def generate(self, kind: str, params: dict) -> Job:
        """Generate a new source image with a generation step (live step previews in the panel)."""
        m = self.model
        entry = StepEntry(kind, copy.deepcopy(params))
        recipe = Recipe(
            name=translate("MainWindow", "Generation"), steps=[RecipeStep(kind, copy.deepcopy(params))]
        )

        def submitted(job: Job) -> None:
            self.generationStarted.emit()
            m.generation_job = job.id
            self.device_status.track(job, recipe)

        def done(job: Job) -> None:
            result, image, _views, _k = job.results[0]
            m.generation_job = None
            self.device_status.update()
            self.generationDone.emit(image, result)
            self.set_source(result.payload, image, path=None, generated=entry)

        def stopped(job: Job) -> None:
            m.generation_job = None
            self.generationFailed.emit(job.error)

        def failed(job: Job) -> None:
            stopped(job)
            if job.error:
                self.error.emit(translate("MainWindow", "Generation failed"), job.error, job.details)

        title = translate("MainWindow", "Generate “%1”").replace("%1", str(params.get("prompt", ""))[:40])
        return self.runner().submit(
            RunRequest(
                title,
                recipe,
                None,
                finish=shown_as("result"),
                on_done=done,
                on_error=failed,
                on_submitted=submitted,
                on_stopped=stopped,
                on_device=self.device_status.listener(),
            )
        )

    def cancel_generation(self) -> None:
        if self.model.generation_job is not None:
            self.jobs.cancel(self.model.generation_job)

    def _job_progress(self, job_id: int) -> None:
        job = self.jobs.jobs.get(job_id)
        if job is None or job.quiet or not job.active:
            return
        self.model.progress = (job.progress, job.message)
        if job.id == self.model.generation_job:
            self.generationProgress.emit(job.progress, job.message)

    def _job_preview(self, job_id: int, frame: int, image: QImage) -> None:
        """A step's intermediate picture (diffusion steps): into the filmstrip or the canvas."""
        job = self.jobs.jobs.get(job_id)
        if job_id == self.model.generation_job:
            self.generationFrame.emit(image, frame, job.message if job else "")
        elif job is not None and job.kind == "run":
            self.runFrame.emit(image)

    def _jobs_active(self, active: bool) -> None:
        self.model.busy = active
        if not active:
            self.model.progress = (0.0, "")

    # ------------------------------------------------------------------ views
    def choose_view(self, key: str) -> None:
        """Show another view of what the canvas shows (rendered off the GUI thread)."""
        m = self.model
        if not key or key == m.view_key:
            return
        m.view_key = key
        payload, scale, view = m.shown, m.result_scale, m.view()
        if payload is None:
            return
        self.jobs.submit(
            translate("MainWindow", "Show %1").replace("%1", view_title(view) if view else key),
            lambda cancel, on_progress, on_preview: picture(payload, key),
            kind="task",
            on_done=lambda job: m.show(payload, job.results[0], scale),
            quiet=True,
        )
        self.schedule_autosave()

    # ------------------------------------------------------------------ session
    def session_state(self) -> dict[str, Any]:
        m, doc = self.model, self.doc
        return {
            "recipe": {
                "name": doc.name,
                "description": doc.description,
                "path": str(doc.path) if doc.path else None,
                "steps": [
                    {"kind": s.kind, "params": s.params, "label": s.label, "enabled": s.enabled}
                    for s in doc.steps
                ],
            },
            "input": str(m.source_path) if m.source_path else None,
            "generation": {"kind": m.source_gen.kind, "params": m.source_gen.params}
            if m.source_gen
            else None,
            "view": m.view_key,
            **self.ui_session(),
        }

    def schedule_autosave(self) -> None:
        self.autosave_timer.start()

    def autosave(self) -> None:
        try:
            self.store.save(self.session_state())
        except OSError as exc:
            self.status.emit(
                translate("MainWindow", "Autosave failed: %1").replace("%1", str(exc)), 5000, True
            )

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
        doc = self.doc
        doc.steps = steps
        doc.name = rec.get("name") or "Untitled recipe"
        doc.description = rec.get("description") or ""
        doc.path = Path(rec["path"]) if rec.get("path") else None
        doc.undo_stack.clear()
        doc.undo_stack.resetClean()  # restored changes are not saved in the recipe file
        doc.structureChanged.emit()
        doc.changed.emit()
        self.model.view_key = state.get("view") or "result"
        self.restore_ui(state)
        if state.get("input") and Path(state["input"]).is_file():
            self.open_image(Path(state["input"]), remember=False)
        elif state.get("generation") and state["generation"].get("kind") in known:
            g = state["generation"]
            self.generate(g["kind"], g.get("params") or {})
        self.status.emit(translate("MainWindow", "Your last session was restored."), 8000, False)

"""The generate panel: prompt, negative prompt, model, seed, steps, size — built from the
generation step's own declarations — with a filmstrip of the live step previews that shows how
diffusion turns noise into a picture, step by step."""

from __future__ import annotations

import copy
import random
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import Settings
from ..core.step import all_steps
from ..diffusion.estimate import for_request
from ..models import get_manifest, status
from .app_model import AppModel, bind
from .explain import ExplainLabel
from .models_panel import human_bytes
from .param_form import ParamForm
from .recipe_panel import model_suggestions

if TYPE_CHECKING:
    from .studio import Studio

PROMPT_NAMES = ("prompt",)
NEGATIVE_NAMES = ("negative_prompt", "negative")


#: the generation settings the estimate depends on
ESTIMATE_INPUTS = ("width", "height", "steps", "guidance")


def generation_step():
    """The step kind that makes an image from nothing (None until a generator is installed)."""
    for cls in all_steps().values():
        if cls.consumes == "nothing":
            return cls
    return None


class GeneratePanel(QWidget):
    generateRequested = Signal(str, dict)  # noqa: N815 - step kind, parameters
    cancelRequested = Signal()  # noqa: N815
    downloadModelRequested = Signal(str)  # noqa: N815 - a catalogue model id
    importModelRequested = Signal()  # noqa: N815

    def __init__(self, units: str = "mm", parent: QWidget | None = None):
        super().__init__(parent)
        self.units = units
        self.step = generation_step()
        self.values: dict[str, Any] = {}
        self.job_id: int | None = None
        self._frames = 0

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("prompt")
        self.prompt.setMaximumHeight(90)
        self.negative = QPlainTextEdit()
        self.negative.setObjectName("negativePrompt")
        self.negative.setMaximumHeight(56)
        self.prompt_label, self.negative_label = QLabel(), QLabel()
        self.form = ParamForm(suggestions=model_suggestions)
        self.form.valueChanged.connect(self._value_changed)
        self.last_seed: int | None = None
        self.seed_note = QLabel()
        self.seed_note.setWordWrap(True)
        self.seed_note.setObjectName("seedNote")
        self.seed_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seed_note.hide()
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        self.model_note.setObjectName("modelNote")
        self.model_note.setStyleSheet("color: #c4572a")
        # before a run: how long it will roughly take here and whether it fits in memory
        self.estimate_note = QLabel()
        self.estimate_note.setWordWrap(True)
        self.estimate_note.setObjectName("estimateNote")
        self.estimate_note.hide()
        # without the model: get it right here instead of a failed run
        self.get_model_btn = QPushButton()
        self.get_model_btn.setObjectName("downloadGenerator")
        self.get_model_btn.clicked.connect(
            lambda: self.downloadModelRequested.emit(str(self.values.get("model") or ""))
        )
        self.import_model_btn = QPushButton()
        self.import_model_btn.setObjectName("importGenerator")
        self.import_model_btn.clicked.connect(self.importModelRequested)
        self._missing_model = ""
        self.dice = QToolButton()
        self.dice.clicked.connect(self._new_seed)
        self.go = QPushButton()
        self.go.setObjectName("generateButton")
        self.go.clicked.connect(self._generate)
        self.stop = QPushButton()
        self.stop.clicked.connect(self.cancelRequested)
        self.stop.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.strip = QListWidget()
        self.strip.setObjectName("filmstrip")
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(72, 72))
        self.strip.setFixedHeight(112)
        self.strip.setMinimumWidth(60)
        self.strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip_title = QLabel()
        self.strip_help = QLabel()
        self.strip_help.setWordWrap(True)
        self.explain = ExplainLabel()

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.intro)
        lay.addWidget(self.prompt_label)
        lay.addWidget(self.prompt)
        lay.addWidget(self.negative_label)
        lay.addWidget(self.negative)
        lay.addWidget(self.form)
        lay.addWidget(self.model_note)
        lay.addWidget(self.estimate_note)
        lay.addWidget(self.get_model_btn)
        lay.addWidget(self.import_model_btn)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go, 1)
        buttons.addWidget(self.dice)
        buttons.addWidget(self.stop)
        lay.addLayout(buttons)
        lay.addWidget(self.bar)
        lay.addWidget(self.seed_note)
        lay.addWidget(self.strip_title)
        lay.addWidget(self.strip)
        lay.addWidget(self.strip_help)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        lay.addWidget(line)
        lay.addWidget(self.explain)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll, self.body = scroll, body
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._build_form()
        self.retranslate()

    # -- form ------------------------------------------------------------------------------------
    def _build_form(self) -> None:
        step = self.step
        has = {p.name for p in step.params} if step else set()
        show_prompt, show_negative = bool(has & set(PROMPT_NAMES)), bool(has & set(NEGATIVE_NAMES))
        for w, on in (
            (self.prompt, show_prompt),
            (self.prompt_label, show_prompt),
            (self.negative, show_negative),
            (self.negative_label, show_negative),
        ):
            w.setVisible(on)
        self.dice.setVisible("seed" in has)
        for w in (self.go, self.stop, self.strip, self.strip_title, self.strip_help):
            w.setVisible(step is not None)
        if step is None:
            self.form.build((), {}, self.units)
            self.form.hide()
            self._update_model_note()
            return
        self.form.show()
        if not self.values:
            self.values = {p.name: copy.deepcopy(p.default) for p in step.params}
        others = tuple(p for p in step.params if p.name not in PROMPT_NAMES + NEGATIVE_NAMES)
        self.form.build(others, self.values, self.units)
        self.explain.show_step(step)
        self._update_model_note()
        if hasattr(self, "scroll"):
            self.fit_width()

    def refresh_models(self) -> None:
        """Rebuild after models were added or removed (a model list may be a choice)."""
        self.step = generation_step()
        self._build_form()

    def set_units(self, units: str) -> None:
        self.units = units
        self._build_form()

    def follow(self, model: AppModel, studio: Studio) -> None:
        """Follow the generation the studio runs (its progress, step pictures, end) and the
        units of the settings."""
        bind(model, "generation_job", lambda job_id: setattr(self, "job_id", job_id))
        studio.generationStarted.connect(self.start_filmstrip)
        studio.generationProgress.connect(self.progress)
        studio.generationFrame.connect(self.add_frame)
        studio.generationDone.connect(self.finished)
        studio.generationFailed.connect(self.failed)
        model.settings_changed.connect(lambda s: s.units != self.units and self.set_units(s.units))

    def _value_changed(self, name: str, value: Any) -> None:
        self.values[name] = value
        if name == "model":
            self._update_model_note()
        elif name in ESTIMATE_INPUTS:
            self.update_estimate()

    def update_estimate(self) -> None:
        """Show the time and peak memory the generation will roughly need on this computer."""
        v = self.values
        est = None
        if self.step is not None and v.get("model"):
            try:
                est = for_request(
                    str(v["model"]),
                    Settings.load(),
                    width=v.get("width"),
                    height=v.get("height"),
                    steps=v.get("steps"),
                    guidance=v.get("guidance"),
                )
            except Exception:  # noqa: BLE001 - an unreadable model: the run itself will say why
                est = None
        self.estimate_note.setText(est.text() if est is not None else "")
        self.estimate_note.setStyleSheet("" if est is None or est.fits else "color: #c4572a")
        self.estimate_note.setVisible(est is not None)

    def _update_model_note(self) -> None:
        """Say when the chosen catalogue model still has to be downloaded (before a failed run)."""
        text = ""
        model_id = self.values.get("model")
        if model_id:
            try:
                m = get_manifest(str(model_id))
                if not status(m).installed:
                    text = (
                        self.tr("“%1” is not on this computer yet (%2 to download).")
                        .replace("%1", m.name)
                        .replace("%2", human_bytes(m.total_size))
                    )
            except Exception:  # noqa: BLE001 - a folder path or an unknown id: the run will say
                text = ""
        self._missing_model = str(model_id) if text else ""
        self.update_estimate()
        self.model_note.setText(text)
        self.model_note.setVisible(bool(text))
        self.get_model_btn.setVisible(bool(text))
        self.import_model_btn.setVisible(bool(text) or self.step is None)

    def _new_seed(self) -> None:
        seed = random.randint(0, 2**31 - 1)
        p = self.step.param("seed") if self.step else None
        if p is not None and p.maximum is not None:
            seed = random.randint(int(p.minimum or 0), int(p.maximum))
        self.values["seed"] = seed
        self.form.set_values({"seed": seed})

    def parameters(self) -> dict[str, Any]:
        values = dict(self.values)
        for name in PROMPT_NAMES:
            if name in values:
                values[name] = self.prompt.toPlainText().strip()
        for name in NEGATIVE_NAMES:
            if name in values:
                values[name] = self.negative.toPlainText().strip()
        return values

    def _generate(self) -> None:
        if self.step is None:
            return
        self._update_model_note()
        if self._missing_model:  # the note and its buttons say what to do: no failed run
            self.get_model_btn.setFocus()
            return
        params = self.parameters()
        for p in self.step.params:
            params[p.name] = p.validate(params.get(p.name, p.default))
        self.generateRequested.emit(self.step.id, params)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.step is None:
            self.intro.setText(
                self.tr(
                    "No image generator is installed yet. Open an image instead, "
                    "or add a diffusion model in Tools › Models."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Describe the picture you want. It is made on this computer, "
                    "and the process record will say it was generated."
                )
            )
        self.prompt_label.setText(self.tr("Prompt"))
        self.get_model_btn.setText(self.tr("Download it now"))
        self.import_model_btn.setText(self.tr("Import a model from a file…"))
        self.prompt.setPlaceholderText(self.tr("e.g. a linocut of a heron in the reeds, bold shapes"))
        self.negative_label.setText(self.tr("Negative prompt"))
        self.negative.setPlaceholderText(self.tr("what you do not want: blurry, text, watermark"))
        self.dice.setText(self.tr("New seed"))
        self.dice.setToolTip(self.tr("A new random seed"))
        self.go.setText(self.tr("Generate"))
        self.stop.setText(self.tr("Stop"))
        self.strip_title.setText(self.tr("How it works, step by step"))
        self.strip_help.setText(
            self.tr(
                "Each frame is the picture after one denoising step. The model starts from pure noise; at "
                "every step it predicts the noise that hides the image, and the scheduler decides how much "
                "of it to remove. Early steps settle the composition, late steps the details."
            )
        )
        self._build_form()
        self.fit_width()
        QTimer.singleShot(0, self, self.fit_width)  # once the new texts are laid out

    def fit_width(self) -> None:
        """The dock never gets narrower than its content (buttons, fields): nothing is cut."""
        need = self.body.minimumSizeHint().width()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(need + bar + 2)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- job feedback ------------------------------------------------------------------------------
    def start_filmstrip(self) -> None:
        self.strip.clear()
        self._frames = 0
        self.go.setEnabled(False)
        self.stop.setEnabled(True)
        self.bar.show()
        self.bar.setValue(0)

    def add_frame(self, image: QImage, frame: int | None = None, message: str = "") -> None:
        """One denoising step's picture; ``message`` (the step's progress text) as its tooltip."""
        self._frames = frame or self._frames + 1
        item = QListWidgetItem(
            QIcon(QPixmap.fromImage(image)), self.tr("Step %1").replace("%1", str(self._frames))
        )
        item.setToolTip(message)
        self.strip.addItem(item)
        self.strip.scrollToItem(item)

    def progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.bar.setFormat(f"{message[:48]}  %p%")

    def finished(self, image: QImage, result: Any) -> None:
        seed = None
        for srec in getattr(getattr(result, "record", None), "steps", []) or []:
            if srec.ai and srec.ai.get("seed") is not None:
                seed = srec.ai["seed"]
        self.last_seed = seed
        self.seed_note.setText(
            self.tr("Seed used: %1 (type it in Seed to make this picture again)").replace("%1", str(seed))
            if seed is not None
            else ""
        )
        self.seed_note.setVisible(seed is not None)
        item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), self.tr("Final"))
        self.strip.addItem(item)
        self.strip.scrollToItem(item)
        self._idle()

    def failed(self, message: str) -> None:
        self._idle()

    def _idle(self) -> None:
        self.go.setEnabled(self.step is not None)
        self.stop.setEnabled(False)
        self.bar.hide()
        self.job_id = None

    # -- autosave ------------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt.toPlainText(),
            "negative": self.negative.toPlainText(),
            "values": self.values,
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.prompt.setPlainText(state.get("prompt", ""))
        self.negative.setPlainText(state.get("negative", ""))
        if self.step is not None:
            names = {p.name for p in self.step.params}
            self.values.update({k: v for k, v in (state.get("values") or {}).items() if k in names})
            self._build_form()

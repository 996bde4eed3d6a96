"""Export: write the result at full resolution — images, riso masters / separations, films as
PDF and TIFF — always with the process record. Choices are remembered for next time."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.executor import Executor
from ..core.recipe import RecipeStep
from ..core.step import all_steps
from .credentials_view import SigningBox
from .param_form import ParamForm
from .sizes import export_files, length, number
from .texts import steps_text
from .views import payload_size

#: Resolutions written by cameras, phones and screens when the picture has no real print size.
SCREEN_DPI = (72.0, 96.0)
#: The print resolution offered instead.
PRINT_DPI = 300.0


def film_steps(produced: str) -> list:
    """Step kinds that turn what the recipe produces into films (PDF/TIFF), e.g. separations."""
    return [cls for cls in all_steps().values() if cls.consumes == produced and cls.produces == "films"]


class ExportDialog(QDialog):
    def __init__(self, window, ui_state: QSettings, result: Any = None, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(640)
        self.ui_state = ui_state
        self.result = result
        self.window_ = window
        try:
            recipe, _ = window.studio.recipe_for_run(with_source_generation=True)
            enabled = [s for s in recipe.steps if s.enabled]
            source_kind = getattr(window.model.source, "kind", "image")
            produced = enabled[-1].step_class.produces if enabled else source_kind
        except Exception:  # noqa: BLE001 - an invalid recipe: the run will say why
            produced = "image"
        self.produced = produced

        self.folder = QLineEdit(str(ui_state.value("export/folder", str(Path.home() / "HybridStudio"))))
        self.folder.setObjectName("exportFolder")
        browse = QToolButton(text="…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)

        what = {
            "image": self.tr("The image, at full resolution, in the format chosen in Settings."),
            "separations": self.tr(
                "Riso masters and screen separations: one greyscale TIFF per ink at "
                "its print resolution, in print order, with separations.json."
            ),
            "films": self.tr(
                "Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs."
            ),
        }.get(produced, self.tr("The result of the recipe."))
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.what_text = what
        record = QLabel(
            self.tr(
                "Every file carries its process record (what was AI, what was craft, "
                "models, prompts, seeds, energy), embedded where the format allows and "
                "as a .hybridstudio.json file beside it."
            )
        )
        record.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.what)

        # images: the file format and bit depth (looks, upscales, …)
        self.format_combo: QComboBox | None = None
        self.depth_combo: QComboBox | None = None
        if produced == "image":
            self.format_combo = QComboBox()
            self.format_combo.setObjectName("exportFormat")
            for code, label in (
                ("png", self.tr("PNG (lossless, 8 or 16 bit)")),
                ("tiff", self.tr("TIFF (lossless, 8 or 16 bit, for print)")),
                ("jpg", self.tr("JPEG (small, 8 bit, lossy)")),
                ("webp", self.tr("WebP (small, 8 bit, lossy)")),
            ):
                self.format_combo.addItem(label, code)
            fmt = ui_state.value("export/format", window.model.settings.image_format)
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
            self.depth_combo = QComboBox()
            self.depth_combo.setObjectName("exportDepth")
            self.depth_combo.addItem(self.tr("Like the source"), 0)
            self.depth_combo.addItem(self.tr("8 bit per channel"), 8)
            self.depth_combo.addItem(self.tr("16 bit per channel (smooth gradients, larger)"), 16)
            self.depth_combo.setCurrentIndex(
                max(0, self.depth_combo.findData(int(ui_state.value("export/depth", 0) or 0)))
            )
            self.format_combo.currentIndexChanged.connect(self._update_files)
            self.depth_combo.currentIndexChanged.connect(self._update_files)
            form.addRow(self.tr("Format"), self.format_combo)
            form.addRow(self.tr("Bit depth"), self.depth_combo)

        # a picture whose resolution is a screen's, or none: the print size would be wrong
        self.dpi_combo: QComboBox | None = None
        self.dpi_warning: QLabel | None = None
        source = window.model.source
        src_dpi = getattr(source, "dpi", None) if getattr(source, "kind", "") == "image" else None
        if (
            getattr(source, "kind", "") == "image"
            and produced != "image"
            and (not src_dpi or round(src_dpi) in SCREEN_DPI)
            and self._size_follows_source()
        ):
            w_px, h_px = int(source.width), int(source.height)
            units = window.model.settings.units

            def size_at(dpi: float) -> str:
                w, unit = length(w_px / dpi * 25.4, units)
                h, _ = length(h_px / dpi * 25.4, units)
                return f"{w} × {h} {unit}"

            self.dpi_warning = QLabel(
                self.tr(
                    "This picture has no real print resolution (%1): cameras and screens write "
                    "72 or 96 dpi. Choose the size it should print at."
                ).replace(
                    "%1", self.tr("%1 dpi").replace("%1", number(src_dpi, 0)) if src_dpi else self.tr("none")
                )
            )
            self.dpi_warning.setWordWrap(True)
            self.dpi_warning.setObjectName("dpiWarning")
            self.dpi_combo = QComboBox()
            self.dpi_combo.setObjectName("exportDpi")
            for dpi in (PRINT_DPI, 150.0, *(d for d in [src_dpi] if d)):
                self.dpi_combo.addItem(
                    self.tr("%1 dpi: %2").replace("%1", number(dpi, 0)).replace("%2", size_at(dpi)), dpi
                )
            lay.addWidget(self.dpi_warning)
            form.addRow(self.tr("Print resolution"), self.dpi_combo)

        self.films_box: QGroupBox | None = None
        self.films_form: ParamForm | None = None
        self.films_step = None
        films = film_steps(produced)
        if films:
            self.films_step = films[0]
            self.films_box = QGroupBox(
                self.tr("Also make films: %1").replace("%1", steps_text(self.films_step.title))
            )
            self.films_box.setObjectName("filmsBox")
            self.films_box.setCheckable(True)
            self.films_box.setChecked(ui_state.value("export/films", "true") in (True, "true"))
            fl = QVBoxLayout(self.films_box)
            self.films_form = ParamForm()
            saved = self._saved_film_params()
            self.film_values = {
                p.name: saved.get(p.name, copy.deepcopy(p.default)) for p in self.films_step.params
            }
            self.films_form.build(self.films_step.params, self.film_values, window.model.settings.units)
            self.films_form.valueChanged.connect(self._film_value)
            self.films_box.toggled.connect(self._update_files)
            # the films' settings scroll: the dialog fits a 1366×768 laptop screen
            films_scroll = QScrollArea()
            films_scroll.setObjectName("filmsScroll")
            films_scroll.setWidgetResizable(True)
            films_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            films_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            films_scroll.setWidget(self.films_form)
            films_scroll.setMinimumHeight(160)
            films_scroll.setMaximumHeight(260)
            fl.addWidget(films_scroll)
            lay.addWidget(self.films_box)
        self.files_label = QLabel()
        self.files_label.setObjectName("exportFiles")
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.files_label)
        self.open_after = QCheckBox(self.tr("Show the folder when done"))
        self.open_after.setChecked(ui_state.value("export/open", "false") in (True, "true"))
        lay.addWidget(record)
        self.signing = SigningBox(window.model.settings, getattr(window, "last_export_credentials", None))
        lay.addWidget(self.signing)
        lay.addWidget(self.open_after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._update_files()

    def _size_follows_source(self) -> bool:
        """True when the print size of the result comes from the source's resolution (no step
        of the recipe sets a width or a resolution of its own)."""
        source, result = self.window_.model.source, self.result
        if getattr(result, "job", None) is not None:  # films: the separations they were made of
            result = result.job.sepset
        res_dpi = getattr(result, "dpi", None)
        if result is None or not res_dpi:
            return True
        src_dpi = getattr(source, "dpi", None)
        if not src_dpi:
            return False  # the recipe gave the result a resolution of its own
        # a preview is smaller but its resolution is scaled alike: inches compare directly
        res_in = payload_size(result)[0] / res_dpi
        return abs(res_in / (source.width / src_dpi) - 1.0) < 0.02

    def _film_value(self, name: str, value: Any) -> None:
        self.film_values[name] = value
        self._update_files()

    def films_on(self) -> bool:
        return self.films_box is not None and self.films_box.isChecked()

    def planned_files(self) -> list[tuple[str, str]]:
        """(name, size in words) of every file the export will write, sidecars aside."""
        if self.result is None:
            return []

        try:
            recipe, _ = self.window_.studio.recipe_for_run(with_source_generation=False)
        except Exception:  # noqa: BLE001 - an invalid recipe: the run will say why
            return []
        stem = Executor._stem(recipe, self.window_.model.source_path, self.result)
        fmt = self.format_combo.currentData() if self.format_combo else "png"
        depth = self.depth_combo.currentData() if self.depth_combo else None
        return export_files(
            self.result,
            stem,
            self.film_values if self.films_on() else None,
            fmt,
            depth or None,
            getattr(self.window_, "result_scale", None),
        )

    def _update_files(self, *_args) -> None:
        if self.produced == "separations" and self.films_on():
            self.what.setText(
                self.tr(
                    "Films ready to expose: a PDF with one film per page at exact size, and 1-bit "
                    "TIFFs. The greyscale separations are not written: untick the films to get them."
                )
            )
        else:
            self.what.setText(self.what_text)
        files = self.planned_files()
        if not files:
            self.files_label.setText("")
            return
        lines = [self.tr("It will write, in the folder above:")]
        lines += [f"• {name}" + (f" — {size}" if size else "") for name, size in files]
        lines.append(self.tr("and a .hybridstudio.json process record beside each file."))
        self.files_label.setText("\n".join(lines))

    def image_options(self) -> tuple[str | None, int | None, float | None]:
        """(format, bit depth, print resolution) chosen for this export; None: unchanged."""
        fmt = self.format_combo.currentData() if self.format_combo else None
        depth = (self.depth_combo.currentData() or None) if self.depth_combo else None
        dpi = self.dpi_combo.currentData() if self.dpi_combo else None
        return fmt, depth, dpi

    def _saved_film_params(self) -> dict[str, Any]:
        try:
            data = json.loads(self.ui_state.value(f"export/params/{self.films_step.id}", "{}"))
        except (TypeError, ValueError):
            return {}
        out = {}
        for p in self.films_step.params:
            if p.name in data:
                with contextlib.suppress(Exception):  # a remembered value that no longer fits
                    out[p.name] = p.validate(data[p.name])
        return out

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if path:
            self.folder.setText(path)

    def choices(self) -> tuple[Path, list[RecipeStep]]:
        """The output folder and the steps to append (films), remembered for next time."""
        out = Path(self.folder.text()).expanduser()
        self.signing.apply()
        self.ui_state.setValue("export/folder", str(out))
        self.ui_state.setValue("export/open", "true" if self.open_after.isChecked() else "false")
        if self.format_combo is not None:
            self.ui_state.setValue("export/format", self.format_combo.currentData())
            self.ui_state.setValue("export/depth", self.depth_combo.currentData())
        extra: list[RecipeStep] = []
        if self.films_box is not None:
            self.ui_state.setValue("export/films", "true" if self.films_box.isChecked() else "false")
            self.ui_state.setValue(f"export/params/{self.films_step.id}", json.dumps(self.film_values))
            if self.films_box.isChecked():
                extra.append(RecipeStep(self.films_step.id, dict(self.film_values)))
        return out, extra

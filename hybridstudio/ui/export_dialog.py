"""Export: write the result at full resolution — images, riso masters / separations, films as
PDF and TIFF — always with the process record. Choices are remembered for next time."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.recipe import RecipeStep
from ..core.step import all_steps
from .credentials_view import SigningBox
from .param_form import ParamForm
from .texts import steps_text


def film_steps(produced: str) -> list:
    """Step kinds that turn what the recipe produces into films (PDF/TIFF), e.g. separations."""
    return [cls for cls in all_steps().values() if cls.consumes == produced and cls.produces == "films"]


class ExportDialog(QDialog):
    def __init__(self, window, ui_state: QSettings, result: Any = None, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.ui_state = ui_state
        self.window_ = window
        try:
            recipe, _ = window._recipe_for_run(with_source_generation=True)
            enabled = [s for s in recipe.steps if s.enabled]
            source_kind = getattr(window.source_payload, "kind", "image")
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
            self.films_form.build(self.films_step.params, self.film_values, window.settings.units)
            self.films_form.valueChanged.connect(lambda n, v: self.film_values.__setitem__(n, v))
            fl.addWidget(self.films_form)
            lay.addWidget(self.films_box)
        self.open_after = QCheckBox(self.tr("Show the folder when done"))
        self.open_after.setChecked(ui_state.value("export/open", "false") in (True, "true"))
        lay.addWidget(record)
        self.signing = SigningBox(window.settings, getattr(window, "last_export_credentials", None))
        lay.addWidget(self.signing)
        lay.addWidget(self.open_after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

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
        extra: list[RecipeStep] = []
        if self.films_box is not None:
            self.ui_state.setValue("export/films", "true" if self.films_box.isChecked() else "false")
            self.ui_state.setValue(f"export/params/{self.films_step.id}", json.dumps(self.film_values))
            if self.films_box.isChecked():
                extra.append(RecipeStep(self.films_step.id, dict(self.film_values)))
        return out, extra

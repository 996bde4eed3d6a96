"""The main window's dialogs: choosing files to open, saving the recipe, settings, models, export,
about, and the questions at start and close. Each takes the window (the dialogs' parent, its
model and studio) and hands the user's choice to the studio."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import __version__
from ..core.errors import HybridStudioError
from .canvas import IMAGE_SUFFIXES
from .export_dialog import ExportDialog
from .models_panel import ModelsDialog
from .settings_dialog import SettingsDialog
from .studio import RECIPES_DIR

if TYPE_CHECKING:
    from .main_window import MainWindow

SB = QMessageBox.StandardButton


#: The dialogs keep the translation context they had in the window.
translate = QCoreApplication.translate


def open_image(window: MainWindow) -> None:
    recent = window.studio.recent_files()
    start = str(Path(recent[0]).parent) if recent else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Open image"),
        start,
        translate("MainWindow", "Images (%1)").replace(
            "%1", " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        ),
    )
    if path:
        window.studio.open_image(Path(path))


def open_separations(window: MainWindow) -> None:
    path = QFileDialog.getExistingDirectory(
        window, translate("MainWindow", "Open a separations folder"), str(Path.home())
    )
    if path:
        window.studio.open_separations(Path(path))


def open_separations_file(window: MainWindow) -> None:
    """Separations made elsewhere in one file: a multichannel TIFF, or a PSD with spot channels."""
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Open a separations file"),
        str(Path.home()),
        translate("MainWindow", "Multichannel TIFF or Photoshop (%1)").replace("%1", "*.tif *.tiff *.psd"),
    )
    if path:
        window.studio.open_separations(Path(path))


def open_recipe(window: MainWindow) -> None:
    doc = window.doc
    start = str(doc.path.parent) if doc.path else str(RECIPES_DIR)
    path, _ = QFileDialog.getOpenFileName(
        window, translate("MainWindow", "Open recipe"), start, translate("MainWindow", "Recipes (*.toml)")
    )
    if path:
        window.studio.open_recipe(Path(path))


def save_recipe(window: MainWindow, ask: bool = False) -> Path | None:
    """Save the recipe (asking where for a new one, a shipped one, or with ``ask``)."""
    doc, path = window.doc, window.doc.path
    if ask or path is None or path.parent.resolve() == RECIPES_DIR.resolve():
        start = str(
            (doc.path.parent if doc.path and not ask else Path.home())
            / (doc.path.name if doc.path else "recipe.toml")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            window, translate("MainWindow", "Save recipe"), start, translate("MainWindow", "Recipes (*.toml)")
        )
        if not chosen:
            return None
        path = Path(chosen).with_suffix(".toml")
    try:
        saved = doc.save(path)
    except (HybridStudioError, OSError) as exc:
        window.show_error(translate("MainWindow", "Could not save the recipe"), str(exc))
        return None
    window.status_bar.say(translate("MainWindow", "Recipe saved: %1").replace("%1", str(saved)), 5000)
    window.studio.add_recent(saved)
    return saved


def settings(window: MainWindow) -> None:
    dlg = SettingsDialog(window.model.settings, window)
    if dlg.exec():
        window.studio.apply_settings(dlg.result_settings())


def models(window: MainWindow, select: str = "", download: bool = False, import_folder: bool = False) -> None:
    """The Models dialog; from the Generate panel it opens on the missing model and starts its
    download, or asks for a model folder to import."""
    dlg = ModelsDialog(window.model.settings, window.jobs, window)
    if select and dlg.panel.select(select) and download:
        dlg.panel.download()
    elif import_folder:
        QTimer.singleShot(0, lambda: dlg.panel.import_dialog(folder=True))
    dlg.exec()
    window.generate_panel.refresh_models()
    window.studio.device_status.update()


def export(window: MainWindow) -> None:
    dlg = ExportDialog(window, window.ui_state, window.model.result)
    if dlg.exec():
        out_dir, extra = dlg.choices()
        fmt, depth, dpi = dlg.image_options()
        window.studio.run_full(
            out_dir=out_dir, extra_steps=extra, image_format=fmt, bit_depth=depth, source_dpi=dpi
        )


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        translate("MainWindow", "About HybridStudio"),
        translate(
            "MainWindow",
            "<h3>HybridStudio %1</h3><p>Local AI and craft image making for art schools and print "
            "workshops. Everything runs on this computer; every output says what was AI and what "
            "was craft, and what it cost in energy.</p><p>Free software (GPL 3 or later).</p>",
        ).replace("%1", __version__),
    )


def ask_recover(window: MainWindow) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MainWindow", "Restore your work?"),
        translate(
            "MainWindow",
            "HybridStudio did not close normally last time. Restore the recipe "
            "and image you were working on?",
        ),
        SB.Yes | SB.No,
        window,
    )
    return box.exec() == SB.Yes


def may_close(window: MainWindow) -> bool:
    """Before closing: offer to save a recipe file with unsaved changes. False: stay open."""
    doc = window.doc
    if not window.ask_before_close or doc.undo_stack.isClean() or doc.path is None:
        return True
    answer = QMessageBox.question(
        window,
        translate("MainWindow", "Save the recipe?"),
        translate("MainWindow", "The recipe “%1” has changes that are not saved.").replace("%1", doc.name),
        SB.Save | SB.Discard | SB.Cancel,
    )
    if answer == SB.Cancel:
        return False
    return answer != SB.Save or save_recipe(window) is not None

"""The app's observable state: a property change emits its signal once, reaches the widgets bound
to it, and the window's panels, view list, status bar and actions follow the model (shipped
sample and recipes)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from hybridstudio.core.settings import Settings
from hybridstudio.io.images import load_image
from hybridstudio.paths import resources_dir
from hybridstudio.testing.ui import make_window, wait_idle, wait_jobs
from hybridstudio.ui.app_model import AppModel, Property, bind, bind_two_way
from hybridstudio.ui.qimage import qimage_from_rgb
from hybridstudio.ui.views import available_views, render_view

pytestmark = pytest.mark.gui
SAMPLE = resources_dir() / "samples" / "coffee.png"
RECIPES = resources_dir() / "recipes"


def test_a_change_reaches_the_bound_widgets_once(qtbot):
    model = AppModel(Settings())
    combo, label, check = QComboBox(), QLabel(), QCheckBox()
    for w in (combo, label, check):
        qtbot.addWidget(w)
    bind(model, "views", lambda views: (combo.clear(), [combo.addItem(v.label, v.key) for v in views]))
    bind(model, "view_key", lambda key: combo.setCurrentIndex(combo.findData(key)))
    bind(model, "source", lambda p: label.setText("" if p is None else f"{p.width} × {p.height}"))
    bind_two_way(model, "live_preview", check.setChecked, check.toggled)
    assert combo.count() == 0 and label.text() == "" and check.isChecked()  # set at once

    sources: list = []
    model.source_changed.connect(sources.append)
    payload = load_image(SAMPLE)
    model.set_views(available_views(payload))
    model.set_source(payload, qimage_from_rgb(payload.preview_rgb()), SAMPLE)
    assert sources == [payload]
    assert label.text() == "600 × 400"
    assert [combo.itemData(i) for i in range(combo.count())] == ["result", "ch:0", "ch:1", "ch:2", "luma"]
    assert combo.currentData() == "result" and model.full_size() == (600, 400)

    model.view_key = "luma"
    assert combo.currentData() == "luma" and model.view().key == "luma"
    model.source = payload  # the same payload again: nothing to tell
    assert len(sources) == 1

    check.setChecked(False)  # the widget writes back
    assert model.live_preview is False
    model.live_preview = True
    assert check.isChecked()


def test_views_of_a_new_payload_keep_the_chosen_one_when_offered(qtbot):
    model = AppModel(Settings())
    image = load_image(SAMPLE)
    model.set_views(available_views(image), "ch:1")
    model.set_views(available_views(image))
    assert model.view_key == "ch:1"
    grey = image.__class__(np.repeat(image.pixels.mean(axis=2, keepdims=True), 3, axis=2))
    model.set_views([v for v in available_views(grey) if v.key != "ch:1"])
    assert model.view_key == "result"  # no longer offered: the first view


def test_a_property_without_its_signal_is_refused():
    class Checked(AppModel):
        zoom = Property(1.0)

    with pytest.raises(TypeError, match="zoom"):
        Checked(Settings())


def test_run_is_offered_only_with_something_to_run(qtbot):
    model = AppModel(Settings())
    assert not model.can_run()
    model.doc.load(RECIPES / "print-ready-greyscale.toml")
    assert model.doc.needs_input() and not model.can_run()  # a craft recipe needs a picture
    model.doc.load(RECIPES / "prompt-to-print.toml")
    assert model.can_run()  # it makes its own picture


def test_the_window_follows_its_model(qtbot):
    w = make_window(qtbot)
    assert not w.acts.run.isEnabled() and not w.acts.export.isEnabled()
    assert not w.acts.cancel.isEnabled()
    w.studio.open_recipe(RECIPES / "riso-two-colour-films.toml")
    job = w.studio.open_image(SAMPLE)
    assert w.acts.cancel.isEnabled() and w.progress.isVisibleTo(w)  # busy while it opens
    wait_jobs(qtbot, w)
    wait_idle(qtbot, w, timeout=120)
    assert job.status == "done" and w.acts.run.isEnabled()
    assert not w.acts.cancel.isEnabled() and not w.progress.isVisibleTo(w)
    assert "coffee.png" in w.windowTitle()
    assert w.recipe_panel.source_kind == "image"

    # the films payload says which views it offers; the combo lists exactly those, and each renders
    result = w.model.result
    keys = [v.key for v in result.views()]
    assert [w.view_combo.itemData(i) for i in range(w.view_combo.count())] == keys
    assert len(keys) == 3 and all(v.zoomable for v in result.views())
    for key in keys:
        rgb = render_view(result, key)
        assert rgb.ndim == 3 and rgb.shape[2] == 3 and np.isfinite(rgb).all()
    w.view_combo.setCurrentIndex(1)
    assert w.model.view_key == keys[1]
    wait_jobs(qtbot, w)
    assert w.zoom_view.view.key == keys[1]  # the zoomable crop follows the chosen view

    w.model.device = ("CUDA", "AI steps run on CUDA")
    assert w.device_label.text() == "Device: CUDA" and w.device_label.toolTip() == "AI steps run on CUDA"
    w.acts.live.trigger()  # the action, the panel's box and the model agree
    assert w.model.live_preview is False and not w.recipe_panel.live.isChecked()
    w.recipe_panel.live.setChecked(True)
    assert w.model.live_preview is True and w.acts.live.isChecked()

"""The digital negative is seen before export: the negative itself (mirrored, in its colour), the
predicted print, or both; its physical size and the export file sizes are shown beforehand and
match what the export then writes. Shipped recipe names are distinct."""

from __future__ import annotations

import numpy as np
import pytest
import tifffile
import tomllib

from hybridstudio.core.recipe import Recipe
from hybridstudio.paths import recipes_dir
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_shipped_recipe_names_are_distinct():
    names = [tomllib.loads(p.read_text("utf-8"))["name"] for p in recipes_dir().glob("*.toml")]
    assert len(names) == len(set(names)), sorted(names)


def test_negative_view_size_and_export(qtbot, tmp_path):
    src = save_photo(tmp_path, "astronaut", size=300)
    w = make_window(qtbot)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    recipe = Recipe.load(recipes_dir() / "cyanotype-negative.toml")
    recipe.steps[1].params["width_mm"] = 60.0
    recipe.steps[2].params["dpi"] = 720.0
    path = tmp_path / "neg.toml"
    recipe.save(path)
    assert w.studio.open_recipe(path)
    wait_idle(qtbot, w, timeout=60)
    keys = [w.view_combo.itemData(i) for i in range(w.view_combo.count())]
    assert keys == ["negprint", "negative", "negboth"]
    # the predicted print is blue (cyanotype), the negative is the mirror of an inverted picture
    w.view_combo.setCurrentIndex(keys.index("negative"))
    from hybridstudio.ui.views import render_view

    neg = render_view(w.model.result, "negative")
    printed = render_view(w.model.result, "negprint")
    assert printed[..., 2].mean() > printed[..., 0].mean()  # Prussian blue
    sheet = w.model.result.sheet
    ink = sheet.preview_ink()
    assert sheet.mirror
    # the view is the sheet's ink mirrored left-right: dense ink where the negative is dark
    dark = neg.mean(axis=2)
    corr = np.corrcoef(dark.ravel(), ink[:, ::-1].ravel())[0, 1]
    corr_unmirrored = np.corrcoef(dark.ravel(), ink.ravel())[0, 1]
    assert corr < -0.9 and corr < corr_unmirrored
    both = render_view(w.model.result, "negboth")
    assert both.shape[1] > neg.shape[1] + printed.shape[1] * 0.9
    # the size before export, then the export itself
    label = w.size_label.text()
    assert "Negative" in label and "mm at 720 dpi" in label and "TIFF" in label and "MB" in label
    est = w.model.result.info["estimate"]
    job = w.studio.run_full(out_dir=tmp_path / "out")
    wait_jobs(qtbot, w, timeout=180)
    assert job.status == DONE, job.error
    tif = next(p for p in job.outputs if p.endswith(".tif"))
    pdf = next(p for p in job.outputs if p.endswith(".pdf"))
    with tifffile.TiffFile(tif) as t:
        assert t.pages[0].shape[:2] == (est["height_px"], est["width_px"])
    import os

    for name, real in (("tiff_bytes", os.path.getsize(tif)), ("pdf_bytes", os.path.getsize(pdf))):
        assert 0.6 < est[name] / real < 1.6, (name, est[name], real)

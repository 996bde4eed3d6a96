"""The app's films view shows the screened film: the crop the canvas shows, at one film pixel per
screen pixel at 100 %, the same pixels as the export; it follows the recipe's ruling and angle."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.film.view import Crop, film_ink
from hybridstudio.testing.ui import make_window, save_photo, wait_idle
from hybridstudio.ui.qimage import rgb_from_qimage

pytestmark = pytest.mark.gui


def shown_ink(w) -> tuple[np.ndarray, Crop]:
    """The film pixels the canvas lays over the page (True = black) and where they lie."""
    pm, rect = w.canvas._detail
    rgb = rgb_from_qimage(pm.toImage())
    c = Crop(int(rect.left()), int(rect.top()), int(rect.right()), int(rect.bottom()))
    return rgb[..., 0] < 128, c


def wait_detail(qtbot, w, zoom: float) -> None:
    wait_idle(qtbot, w, timeout=120)
    qtbot.waitUntil(
        lambda: (
            w.zoom_view._last is not None and w.zoom_view._last[-1] == zoom and w.canvas._detail is not None
        ),
        timeout=60000,
    )
    wait_idle(qtbot, w, timeout=60)


def test_films_view_shows_the_screened_film_and_follows_the_ruling(qtbot, tmp_path):
    src = save_photo(tmp_path, "coffee", size=300)
    w = make_window(qtbot)
    w.resize(1000, 700)
    w.studio.open_image(src)
    wait_idle(qtbot, w)
    w.doc.add_step("separate")
    for name, value in (("method", "spot"), ("inks", 2), ("library", "riso"), ("width_mm", 40.0)):
        w.doc.set_param(0, name, value)
    w.recipe_panel.add_step("films")
    w.doc.set_param(1, "page", "80x90")
    w.recipe_panel.form.editor("dpi").setValue(600.0)
    wait_idle(qtbot, w, timeout=120)
    assert [v.key for v in w.model.views] == ["page:0", "page:1", "overprint"]
    assert w.model.view_key == "page:0"
    job = w.model.result.job
    # the canvas counts film pixels: fitted, the page is far out and the caption says so
    assert w.canvas._image_size == job.layout.page_px
    wait_detail(qtbot, w, w.canvas.zoom)
    assert w.canvas.zoom < 0.25 and "Zoom to" in w.canvas._caption
    # 100 % on the middle of the image: one film pixel per screen pixel, the film's own pixels
    ix, iy = job.layout.image_xy
    iw, ih = job.layout.image_px
    w.canvas.actual_size()
    w.canvas._center = type(w.canvas._center)(ix + iw / 2, iy + ih / 2)
    w.canvas._moved()
    wait_detail(qtbot, w, 1.0)
    ink, c = shown_ink(w)
    assert w.canvas._caption == ""
    vis = w.canvas.visible_rect()  # the crop covers what the canvas shows, 1 film px : 1 px
    assert c.x0 <= vis.left() and c.y0 <= vis.top() and c.x1 >= vis.right() and c.y1 >= vis.bottom()
    assert ink.shape == (c.y1 - c.y0, c.x1 - c.x0) and ink.any() and not ink.all()
    assert np.array_equal(ink, film_ink(job, 0, c))
    before = job.films[0].achieved
    # the ruling changes in the recipe panel: the view follows
    w.recipe_panel.list.setCurrentRow(1)
    w.recipe_panel.form.editor("lpi").setValue(30.0)
    w.doc.set_param(1, "angles", [30.0])
    wait_detail(qtbot, w, 1.0)
    qtbot.waitUntil(lambda: w.model.result.job.films[0].achieved["lpi"] < 31.0, timeout=60000)
    wait_detail(qtbot, w, 1.0)
    job2 = w.model.result.job
    ink2, c2 = shown_ink(w)
    assert not np.array_equal(ink2, ink)
    assert np.array_equal(ink2, film_ink(job2, 0, c2))
    a = job2.films[0].achieved
    assert a["lpi"] < before["lpi"] and abs(a["angle"] - 30.0) < 2.0
    # the overprint view: the films in their inks
    w.view_combo.setCurrentIndex(w.view_combo.findData("overprint"))
    wait_detail(qtbot, w, 1.0)
    pm, _ = w.canvas._detail
    rgb = rgb_from_qimage(pm.toImage())
    assert len({tuple(p) for p in rgb.reshape(-1, 3)[::97]}) >= 3  # paper, two inks, overprint
    # the caption speaks French too
    w.set_language("fr")
    try:
        assert w.zoom_view.caption(19, 0.19).startswith("Trop loin pour montrer les points")
    finally:
        w.set_language("en")

"""The canvas and its views: zoom, fit, 100 %, pan, split, views of channels and separations."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from hybridstudio.separation.sets import Ink, Separation, SeparationSet
from hybridstudio.testing import ROOT, photo
from hybridstudio.ui.canvas import Canvas
from hybridstudio.ui.qimage import qimage_from_rgb, rgb_from_qimage
from hybridstudio.ui.views import available_views, preview_scale_for, print_size, render_view

pytestmark = pytest.mark.gui


@pytest.fixture
def canvas(qtbot):
    c = Canvas()
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    rgb = photo("coffee")  # 600 × 400
    c.set_images(qimage_from_rgb(rgb), qimage_from_rgb(1.0 - rgb))
    return c


def test_qimage_round_trip_is_exact_for_8_bit():
    rgb = photo("chelsea")
    back = rgb_from_qimage(qimage_from_rgb(rgb))
    assert back.shape == rgb.shape
    assert np.array_equal(back, np.round(rgb * 255).astype(np.uint8))


def test_fit_then_actual_size_then_wheel_zoom_about_the_cursor(canvas, qtbot):
    canvas.fit()
    r = canvas.image_rect()
    # the whole image is visible and touches the window on one side (minus the margin)
    assert r.width() <= canvas.width() and r.height() <= canvas.height()
    assert max(r.width() / canvas.width(), r.height() / canvas.height()) > 0.95
    canvas.actual_size()
    assert canvas.zoom == 1.0
    assert canvas.image_rect().width() == pytest.approx(600 / canvas.devicePixelRatioF())
    anchor = QPointF(300, 200)
    before = canvas.widget_to_image(anchor)
    from PySide6.QtGui import QWheelEvent

    ev = QWheelEvent(
        anchor,
        canvas.mapToGlobal(anchor),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(ev)
    assert canvas.zoom == pytest.approx(1.25**2)
    after = canvas.widget_to_image(anchor)
    assert after.x() == pytest.approx(before.x(), abs=1e-6) and after.y() == pytest.approx(
        before.y(), abs=1e-6
    )


def test_pan_by_dragging_moves_the_image(canvas, qtbot):
    canvas.actual_size()
    r0 = canvas.image_rect()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(canvas, QPoint(160, 130))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(160, 130))
    r1 = canvas.image_rect()
    assert (r1.left() - r0.left(), r1.top() - r0.top()) == pytest.approx((60, 30), abs=1)


def test_split_shows_before_left_and_after_right(canvas, qtbot):
    canvas.fit()
    canvas.set_split(True, 0.5)
    shot = rgb_from_qimage(canvas.grab().toImage())
    r = canvas.image_rect()
    dpr = canvas.devicePixelRatioF()
    y = int((r.top() + r.height() * 0.6) * dpr)
    left_x = int((r.left() + r.width() * 0.25) * dpr)
    right_x = int((r.left() + r.width() * 0.75) * dpr)
    img = photo("coffee")
    iy = int(0.6 * 400)
    # left of the split: the "before" picture (here the negative), right: the "after" one
    assert np.abs(shot[y, left_x] / 255 - (1 - img[iy, 150])).max() < 0.2
    assert np.abs(shot[y, right_x] / 255 - img[iy, 450]).max() < 0.2
    # dragging the split line moves it
    x = int(r.left() + r.width() * 0.5)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, int(r.center().y())))
    qtbot.mouseMove(canvas, QPoint(x + int(r.width() * 0.2), int(r.center().y())))
    qtbot.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(x + int(r.width() * 0.2), int(r.center().y()))
    )
    assert canvas.split_position == pytest.approx(0.7, abs=0.02)


def test_views_of_an_image_are_its_channels():
    from hybridstudio.core.payloads import ImagePayload

    rgb = photo("astronaut")
    p = ImagePayload(rgb)
    keys = [v.key for v in available_views(p)]
    assert keys[0] == "result" and {"ch:0", "ch:1", "ch:2", "luma"} <= set(keys)
    for c in range(3):
        v = render_view(p, f"ch:{c}")
        assert np.array_equal(v[..., 0], rgb[..., c]) and np.array_equal(v[..., 2], rgb[..., c])


def test_views_of_separations_show_each_ink_on_the_substrate_and_the_film():
    cov = np.linspace(0, 1, 64, dtype=np.float32)[None, :].repeat(8, 0)
    paper = Ink("paper", (1.0, 0.98, 0.94))
    pink = Ink("Fluorescent pink", (1.0, 0.28, 0.69))
    white = Ink("White", (1.0, 1.0, 1.0), opacity="opaque")
    navy = Ink("navy", (0.1, 0.12, 0.3))
    s = SeparationSet(
        [Separation(pink, cov, 1), Separation(white, cov, 2, role="underbase")],
        substrate=paper,
        dpi=600,
        composite=np.zeros((8, 64, 3), np.float32),
    )
    keys = [v.key for v in available_views(s)]
    assert keys == ["print", "sep:0", "film:0", "sep:1", "film:1"]
    v = render_view(s, "sep:0")
    assert np.allclose(v[0, 0], paper.srgb) and np.allclose(v[0, -1], np.multiply(paper.srgb, pink.srgb))
    film = render_view(s, "film:0")
    assert film[0, 0, 0] == 1.0 and film[0, -1, 0] == 0.0  # solid ink is black on the film
    s2 = SeparationSet([Separation(white, cov, 1, role="underbase")], substrate=navy, dpi=600)
    v2 = render_view(s2, "sep:0")
    assert np.allclose(v2[0, -1], white.srgb)  # an opaque ink covers the garment


def test_preview_scale_and_print_size():
    assert preview_scale_for(600, 400) is None
    s = preview_scale_for(4000, 3000)
    assert 4000 * s * 3000 * s == pytest.approx(1e6, rel=1e-6)
    assert print_size(2480, 3508, 300, "mm") == (210.0, 297.0, "mm")  # A4 at 300 dpi
    assert print_size(2550, 3300, 300, "inch") == (8.5, 11.0, "in")  # US letter
    assert print_size(100, 100, None, "mm") is None


def test_high_dpi_100_percent_is_one_image_pixel_per_device_pixel(tmp_path):
    """With a 2× screen, 100 % shows a 600 px image over 300 logical (600 device) pixels."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication; import numpy as np\n"
        "app = QApplication([])\n"
        "from hybridstudio.ui.canvas import Canvas; from hybridstudio.ui.qimage import qimage_from_rgb\n"
        "c = Canvas(); c.resize(800, 600); c.show()\n"
        "c.set_images(qimage_from_rgb(np.zeros((400, 600, 3), np.float32)))\n"
        "c.actual_size(); print(c.devicePixelRatioF(), c.image_rect().width())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=str(ROOT),
    ).stdout.split()
    assert float(out[0]) == 2.0 and float(out[1]) == 300.0


def test_transparent_parts_show_a_checkerboard(qtbot):
    c = Canvas()
    qtbot.addWidget(c)
    c.resize(400, 300)
    c.show()
    rgb = np.zeros((100, 100, 3), np.float32)
    alpha = np.zeros((100, 100), np.float32)
    alpha[:, 50:] = 1.0  # left half transparent, right half opaque black
    c.set_images(qimage_from_rgb(rgb, alpha))
    c.fit()
    shot = rgb_from_qimage(c.grab().toImage()).astype(int)
    r = c.image_rect()
    dpr = c.devicePixelRatioF()
    y0, y1 = int((r.top() + 10) * dpr), int((r.top() + 40) * dpr)
    left = shot[y0:y1, int((r.left() + 5) * dpr) : int((r.left() + r.width() * 0.4) * dpr)]
    right = shot[y0:y1, int((r.left() + r.width() * 0.6) * dpr) : int((r.right() - 5) * dpr)]
    assert set(np.unique(left[..., 0])) >= {204, 240}  # the two checker greys
    assert right.max() == 0  # opaque black covers it

"""The canvas: zoom (wheel, fit, 100 %), pan, before/after split, drag and drop of images.

A plain QWidget that paints QPixmaps through a view transform. Zoom is in *device* pixels, so
"100 %" means one image pixel per screen pixel on high-DPI displays too. A *detail* picture (a
crop rendered for the visible region, e.g. the screened film) can be laid over the overview;
``viewportChanged`` says, once the zoom or pan settles, that the visible region changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".bmp"}
RECIPE_SUFFIXES = {".toml"}
MIN_ZOOM, MAX_ZOOM = 0.02, 32.0
SPLIT_GRAB_PX = 8
VIEWPORT_SETTLE_MS = 120  # zoom / pan pauses this long before viewportChanged


class Canvas(QWidget):
    """Shows the current picture ("after") and optionally the original ("before") side by side
    with a draggable split line."""

    zoomChanged = Signal(float)  # noqa: N815 - Qt naming
    filesDropped = Signal(list)  # noqa: N815
    cursorPixel = Signal(int, int)  # noqa: N815 - image pixel under the mouse, (-1, -1) outside
    viewportChanged = Signal()  # noqa: N815 - the visible region settled after a zoom or pan

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 200)
        self._after: QPixmap | None = None
        self._before: QPixmap | None = None
        self._image_size = (0, 0)  # the full-resolution image the pixmaps stand for
        self._zoom = 1.0  # device pixels per image pixel
        self._center = QPointF(0, 0)  # image coordinates at the widget centre
        self._fit = True
        self._split_on = False
        self._split = 0.5
        self._drag: str | None = None
        self._last = QPointF()
        self._placeholder = ""
        self._labels = ("Before", "After")
        self._busy_text = ""
        self._scaled: dict[int, tuple[tuple[int, int], QPixmap]] = {}  # pixmaps scaled for the zoom
        self._detail: tuple[QPixmap, QRectF] | None = None  # a crop over the image (image coords)
        self._caption = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(VIEWPORT_SETTLE_MS)
        self._settle.timeout.connect(self.viewportChanged)

    # -- content --------------------------------------------------------------------------
    def set_images(
        self, after: QImage | None, before: QImage | None = None, full_size: tuple[int, int] | None = None
    ) -> None:
        """Show ``after`` (and ``before`` for the split). ``full_size`` is the full-resolution size
        the pictures stand for (a reduced live preview keeps the zoom of the full image)."""
        old_size = self._image_size
        self._after = QPixmap.fromImage(after) if after is not None and not after.isNull() else None
        if before is not None:
            self._before = QPixmap.fromImage(before) if not before.isNull() else None
        if full_size is None and self._after is not None:
            full_size = (self._after.width(), self._after.height())
        self._image_size = full_size or (0, 0)
        if self._image_size != old_size and (self._fit or old_size == (0, 0)):
            self.fit()
        self.update()

    def set_before(self, before: QImage | None) -> None:
        self._before = QPixmap.fromImage(before) if before is not None and not before.isNull() else None
        self.update()

    def clear(self) -> None:
        self._after = self._before = None
        self._image_size = (0, 0)
        self.update()

    def has_image(self) -> bool:
        return self._after is not None

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def set_split_labels(self, before: str, after: str) -> None:
        self._labels = (before, after)
        self.update()

    def set_busy_text(self, text: str) -> None:
        self._busy_text = text
        self.update()

    def set_detail(self, image: QImage | None, rect: QRectF | None = None) -> None:
        """Lay ``image`` over the picture at ``rect`` (image coordinates); None removes it."""
        self._detail = (QPixmap.fromImage(image), QRectF(rect)) if image is not None and rect else None
        self.update()

    def set_caption(self, text: str) -> None:
        """A small caption at the top left of the canvas ("" hides it)."""
        self._caption = text
        self.update()

    def visible_rect(self) -> QRectF:
        """The part of the image shown, in image coordinates (empty without an image)."""
        w, h = self._image_size
        top_left = self.widget_to_image(QPointF(0, 0))
        bottom_right = self.widget_to_image(QPointF(self.width(), self.height()))
        return QRectF(top_left, bottom_right).intersected(QRectF(0, 0, w, h))

    def _moved(self) -> None:
        self._settle.start()

    # -- zoom and pan -----------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def _dpr(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        if anchor is not None:  # keep the image point under the anchor fixed
            before = self.widget_to_image(anchor)
            self._zoom = zoom
            after = self.widget_to_image(anchor)
            self._center += before - after
        else:
            self._zoom = zoom
        self._fit = False
        self.zoomChanged.emit(self._zoom)
        self._moved()
        self.update()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.25)

    def actual_size(self) -> None:
        """100 %: one image pixel per device pixel."""
        self.set_zoom(1.0)

    def fit(self) -> None:
        w, h = self._image_size
        if not w or not h:
            return
        margin = 16
        sw = max(1.0, (self.width() - margin) * self._dpr()) / w
        sh = max(1.0, (self.height() - margin) * self._dpr()) / h
        self._zoom = min(max(min(sw, sh), MIN_ZOOM), MAX_ZOOM)
        self._center = QPointF(w / 2, h / 2)
        self._fit = True
        self.zoomChanged.emit(self._zoom)
        self._moved()
        self.update()

    def set_split(self, on: bool, position: float | None = None) -> None:
        self._split_on = on
        if position is not None:
            self._split = min(max(position, 0.0), 1.0)
        self.update()

    @property
    def split_on(self) -> bool:
        return self._split_on

    @property
    def split_position(self) -> float:
        return self._split

    def _scale(self) -> float:
        """Logical widget pixels per image pixel."""
        return self._zoom / self._dpr()

    def image_rect(self) -> QRectF:
        """Where the full image lies, in widget coordinates."""
        s = self._scale()
        w, h = self._image_size
        x0 = self.width() / 2 - self._center.x() * s
        y0 = self.height() / 2 - self._center.y() * s
        return QRectF(x0, y0, w * s, h * s)

    def widget_to_image(self, p: QPointF) -> QPointF:
        s = self._scale()
        return QPointF(
            (p.x() - self.width() / 2) / s + self._center.x(),
            (p.y() - self.height() / 2) / s + self._center.y(),
        )

    def _split_x(self) -> float:
        r = self.image_rect()
        return r.left() + r.width() * self._split

    # -- events -----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit:
            self.fit()
        else:
            self._moved()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self._zoom * (1.25**steps), anchor=event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._last = event.position()
        if (
            self._split_on
            and event.button() == Qt.MouseButton.LeftButton
            and abs(event.position().x() - self._split_x()) <= SPLIT_GRAB_PX
        ):
            self._drag = "split"
        elif event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._drag = "pan"
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        p = event.position()
        if self._drag == "pan":
            d = p - self._last
            s = self._scale()
            self._center -= QPointF(d.x() / s, d.y() / s)
            self._fit = False
            self._moved()
            self.update()
        elif self._drag == "split":
            r = self.image_rect()
            if r.width() > 0:
                self.set_split(True, (p.x() - r.left()) / r.width())
        else:
            near = self._split_on and abs(p.x() - self._split_x()) <= SPLIT_GRAB_PX
            self.setCursor(
                Qt.CursorShape.SplitHCursor
                if near
                else Qt.CursorShape.OpenHandCursor
                if self._after is not None
                else Qt.CursorShape.ArrowCursor
            )
            ip = self.widget_to_image(p)
            w, h = self._image_size
            inside = 0 <= ip.x() < w and 0 <= ip.y() < h
            self.cursorPixel.emit(int(ip.x()) if inside else -1, int(ip.y()) if inside else -1)
        self._last = p

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if self._after is not None else Qt.CursorShape.ArrowCursor
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.fit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)

    @staticmethod
    def _dropped_paths(event) -> list[str]:
        md = event.mimeData()
        if not md.hasUrls():
            return []
        ok = IMAGE_SUFFIXES | RECIPE_SUFFIXES
        return [
            u.toLocalFile()
            for u in md.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in ok
        ]

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        pal = self.palette()
        bg = pal.color(QPalette.ColorRole.Window)
        dark = bg.lightness() < 128
        p.fillRect(self.rect(), bg.darker(115) if not dark else bg.darker(140))
        if self._after is None:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            f = p.font()
            f.setPointSizeF(f.pointSizeF() * 1.2)
            p.setFont(f)
            p.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            return
        r = self.image_rect()
        smooth = self._scale() < 2.0  # show pixels crisply when zoomed in
        after = self._fitted(self._after, r)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        # a soft shadow, like paper on a table; a checkerboard shows through transparent parts
        p.fillRect(r.translated(3, 3), QColor(0, 0, 0, 60))
        if self._after.hasAlphaChannel():
            p.fillRect(r, self._checker())
        if self._split_on and self._before is not None:
            x = self._split_x()
            p.save()
            p.setClipRect(QRectF(r.left(), r.top(), x - r.left(), r.height()))
            before = self._fitted(self._before, r)
            p.drawPixmap(r, before, QRectF(before.rect()))
            p.restore()
            p.save()
            p.setClipRect(QRectF(x, r.top(), r.right() - x, r.height()))
            p.drawPixmap(r, after, QRectF(after.rect()))
            p.restore()
            p.setPen(QPen(QColor(255, 255, 255, 230), 2))
            p.drawLine(QPointF(x, max(r.top(), 0)), QPointF(x, min(r.bottom(), self.height())))
            self._draw_tag(p, QPointF(x - 8, max(r.top(), 0) + 8), self._labels[0], right=True)
            self._draw_tag(p, QPointF(x + 8, max(r.top(), 0) + 8), self._labels[1], right=False)
        else:
            p.drawPixmap(r, after, QRectF(after.rect()))
        if self._detail is not None:
            self._draw_detail(p, r)
        if self._caption:
            self._draw_tag(p, QPointF(12, 10), self._caption, right=False)
        if self._busy_text:
            self._draw_tag(p, QPointF(12, self.height() - 34), self._busy_text, right=False)

    def _draw_detail(self, p: QPainter, r: QRectF) -> None:
        """The detail crop over the image (on the "after" side of the split)."""
        pm, rect = self._detail
        s = self._scale()
        target = QRectF(
            r.left() + rect.left() * s, r.top() + rect.top() * s, rect.width() * s, rect.height() * s
        )
        p.save()
        if self._split_on and self._before is not None:
            x = self._split_x()
            p.setClipRect(QRectF(x, r.top(), r.right() - x, r.height()))
        # magnified: crisp film pixels; reduced (less than 2×): smooth
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, target.width() * self._dpr() < pm.width())
        p.drawPixmap(target, pm, QRectF(pm.rect()))
        p.restore()

    @staticmethod
    def _checker() -> QBrush:
        tile = QPixmap(16, 16)
        tile.fill(QColor(204, 204, 204))
        tp = QPainter(tile)
        tp.fillRect(0, 0, 8, 8, QColor(240, 240, 240))
        tp.fillRect(8, 8, 8, 8, QColor(240, 240, 240))
        tp.end()
        return QBrush(tile)

    def _fitted(self, pm: QPixmap, r: QRectF) -> QPixmap:
        """When zoomed out, a copy scaled once (smoothly) to the displayed size, so that repaints
        during a job stay cheap; the pixmap itself when zoomed in."""
        dpr = self._dpr()
        w, h = round(r.width() * dpr), round(r.height() * dpr)
        if w >= pm.width() or w <= 0 or h <= 0:
            return pm
        key = (w, h)
        hit = self._scaled.get(pm.cacheKey())
        if hit is None or hit[0] != key:
            hit = (
                key,
                pm.scaled(
                    w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
                ),
            )
            live = {p.cacheKey() for p in (self._after, self._before) if p is not None}
            self._scaled = {k: v for k, v in self._scaled.items() if k in live}
            self._scaled[pm.cacheKey()] = hit
        return hit[1]

    @staticmethod
    def _draw_tag(p: QPainter, at: QPointF, text: str, right: bool) -> None:
        fm = p.fontMetrics()
        w, h = fm.horizontalAdvance(text) + 12, fm.height() + 6
        rect = QRectF(at.x() - w if right else at.x(), at.y(), w, h)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 150))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(QColor(255, 255, 255))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

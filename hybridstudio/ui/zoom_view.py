"""Zoomable views (the films): the payload renders the crop the canvas shows, off the GUI thread.

The canvas keeps a quick overview of the whole page; whenever the zoom or pan settles this asks
the payload for the visible region at the current zoom (``render_crop``: the screened film, one
film pixel per screen pixel at 100 % and closer, box-averaged further out) and lays it over the
overview. A newer request cancels the one still running. A caption says when the zoom is too far
out for single dots to be seen truthfully.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, QRectF

from .canvas import Canvas
from .jobs import JobManager
from .qimage import qimage_from_rgb
from .views import View

MARGIN = 0.25  # also render this share of the visible size around it, for small pans


class ZoomableView(QObject):
    """Keeps the canvas's detail crop in step with its zoom and pan for a zoomable view."""

    def __init__(self, canvas: Canvas, jobs: JobManager, parent: QObject | None = None):
        super().__init__(parent)
        self.canvas = canvas
        self.jobs = jobs
        self.payload: Any = None
        self.view: View | None = None
        self._job_id: int | None = None
        self._generation = 0
        self._last: tuple | None = None
        canvas.viewportChanged.connect(self.request)

    def show(self, payload: Any, view: View | None) -> None:
        """The canvas now shows ``view`` of ``payload``: drop the old crop, render a new one."""
        self.payload = payload if view is not None and view.zoomable else None
        self.view = view
        self._last = None
        self.canvas.set_detail(None)
        self.canvas.set_caption("")
        self.request()

    def request(self) -> None:
        """Render the visible region at the current zoom (unless it is already shown)."""
        payload, view = self.payload, self.view
        if payload is None or view is None or not self.canvas.has_image():
            return
        vis = self.canvas.visible_rect()
        if vis.isEmpty():
            return
        mx, my = vis.width() * MARGIN, vis.height() * MARGIN
        x0, y0 = int(vis.left() - mx), int(vis.top() - my)
        x1, y1 = int(vis.right() + mx) + 1, int(vis.bottom() + my) + 1
        zoom = self.canvas.zoom
        wanted = (id(payload), view.key, x0, y0, x1, y1, zoom)
        if wanted == self._last:
            return
        self._last = wanted
        if self._job_id is not None:
            self.jobs.cancel(self._job_id)
        self._generation += 1
        generation, key = self._generation, view.key

        def work(cancel, on_progress, on_preview):
            crop = payload.render_crop(key, x0, y0, x1, y1, zoom, check=cancel.check)
            return crop, qimage_from_rgb(crop.rgb)

        def done(job) -> None:
            if generation != self._generation or payload is not self.payload:
                return  # the canvas has moved on
            crop, image = job.results[0]
            c = crop.crop
            self.canvas.set_detail(image, QRectF(c.x0, c.y0, c.x1 - c.x0, c.y1 - c.y0))
            self.canvas.set_caption("" if crop.resolves_dots else self.caption(c.step, crop.dots_zoom))

        def failed(job) -> None:
            if generation == self._generation:
                self.canvas.set_caption("")  # the overview stays; the error is in the jobs panel

        self.canvas.set_caption(self.tr("Screening the visible part of the film…"))
        job = self.jobs.submit(
            self.tr("Screen the visible part of the film"),
            work,
            kind="task",
            on_done=done,
            on_error=failed,
            quiet=True,
        )
        self._job_id = job.id

    def caption(self, step: int, dots_zoom: float) -> str:
        """What a reduced view says about itself."""
        pct = QLocale().toString(max(1, round(dots_zoom * 100)))
        return (
            self.tr(
                "Too far out to show the dots: each screen pixel is the average of "
                "%1 × %1 film pixels. Zoom to %2 % or more to see single dots."
            )
            .replace("%1", str(step))
            .replace("%2", pct)
        )

"""Screening a coverage plane at the output resolution, one band of rows at a time.

The plane arrives at its own resolution (e.g. 300 dpi) as 16-bit film coverage (already through
the tone curve). For each band of output rows the plane is resampled (bilinear, OpenCV) and
compared with the screen's thresholds; nothing film-sized is ever held except the packed 1-bit
result the caller keeps.
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np
from PIL import Image

from .geometry import ScreenGeometry, quantise_screen
from .spec import ScreenSpec
from .thresholds import Brick, am_brick, fm_brick

#: Error diffusion runs on the whole plane at once when its grid is at most this many pixels;
#: above, band by band (the error is not carried across bands).
WHOLE_PLANE_DIFFUSION_PX = 64_000_000


class PlaneScreener:
    """Screens one separation onto an ``out_w`` × ``out_h`` pixel grid at ``spec.dpi``."""

    def __init__(self, film16: np.ndarray, out_w: int, out_h: int, spec: ScreenSpec, angle: float):
        if film16.dtype != np.uint16 or film16.ndim != 2:
            raise ValueError("film coverage must be a 2-D uint16 plane")
        self.src = film16
        self.out_w, self.out_h = int(out_w), int(out_h)
        self.spec = spec
        self.angle = float(angle)
        self.geometry: ScreenGeometry | None = None
        self.brick: Brick | None = None
        self.cell = 1  # device pixels per diffused / index pixel
        self._coarse: np.ndarray | None = None
        if spec.method == "am":
            self.geometry = quantise_screen(spec.dpi, spec.lpi, angle)
            self.brick = am_brick(self.geometry, spec.shape)
        elif spec.method == "fm":
            self.cell = max(1, round(spec.fm_dot_um / 25400.0 * spec.dpi))
            self.brick = fm_brick(self.cell)
        elif spec.method == "index":
            self.cell = max(1, round(spec.dpi / spec.index_dpi))
        else:
            self.cell = max(1, int(spec.diffusion_dot_px))

    # -- reporting -----------------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """What this film really carries (achieved, not requested, values)."""
        s = self.spec
        d: dict[str, Any] = {"method": s.method, "dpi": s.dpi}
        if self.geometry is not None:
            d.update(self.geometry.as_dict())
            d["shape"] = s.shape
            d["levels_with_supercell"] = self.brick.levels if self.brick else None
        elif s.method == "fm":
            d.update(dot_px=self.cell, dot_um=round(self.cell * 25400.0 / s.dpi, 1))
        elif s.method == "index":
            d.update(
                index_dpi=round(s.dpi / self.cell, 3),
                square_px=self.cell,
                square_um=round(self.cell * 25400.0 / s.dpi, 1),
            )
        else:
            d.update(dot_px=self.cell, dot_um=round(self.cell * 25400.0 / s.dpi, 1))
        return d

    @property
    def row_alignment(self) -> int:
        """Bands should start on multiples of this (diffused pixels must not be split)."""
        return self.cell if self.brick is None else 1

    # -- rendering -----------------------------------------------------------------------------
    def _resample(
        self, y0: int, y1: int, grid_w: int, grid_h: int, x0: int = 0, x1: int | None = None
    ) -> np.ndarray:
        """Rows y0..y1 (columns x0..x1) of the plane resampled (bilinear) onto a grid_w × grid_h
        grid; only the source rows and columns under them are read."""
        sh, sw = self.src.shape
        x1 = grid_w if x1 is None else x1
        sx, sy = sw / grid_w, sh / grid_h
        top = (y0 + 0.5) * sy - 0.5
        s0 = max(0, int(math.floor(top)) - 1)
        s1 = min(sh, int(math.ceil((y1 - 0.5) * sy - 0.5)) + 2)
        left = (x0 + 0.5) * sx - 0.5
        c0 = max(0, int(math.floor(left)) - 1)
        c1 = min(sw, int(math.ceil((x1 - 0.5) * sx - 0.5)) + 2)
        m = np.array([[sx, 0.0, left - c0], [0.0, sy, top - s0]], np.float64)
        return cv2.warpAffine(
            self.src[s0:s1, c0:c1],
            m,
            (x1 - x0, y1 - y0),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )

    def rows(
        self, y0: int, y1: int, thr: np.ndarray | None = None, x0: int = 0, x1: int | None = None
    ) -> np.ndarray:
        """Ink (True = black on the film) for output rows y0..y1 and columns x0..x1 (all by
        default). Export and the app's films view both come here."""
        y1 = min(y1, self.out_h)
        x1 = self.out_w if x1 is None else min(x1, self.out_w)
        if self.brick is not None:
            cov = self._resample(y0, y1, self.out_w, self.out_h, x0, x1)
            t = self.brick.rows(y0, y1, x0, x1 - x0, out=thr)
            return cov > t
        return self._diffused_rows(y0, y1)[:, x0:x1]

    def _diffused_rows(self, y0: int, y1: int) -> np.ndarray:
        k = self.cell
        gw, gh = -(-self.out_w // k), -(-self.out_h // k)
        c0, c1 = y0 // k, -(-y1 // k)
        if gw * gh <= WHOLE_PLANE_DIFFUSION_PX:
            if self._coarse is None:
                sh, sw = self.src.shape
                interp = cv2.INTER_AREA if gw < sw else cv2.INTER_LINEAR
                grid = cv2.resize(self.src, (gw, gh), interpolation=interp)
                self._coarse = diffuse(grid)
            coarse = self._coarse[c0:c1]
        else:
            coarse = diffuse(self._resample(c0, c1, gw, gh))
        if k > 1:
            coarse = np.repeat(np.repeat(coarse, k, axis=0), k, axis=1)
        off = y0 - c0 * k
        return coarse[off : off + (y1 - y0), : self.out_w]


def diffuse(cov16: np.ndarray) -> np.ndarray:
    """Floyd–Steinberg error diffusion (Pillow's, in C) of 16-bit coverage; True = ink."""
    grey = (255 - (cov16.astype(np.uint32) * 255 + 32767) // 65535).astype(np.uint8)
    white = np.asarray(Image.fromarray(grey, "L").convert("1", dither=Image.Dither.FLOYDSTEINBERG))
    return ~white

"""Step-wedge targets: 21, 51 or 101 patches plus paper-white and clear-film references, four
corner fiducials (ArUco markers, whose ids also say which layout it is) and a label — drawn as a
negative through the process's colour and the current curve, so a second round measures the
first round's correction.

Everything is laid out in millimetres in *print* orientation (right-reading on the print); the
negative is mirrored for emulsion-to-emulsion contact when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np

from .curve import ToneCurve
from .render import Canvas, Sheet, base_resolution

ARUCO_DICT = cv2.aruco.DICT_4X4_50
MARGIN_MM = 8.0
MARKER_MM = 14.0
GAP_MM = 4.0
GUTTER_MM = 5.0  # space above each patch for its number
LABEL_MM = 3.0


@dataclass(frozen=True)
class TargetLayout:
    """Where everything sits on a step-wedge target, in millimetres (print orientation)."""

    steps: int
    cols: int
    patch_mm: float
    marker_ids: tuple[int, int, int, int]  # top-left, top-right, bottom-right, bottom-left

    @property
    def patches(self) -> int:
        return self.steps + 2  # + paper white + clear film

    @property
    def rows(self) -> int:
        return -(-self.patches // self.cols)

    @property
    def cell_mm(self) -> float:
        return self.patch_mm + GUTTER_MM

    @property
    def width_mm(self) -> float:
        return 2 * MARGIN_MM + self.cols * self.cell_mm + GUTTER_MM

    @property
    def grid_top_mm(self) -> float:
        return MARGIN_MM + MARKER_MM + GAP_MM

    @property
    def height_mm(self) -> float:
        grid_h = self.rows * self.cell_mm
        return self.grid_top_mm + grid_h + GAP_MM + MARKER_MM + GAP_MM + 2 * LABEL_MM + MARGIN_MM

    def tones(self) -> np.ndarray:
        """Wanted print tone of each step, step 1 (full black) … step N (paper white)."""
        return np.linspace(0.0, 1.0, self.steps)

    def patch_names(self) -> list[str]:
        return [str(i + 1) for i in range(self.steps)] + ["W", "C"]

    def patch_boxes(self) -> np.ndarray:
        """(patches, 4) x, y, w, h in mm: steps 1..N, then paper white, then clear film."""
        out = []
        for i in range(self.patches):
            r, c = divmod(i, self.cols)
            x = MARGIN_MM + GUTTER_MM + c * self.cell_mm
            y = self.grid_top_mm + GUTTER_MM + r * self.cell_mm
            out.append((x, y, self.patch_mm, self.patch_mm))
        return np.asarray(out, dtype=np.float64)

    def marker_boxes(self) -> np.ndarray:
        """(4, 2) top-left corners (mm) of the fiducials: TL, TR, BR, BL."""
        right = self.width_mm - MARGIN_MM - MARKER_MM
        bottom = self.grid_top_mm + self.rows * self.cell_mm + GAP_MM
        return np.asarray(
            [(MARGIN_MM, MARGIN_MM), (right, MARGIN_MM), (right, bottom), (MARGIN_MM, bottom)],
            dtype=np.float64,
        )

    def marker_corners(self) -> dict[int, np.ndarray]:
        """Fiducial id → its four corners (mm) in ArUco order (TL, TR, BR, BL of the marker)."""
        s = MARKER_MM
        out = {}
        for mid, (x, y) in zip(self.marker_ids, self.marker_boxes(), strict=True):
            out[mid] = np.asarray([(x, y), (x + s, y), (x + s, y + s), (x, y + s)], dtype=np.float64)
        return out


LAYOUTS: dict[int, TargetLayout] = {
    21: TargetLayout(21, 6, 20.0, (0, 1, 2, 3)),
    51: TargetLayout(51, 9, 14.0, (4, 5, 6, 7)),
    101: TargetLayout(101, 11, 11.0, (8, 9, 10, 11)),
}


def layout_for_ids(ids: set[int]) -> TargetLayout | None:
    """The layout whose fiducials these are (None if they belong to none or to several)."""
    found = [lay for lay in LAYOUTS.values() if ids & set(lay.marker_ids)]
    return found[0] if len(found) == 1 else None


def marker_mask(marker_id: int, side_px: int) -> np.ndarray:
    """The ArUco fiducial as a bool mask (True = black on the print = clear film)."""
    dictionary = cv2.aruco.getPredefinedDictionary(ARUCO_DICT)
    small = cv2.aruco.generateImageMarker(dictionary, marker_id, 6, borderBits=1)
    big = cv2.resize(small, (side_px, side_px), interpolation=cv2.INTER_NEAREST)
    return big < 128


def make_target(
    steps: int,
    curve: ToneCurve,
    colour: str,
    dpi: float,
    *,
    process: str = "",
    printer: str = "",
    curve_name: str = "linear",
    mirror: bool = True,
    today: str | None = None,
) -> Sheet:
    """A step-wedge target negative: patches through ``curve`` (ink = curve(tone)), references at
    full ink (paper white) and no ink (clear film), fiducials, numbers and a label."""
    if steps not in LAYOUTS:
        raise ValueError(f"a target has 21, 51 or 101 steps, not {steps}")
    lay = LAYOUTS[steps]
    base_dpi, factor = base_resolution(dpi)
    canvas = Canvas(lay.width_mm, lay.height_mm, base_dpi, background=1.0)
    inks = list(curve(lay.tones())) + [1.0, 0.0]
    for (x, y, w, h), ink, name in zip(lay.patch_boxes(), inks, lay.patch_names(), strict=True):
        canvas.rect(x, y, w, h, float(ink))
        canvas.text(x + w / 2, y - GUTTER_MM + 1.0, name, 2.6, 0.0, anchor="ma")
    side = canvas.px(MARKER_MM)
    for mid, (x, y) in zip(lay.marker_ids, lay.marker_boxes(), strict=True):
        canvas.stamp(x, y, marker_mask(mid, side), 0.0)
    today = today or date.today().isoformat()
    line1 = f"HybridStudio step wedge · {steps} steps · {process or 'process ?'} · ink {colour}"
    line2 = (
        f"printer {printer or '?'} · {dpi:g} dpi · curve {curve_name} · "
        f"{'mirrored' if mirror else 'not mirrored'} · {today} · W = paper white, C = clear film"
    )
    y_label = lay.height_mm - MARGIN_MM - 2 * LABEL_MM
    canvas.text(MARGIN_MM, y_label, line1, LABEL_MM * 0.8, 0.0)
    canvas.text(MARGIN_MM, y_label + LABEL_MM, line2, LABEL_MM * 0.8, 0.0)
    return Sheet(
        dpi=dpi,
        factor=factor,
        base=canvas.ink,
        curve=curve,
        colour=colour,
        mirror=mirror,
        meta={
            "kind": "step-wedge target",
            "steps": steps,
            "process": process,
            "printer": printer,
            "curve": curve_name,
            "date": today,
            "size_mm": [lay.width_mm, lay.height_mm],
        },
    )

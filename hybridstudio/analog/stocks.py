"""Film stock presets in physical units, and grain on whole images.

Each stock gives its film format, its RMS granularity (1000 × σ of diffuse density through a 48 µm
circular aperture at net density 1.0, the ISO 10505 / Kodak figure) and where that number comes
from, the spread of grain radii, and the size of the dye clouds or grain clumps that blur the
grain (Gaussian σ in µm). The mean grain radius is not guessed: it is solved so that the Boolean
model reproduces the RMS granularity (:func:`grain_model.radius_for_rms`), which the grainmeter
then checks on rendered patches.

Values marked ``estimate`` are not published by the manufacturer (Kodak gives a Print Grain Index,
not RMS, for its colour negative films; these figures are the estimates used by Spectral Film LUT);
the dye cloud sizes follow Stephenson & Saunders' dye-cloud kernels (D = 6.5 or 15 µm, σ = D/√2).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from ..core.params import lookup
from .gate import get_format, pixel_pitch_um
from .grain_fast import apply_layer_block, layer_plan, strips
from .grain_model import radius_for_rms


@dataclass(frozen=True)
class Stock:
    """A film stock's grain, in physical units."""

    id: str
    title: str
    kind: str  # "bw", "colour-negative", "slide", "cine-negative"
    format: str
    rms: float  # 1000·σ_D at D = 1 through a 48 µm aperture (green / visual layer for colour)
    rms_source: str
    spread: float = 0.4  # std/mean of the grain radius (log-normal) — estimate for every stock
    cloud_um: float = 1.5  # Gaussian σ of dye clouds / grain clumps on the film, µm
    layer_rms: tuple[float, float, float] = (1.0, 1.0, 1.0)  # R, G, B relative to ``rms``

    @property
    def colour(self) -> bool:
        return self.kind != "bw"

    def layer_radius_um(self, layer: int = 1, size: float = 1.0) -> float:
        """Mean grain radius (µm) of a layer (0 R, 1 G, 2 B) that gives its RMS granularity."""
        return _radius(self.rms * self.layer_rms[layer], self.spread, self.cloud_um) * size


@lru_cache(maxsize=128)
def _radius(rms: float, spread: float, cloud_um: float) -> float:
    return radius_for_rms(rms, spread, cloud_um)


_EST = "estimate (Spectral Film LUT; Kodak publishes a Print Grain Index, not RMS)"
STOCKS: dict[str, Stock] = {
    s.id: s
    for s in (
        Stock(
            "tri-x-400",
            "Kodak Tri-X 400",
            "bw",
            "135",
            17.0,
            "Kodak F-4017 datasheet as quoted by Spectral Film LUT (other copies say 16)",
            0.4,
            1.5,
        ),
        Stock(
            "t-max-100", "Kodak T-Max 100", "bw", "135", 8.0, "secondary sources only, unverified", 0.3, 1.0
        ),
        Stock(
            "t-max-400", "Kodak T-Max 400", "bw", "135", 10.0, "secondary sources only, unverified", 0.3, 1.2
        ),
        Stock("double-x-5222", "Kodak Double-X 5222", "bw", "super35", 14.0, "Spectral Film LUT", 0.4, 1.5),
        Stock(
            "portra-400", "Kodak Portra 400", "colour-negative", "135", 3.7, _EST, 0.4, 4.6, (0.95, 1.0, 1.2)
        ),
        Stock(
            "ektar-100", "Kodak Ektar 100", "colour-negative", "135", 2.1, _EST, 0.4, 4.6, (0.95, 1.0, 1.2)
        ),
        Stock("gold-200", "Kodak Gold 200", "colour-negative", "135", 4.4, _EST, 0.4, 4.6, (0.95, 1.0, 1.2)),
        Stock(
            "vision3-500t",
            "Kodak Vision3 500T 5219",
            "cine-negative",
            "super35",
            5.08,
            "computed from the datasheet's curves by Spectral Film LUT",
            0.4,
            10.6,
            (0.95, 1.0, 1.2),
        ),
        Stock(
            "velvia-50",
            "Fujifilm Velvia 50",
            "slide",
            "135",
            9.0,
            "Fujifilm, quoted by E. Puts (1999)",
            0.4,
            4.6,
            (1.0, 1.0, 1.1),
        ),
        Stock(
            "provia-100f",
            "Fujifilm Provia 100F",
            "slide",
            "135",
            9.0,
            "Fujifilm, quoted by E. Puts (1999)",
            0.4,
            4.6,
            (1.0, 1.0, 1.1),
        ),
    )
}


def get_stock(stock_id: str) -> Stock:
    """The stock with this id; a ValueError listing the known stocks otherwise."""
    return lookup(STOCKS, stock_id, "film stock", error=ValueError, known="stocks")


def add_grain(
    rgb: np.ndarray,
    stock: Stock | str,
    *,
    colour: bool | None = None,
    amount: float = 1.0,
    size: float = 1.0,
    seed: int = 0,
    format_id: str | None = None,
    pitch_um: float | None = None,
    origin_px: tuple[int, int] = (0, 0),
    on_layer: Callable[[int, int], None] | None = None,
) -> np.ndarray:
    """Film grain on an sRGB float32 H×W×3 image (0..1), treated as the film's coverage (Newson's
    convention: the grey level is the covered fraction).

    The image's long side spans the long side of the stock's format (or ``format_id``) unless
    ``pitch_um`` is given. ``colour`` (default: the stock's kind) draws independent grain per
    layer; otherwise one grain field modulates all three channels. ``size`` scales the grain (and
    dye clouds) physically; ``amount`` scales its strength. The grain is a function of the
    position on the film: a reduced preview shows the grains of the full image, and a crop whose
    top-left pixel is pixel ``origin_px`` (row, column) of a frame at the same ``pitch_um`` gets
    exactly that region of the frame's grain. Returns a new float32 array.
    """
    stock = get_stock(stock) if isinstance(stock, str) else stock
    h, w = rgb.shape[:2]
    pitch = pitch_um or pixel_pitch_um(w, h, format_id or stock.format)
    if format_id:
        get_format(format_id)
    colour = stock.colour if colour is None else colour
    cloud = stock.cloud_um * size
    rgb = np.asarray(rgb, dtype=np.float32)
    layers = (0, 1, 2) if colour else (1,)
    plans = [
        layer_plan(stock.layer_radius_um(c, size), stock.spread, cloud, pitch, float(amount)) for c in layers
    ]
    out = np.empty(rgb.shape, np.float32)
    lum_w = np.array([[0.2126, 0.7152, 0.0722]], np.float32)

    def work(job: tuple[int, int, int, int]) -> None:
        r0, r1, _, _ = job
        block = np.ascontiguousarray(rgb[r0:r1])
        y0, x0 = int(origin_px[0]) + r0, int(origin_px[1])
        if colour:
            for c, plan in zip(layers, plans, strict=True):
                out[r0:r1, :, c] = apply_layer_block(block[..., c], plan, seed, c, y0, x0)
            return
        lum = cv2.transform(block, lum_w, np.empty(block.shape[:2], np.float32))
        grainy = apply_layer_block(lum, plans[0], seed, 0, y0, x0)
        cv2.subtract(grainy, lum, dst=grainy)
        dst = out[r0:r1]
        np.add(block, grainy[:, :, None], out=dst)
        np.clip(dst, 0.0, 1.0, out=dst)

    # strips in pairs on two threads; progress and cancellation between pairs
    jobs = strips(h, w, 0)
    with ThreadPoolExecutor(2) as pool:
        for i in range(0, len(jobs), 2):
            if on_layer:
                on_layer(i, len(jobs))
            list(pool.map(work, jobs[i : i + 2]))
    return out

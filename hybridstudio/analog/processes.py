"""Alternative photographic processes as looks: cyanotype, Van Dyke brown, platinum/palladium,
salt print, lith print.

Each process is a tone curve in density (an H&D curve of the print against log exposure through
the negative: gamma, toe, shoulder, Dmax), a colour, and the paper. Colour follows Beer–Lambert:
the print reflects paper_c · 10^(−D·k_c), where the spectral factors k_c are fixed so that the
maximum density shows the process's measured-looking Dmax colour; lith prints change colour with
density (warm, peachy highlights, cold near-black shadows), so they interpolate k between a
highlight and a shadow colour. The paper's height map modulates the density (sensitiser soaks
unevenly into the fibres), and lith's infectious development adds coarse grain in the shadows.
Colours and curves are look-design values from printed examples, not spectral measurements.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from ..core.params import lookup
from ..core.srgb import luminance, to_linear, to_srgb
from .curves import apply_table, density
from .grain_fast import gaussian_noise
from .paper import height_map


def _hex(c: str) -> np.ndarray:
    c = c.lstrip("#")
    return to_linear(np.array([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)], np.float32))


@dataclass(frozen=True)
class Process:
    """An alternative process's look."""

    id: str
    title: str
    paper: str  # paper white, sRGB hex
    dmax_colour: str  # colour at maximum density
    highlight_colour: str | None  # colour at low density where it differs (lith)
    gamma: float
    toe: float
    shoulder: float
    dmax: float
    texture: float  # paper modulation of density (fraction)
    grain: float = 0.0  # shadow grain (lith)
    how: str = ""


PROCESSES: dict[str, Process] = {
    p.id: p
    for p in (
        Process(
            "cyanotype",
            "Cyanotype",
            "#f4f1e8",
            "#123a6e",
            None,
            1.0,
            0.3,
            0.25,
            1.6,
            0.10,
            how="Ferric ammonium citrate + potassium ferricyanide on paper; UV makes Prussian blue. Long, "
            "soft toe; washed in water.",
        ),
        Process(
            "van-dyke",
            "Van Dyke brown",
            "#f3ecdf",
            "#3b2417",
            None,
            1.2,
            0.25,
            0.3,
            1.7,
            0.08,
            how="Ferric ammonium citrate, tartaric acid and silver nitrate; UV reduces silver to a warm "
            "brown; fixed in weak hypo.",
        ),
        Process(
            "platinum",
            "Platinum / palladium",
            "#f2eee4",
            "#2b2622",
            None,
            0.9,
            0.35,
            0.5,
            1.5,
            0.06,
            how="Ferric oxalate with platinum (cool, neutral) and palladium (warm) salts; the metal sits in"
            " the paper fibres; very long tonal scale, matte blacks.",
        ),
        Process(
            "salt",
            "Salt print",
            "#f1e9da",
            "#4a2a1c",
            None,
            0.85,
            0.35,
            0.45,
            1.3,
            0.10,
            how="Paper salted with sodium chloride then sensitised with silver nitrate; printed out in "
            "sunlight; soft, red-brown, matte.",
        ),
        Process(
            "lith",
            "Lith print",
            "#f4efe6",
            "#1c1a1d",
            "#d9a58f",
            2.0,
            0.15,
            0.6,
            2.1,
            0.04,
            grain=0.35,
            how="Overexposed silver-gelatin paper in very dilute lith developer: infectious development "
            "makes hard, gritty shadows while highlights stay soft and warm, pink to peach.",
        ),
    )
}


def get_process(process_id: str) -> Process:
    """The process with this id; a ValueError listing the known processes otherwise."""
    return lookup(PROCESSES, process_id, "process", error=ValueError, known="processes")


@lru_cache(maxsize=32)
def print_density_table(proc: Process, exposure_ev: float = 0.0, n: int = 4096) -> np.ndarray:
    """Print density against the image's linear luminance (0..1): bright → low density. The curve
    is placed so that white prints at the paper's own density (0.02 over base, a clean highlight)."""
    e = np.linspace(0.0, 1.0, n) * 2.0**exposure_ev
    # the negative passes the least light where the image is brightest: the print's own H&D curve
    # is driven by x = −log10(L), the density a perfect digital negative would have there
    x = -np.log10(np.maximum(e, 1e-4))
    target = 0.02
    lo, hi = -6.0, 6.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if density(np.array([0.0]), proc.gamma, proc.toe, proc.shoulder, proc.dmax, mid)[0] > target:
            lo = mid
        else:
            hi = mid
    return density(x, proc.gamma, proc.toe, proc.shoulder, proc.dmax, 0.5 * (lo + hi)).astype(np.float32)


def alternative_process(
    rgb: np.ndarray,
    process: str,
    mm_per_px: float = 0.1,
    seed: int = 0,
    exposure_ev: float = 0.0,
    texture: float = 1.0,
) -> np.ndarray:
    """Render an sRGB image (H×W×3 float32) as a print in the given process (sRGB out)."""
    proc = get_process(process)
    lin = to_linear(rgb)
    lum = np.clip(luminance(lin), 0.0, 1.0)
    d = apply_table(lum, print_density_table(proc, exposure_ev))
    if texture > 0 and proc.texture > 0:
        hm = height_map(d.shape[0], d.shape[1], mm_per_px, seed)
        d *= 1.0 + np.float32(proc.texture * texture * 0.5) * hm
    if proc.grain > 0:
        noise = gaussian_noise(d.shape, seed, 7)

        noise = cv2.GaussianBlur(noise, (0, 0), max(0.6, 0.02 / mm_per_px)).astype(np.float32, copy=False)
        noise /= max(float(noise.std()), 1e-6)
        shadow = np.clip(d / proc.dmax, 0, 1) ** 2
        d += noise * shadow * np.float32(proc.grain * 0.25 * proc.dmax)
    np.clip(d, 0.0, proc.dmax * 1.1, out=d)
    paper = _hex(proc.paper)
    k_max = -np.log10(np.clip(_hex(proc.dmax_colour) / paper, 1e-4, 1.0)) / proc.dmax
    if proc.highlight_colour:
        d_hi = 0.3 * proc.dmax
        k_hi = -np.log10(np.clip(_hex(proc.highlight_colour) / paper, 1e-4, 1.0)) / d_hi
        t = np.clip((d - d_hi) / (proc.dmax - d_hi), 0.0, 1.0)[..., None]
        k = k_hi * (1 - t) + k_max * t
    else:
        k = k_max
    out = paper * np.power(np.float32(10.0), -d[..., None] * k)
    return to_srgb(out.astype(np.float32))

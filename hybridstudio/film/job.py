"""A film job: separations + screening + page → one film per separation.

Planning (:meth:`FilmJob.plan`, cheap) checks the input, places the image, picks angles, builds
the screens and collects the advisor's warnings. Rendering happens only when saving, film by film
and band by band of rows: each film exists only as packed 1-bit rows (a 278-megapixel A3 film at
1200 dpi is 35 MB), never as floats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, Message, term
from ..core.options import Choice, option
from ..core.progress import Progress
from ..screening import advisor
from ..screening.angles import default_angles, lightness
from ..screening.render import PlaneScreener
from ..screening.spec import ScreenSpec
from ..screening.tone import ToneCurve
from ..separation.sets import SeparationSet
from .label import film_label_text, render_label
from .marks import registration_patches, stamp
from .pages import Layout, plan_layout

BAND_ROWS = 512


@dataclass
class Film:
    """One planned film: its ink, place in the print order and screen."""

    ink: str
    order: int  # 1-based position in the print order
    srgb: tuple[float, float, float]
    screener: PlaneScreener
    label: np.ndarray | None = None
    opaque: bool = False  # the ink covers what is under it (for the overprint view)
    achieved: dict[str, Any] = field(default_factory=dict)

    def screen_text(self) -> str:
        a = self.achieved
        if a["method"] == "am":
            return f"{a['lpi']:.1f} lpi @ {a['angle']:.1f}° {a['shape']} · {a['dpi']:g} dpi"
        if a["method"] == "fm":
            return f"FM stochastic {a['dot_um']:g} µm dots · {a['dpi']:g} dpi"
        if a["method"] == "index":
            return f"index {a['index_dpi']:g} dpi squares · {a['dpi']:g} dpi"
        return f"error diffusion {a['dot_um']:g} µm · {a['dpi']:g} dpi"


class Orientation(Choice):
    """Which way the film page is turned."""

    AUTO = "auto", QT_TRANSLATE_NOOP("steps", "Automatic")
    PORTRAIT = "portrait", QT_TRANSLATE_NOOP("steps", "Portrait")
    LANDSCAPE = "landscape", QT_TRANSLATE_NOOP("steps", "Landscape")


@dataclass
class FilmOptions:
    """How the films are laid out and which way they read. Declared once: recipes, forms and the
    `films` flags are derived from these fields."""

    page: str = option(
        "A3",
        QT_TRANSLATE_NOOP("steps", "Page"),
        QT_TRANSLATE_NOOP("steps", "Film page: A4, A3, A3+, A2, letter, tabloid, or a custom WxH in mm"),
    )
    orientation: Orientation = option(
        Orientation.AUTO,
        QT_TRANSLATE_NOOP("steps", "Orientation"),
        QT_TRANSLATE_NOOP("steps", "Page orientation"),
    )
    mirror: bool = option(
        False,
        QT_TRANSLATE_NOOP("steps", "Mirror"),
        QT_TRANSLATE_NOOP("steps", "Mirror the films (wrong-reading)"),
    )  # for printing emulsion side down
    negative: bool = option(
        False,
        QT_TRANSLATE_NOOP("steps", "Negative"),
        QT_TRANSLATE_NOOP("steps", "Negative films (clear ink, black background)"),
    )


class FilmJob:
    """Plan and render the films of one separation set."""

    def __init__(
        self,
        sepset: SeparationSet,
        spec: ScreenSpec,
        options: FilmOptions | None = None,
        source: str | Path | None = None,
    ):
        self.sepset = sepset
        self.spec = spec.validate()
        self.options = options or FilmOptions()
        self.source = str(source) if source is not None else sepset.source
        self.advice: list[advisor.Advice] = []
        self.films: list[Film] = []
        self.tone = ToneCurve(spec.gain, spec.curve, spec.min_dot / 100.0, spec.max_dot / 100.0)
        self.layout: Layout = self._plan()

    # -- planning --------------------------------------------------------------------------------
    def _plan(self) -> Layout:
        seps = sorted(self.sepset.separations, key=lambda s: s.order)
        if not seps:
            raise InputError(self.source, "no separations to make films from")
        shape = seps[0].coverage.shape
        for s in seps[1:]:
            if s.coverage.shape != shape:
                raise InputError(
                    self.source,
                    f"separation '{s.ink.name}' is {s.coverage.shape[1]}×"
                    f"{s.coverage.shape[0]} px but '{seps[0].ink.name}' is "
                    f"{shape[1]}×{shape[0]} px: films must share one size",
                )
        if not (self.sepset.dpi and math.isfinite(self.sepset.dpi) and self.sepset.dpi > 0):
            raise InputError(self.source, f"separations have no usable resolution ({self.sepset.dpi})")
        self._index_separations(seps)
        spec = self.spec
        layout = plan_layout(
            (shape[1], shape[0]),
            self.sepset.dpi,
            spec.dpi,
            self.options.page,
            self.options.orientation,
            self.source,
        )
        angles = list(spec.angles)
        if not angles:
            angles = default_angles([s.ink.srgb for s in seps])
        elif len(angles) == 1:
            angles = angles * len(seps)
        elif len(angles) != len(seps):
            raise InputError(
                self.source,
                f"{len(seps)} separations but {len(angles)} angles given "
                f"({', '.join(f'{a:g}' for a in angles)})",
            )
        w, h = layout.image_px
        for k, (sep, angle) in enumerate(zip(seps, angles, strict=True), start=1):
            film16 = self.tone.apply16(sep.coverage)
            screener = PlaneScreener(film16, w, h, spec, angle)
            self.films.append(
                Film(
                    ink=sep.ink.name,
                    order=k,
                    srgb=sep.ink.srgb,
                    screener=screener,
                    opaque=sep.ink.opacity == "opaque",
                    achieved=screener.describe(),
                )
            )
        self._advise()
        return layout

    def _index_separations(self, seps: list) -> None:
        """Index separations (one ink per pixel, already dithered) keep their pixels as squares."""
        self._index_advice: list[advisor.Advice] = []
        if {s.role for s in seps} != {"index"}:
            return
        sep_dpi = float(self.sepset.dpi)
        if self.spec.method == "index":
            if self.spec.index_dpi != sep_dpi and sep_dpi <= self.spec.dpi:
                self.spec = replace(self.spec, index_dpi=sep_dpi)
            k = self.spec.dpi / sep_dpi
            if abs(k - round(k)) > 1e-6:
                self._index_advice.append(
                    advisor.Advice(
                        "warning",
                        "index",
                        Message(
                            "ScreeningAdvice",
                            QT_TRANSLATE_NOOP(
                                "ScreeningAdvice",
                                "{dpi:g} dpi is not a whole multiple of the {sep_dpi:g} "
                                "dpi index separations: their pixels are resampled to squares of {k} film "
                                "pixels ({got:g} dpi); choose {keep:g} dpi to keep every pixel",
                            ),
                            dpi=float(self.spec.dpi),
                            sep_dpi=sep_dpi,
                            k=round(k),
                            got=float(self.spec.dpi / round(k)),
                            keep=float(sep_dpi * max(1, round(k))),
                        ),
                    )
                )
        else:
            self._index_advice.append(
                advisor.Advice(
                    "warning",
                    "index",
                    Message(
                        "ScreeningAdvice",
                        QT_TRANSLATE_NOOP(
                            "ScreeningAdvice",
                            "these are index separations (one ink per pixel, already "
                            "dithered): halftoning them again ({method}) blurs their pixel edges into dots; "
                            "use the index method to print each pixel as one square",
                        ),
                        method=self.spec.method,
                    ),
                )
            )

    def _advise(self) -> None:
        spec = self.spec
        out: list[advisor.Advice] = list(self._index_advice)
        if spec.method == "am":
            first = self.films[0].achieved
            vx, vy = first["cell_vector_px"]
            out += advisor.grey_level_advice(
                spec.dpi, spec.lpi, vx * vx + vy * vy, first.get("levels_with_supercell")
            )
            for f in self.films:
                a = f.achieved
                if abs(a["angle"] - a["angle_requested"]) > 0.05 or abs(a["lpi"] - a["lpi_requested"]) > 0.05:
                    out.append(
                        advisor.Advice(
                            "note",
                            "grid",
                            Message(
                                "ScreeningAdvice",
                                QT_TRANSLATE_NOOP(
                                    "ScreeningAdvice",
                                    "{ink}: asked {lpi_asked:g} lpi at {angle_asked:g}°, "
                                    "the {dpi:g} dpi grid gives {lpi:.2f} lpi at {angle:.2f}°",
                                ),
                                ink=Message("Inks", f.ink),
                                lpi_asked=float(a["lpi_requested"]),
                                angle_asked=float(a["angle_requested"]),
                                dpi=float(spec.dpi),
                                lpi=float(a["lpi"]),
                                angle=float(a["angle"]),
                            ),
                        )
                    )
            out += advisor.screen_moire(
                [
                    {
                        "ink": f.ink,
                        "lightness": lightness(f.srgb),
                        "lpi": f.achieved["lpi"],
                        "angle": f.achieved["angle"],
                    }
                    for f in self.films
                ]
            )
            if self.sepset.dpi < 1.5 * spec.lpi:
                out.append(
                    advisor.Advice(
                        "warning",
                        "resolution",
                        Message(
                            "ScreeningAdvice",
                            QT_TRANSLATE_NOOP(
                                "ScreeningAdvice",
                                "the separations are {dpi:g} dpi for a {lpi:g} lpi "
                                "screen: below 1.5 × the ruling the dots show the pixels; aim for ~2 × "
                                "({aim:.0f} dpi)",
                            ),
                            dpi=float(self.sepset.dpi),
                            lpi=float(spec.lpi),
                            aim=float(2 * spec.lpi),
                        ),
                    )
                )
        if spec.mesh > 0:
            for f in self.films:
                a = f.achieved
                if spec.method == "am":
                    out += advisor.mesh_advice(a["lpi"], a["angle"], spec.mesh, spec.mesh_angle, f.ink)
                    out += advisor.min_dot_advice(25.4 / a["lpi"], spec.min_dot / 100.0, spec.mesh, f.ink)
                else:
                    size_um = a.get("dot_um") or a.get("square_um") or 0.0
                    out += advisor.min_dot_advice(
                        size_um / 1000.0, spec.min_dot / 100.0, spec.mesh, f.ink, kind=spec.method
                    )
        self.advice = out

    @property
    def warnings(self) -> list[str]:
        return [a.message for a in self.advice if a.level == "warning"]

    def report(self) -> dict[str, Any]:
        """Achieved values per film, layout, tone curve and advice (for JSON and the CLI)."""
        return {
            "layout": self.layout.as_dict(),
            "tone": self.tone.describe(),
            "mirror": self.options.mirror,
            "negative": self.options.negative,
            "films": [{"ink": f.ink, "order": f.order, **f.achieved} for f in self.films],
            "advice": [a.as_dict() for a in self.advice],
        }

    # -- rendering -------------------------------------------------------------------------------
    def label_text(self, film: Film, recipe: str, when: str, disclosure: str) -> str:
        extra = []
        if self.options.mirror:
            extra.append("MIRRORED (wrong-reading)")
        if self.options.negative:
            extra.append("NEGATIVE")
        if not extra:
            extra.append("positive, right-reading")
        return film_label_text(
            film.ink,
            film.order,
            len(self.films),
            film.screen_text(),
            recipe,
            when,
            disclosure,
            " · ".join(extra),
        )

    def patches(self, film: Film, recipe: str = "", when: str | None = None, disclosure: str = "") -> list:
        """The marks and the label of ``film`` as (top, left, ink) patches."""
        lay = self.layout
        when = when or date.today().isoformat()
        label = render_label(self.label_text(film, recipe, when, disclosure), lay.dpi, lay.label_width_px)
        return registration_patches(lay) + [(lay.label_xy[1], lay.label_xy[0], label)]

    def band_rows(self, film: Film) -> int:
        """Rows per rendering band; bands start at the image top (so diffused / index pixels are
        never split) — the films view follows the same bands to match the export exactly."""
        align = film.screener.row_alignment
        return max(align, (BAND_ROWS // align) * align)

    def band_starts(self, film: Film, a: int = 0, b: int | None = None) -> list[int]:
        """First page rows of the bands that cover page rows a..b."""
        ph = self.layout.page_px[1]
        b = ph if b is None else min(b, ph)
        band = self.band_rows(film)
        iy = self.layout.image_xy[1]
        first = iy % band - band if iy % band else 0
        start = first + max(0, (a - first) // band) * band
        return list(range(start, b, band))

    def page_rows(
        self,
        film: Film,
        a: int,
        b: int,
        patches: list,
        x0: int = 0,
        x1: int | None = None,
        thr: np.ndarray | None = None,
        as_film: bool = True,
    ) -> np.ndarray:
        """Ink (True = black) of page rows a..b and columns x0..x1 (in the film's own
        orientation when ``as_film``: mirrored and/or negative as asked; else right-reading
        positive ink). Rows a..b must lie within one band of :meth:`band_starts`."""
        lay = self.layout
        pw = lay.page_px[0]
        x1 = pw if x1 is None else x1
        iw, ih = lay.image_px
        ix, iy = lay.image_xy
        mirror = as_film and self.options.mirror
        u0, u1 = (pw - x1, pw - x0) if mirror else (x0, x1)  # columns before mirroring
        rows = np.zeros((b - a, u1 - u0), bool)
        r0, r1 = max(a, iy), min(b, iy + ih)
        c0, c1 = max(u0, ix), min(u1, ix + iw)
        if r0 < r1 and c0 < c1:
            if film.screener.brick is None:  # diffused pixels: the band the export computes
                band = self.band_starts(film, a, a + 1)[0]
                full = film.screener.rows(
                    max(band, iy) - iy, min(band + self.band_rows(film), iy + ih) - iy, None
                )
                off = r0 - max(band, iy)
                rows[r0 - a : r1 - a, c0 - u0 : c1 - u0] = full[off : off + r1 - r0, c0 - ix : c1 - ix]
            else:
                rows[r0 - a : r1 - a, c0 - u0 : c1 - u0] = film.screener.rows(
                    r0 - iy, r1 - iy, thr, c0 - ix, c1 - ix
                )
        stamp(rows, a, patches, u0)
        if mirror:
            rows = rows[:, ::-1]
        if as_film and self.options.negative:
            rows = ~rows
        return rows

    def render(
        self,
        film: Film,
        recipe: str = "",
        when: str | None = None,
        disclosure: str = "",
        progress: Progress = Progress.none(),
    ) -> np.ndarray:
        """The whole page of ``film`` as packed 1-bit rows (np.packbits along rows, 1 = black)."""
        pw, ph = self.layout.page_px
        patches = self.patches(film, recipe, when, disclosure)
        band = self.band_rows(film)
        packed = np.empty((ph, (pw + 7) // 8), np.uint8)
        thr = np.empty((band, self.layout.image_px[0]), np.uint16)
        starts = self.band_starts(film)
        for n, y0 in enumerate(starts):
            progress.check_cancelled()
            a, b = max(y0, 0), min(y0 + band, ph)
            packed[a:b] = np.packbits(self.page_rows(film, a, b, patches, thr=thr), axis=1)
            progress.set(
                (n + 1) / len(starts),
                Message(
                    "Progress",
                    QT_TRANSLATE_NOOP("Progress", "film {order}/{n}: {ink}"),
                    order=film.order,
                    n=len(self.films),
                    ink=term("Inks", film.ink),
                ),
            )
        return packed

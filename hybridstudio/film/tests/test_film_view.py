"""The films view: crops of the screened film, made by the export's own code, for the region on
screen only. Checked against films written by the export and read back by Pillow."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.film import FilmJob, FilmOptions
from hybridstudio.film.payload import OVERPRINT, FilmsPayload
from hybridstudio.film.view import Crop, film_coverage, film_ink, step_for_zoom
from hybridstudio.film.writer import save_films
from hybridstudio.screening.spec import ScreenSpec
from hybridstudio.separation.sets import Ink, Separation, SeparationSet
from hybridstudio.testing.film import cmyk_set, read_film
from hybridstudio.testing.screening import angle_diff, fft_screen


def two_inks(dpi: float = 150.0) -> SeparationSet:
    full = cmyk_set(dpi=dpi)
    seps = [s for s in full.separations if s.ink.name in ("Magenta", "Black")]
    return SeparationSet(seps, full.substrate, dpi, source=full.source)


def flat(coverage: float, mm: float = 40.0, dpi: float = 150.0, inks: int = 1) -> SeparationSet:
    n = round(mm / 25.4 * dpi)
    colours = [(0.0, 0.6, 0.9), (0.9, 0.0, 0.5)]
    seps = [
        Separation(Ink(f"ink{i}", colours[i]), np.full((n, n), coverage, np.float32), i + 1)
        for i in range(inks)
    ]
    return SeparationSet(seps, Ink("paper", (1.0, 1.0, 1.0)), dpi, source="flat.png")


def regions(job: FilmJob) -> list[Crop]:
    """The image's top-left corner with its crop marks, a block inside, the top bullseye."""
    ix, iy = job.layout.image_xy
    iw, ih = job.layout.image_px
    return [
        Crop(ix - 150, iy - 150, ix + 173, iy + 211),
        Crop(ix + iw // 3, iy + ih // 2, ix + iw // 3 + 301, iy + ih // 2 + 97),
        Crop(ix + iw // 2 - 120, iy - 200, ix + iw // 2 + 120, iy + 20),
    ]


@pytest.mark.parametrize(
    "spec, options",
    [
        (ScreenSpec(dpi=600.0, lpi=45.0, shape="round"), FilmOptions(page="120x135")),
        (
            ScreenSpec(dpi=600.0, lpi=38.0, angles=[22.5, 67.5], shape="elliptical"),
            FilmOptions(page="120x135", mirror=True, negative=True),
        ),
        (ScreenSpec(method="fm", dpi=600.0, fm_dot_um=85.0), FilmOptions(page="120x135")),
        (ScreenSpec(method="diffusion", dpi=600.0, diffusion_dot_px=2), FilmOptions(page="120x135")),
    ],
    ids=["am", "am-mirror-negative", "fm", "diffusion"],
)
def test_crop_is_exactly_the_exported_film(tmp_path, spec, options):
    job = FilmJob(two_inks(), spec, options)
    written = save_films(job, tmp_path / "films.pdf", ProcessRecord())
    tiffs = [p for p in written if p.suffix == ".tif"]
    for i, tiff in enumerate(tiffs):
        film = read_film(tiff)
        for c in regions(job):
            crop = film_ink(job, i, c)
            assert crop.shape == (c.y1 - c.y0, c.x1 - c.x0)
            assert np.array_equal(crop, film[c.y0 : c.y1, c.x0 : c.x1]), (i, c)
            assert crop.any() and not crop.all()  # the regions hold dots, marks and clear film
    # zoomed out: each output pixel is the mean of the film pixels under it
    film = read_film(tiffs[0])
    c = Crop(96, 198, 96 + 6 * 150, 198 + 6 * 120, 6)  # corners on multiples of the step
    got = film_coverage(job, 0, c)
    want = film[198:918, 96:996].reshape(120, 6, 150, 6).mean(axis=(1, 3))
    assert got.shape == (120, 150)
    assert np.allclose(got, want, atol=1e-6)


@pytest.mark.parametrize("lpi, angle", [(40.0, 15.0), (55.0, 45.0), (65.0, 75.0)])
def test_crop_spectrum_peaks_at_the_achieved_ruling_and_angle(lpi, angle):
    job = FilmJob(flat(0.3), ScreenSpec(dpi=1200.0, lpi=lpi, angles=[angle]), FilmOptions(page="80x90"))
    payload = FilmsPayload(job)
    ix, iy = job.layout.image_xy
    view = payload.render_crop("page:0", ix + 200, iy + 200, ix + 712, iy + 712, zoom=1.0)
    assert view.crop.step == 1 and view.rgb.shape == (512, 512, 3) and view.resolves_dots
    ink = view.rgb[..., 0] < 0.5
    got_lpi, got_angle = fft_screen(ink, 1200.0)
    a = job.films[0].achieved
    assert abs(got_lpi - a["lpi"]) < 0.02 * a["lpi"]
    assert angle_diff(got_angle, a["angle"]) < 1.0


def test_zoomed_out_crop_is_box_averaged_and_says_dots_are_not_resolved():
    job = FilmJob(flat(0.3), ScreenSpec(dpi=1200.0, lpi=55.0, angles=[15.0]), FilmOptions(page="80x90"))
    payload = FilmsPayload(job)
    ix, iy = job.layout.image_xy
    near = payload.render_crop("page:0", ix + 100, iy + 100, ix + 1300, iy + 1300, zoom=0.5)
    far = payload.render_crop("page:0", ix + 100, iy + 100, ix + 1300, iy + 1300, zoom=0.05)
    assert near.crop.step == 2 and far.crop.step == 20
    assert near.resolves_dots and not far.resolves_dots and far.dots_zoom > 0.05
    # 30 % ink everywhere: a box of 20 × 20 film pixels (a cell is ~22) averages near 30 %
    cov = 1.0 - far.rgb[..., 0]
    assert abs(float(cov.mean()) - 0.3) < 0.02
    assert float(cov.std()) < 0.06  # no false moiré from sampling one film pixel in 400
    assert step_for_zoom(1.0) == 1 and step_for_zoom(3.0) == 1 and step_for_zoom(0.34) == 2


def test_overprint_crop_mixes_the_screened_films_in_their_inks():
    job = FilmJob(flat(0.4, inks=2), ScreenSpec(dpi=600.0, lpi=40.0), FilmOptions(page="80x90"))
    payload = FilmsPayload(job)
    assert [v.key for v in payload.views()] == ["page:0", "page:1", OVERPRINT]
    ix, iy = job.layout.image_xy
    view = payload.render_crop(OVERPRINT, ix + 50, iy + 50, ix + 350, iy + 350, zoom=1.0)
    a = film_ink(job, 0, view.crop, as_film=False)
    b = film_ink(job, 1, view.crop, as_film=False)
    rgb = view.rgb
    cyan, magenta = np.array([0.0, 0.6, 0.9]), np.array([0.9, 0.0, 0.5])
    assert np.allclose(rgb[~a & ~b], 1.0)
    assert np.allclose(rgb[a & ~b], cyan, atol=1e-6)
    assert np.allclose(rgb[~a & b], magenta, atol=1e-6)
    assert np.allclose(rgb[a & b], cyan * magenta, atol=1e-6)
    assert (a & b).any() and (a & ~b).any() and (~a & b).any()  # the rosette


def test_a_crop_of_an_a3_1200_dpi_film_never_holds_the_film():
    """An A3 film at 1200 dpi is 278 MP (278 MB as bools, 35 MB packed); a 1500 × 1000 crop must
    cost a few megabytes."""
    dpi = 300.0
    h, w = round(370 / 25.4 * dpi), round(260 / 25.4 * dpi)
    ramp = np.tile(np.linspace(0.0, 1.0, w, dtype=np.float32), (h, 1))
    sepset = SeparationSet(
        [Separation(Ink("Black", (0.0, 0.0, 0.0)), ramp, 1)],
        Ink("paper", (1.0, 1.0, 1.0)),
        dpi,
        source="ramp.png",
    )
    job = FilmJob(sepset, ScreenSpec(dpi=1200.0, lpi=55.0), FilmOptions(page="A3"))
    pw, ph = job.layout.page_px
    assert pw * ph > 270e6
    film_coverage(job, 0, Crop(0, 0, 64, 64))  # warm the label and caches
    tracemalloc.start()
    try:
        cov = film_coverage(job, 0, Crop(5000, 8000, 6500, 9000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert cov.shape == (1000, 1500) and 0.0 < cov.mean() < 1.0
    assert peak < 16e6, f"peak {peak / 1e6:.1f} MB"

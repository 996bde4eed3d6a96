"""Films read back by outside tools: pdfinfo, pdfimages, tiffinfo, exiftool, Pillow."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from hybridstudio.core.context import StepRecord
from hybridstudio.core.errors import InputError, ParamError
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.film import FilmJob, FilmOptions
from hybridstudio.film.writer import save_films
from hybridstudio.screening.spec import ScreenSpec
from hybridstudio.separation.sets import Ink, Separation, SeparationSet
from hybridstudio.testing.film import INKS, cmyk_set, read_film, run, tool
from hybridstudio.testing.screening import black_share

PT_PER_MM = 72 / 25.4


def ai_record() -> ProcessRecord:
    rec = ProcessRecord(recipe={"name": "Astronaut poster"})
    up = StepRecord("upscale", "Upscale", True, {"model": "esrgan-slim-x2"})
    up.ai = {"model": {"id": "esrgan-slim-x2", "licence": {"name": "MIT"}}}
    rec.steps += [up, StepRecord("films", "Films", False, {})]
    rec.ai_roles.append("modifies")
    return rec


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    out = tmp_path_factory.mktemp("films") / "astro.pdf"
    job = FilmJob(cmyk_set(dpi=150.0), ScreenSpec(dpi=600.0, lpi=45.0, shape="round"), FilmOptions(page="A4"))
    written = save_films(job, out, ai_record())
    return job, out, written


def test_pdf_pages_are_the_physical_page_size(films):
    job, pdf, _ = films
    info = run("pdfinfo", "-f", "1", "-l", "4", str(pdf))
    assert re.search(r"Pages:\s+4", info)
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert len(sizes) == 4
    for w, h in sizes:
        assert float(w) / PT_PER_MM == pytest.approx(210.0, abs=0.1)
        assert float(h) / PT_PER_MM == pytest.approx(297.0, abs=0.1)


def test_pdf_images_are_1_bit_ccitt_at_the_film_resolution(films):
    _, pdf, _ = films
    rows = [r.split() for r in run("pdfimages", "-list", str(pdf)).splitlines()[2:]]
    assert len(rows) == 4
    for r in rows:
        # page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        assert r[5] == "gray" and r[7] == "1" and r[8] == "ccitt"
        assert int(r[12]) == 600 and int(r[13]) == 600


def test_pdf_holds_exactly_the_tiff_films(films, tmp_path):
    _, pdf, written = films
    run("pdfimages", "-f", "2", "-l", "2", "-tiff", str(pdf), str(tmp_path / "p"))
    extracted = sorted(tmp_path.glob("p-*.tif"))
    assert len(extracted) == 1
    from PIL import Image

    with Image.open(extracted[0]) as img:
        pdf_ink = np.asarray(img.convert("L")) < 128
    assert np.array_equal(pdf_ink, read_film(written[2]))


def test_tiffs_are_g4_1_bit_with_resolution(films):
    _, _, written = films
    tiffs = [p for p in written if p.suffix == ".tif"]
    assert [p.name for p in tiffs] == [
        "astro-01-cyan.tif",
        "astro-02-magenta.tif",
        "astro-03-yellow.tif",
        "astro-04-black.tif",
    ]
    for p in tiffs:
        info = run("tiffinfo", str(p))
        assert "Bits/Sample: 1" in info
        assert "CCITT Group 4" in info
        assert re.search(r"Resolution: 600, 600 pixels/inch", info)


def test_process_record_is_in_the_pdf_for_outside_readers(films):
    _, pdf, _ = films
    meta = run("exiftool", "-j", "-XMP:all", str(pdf))
    doc = json.loads(meta)[0]
    assert "upscale (esrgan-slim-x2, MIT)" in doc["Description"]
    record = json.loads(doc["ProcessRecord"])
    assert record["ai_used"] is True and record["recipe"]["name"] == "Astronaut poster"
    assert "ProcessRecord" in run("pdfinfo", "-meta", str(pdf))


def test_image_is_at_its_print_size_and_marks_are_identical(films):
    job, _, written = films
    report = json.loads(written[-2].read_text())
    w_px, h_px = report["layout"]["image_px"]
    assert w_px == round(512 / 150 * 600) and h_px == round(512 / 150 * 600)  # 86.7 mm square
    x0, y0 = report["layout"]["image_offset_px"]
    inks = [read_film(p) for p in written[1:5]]
    label_top = job.layout.label_xy[1]
    outside = np.ones(inks[0].shape, bool)
    outside[y0 : y0 + h_px, x0 : x0 + w_px] = False
    outside[label_top:] = False
    assert inks[0][outside].sum() > 2000  # the marks are there
    for other in inks[1:]:
        assert np.array_equal(inks[0][outside], other[outside])
    # the image area differs from film to film (each its own ink)
    assert not np.array_equal(
        inks[0][y0 : y0 + h_px, x0 : x0 + w_px], inks[3][y0 : y0 + h_px, x0 : x0 + w_px]
    )


def test_ramp_through_the_whole_pipeline_reads_back_within_two_points(tmp_path):
    # a 0–100 % ramp of 21 patches, 6 mm each, at 150 dpi → films at 1200 dpi → TIFF → measured
    steps = np.linspace(0, 1, 21, dtype=np.float32)
    patch = round(6 / 25.4 * 150)
    plane = np.repeat(steps, patch)[None, :].repeat(patch, axis=0)
    sepset = SeparationSet([Separation(Ink("Black", (0, 0, 0)), plane, 1)], Ink("paper", (1, 1, 1)), 150.0)
    job = FilmJob(
        sepset,
        ScreenSpec(dpi=1200.0, lpi=55.0, shape="elliptical", angles=[22.5], min_dot=0.0, max_dot=100.0),
        FilmOptions(page="A4"),
    )
    written = save_films(job, tmp_path / "ramp.pdf", ProcessRecord())
    ink = read_film(written[1])
    x0, y0 = job.layout.image_xy
    step = job.layout.image_px[0] / 21
    margin = 60  # px: stay clear of the interpolated patch edges
    got = [
        black_share(
            ink[
                y0 + margin : y0 + job.layout.image_px[1] - margin,
                x0 + int(k * step) + margin : x0 + int((k + 1) * step) - margin,
            ]
        )
        for k in range(21)
    ]
    assert np.abs(np.array(got) - steps * 100).max() <= 2.0, got


def test_mirror_and_negative(tmp_path):
    sepset = cmyk_set("camera", dpi=300.0)
    sepset.separations = sepset.separations[3:]
    spec = ScreenSpec(dpi=600.0, lpi=45.0)
    plain = save_films(
        FilmJob(sepset, spec, FilmOptions(page="A4")),
        tmp_path / "a.pdf",
        ProcessRecord(created="2026-01-02T00:00:00"),
    )
    mirrored = save_films(
        FilmJob(sepset, spec, FilmOptions(page="A4", mirror=True)),
        tmp_path / "b.pdf",
        ProcessRecord(created="2026-01-02T00:00:00"),
    )
    negative = save_films(
        FilmJob(sepset, spec, FilmOptions(page="A4", negative=True)),
        tmp_path / "c.pdf",
        ProcessRecord(created="2026-01-02T00:00:00"),
    )
    p, m, n = read_film(plain[1]), read_film(mirrored[1]), read_film(negative[1])
    job = FilmJob(sepset, spec, FilmOptions(page="A4"))
    label_top = job.layout.label_xy[1]
    # above the label (whose text says which it is), mirror is the flipped positive…
    assert np.array_equal(m[:label_top], p[:label_top, ::-1])
    # …and the negative the inverted one
    assert np.array_equal(n[:label_top], ~p[:label_top])
    assert black_share(n) > 90.0


@pytest.mark.parametrize(
    ("page", "mm"),
    [
        ("A3", (297.0, 420.0)),
        ("300x400", (300.0, 400.0)),
        ("tabloid", (279.4, 431.8)),
        ("A3+", (329.0, 483.0)),
    ],
)
def test_page_sizes(tmp_path, page, mm):
    tool("pdfinfo")
    sepset = cmyk_set("camera", dpi=300.0)
    sepset.separations = sepset.separations[3:]
    job = FilmJob(sepset, ScreenSpec(dpi=300.0, lpi=30.0), FilmOptions(page=page))
    written = save_films(job, tmp_path / "p.pdf", ProcessRecord())
    w, h = (
        float(v)
        for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", str(written[0]))).groups()
    )
    assert (w / PT_PER_MM, h / PT_PER_MM) == pytest.approx(mm, abs=0.1)


def test_page_too_small_is_refused_with_a_suggestion():
    sepset = cmyk_set("astronaut", dpi=60.0)  # 512 px at 60 dpi = 217 mm square
    with pytest.raises(InputError, match=r"too small.*A3 fits"):
        FilmJob(sepset, ScreenSpec(dpi=600.0, lpi=45.0), FilmOptions(page="A4"))


def test_separations_of_different_sizes_are_refused():
    sepset = cmyk_set("astronaut", dpi=150.0)
    sepset.separations[1].coverage = sepset.separations[1].coverage[:-10]
    with pytest.raises(InputError, match="Magenta.*512×502"):
        FilmJob(sepset, ScreenSpec(), FilmOptions(page="A4"))


def test_wrong_number_of_angles_is_refused():
    with pytest.raises(InputError, match="4 separations but 2 angles"):
        FilmJob(cmyk_set(), ScreenSpec(angles=[15.0, 45.0]), FilmOptions(page="A4"))


@pytest.mark.parametrize("page", ["B5", "10x", "2x2"])
def test_bad_page_names_are_refused(page):
    with pytest.raises(ParamError):
        FilmJob(cmyk_set(), ScreenSpec(), FilmOptions(page=page))


def test_label_names_everything_a_printer_needs(films):
    job, _, _ = films
    text = job.label_text(job.films[1], "Astronaut poster", "2026-11-26", ai_record().ai_disclosure())
    a = job.films[1].achieved
    for part in (
        "Magenta",
        "print 2/4",
        f"{a['lpi']:.1f} lpi",
        f"{a['angle']:.1f}°",
        "round",
        "Astronaut poster",
        "2026-11-26",
        "AI: upscale (esrgan-slim-x2, MIT)",
        "positive, right-reading",
    ):
        assert part in text, part


def test_cancel_leaves_no_films_behind(tmp_path):
    from hybridstudio.core.context import StepContext
    from hybridstudio.core.errors import Cancelled

    calls = []

    def on_progress(fraction, message):
        calls.append(message)
        if "film 2/" in message:
            ctx.cancel.cancel()

    ctx = StepContext.standalone("films", on_progress=on_progress)
    job = FilmJob(cmyk_set("camera", dpi=300.0), ScreenSpec(dpi=600.0, lpi=45.0), FilmOptions(page="A4"))
    with pytest.raises(Cancelled):
        save_films(job, tmp_path / "c.pdf", ProcessRecord(), ctx)
    assert list(tmp_path.iterdir()) == []


def test_payload_preview_and_size():
    from hybridstudio.film.payload import FilmsPayload

    job = FilmJob(cmyk_set("camera", dpi=300.0), ScreenSpec(dpi=1200.0), FilmOptions(page="A4"))
    payload = FilmsPayload(job)
    rgb = payload.preview_rgb()
    assert rgb.dtype == np.float32 and rgb.shape == (round(297 / 25.4 * 60), round(210 / 25.4 * 60), 3)
    assert payload.nbytes() == 4 * 512 * 512 * 2  # 16-bit planes at the source size, no film held


def test_index_separations_stay_square_pixels(tmp_path):
    # three inks, each 200 dpi pixel belongs to exactly one of them (what index separation makes)
    rng = np.random.default_rng(3)
    which = rng.integers(0, 4, size=(150, 120))  # 3 = bare garment
    seps = [
        Separation(Ink(n, INKS[n]), (which == i).astype(np.float32), i + 1, role="index")
        for i, n in enumerate(("Cyan", "Magenta", "Yellow"))
    ]
    sepset = SeparationSet(seps, Ink("white tee", (1, 1, 1)), 200.0)
    job = FilmJob(sepset, ScreenSpec(method="index", dpi=1200.0, index_dpi=150.0), FilmOptions(page="A4"))
    written = save_films(job, tmp_path / "idx.pdf", ProcessRecord())
    x0, y0 = job.layout.image_xy
    for i, path in enumerate(written[1:4]):
        ink = read_film(path)[y0 : y0 + 900, x0 : x0 + 720]
        assert np.array_equal(ink, np.kron(which == i, np.ones((6, 6), bool)))
    # halftoning index separations is flagged
    job = FilmJob(sepset, ScreenSpec(method="am"), FilmOptions(page="A4"))
    assert any(a.topic == "index" and a.level == "warning" for a in job.advice)

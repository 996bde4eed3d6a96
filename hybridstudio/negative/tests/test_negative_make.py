"""Making negatives: the curve applied in 16 bit, inversion, colour, mirroring, exact physical size
of the TIFF and the PDF read back by outside tools, the recipe steps and their outputs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import numpy as np
import pytest
import tifffile
from PIL import Image

from hybridstudio.core.context import StepContext
from hybridstudio.core.errors import Cancelled, HybridStudioError
from hybridstudio.core.params import validate_params
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.negative.calibration import calibrate
from hybridstudio.negative.curve import ToneCurve
from hybridstudio.negative.export import export_sheet
from hybridstudio.negative.make import make_negative
from hybridstudio.negative.readings import WedgeReading
from hybridstudio.negative.tone import lstar_to_srgb_grey, srgb_to_lstar
from hybridstudio.steps.negative import NegativePrintPreviewStep, NegativeStep
from hybridstudio.testing import photo
from hybridstudio.testing.negative_sim import print_lstar

POPPLER = shutil.which("pdfinfo") is not None and shutil.which("pdfimages") is not None


def _ramp(width: int = 4000, height: int = 8) -> np.ndarray:
    """A grey ramp linear in L*, 0 → 100 from left to right."""
    lstar = np.linspace(0, 100, width)
    grey = lstar_to_srgb_grey(lstar)
    return np.repeat(np.repeat(grey[None, :, None], height, axis=0), 3, axis=2).astype(np.float32)


def test_curve_applied_in_16_bit_inverted_and_mirrored(tmp_path):
    curve = ToneCurve.from_points([[0, 0], [0.25, 0.1], [0.5, 0.3], [0.75, 0.6], [1, 1]])
    img = _ramp()
    dpi = 254.0  # 10 px/mm: a 400 mm image is 4000 px, one output pixel per source pixel
    sheet = make_negative(img, curve, "#000000", dpi, width_mm=400.0, border_mm=0.0, marks=False, strip=False)
    path = tmp_path / "ramp.tif"
    export_sheet(sheet, path)
    neg = tifffile.imread(path)
    assert neg.dtype == np.uint16 and neg.shape == (sheet.height_px, 4000, 3)
    row = neg[4, :, 1].astype(np.float64) / 65535.0
    # mirrored: the white end of the ramp (dense ink) is on the left of the film
    assert row[0] < 0.01 and row[-1] > 0.99
    ink = 1.0 - row[::-1]  # un-mirror, black colour: ink = 1 − value
    tone = np.clip(srgb_to_lstar(img[4]) / 100.0, 0, 1)
    assert np.max(np.abs(ink - curve(tone))) < 2.5 / 65535 + 1e-6
    assert len(np.unique(neg[4, :, 1])) > 3000  # 16-bit: far more than 256 levels
    assert np.all(np.diff(ink) >= -1e-9)  # lighter image → denser negative, never the reverse
    plain = make_negative(
        img, curve, "#000000", dpi, width_mm=400.0, border_mm=0.0, marks=False, strip=False, mirror=False
    )
    assert np.array_equal(plain.rgb_rows(0, 8), sheet.rgb_rows(0, 8)[:, ::-1])


def test_negative_colour():
    img = np.zeros((20, 40, 3), np.float32)
    img[:, 20:] = 1.0  # right half white: full ink
    sheet = make_negative(
        img,
        ToneCurve.identity(),
        "#7f3fbf",
        254.0,
        width_mm=4.0,
        border_mm=0.0,
        marks=False,
        strip=False,
        mirror=False,
    )
    rows = sheet.rgb_rows(0, sheet.height_px)
    assert tuple(rows[5, 35]) == (0x7F * 257, 0x3F * 257, 0xBF * 257)  # full ink: the colour itself
    assert tuple(rows[5, 5]) == (65535, 65535, 65535)  # black in the image: clear film


@pytest.mark.parametrize("dpi", [720.0, 1440.0, 2880.0])
def test_physical_size_of_tiff(tmp_path, dpi):
    img = photo("camera")[::4, ::4]  # 128 × 128, no resolution of its own
    sheet = make_negative(img, ToneCurve.identity(), "#000000", dpi, width_mm=30.0, border_mm=5.0)
    path = tmp_path / "n.tif"
    export_sheet(sheet, path, compress=True)
    with Image.open(path) as im:
        assert im.info["dpi"] == pytest.approx((dpi, dpi))
        w, h = im.size
    assert (w, h) == (sheet.width_px, sheet.height_px)
    x, y, iw, ih = sheet.image.box
    assert iw == round(30.0 / 25.4 * dpi) and ih == iw  # square image
    assert iw / dpi * 25.4 == pytest.approx(30.0, abs=25.4 / dpi)
    assert w / dpi * 25.4 == pytest.approx(30.0 + 10.0, abs=2 * 25.4 / (dpi / sheet.factor))
    with tifffile.TiffFile(path) as tf:
        page = tf.pages[0]
        assert page.tags["ResolutionUnit"].value == 2  # inch
        assert page.bitspersample == 16 and page.samplesperpixel == 3
    if shutil.which("tiffinfo"):
        out = subprocess.run(["tiffinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert f"Resolution: {dpi:g}, {dpi:g} pixels/inch" in out


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdfinfo, pdfimages) not installed")
@pytest.mark.parametrize("page", ["fit", "A4"])
def test_physical_size_of_pdf(tmp_path, page):
    dpi = 1440.0
    img = photo("coffee")[::4, ::4]
    sheet = make_negative(img, ToneCurve.identity(), "#4e8f63", dpi, width_mm=60.0)
    pdf = tmp_path / "n.pdf"
    export_sheet(sheet, None, pdf, page=page)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pw, ph = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    if page == "A4":
        # A4, turned to landscape for a landscape negative
        assert sheet.size_mm[0] > sheet.size_mm[1]
        assert (pw, ph) == pytest.approx((297 / 25.4 * 72, 210 / 25.4 * 72), abs=0.05)
    else:
        assert (pw, ph) == pytest.approx(
            (sheet.size_mm[0] / 25.4 * 72, sheet.size_mm[1] / 25.4 * 72), abs=0.05
        )
    lst = (
        subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
        .stdout.splitlines()[2]
        .split()
    )
    # page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
    assert int(lst[3]) == sheet.width_px and int(lst[4]) == sheet.height_px
    assert lst[5] == "rgb" and int(lst[7]) == 16
    assert float(lst[12]) == pytest.approx(dpi, abs=1) and float(lst[13]) == pytest.approx(dpi, abs=1)


def test_page_too_small_is_refused(tmp_path):
    sheet = make_negative(photo("camera")[::8, ::8], ToneCurve.identity(), "#000000", 300.0, width_mm=200.0)
    with pytest.raises(HybridStudioError, match="does not fit on A5"):
        export_sheet(sheet, None, tmp_path / "x.pdf", page="A5")
    assert not (tmp_path / "x.pdf").exists()


def _calibration_for_test_process():
    tones = np.linspace(0, 1, 21)
    white, clear = print_lstar(np.array([1.0, 0.0]))
    reading = WedgeReading(print_lstar(tones), float(white), float(clear))
    return calibrate(
        reading, {"process": "cyanotype", "negative_colour": "#a06fb8", "name": "test-cyanotype"}
    )


def test_negative_step_and_payload(tmp_path):
    cal = _calibration_for_test_process()
    cal_path = cal.save(tmp_path / "test.negcal.json")
    image = ImagePayload(photo("astronaut")[::2, ::2].copy(), dpi=None)
    params = validate_params(
        NegativeStep.params, {"calibration": str(cal_path), "dpi": 720.0, "width_mm": 80.0, "page": "A4"}
    )
    ctx = StepContext.standalone("negative")
    payload = NegativeStep().run(image, params, ctx)
    assert payload.kind == "negative"
    assert payload.sheet.colour == "#a06fb8"  # the calibration's colour
    assert payload.info["curve"] == "test-cyanotype"
    record = ProcessRecord(steps=[ctx.record])
    files = payload.save(tmp_path, "astro", record, ctx)
    names = sorted(p.name for p in files)
    assert names == [
        "astro-negative.pdf",
        "astro-negative.pdf.hybridstudio.json",
        "astro-negative.tif",
        "astro-negative.tif.hybridstudio.json",
    ]
    with tifffile.TiffFile(tmp_path / "astro-negative.tif") as tf:
        xmp = tf.pages[0].tags[700].value
    assert b"hybridstudio:ProcessRecord" in xmp and b"No AI used" in xmp
    import pikepdf

    with pikepdf.open(tmp_path / "astro-negative.pdf") as doc:
        pdf_xmp = doc.Root.Metadata.read_bytes()
    assert b"hybridstudio:ProcessRecord" in pdf_xmp
    side = json.loads((tmp_path / "astro-negative.tif.hybridstudio.json").read_text())
    assert side["steps"][0]["step"] == "negative"
    # the expected print is Prussian blue, darkest where the image is darkest
    exp = payload.preview_rgb()
    assert exp.shape[2] == 3 and exp[..., 2].mean() > exp[..., 0].mean()
    # saving again never overwrites
    again = payload.save(tmp_path, "astro", None, None)
    assert again[0].name == "astro-negative-2.tif"


def test_negative_step_errors_and_cancel(tmp_path):
    image = ImagePayload(photo("camera")[::8, ::8].copy(), dpi=None)
    params = validate_params(NegativeStep.params, {})
    with pytest.raises(HybridStudioError, match="width"):
        NegativeStep().run(image, params, StepContext.standalone())
    params = validate_params(
        NegativeStep.params, {"calibration": str(tmp_path / "missing.negcal.json"), "width_mm": 50.0}
    )
    with pytest.raises(HybridStudioError, match="missing.negcal.json"):
        NegativeStep().run(image, params, StepContext.standalone())
    params = validate_params(NegativeStep.params, {"width_mm": 50.0, "dpi": 720.0})
    ctx = StepContext.standalone()
    payload = NegativeStep().run(image, params, ctx)
    assert any("starting curve" in w for w in ctx.record.warnings)
    ctx.cancel.cancel()
    with pytest.raises(Cancelled):
        payload.save(tmp_path, "c", None, ctx)
    assert not list(tmp_path.glob("c-negative*"))  # nothing partial left behind


def test_print_preview_step_follows_the_calibration(tmp_path):
    cal_path = _calibration_for_test_process().save(tmp_path / "c.negcal.json")
    img = _ramp(1024, 4)
    params = validate_params(NegativePrintPreviewStep.params, {"calibration": str(cal_path)})
    out = NegativePrintPreviewStep().run(ImagePayload(img), params, StepContext.standalone())
    lstar = srgb_to_lstar(out.pixels[2])
    assert np.all(np.diff(lstar) > -0.05)  # monotone
    # calibrated: the expected print is linear in L* between the process's black and paper white
    target = lstar[0] + np.linspace(0, 1, lstar.size) * (lstar[-1] - lstar[0])
    assert np.max(np.abs(lstar - target)) < 2.0
    # and blue (cyanotype) in the shadows
    dark = out.pixels[2, 100]
    assert dark[2] > dark[0]
    # uncalibrated Van Dyke: brown
    params = validate_params(NegativePrintPreviewStep.params, {"process": "van-dyke"})
    out = NegativePrintPreviewStep().run(ImagePayload(img), params, StepContext.standalone())
    assert out.pixels[2, 100, 0] > out.pixels[2, 100, 2]


def test_steps_declare_craft_and_how_it_works():
    for step in (NegativeStep, NegativePrintPreviewStep):
        assert step.ai is None and step.category == "negative"
        assert "ChartThrob" in step.craft and "QuadToneRIP" in step.craft
        assert len(step.how_it_works) > 200


def test_bigtiff_beyond_4_gb(tmp_path, monkeypatch):
    """Past 3.9 GB of pixels (a 2880 dpi A4 negative is 4.7 GB) the TIFF becomes a BigTIFF; the
    threshold is lowered here so a small negative takes that path."""
    from hybridstudio.negative import export

    monkeypatch.setattr(export, "BIGTIFF_BYTES", 1000)
    sheet = make_negative(photo("camera")[::8, ::8], ToneCurve.identity(), "#000000", 300.0, width_mm=20.0)
    path = tmp_path / "big.tif"
    export_sheet(sheet, path, compress=True)
    with tifffile.TiffFile(path) as tf:
        assert tf.is_bigtiff
        assert tf.pages[0].shape == (sheet.height_px, sheet.width_px, 3)
    if shutil.which("tiffinfo"):
        out = subprocess.run(["tiffinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert "Resolution: 300, 300 pixels/inch" in out

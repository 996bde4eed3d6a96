"""The negative's PDF, streamed strip by strip: its image is the TIFF's pixels exactly (decoded by
qpdf through pikepdf, an independent Flate/PNG-predictor decoder), drawn at the exact physical size
in the middle of the page, with the process record as XMP, valid for qpdf, poppler and
Ghostscript; memory stays at a few strips; a cancel leaves no file behind."""

from __future__ import annotations

import shutil
import subprocess
import tracemalloc

import numpy as np
import pikepdf
import pytest
import tifffile

from hybridstudio.core.errors import Cancelled
from hybridstudio.negative.curve import ToneCurve
from hybridstudio.negative.export import ROWS_PER_STRIP, export_sheet
from hybridstudio.negative.make import make_negative
from hybridstudio.negative.streamed_pdf import StreamedImagePDF
from hybridstudio.testing import photo

PT = 72 / 25.4  # points per millimetre


def _sheet(dpi: float = 720.0, width_mm: float = 60.0):
    curve = ToneCurve.from_points([[0, 0], [0.3, 0.15], [0.7, 0.55], [1, 1]])
    return make_negative(photo("coffee")[::4, ::4], curve, "#a06fb8", dpi, width_mm=width_mm)


def _pdf_pixels(path) -> np.ndarray:
    with pikepdf.open(path) as doc:
        assert doc.check_pdf_syntax() == []
        (image,) = doc.pages[0].get_images().values()
        w, h = int(image.Width), int(image.Height)
        assert int(image.BitsPerComponent) == 16 and image.ColorSpace == pikepdf.Name.DeviceRGB
        data = image.read_bytes()  # qpdf undoes Flate and the PNG predictor
    return np.frombuffer(data, ">u2").reshape(h, w, 3)


def test_pdf_image_is_the_tiff_pixels(tmp_path):
    sheet = _sheet()
    assert sheet.height_px % ROWS_PER_STRIP != 0  # a short last strip too
    tif, pdf, alone = tmp_path / "n.tif", tmp_path / "n.pdf", tmp_path / "alone.pdf"
    export_sheet(sheet, tif, pdf, page="A4", compress=True)
    export_sheet(sheet, None, alone, page="A4")
    pixels = tifffile.imread(tif)
    assert pixels.shape == (sheet.height_px, sheet.width_px, 3)
    assert len(np.unique(pixels[..., 0])) > 1000  # a real 16-bit photo, not a flat sheet
    assert np.array_equal(_pdf_pixels(pdf), pixels)
    assert np.array_equal(_pdf_pixels(alone), pixels)  # PDF written alone: the same image


def test_pdf_page_and_image_placement(tmp_path):
    sheet = _sheet()
    iw, ih = sheet.size_mm
    for page, (pw, ph) in {"A4": (297.0, 210.0), "fit": (iw, ih)}.items():
        pdf = tmp_path / f"{page}.pdf"
        export_sheet(sheet, None, pdf, page=page)
        with pikepdf.open(pdf) as doc:
            pg = doc.pages[0]
            assert [float(v) for v in pg.MediaBox] == pytest.approx([0, 0, pw * PT, ph * PT], abs=1e-5)
            ops = list(pikepdf.parse_content_stream(pg))
        assert [str(op) for _, op in ops] == ["q", "cm", "Do", "Q"]
        assert ops[2][0] == [pikepdf.Name.Im0]
        cm = [[float(v) for v in ops[1][0]]]
        # exactly its physical size (width_px / dpi inches), centred on the page
        assert cm[0] == pytest.approx(
            [iw * PT, 0, 0, ih * PT, (pw - iw) * PT / 2, (ph - ih) * PT / 2], abs=1e-5
        )
        assert cm[0][0] == pytest.approx(sheet.width_px / sheet.dpi * 72, abs=1e-5)


def test_pdf_carries_the_process_record_and_reads_in_outside_tools(tmp_path):
    xmp = (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>No AI used (negative '
        b"100%)</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
        b'<?xpacket end="w"?>'
    )
    pdf = tmp_path / "n.pdf"
    export_sheet(_sheet(300.0, 40.0), None, pdf, page="A5", xmp=xmp)
    with pikepdf.open(pdf) as doc:
        assert doc.Root.Metadata.read_bytes() == xmp
        assert str(doc.docinfo.Title) == "HybridStudio digital negative"
        assert str(doc.docinfo.Producer).startswith("HybridStudio")
    if shutil.which("pdfinfo"):
        meta = subprocess.run(
            ["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert "No AI used (negative 100%)" in meta
    if shutil.which("gs"):  # Ghostscript renders it without complaint
        res = subprocess.run(
            ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", str(pdf)],
            capture_output=True,
            text=True,
        )
        assert res.returncode == 0 and not res.stdout.strip() and not res.stderr.strip()


def test_pdf_export_memory_stays_at_a_few_strips(tmp_path):
    """The old export held the whole compressed image (and the PDF) in memory; now it is strips."""
    sheet = _sheet(1016.0, 100.0)  # 40 px/mm: 4 800 × 3 900 px, 112 MB of 16-bit RGB
    raw = sheet.width_px * sheet.height_px * 6
    strip = ROWS_PER_STRIP * sheet.width_px * 6
    tracemalloc.start()
    try:
        export_sheet(sheet, None, tmp_path / "n.pdf", page="fit")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (tmp_path / "n.pdf").stat().st_size > raw / 20  # the image really went in
    assert peak < 8 * strip < raw / 3


def test_cancel_during_export_leaves_nothing(tmp_path):
    sheet = _sheet()
    calls = []

    def check():
        calls.append(1)
        if len(calls) > 4:  # after four strips were written
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_sheet(
            sheet, tmp_path / "n.tif", tmp_path / "n.pdf", page="A4", compress=True, check_cancelled=check
        )
    assert list(tmp_path.iterdir()) == []  # neither file nor any temporary file


def test_streamed_pdf_refuses_a_wrong_number_of_rows(tmp_path):
    with open(tmp_path / "x.pdf", "wb") as fh:
        writer = StreamedImagePDF(fh, 8, 4, (100.0, 100.0), (10.0, 5.0))
        writer.write(np.zeros((3, 8, 3), np.uint16))
        with pytest.raises(ValueError, match="3 rows written of 4"):
            writer.close()
        with pytest.raises(ValueError, match="more than the 4 rows"):
            writer.write(np.zeros((2, 8, 3), np.uint16))
        with pytest.raises(ValueError, match="expected"):
            writer.write(np.zeros((1, 7, 3), np.uint16))

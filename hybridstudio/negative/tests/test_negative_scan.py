"""The scan reader on rotated, scaled, skewed, cropped, mirrored, noisy and dusty scans, 8- and
16-bit files, and its errors when the target is not there."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.core.errors import InputError
from hybridstudio.negative.curve import ToneCurve
from hybridstudio.negative.scan import read_scan
from hybridstudio.negative.target import LAYOUTS, MARKER_MM, make_target
from hybridstudio.testing import photo
from hybridstudio.testing.negative_sim import print_lstar, save_scan, scan, sheet_ink, synthetic_print

TRUTH = print_lstar(np.linspace(0, 1, 21))


@pytest.fixture(scope="module")
def printed():
    sheet = make_target(21, ToneCurve.identity(), "#000000", 240.0)
    return sheet, synthetic_print(sheet_ink(sheet))


@pytest.mark.parametrize(
    ("angle", "scale", "skew"), [(4.0, 0.6, 0.0), (-4.5, 1.25, 0.015), (0.0, 0.45, -0.02), (90.0, 0.8, 0.0)]
)
def test_geometry_variations(printed, angle, scale, skew):
    _, pr = printed
    reading, geom = read_scan(scan(pr, angle=angle, scale=scale, skew=skew, seed=int(abs(angle) * 10)))
    assert np.max(np.abs(reading.lstar - TRUTH)) < 1.0
    assert geom.rms_error_mm < 0.3
    assert geom.scale_px_per_mm == pytest.approx(240 / 25.4 * scale, rel=0.05)


def test_heavy_noise_and_dust_are_trimmed(printed):
    _, pr = printed
    scanned = scan(pr, angle=2.0, scale=0.7, noise=0.03, dust=4000, seed=5)
    reading, _ = read_scan(scanned)
    assert np.max(np.abs(reading.lstar - TRUTH)) < 1.5
    assert reading.spread is not None and np.all(reading.spread > 0)


def test_cropped_scans(printed):
    sheet, pr = printed
    scanned = scan(pr, angle=0.0, scale=1.0, dust=0, pad=5)
    h, w = scanned.shape[:2]
    marker_px = int(MARKER_MM / 25.4 * 240)
    # tight crop: the lid border gone, the corner marks touching the edge
    tight = scanned[12 : h - 12, 12 : w - 12]
    assert np.max(np.abs(read_scan(tight)[0].lstar - TRUTH)) < 1.0
    # bottom-right fiducial cut off: three are enough
    cut = scanned.copy()
    cut[h - marker_px - 60 :, w - marker_px - 60 :] = 0.96
    reading, geom = read_scan(cut)
    assert len(geom.markers_found) == 3
    assert np.max(np.abs(reading.lstar - TRUTH)) < 1.0
    # the whole bottom edge cut off: the label and two fiducials gone, two left (affine)
    reading, geom = read_scan(scanned[: h - marker_px - 120])
    assert geom.markers_found == [0, 1]
    assert np.max(np.abs(reading.lstar - TRUTH)) < 1.5


def test_mirrored_scan_is_read(printed):
    _, pr = printed
    reading, geom = read_scan(scan(pr, angle=1.0, scale=0.8)[:, ::-1].copy())
    assert geom.mirrored
    assert any("mirrored" in n for n in reading.notes)
    assert np.max(np.abs(reading.lstar - TRUTH)) < 1.0


@pytest.mark.parametrize("bits", [8, 16])
def test_scan_files(tmp_path, printed, bits):
    _, pr = printed
    path = save_scan(scan(pr, angle=-2.0, scale=0.8), tmp_path / f"scan{bits}.png", bits=bits)
    reading, _ = read_scan(path)
    assert reading.source == path.name
    assert np.max(np.abs(reading.lstar - TRUTH)) < 1.0


def test_no_target_errors(tmp_path, printed):
    sheet, pr = printed
    with pytest.raises(InputError, match="no step-wedge fiducials"):
        read_scan(np.full((800, 600, 3), 0.95, np.float32))
    with pytest.raises(InputError, match="no step-wedge fiducials"):
        read_scan(photo("astronaut"))
    # the negative itself scanned instead of the print: clear marks on dense ink are not fiducials
    negative = 1.0 - sheet_ink(sheet)[:, ::-1]
    with pytest.raises(InputError, match="no step-wedge fiducials"):
        read_scan(np.repeat(negative[..., None], 3, axis=2))
    # only one fiducial left
    scanned = scan(pr, angle=0.0, scale=1.0, dust=0)
    h, w = scanned.shape[:2]
    with pytest.raises(InputError, match="only 1 of the 4"):
        read_scan(scanned[: h // 2, : w // 2])
    # an unexposed sheet (every patch paper white, fiducials still visible): no tonal scale
    ink = sheet_ink(sheet)
    px = 240.0 / 25.4
    for x, y, bw, bh in LAYOUTS[21].patch_boxes():
        ink[round(y * px) : round((y + bh) * px), round(x * px) : round((x + bw) * px)] = 1.0
    with pytest.raises(InputError, match="not lighter than the clear-film"):
        read_scan(scan(synthetic_print(ink), angle=1.0))


def test_file_errors(tmp_path):
    with pytest.raises(InputError, match="file not found") as err:
        read_scan(tmp_path / "missing.tif")
    assert "missing.tif" in str(err.value)
    bad = tmp_path / "corrupt.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with pytest.raises(InputError, match="not a readable image") as err:
        read_scan(bad)
    assert "corrupt.png" in str(err.value)

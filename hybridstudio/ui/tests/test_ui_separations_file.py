"""The app opens separations made elsewhere in one file (a multichannel TIFF with named inks), not
only folders: the print, plate and film views come up as for a separations folder."""

from __future__ import annotations

import numpy as np
import pytest
import tifffile
from skimage import data

from hybridstudio.testing.ui import make_window, wait_jobs
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_open_a_separated_tiff_with_ink_names(qtbot, tmp_path):
    rgb = data.coffee()[::4, ::4].astype(np.float32) / 255.0
    lum = rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    covs = [
        np.clip(1 - lum, 0, 1),
        np.clip(rgb[..., 0] - lum, 0, 1),
        np.clip(rgb[..., 2] - lum, 0, 1),
        np.clip(0.5 - lum, 0, 1),
    ]  # tifffile writes 'separated' with four inks or more
    path = tmp_path / "shop.tif"
    tifffile.imwrite(
        path,
        np.stack([np.round(c * 255).astype(np.uint8) for c in covs], -1),
        photometric="separated",
        extratags=[(332, "H", 1, 2, True), (333, "s", 0, "Black\0Bright Red\0Blue\0Yellow\0", True)],
        resolution=(300, 300),
        resolutionunit="INCH",
    )
    w = make_window(qtbot)
    assert w.acts.open_seps_file in w.menu_file.actions()
    job = w.studio.open_separations(path)
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    keys = [v.key for v in w.model.views]
    assert keys[0] == "print" and "sep:3" in keys and "film:0" in keys
    names = [s.ink.name for s in w.model.source.separations]
    assert names == ["Black", "Bright Red", "Blue", "Yellow"]
    assert w.model.source.dpi == pytest.approx(300.0)
    w.set_language("fr")
    qtbot.wait(50)
    try:
        assert w.acts.open_seps_file.text() == "Ouvrir un &fichier de séparations…"
    finally:
        w.set_language("en")

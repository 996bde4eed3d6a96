"""Screen geometry: device-grid quantisation, measured on the rendered 1-bit pixels."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.core.errors import ParamError
from hybridstudio.screening.geometry import grey_levels, quantise_screen
from hybridstudio.screening.render import PlaneScreener
from hybridstudio.screening.spec import ScreenSpec
from hybridstudio.testing.screening import angle_diff, fft_screen


def test_rokicki_example_from_the_literature():
    # Rokicki (comp.lang.postscript, 1991): 720 dpi, 55 lpi, 22.5° → cell (12, 5), 22.62°, 55.38 lpi
    g = quantise_screen(720, 55, 22.5)
    assert (g.x, g.y) == (12, 5)
    assert g.achieved_angle == pytest.approx(22.62, abs=0.01)
    assert g.achieved_lpi == pytest.approx(55.38, abs=0.01)


@pytest.mark.parametrize(
    ("dpi", "lpi", "levels"),
    [(720, 55, 172), (720, 65, 124), (1440, 55, 686), (2400, 65, 1364), (600, 71, 72), (600, 106, 33)],
)
def test_grey_levels_match_the_published_table(dpi, lpi, levels):
    assert grey_levels(dpi, lpi) == levels


def _flat(dpi, lpi, angle, shape="round", coverage=0.3, size=1024):
    spec = ScreenSpec(dpi=dpi, lpi=lpi, shape=shape)
    src = np.full((size, size), int(coverage * 65535), np.uint16)
    screener = PlaneScreener(src, size, size, spec, angle)
    return screener, screener.rows(0, size)


@pytest.mark.parametrize(
    ("dpi", "lpi", "angle", "shape"),
    [
        (1200, 55, 22.5, "round"),
        (720, 55, 22.5, "round"),
        (1200, 45, 75.0, "euclidean"),
        (600, 71, 45.0, "diamond"),
        (2400, 65, 15.0, "round"),
        (1440, 40, 7.5, "square"),
        (1200, 50, -30.0, "round"),
        (1200, 50, 105.0, "euclidean"),
    ],
)
def test_reported_angle_and_ruling_are_what_the_film_carries(dpi, lpi, angle, shape):
    screener, ink = _flat(dpi, lpi, angle, shape)
    rep = screener.describe()
    lpi_m, angle_m = fft_screen(ink, dpi)
    assert angle_diff(angle_m, rep["angle"]) < 0.25, (angle_m, rep)
    assert lpi_m == pytest.approx(rep["lpi"], rel=0.006), (lpi_m, rep)


def test_reported_values_are_achieved_not_requested():
    # at 1200 dpi a 22.5° / 55 lpi request lands 0.7° off: the report must follow the film
    screener, ink = _flat(1200, 55, 22.5)
    rep = screener.describe()
    lpi_m, angle_m = fft_screen(ink, 1200)
    assert angle_diff(rep["angle"], 22.5) > 0.5
    assert angle_diff(angle_m, 22.5) > 0.5
    assert angle_diff(angle_m, rep["angle"]) < 0.25
    assert rep["angle_requested"] == 22.5 and rep["lpi_requested"] == 55


def test_angles_turn_counter_clockwise_on_the_film():
    # a line screen at 30°: along the lines, going right means going UP the film (rows decrease)
    screener, ink = _flat(1200, 40, 30.0, "line", coverage=0.5, size=600)
    # correlation of the pattern with itself shifted along +30° (dx, -dy) beats -30° (dx, +dy)
    dx, dy = 52, 30
    up = np.mean(ink[dy:, :-dx] == ink[:-dy, dx:])
    down = np.mean(ink[:-dy, :-dx] == ink[dy:, dx:])
    assert up > 0.9 > down


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"lpi": 400.0}, "lpi"),
        ({"lpi": 2.0}, "lpi"),
        ({"angles": [200.0]}, "angles"),
        ({"dpi": 10.0}, "dpi"),
        ({"shape": "star"}, "shape"),
        ({"method": "halftone"}, "method"),
        ({"min_dot": 60.0}, "min_dot"),
    ],
)
def test_out_of_range_settings_are_refused(kwargs, name):
    with pytest.raises(ParamError) as err:
        ScreenSpec(**kwargs).validate()
    assert err.value.name == name


def test_cell_smaller_than_four_pixels_is_refused():
    with pytest.raises(ParamError, match="at most 75 lpi"):
        quantise_screen(300, 100, 45)

"""The advisor's warnings: ruling vs mesh, moiré by formula, dots the mesh cannot hold, grey levels."""

from __future__ import annotations

import math

import numpy as np
import pytest

from hybridstudio.film import FilmJob, FilmOptions
from hybridstudio.screening import advisor
from hybridstudio.screening.spec import ScreenSpec
from hybridstudio.separation.sets import Ink, Separation, SeparationSet


@pytest.mark.parametrize(("alpha", "inches"), [(5, 0.21), (15, 0.07), (30, 0.035)])
def test_beat_period_matches_the_published_figures(alpha, inches):
    # print.md: two 55 lpi screens beat with d = p / (2 sin(α/2)): 0.21″ at 5°, 0.07″ at 15°, 0.035″ at 30°
    assert advisor.beat_period(55, 55, alpha) == pytest.approx(inches, rel=0.05)


def test_beat_period_of_two_rulings_at_the_same_angle():
    assert advisor.beat_period(60, 55, 0) == pytest.approx(1 / 5)
    assert math.isinf(advisor.beat_period(55, 55, 0))


def topics(advice, level="warning"):
    return [a.topic for a in advice if a.level == level]


def test_ruling_too_fine_for_the_mesh():
    too_fine = advisor.mesh_advice(65, 22.5, 230, 0, "Black")  # 230/65 = 3.5
    assert "mesh" in topics(too_fine)
    msg = next(a.message for a in too_fine if a.topic == "mesh")
    assert "57 lpi" in msg and "46 lpi" in msg  # mesh/4 and mesh/5
    assert "mesh" not in topics(advisor.mesh_advice(45, 22.5, 230, 0, "Black"))  # 5.1 threads/line


@pytest.mark.parametrize(
    ("angle", "warned"), [(0.0, True), (45.0, True), (88.0, True), (22.5, False), (7.5, False), (52.5, False)]
)
def test_screen_along_the_weave_beats_with_the_mesh(angle, warned):
    advice = advisor.mesh_advice(45, angle, 230, 0, "Black")
    assert ("mesh-moire" in topics(advice)) is warned


def test_dots_the_mesh_cannot_hold():
    cell = 25.4 / 55
    assert topics(advisor.min_dot_advice(cell, 0.02, 230, "Cyan")) == ["min-dot"]
    assert topics(advisor.min_dot_advice(cell, 0.10, 230, "Cyan")) == []
    msg = advisor.min_dot_advice(cell, 0.02, 230, "Cyan")[0].message
    assert "110 µm" in msg  # 25.4 mm / 230 = one opening plus one thread


def test_too_few_grey_levels_says_how_many():
    advice = advisor.grey_level_advice(600, 71, 72)
    assert topics(advice) == ["grey-levels"] and "72 grey levels" in advice[0].message
    assert advisor.grey_level_advice(1200, 55, 464) == []


def _job(angles, inks=("Cyan", "Magenta"), **spec):
    rng = np.random.default_rng(1)
    cols = {"Cyan": (0, 0.6, 0.9), "Magenta": (0.9, 0, 0.5), "Yellow": (1, 0.9, 0), "Black": (0, 0, 0)}
    seps = [Separation(Ink(n, cols[n]), rng.random((60, 60), np.float32), k) for k, n in enumerate(inks, 1)]
    return FilmJob(
        SeparationSet(seps, Ink("paper", (1, 1, 1)), 150.0),
        ScreenSpec(angles=list(angles), **spec),
        FilmOptions(page="A4"),
    )


def test_job_warns_about_strong_colours_close_in_angle():
    assert "moire" in topics(_job([22.5, 30.0]).advice)
    assert "moire" not in topics(_job([22.5, 52.5]).advice)
    # Yellow 15° from Cyan is the classic compromise: a note, not a warning
    job = _job([22.5, 7.5], inks=("Cyan", "Yellow"))
    assert "moire" not in topics(job.advice) and "moire" in topics(job.advice, "note")


def test_job_with_mesh_and_low_resolution_warns():
    job = _job([], lpi=65.0, dpi=600.0, mesh=230.0, min_dot=2.0)
    found = set(topics(job.advice))
    assert {"mesh", "min-dot", "grey-levels"} <= found


def test_default_angles_put_the_darkest_inks_30_degrees_apart():
    job = _job([], inks=("Yellow", "Magenta", "Cyan", "Black"))
    angles = {f.ink: f.achieved["angle_requested"] for f in job.films}
    assert angles["Black"] == 52.5 and angles["Yellow"] == 7.5
    for a, b in (("Black", "Magenta"), ("Magenta", "Cyan"), ("Black", "Cyan")):
        d = abs(angles[a] - angles[b]) % 90
        assert min(d, 90 - d) == pytest.approx(30.0)

"""Options declared once: the films step's recipe parameters, the `films` flags and the form labels
all come from ScreenSpec and FilmOptions; Progress maps sub-work and cancels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from hybridstudio.core.cancel import CancelToken
from hybridstudio.core.errors import Cancelled, ParamError
from hybridstudio.core.options import build, fields_of, option, params_of, values_of
from hybridstudio.core.progress import Progress
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.step import Step, get_step, register
from hybridstudio.film.job import FilmOptions
from hybridstudio.parser import build_parser
from hybridstudio.screening.spec import ScreenSpec
from hybridstudio.screening.spots import SPOT_FUNCTIONS, DotShape, spot_values

ROOT = Path(__file__).resolve().parents[3]


def test_films_step_parameters_are_the_screening_and_page_options():
    step = get_step("films")
    assert step.params == params_of(ScreenSpec, FilmOptions)
    lpi = step.param("lpi")
    assert (lpi.default, lpi.minimum, lpi.maximum, lpi.unit) == (55.0, 5.0, 300.0, "lpi")
    assert lpi.title == "Ruling" and all(p.label for p in step.params)
    assert step.param("shape").choices == DotShape.ids()


def test_command_flags_parse_into_the_same_options():
    args = build_parser().parse_args(
        [
            "films",
            "seps",
            "-o",
            "x.pdf",
            "--fm-dot",
            "30",
            "--shape",
            "round",
            "--mesh",
            "90/cm",
            "--angles",
            "15,75",
            "--mirror",
        ]
    )
    spec = build(ScreenSpec, vars(args))
    assert spec.fm_dot_um == 30.0 and spec.shape is DotShape.ROUND
    assert spec.mesh == pytest.approx(90 * 2.54) and spec.angles == [15.0, 75.0]
    assert build(FilmOptions, vars(args)).mirror is True
    defaults = build_parser().parse_args(["films", "seps", "-o", "x.pdf"])
    assert values_of(build(ScreenSpec, vars(defaults))) == values_of(ScreenSpec())


def test_out_of_range_values_are_refused_the_same_way_everywhere():
    with pytest.raises(ParamError, match="lpi"):
        build(ScreenSpec, {"lpi": 500.0})
    with pytest.raises(ParamError, match="lpi"):
        ScreenSpec(lpi=500.0).validate()
    with pytest.raises(SystemExit):
        build_parser().parse_args(["films", "s", "--shape", "star"])


def test_shipped_film_recipes_load_unchanged_and_build_their_options():
    recipes = sorted((ROOT / "resources" / "recipes").glob("films-*.toml"))
    assert recipes
    for path in recipes:
        recipe = Recipe.load(path)
        [films] = [s for s in recipe.steps if s.kind == "films"]
        spec, page = get_step("films")().bind(films.params)
        assert isinstance(spec.shape, DotShape) and spec.lpi == films.params["lpi"]
        assert page.page == films.params["page"]


def test_every_dot_shape_has_its_spot_function():
    assert set(SPOT_FUNCTIONS) == set(DotShape)
    import numpy as np

    u, v = np.meshgrid(np.linspace(-1, 1, 9), np.linspace(-1, 1, 9))
    for shape in DotShape:
        s = spot_values(shape.value, u, v)
        assert s[4, 4] == s.min()  # the dot starts at the cell centre


def test_a_step_must_label_its_options_and_declare_them_once():
    @dataclass
    class Unlabelled:
        amount: float = option(1.0)

    class Bad(Step):
        id = "test-unlabelled"
        title = "t"
        description = "d"
        options = (Unlabelled,)

        def run(self, data, params, ctx):
            return data

    with pytest.raises(TypeError, match="no label"):
        register(Bad)
    with pytest.raises(TypeError, match="not both"):

        class Both(Step):
            options = (ScreenSpec,)
            params = ()

    assert [f.name for f in fields_of(ScreenSpec)][:3] == ["method", "dpi", "lpi"]


def test_progress_maps_sub_work_and_stops_when_cancelled():
    seen: list[tuple[float, str]] = []
    token = CancelToken()
    whole = Progress(lambda f, m: seen.append((round(f, 3), m)), token)
    second = whole.sub(0.5, 0.5)
    second.set(0.5, "half of the second half")
    second.sub(0.5, 0.5).set(1.0, "end")
    assert seen == [(0.75, "half of the second half"), (1.0, "end")]
    Progress.none().set(0.3)  # reports nowhere
    token.cancel()
    with pytest.raises(Cancelled):
        second.check_cancelled()
    assert [round(p._offset, 2) for p in whole.steps(4)] == [0.0, 0.25, 0.5, 0.75]

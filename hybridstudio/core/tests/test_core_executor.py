"""Executor: cache hits and misses, cancellation leaving nothing behind, output naming."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.core.cache import ResultCache
from hybridstudio.core.cancel import CancelToken
from hybridstudio.core.errors import Cancelled
from hybridstudio.core.executor import Executor
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.settings import Settings
from hybridstudio.io.images import save_image
from hybridstudio.testing import photo

RECIPE = """
hybridstudio_recipe = 1
name = "Cache test"
[[steps]]
kind = "print_size"
width_mm = 120
dpi = 150
[[steps]]
kind = "greyscale"
[[steps]]
kind = "levels"
gamma = {gamma}
"""


def recipe(gamma: float = 1.0) -> Recipe:
    return Recipe.loads(RECIPE.format(gamma=gamma))


@pytest.fixture()
def image() -> ImagePayload:
    return ImagePayload(photo("coffee"), source="coffee.png")


def test_changing_a_late_step_reuses_the_early_ones(image):
    ex = Executor(Settings())
    first = ex.run(recipe(1.0), [image])[0]
    assert not any(s.cached for s in first.record.steps)
    again = ex.run(recipe(1.0), [image])[0]
    assert all(s.cached for s in again.record.steps)
    np.testing.assert_array_equal(again.payload.pixels, first.payload.pixels)
    changed = ex.run(recipe(1.6), [image])[0]
    assert [s.cached for s in changed.record.steps] == [True, True, False]
    assert not np.array_equal(changed.payload.pixels, first.payload.pixels)


def test_different_input_content_misses(image):
    ex = Executor(Settings())
    ex.run(recipe(), [image])
    other = ImagePayload(np.ascontiguousarray(image.pixels[::-1]), source="coffee.png")
    res = ex.run(recipe(), [other])[0]
    assert not any(s.cached for s in res.record.steps)


def test_cache_respects_its_byte_limit(image):
    one_result = 120 / 25.4 * 150
    cache = ResultCache(limit_bytes=int((one_result**2) * 0.7 * 12 * 2.5))
    ex = Executor(Settings(), cache)
    for g in (1.0, 1.2, 1.4, 1.6):
        ex.run(recipe(g), [image])
        assert cache.size_bytes <= cache.limit_bytes
    assert len(cache) < 3 * 4


def test_cancel_inside_a_run_leaves_no_files(tmp_path, image):
    token = CancelToken()

    def progress(f, msg):
        if "writing" in msg or "Levels" in msg:
            token.cancel()

    with pytest.raises(Cancelled):
        Executor(Settings()).run(recipe(), [image], tmp_path / "out", cancel=token, on_progress=progress)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_cancel_while_saving_leaves_no_files(tmp_path, image):
    token = CancelToken()
    out = tmp_path / "out"

    def progress(f, msg):
        if msg == "writing outputs":
            token.cancel()

    with pytest.raises(Cancelled):
        Executor(Settings()).run(recipe(), [image], out, cancel=token, on_progress=progress)
    assert list(out.iterdir()) == []


def test_outputs_never_replace_inputs_or_each_other(tmp_path):
    src = tmp_path / "photo.png"
    save_image(ImagePayload(photo("chelsea")), src)
    before = src.read_bytes()
    ex = Executor(Settings())
    r1 = ex.run(recipe(), [src], tmp_path)[0]
    r2 = ex.run(recipe(), [src], tmp_path)[0]
    assert src.read_bytes() == before
    assert r1.outputs[0] != r2.outputs[0] and r1.outputs[0].exists() and r2.outputs[0].exists()
    assert r2.outputs[0].name.endswith("-2.png")
    assert r2.outputs[1].name == r2.outputs[0].name + ".hybridstudio.json"


def test_job_reports_its_cost(image):
    res = Executor(Settings()).run(recipe(), [image])[0]
    assert res.cost["wall_s"] > 0 and res.cost["energy_wh"] > 0
    assert res.cost["estimated"] in (True, False) and res.cost["methods"]


def test_small_jobs_keep_their_carbon_figure():
    from hybridstudio.core.cost import CostEntry, CostMeter, PowerFigures, describe

    meter = CostMeter(PowerFigures(grid_gco2_per_kwh=60.0))
    meter.add(CostEntry("step", "cpu", 0.1, 0.17, 1.26, "estimate"))  # 1.26 J = 0.35 mWh
    totals = meter.totals()
    assert totals["gco2e"] > 0
    assert abs(totals["gco2e"] - 1.26 / 3600 / 1000 * 60) < 1e-9
    assert "0.35 mWh (estimate), 0.02 mgCO2e" in describe(totals)


def test_nested_measurements_are_not_counted_twice():
    from hybridstudio.core.cost import CostMeter

    meter = CostMeter()
    with meter.measure("step", "cpu"):
        with meter.measure("inference", "cpu"):
            sum(i * i for i in range(200_000))
        with meter.measure("inference", "cuda"):
            pass
    with meter.measure("next step", "cpu"):
        sum(i * i for i in range(100_000))
    inner, gpu, outer, nxt = meter.entries
    assert (inner.label, inner.included) == ("inference", False)
    assert gpu.included and outer.included and nxt.included
    totals = meter.totals()
    assert abs(totals["cpu_s"] - round(outer.cpu_s + nxt.cpu_s, 3)) < 2e-3
    assert outer.cpu_s >= inner.cpu_s

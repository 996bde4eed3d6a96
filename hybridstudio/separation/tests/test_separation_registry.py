"""The separation-method registry: one module per method, a short dispatcher, one lookup wording."""

from __future__ import annotations

import numpy as np
import pytest
from skimage import data

from hybridstudio.core.errors import ParamError
from hybridstudio.core.params import lookup
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.separation import methods
from hybridstudio.separation.api import SeparateOptions, separate
from hybridstudio.separation.methods import Method, Planes, all_methods, get_method, register
from hybridstudio.separation.sets import Separation
from hybridstudio.steps.separate import Separate


def test_every_method_module_registers_itself_in_list_order():
    assert tuple(all_methods()) == ("spot", "stock", "index", "cmyk", "simulated")
    choice = next(p for p in Separate.params if p.name == "method")
    assert choice.choices == tuple(all_methods())
    for m in all_methods().values():
        assert m.label and callable(m.run)


def test_unknown_method_is_a_param_error_with_a_suggestion():
    with pytest.raises(ParamError, match=r"unknown separation method 'stok' \(did you mean 'stock'\?\)"):
        get_method("stok")


def test_a_new_method_is_one_registration_and_separate_dispatches_to_it():
    """A method registered from outside the package runs through the whole pipeline: geometry,
    resampling, the predicted print and the report."""

    def darkest(job):
        grey = job.rgb.mean(axis=2)
        ink = job.library.get("Black")
        return Planes([Separation(ink, (grey < 0.5).astype(np.float32), 1, "spot")])

    register(Method("threshold-black", "Black where the image is dark", darkest, order=999, library="riso"))
    try:
        img = ImagePayload(data.camera()[::8, ::8, None].repeat(3, axis=2).astype(np.float32) / 255.0)
        sepset = separate(img, SeparateOptions(method="threshold-black", dpi=64.0))
        assert sepset.report["method"] == "threshold-black"
        assert [s.ink.name for s in sepset.separations] == ["Black"]
        assert sepset.report["process"] == "riso"  # the method's default library set the process
        cov = sepset.separations[0].coverage
        assert cov.shape == img.pixels.shape[:2]
        grey = img.pixels.mean(axis=2)
        assert cov[grey < 0.3].mean() > 0.9 and cov[grey > 0.7].mean() < 0.1
    finally:
        methods._METHODS.pop("threshold-black")


def test_lookup_names_the_known_keys_and_raises_the_callers_error():
    table = {"portra-400": 1, "tri-x-400": 2}
    assert lookup(table, "tri-x-400", "film stock") == 2
    with pytest.raises(
        ValueError,
        match=r"unknown film stock 'trix-400' \(did you mean 'tri-x-400'\?\); "
        r"known stocks: portra-400, tri-x-400$",
    ):
        lookup(table, "trix-400", "film stock", error=ValueError, known="stocks")
    with pytest.raises(KeyError, match=r"unknown model 'x'; see the list"):
        lookup(table, "x", "model", known=None, hint="; see the list")

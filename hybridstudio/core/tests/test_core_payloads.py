"""Payload kinds save through the writer their engine registers; the core calls no engine back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pytest
from PIL import Image

from hybridstudio.core.context import StepContext
from hybridstudio.core.payloads import write_payload
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.separation.sets import Ink, Separation, SeparationSet


@dataclass
class _Unknown:
    kind: ClassVar[str] = "no-such-kind"


def test_a_kind_without_a_writer_is_named(tmp_path):
    with pytest.raises(KeyError, match="no writer is registered for 'no-such-kind' payloads"):
        write_payload(_Unknown(), tmp_path, "x", ProcessRecord(), StepContext.standalone())


def test_separations_save_through_the_separation_engines_writer(tmp_path):
    """A set made here is written as a separations folder that Pillow (libtiff) reads back."""
    ramp = np.tile(np.linspace(0, 1, 64, dtype=np.float32), (32, 1))
    sepset = SeparationSet(
        [Separation(Ink("black", (0.0, 0.0, 0.0)), ramp, 1)],
        Ink("paper", (1.0, 1.0, 1.0), opacity="opaque"),
        dpi=300,
    )
    files = sepset.save(tmp_path, "job", ProcessRecord(), StepContext.standalone())
    tif = next(p for p in files if p.suffix == ".tif")
    plane = np.asarray(Image.open(tif))  # LZW decoded by libtiff
    assert plane.shape == (32, 64)
    assert plane[0, 0] > plane[0, -1]  # ink is dark: no ink on the left, solid on the right
    meta = json.loads(next(p for p in files if p.name == "separations.json").read_text())
    assert meta["format"] == "hybridstudio-separations"

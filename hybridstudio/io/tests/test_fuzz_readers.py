"""Property-based fuzzing of every reader of a user-supplied file: whatever the bytes, a reader
returns a value or raises HybridStudio's own one-line error — never another exception. Examples
are few (CI time); run with HYPOTHESIS_PROFILE=long for a deeper search."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from hybridstudio.core.errors import HybridStudioError

settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# JSON-like values, including NaN/inf, huge numbers, wrong types and nesting
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)


def _write(data: bytes | str, name: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hs-fuzz-"))
    path = folder / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


def _accepts_or_refuses(fn, *args) -> None:
    try:
        fn(*args)
    except HybridStudioError as exc:
        assert str(exc).strip(), "an error must say what is wrong"


@given(st.text(max_size=400))
def test_recipe_text(text):
    from hybridstudio.core.recipe import Recipe

    _accepts_or_refuses(Recipe.loads, "hybridstudio_recipe = 1\n" + text, "fuzz.toml")
    _accepts_or_refuses(Recipe.loads, text, "fuzz.toml")


@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(
                ["kind", "width_mm", "dpi", "filter", "label", "enabled", "path", "grain", "amount"]
            ),
            scalars,
            max_size=4,
        ),
        max_size=4,
    )
)
def test_recipe_steps(steps):
    from hybridstudio.core.recipe import Recipe

    _accepts_or_refuses(Recipe.from_dict, {"hybridstudio_recipe": 1, "steps": steps}, "fuzz.toml")


def _calibration_doc(points, knots, process, colour, extra):
    return {
        "format": "hybridstudio-negative-calibration",
        "version": 1,
        "process": process,
        "negative_colour": colour,
        "curve": {"points": points, "knots": knots},
        **extra,
    }


@given(
    values,
    st.one_of(st.integers(-5, 10**9), scalars),
    st.one_of(st.just("cyanotype"), scalars),
    st.one_of(st.just("#7a4fa0"), scalars),
    st.dictionaries(st.sampled_from(["rounds", "response", "version"]), values),
)
def test_calibration_json(points, knots, process, colour, extra):
    from hybridstudio.negative.calibration import Calibration

    doc = _calibration_doc(points, knots, process, colour, extra)
    path = _write(json.dumps(doc, allow_nan=True), "fuzz.negcal.json")
    _accepts_or_refuses(Calibration.load, path)


@given(
    st.lists(
        st.tuples(
            st.one_of(st.integers(-3, 10**12).map(str), st.text(max_size=6)),
            st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr), st.text(max_size=6)),
        ),
        max_size=40,
    ),
    st.sampled_from(["patch,L", "patch,density", "step;d", "id\tl*", "nonsense"]),
)
def test_readings_csv(rows, header):
    from hybridstudio.negative.readings import read_csv

    sep = ";" if ";" in header else ("\t" if "\t" in header else ",")
    text = header + "\n" + "\n".join(f"{a}{sep}{b}" for a, b in rows)
    _accepts_or_refuses(read_csv, _write(text, "fuzz.csv"))


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "LUT_3D_SIZE 2",
                    "LUT_1D_SIZE 3",
                    "LUT_3D_SIZE 0",
                    "LUT_3D_SIZE 99999",
                    "DOMAIN_MIN 0 0 0",
                    "DOMAIN_MAX 1 1 1",
                    "DOMAIN_MIN 1 1 1",
                    "DOMAIN_MAX 0 0 0",
                    'TITLE "x"',
                    "LUT_3D_INPUT_RANGE 1 0",
                    "0 0 0",
                    "1 1 1",
                    "0.5 nan 0",
                    "inf 0 0",
                    "# comment",
                ]
            ),
            st.text(max_size=12),
        ),
        max_size=14,
    )
)
def test_cube_files(lines):
    from hybridstudio.analog.cube import read_cube

    _accepts_or_refuses(read_cube, _write("\n".join(lines), "fuzz.cube"))


@given(values, st.one_of(st.integers(-5, 10**9), scalars), st.lists(values, max_size=3))
def test_separations_index(report, dpi, entries):
    from hybridstudio.separation.export import load_separations

    doc = {
        "format": "hybridstudio-separations",
        "version": 1,
        "dpi": dpi,
        "report": report,
        "separations": entries,
    }
    path = _write(json.dumps(doc, allow_nan=True), "separations.json")
    _accepts_or_refuses(load_separations, path.parent)


@given(values)
def test_sidecar_records_for_info(record):
    from hybridstudio.cli import main

    out = _write(b"not an image", "out.png")
    (out.parent / "out.png.hybridstudio.json").write_text(json.dumps(record, allow_nan=True))
    assert main(["info", str(out)]) in (0, 1)


@given(st.text(max_size=200), values)
def test_xmp_packets(text, record):
    from hybridstudio.core.provenance import record_from_xmp

    payload = json.dumps(record, allow_nan=True)
    for xmp in (
        text,
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/">{text}</x:xmpmeta>',
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
        f'02/22-rdf-syntax-ns#"><rdf:Description xmlns:hybridstudio="https://hybridstudio.'
        f'org/ns/1.0/"><hybridstudio:ProcessRecord>{payload}</hybridstudio:ProcessRecord>'
        f"</rdf:Description></rdf:RDF></x:xmpmeta>",
    ):
        rec = record_from_xmp(xmp)
        assert rec is None or isinstance(rec, dict)


@given(st.binary(max_size=600))
def test_embedded_icc_profiles(icc):
    from hybridstudio.io.images import load_image, load_samples

    buf = io.BytesIO()
    Image.fromarray(np.full((8, 8, 3), 120, np.uint8)).save(buf, "PNG", icc_profile=icc or None)
    path = _write(buf.getvalue(), "icc.png")
    outcomes = []
    for reader in (load_image, load_samples):  # one gate decides for every command
        try:
            reader(path)
            outcomes.append("ok")
        except HybridStudioError:
            outcomes.append("refused")
    assert outcomes[0] == outcomes[1]


@given(st.binary(max_size=2000), st.sampled_from(["png", "jpg", "tif", "webp", "gif"]))
def test_image_bytes(data, suffix):
    from hybridstudio.io.images import load_image

    _accepts_or_refuses(load_image, _write(data, f"fuzz.{suffix}"))


@given(st.integers(1, 70000), st.integers(1, 70000), st.sampled_from(["PNG", "TIFF", "GIF"]))
def test_image_headers_of_any_size(w, h, fmt):
    """A header announcing any size is refused or read within the limits, never decoded blindly."""
    from hybridstudio.io.images import load_image

    if w * h > 40_000:
        # a real header with a tiny body: Pillow reads the size from the header
        import struct
        import zlib

        if fmt != "PNG":
            return
        ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
        chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))  # noqa: E731
        data = (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\0" * 8))
            + chunk(b"IEND", b"")
        )
    else:
        buf = io.BytesIO()
        Image.new("RGB", (w, h)).save(buf, fmt)
        data = buf.getvalue()
    _accepts_or_refuses(load_image, _write(data, f"fuzz.{fmt.lower()}"), 1_000_000)

""".cube LUTs: tetrahedral application matches colour-science, domains, 1-D tables, and malformed
files get an error naming the file and the line."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.analog.cube import apply_lut, read_cube
from hybridstudio.core.colour_lib import colour, load_colour
from hybridstudio.core.errors import InputError
from hybridstudio.testing import photo

# through HybridStudio's loader: a direct `import colour` leaves a matplotlib stand-in behind
table_interpolation_tetrahedral = load_colour().algebra.table_interpolation_tetrahedral


def _graded_table(n: int) -> np.ndarray:
    rng = np.random.default_rng(0)
    t = colour.LUT3D.linear_table(n) ** np.array([1.2, 1.0, 0.8])
    return t[..., ::-1] * 0.3 + t * 0.7 + rng.normal(0, 0.01, t.shape)


def test_3d_cube_with_domain_matches_colour_science_tetrahedral(tmp_path):
    lut = colour.LUT3D(_graded_table(17), domain=np.array([[-0.1, 0.0, 0.0], [1.2, 1.0, 1.5]]))
    path = tmp_path / "grade.cube"
    colour.io.write_LUT(lut, str(path))
    img = photo("astronaut")[::4, ::4] * np.float32(1.3) - np.float32(0.1)
    mine = apply_lut(img, read_cube(path))
    ref = colour.io.read_LUT(str(path)).apply(img, interpolator=table_interpolation_tetrahedral)
    assert np.abs(mine - ref).max() < 1e-5
    # and not trilinear: the two interpolations differ on a non-linear table
    tri = colour.io.read_LUT(str(path)).apply(img)
    assert np.abs(tri - ref).max() > 1e-4


def test_identity_3d_cube_keeps_the_image(tmp_path):
    path = tmp_path / "id.cube"
    rows = [f"{r / 4:.6f} {g / 4:.6f} {b / 4:.6f}" for b in range(5) for g in range(5) for r in range(5)]
    path.write_text('TITLE "identity"\nLUT_3D_SIZE 5\n' + "\n".join(rows) + "\n")
    img = photo("coffee")
    assert np.abs(apply_lut(img, read_cube(path)) - img).max() < 1e-5


def test_1d_cube_matches_colour_science(tmp_path):
    x = np.linspace(0, 1, 1024)
    table = np.stack([x**0.8, x**1.0, x**1.4], axis=1)
    lut = colour.LUT3x1D(table, domain=np.array([[0, 0, 0], [1, 1, 1]]))
    path = tmp_path / "curve.cube"
    colour.io.write_LUT(lut, str(path))
    img = photo("chelsea")
    ref = colour.io.read_LUT(str(path)).apply(img)
    assert np.abs(apply_lut(img, read_cube(path)) - ref).max() < 1e-4


@pytest.mark.parametrize(
    "text,line,words",
    [
        ("LUT_3D_SIZE 2\n" + "0 0 0\n" * 7, 8, "expected 8 data rows"),
        ("LUT_3D_SIZE 300\n0 0 0\n", 1, "out of range"),
        ("LUT_1D_SIZE 1\n0 0 0\n", 1, "out of range"),
        ("LUT_3D_SIZE 2\n" + "0 0 0\n" * 3 + "0 nan 0\n" + "0 0 0\n" * 4, 5, "NaN"),
        ("LUT_3D_SIZE 2\n" + "0 0 0\n" * 2 + "0 zero 0\n" + "0 0 0\n" * 5, 4, "text where numbers belong"),
        ("# grade\nLUT_3D_SIZE 2\nCOLOUR_BOOST 2\n" + "0 0 0\n" * 8, 3, "unknown keyword"),
        ("LUT_3D_SIZE 2\n" + "0 0\n" + "0 0 0\n" * 7, 2, "needs 3 numbers"),
    ],
)
def test_malformed_cube_names_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "broken.cube"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        read_cube(path)
    msg = str(err.value)
    assert "broken.cube" in msg and f"line {line}" in msg and words in msg


def test_missing_or_sizeless_cube(tmp_path):
    with pytest.raises(InputError, match="no such"):
        read_cube(tmp_path / "none.cube")
    p = tmp_path / "nosize.cube"
    p.write_text("TITLE x\n0 0 0\n")
    with pytest.raises(InputError, match="nosize.cube.*LUT_3D_SIZE"):
        read_cube(p)


def test_resolve_cube_with_a_shaper_matches_colour_science(tmp_path):
    x = np.linspace(0, 1, 256)
    shaper = colour.LUT3x1D(np.stack([x**0.5] * 3, axis=1), domain=np.array([[0, 0, 0], [2, 2, 2]]))
    cube = colour.LUT3D(_graded_table(9))
    path = tmp_path / "resolve.cube"
    colour.io.write_LUT(colour.LUTSequence(shaper, cube), str(path), method="Resolve Cube")
    assert "LUT_1D_SIZE" in path.read_text() and "LUT_3D_SIZE" in path.read_text()
    img = photo("coffee")[::4, ::4] * np.float32(1.8)
    ref_seq = colour.io.read_LUT(str(path))
    ref = ref_seq[1].apply(ref_seq[0].apply(img), interpolator=table_interpolation_tetrahedral)
    assert np.abs(apply_lut(img, read_cube(path)) - ref).max() < 1e-4

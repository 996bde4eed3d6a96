""".cube LUTs (Adobe/Iridas Cube 1.0 and the Resolve variant): 1-D and 3-D, DOMAIN_MIN/MAX.

Files are checked line by line first, so a malformed one gets an error naming the file and the
line (a wrong number of rows, a size out of range, NaN, text where numbers belong); colour-science
(``colour.io.read_LUT``) then reads them into its LUT objects, which also serve as the reference
implementation. 3-D LUTs are applied with tetrahedral interpolation — the same interpolation as
``colour.algebra.table_interpolation_tetrahedral``, vectorised in chunks on two threads so that a
24 MP image takes about a second instead of colour-science's ~45 s.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, reader_problem

SIZE_1D = (2, 65536)
SIZE_3D = (2, 256)
_KEYS = {
    "TITLE",
    "LUT_1D_SIZE",
    "LUT_3D_SIZE",
    "DOMAIN_MIN",
    "DOMAIN_MAX",
    "LUT_1D_INPUT_RANGE",
    "LUT_3D_INPUT_RANGE",
}


#: A 256³ LUT with 12-digit values is about 700 MB; larger files are not LUTs.
MAX_CUBE_BYTES = 800_000_000


@dataclass
class CubeInfo:
    """What the line check found: sizes and the number of data rows."""

    size_1d: int | None
    size_3d: int | None
    rows: int


def check_cube(path: str | Path) -> CubeInfo:
    """Validate a .cube file; raise :class:`InputError` naming the file and line of a problem."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, reader_problem(QT_TRANSLATE_NOOP("ReaderErrors", "no such .cube file")))
    if path.stat().st_size > MAX_CUBE_BYTES:
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP(
                    "ReaderErrors", "larger than {mb} MB: not a .cube LUT (a {n}³ LUT is smaller)"
                ),
                mb=MAX_CUBE_BYTES // 1_000_000,
                n=SIZE_3D[1],
            ),
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP("ReaderErrors", "not a text .cube file ({detail})"), detail=exc.reason
            ),
        ) from exc
    size_1d = size_3d = None
    rows = 0
    domain: dict[str, tuple[int, list[float]]] = {}
    first_row_line = last_row_line = None
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word = line.split()[0]
        if word.upper() in _KEYS:
            if rows:
                raise InputError(path, f"line {no}: keyword {word} after the data rows")
            args = line.split()[1:]
            if word.upper() == "TITLE":
                continue
            if word.upper() in ("LUT_1D_SIZE", "LUT_3D_SIZE"):
                if len(args) != 1 or not args[0].isdigit():
                    raise InputError(
                        path, f"line {no}: {word} needs one whole number, got {' '.join(args)!r}"
                    )
                n = int(args[0])
                least, most = SIZE_1D if word.upper() == "LUT_1D_SIZE" else SIZE_3D
                if not least <= n <= most:
                    raise InputError(path, f"line {no}: {word} {n} is out of range ({least}–{most})")
                if word.upper() == "LUT_1D_SIZE":
                    size_1d = n
                else:
                    size_3d = n
                continue
            want = 2 if word.upper().endswith("INPUT_RANGE") else 3
            vals = _numbers(path, no, args, want, word)
            if word.upper().endswith("INPUT_RANGE") and vals[0] >= vals[1]:
                raise InputError(
                    path, f"line {no}: {word} minimum {vals[0]:g} is not below its maximum {vals[1]:g}"
                )
            domain[word.upper()] = (no, vals)
            continue
        if word[0].isalpha() and word.upper() not in ("NAN", "INF", "-INF", "+INF"):
            raise InputError(
                path, f"line {no}: unknown keyword or text where numbers belong: {raw.strip()!r}"
            )
        _numbers(path, no, line.split(), 3, "a data row")
        rows += 1
        first_row_line = first_row_line or no
        last_row_line = no
    if size_1d is None and size_3d is None:
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP("ReaderErrors", "no LUT_1D_SIZE or LUT_3D_SIZE line: not a .cube LUT")
            ),
        )
    if "DOMAIN_MIN" in domain or "DOMAIN_MAX" in domain:
        no_lo, lo = domain.get("DOMAIN_MIN", (0, [0.0, 0.0, 0.0]))
        no, hi = domain.get("DOMAIN_MAX", (no_lo, [1.0, 1.0, 1.0]))
        if any(a >= b for a, b in zip(lo, hi, strict=True)):
            raise InputError(
                path,
                f"line {no}: DOMAIN_MIN {' '.join(f'{v:g}' for v in lo)} is not "
                f"below DOMAIN_MAX {' '.join(f'{v:g}' for v in hi)} on every channel",
            )
    expected = (size_1d or 0) + (size_3d or 0) ** 3
    if rows != expected:
        where = f"line {last_row_line}" if last_row_line else "end of file"
        sizes = " + ".join(
            s for s in (f"{size_1d} (1-D)" if size_1d else "", f"{size_3d}³ (3-D)" if size_3d else "") if s
        )
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP(
                    "ReaderErrors", "{where}: expected {expected} data rows ({sizes}), found {rows}"
                ),
                where=where,
                expected=expected,
                sizes=sizes,
                rows=rows,
            ),
        )
    return CubeInfo(size_1d, size_3d, rows)


def _numbers(path: Path, no: int, words: list[str], want: int, what: str) -> list[float]:
    if len(words) != want:
        raise InputError(
            path, f"line {no}: {what} needs {want} numbers, got {len(words)}: {' '.join(words)!r}"
        )
    try:
        vals = [float(w) for w in words]
    except ValueError:
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP("ReaderErrors", "line {line}: text where numbers belong: {text!r}"),
                line=no,
                text=" ".join(words),
            ),
        ) from None
    if not all(math.isfinite(v) for v in vals):
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP("ReaderErrors", "line {line}: NaN or infinite value in {what}: {text!r}"),
                line=no,
                what=what,
                text=" ".join(words),
            ),
        )
    return vals


def read_cube(path: str | Path):
    """Check then read a .cube file with colour-science: a ``LUT1D``, ``LUT3x1D``, ``LUT3D`` or a
    ``LUTSequence`` (Resolve shaper + 3-D). Read once per file version (previews reuse it)."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError:
        raise InputError(
            path, reader_problem(QT_TRANSLATE_NOOP("ReaderErrors", "no such .cube file"))
        ) from None
    return _read_cube_cached(str(path.resolve()), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _read_cube_cached(path: str, mtime_ns: int, size: int):
    check_cube(path)
    # lazy: core.colour_lib loads colour; only when _read_cube_cached() runs
    from ..core.colour_lib import colour

    try:
        return colour.io.read_LUT(path)
    except Exception as exc:  # colour-science raises several kinds on bad files
        raise InputError(path, f"colour-science could not read the LUT: {exc}") from exc


def _normalise(x: np.ndarray, domain: np.ndarray) -> np.ndarray:
    lo = np.asarray(domain[0], np.float32)
    hi = np.asarray(domain[1], np.float32)
    out = (x - lo) / (hi - lo)
    return np.clip(out, 0.0, 1.0, out=out)


def _tetra_chunk(
    x: np.ndarray, lut_planar: np.ndarray, n: int, lo: np.ndarray, scale: np.ndarray, out: np.ndarray
) -> None:
    """Tetrahedral interpolation of M×3 points into ``out`` (M×3): the input is mapped from the
    domain to the grid (clipped), the cube cell is cut into 6 tetrahedra by the order of the
    fractional coordinates and the result mixes their 4 corners. Planar (3×M) throughout."""
    m = x.shape[0]
    p = np.empty((3, m), np.float32)
    np.subtract(x.T, lo[:, None], out=p)
    p *= scale[:, None]
    np.clip(p, 0.0, np.float32(n - 1), out=p)
    i = p.astype(np.int32)
    np.minimum(i, n - 2, out=i)
    p -= i
    fr, fg, fb = p
    sr, sg = n * n, n
    base = i[0] * sr
    base += i[1] * sg
    base += i[2]
    code = (fr > fg).view(np.int8) + 2 * (fg > fb).view(np.int8) + 4 * (fr > fb).view(np.int8)
    o1 = np.take(np.array([1, 1, sg, 0, 0, sr, sg, sr], np.int32), code)
    o2 = np.take(np.array([sg + 1, sr + 1, sg + 1, 0, 0, sr + 1, sr + sg, sr + sg], np.int32), code)
    fmax = np.maximum(fr, fg)
    np.maximum(fmax, fb, out=fmax)
    fmin = np.minimum(fr, fg)
    np.minimum(fmin, fb, out=fmin)
    fmid = fr + fg
    fmid += fb
    fmid -= fmax
    fmid -= fmin
    w0 = 1 - fmax
    fmax -= fmid  # weight of the second corner
    fmid -= fmin  # weight of the third corner
    o1 += base
    o2 += base
    last = base + (sr + sg + 1)
    tmp = np.empty(m, np.float32)
    res = np.empty((3, m), np.float32)
    for c in range(3):
        col, oc = lut_planar[c], res[c]
        np.take(col, base, out=oc)
        oc *= w0
        for idx, w in ((o1, fmax), (o2, fmid), (last, fmin)):
            np.take(col, idx, out=tmp)
            tmp *= w
            oc += tmp
    out[:] = res.T


def apply_3d(
    rgb: np.ndarray, table: np.ndarray, domain: np.ndarray, chunk: int = 1 << 18, threads: int = 2
) -> np.ndarray:
    """Tetrahedral interpolation of a 3-D table (N×N×N×3, indexed [r, g, b]) over ``domain``."""
    n = table.shape[0]
    lut_planar = np.ascontiguousarray(table.reshape(-1, 3).T, dtype=np.float32)
    lo = np.asarray(domain[0], np.float32)
    scale = (np.float32(n - 1) / (np.asarray(domain[1], np.float32) - lo)).astype(np.float32)
    flat = np.ascontiguousarray(rgb, dtype=np.float32).reshape(-1, 3)
    out = np.empty_like(flat)

    def work(s: int) -> None:
        _tetra_chunk(flat[s : s + chunk], lut_planar, n, lo, scale, out[s : s + chunk])

    starts = range(0, flat.shape[0], chunk)
    if threads > 1 and flat.shape[0] > chunk:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(work, starts))
    else:
        for s in starts:
            work(s)
    return out.reshape(rgb.shape)


def apply_1d(rgb: np.ndarray, table: np.ndarray, domain: np.ndarray) -> np.ndarray:
    """Per-channel linear interpolation of a 1-D table (N or N×3) over ``domain``."""
    x = _normalise(rgb.astype(np.float32), np.asarray(domain).reshape(2, -1) * np.ones((2, 3)))
    t = np.asarray(table, np.float32)
    t = np.repeat(t[:, None], 3, axis=1) if t.ndim == 1 else t
    n = t.shape[0]
    out = np.empty_like(x)
    for c in range(3):
        p = x[..., c] * np.float32(n - 1)
        i = np.minimum(p.astype(np.int32), n - 2)
        f = p - i
        col = np.ascontiguousarray(t[:, c])
        a = np.take(col, i)
        out[..., c] = a + (np.take(col, i + 1) - a) * f
    return out


def apply_lut(rgb: np.ndarray, lut) -> np.ndarray:
    """Apply a colour-science LUT object (as returned by :func:`read_cube`) to an H×W×3 image."""
    from ..core.colour_lib import colour  # lazy: core.colour_lib loads colour; only when apply_lut() runs

    if isinstance(lut, colour.LUTSequence):
        out = rgb
        for item in lut:
            out = apply_lut(out, item)
        return out
    if isinstance(lut, colour.LUT3D):
        return apply_3d(rgb, lut.table, lut.domain)
    if isinstance(lut, (colour.LUT1D, colour.LUT3x1D)):
        domain = np.asarray(lut.domain, np.float64)
        if domain.ndim == 1:
            domain = np.stack([np.full(3, domain[0]), np.full(3, domain[-1])])
        elif domain.shape[0] != 2:
            raise InputError(None, "1-D LUTs with explicit (non-uniform) domains are not supported")
        return apply_1d(rgb, lut.table, domain)
    raise InputError(None, f"unsupported LUT kind {type(lut).__name__}")

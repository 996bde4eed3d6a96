"""Step-wedge readings: the measured L* of each step and of the two references, from a scan or
typed in from a densitometer or spectrophotometer (CSV)."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.errors import InputError
from .tone import density_to_lstar


@dataclass
class WedgeReading:
    """Measured L* of steps 1 (full black) … N (paper white) and of the references."""

    lstar: np.ndarray  # (N,)
    white_lstar: float  # paper-white patch (full ink on the negative)
    clear_lstar: float  # clear-film patch (no ink: the process's maximum black)
    source: str = ""
    spread: np.ndarray | None = None  # per-step scatter (L*), when known
    notes: list[str] = field(default_factory=list)

    @property
    def steps(self) -> int:
        return int(len(self.lstar))

    def tones(self) -> np.ndarray:
        """The wanted print tone of each step (0 … 1, evenly spaced)."""
        return np.linspace(0.0, 1.0, self.steps)

    def normalised(self) -> np.ndarray:
        """Measured tone q: 0 = the clear-film patch, 1 = the paper-white patch."""
        span = self.white_lstar - self.clear_lstar
        return (self.lstar - self.clear_lstar) / span


#: Limits of a readings file: step wedges have 11 to 101 steps; densities are 0 … ~3.
MAX_STEPS = 256
MAX_CSV_BYTES = 256_000
MAX_DENSITY = 5.0
#: How much darker (L*) a step may read than an earlier one before the file is refused as out of
#: order (scatter and dust are smoothed by the calibration's monotone fit).
MONOTONE_TOLERANCE = 8.0

_WHITE = {"w", "white", "paper", "paper-white", "paper white", "paperwhite", "pw"}
_CLEAR = {"c", "clear", "clear-film", "clear film", "film", "dmax", "max", "black"}
_LCOLS = {"l", "l*", "lstar", "l_star", "lab_l"}
_DCOLS = {"density", "d", "dens", "visual", "v"}


def read_csv(path: str | Path) -> WedgeReading:
    """Read readings typed from a densitometer (reflection density) or a spectrophotometer (L*).

    Format (header required, ``#`` lines are comments)::

        patch,L          # or: patch,density
        1,22.8           # step 1 = printed through clear film … step N = paper white
        …
        21,94.6
        paper-white,95.0 # optional references (else the extreme steps are used)
        clear-film,21.9
    """
    path = Path(path)
    if path.is_file() and path.stat().st_size > MAX_CSV_BYTES:
        raise InputError(
            path,
            f"larger than {MAX_CSV_BYTES // 1000} kB: not a readings file "
            f"(a step wedge has at most {MAX_STEPS} steps)",
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(path, "file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read as text ({exc})") from exc
    lines = [ln.split("#", 1)[0].strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        raise InputError(path, "the readings file is empty")
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    if len(lines) > MAX_STEPS + 3:
        raise InputError(path, f"{len(lines) - 1} readings: a step wedge has at most {MAX_STEPS} steps")
    rows = list(csv.reader(io.StringIO("\n".join(lines)), dialect))
    header = [h.strip().lower() for h in rows[0]]
    patch_col = next((i for i, h in enumerate(header) if h in ("patch", "step", "id", "name")), None)
    l_col = next((i for i, h in enumerate(header) if h in _LCOLS), None)
    d_col = next((i for i, h in enumerate(header) if h in _DCOLS), None)
    col = l_col if l_col is not None else d_col
    if patch_col is None or col is None:
        raise InputError(
            path,
            "the header must name a 'patch' column and an 'L' (L*) or 'density' "
            f"column; found {', '.join(rows[0])}",
        )
    steps: dict[int, float] = {}
    rownum: dict[int, int] = {}
    white = clear = None
    for lineno, row in enumerate(rows[1:], start=2):
        if len(row) <= max(patch_col, col):
            raise InputError(path, f"row {lineno}: expected at least {max(patch_col, col) + 1} columns")
        name = row[patch_col].strip().lower()
        try:
            value = float(row[col].strip().replace(",", "."))
        except ValueError as exc:
            raise InputError(path, f"row {lineno}: {row[col]!r} is not a number") from exc
        if not math.isfinite(value):
            raise InputError(path, f"row {lineno}: {row[col].strip()!r} is not a finite number")
        if l_col is None and not 0.0 <= value <= MAX_DENSITY:
            raise InputError(path, f"row {lineno}: density {value} is outside 0..{MAX_DENSITY:g}")
        lstar = value if l_col is not None else float(density_to_lstar(value))
        if l_col is not None and not 0.0 <= value <= 100.0:
            raise InputError(path, f"row {lineno}: L* {value} is outside 0..100")
        if name in _WHITE:
            white = lstar
        elif name in _CLEAR:
            clear = lstar
        else:
            try:
                idx = int(name)
            except ValueError as exc:
                raise InputError(
                    path,
                    f"row {lineno}: unknown patch {row[patch_col]!r} (use step "
                    "numbers, 'paper-white' or 'clear-film')",
                ) from exc
            if not 1 <= idx <= MAX_STEPS:
                raise InputError(path, f"row {lineno}: step {idx} is outside 1..{MAX_STEPS}")
            if idx in steps:
                raise InputError(path, f"row {lineno}: step {idx} is given twice")
            steps[idx] = lstar
            rownum[idx] = lineno
    if len(steps) < 3:
        raise InputError(path, f"only {len(steps)} steps: at least 3 are needed")
    n = len(steps)
    if sorted(steps) != list(range(1, n + 1)):
        missing = sorted(set(range(1, max(steps) + 1)) - set(steps))
        raise InputError(
            path, f"steps must be numbered 1..{n} without gaps (missing: {', '.join(map(str, missing[:8]))})"
        )
    values = np.asarray([steps[i] for i in range(1, n + 1)], dtype=np.float64)
    if values[0] > values[-1] + 5.0:
        raise InputError(
            path,
            "step 1 reads lighter than the last step: steps are numbered from the "
            "black end (step 1 = printed through clear film) to paper white",
        )
    for i in range(1, n):
        if values[i] < values[:i].max() - MONOTONE_TOLERANCE:
            k = int(np.argmax(values[:i])) + 1
            raise InputError(
                path,
                f"row {rownum[i + 1]}: step {i + 1} (L* {values[i]:.1f}) reads darker "
                f"than step {k} (L* {values[k - 1]:.1f}): the readings are out of "
                "order or mistyped",
            )
    notes = []
    if white is None:
        white = float(values.max())
        notes.append("no paper-white reading: the lightest step is used")
    if clear is None:
        clear = float(values.min())
        notes.append("no clear-film reading: the darkest step is used")
    if white - clear < 5.0:
        raise InputError(
            path,
            f"paper white (L* {white:.1f}) and clear film (L* {clear:.1f}) are "
            "almost the same: these readings show no tonal scale",
        )
    kind = "L*" if l_col is not None else "density"
    return WedgeReading(
        values, float(white), float(clear), source=f"{path.name} ({kind} readings)", notes=notes
    )

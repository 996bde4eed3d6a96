"""Reading a separation folder for films, with the checks a film job needs and the upstream
process record (so a film's AI-disclosure line covers how the separations were made)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from ..core.context import StepRecord
from ..core.errors import InputError
from ..core.provenance import ProcessRecord
from ..separation.export import INDEX_NAME, load_separations
from ..separation.sets import SeparationSet

DPI_TOLERANCE = 0.005  # relative


def check_resolutions(folder: Path) -> None:
    """Every separation TIFF must carry the folder's resolution: a film made from planes of
    different resolutions would print them at different sizes."""
    index = folder / INDEX_NAME if folder.is_dir() else folder
    try:
        doc = json.loads(index.read_text("utf-8"))
        declared = float(doc.get("dpi") or 0.0)
        files = [e["file"] for e in doc.get("separations", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return  # load_separations reports what is wrong with the index
    seen: list[tuple[str, float]] = []
    for name in files:
        path = index.parent / name
        try:
            with Image.open(path) as img:
                dpi = img.info.get("dpi")
        except (OSError, ValueError):
            continue
        if dpi:
            seen.append((name, float(dpi[0])))
    ref_name, ref = ("separations.json", declared) if declared else (seen[0] if seen else ("", 0.0))
    for name, dpi in seen:
        if ref and abs(dpi - ref) > DPI_TOLERANCE * ref:
            raise InputError(
                index.parent / name,
                f"is {dpi:g} dpi but {ref_name} says {ref:g} dpi: "
                "all separations of a film job must share one "
                "resolution",
            )


def upstream_record(folder: Path) -> dict[str, Any] | None:
    """The process record that came with the separations (their sidecar JSON), if any."""
    index = folder / INDEX_NAME if folder.is_dir() else folder
    sidecar = ProcessRecord.sidecar_path(index)
    if not sidecar.is_file():
        return None
    try:
        rec = json.loads(sidecar.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return rec if isinstance(rec, dict) else None


def record_for_films(
    upstream: dict[str, Any] | None, films_step: StepRecord, inputs: list[dict[str, Any]] | None = None
) -> ProcessRecord:
    """A process record continuing the separations' record with the films step."""
    record = ProcessRecord(inputs=list(inputs or []), steps=[films_step])
    if upstream:
        record.continue_from(upstream)
    return record


def load_for_films(
    folder: str | Path,
    inks: Sequence[str] = (),
    dpi: float | None = None,
) -> tuple[SeparationSet, dict[str, Any] | None]:
    """The separation set of ``folder`` (checked for mixed resolutions) and its upstream record.
    ``folder`` may also be separations made elsewhere (a folder of greyscale TIFF/PNG files, one
    ink per file, or a multichannel TIFF): ``inks`` then names the inks in file order and ``dpi``
    gives the resolution when the files carry none (:mod:`hybridstudio.separation.foreign`)."""
    # lazy: separation.foreign (and tifffile, psd-tools) only for a foreign separations file
    from ..separation.foreign import load_any_separations

    folder = Path(folder)
    if not folder.exists():
        raise InputError(folder, "no such folder")
    own = folder.name == INDEX_NAME or (folder / INDEX_NAME).is_file()
    if not own:
        return load_any_separations(folder, inks, dpi), None
    sepset = load_separations(folder)
    check_resolutions(folder if folder.is_dir() else folder.parent)
    return sepset, upstream_record(folder if folder.is_dir() else folder.parent)


def load_separation_source(
    path: str | Path, inks: Sequence[str] = (), dpi: float | None = None
) -> SeparationSet:
    """The executor's loader for separations: :func:`load_for_films` with the upstream record kept
    on the set (``upstream``), which the executor continues in the job's record."""
    sepset, upstream = load_for_films(path, inks, dpi)
    sepset.upstream = upstream
    return sepset

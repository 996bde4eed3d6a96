"""Saving and loading separation folders (the on-disk format of docs/architecture.md).

A folder holds one 8-bit greyscale LZW TIFF per separation at the set's DPI, ink dark (0 = 100 %
ink, 255 = no ink, photometric "min-is-black"), right-reading, named ``NN-inkname.tif`` in print
order; ``separations.json`` (format ``hybridstudio-separations``, version 1) describing the inks,
print order, roles, substrate, press and report; ``report.json`` (the report alone);
``composite.png`` (the predicted print, sRGB) and the process record as a sidecar
(``separations.json.hybridstudio.json``), also embedded as XMP in every TIFF.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image, ImageCms

from ..core.atomic import atomic_write_bytes, unique_path
from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, Message, term
from ..core.jsonfiles import read_json_object
from ..core.payloads import register_writer
from ..core.safepaths import inside
from ..credentials import signed_output
from .composite import composite_of
from .inks import ink_from_dict
from .sets import ROLES, Separation, SeparationSet

if TYPE_CHECKING:
    from ..core.context import StepContext
    from ..core.provenance import ProcessRecord

FORMAT = "hybridstudio-separations"
VERSION = 1
INDEX_NAME = "separations.json"
REPORT_NAME = "report.json"
COMPOSITE_NAME = "composite.png"
_XMP_TAG = 700


def ink_slug(name: str) -> str:
    """A file-safe ASCII name for an ink: 'Fluor. Pink' → 'fluor-pink'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or "ink"


def separation_filename(sep: Separation, position: int) -> str:
    """``NN-inkname.tif`` where NN is the 1-based print position."""
    return f"{position:02d}-{ink_slug(sep.ink.name)}.tif"


def coverage_to_grey(coverage: np.ndarray) -> np.ndarray:
    """Coverage 0..1 → 8-bit grey with ink dark (0 = solid ink, 255 = none)."""
    return np.round((1.0 - np.clip(coverage, 0.0, 1.0)) * 255.0).astype(np.uint8)


def grey_to_coverage(grey: np.ndarray, maximum: float = 255.0) -> np.ndarray:
    """Grey (ink dark) → coverage float32 0..1."""
    return (1.0 - grey.astype(np.float32) / np.float32(maximum)).astype(np.float32)


def _write_tiff(
    path: Path, grey: np.ndarray, dpi: float, xmp: bytes | None, record: ProcessRecord | None = None
) -> None:
    img = Image.fromarray(grey)
    info = {_XMP_TAG: xmp} if xmp else {}
    with signed_output(path, record) as tmp:
        img.save(tmp, format="TIFF", compression="tiff_lzw", dpi=(dpi, dpi), tiffinfo=info)


def _write_png(path: Path, rgb: np.ndarray, dpi: float, record: ProcessRecord | None = None) -> None:
    data = np.round(np.clip(rgb, 0.0, 1.0) * 255.0).astype(np.uint8)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    with signed_output(path, record) as tmp:
        Image.fromarray(data).save(tmp, format="PNG", dpi=(dpi, dpi), icc_profile=icc, compress_level=3)


def index_dict(sepset: SeparationSet, files: list[str]) -> dict[str, Any]:
    """The ``separations.json`` content for a set whose TIFFs are ``files`` (print order)."""
    seps = sorted(sepset.separations, key=lambda s: s.order)
    entries = []
    for sep, name in zip(seps, files, strict=False):
        entry: dict[str, Any] = {"file": name, "ink": sep.ink.as_dict(), "order": sep.order, "role": sep.role}
        if sep.meta:
            entry["meta"] = sep.meta
        entries.append(entry)
    h, w = sepset.shape
    return {
        "format": FORMAT,
        "version": VERSION,
        "dpi": float(sepset.dpi),
        "width_px": int(w),
        "height_px": int(h),
        "width_mm": round(w / sepset.dpi * 25.4, 3),
        "height_mm": round(h / sepset.dpi * 25.4, 3),
        "substrate": sepset.substrate.as_dict(),
        "press": sepset.press,
        "separations": entries,
        "report": sepset.report,
        "source": sepset.source,
    }


def write_separation_folder(
    sepset: SeparationSet,
    folder: Path,
    record: ProcessRecord | None = None,
    *,
    overwrite: bool = False,
    ctx: StepContext | None = None,
) -> list[Path]:
    """Write a separation set into ``folder`` (created). Refuses a folder that already holds
    separations unless ``overwrite``; then the old set's TIFFs that are not rewritten are removed.
    If writing fails or is cancelled, a folder this call created is removed again."""
    folder = Path(folder)
    index_path = folder / INDEX_NAME
    old_files: list[str] = []
    if index_path.exists():
        if not overwrite:
            raise InputError(folder, "already holds separations; choose another folder or overwrite")
        try:
            old_files = [e["file"] for e in json.loads(index_path.read_text("utf-8"))["separations"]]
        except (OSError, ValueError, KeyError, TypeError):
            old_files = []
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        _write_all(sepset, folder, record, ctx, written, old_files)
    except BaseException:
        if created:  # a cancelled or failed job leaves no half-written folder behind
            for path in written:
                path.unlink(missing_ok=True)
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
    return written


def _write_all(
    sepset: SeparationSet,
    folder: Path,
    record: ProcessRecord | None,
    ctx: StepContext | None,
    written: list[Path],
    old_files: list[str],
) -> None:
    index_path = folder / INDEX_NAME
    seps = sorted(sepset.separations, key=lambda s: s.order)
    xmp = record.xmp_packet() if record is not None else None
    files: list[str] = []
    for k, sep in enumerate(seps, start=1):
        if ctx is not None:
            ctx.check_cancelled()
            ctx.progress(
                k / (len(seps) + 1),
                Message(
                    "Progress", QT_TRANSLATE_NOOP("Progress", "writing {ink}"), ink=term("Inks", sep.ink.name)
                ),
            )
        name = separation_filename(sep, k)
        _write_tiff(folder / name, coverage_to_grey(sep.coverage), sepset.dpi, xmp, record)
        files.append(name)
        written.append(folder / name)
    composite = sepset.composite if sepset.composite is not None else composite_of(sepset)
    _write_png(folder / COMPOSITE_NAME, composite, sepset.dpi, record)
    written.append(folder / COMPOSITE_NAME)
    width = sepset.shape[1] or 1
    for name, picture in sepset.previews.items():
        target = folder / f"{ink_slug(name)}.png"
        _write_png(target, picture, sepset.dpi * picture.shape[1] / width, record)  # previews may be reduced
        written.append(target)
    for name, blob in sepset.attachments.items():
        if "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"attachment name {name!r} must be a plain file name")
        written.append(atomic_write_bytes(folder / name, blob))
    doc = index_dict(sepset, files)
    atomic_write_bytes(
        folder / REPORT_NAME, json.dumps(sepset.report, indent=2, ensure_ascii=False).encode("utf-8")
    )
    written.append(folder / REPORT_NAME)
    atomic_write_bytes(index_path, json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8"))
    written.append(index_path)
    if record is not None:
        written.append(record.write_sidecar(index_path))
    for name in old_files:
        if name not in files and "/" not in name and "\\" not in name:
            (folder / name).unlink(missing_ok=True)


def save_separations(
    sepset: SeparationSet, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext | None
) -> list[Path]:
    """Save into a new folder ``out_dir/stem`` (``stem-2``… if taken); returns the files written."""
    folder = unique_path(Path(out_dir) / stem)
    return write_separation_folder(sepset, folder, record, ctx=ctx)


def _read_plane(path: Path) -> tuple[np.ndarray, float | None]:
    try:
        with Image.open(path) as img:
            img.load()
            dpi = img.info.get("dpi")
            if img.mode == "1":
                arr = np.asarray(img.convert("L"))
                maximum = 255.0
            elif img.mode in ("I;16", "I;16B", "I;16L", "I"):
                arr = np.asarray(img).astype(np.float32)
                maximum = 65535.0
            elif img.mode == "L":
                arr = np.asarray(img)
                maximum = 255.0
            else:
                raise InputError(path, f"a separation must be a greyscale TIFF, this one is {img.mode}")
    except InputError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(path, f"cannot read this separation ({exc})") from exc
    return grey_to_coverage(arr, maximum), (float(dpi[0]) if dpi else None)


#: Resolutions a separation folder may declare (a film imagesetter tops out near 5080 dpi).
DPI_RANGE = (10.0, 10000.0)


def _declared_dpi(doc: dict, index_path: Path) -> float | None:
    """The index's ``dpi`` (None when absent); 0, negative, NaN or absurd values are refused."""
    if "dpi" not in doc or doc["dpi"] is None:
        return None
    dpi = doc["dpi"]
    if (
        isinstance(dpi, bool)
        or not isinstance(dpi, (int, float))
        or not (DPI_RANGE[0] <= dpi <= DPI_RANGE[1])
    ):
        raise InputError(
            index_path, f"'dpi' must be a number between {DPI_RANGE[0]:g} and {DPI_RANGE[1]:g}, got {dpi!r}"
        )
    return float(dpi)


def _check_index_types(doc: dict, index_path: Path) -> None:
    """Fields of the index with the wrong type are refused, naming the field."""
    for key, kind in (("report", dict), ("press", dict), ("substrate", dict), ("source", str)):
        if doc.get(key) is not None and not isinstance(doc[key], kind):
            raise InputError(
                index_path, f"{key!r} must be {'an object' if kind is dict else 'text'}, got {doc[key]!r:.60}"
            )
    entries = doc.get("separations")
    for n, entry in enumerate(entries if isinstance(entries, list) else [], start=1):
        if not isinstance(entry, dict):
            continue
        order = entry.get("order", n)
        if isinstance(order, bool) or not isinstance(order, int) or not 0 <= order <= 1000:
            raise InputError(index_path, f"separation {n}: 'order' must be a whole number 0..1000")
        for key in ("meta", "ink"):
            if entry.get(key) is not None and not isinstance(entry[key], dict):
                raise InputError(index_path, f"separation {n}: {key!r} must be an object")


def load_separations(folder: str | Path) -> SeparationSet:
    """Read a separation folder (or its ``separations.json``) back into a :class:`SeparationSet`.

    Coverage comes from the TIFFs (8-bit, 16-bit or 1-bit greyscale, ink dark). The composite is
    not read: :meth:`SeparationSet.preview_rgb` recomputes it from the planes.
    """
    folder = Path(folder)
    index_path = folder if folder.suffix == ".json" else folder / INDEX_NAME
    folder = index_path.parent
    if not index_path.is_file():
        raise InputError(index_path, "no separations here (separations.json is missing)")
    doc = read_json_object(index_path, "separations index")
    if doc.get("format") != FORMAT:
        raise InputError(index_path, f"not a HybridStudio separations file (format != {FORMAT!r})")
    dpi_declared = _declared_dpi(doc, index_path)
    _check_index_types(doc, index_path)
    if not isinstance(doc.get("version", 0), int) or isinstance(doc.get("version"), bool):
        raise InputError(index_path, f"'version' must be a whole number, got {doc.get('version')!r}")
    if int(doc.get("version", 0)) > VERSION:
        raise InputError(index_path, f"made by a newer HybridStudio (version {doc.get('version')})")
    entries = doc.get("separations")
    if not isinstance(entries, list):
        raise InputError(index_path, "'separations' must be a list")
    try:
        substrate = ink_from_dict(
            doc.get("substrate") or {"name": "paper", "hex": "#ffffff"}, default_opacity="opaque"
        )
    except ValueError as exc:
        raise InputError(index_path, f"substrate: {exc}") from exc
    seps: list[Separation] = []
    tiff_dpi = None
    shape = None
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise InputError(index_path, f"separation {n}: needs a 'file'")
        name = entry["file"]
        if "/" in name or "\\" in name or name.startswith("."):
            raise InputError(index_path, f"separation {n}: file {name!r} must sit in the folder")
        path = inside(folder, name, source=index_path, what=f"separation {n} file")
        if not path.is_file():
            raise InputError(path, "separation file is missing")
        try:
            ink = ink_from_dict(entry.get("ink") or {}, default_opacity="transparent")
        except ValueError as exc:
            raise InputError(index_path, f"separation {n} ink: {exc}") from exc
        role = entry.get("role", "spot")
        if role not in ROLES:
            raise InputError(index_path, f"separation {n}: unknown role {role!r}")
        coverage, dpi = _read_plane(path)
        if shape is None:
            shape, tiff_dpi = coverage.shape, dpi
        elif coverage.shape != shape:
            raise InputError(
                path, f"size {coverage.shape[::-1]} differs from the first separation {shape[::-1]}"
            )
        seps.append(
            Separation(
                ink=ink,
                coverage=coverage,
                order=int(entry.get("order", n)),
                role=role,
                meta=dict(entry.get("meta") or {}),
            )
        )
    dpi = dpi_declared or tiff_dpi or 300.0
    return SeparationSet(
        separations=seps,
        substrate=substrate,
        dpi=float(dpi),
        composite=None,
        report=dict(doc.get("report") or {}),
        source=doc.get("source"),
        press=dict(doc.get("press") or {}),
        files=[str(folder / e["file"]) for e in entries],
    )


register_writer(SeparationSet.kind, save_separations)

"""Separations made elsewhere (Photoshop, Separation Studio, GIMP, by hand) as a separation set, so
they can become films.

Three shapes are read:

- a **folder of greyscale TIFF/PNG files**, one ink per file, in file-name order (``1-black.tif``,
  ``2-bright-red.png``…). Ink dark, as a film shows it: 0 = solid ink, white = none. The ink is read
  from the file name (leading numbers and separators dropped, then looked up in the shipped ink
  libraries, or a ``#rrggbb`` in the name) or given by the user (``--ink``);
- a **multichannel TIFF**: several greyscale planes in one file (``minisblack``, one page per ink or
  planar channels, ink dark), or a ``separated`` TIFF (ink amounts, 255 = solid) whose ``InkNames``
  tag names the inks;
- a **Photoshop file** with spot channels (or in Multichannel mode), read by ``psd-tools`` (an
  optional dependency): every channel after the colour channels is an ink, named from the file;
- a HybridStudio separation folder (``separations.json``) is read as before.

Resolution and size come from the files; files of different sizes, or different resolutions, are
refused with the sizes named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from ..core.errors import InputError
from .colours import hex_to_srgb
from .composite import DEFAULT_DOT_GAIN
from .export import INDEX_NAME, load_separations
from .inks import available_libraries, load_library, resolve_substrate
from .sets import Ink, Separation, SeparationSet

PLANE_SUFFIXES = (".tif", ".tiff", ".png")
MAX_PLANES = 16
MAX_SIDE = 200_000
_HEX = re.compile(r"#?([0-9a-fA-F]{6})(?![0-9a-fA-F])")
_TAG_INKNAMES = 333
_PHOTOMETRIC_SEPARATED = 5
_PHOTOMETRIC_MINISWHITE = 0


def ink_for(name: str, fallback_index: int = 0) -> Ink:
    """An ink for a plane's name: ``name=#rrggbb`` or a hex in it, else a shipped library ink of that
    name (riso, screenprint; spacing and case forgiven), else black under that name."""
    label, _, colour = name.partition("=")
    label = label.strip() or f"Ink {fallback_index + 1}"
    m = _HEX.search(colour or label)
    if m:
        clean = _HEX.sub("", label).strip(" -_") or f"Spot #{m.group(1).lower()}"
        return Ink(clean, hex_to_srgb(m.group(1)))
    for lib_name in ("riso", "screenprint", *available_libraries()):
        try:
            return load_library(lib_name).get(label)
        except (KeyError, InputError):
            continue
    return Ink(label, (0.0, 0.0, 0.0))


def name_from_file(path: Path) -> str:
    """'02-bright-red.tif' → 'bright red'; '#ff48b0.png' stays a hex."""
    stem = re.sub(r"^[0-9]+[\s._-]*", "", path.stem)
    return stem.replace("_", " ").replace("-", " ").strip() or path.stem


def _dpi_tiff(page) -> float | None:
    tags = page.tags
    if "XResolution" not in tags:
        return None
    num, den = tags["XResolution"].value
    value = num / den if den else 0.0
    unit = tags["ResolutionUnit"].value if "ResolutionUnit" in tags else 2
    value = value * 2.54 if int(unit) == 3 else value
    return float(value) if value > 1.0 else None


def _coverage(arr: np.ndarray, ink_amount: bool, path: Path) -> np.ndarray:
    if arr.dtype == np.bool_:
        arr = arr.astype(np.uint8) * 255
        maximum = 255.0
    elif arr.dtype.kind == "u":
        maximum = float(np.iinfo(arr.dtype).max)
    elif arr.dtype.kind == "f":
        maximum = 1.0
    else:
        raise InputError(path, f"unsupported sample type {arr.dtype} for a separation")
    cov = np.clip(arr.astype(np.float32) / np.float32(maximum), 0.0, 1.0)
    return cov if ink_amount else (1.0 - cov).astype(np.float32)


def _check_size(path: Path, shape: tuple[int, ...]) -> None:
    if len(shape) != 2 or min(shape) < 1 or max(shape) > MAX_SIDE:
        raise InputError(
            path,
            f"a separation plane must be a 2-D image of at most {MAX_SIDE} px a side, "
            f"got {'×'.join(str(s) for s in shape[::-1])}",
        )


def _read_grey(path: Path) -> tuple[np.ndarray, float | None]:
    """One greyscale plane (ink dark, as displayed: Pillow undoes min-is-white) and its DPI."""
    try:
        with Image.open(path) as img:
            img.load()
            dpi = img.info.get("dpi")
            if getattr(img, "n_frames", 1) > 1:
                raise InputError(
                    path,
                    "one ink per file: this TIFF holds several pages (open a "
                    "multichannel TIFF on its own, not in a folder)",
                )
            if img.mode not in ("L", "1", "I;16", "I;16B", "I;16L", "I"):
                raise InputError(path, f"a separation must be greyscale, this file is {img.mode}")
            arr = np.asarray(img.convert("L") if img.mode == "1" else img)
            if img.mode == "I":
                arr = np.clip(arr, 0, 65535).astype(np.uint16)
    except InputError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(path, f"cannot read this image ({exc})") from exc
    return _coverage(arr, False, path), (float(dpi[0]) if dpi and float(dpi[0]) > 1 else None)


def _same_geometry(
    items: list[tuple[str, np.ndarray, float | None]], where: Path, dpi: float | None
) -> float:
    sizes = {name: cov.shape for name, cov, _ in items}
    if len(set(sizes.values())) > 1:
        listed = ", ".join(f"{n} {s[1]}×{s[0]} px" for n, s in sizes.items())
        raise InputError(where, f"the separations differ in size ({listed}): every ink must be the same size")
    dpis = {name: d for name, _, d in items if d}
    if dpi is None and len({round(d, 2) for d in dpis.values()}) > 1:
        listed = ", ".join(f"{n} {d:g} dpi" for n, d in dpis.items())
        raise InputError(where, f"the separations differ in resolution ({listed})")
    found = dpi or (next(iter(dpis.values())) if dpis else None)
    if found is None:
        raise InputError(where, "the files carry no resolution: give it (--sep-dpi)")
    if not 1.0 <= found <= 12000.0:
        raise InputError(where, f"resolution {found:g} dpi is outside 1..12000")
    return float(found)


def _set(
    items: list[tuple[str, np.ndarray, float | None]],
    inks: Sequence[str],
    where: Path,
    dpi: float | None,
    substrate: Ink | None,
    process: str,
    labels: Sequence[str] | None = None,
) -> SeparationSet:
    """The set of ``items`` (file or channel name, coverage, dpi); inks from ``inks`` (the user's),
    else from ``labels`` (read from the files), else from the item names."""
    if not items:
        raise InputError(where, "no separation planes found (greyscale TIFF or PNG, one per ink)")
    if len(items) > MAX_PLANES:
        raise InputError(where, f"{len(items)} planes: at most {MAX_PLANES} inks")
    if inks and len(inks) != len(items):
        raise InputError(
            where,
            f"{len(inks)} ink names given for {len(items)} separations ({', '.join(n for n, _, _ in items)})",
        )
    found_dpi = _same_geometry(items, where, dpi)
    seps = []
    for k, (name, cov, _) in enumerate(items):
        ink = ink_for(inks[k] if inks else (labels[k] if labels else name), k)
        seps.append(Separation(ink, cov, k + 1, "spot", {"file": name}))

    return SeparationSet(
        seps,
        substrate or resolve_substrate("paper-white"),
        found_dpi,
        source=str(where),
        press={"process": process, "dot_gain": DEFAULT_DOT_GAIN.get(process, 0.0)},
        report={"made_elsewhere": True, "files": [n for n, _, _ in items]},
    )


def read_plane_folder(
    folder: Path,
    inks: Sequence[str] = (),
    dpi: float | None = None,
    substrate: Ink | None = None,
    process: str = "screen",
) -> SeparationSet:
    """A folder of greyscale files, one ink per file, in file-name order."""
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in PLANE_SUFFIXES and not p.name.startswith(".")
    )
    items = []
    for p in files:
        cov, d = _read_grey(p)
        _check_size(p, cov.shape)
        items.append((p.name, cov, d))
    sepset = _set(items, inks, folder, dpi, substrate, process, [name_from_file(p) for p in files])
    sepset.files = [str(p) for p in files]
    return sepset


def read_multichannel_tiff(
    path: Path,
    inks: Sequence[str] = (),
    dpi: float | None = None,
    substrate: Ink | None = None,
    process: str = "screen",
) -> SeparationSet:
    """A TIFF holding several ink planes: pages of one greyscale plane each, planar channels, or a
    ``separated`` TIFF with ``InkNames``."""
    import tifffile  # lazy: loads tifffile only when read_multichannel_tiff() runs

    try:
        with tifffile.TiffFile(path) as tif:
            pages = [p.aspage() for p in tif.pages]  # frames (pages sharing a layout) as pages
            page = pages[0]
            photometric = int(page.photometric)
            file_dpi = _dpi_tiff(page)
            names: list[str] = []
            if _TAG_INKNAMES in page.tags:
                raw = page.tags[_TAG_INKNAMES].value
                text = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw)
                names = [n for n in text.split("\0") if n.strip()]
            if len(pages) > 1 and all(p.ndim == 2 for p in pages):
                planes = [p.asarray() for p in pages]
                names = names or [
                    str(p.tags["PageName"].value) if "PageName" in p.tags else "" for p in pages
                ]
                photos = [int(p.photometric) for p in pages]
            else:
                arr = page.asarray()
                if arr.ndim != 3:
                    raise InputError(path, f"not a multichannel TIFF (shape {arr.shape})")
                contig = int(page.planarconfig) == 1 and arr.shape[-1] <= MAX_PLANES
                planes = [arr[..., k] for k in range(arr.shape[-1])] if contig else list(arr)
                photos = [photometric] * len(planes)
    except InputError:
        raise
    except (OSError, ValueError, KeyError, tifffile.TiffFileError) as exc:
        raise InputError(path, f"cannot read this TIFF ({exc})") from exc
    if photometric == 2:  # RGB
        raise InputError(
            path, "this is an RGB image, not separations: separate it first (hybridstudio separate)"
        )
    items = []
    for k, plane in enumerate(planes):
        _check_size(path, plane.shape)
        amount = photos[k] in (_PHOTOMETRIC_SEPARATED, _PHOTOMETRIC_MINISWHITE)
        label = names[k] if k < len(names) and names[k] else f"Ink {k + 1}"
        items.append((label, _coverage(plane, amount, path), file_dpi))
    return _set(items, inks, path, dpi, substrate, process)


#: Colour channels before the spot/alpha channels, by PSD colour mode (bitmap, grey, indexed, RGB,
#: CMYK, multichannel, duotone, Lab).
_PSD_COLOUR_CHANNELS = {0: 1, 1: 1, 2: 1, 3: 3, 4: 4, 7: 0, 8: 1, 9: 3}


def read_psd(
    path: Path,
    inks: Sequence[str] = (),
    dpi: float | None = None,
    substrate: Ink | None = None,
    process: str = "screen",
) -> SeparationSet:
    """The spot (extra) channels of a Photoshop file through psd-tools, named from the file's
    channel names; in a Multichannel document every channel is an ink. Ink dark, as Photoshop
    shows a channel."""
    try:
        # lazy: psd-tools is optional, loaded only for a Photoshop file
        from psd_tools import PSDImage
        from psd_tools.constants import Resource
    except ImportError:
        raise InputError(
            path,
            "reading Photoshop files needs psd-tools (pip install psd-tools); or "
            "save the spot channels as a multichannel TIFF",
        ) from None
    try:
        psd = PSDImage.open(path)
        first = _PSD_COLOUR_CHANNELS.get(int(psd.color_mode), 3)
        names = [
            str(n).rstrip("\0") for n in (psd.image_resources.get_data(Resource.ALPHA_NAMES_UNICODE) or [])
        ]
        res = psd.image_resources.get_data(Resource.RESOLUTION_INFO)
        file_dpi = None
        if res is not None and res.horizontal:
            file_dpi = res.horizontal / 65536.0 * (2.54 if int(res.horizontal_unit) == 2 else 1.0)
        channels = list(range(first, psd.channels))
        planes = [np.asarray(psd.topil(channel=c)) for c in channels]
    except InputError:
        raise
    except Exception as exc:  # psd-tools raises many kinds on damaged files
        raise InputError(path, f"cannot read this Photoshop file ({exc})") from exc
    if not channels:
        raise InputError(
            path,
            "this Photoshop file has no spot channels (only its colour channels): "
            "add one spot channel per ink, or use Multichannel mode",
        )
    items = []
    for k, plane in enumerate(planes):
        _check_size(path, plane.shape)
        label = names[k] if k < len(names) and names[k] else f"Channel {channels[k] + 1}"
        items.append((label, _coverage(plane, False, path), file_dpi))
    return _set(items, inks, path, dpi, substrate, process)


def load_any_separations(
    path: str | Path,
    inks: Sequence[str] = (),
    dpi: float | None = None,
    substrate: Ink | None = None,
    process: str = "screen",
) -> SeparationSet:
    """Separations from a HybridStudio folder, a folder of greyscale files, or a multichannel TIFF.
    ``inks``: ink names (optionally ``name=#rrggbb``) in file/channel order, instead of the ones
    read from the files; ``dpi``: the resolution when the files carry none."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file or folder")
    if path.name == INDEX_NAME or (path.is_dir() and (path / INDEX_NAME).is_file()):
        return load_separations(path)
    if path.is_dir():
        return read_plane_folder(path, inks, dpi, substrate, process)
    if path.suffix.lower() in (".tif", ".tiff", ".psd", ".psb"):
        read = read_multichannel_tiff if path.suffix.lower() in (".tif", ".tiff") else read_psd
        sepset = read(path, inks, dpi, substrate, process)
        sepset.files = [str(path)]
        return sepset
    raise InputError(
        path,
        "not separations: give a folder of greyscale TIFF/PNG files (one per ink), "
        "a multichannel TIFF or a HybridStudio separations folder",
    )

"""Paths that come from inside a file (a model's external-data location, a manifest's file list, a
separation folder's index) are resolved against the folder they belong to and refused when they
leave it: absolute paths, drive letters, ``..`` climbs and links that point elsewhere.

A downloaded or shared bundle must never make HybridStudio read or write outside its own folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate

_WHY = QT_TRANSLATE_NOOP(
    "safepaths",
    "{what} {name!r} points outside {root} (absolute paths and "
    "'..' are refused in files that travel between machines)",
)


def relative_parts(name: str) -> tuple[str, ...] | None:
    """The parts of a plain relative path (``/`` or ``\\`` separated), or None if it is absolute,
    has a drive, climbs with ``..``, is empty or holds a NUL byte."""
    if not isinstance(name, str) or not name or "\0" in name:
        return None
    if PureWindowsPath(name).drive or PureWindowsPath(name).root or PurePosixPath(name).is_absolute():
        return None
    parts = tuple(p for p in name.replace("\\", "/").split("/") if p not in ("", "."))
    if not parts or ".." in parts:
        return None
    return parts


def is_plain_relative(name: str) -> bool:
    """True for a relative path that stays below its folder (checked without touching the disk)."""
    return relative_parts(name) is not None


def inside(root: str | Path, name: str, *, source: str | Path | None = None, what: str = "path") -> Path:
    """``root / name`` when it stays inside ``root`` (links resolved); :class:`InputError` naming
    ``source`` (the file the path was read from) otherwise."""
    root = Path(root)
    parts = relative_parts(name)
    if parts is not None:
        candidate = root.joinpath(*parts)
        try:
            real_root = root.resolve()
            real = candidate.resolve()
        except (OSError, RuntimeError):  # a link loop
            real = None
        if real is not None and (real == real_root or real_root in real.parents):
            return candidate
    raise InputError(
        source if source is not None else root,
        translate("safepaths", _WHY).format(what=what, name=name, root=root),
    )


_SHARED_WHY = QT_TRANSLATE_NOOP(
    "RecipeFiles",
    "{name!r} is outside the recipe's folder and your HybridStudio folders: a shared "
    "recipe may only use files beside it (copy the file next to the recipe)",
)


def within(path: Path, roots: tuple[Path, ...]) -> bool:
    """True when ``path`` (links resolved) is one of ``roots`` or lies below one of them."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return False
    for root in roots:
        try:
            real_root = root.resolve()
        except (OSError, RuntimeError):
            continue
        if real == real_root or real_root in real.parents:
            return True
    return False


def shared_file(name: str, base: Path, roots: tuple[Path, ...] = ()) -> Path:
    """The file a shared document (a recipe) names: a relative ``name`` is taken in ``base`` (the
    document's folder) and must stay there; an absolute one must lie in ``base`` or one of
    ``roots`` (the user's own folders). Links are resolved. :class:`ValueError` with the
    translated reason otherwise (the caller names the document and the field)."""
    parts = relative_parts(name)
    if parts is not None:
        candidate = base.joinpath(*parts)
        if within(candidate, (base,)):
            return candidate
    elif isinstance(name, str) and name and "\0" not in name and Path(name).is_absolute():
        candidate = Path(name)
        if within(candidate, (base, *roots)):
            return candidate
    raise ValueError(translate("RecipeFiles", _SHARED_WHY).format(name=name))

"""Ink and substrate libraries: plain TOML files, shareable between schools.

A library file (see ``resources/inks/README.md`` for the full format)::

    hybridstudio_inks = 1
    name = "Our riso room"
    process = "riso"            # riso | screen | digital: sets the default dot gain
    dot_gain = 0.22             # optional: measured tone value increase at 50 %

    [[inks]]
    name = "Fluorescent Pink"
    hex = "#ff48b0"             # sRGB, and/or:
    lab = [62.1, 73.5, -12.0]   # measured CIELAB D50 (wins over hex for the model)
    opacity = "transparent"     # or "opaque"
    estimate = true             # the colour is an approximation, not a measurement
    km_k = [0.9, 1.8, 2.4]      # optional: Kubelka–Munk absorption and scattering per linear R, G, B
    km_s = [6.0, 5.5, 5.2]      # (fitted from a drawdown: `hybridstudio ink-fit`)

``resources/inks/substrates.toml`` lists substrates (``[[substrates]]`` with name and hex or lab).
Libraries are found by file path, else by name in the user's ``inks`` data folder, else among the
shipped ``resources/inks/*.toml``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, Message, reader_problem
from ..core.params import did_you_mean, lookup
from ..core.settings import data_dir
from ..paths import resources_dir
from .colours import delta_e2000, hex_to_srgb, lab_to_srgb_unclipped, srgb_to_lab, triple
from .sets import Ink

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RESOURCES = resources_dir() / "inks"
OPACITIES = ("transparent", "opaque")
PROCESSES = ("riso", "screen", "digital")
#: Out-of-gamut tolerance: a Lab ink whose sRGB clipping moves it further than this is reported.
GAMUT_TOLERANCE = 0.02


@dataclass
class InkLibrary:
    """A named list of inks (or substrates) from one file."""

    name: str
    inks: list[Ink]
    path: Path | None = None
    process: str = "screen"
    dot_gain: float | None = None
    description: str = ""
    notes: dict[str, str] = field(default_factory=dict)  # ink name → note (e.g. "estimate")
    estimates: set[str] = field(default_factory=set)  # inks whose colour is approximate
    no_search: set[str] = field(default_factory=set)  # inks the stock search skips (clear medium)
    warnings: list[str] = field(default_factory=list)  # e.g. out-of-gamut inks, clipped for preview

    def get(self, name: str) -> Ink:
        """The ink of this name (case and spacing forgiven); KeyError with a suggestion."""
        key = _key(name)
        for ink in self.inks:
            if _key(ink.name) == key or (ink.code and _key(ink.code) == key):
                return ink
        where = f" in {self.path}" if self.path else ""
        raise KeyError(
            f"no ink {name!r} in library {self.name!r}{where}"
            f"{did_you_mean(name, [i.name for i in self.inks])}"
        )

    def searchable(self) -> list[Ink]:
        """Inks the stock search may choose: not excluded, one per distinct colour."""
        seen: set[str] = set()
        out = []
        for ink in self.inks:
            sig = f"{ink.hex}/{ink.opacity}/{ink.lab}"
            if ink.name in self.no_search or sig in seen:
                continue
            seen.add(sig)
            out.append(ink)
        return out


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def ink_from_dict(
    d: dict[str, Any], default_opacity: str = "transparent", warnings: list[str] | None = None
) -> Ink:
    """An :class:`Ink` from a mapping with ``name``, ``hex`` and/or ``lab``, ``opacity``, ``code``.

    Raises ValueError naming the problem. A Lab colour outside sRGB is kept as the ink's Lab; its
    sRGB (used by the preview) is clipped, and a line is added to ``warnings``.
    """
    if not isinstance(d, dict):
        raise ValueError(f"expected a table, got {type(d).__name__}")
    name = d.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("an ink needs a 'name'")
    name = name.strip()
    opacity = d.get("opacity", default_opacity)
    if opacity not in OPACITIES:
        raise ValueError(f"{name}: opacity must be 'transparent' or 'opaque', got {opacity!r}")
    code = d.get("code", "")
    if not isinstance(code, str):
        code = str(code)
    lab = d.get("lab")
    hex_colour = d.get("hex")
    if lab is None and hex_colour is None:
        raise ValueError(f"{name}: give a colour as 'hex' (sRGB) or 'lab' (CIELAB D50)")
    lab_t: tuple[float, float, float] | None = None
    if lab is not None:
        if (
            not isinstance(lab, (list, tuple))
            or len(lab) != 3
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in lab)
        ):
            raise ValueError(f"{name}: 'lab' must be three numbers [L, a, b], got {lab!r}")
        lab_t = (float(lab[0]), float(lab[1]), float(lab[2]))
        if not all(np.isfinite(lab_t)):
            raise ValueError(f"{name}: 'lab' must be finite numbers")
        if not 0.0 <= lab_t[0] <= 100.0:
            raise ValueError(f"{name}: L* must lie in 0..100, got {lab_t[0]:g}")
        if abs(lab_t[1]) > 150 or abs(lab_t[2]) > 150:
            raise ValueError(f"{name}: a* and b* beyond ±150 are not real surface colours")
    if hex_colour is not None:
        if not isinstance(hex_colour, str):
            raise ValueError(f"{name}: 'hex' must be text like '#1a2b3c'")
        try:
            srgb = hex_to_srgb(hex_colour)
        except ValueError as exc:
            raise ValueError(f"{name}: {exc}") from exc
    else:
        assert lab_t is not None  # no 'hex': 'lab' was given (checked above)
        raw = lab_to_srgb_unclipped(np.array(lab_t))
        clipped = np.clip(raw, 0.0, 1.0)
        if np.abs(raw - clipped).max() > GAMUT_TOLERANCE and warnings is not None:
            de = float(delta_e2000(srgb_to_lab(clipped), np.array(lab_t)))
            warnings.append(
                Message(
                    "Warnings",
                    QT_TRANSLATE_NOOP(
                        "Warnings",
                        "{ink}: Lab {lab} lies outside sRGB; the screen preview and the composite "
                        "model use the nearest sRGB colour (ΔE2000 {de:.1f} away)",
                    ),
                    ink=name,
                    lab=str(list(lab_t)),
                    de=float(de),
                )
            )
        srgb = triple(clipped)
    hiding = d.get("hiding")
    if hiding is not None and (
        isinstance(hiding, bool) or not isinstance(hiding, (int, float)) or not 0.0 <= hiding <= 1.0
    ):
        raise ValueError(f"{name}: 'hiding' must be a number in 0..1, got {hiding!r}")
    km = None
    if "km_k" in d or "km_s" in d:
        vals = [d.get("km_k"), d.get("km_s")]
        if not all(
            isinstance(v, (list, tuple))
            and len(v) == 3
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) and 0 < x < 1e4 for x in v)
            for v in vals
        ):
            raise ValueError(
                f"{name}: 'km_k' and 'km_s' (Kubelka–Munk) must both be three positive "
                f"numbers, got {vals[0]!r} and {vals[1]!r}"
            )
        km = (triple(vals[0]), triple(vals[1]))
    return Ink(
        name=name,
        srgb=srgb,
        lab=lab_t,
        opacity=opacity,
        code=code,
        hiding=None if hiding is None else float(hiding),
        km=km,
    )


def parse_library(text: str, path: Path | None = None, key: str = "inks") -> InkLibrary:
    """Parse a library's TOML text; InputError naming the file and the problem otherwise."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"not a valid TOML ink library ({exc})") from exc
    version = doc.get("hybridstudio_inks", 1)
    if not isinstance(version, int) or version > 1:
        raise InputError(path, f"unsupported ink library version {version!r} (this HybridStudio reads 1)")
    entries = doc.get(key)
    if not entries:
        raise InputError(path, f"the library lists no {key} (add [[{key}]] tables with name and hex or lab)")
    if not isinstance(entries, list):
        raise InputError(path, f"'{key}' must be a list of [[{key}]] tables")
    process = doc.get("process", "screen")
    if process not in PROCESSES:
        raise InputError(path, f"'process' must be one of {', '.join(PROCESSES)}, got {process!r}")
    gain = doc.get("dot_gain")
    if gain is not None and (
        isinstance(gain, bool) or not isinstance(gain, (int, float)) or not 0.0 <= gain <= 0.25
    ):
        raise InputError(path, f"'dot_gain' (tone value increase at 50 %) must be in 0..0.25, got {gain!r}")
    lib = InkLibrary(
        name=str(doc.get("name") or (path.stem if path else "inks")),
        inks=[],
        path=path,
        process=process,
        dot_gain=None if gain is None else float(gain),
        description=str(doc.get("description", "")),
    )
    default_opacity = "opaque" if key == "substrates" else str(doc.get("opacity", "transparent"))
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        try:
            ink = ink_from_dict(entry, default_opacity=default_opacity, warnings=lib.warnings)
        except ValueError as exc:
            raise InputError(path, f"{key} entry {n}: {exc}") from exc
        if _key(ink.name) in seen:
            raise InputError(path, f"{key} entry {n}: the name {ink.name!r} is used twice")
        seen.add(_key(ink.name))
        lib.inks.append(ink)
        if entry.get("estimate"):
            lib.estimates.add(ink.name)
        if entry.get("search") is False:
            lib.no_search.add(ink.name)
        if isinstance(entry.get("note"), str):
            lib.notes[ink.name] = entry["note"]
    return lib


def user_inks_dir() -> Path:
    """The user's own ink libraries (``<data dir>/inks``)."""
    return data_dir() / "inks"


def available_libraries() -> dict[str, Path]:
    """Library names → files: the shipped ones, then the user's (which win on a name clash)."""
    found: dict[str, Path] = {}
    for folder in (RESOURCES, user_inks_dir()):
        if folder.is_dir():
            for p in sorted(folder.glob("*.toml")):
                if p.stem != "substrates":
                    found[p.stem] = p
    return found


def _resolve(name_or_file: str | Path, kind: str) -> Path:
    p = Path(name_or_file)
    if p.suffix.lower() == ".toml" or p.exists() or "/" in str(name_or_file):
        if not p.is_file():
            raise InputError(p, f"{kind} file not found")
        return p
    return lookup(available_libraries(), str(name_or_file), kind, error=lambda m: InputError(None, m))


def load_library(name_or_file: str | Path) -> InkLibrary:
    """Load an ink library by file path or by name (``riso``, ``screenprint``, a user library)."""
    path = _resolve(name_or_file, "ink library")
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            path,
            reader_problem(
                QT_TRANSLATE_NOOP("ReaderErrors", "cannot read the ink library ({detail})"), detail=exc
            ),
        ) from exc
    return parse_library(text, path)


def load_substrates(path: Path | None = None) -> InkLibrary:
    """The substrate list (``resources/inks/substrates.toml`` unless another file is given)."""
    path = path or RESOURCES / "substrates.toml"
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the substrate list ({exc})") from exc
    return parse_library(text, path, key="substrates")


def resolve_substrate(spec: str | None, default: str = "paper-white") -> Ink:
    """A substrate by name from the list, or a hex colour ('#c8a27a' = custom kraft)."""
    spec = spec or default
    if spec.startswith("#"):
        try:
            return Ink(name=f"substrate {spec.lower()}", srgb=hex_to_srgb(spec), opacity="opaque")
        except ValueError as exc:
            raise InputError(None, f"substrate: {exc}") from exc
    try:
        return load_substrates().get(spec)
    except KeyError as exc:
        raise InputError(None, str(exc.args[0])) from exc

"""Process presets: starting curves, negative colours and simulation parameters for cyanotype,
Van Dyke brown, salt and platinum/palladium, read from ``resources/negative/processes.toml``."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..core.errors import InputError
from ..core.params import lookup
from ..paths import resources_dir
from .curve import ToneCurve
from .simulate import ProcessModel

PRESETS_FILE = resources_dir() / "negative" / "processes.toml"


@dataclass(frozen=True)
class ProcessPreset:
    """One alternative process: how to start its calibration and how to preview its prints."""

    id: str
    name: str
    negative_colour: str
    start_curve: ToneCurve
    model: ProcessModel
    notes: str = ""
    chemistry: str = ""
    sources: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=4)
def load_presets(path: Path = PRESETS_FILE) -> dict[str, ProcessPreset]:
    """Every preset in the file, by id."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(path, "the process presets file is missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"not a valid TOML file ({exc})") from exc
    out: dict[str, ProcessPreset] = {}
    for pid, entry in data.get("processes", {}).items():
        try:
            sim = entry.get("simulation", {})
            out[pid] = ProcessPreset(
                id=pid,
                name=entry["name"],
                negative_colour=entry["negative_colour"],
                start_curve=ToneCurve.from_points(entry["start_curve"]),
                model=ProcessModel(
                    paper_colour=entry["paper_colour"], dmax_colour=entry["dmax_colour"], **sim
                ),
                notes=entry.get("notes", ""),
                chemistry=entry.get("chemistry", ""),
                sources=tuple(entry.get("sources", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(path, f"process '{pid}': bad or missing field ({exc})") from exc
    return out


def get_preset(process_id: str) -> ProcessPreset:
    """The preset with this id, or an error listing the known ones."""
    return lookup(load_presets(), process_id, "process", error=lambda m: InputError(None, m))


def process_ids() -> tuple[str, ...]:
    return tuple(load_presets())

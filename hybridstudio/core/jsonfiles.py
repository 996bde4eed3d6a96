"""Reading JSON files users share (calibrations, separation indexes, sidecars): bounded in size,
bounded in nesting, no NaN or Infinity (not JSON, though Python's reader takes them), and a JSON
object at the top — or a one-line error naming the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError

#: Deeper nesting than this is refused before parsing (Python's parser would recurse until
#: RecursionError; HybridStudio's own files nest less than 10 levels).
MAX_DEPTH = 64


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def nesting_depth(text: str) -> int:
    """The deepest ``[``/``{`` nesting of JSON text, ignoring brackets inside strings."""
    depth = deepest = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def loads_checked(text: str, path: Path | str | None, what: str = "file") -> Any:
    """Parse JSON text with the limits above; :class:`InputError` naming ``path`` otherwise."""
    if nesting_depth(text) > MAX_DEPTH:
        raise InputError(
            path, f"the {what} is nested more than {MAX_DEPTH} levels deep (a hostile or broken file)"
        )
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise InputError(path, f"the {what} is not valid JSON ({exc})") from exc


def read_json_object(path: Path, what: str = "file", max_bytes: int = 16_000_000) -> dict[str, Any]:
    """Read a JSON file whose top level must be an object."""
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(path, f"larger than {max_bytes // 1_000_000} MB: not a {what}")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(path, f"{what} not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"not a readable {what} ({exc})") from exc
    doc = loads_checked(text, path, what)
    if not isinstance(doc, dict):
        raise InputError(path, f"the {what} must be a JSON object, not a {type(doc).__name__}")
    return doc

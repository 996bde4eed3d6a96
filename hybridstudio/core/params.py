"""Typed step parameters: declared once, used by recipe validation, the CLI and the app's forms."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .errors import ParamError

#: Parameter kinds a step may declare, and what a recipe may write for each.
KINDS = ("int", "float", "bool", "str", "text", "choice", "color", "path", "floats", "strs")
_HEX = re.compile(r"^#?[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Param:
    """One parameter of a step kind.

    ``kind`` is one of :data:`KINDS`; ``unit`` is a display unit ("mm", "dpi", "lpi", "°", "%",
    "px", "µm", "s"…); ``minimum``/``maximum`` bound numbers (and each item of ``floats``);
    ``choices`` lists allowed values for ``choice`` (and ``strs`` items when given).
    ``optional`` parameters may be left out and then take ``default`` (which may be None).
    """

    name: str
    kind: str
    default: Any
    help: str = ""
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None
    optional: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"parameter {self.name}: unknown kind {self.kind!r}")
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"parameter {self.name}: a choice needs choices")

    def validate(self, value: Any) -> Any:
        """Return ``value`` converted to this parameter's type, or raise :class:`ParamError`."""
        if value is None:
            if self.optional or self.default is None:
                return None
            raise ParamError(self.name, "a value is required")
        k = self.kind
        if k == "bool":
            if not isinstance(value, bool):
                raise ParamError(self.name, f"expected true or false, got {value!r}")
            return value
        if k == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    raise ParamError(self.name, f"expected a whole number, got {value!r}")
            self._check_range(value)
            return int(value)
        if k == "float":
            if self.unit == "threads/in" and isinstance(value, str):
                # a mesh count may be written per inch or per centimetre: "230/in", "90/cm"
                value = parse_mesh(value)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(self.name, f"expected a number, got {value!r}")
            value = float(value)
            if value != value:  # NaN
                raise ParamError(self.name, "expected a number, got NaN")
            self._check_range(value)
            return value
        if k in ("str", "text", "path"):
            if not isinstance(value, str):
                raise ParamError(self.name, f"expected text, got {value!r}")
            return value
        if k == "choice":
            if not isinstance(value, str) or value not in (self.choices or ()):
                hint = _did_you_mean(str(value), self.choices or ())
                raise ParamError(self.name, f"{value!r} is not one of {', '.join(self.choices or ())}{hint}")
            return value
        if k == "color":
            if not isinstance(value, str) or not _HEX.match(value):
                raise ParamError(self.name, f"expected a colour like '#1a2b3c', got {value!r}")
            return "#" + value.lstrip("#").lower()
        if k == "floats":
            if not isinstance(value, (list, tuple)) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in value
            ):
                raise ParamError(self.name, f"expected a list of numbers, got {value!r}")
            out = [float(v) for v in value]
            for v in out:
                self._check_range(v)
            return out
        if k == "strs":
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ParamError(self.name, f"expected a list of names, got {value!r}")
            if self.choices:
                for v in value:
                    if v not in self.choices:
                        raise ParamError(self.name, f"{v!r} is not one of {', '.join(self.choices)}"
                                         f"{_did_you_mean(v, self.choices)}")
            return list(value)
        raise AssertionError(k)

    def _check_range(self, value: float) -> None:
        unit = f" {self.unit}" if self.unit else ""
        if self.minimum is not None and value < self.minimum:
            raise ParamError(self.name, f"{value}{unit} is below the minimum {self.minimum}{unit}")
        if self.maximum is not None and value > self.maximum:
            raise ParamError(self.name, f"{value}{unit} is above the maximum {self.maximum}{unit}")

    def describe(self) -> str:
        """One line for `hybridstudio steps`: kind, default, range, unit."""
        bits = [self.kind]
        if self.choices:
            bits.append("|".join(self.choices))
        if self.minimum is not None or self.maximum is not None:
            lo = "" if self.minimum is None else f"{self.minimum:g}"
            hi = "" if self.maximum is None else f"{self.maximum:g}"
            bits.append(f"{lo}..{hi}")
        if self.unit:
            bits.append(self.unit)
        return f"{self.name} ({', '.join(bits)}; default {self.default!r})"


def _did_you_mean(word: str, options: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """' (did you mean 'x'?)' when a close option exists, else ''."""
    return _did_you_mean(word, tuple(options))


def validate_params(declared: tuple[Param, ...], given: dict[str, Any]) -> dict[str, Any]:
    """Check ``given`` against ``declared``: unknown names, types, ranges. Fills in defaults."""
    by_name = {p.name: p for p in declared}
    for key in given:
        if key not in by_name:
            raise ParamError(key, f"unknown parameter{_did_you_mean(key, tuple(by_name))}")
    return {p.name: p.validate(given.get(p.name, p.default)) for p in declared}


#: threads per inch in one thread per centimetre
CM_PER_INCH = 2.54
_MESH = re.compile(
    r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*(?:(?:threads?|fils|t)?\s*/\s*(in|inch|cm|po)|(tpi))?\s*$",
    re.IGNORECASE)


def parse_mesh(text: str | float) -> float:
    """A mesh count in threads per inch from '230', '230/in', '90/cm', '90 fils/cm' (French
    workshops count per centimetre, suppliers often per inch: both are accepted)."""
    if isinstance(text, (int, float)):
        return float(text)
    m = _MESH.match(str(text))
    if not m:
        raise ParamError("mesh", f"{text!r} is not a mesh count (e.g. 230/in or 90/cm)")
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or m.group(3) or "in").lower()
    return value * CM_PER_INCH if unit == "cm" else value

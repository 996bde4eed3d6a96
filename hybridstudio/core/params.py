"""Typed step parameters: declared once, used by recipe validation, the CLI and the app's forms."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ParamError
from .i18n import QT_TRANSLATE_NOOP, Message

#: Parameter kinds a step may declare, and what a recipe may write for each.
KINDS = ("int", "float", "bool", "str", "text", "choice", "color", "path", "floats", "strs")
_HEX = re.compile(r"^#?[0-9a-fA-F]{6}$")
T = TypeVar("T")


@dataclass(frozen=True)
class Param:
    """One parameter of a step kind.

    ``kind`` is one of :data:`KINDS`; ``unit`` is a display unit ("mm", "dpi", "lpi", "°", "%",
    "px", "µm", "s"…); ``minimum``/``maximum`` bound numbers (and each item of ``floats``);
    ``choices`` lists allowed values for ``choice`` (and ``strs`` items when given).
    ``optional`` parameters may be left out and then take ``default`` (which may be None).
    An engine declares its parameters once, as an options dataclass (:mod:`.options`), and steps
    derive their ``Param`` tuple from it.
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
    #: The field's title in forms and help ("Ruling"); empty: made from the name.
    label: str = ""
    #: What each choice is called in forms, in the order of ``choices`` (a :class:`Choice` enum's
    #: labels); empty: the ids, made readable.
    choice_labels: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The label, or the name made readable ('line_screen' → 'Line screen')."""
        return self.label or self.name.replace("_", " ").capitalize()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"parameter {self.name}: unknown kind {self.kind!r}")
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"parameter {self.name}: a choice needs choices")
        if self.choice_labels and len(self.choice_labels) != len(self.choices or ()):
            raise ValueError(f"parameter {self.name}: one label per choice")

    def choice_label(self, choice: str) -> str:
        """The English name of ``choice``: its declared label, else the id made readable."""
        if self.choices and choice in self.choices and self.choice_labels:
            return self.choice_labels[self.choices.index(choice)]
        words = choice.replace("_", " ").replace("-", " ")
        return words[:1].upper() + words[1:]

    def validate(self, value: Any) -> Any:
        """Return ``value`` converted to this parameter's type, or raise :class:`ParamError`."""
        if value is None:
            if self.optional or self.default is None:
                return None
            raise ParamError(self.name, _said(QT_TRANSLATE_NOOP("ParamErrors", "a value is required")))
        k = self.kind
        if k == "bool":
            if not isinstance(value, bool):
                raise ParamError(
                    self.name,
                    _said(
                        QT_TRANSLATE_NOOP("ParamErrors", "expected true or false, got {value}"),
                        value=repr(value),
                    ),
                )
            return value
        if k == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    raise ParamError(
                        self.name,
                        _said(
                            QT_TRANSLATE_NOOP("ParamErrors", "expected a whole number, got {value}"),
                            value=repr(value),
                        ),
                    )
            self._check_range(value)
            return int(value)
        if k == "float":
            if self.unit == "threads/in" and isinstance(value, str):
                # a mesh count may be written per inch or per centimetre: "230/in", "90/cm"
                value = parse_mesh(value)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ParamError(
                    self.name,
                    _said(
                        QT_TRANSLATE_NOOP("ParamErrors", "expected a number, got {value}"), value=repr(value)
                    ),
                )
            value = float(value)
            if value != value:  # NaN
                raise ParamError(
                    self.name, _said(QT_TRANSLATE_NOOP("ParamErrors", "expected a number, got NaN"))
                )
            self._check_range(value)
            return value
        if k in ("str", "text", "path"):
            if not isinstance(value, str):
                raise ParamError(
                    self.name,
                    _said(QT_TRANSLATE_NOOP("ParamErrors", "expected text, got {value}"), value=repr(value)),
                )
            return value
        if k == "choice":
            if not isinstance(value, str) or value not in (self.choices or ()):
                hint = _did_you_mean(str(value), self.choices or ())
                raise ParamError(
                    self.name,
                    _said(
                        QT_TRANSLATE_NOOP("ParamErrors", "{value} is not one of {choices}{hint}"),
                        value=repr(value),
                        choices=", ".join(self.choices or ()),
                        hint=hint,
                    ),
                )
            return value
        if k == "color":
            if not isinstance(value, str) or not _HEX.match(value):
                raise ParamError(
                    self.name,
                    _said(
                        QT_TRANSLATE_NOOP("ParamErrors", "expected a colour like '#1a2b3c', got {value}"),
                        value=repr(value),
                    ),
                )
            return "#" + value.lstrip("#").lower()
        if k == "floats":
            if not isinstance(value, (list, tuple)) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in value
            ):
                raise ParamError(
                    self.name,
                    _said(
                        QT_TRANSLATE_NOOP("ParamErrors", "expected a list of numbers, got {value}"),
                        value=repr(value),
                    ),
                )
            out = [float(v) for v in value]
            for v in out:
                self._check_range(v)
            return out
        if k == "strs":
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ParamError(
                    self.name,
                    _said(
                        QT_TRANSLATE_NOOP("ParamErrors", "expected a list of names, got {value}"),
                        value=repr(value),
                    ),
                )
            if self.choices:
                for v in value:
                    if v not in self.choices:
                        raise ParamError(
                            self.name,
                            f"{v!r} is not one of {', '.join(self.choices)}{_did_you_mean(v, self.choices)}",
                        )
            return list(value)
        raise AssertionError(k)

    def _check_range(self, value: float) -> None:
        unit = f" {self.unit}" if self.unit else ""
        if self.minimum is not None and value < self.minimum:
            raise ParamError(
                self.name,
                _said(
                    QT_TRANSLATE_NOOP("ParamErrors", "{value}{unit} is below the minimum {limit}{unit}"),
                    value=value,
                    unit=unit,
                    limit=self.minimum,
                ),
            )
        if self.maximum is not None and value > self.maximum:
            raise ParamError(
                self.name,
                _said(
                    QT_TRANSLATE_NOOP("ParamErrors", "{value}{unit} is above the maximum {limit}{unit}"),
                    value=value,
                    unit=unit,
                    limit=self.maximum,
                ),
            )

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


def lookup(
    table: Mapping[str, T],
    key: str,
    what: str,
    *,
    error: Callable[[str], Exception] = KeyError,
    known: str | None = "",
    hint: str = "",
) -> T:
    """``table[key]``, or raise ``error(message)`` with the one wording of an unknown name.

    The message reads "unknown WHAT 'key' (did you mean 'x'?); known KNOWN: a, b" — ``known=None``
    leaves the list out (long catalogues), ``hint`` is added at the end (e.g. where to look).
    ``error`` builds the caller's exception from the message: ``KeyError``, ``ValueError``,
    ``lambda m: ParamError("method", m)``…
    """
    if key in table:
        return table[key]
    message = f"unknown {what} {key!r}{did_you_mean(str(key), table)}"
    if known is not None:
        message += f"; known{' ' + known if known else ''}: {', '.join(table)}"
    raise error(message + hint)


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
    r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*(?:(?:threads?|fils|t)?\s*/\s*(in|inch|cm|po)|(tpi))?\s*$", re.IGNORECASE
)


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


def _said(text: str, **values: object) -> Message:
    """An error text that the app and the CLI say in the user's language."""
    return Message("ParamErrors", text, **values)

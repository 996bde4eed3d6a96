"""An engine's options, declared once: one dataclass whose fields carry default, unit, range, label
and help. Recipe parameters (:class:`Param`), the app's forms, the CLI flags and the translations
are all derived from it.

    @dataclass
    class ScreenSpec:
        lpi: float = option(55.0, QT_TRANSLATE_NOOP("steps", "Ruling"), unit="lpi",
                            minimum=5.0, maximum=300.0)
        shape: DotShape = option(DotShape.ELLIPTICAL, QT_TRANSLATE_NOOP("steps", "Dot shape"))

Choices are :class:`Choice` enums: the member's value is the id written in recipes and on the
command line, its ``label`` the title a form shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import MISSING, dataclass
from typing import Any

from .errors import ParamError
from .params import Param, parse_mesh

#: The metadata key under which :func:`option` stores a field's declaration.
META = "hybridstudio.option"


class Choice(str, enum.Enum):
    """A closed set of named choices. Declare members as ``NAME = "id", "Label"``; members compare
    equal to their id, so code and recipes may keep using the plain string."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Choice:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value.replace("_", " ").capitalize()
        return obj

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def ids(cls) -> tuple[str, ...]:
        """Every member's id, in declaration order."""
        return tuple(m.value for m in cls)


@dataclass(frozen=True)
class OptionMeta:
    """What :func:`option` records about one field (besides its default and type)."""

    label: str
    help: str = ""
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False
    flag: str | None = None
    kind: str | None = None
    choices: tuple[str, ...] | None = None
    enum: type[Choice] | None = None


def choices_from(name: str, members: Iterable[tuple[str, str]], module: str) -> type[Choice]:
    """A :class:`Choice` made from data — film stocks, registered separation methods — as
    ``(id, label)`` pairs. Annotate the field ``str`` and pass the class as ``option(choices=…)``:
    type checkers cannot see members made at run time."""
    table = {key.upper().replace("-", "_").replace(" ", "_"): (key, label) for key, label in members}
    factory: Any = Choice  # enum's functional API, which type checkers do not model
    made: type[Choice] = factory(name, table, module=module)
    return made


def option(
    default: Any = MISSING,
    label: str = "",
    help: str = "",
    *,
    unit: str = "",
    minimum: float | None = None,
    maximum: float | None = None,
    optional: bool = False,
    flag: str | None = None,
    kind: str | None = None,
    choices: Iterable[str] | type[Choice] | None = None,
) -> Any:
    """A dataclass field that is also a user option. ``kind`` overrides the kind the field's type
    gives ("text", "path", "color"); ``flag`` keeps a CLI flag name that differs from the field's
    (several, space-separated: "-m --model");
    ``choices`` lists allowed ids for a ``str``/``list[str]`` field whose choices are data
    (ink names, presets), or is a :class:`Choice` made by :func:`choices_from`."""
    enum_cls = choices if isinstance(choices, type) and issubclass(choices, Choice) else None
    listed = enum_cls.ids() if enum_cls is not None else (tuple(choices) if choices is not None else None)
    meta = {META: OptionMeta(label, help, unit, minimum, maximum, optional, flag, kind, listed, enum_cls)}
    if isinstance(default, (list, dict, set)):
        return dataclasses.field(default_factory=functools.partial(type(default), default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def _kind_of(tp: Any) -> tuple[str, type[Choice] | None, bool]:
    """(Param kind, the Choice enum if any, optional) of a field's type."""
    optional = False
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = len(args) < len(typing.get_args(tp))
        tp = args[0] if len(args) == 1 else str
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        (item, *_) = typing.get_args(tp) or (str,)
        if isinstance(item, type) and issubclass(item, Choice):
            return "strs", item, optional
        return ("floats" if item in (float, int) else "strs"), None, optional
    if isinstance(tp, type) and issubclass(tp, Choice):
        return "choice", tp, optional
    if tp is bool:
        return "bool", None, optional
    if tp is int:
        return "int", None, optional
    if tp is float:
        return "float", None, optional
    return "str", None, optional


@dataclass(frozen=True)
class OptionField:
    """One declared option of an options class: its recipe parameter and how to build the value."""

    param: Param
    enum: type[Choice] | None
    meta: OptionMeta

    @property
    def name(self) -> str:
        return self.param.name

    @property
    def flag(self) -> str:
        return self.meta.flag or "--" + self.name.replace("_", "-")

    @property
    def flags(self) -> tuple[str, ...]:
        """The CLI flags: ``flag`` may name several, space-separated ("-m --model")."""
        return tuple(self.flag.split())

    def convert(self, value: Any) -> Any:
        """A validated recipe value as the field holds it (enum members for choices)."""
        if self.enum is None or value is None:
            return value
        if isinstance(value, list):
            return [self.enum(v) for v in value]
        return self.enum(value)


_FIELDS: dict[type, tuple[OptionField, ...]] = {}


def fields_of(cls: type) -> tuple[OptionField, ...]:
    """The options a dataclass declares with :func:`option`, in field order."""
    if cls not in _FIELDS:
        _FIELDS[cls] = _read_fields(cls)
    return _FIELDS[cls]


def _read_fields(cls: type) -> tuple[OptionField, ...]:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} is not a dataclass")
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        meta = f.metadata.get(META)
        if meta is None:
            continue  # an internal field, not a user option
        kind, enum_cls, optional = _kind_of(hints[f.name])
        if meta.enum is not None:
            enum_cls = meta.enum
            kind = "strs" if kind == "strs" else "choice"
        if meta.kind:
            kind = meta.kind
        default = (
            f.default
            if f.default is not MISSING
            else (f.default_factory() if f.default_factory is not MISSING else None)
        )
        if isinstance(default, Choice):
            default = default.value
        elif isinstance(default, list):
            default = [d.value if isinstance(d, Choice) else d for d in default]
        choices = enum_cls.ids() if enum_cls is not None else meta.choices
        if kind == "str" and choices:
            kind = "choice"
        param = Param(
            f.name,
            kind,
            default,
            meta.help,
            meta.unit,
            meta.minimum,
            meta.maximum,
            choices,
            meta.optional or optional,
            label=meta.label,
            choice_labels=tuple(m.label for m in enum_cls) if enum_cls else (),
        )
        out.append(OptionField(param, enum_cls, meta))
    return tuple(out)


def params_of(*classes: type) -> tuple[Param, ...]:
    """The recipe parameters of one or more options classes (names must not repeat)."""
    params = tuple(f.param for cls in classes for f in fields_of(cls))
    names = [p.name for p in params]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise TypeError(f"options declared twice: {', '.join(repeated)}")
    return params


def build(cls: type, values: dict[str, Any]) -> Any:
    """An instance of ``cls`` from recipe values: its own options are validated (range, type,
    choices) and converted; values of other classes are ignored; missing ones take defaults."""
    kwargs = {}
    for f in fields_of(cls):
        if f.name in values:
            kwargs[f.name] = f.convert(f.param.validate(values[f.name]))
    return cls(**kwargs)


def values_of(obj: Any) -> dict[str, Any]:
    """The recipe values of an options object (plain ids for choices)."""
    out = {}
    for f in fields_of(type(obj)):
        value = getattr(obj, f.name)
        if isinstance(value, Choice):
            value = value.value
        elif isinstance(value, list):
            value = [v.value if isinstance(v, Choice) else v for v in value]
        out[f.name] = value
    return out


def _floats(text: str) -> list[float]:
    try:
        return [float(a) for a in text.replace(";", ",").split(",") if a.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of numbers") from None


def _strs(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


def _cli_type(param: Param) -> Callable[[str], Any] | None:
    if param.unit == "threads/in":

        def mesh(text: str) -> float:
            try:
                return parse_mesh(text)
            except ParamError as exc:
                raise argparse.ArgumentTypeError(exc.problem) from None

        return mesh
    converters: dict[str, Callable[[str], Any]] = {
        "int": int,
        "float": float,
        "floats": _floats,
        "strs": _strs,
    }
    return converters.get(param.kind)


def _cli_help(f: OptionField) -> str:
    p = f.param
    text = p.help or p.label
    bits = []
    if p.kind not in ("bool",) and p.default not in (None, "", []):
        default = (
            ",".join(f"{d:g}" if isinstance(d, float) else str(d) for d in p.default)
            if isinstance(p.default, list)
            else (f"{p.default:g}" if isinstance(p.default, float) else p.default)
        )
        bits.append(f"default {default}{' ' + p.unit if p.unit and p.unit != 'threads/in' else ''}")
    if p.kind == "choice" and f.enum is not None:
        bits.append("; ".join(f"{m.value} = {m.label}" for m in f.enum))
    return f"{text} ({'; '.join(bits)})" if bits else text


def add_arguments(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup,
    cls: type,
    skip: Iterable[str] = (),
    only: Iterable[str] | None = None,
) -> None:
    """Add one CLI flag per option of ``cls`` (``--field-name``, or the declared ``flag``), with
    the declared default, type, choices and help; ``skip`` leaves options out (the command adds
    its own flag for them), ``only`` adds just those (e.g. into a mutually exclusive group)."""
    skipped = set(skip)
    wanted = None if only is None else set(only)
    for f in fields_of(cls):
        if f.name in skipped or (wanted is not None and f.name not in wanted):
            continue
        p = f.param
        kw: dict[str, Any] = {"dest": p.name, "help": _cli_help(f).replace("%", "%%")}
        if p.kind == "bool":
            kw["action"] = "store_true" if not p.default else argparse.BooleanOptionalAction
            kw["default"] = bool(p.default)
        else:
            kw["default"] = p.default
            conv = _cli_type(p)
            if conv is not None:
                kw["type"] = conv
            if p.kind == "choice":
                kw["choices"] = p.choices
            if p.kind in ("int", "float"):
                kw["metavar"] = p.unit.upper() if p.unit.isascii() and p.unit.isalpha() else "N"
            elif p.kind in ("floats", "strs"):
                kw["metavar"] = "A,B,..."
        parser.add_argument(*f.flags, **kw)


def values_from_args(args: argparse.Namespace, *classes: type) -> dict[str, Any]:
    """The recipe values of ``classes`` read from parsed CLI arguments."""
    return {f.name: getattr(args, f.name) for cls in classes for f in fields_of(cls) if hasattr(args, f.name)}


def check_labelled(owner: str, classes: Iterable[type]) -> None:
    """Raise TypeError when an option of ``classes`` has no label (forms and help need one)."""
    for cls in classes:
        for f in fields_of(cls):
            if not f.param.label:
                raise TypeError(f"{owner}: option {cls.__name__}.{f.name} has no label")

"""The separation methods: one module per method, each registering itself with :func:`register`.

Adding a method is one file in this folder: a function that turns a :class:`Job` (the image laid
over the substrate, a colour sample, the library, the picked inks, the press) into
:class:`Planes` (one coverage plane per ink), and a ``register(Method(...))`` call. The
dispatcher (:func:`hybridstudio.separation.api.separate`), the step, the CLI's ``--method`` and
the app's form list the methods from here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ...core.errors import ParamError
from ...core.params import lookup
from ...core.progress import Progress
from ..inks import InkLibrary
from ..sets import Ink, Separation
from ..unmix import SolveOptions

if TYPE_CHECKING:
    from ..api import SeparateOptions


@dataclass
class Job:
    """What a method gets: the image (float RGB over the substrate), where it is visible, a pixel
    sample for clustering and ink searches, and the press the separations are for."""

    opts: SeparateOptions
    rgb: np.ndarray
    visible: np.ndarray | None
    sample: np.ndarray
    substrate: Ink
    gain: float
    process: str
    library: InkLibrary | None
    picked: list[Ink]
    opacity: str
    out_size: tuple[int, int]  # (width, height) of the planes at the output DPI
    check: Callable[[], None]
    progress: Progress  # of the method's part of the work (also callable as (fraction, message))
    solve: Callable[[int], SolveOptions]  # the coverage solve for this many inks
    limit: float | None = None  # total-ink limit (fraction), None = none
    report: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    attachments: dict[str, bytes] = field(default_factory=dict)

    @property
    def inks(self) -> int:
        """The number of inks asked for (0 = automatic)."""
        return self.opts.inks

    def pool(self, n: int) -> list[Ink]:
        """The library's searchable inks, checked to offer at least ``n``."""
        pool = self.library.searchable() if self.library else []
        if n > len(pool):
            name = self.library.name if self.library else "-"
            raise ParamError(
                "inks", f"asked for {n} inks but library {name!r} offers only {len(pool)} distinct inks"
            )
        return pool


@dataclass
class Planes:
    """What a method gives back: the separations at the image's size (or at the output size when
    ``dithered``), and what it changes in the press model."""

    separations: list[Separation]
    dot_gain: float | None = None  # replaces the press's dot gain (solid dithered dots)
    composite: np.ndarray | None = None  # the predicted print when the method has its own (ICC proof)
    dithered: bool = False  # at the output size, transparency applied, ΔE read after a viewing blur


@dataclass(frozen=True)
class Method:
    """One separation method. ``label`` is wrapped in QT_TRANSLATE_NOOP("steps", …);
    ``order`` places it in lists; the rest are its defaults where the user leaves them empty."""

    id: str
    label: str
    run: Callable[[Job], Planes]
    order: int = 100
    library: str | None = None  # default ink library
    substrate: str = "paper-white"  # default substrate
    opaque_on: tuple[str, ...] = ()  # processes on which automatic inks are opaque
    dpi: float | None = None  # default output DPI (riso masters keep 600)


_METHODS: dict[str, Method] = {}
_LOADED = False


def register(method: Method) -> Method:
    """Make a method known to :func:`separate`, the step, the CLI and the app."""
    if method.id in _METHODS and _METHODS[method.id] is not method:
        raise ValueError(f"two separation methods use the id {method.id!r}")
    _METHODS[method.id] = method
    return method


def _load_all() -> None:
    global _LOADED
    if not _LOADED:
        for mod in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{mod.name}")
        _LOADED = True


def all_methods() -> dict[str, Method]:
    """Every method by id, in list order."""
    _load_all()
    return dict(sorted(_METHODS.items(), key=lambda kv: (kv[1].order, kv[0])))


def method_ids() -> tuple[str, ...]:
    return tuple(all_methods())


def get_method(method_id: str) -> Method:
    """The method with this id; a ParamError naming the known ones otherwise."""
    return lookup(
        all_methods(),
        method_id,
        "separation method",
        error=lambda m: ParamError("method", m),
        known="methods",
    )

"""Step kinds: each declares what it is, its parameters, what it consumes and produces, whether it
uses AI, how it works and the craft technique that does the same without AI.

Step kinds live in modules of :mod:`hybridstudio.steps`; they register with :func:`register`.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, Any, ClassVar

from .options import build, check_labelled, params_of
from .params import Param, lookup

if TYPE_CHECKING:
    from .context import StepContext
    from .settings import Settings

#: How a step relates to AI, for the IPTC digital source type.
AI_NONE = None
AI_GENERATES = "generates"  # makes an image from nothing (txt2img)
AI_MODIFIES = "modifies"  # changes an existing image (upscale, img2img)


class Step:
    """Base class of a step kind. Subclasses set the class attributes and implement :meth:`run`.

    ``title``, ``description``, ``how_it_works`` and ``craft`` are written in English and marked
    with ``QT_TRANSLATE_NOOP("steps", …)`` so the app can show them in French.
    """

    id: ClassVar[str]
    title: ClassVar[str]
    description: ClassVar[str]
    category: ClassVar[str] = "adjust"  # ai, colour, print, analog, negative, adjust
    #: The options dataclasses the step takes (usually one, its engine's: ``(ScreenSpec,)``).
    #: When set, ``params`` is derived from them and :meth:`bind` builds them from a recipe.
    options: ClassVar[tuple[type, ...]] = ()
    params: ClassVar[tuple[Param, ...]] = ()
    consumes: ClassVar[str] = "image"
    produces: ClassVar[str] = "image"
    ai: ClassVar[str | None] = AI_NONE
    how_it_works: ClassVar[str] = ""
    craft: ClassVar[str] = ""
    #: Steps whose outputs are cheap to recompute can opt out of the executor's cache.
    cacheable: ClassVar[bool] = True
    #: Text parameters that may name a file instead of a known name (a model id or an .onnx file):
    #: name → the suffixes that make a value a file. Like ``path`` parameters, such files named in a
    #: recipe must lie beside the recipe or in the user's folders.
    file_params: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: The run's settings, set by the executor before :meth:`peak_bytes` (estimates that depend on
    #: the device or the memory mode read them); None outside a run.
    settings: Settings | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "options" in cls.__dict__ and cls.options:
            if "params" in cls.__dict__:
                raise TypeError(f"{cls.__name__}: declare `options` or `params`, not both")
            cls.params = params_of(*cls.options)

    def bind(self, params: dict[str, Any]) -> Any:
        """The step's options objects built from validated recipe ``params``: one object for one
        options class, else a tuple in the order of :attr:`options`."""
        objs = tuple(build(cls, params) for cls in self.options)
        return objs[0] if len(objs) == 1 else objs

    @property
    def uses_ai(self) -> bool:
        return self.ai is not None

    def run(self, data: Any, params: dict[str, Any], ctx: StepContext) -> Any:
        """Do the work: take a payload of kind ``consumes`` (None for ``nothing``) and return one
        of kind ``produces``. Report progress with ``ctx.progress`` and call ``ctx.check_cancelled``
        in long loops. AI steps fill ``ctx.record.ai``."""
        raise NotImplementedError

    def fingerprint(self, params: dict[str, Any]) -> str:
        """Extra text for the cache key beyond the parameters (e.g. a model's sha256)."""
        return ""

    #: Peak bytes per pixel of an image step's work beyond its input: the float32 RGB result,
    #: two float32 RGB temporaries and a plane or two. Steps that grow the image override
    #: :meth:`peak_bytes`.
    BYTES_PER_PX = 48

    def peak_bytes(self, data: Any, params: dict[str, Any]) -> tuple[int, int, int] | None:
        """(width, height, bytes): the estimated peak memory of running on ``data``, checked by
        the executor against the memory available before the step starts; None = not estimated."""
        pixels = getattr(data, "pixels", None)
        if pixels is None or getattr(pixels, "ndim", 0) < 2:
            return None
        h, w = pixels.shape[:2]
        return w, h, w * h * self.BYTES_PER_PX

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        """Parameters for a reduced-size live preview (``scale`` < 1). Steps whose parameters are in
        pixels adapt them here; the default keeps them."""
        return params

    @classmethod
    def param(cls, name: str) -> Param:
        for p in cls.params:
            if p.name == name:
                return p
        raise KeyError(name)


_REGISTRY: dict[str, type[Step]] = {}
_LOADED = False


def register(cls: type[Step]) -> type[Step]:
    """Class decorator: make a step kind known to recipes, the CLI and the app."""
    if cls.id in _REGISTRY and _REGISTRY[cls.id] is not cls:
        raise ValueError(f"two step kinds use the id {cls.id!r}")
    check_labelled(f"step {cls.id}", cls.options)
    if cls.run is Step.run:
        raise TypeError(f"step {cls.id}: implement run(data, params, ctx)")
    _REGISTRY[cls.id] = cls
    return cls


#: The package whose modules define the built-in step kinds. It is found by name, like a plugin
#: entry point: the steps wrap the crafts, which sit above this registry, so importing it here
#: would make the engine depend on every craft.
STEPS_PACKAGE = "hybridstudio.steps"


def _load_all() -> None:
    global _LOADED
    if _LOADED:
        return
    pkg = importlib.import_module(STEPS_PACKAGE)
    for mod in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{mod.name}")
    _LOADED = True


def all_steps() -> dict[str, type[Step]]:
    """Every registered step kind by id, sorted by category then id."""
    _load_all()
    return dict(sorted(_REGISTRY.items(), key=lambda kv: (kv[1].category, kv[0])))


def get_step(step_id: str) -> type[Step]:
    """The step kind with this id; KeyError with a did-you-mean message otherwise."""
    return lookup(all_steps(), step_id, "step kind", known=None)

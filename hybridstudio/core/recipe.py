"""Recipes: versioned, ordered lists of steps in plain TOML — what schools share.

A recipe is data: it is parsed with :mod:`tomllib` and checked against the step declarations;
nothing in it is ever evaluated as code. Loading validates everything before anything runs, and
every error names the file, the step and the field.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .atomic import atomic_write_bytes
from .settings import data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import tomli_w

from .errors import ParamError, RecipeError, RecipeInputError
from .i18n import QT_TRANSLATE_NOOP, reader_problem, translate
from .jsonfiles import MAX_DEPTH, nesting_depth
from .params import Param, did_you_mean, lookup, validate_params
from .payloads import NOTHING
from .safepaths import shared_file, within
from .step import Step, all_steps

FORMAT_KEY = "hybridstudio_recipe"
FORMAT_VERSION = 1
#: ``name_fr``/``description_fr``: the recipe's name and description in French (shipped recipes)
TOP_KEYS = (FORMAT_KEY, "name", "description", "name_fr", "description_fr", "author", "licence", "steps")
TEXT_KEYS = ("description", "name_fr", "description_fr", "author", "licence")
STEP_META_KEYS = ("kind", "label", "enabled")
MAX_RECIPE_BYTES = 1_000_000

#: What each payload kind is called when telling a person what a recipe needs.
INPUT_WORDS = {
    "image": QT_TRANSLATE_NOOP("RecipeInputs", "an image"),
    "separations": QT_TRANSLATE_NOOP("RecipeInputs", "a separations folder"),
    "films": QT_TRANSLATE_NOOP("RecipeInputs", "films"),
    "negative": QT_TRANSLATE_NOOP("RecipeInputs", "a digital negative"),
}


def user_folders() -> tuple[Path, ...]:
    """Folders whose files any recipe may name besides its own folder: the user's HybridStudio
    data (their ink libraries, imported models) and the files shipped with HybridStudio."""
    return data_dir(), resources_dir()


def names_file(step: type[Step], param: Param, value: Any) -> bool:
    """True when ``value`` of ``param`` names a file (always for ``path`` parameters; for the
    step's :attr:`~Step.file_params` when it has a separator or one of their suffixes)."""
    if not isinstance(value, str) or not value:
        return False
    if param.kind == "path":
        return True
    suffixes = step.file_params.get(param.name)
    if suffixes is None:
        return False
    return "/" in value or "\\" in value or Path(value).suffix.lower() in suffixes


def _confine_files(step: type[Step], params: dict[str, Any], recipe_path: Path, index: int) -> dict[str, Any]:
    """Files named by a recipe, resolved in its folder: a shared recipe never reads /etc/… or
    ../../… (:class:`RecipeError` naming the recipe, the step and the field otherwise)."""
    base = recipe_path.parent
    out = dict(params)
    for p in step.params:
        if names_file(step, p, out.get(p.name)):
            try:
                out[p.name] = str(shared_file(out[p.name], base, user_folders()))
            except ValueError as exc:
                raise RecipeError(recipe_path, str(exc), step=index, field=p.name) from exc
    return out


@dataclass
class RecipeStep:
    """One step of a recipe: its kind, its validated parameters, an optional label."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    label: str | None = None
    enabled: bool = True

    @property
    def step_class(self) -> type[Step]:
        return all_steps()[self.kind]


@dataclass
class Recipe:
    """A validated recipe."""

    name: str
    steps: list[RecipeStep] = field(default_factory=list)
    description: str = ""
    author: str = ""
    licence: str = ""
    path: Path | None = None
    name_fr: str = ""
    description_fr: str = ""

    def localized(self, lang: str) -> tuple[str, str]:
        """(name, description) in ``lang`` ('fr' or 'en'), English where no translation is given."""
        if lang == "fr":
            return self.name_fr or self.name, self.description_fr or self.description
        return self.name, self.description

    # ---- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> Recipe:
        """Read and fully validate a recipe file."""
        path = Path(path)
        if not path.is_file():
            raise RecipeError(path, reader_problem(QT_TRANSLATE_NOOP("ReaderErrors", "no such recipe file")))
        if path.stat().st_size > MAX_RECIPE_BYTES:
            raise RecipeError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP("ReaderErrors", "file is larger than {kb} kB: not a recipe"),
                    kb=MAX_RECIPE_BYTES // 1000,
                ),
            )
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise RecipeError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP("ReaderErrors", "not a UTF-8 text file ({detail})"), detail=exc.reason
                ),
            ) from exc
        return cls.loads(text, path)

    @classmethod
    def loads(cls, text: str, path: str | Path | None = None) -> Recipe:
        """Parse and validate recipe text (``path`` is only used in error messages)."""
        if nesting_depth(text) > MAX_DEPTH:
            raise RecipeError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP(
                        "ReaderErrors", "arrays or tables nested more than {depth} levels deep: not a recipe"
                    ),
                    depth=MAX_DEPTH,
                ),
            )
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RecipeError(
                path,
                reader_problem(QT_TRANSLATE_NOOP("ReaderErrors", "not valid TOML ({detail})"), detail=exc),
            ) from exc
        except RecursionError as exc:
            raise RecipeError(
                path, reader_problem(QT_TRANSLATE_NOOP("ReaderErrors", "nested too deeply: not a recipe"))
            ) from exc
        return cls.from_dict(data, path)

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: str | Path | None = None) -> Recipe:
        if FORMAT_KEY not in data:
            raise RecipeError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP("ReaderErrors", "missing '{key} = {version}' (the format version)"),
                    key=FORMAT_KEY,
                    version=FORMAT_VERSION,
                ),
                field=FORMAT_KEY,
            )
        version = data[FORMAT_KEY]
        if isinstance(version, bool) or not isinstance(version, int):
            raise RecipeError(
                path, f"the format version must be a whole number, got {version!r}", field=FORMAT_KEY
            )
        if version != FORMAT_VERSION:
            newer = " (made by a newer HybridStudio: update the app)" if version > FORMAT_VERSION else ""
            raise RecipeError(
                path,
                f"format version {version} is not supported; this HybridStudio "
                f"reads version {FORMAT_VERSION}{newer}",
                field=FORMAT_KEY,
            )
        for key in data:
            if key not in TOP_KEYS:
                raise RecipeError(path, f"unknown key{did_you_mean(key, TOP_KEYS)}", field=key)
        for key in ("name", *TEXT_KEYS):
            if key in data and not isinstance(data[key], str):
                raise RecipeError(path, f"expected text, got {data[key]!r}", field=key)
        raw_steps = data.get("steps", [])
        if not isinstance(raw_steps, list) or not all(isinstance(s, dict) for s in raw_steps):
            raise RecipeError(path, "steps must be written as [[steps]] tables", field="steps")
        if not raw_steps:
            raise RecipeError(
                path,
                reader_problem(QT_TRANSLATE_NOOP("ReaderErrors", "the recipe has no steps")),
                field="steps",
            )
        known = all_steps()
        steps: list[RecipeStep] = []
        for i, raw in enumerate(raw_steps, start=1):
            kind = raw.get("kind")
            if not isinstance(kind, str):
                raise RecipeError(
                    path, 'every step needs kind = "…" (see `hybridstudio steps`)', step=i, field="kind"
                )

            def unknown_kind(message: str, i: int = i) -> RecipeError:
                return RecipeError(path, message, step=i, field="kind")

            lookup(known, kind, "step kind", known=None, error=unknown_kind)
            label = raw.get("label")
            if label is not None and not isinstance(label, str):
                raise RecipeError(path, f"expected text, got {label!r}", step=i, field="label")
            enabled = raw.get("enabled", True)
            if not isinstance(enabled, bool):
                raise RecipeError(path, f"expected true or false, got {enabled!r}", step=i, field="enabled")
            given = {k: v for k, v in raw.items() if k not in STEP_META_KEYS}
            try:
                params = validate_params(known[kind].params, given)
            except ParamError as exc:
                raise RecipeError(
                    path, f"{exc.problem} (step kind {kind!r})", step=i, field=exc.name
                ) from exc
            if path is not None:
                params = _confine_files(known[kind], params, Path(path), i)
            steps.append(RecipeStep(kind, params, label, enabled))
        recipe = cls(
            name=data.get("name") or (Path(path).stem if path else "recipe"),
            steps=steps,
            description=data.get("description", ""),
            author=data.get("author", ""),
            licence=data.get("licence", ""),
            path=Path(path) if path else None,
            name_fr=data.get("name_fr", ""),
            description_fr=data.get("description_fr", ""),
        )
        recipe.check_chain()
        return recipe

    def check_chain(self) -> None:
        """Each step must consume what the previous one produces."""
        produced: str | None = None
        for i, rs in enumerate(self.steps, start=1):
            if not rs.enabled:
                continue
            cls = rs.step_class
            if produced is None:
                produced = cls.produces
                continue
            if cls.consumes == NOTHING:
                raise RecipeError(
                    self.path,
                    f"{rs.kind!r} starts a new image from nothing, so it can only be the first step",
                    step=i,
                    field="kind",
                )
            if cls.consumes != produced:
                raise RecipeError(
                    self.path,
                    f"{rs.kind!r} takes {cls.consumes}, but the step before it produces {produced}",
                    step=i,
                    field="kind",
                )
            produced = cls.produces

    def check_source(self, given: str | None, lang: str | None = None, translator: Any = None) -> None:
        """Check that the first enabled step takes what the current source is (``given``: a
        payload kind, or None when nothing is open); raise :class:`RecipeInputError` saying in
        words what is missing and which step would fix it. ``translator(context, text)`` translates (the
        app); else ``lang`` (the CLI)."""
        needs = self.consumes
        if needs in (NOTHING, given):
            return
        fix = next(
            (
                k
                for k, cls in all_steps().items()
                if cls.consumes == given and cls.produces == needs and not cls.ai
            ),
            None,
        )
        makes = self.produces

        def t(text: str) -> str:
            return translator("RecipeInputs", text) if translator else translate("RecipeInputs", text, lang)

        what = t(INPUT_WORDS.get(needs, needs))
        if needs == "separations":
            if makes == "films":
                msg = t(
                    QT_TRANSLATE_NOOP(
                        "RecipeInputs",
                        "This recipe makes films from "
                        "separations: add a separation step, or open a "
                        "separations folder.",
                    )
                )
            else:
                msg = t(
                    QT_TRANSLATE_NOOP(
                        "RecipeInputs",
                        "This recipe works on separations: add "
                        "a separation step, or open a separations folder.",
                    )
                )
        elif given is None:
            msg = t(QT_TRANSLATE_NOOP("RecipeInputs", "This recipe works on %1: open one first.")).replace(
                "%1", what
            )
        else:
            msg = (
                t(
                    QT_TRANSLATE_NOOP(
                        "RecipeInputs", "This recipe works on %1, but what is open is %2: open %1 instead."
                    )
                )
                .replace("%1", what)
                .replace("%2", t(INPUT_WORDS.get(given, given)))
            )
        raise RecipeInputError(self.path, msg, needs, str(given), fix if given else None)

    @property
    def produces(self) -> str:
        """What the last enabled step makes."""
        kinds = [rs.step_class.produces for rs in self.steps if rs.enabled]
        return kinds[-1] if kinds else NOTHING

    @property
    def consumes(self) -> str:
        """What the first enabled step takes: 'nothing' for recipes that generate, else a kind."""
        for rs in self.steps:
            if rs.enabled:
                return rs.step_class.consumes
        return NOTHING

    # ---- writing -----------------------------------------------------------------------------
    def as_dict(self, relative_to: Path | None = None) -> dict[str, Any]:
        """The recipe as plain data; files inside ``relative_to`` (the folder it is saved in) are
        written relative to it, so the recipe and its files can travel together."""
        out: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION, "name": self.name}
        for key in TEXT_KEYS:
            if getattr(self, key):
                out[key] = getattr(self, key)
        steps = []
        for rs in self.steps:
            d: dict[str, Any] = {"kind": rs.kind}
            if rs.label:
                d["label"] = rs.label
            if not rs.enabled:
                d["enabled"] = False
            d.update({k: v for k, v in rs.params.items() if v is not None})
            if relative_to is not None:
                cls = rs.step_class
                for p in cls.params:
                    value = d.get(p.name)
                    if (
                        names_file(cls, p, value)
                        and Path(str(value)).is_absolute()
                        and within(Path(str(value)), (relative_to,))
                    ):
                        d[p.name] = Path(str(value)).resolve().relative_to(relative_to.resolve()).as_posix()
            steps.append(d)
        out["steps"] = steps
        return out

    def dumps(self, relative_to: Path | None = None) -> str:
        """TOML text, diff-friendly, with a header comment; loads back to an equal recipe."""
        header = (
            f"# HybridStudio recipe: {self.name}\n"
            "# Plain TOML. Each [[steps]] table is one step; `hybridstudio steps` lists the kinds\n"
            "# and their parameters.\n\n"
        )
        return header + tomli_w.dumps(self.as_dict(relative_to))

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        return atomic_write_bytes(path, self.dumps(path.parent).encode("utf-8"))

"""Errors the engine raises. Each names the file (or step, or field) and the problem in plain words."""

from __future__ import annotations

from pathlib import Path


def _joined(prefix: str, problem: str) -> str:
    """``prefix`` + ``problem``, still translatable when the problem is a ``core.i18n.Message``
    (built through its own class: this base module sits below i18n in the layers)."""
    if hasattr(problem, "translated") and hasattr(problem, "template"):
        made: str = type(problem)("", "{prefix}{problem}", prefix=prefix, problem=problem)  # type: ignore[call-overload]
        return made
    return f"{prefix}{problem}"


class HybridStudioError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the message to show."""


class InputError(HybridStudioError):
    """A file the user gave us cannot be used (missing, corrupt, too large, wrong kind)."""

    def __init__(self, path: str | Path | None, problem: str):
        self.path = Path(path) if path is not None else None
        self.problem = problem
        where = f"{self.path}: " if self.path is not None else ""
        super().__init__(_joined(where, problem))


class RecipeError(HybridStudioError):
    """A recipe cannot be loaded: names the file, the step (1-based) and the field."""

    def __init__(
        self, path: str | Path | None, problem: str, step: int | None = None, field: str | None = None
    ):
        self.path = Path(path) if path is not None else None
        self.step = step
        self.field = field
        self.problem = problem
        parts = [str(self.path) if self.path is not None else "<recipe>"]
        if step is not None:
            parts.append(f"step {step}")
        if field is not None:
            parts.append(f"'{field}'")
        super().__init__(_joined(f"{', '.join(parts)}: ", problem))


class RecipeInputError(RecipeError):
    """A recipe does not fit the current source (a films recipe on a photo). ``fix_step`` names a
    step kind that, put first, makes it fit; ``needs`` and ``given`` are payload kinds."""

    def __init__(
        self, path: str | Path | None, problem: str, needs: str, given: str, fix_step: str | None = None
    ):
        super().__init__(path, problem)
        self.needs, self.given, self.fix_step = needs, given, fix_step


class ParamError(HybridStudioError):
    """A step parameter value is wrong (type, range or choice)."""

    def __init__(self, name: str, problem: str):
        self.name = name
        self.problem = problem
        super().__init__(_joined(f"'{name}': ", problem))


class ModelError(HybridStudioError):
    """A model file or folder is missing, corrupt, unsafe or of the wrong kind."""


class Cancelled(HybridStudioError):
    """The user cancelled the job. Nothing partial was left behind."""

    def __init__(self, message: str = "cancelled by the user"):
        super().__init__(message)

"""Engine commands as one-step recipes: `films`, … build a recipe of their step with the values of
their flags and run it through the executor, so provenance, costs, Ctrl-C, progress, memory checks
and unique output names exist once, in :class:`hybridstudio.core.executor.Executor`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..core.cancel import CancelToken
from ..core.cost import describe
from ..core.errors import Cancelled, InputError
from ..core.executor import Executor, JobResult
from ..core.i18n import QT_TRANSLATE_NOOP, Message, say
from ..core.recipe import Recipe
from ..core.settings import Settings
from ..progress import TerminalProgress, ctrl_c_cancels
from ..runtime.providers import plain_lines

#: Exit status of a command the user stopped (the shell's for SIGINT).
CANCELLED = 130


def one_step_recipe(step_id: str, values: dict[str, Any], name: str | None = None) -> Recipe:
    """A recipe of the single step ``step_id`` with ``values`` (validated like any recipe)."""
    return Recipe.from_dict(
        {
            "hybridstudio_recipe": 1,
            "name": name or f"{step_id} (command line)",
            "steps": [{"kind": step_id, **values}],
        }
    )


def run_step_command(
    step_id: str,
    values: dict[str, Any],
    sources: Sequence[Any],
    output: Path | None,
    *,
    settings: Settings | None = None,
    out_suffix: str | None = None,
) -> list[JobResult]:
    """Run the step ``step_id`` with ``values`` on each source (a path or a payload; none for a
    step that makes an image from nothing) and write each result as ``output`` (a file name:
    its folder and stem; other files of the result are named from that stem) or, with several
    sources, into the folder ``output``. ``out_suffix`` picks the image format of image results.
    Raises :class:`Cancelled` when the user pressed Ctrl-C: nothing is left behind."""
    return run_recipe_command(
        one_step_recipe(step_id, values), sources, output, settings=settings, out_suffix=out_suffix
    )


def run_recipe_command(
    recipe: Recipe,
    sources: Sequence[Any],
    output: Path | None,
    *,
    settings: Settings | None = None,
    out_suffix: str | None = None,
) -> list[JobResult]:
    """:func:`run_step_command` for a recipe of several steps given on the command line
    (`look --step grain … --step halation …`)."""
    settings = settings or Settings.load()
    if out_suffix:
        settings = replace(settings, image_format=out_suffix.lstrip(".").lower())
    out_dir, stem = None, None
    if output is not None:
        output = Path(output)
        if len(sources) > 1 or output.is_dir():
            out_dir = output
        else:
            out_dir, stem = output.parent, output.stem
        if out_dir.exists() and not out_dir.is_dir():
            raise InputError(out_dir, "is a file: name a folder for the outputs")
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels(CancelToken()) as token:
            return Executor(settings).run(
                recipe, list(sources) or None, out_dir, cancel=token, on_progress=bar, stem=stem
            )
    finally:
        bar.close()


def print_results(results: Sequence[JobResult], stream=None) -> None:
    """The lines every command prints for what it made: devices, warnings (on stderr), files,
    cost, and the AI-disclosure line."""
    out = stream or sys.stdout
    mesh_preference = Settings.load().mesh_unit
    for res in results:
        print(f"{res.source or '(generated)'}:", file=out)
        for line in res.device_report:
            print(f"  device: {line}", file=out)
        # a device that could not load: the fix, once, in the user's language
        for line in plain_lines([d for step in res.record.steps for d in step.devices]):
            print(f"  device: {line}", file=out)
        for w in res.warnings:
            line = Message(
                "ScreeningAdvice", QT_TRANSLATE_NOOP("ScreeningAdvice", "warning: {advice}"), advice=w
            )
            print(
                f"  {say(line, mesh_preference=mesh_preference)}", file=sys.stderr if stream is None else out
            )
        for p in res.outputs:
            print(f"  wrote {p}", file=out)
        print(f"  cost: {describe(res.cost)}", file=out)
        print(f"  {res.record.ai_disclosure()}", file=out)


def cancelled_exit() -> int:
    """What a command prints and returns when the user stopped it."""
    print("hybridstudio: cancelled — no output was left behind", file=sys.stderr)
    return CANCELLED


__all__ = [
    "CANCELLED",
    "Cancelled",
    "cancelled_exit",
    "one_step_recipe",
    "print_results",
    "run_recipe_command",
    "run_step_command",
]

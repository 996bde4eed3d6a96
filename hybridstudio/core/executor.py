"""Runs recipes on inputs: progress, cancellation, caching, provenance, costs, atomic outputs.

Outputs of a job are first written into a hidden staging folder inside the output folder and only
moved into place when the whole job succeeded, so a cancelled or failed job leaves nothing behind.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ..credentials.sign import collect_signing_warnings
from ..io.images import is_image_file
from .atomic import file_sha256, job_staging
from .cache import ResultCache, chain_key, hash_array
from .cancel import CancelToken, cancel_scope
from .context import ProgressFn, StepContext, StepRecord
from .cost import CostMeter
from .errors import Cancelled, HybridStudioError, InputError, RecipeInputError
from .i18n import QT_TRANSLATE_NOOP, Message, term
from .memory import check_fits
from .payloads import NOTHING, ImagePayload
from .provenance import ProcessRecord, file_input, now_iso
from .recipe import Recipe
from .settings import Settings

#: How an input file becomes a payload, per payload kind ("module:function").
LOADERS: dict[str, str] = {
    "image": "hybridstudio.io.images:load_image",
    # a HybridStudio separations folder, or planes made elsewhere (one greyscale file per ink)
    "separations": "hybridstudio.film.sources:load_separation_source",
}


def source_kind(path: Path) -> str | None:
    """What a source on disk is: 'separations' (a folder with separations.json), 'image' (an
    image file), else None (unknown: the loader says what is wrong)."""
    if path.is_dir():
        return "separations" if (path / "separations.json").is_file() else None

    return "image" if path.is_file() and is_image_file(path) else None


def check_source_path(recipe: Recipe, path: Path) -> None:
    """Raise an :class:`InputError` naming ``path`` when ``recipe`` cannot start from it."""
    given = source_kind(path)
    if given is not None:
        try:
            recipe.check_source(given)
        except RecipeInputError as exc:
            raise InputError(path, exc.problem) from exc


@dataclass
class JobResult:
    """What one input became."""

    payload: Any
    record: ProcessRecord
    outputs: list[Path] = field(default_factory=list)
    cost: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    device_report: list[str] = field(default_factory=list)
    source: str | None = None


def load_input(kind: str, path: Path, settings: Settings) -> Any:
    """Read ``path`` as a payload of ``kind`` with the registered loader."""
    if kind not in LOADERS:
        raise InputError(
            path, f"this recipe starts with a step that takes {kind}, which cannot be read from a file"
        )
    module, func = LOADERS[kind].split(":")
    loader = getattr(importlib.import_module(module), func)
    if kind == "image":
        return loader(path, max_pixels=settings.max_pixels)
    return loader(path)


#: ``ImagePayload.meta`` key: {"sha256": the file's, "pixels": the pixels'} of the file an image was
#: read from, taken when it was read (the app opens a file, then runs its in-memory copy).
SOURCE_FILE = "source_file"


def mark_source_file(payload: ImagePayload, path: Path) -> None:
    """Note in ``payload`` that its pixels are ``path``'s, as read now."""
    payload.meta[SOURCE_FILE] = {"sha256": file_sha256(path), "pixels": hash_array(payload.pixels)}


def image_input(item: ImagePayload) -> dict[str, Any]:
    """The process record's input entry for an in-memory image. When its pixels are still those of
    the file it was read from (:func:`mark_source_file`) and that file is there, the entry names
    the file by its path and file hash, as a file input does, so the credentials declare the file
    (and keep its own manifest); otherwise its name and pixel hash."""
    pixels = hash_array(item.pixels)
    read = item.meta.get(SOURCE_FILE) or {}
    if item.source and read.get("pixels") == pixels and Path(item.source).is_file():
        return {"path": item.source, "sha256": read["sha256"], "pixels_sha256": pixels}
    return {"path": item.source, "sha256": pixels}


def _payload_key(payload: Any) -> str:
    if isinstance(payload, ImagePayload):
        key = hash_array(payload.pixels)
        if payload.alpha is not None:
            key += hash_array(payload.alpha)
        return key + f"{payload.dpi}{payload.bit_depth}"
    if payload is None:
        return "nothing"
    arrays = [getattr(payload, "composite", None)] + [s.coverage for s in getattr(payload, "separations", [])]
    return "".join(hash_array(a) for a in arrays if isinstance(a, np.ndarray)) or str(id(payload))


def _downscale(payload: Any, scale: float) -> Any:
    """A reduced copy of an image payload for live previews (other payloads pass unchanged)."""
    if not isinstance(payload, ImagePayload) or scale >= 1.0:
        return payload

    h, w = payload.pixels.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    pixels = cv2.resize(payload.pixels, size, interpolation=cv2.INTER_AREA)
    alpha = (
        cv2.resize(payload.alpha, size, interpolation=cv2.INTER_AREA) if payload.alpha is not None else None
    )
    dpi = payload.dpi * scale if payload.dpi else None
    return payload.with_pixels(pixels, alpha=alpha, dpi=dpi)


class Executor:
    """Runs recipes. One executor (and its cache) can serve many jobs, e.g. the app's session."""

    def __init__(
        self,
        settings: Settings | None = None,
        cache: ResultCache | None = None,
        compute: dict[str, Any] | None = None,
    ):
        self.settings = settings or Settings.load()
        self.compute = compute or {}  # stamped on every record: where the job ran (school server)
        self.cache = cache if cache is not None else ResultCache(self.settings.cache_limit_mb << 20)

    def run(
        self,
        recipe: Recipe,
        inputs: list[Path | ImagePayload | None] | None = None,
        out_dir: Path | None = None,
        *,
        cancel: CancelToken | None = None,
        on_progress: ProgressFn | None = None,
        on_preview: Callable[[np.ndarray], None] | None = None,
        preview_scale: float | None = None,
        on_device: Callable[[dict], None] | None = None,
        stem: str | None = None,
    ) -> list[JobResult]:
        """Run ``recipe`` on each input; write results into ``out_dir`` (None: write nothing),
        named from ``stem`` when given (one input), else from the input's name and the recipe's.
        ``on_device(entry)`` hears each model session's device and provider as soon as a step
        opens it (the app shows it while the job runs)."""
        cancel = cancel or CancelToken()
        if not inputs:
            if recipe.consumes != NOTHING:
                raise HybridStudioError(f"recipe '{recipe.name}' needs an input ({recipe.consumes})")
            inputs = [None]
        n = len(inputs)
        results = []
        for i, item in enumerate(inputs):

            def sub_progress(f: float, msg: str, i: int = i) -> None:
                if on_progress:
                    on_progress((i + f) / n, msg)

            with cancel_scope(cancel):  # cancelling also stops a running inference (on_cancel)
                results.append(
                    self._run_one(
                        recipe,
                        item,
                        out_dir,
                        cancel,
                        sub_progress,
                        on_preview,
                        preview_scale,
                        on_device,
                        stem,
                    )
                )
        if on_progress:
            on_progress(1.0, term("Progress", QT_TRANSLATE_NOOP("Progress", "done")))
        return results

    # ------------------------------------------------------------------------------------------
    def _run_one(
        self,
        recipe: Recipe,
        item: Path | ImagePayload | None,
        out_dir: Path | None,
        cancel: CancelToken,
        on_progress: ProgressFn,
        on_preview,
        preview_scale,
        on_device: Callable[[dict], None] | None = None,
        stem: str | None = None,
    ) -> JobResult:
        cancel.check()
        meter = CostMeter(self.settings.power)
        record = ProcessRecord(
            recipe={
                "name": recipe.name,
                "file": str(recipe.path) if recipe.path else None,
                "description": recipe.description,
                "steps": recipe.as_dict()["steps"],
            },
            compute=copy.deepcopy(self.compute),
        )
        source_path: Path | None = None
        if isinstance(item, (str, Path)):
            source_path = Path(item)
            check_source_path(recipe, source_path)
            payload = load_input(recipe.consumes, source_path, self.settings)
            if source_path.is_file():
                record.inputs.append(file_input(source_path))
        else:
            payload = item
            recipe.check_source(getattr(item, "kind", None))
            if isinstance(item, ImagePayload):
                record.inputs.append(image_input(item))
        if not record.inputs:  # separations: every file read is a component of the result
            record.inputs += [
                file_input(f, "componentOf") for f in getattr(payload, "files", ()) if Path(f).is_file()
            ]
        read_from = tuple(Path(f) for f in getattr(payload, "files", ()))
        if isinstance(getattr(payload, "upstream", None), dict):
            record.continue_from(payload.upstream)
        preview = preview_scale is not None and preview_scale < 1.0
        if preview:
            payload = _downscale(payload, preview_scale)
        key = _payload_key(payload) + (f"@preview{preview_scale}" if preview else "")

        enabled = [rs for rs in recipe.steps if rs.enabled]
        total = len(enabled) + (1 if out_dir is not None else 0)
        warnings: list[str] = []
        device_report: list[str] = []
        for idx, rs in enumerate(enabled):
            cancel.check()
            step = rs.step_class()
            step.settings = self.settings
            params = step.preview_params(dict(rs.params), preview_scale) if preview else dict(rs.params)
            key = chain_key(key, rs.kind, params, step.fingerprint(params))
            srec = StepRecord(rs.kind, rs.label or step.title, step.uses_ai, dict(rs.params), role=step.ai)
            if step.ai is not None:
                record.ai_roles.append(step.ai)
            cached = self.cache.get(key) if step.cacheable else None
            if cached is not None:
                payload = cached.payload
                srec = copy.deepcopy(cached.record)
                srec.cached = True
                srec.cost = None
                record.steps.append(srec)
                on_progress(
                    (idx + 1) / total,
                    _step_says(step.title, QT_TRANSLATE_NOOP("Progress", "reused from the cache")),
                )
                continue

            def step_progress(f: float, msg: str, idx: int = idx, title: str = step.title) -> None:
                on_progress((idx + f) / total, _step_says(title, msg))

            estimate = step.peak_bytes(payload, params)
            if estimate is not None:
                check_fits(f"step {idx + 1} ({rs.kind})", *estimate)
            ctx = StepContext(
                self.settings, cancel, srec, meter, step_progress, on_preview, preview, on_device=on_device
            )
            srec.started = now_iso()
            step_progress(0.0, "")
            n_before = len(meter.entries)
            try:
                with meter.measure(f"step {rs.kind}", "cpu"):
                    result = step.run(payload, params, ctx)
            except (Cancelled, HybridStudioError):
                raise
            except MemoryError as exc:
                raise HybridStudioError(
                    f"step {idx + 1} ({rs.kind}): not enough memory — try the "
                    "low-memory mode or a smaller image"
                ) from exc
            srec.finished = now_iso()
            step_entries = meter.entries[n_before:]
            if step_entries:
                sub = CostMeter(self.settings.power, list(step_entries))
                srec.cost = sub.totals()
            warnings.extend(srec.warnings)
            device_report.extend(m for m in ctx.device_report if m not in device_report)
            if result is None:
                raise HybridStudioError(f"step {idx + 1} ({rs.kind}) produced nothing")
            payload = result
            record.steps.append(srec)
            if step.cacheable:
                self.cache.put(key, payload, copy.deepcopy(srec))
        record.cost = meter.totals()
        record.cost["entries"] = meter.as_records()
        outputs: list[Path] = []
        if out_dir is not None:
            cancel.check()
            on_progress(
                len(enabled) / total, term("Progress", QT_TRANSLATE_NOOP("Progress", "writing outputs"))
            )
            stem = stem or self._stem(recipe, source_path, payload)
            save_ctx = StepContext(
                self.settings,
                cancel,
                StepRecord("save", "save", False, {}),
                meter,
                lambda f, m: on_progress((len(enabled) + f) / total, m),
            )

            with collect_signing_warnings() as unsigned:
                outputs = self._save(
                    payload,
                    Path(out_dir),
                    stem,
                    record,
                    save_ctx,
                    protect=((source_path,) if source_path else ()) + read_from,
                )
            warnings.extend(unsigned)
        return JobResult(
            payload,
            record,
            outputs,
            record.cost,
            warnings,
            device_report,
            str(source_path) if source_path else None,
        )

    @staticmethod
    def _stem(recipe: Recipe, source: Path | None, payload: Any) -> str:
        base = source.stem if source is not None else getattr(payload, "source", None) or "hybridstudio"
        slug = "".join(c if c.isalnum() else "-" for c in recipe.name.lower()).strip("-")
        while "--" in slug:
            slug = slug.replace("--", "-")
        return f"{Path(str(base)).stem}-{slug}" if slug else Path(str(base)).stem

    @staticmethod
    def _save(
        payload: Any,
        out_dir: Path,
        stem: str,
        record: ProcessRecord,
        ctx: StepContext,
        protect: tuple[Path, ...],
    ) -> list[Path]:
        """Write into a staging folder, then move every file into ``out_dir`` under a free name."""
        with job_staging(out_dir) as staging:  # cleans what killed jobs left in out_dir
            staged = payload.save(staging, stem, record, ctx)
            ctx.check_cancelled()
            final_stem = stem
            n = 2
            protected = {p.resolve() for p in protect}

            def clash(s: str) -> bool:
                for p in staged:
                    rel = p.relative_to(staging)
                    target = out_dir / str(rel).replace(stem, s, 1)
                    if target.exists() or target.resolve() in protected:
                        return True
                return False

            while clash(final_stem):
                final_stem = f"{stem}-{n}"
                n += 1
            moved = []
            for p in staged:
                rel = p.relative_to(staging)
                target = out_dir / str(rel).replace(stem, final_stem, 1)
                target.parent.mkdir(parents=True, exist_ok=True)
                p.replace(target)
                moved.append(target)
            return moved


def _step_says(title: str, message: str) -> Message:
    """'Step title: what it does now', translatable as a whole: the title through the step texts,
    the step's words through the progress texts (or as the Message the step made)."""
    name = term("steps", title)
    if not message:
        return name
    if not isinstance(message, Message):
        message = term("Progress", message)
    return Message("", "{title}: {message}", title=name, message=message)

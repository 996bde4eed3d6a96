"""Where a job computes, behind one interface: ``runner.run(recipe, inputs, out_dir, cancel=…,
on_progress=…, on_preview=…) -> list[JobResult]``, the same call as
:meth:`~hybridstudio.core.executor.Executor.run`. The app asks :func:`runner_for` and does not
care whether the answer is this computer (the executor itself) or the school server.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..core.cancel import CancelToken
from ..core.context import StepRecord
from ..core.executor import Executor, JobResult
from ..core.payloads import ImagePayload
from ..core.provenance import SIDECAR_SUFFIX, ProcessRecord
from ..core.recipe import Recipe
from ..core.settings import Settings
from ..io.images import load_image, save_image
from .client import RemoteResult, ServerClient, ServerUnreachable, place_files

#: The last description of each server seen (url → text), for the status bar before a new job.
KNOWN_SERVERS: dict[str, str] = {}


class Runner(Protocol):
    def run(
        self,
        recipe: Recipe,
        inputs: list[Path | ImagePayload | None] | None = None,
        out_dir: Path | None = None,
        *,
        cancel: CancelToken | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_preview: Callable[[np.ndarray], None] | None = None,
        on_device: Callable[[dict[str, Any]], None] | None = None,
    ) -> list[JobResult]: ...


def record_from_dict(data: dict[str, Any]) -> ProcessRecord:
    """A process record read back from its JSON form (a server's result)."""
    steps = [
        StepRecord(
            s["step"],
            s.get("title", s["step"]),
            s.get("kind") == "ai",
            s.get("params") or {},
            s.get("ai"),
            list(s.get("notes") or []),
            list(s.get("warnings") or []),
            s.get("started"),
            s.get("finished"),
            s.get("cost"),
            bool(s.get("cached")),
        )
        for s in data.get("steps", [])
    ]
    roles = (
        [
            "generates"
            if data.get("digital_source_type", "").endswith("trainedAlgorithmicMedia")
            else "modifies"
        ]
        if data.get("ai_used")
        else []
    )
    return ProcessRecord(
        recipe=data.get("recipe") or {},
        inputs=data.get("inputs") or [],
        steps=steps,
        cost=data.get("cost") or {},
        created=data.get("created", ""),
        ai_roles=roles,
        compute=data.get("compute") or {},
    )


def where_line(record: dict[str, Any]) -> str:
    """'School server NAME: GPU (device), machine NODE' from a result's process record."""
    c = record.get("compute") or {}
    gpu = ", ".join(c.get("gpus") or []) or "CPU"
    return f"School server {c.get('server')}: {gpu} ({c.get('device')}), machine {c.get('node')}"


def _payload(files: list[Path]) -> Any:
    seps = next((p for p in files if p.name == "separations.json"), None)
    if seps is not None:
        # lazy: separation.export loads colour; only when _payload() runs
        from ..separation.export import load_separations

        return load_separations(seps.parent)

    return load_image(next(p for p in files if not p.name.endswith(SIDECAR_SUFFIX)))


class RemoteRunner:
    """Runs jobs on the school server; falls back to ``local`` when it cannot be reached and
    ``settings.server_fallback`` allows it (the result then says so in its warnings)."""

    def __init__(self, settings: Settings, local: Executor | None = None):
        self.settings = settings
        self.local = local
        self.client = ServerClient(settings.server_url, settings.server_token or None)

    def run(
        self,
        recipe: Recipe,
        inputs: list[Path | ImagePayload | None] | None = None,
        out_dir: Path | None = None,
        *,
        cancel: CancelToken | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_preview: Callable[[np.ndarray], None] | None = None,
        on_device: Callable[[dict[str, Any]], None] | None = None,
    ) -> list[JobResult]:
        with tempfile.TemporaryDirectory(prefix="hybridstudio-remote-") as tmp:
            paths = self._input_files([i for i in inputs or [] if i is not None], Path(tmp))
            try:
                remote = self.client.run(
                    recipe, paths, cancel=cancel, on_progress=on_progress, on_preview=on_preview
                )
            except ServerUnreachable as exc:
                if not (self.settings.server_fallback and self.local is not None):
                    raise
                results = self.local.run(
                    recipe, inputs, out_dir, cancel=cancel, on_progress=on_progress, on_preview=on_preview
                )
                for r in results:
                    r.warnings.insert(0, f"{exc} — computed on this computer instead")
                return results
            return [self._result(r, out_dir, Path(tmp) / f"result-{i}", paths) for i, r in enumerate(remote)]

    @staticmethod
    def _input_files(inputs: list[Path | ImagePayload], tmp: Path) -> list[Path]:
        """Files to upload: paths as they are, in-memory images as lossless PNGs (16-bit kept)."""
        out = []
        for i, item in enumerate(inputs):
            if isinstance(item, ImagePayload):
                name = Path(item.source or f"image-{i}").stem + ".png"
                out.append(save_image(item, tmp / "in" / str(i) / name))
            else:
                out.append(Path(item))
        return out

    def _result(self, r: RemoteResult, out_dir: Path | None, scratch: Path, protect: list[Path]) -> JobResult:
        local_files = place_files(r.files, scratch)
        outputs = place_files(r.files, out_dir, tuple(protect)) if out_dir is not None else []
        line = where_line(r.record)
        KNOWN_SERVERS[self.client.url] = line
        return JobResult(
            _payload(local_files),
            record_from_dict(r.record),
            outputs,
            r.cost,
            list(r.warnings),
            [*r.device_report, line],
            r.source,
        )


def runner_for(settings: Settings, local: Executor) -> Runner:
    """The executor itself when computing here; a :class:`RemoteRunner` for the school server."""
    if settings.compute == "server" and settings.server_url.strip():
        return RemoteRunner(settings, local)
    return local

"""A C2PA manifest definition built from HybridStudio's process record (no second bookkeeping).

Every step of the record becomes one action, in order:

* a step that generates an image from nothing (txt2img) → ``c2pa.created``, IPTC
  ``trainedAlgorithmicMedia``;
* a step that reworks an image with a trained model (upscaling, img2img) → ``c2pa.edited``, IPTC
  ``compositeWithTrainedAlgorithmicMedia`` (the result mixes the input's content with content the
  model made);
* a craft step (levels, separation, halftone, grain…) → ``c2pa.edited``, IPTC ``humanEdits``
  (a person's choices carried out by non-generative tools).

A pipeline that starts from an input opens it first (``c2pa.opened`` on the parent ingredient). The
model (id, revision, file hash, licence), the step's parameters and the whole record ride along
under ``org.hybridstudio.*`` keys; prompt texts only when the user allows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import __version__
from ..core.atomic import file_sha256
from ..core.provenance import COMPOSITE, IPTC_DST, TRAINED, ai_role, redact_prompts

HUMAN_EDITS = IPTC_DST + "humanEdits"
RECORD_LABEL = "org.hybridstudio.process-record"
PARENT = "hybridstudio-input-0"

MIME = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}


def mime_type(path: str | Path) -> str | None:
    """The MIME type HybridStudio signs for this file name, or None (not signable)."""
    return MIME.get(Path(path).suffix.lower())


def step_role(step: dict[str, Any]) -> str | None:
    """'generates', 'modifies' or None (craft) for a record's step dict."""
    return ai_role(step)


def _action(step: dict[str, Any], first: bool) -> dict[str, Any]:
    role = step_role(step)
    if role == "generates" and first:
        name, dst = "c2pa.created", TRAINED
    elif role is not None:
        name, dst = "c2pa.edited", COMPOSITE
    else:
        name, dst = "c2pa.edited", HUMAN_EDITS
    params: dict[str, Any] = {
        "org.hybridstudio.step": step.get("step"),
        "org.hybridstudio.kind": step.get("kind"),
    }
    if step.get("params"):
        params["org.hybridstudio.params"] = step["params"]
    ai = step.get("ai") or {}
    if ai.get("model"):
        params["org.hybridstudio.model"] = ai["model"]
    for key in ("prompt", "negative_prompt", "seed"):
        if key in ai:
            params[f"org.hybridstudio.{key}"] = ai[key]
    return {
        "action": name,
        "digitalSourceType": dst,
        "description": str(step.get("title") or ""),
        "softwareAgent": {"name": "HybridStudio", "version": __version__},
        "parameters": params,
    }


def input_ingredients(record: dict[str, Any]) -> list[tuple[dict[str, Any], Path | None]]:
    """One ingredient per input: (definition, file to read it from, or None when the file is not
    there any more or is not the one recorded — then only its name and hash are declared). The
    first input is the parent and the others components, unless an input says its relationship
    (separations a film is assembled from are all components)."""
    out = []
    for i, inp in enumerate(record.get("inputs") or []):
        path = Path(str(inp.get("path") or f"input-{i + 1}"))
        digest = str(inp.get("sha256") or "")
        relationship = inp.get("relationship") or ("parentOf" if i == 0 else "componentOf")
        definition = {
            "title": path.name,
            "relationship": relationship,
            "label": PARENT if i == 0 else f"hybridstudio-input-{i}",
            "description": f"sha256 {digest}" if digest else "hash not recorded",
        }
        source = None
        fmt = mime_type(path)
        if fmt and path.is_file():
            try:
                source = path if file_sha256(path) == digest else None
            except OSError:
                source = None
        if fmt:
            definition["format"] = fmt
        out.append((definition, source))
    return out


def manifest_definition(
    record: dict[str, Any], title: str, share_prompt: bool, ingredients: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The Builder's manifest JSON for an output called ``title`` made as ``record`` says."""
    if not share_prompt:
        record = redact_prompts(record)
    steps = record.get("steps") or []
    actions = []
    has_parent = any(d.get("relationship") == "parentOf" for d in ingredients or [])
    if has_parent:
        actions.append({"action": "c2pa.opened", "parameters": {"ingredientIds": [PARENT]}})
    for i, step in enumerate(steps):
        actions.append(_action(step, first=(i == 0 and not has_parent)))
    if not actions or actions[0]["action"] not in ("c2pa.created", "c2pa.opened"):
        # no input and no generating step (a test target drawn from numbers): made by software
        actions.insert(
            0,
            {
                "action": "c2pa.created",
                "digitalSourceType": IPTC_DST + "algorithmicMedia",
                "softwareAgent": {"name": "HybridStudio", "version": __version__},
            },
        )
    return {
        "claim_generator_info": [{"name": "HybridStudio", "version": __version__}],
        "title": title,
        "assertions": [
            {"label": "c2pa.actions.v2", "data": {"actions": actions}},
            {"label": RECORD_LABEL, "data": record},
        ],
    }

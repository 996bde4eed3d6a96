"""The process record: what was AI and what was craft, carried by every output.

Embedded as an XMP packet (with IPTC's ``Iptc4xmpExt:DigitalSourceType``) where the format allows,
and always written as a sidecar JSON next to the output (``NAME.EXT.hybridstudio.json``).
"""

from __future__ import annotations

import json
import platform
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .. import __version__
from .atomic import atomic_write_bytes, file_sha256
from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate
from .jsonfiles import loads_checked
from .settings import Settings

IPTC_DST = "http://cv.iptc.org/newscodes/digitalsourcetype/"
TRAINED = IPTC_DST + "trainedAlgorithmicMedia"
COMPOSITE = IPTC_DST + "compositeWithTrainedAlgorithmicMedia"
SIDECAR_SUFFIX = ".hybridstudio.json"
XMP_NS = "https://hybridstudio.org/ns/process/1.0/"


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


@dataclass
class StepRecord:
    """The process record of one step: filled by the executor and, for AI use, by the step."""

    step_id: str
    title: str
    uses_ai: bool
    params: dict[str, Any]
    ai: dict[str, Any] | None = None  # model {id, revision, sha256, licence}, prompt, seed, …
    notes: list[str] = field(default_factory=list)  # what the step did, in plain words
    warnings: list[str] = field(default_factory=list)
    started: str | None = None
    finished: str | None = None
    cost: dict[str, Any] | None = None
    cached: bool = False
    #: the device and onnxruntime provider of each model session the step ran (AI steps)
    devices: list[dict[str, Any]] = field(default_factory=list)
    #: how the step used AI: "generates" (an image from nothing) or "modifies"; None for craft
    role: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "step": self.step_id,
            "title": self.title,
            "kind": "ai" if self.uses_ai else "craft",
            "params": self.params,
            "started": self.started,
            "finished": self.finished,
        }
        for key in ("ai", "cost"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.notes:
            out["notes"] = self.notes
        if self.warnings:
            out["warnings"] = self.warnings
        if self.cached:
            out["cached"] = True
        if self.devices:
            out["devices"] = self.devices
        if self.role:
            out["ai_role"] = self.role
        return out


#: Steps that make an image from nothing, for records whose steps do not carry their AI role
#: ("ai_role": records written before it, steps recorded outside the executor); any other AI step
#: of such a record modified its input.
GENERATING_STEPS_BEFORE_ROLES = frozenset({"generate"})


def ai_role(step: dict[str, Any]) -> str | None:
    """'generates', 'modifies' or None (craft) for a record's step dict."""
    if step.get("kind") != "ai":
        return None
    role = step.get("ai_role")
    if role in ("generates", "modifies"):
        return role
    return "generates" if step.get("step") in GENERATING_STEPS_BEFORE_ROLES else "modifies"


def file_input(path: str | Path, relationship: str | None = None) -> dict[str, Any]:
    """A record's input entry for a file read whole: its path, sha256 and size. ``relationship``
    ("componentOf": one of several files a result is assembled from) overrides the default (the
    first input is the parent, the others components)."""
    path = Path(path)
    entry: dict[str, Any] = {"path": str(path), "sha256": file_sha256(path), "bytes": path.stat().st_size}
    if relationship:
        entry["relationship"] = relationship
    return entry


@dataclass
class ProcessRecord:
    """Everything about how an output was made."""

    recipe: dict[str, Any] = field(default_factory=dict)  # name, version, file, steps (with params)
    inputs: list[dict[str, Any]] = field(default_factory=list)  # path, sha256, size
    steps: list[StepRecord] = field(default_factory=list)
    cost: dict[str, Any] = field(default_factory=dict)
    created: str = field(default_factory=now_iso)
    # Steps may carry AI roles ("generates"/"modifies") recorded by the executor.
    ai_roles: list[str] = field(default_factory=list)
    # Where the job ran when not on this computer (school server: server, node, device, energy).
    compute: dict[str, Any] = field(default_factory=dict)

    def digital_source_type(self) -> str | None:
        """IPTC digital source type: generated, AI-modified, or None for a pure craft pipeline."""
        if not self.ai_roles:
            return None
        return TRAINED if self.ai_roles[0] == "generates" else COMPOSITE

    def continue_from(self, upstream: dict[str, Any]) -> None:
        """Carry on the record of what this job starts from (e.g. the sidecar of a separations
        folder): its recipe, inputs, steps and AI roles come first, so a film's disclosure line
        covers how its separations were made."""
        recipe = dict(upstream.get("recipe") or {})
        if recipe:
            if self.recipe:
                recipe["then"] = self.recipe
            self.recipe = recipe
        self.inputs = [i for i in upstream.get("inputs") or [] if isinstance(i, dict)] + self.inputs
        earlier = [
            StepRecord(
                str(s.get("step", "?")),
                str(s.get("title", "")),
                s.get("kind") == "ai",
                dict(s.get("params") or {}),
                ai=s.get("ai"),
                notes=list(s.get("notes") or []),
                role=ai_role(s),
            )
            for s in upstream.get("steps") or []
            if isinstance(s, dict)
        ]
        self.steps = earlier + self.steps
        dst = upstream.get("digital_source_type")
        role = (
            "generates"
            if dst == TRAINED
            else ("modifies" if dst == COMPOSITE or upstream.get("ai_used") else None)
        )
        if role is not None:
            self.ai_roles.insert(0, role)

    def ai_disclosure(self, lang: str | None = "en") -> str:
        """One line for film labels, process cards and captions, e.g. 'AI: upscale
        (esrgan-thick-x4, MIT) · craft: separate, halftone'."""
        return disclosure_line([s.as_dict() for s in self.steps], lang)

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": "hybridstudio-process-record",
            "format_version": 1,
            "software": f"HybridStudio {__version__}",
            "platform": platform.platform(terse=True),
            "created": self.created,
            "digital_source_type": self.digital_source_type(),
            "ai_used": bool(self.ai_roles),
            "disclosure": self.ai_disclosure(),
            "recipe": self.recipe,
            "inputs": self.inputs,
            "steps": [s.as_dict() for s in self.steps],
            "cost": self.cost,
            **({"compute": self.compute} if self.compute else {}),
        }

    def to_json(self) -> str:
        return _encodable(json.dumps(self.as_dict(), indent=2, ensure_ascii=False, default=str))

    @staticmethod
    def sidecar_path(output: str | Path) -> Path:
        output = Path(output)
        return output.with_name(output.name + SIDECAR_SUFFIX)

    def write_sidecar(self, output: str | Path) -> Path:
        return atomic_write_bytes(self.sidecar_path(output), self.to_json().encode("utf-8"))

    def embedded_dict(self) -> dict[str, Any]:
        """The record as it goes inside an exported file: prompt texts only when the user's
        privacy setting allows it (the sidecar JSON keeps them)."""
        data = self.as_dict()
        return data if Settings.load().share_prompt else redact_prompts(data)

    def xmp_packet(self) -> bytes:
        """An XMP packet with the IPTC digital source type, the tool, and the whole record."""
        dst = self.digital_source_type()
        dst_xml = (
            f"\n   <Iptc4xmpExt:DigitalSourceType>{escape(dst)}</Iptc4xmpExt:DigitalSourceType>"
            if dst
            else ""
        )
        record = escape(_encodable(json.dumps(self.embedded_dict(), ensure_ascii=False, default=str)))
        xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:hybridstudio="{XMP_NS}">{dst_xml}
   <xmp:CreatorTool>HybridStudio {__version__}</xmp:CreatorTool>
   <xmp:CreateDate>{escape(self.created)}</xmp:CreateDate>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{escape(self.ai_disclosure())}</rdf:li>
   </rdf:Alt></dc:description>
   <hybridstudio:ProcessRecord>{record}</hybridstudio:ProcessRecord>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
        return xml.encode("utf-8")


def disclosure_line(steps: list[dict[str, Any]], lang: str | None = "en") -> str:
    """The AI-disclosure line of a record's step dicts (film labels and process cards share it)."""

    def t(text: str) -> str:
        return translate("provenance", text, lang)

    ai, craft = [], []
    for s in steps:
        if s.get("kind") == "ai":
            model = (s.get("ai") or {}).get("model") or {}
            lic = (model.get("licence") or {}).get("name", "")
            bits = ", ".join(b for b in (model.get("id", ""), lic) if b)
            ai.append(f"{s.get('step')} ({bits})" if bits else str(s.get("step")))
        else:
            craft.append(str(s.get("step")))
    craft_text = t(QT_TRANSLATE_NOOP("provenance", "craft"))
    if not ai:
        return (
            t(QT_TRANSLATE_NOOP("provenance", "No AI used"))
            + f" · {craft_text}: "
            + (", ".join(craft) or t(QT_TRANSLATE_NOOP("provenance", "none")))
        )
    return (
        t(QT_TRANSLATE_NOOP("provenance", "AI"))
        + ": "
        + "; ".join(ai)
        + (f" · {craft_text}: " + ", ".join(craft) if craft else "")
    )


PROMPT_KEYS = ("prompt", "negative_prompt")
WITHHELD = "(withheld by the author's privacy setting)"


def redact_prompts(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of a record dict with every prompt text replaced (step params, AI notes, recipe)."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (WITHHELD if k in PROMPT_KEYS and node[k] else walk(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(record)


def _encodable(text: str) -> str:
    """File names that are not valid UTF-8 (undecodable bytes kept by Python as lone surrogates)
    are recorded with '?' in their place: records are UTF-8 text."""
    return text.encode("utf-8", "replace").decode("utf-8")


def record_from_xmp(xmp: bytes | str) -> dict[str, Any] | None:
    """The process record dict embedded in an XMP packet, or None."""
    if isinstance(xmp, bytes):
        xmp = xmp.decode("utf-8", errors="replace")
    start = xmp.find("<x:xmpmeta")
    end = xmp.find("</x:xmpmeta>")
    if start < 0 or end < 0:
        return None
    try:
        root = ET.fromstring(xmp[start : end + len("</x:xmpmeta>")])
    except ET.ParseError:
        return None
    node = root.find(f".//{{{XMP_NS}}}ProcessRecord")
    if node is None or not node.text:
        return None

    try:
        rec = loads_checked(node.text, None, "embedded record")
    except InputError:
        return None
    return rec if isinstance(rec, dict) else None

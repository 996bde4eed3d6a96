"""The process record: what was AI and what was craft, carried by every output.

Embedded as an XMP packet (with IPTC's ``Iptc4xmpExt:DigitalSourceType``) where the format allows,
and always written as a sidecar JSON next to the output (``NAME.EXT.hybridstudio.json``).
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .. import __version__
from .context import StepRecord
from .errors import InputError

IPTC_DST = "http://cv.iptc.org/newscodes/digitalsourcetype/"
TRAINED = IPTC_DST + "trainedAlgorithmicMedia"
COMPOSITE = IPTC_DST + "compositeWithTrainedAlgorithmicMedia"
SIDECAR_SUFFIX = ".hybridstudio.json"
XMP_NS = "https://hybridstudio.org/ns/process/1.0/"


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


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

    def digital_source_type(self) -> str | None:
        """IPTC digital source type: generated, AI-modified, or None for a pure craft pipeline."""
        if not self.ai_roles:
            return None
        return TRAINED if self.ai_roles[0] == "generates" else COMPOSITE

    def ai_disclosure(self) -> str:
        """One line for film labels and captions, e.g. 'AI: upscale (esrgan-thick-x4, MIT) · craft:
        separate, halftone'."""
        ai, craft = [], []
        for s in self.steps:
            if s.uses_ai:
                model = (s.ai or {}).get("model", {})
                lic = (model.get("licence") or {}).get("name", "")
                bits = ", ".join(b for b in (model.get("id", ""), lic) if b)
                ai.append(f"{s.step_id} ({bits})" if bits else s.step_id)
            else:
                craft.append(s.step_id)
        if not ai:
            return "No AI used · craft: " + (", ".join(craft) or "none")
        return "AI: " + "; ".join(ai) + (" · craft: " + ", ".join(craft) if craft else "")

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
        }

    def to_json(self) -> str:
        return _encodable(json.dumps(self.as_dict(), indent=2, ensure_ascii=False, default=str))

    @staticmethod
    def sidecar_path(output: str | Path) -> Path:
        output = Path(output)
        return output.with_name(output.name + SIDECAR_SUFFIX)

    def write_sidecar(self, output: str | Path) -> Path:
        from .atomic import atomic_write_bytes

        return atomic_write_bytes(self.sidecar_path(output), self.to_json().encode("utf-8"))

    def xmp_packet(self) -> bytes:
        """An XMP packet with the IPTC digital source type, the tool, and the whole record."""
        dst = self.digital_source_type()
        dst_xml = (f"\n   <Iptc4xmpExt:DigitalSourceType>{escape(dst)}</Iptc4xmpExt:DigitalSourceType>"
                   if dst else "")
        record = escape(_encodable(json.dumps(self.as_dict(), ensure_ascii=False, default=str)))
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


def _encodable(text: str) -> str:
    """File names that are not valid UTF-8 (undecodable bytes kept by Python as lone surrogates)
    are recorded with '?' in their place: records are UTF-8 text."""
    return text.encode("utf-8", "replace").decode("utf-8")


def record_from_xmp(xmp: bytes | str) -> dict[str, Any] | None:
    """The process record dict embedded in an XMP packet, or None."""
    import xml.etree.ElementTree as ET

    if isinstance(xmp, bytes):
        xmp = xmp.decode("utf-8", errors="replace")
    start = xmp.find("<x:xmpmeta")
    end = xmp.find("</x:xmpmeta>")
    if start < 0 or end < 0:
        return None
    try:
        root = ET.fromstring(xmp[start:end + len("</x:xmpmeta>")])
    except ET.ParseError:
        return None
    node = root.find(f".//{{{XMP_NS}}}ProcessRecord")
    if node is None or not node.text:
        return None
    from .jsonfiles import loads_checked

    try:
        rec = loads_checked(node.text, None, "embedded record")
    except InputError:
        return None
    return rec if isinstance(rec, dict) else None

"""Texts of the shipped data files, for the translation extractor: ink, library and paper names of
``resources/inks`` (context "Inks") and the notes of the model manifests in ``models/`` (context
"ModelNotes"). The names stay English in the files (they are what recipes and the command line
use); the app and the CLI say them through the catalogue.

Regenerate after editing those files: ``python -m hybridstudio.ui.data_texts`` (a test fails while
this list is stale).
"""

from __future__ import annotations

import json
import textwrap

import tomllib

from ..core.i18n import QT_TRANSLATE_NOOP
from ..paths import models_dir, resources_dir

TEXTS = (
    QT_TRANSLATE_NOOP("Inks", "Apricot"),
    QT_TRANSLATE_NOOP("Inks", "Aqua"),
    QT_TRANSLATE_NOOP("Inks", "Atelier sérigraphie — encres mesurées (exemple)"),
    QT_TRANSLATE_NOOP("Inks", "Bisque"),
    QT_TRANSLATE_NOOP("Inks", "Black"),
    QT_TRANSLATE_NOOP("Inks", "Black paper"),
    QT_TRANSLATE_NOOP("Inks", "Blanc couvrant"),
    QT_TRANSLATE_NOOP("Inks", "Bleu outremer"),
    QT_TRANSLATE_NOOP("Inks", "Blue"),
    QT_TRANSLATE_NOOP("Inks", "Brick"),
    QT_TRANSLATE_NOOP("Inks", "Bright Gold"),
    QT_TRANSLATE_NOOP("Inks", "Bright Olive Green"),
    QT_TRANSLATE_NOOP("Inks", "Bright Red"),
    QT_TRANSLATE_NOOP("Inks", "Bright white coated paper"),
    QT_TRANSLATE_NOOP("Inks", "Brown"),
    QT_TRANSLATE_NOOP("Inks", "Bubble Gum"),
    QT_TRANSLATE_NOOP("Inks", "Burgundy"),
    QT_TRANSLATE_NOOP("Inks", "Charcoal"),
    QT_TRANSLATE_NOOP("Inks", "Clear Medium"),
    QT_TRANSLATE_NOOP("Inks", "Copper"),
    QT_TRANSLATE_NOOP("Inks", "Coral"),
    QT_TRANSLATE_NOOP("Inks", "Cornflower"),
    QT_TRANSLATE_NOOP("Inks", "Cranberry"),
    QT_TRANSLATE_NOOP("Inks", "Cream / natural paper"),
    QT_TRANSLATE_NOOP("Inks", "Crimson"),
    QT_TRANSLATE_NOOP("Inks", "Dark Mauve"),
    QT_TRANSLATE_NOOP("Inks", "Emerald"),
    QT_TRANSLATE_NOOP("Inks", "Federal Blue"),
    QT_TRANSLATE_NOOP("Inks", "Flat Gold"),
    QT_TRANSLATE_NOOP("Inks", "Flatallic Gold"),
    QT_TRANSLATE_NOOP("Inks", "Fluorescent Green"),
    QT_TRANSLATE_NOOP("Inks", "Fluorescent Orange"),
    QT_TRANSLATE_NOOP("Inks", "Fluorescent Pink"),
    QT_TRANSLATE_NOOP("Inks", "Fluorescent Red"),
    QT_TRANSLATE_NOOP("Inks", "Fluorescent Yellow"),
    QT_TRANSLATE_NOOP("Inks", "Forest"),
    QT_TRANSLATE_NOOP("Inks", "Forest Green"),
    QT_TRANSLATE_NOOP("Inks", "Garment: black"),
    QT_TRANSLATE_NOOP("Inks", "Garment: charcoal"),
    QT_TRANSLATE_NOOP("Inks", "Garment: forest green"),
    QT_TRANSLATE_NOOP("Inks", "Garment: heather grey"),
    QT_TRANSLATE_NOOP("Inks", "Garment: natural (unbleached)"),
    QT_TRANSLATE_NOOP("Inks", "Garment: navy"),
    QT_TRANSLATE_NOOP("Inks", "Garment: red"),
    QT_TRANSLATE_NOOP("Inks", "Garment: royal blue"),
    QT_TRANSLATE_NOOP("Inks", "Garment: sand"),
    QT_TRANSLATE_NOOP("Inks", "Garment: white cotton"),
    QT_TRANSLATE_NOOP("Inks", "Generic screen-printing inks"),
    QT_TRANSLATE_NOOP("Inks", "Golden Yellow"),
    QT_TRANSLATE_NOOP("Inks", "Granite"),
    QT_TRANSLATE_NOOP("Inks", "Grape"),
    QT_TRANSLATE_NOOP("Inks", "Grass"),
    QT_TRANSLATE_NOOP("Inks", "Gray"),
    QT_TRANSLATE_NOOP("Inks", "Green"),
    QT_TRANSLATE_NOOP("Inks", "Grey"),
    QT_TRANSLATE_NOOP("Inks", "Grey board"),
    QT_TRANSLATE_NOOP("Inks", "Highlight White"),
    QT_TRANSLATE_NOOP("Inks", "Hot Pink"),
    QT_TRANSLATE_NOOP("Inks", "Hunter Green"),
    QT_TRANSLATE_NOOP("Inks", "ISO 12647-2 PT1 solid"),
    QT_TRANSLATE_NOOP("Inks", "Indigo"),
    QT_TRANSLATE_NOOP("Inks", "Ivy"),
    QT_TRANSLATE_NOOP("Inks", "Kelly Green"),
    QT_TRANSLATE_NOOP("Inks", "Kraft (brown)"),
    QT_TRANSLATE_NOOP("Inks", "Lagoon"),
    QT_TRANSLATE_NOOP("Inks", "Lake"),
    QT_TRANSLATE_NOOP("Inks", "Lemon Yellow"),
    QT_TRANSLATE_NOOP("Inks", "Light Gray"),
    QT_TRANSLATE_NOOP("Inks", "Light Lime"),
    QT_TRANSLATE_NOOP("Inks", "Light Mauve"),
    QT_TRANSLATE_NOOP("Inks", "Light Pink"),
    QT_TRANSLATE_NOOP("Inks", "Light Teal"),
    QT_TRANSLATE_NOOP("Inks", "Lime Green"),
    QT_TRANSLATE_NOOP("Inks", "Mahogany"),
    QT_TRANSLATE_NOOP("Inks", "Marine Red"),
    QT_TRANSLATE_NOOP("Inks", "Maroon"),
    QT_TRANSLATE_NOOP(
        "Inks", "Measured with an i1Pro 3, M1, D50/2°, solid patches on Munken Print White 150 g."
    ),
    QT_TRANSLATE_NOOP("Inks", "Medium Blue"),
    QT_TRANSLATE_NOOP("Inks", "Melon"),
    QT_TRANSLATE_NOOP("Inks", "Metallic Gold"),
    QT_TRANSLATE_NOOP("Inks", "Metallic Silver"),
    QT_TRANSLATE_NOOP("Inks", "Midnight"),
    QT_TRANSLATE_NOOP("Inks", "Mint"),
    QT_TRANSLATE_NOOP("Inks", "Mist"),
    QT_TRANSLATE_NOOP("Inks", "Moss"),
    QT_TRANSLATE_NOOP("Inks", "Navy"),
    QT_TRANSLATE_NOOP("Inks", "Newsprint"),
    QT_TRANSLATE_NOOP("Inks", "Orange"),
    QT_TRANSLATE_NOOP("Inks", "Orchid"),
    QT_TRANSLATE_NOOP("Inks", "Paper white (uncoated office/offset)"),
    QT_TRANSLATE_NOOP("Inks", "Paprika"),
    QT_TRANSLATE_NOOP("Inks", "Pine"),
    QT_TRANSLATE_NOOP("Inks", "Plum"),
    QT_TRANSLATE_NOOP("Inks", "Process Black"),
    QT_TRANSLATE_NOOP(
        "Inks", "Process CMYK (transparent), white, black and common spot colours (opaque, estimates)."
    ),
    QT_TRANSLATE_NOOP("Inks", "Process Cyan"),
    QT_TRANSLATE_NOOP("Inks", "Process Magenta"),
    QT_TRANSLATE_NOOP("Inks", "Process Yellow"),
    QT_TRANSLATE_NOOP("Inks", "Pumpkin"),
    QT_TRANSLATE_NOOP("Inks", "Purple"),
    QT_TRANSLATE_NOOP("Inks", "RISO risograph inks"),
    QT_TRANSLATE_NOOP("Inks", "RISO's standard and custom drum colours, sRGB screen values (not measured)."),
    QT_TRANSLATE_NOOP("Inks", "Raisin"),
    QT_TRANSLATE_NOOP("Inks", "Raspberry Red"),
    QT_TRANSLATE_NOOP("Inks", "Red"),
    QT_TRANSLATE_NOOP("Inks", "Rouge primaire"),
    QT_TRANSLATE_NOOP("Inks", "Royal Blue"),
    QT_TRANSLATE_NOOP("Inks", "Scarlet"),
    QT_TRANSLATE_NOOP("Inks", "Sea Blue"),
    QT_TRANSLATE_NOOP("Inks", "Sea Foam"),
    QT_TRANSLATE_NOOP("Inks", "Sky Blue"),
    QT_TRANSLATE_NOOP("Inks", "Slate"),
    QT_TRANSLATE_NOOP("Inks", "Smoky Teal"),
    QT_TRANSLATE_NOOP("Inks", "Spruce"),
    QT_TRANSLATE_NOOP("Inks", "Steel"),
    QT_TRANSLATE_NOOP("Inks", "Substrates"),
    QT_TRANSLATE_NOOP("Inks", "Sunflower"),
    QT_TRANSLATE_NOOP("Inks", "Tan"),
    QT_TRANSLATE_NOOP("Inks", "Teal"),
    QT_TRANSLATE_NOOP("Inks", "Tomato"),
    QT_TRANSLATE_NOOP("Inks", "Turquoise"),
    QT_TRANSLATE_NOOP("Inks", "Violet"),
    QT_TRANSLATE_NOOP("Inks", "Warm Red"),
    QT_TRANSLATE_NOOP("Inks", "White"),
    QT_TRANSLATE_NOOP("Inks", "Wine"),
    QT_TRANSLATE_NOOP("Inks", "Yellow"),
    QT_TRANSLATE_NOOP("Inks", "brightest top white, printed last"),
    QT_TRANSLATE_NOOP("Inks", "clear varnish-like medium: no colour, never chosen by the stock search"),
    QT_TRANSLATE_NOOP(
        "Inks", "fluorescent/metallic: brighter than any sRGB value; the preview underestimates it"
    ),
    QT_TRANSLATE_NOOP("Inks", "metallic: sheen not modelled; colour is an estimate"),
    QT_TRANSLATE_NOOP("Inks", "opaque underbase / flash white"),
    QT_TRANSLATE_NOOP("Inks", "opaque white for underbase on dark paper"),
    QT_TRANSLATE_NOOP("Inks", "same ink as Burgundy"),
    QT_TRANSLATE_NOOP("Inks", "same ink as Marine Red"),
    QT_TRANSLATE_NOOP("Inks", "semi-opaque in practice; for dark or coloured paper"),
    QT_TRANSLATE_NOOP("ModelNotes", "A human licence check is needed before any commercial use."),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "File name and size from the repository listing; the hub's LFS sha256 is checked on download.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "File name follows the repository's ONNX/ folder naming (fp32/fp16, opset 14–17); check the"
        " listing if the download reports it missing.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes", "Licence of the ONNX copy not checked against its source (madebyollin/taesd, MIT)."
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "Licence tag on the ONNX repo is sai-nc-community; stabilityai/sd-turbo now points to the "
        "Stability AI Community License. A human licence check is needed before any commercial use.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "ONNX export merged into the main branch (repository PR #11); the folder also holds PyTorch"
        " weights, which HybridStudio does not download.",
    ),
    QT_TRANSLATE_NOOP(
        "ModelNotes",
        "ONNX files on the main branch (repository PR #15) beside the PyTorch weights, which "
        "HybridStudio does not download.",
    ),
    QT_TRANSLATE_NOOP("ModelNotes", "Runs on the CUDA provider only (model card): not on CPU or DirectML."),
    QT_TRANSLATE_NOOP(
        "ModelNotes", "The export has a fixed 128×128 input: HybridStudio tiles at exactly that size."
    ),
)


def collect() -> list[tuple[str, str]]:
    """(context, text) of every shipped data text a person reads, sorted, without repeats."""
    found: set[tuple[str, str]] = set()
    for path in sorted((resources_dir() / "inks").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        for key in ("name", "description"):
            if isinstance(data.get(key), str):
                found.add(("Inks", data[key]))
        for entries in (v for v in data.values() if isinstance(v, list)):
            for entry in (e for e in entries if isinstance(e, dict)):
                if isinstance(entry.get("note"), str):
                    found.add(("Inks", entry["note"]))
                name = entry.get("name")
                if isinstance(name, str) and not (name.islower() and " " not in name):
                    found.add(("Inks", name))  # names like paper-white are ids, not words
    for path in sorted(models_dir().glob("*.toml")):
        for note in tomllib.loads(path.read_text("utf-8")).get("notes", ()):
            found.add(("ModelNotes", note))
    return sorted(found)


def source() -> str:
    """This module's text with ``TEXTS`` listing :func:`collect`."""
    here = Path(__file__).read_text("utf-8")
    head, rest = here.split("TEXTS = (\n", 1)
    tail = rest[rest.index(")\n") :]
    body = ""
    for ctx, text in collect():
        # long texts as adjacent literals (the extractor joins them), lines within the limit
        parts = textwrap.wrap(text, 90, drop_whitespace=False) or [text]
        literals = "\n        ".join(json.dumps(p, ensure_ascii=False) for p in parts)
        sep = " " if len(text) < 60 else "\n        "
        body += f'    QT_TRANSLATE_NOOP("{ctx}",{sep}{literals}),\n'
    return head + "TEXTS = (\n" + body + tail


if __name__ == "__main__":
    from pathlib import Path

    Path(__file__).write_text(source(), encoding="utf-8")

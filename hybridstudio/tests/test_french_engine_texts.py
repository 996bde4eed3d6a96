"""The engine's own words in French: every text marked for translation anywhere in the program
(as Qt's extractor finds it) has a finished French translation; the shipped data texts (inks,
papers, model notes) are all listed for the extractor; the screening advice counts mesh in the
workshop's unit (fils/cm in French, threads/in in English, or as Settings say); the CLI and the
model catalogue speak French."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hybridstudio.core.i18n import TRANSLATIONS_DIR, Message, say, translate
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.screening import advisor
from hybridstudio.separation.export import write_separation_folder
from hybridstudio.testing.film import cmyk_set

ROOT = Path(__file__).resolve().parents[2]


def _french_catalogue() -> dict[tuple[str, str], str]:
    root = ET.parse(TRANSLATIONS_DIR / "hybridstudio_fr.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete"):
                out[(ctx.findtext("name"), m.findtext("source"))] = tr.text
    return out


def extracted_texts(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every text pyside6-lupdate extracts from the program today."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6)")
    files = sorted(
        str(p)
        for p in (ROOT / "hybridstudio").rglob("*.py")
        if "tests" not in p.parts and "testing" not in p.parts  # the program's texts, not the tests'
    )
    ts = tmp_path / "extracted.ts"
    subprocess.run(
        [lupdate, *files, "-ts", str(ts), "-no-obsolete"], check=True, capture_output=True, timeout=120
    )
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
        if c.findtext("name")
    }  # unnamed: the extractor's misreads


def test_every_marked_text_has_french(tmp_path):
    french = _french_catalogue()
    missing = sorted(k for k in extracted_texts(tmp_path) if k not in french)
    assert not missing, f"{len(missing)} texts without French, e.g. {missing[:8]}"


def test_a_new_unmarked_or_untranslated_text_is_caught(tmp_path):
    """The check above is not blind: a newly marked text without French is reported."""
    french = _french_catalogue()
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from hybridstudio.core.i18n import QT_TRANSLATE_NOOP\n"
        'X = QT_TRANSLATE_NOOP("Progress", "calibrating the exposure unit")\n'
    )
    ts = tmp_path / "probe.ts"
    subprocess.run(
        [
            shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or "pyside6-lupdate",
            str(probe),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    assert ("Progress", "calibrating the exposure unit") in found
    assert ("Progress", "calibrating the exposure unit") not in french


def test_data_texts_list_is_current():
    from hybridstudio.ui import data_texts

    assert data_texts.source() == Path(data_texts.__file__).read_text("utf-8"), (
        "run: python -m hybridstudio.ui.data_texts"
    )
    texts = dict(data_texts.collect())
    assert ("Inks", "Fluorescent Pink") in data_texts.collect()
    assert ("Inks", "Garment: heather grey") in data_texts.collect()
    assert "paper-white" not in texts.values()  # an id on the command line, not a word
    assert translate("Inks", "Fluorescent Pink", "fr") == "Rose fluo"
    assert translate("Inks", "Garment: heather grey", "fr") == "Textile : gris chiné"


def test_mesh_advice_per_cm_in_french_per_inch_in_english():
    (msg,) = [a.message for a in advisor.mesh_advice(65, 22.5, 230, 0, "Black") if a.topic == "mesh"]
    english = say(msg, "en")
    assert english == str(msg)  # the record keeps the English
    assert "230 threads/in mesh" in english and "3.54 threads per screen line" in english
    assert "57 lpi" in english and "293 threads/in or finer" in english  # ⌈65 × 4,5⌉
    french = say(msg, "fr")
    assert french.startswith("Noir : 65,0 lpi est trop fin pour un tamis de 90,6 fils/cm")
    assert "3,54 fils par ligne de trame" in french
    assert "tamis de 116 fils/cm ou plus fin" in french  # ⌈65 × 4,5 / 2,54⌉ per cm
    assert "threads" not in french and "mesh" not in french
    # a workshop's own choice wins over the language, both ways
    assert "90.6 threads/cm" in say(msg, "en", mesh_preference="cm")
    assert "tamis de 230 fils/pouce" in say(msg, "fr", mesh_preference="in")
    (dot,) = advisor.min_dot_advice(25.4 / 55, 0.02, 230, "Cyan")
    assert "d’un tamis de 90,6 fils/cm (110 µm)" in say(dot.message, "fr")


def test_advice_survives_records_and_worker_processes():
    (a,) = advisor.grey_level_advice(600, 71, 72)
    assert json.loads(json.dumps({"m": a.message}))["m"] == str(a.message)
    again = pickle.loads(pickle.dumps(a.message))
    assert isinstance(again, Message) and say(again, "fr") == say(a.message, "fr")
    assert "72 niveaux de gris" in say(again, "fr")


def test_films_cli_advises_in_french_with_per_cm_mesh(tmp_path):
    folder = tmp_path / "seps"
    write_separation_folder(cmyk_set("coffee", dpi=200.0), folder, ProcessRecord())
    env = {**os.environ, "HYBRIDSTUDIO_LANG": "fr", "HYBRIDSTUDIO_CONFIG_DIR": str(tmp_path / "cfg")}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "hybridstudio",
            "films",
            str(folder),
            "--dpi",
            "600",
            "--lpi",
            "71",
            "--mesh",
            "90/cm",
            "--page",
            "A3",
            "-o",
            str(tmp_path / "f.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    advice = [ln for ln in out.stderr.splitlines() if ln.strip().startswith("attention :")]
    assert advice, out.stderr
    text = "\n".join(advice)
    assert "72 niveaux de gris" in text and "tamis de 90 fils/cm" in text
    assert "typon 1/4 : Cyan" in out.stderr and "écriture du PDF" in out.stderr  # progress
    for english in ("grey levels", "threads", " mesh", "too fine", "film 1/4"):
        assert english not in out.stderr, english


def test_model_texts_in_french_from_the_catalogue_and_cli(tmp_path):
    from hybridstudio.models.catalogue import all_manifests

    for m in all_manifests().values():
        if m.source == "imported":
            continue
        fr, en = m.localized("fr"), m.localized("en")
        assert fr["known_biases"] != en["known_biases"], m.id
        assert not m.licence.note or fr["licence_note"] != en["licence_note"], m.id
        for note in m.notes:
            assert translate("ModelNotes", note, "fr") != note, (m.id, note)
    env = {**os.environ, "HYBRIDSTUDIO_LANG": "fr", "HYBRIDSTUDIO_CONFIG_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "hybridstudio", "models", "show", "taesd"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    ).stdout
    assert "Aucun en propre au-delà du VAE" in out and "MIT à la source" in out
    assert "Licence de la copie ONNX non vérifiée" in out

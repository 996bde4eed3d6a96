"""Every export path signs: the generate, separate, films and look commands (run, upscale and
negative are in test_credentials.py, the app's Export in test_ui_credentials.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.context import StepRecord
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.credentials import read_credentials
from hybridstudio.credentials.sign import signed_output
from hybridstudio.testing import ROOT
from hybridstudio.testing.credentials import DST, actions, c2pa_store
from hybridstudio.testing.diffusion import tiny_model

SAMPLE = ROOT / "resources" / "samples" / "coffee.png"


def signed(path: Path) -> dict:
    assert read_credentials(path).verdict == "valid", path
    manifest, state = c2pa_store(path)
    assert state == "Valid"
    return manifest


def test_separate_then_films_sign_every_file(tmp_path):
    seps = tmp_path / "seps"
    assert main(["separate", str(SAMPLE), "--method", "spot", "--inks", "2", "-o", str(seps)]) == 0
    tiffs = sorted(seps.glob("*.tif"))
    assert len(tiffs) >= 2
    for f in (*tiffs, *seps.glob("*.png")):
        signed(f)
    pdf = tmp_path / "films" / "films.pdf"
    assert main(["films", str(seps), "--dpi", "300", "--lpi", "30", "--page", "A4", "-o", str(pdf)]) == 0
    for f in (pdf, *pdf.parent.glob("*.tif")):
        manifest = signed(f)
        assert {a.get("digitalSourceType") for a in actions(manifest)[1:]} == {DST + "humanEdits"}
        # the photo the separations came from is the parent; every separation TIFF read is a
        # component, with its own (HybridStudio-signed) credentials kept
        parent, *parts = manifest["ingredients"]
        assert parent["relationship"] == "parentOf" and parent["title"] == SAMPLE.name
        assert sorted(p["title"] for p in parts) == sorted(t.name for t in tiffs)
        for part in parts:
            assert part["relationship"] == "componentOf" and part["format"] == "image/tiff"
            assert part.get("active_manifest"), f"{part['title']}: its credentials were dropped"
            failures = part["validation_results"]["activeManifest"]["failure"]
            assert not [x for x in failures if x["code"] != "signingCredential.untrusted"], failures


def test_films_from_separations_made_elsewhere_declare_each_file(tmp_path):
    # greyscale PNG planes from another tool (no credentials), one signed by HybridStudio
    seps = tmp_path / "planes"
    seps.mkdir()
    grey = np.asarray(Image.open(SAMPLE).convert("L").resize((120, 80)))
    Image.fromarray(grey).save(seps / "black.png", dpi=(300, 300))
    craft = ProcessRecord(recipe={"name": "craft"}, steps=[StepRecord("levels", "Levels", False, {})])
    with signed_output(seps / "red.png", craft) as tmp:
        Image.fromarray(255 - grey).save(tmp, format="PNG", dpi=(300, 300))
    pdf = tmp_path / "films.pdf"
    assert main(["films", str(seps), "--dpi", "300", "--lpi", "30", "--page", "A4", "-o", str(pdf)]) == 0
    manifest = signed(pdf)
    parts = {p["title"]: p for p in manifest["ingredients"]}
    assert set(parts) == {"black.png", "red.png"}
    assert {p["relationship"] for p in parts.values()} == {"componentOf"}
    assert not parts["black.png"].get("active_manifest")  # it had none
    assert parts["red.png"].get("active_manifest"), "the signed plane's credentials were dropped"


def test_look_signs(tmp_path):
    out = tmp_path / "look.jpg"
    assert main(["look", str(SAMPLE), "--step", "grain", "stock=tri-x-400", "-o", str(out)]) == 0
    manifest = signed(out)
    assert actions(manifest)[0]["action"] == "c2pa.opened"
    assert manifest["ingredients"][0]["title"] == "coffee.png"


def test_generate_signs_a_created_image(tmp_path):
    folder = tiny_model(tmp_path / "models", "lcm")
    out = tmp_path / "gen.png"
    assert (
        main(
            [
                "generate",
                "une fougère en cyanotype",
                "-m",
                str(folder),
                "--seed",
                "3",
                "--steps",
                "2",
                "--size",
                "64x64",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    manifest = signed(out)
    first = actions(manifest)[0]
    assert first["action"] == "c2pa.created"
    assert first["digitalSourceType"] == DST + "trainedAlgorithmicMedia"
    assert "fougère" not in str(manifest)  # the prompt stays private by default


def test_an_in_memory_picture_names_its_file_only_while_it_still_has_the_files_pixels(tmp_path):
    from hybridstudio.core.atomic import file_sha256
    from hybridstudio.core.executor import image_input, mark_source_file
    from hybridstudio.io.images import load_image

    src = tmp_path / "coffee.png"
    src.write_bytes(SAMPLE.read_bytes())
    payload = load_image(src)
    mark_source_file(payload, src)
    entry = image_input(payload)
    assert entry["path"] == str(src) and entry["sha256"] == file_sha256(src)  # as the CLI records it
    edited = payload.with_pixels(1.0 - payload.pixels)  # e.g. a result used as the new source
    assert image_input(edited)["sha256"] != file_sha256(src)
    src.unlink()
    assert image_input(payload)["sha256"] == entry["pixels_sha256"]  # the file is gone

"""Every export path signs: the generate, separate, films and look commands (run, upscale and
negative are in test_credentials.py, the app's Export in test_ui_credentials.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from credentials_helpers import DST, actions, c2pa_store
from diffusion_helpers import tiny_model

from hybridstudio.cli import main
from hybridstudio.credentials import read_credentials

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


def test_look_signs(tmp_path):
    out = tmp_path / "look.jpg"
    assert main(["look", str(SAMPLE), "--step", "grain", "stock=tri-x-400", "-o", str(out)]) == 0
    manifest = signed(out)
    assert actions(manifest)[0]["action"] == "c2pa.opened"
    assert manifest["ingredients"][0]["title"] == "coffee.png"


def test_generate_signs_a_created_image(tmp_path):
    folder = tiny_model(tmp_path / "models", "lcm")
    out = tmp_path / "gen.png"
    assert main(["generate", "une fougère en cyanotype", "-m", str(folder), "--seed", "3", "--steps", "2",
                 "--size", "64x64", "-o", str(out)]) == 0
    manifest = signed(out)
    first = actions(manifest)[0]
    assert first["action"] == "c2pa.created"
    assert first["digitalSourceType"] == DST + "trainedAlgorithmicMedia"
    assert "fougère" not in str(manifest)  # the prompt stays private by default

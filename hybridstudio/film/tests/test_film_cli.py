"""`hybridstudio films` on separation folders, and the films step in a recipe."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.context import StepRecord
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.separation.export import write_separation_folder
from hybridstudio.testing.film import cmyk_set, read_film, run

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def sep_folder(tmp_path):
    rec = ProcessRecord(recipe={"name": "Coffee poster"})
    st = StepRecord("upscale", "Upscale", True, {})
    st.ai = {"model": {"id": "esrgan-slim-x2", "licence": {"name": "MIT"}}}
    rec.steps.append(st)
    rec.ai_roles.append("modifies")
    folder = tmp_path / "seps"
    write_separation_folder(cmyk_set("coffee", dpi=200.0), folder, rec)
    return folder


def test_films_command_end_to_end(sep_folder, tmp_path, capsys):
    out = tmp_path / "out" / "coffee.pdf"
    code = main(
        [
            "films",
            str(sep_folder),
            "--dpi",
            "720",
            "--lpi",
            "55",
            "--angles",
            "22.5,82.5,7.5,52.5",
            "--shape",
            "round",
            "--page",
            "A3",
            "--mirror",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "22.6°" in text  # 720 dpi turns 22.5° into 22.62° (Rokicki)
    rows = [r.split() for r in run("pdfimages", "-list", str(out)).splitlines()[2:]]
    assert len(rows) == 4 and all(r[7] == "1" and r[12] == "720" for r in rows)
    report = json.loads((out.parent / "coffee.films.json").read_text())
    assert report["mirror"] is True
    assert [f["angle"] for f in report["films"]][0] == pytest.approx(22.62, abs=0.01)
    sidecar = json.loads((out.parent / "coffee.pdf.hybridstudio.json").read_text())
    # the films carry the separations' history: the AI step made upstream is disclosed
    assert sidecar["disclosure"].startswith("AI: upscale (esrgan-slim-x2, MIT)")
    assert [s["step"] for s in sidecar["steps"]] == ["upscale", "films"]
    assert read_film(out.parent / "coffee-04-black.tif").shape == (11906, 8419)  # A3 at 720 dpi


def test_grey_level_and_mesh_warnings_on_stderr(sep_folder, tmp_path, capsys):
    out = tmp_path / "riso.pdf"
    assert (
        main(
            [
                "films",
                str(sep_folder),
                "--dpi",
                "600",
                "--lpi",
                "71",
                "--mesh",
                "230",
                "--page",
                "A3",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert re.search(r"\(dpi/lpi\)² \+ 1 = 72 grey levels", err)
    assert "too fine for a 230 threads/in mesh" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lpi", "500"], "'lpi'"),
        (["--angles", "10,20"], "4 separations but 2 angles"),
        (["--page", "A5"], "'page'"),
        (["--page", "80x80"], "too small"),
        (["--curve", "0:0,50:80,60:20"], "'curve'"),
    ],
)
def test_bad_settings_give_clear_errors(sep_folder, tmp_path, capsys, args, message):
    assert main(["films", str(sep_folder), *args, "-o", str(tmp_path / "x.pdf")]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_folder_and_mixed_resolutions(sep_folder, tmp_path, capsys):
    assert main(["films", str(tmp_path / "nothing"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "nothing: no such folder" in capsys.readouterr().err
    tif = sep_folder / "02-magenta.tif"
    with Image.open(tif) as img:
        img.load()
        img.save(tif, compression="tiff_lzw", dpi=(300, 300))
    assert main(["films", str(sep_folder), "--page", "A3", "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "02-magenta.tif: is 300 dpi but separations.json says 200 dpi" in err


def test_shipped_films_recipes_run(sep_folder, tmp_path):
    from hybridstudio.core.executor import Executor
    from hybridstudio.core.recipe import Recipe

    recipes = sorted((ROOT / "resources" / "recipes").glob("films-*.toml"))
    assert recipes
    for path in recipes:
        recipe = Recipe.load(path)
        out = tmp_path / path.stem
        [result] = Executor().run(recipe, [sep_folder], out)
        pdfs = [p for p in result.outputs if p.suffix == ".pdf"]
        tiffs = [p for p in result.outputs if p.suffix == ".tif"]
        assert len(pdfs) == 1 and len(tiffs) == 4, result.outputs
        assert "Pages:           4" in run("pdfinfo", str(pdfs[0]))
        assert result.record.steps[-1].step_id == "films"


def test_picture_to_riso_masters_recipe(tmp_path):
    from hybridstudio.core.executor import Executor
    from hybridstudio.core.recipe import Recipe
    from hybridstudio.testing import photo

    src = tmp_path / "chelsea.png"
    Image.fromarray((photo("chelsea") * 255).astype("uint8")).save(src)
    recipe = Recipe.load(ROOT / "resources" / "recipes" / "riso-two-colour-films.toml")
    [result] = Executor().run(recipe, [src], tmp_path / "out")
    tiffs = sorted(p for p in result.outputs if p.suffix == ".tif")
    assert len(tiffs) == 2
    for p in tiffs:
        info = run("tiffinfo", str(p))
        assert "CCITT Group 4" in info and "Resolution: 600, 600" in info
    films_step = result.record.steps[-1]
    assert films_step.step_id == "films"
    assert sum(n.startswith("film ") and "lpi @" in n for n in films_step.notes) == 2
    assert not any("grey levels" in w for w in result.warnings)  # 600/60: 101 levels


def test_proof_shows_the_exported_film_pixels(sep_folder, tmp_path, capsys):
    """`--proof` writes what the app's films view shows: at zoom 1 each film's proof is the
    exported film's own pixels over the region; zoomed out, their box average."""
    out = tmp_path / "coffee.pdf"
    proof = tmp_path / "proof.png"
    args = [
        "films",
        str(sep_folder),
        "--dpi",
        "600",
        "--lpi",
        "45",
        "--page",
        "A4",
        "--proof",
        str(proof),
        "--proof-region",
        "75,125,20,15",
    ]
    assert main([*args, "-o", str(out)]) == 0
    assert "wrote " + str(proof) in capsys.readouterr().out
    x0, y0 = round(75 / 25.4 * 600), round(125 / 25.4 * 600)  # inside the image
    w, h = round(20 / 25.4 * 600), round(15 / 25.4 * 600)
    for k, ink in enumerate(("cyan", "magenta", "yellow", "black"), start=1):
        film = read_film(out.with_name(f"coffee-{k:02d}-{ink}.tif"))[y0 : y0 + h, x0 : x0 + w]
        with Image.open(tmp_path / f"proof-{k:02d}-{ink}.png") as img:
            shown = np.asarray(img.convert("L")) < 128
            assert img.info["dpi"][0] == pytest.approx(600.0, abs=0.5)
        assert np.array_equal(shown, film) and film.any() and not film.all()
    with Image.open(proof) as img:
        overprint = np.asarray(img.convert("RGB"))
    assert overprint.shape == (h, w, 3) and len(np.unique(overprint.reshape(-1, 3), axis=0)) >= 4
    # zoomed out without films: each proof pixel averages 4 × 4 film pixels
    assert main([*args[:-2], "--proof-region", "75,125,20,15", "--proof-zoom", "0.25"]) == 0
    with Image.open(tmp_path / "proof-04-black.png") as img:
        small = np.asarray(img.convert("L")).astype(np.float64) / 255.0
    film = read_film(out.with_name("coffee-04-black.tif"))
    ax, ay = x0 // 4 * 4, y0 // 4 * 4
    want = 1.0 - film[ay : ay + small.shape[0] * 4, ax : ax + small.shape[1] * 4].reshape(
        small.shape[0], 4, small.shape[1], 4
    ).mean(axis=(1, 3))
    assert np.abs(small - want).max() <= 1.0 / 255.0 + 1e-9

"""The process card: one A5 page, rendered by poppler (pdftoppm) and read back as text (pdftotext)
in English and French: every label translated, every step complete, nothing outside the page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio.card import render
from hybridstudio.cli import main
from hybridstudio.core.context import StepRecord
from hybridstudio.core.i18n import translate
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.io.images import save_image
from hybridstudio.steps.basic import Greyscale
from hybridstudio.steps.upscale import Upscale
from hybridstudio.testing import photo

POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed (pdftotext, pdftoppm)")

#: every label the card prints (the card module's translatable texts)
LABELS = [v for k, v in vars(render).items() if k.isupper() and isinstance(v, str) and k != "C"]


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdftext(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def pages_and_size(pdf: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), re.search(r"Page size:\s+(.*)", info).group(1)


def words_inside_the_page(pdf: Path) -> None:
    """Every word's box lies inside the page, within the margins: nothing is cut off."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    w, h = float(page.group(1)), float(page.group(2))
    boxes = [
        tuple(map(float, m))
        for m in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)
    ]
    assert boxes
    for x0, y0, x1, y1 in boxes:
        assert x0 > 20 and x1 < w - 20 and y0 > 20 and y1 < h - 20, (x0, y0, x1, y1)


@pytest.fixture
def upscaled(tmp_path) -> Path:
    """A real AI-then-craft output: the ESRGAN upscaler on a photo, then greyscale, exported."""
    src = tmp_path / "photo.png"
    Image.fromarray((photo("chelsea")[:60, :90] * 255).astype("uint8")).save(src)
    recipe = tmp_path / "grey.toml"
    recipe.write_text(
        'hybridstudio_recipe = 1\nname = "Grey"\n[[steps]]\nkind = "upscale"\n'
        'model = "esrgan-slim-x2"\n[[steps]]\nkind = "greyscale"\n',
        encoding="utf-8",
    )
    assert main(["run", str(recipe), "-i", str(src), "-o", str(tmp_path / "out")]) == 0
    return next((tmp_path / "out").glob("*.png"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_card_tells_every_step_in_both_languages(tmp_path, upscaled, lang):
    card = tmp_path / f"card-{lang}.pdf"
    assert main(["card", str(upscaled), "-o", str(card), "--lang", lang]) == 0
    n, size = pages_and_size(card)
    assert n == 1 and size.startswith("419.") and "595.2" in size  # one A5 page
    text = words(pdftext(card))
    t = lambda s: words(translate("card", s, lang))  # noqa: E731
    for label in (
        render.TITLE,
        render.STEPS,
        render.MODEL,
        render.LICENCE,
        render.TRAINING,
        render.WITHOUT_AI,
        render.CREDENTIALS,
        render.COST,
        render.AI_TAG,
        render.CRAFT_TAG,
    ):
        assert t(label) in text, label
    assert words(translate("steps", Upscale.title, lang)) in text
    assert words(translate("steps", Greyscale.title, lang)) in text
    assert words(translate("steps", Greyscale.craft, lang)) in text  # the craft way, complete
    assert "DIV2K" in text and "MIT" in text  # the model catalogue's training-data note, the licence
    # in the card's language (the catalogue's [training] data / data_fr)
    note = {"en": "bicubic-downscaled pairs", "fr": "en paires réduites en bicubique"}[lang]
    assert note in text
    verdict = translate("credentials", "valid: the file is exactly as it was signed", lang)
    assert words(verdict) in text
    # the film label's AI line, in the card's language
    assert (translate("provenance", "AI", lang) + ": upscale (esrgan-slim-x2") in text
    if lang == "fr":
        untranslated = [s for s in LABELS if words(s) in text and translate("card", s, "fr") != s]
        assert untranslated == []
        assert "Fiche de processus" in text and "Sans IA" in text
    words_inside_the_page(card)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(card), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    with Image.open(tmp_path / "page.png") as im:
        assert im.width == 420 and abs(im.height - 595) <= 1
        grey = im.convert("L")
        assert grey.getextrema()[0] < 60  # text and the thumbnail are drawn
        assert int((np.asarray(grey) < 128).sum()) > 2000


def test_a_long_chain_still_fits_one_page(tmp_path):
    steps = [StepRecord("greyscale", "Greyscale", False, {}) for _ in range(14)]
    out = save_image(
        ImagePayload(photo("coffee")[:40, :60]),
        tmp_path / "x.png",
        record=ProcessRecord(recipe={"name": "Long"}, steps=steps),
    )
    card = tmp_path / "card.pdf"
    assert main(["card", str(out), "-o", str(card), "--lang", "fr"]) == 0
    assert pages_and_size(card)[0] == 1
    text = words(pdftext(card))
    assert "14. Noir et blanc" in text
    words_inside_the_page(card)


def test_card_errors_name_the_file(tmp_path, capsys):
    plain = tmp_path / "plain.png"
    Image.new("RGB", (8, 8)).save(plain)
    assert main(["card", str(plain), "-o", str(tmp_path / "c.pdf")]) == 1
    assert "plain.png: no HybridStudio process record" in capsys.readouterr().err
    assert main(["card", str(tmp_path / "absent.png"), "-o", str(tmp_path / "c.pdf")]) == 1
    assert "absent.png: no such file" in capsys.readouterr().err
    assert not (tmp_path / "c.pdf").exists()


def test_every_shipped_model_has_its_training_note_in_french():
    from hybridstudio.models.catalogue import all_manifests

    shipped = [m for m in all_manifests().values() if m.training_data]
    assert len(shipped) >= 10
    missing = [m.id for m in shipped if not m.training_data_fr or m.training_data_fr == m.training_data]
    assert missing == []

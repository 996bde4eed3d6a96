"""Ink and substrate libraries: the shipped files, a school's own file, and bad input."""

from __future__ import annotations

import pytest

from hybridstudio.core.errors import InputError, ParamError
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.separation.api import SeparateOptions, separate
from hybridstudio.separation.inks import (
    available_libraries,
    load_library,
    load_substrates,
    parse_library,
    resolve_substrate,
)


def test_riso_library_holds_the_published_drum_colours():
    riso = load_library("riso")
    assert riso.process == "riso" and riso.dot_gain == 0.25
    assert len(riso.inks) >= 80
    # values from the published RISO list (stencil.wiki / p5.riso, see shared notes)
    published = {
        "Fluorescent Pink": "#ff48b0",
        "Medium Blue": "#3255a4",
        "Federal Blue": "#3d5588",
        "Sunflower": "#ffb511",
        "Aqua": "#5ec8e5",
        "Hunter Green": "#407060",
        "Yellow": "#ffe800",
        "Fluorescent Green": "#44d62c",
    }
    for name, hx in published.items():
        assert riso.get(name).hex == hx
    assert "Fluorescent Green" in riso.estimates  # fluorescent: marked as an estimate
    names = {i.name for i in riso.searchable()}
    assert "Clear Medium" not in names  # no colour: never chosen
    assert not ({"Wine", "Burgundy"} <= names)  # duplicate colour counted once
    assert riso.get("fluorescent pink").name == "Fluorescent Pink"  # forgiving lookup
    with pytest.raises(KeyError, match="did you mean 'Burgundy'"):
        riso.get("Burgandy")


def test_screenprint_set_and_substrates():
    screen = load_library("screenprint")
    for name in ("Process Cyan", "Process Magenta", "Process Yellow", "Process Black", "White", "Black"):
        screen.get(name)
    assert screen.get("Process Magenta").lab == (48.0, 74.0, -3.0)  # ISO 12647-2 PT1 solid
    assert screen.get("White").opacity == "opaque"
    assert screen.get("Process Cyan").opacity == "transparent"
    # the process cyan of print lies outside sRGB: accepted, with a warning naming it
    assert any(w.startswith("Process Cyan: Lab") and "outside sRGB" in w for w in screen.warnings)
    subs = {s.name for s in load_substrates().inks}
    assert {
        "paper-white",
        "kraft",
        "garment-white",
        "garment-black",
        "garment-navy",
        "garment-heather-grey",
    } <= subs
    assert resolve_substrate("#c8a27a").hex == "#c8a27a"
    assert {"riso", "screenprint", "school-template"} <= set(available_libraries())
    school = load_library("school-template")
    assert school.get("Bleu outremer").lab == (32.4, 18.9, -58.7)


def test_user_library_from_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HYBRIDSTUDIO_DATA_DIR", str(tmp_path))
    (tmp_path / "inks").mkdir()
    (tmp_path / "inks" / "atelier.toml").write_text(
        'hybridstudio_inks = 1\nname = "Atelier"\nprocess = "riso"\n'
        '[[inks]]\nname = "Rose"\nhex = "#ff48b0"\n[[inks]]\nname = "Bleu"\nlab = [40, 10, -50]\n'
    )
    lib = load_library("atelier")
    assert [i.name for i in lib.inks] == ["Rose", "Bleu"]
    assert lib.dot_gain is None and lib.process == "riso"


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "lists no inks"),
        ("hybridstudio_inks = 1\nname = 'x'\n", "lists no inks"),
        ("[[inks]\nname=", "not a valid TOML"),
        ("[[inks]]\nname = 'A'\n", "give a colour"),
        ("[[inks]]\nname = 'A'\nhex = '#12345'\n", "not a colour like"),
        ("[[inks]]\nname = 'A'\nhex = 'red'\n", "not a colour like"),
        ("[[inks]]\nname = 'A'\nlab = [120, 0, 0]\n", "L* must lie in 0..100"),
        ("[[inks]]\nname = 'A'\nlab = [50, 0]\n", "three numbers"),
        ("[[inks]]\nname = 'A'\nhex = '#000000'\nopacity = 'glossy'\n", "opacity must be"),
        ("[[inks]]\nname = 'A'\nhex = '#000000'\n[[inks]]\nname = 'a'\nhex = '#ffffff'\n", "used twice"),
        ("dot_gain = 0.6\n[[inks]]\nname = 'A'\nhex = '#000000'\n", "dot_gain"),
        ("hybridstudio_inks = 7\n[[inks]]\nname = 'A'\nhex = '#000000'\n", "unsupported ink library version"),
        ("[[inks]]\nhex = '#000000'\n", "needs a 'name'"),
    ],
)
def test_malformed_libraries_are_refused_with_the_file_and_entry(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=message) as err:
        load_library(path)
    assert str(path) in str(err.value)


def test_missing_library_and_substrate_names():
    with pytest.raises(InputError, match="unknown ink library 'rsio'.*did you mean 'riso'"):
        load_library("rsio")
    with pytest.raises(InputError, match="not found"):
        load_library("/nonexistent/inks.toml")
    with pytest.raises(InputError, match="did you mean 'kraft'"):
        resolve_substrate("kraf")


def test_out_of_gamut_lab_ink_is_clipped_for_the_model_and_reported(tmp_path):
    lib = parse_library('[[inks]]\nname = "Neon"\nlab = [88, -80, 85]\n', tmp_path / "x.toml")
    ink = lib.inks[0]
    assert ink.lab == (88.0, -80.0, 85.0)
    assert all(0.0 <= c <= 1.0 for c in ink.srgb)
    assert lib.warnings and "Neon" in lib.warnings[0] and "ΔE2000" in lib.warnings[0]


def test_more_inks_than_the_library_holds_is_a_clear_error(tmp_path):
    path = tmp_path / "two.toml"
    path.write_text("[[inks]]\nname = 'A'\nhex = '#ff0000'\n[[inks]]\nname = 'B'\nhex = '#0000ff'\n")
    img = ImagePayload(__import__("numpy").full((8, 8, 3), 0.5, dtype="float32"))
    with pytest.raises(ParamError, match="asked for 3 inks but library 'two' offers only 2"):
        separate(img, SeparateOptions(method="stock", inks=3, library=str(path)))
    with pytest.raises(ParamError, match="inks.*40 is above the maximum 12"):
        separate(img, SeparateOptions(method="spot", inks=40))

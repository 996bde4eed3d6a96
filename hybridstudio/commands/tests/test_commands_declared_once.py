"""The engine commands `upscale`, `negative make` and `look` take their flags from the same option
declarations as their recipe steps: the same names, defaults, ranges and choices, parsed into the
same option objects; every step field has a title and every declared choice a name, in French too."""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET

import pytest

from hybridstudio.analog.options import GrainOptions, Stock
from hybridstudio.analog.stocks import STOCKS
from hybridstudio.commands.step_command import one_step_recipe
from hybridstudio.core.i18n import TRANSLATIONS_DIR
from hybridstudio.core.options import build, fields_of, params_of, values_from_args, values_of
from hybridstudio.core.step import all_steps, get_step
from hybridstudio.negative.options import Border, NegativeOptions, ProcessOptions
from hybridstudio.parser import build_parser
from hybridstudio.upscale.options import AlphaMethod, UpscaleOptions


def _subparser(*path: str) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


def _flags_match_declarations(
    parser: argparse.ArgumentParser, *classes: type, own: tuple[str, ...] = ()
) -> None:
    actions = {a.dest: a for a in parser._actions}
    for cls in classes:
        for f in fields_of(cls):
            if f.name in own:
                continue
            a = actions[f.name]
            assert set(f.flags) <= set(a.option_strings), f.name
            p = f.param
            assert a.default == (bool(p.default) if p.kind == "bool" else p.default), f.name
            if p.kind == "choice":
                assert tuple(a.choices) == p.choices, f.name


def test_upscale_flags_are_the_step_options():
    assert get_step("upscale").params == params_of(UpscaleOptions)
    _flags_match_declarations(_subparser("upscale"), UpscaleOptions)
    args = build_parser().parse_args(
        ["upscale", "a.png", "-m", "esrgan-slim-x2", "--tile", "64", "--alpha", "lanczos"]
    )
    values = values_from_args(args, UpscaleOptions)
    [step] = one_step_recipe("upscale", values).steps
    opts = get_step("upscale")().bind(step.params)
    assert opts == UpscaleOptions("esrgan-slim-x2", 64, 12, AlphaMethod.LANCZOS)
    defaults = build_parser().parse_args(["upscale", "a.png"])
    assert values_from_args(defaults, UpscaleOptions) == values_of(UpscaleOptions())
    with pytest.raises(SystemExit):  # the declared range, refused by the parser's conversion
        build_parser().parse_args(["upscale", "a.png", "--alpha", "bicubic"])


def test_upscale_tile_range_is_the_recipe_range(tmp_path, capsys):
    from hybridstudio.cli import main

    img = tmp_path / "a.png"
    img.write_bytes(b"")
    assert main(["upscale", str(img), "--tile", "-3"]) == 1
    assert "tile" in capsys.readouterr().err


def test_negative_make_flags_are_the_step_options():
    step = get_step("negative")
    assert step.params == params_of(ProcessOptions, NegativeOptions)
    assert get_step("negative_print_preview").params == params_of(ProcessOptions)
    _flags_match_declarations(
        _subparser("negative", "make"), ProcessOptions, NegativeOptions, own=("process", "show_label", "pdf")
    )
    args = build_parser().parse_args(
        [
            "negative",
            "make",
            "in.png",
            "-o",
            "n.tif",
            "--no-mirror",
            "--color",
            "#203040",
            "--border",
            "dense",
            "--width-mm",
            "80",
            "--page",
            "A4",
        ]
    )
    proc = build(ProcessOptions, values_from_args(args, ProcessOptions))
    given = values_from_args(args, NegativeOptions)
    assert given.pop("pdf") is None  # `--pdf FILE` names the PDF; the command turns it into pdf=True
    opts = build(NegativeOptions, given)
    assert proc.colour == "#203040" and opts.mirror is False and opts.border is Border.DENSE
    assert opts.width_mm == 80.0 and opts.page == "A4" and opts.marks is True
    with pytest.raises(SystemExit):  # width and height stay exclusive
        build_parser().parse_args(
            ["negative", "make", "in.png", "-o", "n.tif", "--width-mm", "80", "--height-mm", "60"]
        )


def test_grain_declares_stocks_by_title():
    assert get_step("grain").params == params_of(GrainOptions)
    stock = get_step("grain").param("stock")
    assert stock.choices == tuple(STOCKS)
    assert stock.choice_label("tri-x-400") == STOCKS["tri-x-400"].title != "tri-x-400"
    assert Stock("portra-400").label == STOCKS["portra-400"].title


def test_every_step_field_is_titled_and_translated():
    root = ET.parse(TRANSLATIONS_DIR / "hybridstudio_fr.ts").getroot()
    french = {
        m.findtext("source")
        for c in root.iter("context")
        if c.findtext("name") == "steps"
        for m in c.iter("message")
        if (m.findtext("translation") or "").strip()
    }
    untitled, untranslated = [], []
    for sid, cls in all_steps().items():
        for p in cls.params:
            if not p.label:
                untitled.append(f"{sid}.{p.name}")
            names = [p.label] + (list(p.choice_labels) if p.name != "stock" else [])  # film names
            untranslated += [f"{sid}.{p.name}: {t}" for t in names if t and t not in french]
    assert untitled == [] and untranslated == []


def test_every_choice_of_every_step_has_a_name():
    """No form shows a raw id ("dots", "none", "automatic-press"): each choice is named, so it is
    translated with the other step texts."""
    unnamed = [
        f"{sid}.{p.name}"
        for sid, cls in all_steps().items()
        for p in cls.params
        if p.kind == "choice" and len(p.choice_labels) != len(p.choices or ())
    ]
    assert unnamed == []


def test_every_step_declares_its_options_as_dataclasses():
    """Recipes, forms, CLI flags and translations come from one declaration per step: an options
    dataclass (a step declaring both options and bare parameters is refused at import)."""
    loose = [sid for sid, cls in all_steps().items() if not cls.options]
    assert loose == []

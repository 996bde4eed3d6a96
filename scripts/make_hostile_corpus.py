#!/usr/bin/env python3
"""Build the hostile-input corpus: files a hostile or unlucky user could hand HybridStudio (memory
bombs, escaping paths, corrupt profiles, NaN and absurd values, deep nesting, terminal escape
codes) and the command each one is given to, with what must happen.

    python scripts/make_hostile_corpus.py OUTDIR

writes the files into OUTDIR and OUTDIR/cases.json: a list of
``{"id", "group", "argv", "expect": "error"|"ok", "protect": [files that must not change],
"no_escape": bool}``. ``hybridstudio/tests/test_hostile_corpus.py`` runs every case under a memory cap and
classifies it (clear error, traceback, crash, hang, silent acceptance, data loss); run it by hand
with ``python -m hybridstudio.tests.test_hostile_corpus OUTDIR`` for the totals.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

CALIBRATION = {
    "format": "hybridstudio-negative-calibration",
    "version": 1,
    "process": "cyanotype",
    "negative_colour": "#7a4fa0",
    "curve": {"knots": 8, "points": [[0, 0], [0.5, 0.4], [1, 1]]},
}


def _png_header_only(path: Path, w: int, h: int) -> None:
    """A valid PNG header announcing w×h with an almost empty body (a decompression bomb)."""

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _photo(path: Path, w: int = 96, h: int = 64, **kw) -> Path:
    rng = np.random.default_rng(7)
    Image.fromarray((rng.random((h, w, 3)) * 255).astype(np.uint8)).save(path, **kw)
    return path


def evil_model(src_model: Path, dst: Path, location: str) -> Path:
    """``src_model`` saved at ``dst`` with its weights as external data, whose location is then
    rewritten to ``location`` (as a hostile bundle would)."""
    import onnx

    model = onnx.load(str(src_model))
    dst.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(dst), save_as_external_data=True, location="w.bin", size_threshold=1024)
    m = onnx.load(str(dst), load_external_data=False)
    for t in m.graph.initializer:
        for e in t.external_data:
            if e.key == "location":
                e.value = location
    onnx.save(m, str(dst))
    return dst


def build(out: Path, shared_models: Path | None = None) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    cases: list[dict] = []

    def case(
        cid: str,
        group: str,
        argv: list[str],
        expect: str = "error",
        protect: tuple[str, ...] = (),
        no_escape: bool = False,
        fsize: int = 0,
        leftover: tuple[str, ...] = (),
    ) -> None:
        """``fsize``: a file-size limit in bytes (a full disk); ``leftover``: patterns of files
        that must not exist afterwards (partial outputs)."""
        cases.append(
            {
                "id": cid,
                "group": group,
                "argv": argv,
                "expect": expect,
                "protect": list(protect),
                "no_escape": no_escape,
                "fsize": fsize,
                "leftover": list(leftover),
            }
        )

    photo = _photo(out / "photo.png")
    # ---- images: bombs, tiny, corrupt profile, GIF, truncated, odd names -----------------------
    _png_header_only(out / "bomb.png", 20000, 20000)
    for cmd in (
        ["look", "bomb.png", "--step", "grain", "-o", "o.png"],
        ["upscale", "bomb.png", "-m", "esrgan-slim-x2"],
        ["run", "print-ready-greyscale", "-i", "bomb.png", "-o", "out"],
        ["separate", "bomb.png", "-o", "seps-bomb"],
        ["negative", "make", "bomb.png", "--width-mm", "100", "-o", "n.tif"],
    ):
        case(f"bomb-{cmd[0]}", "memory", cmd)
    Image.new("L", (1, 20000), 128).save(out / "strip.png")
    case(
        "strip-negative",
        "memory",
        ["negative", "make", "strip.png", "--width-mm", "30", "-o", "strip-neg.tif"],
    )
    case(
        "negative-2000mm-5760dpi",
        "memory",
        ["negative", "make", "photo.png", "--dpi", "5760", "--width-mm", "2000", "-o", "huge.tif"],
    )
    (out / "print-huge.toml").write_text(
        'hybridstudio_recipe = 1\n[[steps]]\nkind = "print_size"\nwidth_mm = 5000.0\ndpi = 4800.0\n'
    )
    case("print-size-7TB", "memory", ["run", "print-huge.toml", "-i", "photo.png", "-o", "out"])
    Image.new("RGB", (1, 1)).save(out / "one.png")
    case("one-pixel-run", "tracebacks", ["run", "print-ready-greyscale", "-i", "one.png", "-o", "out"])
    _photo(out / "bad-icc.png", icc_profile=b"\0" * 128 + b"acsp" + b"garbage" * 20)
    case("corrupt-icc-look", "reading", ["look", "bad-icc.png", "--step", "grain", "-o", "o.png"])
    case("corrupt-icc-upscale", "reading", ["upscale", "bad-icc.png", "-m", "esrgan-slim-x2"])
    frames = [Image.new("RGB", (32, 32), c) for c in ("red", "blue")]
    frames[0].save(out / "anim.gif", save_all=True, append_images=frames[1:])
    case("gif-look", "reading", ["look", "anim.gif", "--step", "grain", "-o", "o.png"])
    case("gif-upscale", "reading", ["upscale", "anim.gif", "-m", "esrgan-slim-x2"])
    data = photo.read_bytes()
    (out / "truncated.png").write_bytes(data[: len(data) // 2])
    case("truncated-run", "reading", ["run", "print-ready-greyscale", "-i", "truncated.png", "-o", "out"])
    odd = out / "odd-names"
    odd.mkdir(exist_ok=True)
    _photo(odd / os.fsdecode(b"caf\xe9-latin1.png"), 40, 30)
    case(
        "non-utf8-name",
        "tracebacks",
        ["run", "print-ready-greyscale", "-i", "odd-names", "-o", "out-odd"],
        expect="ok",
    )
    # ---- outputs: never replace an input or an existing file ------------------------------------
    case(
        "preview-is-input",
        "data-loss",
        [
            "negative",
            "make",
            "photo.png",
            "--width-mm",
            "40",
            "--dpi",
            "300",
            "-o",
            "neg.tif",
            "--preview",
            "photo.png",
        ],
        protect=("photo.png",),
    )
    case(
        "output-is-input",
        "data-loss",
        ["negative", "make", "photo.png", "--width-mm", "40", "-o", "photo.png"],
        protect=("photo.png",),
    )
    (out / "existing.tif").write_bytes(b"a print shop's file")
    case(
        "target-existing",
        "data-loss",
        ["negative", "target", "--dpi", "300", "-o", "existing.tif"],
        expect="ok",
        protect=("existing.tif",),
    )
    (out / "existing.txt").write_text("notes")
    case(
        "run-o-file",
        "tracebacks",
        ["run", "print-ready-greyscale", "-i", "photo.png", "-o", "existing.txt"],
        protect=("existing.txt",),
    )
    # ---- separation folders --------------------------------------------------------------------
    for name, dpi in (("seps-dpi0", 0), ("seps-dpi1e9", 1e9), ("seps-dpinan", "NaN")):
        folder = out / name
        folder.mkdir(exist_ok=True)
        Image.new("L", (64, 48), 100).save(folder / "01-black.tif", dpi=(300, 300))
        (folder / "separations.json").write_text(
            f'{{"format": "hybridstudio-separations", "version": 1, "dpi": {dpi}, "separations": '
            '[{"file": "01-black.tif", "ink": {"name": "black", "hex": "#000000"}}]}'
        )
        case(f"films-{name}", "silent", ["films", name, "-o", f"{name}.pdf"])
    folder = out / "seps-escape"
    folder.mkdir(exist_ok=True)
    (folder / "separations.json").write_text(
        json.dumps(
            {
                "format": "hybridstudio-separations",
                "version": 1,
                "dpi": 300,
                "separations": [{"file": "../photo.png", "ink": {"name": "x", "hex": "#000000"}}],
            }
        )
    )
    case("films-escaping-file", "security", ["films", "seps-escape", "-o", "esc.pdf"])
    # ---- models ---------------------------------------------------------------------------------
    if shared_models is not None and (shared_models / "esrgan-slim-x2.onnx").is_file():
        (out / "victim.txt").write_text("a student's shell start-up file")
        evil_model(shared_models / "esrgan-slim-x2.onnx", out / "b1" / "b2" / "evil.onnx", "../../victim.txt")
        case(
            "model-escaping-location",
            "security",
            ["models", "import", "b1/b2/evil.onnx"],
            protect=("victim.txt",),
        )
        evil_model(shared_models / "esrgan-slim-x2.onnx", out / "abs" / "evil.onnx", str(out / "victim.txt"))
        case(
            "model-absolute-location",
            "security",
            ["models", "import", "abs/evil.onnx"],
            protect=("victim.txt",),
        )
    manifest = out / "data" / "models" / "imported" / "evil" / "manifest.toml"
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(
        'id = "evil"\nkind = "upscaler"\nsource = "local"\n[licence]\nname = "MIT"\n'
        '[[files]]\npath = "../../etc/passwd"\n[upscaler]\nscale = 4\n'
    )
    case("manifest-escaping-file", "security", ["upscale", "photo.png", "-m", "evil"])
    # ---- recipes --------------------------------------------------------------------------------
    (out / "deep.toml").write_text("hybridstudio_recipe = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    case("toml-5000-deep", "tracebacks", ["run", "deep.toml", "-i", "photo.png", "-o", "out"])
    (out / "zero-lut.toml").write_text(
        'hybridstudio_recipe = 1\n[[steps]]\nkind = "cube_lut"\npath = "/dev/zero"\n'
    )
    case("recipe-lut-dev-zero", "memory", ["run", "zero-lut.toml", "-i", "photo.png", "-o", "out"])
    # ---- calibrations ---------------------------------------------------------------------------
    bad_cals = {
        "version-type": {**CALIBRATION, "version": "one"},
        "bad-colour": {**CALIBRATION, "negative_colour": "#zzzzzz"},
        "nan-point": {**CALIBRATION, "curve": {"knots": 8, "points": [[0, 0], [0.5, float("nan")], [1, 1]]}},
        "reversed-points": {**CALIBRATION, "curve": {"knots": 8, "points": [[1, 1], [0.5, 0.4], [0, 0]]}},
        "out-of-range": {**CALIBRATION, "curve": {"knots": 8, "points": [[0, 0], [0.5, 7], [1, 1]]}},
        "knots-1e9": {**CALIBRATION, "curve": {"knots": 1_000_000_000, "points": [[0, 0], [1, 1]]}},
        "unknown-process": {**CALIBRATION, "process": "daguerreotype"},
    }
    for name, doc in bad_cals.items():
        (out / f"{name}.negcal.json").write_text(json.dumps(doc, allow_nan=True))
        case(
            f"calibration-{name}",
            "silent"
            if name in ("reversed-points", "out-of-range", "knots-1e9", "unknown-process")
            else "tracebacks",
            [
                "negative",
                "make",
                "photo.png",
                "--width-mm",
                "40",
                "--dpi",
                "300",
                "--calibration",
                f"{name}.negcal.json",
                "-o",
                f"cal-{name}.tif",
            ],
        )
    (out / "deep.negcal.json").write_text(
        '{"format": "hybridstudio-negative-calibration", '
        '"version": 1, "curve": {"points": ' + "[" * 100000 + "]" * 100000 + "}}"
    )
    case(
        "calibration-deep-array",
        "tracebacks",
        [
            "negative",
            "make",
            "photo.png",
            "--width-mm",
            "40",
            "--calibration",
            "deep.negcal.json",
            "-o",
            "cal-deep.tif",
        ],
    )
    # ---- densitometer readings ------------------------------------------------------------------
    good = [(i, round(1.9 - 1.8 * (i - 1) / 20, 3)) for i in range(1, 22)]

    def readings(name: str, rows: list[tuple[object, object]], header: str = "patch,density") -> None:
        (out / f"{name}.csv").write_text(header + "\n" + "\n".join(f"{a},{b}" for a, b in rows) + "\n")
        case(
            f"readings-{name}",
            "silent" if name in ("negative", "non-monotone", "inf", "200000-rows") else "tracebacks",
            ["negative", "calibrate", "--csv", f"{name}.csv", "-o", f"{name}.negcal.json"],
        )

    readings("huge-patch", good[:-1] + [(99999999999, 0.1)])
    readings("nan-density", good[:5] + [(6, "nan")] + good[6:])
    readings("negative", good[:5] + [(6, -0.7)] + good[6:])
    readings("inf", good[:5] + [(6, "inf")] + good[6:])
    readings("non-monotone", good[:5] + [(6, 0.05)] + good[6:])
    readings("200000-rows", [(i, 1.0) for i in range(1, 200_001)])
    # ---- LUTs -----------------------------------------------------------------------------------
    lut = ["LUT_3D_SIZE 2", "DOMAIN_MIN 1 1 1", "DOMAIN_MAX 0 0 0"] + [
        f"{r} {g} {b}" for b in (0, 1) for g in (0, 1) for r in (0, 1)
    ]
    (out / "domain.cube").write_text("\n".join(lut) + "\n")
    case(
        "cube-domain-reversed",
        "silent",
        ["look", "photo.png", "--step", "cube_lut", "path=domain.cube", "-o", "lut.png"],
    )
    # ---- command-line values --------------------------------------------------------------------
    case("upscale-tile-negative", "silent", ["upscale", "photo.png", "-m", "esrgan-slim-x2", "--tile", "-5"])
    case(
        "upscale-context-100000",
        "silent",
        ["upscale", "photo.png", "-m", "esrgan-slim-x2", "--context", "100000"],
    )
    case("target-dpi-negative", "tracebacks", ["negative", "target", "--dpi", "-5", "-o", "t.tif"])
    # ---- process records shown by `info` --------------------------------------------------------
    for name, record in (
        ("list", "[1, 2, 3]"),
        ("types", '{"steps": 5, "inputs": {"a": 1}, "recipe": "x", "cost": [1]}'),
        ("deep", "[" * 100000 + "]" * 100000),
    ):
        target = _photo(out / f"info-{name}.png", 8, 8)
        Path(str(target) + ".hybridstudio.json").write_text(record)
        # wrong types: the fields that are usable are shown, the others skipped
        case(f"info-{name}", "tracebacks", ["info", target.name], expect="ok" if name == "types" else "error")
    esc = _photo(out / "info-escape.png", 8, 8)
    Path(str(esc) + ".hybridstudio.json").write_text(
        json.dumps(
            {
                "software": "\x1b]0;pwned\x07\x1b[2J\x1b[31mHybridStudio",
                "recipe": {"name": "\u202eevil"},
                "steps": [],
            }
        )
    )
    case("info-escape-codes", "smaller", ["info", "info-escape.png"], expect="ok", no_escape=True)
    _more_cases(out, case, photo, shared_models)
    (out / "cases.json").write_text(json.dumps(cases, indent=1))
    return cases


def _jpeg_claiming(path: Path, src: Path, w: int, h: int) -> None:
    """A real JPEG whose frame header (SOF) is rewritten to announce ``w``×``h``."""
    data = bytearray(src.read_bytes())
    for marker in (b"\xff\xc0", b"\xff\xc2"):
        at = data.find(marker)
        if at >= 0:
            data[at + 5 : at + 9] = struct.pack(">HH", h, w)
            break
    path.write_bytes(bytes(data))


def _png_with_text_bomb(path: Path, src: Path, mb: int = 200) -> None:
    """A real PNG with a zTXt chunk that inflates to ``mb`` MB of zeros (a text decompression
    bomb) inserted before its end."""
    data = src.read_bytes()
    body = b"Comment\0\0" + zlib.compress(b"\0" * (mb << 20), 9)
    chunk = struct.pack(">I", len(body)) + b"zTXt" + body + struct.pack(">I", zlib.crc32(b"zTXt" + body))
    end = data.rfind(b"IEND") - 4
    path.write_bytes(data[:end] + chunk + data[end:])


def _more_cases(out: Path, case, photo: Path, shared_models: Path | None) -> None:
    """Truncated and lying files in every read format, text bombs, huge headers, hostile models,
    links and recipes pointing out of their folder, and a full disk (a file-size limit)."""
    # ---- truncated files of every format --------------------------------------------------------
    big = _photo(out / "big.png", 640, 480)
    for fmt, kw in (("jpg", {"quality": 90}), ("tif", {}), ("webp", {"quality": 80})):
        whole = _photo(out / f"whole.{fmt}", 640, 480, **kw)
        data = whole.read_bytes()
        (out / f"truncated.{fmt}").write_bytes(data[: len(data) // 2])
        case(
            f"truncated-{fmt}-look",
            "reading",
            ["look", f"truncated.{fmt}", "--step", "grain", "-o", f"t-{fmt}.png"],
        )
    data = big.read_bytes()
    (out / "truncated-big.png").write_bytes(data[: len(data) * 2 // 3])
    for cmd in (
        ["upscale", "truncated-big.png", "-m", "esrgan-slim-x2"],
        ["separate", "truncated-big.png", "-o", "seps-trunc"],
        ["negative", "make", "truncated-big.png", "--width-mm", "40", "-o", "trunc-neg.tif"],
    ):
        case(f"truncated-png-{cmd[0]}", "reading", cmd)
    (out / "empty.png").write_bytes(b"")
    case("empty-file-look", "reading", ["look", "empty.png", "--step", "grain", "-o", "e.png"])
    (out / "folder.png").mkdir(exist_ok=True)
    case("folder-named-png", "reading", ["look", "folder.png", "--step", "grain", "-o", "f.png"])
    # ---- lying headers and decompression bombs --------------------------------------------------
    _jpeg_claiming(out / "jpeg-bomb.jpg", out / "whole.jpg", 65000, 65000)
    case("jpeg-header-65000", "memory", ["look", "jpeg-bomb.jpg", "--step", "grain", "-o", "jb.png"])
    _png_header_only(out / "wide.png", 2_000_000_000, 1)
    case("png-2-billion-wide", "memory", ["run", "print-ready-greyscale", "-i", "wide.png", "-o", "out"])
    _png_with_text_bomb(out / "text-bomb.png", photo)
    case(
        "png-text-chunk-bomb",
        "memory",
        ["look", "text-bomb.png", "--step", "grain", "-o", "tb.png"],
        expect="ok",
    )
    # ---- hostile models -------------------------------------------------------------------------
    (out / "garbage.onnx").write_bytes(os.urandom(4096))
    case("model-garbage", "models", ["upscale", "photo.png", "-m", "garbage.onnx"])
    case("model-garbage-import", "models", ["models", "import", "garbage.onnx"])
    if shared_models is not None and (shared_models / "esrgan-slim-x2.onnx").is_file():
        real = (shared_models / "esrgan-slim-x2.onnx").read_bytes()
        (out / "half.onnx").write_bytes(real[: len(real) // 2])
        case("model-truncated", "models", ["upscale", "photo.png", "-m", "half.onnx"])
    # ---- links and recipes pointing out of their folder ----------------------------------------
    (out / "secret.txt").write_text("a student's notes")
    links = out / "links"
    links.mkdir(exist_ok=True)
    _photo(links / "real.png", 32, 24)
    for name, target in (
        ("to-secret.png", out / "secret.txt"),
        ("loop.png", links / "loop.png"),
        ("dangling.png", out / "nowhere.png"),
    ):
        if not (links / name).is_symlink():
            os.symlink(target, links / name)
    case(
        "folder-with-bad-links",
        "links",
        ["run", "print-ready-greyscale", "-i", "links", "-o", "out-links"],
        protect=("secret.txt",),
    )
    case("input-link-loop", "links", ["look", "links/loop.png", "--step", "grain", "-o", "l.png"])
    shared = out / "shared-recipes"
    shared.mkdir(exist_ok=True)
    if not (shared / "grade.cube").is_symlink():
        os.symlink(out / "domain.cube", shared / "grade.cube")
    for name, step in (
        ("etc", 'kind = "negative"\ncalibration = "/etc/passwd"'),
        ("climb", 'kind = "cube_lut"\npath = "../../../../etc/hostname"'),
        ("link", 'kind = "cube_lut"\npath = "grade.cube"'),
        ("library", 'kind = "separate"\nlibrary = "../../inks/theirs.toml"'),
    ):
        (shared / f"{name}.toml").write_text(f"hybridstudio_recipe = 1\n[[steps]]\n{step}\n")
        case(
            f"recipe-file-{name}",
            "security",
            ["run", f"shared-recipes/{name}.toml", "-i", "photo.png", "-o", "out"],
        )
    # ---- a full disk: the file-size limit stops the write ---------------------------------------
    case(
        "full-disk-negative",
        "disk",
        ["negative", "make", "photo.png", "--width-mm", "120", "--dpi", "720", "-o", "full.tif"],
        fsize=64_000,
        leftover=("full.tif", ".full.tif.*.part"),
    )
    case(
        "full-disk-run",
        "disk",
        ["run", "print-ready-greyscale", "-i", "big.png", "-o", "out-full"],
        fsize=64_000,
        leftover=("out-full/*",),
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(__file__).resolve().parents[1]
    shared = root.parent / "shared" / "models"
    built = build(Path(sys.argv[1]), shared)
    print(f"{len(built)} cases in {sys.argv[1]}/cases.json")

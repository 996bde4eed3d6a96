"""Separations made elsewhere become films: a folder of greyscale TIFFs written by ImageMagick, and
multichannel TIFFs written by tifffile (planar greyscale, and a 'separated' TIFF naming its inks)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import tifffile

from hybridstudio.cli import main
from hybridstudio.core.errors import InputError
from hybridstudio.separation.foreign import load_any_separations
from hybridstudio.testing import photo
from hybridstudio.testing.film import run


def imagemagick() -> str:
    """The real ImageMagick ``convert`` (apt: imagemagick), not a stand-in."""
    for name in ("magick", "convert-im6.q16", "convert"):
        path = shutil.which(name)
        if (
            path
            and "ImageMagick" in subprocess.run([path, "-version"], capture_output=True, text=True).stdout
        ):
            return path
    pytest.skip("ImageMagick is not installed (apt: imagemagick)")


def planes(size: int = 160) -> list[np.ndarray]:
    """Three ink planes (coverage 0..1) from a real photo: darkness, red and blue content."""
    img = photo("astronaut")[:: 512 // size, :: 512 // size][:size, :size]
    return [
        np.clip(1.0 - img.max(-1), 0, 1),
        np.clip(img[..., 0] - img[..., 2], 0, 1),
        np.clip(img[..., 2] - img[..., 0], 0, 1),
    ]


def write_pgm(path: Path, grey: np.ndarray) -> None:
    h, w = grey.shape
    path.write_bytes(f"P5 {w} {h} 255\n".encode() + grey.astype(np.uint8).tobytes())


def grey(cov: np.ndarray) -> np.ndarray:
    return np.round((1.0 - cov) * 255).astype(np.uint8)  # ink dark, as a film shows it


def test_films_from_a_folder_of_greyscale_tiffs_made_by_imagemagick(tmp_path, capsys):
    im = imagemagick()
    folder = tmp_path / "from-the-shop"
    folder.mkdir()
    names = ("1-black", "2-bright-red", "3-blue")
    for name, cov in zip(names, planes(), strict=True):
        write_pgm(tmp_path / f"{name}.pgm", grey(cov))
        subprocess.run(
            [
                im,
                str(tmp_path / f"{name}.pgm"),
                "-units",
                "PixelsPerInch",
                "-density",
                "300",
                "-compress",
                "lzw",
                str(folder / f"{name}.tif"),
            ],
            check=True,
        )
    assert "min-is-black" in run("tiffinfo", str(folder / "1-black.tif"))
    sepset = load_any_separations(folder)
    assert [s.ink.name for s in sepset.separations] == ["Black", "Bright Red", "Blue"]
    assert sepset.dpi == pytest.approx(300.0)
    for sep, cov in zip(sepset.separations, planes(), strict=True):
        assert np.abs(sep.coverage - cov).max() <= 0.5 / 255 + 1e-6
    out = tmp_path / "films" / "shop.pdf"
    assert main(["films", str(folder), "--dpi", "600", "--lpi", "45", "--page", "A4", "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "3 films" in text and "Bright Red" in text
    rows = [r.split() for r in run("pdfimages", "-list", str(out)).splitlines()[2:]]
    assert len(rows) == 3 and all(r[7] == "1" for r in rows)


def test_inks_given_on_the_command_line_and_size_mismatch(tmp_path, capsys):
    im = imagemagick()
    folder = tmp_path / "plates"
    folder.mkdir()
    a, b, _ = planes()
    write_pgm(tmp_path / "a.pgm", grey(a))
    write_pgm(tmp_path / "b.pgm", grey(b[:100, :120]))
    subprocess.run([im, str(tmp_path / "a.pgm"), "-density", "200", str(folder / "plate-a.png")], check=True)
    subprocess.run([im, str(tmp_path / "a.pgm"), "-density", "200", str(folder / "plate-b.png")], check=True)
    out = tmp_path / "f.pdf"
    assert (
        main(
            [
                "films",
                str(folder),
                "--ink",
                "Fluorescent Pink",
                "--ink",
                "teal=#00838a",
                "--sep-dpi",
                "200",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Fluorescent Pink" in capsys.readouterr().out
    assert main(["films", str(folder), "--ink", "Black", "--sep-dpi", "200", "-o", str(out)]) != 0
    assert "1 ink names given for 2 separations" in capsys.readouterr().err
    subprocess.run([im, str(tmp_path / "b.pgm"), "-density", "200", str(folder / "plate-b.png")], check=True)
    sizes = r"differ in size \(plate-a.png 160×160 px, plate-b.png 120×100 px\)"
    with pytest.raises(InputError, match=sizes):
        load_any_separations(folder, dpi=200.0)


def test_films_from_multichannel_tiffs_written_by_tifffile(tmp_path, capsys):
    covs = planes()
    planar = tmp_path / "planar.tif"
    tifffile.imwrite(
        planar,
        np.stack([grey(c) for c in covs]),
        photometric="minisblack",
        planarconfig="separate",
        resolution=(360, 360),
        resolutionunit="INCH",
    )
    sepset = load_any_separations(planar, inks=["Black", "Bright Red", "Blue"])
    assert sepset.dpi == pytest.approx(360.0) and len(sepset.separations) == 3
    assert np.abs(sepset.separations[1].coverage - covs[1]).max() <= 0.5 / 255 + 1e-6

    # a 'separated' TIFF: ink amounts (255 = solid), inks named in the InkNames tag
    sep_tif = tmp_path / "spot.tif"
    covs = [*covs, covs[0] * covs[1]]  # tifffile writes 'separated' with four inks or more
    amounts = np.stack([np.round(c * 255).astype(np.uint8) for c in covs], -1)
    tifffile.imwrite(
        sep_tif,
        amounts,
        photometric="separated",
        extratags=[(332, "H", 1, 2, True), (333, "s", 0, "Black\0Yellow\0Blue\0Bright Red\0", True)],
        resolution=(300, 300),
        resolutionunit="INCH",
    )
    info = run("tiffinfo", str(sep_tif))  # libtiff reads what tifffile wrote
    assert "separated" in info.lower() and "InkSet: 2" in info
    sepset = load_any_separations(sep_tif)
    assert [s.ink.name for s in sepset.separations] == ["Black", "Yellow", "Blue", "Bright Red"]
    assert sepset.separations[1].ink.hex == "#ffe800"  # found in the riso library
    assert np.abs(sepset.separations[0].coverage - covs[0]).max() <= 0.5 / 255 + 1e-6
    out = tmp_path / "spot.pdf"
    assert main(["films", str(sep_tif), "--dpi", "600", "--page", "A4", "-o", str(out)]) == 0
    assert "4 films" in capsys.readouterr().out


def test_bad_inputs_are_refused_with_the_file_named(tmp_path):
    rgb = tmp_path / "photo.tif"
    tifffile.imwrite(rgb, (photo("coffee")[:50, :50] * 255).astype(np.uint8), photometric="rgb")
    with pytest.raises(InputError, match="RGB image, not separations"):
        load_any_separations(rgb)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no separation planes"):
        load_any_separations(empty)
    nodpi = tmp_path / "nodpi"
    nodpi.mkdir()
    tifffile.imwrite(nodpi / "black.tif", np.zeros((20, 20), np.uint8), photometric="minisblack")
    with pytest.raises(InputError, match="no resolution"):
        load_any_separations(nodpi)
    with pytest.raises(InputError, match="outside 1..12000"):
        load_any_separations(nodpi, dpi=0.5)


def write_psd(
    path: Path, planes: list[np.ndarray], names: list[str], dpi: float, size: tuple[int, int] = (160, 160)
) -> None:
    """A greyscale Photoshop document whose extra channels are the inks, written by psd-tools'
    file-format layer (channel names and resolution as Photoshop image resources)."""
    import struct

    from psd_tools.constants import ColorMode, Compression, Resource
    from psd_tools.psd import PSD
    from psd_tools.psd.header import FileHeader
    from psd_tools.psd.image_data import ImageData
    from psd_tools.psd.image_resources import ImageResource, ImageResources

    h, w = planes[0].shape if planes else size
    header = FileHeader(channels=1 + len(planes), height=h, width=w, depth=8, color_mode=ColorMode.GRAYSCALE)
    data = ImageData(compression=Compression.RLE)
    data.set_data([np.full((h, w), 255, np.uint8).tobytes()] + [p.tobytes() for p in planes], header)
    res = ImageResources()
    names_raw = b"".join(struct.pack(">I", len(n) + 1) + (n + "\0").encode("utf-16-be") for n in names)
    res[Resource.ALPHA_NAMES_UNICODE] = ImageResource(key=Resource.ALPHA_NAMES_UNICODE, data=names_raw)
    fixed = int(dpi * 65536)
    res[Resource.RESOLUTION_INFO] = ImageResource(
        key=Resource.RESOLUTION_INFO, data=struct.pack(">IHHIHH", fixed, 1, 1, fixed, 1, 1)
    )
    with open(path, "wb") as fh:
        PSD(header=header, image_data=data, image_resources=res).write(fh)


def test_films_from_a_photoshop_file_with_spot_channels(tmp_path, capsys):
    pytest.importorskip("psd_tools")
    covs = planes()
    psd = tmp_path / "poster.psd"
    write_psd(psd, [grey(c) for c in covs], ["Black", "Fluorescent Pink", "Teal"], 240.0)
    sepset = load_any_separations(psd)
    assert [s.ink.name for s in sepset.separations] == ["Black", "Fluorescent Pink", "Teal"]
    assert sepset.dpi == pytest.approx(240.0)
    for sep, cov in zip(sepset.separations, covs, strict=True):
        assert np.abs(sep.coverage - cov).max() <= 0.5 / 255 + 1e-6
    out = tmp_path / "poster.pdf"
    assert main(["films", str(psd), "--dpi", "600", "--page", "A4", "-o", str(out)]) == 0
    assert "3 films" in capsys.readouterr().out
    bare = tmp_path / "bare.psd"
    write_psd(bare, [], [], 240.0)
    with pytest.raises(InputError, match="no spot channels"):
        load_any_separations(bare)

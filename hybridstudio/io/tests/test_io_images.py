"""Image I/O on real photos: ICC conversion, 16-bit, orientation, alpha, bombs, corrupt files, atomicity."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio.core.atomic import atomic_path, atomic_write_bytes
from hybridstudio.core.errors import InputError
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.io.images import load_image, save_image
from hybridstudio.testing import photo

A98 = Path("/usr/share/color/icc/ghostscript/a98.icc")  # Adobe RGB (1998) compatible, Debian libgs-common


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return photo("astronaut")


def test_adobe_rgb_image_is_converted_to_srgb(tmp_path, astronaut):
    """Encode a photo in Adobe RGB with colour-science (an independent oracle), embed the profile;
    loading must give back the sRGB pixels (LittleCMS does the conversion)."""
    from hybridstudio.core.colour_lib import colour

    if not A98.is_file():
        pytest.fail(f"{A98} missing: install Debian's libgs-common")
    srgb = astronaut[::2, ::2]
    adobe = colour.RGB_to_RGB(
        srgb,
        "sRGB",
        "Adobe RGB (1998)",
        apply_cctf_decoding=True,
        apply_cctf_encoding=True,
        chromatic_adaptation_transform=None,
    )
    adobe = np.nan_to_num(adobe, nan=0.0)
    inside = np.all((adobe > 0) & (adobe <= 1), axis=-1)
    assert inside.mean() > 0.8
    data8 = (np.clip(adobe, 0, 1) * 255 + 0.5).astype(np.uint8)
    path = tmp_path / "adobe.jpg"
    Image.fromarray(data8).save(path, quality=100, subsampling=0, icc_profile=A98.read_bytes())
    loaded = load_image(path)
    assert "98" in (loaded.source_icc_description or "") or loaded.source_icc_description
    err = np.abs(loaded.pixels - srgb)[inside]
    assert np.median(err) < 1.5 / 255 and np.percentile(err, 99) < 6 / 255
    # Without conversion the error would be several times larger: the test can tell the difference.
    assert np.mean(np.abs(data8 / 255.0 - srgb)[inside]) > 3 * np.mean(err)


def test_adobe_rgb_16bit_tiff_keeps_precision(tmp_path, astronaut):
    import tifffile

    from hybridstudio.core.colour_lib import colour

    srgb = astronaut[::4, ::4]
    adobe = colour.RGB_to_RGB(
        srgb,
        "sRGB",
        "Adobe RGB (1998)",
        apply_cctf_decoding=True,
        apply_cctf_encoding=True,
        chromatic_adaptation_transform=None,
    )
    adobe = np.nan_to_num(adobe, nan=0.0)
    inside = np.all((adobe > 0) & (adobe <= 1), axis=-1)
    path = tmp_path / "adobe16.tif"
    tifffile.imwrite(
        path,
        (np.clip(adobe, 0, 1) * 65535 + 0.5).astype(np.uint16),
        photometric="rgb",
        iccprofile=A98.read_bytes(),
    )
    loaded = load_image(path)
    assert loaded.bit_depth == 16
    err = np.abs(loaded.pixels - srgb)[inside]
    assert np.median(err) < 1.5 / 255


@pytest.mark.parametrize("suffix", [".png", ".tif"])
def test_16bit_round_trip_is_exact(tmp_path, suffix):
    rng = np.random.default_rng(3)
    base = photo("coffee")[:200, :300]
    fine = np.clip(base + rng.uniform(-1 / 512, 1 / 512, base.shape).astype(np.float32), 0, 1)
    q = np.round(fine * 65535) / 65535
    img = ImagePayload(q.astype(np.float32), bit_depth=16, dpi=600)
    path = save_image(img, tmp_path / f"deep{suffix}")
    back = load_image(path)
    assert back.bit_depth == 16 and back.dpi == pytest.approx(600, abs=0.1)
    assert np.max(np.abs(back.pixels - img.pixels)) <= 0.5 / 65535 + 1e-7
    levels = np.unique(np.round(back.pixels[..., 1] * 65535))
    assert len(levels) > 1000  # more than 8 bits survive


def test_alpha_is_kept(tmp_path):
    rgb = photo("chelsea")[:100, :120]
    alpha = np.linspace(0, 1, 120, dtype=np.float32)[None, :].repeat(100, 0)
    path = save_image(ImagePayload(rgb, alpha=alpha), tmp_path / "a.png")
    back = load_image(path)
    assert back.alpha is not None and np.max(np.abs(back.alpha - alpha)) <= 0.5 / 255 + 1e-6


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_matches_pillow(tmp_path, orientation):
    from PIL import ImageOps

    arr = (photo("astronaut")[:120, :200] * 255).astype(np.uint8)
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"o{orientation}.jpg"
    Image.fromarray(arr).save(path, exif=exif.tobytes(), quality=95)
    ours = load_image(path)
    with Image.open(path) as im:
        ref = np.asarray(ImageOps.exif_transpose(im).convert("RGB"), dtype=np.float32) / 255
    assert ours.pixels.shape == ref.shape
    assert np.max(np.abs(ours.pixels - ref)) < 1e-6


def test_decompression_bomb_is_refused_from_the_header(tmp_path):
    path = tmp_path / "bomb.png"
    Image.new("L", (20000, 20000)).save(path, optimize=True)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(InputError, match="bomb.png.*400 megapixels is at or over the limit of 100 "):
        load_image(path, max_pixels=100_000_000)
    # the default limit is inclusive: exactly 400 MP is refused, naming the limit
    with pytest.raises(InputError, match="400 megapixels is at or over the limit of 400 megapixels"):
        load_image(path)


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".tif"])
def test_truncated_files_are_refused_with_the_name(tmp_path, suffix):
    good = save_image(ImagePayload(photo("coffee")), tmp_path / f"good{suffix}")
    data = good.read_bytes()
    bad = tmp_path / f"broken{suffix}"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=f"broken\\{suffix}"):
        load_image(bad)


def test_garbage_empty_and_missing_files(tmp_path):
    junk = tmp_path / "notes.png"
    junk.write_bytes(b"this is not an image at all" * 10)
    with pytest.raises(InputError, match="notes.png: not a readable image"):
        load_image(junk)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_image(empty)
    with pytest.raises(InputError, match="no such file"):
        load_image(tmp_path / "absent.png")


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "film.pdf"
    atomic_write_bytes(target, b"complete old version")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"complete old version"
    assert [p.name for p in tmp_path.iterdir()] == ["film.pdf"]


def test_jpeg_and_webp_outputs_are_8bit_and_readable(tmp_path):
    img = ImagePayload(
        photo("rocket") if hasattr(__import__("skimage").data, "rocket") else photo("coffee"), bit_depth=16
    )
    for suffix in (".jpg", ".webp"):
        p = save_image(img, tmp_path / f"x{suffix}")
        with Image.open(p) as im:
            assert im.mode == "RGB" and im.info.get("icc_profile")
        assert np.mean(np.abs(load_image(p).pixels - img.pixels)) < 4 / 255


def test_unwritable_destination_names_the_file(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    import os

    if os.geteuid() == 0:  # root ignores permissions: use a path under a file instead
        blocker = tmp_path / "file"
        blocker.write_text("x")
        target = blocker / "out.png"
    else:
        target = ro / "out.png"
    with pytest.raises(Exception) as info:
        save_image(ImagePayload(photo("coffee")[:10, :10]), target)
    assert "out.png" in str(info.value)
    _ = io


def test_outputs_get_ordinary_file_permissions(tmp_path):
    import os
    import stat

    mask = os.umask(0o022)
    try:
        p = atomic_write_bytes(tmp_path / "shared.toml", b"x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o644

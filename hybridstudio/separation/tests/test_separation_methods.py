"""The five separation methods on real photos, with figures measured independently of the engine's
own report (colour-science ΔE2000 computed here)."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageCms

from hybridstudio.core.colour_lib import colour
from hybridstudio.core.errors import InputError, ParamError
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.separation.api import SeparateOptions, separate
from hybridstudio.separation.cmyk import generated_profile
from hybridstudio.separation.index import blue_noise_tile, palette_colours
from hybridstudio.separation.inks import load_library, resolve_substrate
from hybridstudio.testing import photo

D50 = colour.CCS_ILLUMINANTS["CIE 1931 2 Degree Standard Observer"]["D50"]


def lab(rgb):
    xyz = colour.RGB_to_XYZ(
        np.asarray(rgb, dtype=np.float64),
        colour.RGB_COLOURSPACES["sRGB"],
        illuminant=D50,
        chromatic_adaptation_transform="Bradford",
        apply_cctf_decoding=True,
    )
    return colour.XYZ_to_Lab(xyz, D50)


def blur_linear(rgb, sigma):
    """Viewing blur in linear light: the eye averages light from dots, not sRGB code values."""
    lin = colour.models.eotf_sRGB(np.clip(np.float64(rgb), 0, 1)).astype(np.float32)
    return colour.models.eotf_inverse_sRGB(np.clip(np.float64(cv2.GaussianBlur(lin, (0, 0), sigma)), 0, 1))


def mean_de(a, b, blur=0.0):
    if blur:
        a, b = blur_linear(a, blur), blur_linear(b, blur)
    return float(colour.delta_E(lab(a), lab(b), method="CIE 2000").mean())


def small(name, size=192):
    img = photo(name)
    s = size / max(img.shape[:2])
    return np.clip(cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA), 0, 1)


def payload(name, size=192, dpi=300.0):
    return ImagePayload(small(name, size), dpi=dpi)


def test_stock_beats_kmeans_and_pillow_at_equal_n():
    """The issue's claim: best N riso inks from stock < plain k-means palette (N+1 free colours,
    counting the paper) and < Pillow's quantiser restricted to the same inks (+ paper), on real
    photos; Pillow with Floyd–Steinberg is compared after the same 1-px viewing blur."""
    riso = load_library("riso")
    paper = resolve_substrate("paper-white")
    for name in ("astronaut", "coffee"):
        img = small(name, 160)
        n = 3
        # at equal freedom: k-means and Pillow know no ink limit, so the riso limit is lifted
        s = separate(
            ImagePayload(img, dpi=300.0),
            SeparateOptions(method="stock", inks=n, dpi=300.0, library="riso", coverage_limit=4.0),
        )
        assert s.shape == img.shape[:2]
        ours = mean_de(img, s.composite)
        lab_px = lab(img).reshape(-1, 3).astype(np.float32)
        cv2.setRNGSeed(0)
        _, labels, centres = cv2.kmeans(
            lab_px,
            n + 1,
            None,
            (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 50, 0.1),
            3,
            cv2.KMEANS_PP_CENTERS,
        )
        kmeans = float(colour.delta_E(lab_px, centres[labels.ravel()], method="CIE 2000").mean())
        pal = palette_colours([riso.get(x) for x in s.report["stock"]["chosen"]], paper)
        pimg = Image.new("P", (1, 1))
        flat = np.round(pal * 255).astype(np.uint8).ravel().tolist()
        pimg.putpalette(flat + flat[:3] * (256 - len(pal)))
        src = Image.fromarray(np.round(img * 255).astype(np.uint8))
        res = {}
        for d in (Image.Dither.NONE, Image.Dither.FLOYDSTEINBERG):
            idx = np.asarray(src.quantize(palette=pimg, dither=d)).copy()
            idx[idx >= len(pal)] = 0
            res[d] = pal[idx]
        pillow = mean_de(img, res[Image.Dither.NONE])
        pillow_fs = mean_de(img, res[Image.Dither.FLOYDSTEINBERG], 1.0)
        assert ours < kmeans and ours < pillow, (name, ours, kmeans, pillow)
        assert mean_de(img, s.composite, 1.0) < pillow_fs
        # the report's figure is the same measurement
        assert s.report["delta_e2000"]["mean"] == pytest.approx(ours, rel=0.05)
        assert len(s.report["stock"]["chosen"]) == n


def test_spot_auto_smooth_and_hard():
    img = payload("coffee", 160)
    smooth = separate(img, SeparateOptions(method="spot", inks=0, dpi=300.0))
    n = smooth.report["auto_inks"]
    assert 1 <= n <= 8 and len(smooth.separations) == n
    for s in smooth.separations:
        assert s.coverage.min() >= 0 and s.coverage.max() <= 1 and s.role == "spot"
    hard = separate(img, SeparateOptions(method="spot", inks=n, edges="hard", dpi=300.0))
    vals = np.unique(np.concatenate([s.coverage.ravel() for s in hard.separations]))
    assert set(vals.tolist()) <= {0.0, 1.0}
    e_smooth = mean_de(img.pixels, smooth.composite)
    e_hard = mean_de(img.pixels, hard.composite)
    assert e_smooth < e_hard and e_smooth < 6.0
    # user-picked inks, from the library and as hex
    picked = separate(
        img, SeparateOptions(method="spot", pick=["Black", "#d0a080"], library="riso", dpi=300.0)
    )
    assert [s.ink.hex for s in picked.separations] == ["#d0a080", "#000000"]  # light to dark
    with pytest.raises(ParamError, match="did you mean"):
        separate(img, SeparateOptions(method="spot", pick=["Blak"], library="riso"))


def test_index_every_pixel_one_ink_at_output_resolution():
    img = payload("chelsea", 160, dpi=100.0)
    for dither in ("diffusion", "blue-noise"):
        s = separate(img, SeparateOptions(method="index", inks=5, dither=dither, dpi=200.0))
        h, w = s.shape
        assert w == round(img.width / 100.0 * 200.0)  # same print size, at 200 dpi
        stack = np.stack([x.coverage for x in s.separations])
        assert set(np.unique(stack).tolist()) <= {0.0, 1.0}
        assert stack.sum(axis=0).max() <= 1.0  # never two inks on one pixel
        assert all(x.role == "index" for x in s.separations)
        assert mean_de(cv2.resize(img.pixels, (w, h), interpolation=cv2.INTER_CUBIC), s.composite, 1.5) < 8


def test_blue_noise_tile_has_little_low_frequency_energy():
    tile = blue_noise_tile()
    assert tile.shape == (64, 64)
    assert len(np.unique(tile)) == 64 * 64  # every threshold used once: a uniform ramp
    spec = np.abs(np.fft.fftshift(np.fft.fft2(tile - tile.mean()))) ** 2
    yy, xx = np.mgrid[-32:32, -32:32]
    r = np.hypot(yy, xx)
    low = spec[(r > 0) & (r < 8)].mean()
    high = spec[r > 20].mean()
    assert low < 0.2 * high
    white = np.random.default_rng(0).permutation(64 * 64).reshape(64, 64) / 4096.0
    wspec = np.abs(np.fft.fftshift(np.fft.fft2(white - white.mean()))) ** 2
    assert low < 0.3 * wspec[(r > 0) & (r < 8)].mean()


def test_cmyk_profile_read_by_littlecms_and_black_generation():
    screen = load_library("screenprint")
    inks = [screen.get(n) for n in ("Process Cyan", "Process Magenta", "Process Yellow", "Process Black")]
    paper = resolve_substrate("paper-white")
    prof = ImageCms.ImageCmsProfile(io.BytesIO(generated_profile(inks, paper, 0.2, "medium")))
    assert prof.profile.xcolor_space.strip() == "CMYK" and prof.profile.device_class == "prtr"
    img = payload("astronaut", 128)
    k_means, cmy = [], []
    for black in ("none", "light", "medium", "heavy", "maximum"):
        s = separate(img, SeparateOptions(method="cmyk", black=black, dpi=300.0))
        cov = [x.coverage for x in s.separations]
        assert [x.role for x in s.separations] == ["process", "process", "process", "key"]
        k_means.append(float(cov[3].mean()))
        cmy.append(float(sum(c.mean() for c in cov[:3])))
        assert mean_de(img.pixels, s.composite) < 3.5  # the colour holds whatever the black
        # our model and LittleCMS's reading of the profile agree on what the CMYK will look like
        lcms = ImageCms.ImageCmsProfile(io.BytesIO(s.attachments["cmyk-profile.icc"]))
        t = ImageCms.buildTransform(
            lcms,
            ImageCms.createProfile("sRGB"),
            "CMYK",
            "RGB",
            renderingIntent=ImageCms.Intent.ABSOLUTE_COLORIMETRIC,
        )
        cmyk8 = np.stack([np.round(c * 255) for c in cov], -1).astype(np.uint8)
        proof = np.asarray(ImageCms.applyTransform(Image.fromarray(cmyk8, "CMYK"), t)) / 255.0
        assert mean_de(proof, s.composite) < 1.0
    assert k_means[0] == 0.0
    assert all(a < b for a, b in zip(k_means, k_means[1:], strict=False))
    assert cmy[-1] < cmy[0]  # ink moves from the colour plates to the black


def test_cmyk_with_a_users_profile_and_a_wrong_one(tmp_path):
    img = payload("coffee", 96)
    rgb_icc = tmp_path / "srgb.icc"
    rgb_icc.write_bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    with pytest.raises(InputError, match="not a CMYK profile"):
        separate(img, SeparateOptions(method="cmyk", icc=str(rgb_icc)))
    junk = tmp_path / "junk.icc"
    junk.write_bytes(b"not a profile")
    with pytest.raises(InputError, match="not a readable ICC profile"):
        separate(img, SeparateOptions(method="cmyk", icc=str(junk)))
    mine = tmp_path / "mine.icc"
    mine.write_bytes(
        generated_profile(
            [load_library("riso").get(n) for n in ("Blue", "Fluorescent Pink", "Yellow", "Black")],
            resolve_substrate("paper-white"),
            0.25,
            "heavy",
        )
    )
    s = separate(img, SeparateOptions(method="cmyk", icc=str(mine), library="riso", dpi=300.0))
    assert s.report["icc"]["file"] == str(mine) and mean_de(img.pixels, s.composite) < 10


def test_simulated_process_on_a_black_shirt_with_choke_and_highlight():
    img = payload("astronaut", 160, dpi=100.0)
    base = SeparateOptions(method="simulated", inks=4, substrate="garment-black", dpi=100.0)
    s0 = separate(img, SeparateOptions(**{**base.__dict__, "choke_mm": 0.0}))
    roles = [x.role for x in s0.separations]
    assert roles[0] == "underbase" and roles[-1] == "highlight" and roles.count("spot") == 4
    under0 = s0.separations[0].coverage
    light = lab(img.pixels)[..., 0] > 70
    assert under0[light].mean() > 0.5  # light areas are printed on white
    assert mean_de(img.pixels, s0.composite) < 6.0
    assert s0.separations[-1].coverage[lab(img.pixels)[..., 0] > 96].min() > 0.9
    # a 1 mm choke at 100 dpi is 4 px: the underbase shrinks, nothing grows
    s1 = separate(img, SeparateOptions(**{**base.__dict__, "choke_mm": 1.0}))
    under1 = s1.separations[0].coverage
    assert np.all(under1 <= under0 + 1e-6) and under1.mean() < under0.mean()
    assert "underbase choked 1 mm (4 px)" in s1.report["notes"]


def test_trapping_spreads_the_lighter_ink_under_the_darker():
    rgb = np.ones((60, 60, 3), dtype=np.float32)
    rgb[:, :30] = (1.0, 0.91, 0.0)  # riso yellow
    rgb[:, 30:] = (0.0, 0.47, 0.75)  # riso blue
    img = ImagePayload(rgb, dpi=254.0)  # 10 px per mm
    opts = dict(method="spot", pick=["Yellow", "Blue"], library="riso", edges="hard", dpi=254.0)
    plain = separate(img, SeparateOptions(**opts))
    trapped = separate(img, SeparateOptions(**opts, trap_mm=0.3))
    y0, b0 = (x.coverage for x in plain.separations)
    y1, b1 = (x.coverage for x in trapped.separations)
    assert np.array_equal(b0, b1)  # the darker ink keeps its outline
    grown = (y1 > 0.5) & ~(y0 > 0.5)
    cols = np.where(grown.any(axis=0))[0]
    assert cols.min() == 30 and cols.max() == 32  # 0.3 mm = 3 px, only under the blue


def test_riso_masters_coverage_check_and_misregistration():
    img = payload("coffee", 128, dpi=72.0)
    s = separate(img, SeparateOptions(method="stock", inks=2, library="riso", misregistration_mm=0.5))
    assert s.dpi == 600.0
    assert s.shape[1] == round(128 / 72.0 * 600.0)  # same print size, 600 dpi master
    check = s.report["coverage"]["coverage_check"]
    assert check["limit_percent"] == 85.0
    total = sum(x.coverage for x in s.separations)
    k = round(3.0 / 25.4 * 600)
    over = cv2.blur(total, (k, k)) > 0.85
    assert check["over_limit_percent_of_area"] == pytest.approx(over.mean() * 100, abs=0.05)
    if over.any():
        assert "coverage-check" in s.previews
    mis = s.report["misregistration"]
    assert all(abs(o["dx_mm"]) <= 0.5 and abs(o["dy_mm"]) <= 0.5 for o in mis["offsets"])
    assert mis["delta_e2000_vs_registered"]["mean"] > 0
    assert s.previews["composite-misregistered"].shape == s.composite.shape


def test_transparent_areas_print_nothing():
    rgb = small("astronaut", 96)
    alpha = np.ones(rgb.shape[:2], dtype=np.float32)
    alpha[:, :40] = 0.0
    img = ImagePayload(rgb, alpha=alpha, dpi=300.0)
    for method in ("stock", "spot", "index", "cmyk", "simulated"):
        s = separate(
            img,
            SeparateOptions(method=method, inks=3, dpi=300.0, library="riso" if method == "stock" else None),
        )
        for x in s.separations:
            assert x.coverage[:, :40].max() == 0.0, (method, x.ink.name)
        assert "transparency" in s.report
    empty = ImagePayload(rgb, alpha=np.zeros_like(alpha), dpi=300.0)
    s = separate(empty, SeparateOptions(method="spot", inks=2, dpi=300.0))
    assert all(x.coverage.max() == 0 for x in s.separations)
    assert any("fully transparent" in w for w in s.report["warnings"])


def test_cancel_is_honoured():
    from hybridstudio.core.context import StepContext
    from hybridstudio.core.errors import Cancelled

    ctx = StepContext.standalone("separate")
    ctx.cancel.cancel()
    with pytest.raises(Cancelled):
        separate(payload("coffee", 64), SeparateOptions(method="stock", inks=2), ctx.as_progress())


def test_ghostscript_cmyk_profile_if_installed():
    gs = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")
    if not gs.is_file():
        pytest.skip("Ghostscript's CMYK profile is not installed")
    s = separate(payload("coffee", 96), SeparateOptions(method="cmyk", icc=str(gs), dpi=300.0))
    assert s.report["icc"]["black_generation"] == "the profile's own"
    # SWOP on newsprint-like stock cannot reach the photo's deepest shadows: a looser bound
    assert mean_de(payload("coffee", 96).pixels, s.composite) < 10


def test_stock_recovers_the_two_inks_a_print_was_made_with():
    """An image printed (by the model) with riso Fluorescent Pink and Teal on paper: asked for two
    inks out of the 78, the search finds exactly those two."""
    from hybridstudio.separation.composite import composite_planes

    riso = load_library("riso")
    inks = [riso.get("Fluorescent Pink"), riso.get("Teal")]
    yy, xx = np.mgrid[0:96, 0:96] / 95.0
    printed = composite_planes([xx, yy], inks, resolve_substrate("paper-white"), 0.25)
    # printed with up to 200 % ink, beyond the riso limit: the limit is lifted to get it back
    s = separate(
        ImagePayload(printed, dpi=300.0),
        SeparateOptions(method="stock", inks=2, dpi=300.0, coverage_limit=4.0),
    )
    assert sorted(s.report["stock"]["chosen"]) == ["Fluorescent Pink", "Teal"]
    assert s.report["delta_e2000"]["mean"] < 0.5
    # and the coverages come back: nominal planes close to the ones printed
    by_name = {x.ink.name: x.coverage for x in s.separations}
    assert np.abs(by_name["Fluorescent Pink"] - xx).mean() < 0.03
    assert np.abs(by_name["Teal"] - yy).mean() < 0.03


def test_stock_keeps_a_required_drum():
    img = payload("chelsea", 96)
    s = separate(img, SeparateOptions(method="stock", inks=3, pick=["Fluorescent Pink"], dpi=300.0))
    assert "Fluorescent Pink" in s.report["stock"]["chosen"] and len(s.report["stock"]["chosen"]) == 3
    assert s.report["stock"]["required"] == ["Fluorescent Pink"]
    with pytest.raises(ParamError, match="2 inks picked but only 1 asked for"):
        separate(img, SeparateOptions(method="stock", inks=1, pick=["Black", "Blue"]))


def test_solver_reaches_in_gamut_colours():
    """Random mixes of four riso inks (so reachable colours): solved coverages reproduce them."""
    from hybridstudio.separation.unmix import InkModel, solve_colours

    riso = load_library("riso")
    model = InkModel(
        [riso.get(n) for n in ("Yellow", "Fluorescent Pink", "Blue", "Black")],
        resolve_substrate("paper-white"),
        0.25,
    )
    rng = np.random.default_rng(3)
    target = model.lab_effective(rng.uniform(0, 1, (500, 4)))
    got = model.lab_effective(solve_colours(model, target))
    de = colour.delta_E(target, got, method="CIE 2000")
    assert de.mean() < 0.3 and np.percentile(de, 95) < 1.0
